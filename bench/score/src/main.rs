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
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("ffiscope-score: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn real_main() -> Result<bool> {
    let args = Args::parse();
    let truth_dir = args.truth.clone().unwrap_or_else(truth::default_dir);
    let libs = if args.libs.is_empty() {
        truth::libs(&truth_dir)?
    } else {
        args.libs.clone()
    };
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let tools = llvm::Tools::from_env();
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
        let cc = corpus::write_compile_commands(lib)?;
        let cmds = corpus::read_compile_commands(&cc)?;
        let work = corpus::out_dir().join(lib);
        let llvm_facts: Option<ToolFacts> = if args.no_llvm {
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
                let res = ffiscope::invoke(bin, &cc, &work).and_then(|json| {
                    std::fs::write(work.join("ffiscope.json"), &json)?;
                    ffiscope::parse(&json)
                });
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
    Ok(wrong_no == 0)
}
