//! The LLVM attribute reader on hand-written IR in LLVM 19 syntax.

use ffiscope_score::llvm::{argmem_effect, param_facts, parse_module, read_facts};
use ffiscope_score::Verdict;

const IR: &str = r#"
; ModuleID = 't.c'
%struct.pair = type { i64, i64 }

define dso_local i32 @reader(ptr noundef readonly captures(none) %p, i32 noundef %n) #0 !dbg !10 {
entry:
  ret i32 0
}

define dso_local ptr @ident(ptr noundef readnone returned %p) #1 {
entry:
  ret ptr %p
}

define dso_local void @keeper(ptr noundef %p, ptr nocapture noundef writeonly %out) #2 {
entry:
  ret void
}

define dso_local void @grouped(ptr noundef %a, ptr noundef %b) #3 {
entry:
  ret void
}

define dso_local void @split(ptr dead_on_unwind noalias writable sret(%struct.pair) align 8 %agg.result, i64 %s.coerce0, i64 %s.coerce1, ptr noundef nocapture %q, ...) #2 {
entry:
  ret void
}

define internal void @"quoted.name"(ptr %x) {
entry:
  ret void
}

attributes #0 = { noinline nounwind "frame-pointer"="all" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable }
attributes #2 = { nounwind uwtable }
attributes #3 = { nofree nounwind memory(readwrite, argmem: read) "target-cpu"="x86-64" }
"#;

#[test]
fn parses_defines_params_and_groups() {
    let fs = parse_module(IR);
    let names: Vec<&str> = fs.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "reader",
            "ident",
            "keeper",
            "grouped",
            "split",
            "quoted.name"
        ]
    );
    assert_eq!(fs[0].params.len(), 2);
    assert_eq!(fs[0].params[0].ty, "ptr");
    assert_eq!(fs[0].params[0].name.as_deref(), Some("%p"));
    assert!(fs[0].params[0]
        .attrs
        .contains(&"captures(none)".to_string()));
    assert!(fs[3]
        .fn_attrs
        .contains(&"memory(readwrite, argmem: read)".to_string()));
    assert!(fs[5].internal && !fs[0].internal);
}

#[test]
fn memory_attribute_syntax() {
    let m = |s: &str| argmem_effect(&[s.to_string()]);
    assert_eq!(m("memory(none)"), "none");
    assert_eq!(m("memory(read)"), "read");
    assert_eq!(m("memory(argmem: read)"), "read");
    assert_eq!(m("memory(argmem: write)"), "write");
    assert_eq!(m("memory(readwrite, argmem: none)"), "none");
    assert_eq!(m("memory(inaccessiblemem: readwrite)"), "none");
    assert_eq!(m("memory(read, inaccessiblemem: write)"), "read");
    assert_eq!(
        m("memory(argmem: readwrite, inaccessiblemem: write)"),
        "readwrite"
    );
    assert_eq!(m("nounwind"), "readwrite");
    assert_eq!(m("readonly"), "read");
}

#[test]
fn maps_attributes_to_facts() {
    let fs = parse_module(IR);
    let get = |f: usize, p: usize, fact: &str| param_facts(&fs[f])[p].get(fact);
    // readonly captures(none)
    assert_eq!(get(0, 0, "retained"), Verdict::No);
    assert_eq!(get(0, 0, "writes"), Verdict::No);
    assert_eq!(get(0, 0, "reads"), Verdict::Maybe);
    assert_eq!(get(0, 0, "returned"), Verdict::Maybe);
    // non-pointer parameter: nothing
    assert!(param_facts(&fs[0])[1].facts.is_empty());
    // returned, memory(none) from the group: no reads/writes, but captured
    assert_eq!(get(1, 0, "returned"), Verdict::Yes);
    assert_eq!(get(1, 0, "retained"), Verdict::Maybe);
    assert_eq!(get(1, 0, "writes"), Verdict::No);
    assert_eq!(get(1, 0, "reads"), Verdict::No);
    // plain pointer: all maybe; nocapture writeonly
    assert_eq!(get(2, 0, "retained"), Verdict::Maybe);
    assert_eq!(get(2, 0, "writes"), Verdict::Maybe);
    assert_eq!(get(2, 1, "retained"), Verdict::No);
    assert_eq!(get(2, 1, "reads"), Verdict::No);
    assert_eq!(get(2, 1, "writes"), Verdict::Maybe);
    // function memory(readwrite, argmem: read) through attribute group #3
    assert_eq!(get(3, 0, "writes"), Verdict::No);
    assert_eq!(get(3, 1, "writes"), Verdict::No);
    assert_eq!(get(3, 1, "reads"), Verdict::Maybe);
    // sret dropped, coerce0/coerce1 are one C parameter, `...` ignored
    let split = param_facts(&fs[4]);
    assert_eq!(split.len(), 2);
    assert!(split[0].facts.is_empty());
    assert_eq!(split[1].get("retained"), Verdict::No);
    // freed, null_ok, callback are never answered by LLVM
    assert_eq!(get(0, 0, "freed"), Verdict::Maybe);
    assert_eq!(get(0, 0, "null_ok"), Verdict::Maybe);
}

#[test]
fn external_definition_wins_over_internal() {
    let dir = std::env::temp_dir().join(format!("ffiscope-score-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.ll");
    let b = dir.join("b.ll");
    std::fs::write(&a, "define internal void @f(ptr %p) {\n  ret void\n}\n").unwrap();
    std::fs::write(&b, "define void @f(ptr nocapture %p) {\n  ret void\n}\n").unwrap();
    let facts = read_facts(&[a, b]).unwrap();
    assert_eq!(facts["f"][0].get("retained"), Verdict::No);
    std::fs::remove_dir_all(&dir).ok();
}
