//! Call graph, strongly connected components (Tarjan, iterative) and a bottom-up schedule
//! of independent levels that can run in parallel.

use ffiscope_ir::{Constant, FuncRef, InstKind, Operand, Program};
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use crate::keys::{KeyKind, Keys};

pub struct CallGraph {
    pub funcs: Vec<FuncRef>,
    pub index: FxHashMap<FuncRef, u32>,
    pub succs: Vec<Vec<u32>>,
    /// Candidates of calls through typed struct fields (edges here too, so they are
    /// summarised before their callers).
    pub field_calls: crate::fieldcalls::FieldCalls,
}

/// A key and, through the initializers of constant tables (up to 4 deep), every key they
/// name: a `static const` table of function pointers is a call through it waiting to happen.
fn keys_through_tables(prog: &Program, keys: &Keys, key: u32, depth: u32, out: &mut Vec<u32>) {
    out.push(key);
    if let KeyKind::Var {
        def: Some((dm, dg)),
        constant: true,
        ..
    } = keys.kinds[key as usize]
    {
        if depth >= 4 {
            return;
        }
        if let Some(init) = &prog.module(dm).globals[dg as usize].init {
            let mut syms = Vec::new();
            init.symbols(&mut syms);
            for s in syms {
                keys_through_tables(prog, keys, keys.of_sym(dm, s), depth + 1, out);
            }
        }
    }
}

/// The functions a key names, directly or through constant tables: such calls resolve
/// through the initializer, so the callee must be summarised first.
fn funcs_named_by(prog: &Program, keys: &Keys, key: u32, out: &mut Vec<FuncRef>) {
    let mut named = Vec::new();
    keys_through_tables(prog, keys, key, 0, &mut named);
    for k in named {
        if let KeyKind::Func(Some(t)) = keys.kinds[k as usize] {
            out.push(t);
        }
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
                funcs_named_by(prog, keys, keys.of_sym(fr.module, sym), &mut targets);
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
        let mut cg = CallGraph {
            funcs,
            index,
            succs,
            field_calls: Default::default(),
        };
        cg.add_field_calls(crate::fieldcalls::FieldCalls::build(prog, keys));
        cg
    }

    /// Adds the candidates of calls through typed struct fields that keep the recursive
    /// cycles as they are: a candidate that can reach its caller back would merge cycles
    /// (on sqlite3, its method tables grew the largest cycle from 184 to 321 functions, and
    /// a big cycle mostly ends over its budget), so it is left out and that call stays
    /// unknown for it. Edges are tried in a fixed order, so the result is deterministic.
    fn add_field_calls(&mut self, mut field_calls: crate::fieldcalls::FieldCalls) {
        let mut comp = vec![0usize; self.funcs.len()];
        for (ci, c) in self.sccs().iter().enumerate() {
            for &f in c {
                comp[f as usize] = ci;
            }
        }
        let mut wanted: Vec<(u32, u32)> = Vec::new();
        for (i, fr) in self.funcs.iter().enumerate() {
            for t in field_calls.all_of(*fr) {
                if let Some(&ti) = self.index.get(t) {
                    wanted.push((i as u32, ti));
                }
            }
        }
        wanted.sort_unstable();
        let mut stamp = vec![0u32; self.funcs.len()];
        let mut round = 0u32;
        let mut stack = Vec::new();
        let mut kept: rustc_hash::FxHashSet<(u32, u32)> = Default::default();
        for (caller, cand) in wanted {
            if caller == cand {
                // Would make a non-recursive function a cycle; left unresolved instead.
                continue;
            }
            let closes_a_cycle = comp[caller as usize] != comp[cand as usize] && {
                round += 1;
                stack.clear();
                stack.push(cand);
                let mut found = false;
                while let Some(v) = stack.pop() {
                    if v == caller {
                        found = true;
                        break;
                    }
                    if std::mem::replace(&mut stamp[v as usize], round) == round {
                        continue;
                    }
                    stack.extend(self.succs[v as usize].iter().copied());
                }
                found
            };
            if !closes_a_cycle {
                self.succs[caller as usize].push(cand);
                kept.insert((caller, cand));
            }
        }
        for s in &mut self.succs {
            s.sort_unstable();
            s.dedup();
        }
        let index = &self.index;
        field_calls.retain(
            |caller, cand| match (index.get(&caller), index.get(&cand)) {
                (Some(&a), Some(&c)) => kept.contains(&(a, c)),
                _ => false,
            },
        );
        self.field_calls = field_calls;
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

    /// A recursive SCC's members in levels, callees first. Dropping the calls that close a
    /// cycle (the back edges of a depth-first search) leaves a DAG; a member's level is one
    /// more than the highest level it calls through the remaining edges, so members of one
    /// level call each other only through dropped edges. Deterministic for given members.
    pub fn levels_within(&self, members: &[u32]) -> Vec<Vec<u32>> {
        let pos: FxHashMap<u32, usize> = members.iter().enumerate().map(|(i, &m)| (m, i)).collect();
        let n = members.len();
        let mut level = vec![0usize; n];
        let mut visited = vec![false; n];
        let mut on_stack = vec![false; n];
        let in_scc = |f: &u32| pos.get(f).copied();
        for start in 0..n {
            if visited[start] {
                continue;
            }
            visited[start] = true;
            on_stack[start] = true;
            let mut work: Vec<(usize, usize)> = vec![(start, 0)];
            while let Some(top) = work.len().checked_sub(1) {
                let (u, ei) = work[top];
                let succs = &self.succs[members[u] as usize];
                if let Some(w) = succs.get(ei) {
                    work[top].1 += 1;
                    if let Some(wi) = in_scc(w).filter(|&wi| !visited[wi]) {
                        visited[wi] = true;
                        on_stack[wi] = true;
                        work.push((wi, 0));
                    }
                } else {
                    // Callees still on the stack are reached by a back edge: not counted.
                    level[u] = succs
                        .iter()
                        .filter_map(in_scc)
                        .filter(|&wi| !on_stack[wi])
                        .map(|wi| level[wi] + 1)
                        .max()
                        .unwrap_or(0);
                    on_stack[u] = false;
                    work.pop();
                }
            }
        }
        let mut levels = vec![Vec::new(); level.iter().max().map_or(0, |l| l + 1)];
        for (i, &m) in members.iter().enumerate() {
            levels[level[i]].push(m);
        }
        levels
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

    /// Runs `visit(scc)` for every SCC (given bottom-up) on rayon's pool, each as soon as
    /// every SCC it calls is done: dependency counting, no level barriers, so one slow
    /// SCC delays only its callers (level-by-level waves left a core idle behind each slow
    /// function of sqlite3).
    pub fn for_each_scc_bottom_up(&self, sccs: &[Vec<u32>], visit: &(dyn Fn(usize) + Sync)) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        fn run<'s>(
            ci: usize,
            callers: &'s [Vec<usize>],
            pending: &'s [AtomicUsize],
            visit: &'s (dyn Fn(usize) + Sync),
            scope: &rayon::Scope<'s>,
        ) {
            visit(ci);
            for &caller in &callers[ci] {
                if pending[caller].fetch_sub(1, Ordering::AcqRel) == 1 {
                    scope.spawn(move |scope| run(caller, callers, pending, visit, scope));
                }
            }
        }
        let (callers, initial) = self.scc_dag(sccs);
        let pending: Vec<AtomicUsize> = initial.iter().map(|&n| AtomicUsize::new(n)).collect();
        let (callers, pending) = (&callers, &pending);
        rayon::scope(|scope| {
            for (ci, &n) in initial.iter().enumerate() {
                if n == 0 {
                    scope.spawn(move |scope| run(ci, callers, pending, visit, scope));
                }
            }
        });
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

/// Which writable globals a function may use, in its body or through callees, read from
/// the code alone. A summary that claims nothing (budget, size) still must say that much:
/// a caller that parked a pointer in one of those globals cannot call it untouched.
pub struct GlobalReach {
    /// Per function: writable globals its body names (directly or through the
    /// initializers of constant tables it names).
    direct: Vec<Vec<u32>>,
    /// Per function: it calls through a pointer.
    indirect: Vec<bool>,
    /// Functions whose address is taken (named other than as a direct callee).
    address_taken: Vec<u32>,
    cache: Vec<OnceLock<Arc<[u32]>>>,
    via_pointers: OnceLock<Vec<u32>>,
    /// Writable globals other units can name or whose address the code hands out, and
    /// those their initializers reach.
    pub exported: Vec<u32>,
}

/// The writable globals among `start` and every global their initializers name,
/// transitively (a writable `cur = &default_state` reaches `default_state` too).
fn writable_globals_through_initializers(prog: &Program, keys: &Keys, start: Vec<u32>) -> Vec<u32> {
    let mut seen: rustc_hash::FxHashSet<u32> = rustc_hash::FxHashSet::default();
    let mut stack = start;
    let mut out = Vec::new();
    while let Some(k) = stack.pop() {
        if !seen.insert(k) {
            continue;
        }
        let KeyKind::Var { def, constant, .. } = keys.kinds[k as usize] else {
            continue;
        };
        if !constant {
            out.push(k);
        }
        if let Some((dm, dg)) = def {
            if let Some(init) = &prog.module(dm).globals[dg as usize].init {
                let mut syms = Vec::new();
                init.symbols(&mut syms);
                stack.extend(syms.into_iter().map(|s| keys.of_sym(dm, s)));
            }
        }
    }
    out
}

/// Variables whose address the code hands out at run time: passed to a call, stored as a
/// value, returned, merged, or turned into an integer (directly or through a GEP or cast
/// of it). Loads, stores, comparisons and memory intrinsics through the address keep it.
/// Code the analysis cannot see may use those (`ext_register(&slot)` earlier).
fn escaping_vars(prog: &Program, keys: &Keys) -> Vec<u32> {
    use ffiscope_ir::CastOp;
    let mut out: Vec<u32> = Vec::new();
    for (mi, m) in prog.modules.iter().enumerate() {
        let mi = mi as u32;
        let var_keys = |op: &Operand, aliases: &FxHashMap<ffiscope_ir::ValueId, Vec<u32>>| {
            let mut ks = Vec::new();
            let mut syms = Vec::new();
            match op {
                Operand::Global(s) => syms.push(*s),
                Operand::Const(c) => c.symbols(&mut syms),
                Operand::Local(v) => {
                    if let Some(a) = aliases.get(v) {
                        ks.extend_from_slice(a);
                    }
                }
                _ => {}
            }
            for s in syms {
                let k = keys.of_sym(mi, s);
                if matches!(keys.kinds[k as usize], KeyKind::Var { .. }) {
                    ks.push(k);
                }
            }
            ks
        };
        for f in &m.functions {
            let mut aliases: FxHashMap<ffiscope_ir::ValueId, Vec<u32>> = FxHashMap::default();
            for b in &f.blocks {
                for inst in &b.insts {
                    let mut escape = |op: &Operand, aliases: &FxHashMap<_, _>| {
                        out.extend(var_keys(op, aliases));
                    };
                    match &inst.kind {
                        InstKind::ICmp { .. } | InstKind::FCmp { .. } => {}
                        // Loading a global initialized with addresses (`holder = &slot`)
                        // hands those addresses to whatever uses the loaded value.
                        InstKind::Load { ptr, .. } => {
                            let holders = var_keys(ptr, &aliases);
                            for k in holders {
                                if let KeyKind::Var {
                                    def: Some((dm, dg)),
                                    ..
                                } = keys.kinds[k as usize]
                                {
                                    let names_globals = prog.module(dm).globals[dg as usize]
                                        .init
                                        .as_ref()
                                        .is_some_and(|init| {
                                            let mut syms = Vec::new();
                                            init.symbols(&mut syms);
                                            !syms.is_empty()
                                        });
                                    if names_globals {
                                        out.push(k);
                                    }
                                }
                            }
                        }
                        InstKind::Store { val, .. } => escape(val, &aliases),
                        InstKind::Gep { base, .. }
                        | InstKind::Cast {
                            op: CastOp::BitCast | CastOp::AddrSpaceCast,
                            val: base,
                            ..
                        } => {
                            let ks = var_keys(base, &aliases);
                            if let (Some(r), false) = (inst.result, ks.is_empty()) {
                                aliases.entry(r).or_default().extend(ks);
                            }
                        }
                        InstKind::Call(c) => {
                            let callee = match &c.callee {
                                Operand::Global(s) => m.symbol(*s).name.as_str(),
                                _ => "",
                            };
                            if callee.starts_with("llvm.threadlocal") {
                                // Its result is the variable's address for this thread.
                                let ks: Vec<u32> = c
                                    .args
                                    .iter()
                                    .flat_map(|a| var_keys(&a.val, &aliases))
                                    .collect();
                                if let (Some(r), false) = (inst.result, ks.is_empty()) {
                                    aliases.entry(r).or_default().extend(ks);
                                }
                            } else if !callee.starts_with("llvm.") {
                                for a in &c.args {
                                    escape(&a.val, &aliases);
                                }
                            } else if callee.starts_with("llvm.memcpy")
                                || callee.starts_with("llvm.memmove")
                            {
                                // The bytes copied may hold addresses (a local array built
                                // from a constant `{&slot1, &slot2}`).
                                if let Some(src) = c.args.get(1) {
                                    escape(&src.val, &aliases);
                                }
                            }
                        }
                        kind => crate::ssa::for_each_operand(kind, |op| escape(op, &aliases)),
                    }
                }
            }
        }
    }
    // Constant ones stay: what their initializers name escapes with them (the caller
    // follows initializers and keeps the writable globals).
    out.sort_unstable();
    out.dedup();
    out
}

impl GlobalReach {
    pub fn build(prog: &Program, keys: &Keys, cg: &CallGraph) -> GlobalReach {
        let n = cg.funcs.len();
        let mut direct = vec![Vec::new(); n];
        let mut indirect = vec![false; n];
        let mut taken: Vec<u32> = Vec::new();
        let note_taken = |m: u32, s: ffiscope_ir::SymId, taken: &mut Vec<u32>| {
            if let KeyKind::Func(Some(t)) = keys.kinds[keys.of_sym(m, s) as usize] {
                if let Some(&ti) = cg.index.get(&t) {
                    taken.push(ti);
                }
            }
        };
        for (i, fr) in cg.funcs.iter().enumerate() {
            let f = prog.function(*fr);
            let mut names = Vec::new();
            for b in &f.blocks {
                for inst in &b.insts {
                    let callee = match &inst.kind {
                        InstKind::Call(c)
                        | InstKind::Invoke { call: c, .. }
                        | InstKind::CallBr { call: c, .. } => Some(&c.callee),
                        _ => None,
                    };
                    if let Some(callee) = callee {
                        if !matches!(
                            callee,
                            Operand::Global(_) | Operand::Const(_) | Operand::InlineAsm(_)
                        ) {
                            indirect[i] = true;
                        }
                    }
                    crate::ssa::for_each_operand(&inst.kind, |op| {
                        let is_callee = callee.is_some_and(|c| std::ptr::eq(c, op));
                        let mut syms = Vec::new();
                        match op {
                            Operand::Global(s) => syms.push(*s),
                            Operand::Const(c) => c.symbols(&mut syms),
                            _ => {}
                        }
                        for s in syms {
                            if !is_callee {
                                note_taken(fr.module, s, &mut taken);
                            }
                            names.push(keys.of_sym(fr.module, s));
                        }
                    });
                }
            }
            let mut out = writable_globals_through_initializers(prog, keys, names);
            out.sort_unstable();
            out.dedup();
            direct[i] = out;
        }
        // Functions stored in global initializers (method tables, default hooks).
        for (mi, m) in prog.modules.iter().enumerate() {
            for g in &m.globals {
                if let Some(init) = &g.init {
                    let mut syms = Vec::new();
                    init.symbols(&mut syms);
                    for s in syms {
                        note_taken(mi as u32, s, &mut taken);
                    }
                }
            }
        }
        taken.sort_unstable();
        taken.dedup();
        let mut handed_out = keys.exported_vars.clone();
        handed_out.extend(escaping_vars(prog, keys));
        let mut exported = writable_globals_through_initializers(prog, keys, handed_out);
        exported.sort_unstable();
        exported.dedup();
        GlobalReach {
            exported,
            direct,
            indirect,
            address_taken: taken,
            cache: (0..n).map(|_| OnceLock::new()).collect(),
            via_pointers: OnceLock::new(),
        }
    }

    /// Functions reachable from `starts` in the call graph, and whether any calls through
    /// a pointer.
    fn closure(&self, cg: &CallGraph, starts: &[u32]) -> (Vec<u32>, bool) {
        let mut seen = vec![false; cg.funcs.len()];
        let mut stack: Vec<u32> = starts.to_vec();
        let mut out = Vec::new();
        let mut any_indirect = false;
        while let Some(f) = stack.pop() {
            if std::mem::replace(&mut seen[f as usize], true) {
                continue;
            }
            out.extend_from_slice(&self.direct[f as usize]);
            any_indirect |= self.indirect[f as usize];
            stack.extend(cg.succs[f as usize].iter().copied());
        }
        (out, any_indirect)
    }

    /// Writable globals a call through a pointer may reach: those of every function whose
    /// address is taken and everything they call.
    pub fn via_pointers(&self, cg: &CallGraph) -> &[u32] {
        self.via_pointers.get_or_init(|| {
            let mut v = self.closure(cg, &self.address_taken).0;
            v.sort_unstable();
            v.dedup();
            v
        })
    }

    /// Writable globals function `fi` (a call-graph index) may use, sorted.
    pub fn of(&self, cg: &CallGraph, fi: u32) -> Arc<[u32]> {
        self.cache[fi as usize]
            .get_or_init(|| {
                let (mut out, any_indirect) = self.closure(cg, &[fi]);
                if any_indirect {
                    // A call through a pointer may reach any function whose address is taken.
                    out.extend_from_slice(self.via_pointers(cg));
                }
                out.sort_unstable();
                out.dedup();
                out.into()
            })
            .clone()
    }
}
