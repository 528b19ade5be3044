//! One function: values as access paths, a forward lockset dataflow over the CFG, and the
//! accesses made at each point (own loads and stores, modelled library calls, callees'
//! summaries rewritten into this frame).

use std::cell::RefCell;
use std::sync::Arc;

use ffiscope_engine::cfg::Cfg;
use ffiscope_engine::keys::{KeyKind, Keys};
use ffiscope_engine::ssa::{self, Ssa};
use ffiscope_ir::{
    CallData, CastOp, Constant, FuncRef, Function, Inst, InstKind, Module, Operand, Program,
    ValueId,
};
use ffiscope_models::{Models, MtSafety, Reads, Returns, SyncOp, ThreadTag, Writes};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::names;
use crate::path::{APath, Base, Lock, Mode, Val, ANY};
use crate::summary::*;

/// Accesses kept per summary; beyond it the summary says why it is incomplete.
pub const MAX_ACCESSES: usize = 4000;
const MAX_ROUNDS: usize = 12;

pub struct Ctx<'a> {
    pub prog: &'a Program,
    pub keys: &'a Keys,
    pub models: &'a Models,
    pub summary_of: &'a (dyn Fn(FuncRef) -> Option<Arc<TSummary>> + Sync),
    /// How file names appear in reasons.
    pub display: &'a (dyn Fn(&str) -> String + Sync),
}

/// Accesses are kept once per path, kind and locks: (path, write, atomic, locks).
type AccKey = (APath, bool, bool, LockCtx);

#[derive(Clone)]
enum Memo {
    Todo,
    Busy,
    Done(Val),
}

struct Fa<'a, 'c> {
    ctx: &'c Ctx<'a>,
    mi: u32,
    m: &'a Module,
    f: &'a Function,
    ssa: Ssa,
    defs: FxHashMap<ValueId, &'a Inst>,
    phi_of: FxHashMap<ValueId, (u32, usize)>,
    memo: RefCell<Vec<Memo>>,
    // Output (filled in the recording pass).
    acc: FxHashMap<AccKey, (Site, Option<Arc<str>>)>,
    /// The first "unseen synchronization" reason recorded: later ones are folded into it so
    /// that accesses differ only in whether one happened before them.
    first_opaque: Option<Arc<str>>,
    /// Calls already applied in the recording pass with the same arguments and lockset
    /// (their accesses would only repeat).
    applied: FxHashSet<(FuncRef, Vec<Val>, LockState)>,
    out: TSummary,
}

/// Analyses one defined function with its callees' summaries.
pub fn analyze(ctx: &Ctx<'_>, fr: FuncRef) -> TSummary {
    let m = ctx.prog.module(fr.module);
    let f = ctx.prog.function(fr);
    let cfg = Cfg::new(f);
    let ssa = ssa::build(f, &cfg);
    let mut defs = FxHashMap::default();
    for b in &f.blocks {
        for inst in &b.insts {
            if let Some(r) = inst.result {
                defs.insert(r, inst);
            }
        }
    }
    let mut phi_of = FxHashMap::default();
    for (b, phis) in ssa.phis.iter().enumerate() {
        for (i, p) in phis.iter().enumerate() {
            phi_of.insert(p.dst, (b as u32, i));
        }
    }
    let n = ssa.value_count as usize;
    let mut fa = Fa {
        ctx,
        mi: fr.module,
        m,
        f,
        ssa,
        defs,
        phi_of,
        memo: RefCell::new(vec![Memo::Todo; n]),
        acc: FxHashMap::default(),
        first_opaque: None,
        applied: FxHashSet::default(),
        out: TSummary::default(),
    };
    fa.run(&cfg);
    fa.finish()
}

impl<'a, 'c> Fa<'a, 'c> {
    fn site(&self, inst: &Inst) -> Site {
        Site {
            module: self.mi,
            dbg: inst.dbg.map(|d| d.0),
        }
    }

    fn where_(&self, inst: &Inst) -> String {
        names::site(self.ctx, self.site(inst))
    }

    // ---- values ----

    fn eval(&self, op: &Operand) -> Val {
        self.eval_opt(op).unwrap_or(Val::Unknown)
    }

    /// `None`: still being computed (a cycle through phis): the bottom of the join.
    fn eval_opt(&self, op: &Operand) -> Option<Val> {
        match self.ssa.resolve(op) {
            Operand::Local(v) => self.eval_local(*v),
            Operand::Global(s) => Some(self.eval_sym(self.mi, *s)),
            Operand::Const(c) => Some(self.eval_const(c)),
            Operand::Null | Operand::Int(_) | Operand::Undef | Operand::Poison => Some(Val::Local),
            _ => Some(Val::Unknown),
        }
    }

    fn eval_sym(&self, module: u32, s: ffiscope_ir::SymId) -> Val {
        let key = self.ctx.keys.of_sym(module, s);
        match &self.ctx.keys.kinds[key as usize] {
            KeyKind::Var { .. } => Val::Path(APath::global(key)),
            KeyKind::Func(Some(fr)) => Val::Func(*fr),
            KeyKind::Func(None) => Val::ExtFunc(key),
        }
    }

    fn eval_const(&self, c: &Constant) -> Val {
        match c {
            Constant::Global(s) => self.eval_sym(self.mi, *s),
            Constant::Gep {
                source_ty,
                base,
                indices,
            } => match self.eval_const(&base.1) {
                Val::Path(p) => {
                    let off = self.m.gep_offset(
                        *source_ty,
                        indices.iter().map(|(_, c)| match c {
                            Constant::Int(i) => Some(*i),
                            _ => None,
                        }),
                    );
                    Val::Path(p.offset((!off.variable).then_some(off.bytes)))
                }
                v => v,
            },
            Constant::Cast { op, val, .. } => match op {
                CastOp::BitCast | CastOp::AddrSpaceCast => self.eval_const(&val.1),
                CastOp::IntToPtr => Val::Unknown,
                _ => Val::Local,
            },
            Constant::Wrapped { inner, .. } => self.eval_const(inner),
            Constant::Int(_)
            | Constant::Null
            | Constant::ZeroInit
            | Constant::Undef
            | Constant::Poison
            | Constant::Float(_) => Val::Local,
            Constant::Local(v) => self.eval_local(*v).unwrap_or(Val::Unknown),
            _ => Val::Unknown,
        }
    }

    fn eval_local(&self, v: ValueId) -> Option<Val> {
        if let Some(i) = self.f.params.iter().position(|p| p.value == v) {
            return Some(Val::Path(APath::param(i as u32)));
        }
        let idx = v.0 as usize;
        match self.memo.borrow().get(idx) {
            Some(Memo::Done(x)) => return Some(x.clone()),
            Some(Memo::Busy) => return None,
            Some(Memo::Todo) => {}
            None => return Some(Val::Unknown),
        }
        self.memo.borrow_mut()[idx] = Memo::Busy;
        let r = self.compute_local(v);
        self.memo.borrow_mut()[idx] = Memo::Done(r.clone());
        Some(r)
    }

    fn compute_local(&self, v: ValueId) -> Val {
        if let Some(&(b, i)) = self.phi_of.get(&v) {
            let phi = &self.ssa.phis[b as usize][i];
            return self.join(phi.incoming.iter().map(|(op, _)| op));
        }
        let Some(inst) = self.defs.get(&v) else {
            return Val::Unknown;
        };
        match &inst.kind {
            InstKind::Alloca { .. } => Val::Local,
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => match self.eval(base) {
                Val::Path(p) => {
                    let off = self.m.gep_offset(
                        *source_ty,
                        indices.iter().map(|(_, op)| self.ssa.resolve(op).as_int()),
                    );
                    Val::Path(p.offset((!off.variable).then_some(off.bytes)))
                }
                Val::Local => Val::Local,
                _ => Val::Unknown,
            },
            InstKind::Cast { op, val, .. } => match op {
                CastOp::BitCast | CastOp::AddrSpaceCast => self.eval(val),
                CastOp::IntToPtr => Val::Unknown,
                _ => Val::Local,
            },
            InstKind::Freeze { val, .. } => self.eval(val),
            InstKind::Load { ptr, .. } => match self.eval(ptr) {
                Val::Path(p) => p.deref().map_or(Val::Unknown, Val::Path),
                _ => Val::Unknown,
            },
            InstKind::Phi { incoming, .. } => self.join(incoming.iter().map(|(op, _)| op)),
            InstKind::Select { a, b, .. } => self.join([a, b].into_iter()),
            InstKind::Call(c) | InstKind::Invoke { call: c, .. } => self.call_result(c),
            InstKind::ExtractValue { .. } | InstKind::VaArg { .. } => Val::Unknown,
            _ => Val::Local,
        }
    }

    fn join<'o>(&self, ops: impl Iterator<Item = &'o Operand>) -> Val {
        let mut acc: Option<Val> = None;
        for op in ops {
            let Some(v) = self.eval_opt(op) else { continue };
            acc = Some(match (acc, v) {
                (None, v) => v,
                (Some(a), b) if a == b => a,
                (Some(Val::Path(a)), Val::Path(b)) => {
                    if a.base == b.base && a.steps == b.steps {
                        Val::Path(a.offset(None))
                    } else {
                        Val::Unknown
                    }
                }
                // A pointer that is either a global's or our own: accesses may hit the global.
                (Some(Val::Path(a)), Val::Local) | (Some(Val::Local), Val::Path(a)) => Val::Path(a),
                _ => Val::Unknown,
            });
        }
        acc.unwrap_or(Val::Unknown)
    }

    fn args(&self, c: &CallData) -> Vec<Val> {
        c.args.iter().map(|a| self.eval(&a.val)).collect()
    }

    fn call_result(&self, c: &CallData) -> Val {
        match self.callee(c) {
            Val::Func(fr) => {
                let Some(s) = (self.ctx.summary_of)(fr) else {
                    return Val::Unknown;
                };
                match &s.ret {
                    Some(p) => p.translate(&self.args(c)).map_or(Val::Unknown, Val::Path),
                    None => Val::Unknown,
                }
            }
            Val::ExtFunc(key) => {
                let name = self.ctx.keys.name(key);
                match self.ctx.models.effect(name).map(|e| &e.returns) {
                    Some(Returns::Owned { .. }) | Some(Returns::Scalar) | Some(Returns::Void) => {
                        Val::Local
                    }
                    Some(Returns::Alias { args, .. }) => {
                        let vals: Vec<Val> = args
                            .iter()
                            .filter_map(|&a| c.args.get(a as usize))
                            .map(|a| match self.eval(&a.val) {
                                Val::Path(p) => Val::Path(p.offset(None)),
                                v => v,
                            })
                            .collect();
                        match vals.split_first() {
                            Some((first, rest)) if rest.iter().all(|v| v == first) => first.clone(),
                            _ => Val::Unknown,
                        }
                    }
                    _ => Val::Unknown,
                }
            }
            _ => Val::Unknown,
        }
    }

    fn callee(&self, c: &CallData) -> Val {
        match &c.callee {
            Operand::InlineAsm(_) => Val::Unknown,
            op => self.eval(op),
        }
    }

    /// The functions stored at `off` (anywhere, for [`ANY`]) in a constant global's
    /// initializer.
    fn const_fns(&self, key: u32, off: i64) -> Vec<FuncRef> {
        if off != ANY {
            return self.const_fn_at(key, off).into_iter().collect();
        }
        let KeyKind::Var {
            def: Some((dm, dg)),
            constant: true,
            ..
        } = self.ctx.keys.kinds[key as usize]
        else {
            return Vec::new();
        };
        let g = &self.ctx.prog.module(dm).globals[dg as usize];
        let mut syms = Vec::new();
        if let Some(init) = &g.init {
            init.symbols(&mut syms);
        }
        let mut out: Vec<FuncRef> = Vec::new();
        for s in syms {
            match self.eval_sym(dm, s) {
                Val::Func(fr) => out.push(fr),
                // A table with data pointers or unknown functions: not a method table.
                _ => return Vec::new(),
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// A function stored at `off` in a constant global's initializer.
    fn const_fn_at(&self, key: u32, off: i64) -> Option<FuncRef> {
        let KeyKind::Var {
            def: Some((dm, dg)),
            constant: true,
            ..
        } = self.ctx.keys.kinds[key as usize]
        else {
            return None;
        };
        let m = self.ctx.prog.module(dm);
        let g = &m.globals[dg as usize];
        let c = const_at(m, g.ty, g.init.as_ref()?, off, 0)?;
        let mut syms = Vec::new();
        c.symbols(&mut syms);
        match syms.as_slice() {
            [s] => match self.eval_sym(dm, *s) {
                Val::Func(fr) => Some(fr),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- dataflow ----

    fn run(&mut self, cfg: &Cfg) {
        let n = self.f.blocks.len();
        if n == 0 {
            return;
        }
        let mut outs: Vec<Option<LockState>> = vec![None; n];
        for _ in 0..MAX_ROUNDS {
            let mut changed = false;
            for &b in &cfg.rpo {
                let inp = self.entry(b, cfg, &outs, false);
                let o = self.block(b, inp, false);
                if outs[b as usize].as_ref() != Some(&o) {
                    outs[b as usize] = Some(o);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut exit: Option<LockState> = None;
        for &b in &cfg.rpo {
            let inp = self.entry(b, cfg, &outs, true);
            let o = self.block(b, inp, true);
            if let Some(InstKind::Ret { val }) =
                self.f.blocks[b as usize].terminator().map(|t| &t.kind)
            {
                exit = Some(match exit {
                    None => o,
                    Some(e) => e.join(&o).0,
                });
                if let Some((ty, v)) = val {
                    if self.m.types.is_ptr(*ty) {
                        self.note_ret(v);
                    }
                }
            }
        }
        if let Some(e) = exit {
            self.out.exit = Exit {
                acquired: e.held.into_iter().map(|(l, (m, c))| (l, m, c)).collect(),
                maybe: e.maybe.into_iter().collect(),
                released: e.released.into_iter().collect(),
                opaque: e.opaque,
            };
        }
    }

    fn note_ret(&mut self, v: &Operand) {
        let val = self.eval(v);
        let new = match val {
            Val::Path(p) => Some(p),
            _ => None,
        };
        self.out.ret = match (self.out.ret.take(), new) {
            (None, n) => n,
            (Some(a), Some(b)) if a == b => Some(a),
            (Some(a), Some(b)) if a.base == b.base && a.steps == b.steps => Some(a.offset(None)),
            (Some(a), Some(_)) => Some(a),
            (Some(a), None) => Some(a),
        };
    }

    fn entry(&mut self, b: u32, cfg: &Cfg, outs: &[Option<LockState>], record: bool) -> LockState {
        if b == 0 {
            return LockState::default();
        }
        let mut acc: Option<LockState> = None;
        let mut unbalanced = Vec::new();
        for &p in &cfg.preds[b as usize] {
            if let Some(o) = &outs[p as usize] {
                acc = Some(match acc {
                    None => o.clone(),
                    Some(a) => {
                        let (j, u) = a.join(o);
                        unbalanced.extend(u);
                        j
                    }
                });
            }
        }
        if record {
            unbalanced.retain(|l| !l.once);
            unbalanced.sort();
            unbalanced.dedup();
            if !unbalanced.is_empty() {
                let blk = &self.f.blocks[b as usize];
                let at = blk
                    .insts
                    .iter()
                    .find(|i| i.dbg.is_some())
                    .map(|i| self.where_(i))
                    .unwrap_or_default();
                for l in unbalanced {
                    let name = names::lock(self.ctx, self.f, &l);
                    self.out.issues.insert(format!(
                        "`{name}` is held on some paths only where they meet ({at}): \
                         lock and unlock are not paired"
                    ));
                }
            }
        }
        acc.unwrap_or_default()
    }

    fn block(&mut self, b: u32, mut st: LockState, record: bool) -> LockState {
        let f = self.f;
        for inst in &f.blocks[b as usize].insts {
            match &inst.kind {
                InstKind::Load { ptr, atomic, .. } => {
                    if record {
                        self.access(ptr, false, atomic.is_some(), &st, inst);
                    }
                    if atomic
                        .as_deref()
                        .is_some_and(|o| o.contains("acquire") || o.contains("seq_cst"))
                    {
                        self.atomic_sync("atomic load", inst, &mut st);
                    }
                }
                InstKind::Store { ptr, atomic, .. } if record => {
                    self.access(ptr, true, atomic.is_some(), &st, inst)
                }
                InstKind::AtomicRmw { ptr, .. } | InstKind::CmpXchg { ptr, .. } => {
                    if record {
                        self.access(ptr, true, true, &st, inst);
                    }
                    self.atomic_sync("atomic read-modify-write", inst, &mut st);
                }
                InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                    self.call(c, inst, &mut st, record)
                }
                InstKind::Fence { .. } => self.atomic_sync("memory fence", inst, &mut st),
                InstKind::CallBr { .. } => {
                    let r: Arc<str> = format!("asm goto at {}", self.where_(inst)).into();
                    if record {
                        self.out
                            .unseen
                            .insert(format!("inline assembly at {}", self.where_(inst)));
                    }
                    st.opaque.get_or_insert(r);
                }
                _ => {}
            }
        }
        st
    }

    /// Atomic operations order memory: code after one may be synchronized by hand (a
    /// spinlock, a once flag), which a lockset cannot see.
    fn atomic_sync(&self, what: &str, inst: &Inst, st: &mut LockState) {
        if st.opaque.is_none() {
            st.opaque = Some(
                format!(
                    "{what} at {} (it may implement a lock or a once flag)",
                    self.where_(inst)
                )
                .into(),
            );
        }
    }

    fn access(&mut self, ptr: &Operand, write: bool, atomic: bool, st: &LockState, inst: &Inst) {
        if let Val::Path(p) = self.eval(ptr) {
            self.record(p, write, atomic, st.ctx(), self.site(inst), None);
        }
    }

    fn record(
        &mut self,
        path: APath,
        write: bool,
        atomic: bool,
        locks: LockCtx,
        site: Site,
        via: Option<Arc<str>>,
    ) {
        let mut locks = locks;
        if let Some(o) = &locks.opaque {
            locks.opaque = Some(self.first_opaque.get_or_insert_with(|| o.clone()).clone());
        }
        // Constants and thread-locals never race: one entry per global is enough.
        let (path, atomic, locks) = match path.base {
            Base::Global(k)
                if matches!(
                    self.ctx.keys.kinds[k as usize],
                    KeyKind::Var { constant: true, .. }
                        | KeyKind::Var {
                            thread_local: true,
                            ..
                        }
                ) =>
            {
                (
                    APath {
                        base: path.base,
                        steps: Vec::new(),
                        off: ANY,
                    },
                    false,
                    LockCtx::default(),
                )
            }
            _ => (path, atomic, locks),
        };
        if self.acc.len() >= MAX_ACCESSES {
            self.out.unseen.insert(format!(
                "more than {MAX_ACCESSES} distinct accesses: the rest were not tracked"
            ));
            return;
        }
        self.acc
            .entry((path, write, atomic, locks))
            .or_insert((site, via));
    }

    fn call(&mut self, c: &CallData, inst: &Inst, st: &mut LockState, record: bool) {
        let args = self.args(c);
        match self.callee(c) {
            Val::Func(fr) => self.apply(fr, &args, st, record, inst),
            Val::ExtFunc(key) => {
                let name = self.ctx.keys.name(key).to_string();
                self.external(&name, c, &args, st, record, inst)
            }
            Val::Path(p)
                if p.steps.is_empty() && p.off == 0 && matches!(p.base, Base::Param(_)) =>
            {
                // The function pointer is a parameter: its callers say what it is.
                if let (true, Base::Param(i)) = (record, &p.base) {
                    self.out.param_calls.push((*i, st.clone()));
                }
            }
            Val::Path(p) => {
                let loc = p.loaded_from();
                let targets = match &loc {
                    Some(APath {
                        base: Base::Global(k),
                        steps,
                        off,
                    }) if steps.is_empty() => self.const_fns(*k, *off),
                    _ => Vec::new(),
                };
                if !targets.is_empty() {
                    let mut joined: Option<LockState> = None;
                    for fr in targets {
                        let mut s2 = st.clone();
                        self.apply(fr, &args, &mut s2, record, inst);
                        joined = Some(match joined {
                            None => s2,
                            Some(j) => j.join(&s2).0,
                        });
                    }
                    if let Some(j) = joined {
                        *st = j;
                    }
                    return;
                }
                let what = match &loc {
                    Some(l) => names::path(self.ctx, self.f, l),
                    None => "a computed pointer".into(),
                };
                if matches!(loc.as_ref().map(|l| &l.base), Some(Base::Param(_))) {
                    if record {
                        self.out.callbacks.insert(what);
                    }
                    return;
                }
                self.opaque_call(&format!("`{what}`"), inst, st, record);
            }
            _ => {
                let what = if matches!(c.callee, Operand::InlineAsm(_)) {
                    "inline assembly"
                } else {
                    "indirect call through an unknown pointer"
                };
                let reason = format!("{what} at {}", self.where_(inst));
                if record {
                    self.out.unseen.insert(reason.clone());
                }
                st.opaque.get_or_insert_with(|| reason.into());
            }
        }
    }

    fn opaque_call(&mut self, what: &str, inst: &Inst, st: &mut LockState, record: bool) {
        if record {
            self.out.unseen.insert(format!(
                "indirect call through {what} at {} (unresolved: it may take a lock or touch shared state)",
                self.where_(inst)
            ));
        }
        // Without the site: accesses after calls through the same pointer stay one entry.
        if st.opaque.is_none() {
            st.opaque = Some(format!("indirect call through {what}, unresolved").into());
        }
    }

    /// Applies what a callee does with its function-pointer parameters, given what this
    /// call passes for them.
    fn param_calls(&mut self, s: &TSummary, args: &[Val], st: &LockState, inst: &Inst) {
        for (i, ls) in &s.param_calls {
            let mut inner = combine_state(st, &ls.ctx(), args, &mut FxHashSet::default());
            match args.get(*i as usize) {
                Some(Val::Func(g)) => self.apply(*g, &[], &mut inner, true, inst),
                Some(Val::Path(p))
                    if p.steps.is_empty() && p.off == 0 && matches!(p.base, Base::Param(_)) =>
                {
                    if let Base::Param(j) = p.base {
                        self.out.param_calls.push((j, inner));
                    }
                }
                Some(Val::Path(p)) => match p.loaded_from() {
                    Some(l) if matches!(l.base, Base::Param(_)) => {
                        let what = names::path(self.ctx, self.f, &l);
                        self.out.callbacks.insert(what);
                    }
                    Some(l) => {
                        let what = format!("`{}`", names::path(self.ctx, self.f, &l));
                        self.opaque_call(&what, inst, &mut inner, true);
                    }
                    None => self.opaque_call("a computed pointer", inst, &mut inner, true),
                },
                Some(Val::ExtFunc(k)) => {
                    let name = self.ctx.keys.name(*k).to_string();
                    self.out.unseen.insert(format!(
                        "passes {name} as a function pointer at {}; its calls are not analysed",
                        self.where_(inst)
                    ));
                }
                _ => self.opaque_call("a function pointer argument", inst, &mut inner, true),
            }
        }
    }

    fn lock_of(&self, v: Option<&Val>, once: bool) -> Lock {
        Lock {
            once,
            path: match v {
                Some(Val::Path(p)) => Some(p.clone()),
                _ => None,
            },
        }
    }

    fn external(
        &mut self,
        name: &str,
        c: &CallData,
        args: &[Val],
        st: &mut LockState,
        record: bool,
        inst: &Inst,
    ) {
        let models = self.ctx.models;
        let eff = models.effect(name);
        if let Some(sync) = eff.and_then(|e| e.sync) {
            let arg = args.get(sync.arg as usize);
            match sync.op {
                SyncOp::Lock | SyncOp::WrLock | SyncOp::RdLock => {
                    let mode = if sync.op == SyncOp::RdLock {
                        Mode::Shared
                    } else {
                        Mode::Exclusive
                    };
                    let l = self.lock_of(arg, false);
                    if st.acquire(l.clone(), mode, 1) && record {
                        let n = names::lock(self.ctx, self.f, &l);
                        self.out.issues.insert(format!(
                            "{name} at {} acquires `{n}` while already holding it (a recursive lock)",
                            self.where_(inst)
                        ));
                    }
                }
                SyncOp::TryLock => {
                    let l = self.lock_of(arg, false);
                    if record {
                        let n = names::lock(self.ctx, self.f, &l);
                        self.out.issues.insert(format!(
                            "{name} at {} may or may not acquire `{n}`: the analysis does not pair its result",
                            self.where_(inst)
                        ));
                    }
                    if !st.held.contains_key(&l) {
                        st.maybe.insert(l);
                    }
                }
                SyncOp::Unlock => st.release(self.lock_of(arg, false)),
                SyncOp::Once => {
                    let l = self.lock_of(arg, true);
                    match args.get(1) {
                        Some(Val::Func(fr)) => {
                            let mut inner = st.clone();
                            inner.acquire(l.clone(), Mode::Exclusive, 1);
                            self.apply(*fr, &[], &mut inner, record, inst);
                        }
                        _ => {
                            let reason = format!(
                                "{name} at {} runs an unresolved routine",
                                self.where_(inst)
                            );
                            if record {
                                self.out.unseen.insert(reason.clone());
                            }
                            st.opaque.get_or_insert_with(|| reason.into());
                        }
                    }
                    // After the call, the routine's effects are visible: every caller holds
                    // the flag "shared".
                    st.acquire(l, Mode::Shared, 1);
                    st.held
                        .entry(self.lock_of(arg, true))
                        .and_modify(|e| e.1 = 1);
                }
                SyncOp::Atomic => {
                    if record {
                        self.modelled_accesses(name, args, st, inst, true);
                    }
                    self.atomic_sync(name, inst, st);
                }
                SyncOp::Wait | SyncOp::Init | SyncOp::Destroy => {}
            }
            return;
        }
        if !record {
            return;
        }
        let _ = c;
        self.modelled_accesses(name, args, st, inst, false);
        if name.starts_with("llvm.") {
            return;
        }
        match models.thread(name) {
            Some(t) => {
                for tag in t.parsed_tags() {
                    let (state, write) = match tag {
                        ThreadTag::Env => ("env", false),
                        ThreadTag::Locale => ("locale", false),
                        ThreadTag::Const(x) => (x, true),
                        _ => continue,
                    };
                    let p = APath {
                        base: Base::Libc(state.into()),
                        steps: Vec::new(),
                        off: 0,
                    };
                    self.record(p, write, false, st.ctx(), self.site(inst), None);
                }
                if t.mt == MtSafety::Unsafe {
                    self.out.unsafe_calls.insert(UnsafeCall {
                        callee: name.to_string(),
                        tags: t.tags.clone(),
                        site: self.site(inst),
                    });
                } else if !t.tags.is_empty() {
                    self.out
                        .conditional_calls
                        .insert(format!("{name} (MT-Safe {})", t.tags.join(" ")));
                }
            }
            None => {
                let why = if eff.is_some() {
                    "which has no thread-safety model"
                } else {
                    "an unknown external function"
                };
                self.out
                    .unseen
                    .insert(format!("calls {name} at {}, {why}", self.where_(inst)));
            }
        }
    }

    /// Memory a modelled library function reads or writes through its pointer arguments
    /// (`memcpy` into a global buffer). `FILE` objects are locked by stdio itself.
    fn modelled_accesses(
        &mut self,
        name: &str,
        args: &[Val],
        st: &LockState,
        inst: &Inst,
        atomic: bool,
    ) {
        let Some(eff) = self.ctx.models.effect(name) else {
            return;
        };
        for (i, p) in eff.params.iter().enumerate() {
            let Some(pe) = &p.pointer else { continue };
            if p.ty.as_deref().is_some_and(|t| t.contains("FILE")) {
                continue;
            }
            let Some(Val::Path(path)) = args.get(i) else {
                continue;
            };
            let path = path.offset(None);
            if pe.reads != Reads::No {
                self.record(path.clone(), false, atomic, st.ctx(), self.site(inst), None);
            }
            if pe.writes != Writes::No {
                self.record(path, true, atomic, st.ctx(), self.site(inst), None);
            }
        }
    }

    /// Applies a defined callee's summary at a call site.
    fn apply(&mut self, fr: FuncRef, args: &[Val], st: &mut LockState, record: bool, inst: &Inst) {
        let Some(s) = (self.ctx.summary_of)(fr) else {
            return;
        };
        let callee_name: Arc<str> = self.ctx.prog.function(fr).name.as_str().into();
        let repeat = record && !self.applied.insert((fr, args.to_vec(), st.clone()));
        if record && !repeat {
            let mut recursive: FxHashSet<Lock> = FxHashSet::default();
            let plain = st.held.is_empty()
                && st.maybe.is_empty()
                && st.released.is_empty()
                && st.opaque.is_none();
            for a in &s.accesses {
                let Some(path) = a.path.translate(args) else {
                    continue;
                };
                let locks = if plain && !frame_relative(&a.locks) {
                    a.locks.clone()
                } else {
                    combine(st, &a.locks, args, &mut recursive)
                };
                let via = a.via.clone().or_else(|| Some(callee_name.clone()));
                self.record(path, a.write, a.atomic, locks, a.site, via);
            }
            for l in recursive {
                let n = names::lock(self.ctx, self.f, &l);
                self.out.issues.insert(format!(
                    "{callee_name} (called at {}) acquires `{n}` while the caller holds it (a recursive lock)",
                    self.where_(inst)
                ));
            }
            self.out.unseen.extend(s.unseen.iter().cloned());
            self.out.unsafe_calls.extend(s.unsafe_calls.iter().cloned());
            self.out.issues.extend(s.issues.iter().cloned());
            self.out.callbacks.extend(s.callbacks.iter().cloned());
            self.out
                .conditional_calls
                .extend(s.conditional_calls.iter().cloned());
            self.param_calls(&s, args, st, inst);
        }
        for l in &s.exit.released {
            st.release(l.translate(args));
        }
        for (l, m, c) in &s.exit.acquired {
            let tl = l.translate(args);
            if st.acquire(tl.clone(), *m, *c) && record && !tl.once {
                let n = names::lock(self.ctx, self.f, &tl);
                self.out.issues.insert(format!(
                    "{callee_name} (called at {}) returns holding `{n}`, which was already held (a recursive lock)",
                    self.where_(inst)
                ));
            }
            if tl.once {
                st.held.entry(tl).and_modify(|e| e.1 = 1);
            }
        }
        for l in &s.exit.maybe {
            let tl = l.translate(args);
            if !st.held.contains_key(&tl) {
                st.maybe.insert(tl);
            }
        }
        if st.opaque.is_none() {
            st.opaque = s.exit.opaque.clone();
        }
    }

    fn finish(mut self) -> TSummary {
        let mut v: Vec<Access> = self
            .acc
            .drain()
            .map(|((path, write, atomic, locks), (site, via))| Access {
                path,
                write,
                atomic,
                locks,
                site,
                via,
            })
            .collect();
        // Entries are distinct (map keys), so the unstable sort gives the same order, faster.
        v.sort_unstable();
        self.out.accesses = v;
        self.out
    }
}

/// Does the context name a lock through a parameter (so it needs rewriting at a call)?
fn frame_relative(c: &LockCtx) -> bool {
    let rel = |l: &Lock| {
        l.path
            .as_ref()
            .is_some_and(|p| matches!(p.base, Base::Param(_)))
    };
    c.held.iter().any(|(l, _)| rel(l)) || c.maybe.iter().any(rel) || c.released.iter().any(rel)
}

/// The locks around a callee's access, in the caller's frame.
fn combine(st: &LockState, c: &LockCtx, args: &[Val], recursive: &mut FxHashSet<Lock>) -> LockCtx {
    combine_state(st, c, args, recursive).ctx()
}

fn combine_state(
    st: &LockState,
    c: &LockCtx,
    args: &[Val],
    recursive: &mut FxHashSet<Lock>,
) -> LockState {
    let mut s = st.clone();
    for l in &c.released {
        let tl = l.translate(args);
        if s.held.remove(&tl).is_none() && !s.maybe.remove(&tl) {
            s.released.insert(tl);
        }
    }
    for l in &c.maybe {
        let tl = l.translate(args);
        if !s.held.contains_key(&tl) {
            s.maybe.insert(tl);
        }
    }
    for (l, m) in &c.held {
        let tl = l.translate(args);
        if s.held.contains_key(&tl) && !tl.once && st.held.contains_key(&tl) {
            recursive.insert(tl.clone());
        }
        s.acquire(tl, *m, 1);
    }
    if s.opaque.is_none() {
        s.opaque = c.opaque.clone();
    }
    s
}

/// The constant at byte `off` inside an initializer of type `ty`.
fn const_at<'m>(
    m: &'m Module,
    ty: ffiscope_ir::TypeId,
    c: &'m Constant,
    off: i64,
    depth: u32,
) -> Option<&'m Constant> {
    if depth > 16 || off < 0 {
        return None;
    }
    match c {
        Constant::Struct(fields) => {
            for (i, (fty, fc)) in fields.iter().enumerate() {
                let fo = m.field_offset(ty, i as u32)? as i64;
                let size = m.size_of(*fty) as i64;
                if off >= fo && off < fo + size.max(1) {
                    return const_at(m, *fty, fc, off - fo, depth + 1);
                }
            }
            None
        }
        Constant::Array(elems) => {
            let (ety, _) = elems.first()?;
            let size = m.size_of(*ety) as i64;
            if size == 0 {
                return None;
            }
            let (ety, ec) = elems.get((off / size) as usize)?;
            const_at(m, *ety, ec, off % size, depth + 1)
        }
        _ if off == 0 => Some(c),
        _ => None,
    }
}
