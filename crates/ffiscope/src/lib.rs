//! The `ffiscope` and `cargo-ffiscope` command lines. This crate only parses arguments and
//! wires the stages together: inputs and clang (`ffiscope-cfront`) → IR model
//! (`ffiscope-ir`) → effects (`ffiscope-engine`, models from `ffiscope-models`) → facts;
//! crate model (`ffiscope-rust`) + facts → findings (`ffiscope-check`) → output
//! (`ffiscope-report`).
//!
//! Exit codes: 0 success; 1 `check` found problems at or above the failing level; 2 the
//! run could not be completed as asked (bad arguments, missing clang, a file that does not
//! compile or parse; whatever could be analysed is still printed).

mod alloc_tuning;
mod cli;
mod commands;
mod pipeline;
pub mod shim;
mod ui;

use std::ffi::OsString;

use clap::Parser;

pub use alloc_tuning::tune_allocator;
pub use cli::Cli;

/// Runs `ffiscope` with `args` (including the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match commands::dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            2
        }
    }
}

/// Runs `cargo ffiscope`: `ffiscope check` on the current crate, unless another command is
/// named (`cargo ffiscope summarize ...`).
pub fn run_cargo(mut args: Vec<OsString>) -> i32 {
    let known = [
        "check",
        "decls",
        "summarize",
        "explain",
        "threads",
        "rules",
        "help",
        "--help",
        "-h",
        "--version",
        "-V",
    ];
    let has_command = args
        .get(1)
        .and_then(|a| a.to_str())
        .is_some_and(|a| known.contains(&a));
    if !has_command {
        args.insert(1.min(args.len()), OsString::from("check"));
    }
    run(args)
}
