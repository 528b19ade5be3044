//! Thread-safety verdicts and the thread model of IR files:
//! `cargo run --release -p ffiscope-threads --example threads -- [--json] [--bench] [--only NAME]... FILE.ll...`
//!
//! `--bench` also runs the effects engine (`ffiscope_engine::analyze_program` with the
//! libc models) on the same program and prints both times, to measure what the thread
//! analysis adds.
use std::time::Instant;

fn main() {
    let mut files = Vec::new();
    let mut only: Vec<String> = Vec::new();
    let (mut json, mut bench, mut stats) = (false, false, false);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--bench" => bench = true,
            "--stats" => stats = true,
            "--only" => only.extend(args.next()),
            _ => files.push(a),
        }
    }
    let t0 = Instant::now();
    let modules: Vec<_> = files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            ffiscope_ir::parse_module(p, text)
                .map_err(|e| eprintln!("{e}"))
                .ok()
        })
        .collect();
    let prog = ffiscope_ir::Program::new(modules);
    let t_parse = t0.elapsed();
    let models = ffiscope_models::Models::builtin();
    if bench {
        let t = Instant::now();
        let a = ffiscope_engine::analyze_program(
            &prog,
            &ffiscope_engine::LibcModels::new(models),
            Default::default(),
        );
        eprintln!(
            "engine analyze_program: {:?} ({} functions)",
            t.elapsed(),
            a.results.len()
        );
    }
    if stats {
        let keys = ffiscope_engine::Keys::build(&prog);
        let t = Instant::now();
        let sums = ffiscope_threads::summarize(&prog, &keys, models, &Default::default());
        let mut v: Vec<(usize, String)> = sums
            .iter()
            .map(|(fr, s)| (s.accesses.len(), prog.function(*fr).name.clone()))
            .collect();
        v.sort();
        let total: usize = v.iter().map(|x| x.0).sum();
        eprintln!("summaries: {:?}, {} accesses in all", t.elapsed(), total);
        let mut by_base = [0usize; 3];
        let mut steps = [0usize; 6];
        let mut with_locks = 0;
        for s in sums.values() {
            for a in &s.accesses {
                by_base[match a.path.base {
                    ffiscope_threads::path::Base::Global(_) => 0,
                    ffiscope_threads::path::Base::Param(_) => 1,
                    _ => 2,
                }] += 1;
                steps[a.path.steps.len().min(5)] += 1;
                if a.locks != Default::default() {
                    with_locks += 1;
                }
            }
        }
        eprintln!("global/param/libc {by_base:?}; steps {steps:?}; with lock context {with_locks}");
        let unseen: usize = sums.values().map(|s| s.unseen.len()).sum();
        let max_unseen = sums.values().map(|s| s.unseen.len()).max().unwrap_or(0);
        eprintln!("unseen reasons: {unseen} in all, at most {max_unseen} in one summary");
        for (n, name) in v.iter().rev().take(15) {
            eprintln!("  {n:6} {name}");
        }
    }
    let t = Instant::now();
    let basename = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    let opts = ffiscope_threads::Options {
        display_path: &basename,
        model: true,
        shapes: None,
    };
    let report = ffiscope_threads::analyze_with(&prog, models, &[], &opts);
    let t_threads = t.elapsed();
    eprintln!("parse: {t_parse:?}; thread analysis: {t_threads:?}");
    for f in &report.functions {
        if !only.is_empty() && !only.contains(&f.name) {
            continue;
        }
        if json {
            println!("{}", serde_json::to_string_pretty(f).unwrap());
        } else {
            let v = serde_json::to_value(f.thread_safety.verdict).unwrap();
            println!("{} {}", f.name, v.as_str().unwrap());
            for r in &f.thread_safety.reasons {
                println!("    {r}");
            }
        }
    }
    if only.is_empty() {
        println!("\n{}", ffiscope_threads::render_text(&report.model));
    }
}
