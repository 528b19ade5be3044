//! Cross-checks the parser against clang's own output: every C fixture is compiled with
//! clang-19 (at -O0 and -O2, with and without the old debug intrinsics) and the parsed model
//! must hold as many functions, globals, aliases, blocks, instructions and debug records as
//! a plain line count of the `.ll` text finds. Cheap, but it catches dropped instructions and
//! blocks. The committed `.ll` fixtures get the same check. Skips (with a message) when
//! clang-19 is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use ffiscope_ir::{parse_module, InstKind, Module};

#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    defines: usize,
    declares: usize,
    globals: usize,
    aliases: usize,
    blocks: usize,
    insts: usize,
    dbg: usize,
}

/// Counts from the text alone: clang prints one top-level entity per line, instructions
/// indented by two spaces (continuation lines of `switch`, `invoke`, `landingpad` by more),
/// debug records by four, and block labels unindented inside bodies.
fn text_counts(text: &str) -> Counts {
    let mut c = Counts::default();
    let mut in_body = false;
    let mut first_line = false;
    for line in text.lines() {
        if in_body {
            if line == "}" {
                in_body = false;
                continue;
            }
            if line.is_empty() || line.starts_with(';') {
                continue;
            }
            let code = line.split(';').next().unwrap_or("").trim_end();
            let is_label = !line.starts_with(' ') && code.ends_with(':');
            if first_line && !is_label {
                c.blocks += 1; // unlabeled entry block
            }
            first_line = false;
            if is_label {
                c.blocks += 1;
            } else if line.starts_with("    #dbg_") {
                c.dbg += 1;
            } else if line.starts_with("  ") && !line.starts_with("   ") && !line.starts_with("  ]")
            {
                if line.contains("call void @llvm.dbg.") {
                    c.dbg += 1;
                } else {
                    c.insts += 1;
                }
            }
            continue;
        }
        if line.starts_with("define ") {
            c.defines += 1;
            in_body = true;
            first_line = true;
        } else if line.starts_with("declare ") {
            c.declares += 1;
        } else if line.starts_with('@') {
            let rhs = line.split_once(" = ").map_or("", |(_, r)| r);
            if rhs.split_whitespace().any(|w| w == "alias" || w == "ifunc") {
                c.aliases += 1;
            } else {
                c.globals += 1;
            }
        }
    }
    c
}

fn model_counts(m: &Module) -> Counts {
    let mut c = Counts::default();
    for f in &m.functions {
        if f.is_declaration() {
            c.declares += 1;
            continue;
        }
        c.defines += 1;
        c.blocks += f.blocks.len();
        for inst in f.blocks.iter().flat_map(|b| &b.insts) {
            if matches!(inst.kind, InstKind::Dbg { .. }) {
                c.dbg += 1;
            } else {
                c.insts += 1;
            }
        }
    }
    c.globals = m.globals.len();
    c.aliases = m.aliases.len();
    c
}

fn check(name: &str, text: String) {
    let expected = text_counts(&text);
    let m = parse_module(name, text).unwrap_or_else(|e| panic!("{e}"));
    let got = model_counts(&m);
    assert_eq!(got, expected, "{name}: model vs. line count");
    assert!(got.defines > 0, "{name}: no functions");
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn committed_fixtures_match_line_counts() {
    for dir in ["", "c"] {
        for e in std::fs::read_dir(fixtures_dir().join(dir))
            .unwrap()
            .flatten()
        {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "ll") {
                check(
                    &p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                );
            }
        }
    }
}

fn find_clang() -> Option<String> {
    for c in ["clang-19", "clang"] {
        let ok = Command::new(c)
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
        if ok.is_some_and(|v| v.contains("version 19")) {
            return Some(c.to_string());
        }
    }
    None
}

#[test]
fn fresh_clang_output_matches_line_counts() {
    let Some(clang) = find_clang() else {
        eprintln!("SKIPPED fresh_clang_output_matches_line_counts: clang-19 not found");
        return;
    };
    let out_dir =
        std::env::temp_dir().join(format!("ffiscope-ir-llvm-check-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let c_dir = fixtures_dir().join("c");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&c_dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    sources.sort();
    assert!(sources.len() >= 6);
    // Compile in parallel (one clang per job), then check.
    let mut jobs = Vec::new();
    for src in &sources {
        let stem = src.file_stem().unwrap().to_string_lossy().into_owned();
        let (target, extra): (&str, &[&str]) = match stem.as_str() {
            "seh" => ("x86_64-pc-windows-msvc", &["-fms-extensions"]),
            "cleanup" => ("x86_64-pc-linux-gnu", &["-fexceptions"]),
            _ => ("x86_64-pc-linux-gnu", &[]),
        };
        for (opt, intrinsics) in [("-O0", false), ("-O2", false), ("-O1", true)] {
            let out = out_dir.join(format!(
                "{stem}{opt}{}.ll",
                if intrinsics { ".intrinsics" } else { "" }
            ));
            let mut cmd = Command::new(&clang);
            cmd.args([
                "-S",
                "-emit-llvm",
                "-g",
                opt,
                "-w",
                "-fno-discard-value-names",
            ])
            .arg(format!("--target={target}"))
            .args(extra)
            .arg(src)
            .arg("-o")
            .arg(&out);
            if intrinsics {
                cmd.args(["-mllvm", "--write-experimental-debuginfo=false"]);
            }
            jobs.push((out, cmd.spawn().expect("run clang")));
        }
    }
    for (out, mut child) in jobs {
        assert!(
            child.wait().unwrap().success(),
            "clang failed for {}",
            out.display()
        );
        let text = std::fs::read_to_string(&out).unwrap();
        check(&out.display().to_string(), text);
    }
    let _ = std::fs::remove_dir_all(&out_dir);
}
