//! User model files: merging, overriding, and errors that name the entry and field.

use ffiscope_models::{ModelError, Models, MtSafety, Retained, Returns};

const USER: &str = r#"
[[function]]
name = "sqlite3_bind_text"
source = "sqlite.org/c3ref/bind_blob.html"
returns = "scalar"
params = [
  { name = "stmt", type = "sqlite3_stmt *", reads = "yes", writes = "direct", retained = "no", freed = "no", null_ok = "no" },
  { name = "index", type = "int" },
  { name = "text", type = "const char *", reads = "yes", writes = "no", retained = "arg:0", freed = "maybe", null_ok = "yes", condition = "kept when the destructor is SQLITE_STATIC" },
  { name = "n", type = "int" },
  { name = "destructor", type = "void (*)(void *)", reads = "no", writes = "no", retained = "arg:0", freed = "no", null_ok = "yes", callback = "called_and_stored", callback_args = ["arg:2"] },
]

[[function]]
name = "getenv"
source = "my platform's getenv returns a fresh copy"
returns = "owned:free"
params = [
  { name = "name", type = "const char *", reads = "yes", writes = "no", retained = "no", freed = "no", null_ok = "no" },
]

[[thread]]
name = "sqlite3_bind_text"
mt = "safe"
tags = ["race:stmt"]
source = "sqlite.org/threadsafe.html"
"#;

#[test]
fn extra_models_merge_and_override() {
    let mut m = Models::builtin().clone();
    let n = m.load_extra_str("user.toml", USER).unwrap();
    assert_eq!(n, 3);
    let f = m.effect("sqlite3_bind_text").unwrap();
    assert_eq!(f.origin, "user.toml");
    assert_eq!(f.pointer(2).unwrap().retained, Retained::Arg(0));
    assert_eq!(m.thread("sqlite3_bind_text").unwrap().tags, ["race:stmt"]);
    // the user's getenv replaces the built-in one, and its aliases follow it
    let g = m.effect("getenv").unwrap();
    assert_eq!(
        g.returns,
        Returns::Owned {
            deallocator: "free".into()
        }
    );
    assert_eq!(m.effect("secure_getenv").unwrap().origin, "user.toml");
    // the built-in set is untouched
    assert_eq!(
        Models::builtin().effect("getenv").unwrap().returns,
        Returns::Borrowed
    );
    assert_eq!(m.thread("getenv").unwrap().mt, MtSafety::Safe);
    assert!(m.sources().iter().any(|s| s == "user.toml"));
}

#[test]
fn load_extra_from_a_file() {
    let dir = std::env::temp_dir().join(format!("ffiscope-models-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("deps.toml");
    std::fs::write(&path, USER).unwrap();
    let m = Models::with_extra(&[&path]).unwrap();
    assert!(m.effect("sqlite3_bind_text").is_some());
    let err = Models::with_extra(&[dir.join("missing.toml")]).unwrap_err();
    assert!(matches!(err, ModelError::Io { .. }), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

fn error_of(text: &str) -> String {
    let mut m = Models::default();
    m.load_extra_str("bad.toml", text).unwrap_err().to_string()
}

#[test]
fn errors_name_the_entry_and_the_field() {
    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "scalar"
params = [ { name = "p", type = "char *", reads = "yes", writes = "yes", retained = "no", freed = "no", null_ok = "no" } ]
"#,
    );
    assert!(e.contains("function `f`"), "{e}");
    assert!(e.contains("params[0].writes"), "{e}");
    assert!(e.contains("\"direct\""), "{e}");

    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "scalar"
params = [ { name = "p", type = "char *", reads = "yes", writes = "no", freed = "no", null_ok = "no" } ]
"#,
    );
    assert!(
        e.contains("function `f`") && e.contains("params[0].retained") && e.contains("missing"),
        "{e}"
    );

    let e = error_of(
        r#"
[[function]]
name = "f"
source = ""
returns = "scalar"
params = []
"#,
    );
    assert!(e.contains("function `f`") && e.contains("`source`"), "{e}");

    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "alias:1"
params = [ { name = "p", type = "char *", reads = "yes", writes = "no", retained = "no", freed = "no", null_ok = "no" } ]
"#,
    );
    assert!(e.contains("`returns`") && e.contains("argument 1"), "{e}");

    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "scalar"
params = [ { name = "p", type = "char *" } ]
"#,
    );
    assert!(e.contains("pointer type"), "{e}");

    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "alias:0"
params = [ { name = "p", type = "char *", reads = "yes", writes = "no", retained = "no", freed = "no", null_ok = "no", returned = "no" } ]
"#,
    );
    assert!(e.contains("params[0].returned"), "{e}");

    let e = error_of(
        r#"
[[thread]]
name = "g"
mt = "MT-Safe"
"#,
    );
    assert!(e.contains("thread `g`") && e.contains("`mt`"), "{e}");

    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "void"
noreturn = true
bogus = 1
params = []
"#,
    );
    assert!(e.contains("bogus"), "{e}");
}

#[test]
fn duplicates_within_a_file_are_errors() {
    let e = error_of(
        r#"
[[function]]
name = "f"
source = "x"
returns = "void"
params = []

[[function]]
name = "g"
aliases = ["f"]
source = "x"
returns = "void"
params = []
"#,
    );
    assert!(e.contains("`f` is declared more than once"), "{e}");
}

#[test]
fn a_bad_file_changes_nothing() {
    let mut m = Models::builtin().clone();
    let before = m.functions().len();
    let bad = format!(
        "{USER}\n[[function]]\nname = \"h\"\nsource = \"x\"\nreturns = \"nope\"\nparams = []\n"
    );
    assert!(m.load_extra_str("bad.toml", &bad).is_err());
    assert_eq!(m.functions().len(), before);
    assert!(m.effect("sqlite3_bind_text").is_none());
}

#[test]
fn user_intrinsic_prefixes() {
    let mut m = Models::default();
    m.load_extra_str(
        "x.toml",
        r#"
[[intrinsic]]
name = "llvm.x86"
prefix = "llvm.x86."
source = "LLVM LangRef"
returns = "maybe"
params = []

[[intrinsic]]
name = "llvm.x86.rdtsc"
source = "LLVM LangRef"
returns = "scalar"
params = []
"#,
    )
    .unwrap();
    assert_eq!(m.effect("llvm.x86.sse2.pause").unwrap().name, "llvm.x86");
    assert_eq!(m.effect("llvm.x86.rdtsc").unwrap().name, "llvm.x86.rdtsc");
    let e = error_of(
        r#"
[[function]]
name = "f"
prefix = "f."
source = "x"
returns = "void"
params = []
"#,
    );
    assert!(e.contains("prefix"), "{e}");
}
