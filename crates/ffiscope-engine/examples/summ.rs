//! Developer tool: `cargo run -p ffiscope-engine --example summ -- FILE.ll... [--only NAME]`.
fn main() {
    let mut files = Vec::new();
    let mut only = None;
    let mut dump: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--only" {
            only = args.next();
        } else if a == "--summary" {
            dump = args.next();
        } else {
            files.push(a);
        }
    }
    let t0 = std::time::Instant::now();
    let modules: Vec<_> = files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            ffiscope_ir::parse_module(p, text)
                .map_err(|e| eprintln!("{e}"))
                .ok()
        })
        .collect();
    let t1 = std::time::Instant::now();
    let prog = ffiscope_ir::Program::new(modules);
    let models = ffiscope_engine::adapter::LibcModels::new(ffiscope_models::Models::builtin());
    // Budget experiments: FFISCOPE_SUMMARY_ITEMS=N, FFISCOPE_MAX_WORK=N, FFISCOPE_SIZE_EXIT=0.
    let mut budget = ffiscope_engine::Budget::default();
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    if let Some(n) = env("FFISCOPE_SUMMARY_ITEMS") {
        budget.max_summary_items = n as usize;
    }
    if let Some(n) = env("FFISCOPE_MAX_WORK") {
        budget.max_work = n;
    }
    if let Some(n) = env("FFISCOPE_SIZE_EXIT") {
        budget.size_exit = n != 0;
    }
    let a = ffiscope_engine::analyze_program(&prog, &models, budget);
    let t2 = std::time::Instant::now();
    if let Some(d) = &dump {
        for (fr, out) in &a.results {
            if &prog.function(*fr).name == d {
                println!("{}", serde_json::to_string(&out.summary).unwrap());
            }
        }
        return;
    }
    let lines = ffiscope_engine::facts::SourceLines::default();
    let b = ffiscope_engine::facts::FactsBuilder {
        prog: &prog,
        keys: &a.keys,
        lines: &lines,
        display_path: &|s: &str| s.to_string(),
        assumptions: vec![],
    };
    let facts = ffiscope_engine::facts::all_facts(&b, &a, false);
    let t3 = std::time::Instant::now();
    eprintln!(
        "parse {:?} analyze {:?} facts {:?}",
        t1 - t0,
        t2 - t1,
        t3 - t2
    );
    for f in facts {
        if only.as_ref().is_some_and(|o| &f.name != o) {
            continue;
        }
        println!("{}", serde_json::to_string_pretty(&f).unwrap());
    }
}
