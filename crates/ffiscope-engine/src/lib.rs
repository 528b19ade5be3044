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

pub mod adapter;
pub mod callgraph;
pub mod cfg;
pub mod ext;
pub mod extract;
pub mod facts;
pub mod func;
pub mod keys;
pub mod nullck;
pub mod ssa;
pub mod summary;

use std::sync::{Arc, OnceLock};

use ffiscope_ir::{FuncRef, Program};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

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
const MAX_SCC_ROUNDS: usize = 8;

/// Analyses every defined function, bottom-up, in parallel across independent SCCs.
pub fn analyze_program(prog: &Program, models: &dyn ModelSource, budget: Budget) -> Analysis {
    let keys = Keys::build(prog);
    let cg = callgraph::CallGraph::build(prog, &keys);
    let sccs = cg.sccs();
    let levels = cg.levels(&sccs);
    let done: Vec<OnceLock<Arc<Summary>>> = (0..cg.funcs.len()).map(|_| OnceLock::new()).collect();
    let mut results: FxHashMap<FuncRef, FnOut> = FxHashMap::default();
    for level in &levels {
        let outs: Vec<Vec<(u32, FnOut)>> = level
            .par_iter()
            .map(|&ci| analyze_scc(prog, &keys, models, budget, &cg, &sccs[ci], &done))
            .collect();
        for scc_out in outs {
            for (fi, out) in scc_out {
                let _ = done[fi as usize].set(Arc::new(out.summary.clone()));
                results.insert(cg.funcs[fi as usize], out);
            }
        }
    }
    Analysis { keys, results }
}

fn analyze_scc(
    prog: &Program,
    keys: &Keys,
    models: &dyn ModelSource,
    budget: Budget,
    cg: &callgraph::CallGraph,
    members: &[u32],
    done: &[OnceLock<Arc<Summary>>],
) -> Vec<(u32, FnOut)> {
    let recursive = members.len() > 1 || cg.succs[members[0] as usize].contains(&members[0]);
    let current: std::sync::RwLock<FxHashMap<u32, Arc<Summary>>> = Default::default();
    let lookup = |fr: FuncRef| -> Option<Arc<Summary>> {
        let i = *cg.index.get(&fr)?;
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
    };
    if recursive {
        // Least fixpoint: start from summaries that do nothing and grow.
        if let Ok(mut cur) = current.write() {
            for &fi in members {
                cur.insert(fi, Arc::new(Summary::default()));
            }
        }
    }
    let mut outs: Vec<(u32, FnOut)> = Vec::new();
    for round in 0..MAX_SCC_ROUNDS {
        outs = members
            .iter()
            .map(|&fi| (fi, func::analyze(&ctx, cg.funcs[fi as usize])))
            .collect();
        if !recursive {
            return outs;
        }
        let mut changed = false;
        if let Ok(mut cur) = current.write() {
            for (fi, out) in &outs {
                let new = Arc::new(out.summary.clone());
                if cur.get(fi).map(|s| **s != *new).unwrap_or(true) {
                    changed = true;
                    cur.insert(*fi, new);
                }
            }
        }
        if !changed {
            return outs;
        }
        if round + 1 == MAX_SCC_ROUNDS {
            let reason = "recursion: summaries did not stabilise".to_string();
            for (_, out) in outs.iter_mut() {
                out.summary.reasons.push(reason.clone());
                for p in out.params.iter_mut() {
                    if p.retained == ffiscope_facts::Verdict::No {
                        p.retained = ffiscope_facts::Verdict::Maybe;
                        p.reasons.push(reason.clone());
                    }
                }
            }
        }
    }
    outs
}
