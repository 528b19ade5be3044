//! The reader of `ffiscope summarize --format json` on a document in the FACTS.md form,
//! as the CLI prints it (non-pointer parameters carry only index, name and type;
//! `depth`/`callback` appear only when they apply).

use ffiscope_score::ffiscope::parse;
use ffiscope_score::score::{judge, Outcome};
use ffiscope_score::Verdict;

const DOC: &str = r#"{
  "tool": "ffiscope", "version": "0.1.0", "schema": 1,
  "functions": [
    {
      "name": "hd_bind_text",
      "location": {"file": "examples/handles/handles.c", "line": 84},
      "signature": "int hd_bind_text(hd_handle *h, const char *text, int len, hd_free_fn destroy)",
      "params": [
        {"index": 0, "name": "h", "type": "hd_handle *", "reads": "no", "writes": "yes",
         "depth": "direct", "retained": "no", "retained_at": [], "freed": "no",
         "null_ok": "no", "returned": "no", "condition": null, "reasons": []},
        {"index": 1, "name": "text", "type": "const char *", "reads": "yes", "writes": "no",
         "retained": "yes",
         "retained_at": [{"kind": "arg", "arg": 0, "path": "->text",
           "evidence": [{"file": "examples/handles/handles.c", "line": 93,
                         "note": "h->text = text;  (write)"}]}],
         "freed": "no", "null_ok": "maybe", "returned": "no", "condition": null,
         "reasons": ["unknown callee foo"]},
        {"index": 2, "name": "len", "type": "int"},
        {"index": 3, "name": "destroy", "type": "hd_free_fn", "reads": "no", "writes": "no",
         "retained": "yes", "retained_at": [], "freed": "no", "null_ok": "yes",
         "returned": "no", "callback": "stored", "condition": null, "reasons": []}
      ],
      "returns": {"kind": "scalar"},
      "thread_safety": {"verdict": "safe", "reasons": []},
      "globals": {"reads": [], "writes": []},
      "assumptions": []
    }
  ]
}"#;

#[test]
fn reads_the_facts_document() {
    let facts = parse(DOC).unwrap();
    let f = &facts["hd_bind_text"];
    assert_eq!(f.len(), 4, "indexed by C parameter, non-pointers included");
    assert_eq!(f[0].get("writes"), Verdict::Yes);
    assert_eq!(f[0].get("reads"), Verdict::No);
    assert_eq!(f[1].get("retained"), Verdict::Yes);
    assert_eq!(f[1].get("null_ok"), Verdict::Maybe);
    assert!(f[1]
        .evidence
        .iter()
        .any(|e| e.contains("retained_at arg") && e.contains("->text")));
    assert!(f[1].evidence.iter().any(|e| e.contains("handles.c:93")));
    assert!(f[1]
        .evidence
        .iter()
        .any(|e| e.contains("unknown callee foo")));
    // A non-pointer parameter has no facts: every answer is maybe.
    assert_eq!(f[2].get("reads"), Verdict::Maybe);
    assert_eq!(f[3].get("callback"), Verdict::Other("stored".into()));
    assert_eq!(
        judge("callback", "called_and_stored", &f[3].get("callback")),
        Some(Outcome::CorrectYes)
    );
}

#[test]
fn rejects_what_is_not_a_facts_document() {
    assert!(parse("not json").is_err());
    assert!(parse(r#"{"tool": "ffiscope"}"#).is_err());
}
