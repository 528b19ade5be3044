//! The compile-command shim: building a crate with `CC`/`CXX` pointing at a tiny program that
//! appends each C compile command to a JSON-lines log and then execs the real compiler. This
//! is how `cargo ffiscope` learns which C files a crate's build scripts compile, with which
//! flags, without knowing anything about the build scripts.
//!
//! The shim is either the `ffiscope-cc-shim` binary of this crate, or any program that calls
//! [`maybe_run_as_shim`] first thing in `main` (the `ffiscope` CLI can) and is started with
//! [`ENV_SHIM`] set. Its mode (C or C++) comes from the name it was started as: a name ending
//! in `++` or containing `cxx` is C++.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::load::{run_cargo_json, BuildScriptInfo, LoadOptions};

/// JSON-lines log the shim appends to.
pub const ENV_LOG: &str = "FFISCOPE_CC_LOG";
/// The real C compiler (default `cc`).
pub const ENV_REAL_CC: &str = "FFISCOPE_REAL_CC";
/// The real C++ compiler (default `c++`).
pub const ENV_REAL_CXX: &str = "FFISCOPE_REAL_CXX";
/// Set (to anything) to make a program calling [`maybe_run_as_shim`] act as the shim.
pub const ENV_SHIM: &str = "FFISCOPE_CC_SHIM";

/// One entry of `compile_commands.json`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CompileCommand {
    pub directory: PathBuf,
    pub file: PathBuf,
    /// The real compiler first, then its arguments.
    pub arguments: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<PathBuf>,
}

const SOURCE_EXTS: &[&str] = &["c", "cc", "cpp", "cxx", "c++", "C", "m", "mm"];

/// Options that take a separate value argument (so the value is not a source file).
const VALUE_OPTS: &[&str] = &[
    "-o",
    "-I",
    "-D",
    "-U",
    "-include",
    "-imacros",
    "-isystem",
    "-iquote",
    "-idirafter",
    "-MF",
    "-MT",
    "-MQ",
    "-x",
    "-arch",
    "-target",
    "--target",
    "-Xclang",
    "-Xlinker",
    "-L",
    "-l",
    "-isysroot",
    "--sysroot",
    "-Xpreprocessor",
    "-Xassembler",
    "-aux-info",
    "-main-file-name",
];

/// Source files an invocation compiles (only for `-c` compiles; `-E`, `-M`, version probes
/// and the `cc` crate's flag checks return nothing).
pub fn sources_of(args: &[String]) -> Vec<String> {
    if !args.iter().any(|a| a == "-c") || args.iter().any(|a| a == "-E" || a == "-M" || a == "-MM")
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut skip_next = false;
    for a in args {
        if skip_next {
            skip_next = false;
            continue;
        }
        if VALUE_OPTS.contains(&a.as_str()) {
            skip_next = true;
            continue;
        }
        if a.starts_with('-') {
            continue;
        }
        let p = Path::new(a);
        let ext_ok = p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| SOURCE_EXTS.contains(&e));
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if ext_ok && !name.starts_with("flag_check") && !name.starts_with("detect_compiler_family")
        {
            out.push(a.clone());
        }
    }
    out
}

fn output_of(args: &[String]) -> Option<String> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "-o" {
            return it.next().cloned();
        }
        if let Some(rest) = a.strip_prefix("-o") {
            if !rest.is_empty() {
                return Some(rest.to_string());
            }
        }
    }
    None
}

fn is_cxx_name(argv0: &Path) -> bool {
    let n = argv0
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let n = n.strip_suffix(".exe").unwrap_or(&n);
    n.ends_with("++") || n.contains("cxx")
}

/// If [`ENV_SHIM`] is set, acts as the shim (logs, then execs the real compiler) and returns
/// the exit code to exit with; otherwise returns `None` at once.
pub fn maybe_run_as_shim() -> Option<i32> {
    std::env::var_os(ENV_SHIM)?;
    let mut args = std::env::args_os();
    let argv0 = args.next().unwrap_or_default();
    Some(run_shim(Path::new(&argv0), args.collect()))
}

/// The shim itself: records the command (when [`ENV_LOG`] is set and it compiles a source
/// file), then runs the real compiler with the same arguments. Never fails the build because
/// of logging.
pub fn run_shim(argv0: &Path, args: Vec<OsString>) -> i32 {
    let (cmd, program, _) = prepare_shim(argv0, args);
    exec(cmd, &program)
}

/// What [`run_shim`] does before it runs the real compiler: logs the command and returns the
/// real compiler's command, its program name (for messages), and the compile commands this
/// invocation records (none for probes, links and preprocessing).
pub fn prepare_shim(
    argv0: &Path,
    args: Vec<OsString>,
) -> (std::process::Command, String, Vec<CompileCommand>) {
    let cxx = is_cxx_name(argv0);
    let (var, default) = if cxx {
        (ENV_REAL_CXX, "c++")
    } else {
        (ENV_REAL_CC, "cc")
    };
    let mut real = std::env::var(var).unwrap_or_else(|_| default.to_string());
    if real.trim().is_empty() || points_to_self(&real) {
        real = default.to_string();
    }
    // `FFISCOPE_REAL_CC` may carry a wrapper or flags: `ccache gcc`, `clang -m32`.
    let mut real_parts: Vec<String> = real.split_whitespace().map(str::to_string).collect();
    let program = real_parts.remove(0);
    let str_args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let commands = commands_of(&program, &real_parts, &str_args).unwrap_or_default();
    if let Some(log) = std::env::var_os(ENV_LOG) {
        let _ = log_commands(Path::new(&log), &commands);
    }
    let mut cmd = std::process::Command::new(&program);
    cmd.args(&real_parts).args(&args);
    cmd.env_remove(ENV_SHIM);
    (cmd, program, commands)
}

fn points_to_self(real: &str) -> bool {
    let first = real.split_whitespace().next().unwrap_or("");
    let Ok(me) = std::env::current_exe().and_then(|p| p.canonicalize()) else {
        return false;
    };
    let cand = Path::new(first);
    let resolved = if cand.components().count() > 1 {
        cand.canonicalize().ok()
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(first))
                .find(|p| p.is_file())
                .and_then(|p| p.canonicalize().ok())
        })
    };
    resolved.is_some_and(|r| r == me)
}

/// Runs the real compiler in place of this process (on Unix) and returns its exit code.
#[cfg(unix)]
pub fn exec(mut cmd: std::process::Command, program: &str) -> i32 {
    use std::os::unix::process::CommandExt;
    let err = cmd.exec();
    eprintln!("ffiscope-cc-shim: cannot run `{program}`: {err}");
    127
}

#[cfg(not(unix))]
pub fn exec(mut cmd: std::process::Command, program: &str) -> i32 {
    match cmd.status() {
        Ok(s) => s.code().unwrap_or(1),
        Err(err) => {
            eprintln!("ffiscope-cc-shim: cannot run `{program}`: {err}");
            127
        }
    }
}

/// The compile commands of one compiler invocation: one per source file it compiles.
fn commands_of(
    program: &str,
    pre: &[String],
    args: &[String],
) -> std::io::Result<Vec<CompileCommand>> {
    let sources = sources_of(args);
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    let dir = std::env::current_dir()?;
    let mut arguments = vec![program.to_string()];
    arguments.extend(pre.iter().cloned());
    arguments.extend(args.iter().cloned());
    let output = output_of(args).map(|o| dir.join(o));
    Ok(sources
        .into_iter()
        .map(|s| CompileCommand {
            directory: dir.clone(),
            file: dir.join(&s),
            arguments: arguments.clone(),
            output: output.clone(),
        })
        .collect())
}

fn log_commands(log: &Path, commands: &[CompileCommand]) -> std::io::Result<()> {
    if commands.is_empty() {
        return Ok(());
    }
    let mut text = String::new();
    for cmd in commands {
        text.push_str(&serde_json::to_string(cmd).map_err(std::io::Error::other)?);
        text.push('\n');
    }
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)?;
    // One write per invocation, so parallel compiles do not interleave lines.
    f.write_all(text.as_bytes())
}

/// Reads a shim log (JSON lines), skipping malformed lines, deduplicated by (file, output).
pub fn read_log(path: &Path) -> Vec<CompileCommand> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for line in text.lines() {
        if let Ok(c) = serde_json::from_str::<CompileCommand>(line) {
            if seen.insert((c.file.clone(), c.output.clone())) {
                out.push(c);
            }
        }
    }
    out
}

/// This run's compiles, plus the recorded compiles of build scripts that did not run
/// again (their `OUT_DIR` got no new compile). Recorded compiles of build scripts that are
/// gone (another feature set, a removed dependency) are dropped.
fn merge_recorded(
    fresh: Vec<CompileCommand>,
    recorded: Vec<CompileCommand>,
    scripts: &[BuildScriptInfo],
) -> Vec<CompileCommand> {
    let out_dir_of = |c: &CompileCommand| -> Option<PathBuf> {
        let o = c.output.as_ref()?;
        scripts
            .iter()
            .find(|b| o.starts_with(&b.out_dir))
            .map(|b| b.out_dir.clone())
    };
    let rerun: BTreeSet<PathBuf> = fresh.iter().filter_map(out_dir_of).collect();
    let seen: BTreeSet<(PathBuf, Option<PathBuf>)> = fresh
        .iter()
        .map(|c| (c.file.clone(), c.output.clone()))
        .collect();
    let mut out = fresh;
    for c in recorded {
        let keep = match out_dir_of(&c) {
            Some(d) => !rerun.contains(&d),
            None => false,
        };
        if keep && !seen.contains(&(c.file.clone(), c.output.clone())) {
            out.push(c);
        }
    }
    out
}

/// False for configure-time probes: CMake's `try_compile` and autoconf's `conftest.c`
/// compile a scratch file and delete it, so there is nothing to analyse (libz-ng-sys's CMake
/// build records dozens).
fn is_project_source(c: &CompileCommand) -> bool {
    let path = c.directory.join(&c.file);
    // The source, where the probe runs (CMake compiles `cmake/detect-arch.c` of the project,
    // which `#error`s on purpose, from `CMakeFiles/CMakeTmp`), or where its object goes.
    let in_scratch = |p: &Path| {
        p.components().any(|p| {
            let p = p.as_os_str();
            p == "CMakeScratch" || p == "CMakeTmp"
        })
    };
    let scratch = in_scratch(&path)
        || in_scratch(&c.directory)
        || c.output.as_deref().is_some_and(in_scratch);
    !scratch && path.is_file()
}

/// What to record for later runs: this build's compiles, and the earlier records of build
/// scripts this build does not have (another feature set or profile, whose `OUT_DIR` cargo
/// keeps: switching back finds that build script fresh, and its compiles must still be
/// known) while their objects' directory still exists.
fn to_record(
    current: &[CompileCommand],
    recorded: Vec<CompileCommand>,
    scripts: &[BuildScriptInfo],
) -> Vec<CompileCommand> {
    let mut out = current.to_vec();
    let seen: BTreeSet<(PathBuf, Option<PathBuf>)> = current
        .iter()
        .map(|c| (c.file.clone(), c.output.clone()))
        .collect();
    for c in recorded {
        let Some(dir) = c.output.as_ref().and_then(|o| o.parent()) else {
            continue;
        };
        let of_this_build = scripts.iter().any(|b| dir.starts_with(&b.out_dir));
        if !of_this_build && dir.is_dir() && !seen.contains(&(c.file.clone(), c.output.clone())) {
            out.push(c);
        }
    }
    out
}

/// Writes `compile_commands.json`.
pub fn write_compile_commands(cmds: &[CompileCommand], path: &Path) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(cmds).map_err(std::io::Error::other)?;
    std::fs::write(path, text)
}

/// A native library a build script asked to link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedLib {
    pub name: String,
    /// `static`, `dylib`, `framework`, or `None` when unspecified.
    pub kind: Option<String>,
    pub package: String,
    /// The archive was produced in this build (from C sources the shim saw).
    pub from_source: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<PathBuf>,
}

/// How to build with the shim.
#[derive(Debug, Clone)]
pub struct ShimOptions {
    /// Features, packages, offline: as for loading.
    pub load: LoadOptions,
    /// The shim program. Default: `ffiscope-cc-shim` next to the current executable, else
    /// on `PATH`.
    pub shim_program: Option<PathBuf>,
    /// Extra environment for the build (e.g. `FFISCOPE_CC_SHIM=1` when `shim_program` is the
    /// `ffiscope` binary itself).
    pub shim_env: Vec<(String, String)>,
    /// Default `<target-dir>/<target_subdir>` of the workspace.
    pub target_dir: Option<PathBuf>,
    /// Default `ffiscope`: builds whose objects differ in kind (stubs or real) keep apart,
    /// since cargo would not run a build script again when only that changes.
    pub target_subdir: String,
    /// `cargo clean -p` the packages with build scripts first, so they run again.
    pub force_rerun: bool,
    /// `check` (default: build scripts run, no codegen) or `build`.
    pub subcommand: String,
}

impl Default for ShimOptions {
    fn default() -> Self {
        ShimOptions {
            load: LoadOptions::default(),
            shim_program: None,
            shim_env: Vec::new(),
            target_dir: None,
            target_subdir: "ffiscope".into(),
            force_rerun: true,
            subcommand: "check".into(),
        }
    }
}

/// What building with the shim found.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BuildCapture {
    pub compile_commands: Vec<CompileCommand>,
    pub build_scripts: Vec<BuildScriptInfo>,
    /// Libraries linked that no recorded compile produced (system libraries, pkg-config).
    pub system_libs: Vec<LinkedLib>,
    /// Libraries built from the recorded C sources.
    pub source_libs: Vec<LinkedLib>,
    pub success: bool,
    pub errors: Vec<String>,
    pub log_path: PathBuf,
    /// Where it built (for the loader's own `cargo check`, [`LoadOptions::target_dir`]).
    #[serde(default)]
    pub target_dir: PathBuf,
    /// The environment the build ran with (the shim as `CC`, ...): a later `cargo` run in
    /// the same target dir must use it too, or cargo sees `CC` change and runs every build
    /// script again (for [`LoadOptions::cargo_env`]).
    pub cargo_env: Vec<(String, String)>,
}

impl BuildCapture {
    /// `OUT_DIR` by package name, for [`LoadOptions::out_dirs`].
    pub fn out_dirs(&self) -> std::collections::BTreeMap<String, PathBuf> {
        self.build_scripts
            .iter()
            .map(|b| (b.package.clone(), b.out_dir.clone()))
            .collect()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ShimError {
    #[error("no Cargo.toml at {0}")]
    NoManifest(PathBuf),
    #[error("cannot find the shim program `ffiscope-cc-shim` (next to {0} or on PATH)")]
    NoShim(PathBuf),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("cargo: {0}")]
    Cargo(String),
}

fn find_shim(opts: &ShimOptions) -> Result<PathBuf, ShimError> {
    if let Some(p) = &opts.shim_program {
        return Ok(p.clone());
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let name = format!("ffiscope-cc-shim{}", std::env::consts::EXE_SUFFIX);
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(d) = exe.parent() {
        dirs.push(d.to_path_buf());
        // Test binaries live in target/<profile>/deps.
        if let Some(pd) = d.parent() {
            dirs.push(pd.to_path_buf());
        }
    }
    if let Some(paths) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&paths));
    }
    dirs.into_iter()
        .map(|d| d.join(&name))
        .find(|p| p.is_file())
        .ok_or(ShimError::NoShim(exe))
}

/// Names the shim is started as: `ffiscope-cc` (C) and `ffiscope-c++` (C++), links or copies
/// of the shim program in `dir`.
fn install_shim_names(shim: &Path, dir: &Path) -> Result<(PathBuf, PathBuf), ShimError> {
    std::fs::create_dir_all(dir)?;
    let suffix = std::env::consts::EXE_SUFFIX;
    let cc = dir.join(format!("ffiscope-cc{suffix}"));
    let cxx = dir.join(format!("ffiscope-c++{suffix}"));
    for link in [&cc, &cxx] {
        let _ = std::fs::remove_file(link);
        #[cfg(unix)]
        {
            let target = shim.canonicalize().unwrap_or_else(|_| shim.to_path_buf());
            if std::os::unix::fs::symlink(&target, link).is_ok() {
                continue;
            }
        }
        std::fs::copy(shim, link)?;
    }
    Ok((cc, cxx))
}

/// Builds the crate at `path` with the shim as `CC`/`CXX` (in a separate target dir, build
/// scripts forced to re-run) and returns the C compile commands it recorded, the build
/// scripts' `OUT_DIR`s and the libraries linked from the system without source.
///
/// A failing build is not an error: the commands recorded up to the failure are returned with
/// `success: false`.
pub fn build_with_shim(path: &Path, opts: &ShimOptions) -> Result<BuildCapture, ShimError> {
    let manifest = if path.is_dir() {
        path.join("Cargo.toml")
    } else {
        path.to_path_buf()
    };
    if !manifest.is_file() {
        return Err(ShimError::NoManifest(path.to_path_buf()));
    }
    let shim = find_shim(opts)?;
    // With the build's features: their dependency graph says which units are host ones.
    let meta = crate::load::metadata(&manifest, &opts.load, false).map_err(ShimError::Cargo)?;
    let target_dir = opts.target_dir.clone().unwrap_or_else(|| {
        meta.target_directory
            .clone()
            .into_std_path_buf()
            .join(&opts.target_subdir)
    });
    std::fs::create_dir_all(&target_dir)?;
    let (cc, cxx) = install_shim_names(&shim, &target_dir.join("shim"))?;
    let log = target_dir.join("ffiscope-cc.jsonl");
    let _ = std::fs::remove_file(&log);
    // Compiles recorded by earlier runs in this target dir: a build script that cargo finds
    // fresh does not run again, and its compiles are taken from here instead of forcing a
    // rebuild (which made every re-run as slow as the C build).
    let recorded_path = target_dir.join("ffiscope-cc.recorded.jsonl");
    let recorded = read_log(&recorded_path);

    let built_before = target_dir.join("debug").exists();
    // A first run starts from the host units the user's own build compiled.
    let theirs = meta.target_directory.clone().into_std_path_buf();
    if !built_before && theirs != target_dir {
        let seeded = crate::seed::seed_host_units(&meta, &theirs, &target_dir);
        if std::env::var_os("FFISCOPE_TIMINGS").is_some() {
            eprintln!(
                "ffiscope: seeded {seeded} host units from {}",
                theirs.display()
            );
        }
    }
    if opts.force_rerun && recorded.is_empty() && built_before {
        let with_build: Vec<String> = meta
            .packages
            .iter()
            .filter(|p| {
                p.targets
                    .iter()
                    .any(|t| t.kind.contains(&cargo_metadata::TargetKind::CustomBuild))
            })
            .map(|p| format!("{}@{}", p.name, p.version))
            .collect();
        if !with_build.is_empty() {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let mut cmd = std::process::Command::new(cargo);
            cmd.arg("clean")
                .arg("--manifest-path")
                .arg(&manifest)
                .arg("--target-dir")
                .arg(&target_dir);
            if opts.load.offline {
                cmd.arg("--offline");
            }
            for p in &with_build {
                cmd.arg("-p").arg(p);
            }
            let _ = cmd
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status();
        }
    }

    let cc_s = cc.to_string_lossy().into_owned();
    let cxx_s = cxx.to_string_lossy().into_owned();
    let real_cc = std::env::var(ENV_REAL_CC)
        .or_else(|_| std::env::var("CC"))
        .unwrap_or_else(|_| "cc".into());
    let real_cxx = std::env::var(ENV_REAL_CXX)
        .or_else(|_| std::env::var("CXX"))
        .unwrap_or_else(|_| "c++".into());
    let triple = opts
        .load
        .target
        .as_ref()
        .map(|t| t.triple.clone())
        .unwrap_or_else(|| crate::target::TargetInfo::host().triple);
    let mut envs: Vec<(String, String)> = vec![
        (ENV_LOG.into(), log.to_string_lossy().into_owned()),
        (ENV_REAL_CC.into(), real_cc),
        (ENV_REAL_CXX.into(), real_cxx),
        ("CC".into(), cc_s.clone()),
        ("CXX".into(), cxx_s.clone()),
        ("HOST_CC".into(), cc_s.clone()),
        ("HOST_CXX".into(), cxx_s.clone()),
        ("TARGET_CC".into(), cc_s.clone()),
        ("TARGET_CXX".into(), cxx_s.clone()),
        (format!("CC_{triple}"), cc_s.clone()),
        (format!("CXX_{triple}"), cxx_s.clone()),
        (format!("CC_{}", triple.replace('-', "_")), cc_s),
        (format!("CXX_{}", triple.replace('-', "_")), cxx_s),
    ];
    envs.extend(opts.shim_env.iter().cloned());
    let run = run_cargo_json(&manifest, &opts.subcommand, &opts.load, &target_dir, &envs)
        .map_err(ShimError::Cargo)?;
    let mut compile_commands = merge_recorded(read_log(&log), recorded.clone(), &run.build_scripts);
    compile_commands.retain(is_project_source);
    if run.success {
        let kept = to_record(&compile_commands, recorded, &run.build_scripts);
        let lines: Vec<String> = kept
            .iter()
            .filter_map(|c| serde_json::to_string(c).ok())
            .collect();
        let _ = std::fs::write(&recorded_path, lines.join("\n") + "\n");
    }
    let outputs: BTreeSet<PathBuf> = compile_commands
        .iter()
        .filter_map(|c| c.output.as_ref())
        .filter_map(|o| o.parent().map(Path::to_path_buf))
        .collect();
    let mut system_libs = Vec::new();
    let mut source_libs = Vec::new();
    for bs in &run.build_scripts {
        let search: Vec<PathBuf> = bs
            .linked_paths
            .iter()
            .map(|p| PathBuf::from(p.split_once('=').map(|(_, v)| v).unwrap_or(p)))
            .collect();
        for lib in &bs.linked_libs {
            let (kind, name) = match lib.split_once('=') {
                Some((k, n)) => (
                    Some(k.split(':').next().unwrap_or(k).to_string()),
                    n.to_string(),
                ),
                None => (None, lib.clone()),
            };
            let name = name.split(':').next().unwrap_or(&name).to_string();
            let archive = search
                .iter()
                .map(|d| d.join(format!("lib{name}.a")))
                .find(|a| a.is_file());
            let from_source = archive.as_ref().is_some_and(|a| {
                a.starts_with(&target_dir)
                    && (outputs
                        .iter()
                        .any(|o| o.starts_with(a.parent().unwrap_or(a)))
                        || a.starts_with(&bs.out_dir))
            });
            let l = LinkedLib {
                name,
                kind,
                package: bs.package.clone(),
                from_source,
                archive,
            };
            if from_source {
                source_libs.push(l);
            } else {
                system_libs.push(l);
            }
        }
    }
    Ok(BuildCapture {
        compile_commands,
        build_scripts: run.build_scripts,
        system_libs,
        source_libs,
        success: run.success,
        errors: run.errors,
        log_path: log,
        target_dir,
        cargo_env: envs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn recorded_compiles_fill_in_for_build_scripts_that_did_not_rerun() {
        let cmd = |file: &str, out: &str| CompileCommand {
            directory: PathBuf::from("/w"),
            file: PathBuf::from(file),
            arguments: vec!["cc".into(), "-c".into(), file.into()],
            output: Some(PathBuf::from(out)),
        };
        let script = |pkg: &str, dir: &str| BuildScriptInfo {
            package: pkg.into(),
            out_dir: PathBuf::from(dir),
            ..Default::default()
        };
        let scripts = [script("a-sys", "/t/a/out"), script("b-sys", "/t/b/out")];
        let recorded = vec![
            cmd("a.c", "/t/a/out/a.o"),
            cmd("b_old.c", "/t/b/out/b_old.o"),
            // A build script that no longer exists (another feature set).
            cmd("c.c", "/t/c/out/c.o"),
        ];
        // b-sys ran again and compiled b.c; a-sys was fresh and compiled nothing.
        let fresh = vec![cmd("b.c", "/t/b/out/b.o")];
        let merged = merge_recorded(fresh, recorded, &scripts);
        let files: Vec<&str> = merged.iter().map(|c| c.file.to_str().unwrap()).collect();
        assert_eq!(files, vec!["b.c", "a.c"]);
    }

    #[test]
    fn configure_probes_are_not_analysed() {
        let tmp = tempfile::tempdir().unwrap();
        let scratch = tmp
            .path()
            .join("build/CMakeFiles/CMakeScratch/TryCompile-x");
        std::fs::create_dir_all(&scratch).unwrap();
        std::fs::write(scratch.join("src.c"), "int main(void) { return 0; }").unwrap();
        std::fs::write(tmp.path().join("lib.c"), "int f(void) { return 0; }").unwrap();
        let cmd = |file: PathBuf| CompileCommand {
            directory: tmp.path().to_path_buf(),
            file,
            arguments: vec!["cc".into(), "-c".into()],
            output: None,
        };
        assert!(is_project_source(&cmd(PathBuf::from("lib.c"))));
        assert!(!is_project_source(&cmd(scratch.join("src.c"))));
        // autoconf's conftest.c, already deleted.
        assert!(!is_project_source(&cmd(PathBuf::from("conftest.c"))));
        // A project file compiled as a probe from CMake's scratch directory.
        let probe = CompileCommand {
            directory: tmp.path().join("build/CMakeFiles/CMakeTmp"),
            ..cmd(tmp.path().join("lib.c"))
        };
        assert!(!is_project_source(&probe));
    }

    #[test]
    fn records_of_other_feature_sets_are_kept_while_their_out_dir_exists() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = |d: &str| tmp.path().join(d);
        std::fs::create_dir_all(dir("b/out")).unwrap();
        let cmd = |file: &str, out: PathBuf| CompileCommand {
            directory: PathBuf::from("/w"),
            file: PathBuf::from(file),
            arguments: vec!["cc".into(), "-c".into(), file.into()],
            output: Some(out),
        };
        let scripts = [BuildScriptInfo {
            package: "a-sys".into(),
            out_dir: dir("a/out"),
            ..Default::default()
        }];
        let current = vec![cmd("a.c", dir("a/out/a.o"))];
        let recorded = vec![
            // This build's script: replaced by this build's compiles.
            cmd("a_old.c", dir("a/out/a_old.o")),
            // Another feature set's build script, still on disk: kept for switching back.
            cmd("b.c", dir("b/out/b.o")),
            // One whose objects are gone (`cargo clean`): dropped.
            cmd("c.c", dir("c/out/c.o")),
        ];
        let kept = to_record(&current, recorded, &scripts);
        let files: Vec<&str> = kept.iter().map(|c| c.file.to_str().unwrap()).collect();
        assert_eq!(files, vec!["a.c", "b.c"]);
    }

    #[test]
    fn finds_sources_of_compiles_only() {
        assert_eq!(
            sources_of(&s(&[
                "-O2", "-I", "inc.c", "-c", "src/a.c", "-o", "out/a.o"
            ])),
            vec!["src/a.c"]
        );
        assert!(sources_of(&s(&["-E", "x.c"])).is_empty());
        assert!(sources_of(&s(&["--version"])).is_empty());
        assert!(sources_of(&s(&["-c", "out/flag_check.c", "-o", "x.o"])).is_empty());
        assert_eq!(output_of(&s(&["-c", "a.c", "-oa.o"])), Some("a.o".into()));
    }

    #[test]
    fn tells_cxx_by_name() {
        assert!(is_cxx_name(Path::new("/x/ffiscope-c++")));
        assert!(!is_cxx_name(Path::new("/x/ffiscope-cc")));
    }
}
