//! `cargo ffiscope` builds the crate with this very binary as its C compiler (see
//! `ffiscope_rust::shim`). Besides recording each compile, the shim compiles the same unit
//! to IR into ffiscope's cache, so the analysis after the build finds the IR there instead
//! of waiting for clang. In IR-only mode (the default of `check`, whose build is a `cargo
//! check`: only build scripts and proc macros are linked) that replaces the real compile:
//! the real compiler only checks the unit (`-fsyntax-only`) and the build gets a stub object
//! (on libsqlite3-sys the `cc -O0 -g` of sqlite3.c was 4.7 s of a 5.7 s build). Otherwise
//! the real compiler runs as a child meanwhile.

use std::path::{Path, PathBuf};

use ffiscope_cfront::{collect_inputs, compile_one, find_clang_cached, Cache};
use ffiscope_rust::shim::{prepare_shim, write_compile_commands, CompileCommand, ENV_SHIM};
use serde::{Deserialize, Serialize};

use crate::cli::CompileArgs;

/// JSON of [`Prefetch`]: set by `check` for the build, read by the shim.
pub const ENV_PREFETCH: &str = "FFISCOPE_SHIM_PREFETCH";

/// What the shim needs to compile a unit exactly as the analysis will: the same cache and
/// the same extra flags give the same cache key. (Flags from `ffiscope.toml` are not known
/// before the build: with them the unit is compiled again afterwards.)
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Prefetch {
    pub cache_dir: PathBuf,
    pub compile: CompileArgs,
    /// IR only: when the unit compiles to IR and passes the real compiler's
    /// `-fsyntax-only`, hand the build a stub object instead of running the real compile
    /// (`check` builds with `cargo check`, which links only build scripts and proc macros;
    /// a build that fails this way is built again with real objects).
    #[serde(default)]
    pub ir_only: bool,
}

/// If this process was started as the compiler shim, acts as it and returns the exit code.
pub fn maybe_run_as_shim() -> Option<i32> {
    std::env::var_os(ENV_SHIM)?;
    let mut args = std::env::args_os();
    let argv0 = args.next().unwrap_or_default();
    let (mut cmd, program, commands) = prepare_shim(Path::new(&argv0), args.collect());
    let prefetch = std::env::var(ENV_PREFETCH)
        .ok()
        .and_then(|j| serde_json::from_str::<Prefetch>(&j).ok());
    let Some(prefetch) = prefetch.filter(|_| !commands.is_empty()) else {
        return Some(ffiscope_rust::shim::exec(cmd, &program));
    };
    cmd.env_remove(ENV_PREFETCH);
    if prefetch.ir_only {
        if let Some(code) = ir_only(&prefetch, &cmd, &commands) {
            return Some(code);
        }
        // Not a plain one-file compile, or clang failed on it: the real compiler decides.
        return Some(ffiscope_rust::shim::exec(cmd, &program));
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ffiscope-cc-shim: cannot run `{program}`: {e}");
            return Some(127);
        }
    };
    // Best effort: whatever goes wrong here, the analysis compiles the unit itself later.
    compile_to_cache(&prefetch, &commands);
    Some(child.wait().ok().and_then(|s| s.code()).unwrap_or(1))
}

/// Compiles the units to IR into the cache; `Some` when every one compiled.
fn compile_to_cache(p: &Prefetch, commands: &[CompileCommand]) -> Option<()> {
    let cache = Cache::open(Some(p.cache_dir.clone())).ok()?;
    let clang = find_clang_cached(&cache).ok()?;
    let scratch = cache.scratch().ok()?;
    let db = scratch.path().join("compile_commands.json");
    write_compile_commands(commands, &db).ok()?;
    let spec = crate::pipeline::input_spec(&[db], &p.compile);
    let units = collect_inputs(&spec).ok()?;
    let mut all_ok = !units.is_empty();
    for tu in units {
        all_ok &= compile_one(&clang, &tu, &cache, false).is_ok();
    }
    all_ok.then_some(())
}

/// IR-only mode: one source compiled with `-c -o OUT` goes to IR in the cache, while the
/// real compiler checks it with `-fsyntax-only` and the unit's own flags (so `-Werror`
/// probes, diagnostics and `-MD` dependency files stay the real compiler's: clang's IR
/// compile is lenient on purpose); OUT then becomes the object of a one-declaration stub,
/// built by the real compiler with the same flags, so the archive step and the target stay
/// as they were. Returns the exit code, or `None` when this invocation is not such a compile
/// or a step of ours failed: the caller then runs the real compile.
fn ir_only(p: &Prefetch, real: &std::process::Command, commands: &[CompileCommand]) -> Option<i32> {
    use std::process::{Command, Stdio};
    let [command] = commands else { return None };
    command.output.as_ref()?;
    let args: Vec<String> = real
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let sources = ffiscope_rust::shim::sources_of(&args);
    let [source] = &sources[..] else {
        return None;
    };
    let base = |args: &[String]| {
        let mut cmd = Command::new(real.get_program());
        cmd.args(args).env_remove(ENV_SHIM).env_remove(ENV_PREFETCH);
        cmd
    };
    // The real front end's verdict, in parallel with clang's IR compile.
    let mut check_args = args.clone();
    check_args.push("-fsyntax-only".into());
    let mut check = base(&check_args).stdin(Stdio::null()).spawn().ok()?;
    let ir = compile_to_cache(p, commands);
    let checked = check.wait().ok()?;
    if !checked.success() {
        // The real compiler rejects the unit (its diagnostics are already out): so does
        // the build, exactly as without the shim.
        return Some(checked.code().unwrap_or(1));
    }
    ir?;
    let stub = p.cache_dir.join("ffiscope-empty-unit.c");
    if !stub.is_file() {
        // Written whole by whoever gets here first; same bytes every time.
        let tmp = p
            .cache_dir
            .join(format!("ffiscope-empty-unit.{}.tmp", std::process::id()));
        std::fs::write(&tmp, "typedef int ffiscope_empty_unit;\n").ok()?;
        std::fs::rename(&tmp, &stub).ok()?;
    }
    let mut stub_args = without_dependency_output(&args);
    let at = stub_args.iter().rposition(|a| a == source)?;
    stub_args[at] = stub.to_string_lossy().into_owned();
    let status = base(&stub_args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    status.success().then_some(0)
}

/// The arguments without `-MD`/`-MMD` dependency output (the syntax check writes the real
/// dependency file; the stub's would name the stub).
fn without_dependency_output(args: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut skip_next = false;
    for a in args {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        match a.as_str() {
            "-MD" | "-MMD" | "-MP" => {}
            "-MF" | "-MT" | "-MQ" => skip_next = true,
            _ if a.starts_with("-MF") || a.starts_with("-MT") || a.starts_with("-MQ") => {}
            _ if a.starts_with("-Wp,-MD") || a.starts_with("-Wp,-MMD") => {}
            _ => out.push(a.clone()),
        }
    }
    out
}
