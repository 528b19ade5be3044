//! Malformed, truncated, hostile and oversized input: always a `ParseError` at the right
//! line and column (or a module), never a panic, a stack overflow or a huge allocation.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use ffiscope_ir::{
    parse_module, parse_module_bodies_apart, parse_module_bytes, DiTypes, MdId, Module, ParseError,
};

fn parse(text: &str) -> Result<Module, ParseError> {
    parse_module("bad.ll", text.to_string())
}

/// Parses `text` expecting an error at `line:col` whose message contains `needle`.
#[track_caller]
fn expect_err(text: &str, line: usize, col: usize, needle: &str) -> ParseError {
    match parse(text) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(e) => {
            assert!(
                e.message.contains(needle),
                "message {:?} lacks {needle:?}",
                e.message
            );
            assert_eq!(
                (e.line, e.column),
                (line, col),
                "wrong place for {:?} (snippet {:?})",
                e.message,
                e.snippet
            );
            assert_eq!(e.file, "bad.ll");
            e
        }
    }
}

#[test]
fn malformed_ir_points_at_the_offending_token() {
    expect_err("@g = global i32 0\n)))\n", 2, 1, "top-level");
    expect_err("@g = global i32 0\n!!!\n", 2, 2, "'='");
    expect_err("define void @f() {\n  ret void\n", 3, 1, "end of file");
    expect_err(
        "define i32 @f() {\n  %x = add i32 1 2\n  ret i32 %x\n}\n",
        2,
        18,
        "','",
    );
    expect_err(
        "define void @f() {\n  br label %nowhere\n}\n",
        2,
        12,
        "%nowhere",
    );
    expect_err("define i32 @f() {\n  ret i32 %ghost\n}\n", 2, 11, "%ghost");
    expect_err(
        "define void @f() {\nentry:\n  ret void\nentry:\n  ret void\n}\n",
        4,
        1,
        "defined twice",
    );
    expect_err(
        "define void @f() {\n  %a = add i32 1, 2\n  %a = add i32 1, 2\n  ret void\n}\n",
        3,
        3,
        "defined twice",
    );
    expect_err("@g = global i99999999999 0\n", 1, 13, "integer type");
    expect_err("@g = global i0 0\n", 1, 13, "integer type");
    expect_err("@g = global [4 x] zeroinitializer\n", 1, 17, "type");
    expect_err("%T = type { i32, \n", 2, 1, "type");
    expect_err("@g = global ptr blockaddress(@f)\n", 1, 32, "','");
    expect_err(
        "define void @f() {\n  %x = icmp wat i32 1, 2\n}\n",
        2,
        13,
        "predicate",
    );
    expect_err("attributes #0 = { nounwind\n", 2, 1, "unterminated");
    expect_err("target frobnicate = \"x\"\n", 1, 8, "datalayout");
    expect_err(
        "define void @f() {\n  #dbg_bogus(i32 1)\n}\n",
        2,
        3,
        "debug record",
    );
    expect_err("@s = global [2 x i8] c\"ab\n", 1, 22, "");
    expect_err(
        "define i32 @f() {\n  %x = add i32 1, 2 3\n  ret i32 %x\n}\n",
        2,
        21,
        "after the add instruction",
    );
    // Trailing attachments and comments are fine, and so is a one-line function.
    parse("define i32 @f(ptr %p) { %v = load i32, ptr %p, align 4, !tbaa !0 ; c\n ret i32 %v }\n!0 = !{}\n")
        .unwrap();
}

#[test]
fn unknown_instruction_is_named() {
    let e = expect_err(
        "define void @f(ptr %p) {\nentry:\n  %x = frobnicate i32 1, ptr %p\n  ret void\n}\n",
        3,
        8,
        "unknown instruction 'frobnicate'",
    );
    assert!(e.snippet.contains("frobnicate"));
    let shown = e.to_string();
    assert!(
        shown.starts_with("bad.ll:3:8: unknown instruction"),
        "{shown}"
    );
}

#[test]
fn typed_pointers_ask_for_a_newer_clang() {
    for (text, line, col) in [
        ("define i32* @f() {\n  ret i32* null\n}\n", 1, 8),
        ("define void @f(i8* %p) {\n  ret void\n}\n", 1, 16),
        ("@g = global i32* null\n", 1, 13),
        ("%struct.S = type { i32, %struct.S* }\n", 1, 25),
        (
            "define void @f(ptr %p) {\n  %v = load i32*, ptr %p\n  ret void\n}\n",
            2,
            13,
        ),
        (
            "define void @f() {\n  %v = bitcast i8* null to i32*\n  ret void\n}\n",
            2,
            16,
        ),
    ] {
        expect_err(text, line, col, "use clang >= 15");
    }
}

#[test]
fn non_utf8_bytes_are_located() {
    let mut bytes = b"@a = global i32 0\n@b = global i8 \xff\n".to_vec();
    let e = parse_module_bytes("bin.ll", bytes.clone()).unwrap_err();
    assert_eq!((e.line, e.column), (2, 16), "{e}");
    assert!(e.message.contains("UTF-8"), "{e}");
    assert!(e.message.contains("0xff"), "{e}");
    assert_eq!(e.file, "bin.ll");
    // A truncated multi-byte sequence at the very end.
    bytes = b"; caf\xc3".to_vec();
    let e = parse_module_bytes("bin.ll", bytes).unwrap_err();
    assert_eq!((e.line, e.column), (1, 6));
    // Valid UTF-8 outside comments and strings is a parse error, not a panic.
    let e = parse("@g = global i32 \u{e9}t\u{e9}\n").unwrap_err();
    assert_eq!((e.line, e.column), (1, 17), "{e}");
    let e = parse("define void @f() {\n  ret void \u{2603}\n}\n").unwrap_err();
    assert_eq!((e.line, e.column), (2, 12), "{e}");
    // In comments, strings and names, non-ASCII text is fine.
    let m =
        parse("; caf\u{e9}\n@\"n\u{e9}\" = global [3 x i8] c\"\u{e9}a\"\n!0 = !{!\"\u{2603}\"}\n")
            .unwrap();
    assert_eq!(m.globals[0].name, "n\u{e9}");
}

#[test]
fn huge_lines_parse_in_linear_time() {
    // A 4 MB string constant on one line.
    let n = 4 << 20;
    let text = format!("@big = global [{n} x i8] c\"{}\"\n", "a".repeat(n));
    let t = std::time::Instant::now();
    let m = parse(&text).unwrap();
    assert_eq!(m.globals.len(), 1);
    // 200k attributes on one function header line, and a call with 100k arguments.
    let attrs = "nounwind ".repeat(200_000);
    let args = vec!["i32 1"; 100_000].join(", ");
    let text = format!(
        "declare void @g(...)\ndefine void @f() {attrs}{{\n  call void (...) @g({args}) {attrs}\n  ret void\n}}\n"
    );
    let m = parse(&text).unwrap();
    assert_eq!(m.functions.len(), 2);
    // An error far into a long line: the snippet is cut, the column is exact.
    let text = format!("@g = global [2 x i8] {})", " ".repeat(1 << 20));
    let e = parse(&text).unwrap_err();
    assert_eq!((e.line, e.column), (1, 22 + (1 << 20)));
    assert!(e.snippet.chars().count() <= 160);
    assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // Run on a thread with a small stack to prove the guard works well below the limit
    // of a default test thread.
    let handle = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let depth = 100_000;
            let ty = format!("{}i32{}", "[1 x ".repeat(depth), "]".repeat(depth));
            let e = parse(&format!("@g = global {ty} zeroinitializer\n")).unwrap_err();
            assert!(e.message.contains("nesting"), "{e}");
            let st = format!("{}i32{}", "{ ".repeat(depth), " }".repeat(depth));
            let e = parse(&format!("%T = type {st}\n")).unwrap_err();
            assert!(e.message.contains("nesting"), "{e}");
            let vals = format!("{}i32 1{}", "{ { ".repeat(depth), " } }".repeat(depth));
            let e = parse(&format!("@g = global {{ i32 }} {vals}\n")).unwrap_err();
            assert!(e.message.contains("nesting"), "{e}");
            let gep = format!(
                "{}ptr @g{}",
                "ptr getelementptr (i8, ".repeat(depth),
                ", i64 1)".repeat(depth)
            );
            let e = parse(&format!("@g = global {gep}\n")).unwrap_err();
            assert!(e.message.contains("nesting"), "{e}");
            let casts = format!(
                "{}ptr @g{}",
                "bitcast (ptr ".repeat(depth),
                " to ptr)".repeat(depth)
            );
            let e = parse(&format!("@g = global ptr {casts}\n")).unwrap_err();
            assert!(e.message.contains("nesting"), "{e}");
            // Just under the limit still parses.
            let ok = format!("{}i32{}", "[1 x ".repeat(100), "]".repeat(100));
            parse(&format!("@g = global {ok} zeroinitializer\n")).unwrap();
            // Deep metadata: parsing the module only indexes it; reading the node fails
            // softly.
            let md = format!("!0 = {}!{{}}{}\n", "!{".repeat(depth), "}".repeat(depth));
            let m = parse(&md).unwrap();
            assert!(m.md(MdId(0)).is_none());
            let md = format!("!0 = !DIExpression({}{})\n", "(".repeat(depth), ")".repeat(depth));
            let m = parse(&md).unwrap();
            let _ = m.md(MdId(0));
            // Deep parentheses inside an instruction's metadata operand.
            let text = format!(
                "define void @f() {{\n  call void @llvm.dbg.value(metadata !DIExpression({}{}))\n  ret void\n}}\n",
                "(".repeat(depth),
                ")".repeat(depth)
            );
            parse(&text).unwrap();
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn numbers_cannot_force_huge_allocations() {
    // Metadata numbers size a table: absurd ones are rejected.
    let e = parse("!4000000000 = !{}\n").unwrap_err();
    assert!(e.message.contains("implausibly large"), "{e}");
    let e = parse("!99999999999999999999999 = !{}\n").unwrap_err();
    assert_eq!((e.line, e.column), (1, 1));
    // Huge types have saturated layouts, not overflows or allocations.
    let m = parse(concat!(
        "%big = type { [18446744073709551615 x i64], [18446744073709551615 x i64], i8 }\n",
        "%vec = type { <4294967295 x i64>, i8388608 }\n",
        "@g = external global [9223372036854775807 x %big]\n",
        "@v = external global %vec\n",
        "@w = external global i8388608\n",
    ))
    .unwrap();
    for g in &m.globals {
        let _ = (m.size_of(g.ty), m.align_of(g.ty));
    }
    for i in 0..m.types.list.len() {
        let t = ffiscope_ir::TypeId(i as u32);
        let _ = (m.size_of(t), m.field_offset(t, 2));
        let _ = m.gep_offset(t, [Some(i128::MAX), Some(2), Some(-1)]);
    }
    let e = parse("@g = global i8388609 0\n").unwrap_err();
    assert!(e.message.contains("width"), "{e}");
    // Integer literals wider than i128 are kept as text.
    let m = parse(&format!("@g = global i512 {}\n", "9".repeat(150))).unwrap();
    assert!(m.globals[0].init.is_some());
    // Huge indices, alignments and sizes in debug info.
    let m = parse(concat!(
        "define void @f() !dbg !1 { ret void }\n",
        "!1 = distinct !DISubprogram(name: \"f\", file: !2, type: !3)\n",
        "!2 = !DIFile(filename: \"x.c\", directory: \"/\")\n",
        "!3 = !DISubroutineType(types: !{!4, !5})\n",
        "!4 = !DICompositeType(tag: DW_TAG_structure_type, name: \"S\", size: 340282366920938463463374607431768211455, align: 170141183460469231731687303715884105727, elements: !{!6, !7})\n",
        "!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, elements: !{!8})\n",
        "!6 = !DIDerivedType(tag: DW_TAG_member, name: \"a\", baseType: !4, size: -5, offset: 99999999999999999999, align: 7)\n",
        "!7 = !DIDerivedType(tag: DW_TAG_member, name: \"b\", baseType: !5, offset: 3)\n",
        "!8 = !DISubrange(count: 18446744073709551616)\n",
    ))
    .unwrap();
    let mut di = DiTypes::default();
    let d = m.c_decl(&m.functions[0], &mut di).unwrap();
    assert_eq!(d.name, "f");
}

#[test]
fn hostile_debug_info_terminates() {
    // A type DAG that is exponential as a tree, and reference cycles.
    let mut text = String::from(
        "define void @f() !dbg !1 { ret void }\n\
         !1 = distinct !DISubprogram(name: \"f\", file: !2, type: !10)\n\
         !2 = !DIFile(filename: \"x.c\", directory: \"/\")\n\
         !3 = !DIDerivedType(tag: DW_TAG_typedef, name: \"loop\", baseType: !4)\n\
         !4 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3)\n",
    );
    for i in 10..60 {
        text.push_str(&format!(
            "!{i} = !DISubroutineType(types: !{{!{n}, !{n}, !{n}, !3}})\n",
            n = i + 1
        ));
    }
    text.push_str("!60 = !DIBasicType(name: \"int\", size: 32, encoding: DW_ATE_signed)\n");
    let m = parse(&text).unwrap();
    let t = std::time::Instant::now();
    let mut di = DiTypes::default();
    let d = m.c_decl(&m.functions[0], &mut di).unwrap();
    assert!(t.elapsed().as_secs() < 5, "took {:?}", t.elapsed());
    assert!(!d.signature.is_empty());
}

fn fixture_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for sub in ["", "c", "regressions"] {
        let Ok(rd) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for e in rd.flatten() {
            if e.path().extension().is_some_and(|x| x == "ll") {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// Every fixture cut at 50 pseudo-random places (and at every line end of the first 40
/// lines) parses or fails with an in-range position; nothing panics.
#[test]
fn truncated_fixtures_never_panic() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let files = fixture_files();
    assert!(files.len() >= 15, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut cuts: Vec<usize> = (0..50).map(|_| next() as usize % text.len()).collect();
        cuts.extend(
            text.match_indices('\n')
                .take(40)
                .map(|(i, _)| i)
                .filter(|i| i % 3 == 0),
        );
        for cut in cuts {
            let mut cut = cut;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let piece = &text[..cut];
            let r = catch_unwind(AssertUnwindSafe(|| {
                check_result(piece, parse_module("cut.ll", piece.to_string()));
                // Bodies parsed apart, as for big inputs.
                check_result(
                    piece,
                    parse_module_bodies_apart("cut.ll", piece.to_string()),
                );
            }));
            assert!(r.is_ok(), "{} cut at byte {cut} panicked", path.display());
        }
    }
}

/// On success, the lazy parts work too; on failure, the position lies in the input.
fn check_result(text: &str, r: Result<Module, ParseError>) {
    match r {
        Ok(m) => {
            let mut di = DiTypes::default();
            for f in &m.functions {
                let _ = m.c_decl(f, &mut di);
            }
            for i in 0..m.md_spans.len() {
                let _ = m.md(MdId(i as u32));
            }
            let _ = m.dump();
        }
        Err(e) => {
            let lines = text.split('\n').count();
            assert!(
                e.line >= 1 && e.line <= lines,
                "{e} (input has {lines} lines)"
            );
            let line_len = text.split('\n').nth(e.line - 1).map_or(0, str::len);
            assert!(
                e.column >= 1 && e.column <= line_len + 1,
                "{e} (line has {line_len} bytes)"
            );
        }
    }
}

/// Single-byte corruptions of a small fixture: every position, a few replacement bytes.
#[test]
fn corrupted_bytes_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join("eh.ll")).unwrap();
    let bytes = text.as_bytes();
    for i in (0..bytes.len()).step_by(3) {
        for rep in [b'(', b'}', b'%', b'!', b'"', b'0', b'\n'] {
            let mut b = bytes.to_vec();
            b[i] = rep;
            let s = String::from_utf8(b).unwrap();
            let r = catch_unwind(AssertUnwindSafe(|| {
                check_result(&s, parse_module("corrupt.ll", s.clone()));
                check_result(&s, parse_module_bodies_apart("corrupt.ll", s.clone()));
            }));
            assert!(r.is_ok(), "byte {i} set to {:?} panicked", rep as char);
        }
    }
}
