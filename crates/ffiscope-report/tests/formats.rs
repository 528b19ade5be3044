//! Snapshots of every output format for a few fixture crates, the SARIF output of every
//! fixture validated against the official SARIF 2.1.0 schema (OASIS, errata 01, vendored as
//! `tests/sarif-schema-2.1.0.json`), and the cargo messages parsed back with cargo_metadata's
//! own types (what rust-analyzer's flycheck uses).

mod common;

use std::path::Path;

use ffiscope_check::{CheckResult, Finding, RustLocation, Severity};
use ffiscope_report::*;

const SNAPSHOT_FIXTURES: &[&str] = &["integer_width", "record_layout", "retained_borrow"];

fn all_fixtures() -> Vec<String> {
    let dir = common::fixture_dir("");
    let mut v: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().join("expected-c.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn redact(s: &str, dir: &Path) -> String {
    let d = dir.canonicalize().unwrap();
    s.replace(&d.to_string_lossy().to_string(), "[FIXTURE]")
}

#[test]
fn text_snapshots() {
    for name in SNAPSHOT_FIXTURES {
        let (model, result) = common::run(name);
        let text = render_text(
            &result,
            &FsSources::new(&model.root),
            &TextOptions::default(),
        );
        insta::assert_snapshot!(format!("text_{name}"), text);
    }
}

#[test]
fn colored_text_has_ansi_escapes() {
    let (model, result) = common::run("integer_width");
    let text = render_text(
        &result,
        &FsSources::new(&model.root),
        &TextOptions {
            color: true,
            show_skipped: true,
        },
    );
    assert!(text.contains("\u{1b}["));
    assert!(text.contains("skipped effect rules"));
}

#[test]
fn json_snapshots() {
    for name in SNAPSHOT_FIXTURES {
        let (_, result) = common::run(name);
        let json = render_json(&result);
        // The FACTS.md contract: these keys, in this shape.
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["tool"], "ffiscope");
        assert_eq!(v["schema"], 1);
        for f in v["findings"].as_array().unwrap() {
            for k in [
                "code", "rule", "severity", "message", "rust", "c", "evidence", "help",
            ] {
                assert!(f.get(k).is_some(), "finding lacks `{k}`: {f}");
            }
            for k in ["file", "line", "column", "item"] {
                assert!(f["rust"].get(k).is_some(), "rust lacks `{k}`");
            }
        }
        assert!(v["skipped"].is_array());
        insta::assert_snapshot!(format!("json_{name}"), json);
    }
}

#[test]
fn sarif_snapshots() {
    for name in SNAPSHOT_FIXTURES {
        let (_, result) = common::run(name);
        let sarif = render_sarif(&result, &SarifOptions::default());
        insta::assert_snapshot!(format!("sarif_{name}"), sarif);
    }
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif-schema-2.1.0.json"),
        )
        .unwrap(),
    )
    .unwrap();
    jsonschema::draft4::new(&schema).expect("the SARIF schema compiles")
}

fn assert_valid_sarif(validator: &jsonschema::Validator, text: &str, what: &str) {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: SARIF does not validate:\n{}",
        errors.join("\n")
    );
}

#[test]
fn sarif_of_every_fixture_validates_against_the_schema() {
    let validator = sarif_validator();
    // The validator itself rejects broken logs.
    assert!(
        !validator.is_valid(&serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]}))
    );
    for name in all_fixtures() {
        let (model, result) = common::run(&name);
        assert_valid_sarif(
            &validator,
            &render_sarif(&result, &SarifOptions::default()),
            &name,
        );
        let with_root = SarifOptions {
            src_root: Some(model.root.clone()),
        };
        assert_valid_sarif(&validator, &render_sarif(&result, &with_root), &name);
    }
    // Odd inputs: no locations, absolute paths, spaces.
    let odd = CheckResult {
        findings: vec![
            Finding {
                code: "FFI0001".into(),
                rule: "undefined-symbol".into(),
                severity: Severity::Note,
                message: "no location".into(),
                rust: None,
                c: None,
                evidence: vec![],
                help: None,
            },
            Finding {
                code: "FFI0003".into(),
                rule: "integer-width".into(),
                severity: Severity::Error,
                message: "abs".into(),
                rust: Some(RustLocation {
                    file: "/abs path/with space/lib.rs".into(),
                    line: 0,
                    column: 0,
                    item: String::new(),
                    end_line: None,
                    end_column: None,
                }),
                c: None,
                evidence: vec![],
                help: Some("h".into()),
            },
        ],
        skipped: vec![ffiscope_check::Skipped {
            what: "x".into(),
            why: "y".into(),
        }],
        suppressed: vec![],
        checked: Default::default(),
    };
    assert_valid_sarif(
        &validator,
        &render_sarif(&odd, &SarifOptions::default()),
        "odd",
    );
}

#[test]
fn cargo_messages_parse_as_cargo_messages() {
    for name in all_fixtures() {
        let (model, result) = common::run(&name);
        let ctx = CargoContext::from_model(&model);
        let sources = FsSources::new(&model.root);
        let out = render_cargo_messages(&result, &ctx, &sources);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), result.findings.len() + 1);
        let mut diags = 0;
        for msg in cargo_metadata::Message::parse_stream(out.as_bytes()) {
            match msg.expect("cargo message parses") {
                cargo_metadata::Message::CompilerMessage(m) => {
                    diags += 1;
                    assert!(m.message.code.as_ref().unwrap().code.starts_with("FFI"));
                    assert!(m
                        .message
                        .rendered
                        .as_ref()
                        .unwrap()
                        .contains(&m.message.message));
                    assert_eq!(
                        m.target.name.replace('-', "_"),
                        model.packages[0].crate_name
                    );
                    for s in &m.message.spans {
                        // byte offsets slice the file at the reported line/column.
                        let text = std::fs::read_to_string(model.root.join(&s.file_name)).unwrap();
                        let sliced = &text[s.byte_start as usize..s.byte_end as usize];
                        let first = &s.text[0];
                        let hl: String = first
                            .text
                            .chars()
                            .skip(first.highlight_start - 1)
                            .take(first.highlight_end - first.highlight_start)
                            .collect();
                        assert!(
                            sliced.starts_with(&hl) || hl.starts_with(sliced),
                            "{name}: {sliced:?} vs {hl:?}"
                        );
                    }
                }
                cargo_metadata::Message::BuildFinished(b) => {
                    assert_eq!(b.success, result.errors() == 0)
                }
                other => panic!("unexpected message {other:?}"),
            }
        }
        assert_eq!(diags, result.findings.len());
        if SNAPSHOT_FIXTURES.contains(&name.as_str()) {
            insta::assert_snapshot!(
                format!("cargo_{name}"),
                redact(&out, &common::fixture_dir(&name))
            );
        }
    }
}

#[test]
fn text_without_sources_still_names_the_place() {
    let (_, result) = common::run("integer_width");
    let text = render_text(&result, &MemorySources::default(), &TextOptions::default());
    assert!(text.contains("src/lib.rs:"), "{text}");
    assert!(text.contains("error[FFI0003]"));
}

#[test]
fn formats_parse() {
    assert_eq!("sarif".parse::<Format>().unwrap(), Format::Sarif);
    assert!("xml".parse::<Format>().is_err());
}
