//! The cache, driven by a fake clang (a shell script), so that every behaviour is tested
//! on any machine: hits, misses after source, header and argument edits, damaged entries,
//! concurrent writers, artifacts, failures and notes.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use ffiscope_cfront::{
    compile_all, compile_one, Cache, Clang, CompileError, CompileOptions, CompiledTu,
    TranslationUnit, Version,
};

/// A fake clang: copies the source into `-o`, writes a depfile listing the `#include "x"`
/// headers next to the source, fails on `#error`, rejects `-fgcc-only` like clang rejects
/// gcc-only flags, and logs every run to `runs.log` next to itself.
const FAKE_CLANG: &str = r#"#!/bin/sh
here=$(dirname "$0")
echo run >> "$here/runs.log"
out=; dep=; src=; bad=
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out=$2; shift ;;
    -MF) dep=$2; shift ;;
    -fgcc-only) echo "fake: error: unknown argument: '-fgcc-only'" >&2; bad=1 ;;
    -*) ;;
    *) src=$1 ;;
  esac
  shift
done
[ -n "$bad" ] && exit 1
if grep -q '#error' "$src"; then echo "$src:1:2: error: boom" >&2; exit 1; fi
[ -f "$here/slow" ] && sleep 0.05
dir=$(dirname "$src")
{ echo "; fake IR for $src"; cat "$src"; } > "$out"
printf '%s: %s' "$out" "$src" > "$dep"
sed -n 's/^#include "\(.*\)"$/\1/p' "$src" | while read -r h; do printf ' \\\n  %s/%s' "$dir" "$h" >> "$dep"; done
echo >> "$dep"
"#;

struct Env {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    clang: Clang,
    cache: Cache,
}

impl Env {
    fn new() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(tmp.path()).unwrap();
        let bin = root.join("bin");
        fs::create_dir_all(&bin).unwrap();
        let path = bin.join("clang");
        fs::write(&path, FAKE_CLANG).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        let clang = Clang {
            path,
            version: Version {
                major: 19,
                minor: 1,
                patch: 7,
            },
            version_text: "fake clang version 19.1.7".into(),
        };
        let cache = Cache::open(Some(root.join("cache"))).unwrap();
        fs::create_dir_all(root.join("src")).unwrap();
        Env {
            _tmp: tmp,
            root,
            clang,
            cache,
        }
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.root.join("src").join(rel);
        fs::write(&p, text).unwrap();
        p
    }

    fn tu(&self, rel: &str, args: &[&str]) -> TranslationUnit {
        TranslationUnit {
            source: self.root.join("src").join(rel),
            display: format!("src/{rel}"),
            directory: self.root.clone(),
            args: args.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn runs(&self) -> usize {
        fs::read_to_string(self.root.join("bin/runs.log"))
            .map(|s| s.lines().count())
            .unwrap_or(0)
    }

    fn compile(&self, tu: &TranslationUnit) -> CompiledTu {
        compile_one(&self.clang, tu, &self.cache, false).unwrap()
    }
}

#[test]
fn hit_then_miss_after_source_edit() {
    let env = Env::new();
    env.write("a.c", "int a;\n");
    let tu = env.tu("a.c", &["-DX=1"]);
    assert_eq!(env.cache.tu_key(&env.clang, &tu), None);

    let first = env.compile(&tu);
    assert!(!first.cache_hit);
    assert_eq!(first.key.len(), 64);
    let ir = fs::read_to_string(&first.ir_path).unwrap();
    assert!(
        ir.starts_with("; fake IR for ") && ir.contains("int a;"),
        "{ir}"
    );
    assert!(ir.ends_with(&format!(
        "; ffiscope-cache {} {}\n",
        first.key,
        ir.find("; ffiscope-cache").unwrap()
    )));
    assert_eq!(env.runs(), 1);

    let second = env.compile(&tu);
    assert!(second.cache_hit);
    assert_eq!((&second.key, &second.ir_path), (&first.key, &first.ir_path));
    assert_eq!(env.runs(), 1, "a hit does not run clang");
    assert_eq!(env.cache.tu_key(&env.clang, &tu), Some(first.key.clone()));
    assert_eq!(env.cache.ir_path(&first.key), Some(first.ir_path.clone()));

    env.write("a.c", "int a = 2;\n");
    assert_eq!(env.cache.tu_key(&env.clang, &tu), None);
    let third = env.compile(&tu);
    assert!(!third.cache_hit);
    assert_ne!(third.key, first.key);
    assert_eq!(env.runs(), 2);

    // Different arguments, or a different clang, are different entries.
    let other = env.tu("a.c", &["-DX=2"]);
    assert_eq!(env.cache.tu_key(&env.clang, &other), None);
    let mut clang20 = env.clang.clone();
    clang20.version_text = "fake clang version 20.1.0".into();
    assert_eq!(env.cache.tu_key(&clang20, &tu), None);

    // A reopened cache (a new run) sees the entry.
    let reopened = Cache::open(Some(env.root.join("cache"))).unwrap();
    assert_eq!(reopened.tu_key(&env.clang, &tu), Some(third.key));
}

#[test]
fn header_edit_invalidates() {
    let env = Env::new();
    env.write("h.h", "#define H 1\n");
    env.write("a.c", "#include \"h.h\"\nint a = H;\n");
    let tu = env.tu("a.c", &[]);
    let first = env.compile(&tu);
    assert_eq!(env.cache.tu_key(&env.clang, &tu), Some(first.key.clone()));

    env.write("h.h", "#define H 2\n");
    assert_eq!(
        env.cache.tu_key(&env.clang, &tu),
        None,
        "header edit must miss"
    );
    let second = env.compile(&tu);
    assert!(!second.cache_hit);
    assert_ne!(second.key, first.key);

    // Back to the old header: the manifest remembers that variant too.
    env.write("h.h", "#define H 1\n");
    let third = env.compile(&tu);
    assert!(third.cache_hit);
    assert_eq!(third.key, first.key);

    // A deleted header is a miss, not an error.
    fs::remove_file(env.root.join("src/h.h")).unwrap();
    assert_eq!(env.cache.tu_key(&env.clang, &tu), None);
}

#[test]
fn damaged_entries_are_misses() {
    let env = Env::new();
    env.write("a.c", "int a;\n");
    let tu = env.tu("a.c", &[]);
    let first = env.compile(&tu);

    // Truncated IR (a crash mid-copy, a full disk): miss, recompile, valid again.
    let text = fs::read(&first.ir_path).unwrap();
    fs::write(&first.ir_path, &text[..text.len() - 3]).unwrap();
    assert_eq!(env.cache.tu_key(&env.clang, &tu), None);
    let again = env.compile(&tu);
    assert!(!again.cache_hit);
    assert_eq!(again.key, first.key);
    assert_eq!(fs::read(&again.ir_path).unwrap(), text);

    // Deleted IR.
    fs::remove_file(&again.ir_path).unwrap();
    assert!(!env.compile(&tu).cache_hit);

    // Garbage manifests.
    let manifests: Vec<PathBuf> = walk(&env.cache.root().join("v1/manifest"));
    assert_eq!(manifests.len(), 1);
    for garbage in [
        "",
        "{",
        "null",
        "{\"format\":\"other\",\"variants\":[]}",
        "\u{0}\u{1}",
    ] {
        fs::write(&manifests[0], garbage).unwrap();
        assert_eq!(env.cache.tu_key(&env.clang, &tu), None, "{garbage:?}");
    }
    assert!(!env.compile(&tu).cache_hit);
    assert!(env.compile(&tu).cache_hit);

    // Garbage artifacts.
    env.cache
        .put_artifact(&first.key, "decls-v1", b"payload")
        .unwrap();
    let arts = walk(&env.cache.root().join("v1/artifact"));
    let good = fs::read(&arts[0]).unwrap();
    for cut in [0, 5, 20, good.len() - 1] {
        fs::write(&arts[0], &good[..cut]).unwrap();
        assert_eq!(
            env.cache.get_artifact(&first.key, "decls-v1"),
            None,
            "cut {cut}"
        );
    }
    let mut flipped = good.clone();
    *flipped.last_mut().unwrap() ^= 1;
    fs::write(&arts[0], &flipped).unwrap();
    assert_eq!(env.cache.get_artifact(&first.key, "decls-v1"), None);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if !p.file_name().unwrap().to_string_lossy().starts_with(".tmp") {
            out.push(p);
        }
    }
    out
}

#[test]
fn concurrent_writers_of_one_key() {
    let env = Env::new();
    fs::write(env.root.join("bin/slow"), "").unwrap();
    env.write("h.h", "#define H 1\n");
    env.write("a.c", "#include \"h.h\"\nint a = H;\n");
    let tu = env.tu("a.c", &[]);
    let keys = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                // Each thread is its own "run" with its own handle on the directory.
                let cache = Cache::open(Some(env.root.join("cache"))).unwrap();
                for _ in 0..5 {
                    let r = compile_one(&env.clang, &tu, &cache, true).unwrap();
                    assert!(cache.ir_path(&r.key).is_some());
                    keys.lock().unwrap().push(r.key);
                }
            });
        }
    });
    let keys = keys.into_inner().unwrap();
    assert_eq!(keys.len(), 10);
    assert!(keys.iter().all(|k| *k == keys[0]));
    let hit = env.compile(&tu);
    assert!(hit.cache_hit);
    assert_eq!(hit.key, keys[0]);
    // No scratch files are left behind, and only one IR entry exists.
    assert_eq!(
        fs::read_dir(env.cache.root().join("v1/tmp"))
            .unwrap()
            .count(),
        0
    );
    assert_eq!(walk(&env.cache.root().join("v1/ir")).len(), 1);

    // Artifacts: two writers, one reader; a reader sees a whole value or nothing.
    let key = hit.key.as_str();
    let a = vec![b'A'; 1 << 20];
    let b = vec![b'B'; 1 << 20];
    let seen = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for data in [&a, &b] {
            let cache = &env.cache;
            s.spawn(move || {
                for _ in 0..30 {
                    cache.put_artifact(key, "summary-v1", data).unwrap();
                }
            });
        }
        s.spawn(|| {
            for _ in 0..200 {
                if let Some(v) = env.cache.get_artifact(key, "summary-v1") {
                    assert!(v == a || v == b, "torn artifact read");
                    seen.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    });
    let last = env.cache.get_artifact(key, "summary-v1").unwrap();
    assert!(last == a || last == b);
}

#[test]
fn failures_do_not_stop_the_others() {
    let env = Env::new();
    env.write("good1.c", "int a;\n");
    env.write("bad.c", "#error nope\n");
    env.write("good2.c", "int b;\n");
    let tus = vec![
        env.tu("good1.c", &[]),
        env.tu("bad.c", &[]),
        env.tu("good2.c", &[]),
    ];
    let calls = Mutex::new(Vec::new());
    let progress = |done: usize, total: usize| calls.lock().unwrap().push((done, total));
    let opts = CompileOptions {
        jobs: Some(2),
        progress: Some(&progress),
        force: false,
    };
    let results = compile_all(&env.clang, &tus, &env.cache, &opts);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().tu.display, "src/good1.c");
    assert_eq!(results[2].as_ref().unwrap().tu.display, "src/good2.c");
    let err = results[1].as_ref().unwrap_err();
    assert_eq!(err.display_path(), "src/bad.c");
    let CompileError::Clang { stderr, .. } = err else {
        panic!("{err}")
    };
    assert!(stderr.contains("error: boom"));
    let msg = err.to_string();
    assert!(
        msg.starts_with("clang failed on src/bad.c (exit status: 1):\n"),
        "{msg}"
    );
    assert!(
        msg.contains("error: boom") && msg.contains("to reproduce: cd "),
        "{msg}"
    );

    let mut calls = calls.into_inner().unwrap();
    calls.sort();
    assert_eq!(calls, [(0, 3), (1, 3), (2, 3), (3, 3)]);

    // The failure is not cached: fixing the file makes it compile.
    env.write("bad.c", "int fixed;\n");
    let results = compile_all(&env.clang, &tus, &env.cache, &CompileOptions::default());
    assert!(results.iter().all(|r| r.is_ok()));
    assert_eq!(
        results
            .iter()
            .map(|r| r.as_ref().unwrap().cache_hit)
            .collect::<Vec<_>>(),
        [true, false, true]
    );
}

#[test]
fn unknown_flags_are_dropped_with_a_note() {
    let env = Env::new();
    env.write("a.c", "int a;\n");
    let tu = env.tu("a.c", &["-DX", "-fgcc-only"]);
    let r = env.compile(&tu);
    assert_eq!(r.notes.len(), 1);
    assert!(
        r.notes[0].contains("does not know -fgcc-only"),
        "{:?}",
        r.notes
    );
    assert_eq!(env.runs(), 2);
    let hit = env.compile(&tu);
    assert!(hit.cache_hit);
    assert_eq!(hit.notes, r.notes, "notes are replayed on hits");
}

#[test]
fn missing_directory_and_source_are_errors() {
    let env = Env::new();
    env.write("a.c", "int a;\n");
    let mut tu = env.tu("a.c", &[]);
    tu.directory = env.root.join("no-such-build-dir");
    let e = compile_one(&env.clang, &tu, &env.cache, false).unwrap_err();
    assert!(
        e.to_string().contains("regenerate compile_commands.json"),
        "{e}"
    );

    let tu = env.tu("gone.c", &[]);
    let e = compile_one(&env.clang, &tu, &env.cache, false).unwrap_err();
    assert!(matches!(e, CompileError::Read { .. }), "{e}");

    let mut clang = env.clang.clone();
    clang.path = env.root.join("bin/not-there");
    let e = compile_one(&clang, &env.tu("a.c", &[]), &env.cache, false).unwrap_err();
    assert!(e.to_string().contains("FFISCOPE_CLANG"), "{e}");
}

#[test]
fn artifacts_by_tu_key_and_combined_key() {
    let env = Env::new();
    env.write("a.c", "int a;\n");
    env.write("b.c", "int b;\n");
    let a = env.compile(&env.tu("a.c", &[]));
    let b = env.compile(&env.tu("b.c", &[]));
    assert_eq!(env.cache.get_artifact(&a.key, "decls-v1"), None);
    env.cache
        .put_artifact(&a.key, "decls-v1", b"A decls")
        .unwrap();
    env.cache.put_artifact(&b.key, "decls-v1", b"").unwrap();
    let all = Cache::combined_key([a.key.as_str(), b.key.as_str()]);
    env.cache
        .put_artifact(&all, "summary-v1", b"whole program")
        .unwrap();

    let reopened = Cache::open(Some(env.root.join("cache"))).unwrap();
    assert_eq!(
        reopened.get_artifact(&a.key, "decls-v1").as_deref(),
        Some(&b"A decls"[..])
    );
    assert_eq!(
        reopened.get_artifact(&b.key, "decls-v1").as_deref(),
        Some(&b""[..])
    );
    let again = Cache::combined_key([b.key.as_str(), a.key.as_str()]);
    assert_eq!(
        reopened.get_artifact(&again, "summary-v1").as_deref(),
        Some(&b"whole program"[..])
    );
    assert_eq!(reopened.get_artifact(&a.key, "summary-v1"), None);
}

#[test]
fn unusable_cache_dir_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("plain-file");
    fs::write(&file, "").unwrap();
    let e = Cache::open(Some(file)).unwrap_err();
    assert!(e.to_string().contains("--cache-dir"), "{e}");

    let c = Cache::open(Some(tmp.path().join("fresh"))).unwrap();
    assert!(c.warning().is_none());
    assert!(c.root().join("CACHEDIR.TAG").is_file());

    let t = Cache::temporary().unwrap();
    let root = t.root().to_path_buf();
    assert!(root.is_dir());
    drop(t);
    assert!(!root.exists());
}

#[test]
fn read_only_cache_dir_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ro");
    drop(Cache::open(Some(dir.clone())).unwrap());
    let tmp_dir = dir.join("v1/tmp");
    fs::set_permissions(&tmp_dir, fs::Permissions::from_mode(0o555)).unwrap();
    // root ignores permissions; only check when they are enforced.
    let enforced = fs::write(tmp_dir.join("x"), "").is_err();
    let r = Cache::open(Some(dir.clone()));
    fs::set_permissions(&tmp_dir, fs::Permissions::from_mode(0o755)).unwrap();
    if enforced {
        let e = r.unwrap_err();
        assert!(e.to_string().contains("--cache-dir"), "{e}");
    } else {
        println!("SKIPPED read-only check: running as root");
    }
}
