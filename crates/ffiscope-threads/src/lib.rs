//! Thread-safety facts for C libraries, from clang's LLVM IR: a lockset analysis in the
//! spirit of Infer's RacerD, the `thread_safety` and `globals` facts of
//! `shared/FACTS.md` for each exported function, and the library's thread model.
//!
//! # API
//!
//! ```ignore
//! let report = ffiscope_threads::analyze(&prog, ffiscope_models::Models::builtin(), &exported);
//! // or, with file names shown relative to a root:
//! let report = ffiscope_threads::analyze_with(&prog, models, &exported,
//!     &ffiscope_threads::Options { display_path: &|f| f.trim_start_matches("/src/").to_string(), model: true });
//! for f in &report.functions { /* f.name, f.thread_safety, f.globals */ }
//! println!("{}", ffiscope_threads::render_text(&report.model));
//! ```
//!
//! * [`analyze`]`(prog, models, exported: &[FuncRef]) -> `[`ThreadReport`]: `exported` are
//!   the functions to give verdicts for (the CLI passes the external definitions; an
//!   empty slice means every defined function with external linkage). Conflicts are
//!   computed among these functions: "another exported function writes it".
//! * [`ThreadReport::functions`]: per function, [`FunctionThreads`] with
//!   `ffiscope_facts::ThreadSafety` and `ffiscope_facts::Globals` as FACTS.md defines them,
//!   plus (extra, for the thread model) the parameters whose objects it writes.
//! * [`ThreadReport::model`]: [`LibraryModel`] (serde `Serialize`): global state, conflicting
//!   pairs with sites, functions safe on distinct handles; [`render_text`] prints it.
//!
//! # The analysis
//!
//! Bottom-up over call-graph SCCs (parallel per level, like the effects engine), each
//! function gets a summary ([`summary::TSummary`]): every load, store, atomic and modelled
//! library access (`memcpy` into a global) of memory reachable from a global, a
//! function-local static or a parameter, as an access path (`g.field`, `p->a->b`), with
//! the locks held there; and what the call does to its caller's lockset (locks acquired
//! at return, locks released that it did not take). Locks are the `sync` entries of the
//! models (`pthread_mutex_*`, rwlocks, spinlocks, C11 `mtx_*`, `flockfile`), named by the
//! path of the lock object, so a lock taken by a caller, or by a lock function, covers a
//! callee's access. `pthread_once`/`call_once` run their routine under the flag held
//! exclusively, and the caller holds the flag *shared* afterwards: the routine's writes
//! are ordered before every read that follows a call of `pthread_once`, but two such
//! readers that write still race.
//!
//! Calls through function pointers: a constant method table (`static const struct ops`)
//! resolves to its functions; a function-pointer argument (`z_once(&made,
//! make_crc_table)`) is applied at the call that passes it; a pointer loaded from a
//! parameter's object is the caller's callback (`strm->zalloc`, assumed thread-safe, and
//! named in `reasons`); anything else is unresolved: `maybe`, and since it may take a lock
//! (sqlite3's `sqlite3Config.mutex.xMutexEnter`), every later access only "may" race.
//! Atomic read-modify-writes, acquire loads and fences are treated the same way: code
//! after them may be ordered by hand-made synchronization (a spinlock, a once flag).
//! Functions passed to a libc function that calls them are applied there: during the
//! call with the caller's locks (`qsort`'s comparator), or with no lock held when they
//! run later, maybe on another thread (`pthread_create`, `signal`).
//!
//! Pointers: a loop-carried pointer (`for (n = g_head; n; n = n->next)`, `p++`), a merge
//! of different chains of one object and a chain longer than [`path::MAX_STEPS`] are
//! *deep* paths (everything reached from an object, [`path::DEEP`]); a merge of known
//! objects (`c ? &g_a : &g_b`) accesses each. An access through a pointer the analysis
//! cannot follow (loaded from the function's own memory, an integer cast, a call result
//! its summary does not describe, a merge of unknown objects) is never dropped: it
//! makes the verdict `maybe` (`unseen`), and so does a callee's access through an
//! argument the caller cannot follow. Pointers loaded from constant tables are followed
//! through their initializers; what a pointer stored in a thread-local points to is not
//! thread-local. The FILE of a `*_unlocked` stdio function (`race:stream`), variadic
//! pointers (`scanf`, `printf`'s `%n`) and libc's static results (`localtime`: state
//! `tmbuf`, written by the call) are accesses too.
//!
//! Verdicts: `unsafe` for a certain race (an unprotected write of shared mutable state
//! that a concurrent call of the same or another exported function reads or writes, with
//! no common lock; a static buffer returned; an MT-Unsafe libc call); `maybe` for
//! anything unseen or unpaired (unknown callees, unresolved indirect calls, which may
//! also take locks, trylock, recursive acquisition, locks held on some paths only, a lock
//! passed by the caller guarding a global, a lock chosen at run time such as
//! `&stripes[i & 3]`, a shared global loaded and then stored by two atomic operations
//! with no lock held: a lost update); `safe` otherwise. A thread-local mutex protects
//! nothing. Not races: atomic
//! instructions (when both sides are atomic), `thread_local` globals, constants and
//! globals that no function stores to, memory the function owns (stack, fresh
//! allocations), and memory reached through parameters (that is the caller's handle:
//! "safe on distinct handles") — except through a struct field that the program fills
//! with the address of a mutable global somewhere (`h->stats = &g_stats`): every handle
//! may share that global, so such accesses are unseen (`maybe`).

pub mod local;
pub mod names;
pub mod path;
pub mod summary;
mod verdict;

use std::sync::{Arc, Mutex, OnceLock, RwLock};

use ffiscope_engine::callgraph::CallGraph;
use ffiscope_engine::fieldcalls::GlobalFields;
use ffiscope_engine::keys::{KeyKind, Keys};
use ffiscope_engine::shapes::Shapes;
use ffiscope_facts::{Globals, ThreadSafety};
use ffiscope_ir::{FuncRef, Operand, Program};
use ffiscope_models::Models;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

pub use summary::TSummary;
pub use verdict::render_text;

/// Analyses a recursive cycle gets before giving up on it (every member is then marked
/// unseen, so its verdicts are `maybe`): one per member, a second for at most
/// [`SCC_SECOND_RUNS`] members, and [`SCC_RUNS_EXTRA`]. The cycles of libgit2, curl,
/// libssh2, pcre2 and sqlite3's 33-function printf cycle settle within this. sqlite3's
/// 184-function cycle needs 2.9 per member (525 analyses), with summaries of thousands of
/// accesses by then: solving it costs 1.16 s on one core; stopping at 2 per member (432)
/// cost 0.74 s, now (312) about 0.5 s. The one verdict that changes: `sqlite3_prepare`
/// goes from `unsafe` (a race on `sqlite3Config.xLog` found late) to `maybe`.
const SCC_SECOND_RUNS: usize = 64;
const SCC_RUNS_EXTRA: usize = 64;

/// Options of [`analyze_with`].
pub struct Options<'a> {
    /// How source file names appear in reasons (debug info records them as the compiler
    /// was given them).
    pub display_path: &'a (dyn Fn(&str) -> String + Sync),
    /// Build the thread model's list of conflicting pairs ([`LibraryModel::conflicts`]);
    /// without it the list is empty (the verdicts do not need it).
    pub model: bool,
    /// Functions' CFG and SSA form, shared with the effects engine running alongside
    /// (`None`: built here).
    pub shapes: Option<&'a Shapes>,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            display_path: &|s: &str| s.to_string(),
            model: true,
            shapes: None,
        }
    }
}

/// The thread facts of one exported function.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FunctionThreads {
    pub name: String,
    pub thread_safety: ThreadSafety,
    pub globals: Globals,
    /// Parameters (C names) through which it writes: state of the caller's handle.
    pub writes_params: Vec<String>,
}

/// One pair of exported functions that may race.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub a: String,
    pub b: String,
    /// The state, in source terms (`counter`, `cfg.mutex.xMutexEnter`, `libc env`).
    pub state: String,
    /// `"certain"`, or `"maybe"` when a lock may cover it.
    pub certainty: String,
    pub a_access: AccessSite,
    pub b_access: AccessSite,
    /// Why it may be protected after all (for `maybe`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccessSite {
    /// `"read"` or `"write"`.
    pub kind: String,
    /// `file:line`.
    pub at: String,
    /// The callee it happens in, when not in the function itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Locks held, in source terms; empty: none.
    pub locks: Vec<String>,
}

/// State shared between calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GlobalState {
    pub name: String,
    /// `"shared mutable"`, `"atomic"`, `"read-only"` (never written), `"constant"`,
    /// `"thread-local"`, `"libc"`.
    pub class: String,
    pub written_by: Vec<String>,
    pub read_by: Vec<String>,
    /// Locks held at every access by an exported function (empty: no common lock).
    pub common_locks: Vec<String>,
}

/// The library's thread model: what a binding author needs to choose between `Send`,
/// `Sync`, a global mutex, or none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LibraryModel {
    pub global_state: Vec<GlobalState>,
    pub conflicts: Vec<Conflict>,
    /// Functions that are safe to call concurrently as long as each thread passes its own
    /// objects (handles): no shared state races.
    pub safe_on_distinct_handles: Vec<String>,
    pub unsafe_functions: Vec<String>,
    pub maybe_functions: Vec<String>,
}

/// Everything [`analyze`] finds.
#[derive(Debug, Clone, Serialize)]
pub struct ThreadReport {
    pub functions: Vec<FunctionThreads>,
    pub model: LibraryModel,
}

/// Analyses `prog`; see the crate documentation.
pub fn analyze(prog: &Program, models: &Models, exported: &[FuncRef]) -> ThreadReport {
    analyze_with(prog, models, exported, &Options::default())
}

/// [`analyze`] with options.
pub fn analyze_with(
    prog: &Program,
    models: &Models,
    exported: &[FuncRef],
    opts: &Options<'_>,
) -> ThreadReport {
    let timing = std::env::var_os("FFISCOPE_THREADS_TIMING").is_some();
    let t = std::time::Instant::now();
    let keys = Keys::build(prog);
    let mut own_shapes = None;
    let shapes = shapes_or_own(opts, prog, &mut own_shapes);
    let opts = &Options {
        shapes: Some(shapes),
        ..*opts
    };
    let summaries = summarize(prog, &keys, models, opts);
    if timing {
        eprintln!("ffiscope-threads: summaries {:?}", t.elapsed());
    }
    let exported: Vec<FuncRef> = if exported.is_empty() {
        prog.defined_functions()
            .filter(|fr| prog.function(*fr).linkage.is_external())
            .collect()
    } else {
        exported.to_vec()
    };
    let none = |_: FuncRef| None;
    let no_fields = GlobalFields::default();
    let ctx = local::Ctx {
        prog,
        keys: &keys,
        models,
        summary_of: &none,
        display: opts.display_path,
        global_fields: &no_fields,
        shapes,
    };
    let t = std::time::Instant::now();
    let r = verdict::report(&ctx, &summaries, &exported, opts.model);
    if timing {
        eprintln!("ffiscope-threads: verdicts {:?}", t.elapsed());
    }
    r
}

/// The shared shapes of `opts`, else a cache of our own kept in `own`.
fn shapes_or_own<'s>(
    opts: &Options<'s>,
    prog: &Program,
    own: &'s mut Option<Shapes>,
) -> &'s Shapes {
    match opts.shapes {
        Some(s) => s,
        None => own.insert(Shapes::new(prog)),
    }
}

/// Summaries of every defined function, bottom-up over the call graph.
pub fn summarize(
    prog: &Program,
    keys: &Keys,
    models: &Models,
    opts: &Options<'_>,
) -> FxHashMap<FuncRef, Arc<TSummary>> {
    let cg = call_graph(prog, keys);
    let sccs = cg.sccs();
    let reads_only = |name: &str, i: usize| {
        models
            .effect(name)
            .or_else(|| models.intrinsic(name))
            .and_then(|m| m.pointer(i))
            .is_some_and(|p| p.writes == ffiscope_models::Writes::No)
    };
    let global_fields = GlobalFields::build(prog, keys, &reads_only);
    let none = |_: FuncRef| None;
    let mut own_shapes = None;
    let shapes = shapes_or_own(opts, prog, &mut own_shapes);
    let base = local::Ctx {
        prog,
        keys,
        models,
        summary_of: &none,
        display: opts.display_path,
        global_fields: &global_fields,
        shapes,
    };
    let done: Vec<OnceLock<Arc<TSummary>>> = (0..cg.funcs.len()).map(|_| OnceLock::new()).collect();
    // Each SCC as soon as its callees are done (no level barriers). Only call-graph
    // callees are looked up, and they are certain to be done, so the result does not
    // depend on timing.
    cg.for_each_scc_bottom_up(&sccs, &|ci| {
        for (fi, s) in analyze_scc(&base, &cg, &sccs[ci], &done) {
            let _ = done[fi as usize].set(Arc::new(s));
        }
    });
    cg.funcs
        .iter()
        .zip(done)
        .filter_map(|(fr, s)| Some((*fr, s.into_inner()?)))
        .collect()
}

/// `base`: the context every member's analysis shares (its `summary_of` is replaced).
fn analyze_scc(
    base: &local::Ctx<'_>,
    cg: &CallGraph,
    members: &[u32],
    done: &[OnceLock<Arc<TSummary>>],
) -> Vec<(u32, TSummary)> {
    let recursive = members.len() > 1 || cg.succs[members[0] as usize].contains(&members[0]);
    let current: RwLock<FxHashMap<u32, Arc<TSummary>>> = Default::default();
    // Only call-graph callees are certain to be done before this SCC starts (SCCs run as
    // soon as their callees finish); any other function's summary might or might not be
    // ready, and using it would make the result depend on timing.
    let callees: rustc_hash::FxHashSet<u32> = members
        .iter()
        .flat_map(|&m| cg.succs[m as usize].iter().copied())
        .collect();
    let lookup = |fr: FuncRef| -> Option<Arc<TSummary>> {
        let i = *cg.index.get(&fr)?;
        if !callees.contains(&i) {
            return None;
        }
        if let Some(s) = done[i as usize].get() {
            return Some(s.clone());
        }
        current.read().ok()?.get(&i).cloned()
    };
    let member_set: FxHashSet<u32> = members.iter().copied().collect();
    // One member's analysis, reading the summaries in `current` now; also returns which
    // members' summaries it read.
    let analyse = |fi: u32| -> (TSummary, FxHashSet<u32>) {
        let used: Mutex<FxHashSet<u32>> = Default::default();
        let recording = |fr: FuncRef| -> Option<Arc<TSummary>> {
            if let (Some(i), Ok(mut u)) = (cg.index.get(&fr), used.lock()) {
                if member_set.contains(i) {
                    u.insert(*i);
                }
            }
            lookup(fr)
        };
        let ctx = local::Ctx {
            summary_of: &recording,
            ..*base
        };
        let s = local::analyze(&ctx, cg.funcs[fi as usize]);
        (s, used.into_inner().unwrap_or_default())
    };
    if !recursive {
        return members.iter().map(|&fi| (fi, analyse(fi).0)).collect();
    }
    // A worklist, callees first, each analysis reading the latest summaries: facts cross
    // a chain of calls in one sweep instead of one call per round, and a member runs
    // again only when a summary it read changed. (Rounds in which every member read the
    // previous round's summaries needed 21 rounds on sqlite3's 184-function cycle.)
    let order = callees_first(cg, members, &member_set);
    let pos: FxHashMap<u32, usize> = order.iter().enumerate().map(|(i, f)| (*f, i)).collect();
    let mut readers: FxHashMap<u32, FxHashSet<u32>> = FxHashMap::default();
    let mut latest: FxHashMap<u32, TSummary> = FxHashMap::default();
    // Sweeps in that order: a member re-dirtied by a later one waits for the next sweep,
    // so every member has run before any runs again (re-running the first members first
    // starved 89 of sqlite3's 184 of their first run until the budget was spent).
    let mut dirty: std::collections::BTreeSet<(usize, u32)> =
        order.iter().enumerate().map(|(i, f)| (i, *f)).collect();
    let mut next_sweep: std::collections::BTreeSet<(usize, u32)> = Default::default();
    let budget = members.len() + members.len().min(SCC_SECOND_RUNS) + SCC_RUNS_EXTRA;
    let started = std::time::Instant::now();
    let mut runs = 0;
    let mut gave_up = false;
    loop {
        let Some((at, fi)) = dirty.pop_first() else {
            if next_sweep.is_empty() {
                break;
            }
            std::mem::swap(&mut dirty, &mut next_sweep);
            continue;
        };
        // Out of budget, only members that never ran still run: each needs a summary to
        // mark (one without would look to its callers like a function that does nothing).
        if runs >= budget && latest.contains_key(&fi) {
            gave_up = true;
            continue;
        }
        runs += 1;
        let (s, used) = analyse(fi);
        for u in used {
            readers.entry(u).or_default().insert(fi);
        }
        let changed = match current.write() {
            Ok(mut cur) if cur.get(&fi).map(|c| **c != s).unwrap_or(true) => {
                cur.insert(fi, Arc::new(s.clone()));
                true
            }
            _ => false,
        };
        if changed {
            for r in readers.get(&fi).into_iter().flatten() {
                let sweep = if pos[r] > at {
                    &mut dirty
                } else {
                    &mut next_sweep
                };
                sweep.insert((pos[r], *r));
            }
        }
        latest.insert(fi, s);
    }
    if gave_up {
        for s in latest.values_mut() {
            s.unseen
                .insert("recursion: the thread summaries did not stabilise".into());
        }
    }
    if std::env::var_os("FFISCOPE_THREADS_TIMING").is_some() && (members.len() > 20 || gave_up) {
        eprintln!(
            "ffiscope-threads: a cycle of {} functions took {runs} analyses ({:?}){}",
            members.len(),
            started.elapsed(),
            if gave_up { " and did not settle" } else { "" }
        );
    }
    members
        .iter()
        .filter_map(|fi| Some((*fi, latest.remove(fi)?)))
        .collect()
}

/// The members of a cycle in DFS post-order over its own call edges (callees before
/// their callers where the cycle allows).
fn callees_first(cg: &CallGraph, members: &[u32], member_set: &FxHashSet<u32>) -> Vec<u32> {
    let mut seen: FxHashSet<u32> = FxHashSet::default();
    let mut order = Vec::with_capacity(members.len());
    for &root in members {
        if !seen.insert(root) {
            continue;
        }
        let mut stack: Vec<(u32, usize)> = vec![(root, 0)];
        while let Some((f, next)) = stack.last_mut() {
            let succs = &cg.succs[*f as usize];
            if let Some(&c) = succs.get(*next) {
                *next += 1;
                if member_set.contains(&c) && seen.insert(c) {
                    stack.push((c, 0));
                }
            } else {
                order.push(*f);
                stack.pop();
            }
        }
    }
    order
}

/// The call graph, with edges also to the functions in constant tables a function
/// mentions (a call through `methods->xRead` of a `static const` table resolves to them).
fn call_graph(prog: &Program, keys: &Keys) -> CallGraph {
    let funcs: Vec<FuncRef> = prog.defined_functions().collect();
    let index: FxHashMap<FuncRef, u32> = funcs
        .iter()
        .enumerate()
        .map(|(i, f)| (*f, i as u32))
        .collect();
    // Functions named in each constant global's initializer, by key.
    let mut table_fns: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (mi, m) in prog.modules.iter().enumerate() {
        for g in &m.globals {
            if !g.is_constant {
                continue;
            }
            let (Some(init), Some(sym)) = (&g.init, m.lookup(&g.name)) else {
                continue;
            };
            let key = keys.of_sym(mi as u32, sym);
            let mut syms = Vec::new();
            init.symbols(&mut syms);
            let v: Vec<u32> = syms
                .into_iter()
                .filter_map(|s| match keys.kinds[keys.of_sym(mi as u32, s) as usize] {
                    KeyKind::Func(Some(t)) => index.get(&t).copied(),
                    _ => None,
                })
                .collect();
            if !v.is_empty() {
                table_fns.entry(key).or_default().extend(v);
            }
        }
    }
    let mut succs = vec![Vec::new(); funcs.len()];
    for (i, fr) in funcs.iter().enumerate() {
        let f = prog.function(*fr);
        let mut add = |sym: ffiscope_ir::SymId| {
            let key = keys.of_sym(fr.module, sym);
            match &keys.kinds[key as usize] {
                KeyKind::Func(Some(t)) => {
                    if let Some(&ti) = index.get(t) {
                        succs[i].push(ti);
                    }
                }
                KeyKind::Var { .. } => {
                    if let Some(v) = table_fns.get(&key) {
                        succs[i].extend_from_slice(v);
                    }
                }
                _ => {}
            }
        };
        for b in &f.blocks {
            for inst in &b.insts {
                ffiscope_engine::ssa::for_each_operand(&inst.kind, |op| match op {
                    Operand::Global(s) => add(*s),
                    Operand::Const(c) => {
                        let mut syms = Vec::new();
                        c.symbols(&mut syms);
                        syms.into_iter().for_each(&mut add);
                    }
                    _ => {}
                });
            }
        }
        succs[i].sort_unstable();
        succs[i].dedup();
    }
    CallGraph {
        funcs,
        index,
        succs,
        field_calls: Default::default(),
    }
}

/// Cross-checks `safe` verdicts against the effects engine's points-to view of globals
/// (`engine_globals`: per function name, what the engine found it reads and writes). A
/// global some function writes through a pointer this analysis does not follow (the
/// engine sees it, this analysis does not) cannot be called read-only: a `safe` reader
/// of it becomes `maybe` (its writers already are: their write is an unseen access).
pub fn cross_check_globals(
    functions: &mut [FunctionThreads],
    engine_globals: &std::collections::HashMap<String, Globals>,
) {
    use std::collections::BTreeSet;
    let lockset_written: BTreeSet<&str> = functions
        .iter()
        .flat_map(|f| f.globals.writes.iter().map(String::as_str))
        .collect();
    // Only globals this analysis sees read as data (a lock object passed to
    // `pthread_mutex_lock` is "written" for the engine, and is no data race).
    let lockset_read: BTreeSet<&str> = functions
        .iter()
        .flat_map(|f| f.globals.reads.iter().map(String::as_str))
        .collect();
    let unseen: BTreeSet<String> = engine_globals
        .values()
        .flat_map(|g| g.writes.iter())
        .filter(|g| !lockset_written.contains(g.as_str()) && lockset_read.contains(g.as_str()))
        .cloned()
        .collect();
    if unseen.is_empty() {
        return;
    }
    for f in functions.iter_mut() {
        if f.thread_safety.verdict != ffiscope_facts::ThreadVerdict::Safe {
            continue;
        }
        let touched = f.globals.reads.iter().find(|g| unseen.contains(*g));
        if let Some(g) = touched {
            f.thread_safety.verdict = ffiscope_facts::ThreadVerdict::Maybe;
            f.thread_safety.reasons.insert(
                0,
                format!(
                    "`{g}` is written through a pointer the lock analysis does not follow (the points-to analysis sees the write): it may race"
                ),
            );
        }
    }
}

#[cfg(test)]
mod cross_check_tests {
    use super::*;
    use ffiscope_facts::ThreadVerdict;

    fn func(name: &str, reads: &[&str], writes: &[&str]) -> FunctionThreads {
        FunctionThreads {
            name: name.into(),
            thread_safety: ThreadSafety {
                verdict: ThreadVerdict::Safe,
                reasons: vec![],
            },
            globals: Globals {
                reads: reads.iter().map(|s| s.to_string()).collect(),
                writes: writes.iter().map(|s| s.to_string()).collect(),
            },
            writes_params: vec![],
        }
    }

    #[test]
    fn a_reader_of_a_global_written_out_of_sight_is_maybe() {
        // `w` writes `g` through `holder[0]` (points-to sees it, the lock analysis does
        // not); `lock_user` passes `mu` to pthread_mutex_lock (the engine says "written").
        let mut fs = vec![
            func("r", &["g"], &[]),
            func("w", &[], &[]),
            func("lock_user", &[], &[]),
            func("other", &["h"], &[]),
        ];
        let engine: std::collections::HashMap<String, Globals> = [
            ("w", vec!["g"]),
            ("lock_user", vec!["mu"]),
            ("r", vec![]),
            ("other", vec![]),
        ]
        .into_iter()
        .map(|(n, w)| {
            (
                n.to_string(),
                Globals {
                    reads: vec![],
                    writes: w.into_iter().map(String::from).collect(),
                },
            )
        })
        .collect();
        cross_check_globals(&mut fs, &engine);
        let verdict = |n: &str| {
            fs.iter()
                .find(|f| f.name == n)
                .unwrap()
                .thread_safety
                .verdict
        };
        assert_eq!(verdict("r"), ThreadVerdict::Maybe);
        assert_eq!(verdict("lock_user"), ThreadVerdict::Safe);
        assert_eq!(verdict("other"), ThreadVerdict::Safe);
    }
}
