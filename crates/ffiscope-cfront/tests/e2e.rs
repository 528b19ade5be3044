//! End to end with the real clang: skipped (with a message) only if none is installed.

use std::fs;

use ffiscope_cfront::{
    collect_inputs_in, compile_all, find_clang, Cache, Clang, CompileError, CompileOptions,
    InputSpec,
};

fn clang_or_skip() -> Option<Clang> {
    match find_clang() {
        Ok(c) => Some(c),
        Err(e) => {
            println!("SKIPPED: no usable clang: {e}");
            None
        }
    }
}

#[test]
fn compiles_a_tiny_project_through_the_cache() {
    let Some(clang) = clang_or_skip() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let root = fs::canonicalize(tmp.path()).unwrap();
    fs::create_dir_all(root.join("include")).unwrap();
    fs::create_dir_all(root.join("build")).unwrap();
    fs::write(
        root.join("include/tiny.h"),
        "#define TINY_BASE 40\nstruct pt { int x, y; };\n",
    )
    .unwrap();
    fs::write(
        root.join("tiny.c"),
        "#include <stddef.h>\n#include \"tiny.h\"\n\
         int tiny_sum(const struct pt *p) { return p ? p->x + p->y + TINY_BASE + EXTRA : -1; }\n",
    )
    .unwrap();
    fs::write(
        root.join("broken.c"),
        "int broken(void) { return undeclared_thing; }\n",
    )
    .unwrap();
    // A database with a relative directory and flags that must be dropped or kept.
    fs::write(
        root.join("build/compile_commands.json"),
        r#"[
  {"directory": ".", "file": "../tiny.c",
   "command": "cc -I../include -DEXTRA=2 -O2 -g0 -Werror -flto -MD -MF tiny.d -c ../tiny.c -o tiny.o"},
  {"directory": ".", "file": "../broken.c", "arguments": ["cc", "-c", "../broken.c"]}
]"#,
    )
    .unwrap();
    let spec = InputSpec {
        paths: vec!["build/compile_commands.json".into()],
        ..Default::default()
    };
    let tus = collect_inputs_in(&spec, &root).unwrap();
    assert_eq!(
        tus.iter().map(|t| t.display.as_str()).collect::<Vec<_>>(),
        ["tiny.c", "broken.c"]
    );

    let cache = Cache::open(Some(root.join("cache"))).unwrap();
    let results = compile_all(&clang, &tus, &cache, &CompileOptions::default());
    let tiny = results[0].as_ref().unwrap();
    assert!(!tiny.cache_hit);
    let ir = fs::read_to_string(&tiny.ir_path).unwrap();
    assert!(
        ir.contains("define dso_local i32 @tiny_sum(ptr noundef %p)"),
        "{ir}"
    );
    assert!(
        ir.contains("add nsw i32 %add, 40") || ir.contains(", 40"),
        "TINY_BASE from -I: {ir}"
    );
    assert!(
        ir.contains("!DICompileUnit("),
        "debug info despite -g0 in the database"
    );
    assert!(ir.contains("!DICompositeType(tag: DW_TAG_structure_type, name: \"pt\""));
    assert!(!ir.contains("optnone"), "-disable-O0-optnone");

    let err = results[1].as_ref().unwrap_err();
    let CompileError::Clang { stderr, .. } = err else {
        panic!("{err}")
    };
    assert!(
        stderr.contains("use of undeclared identifier 'undeclared_thing'"),
        "{stderr}"
    );
    assert!(
        err.to_string().contains("clang failed on broken.c"),
        "{err}"
    );

    // Warm: a hit, without running clang, found by tu_key too.
    let warm = compile_all(&clang, &tus[..1], &cache, &CompileOptions::default());
    let warm = warm[0].as_ref().unwrap();
    assert!(warm.cache_hit);
    assert_eq!(warm.key, tiny.key);
    assert_eq!(cache.tu_key(&clang, &tus[0]), Some(tiny.key.clone()));

    // A gcc-only flag from a database is dropped with a note instead of failing the unit.
    let mut gcc = tus[0].clone();
    gcc.args.push("-fconserve-stack".into());
    gcc.args.push("-fipa-pta".into());
    let r = ffiscope_cfront::compile_one(&clang, &gcc, &cache, false).unwrap();
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("-fconserve-stack -fipa-pta")),
        "{:?}",
        r.notes
    );

    // Editing a header found through -I invalidates.
    fs::write(
        root.join("include/tiny.h"),
        "#define TINY_BASE 41\nstruct pt { int x, y; };\n",
    )
    .unwrap();
    assert_eq!(cache.tu_key(&clang, &tus[0]), None);
    let edited = compile_all(&clang, &tus[..1], &cache, &CompileOptions::default());
    let edited = edited[0].as_ref().unwrap();
    assert!(!edited.cache_hit);
    assert!(fs::read_to_string(&edited.ir_path).unwrap().contains("41"));
}
