//! `ffiscope-score`: scores ffiscope and the LLVM baseline against
//! `bench/ground-truth`. Exits 1 when ffiscope gives any wrong "no".

use anyhow::{Context, Result};
use clap::Parser;
use ffiscope_score::{corpus, ffiscope, llvm, score, truth, ToolFacts};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

#[derive(Parser, Debug)]
#[command(about = "Score ffiscope and LLVM function-attrs against the hand-labelled ground truth")]
struct Args {
    /// Libraries to score (default: every bench/ground-truth/*.jsonl).
    #[arg(long = "lib")]
    libs: Vec<String>,
    /// Path of the ffiscope binary. Without it the ffiscope column is all "maybe".
    #[arg(long)]
    ffiscope: Option<PathBuf>,
    /// Also write the Markdown report (for BENCHMARKS.md) to this file; `-` for stdout.
    #[arg(long)]
    markdown: Option<PathBuf>,
    /// Parallel clang/opt jobs (default: available cores).
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Ground-truth directory.
    #[arg(long)]
    truth: Option<PathBuf>,
    /// Skip the LLVM baseline (its column is then all "maybe").
    #[arg(long)]
    no_llvm: bool,
    /// Seconds to wait for one `ffiscope summarize` before killing it (its column is
    /// then all "maybe" and the run exits 2).
    #[arg(long)]
    timeout: Option<u64>,
    /// CI-sized run: exactly one library (default libssh2), only the translation units
    /// that define a labelled function, no LLVM baseline, and a 300 s ffiscope timeout
    /// unless --timeout is given. Callees in the left-out files are unknown to ffiscope,
    /// so its answers there must be "maybe" (never a wrong "no"): the check still bites.
    #[arg(long)]
    quick: bool,
    /// ffiscope's --cache-dir (default bench/out/ffiscope-cache): IR and results are
    /// reused while sources, flags and the ffiscope binary are unchanged.
    #[arg(long)]
    cache_dir: Option<PathBuf>,
}

fn git_commit() -> String {
    Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(corpus::bench_dir())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("ffiscope-score: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// 0: no wrong "no"; 1: ffiscope gave a wrong "no"; 2: ffiscope failed or timed out
/// on some library (its column there is all "maybe", so nothing was checked).
fn real_main() -> Result<u8> {
    let args = Args::parse();
    let truth_dir = args.truth.clone().unwrap_or_else(truth::default_dir);
    let libs = if args.quick {
        match args.libs.as_slice() {
            [] => vec!["libssh2".to_string()],
            [one] => vec![one.clone()],
            _ => anyhow::bail!("--quick scores one library; give at most one --lib"),
        }
    } else if args.libs.is_empty() {
        truth::libs(&truth_dir)?
    } else {
        args.libs.clone()
    };
    let timeout = args.timeout.unwrap_or(if args.quick { 300 } else { 1800 });
    let no_llvm = args.no_llvm || args.quick;
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let tools = llvm::Tools::from_env();
    let cache_dir = args
        .cache_dir
        .clone()
        .unwrap_or_else(|| corpus::out_dir().join("ffiscope-cache"));
    let mut meta = score::Meta {
        date: score::today(),
        commit: git_commit(),
        clang: llvm::clang_version(&tools.clang),
        ffiscope: match &args.ffiscope {
            Some(p) => format!("{}", p.display()),
            None => "not run (no --ffiscope)".into(),
        },
    };
    let mut scores = Vec::new();
    let mut ffiscope_failed = Vec::new();
    for lib in &libs {
        let rows = truth::load(&truth_dir, lib)?;
        for r in &rows {
            r.validate()
                .with_context(|| format!("{lib}: {} param {}", r.function, r.param))?;
        }
        let mut cc = corpus::write_compile_commands(lib)?;
        let mut cmds = corpus::read_compile_commands(&cc)?;
        let work = corpus::out_dir().join(lib);
        if args.quick {
            let (path, kept) = corpus::write_subset(&cmds, &rows, &work)?;
            eprintln!(
                "{lib}: --quick: {} of {} translation units (those defining a labelled function)",
                kept.len(),
                cmds.len()
            );
            cc = path;
            cmds = kept;
        }
        let llvm_facts: Option<ToolFacts> = if no_llvm {
            None
        } else {
            eprintln!(
                "{lib}: {} translation units → IR → function-attrs ({jobs} jobs)",
                cmds.len()
            );
            let files = llvm::build(&cmds, &work, &tools, jobs)?;
            Some(llvm::read_facts(&files)?)
        };
        let ff_facts: Option<ToolFacts> = match &args.ffiscope {
            None => None,
            Some(bin) => {
                let inv = ffiscope::Invocation {
                    ffiscope: bin,
                    jobs,
                    cache_dir: &cache_dir,
                    timeout: std::time::Duration::from_secs(timeout),
                };
                let res =
                    ffiscope::invoke(&inv, &cc, &work).and_then(|json| ffiscope::parse(&json));
                match res {
                    Ok(f) => Some(f),
                    Err(e) => {
                        eprintln!("{lib}: WARNING: ffiscope not usable, its column is all \"maybe\": {e:#}");
                        ffiscope_failed.push(lib.clone());
                        None
                    }
                }
            }
        };
        scores.push(score::score_lib(
            lib,
            &rows,
            [ff_facts.as_ref(), llvm_facts.as_ref()],
        ));
    }
    if !ffiscope_failed.is_empty() {
        meta.ffiscope = format!(
            "{} (failed on {}: all \"maybe\")",
            meta.ffiscope,
            ffiscope_failed.join(", ")
        );
    }
    print!("{}", score::render_text(&scores, &meta));
    if let Some(md) = &args.markdown {
        let text = score::render_markdown(&scores, &meta);
        if md.as_os_str() == "-" {
            print!("{text}");
        } else {
            std::fs::write(md, text).with_context(|| format!("writing {}", md.display()))?;
            eprintln!("wrote {}", md.display());
        }
    }
    let wrong_no: usize = scores.iter().map(|s| s.wrong_no[0].len()).sum();
    if wrong_no > 0 {
        eprintln!("ffiscope-score: FAIL: {wrong_no} wrong \"no\" from ffiscope");
        return Ok(1);
    }
    if !ffiscope_failed.is_empty() {
        eprintln!(
            "ffiscope-score: FAIL: ffiscope did not run on {}",
            ffiscope_failed.join(", ")
        );
        return Ok(2);
    }
    Ok(0)
}
