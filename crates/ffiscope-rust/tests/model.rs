//! The crate model of the `model_walk` and `build_script` fixtures, and building with the
//! compile-command shim.

use std::path::PathBuf;

use ffiscope_rust::*;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/crates")
        .join(name)
        .canonicalize()
        .unwrap()
}

fn opts() -> LoadOptions {
    LoadOptions {
        offline: true,
        build_scripts: BuildScripts::Never,
        target: Some(TargetInfo::x86_64_linux()),
        ..Default::default()
    }
}

fn find<'a>(m: &'a CrateModel, name: &str) -> &'a ForeignFn {
    m.foreign_fns
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no foreign fn `{name}`"))
}

#[test]
fn walks_modules_cfgs_and_macros() {
    let m = load_crate(&fixture("model_walk"), &opts()).unwrap();
    let names: Vec<&str> = m.foreign_fns.iter().map(|f| f.name.as_str()).collect();
    for n in [
        "a_fn",
        "inner_fn",
        "handle_new",
        "handle_free",
        "e_fn",
        "e_var",
        "with_std",
        "renamed",
    ] {
        assert!(names.contains(&n), "missing {n} in {names:?}");
    }
    for n in ["never_seen", "extra_only", "windows_only"] {
        assert!(!names.contains(&n), "{n} should be cfg'd out");
    }
    // Items and files.
    assert_eq!(find(&m, "a_fn").item, "a::a_fn");
    assert_eq!(find(&m, "a_fn").location.file, "src/a.rs");
    assert_eq!(find(&m, "inner_fn").item, "b::inner::inner_fn");
    assert_eq!(find(&m, "inner_fn").location.file, "src/b/inner.rs");
    assert_eq!(find(&m, "handle_new").location.file, "src/weird/place.rs");
    assert_eq!(find(&m, "e_fn").location.file, "src/d/e.rs");
    assert_eq!(find(&m, "e_fn").item, "d::e::e_fn");
    // `unsafe extern` with `safe fn`; variadic.
    assert!(find(&m, "e_fn").unsafe_block && find(&m, "e_fn").declared_safe);
    assert!(find(&m, "e_var").variadic && !find(&m, "e_var").declared_safe);
    // link_name through a local macro.
    assert_eq!(find(&m, "renamed").link_name, "mw_renamed");
    // Types resolved through aliases, a type macro, NonNull, Option.
    let r = find(&m, "renamed");
    assert_eq!(r.params[0].ty.aliases, vec!["size_like"]);
    assert!(matches!(
        &r.params[0].ty.resolved,
        RustType::Int {
            bits: 64,
            signed: false,
            ..
        }
    ));
    let w = find(&m, "with_std");
    assert_eq!(w.params[0].ty.aliases, vec!["handle_t"]);
    match &w.params[0].ty.resolved {
        RustType::Pointer { pointee, .. } => {
            assert!(
                matches!(&**pointee, RustType::Adt { path, .. } if path == "fx_model_walk::c::Handle")
            )
        }
        t => panic!("{t:?}"),
    }
    assert!(
        matches!(&w.params[1].ty.resolved, RustType::Option { inner } if matches!(**inner, RustType::FnPtr { .. }))
    );
    assert!(matches!(
        &w.params[2].ty.resolved,
        RustType::Pointer {
            ptr: PtrKind::NonNull,
            ..
        }
    ));
    assert!(
        matches!(&w.params[3].ty.resolved, RustType::Option { inner } if matches!(**inner, RustType::Pointer { ptr: PtrKind::Ref, .. }))
    );
    assert!(
        matches!(&w.ret.as_ref().unwrap().resolved, RustType::Int { bits: 64, signed: true, name } if name == "c_long")
    );
    // `super::super::Wrapper` from an inline module's file.
    assert!(
        matches!(&find(&m, "e_fn").ret.as_ref().unwrap().resolved, RustType::Adt { path, .. } if path == "fx_model_walk::Wrapper")
    );
    // Macros with repetitions are expanded; the declarations point at the invocation.
    assert!(
        names.contains(&"gen_one") && names.contains(&"gen_two"),
        "{names:?}"
    );
    assert_eq!(find(&m, "gen_two").location.file, "src/lib.rs");
    // One the expander cannot follow: skipped, with a reason.
    assert!(!names.contains(&"gen_opaque"));
    assert!(
        m.skipped.iter().any(|s| s.what.contains("opaque_decls!")),
        "{:?}",
        m.skipped
    );
    // Features and metadata.
    assert!(m.packages[0].features.contains(&"std".to_string()));
    assert!(m.packages[0].ffiscope_metadata.is_some());
}

#[test]
fn computes_layouts() {
    let m = load_crate(&fixture("model_walk"), &opts()).unwrap();
    let l = |n: &str| {
        m.def_layout(&m.types[&format!("fx_model_walk::{n}")])
            .unwrap()
    };
    let p = l("Point");
    assert_eq!((p.size, p.align), (24, 8));
    assert_eq!(
        p.fields.iter().map(|f| f.offset).collect::<Vec<_>>(),
        vec![0, 8, 16]
    );
    assert_eq!((l("Packed").size, l("Packed").align), (5, 1));
    assert_eq!((l("Aligned").size, l("Aligned").align), (16, 16));
    assert_eq!((l("IntOrFloat").size, l("IntOrFloat").align), (8, 8));
    assert_eq!((l("Small").size, l("Small").align), (1, 1));
    assert_eq!(l("Wrapper").size, 4);
    let small = &m.types["fx_model_walk::Small"];
    assert_eq!(
        small.variants.iter().map(|v| v.value).collect::<Vec<_>>(),
        vec![Some(1), Some(2), Some(16)]
    );
    // Array length from a constant expression.
    let buf = &m.aliases["fx_model_walk::Buffer"];
    assert!(matches!(
        buf.ty.resolved,
        RustType::Array { len: Some(32), .. }
    ));
    // Another target: i686 Linux has 4-byte longs and 4-byte-aligned 64-bit values.
    let m32 = load_crate(
        &fixture("model_walk"),
        &LoadOptions {
            target: TargetInfo::from_triple("i686-unknown-linux-gnu"),
            ..opts()
        },
    )
    .unwrap();
    let p32 = m32.def_layout(&m32.types["fx_model_walk::Point"]).unwrap();
    assert_eq!((p32.size, p32.align), (12, 4));
}

#[test]
fn records_unsafe_impls_and_safe_callers() {
    let m = load_crate(&fixture("model_walk"), &opts()).unwrap();
    let send = m
        .unsafe_impls
        .iter()
        .find(|i| i.trait_name == "Send")
        .unwrap();
    assert_eq!(send.self_ty, "Connection");
    let sync = m
        .unsafe_impls
        .iter()
        .find(|i| i.trait_name == "Sync")
        .unwrap();
    assert_eq!(sync.self_ty, "b::Holder<T>");
    assert!(
        sync.bounds.contains("T: Send") && sync.bounds.contains("where T: Sync"),
        "{}",
        sync.bounds
    );
    let caller = |item: &str| {
        m.safe_callers
            .iter()
            .find(|c| c.item == item)
            .unwrap_or_else(|| panic!("{item}: {:#?}", m.safe_callers))
    };
    assert_eq!(caller("Connection::open").calls[0].callee, "handle_new");
    assert_eq!(caller("Connection::count").calls[0].callee, "with_std");
    let drop = caller("Connection::drop");
    assert_eq!(drop.trait_name.as_deref(), Some("Drop"));
    assert_eq!(drop.calls[0].callee, "handle_free");
    let free: Vec<&str> = caller("free_function")
        .calls
        .iter()
        .map(|c| c.callee.as_str())
        .collect();
    assert_eq!(free, vec!["mw_renamed", "a_fn"]);
    assert!(caller("free_function").calls.iter().all(|c| c.resolved));
    // unsafe fns are not safe callers.
    assert!(!m
        .safe_callers
        .iter()
        .any(|c| c.item == "Connection::raw_call"));
}

#[test]
fn suppressions_are_attached_to_items() {
    let dir = tempfile::tempdir().unwrap();
    let src = r#"
// ffiscope: allow(FFI0003) the C side takes long on purpose
extern "C" {
    fn a(x: i32);
    // ffiscope: allow(integer-signedness, FFI0008): documented
    fn b(x: u32);
    #[cfg_attr(any(), ffiscope::allow(FFI0005))]
    fn c(x: usize);
    fn d(x: usize); // ffiscope: allow(FFI0016)
}
"#;
    let f = dir.path().join("lib.rs");
    std::fs::write(&f, src).unwrap();
    let m = load_crate(&f, &opts()).unwrap();
    let codes =
        |n: &str| -> Vec<String> { find(&m, n).allows.iter().map(|a| a.code.clone()).collect() };
    assert_eq!(codes("a"), vec!["FFI0003"]);
    assert!(
        codes("b").contains(&"integer-signedness".to_string())
            && codes("b").contains(&"FFI0008".to_string())
    );
    assert!(codes("c").contains(&"FFI0005".to_string()));
    assert!(codes("d").contains(&"FFI0016".to_string()));
    assert_eq!(
        find(&m, "b")
            .allows
            .iter()
            .find(|a| a.code == "FFI0008")
            .unwrap()
            .reason,
        "documented"
    );
}

#[test]
fn broken_inputs_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("lib.rs");
    std::fs::write(&f, "mod missing;\nextern \"C\" { fn ok(); }\nfn broken( {").unwrap();
    let m = load_crate(&f, &opts()).unwrap();
    assert!(m.skipped.iter().any(|s| s.why.contains("does not parse")));
    std::fs::write(&f, "mod missing;\n#[path = \"/nonexistent/x.rs\"] mod y;\ninclude!(concat!(env!(\"OUT_DIR\"), \"/b.rs\"));\ntype A = A;\ntype B = [u8; A];\nextern \"C\" { fn f(a: A, b: B, c: <T as X>::Y, d: Unknown, e: [u8; 1 << 200]) -> dyn Fn(); }").unwrap();
    let m = load_crate(&f, &opts()).unwrap();
    assert!(
        m.skipped
            .iter()
            .any(|s| s.what.contains("module `missing`")),
        "{:?}",
        m.skipped
    );
    assert!(
        m.skipped.iter().any(|s| s.why.contains("OUT_DIR")),
        "{:?}",
        m.skipped
    );
    assert_eq!(m.foreign_fns[0].params.len(), 5);
    assert!(load_crate(dir.path(), &opts()).is_err(), "no Cargo.toml");
}

#[test]
fn reads_out_dir_and_build_script_cfgs() {
    let target = tempfile::tempdir().unwrap();
    let o = LoadOptions {
        build_scripts: BuildScripts::IfNeeded,
        target_dir: Some(target.path().to_path_buf()),
        ..opts()
    };
    let m = load_crate(&fixture("build_script"), &o).unwrap();
    let names: Vec<&str> = m.foreign_fns.iter().map(|f| f.name.as_str()).collect();
    assert!(
        names.contains(&"bs_add"),
        "include! from OUT_DIR: {names:?} {:?}",
        m.skipped
    );
    assert!(
        names.contains(&"bs_pair_sum"),
        "cfg from the build script: {names:?}"
    );
    assert!(
        !names.contains(&"bs_without_cfg"),
        "unknown cfgs are off once build scripts ran"
    );
    assert!(m.types.contains_key("fx_build_script::bs_pair"));
    let pkg = &m.packages[0];
    assert!(pkg.out_dir.is_some());
    assert_eq!(pkg.build_cfgs, vec!["bs_has_pair"]);
    // Without running build scripts the include! is skipped, with a reason.
    let m = load_crate(&fixture("build_script"), &opts()).unwrap();
    assert!(m.skipped.iter().any(|s| s.why.contains("OUT_DIR")));
}

#[test]
fn shim_records_compile_commands() {
    let target = tempfile::tempdir().unwrap();
    let o = ShimOptions {
        load: LoadOptions {
            offline: true,
            ..Default::default()
        },
        shim_program: Some(PathBuf::from(env!("CARGO_BIN_EXE_ffiscope-cc-shim"))),
        target_dir: Some(target.path().to_path_buf()),
        ..Default::default()
    };
    let cap = build_with_shim(&fixture("build_script"), &o).unwrap();
    assert!(cap.success, "{:?}", cap.errors);
    assert_eq!(cap.compile_commands.len(), 1, "{:#?}", cap.compile_commands);
    let cmd = &cap.compile_commands[0];
    assert!(cmd.file.ends_with("c/build_script.c"));
    assert!(cmd.arguments.iter().any(|a| a == "-DBS_FIXTURE=1"));
    assert_eq!(cmd.arguments[0], "cc");
    assert!(
        cap.system_libs.iter().any(|l| l.name == "m"),
        "{:?}",
        cap.system_libs
    );
    assert!(
        cap.source_libs
            .iter()
            .any(|l| l.name == "bs" && l.from_source),
        "{:?}",
        cap.source_libs
    );
    // Run again: the build script is forced to run, so the command is recorded again.
    let cap2 = build_with_shim(&fixture("build_script"), &o).unwrap();
    assert_eq!(cap2.compile_commands.len(), 1);
    // compile_commands.json round-trips.
    let out = target.path().join("compile_commands.json");
    shim::write_compile_commands(&cap.compile_commands, &out).unwrap();
    let back: Vec<CompileCommand> =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(back, cap.compile_commands);
    // OUT_DIRs feed the loader.
    let m = load_crate(
        &fixture("build_script"),
        &LoadOptions {
            out_dirs: cap.out_dirs(),
            ..opts()
        },
    )
    .unwrap();
    assert!(m.foreign_fns.iter().any(|f| f.name == "bs_add"));
}

#[test]
fn a_failing_build_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[workspace]\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("build.rs"), "fn main() { panic!(\"no\") }").unwrap();
    std::fs::write(
        dir.path().join("src/lib.rs"),
        "include!(concat!(env!(\"OUT_DIR\"), \"/x.rs\"));\nextern \"C\" { pub fn f(); }",
    )
    .unwrap();
    let m = load_crate(
        dir.path(),
        &LoadOptions {
            build_scripts: BuildScripts::IfNeeded,
            target_dir: Some(dir.path().join("target")),
            ..opts()
        },
    )
    .unwrap();
    assert_eq!(m.foreign_fns.len(), 1);
    assert!(
        m.skipped.iter().any(|s| s.what.contains("cargo check")),
        "{:?}",
        m.skipped
    );
}

#[test]
fn workspace_with_a_sys_dependency() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let w = |p: &str, t: &str| {
        let f = root.join(p);
        std::fs::create_dir_all(f.parent().unwrap()).unwrap();
        std::fs::write(f, t).unwrap();
    };
    w(
        "Cargo.toml",
        "[workspace]\nmembers = [\"wrap\", \"foo-sys\"]\nresolver = \"2\"\n",
    );
    w(
        "foo-sys/Cargo.toml",
        "[package]\nname = \"foo-sys\"\nversion = \"0.1.0\"\nedition = \"2021\"\nlinks = \"foo\"\n",
    );
    w("foo-sys/build.rs", "fn main() {}\n");
    w("foo-sys/src/lib.rs", "pub enum foo_t {}\nextern \"C\" {\n    pub fn foo_new() -> *mut foo_t;\n    pub fn foo_free(f: *mut foo_t);\n}\n");
    w(
        "wrap/Cargo.toml",
        "[package]\nname = \"wrap\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[dependencies]\nfoo-sys = { path = \"../foo-sys\" }\n",
    );
    w(
        "wrap/src/lib.rs",
        "use foo_sys as sys;\npub struct Foo(*mut sys::foo_t);\nunsafe impl Send for Foo {}\nimpl Foo {\n    pub fn new() -> Foo { Foo(unsafe { sys::foo_new() }) }\n}\nimpl Drop for Foo {\n    fn drop(&mut self) { unsafe { foo_sys::foo_free(self.0) } }\n}\n",
    );
    // One member: the -sys crate comes along as a dependency.
    let m = load_crate(&root.join("wrap"), &opts()).unwrap();
    assert_eq!(m.root, root.join("wrap").canonicalize().unwrap());
    assert_eq!(
        m.workspace_root.as_deref(),
        Some(root.canonicalize().unwrap().as_path())
    );
    let sys = m.package("foo-sys").expect("sys dependency loaded");
    assert!(sys.dependency && !m.package("wrap").unwrap().dependency);
    assert!(!m.is_analysed("foo-sys"));
    let new = m
        .safe_callers
        .iter()
        .find(|c| c.item == "Foo::new")
        .unwrap();
    assert_eq!(new.calls[0].callee, "foo_new");
    assert!(new.calls[0].resolved);
    let drop = m
        .safe_callers
        .iter()
        .find(|c| c.item == "Foo::drop")
        .unwrap();
    assert_eq!(drop.calls[0].callee_item, "foo_free");
    assert!(m.unsafe_impls.iter().any(|i| i.self_ty == "Foo"));
    // The whole workspace: both analysed, paths relative to the workspace root.
    let m = load_crate(root, &opts()).unwrap();
    assert!(m.packages.iter().all(|p| !p.dependency));
    let f = m.foreign_fns.iter().find(|f| f.name == "foo_new").unwrap();
    assert_eq!(f.location.file, "foo-sys/src/lib.rs");
    // Selecting a package that is not a member is an error.
    assert!(load_crate(
        root,
        &LoadOptions {
            packages: vec!["nope".into()],
            ..opts()
        }
    )
    .is_err());
}
