//! `cargo ffiscope` builds the crate with this very binary as its C compiler (see
//! `ffiscope_rust::shim`). Besides recording each compile and running the real compiler,
//! the shim compiles the same unit to IR into ffiscope's cache at the same time, so the
//! analysis after the build finds the IR there instead of waiting for clang (on
//! libsqlite3-sys the C compile is the only work left in the build at that point, and the
//! second core was idle).

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

fn compile_to_cache(p: &Prefetch, commands: &[CompileCommand]) -> Option<()> {
    let cache = Cache::open(Some(p.cache_dir.clone())).ok()?;
    let clang = find_clang_cached(&cache).ok()?;
    let scratch = cache.scratch().ok()?;
    let db = scratch.path().join("compile_commands.json");
    write_compile_commands(commands, &db).ok()?;
    let spec = crate::pipeline::input_spec(&[db], &p.compile);
    for tu in collect_inputs(&spec).ok()? {
        let _ = compile_one(&clang, &tu, &cache, false);
    }
    Some(())
}
