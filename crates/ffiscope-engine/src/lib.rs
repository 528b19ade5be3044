//! ffiscope's effects engine: per-function summaries computed bottom-up over the call
//! graph's strongly connected components, turned into the facts of `shared/FACTS.md`.
//!
//! Architecture invariants:
//! * The engine always returns verdicts: budgets and unsupported constructs give `maybe`
//!   with a reason, never a panic or a hang.
//! * A `no` is only produced from a complete view of the code that could do it; anything
//!   unseen (unknown callee, unresolved indirect call, inline asm, int-to-ptr) is a `maybe`.
//! * Summaries are plain data ([`summary::Summary`]) and depend only on the function and
//!   its callees' summaries, so they can be computed in parallel and cached.

// The solver's state maps are nested by design, and `entry` would hold a borrow of `self`
// across the calls that compute the value; the nested `if` in nullck reads as the rule it is.
#![allow(clippy::type_complexity, clippy::map_entry, clippy::collapsible_match)]

pub mod adapter;
pub mod callgraph;
pub mod cfg;
pub mod cond;
pub mod ext;
pub mod extract;
pub mod facts;
pub mod fieldcalls;
pub mod func;
pub mod intaddr;
pub mod keys;
pub mod nullck;
pub mod shapes;
pub mod ssa;
pub mod summary;

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock};

use ffiscope_ir::{FuncRef, Program};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

pub use adapter::LibcModels;
pub use ext::{ExtModel, ModelSource, NoModels};
pub use func::{Budget, FnOut};
pub use keys::Keys;
pub use summary::Summary;

/// Results for every defined function of a program.
pub struct Analysis {
    pub keys: Keys,
    pub results: FxHashMap<FuncRef, FnOut>,
}

/// How many times a recursive cycle is re-analysed before giving up on it.
const MAX_SCC_ROUNDS: usize = 20;

/// From this round on, a member whose summary still changes is widened to the summary that
/// claims nothing (and stays there), so slowly growing cycles settle before
/// [`MAX_SCC_ROUNDS`] instead of degrading every member.
const WIDEN_SCC_ROUND: usize = 16;

/// Analyses every defined function, bottom-up, in parallel across independent SCCs.
///
/// Scheduling is by dependency count, not by level: an SCC starts as soon as every SCC it
/// calls is done, so one slow function delays only its callers (level-by-level waves left
/// one core idle behind each slow function of sqlite3).
pub fn analyze_program(prog: &Program, models: &dyn ModelSource, budget: Budget) -> Analysis {
    analyze_program_sharing(prog, models, budget, &shapes::Shapes::new(prog))
}

/// [`analyze_program`] with functions' CFG and SSA form shared with another analysis of
/// the same program running alongside (the thread analysis).
pub fn analyze_program_sharing(
    prog: &Program,
    models: &dyn ModelSource,
    budget: Budget,
    shapes: &shapes::Shapes,
) -> Analysis {
    let t0 = std::time::Instant::now();
    let keys = Keys::build(prog);
    let cg = callgraph::CallGraph::build(prog, &keys);
    let sccs = cg.sccs();
    if trace() {
        let mut sizes: Vec<usize> = sccs.iter().map(Vec::len).filter(|n| *n > 1).collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        eprintln!(
            "ffiscope-engine: {} SCCs, cycles by size {:?}",
            sccs.len(),
            &sizes[..sizes.len().min(20)]
        );
    }
    let reach = callgraph::GlobalReach::build(prog, &keys, &cg);
    let t_graph = t0.elapsed();
    let sched = Sched {
        prog,
        keys: &keys,
        models,
        budget,
        cg: &cg,
        reach: &reach,
        shapes,
        done: (0..cg.funcs.len()).map(|_| OnceLock::new()).collect(),
        outs: Mutex::new(Vec::new()),
    };
    cg.for_each_scc_bottom_up(&sccs, &|ci| sched.run(&sccs[ci]));
    if trace() {
        eprintln!(
            "ffiscope-engine: call graph and global reach {t_graph:?}, summaries {:?}",
            t0.elapsed() - t_graph
        );
    }
    let outs = sched.outs.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut results: FxHashMap<FuncRef, FnOut> = FxHashMap::default();
    for (fi, out) in outs {
        results.insert(cg.funcs[fi as usize], out);
    }
    Analysis { keys, results }
}

/// Shared state of the bottom-up schedule.
struct Sched<'a> {
    prog: &'a Program,
    keys: &'a Keys,
    models: &'a dyn ModelSource,
    budget: Budget,
    cg: &'a callgraph::CallGraph,
    reach: &'a callgraph::GlobalReach,
    shapes: &'a shapes::Shapes,
    done: Vec<OnceLock<Arc<Summary>>>,
    outs: Mutex<Vec<(u32, FnOut)>>,
}

impl Sched<'_> {
    fn run(&self, members: &[u32]) {
        let scc_out = analyze_scc(self, members);
        for (fi, out) in &scc_out {
            let _ = self.done[*fi as usize].set(Arc::new(out.summary.clone()));
        }
        if let Ok(mut outs) = self.outs.lock() {
            outs.extend(scc_out);
        }
    }
}

/// Equal but for evidence and reasons: evidence chains grow by one call per round of a recursive
/// cycle and never affect a verdict, so they must not keep the fixpoint from closing.
fn same_facts(a: &Summary, b: &Summary) -> bool {
    fn strip(s: &Summary) -> Summary {
        let mut s = s.clone();
        s.edges.iter_mut().for_each(|e| e.ev.clear());
        for l in [
            &mut s.reads,
            &mut s.writes,
            &mut s.frees,
            &mut s.thread,
            &mut s.calls,
            &mut s.maybe_frees,
            &mut s.maybe_writes,
            &mut s.maybe_reads,
        ] {
            l.iter_mut().for_each(|e| e.ev.clear());
        }
        s.unknown.iter_mut().for_each(|u| u.ev.clear());
        s.unknown_globals
            .iter_mut()
            .for_each(|(_, why)| why.clear());
        // Reasons nest a callee's name per round (`f`: `f`: ...), like evidence.
        s.reasons.clear();
        s
    }
    strip(a) == strip(b)
}

/// A degraded function's summary names the globals it may use: as handed to unknown code
/// and, when its analysis stopped (so it saw none of them), as read and written.
fn claim_globals(out: &mut FnOut, globals: &[u32], keys: &Keys, function: &str) {
    func::add_global_uses(&mut out.summary, globals, keys, function);
    if out.stopped.is_some() {
        union_into(&mut out.summary.globals_read, globals);
        union_into(&mut out.summary.globals_written, globals);
    }
}

/// `into` ∪= `from`, both sorted.
fn union_into(into: &mut Vec<u32>, from: &[u32]) {
    if from.iter().all(|k| into.binary_search(k).is_ok()) {
        return;
    }
    into.extend_from_slice(from);
    into.sort_unstable();
    into.dedup();
}

/// Which parts of a recursive member's summary changed in a round (for tracing).
fn changed_parts(a: &Summary, b: &Summary) -> String {
    fn parts(s: &Summary) -> Vec<(&'static str, String)> {
        let paths =
            |v: &[summary::Effect]| format!("{:?}", v.iter().map(|e| &e.obj).collect::<Vec<_>>());
        vec![
            (
                "edges",
                format!(
                    "{:?}",
                    s.edges
                        .iter()
                        .map(|e| (&e.cell, &e.val, &e.cond))
                        .collect::<Vec<_>>()
                ),
            ),
            ("reads", paths(&s.reads)),
            ("writes", paths(&s.writes)),
            ("frees", paths(&s.frees)),
            ("maybe_frees", paths(&s.maybe_frees)),
            ("maybe_writes", paths(&s.maybe_writes)),
            ("maybe_reads", paths(&s.maybe_reads)),
            ("thread", paths(&s.thread)),
            ("calls", paths(&s.calls)),
            (
                "unknown",
                format!(
                    "{:?}",
                    s.unknown
                        .iter()
                        .map(|u| (&u.obj, &u.reason))
                        .collect::<Vec<_>>()
                ),
            ),
            ("ret", format!("{:?}", s.ret)),
            ("fresh_dealloc", format!("{:?}", s.fresh_dealloc)),
            ("null_ok", format!("{:?}", s.null_ok)),
            ("globals_read", format!("{:?}", s.globals_read)),
            ("globals_written", format!("{:?}", s.globals_written)),
            ("unknown_globals", format!("{:?}", s.unknown_globals)),
            ("noreturn", format!("{:?}", s.noreturn)),
            ("compared", format!("{:?}", s.compared)),
            ("null_checked", format!("{:?}", s.null_checked)),
            ("null_aborts", format!("{:?}", s.null_aborts)),
            ("assumptions", format!("{:?}", s.assumptions)),
        ]
    }
    parts(a)
        .into_iter()
        .zip(parts(b))
        .filter(|((_, x), (_, y))| x != y)
        .map(|((name, x), (_, y))| format!("{name}: {x} -> {y}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `FFISCOPE_TRACE=1` prints each function's analysis time to stderr.
fn trace() -> bool {
    static T: OnceLock<bool> = OnceLock::new();
    *T.get_or_init(|| std::env::var_os("FFISCOPE_TRACE").is_some_and(|v| v != "0"))
}

fn analyze_scc(sched: &Sched<'_>, members: &[u32]) -> Vec<(u32, FnOut)> {
    let Sched {
        prog,
        keys,
        models,
        budget,
        cg,
        reach,
        shapes,
        ref done,
        ..
    } = *sched;
    let recursive = members.len() > 1 || cg.succs[members[0] as usize].contains(&members[0]);
    let current: std::sync::RwLock<FxHashMap<u32, Arc<Summary>>> = Default::default();
    // Only callees in the call graph are certain to be done before this SCC starts; another
    // function found through points-to (a pointer in a writable global) may be running on
    // another thread, and using its summary only when it happens to be ready would make
    // the result depend on timing.
    let callees: rustc_hash::FxHashSet<u32> = members
        .iter()
        .flat_map(|&m| cg.succs[m as usize].iter().copied())
        .collect();
    let lookup = |fr: FuncRef| -> Option<Arc<Summary>> {
        let i = *cg.index.get(&fr)?;
        if !callees.contains(&i) {
            return None;
        }
        if let Some(s) = done[i as usize].get() {
            return Some(s.clone());
        }
        current.read().ok()?.get(&i).cloned()
    };
    let ctx = func::Ctx {
        prog,
        keys,
        models,
        summary_of: &lookup,
        budget,
        pointer_call_globals: reach.via_pointers(cg),
        external_call_globals: &reach.exported,
        field_calls: &cg.field_calls,
        shapes,
        coarse_at_once: false,
    };
    if recursive {
        // Least fixpoint: start from summaries that do nothing and grow.
        if let Ok(mut cur) = current.write() {
            for &fi in members {
                cur.insert(fi, Arc::new(Summary::default()));
            }
        }
    }
    // Each member's latest output, and the members whose summaries it read.
    let mut latest: FxHashMap<u32, FnOut> = FxHashMap::default();
    let mut deps: FxHashMap<u32, FxHashSet<u32>> = FxHashMap::default();
    // Gauss-Seidel over the cycle: members run level by level, callees first, each level
    // reading the summaries the levels before it just computed, so most of what a round
    // learns reaches the callers in that same round (running all members against the last
    // round's summaries took a round per call-chain step). A level's members run in
    // parallel; batches are numbered, and a member runs again only when a summary it read
    // changed in or after the batch it last ran in.
    let levels: Vec<Vec<u32>> = if recursive {
        cg.levels_within(members)
    } else {
        vec![members.to_vec()]
    };
    let mut ran_in: FxHashMap<u32, usize> = FxHashMap::default();
    let mut changed_in: FxHashMap<u32, usize> = FxHashMap::default();
    let mut batch = 0usize;
    let mut complete = true;
    let member_set: FxHashSet<u32> = members.iter().copied().collect();
    let in_member_order = |mut latest: FxHashMap<u32, FnOut>| -> Vec<(u32, FnOut)> {
        members
            .iter()
            .filter_map(|fi| Some((*fi, latest.remove(fi)?)))
            .collect()
    };
    let start = std::time::Instant::now();
    // Every degraded summary of a member names the globals that member may use.
    let claim = |fi: u32, out: &mut FnOut| {
        let name = &prog.function(cg.funcs[fi as usize]).name;
        claim_globals(out, &reach.of(cg, fi), keys, name);
    };
    let stopped = |fi: u32, reason: String| -> FnOut {
        let mut out = func::over_budget(prog.function(cg.funcs[fi as usize]), reason);
        claim(fi, &mut out);
        out
    };
    let degrade_all = |reason: &str| -> Vec<(u32, FnOut)> {
        members
            .iter()
            .map(|&fi| (fi, stopped(fi, reason.to_string())))
            .collect()
    };
    let scc_work = std::sync::atomic::AtomicU64::new(0);
    let work_so_far = || scc_work.load(Ordering::Relaxed);
    // Members that stopped at their own budget keep their degraded summary (it claims
    // nothing, the top of the lattice) instead of being re-analysed every round.
    let mut frozen: FxHashMap<u32, String> = FxHashMap::default();
    // Likewise a summary degraded for size stays degraded: otherwise callers shrink, the
    // member shrinks under its limit, callers grow, and the cycle never settles.
    let mut sticky: FxHashMap<u32, Arc<Summary>> = FxHashMap::default();
    // Members whose precise solution ran out of budget: later rounds, whose callee
    // summaries are only bigger, go straight to the coarse one.
    let mut went_coarse: FxHashSet<u32> = FxHashSet::default();
    for round in 0..MAX_SCC_ROUNDS {
        if recursive && work_so_far() > budget.max_scc_work {
            return degrade_all(&format!(
                "a recursive cycle of {} functions was not solved within its size budget of {} points-to insertions",
                members.len(),
                budget.max_scc_work
            ));
        }
        if recursive && start.elapsed().as_millis() as u64 > budget.max_scc_millis {
            return degrade_all(&format!(
                "a recursive cycle of {} functions was not solved within its time budget of {} ms",
                members.len(),
                budget.max_scc_millis
            ));
        }
        let over = || {
            recursive
                && (work_so_far() > budget.max_scc_work
                    || start.elapsed().as_millis() as u64 > budget.max_scc_millis)
        };
        let mut changed_any = false;
        for level in &levels {
            // With the same inputs a member would compute the same output (most of a big
            // cycle's members settle rounds before the cycle does).
            let to_run: Vec<u32> = level
                .iter()
                .copied()
                .filter(|fi| match (ran_in.get(fi), deps.get(fi)) {
                    (Some(&ran), Some(used)) => used
                        .iter()
                        .any(|u| changed_in.get(u).is_some_and(|&c| c >= ran)),
                    _ => true,
                })
                .collect();
            if to_run.is_empty() {
                continue;
            }
            // Members of one level are independent (each reads the summaries of the batches
            // before), so they run on all cores; the order of `outs` stays fixed.
            let analyse_member = |fi: u32| -> Option<(u32, FnOut, FxHashSet<u32>)> {
                if over() {
                    return None;
                }
                Some({
                    if let Some(reason) = frozen.get(&fi) {
                        // Stays stopped whatever the others do: it never needs to run again.
                        return Some((fi, stopped(fi, reason.clone()), FxHashSet::default()));
                    }
                    let t0 = std::time::Instant::now();
                    if trace() {
                        let f = prog.function(cg.funcs[fi as usize]);
                        eprintln!("ffiscope-engine: start {} round {round}", f.name);
                    }
                    // Which members' summaries this analysis read: it need not run again until
                    // one of them changes.
                    let used: std::sync::Mutex<FxHashSet<u32>> = Default::default();
                    let lookup_recording = |fr: FuncRef| -> Option<Arc<Summary>> {
                        // Recorded even when not there yet: it will be once that member has run.
                        let member = cg.index.get(&fr).filter(|i| member_set.contains(i));
                        if let (Some(&i), Ok(mut u)) = (member, used.lock()) {
                            u.insert(i);
                        }
                        lookup(fr)
                    };
                    let member_ctx = func::Ctx {
                        summary_of: &lookup_recording,
                        coarse_at_once: went_coarse.contains(&fi),
                        ..ctx
                    };
                    let mut out = func::analyze(&member_ctx, cg.funcs[fi as usize]);
                    let used = used.into_inner().unwrap_or_default();
                    if out.summary_degraded {
                        claim(fi, &mut out);
                    }
                    scc_work.fetch_add(out.work, Ordering::Relaxed);
                    if trace() {
                        let f = prog.function(cg.funcs[fi as usize]);
                        let s = &out.summary;
                        eprintln!(
                        "ffiscope-engine: {} round {round}: {:?} work {} (summary: {} edges, {} reads, {} writes, {} unknown) stopped {:?} degraded {}",
                        f.name,
                        t0.elapsed(),
                        out.work,
                        s.edges.len(),
                        s.reads.len(),
                        s.writes.len(),
                        s.unknown.len(),
                        out.stopped,
                        out.summary_degraded
                    );
                    }
                    (fi, out, used)
                })
            };
            batch += 1;
            let analysed: Vec<Option<(u32, FnOut, FxHashSet<u32>)>> = if to_run.len() > 1 {
                to_run.par_iter().map(|&fi| analyse_member(fi)).collect()
            } else {
                to_run.iter().map(|&fi| analyse_member(fi)).collect()
            };
            // A member skipped for the budget leaves the round partial: the check at the
            // top of the loop then degrades the cycle, whichever members happened to run.
            complete = analysed.iter().all(Option::is_some);
            let mut outs: Vec<(u32, FnOut)> = Vec::with_capacity(analysed.len());
            for (fi, out, used) in analysed.into_iter().flatten() {
                if out.went_coarse {
                    went_coarse.insert(fi);
                }
                deps.insert(fi, used);
                ran_in.insert(fi, batch);
                outs.push((fi, out));
            }
            if !recursive {
                return outs;
            }
            for (fi, out) in &mut outs {
                if let Some(reason) = &out.stopped {
                    frozen.entry(*fi).or_insert_with(|| reason.clone());
                }
                if out.summary_degraded {
                    sticky
                        .entry(*fi)
                        .or_insert_with(|| Arc::new(out.summary.clone()));
                }
                if let Some(s) = sticky.get(fi) {
                    out.summary = keep_this_rounds_facts((**s).clone(), &out.summary);
                }
            }
            if !complete {
                latest.extend(outs);
                break;
            }
            if let Ok(mut cur) = current.write() {
                for (fi, out) in &mut outs {
                    // Globals only grow towards the fixpoint; a member analysed against a
                    // callee's degraded summary one round and its precise one the next
                    // would otherwise flip between the two sets forever. (Joining whole
                    // summaries the same way made sqlite3's printf cycle grow past its
                    // budget: fresh ids are numbered per round, so unions multiplied them.)
                    if let Some(old) = cur.get(fi) {
                        union_into(&mut out.summary.globals_read, &old.globals_read);
                        union_into(&mut out.summary.globals_written, &old.globals_written);
                        // Likewise the comparisons callers evaluate: capped to the least
                        // pairs, they could swap one pair for another every round.
                        extract::union_compared(&mut out.summary.compared, &old.compared);
                    }
                    let new = Arc::new(out.summary.clone());
                    if cur.get(fi).map(|s| !same_facts(s, &new)).unwrap_or(true) {
                        if trace() {
                            if let Some(old) = cur.get(fi) {
                                eprintln!(
                                    "ffiscope-engine: {} round {round} changed: {}",
                                    prog.function(cg.funcs[*fi as usize]).name,
                                    changed_parts(old, &new)
                                );
                            }
                        }
                        changed_in.insert(*fi, batch);
                        changed_any = true;
                        let new = if round >= WIDEN_SCC_ROUND {
                            let mut widened = func::degraded_summary(
                                prog.function(cg.funcs[*fi as usize]),
                                format!("recursion: summary still growing after {WIDEN_SCC_ROUND} rounds, widened to claim nothing"),
                            );
                            func::add_global_uses(
                                &mut widened,
                                &reach.of(cg, *fi),
                                keys,
                                &prog.function(cg.funcs[*fi as usize]).name,
                            );
                            sticky.insert(*fi, Arc::new(widened.clone()));
                            out.summary = keep_this_rounds_facts(widened, &out.summary);
                            Arc::new(out.summary.clone())
                        } else {
                            new
                        };
                        cur.insert(*fi, new);
                    }
                }
            }
            latest.extend(outs);
        }
        if !complete {
            continue; // the budget check at the top of the loop degrades the cycle
        }
        if !changed_any {
            return in_member_order(latest);
        }
        if round + 1 == MAX_SCC_ROUNDS {
            return degrade_all(&format!(
                "recursion: summaries did not stabilise in {MAX_SCC_ROUNDS} rounds"
            ));
        }
    }
    if recursive && !complete {
        // The budget ran out during the last round: what was computed is not a fixpoint.
        return degrade_all(&format!(
            "a recursive cycle of {} functions was not solved within its budget",
            members.len()
        ));
    }
    in_member_order(latest)
}

/// A degraded (claims-nothing) summary with this round's NULL handling, globals and
/// noreturn: those are not about pointer effects, and a copy frozen in an early round
/// (computed against other members' still-empty summaries) would be stale.
fn keep_this_rounds_facts(mut degraded: Summary, now: &Summary) -> Summary {
    degraded.null_ok = now.null_ok.clone();
    degraded.null_checked = now.null_checked.clone();
    degraded.null_aborts = now.null_aborts.clone();
    degraded.globals_read = now.globals_read.clone();
    degraded.globals_written = now.globals_written.clone();
    degraded.noreturn = now.noreturn;
    degraded
}
