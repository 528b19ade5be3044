//! Finding clang on a PATH made of fake compilers.

#![cfg(unix)]

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use ffiscope_cfront::{find_clang_with, ClangError};

fn fake(dir: &Path, name: &str, script_body: &str) {
    let p = dir.join(name);
    fs::write(&p, format!("#!/bin/sh\n{script_body}\n")).unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
}

fn says(version_line: &str) -> String {
    format!("echo '{version_line}'\necho 'Target: x86_64-pc-linux-gnu'")
}

#[test]
fn newest_working_versioned_clang_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    fake(
        &a,
        "clang-14",
        &says("Ubuntu clang version 14.0.0-1ubuntu1.1"),
    );
    fake(
        &a,
        "clang-16",
        &says("Debian clang version 16.0.6 (15~deb12u1)"),
    );
    fake(
        &b,
        "clang-16",
        &says("clang version 16.0.0 (shadowed by a/)"),
    );
    fake(&b, "clang-20", "echo broken >&2; exit 1");
    fake(&b, "clang", &says("clang version 17.0.6"));
    fs::write(b.join("clang-18"), "not executable").unwrap();
    let path = std::env::join_paths([&a, &b]).unwrap();
    let c = find_clang_with(None, Some(&path)).unwrap();
    assert_eq!(c.path, a.join("clang-16"));
    assert_eq!(c.version.to_string(), "16.0.6");
    assert!(c.version_text.starts_with("Debian clang version 16.0.6"));
    assert!(c.version_text.contains("Target:"));

    // Without versioned ones, plain `clang`.
    let only = tmp.path().join("only");
    fs::create_dir_all(&only).unwrap();
    fake(&only, "clang", &says("Homebrew clang version 18.1.8"));
    let c = find_clang_with(None, Some(only.as_os_str())).unwrap();
    assert_eq!(c.path, only.join("clang"));
    assert_eq!(c.version.major, 18);
}

#[test]
fn too_old_or_missing_says_how_to_install() {
    let tmp = tempfile::tempdir().unwrap();
    fake(
        tmp.path(),
        "clang-14",
        &says("Ubuntu clang version 14.0.0-1ubuntu1.1"),
    );
    fake(
        tmp.path(),
        "clang",
        &says("Ubuntu clang version 14.0.0-1ubuntu1.1"),
    );
    let e = find_clang_with(None, Some(tmp.path().as_os_str())).unwrap_err();
    assert!(matches!(e, ClangError::TooOld { .. }), "{e}");
    let msg = e.to_string();
    assert!(
        msg.contains("is clang 14.0.0, but ffiscope needs clang 15 or newer"),
        "{msg}"
    );
    assert!(
        msg.contains("sudo apt-get install clang-19") && msg.contains("FFISCOPE_CLANG"),
        "{msg}"
    );

    let empty = tmp.path().join("empty");
    fs::create_dir_all(&empty).unwrap();
    for path in [Some(empty.into_os_string()), None, Some(OsString::new())] {
        let e = find_clang_with(None, path.as_deref()).unwrap_err();
        assert!(matches!(e, ClangError::NotFound { .. }), "{e}");
        assert!(
            e.to_string().contains("sudo apt-get install clang-19"),
            "{e}"
        );
    }

    // Only a versioned clang that is too old (and no plain clang).
    let old = tmp.path().join("old");
    fs::create_dir_all(&old).unwrap();
    fake(&old, "clang-13", &says("clang version 13.0.1"));
    let e = find_clang_with(None, Some(old.as_os_str())).unwrap_err();
    assert!(matches!(e, ClangError::TooOld { .. }), "{e}");
}

#[test]
fn env_override_is_used_and_never_falls_back() {
    let tmp = tempfile::tempdir().unwrap();
    fake(
        tmp.path(),
        "clang-19",
        &says("Debian clang version 19.1.7 (3~deb12u1)"),
    );
    fake(tmp.path(), "my-clang", &says("clang version 17.0.6"));
    fake(tmp.path(), "gcc", &says("gcc (Debian 12.2.0-14) 12.2.0"));
    let path = tmp.path().as_os_str();

    let c = find_clang_with(Some("my-clang".as_ref()), Some(path)).unwrap();
    assert_eq!(c.path, tmp.path().join("my-clang"));
    let full = tmp.path().join("my-clang");
    let c = find_clang_with(Some(full.as_os_str()), Some(path)).unwrap();
    assert_eq!(c.version.major, 17);

    let e = find_clang_with(Some("gcc".as_ref()), Some(path)).unwrap_err();
    assert!(
        matches!(e, ClangError::NotClang { from_env: true, .. }),
        "{e}"
    );
    assert!(e.to_string().contains("(named by FFISCOPE_CLANG)"), "{e}");

    let e = find_clang_with(Some("no-such-clang".as_ref()), Some(path)).unwrap_err();
    assert!(e.to_string().contains("FFISCOPE_CLANG"), "{e}");
    let e = find_clang_with(Some("/no/such/clang".as_ref()), Some(path)).unwrap_err();
    assert!(matches!(e, ClangError::NotRunnable { .. }), "{e}");

    // An empty variable counts as unset.
    let c = find_clang_with(Some("".as_ref()), Some(path)).unwrap();
    assert_eq!(c.version.major, 19);
}

#[test]
fn cached_probe_runs_version_once_per_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let bin = tmp.path().join("bin");
    fs::create_dir_all(&bin).unwrap();
    let log = tmp.path().join("runs.log");
    let script = |version: &str| {
        format!(
            "echo run >> '{}'\n{}",
            log.display(),
            says(&format!("clang version {version}"))
        )
    };
    fake(&bin, "clang-18", &script("18.1.8"));
    let cache = ffiscope_cfront::Cache::open(Some(tmp.path().join("cache"))).unwrap();
    let runs = || {
        fs::read_to_string(&log)
            .map(|s| s.lines().count())
            .unwrap_or(0)
    };
    let path = bin.as_os_str();

    let first = ffiscope_cfront::find_clang_in(None, Some(path), Some(&cache)).unwrap();
    let second = ffiscope_cfront::find_clang_in(None, Some(path), Some(&cache)).unwrap();
    assert_eq!(first, second);
    assert_eq!(runs(), 1, "the second lookup must not run clang");

    // Replacing the binary (new size and mtime) forgets the remembered version.
    std::thread::sleep(std::time::Duration::from_millis(20));
    fake(&bin, "clang-18", &script("18.1.10"));
    let third = ffiscope_cfront::find_clang_in(None, Some(path), Some(&cache)).unwrap();
    assert_eq!(third.version.to_string(), "18.1.10");
    assert_eq!(runs(), 2);
}
