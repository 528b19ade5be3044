//! Call graph, strongly connected components (Tarjan, iterative) and a bottom-up schedule
//! of independent levels that can run in parallel.

use ffiscope_ir::{Constant, FuncRef, InstKind, Operand, Program};
use rustc_hash::FxHashMap;

use crate::keys::{KeyKind, Keys};

pub struct CallGraph {
    pub funcs: Vec<FuncRef>,
    pub index: FxHashMap<FuncRef, u32>,
    pub succs: Vec<Vec<u32>>,
}

/// The function a key names, or the functions a constant global's initializer names
/// (a `static const` table of function pointers is a call through it waiting to happen):
/// such calls resolve through the initializer, so the callee must be summarised first.
fn funcs_named_by(prog: &Program, keys: &Keys, key: u32, depth: u32, out: &mut Vec<FuncRef>) {
    match keys.kinds[key as usize] {
        KeyKind::Func(Some(t)) => out.push(t),
        KeyKind::Var {
            def: Some((dm, dg)),
            constant: true,
            ..
        } if depth < 4 => {
            let m = prog.module(dm);
            if let Some(init) = &m.globals[dg as usize].init {
                let mut syms = Vec::new();
                init.symbols(&mut syms);
                for s in syms {
                    funcs_named_by(prog, keys, keys.of_sym(dm, s), depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

impl CallGraph {
    pub fn build(prog: &Program, keys: &Keys) -> CallGraph {
        let funcs: Vec<FuncRef> = prog.defined_functions().collect();
        let index: FxHashMap<FuncRef, u32> = funcs
            .iter()
            .enumerate()
            .map(|(i, f)| (*f, i as u32))
            .collect();
        let mut succs = vec![Vec::new(); funcs.len()];
        for (i, fr) in funcs.iter().enumerate() {
            let f = prog.function(*fr);
            let mut add = |sym: ffiscope_ir::SymId| {
                let mut targets = Vec::new();
                funcs_named_by(prog, keys, keys.of_sym(fr.module, sym), 0, &mut targets);
                for t in targets {
                    if let Some(&ti) = index.get(&t) {
                        succs[i].push(ti);
                    }
                }
            };
            for b in &f.blocks {
                for inst in &b.insts {
                    // Direct callees and every function whose address the body mentions
                    // (it may be called through a pointer).
                    crate::ssa::for_each_operand(&inst.kind, |op| match op {
                        Operand::Global(s) => add(*s),
                        Operand::Const(c) => {
                            let mut syms = Vec::new();
                            c.symbols(&mut syms);
                            syms.into_iter().for_each(&mut add);
                        }
                        _ => {}
                    });
                    if let InstKind::Call(_) = inst.kind {}
                }
            }
            succs[i].sort_unstable();
            succs[i].dedup();
            let _ = Constant::Null;
        }
        CallGraph {
            funcs,
            index,
            succs,
        }
    }

    /// SCCs in reverse topological order (callees before callers).
    pub fn sccs(&self) -> Vec<Vec<u32>> {
        let n = self.funcs.len();
        let mut index = vec![u32::MAX; n];
        let mut low = vec![0u32; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut out = Vec::new();
        let mut next = 0u32;
        for start in 0..n {
            if index[start] != u32::MAX {
                continue;
            }
            let mut work: Vec<(u32, usize)> = vec![(start as u32, 0)];
            index[start] = next;
            low[start] = next;
            next += 1;
            stack.push(start as u32);
            on_stack[start] = true;
            while let Some(&mut (v, ref mut ei)) = work.last_mut() {
                let vu = v as usize;
                if let Some(&w) = self.succs[vu].get(*ei) {
                    *ei += 1;
                    let wu = w as usize;
                    if index[wu] == u32::MAX {
                        index[wu] = next;
                        low[wu] = next;
                        next += 1;
                        stack.push(w);
                        on_stack[wu] = true;
                        work.push((w, 0));
                    } else if on_stack[wu] {
                        low[vu] = low[vu].min(index[wu]);
                    }
                } else {
                    work.pop();
                    if let Some(&(parent, _)) = work.last() {
                        low[parent as usize] = low[parent as usize].min(low[vu]);
                    }
                    if low[vu] == index[vu] {
                        let mut comp = Vec::new();
                        while let Some(w) = stack.pop() {
                            on_stack[w as usize] = false;
                            comp.push(w);
                            if w == v {
                                break;
                            }
                        }
                        comp.sort_unstable();
                        out.push(comp);
                    }
                }
            }
        }
        out
    }

    /// Groups SCCs (given bottom-up) into levels: every SCC's callees are in earlier levels.
    /// The condensed graph, for scheduling: per SCC, the SCCs that call into it, and how
    /// many distinct other SCCs it calls (it can run once those are done).
    pub fn scc_dag(&self, sccs: &[Vec<u32>]) -> (Vec<Vec<usize>>, Vec<usize>) {
        let mut comp_of = vec![0usize; self.funcs.len()];
        for (ci, c) in sccs.iter().enumerate() {
            for &f in c {
                comp_of[f as usize] = ci;
            }
        }
        let mut callers = vec![Vec::new(); sccs.len()];
        let mut pending = vec![0usize; sccs.len()];
        for (ci, c) in sccs.iter().enumerate() {
            let mut callees: Vec<usize> = c
                .iter()
                .flat_map(|&f| self.succs[f as usize].iter())
                .map(|&s| comp_of[s as usize])
                .filter(|&sc| sc != ci)
                .collect();
            callees.sort_unstable();
            callees.dedup();
            pending[ci] = callees.len();
            for sc in callees {
                callers[sc].push(ci);
            }
        }
        (callers, pending)
    }

    pub fn levels(&self, sccs: &[Vec<u32>]) -> Vec<Vec<usize>> {
        let mut comp_of = vec![0usize; self.funcs.len()];
        for (ci, c) in sccs.iter().enumerate() {
            for &f in c {
                comp_of[f as usize] = ci;
            }
        }
        let mut level = vec![0usize; sccs.len()];
        for (ci, c) in sccs.iter().enumerate() {
            let mut l = 0;
            for &f in c {
                for &s in &self.succs[f as usize] {
                    let sc = comp_of[s as usize];
                    if sc != ci {
                        l = l.max(level[sc] + 1);
                    }
                }
            }
            level[ci] = l;
        }
        let max = level.iter().copied().max().unwrap_or(0);
        let mut out = vec![Vec::new(); if sccs.is_empty() { 0 } else { max + 1 }];
        for (ci, l) in level.into_iter().enumerate() {
            out[l].push(ci);
        }
        out
    }
}
