//! Seeding ffiscope's target dir with the host units the user's own build already compiled.
//!
//! The shim build runs in its own target dir (stub objects must never reach the user's), so
//! on a first run cargo compiled every build dependency again (`cc`, `pkg-config`, ...: 1.6 s
//! of libsqlite3-sys's 4.5 s build). Those units do not depend on the target dir: cargo names
//! them by a hash of the package, features, profile and compiler, the same in `cargo build`
//! and `cargo check`. Copying them (files and fingerprints, with their times) lets cargo find
//! them fresh.
//!
//! Only what cannot carry the user's build into ours or ours into theirs is copied: compiled
//! build scripts and the libraries and proc macros of host-only packages, never the record of
//! a build script's run (cargo must run each build script again, under the shim) nor its
//! `OUT_DIR`. Files are copied, not linked: cargo rewrites fingerprints in place. A unit whose
//! copy does not match what cargo expects is simply compiled again.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use cargo_metadata::{DependencyKind, Metadata, TargetKind};

/// Copies into `ours/debug` the host units found in `theirs/debug`; returns how many units
/// it copied. Best effort: any error leaves a unit out, and cargo builds it.
pub fn seed_host_units(meta: &Metadata, theirs: &Path, ours: &Path) -> usize {
    let from = theirs.join("debug");
    let to = ours.join("debug");
    let Ok(entries) = std::fs::read_dir(from.join(".fingerprint")) else {
        return 0;
    };
    let (host, target) = host_and_target_packages(meta);
    let mut units: Vec<(String, String)> = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some((package, hash)) = split_unit(&name) else {
            continue;
        };
        if to.join(".fingerprint").join(&name).exists() {
            continue;
        }
        let files: Vec<String> = std::fs::read_dir(e.path())
            .into_iter()
            .flatten()
            .flatten()
            .map(|f| f.file_name().to_string_lossy().into_owned())
            .collect();
        // The record of a build script's run: without it cargo runs the script again, as
        // it must for every package built for the target (the shim records its compiles).
        // A host-only package's run is kept: running it again would make cargo rebuild its
        // library, and what it compiles is a build tool, not the library under analysis.
        if files.iter().any(|f| f.starts_with("run-build-script"))
            && (target.contains(package) || !host.contains(package))
        {
            continue;
        }
        let build_script = files.iter().any(|f| f.starts_with("build-script-"));
        if build_script || host.contains(package) {
            units.push((name.clone(), hash.to_string()));
        }
    }
    if units.is_empty() {
        return 0;
    }
    // Artifacts in deps/ by the unit hash their name ends with (`libcc-<hash>.rlib`).
    let mut deps_by_hash: HashMap<String, Vec<std::ffi::OsString>> = HashMap::new();
    for e in std::fs::read_dir(from.join("deps"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let file = e.file_name();
        let name = file.to_string_lossy();
        let stem = name.split('.').next().unwrap_or(&name);
        if let Some((_, hash)) = split_unit(stem) {
            deps_by_hash
                .entry(hash.to_string())
                .or_default()
                .push(file.clone());
        }
    }
    let mut copied = 0;
    for (unit, hash) in &units {
        let mut ok = true;
        for file in deps_by_hash.get(hash).into_iter().flatten() {
            ok &= copy_keeping_time(&from.join("deps").join(file), &to.join("deps").join(file));
        }
        let build = from.join("build").join(unit);
        if build.is_dir() {
            ok &= copy_dir(&build, &to.join("build").join(unit));
        }
        // The fingerprint last: a unit without it is only rebuilt.
        if ok
            && copy_dir(
                &from.join(".fingerprint").join(unit),
                &to.join(".fingerprint").join(unit),
            )
        {
            copied += 1;
        }
    }
    copied
}

/// `name-0123456789abcdef` → (`name`, hash).
fn split_unit(s: &str) -> Option<(&str, &str)> {
    let (name, hash) = s.rsplit_once('-')?;
    (hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some((name, hash))
}

/// Packages compiled for the host (build dependencies, proc macros, and everything they
/// depend on), and those compiled for the target (the workspace members and what they
/// depend on outside build dependencies). A package can be in both.
fn host_and_target_packages<'m>(meta: &'m Metadata) -> (BTreeSet<String>, BTreeSet<String>) {
    let Some(resolve) = &meta.resolve else {
        return Default::default();
    };
    let nodes: HashMap<_, _> = resolve.nodes.iter().map(|n| (&n.id, n)).collect();
    let proc_macros: HashSet<&'m cargo_metadata::PackageId> = meta
        .packages
        .iter()
        .filter(|p| {
            p.targets
                .iter()
                .any(|t| t.kind.contains(&TargetKind::ProcMacro))
        })
        .map(|p| &p.id)
        .collect();
    // `for_target`: follow neither build dependencies nor proc macros (host code).
    let closure = |mut work: Vec<&'m cargo_metadata::PackageId>, for_target: bool| {
        let mut seen: HashSet<&'m cargo_metadata::PackageId> = HashSet::new();
        while let Some(id) = work.pop() {
            if !seen.insert(id) {
                continue;
            }
            if let Some(n) = nodes.get(id) {
                for d in &n.deps {
                    let build_only = !d.dep_kinds.is_empty()
                        && d.dep_kinds.iter().all(|k| k.kind == DependencyKind::Build);
                    if !(for_target && (build_only || proc_macros.contains(&d.pkg))) {
                        work.push(&d.pkg);
                    }
                }
            }
        }
        let names: BTreeSet<String> = meta
            .packages
            .iter()
            .filter(|p| seen.contains(&p.id))
            .map(|p| p.name.to_string())
            .collect();
        names
    };
    let mut host_roots: Vec<&'m cargo_metadata::PackageId> = Vec::new();
    for n in &resolve.nodes {
        for d in &n.deps {
            if d.dep_kinds.iter().any(|k| k.kind == DependencyKind::Build) {
                host_roots.push(&d.pkg);
            }
        }
    }
    host_roots.extend(proc_macros.iter().copied());
    let host = closure(host_roots, false);
    let target = closure(meta.workspace_members.iter().collect(), true);
    (host, target)
}

fn copy_dir(from: &Path, to: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(from) else {
        return false;
    };
    let mut ok = true;
    for e in entries.flatten() {
        let path = e.path();
        let dest = to.join(e.file_name());
        ok &= if path.is_dir() {
            copy_dir(&path, &dest)
        } else {
            copy_keeping_time(&path, &dest)
        };
    }
    ok
}

/// Copies a file and gives the copy the original's modification time (cargo compares them).
fn copy_keeping_time(from: &Path, to: &Path) -> bool {
    let copy = || -> std::io::Result<()> {
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let modified = std::fs::metadata(from)?.modified()?;
        std::fs::copy(from, to)?;
        std::fs::File::options()
            .write(true)
            .open(to)?
            .set_modified(modified)
    };
    copy().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names_split_at_the_hash() {
        assert_eq!(
            split_unit("libsqlite3-sys-5730f3151db56ea7"),
            Some(("libsqlite3-sys", "5730f3151db56ea7"))
        );
        assert_eq!(
            split_unit("libcc-c462abe190c768b9"),
            Some(("libcc", "c462abe190c768b9"))
        );
        assert_eq!(split_unit("build-script-build"), None);
        assert_eq!(split_unit("invoked"), None);
    }

    /// A member `mysys` with a build script and the build dependency `cc`, as `cargo
    /// metadata` describes them.
    fn metadata() -> Metadata {
        let package = |name: &str, deps: &str, targets: &str| {
            format!(
                r#"{{"name":"{name}","version":"1.0.0","id":"{name} 1.0.0","license":null,
                "license_file":null,"description":null,"source":null,"dependencies":[{deps}],
                "targets":[{targets}],"features":{{}},"manifest_path":"/x/{name}/Cargo.toml",
                "metadata":null,"publish":null,"authors":[],"categories":[],"keywords":[],
                "readme":null,"repository":null,"homepage":null,"documentation":null,
                "edition":"2021","links":null,"default_run":null,"rust_version":null}}"#
            )
        };
        let target = |name: &str, kind: &str| {
            format!(
                r#"{{"name":"{name}","kind":["{kind}"],"crate_types":["{kind}"],
                "required-features":[],"src_path":"/x/{name}.rs","edition":"2021",
                "doctest":false,"test":false,"doc":false}}"#
            )
        };
        let cc_dep = r#"{"name":"cc","source":null,"req":"^1","kind":"build","rename":null,
            "optional":false,"uses_default_features":true,"features":[],"target":null,
            "registry":null}"#;
        let json = format!(
            r#"{{"packages":[{},{}],"workspace_members":["mysys 1.0.0"],
            "workspace_default_members":["mysys 1.0.0"],
            "resolve":{{"nodes":[
              {{"id":"mysys 1.0.0","dependencies":["cc 1.0.0"],
                "deps":[{{"name":"cc","pkg":"cc 1.0.0","dep_kinds":[{{"kind":"build","target":null}}]}}],
                "features":[]}},
              {{"id":"cc 1.0.0","dependencies":[],"deps":[],"features":[]}}],
              "root":"mysys 1.0.0"}},
            "target_directory":"/x/target","version":1,"workspace_root":"/x","metadata":null}}"#,
            package(
                "mysys",
                cc_dep,
                &format!(
                    "{},{}",
                    target("mysys", "lib"),
                    target("build-script-build", "custom-build")
                )
            ),
            package("cc", "", &target("cc", "lib")),
        );
        serde_json::from_str(&json).expect("metadata JSON")
    }

    #[test]
    fn copies_host_units_but_never_a_build_script_run() {
        let tmp = tempfile::tempdir().unwrap();
        let (theirs, ours) = (
            tmp.path().join("target"),
            tmp.path().join("target/ffiscope"),
        );
        let debug = theirs.join("debug");
        let units = [
            ("cc-1111111111111111", "lib-cc"),
            ("mysys-2222222222222222", "build-script-build-script-build"),
            (
                "mysys-3333333333333333",
                "run-build-script-build-script-build",
            ),
            ("mysys-4444444444444444", "lib-mysys"),
        ];
        for (unit, file) in units {
            let dir = debug.join(".fingerprint").join(unit);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(file), "fingerprint").unwrap();
        }
        std::fs::create_dir_all(debug.join("deps")).unwrap();
        for f in [
            "libcc-1111111111111111.rlib",
            "cc-1111111111111111.d",
            "libmysys-4444444444444444.rmeta",
        ] {
            std::fs::write(debug.join("deps").join(f), "artifact").unwrap();
        }
        let script = debug.join("build/mysys-2222222222222222");
        std::fs::create_dir_all(&script).unwrap();
        std::fs::write(script.join("build-script-build"), "binary").unwrap();
        let out = debug.join("build/mysys-3333333333333333/out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("lib.o"), "object").unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        std::fs::File::options()
            .write(true)
            .open(debug.join("deps/libcc-1111111111111111.rlib"))
            .unwrap()
            .set_modified(old)
            .unwrap();

        assert_eq!(seed_host_units(&metadata(), &theirs, &ours), 2);
        let to = ours.join("debug");
        assert!(to.join(".fingerprint/cc-1111111111111111/lib-cc").is_file());
        assert!(to.join("deps/cc-1111111111111111.d").is_file());
        let copied = to.join("deps/libcc-1111111111111111.rlib");
        assert_eq!(std::fs::metadata(copied).unwrap().modified().unwrap(), old);
        assert!(to
            .join("build/mysys-2222222222222222/build-script-build")
            .is_file());
        // The run and the member's own library stay the user's.
        assert!(!to.join(".fingerprint/mysys-3333333333333333").exists());
        assert!(!to.join("build/mysys-3333333333333333").exists());
        assert!(!to.join(".fingerprint/mysys-4444444444444444").exists());
        assert!(!to.join("deps/libmysys-4444444444444444.rmeta").exists());
        // A second run finds them there and copies nothing.
        assert_eq!(seed_host_units(&metadata(), &theirs, &ours), 0);
    }
}
