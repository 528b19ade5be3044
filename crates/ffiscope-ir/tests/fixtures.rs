//! Snapshot tests over the `.ll` fixtures: hand-written ones (every instruction, constant and
//! global form) are dumped whole with their metadata; the clang-generated ones (from
//! `tests/fixtures/c/*.c`, see `regen.sh` there) are snapshotted as the C prototypes and
//! record layouts rebuilt from their debug info, plus a full dump for the small ones.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use ffiscope_ir::{parse_module_bytes, DiTypes, InstKind, Module};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn load(rel: &str) -> Module {
    let path = fixtures_dir().join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_module_bytes(rel, bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn snapshot_name(rel: &str) -> String {
    rel.trim_end_matches(".ll").replace(['/', '.'], "_")
}

/// Hand-written fixture: the whole model and every metadata node.
fn snapshot_ir(rel: &str) {
    let m = load(rel);
    let mut out = m.dump();
    let md = m.dump_metadata();
    if !md.is_empty() {
        out.push_str("; metadata\n");
        out.push_str(&md);
    }
    insta::assert_snapshot!(snapshot_name(rel), out);
}

/// Counts, prototypes of every defined function (in IR order) and the record layouts met.
pub fn decls_report(m: &Module) -> String {
    let mut out = String::new();
    let defined: Vec<_> = m.functions.iter().filter(|f| !f.is_declaration()).collect();
    let blocks: usize = defined.iter().map(|f| f.blocks.len()).sum();
    let insts: usize = defined
        .iter()
        .flat_map(|f| &f.blocks)
        .map(|b| b.insts.len())
        .sum();
    let dbg: usize = defined
        .iter()
        .flat_map(|f| &f.blocks)
        .flat_map(|b| &b.insts)
        .filter(|i| matches!(i.kind, InstKind::Dbg { .. }))
        .count();
    let _ = writeln!(
        out,
        "{} defined, {} declared, {} globals, {} aliases, {blocks} blocks, {insts} instructions ({dbg} debug records)",
        defined.len(),
        m.functions.len() - defined.len(),
        m.globals.len(),
        m.aliases.len()
    );
    let mut di = DiTypes::default();
    for f in &defined {
        match m.c_decl(f, &mut di) {
            Some(d) => {
                let _ = writeln!(
                    out,
                    "{}:{}: {}{}",
                    d.location.file,
                    d.location.line,
                    d.signature,
                    if d.external { "" } else { "  [static]" }
                );
            }
            None => {
                let _ = writeln!(out, "{}: <no debug info>", f.name);
            }
        }
    }
    for (name, l) in &di.layouts {
        let loc = l
            .location
            .as_ref()
            .map(|l| format!(" at {}:{}", l.file, l.line))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{} {name}: size {} align {}{loc}",
            if l.union { "union" } else { "struct" },
            l.size_bytes,
            l.align_bytes
        );
        for f in &l.fields {
            let bits = match f.bit_width {
                Some(w) => format!(" : {w}"),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "  +{}.{} {}{bits} ({} bits)",
                f.offset_bits / 8,
                f.offset_bits % 8,
                f.ty.declare(if f.name.is_empty() { "<anon>" } else { &f.name }),
                f.size_bits
            );
        }
    }
    out
}

fn snapshot_c(rel: &str, full_dump: bool) {
    let m = load(rel);
    let mut out = decls_report(&m);
    if full_dump {
        out.push_str("; module\n");
        out.push_str(&m.dump());
    }
    insta::assert_snapshot!(snapshot_name(rel), out);
}

macro_rules! ir_fixtures {
    ($($name:ident => $file:literal,)*) => {
        $( #[test] fn $name() { snapshot_ir($file) } )*
        const IR_FIXTURES: &[&str] = &[$($file),*];
    };
}

macro_rules! c_fixtures {
    ($($name:ident => $file:literal, $full:literal;)*) => {
        $( #[test] fn $name() { snapshot_c($file, $full) } )*
        const C_FIXTURES: &[&str] = &[$($file),*];
    };
}

ir_fixtures! {
    ir_instructions => "instructions.ll",
    ir_constants => "constants.ll",
    ir_globals => "globals.ll",
    ir_eh => "eh.ll",
    ir_debug_records => "debug_records.ll",
    ir_legacy => "legacy.ll",
    ir_newer => "newer.ll",
}

c_fixtures! {
    c_varargs => "c/varargs.ll", false;
    c_structs => "c/structs.ll", false;
    c_control => "c/control.ll", false;
    c_control_o2 => "c/control.O2.ll", false;
    c_attrs => "c/attrs.ll", false;
    c_chain => "c/chain.ll", false;
    c_attrs_o2 => "c/attrs.O2.ll", false;
    c_cleanup => "c/cleanup.ll", true;
    c_seh => "c/seh.ll", true;
    c_debug => "c/debug.ll", false;
    c_debug_o2 => "c/debug.O2.ll", true;
    c_debug_intrinsics => "c/debug.intrinsics.ll", false;
    c_debug_o2_intrinsics => "c/debug.O2.intrinsics.ll", true;
}

/// Every `.ll` under `tests/fixtures` (except regression inputs) has a snapshot test above.
#[test]
fn every_fixture_is_listed() {
    for (dir, listed) in [("", IR_FIXTURES), ("c/", C_FIXTURES)] {
        let mut found: Vec<String> = std::fs::read_dir(fixtures_dir().join(dir))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ll"))
            .map(|n| format!("{dir}{n}"))
            .collect();
        found.sort();
        let mut listed: Vec<String> = listed.iter().map(|s| s.to_string()).collect();
        listed.sort();
        assert_eq!(found, listed, "fixtures on disk vs. tests in fixtures.rs");
    }
}

/// The old `llvm.dbg.*` calls and the new `#dbg_*` records give the same model.
#[test]
fn intrinsic_and_record_debug_forms_agree() {
    for (a, b) in [
        ("c/debug.ll", "c/debug.intrinsics.ll"),
        ("c/debug.O2.ll", "c/debug.O2.intrinsics.ll"),
    ] {
        let (ma, mb) = (load(a), load(b));
        let mut da = DiTypes::default();
        let mut db = DiTypes::default();
        for (fa, fb) in ma.functions.iter().zip(&mb.functions) {
            assert_eq!(fa.name, fb.name);
            if fa.is_declaration() {
                continue;
            }
            let ka: Vec<_> = dbg_kinds(fa);
            let kb: Vec<_> = dbg_kinds(fb);
            assert_eq!(ka, kb, "{a} vs {b}: debug records of @{}", fa.name);
            assert_eq!(
                ma.c_decl(fa, &mut da).map(|d| d.signature),
                mb.c_decl(fb, &mut db).map(|d| d.signature)
            );
        }
    }
}

fn dbg_kinds(f: &ffiscope_ir::Function) -> Vec<String> {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match &i.kind {
            InstKind::Dbg { kind, var, .. } => Some(format!("{kind:?} {var:?}")),
            _ => None,
        })
        .collect()
}

/// Records first met deep in a chain of pointers get the same layout as anywhere else.
#[test]
fn deep_record_chains_keep_their_alignment() {
    let m = load("c/chain.ll");
    let mut di = DiTypes::default();
    for f in m.functions.iter().filter(|f| !f.is_declaration()) {
        let d = m.c_decl(f, &mut di).unwrap();
        assert!(!d.signature.contains("(too"), "{}", d.signature);
    }
    assert_eq!(di.layouts.len(), 60);
    for (name, l) in &di.layouts {
        assert_eq!(
            (l.size_bytes, l.align_bytes),
            (if name == "s59" { 16 } else { 24 }, 8),
            "{name}"
        );
        assert!(
            l.fields.iter().all(|f| !f.ty.spelling().contains("(too")),
            "{name}"
        );
    }
}

/// Parameter names come from the function's own variables: records of inlined callees'
/// parameters are ignored, and `retainedNodes` fills in what optimization dropped.
#[test]
fn parameter_names_ignore_inlined_callees() {
    let text = r#"
define i32 @outer(i32 %x, ptr %res) !dbg !1 {
    #dbg_value(i32 %x, !10, !DIExpression(), !20)
    #dbg_value(ptr %res, !12, !DIExpression(), !21)
  ret i32 %x
}
!0 = !DIFile(filename: "a.c", directory: "/src")
!1 = distinct !DISubprogram(name: "outer", file: !0, line: 3, type: !3, flags: DIFlagPrototyped, retainedNodes: !7)
!2 = distinct !DISubprogram(name: "helper", file: !0, line: 1, type: !3, flags: DIFlagPrototyped)
!3 = !DISubroutineType(types: !4)
!4 = !{!5, !5, !6}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!7 = !{!10, !11}
!10 = !DILocalVariable(name: "x", arg: 1, scope: !1, file: !0, line: 3, type: !5)
!11 = !DILocalVariable(name: "res", arg: 2, scope: !1, file: !0, line: 3, type: !6)
!12 = !DILocalVariable(name: "out", arg: 2, scope: !2, file: !0, line: 1, type: !6)
!20 = !DILocation(line: 3, column: 1, scope: !1)
!21 = !DILocation(line: 1, column: 1, scope: !2, inlinedAt: !20)
"#;
    let m = ffiscope_ir::parse_module("inl.ll", text.to_string()).unwrap();
    let d = m.c_decl(&m.functions[0], &mut DiTypes::default()).unwrap();
    assert_eq!(d.signature, "int outer(int x, int *res)");
}

/// Bodies parsed apart (in parallel, as for big inputs) give the same model as one pass.
#[test]
fn bodies_parsed_apart_give_the_same_model() {
    let mut files = Vec::new();
    let mut dirs = vec![fixtures_dir()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "ll") {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 5);
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        let name = p.display().to_string();
        let one = ffiscope_ir::parse_module(&name, text.clone());
        let apart = ffiscope_ir::parse_module_bodies_apart(&name, text);
        match (one, apart) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.dump(), b.dump(), "{name}");
                assert_eq!(a.dump_metadata(), b.dump_metadata(), "{name}");
            }
            (Err(a), Err(b)) => assert_eq!(a.line, b.line, "{name}"),
            (a, b) => panic!("{name}: {:?} vs {:?}", a.err(), b.err()),
        }
    }
}

/// Hand-written IR may close a body with `} ; comment`: the first pass then misjudges where
/// the body ends, and the module is parsed again in one pass.
#[test]
fn bodies_apart_survive_a_commented_closing_brace() {
    let text = "define i32 @f(i32 %x) {\n  ret i32 %x\n} ; the end of f\n\ndefine i32 @g(i32 %y) {\n  ret i32 %y\n}\n";
    let one = ffiscope_ir::parse_module("c.ll", text.to_string()).unwrap();
    let apart = ffiscope_ir::parse_module_bodies_apart("c.ll", text.to_string()).unwrap();
    assert_eq!(apart.functions.len(), 2);
    assert_eq!(one.dump(), apart.dump());
}

/// Bodies naming a struct type no declaration names (their task is parsed again in order)
/// give the same model both ways, and every named type the table holds exists.
#[test]
fn bodies_apart_with_a_type_only_a_body_names() {
    let text = "define void @f() {\n  %a = alloca %struct.only_here, align 4\n  %b = alloca [3 x %struct.only_here], align 4\n  ret void\n}\n\ndefine void @g() {\n  %c = alloca [7 x i8], align 1\n  ret void\n}\n";
    let one = ffiscope_ir::parse_module("n.ll", text.to_string()).unwrap();
    let apart = ffiscope_ir::parse_module_bodies_apart("n.ll", text.to_string()).unwrap();
    assert_eq!(one.dump(), apart.dump());
    for (i, t) in apart.types.list.iter().enumerate() {
        if let ffiscope_ir::Type::Named(k) = t {
            assert!(
                (*k as usize) < apart.types.named.len(),
                "type {i} names {k}"
            );
        }
    }
}
