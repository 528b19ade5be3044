//! Collecting translation units: compilation databases, directory walks, errors.

use std::fs;
use std::path::{Path, PathBuf};

use ffiscope_cfront::{collect_inputs_in, InputError, InputSpec, TranslationUnit};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn spec(paths: &[&str]) -> InputSpec {
    InputSpec {
        paths: paths.iter().map(PathBuf::from).collect(),
        ..InputSpec::default()
    }
}

fn collect(paths: &[&str]) -> Result<Vec<TranslationUnit>, InputError> {
    collect_inputs_in(&spec(paths), &fixtures())
}

fn canon(p: &str) -> PathBuf {
    fs::canonicalize(fixtures().join(p)).unwrap()
}

#[test]
fn arguments_entries_are_filtered_and_resolved() {
    let tus = collect(&["arguments.json"]).unwrap();
    let proj = canon("proj");
    assert_eq!(tus.len(), 2, "the C++ entry is skipped: {tus:#?}");

    let a = &tus[0];
    assert_eq!(a.source, proj.join("src/a.c"));
    assert_eq!(a.display, "proj/src/a.c");
    assert_eq!(a.directory, proj.join("build"));
    assert_eq!(
        a.args,
        [
            format!("-I{}", proj.join("include").display()),
            "-DA=1".into()
        ]
    );

    // ccache wrapper skipped, -O2 -g -MD -MF dropped, -isystem resolved against `directory`.
    let b = &tus[1];
    assert_eq!(b.source, proj.join("src/b.c"));
    assert_eq!(b.display, "proj/src/b.c");
    assert_eq!(b.directory, proj);
    assert_eq!(
        b.args,
        [
            "-std=gnu99".to_string(),
            "-isystem".into(),
            proj.join("include").display().to_string()
        ]
    );
}

#[test]
fn command_entries_are_shell_split() {
    let tus = collect(&["command.json"]).unwrap();
    let proj = canon("proj");
    assert_eq!(tus.len(), 2);
    assert_eq!(
        tus[0].args,
        [
            "-DNAME=\"x y\"".to_string(),
            "-DSQ=a b".into(),
            "-DEMPTY=".into(),
            "-I".into(),
            proj.join("include").display().to_string(),
            "-isystem".into(),
            "/opt/sys".into(),
            "-Wno-error=implicit-int".into(),
            "-fPIC".into(),
        ]
    );
    assert_eq!(tus[1].display, "proj/src/sub/c.c");
    assert_eq!(
        tus[1].args,
        [
            "--target=aarch64-linux-gnu".to_string(),
            "-m64".into(),
            "-include".into(),
            proj.join("include/proj.h").display().to_string(),
        ]
    );
}

#[test]
fn spec_flags_reach_every_unit() {
    let mut s = spec(&["arguments.json", "proj/src/sub/c.c"]);
    s.includes = vec![PathBuf::from("proj/include")];
    s.defines = vec!["X=1".into(), "-DY".into()];
    s.std = Some("c11".into());
    s.target = Some("x86_64-linux-gnu".into());
    s.extra_flags = vec![
        "-fshort-enums".into(),
        "-O3".into(),
        "-I".into(),
        "rel".into(),
    ];
    let tus = collect_inputs_in(&s, &fixtures()).unwrap();
    let inc = format!("-I{}", canon("proj/include").display());
    let rel = fixtures()
        .canonicalize()
        .unwrap()
        .join("rel")
        .display()
        .to_string();
    let tail = [
        inc.as_str(),
        "-DX=1",
        "-DY",
        "-std=c11",
        "--target=x86_64-linux-gnu",
        "-fshort-enums",
        "-I",
        rel.as_str(),
    ];
    assert_eq!(tus.len(), 3);
    for tu in &tus {
        assert!(tu.args.ends_with(&tail.map(String::from)), "{:?}", tu.args);
    }
    assert_eq!(tus[2].display, "proj/src/sub/c.c");
    assert_eq!(tus[2].directory, canon("proj/src/sub"));
}

#[test]
fn bad_spec_values_are_errors() {
    for (field, value) in [
        ("define", ""),
        ("define", "-D=1"),
        ("std", "c 99"),
        ("target", ""),
    ] {
        let mut s = spec(&["proj/src/a.c"]);
        match field {
            "define" => s.defines = vec![value.into()],
            "std" => s.std = Some(value.into()),
            _ => s.target = Some(value.into()),
        }
        let e = collect_inputs_in(&s, &fixtures()).unwrap_err();
        assert!(
            matches!(e, InputError::BadSpec { .. }),
            "{field}={value}: {e}"
        );
    }
    let mut s = spec(&["proj/src/a.c"]);
    s.extra_flags = vec!["stray.c".into()];
    let e = collect_inputs_in(&s, &fixtures()).unwrap_err();
    assert!(e.to_string().contains("`stray.c` is not a flag"), "{e}");
}

#[test]
fn database_errors_name_file_and_line() {
    let e = collect(&["bad_syntax.json"]).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, InputError::BadJson { line: 4, .. }), "{msg}");
    assert!(msg.starts_with("bad_syntax.json:4:"), "{msg}");
    assert!(msg.contains("CMAKE_EXPORT_COMPILE_COMMANDS"), "{msg}");

    let e = collect(&["bad_entry.json"]).unwrap_err();
    let msg = e.to_string();
    assert!(
        matches!(
            e,
            InputError::BadEntry {
                line: 5,
                index: 1,
                ..
            }
        ),
        "{msg}"
    );
    assert!(msg.contains("missing \"file\""), "{msg}");

    let e = collect(&["unterminated.json"]).unwrap_err();
    assert!(
        matches!(
            e,
            InputError::BadEntry {
                line: 2,
                index: 0,
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("unterminated single quote"), "{e}");

    let e = collect(&["not_array.json"]).unwrap_err();
    assert!(e.to_string().contains("must be an array"), "{e}");

    let e = collect(&["only_cxx.json"]).unwrap_err();
    assert!(
        matches!(e, InputError::NoCEntries { skipped: 3, .. }),
        "{e}"
    );

    let e = collect(&["missing_source.json"]).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("generated.c") && msg.contains("build the project first"),
        "{msg}"
    );
}

#[test]
fn directory_walk_is_sorted_and_skips_noise() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    for f in [
        "lib/z.c",
        "lib/a.c",
        "lib/sub/m.c",
        "lib/.git/x.c",
        "lib/.hidden.c",
        "lib/target/debug/build.c",
        "lib/CMakeFiles/3.25/CompilerIdC/CMakeCCompilerId.c",
        "lib/notes.txt",
        "lib/a.h",
        "lib/B.c",
    ] {
        let p = root.join(f);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "int x;\n").unwrap();
    }
    let displays = |given: &str| -> Vec<String> {
        collect_inputs_in(&spec(&[given]), root)
            .unwrap()
            .into_iter()
            .map(|t| t.display)
            .collect()
    };
    assert_eq!(
        displays("lib"),
        ["lib/B.c", "lib/a.c", "lib/sub/m.c", "lib/z.c"]
    );
    assert_eq!(
        displays("lib/"),
        ["lib/B.c", "lib/a.c", "lib/sub/m.c", "lib/z.c"]
    );
    assert_eq!(
        displays("./lib"),
        ["./lib/B.c", "./lib/a.c", "./lib/sub/m.c", "./lib/z.c"]
    );
    let abs = root.join("lib").display().to_string();
    assert_eq!(displays(&abs)[0], format!("{abs}/B.c"));
    let tus = collect_inputs_in(&spec(&["sub"]), &root.join("lib")).unwrap();
    assert_eq!(tus[0].display, "sub/m.c");
    assert!(tus[0].source.is_absolute());

    // "." walks the working directory itself even though its name starts with a dot.
    let tus = collect_inputs_in(&spec(&["."]), &root.join("lib/sub")).unwrap();
    assert_eq!(tus[0].display, "m.c");
}

#[test]
fn duplicates_collapse_and_database_flags_win() {
    let tus = collect(&["proj/src/a.c", "proj/src", "arguments.json", "proj/src/a.c"]).unwrap();
    let names: Vec<&str> = tus.iter().map(|t| t.display.as_str()).collect();
    assert_eq!(names, ["proj/src/a.c", "proj/src/b.c", "proj/src/sub/c.c"]);
    assert_eq!(
        tus[0].args[1], "-DA=1",
        "database flags replace the plain entry's"
    );
    assert_eq!(tus[1].args[0], "-std=gnu99");
    assert!(tus[2].args.is_empty());

    // The same file reached through `..` is the same unit.
    let tus = collect(&["proj/src/a.c", "proj/build/../src/a.c"]).unwrap();
    assert_eq!(tus.len(), 1);
    assert_eq!(tus[0].display, "proj/src/a.c");
}

#[test]
fn path_errors_are_clear() {
    let e = collect(&[]).unwrap_err();
    assert!(matches!(e, InputError::NoInputs));

    let e = collect(&["nope/missing.c"]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "`nope/missing.c` does not exist: check the path, or pass the directory that holds your C sources"
    );

    let e = collect(&["proj/include/proj.h"]).unwrap_err();
    assert!(e.to_string().contains("header"), "{e}");
    let e = collect(&["proj/src/cxx.cpp"]).unwrap_err();
    assert!(e.to_string().contains("C only"), "{e}");

    let e = collect(&["proj/include"]).unwrap_err();
    assert!(matches!(e, InputError::EmptyDir { .. }), "{e}");
    assert!(e.to_string().contains("headers only"), "{e}");

    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("empty/build")).unwrap();
    let e = collect_inputs_in(&spec(&["empty"]), tmp.path()).unwrap_err();
    assert_eq!(e.to_string(), "no .c files under `empty`; pass a directory that holds C sources, or a compile_commands.json");
    fs::write(tmp.path().join("empty/build/compile_commands.json"), "[]").unwrap();
    let e = collect_inputs_in(&spec(&["empty"]), tmp.path()).unwrap_err();
    assert!(
        e.to_string()
            .contains("pass `empty/build/compile_commands.json` instead"),
        "{e}"
    );
}

#[cfg(unix)]
#[test]
fn non_utf8_paths_are_errors() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let bad = OsStr::from_bytes(b"caf\xe9.c");
    let p = tmp.path().join("d").join(bad);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, "int x;").unwrap();
    let e = collect_inputs_in(
        &InputSpec {
            paths: vec![PathBuf::from("d").join(bad)],
            ..Default::default()
        },
        tmp.path(),
    )
    .unwrap_err();
    assert!(matches!(e, InputError::NotUtf8 { .. }), "{e}");
    assert!(e.to_string().contains("rename it"), "{e}");
    let e = collect_inputs_in(&spec(&["d"]), tmp.path()).unwrap_err();
    assert!(matches!(e, InputError::NotUtf8 { .. }), "{e}");
}

#[test]
fn garbage_databases_never_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[&str] = &[
        "",
        "[",
        "[{}]",
        "[1, 2]",
        "[null]",
        "[{\"directory\": 1, \"file\": \"a.c\", \"command\": \"cc\"}]",
        "[{\"directory\": \".\", \"file\": \"a.c\", \"arguments\": [1]}]",
        "[{\"directory\": \".\", \"file\": \"a.c\", \"arguments\": []}]",
        "[{\"directory\": \".\", \"file\": \"a.c\", \"command\": \"\"}]",
        "[{\"directory\": \".\", \"file\": \"a.c\", \"command\": \"cc \\\\\"}]",
        "[{\"directory\": \".\", \"file\": \"a.c\", \"arguments\": [\"ccache\"]}]",
        "[{\"directory\": \".\", \"file\": \"\", \"arguments\": [\"cc\", \"-o\"]}]",
        "[{\"directory\": \"/\", \"file\": \"/\", \"arguments\": [\"cc\", \"-x\"]}]",
        "\u{feff}[]",
        "[] trailing",
    ];
    for (i, text) in cases.iter().enumerate() {
        let p = tmp.path().join(format!("db{i}.json"));
        fs::write(&p, text).unwrap();
        let r = collect_inputs_in(&spec(&[p.to_str().unwrap()]), tmp.path());
        assert!(r.is_err(), "{text:?} gave {r:?}");
    }
}
