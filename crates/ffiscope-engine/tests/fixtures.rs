//! Fixture tests as data: every `tests/fixtures/*.c` is compiled with clang to LLVM IR,
//! analysed with the libc models, and its facts JSON compared with the snapshot
//! `tests/snapshots/fixtures__<name>.snap`. Adding a case is adding a `.c` file (then
//! `cargo insta review`, reading every verdict by hand: a wrong `"no"` must never be
//! accepted).
//!
//! Needs clang >= 15: `$FFISCOPE_CLANG`, else the newest `clang-N` on PATH, else `clang`.
//! Without one the test fails, naming what it looked for.

use std::path::{Path, PathBuf};

mod common;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Compiles one fixture and returns its facts as JSON, paths relative to the fixtures dir.
fn facts_json(clang: &Path, src: &Path, tmp: &Path) -> serde_json::Value {
    let stem = src.file_stem().unwrap().to_string_lossy().to_string();
    let ll = tmp.join(format!("{stem}.ll"));
    let module = common::compile_ir(clang, src, &[], &ll);
    let dir = fixtures_dir();
    let display = move |p: &str| -> String {
        let p = Path::new(p);
        p.strip_prefix(&dir)
            .map(|r| r.to_string_lossy().to_string())
            .unwrap_or_else(|_| common::file_name(&p.to_string_lossy()))
    };
    let facts = common::analyse(vec![module], &display);
    serde_json::json!({ "fixture": format!("{stem}.c"), "functions": facts })
}

#[test]
fn fixtures() {
    let clang = common::clang();
    let tmp = std::env::temp_dir().join(format!("ffiscope-engine-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut srcs: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    srcs.sort();
    assert!(!srcs.is_empty(), "no fixtures found");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(true);
    settings.set_omit_expression(true);
    let _guard = settings.bind_to_scope();
    for src in &srcs {
        let stem = src.file_stem().unwrap().to_string_lossy().to_string();
        let started = std::time::Instant::now();
        let json = facts_json(&clang, src, &tmp);
        assert!(
            started.elapsed().as_secs() < 60,
            "{stem}: took {:?}",
            started.elapsed()
        );
        insta::assert_json_snapshot!(stem, json);
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
