//! The command line end to end, on the example library shipped in `examples/`: facts a user
//! relies on, exit codes, and the errors for bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ffiscope_facts::{FactsDocument, FunctionFacts, RetainedAt, Returns, ThreadVerdict, Verdict};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ffiscope(args: &[&str], cache: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ffiscope"))
        .args(args)
        .arg("--cache-dir")
        .arg(cache)
        .current_dir(repo())
        .output()
        .expect("run ffiscope")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn facts_of(args: &[&str], cache: &Path) -> Vec<FunctionFacts> {
    let mut all = vec!["summarize", "--format", "json"];
    all.extend_from_slice(args);
    let o = ffiscope(&all, cache);
    let (out, err) = text(&o);
    assert!(o.status.success(), "ffiscope failed: {err}");
    let doc: FactsDocument = serde_json::from_str(&out).expect("FACTS.md JSON");
    assert_eq!(doc.tool, "ffiscope");
    doc.functions
}

fn func<'a>(fs: &'a [FunctionFacts], name: &str) -> &'a FunctionFacts {
    fs.iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no facts for {name}"))
}

fn param<'a>(f: &'a FunctionFacts, name: &str) -> &'a ffiscope_facts::PointerFacts {
    f.params
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.pointer.as_ref())
        .unwrap_or_else(|| panic!("no pointer parameter {name} in {}", f.name))
}

#[test]
fn summarize_example_library() {
    let cache = tempfile::tempdir().unwrap();
    let fs = facts_of(&["examples/handles"], cache.path());

    // z_stream's pattern: the state allocated by init points back to the stream.
    let strm = param(func(&fs, "hd_stream_init"), "strm");
    assert_eq!(strm.retained, Verdict::Yes);
    assert!(
        strm.retained_at.iter().any(|r| matches!(r,
            RetainedAt::Arg { arg: 0, path, evidence } if path == "->state->strm" && !evidence.is_empty())),
        "{:?}",
        strm.retained_at
    );
    // A buffer that is only read.
    let buf = param(func(&fs, "hd_checksum"), "buf");
    assert_eq!(
        (buf.retained, buf.writes, buf.freed, buf.null_ok),
        (Verdict::No, Verdict::No, Verdict::No, Verdict::Yes)
    );
    // sqlite3_bind_text's pattern: kept unless the destructor says "copy".
    let text = param(func(&fs, "hd_bind_text"), "text");
    assert_eq!(text.retained, Verdict::Yes);
    assert!(
        text.condition
            .as_deref()
            .is_some_and(|c| c.contains("destroy")),
        "{:?}",
        text.condition
    );
    // A handle keeps a user pointer.
    assert_eq!(
        param(func(&fs, "hd_set_user"), "user").retained,
        Verdict::Yes
    );
    // Destructor frees the handle; stream end frees the state, not the stream.
    assert_eq!(param(func(&fs, "hd_close"), "h").freed, Verdict::Yes);
    assert_eq!(param(func(&fs, "hd_stream_end"), "strm").freed, Verdict::No);
    // Out-parameter written; the optional one accepts NULL, the other does not.
    let stats = func(&fs, "hd_stats");
    assert_eq!(param(stats, "bytes_out").writes, Verdict::Yes);
    assert_eq!(param(stats, "bytes_out").null_ok, Verdict::No);
    assert_eq!(param(stats, "calls_out").null_ok, Verdict::Yes);
    // Getter returning an interior pointer; constructor returning an owned object.
    assert_eq!(func(&fs, "hd_name").returns, Returns::Alias { of: vec![0] });
    assert!(matches!(
        func(&fs, "hd_open").returns,
        Returns::Owned { .. }
    ));
    // Unprotected global counter and static buffer.
    assert_eq!(
        func(&fs, "hd_next_id").thread_safety.verdict,
        ThreadVerdict::Unsafe
    );
    assert_eq!(
        func(&fs, "hd_version_string").thread_safety.verdict,
        ThreadVerdict::Unsafe
    );
    assert_eq!(
        func(&fs, "hd_checksum").thread_safety.verdict,
        ThreadVerdict::Safe
    );

    // The warm run answers the same from the cache.
    let again = facts_of(&["examples/handles"], cache.path());
    assert_eq!(fs, again);
}

#[test]
fn function_filter_and_text_output() {
    let cache = tempfile::tempdir().unwrap();
    let o = ffiscope(
        &["summarize", "examples/handles", "--function", "hd_set_user"],
        cache.path(),
    );
    let (out, _) = text(&o);
    assert!(o.status.success());
    assert!(
        out.contains("void hd_set_user(hd_handle *h, void *user)"),
        "{out}"
    );
    assert!(!out.contains("hd_checksum"), "{out}");
}

#[test]
fn explain_shows_source_lines() {
    let cache = tempfile::tempdir().unwrap();
    let o = ffiscope(
        &["explain", "examples/handles", "hd_stream_init", "strm"],
        cache.path(),
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("s->strm = strm;"), "{out}");
    assert!(out.contains("examples/handles/handles.c:33"), "{out}");

    let o = ffiscope(
        &["explain", "examples/handles", "hd_stream_init", "nosuch"],
        cache.path(),
    );
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("has no parameter `nosuch`"), "{err}");
}

#[test]
fn decls_prints_prototypes_and_layouts() {
    let cache = tempfile::tempdir().unwrap();
    let o = ffiscope(&["decls", "--layouts", "examples/handles"], cache.path());
    let (out, _) = text(&o);
    assert!(o.status.success());
    assert!(
        out.contains("examples/handles/handles.c:120: unsigned long hd_checksum(unsigned long sum, const unsigned char *buf, size_t len);"),
        "{out}"
    );
    assert!(out.contains("struct hd_stream  size 48 align 8"), "{out}");
}

#[test]
fn missing_input_is_a_clear_error() {
    let cache = tempfile::tempdir().unwrap();
    let o = ffiscope(&["summarize", "no/such/dir"], cache.path());
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err.contains("no/such/dir") && err.contains("does not exist"),
        "{err}"
    );
}

#[test]
fn a_file_that_does_not_compile_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.c"),
        "int good(int *p) { return *p; }\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("bad.c"), "int bad(void) { return nope; }\n").unwrap();
    let cache = tempfile::tempdir().unwrap();
    let o = ffiscope(&["summarize", dir.path().to_str().unwrap()], cache.path());
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(out.contains("good"), "{out}");
    assert!(err.contains("bad.c") && err.contains("nope"), "{err}");
}

#[test]
fn a_missing_clang_says_how_to_install_it() {
    let cache = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_ffiscope"))
        .args(["summarize", "examples/handles", "--cache-dir"])
        .arg(cache.path())
        .env("FFISCOPE_CLANG", "/nonexistent/clang-99")
        .current_dir(repo())
        .output()
        .unwrap();
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("apt"), "{err}");
}

#[test]
fn rules_prints_the_documentation() {
    let cache = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_ffiscope"))
        .args(["rules", "FFI0003"])
        .output()
        .unwrap();
    let (out, _) = text(&o);
    assert!(o.status.success());
    assert!(
        out.contains("## What it does") && out.contains("## Why is this bad?"),
        "{out}"
    );
    let o = ffiscope(&["rules", "FFI9999"], cache.path());
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_finds_the_mistakes_in_the_example_binding() {
    let cache = tempfile::tempdir().unwrap();
    let o = ffiscope(
        &["check", "examples/handles-sys", "--format", "json"],
        cache.path(),
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}\n{err}");
    for code in ["FFI0003", "FFI0010", "FFI0101", "FFI0103"] {
        assert!(out.contains(code), "{code} missing in {out}");
    }
}

#[test]
fn compiler_shim_puts_the_ir_in_the_cache_while_the_real_compiler_runs() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let obj = out.path().join("handles.o");
    let prefetch = serde_json::json!({ "cache_dir": cache.path(), "compile": {} });
    let o = Command::new(env!("CARGO_BIN_EXE_ffiscope"))
        .env("FFISCOPE_CC_SHIM", "1")
        .env("FFISCOPE_REAL_CC", "cc")
        .env("FFISCOPE_SHIM_PREFETCH", prefetch.to_string())
        .args([
            "-Iexamples/handles",
            "-c",
            "examples/handles/handles.c",
            "-o",
        ])
        .arg(&obj)
        .current_dir(repo())
        .output()
        .expect("run ffiscope as the compiler shim");
    let (_, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        obj.is_file(),
        "the real compiler did not write {}",
        obj.display()
    );
    let ir: Vec<_> = std::fs::read_dir(cache.path().join("v1/ir"))
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|shard| {
            std::fs::read_dir(shard.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .filter(|f| f.path().extension().is_some_and(|e| e == "ll"))
        .collect();
    assert_eq!(ir.len(), 1, "expected the unit's IR in the cache");
    // A failing compile fails the build as before, IR or not.
    let o = Command::new(env!("CARGO_BIN_EXE_ffiscope"))
        .env("FFISCOPE_CC_SHIM", "1")
        .env("FFISCOPE_REAL_CC", "cc")
        .env("FFISCOPE_SHIM_PREFETCH", prefetch.to_string())
        .args(["-c", "no/such/file.c", "-o"])
        .arg(out.path().join("none.o"))
        .current_dir(repo())
        .output()
        .expect("run ffiscope as the compiler shim");
    assert!(!o.status.success());
}

#[test]
fn compiler_shim_in_ir_only_mode_hands_the_build_an_empty_object() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let prefetch = serde_json::json!({ "cache_dir": cache.path(), "compile": {}, "ir_only": true });
    let shim = |args: &[&str], obj: &Path| {
        Command::new(env!("CARGO_BIN_EXE_ffiscope"))
            .env("FFISCOPE_CC_SHIM", "1")
            .env("FFISCOPE_REAL_CC", "cc")
            .env("FFISCOPE_SHIM_PREFETCH", prefetch.to_string())
            .args(args)
            .arg("-o")
            .arg(obj)
            .current_dir(repo())
            .output()
            .expect("run ffiscope as the compiler shim")
    };
    let obj = out.path().join("handles.o");
    let o = shim(
        &["-Iexamples/handles", "-c", "examples/handles/handles.c"],
        &obj,
    );
    assert!(o.status.success(), "{}", text(&o).1);
    let bytes = std::fs::read(&obj).expect("an object for the archive step");
    // The object is the stub's: none of the unit's functions are in it.
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!has(b"hd_stream_init"), "the real unit was compiled");
    assert!(std::fs::read_dir(cache.path().join("v1/ir"))
        .unwrap()
        .flatten()
        .any(|shard| std::fs::read_dir(shard.path()).unwrap().next().is_some()));
    // A unit clang cannot compile goes to the real compiler, whose failure stands.
    let bad = out.path().join("bad.c");
    std::fs::write(&bad, "int broken(void) { return }\n").unwrap();
    let o = shim(&["-c", bad.to_str().unwrap()], &out.path().join("bad.o"));
    assert!(!o.status.success());
    // So does a unit only the real compiler's own flags reject (a `-Werror` probe): the IR
    // compile is lenient, the real front end decides, and its diagnostics are shown.
    let warn = out.path().join("warn.c");
    std::fs::write(&warn, "int f(int x) { int unused; return x; }\n").unwrap();
    let o = shim(
        &["-Wall", "-Werror", "-c", warn.to_str().unwrap()],
        &out.path().join("warn.o"),
    );
    assert!(!o.status.success(), "a -Werror failure passed");
    assert!(text(&o).1.contains("unused"), "{}", text(&o).1);
    // A dependency file names the real source, not the stub.
    let dep = out.path().join("handles.d");
    let o = shim(
        &[
            "-Iexamples/handles",
            "-MD",
            "-MF",
            dep.to_str().unwrap(),
            "-c",
            "examples/handles/handles.c",
        ],
        &out.path().join("handles2.o"),
    );
    assert!(o.status.success(), "{}", text(&o).1);
    let deps = std::fs::read_to_string(&dep).expect("a dependency file");
    assert!(
        deps.contains("handles.c") && deps.contains("handles.h"),
        "{deps}"
    );
    assert!(!deps.contains("ffiscope-empty-unit"), "{deps}");
}

#[test]
fn check_retries_with_real_objects_when_the_build_script_runs_what_it_compiled() {
    check_retries_with_real_objects("runs_compiled_tool", "");
}

#[test]
fn check_retries_with_real_objects_when_a_build_dependency_links_c() {
    check_retries_with_real_objects("build_dependency_links_c", "top");
}

/// `ffiscope check` on a copy of fixture crate `fixture` (the package in `sub`): the
/// IR-only build fails, the retry with real objects succeeds, and nothing is reported.
fn check_retries_with_real_objects(fixture: &str, sub: &str) {
    let cache = tempfile::tempdir().unwrap();
    let target = tempfile::tempdir().unwrap();
    let copy = target.path().join(fixture);
    copy_dir(&repo().join("tests/fixtures/crates").join(fixture), &copy);
    let crate_dir = copy.join(sub);
    let o = ffiscope(
        &[
            "check",
            crate_dir.to_str().unwrap(),
            "--offline",
            "--format",
            "json",
        ],
        cache.path(),
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}\n{err}");
    assert!(
        err.contains("ran again with the real C compiler"),
        "no retry note: {err}"
    );
    let doc: serde_json::Value = serde_json::from_str(&out).expect("findings JSON");
    assert_eq!(doc["findings"], serde_json::json!([]), "{out}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}
