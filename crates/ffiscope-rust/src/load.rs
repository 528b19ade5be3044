//! Loading a crate or workspace: `cargo metadata` for packages, targets and features, an
//! optional `cargo check` for build scripts' `OUT_DIR` and cfgs, then the module walk and
//! resolution.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cargo_metadata::{Metadata, MetadataCommand, Package};

use crate::cfg::CfgEnv;
use crate::model::{CrateModel, PackageModel, Skipped};
use crate::resolve::Resolver;
use crate::target::TargetInfo;
use crate::walk::{Raw, Walker};

/// Which dependencies are loaded next to the analysed packages (for name resolution of
/// wrapper crates that call into a -sys crate; their declarations are marked
/// `dependency: true`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DepsMode {
    /// Only the analysed packages.
    None,
    /// Direct dependencies with a `links` key (the -sys crates).
    #[default]
    Sys,
    /// Every direct dependency.
    Direct,
}

/// When to run `cargo check --message-format=json` to learn `OUT_DIR` and build-script cfgs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BuildScripts {
    /// Never (an `include!` of `OUT_DIR` is then reported as skipped).
    Never,
    /// Only when a walked file `include!`s something from `OUT_DIR`, or a package with a
    /// build script uses cfgs ffiscope does not know (the build script probably sets them).
    #[default]
    IfNeeded,
    /// Always, so that build-script cfgs are known too.
    Always,
}

/// Options of [`load_crate`].
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Target facts; `None` is the host.
    pub target: Option<TargetInfo>,
    /// `--features`.
    pub features: Vec<String>,
    pub all_features: bool,
    pub no_default_features: bool,
    /// Workspace members to analyse (names). Empty: the package at the path, or every member
    /// of a virtual workspace.
    pub packages: Vec<String>,
    /// Also walk test, bench and example targets.
    pub include_tests: bool,
    pub deps: DepsMode,
    pub build_scripts: BuildScripts,
    /// `OUT_DIR` per package name, when the caller knows it (from [`crate::build_with_shim`]).
    pub out_dirs: BTreeMap<String, PathBuf>,
    /// Target dir for the `cargo check` run; default `<target-dir>/ffiscope`.
    pub target_dir: Option<PathBuf>,
    /// Extra cfgs (`name` or `name="value"`), as `--cfg` in RUSTFLAGS would set.
    pub cfgs: Vec<String>,
    /// Pass `--offline` to cargo.
    pub offline: bool,
    /// Environment for the `cargo check` run ([`crate::BuildCapture::cargo_env`] after a shim
    /// build into the same target dir).
    pub cargo_env: Vec<(String, String)>,
    /// Value of cfgs nobody defined (not target, feature, build-script or `cfgs`). `None`:
    /// enabled, unless the package's build script was run (then every cfg is known).
    pub unknown_cfgs: Option<bool>,
}

/// Why a crate could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("no Cargo.toml at {0}")]
    NoManifest(PathBuf),
    #[error("cargo metadata failed: {0}")]
    Metadata(String),
    #[error("package `{0}` is not in the workspace")]
    NoSuchPackage(String),
}

/// What a `cargo check`/`cargo build` run told about build scripts.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BuildScriptInfo {
    pub package_id: String,
    pub package: String,
    pub out_dir: PathBuf,
    pub cfgs: Vec<String>,
    pub linked_libs: Vec<String>,
    pub linked_paths: Vec<String>,
}

/// Loads the crate or workspace at `path` (a directory, a `Cargo.toml`, or a single `.rs`
/// file, which is read as a crate root with no manifest).
///
/// Never panics; problems with individual files, modules or macros end up in
/// `CrateModel::skipped`. Only a missing manifest or a failing `cargo metadata` (with and
/// without `--no-deps`) is an error.
pub fn load_crate(path: &Path, opts: &LoadOptions) -> Result<CrateModel, LoadError> {
    let target = opts.target.clone().unwrap_or_else(TargetInfo::host);
    if path.extension().is_some_and(|e| e == "rs") && path.is_file() {
        return Ok(load_single_file(path, opts, target));
    }
    let manifest = if path.is_dir() {
        path.join("Cargo.toml")
    } else {
        path.to_path_buf()
    };
    if !manifest.is_file() {
        return Err(LoadError::NoManifest(path.to_path_buf()));
    }
    let manifest = manifest.canonicalize().unwrap_or(manifest);
    let mut skipped = Vec::new();
    let meta = match metadata(&manifest, opts, false) {
        Ok(m) => m,
        Err(e) => {
            skipped.push(Skipped {
                what: "dependency resolution".into(),
                why: format!(
                    "`cargo metadata` failed ({}); loaded without dependencies",
                    first_line(&e)
                ),
            });
            metadata(&manifest, opts, true).map_err(LoadError::Metadata)?
        }
    };

    // Which packages are analysed, and what the paths are relative to.
    let members: Vec<&Package> = meta
        .packages
        .iter()
        .filter(|p| meta.workspace_members.contains(&p.id))
        .collect();
    let at_path = members
        .iter()
        .find(|p| p.manifest_path.as_std_path() == manifest.as_path())
        .copied();
    let analysed: Vec<&Package> = if !opts.packages.is_empty() {
        let mut v = Vec::new();
        for name in &opts.packages {
            match members.iter().find(|p| p.name.as_str() == name) {
                Some(p) => v.push(*p),
                None => return Err(LoadError::NoSuchPackage(name.clone())),
            }
        }
        v
    } else if let Some(p) = at_path {
        vec![p]
    } else {
        members.clone()
    };
    let root = match (at_path, analysed.len()) {
        (Some(p), 1) if opts.packages.is_empty() => p
            .manifest_path
            .parent()
            .map(|d| d.as_std_path().to_path_buf())
            .unwrap_or_else(|| meta.workspace_root.clone().into_std_path_buf()),
        _ => meta.workspace_root.clone().into_std_path_buf(),
    };

    // Dependencies loaded for resolution.
    let mut deps: Vec<&Package> = Vec::new();
    if opts.deps != DepsMode::None {
        if let Some(resolve) = &meta.resolve {
            let mut seen: HashSet<&cargo_metadata::PackageId> =
                analysed.iter().map(|p| &p.id).collect();
            for p in &analysed {
                if let Some(node) = resolve.nodes.iter().find(|n| n.id == p.id) {
                    for d in &node.deps {
                        let is_normal = d
                            .dep_kinds
                            .iter()
                            .any(|k| k.kind == cargo_metadata::DependencyKind::Normal)
                            || d.dep_kinds.is_empty();
                        if !is_normal || !seen.insert(&d.pkg) {
                            continue;
                        }
                        if let Some(dp) = meta.packages.iter().find(|q| q.id == d.pkg) {
                            if opts.deps == DepsMode::Direct || dp.links.is_some() {
                                deps.push(dp);
                            }
                        }
                    }
                }
            }
        }
    }

    let features_of = |p: &Package| -> BTreeSet<String> { enabled_features(&meta, p, opts) };
    let target_dir = opts.target_dir.clone().unwrap_or_else(|| {
        meta.target_directory
            .clone()
            .into_std_path_buf()
            .join("ffiscope")
    });

    let mut out_dirs: BTreeMap<String, BuildScriptInfo> = BTreeMap::new();
    for (name, dir) in &opts.out_dirs {
        out_dirs.insert(
            name.clone(),
            BuildScriptInfo {
                package: name.clone(),
                out_dir: dir.clone(),
                ..Default::default()
            },
        );
    }
    let mut ran_check = false;
    if opts.build_scripts == BuildScripts::Always {
        run_check_into(
            &manifest,
            opts,
            &meta,
            &target_dir,
            &mut out_dirs,
            &mut skipped,
        );
        ran_check = true;
    }

    let mut pass = 0;
    loop {
        pass += 1;
        let mut raw = Raw::default();
        let mut packages = Vec::new();
        let all: Vec<(&Package, bool)> = analysed
            .iter()
            .map(|p| (*p, false))
            .chain(deps.iter().map(|p| (*p, true)))
            .collect();
        for (p, is_dep) in &all {
            let features = features_of(p);
            let bs = out_dirs.get(p.name.as_str());
            let mut cfg = CfgEnv::new(target.clone());
            cfg.features = features.clone();
            cfg.extra.extend(opts.cfgs.iter().cloned());
            if let Some(bs) = bs {
                cfg.extra.extend(bs.cfgs.iter().cloned());
            }
            // With build scripts run, every cfg rustc sees is known.
            cfg.unknown_enabled = opts
                .unknown_cfgs
                .unwrap_or(!(ran_check && (bs.is_some() || !has_build_script(p))));
            let crate_name = lib_crate_name(p);
            let pkg_root = p
                .manifest_path
                .parent()
                .map(|d| d.as_std_path().to_path_buf())
                .unwrap_or_default();
            let mut visited = HashSet::new();
            let files_before = raw.files.len();
            let mut targets: Vec<&cargo_metadata::Target> = p
                .targets
                .iter()
                .filter(|t| {
                    let lib = t.kind.iter().any(|k| {
                        matches!(
                            k,
                            cargo_metadata::TargetKind::Lib
                                | cargo_metadata::TargetKind::RLib
                                | cargo_metadata::TargetKind::DyLib
                                | cargo_metadata::TargetKind::CDyLib
                                | cargo_metadata::TargetKind::StaticLib
                                | cargo_metadata::TargetKind::ProcMacro
                        )
                    });
                    let bin = t.kind.contains(&cargo_metadata::TargetKind::Bin);
                    let extra = t.kind.iter().any(|k| {
                        matches!(
                            k,
                            cargo_metadata::TargetKind::Test
                                | cargo_metadata::TargetKind::Bench
                                | cargo_metadata::TargetKind::Example
                        )
                    });
                    lib || (!is_dep && bin) || (!is_dep && opts.include_tests && extra)
                })
                .collect();
            // Libraries first, so a file shared with a binary is attributed to the library.
            targets.sort_by_key(|t| !t.is_lib());
            let target_models = targets
                .iter()
                .map(|t| crate::model::TargetModel {
                    name: t.name.clone(),
                    kind: t.kind.iter().map(|k| k.to_string()).collect(),
                    crate_types: t.crate_types.iter().map(|k| k.to_string()).collect(),
                    src_path: t.src_path.clone().into_std_path_buf(),
                    edition: t.edition.to_string(),
                })
                .collect();
            for t in targets {
                let name = if t.is_lib() {
                    crate_name.clone()
                } else {
                    t.name.replace('-', "_")
                };
                let mut w = Walker {
                    raw: &mut raw,
                    cfg: &cfg,
                    package: p.name.to_string(),
                    crate_name: name,
                    model_root: root.clone(),
                    manifest_dir: pkg_root.clone(),
                    out_dir: bs.map(|b| b.out_dir.clone()),
                    visited: &mut visited,
                    dependency: *is_dep,
                };
                w.walk_root(t.src_path.as_std_path());
            }
            if has_build_script(p)
                && opts.unknown_cfgs.is_none()
                && !cfg.unknown_seen.borrow().is_empty()
            {
                // Unknown cfgs in a package with a build script: probably set by it.
                raw.needs_out_dir.insert(p.name.to_string());
            }
            let files = raw.files[files_before..]
                .iter()
                .map(|f| f.rel.clone())
                .collect();
            packages.push(PackageModel {
                name: p.name.to_string(),
                version: p.version.to_string(),
                id: p.id.repr.clone(),
                manifest_path: p.manifest_path.clone().into_std_path_buf(),
                root: pkg_root,
                crate_name,
                links: p.links.clone(),
                dependency: *is_dep,
                features: features.into_iter().collect(),
                out_dir: bs.map(|b| b.out_dir.clone()),
                build_cfgs: bs.map(|b| b.cfgs.clone()).unwrap_or_default(),
                ffiscope_metadata: p.metadata.get("ffiscope").cloned(),
                rust_version: p.rust_version.as_ref().map(|v| v.to_string()),
                files,
                targets: target_models,
            });
        }
        let need = !raw.needs_out_dir.is_empty();
        if need && !ran_check && pass == 1 && opts.build_scripts != BuildScripts::Never {
            run_check_into(
                &manifest,
                opts,
                &meta,
                &target_dir,
                &mut out_dirs,
                &mut skipped,
            );
            ran_check = true;
            continue;
        }
        let mut model = CrateModel::empty(root.clone(), target.clone());
        model.workspace_root = Some(meta.workspace_root.clone().into_std_path_buf());
        model.packages = packages;
        model.skipped = skipped;
        let resolver = Resolver::new(&raw, &target);
        resolver.build(&mut model);
        return Ok(model);
    }
}

fn load_single_file(path: &Path, opts: &LoadOptions, target: TargetInfo) -> CrateModel {
    let root = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut raw = Raw::default();
    let mut cfg = CfgEnv::new(target.clone());
    cfg.features = opts.features.iter().cloned().collect();
    cfg.extra.extend(opts.cfgs.iter().cloned());
    if let Some(u) = opts.unknown_cfgs {
        cfg.unknown_enabled = u;
    }
    let crate_name = path
        .file_stem()
        .map(|s| s.to_string_lossy().replace('-', "_"))
        .unwrap_or_else(|| "krate".into());
    let mut visited = HashSet::new();
    let mut w = Walker {
        raw: &mut raw,
        cfg: &cfg,
        package: crate_name.clone(),
        crate_name: crate_name.clone(),
        model_root: root.clone(),
        manifest_dir: root.clone(),
        out_dir: opts.out_dirs.get(&crate_name).cloned(),
        visited: &mut visited,
        dependency: false,
    };
    w.walk_root(path);
    let mut model = CrateModel::empty(root.clone(), target.clone());
    model.packages.push(PackageModel {
        name: crate_name.clone(),
        version: "0.0.0".into(),
        id: crate_name.clone(),
        manifest_path: PathBuf::new(),
        root,
        crate_name,
        links: None,
        dependency: false,
        features: opts.features.clone(),
        out_dir: None,
        build_cfgs: Vec::new(),
        ffiscope_metadata: None,
        rust_version: None,
        files: raw.files.iter().map(|f| f.rel.clone()).collect(),
        targets: vec![crate::model::TargetModel {
            name: crate_name_for_target(path),
            kind: vec!["lib".into()],
            crate_types: vec!["lib".into()],
            src_path: path.to_path_buf(),
            edition: "2021".into(),
        }],
    });
    let resolver = Resolver::new(&raw, &target);
    resolver.build(&mut model);
    model
}

fn crate_name_for_target(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().replace('-', "_"))
        .unwrap_or_else(|| "krate".into())
}

fn first_line(s: &str) -> String {
    s.lines()
        .find(|l| l.contains("error"))
        .or_else(|| s.lines().next())
        .unwrap_or("")
        .trim()
        .to_string()
}

pub(crate) fn metadata(
    manifest: &Path,
    opts: &LoadOptions,
    no_deps: bool,
) -> Result<Metadata, String> {
    let mut cmd = MetadataCommand::new();
    cmd.manifest_path(manifest);
    if no_deps {
        cmd.no_deps();
    }
    let mut other = Vec::new();
    if opts.offline {
        other.push("--offline".to_string());
    }
    if let Some(t) = &opts.target {
        other.push("--filter-platform".into());
        other.push(t.triple.clone());
    }
    cmd.other_options(other);
    if opts.all_features {
        cmd.features(cargo_metadata::CargoOpt::AllFeatures);
    }
    if opts.no_default_features {
        cmd.features(cargo_metadata::CargoOpt::NoDefaultFeatures);
    }
    if !opts.features.is_empty() {
        cmd.features(cargo_metadata::CargoOpt::SomeFeatures(
            opts.features.clone(),
        ));
    }
    cmd.exec().map_err(|e| e.to_string())
}

fn enabled_features(meta: &Metadata, p: &Package, opts: &LoadOptions) -> BTreeSet<String> {
    if let Some(resolve) = &meta.resolve {
        if let Some(node) = resolve.nodes.iter().find(|n| n.id == p.id) {
            return node.features.iter().map(|f| f.to_string()).collect();
        }
    }
    // No resolution: expand the manifest's feature table ourselves.
    let mut out = BTreeSet::new();
    let mut todo: Vec<String> = opts.features.clone();
    if opts.all_features {
        todo.extend(p.features.keys().cloned());
    }
    if !opts.no_default_features && p.features.contains_key("default") {
        todo.push("default".into());
    }
    while let Some(f) = todo.pop() {
        let f = f.rsplit('/').next().unwrap_or(&f).to_string();
        if !out.insert(f.clone()) {
            continue;
        }
        if let Some(sub) = p.features.get(&f) {
            for s in sub {
                if !s.contains('/') && !s.starts_with("dep:") {
                    todo.push(s.clone());
                }
            }
        }
    }
    out
}

fn has_build_script(p: &Package) -> bool {
    p.targets
        .iter()
        .any(|t| t.kind.contains(&cargo_metadata::TargetKind::CustomBuild))
}

fn lib_crate_name(p: &Package) -> String {
    p.targets
        .iter()
        .find(|t| t.is_lib())
        .map(|t| t.name.replace('-', "_"))
        .unwrap_or_else(|| p.name.replace('-', "_"))
}

fn run_check_into(
    manifest: &Path,
    opts: &LoadOptions,
    meta: &Metadata,
    target_dir: &Path,
    out: &mut BTreeMap<String, BuildScriptInfo>,
    skipped: &mut Vec<Skipped>,
) {
    match run_cargo_json(manifest, "check", opts, target_dir, &opts.cargo_env) {
        Ok(run) => {
            for bs in run.build_scripts {
                let name = meta
                    .packages
                    .iter()
                    .find(|p| p.id.repr == bs.package_id)
                    .map(|p| p.name.to_string())
                    .unwrap_or_else(|| bs.package.clone());
                out.insert(
                    name.clone(),
                    BuildScriptInfo {
                        package: name,
                        ..bs
                    },
                );
            }
            if !run.success {
                skipped.push(Skipped {
                    what: "`cargo check`".into(),
                    why: format!(
                        "the build failed; OUT_DIR is known only for the build scripts that ran{}",
                        run.errors
                            .first()
                            .map(|e| format!(" (first error: {e})"))
                            .unwrap_or_default()
                    ),
                });
            }
        }
        Err(e) => skipped.push(Skipped {
            what: "`cargo check`".into(),
            why: format!("could not run: {e}"),
        }),
    }
}

/// The outcome of a `cargo check/build --message-format=json` run.
#[derive(Debug, Clone, Default)]
pub(crate) struct CargoRun {
    pub build_scripts: Vec<BuildScriptInfo>,
    pub success: bool,
    pub errors: Vec<String>,
}

/// Runs cargo with JSON messages and collects `build-script-executed` messages.
pub(crate) fn run_cargo_json(
    manifest: &Path,
    subcommand: &str,
    opts: &LoadOptions,
    target_dir: &Path,
    envs: &[(String, String)],
) -> Result<CargoRun, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg(subcommand)
        .arg("--message-format=json")
        .arg("--manifest-path")
        .arg(manifest)
        .arg("--target-dir")
        .arg(target_dir);
    if opts.offline {
        cmd.arg("--offline");
    }
    if opts.all_features {
        cmd.arg("--all-features");
    }
    if opts.no_default_features {
        cmd.arg("--no-default-features");
    }
    if !opts.features.is_empty() {
        cmd.arg("--features").arg(opts.features.join(","));
    }
    for p in &opts.packages {
        cmd.arg("-p").arg(p);
    }
    for (k, v) in envs {
        cmd.env(k, v);
    }
    // A cargo we run from inside a build (tests) must not inherit the outer build's jobs.
    cmd.env_remove("CARGO_MAKEFLAGS")
        .env_remove("MAKEFLAGS")
        .env_remove("MFLAGS");
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    let child = cmd.spawn().map_err(|e| e.to_string())?;
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let mut run = CargoRun {
        success: output.status.success(),
        ..Default::default()
    };
    for msg in cargo_metadata::Message::parse_stream(&output.stdout[..]).flatten() {
        match msg {
            cargo_metadata::Message::BuildScriptExecuted(bs) => {
                run.build_scripts.push(BuildScriptInfo {
                    package_id: bs.package_id.repr.clone(),
                    package: bs
                        .package_id
                        .repr
                        .rsplit('#')
                        .next()
                        .unwrap_or("")
                        .split('@')
                        .next()
                        .unwrap_or("")
                        .to_string(),
                    out_dir: bs.out_dir.into_std_path_buf(),
                    cfgs: bs.cfgs,
                    linked_libs: bs.linked_libs.iter().map(|l| l.to_string()).collect(),
                    linked_paths: bs.linked_paths.iter().map(|l| l.to_string()).collect(),
                });
            }
            cargo_metadata::Message::CompilerMessage(m)
                if m.message.level == cargo_metadata::diagnostic::DiagnosticLevel::Error =>
            {
                run.errors.push(m.message.message.clone());
            }
            _ => {}
        }
    }
    if !run.success && run.errors.is_empty() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        if let Some(l) = stderr.lines().find(|l| l.contains("error")) {
            let mut msg = l.trim().to_string();
            if let Some(why) = build_script_failure(&stderr) {
                msg = format!("{msg}: {why}");
            }
            run.errors.push(msg);
        }
    }
    Ok(run)
}

/// The first lines a failed build script wrote to stderr, without the panic header and the
/// backtrace (`failed to execute command ... is `cmake` not installed?`): the reason, which
/// cargo's one-line error does not give.
fn build_script_failure(stderr: &str) -> Option<String> {
    let at = stderr.find("--- stderr")?;
    let lines: Vec<&str> = stderr[at + "--- stderr".len()..]
        .lines()
        .map(str::trim)
        .take_while(|l| {
            !l.starts_with("stack backtrace") && !l.starts_with("warning: build failed")
        })
        // The panic header, and the commands build helpers echo (`running: cd .. && cmake ..`).
        .filter(|l| {
            !l.is_empty()
                && !l.starts_with("thread '")
                && !l.starts_with("note: run with")
                && !l.starts_with("running:")
        })
        .take(3)
        .collect();
    let text = lines.join(" ");
    let short: String = text.chars().take(300).collect();
    (!short.is_empty()).then_some(short)
}

#[cfg(test)]
mod tests {
    #[test]
    fn build_script_failures_name_their_reason() {
        let stderr = "error: failed to run custom build command for `libz-ng-sys v1.1.31`

Caused by:
  process didn't exit successfully: `build-script-build` (exit status: 101)
  --- stdout
  CMAKE_TOOLCHAIN_FILE_x86_64-unknown-linux-gnu = None

  --- stderr
  running: cd \"/t/out/build\" && \"cmake\" \"/t/src/zlib-ng\"

  thread 'main' (4242) panicked at cmake-0.1.54/src/lib.rs:1119:5:

  failed to execute command: No such file or directory (os error 2)
  is `cmake` not installed?

  build script failed, must exit now
  stack backtrace:
     0: __rustc::rust_begin_unwind
";
        assert_eq!(
            super::build_script_failure(stderr).as_deref(),
            Some("failed to execute command: No such file or directory (os error 2) is `cmake` not installed? build script failed, must exit now")
        );
        assert_eq!(
            super::build_script_failure("error: could not compile"),
            None
        );
    }
}
