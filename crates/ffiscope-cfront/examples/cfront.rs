//! Collects inputs and compiles them to IR through the cache, printing what happened and
//! how long each step took. `cargo run --release -p ffiscope-cfront --example cfront --
//! [--cache-dir DIR] [--force] PATH...`
use std::path::PathBuf;
use std::time::Instant;

use ffiscope_cfront::{
    collect_inputs, compile_all, find_clang_cached, Cache, CompileOptions, InputSpec,
};

fn main() {
    let mut spec = InputSpec::default();
    let mut cache_dir = None;
    let mut force = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--cache-dir" => cache_dir = args.next().map(PathBuf::from),
            "--force" => force = true,
            _ => spec.paths.push(a.into()),
        }
    }
    let t0 = Instant::now();
    let cache = Cache::open(cache_dir).unwrap_or_else(|e| fail(e));
    if let Some(w) = cache.warning() {
        eprintln!("warning: {w}");
    }
    let t1 = Instant::now();
    let clang = find_clang_cached(&cache).unwrap_or_else(|e| fail(e));
    let t2 = Instant::now();
    let tus = collect_inputs(&spec).unwrap_or_else(|e| fail(e));
    let t3 = Instant::now();
    let opts = CompileOptions {
        force,
        ..Default::default()
    };
    let results = compile_all(&clang, &tus, &cache, &opts);
    let t4 = Instant::now();
    let mut failed = 0;
    for r in &results {
        match r {
            Ok(c) => {
                let hit = if c.cache_hit { "hit " } else { "miss" };
                println!("{hit} {} -> {}", c.tu.display, c.ir_path.display());
                for n in &c.notes {
                    println!("     note: {n}");
                }
            }
            Err(e) => {
                failed += 1;
                println!("FAIL {e}");
            }
        }
    }
    eprintln!(
        "{} ({}); cache open {:.1} ms, find_clang {:.1} ms, collect {:.1} ms, compile {:.1} ms, total {:.1} ms",
        clang.path.display(),
        clang.version,
        ms(t1 - t0),
        ms(t2 - t1),
        ms(t3 - t2),
        ms(t4 - t3),
        ms(t4 - t0)
    );
    if let Some(tu) = tus.first() {
        let t = Instant::now();
        let key = cache.tu_key(&clang, tu);
        eprintln!(
            "tu_key({}) alone: {:.1} ms ({})",
            tu.display,
            ms(t.elapsed()),
            if key.is_some() { "found" } else { "absent" }
        );
    }
    if failed > 0 {
        std::process::exit(1);
    }
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn fail(e: impl std::fmt::Display) -> ! {
    eprintln!("error: {e}");
    std::process::exit(2)
}
