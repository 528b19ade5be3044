//! Wiring of the C-side stages: inputs → clang → IR → program → facts, with results cached
//! by the content keys of the translation units.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use ffiscope_cfront::{
    collect_inputs, compile_all, find_clang_cached, Cache, CompileOptions, CompiledTu, InputSpec,
};
use ffiscope_engine::facts::{all_facts, FactsBuilder, SourceLines};
use ffiscope_engine::{analyze_program_sharing, Budget, LibcModels};
use ffiscope_facts::{DeclsDocument, FactsDocument, FunctionFacts};
use ffiscope_ir::Program;
use ffiscope_models::Models;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::cli::CompileArgs;
use crate::ui::Ui;

/// The translation units of one run, compiled (or found in the cache).
pub struct Compiled {
    pub cache: Cache,
    pub units: Vec<CompiledTu>,
    /// Units that did not compile (already reported on stderr).
    pub failures: usize,
    /// Content key of the whole input set, this build of ffiscope and its models.
    pub key: String,
    /// The linked program, parsed on first use (`check` needs it for decls and facts).
    program: std::sync::OnceLock<(Program, usize)>,
}

/// Stack of each analysis thread.
const WORKER_STACK_BYTES: usize = 256 << 20;

/// Collects the inputs and compiles them to IR, reporting each failing unit on stderr.
pub fn compile(inputs: &[PathBuf], args: &CompileArgs, ui: &Ui) -> Result<Compiled> {
    // Analyses recurse over value chains; a 2 MB default stack overflowed on a function
    // with a 1,700-long pointer chain. Stacks are reserved, not committed, so 256 MB each
    // costs address space only. Ignored when already set (tests calling `run` twice).
    let mut pool = rayon::ThreadPoolBuilder::new().stack_size(WORKER_STACK_BYTES);
    if let Some(n) = args.jobs {
        pool = pool.num_threads(n.max(1));
    }
    let _ = pool.build_global();
    let cache = if args.no_cache {
        Cache::temporary()
    } else {
        Cache::open(args.cache_dir.clone())
    }
    .context("cannot open the cache (pass --cache-dir DIR, or --no-cache)")?;
    if let Some(w) = cache.warning() {
        ui.warn(&format!("warning: {w}"));
    }
    let clang = find_clang_cached(&cache)?;
    let tus = collect_inputs(&input_spec(inputs, args))?;
    let progress = |done: usize, total: usize| ui.progress("compiling", done, total);
    let opts = CompileOptions {
        jobs: args.jobs,
        progress: Some(&progress),
        force: false,
    };
    let results = compile_all(&clang, &tus, &cache, &opts);
    let mut units = Vec::new();
    let mut failures = 0;
    for r in results {
        match r {
            Ok(c) => {
                for n in &c.notes {
                    ui.warn(&format!("note: {}: {n}", c.tu.display));
                }
                units.push(c);
            }
            Err(e) => {
                failures += 1;
                ui.warn(&format!("error: {e}"));
            }
        }
    }
    let models_key = model_files_key(&args.models);
    // Results hold paths relative to the working directory, so it is part of the key.
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let key = Cache::combined_key(units.iter().map(|u| u.key.as_str()).chain([
        build_id().as_str(),
        models_key.as_str(),
        cwd.as_str(),
    ]));
    Ok(Compiled {
        cache,
        units,
        failures,
        key,
        program: std::sync::OnceLock::new(),
    })
}

/// Identifies this build of ffiscope, so a rebuilt binary never reads results cached by
/// another one.
fn build_id() -> String {
    let exe = std::env::current_exe().ok();
    let meta = exe.as_ref().and_then(|p| std::fs::metadata(p).ok());
    let stamp = meta
        .map(|m| {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{t}:{}", m.len())
        })
        .unwrap_or_default();
    format!("ffiscope {} {stamp}", env!("CARGO_PKG_VERSION"))
}

fn model_files_key(paths: &[PathBuf]) -> String {
    let mut h = blake3::Hasher::new();
    for p in paths {
        h.update(p.to_string_lossy().as_bytes());
        if let Ok(b) = std::fs::read(p) {
            h.update(&b);
        }
    }
    h.finalize().to_hex().to_string()
}

/// The program of `c`, parsed once, with the number of units whose IR did not parse.
fn program<'c>(c: &'c Compiled, ui: &Ui) -> (&'c Program, usize) {
    let (p, failures) = c.program.get_or_init(|| parse(c, ui));
    (p, *failures)
}

/// What to compile: `inputs` with the extra flags of `args` (also the compiler shim's).
pub(crate) fn input_spec(inputs: &[PathBuf], args: &CompileArgs) -> InputSpec {
    InputSpec {
        paths: inputs.to_vec(),
        includes: args.includes.clone(),
        defines: args.defines.clone(),
        std: args.std.clone(),
        target: args.target.clone(),
        extra_flags: args.clang_args.clone(),
    }
}

/// Parses the IR of every compiled unit (in parallel) and links them into one program.
/// Returns the number of units whose IR did not parse (reported on stderr).
fn parse(c: &Compiled, ui: &Ui) -> (Program, usize) {
    let total = c.units.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let modules: Vec<_> = c
        .units
        .par_iter()
        .map(|u| {
            let r = std::fs::read(&u.ir_path)
                .with_context(|| format!("cannot read the IR of {}", u.tu.display))
                .and_then(|bytes| {
                    ffiscope_ir::parse_module_bytes(&u.ir_path.to_string_lossy(), bytes)
                        .map_err(|e| anyhow::anyhow!("{e}\n  (IR of {})", u.tu.display))
                });
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            ui.progress("parsing IR", n, total);
            r
        })
        .collect();
    let mut ok = Vec::new();
    let mut failures = 0;
    for m in modules {
        match m {
            Ok(m) => ok.push(m),
            Err(e) => {
                failures += 1;
                ui.warn(&format!("error: {e:#}"));
            }
        }
    }
    (Program::new(ok), failures)
}

/// The models for external functions: built-in, plus the user's files.
pub fn load_models(args: &CompileArgs) -> Result<std::borrow::Cow<'static, Models>> {
    if args.models.is_empty() {
        Ok(std::borrow::Cow::Borrowed(Models::builtin()))
    } else {
        Ok(std::borrow::Cow::Owned(Models::with_extra(&args.models)?))
    }
}

/// How paths recorded by clang are shown: relative to the working directory when below it.
pub fn display_path(p: &str) -> String {
    thread_local! {
        static CWD: Option<PathBuf> = std::env::current_dir().ok();
    }
    CWD.with(|cwd| {
        let path = Path::new(p);
        match cwd.as_ref().and_then(|c| path.strip_prefix(c).ok()) {
            Some(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().into_owned(),
            _ => p.to_string(),
        }
    })
}

/// Cached results hold paths relative to the working directory (see [`display_path`]), so
/// their artifact names carry it. They also carry the build of ffiscope that made them
/// (version, and the executable's path, size and modification time): an upgraded or
/// rebuilt analysis must not be answered with an older one's results.
pub fn cwd_tag() -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut h = blake3::Hasher::new();
    h.update(cwd.to_string_lossy().as_bytes());
    h.update(b"\0");
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(exe) = std::env::current_exe() {
        h.update(exe.to_string_lossy().as_bytes());
        if let Ok(meta) = exe.metadata() {
            h.update(&meta.len().to_le_bytes());
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            h.update(&mtime.map_or(0, |d| d.as_nanos()).to_le_bytes());
        }
    }
    h.finalize().to_hex()[..16].to_string()
}

fn cached<T: DeserializeOwned>(c: &Compiled, name: &str) -> Option<T> {
    let bytes = c.cache.get_artifact(&c.key, name)?;
    serde_json::from_slice(&bytes).ok()
}

fn store<T: Serialize>(c: &Compiled, name: &str, value: &T, ui: &Ui) {
    if let Ok(bytes) = serde_json::to_vec(value) {
        if let Err(e) = c.cache.put_artifact(&c.key, name, &bytes) {
            ui.warn(&format!("warning: cannot cache {name}: {e}"));
        }
    }
}

/// The declarations of the program, cached. Returns it with the count of units that did
/// not parse.
pub fn decls(c: &Compiled, ui: &Ui) -> (DeclsDocument, usize) {
    let name = format!("decls-v1-{}.json", cwd_tag());
    let name = name.as_str();
    if c.failures == 0 {
        if let Some(d) = cached(c, name) {
            return (d, 0);
        }
    }
    let (prog, failures) = program(c, ui);
    let mut doc = ffiscope_ir::decls_document(prog);
    for f in &mut doc.functions {
        f.location.file = display_path(&f.location.file);
    }
    for l in &mut doc.layouts {
        if let Some(loc) = &mut l.location {
            loc.file = display_path(&loc.file);
        }
    }
    ui.clear();
    if failures == 0 && c.failures == 0 {
        store(c, name, &doc, ui);
    }
    (doc, failures)
}

/// What `summarize`, `explain` and `threads` need. Cached as two artifacts: the thread
/// model is large (sqlite3's is ~55 MB of JSON against 2 MB of facts) and only `threads`
/// reads it, so the others do not pay for loading it.
pub struct Analysed {
    pub facts: FactsDocument,
    /// The library's thread model (`ffiscope_threads::LibraryModel`) as JSON, and as text.
    /// Empty (`Null`, `""`) when loaded from the cache without `with_threads`.
    pub thread_model: serde_json::Value,
    pub thread_text: String,
}

/// How much of the lockset analysis a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threads {
    /// None: `thread_safety` stays as the effects engine left it (`check` reads no thread
    /// fact, and the engine then has every core to itself).
    Skip,
    /// Each function's `thread_safety` and `globals` from the lockset analysis.
    Safety,
    /// That, and the library's thread model (`ffiscope threads`).
    Model,
}

/// Facts of every exported function (every function with `all`), cached, with as much of
/// the lockset analysis as `threads` asks for.
pub fn facts(
    c: &Compiled,
    models: &Models,
    all: bool,
    threads: Threads,
    ui: &Ui,
) -> (Analysed, usize) {
    let tag = cwd_tag();
    let scope = if all { "facts-all" } else { "facts" };
    let name = format!("{scope}-v3-{tag}.json");
    let name = name.as_str();
    // Facts without the lockset analysis's verdicts: cached apart, so they never stand in
    // for full ones.
    let partial_name = format!("{scope}-nothreads-v3-{tag}.json");
    let threads_name = format!("thread-model-v1-{tag}.json");
    let no_model = |facts| Analysed {
        facts,
        thread_model: serde_json::Value::Null,
        thread_text: String::new(),
    };
    if c.failures == 0 {
        if threads == Threads::Skip {
            if let Some(facts) = cached::<FactsDocument>(c, &partial_name) {
                return (no_model(facts), 0);
            }
        }
        if let Some(facts) = cached::<FactsDocument>(c, name) {
            if threads != Threads::Model {
                return (no_model(facts), 0);
            }
            if let Some((thread_model, thread_text)) =
                cached::<(serde_json::Value, String)>(c, &threads_name)
            {
                return (
                    Analysed {
                        facts,
                        thread_model,
                        thread_text,
                    },
                    0,
                );
            }
        }
    }
    let t0 = std::time::Instant::now();
    let (prog, failures) = program(c, ui);
    let t_program = t0.elapsed();
    ui.spinner("analysing");
    let source = LibcModels::new(models);
    // The lockset analysis is independent of the effects engine: run it alongside, on the
    // core the engine leaves idle while it waits for slow callees.
    let t1 = std::time::Instant::now();
    let want_threads = threads != Threads::Skip;
    // Each function's CFG and SSA form, built once for both analyses.
    let shapes = ffiscope_engine::shapes::Shapes::new(prog);
    let ((analysis, t_engine), (lockset, t_threads)) = rayon::join(
        || {
            // Internal functions' own facts are reported only with `all`; otherwise the
            // engine may stop them early once their summary is sure to be over size.
            let budget = Budget {
                size_exit: !all,
                ..Budget::default()
            };
            timed(|| analyze_program_sharing(prog, &source, budget, &shapes))
        },
        || {
            timed(|| {
                want_threads.then(|| {
                    ffiscope_threads::analyze_with(
                        prog,
                        models,
                        &[],
                        &ffiscope_threads::Options {
                            display_path: &display_path,
                            model: threads == Threads::Model,
                            shapes: Some(&shapes),
                        },
                    )
                })
            })
        },
    );
    let t_join = t1.elapsed();
    // Freed off the critical path, like the analysis below.
    std::thread::spawn(move || drop(shapes));
    let t2 = std::time::Instant::now();
    let lines = SourceLines::default();
    let builder = FactsBuilder {
        prog,
        keys: &analysis.keys,
        lines: &lines,
        display_path: &display_path,
        assumptions: vec![models.describe()],
    };
    let mut functions = all_facts(&builder, &analysis, all);
    let mut lockset = lockset;
    let (thread_model, thread_text) = match &mut lockset {
        Some(lockset) => {
            let engine_globals = functions
                .iter()
                .map(|f| (f.name.clone(), f.globals.clone()))
                .collect();
            ffiscope_threads::cross_check_globals(&mut lockset.functions, &engine_globals);
            merge_threads(&mut functions, lockset);
            // The model is large (tens of MB as JSON on sqlite3): built only when asked for.
            if threads == Threads::Model {
                (
                    serde_json::to_value(&lockset.model).unwrap_or_default(),
                    ffiscope_threads::render_text(&lockset.model),
                )
            } else {
                (serde_json::Value::Null, String::new())
            }
        }
        None => (serde_json::Value::Null, String::new()),
    };
    // Freeing the analysis takes a tenth of a second on sqlite3: off the critical path.
    std::thread::spawn(move || drop((analysis, lockset)));
    if timings() {
        eprintln!(
            "ffiscope: timings: load IR {t_program:.2?}, engine {t_engine:.2?} and threads {t_threads:.2?} side by side {t_join:.2?}, facts {:.2?}",
            t2.elapsed()
        );
    }
    ui.clear();
    let out = Analysed {
        facts: FactsDocument::new(functions),
        thread_model,
        thread_text,
    };
    if failures == 0 && c.failures == 0 {
        if want_threads {
            store(c, name, &out.facts, ui);
            if threads == Threads::Model {
                store(c, &threads_name, &(&out.thread_model, &out.thread_text), ui);
            }
        } else {
            store(c, &partial_name, &out.facts, ui);
        }
    }
    (out, failures)
}

/// Thread safety and globals come from the lockset analysis, which sees locks and
/// callees' accesses; the effects engine's globals stay for functions it does not cover.
fn merge_threads(functions: &mut [FunctionFacts], threads: &ffiscope_threads::ThreadReport) {
    let by_name: std::collections::HashMap<&str, &ffiscope_threads::FunctionThreads> = threads
        .functions
        .iter()
        .map(|t| (t.name.as_str(), t))
        .collect();
    for f in functions {
        if let Some(t) = by_name.get(f.name.as_str()) {
            f.thread_safety = t.thread_safety.clone();
            if !t.globals.reads.is_empty() || !t.globals.writes.is_empty() {
                f.globals = t.globals.clone();
            }
        }
    }
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, std::time::Duration) {
    let t = std::time::Instant::now();
    let out = f();
    (out, t.elapsed())
}

/// `FFISCOPE_TIMINGS=1`: phase times on stderr (for `bench/`, not for users).
pub(crate) fn timings() -> bool {
    std::env::var_os("FFISCOPE_TIMINGS").is_some_and(|v| v != "0")
}
