//! One function: values as access paths, a forward lockset dataflow over the CFG, and the
//! accesses made at each point (own loads and stores, modelled library calls, callees'
//! summaries rewritten into this frame).

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use ffiscope_engine::cfg::Cfg;
use ffiscope_engine::fieldcalls::GlobalFields;
use ffiscope_engine::keys::{KeyKind, Keys};
use ffiscope_engine::shapes::{Shapes, SsaOf};
use ffiscope_ir::{
    CallData, CastOp, Constant, FuncRef, Function, Inst, InstKind, Module, Operand, Program,
    TypeId, ValueId,
};
use ffiscope_models::{
    Callback, CallbackArg, Models, MtSafety, Reads, Returns, SyncOp, ThreadTag, Varargs, Writes,
};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::names;
use crate::path::{self, APath, Base, Lock, Mode, Val, ANY};
use crate::summary::*;

/// Accesses kept per summary; beyond it the summary says why it is incomplete.
pub const MAX_ACCESSES: usize = 4000;
const MAX_ROUNDS: usize = 12;

#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub prog: &'a Program,
    pub keys: &'a Keys,
    pub models: &'a Models,
    pub summary_of: &'a (dyn Fn(FuncRef) -> Option<Arc<TSummary>> + Sync),
    /// How file names appear in reasons.
    pub display: &'a (dyn Fn(&str) -> String + Sync),
    /// Struct fields that may hold a mutable global's address.
    pub global_fields: &'a GlobalFields,
    /// Functions' CFG and SSA form.
    pub shapes: &'a Shapes,
}

/// Accesses are kept once per path, kind and locks: (path, write, atomic, locks).
type AccKey = (APath, bool, bool, Arc<LockCtx>);

#[derive(Clone)]
enum Memo {
    Todo,
    /// Being computed, at this depth of the evaluation stack.
    Busy(u32),
    Done(Val),
    /// Computed while the value at depth `.1` (part of a cycle through phis) was still
    /// open, under its assumption of generation `.2`: valid only while that assumption
    /// stands. `None`: bottom (nothing known yet).
    Tent(Option<Val>, u32, u64),
}

/// A value being computed: what reads of it inside a cycle see.
struct Frame {
    /// The value assumed for it (bottom first, then joins of the results, widened).
    assumption: Option<Val>,
    /// Changes with the assumption: tentative results under an older one are stale.
    gen: u64,
    /// Read while being computed (it is on a cycle).
    hit: bool,
}

/// `Fa::dep` when a value depends on no open cycle.
const NO_DEP: u32 = u32::MAX;

/// Re-evaluations of a cycle before its value is widened to the deep path, then to unknown.
const CYCLE_ROUNDS_DEEP: u32 = 4;
const CYCLE_ROUNDS_MAX: u32 = 6;

struct Fa<'a, 'c> {
    ctx: &'c Ctx<'a>,
    mi: u32,
    m: &'a Module,
    f: &'a Function,
    ssa: SsaOf,
    defs: FxHashMap<ValueId, &'a Inst>,
    phi_of: FxHashMap<ValueId, (u32, usize)>,
    memo: RefCell<Vec<Memo>>,
    /// Values being computed (a cycle through phis reads its head's assumption).
    stack: RefCell<Vec<Frame>>,
    next_gen: Cell<u64>,
    /// The lowest stack depth the value being computed has read (a cycle still open).
    dep: Cell<u32>,
    // Output (filled in the recording pass).
    acc: FxHashMap<AccKey, (Site, Option<Arc<str>>)>,
    /// The first "unseen synchronization" reason recorded: later ones are folded into it so
    /// that accesses differ only in whether one happened before them.
    first_opaque: Option<Arc<str>>,
    /// The least of those reasons: the summary names that one, whichever came first
    /// (the first depended on callees' summaries, and in sqlite3's 184-function cycle
    /// two texts took turns every pass until the budget ran out).
    least_opaque: Option<Arc<str>>,
    /// Calls already applied in the recording pass with the same arguments and lockset
    /// (their accesses would only repeat).
    applied: FxHashSet<(FuncRef, Vec<Val>, LockState)>,
    /// Some return value is not known (`out.ret_alts` is then empty).
    ret_opaque: bool,
    /// Shared globals loaded and stored by separate atomic instructions with no lock held,
    /// for lost updates ([`Fa::lost_updates`]).
    atomic_loads: FxHashSet<APath>,
    atomic_stores: Vec<(APath, String)>,
    out: TSummary,
}

/// Analyses one defined function with its callees' summaries.
pub fn analyze(ctx: &Ctx<'_>, fr: FuncRef) -> TSummary {
    let m = ctx.prog.module(fr.module);
    let f = ctx.prog.function(fr);
    let shape = ctx.shapes.get(ctx.prog, fr);
    let cfg = &shape.cfg;
    let ssa = SsaOf(shape.clone());
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
        stack: RefCell::new(Vec::new()),
        next_gen: Cell::new(0),
        dep: Cell::new(NO_DEP),
        acc: FxHashMap::default(),
        first_opaque: None,
        least_opaque: None,
        applied: FxHashSet::default(),
        ret_opaque: false,
        atomic_loads: FxHashSet::default(),
        atomic_stores: Vec::new(),
        out: TSummary::default(),
    };
    fa.run(cfg);
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

    fn gen(&self) -> u64 {
        let g = self.next_gen.get();
        self.next_gen.set(g + 1);
        g
    }

    /// The value of `v`; `None`: bottom (a value on a cycle, before its first iteration).
    ///
    /// Values are computed on demand and memoized. A value read while it is being
    /// computed is on a cycle (a loop-carried pointer: `n = n->next`, `p++`): it is then
    /// computed again with the previous result assumed for it, joined and widened, until
    /// the result stays within the assumption (an offset becomes `ANY`, a longer chain
    /// the base's deep path, different bases unknown). Values computed while a cycle
    /// was open depend on its assumption: they are kept only for that assumption
    /// (`Memo::Tent`) and computed again after it.
    fn eval_local(&self, v: ValueId) -> Option<Val> {
        if let Some(i) = self.f.params.iter().position(|p| p.value == v) {
            return Some(Val::Path(APath::param(i as u32)));
        }
        let idx = v.0 as usize;
        let memo = match self.memo.borrow().get(idx) {
            Some(m) => m.clone(),
            None => return Some(Val::Unknown),
        };
        match memo {
            Memo::Done(x) => return Some(x),
            Memo::Busy(d) => {
                let mut stack = self.stack.borrow_mut();
                let fr = &mut stack[d as usize];
                fr.hit = true;
                self.dep.set(self.dep.get().min(d));
                return fr.assumption.clone();
            }
            Memo::Tent(x, d, g) => {
                if self
                    .stack
                    .borrow()
                    .get(d as usize)
                    .is_some_and(|fr| fr.gen == g)
                {
                    self.dep.set(self.dep.get().min(d));
                    return x;
                }
            }
            Memo::Todo => {}
        }
        let d = self.stack.borrow().len() as u32;
        let gen = self.gen();
        self.stack.borrow_mut().push(Frame {
            assumption: None,
            gen,
            hit: false,
        });
        self.memo.borrow_mut()[idx] = Memo::Busy(d);
        let outer = self.dep.replace(NO_DEP);
        let mut rounds = 0;
        let r = loop {
            self.dep.set(NO_DEP);
            let r = self.compute_local(v);
            let mut stack = self.stack.borrow_mut();
            let fr = &mut stack[d as usize];
            if !fr.hit {
                break r;
            }
            let next = match (&fr.assumption, r) {
                (a, None) => a.clone(),
                (None, Some(x)) => Some(x),
                (Some(a), Some(x)) => Some(path::join(a.clone(), x)),
            };
            if next == fr.assumption {
                break next;
            }
            rounds += 1;
            let next = match next {
                _ if rounds >= CYCLE_ROUNDS_MAX => Some(Val::Unknown),
                Some(Val::Path(p)) if rounds >= CYCLE_ROUNDS_DEEP => Some(Val::Path(p.to_deep())),
                n => n,
            };
            fr.assumption = next;
            fr.hit = false;
            fr.gen = self.gen();
        };
        self.stack.borrow_mut().pop();
        let dep = match self.dep.get() {
            x if x >= d => NO_DEP,
            x => x,
        };
        self.dep.set(outer.min(dep));
        if dep == NO_DEP {
            let r = r.unwrap_or(Val::Unknown);
            self.memo.borrow_mut()[idx] = Memo::Done(r.clone());
            Some(r)
        } else {
            let g = self.stack.borrow()[dep as usize].gen;
            self.memo.borrow_mut()[idx] = Memo::Tent(r.clone(), dep, g);
            r
        }
    }

    /// The pointer an integer is exactly the address of (see [`ffiscope_engine::intaddr`]).
    fn address_of_int<'o>(&'o self, val: &'o Operand) -> Option<(&'o Operand, bool)> {
        ffiscope_engine::intaddr::address_source(
            val,
            &self.m.types,
            self.m.datalayout.pointer_bits,
            &|op| self.ssa.resolve(op),
            &|v| self.defs.get(&v).map(|i| &i.kind),
        )
    }

    fn compute_local(&self, v: ValueId) -> Option<Val> {
        if let Some(&(b, i)) = self.phi_of.get(&v) {
            let phi = &self.ssa.phis[b as usize][i];
            return self.join(phi.incoming.iter().map(|(op, _)| op));
        }
        let Some(inst) = self.defs.get(&v) else {
            return Some(Val::Unknown);
        };
        Some(match &inst.kind {
            InstKind::Alloca { .. } => Val::Local,
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => match self.eval_opt(base)? {
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
                CastOp::BitCast | CastOp::AddrSpaceCast => self.eval_opt(val)?,
                // One pointer's address made a pointer again (`(void *)(uintptr_t)p`).
                CastOp::IntToPtr => match self.address_of_int(val) {
                    Some((p, exact)) => match self.eval_opt(p)? {
                        Val::Path(path) if !exact => Val::Path(path.offset(None)),
                        v => v,
                    },
                    None => Val::Unknown,
                },
                _ => Val::Local,
            },
            InstKind::Freeze { val, .. } => self.eval_opt(val)?,
            InstKind::Load { ptr, .. } => match self.eval_opt(ptr)? {
                // A field some handle holds a global's address in: not the caller's own.
                Val::Path(_) if self.held_global(ptr).is_some() => Val::Unknown,
                Val::Path(p) => Val::Path(p.deref()),
                _ => Val::Unknown,
            },
            InstKind::Phi { incoming, .. } => return self.join(incoming.iter().map(|(op, _)| op)),
            InstKind::Select { a, b, .. } => return self.join([a, b].into_iter()),
            InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                let args = c
                    .args
                    .iter()
                    .map(|a| self.eval_opt(&a.val))
                    .collect::<Option<Vec<Val>>>()?;
                self.call_result(c, &args)
            }
            InstKind::ExtractValue { .. } | InstKind::VaArg { .. } => Val::Unknown,
            _ => Val::Local,
        })
    }

    /// The join of the operands; bottom (`None`) when they all are.
    fn join<'o>(&self, ops: impl Iterator<Item = &'o Operand>) -> Option<Val> {
        let mut acc: Option<Val> = None;
        for op in ops {
            let Some(v) = self.eval_opt(op) else { continue };
            acc = Some(match acc {
                None => v,
                Some(a) => path::join(a, v),
            });
            if acc == Some(Val::Unknown) {
                break;
            }
        }
        acc
    }

    fn args(&self, c: &CallData) -> Vec<Val> {
        c.args.iter().map(|a| self.eval(&a.val)).collect()
    }

    /// What a call returns, given the values of its arguments.
    fn call_result(&self, c: &CallData, args: &[Val]) -> Val {
        match self.callee(c) {
            Val::Func(fr) => self.ret_of(fr, args),
            Val::Path(p) => {
                // A method of a constant table: the join of what its functions return.
                let targets = match p.loaded_from() {
                    Some(APath {
                        base: Base::Global(k),
                        steps,
                        off,
                    }) if steps.is_empty() => self.const_fns(k, off),
                    _ => Vec::new(),
                };
                targets
                    .into_iter()
                    .map(|fr| self.ret_of(fr, args))
                    .reduce(path::join)
                    .unwrap_or(Val::Unknown)
            }
            Val::ExtFunc(key) => {
                let name = self.ctx.keys.name(key);
                match self.ctx.models.effect(name).map(|e| &e.returns) {
                    Some(Returns::Owned { .. }) | Some(Returns::Scalar) | Some(Returns::Void) => {
                        Val::Local
                    }
                    Some(Returns::Alias { args: which, .. }) => which
                        .iter()
                        .map(|&a| match args.get(a as usize) {
                            Some(Val::Path(p)) => Val::Path(p.offset(None)),
                            Some(v) => v.clone(),
                            None => Val::Unknown,
                        })
                        .reduce(path::join)
                        .unwrap_or(Val::Unknown),
                    // Borrowed memory of an MT-Safe call belongs to another object
                    // (`dlsym`'s variable in a loaded library): shared, maybe written.
                    Some(r @ (Returns::Static | Returns::Borrowed)) => {
                        if self
                            .ctx
                            .models
                            .thread(name)
                            .is_some_and(|t| t.is_unconditionally_safe())
                        {
                            if matches!(r, Returns::Static) {
                                Val::Local
                            } else {
                                Val::Unknown
                            }
                        } else {
                            Val::Path(APath::deep(Base::Libc(self.libc_state(name).into())))
                        }
                    }
                    _ => Val::Unknown,
                }
            }
            _ => Val::Unknown,
        }
    }

    /// What a call of a defined function returns: its summary's path in this frame,
    /// `Local` (fresh or own memory, or not a pointer), or unknown.
    fn ret_of(&self, fr: FuncRef, args: &[Val]) -> Val {
        let Some(s) = (self.ctx.summary_of)(fr) else {
            return Val::Unknown;
        };
        if s.ret_unknown {
            return Val::Unknown;
        }
        match &s.ret {
            Some(p) => p.translate_val(args),
            None => Val::Local,
        }
    }

    /// The libc state a function's static or borrowed result lives in: the first object
    /// its man page's tags name (`env` for `getenv`, `tmbuf` for `localtime`), else the
    /// function itself.
    fn libc_state(&self, name: &str) -> String {
        if let Some(t) = self.ctx.models.thread(name) {
            for tag in t.parsed_tags() {
                match tag {
                    ThreadTag::Env => return "env".into(),
                    ThreadTag::Locale => return "locale".into(),
                    ThreadTag::Race(Some(x)) | ThreadTag::Const(x) => {
                        return x.split('/').next().unwrap_or(x).to_string()
                    }
                    _ => {}
                }
            }
        }
        self.ctx
            .models
            .canonical_name(name)
            .unwrap_or(name)
            .to_string()
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

    /// Adds to `out` the objects `path` (through a pointer loaded from constant global
    /// `key`) may be, from the initializer, following pointers through constants in
    /// turn; what is constant itself is left out. `None` when the initializer does not
    /// say (no definition in the program, a computed address, too many targets).
    fn const_targets(
        &self,
        key: u32,
        path: &APath,
        depth: u32,
        out: &mut Vec<APath>,
    ) -> Option<()> {
        let KeyKind::Var {
            def: Some((dm, dg)),
            ..
        } = self.ctx.keys.kinds[key as usize]
        else {
            return None;
        };
        if depth > 4 {
            return None;
        }
        let m = self.ctx.prog.module(dm);
        let g = &m.globals[dg as usize];
        let init = g.init.as_ref()?;
        // The pointer loaded from the constant (anywhere in it, for its deep path), then
        // the rest of the path below it.
        let (first, rest_steps) = if path.is_deep() && path.prefix().is_empty() {
            (ANY, path.steps.clone())
        } else {
            (path.steps[0], path.steps[1..].to_vec())
        };
        // The pointer constants that may be loaded.
        // (Integers, bytes and nulls point nowhere; an offset the initializer does not
        // resolve may be any of its pointers.)
        let mut ptrs: Vec<&Constant> = Vec::new();
        match (first != ANY)
            .then(|| const_at(m, g.ty, init, first, 0))
            .flatten()
        {
            Some(c) => collect_ptrs(c, &mut ptrs, 0),
            None => collect_ptrs(init, &mut ptrs, 0),
        }
        let rest = APath {
            base: Base::Param(0),
            steps: rest_steps,
            off: path.off,
        };
        for c in ptrs {
            let (sym, off) = const_ptr(m, c)?;
            match self.eval_sym(dm, sym) {
                Val::Path(p) => {
                    let obj = Val::Path(p.offset(off));
                    let Val::Path(t) = rest.translate_val(&[obj]) else {
                        return None;
                    };
                    match t.base {
                        Base::Global(k2)
                            if matches!(
                                self.ctx.keys.kinds[k2 as usize],
                                KeyKind::Var { constant: true, .. }
                            ) =>
                        {
                            if !t.steps.is_empty() {
                                self.const_targets(k2, &t, depth + 1, out)?;
                            }
                        }
                        _ if out.contains(&t) => {}
                        _ => out.push(t),
                    }
                }
                // Code: nothing to race on.
                Val::Func(_) | Val::ExtFunc(_) => {}
                _ => return None,
            }
            if out.len() > 8 {
                return None;
            }
        }
        Some(())
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
        self.lost_updates();
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
        let alts = match self.eval(v) {
            Val::Path(p) => Some(vec![p]),
            Val::Unknown => self.may_paths(v),
            Val::Local | Val::Func(_) | Val::ExtFunc(_) => Some(Vec::new()),
        };
        let Some(alts) = alts else {
            self.out.ret_unknown = true;
            self.ret_opaque = true;
            self.out.ret_alts.clear();
            return;
        };
        for p in alts {
            if !self.ret_opaque && !self.out.ret_alts.contains(&p) {
                self.out.ret_alts.push(p.clone());
                if self.out.ret_alts.len() > 8 {
                    self.ret_opaque = true;
                    self.out.ret_alts.clear();
                }
            }
            self.out.ret = Some(match self.out.ret.take() {
                None => p,
                Some(a) => match path::join(Val::Path(a.clone()), Val::Path(p)) {
                    Val::Path(j) => j,
                    // Different objects: callers cannot follow the result as one path
                    // (the first is kept for the static-buffer check; `ret_alts` has all).
                    _ => {
                        self.out.ret_unknown = true;
                        a
                    }
                },
            });
        }
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
                        if atomic.is_some() {
                            self.note_atomic(ptr, None, &st);
                        }
                    }
                    if atomic
                        .as_deref()
                        .is_some_and(|o| o.contains("acquire") || o.contains("seq_cst"))
                    {
                        self.atomic_sync("atomic load", inst, &mut st);
                    }
                }
                InstKind::Store { ptr, atomic, .. } if record => {
                    self.access(ptr, true, atomic.is_some(), &st, inst);
                    if atomic.is_some() {
                        self.note_atomic(ptr, Some(inst), &st);
                    }
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

    /// An atomic load (`store` None) or store of a shared global with no lock held.
    fn note_atomic(&mut self, ptr: &Operand, store: Option<&Inst>, st: &LockState) {
        if !st.held.is_empty() {
            return;
        }
        let Val::Path(p) = self.eval(ptr) else {
            return;
        };
        let shared = matches!(p.base, Base::Global(k) if !matches!(
            self.ctx.keys.kinds[k as usize],
            KeyKind::Var { thread_local: true, .. }
        ));
        if !shared {
            return;
        }
        match store {
            None => {
                self.atomic_loads.insert(p);
            }
            Some(inst) => {
                let at = self.where_(inst);
                self.atomic_stores.push((p, at));
            }
        }
    }

    /// `v = atomic_load(&g); atomic_store(&g, v + 1)`: each access is atomic, so no data
    /// race, but an update another thread makes between them is lost (a read-modify-write,
    /// `atomic_fetch_add`, would not lose it). The stored value need not depend on the
    /// load (last writer wins may be meant), so this is `maybe`, not `unsafe`.
    fn lost_updates(&mut self) {
        for (p, at) in std::mem::take(&mut self.atomic_stores) {
            if self.atomic_loads.contains(&p) {
                let name = names::path(self.ctx, self.f, &p);
                self.out.issues.insert(format!(
                    "loads `{name}` and then stores it at {at} as two atomic operations with \
                     no lock held: an update another thread makes in between is lost (not \
                     one read-modify-write)"
                ));
            }
        }
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
        match self.eval(ptr) {
            Val::Path(p) => self.record(p, write, atomic, st.ctx(), self.site(inst), None),
            Val::Unknown => {
                if let Some(paths) = self.may_paths(ptr) {
                    for p in paths {
                        self.record(p, write, atomic, st.ctx(), self.site(inst), None);
                    }
                    return;
                }
                let (why, detail) = self.why_unknown(ptr);
                self.out.unseen.insert(format!(
                    "{} through {why} at {}{detail}",
                    if write { "writes" } else { "reads" },
                    self.where_(inst)
                ));
            }
            // Our own memory (stack, fresh), or code.
            Val::Local | Val::Func(_) | Val::ExtFunc(_) => {}
        }
    }

    /// The objects a pointer that merges several known ones (`c ? &g_a : &g_b`, a phi of
    /// two globals) may point into, when each is known: an access through it may hit any
    /// of them. `None` when one is not known (a load, a call, ...).
    fn may_paths(&self, op: &Operand) -> Option<Vec<APath>> {
        let mut out = Vec::new();
        let mut seen = FxHashSet::default();
        let mut cyclic = false;
        self.collect_paths(op, &mut out, &mut seen, &mut cyclic, 0)?;
        if cyclic {
            // Offsets added around a cycle are unknown.
            for p in out.iter_mut() {
                *p = p.offset(None);
            }
        }
        Some(out)
    }

    fn collect_paths(
        &self,
        op: &Operand,
        out: &mut Vec<APath>,
        seen: &mut FxHashSet<ValueId>,
        cyclic: &mut bool,
        depth: u32,
    ) -> Option<()> {
        if depth > 16 || out.len() > 8 {
            return None;
        }
        match self.eval(op) {
            Val::Path(p) => {
                if !out.contains(&p) {
                    out.push(p);
                }
                return Some(());
            }
            Val::Local | Val::Func(_) | Val::ExtFunc(_) => return Some(()),
            Val::Unknown => {}
        }
        let Operand::Local(v) = self.ssa.resolve(op) else {
            return None;
        };
        let merged: Vec<&Operand> = if let Some(&(b, i)) = self.phi_of.get(v) {
            self.ssa.phis[b as usize][i]
                .incoming
                .iter()
                .map(|(o, _)| o)
                .collect()
        } else {
            match &self.defs.get(v)?.kind {
                InstKind::Phi { incoming, .. } => incoming.iter().map(|(o, _)| o).collect(),
                InstKind::Select { a, b, .. } => vec![a, b],
                InstKind::Gep {
                    source_ty,
                    base,
                    indices,
                    ..
                } => {
                    let mut inner = Vec::new();
                    self.collect_paths(base, &mut inner, seen, cyclic, depth + 1)?;
                    let off = self.m.gep_offset(
                        *source_ty,
                        indices.iter().map(|(_, op)| self.ssa.resolve(op).as_int()),
                    );
                    for p in inner {
                        let p = p.offset((!off.variable).then_some(off.bytes));
                        if !out.contains(&p) {
                            out.push(p);
                        }
                    }
                    return Some(());
                }
                InstKind::Cast {
                    op: CastOp::BitCast | CastOp::AddrSpaceCast,
                    val,
                    ..
                }
                | InstKind::Freeze { val, .. } => vec![val],
                // A callee that returns one of several known objects.
                InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                    let Val::Func(fr) = self.callee(c) else {
                        return None;
                    };
                    let s = (self.ctx.summary_of)(fr)?;
                    if s.ret_alts.is_empty() {
                        return None;
                    }
                    let args = self.args(c);
                    for p in &s.ret_alts {
                        match p.translate_val(&args) {
                            Val::Path(t) if !out.contains(&t) => out.push(t),
                            Val::Path(_) | Val::Local => {}
                            _ => return None,
                        }
                    }
                    return Some(());
                }
                _ => return None,
            }
        };
        if !seen.insert(*v) {
            *cyclic = true;
            return Some(());
        }
        for o in merged {
            self.collect_paths(o, out, seen, cyclic, depth + 1)?;
        }
        Some(())
    }

    /// Where a pointer the analysis cannot follow comes from, for reasons: the kind of
    /// pointer (the thing unseen) and details (after the site).
    /// The global a pointer loaded through `ptr` may be, when `ptr` is a struct field some
    /// object holds a mutable global's address in.
    fn held_global(&self, ptr: &Operand) -> Option<&'c ffiscope_engine::fieldcalls::HeldGlobal> {
        let def_of = |op: &Operand| match self.ssa.resolve(op) {
            Operand::Local(v) => self.defs.get(v).map(|i| &i.kind),
            _ => None,
        };
        self.ctx
            .global_fields
            .held_at(self.m, self.ssa.resolve(ptr), &def_of)
    }

    /// The held global a value loaded from a held field (through casts and offsets) may
    /// point into.
    fn loaded_held_global(&self, op: &Operand) -> Option<u32> {
        match self.pointer_origin(op)? {
            (_, InstKind::Load { ptr, .. }) => self.held_global(ptr).map(|h| h.key),
            _ => None,
        }
    }

    /// The instruction a pointer comes from, through offsets and casts.
    fn pointer_origin(&self, op: &Operand) -> Option<(ValueId, &InstKind)> {
        let mut op = op;
        for _ in 0..16 {
            let Operand::Local(v) = self.ssa.resolve(op) else {
                return None;
            };
            match &self.defs.get(v)?.kind {
                InstKind::Gep { base, .. } => op = base,
                InstKind::Cast { val, .. } => op = val,
                kind => return Some((*v, kind)),
            }
        }
        None
    }

    fn why_unknown(&self, op: &Operand) -> (&'static str, String) {
        const SEVERAL: &str = "a pointer that may point to different objects";
        let mut op = op;
        for _ in 0..16 {
            let Operand::Local(v) = self.ssa.resolve(op) else {
                break;
            };
            if self.phi_of.contains_key(v) {
                return (SEVERAL, String::new());
            }
            let Some(inst) = self.defs.get(v) else { break };
            match &inst.kind {
                InstKind::Gep { base, .. } => op = base,
                InstKind::Cast {
                    op: CastOp::BitCast | CastOp::AddrSpaceCast,
                    val,
                    ..
                }
                | InstKind::Freeze { val, .. } => op = val,
                InstKind::Cast {
                    op: CastOp::IntToPtr,
                    ..
                } => return ("an integer cast to a pointer", String::new()),
                InstKind::Load { ptr, .. } => {
                    if let (Some(h), Val::Path(p)) = (self.held_global(ptr), self.eval(ptr)) {
                        let field = names::field(self.ctx, self.f, &p);
                        let g = names::global(self.ctx, h.key);
                        let stored = match h.in_initializer_of {
                            Some(k) => {
                                format!("in the initializer of `{}`", names::global(self.ctx, k))
                            }
                            None => format!(
                                "at {}",
                                names::site(
                                    self.ctx,
                                    Site {
                                        module: h.module,
                                        dbg: h.dbg
                                    }
                                )
                            ),
                        };
                        return (
                            "a pointer that may point to a global",
                            format!(
                                " (`{field}`: that field of some object holds the address of \
                                 `{g}` ({stored}), so every handle may share it)"
                            ),
                        );
                    }
                    return match self.eval(ptr) {
                        Val::Local => (
                            "a pointer loaded from local memory",
                            " (an address-taken variable, an out-parameter or fresh memory: \
                             what was stored there is not tracked)"
                                .into(),
                        ),
                        _ => ("a pointer it cannot follow", String::new()),
                    };
                }
                InstKind::Phi { .. } | InstKind::Select { .. } => return (SEVERAL, String::new()),
                InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                    let callee = match self.callee(c) {
                        Val::Func(fr) => self.ctx.prog.function(fr).name.clone(),
                        Val::ExtFunc(k) => self.ctx.keys.name(k).to_string(),
                        _ => "an indirect call".into(),
                    };
                    return (
                        "a call's result it cannot follow",
                        format!(" (the result of {callee})"),
                    );
                }
                InstKind::ExtractValue { .. } => {
                    return ("a pointer taken out of an aggregate value", String::new())
                }
                InstKind::VaArg { .. } => return ("a variadic argument", String::new()),
                _ => break,
            }
        }
        ("a pointer it cannot follow", String::new())
    }

    fn record(
        &mut self,
        path: APath,
        write: bool,
        atomic: bool,
        locks: Arc<LockCtx>,
        site: Site,
        via: Option<Arc<str>>,
    ) {
        self.record_at(path, write, atomic, locks, site, via, 0)
    }

    #[allow(clippy::too_many_arguments)]
    fn record_at(
        &mut self,
        path: APath,
        write: bool,
        atomic: bool,
        locks: Arc<LockCtx>,
        site: Site,
        via: Option<Arc<str>>,
        depth: u32,
    ) {
        let mut locks = locks;
        if let Some(o) = &locks.opaque {
            if self.least_opaque.as_ref().is_none_or(|l| o < l) {
                self.least_opaque = Some(o.clone());
            }
            let first = self.first_opaque.get_or_insert_with(|| o.clone()).clone();
            if *o != first {
                Arc::make_mut(&mut locks).opaque = Some(first);
            }
        }
        let own = path.steps.is_empty();
        let (path, atomic, locks) = match path.base {
            Base::Global(k) => match self.ctx.keys.kinds[k as usize] {
                // Constants and thread-locals never race: one entry per global is enough.
                // Only their own storage, though: what a pointer loaded from them points to
                // is another object.
                KeyKind::Var {
                    thread_local: true, ..
                }
                | KeyKind::Var { constant: true, .. }
                    if own =>
                {
                    (
                        APath {
                            base: path.base,
                            steps: Vec::new(),
                            off: ANY,
                        },
                        false,
                        LockCtx::none(),
                    )
                }
                KeyKind::Var {
                    thread_local: true, ..
                } => {
                    let what = names::path(self.ctx, self.f, &path);
                    let g = names::global(self.ctx, k);
                    self.out.unseen.insert(format!(
                        "{} through a pointer loaded from a thread-local variable at {} \
                         (`{what}`: thread-local `{g}` may point to shared memory)",
                        if write { "writes" } else { "reads" },
                        names::site(self.ctx, site)
                    ));
                    return;
                }
                KeyKind::Var { constant: true, .. } => {
                    // The constant itself is read; then the objects its initializer points to.
                    self.record_at(
                        APath::global(k),
                        false,
                        false,
                        LockCtx::none(),
                        site,
                        via.clone(),
                        depth + 1,
                    );
                    let mut targets = Vec::new();
                    match self.const_targets(k, &path, 0, &mut targets) {
                        Some(()) if depth < 4 => {
                            for t in targets {
                                self.record_at(
                                    t,
                                    write,
                                    atomic,
                                    locks.clone(),
                                    site,
                                    via.clone(),
                                    depth + 1,
                                );
                            }
                        }
                        _ => {
                            let what = names::path(self.ctx, self.f, &path);
                            self.out.unseen.insert(format!(
                                "{} through a pointer in a constant it cannot follow at {} (`{what}`)",
                                if write { "writes" } else { "reads" },
                                names::site(self.ctx, site)
                            ));
                        }
                    }
                    return;
                }
                _ => (path, atomic, locks),
            },
            _ => (path, atomic, locks),
        };
        if self.acc.len() >= MAX_ACCESSES {
            self.out.unseen.insert(format!(
                "more than {MAX_ACCESSES} distinct accesses: the rest were not tracked"
            ));
            return;
        }
        // The representative site is the least one, not the first seen: the order callee
        // accesses arrive in depends on the callees' own representatives, and in a
        // recursive cycle "first seen" flipped between rounds forever.
        self.acc
            .entry((path, write, atomic, locks))
            .and_modify(|rep| {
                if (site, &via) < (rep.0, &rep.1) {
                    *rep = (site, via.clone());
                }
            })
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
                    let what = names::path(self.ctx, self.f, &p);
                    self.globals_to_callback(what.trim_start_matches('*'), c, &args, inst);
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
                        let field = loc.as_ref().map(|l| names::field(self.ctx, self.f, l));
                        self.globals_to_callback(field.as_deref().unwrap_or(&what), c, &args, inst);
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

    /// A pointer to mutable shared state handed to a callback the caller supplies: the
    /// callback may write it (`cb(&g_state)`), and two concurrent calls then race. The
    /// analysis cannot see the callback, so it says `maybe` and names what it passes.
    fn globals_to_callback(&mut self, callback: &str, c: &CallData, args: &[Val], inst: &Inst) {
        for (i, a) in args.iter().enumerate() {
            // A pointer loaded from a field that may hold a global (`h->cb(h->st)`), or a
            // local struct holding one (`struct ctx c = {&g_reg}; cb(&c)`).
            let indirect = match (a, c.args.get(i)) {
                (Val::Unknown, Some(op)) => Some(
                    self.loaded_held_global(&op.val)
                        .map(|k| (k, "a pointer that may point to", "write it")),
                ),
                (Val::Local, Some(op)) => Some(
                    self.local_holding_global(&op.val)
                        .map(|k| (k, "a local holding a pointer to", "write through it")),
                ),
                _ => None,
            };
            if let Some(found) = indirect {
                if let Some((k, what, effect)) = found {
                    let g = names::global(self.ctx, k);
                    let at = self.where_(inst);
                    self.out.unseen.insert(format!(
                        "passes {what} shared `{g}` to the caller's callback `{callback}` at {at}, which may {effect}"
                    ));
                }
                continue;
            }
            let Val::Path(p) = a else { continue };
            let Base::Global(k) = p.base else { continue };
            let mutable = matches!(
                self.ctx.keys.kinds[k as usize],
                KeyKind::Var {
                    constant: false,
                    thread_local: false,
                    ..
                }
            );
            if mutable {
                let g = if p.steps.is_empty() && p.off == 0 {
                    names::global(self.ctx, k)
                } else {
                    names::path(self.ctx, self.f, p)
                };
                let at = self.where_(inst);
                self.out.unseen.insert(format!(
                    "passes shared `{g}` to the caller's callback `{callback}` at {at}, which may write it"
                ));
            }
        }
    }

    /// A mutable global whose address this function puts into the local object `op`
    /// points into: by a store (or of a pointer loaded from a field holding one), by a
    /// copy from a constant initializer (`struct ctx c = {&g_reg};` at -O0), or by handing
    /// both to a helper.
    fn local_holding_global(&self, op: &Operand) -> Option<u32> {
        let root = self.alloca_root(op)?;
        let mutable = |k: u32| {
            matches!(
                self.ctx.keys.kinds[k as usize],
                KeyKind::Var {
                    constant: false,
                    thread_local: false,
                    ..
                }
            )
        };
        for b in &self.f.blocks {
            for i in &b.insts {
                match &i.kind {
                    InstKind::Store { val, ptr, .. } if self.alloca_root(ptr) == Some(root) => {
                        if let Val::Path(p) = self.eval(val) {
                            if let Base::Global(k) = p.base {
                                if mutable(k) {
                                    return Some(k);
                                }
                            }
                        }
                        if let Some(k) = self.loaded_held_global(val) {
                            return Some(k);
                        }
                    }
                    InstKind::Call(c) => {
                        let is_copy = c.args.len() >= 2
                            && ffiscope_engine::fieldcalls::is_memcpy(
                                self.m,
                                self.ssa.resolve(&c.callee),
                            );
                        if !is_copy {
                            // A helper handed both the local and a global's address may
                            // store one in the other (`ctx_init(&c, &g_reg)`); a helper
                            // handed the local may store a global it names itself in a
                            // field that some code fills with one (`ctx_init(&c)`).
                            if c.args
                                .iter()
                                .any(|a| self.alloca_root(&a.val) == Some(root))
                            {
                                for a in &c.args {
                                    if let Val::Path(p) = self.eval(&a.val) {
                                        if let Base::Global(k) = p.base {
                                            if mutable(k) {
                                                return Some(k);
                                            }
                                        }
                                    }
                                }
                                // A direct call only: the callback itself is what the
                                // local is handed to, not what fills it.
                                let direct =
                                    matches!(self.ssa.resolve(&c.callee), Operand::Global(_));
                                if let Some(h) =
                                    self.alloca_type(root).filter(|_| direct).and_then(|ty| {
                                        self.ctx.global_fields.held_in_struct(self.m, ty)
                                    })
                                {
                                    return Some(h.key);
                                }
                            }
                            continue;
                        }
                        if self.alloca_root(&c.args[0].val) != Some(root) {
                            continue;
                        }
                        let Operand::Global(src) = self.ssa.resolve(&c.args[1].val) else {
                            continue;
                        };
                        let Some(init) = self.m.global_by_sym(*src).and_then(|g| g.init.as_ref())
                        else {
                            continue;
                        };
                        let mut syms = Vec::new();
                        init.symbols(&mut syms);
                        for s in syms {
                            let k = self.ctx.keys.of_sym(self.mi, s);
                            if matches!(self.ctx.keys.kinds[k as usize], KeyKind::Var { .. })
                                && mutable(k)
                            {
                                return Some(k);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        None
    }

    /// The `alloca` a pointer points into, through offsets and casts.
    /// The type a local was allocated with.
    fn alloca_type(&self, root: ValueId) -> Option<TypeId> {
        match self.defs.get(&root).map(|i| &i.kind) {
            Some(InstKind::Alloca { ty, .. }) => Some(*ty),
            _ => None,
        }
    }

    fn alloca_root(&self, op: &Operand) -> Option<ValueId> {
        match self.pointer_origin(op)? {
            (v, InstKind::Alloca { .. }) => Some(v),
            _ => None,
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
                // Initialising or destroying a sync object writes it: doing so to a shared
                // one while others may use it races (a library init without pthread_once).
                SyncOp::Init | SyncOp::Destroy => {
                    if record {
                        self.modelled_accesses(name, args, st, inst, false);
                    }
                }
                SyncOp::Wait => {}
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
        self.library_callbacks(name, args, st, inst);
        // A result in static storage shared by all calls (`localtime`'s `struct tm`): the
        // call fills it (the state its result names, see `call_result`).
        if matches!(eff.map(|e| &e.returns), Some(Returns::Static))
            && !models
                .thread(name)
                .is_some_and(|t| t.is_unconditionally_safe())
        {
            let p = APath::deep(Base::Libc(self.libc_state(name).into()));
            self.record(p, true, false, st.ctx(), self.site(inst), None);
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
    /// (`memcpy` into a global buffer). `FILE` objects are locked by stdio itself, except
    /// by the functions whose man page says `race:stream` (`fputs_unlocked`).
    /// A modelled read and/or write of `path` at this call, with the current locks.
    fn record_rw(
        &mut self,
        path: APath,
        (read, write): (bool, bool),
        atomic: bool,
        st: &LockState,
        inst: &Inst,
    ) {
        if read {
            self.record(path.clone(), false, atomic, st.ctx(), self.site(inst), None);
        }
        if write {
            self.record(path, true, atomic, st.ctx(), self.site(inst), None);
        }
    }

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
        let unlocked_streams = self.ctx.models.thread(name).is_some_and(|t| {
            t.parsed_tags()
                .any(|tag| matches!(tag, ThreadTag::Race(Some(x)) if x == "stream"))
        });
        let mut lost: Option<(&str, bool)> = None;
        for (i, p) in eff.params.iter().enumerate() {
            let Some(pe) = &p.pointer else { continue };
            if !unlocked_streams && p.ty.as_deref().is_some_and(|t| t.contains("FILE")) {
                continue;
            }
            // Freeing (or unmapping) an object destroys it: two calls freeing the same
            // shared object race like two writes.
            let (reads, writes) = (
                pe.reads != Reads::No,
                pe.writes != Writes::No || pe.freed != ffiscope_models::Verdict::No,
            );
            // Through pointers stored in `*p` (`readv`'s iovec, `vsscanf`'s va_list).
            let deep_reads = matches!(pe.reads, Reads::Deep | Reads::Maybe);
            let deep_writes = matches!(pe.writes, Writes::Indirect | Writes::Deep | Writes::Maybe);
            match args.get(i) {
                Some(Val::Path(path)) => {
                    let below = path.to_deep();
                    self.record_rw(path.offset(None), (reads, writes), atomic, st, inst);
                    self.record_rw(below, (deep_reads, deep_writes), atomic, st, inst);
                }
                Some(Val::Unknown) if (reads || writes) && lost.is_none_or(|l| writes && !l.1) => {
                    lost = Some((p.name.as_str(), writes));
                }
                // The function's own memory may hold pointers to shared memory, unless the
                // model says what they are: a fresh block (`getline`'s `*lineptr` when it
                // starts NULL), or a pointer into another argument (`strtok_r`'s
                // `*saveptr` points into `str`), whose memory is then what is reached.
                Some(Val::Local) if deep_reads || deep_writes => match &pe.out {
                    Some(Returns::Owned { .. }) => {}
                    Some(Returns::Alias { args: into, .. }) if !into.contains(&(i as u32)) => {
                        for &j in into {
                            match args.get(j as usize) {
                                Some(Val::Path(q)) => {
                                    let rw = (deep_reads, deep_writes);
                                    self.record_rw(q.to_deep(), rw, atomic, st, inst);
                                }
                                Some(Val::Unknown) if lost.is_none_or(|l| deep_writes && !l.1) => {
                                    lost = Some((p.name.as_str(), deep_writes));
                                }
                                _ => {}
                            }
                        }
                    }
                    _ if lost.is_none_or(|l| deep_writes && !l.1) => {
                        lost = Some((p.name.as_str(), deep_writes));
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        // Pointers among the variadic arguments (`scanf`'s conversions, `printf`'s `%s`
        // and `%n`).
        let (reads, writes) = match eff.varargs {
            Some(Varargs::Reads) => (true, self.format_has_n(eff, args)),
            Some(Varargs::Writes) => (false, true),
            Some(Varargs::Maybe) => (true, true),
            _ => (false, false),
        };
        if reads || writes {
            for a in args.iter().skip(eff.params.len()) {
                match a {
                    Val::Path(path) => {
                        let path = path.offset(None);
                        if reads {
                            self.record(
                                path.clone(),
                                false,
                                atomic,
                                st.ctx(),
                                self.site(inst),
                                None,
                            );
                        }
                        if writes {
                            self.record(path, true, atomic, st.ctx(), self.site(inst), None);
                        }
                    }
                    Val::Unknown if lost.is_none_or(|l| writes && !l.1) => {
                        lost = Some(("a variadic argument", writes));
                    }
                    _ => {}
                }
            }
        }
        if let Some((param, write)) = lost {
            self.out.unseen.insert(format!(
                "passes a pointer it cannot follow at {} to {name}, which {} `{param}`",
                self.where_(inst),
                if write { "writes" } else { "reads" },
            ));
        }
    }

    /// Does the constant format string of a `printf`-like call have a `%n` conversion
    /// (which writes through its variadic argument)? True when the format is not a
    /// constant.
    fn format_has_n(&self, eff: &ffiscope_models::FunctionModel, args: &[Val]) -> bool {
        let Some(i) = eff.params.iter().position(|p| p.name == "format") else {
            return false;
        };
        let Some(Val::Path(p)) = args.get(i) else {
            return true;
        };
        let (Base::Global(k), true, false) = (&p.base, p.steps.is_empty(), p.off == ANY) else {
            return true;
        };
        let KeyKind::Var {
            def: Some((dm, dg)),
            constant: true,
            ..
        } = self.ctx.keys.kinds[*k as usize]
        else {
            return true;
        };
        let Some(Constant::Bytes(b)) = &self.ctx.prog.module(dm).globals[dg as usize].init else {
            return true;
        };
        let mut it = b
            .iter()
            .skip(p.off.max(0) as usize)
            .take_while(|&&c| c != 0);
        while let Some(&c) = it.next() {
            if c != b'%' {
                continue;
            }
            for &d in it.by_ref() {
                if !b"-+ #0123456789.*'hlLqjzt$I".contains(&d) {
                    if d == b'n' {
                        return true;
                    }
                    break;
                }
            }
        }
        false
    }

    /// Applies the summaries of defined functions passed to a library function that
    /// calls them: during the call with the caller's locks (`qsort`'s comparator), or
    /// later, maybe on another thread, with none (`pthread_create`'s start routine,
    /// `atexit`, `signal`).
    fn library_callbacks(&mut self, name: &str, args: &[Val], st: &LockState, inst: &Inst) {
        let Some(eff) = self.ctx.models.effect(name) else {
            return;
        };
        for (i, p) in eff.params.iter().enumerate() {
            let Some(pe) = &p.pointer else { continue };
            let Some(cb) = pe.callback else { continue };
            if cb == Callback::None {
                continue;
            }
            let Some(Val::Func(fr)) = args.get(i) else {
                continue;
            };
            let cb_args: Vec<Val> = pe
                .callback_args
                .iter()
                .map(|a| match a {
                    CallbackArg::Arg(n) => match args.get(*n as usize) {
                        Some(Val::Path(p)) => Val::Path(p.offset(None)),
                        Some(v) => v.clone(),
                        None => Val::Unknown,
                    },
                    CallbackArg::Scalar => Val::Local,
                    CallbackArg::Global(_) | CallbackArg::Maybe => Val::Unknown,
                })
                .collect();
            let mut inner = match cb {
                Callback::Called => st.clone(),
                _ => LockState::default(),
            };
            self.apply(*fr, &cb_args, &mut inner, true, inst);
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
            // The first access (a write if any) through an argument this frame cannot follow.
            let mut lost: Option<&Access> = None;
            let mut combined: Vec<(&Arc<LockCtx>, Arc<LockCtx>)> = Vec::new();
            for a in &s.accesses {
                let path = match a.path.translate_val(args) {
                    Val::Path(p) => p,
                    Val::Unknown => {
                        if lost.is_none_or(|l| a.write && !l.write) {
                            lost = Some(a);
                        }
                        continue;
                    }
                    // The caller's own object.
                    _ => continue,
                };
                let locks = if plain && !frame_relative(&a.locks) {
                    a.locks.clone()
                } else {
                    // Many accesses share a lock context: combine each once.
                    match combined.iter().find(|(c, _)| *c == &a.locks) {
                        Some((_, l)) => l.clone(),
                        None => {
                            let l = combine(st, &a.locks, args, &mut recursive);
                            if combined.len() < 16 {
                                combined.push((&a.locks, l.clone()));
                            }
                            l
                        }
                    }
                };
                let via = a.via.clone().or_else(|| Some(callee_name.clone()));
                self.record(path, a.write, a.atomic, locks, a.site, via);
            }
            if let Some(a) = lost {
                let head = format!("passes a pointer it cannot follow at {}", self.where_(inst));
                let ctx = self.ctx;
                self.out.unseen.insert_with(&head, || {
                    format!(
                        " to {callee_name}, which {} `{}`",
                        if a.write { "writes" } else { "reads" },
                        names::path(ctx, ctx.prog.function(fr), &a.path)
                    )
                });
            }
            for l in recursive {
                let n = names::lock(self.ctx, self.f, &l);
                self.out.issues.insert(format!(
                    "{callee_name} (called at {}) acquires `{n}` while the caller holds it (a recursive lock)",
                    self.where_(inst)
                ));
            }
            self.out.unseen.extend_from(&s.unseen);
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
        let mut acc = std::mem::take(&mut self.acc);
        if let (Some(first), Some(least)) = (&self.first_opaque, &self.least_opaque) {
            if first != least {
                let mut renamed: FxHashMap<AccKey, (Site, Option<Arc<str>>)> = FxHashMap::default();
                for ((path, write, atomic, mut locks), rep) in acc {
                    if locks.opaque.is_some() {
                        Arc::make_mut(&mut locks).opaque = Some(least.clone());
                    }
                    renamed
                        .entry((path, write, atomic, locks))
                        .and_modify(|r| {
                            if (rep.0, &rep.1) < (r.0, &r.1) {
                                *r = rep.clone();
                            }
                        })
                        .or_insert(rep);
                }
                acc = renamed;
            }
        }
        let mut v: Vec<Access> = acc
            .into_iter()
            .map(|((path, write, atomic, locks), (site, via))| Access {
                path,
                write,
                atomic,
                locks,
                site,
                via,
            })
            .collect();
        if !self.out.ret_unknown {
            self.out.ret_alts.clear();
        }
        // Entries are distinct (map keys), so the unstable sort gives the same order, faster.
        v.sort_unstable();
        self.out.accesses = v;
        // Each recursive call re-adds the callee's entries: without this, a tree walk that
        // calls itself twice doubled them every pass, until memory ran out.
        let mut seen: FxHashSet<(u32, LockState)> = FxHashSet::default();
        self.out.param_calls.retain(|e| seen.insert(e.clone()));
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
fn combine(
    st: &LockState,
    c: &LockCtx,
    args: &[Val],
    recursive: &mut FxHashSet<Lock>,
) -> Arc<LockCtx> {
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

/// The pointer constants inside an initializer (symbols, their offsets and casts).
fn collect_ptrs<'m>(c: &'m Constant, out: &mut Vec<&'m Constant>, depth: u32) {
    if depth > 16 {
        return;
    }
    match c {
        Constant::Struct(fields) | Constant::Array(fields) | Constant::Vector(fields) => {
            for (_, f) in fields {
                collect_ptrs(f, out, depth + 1);
            }
        }
        Constant::Splat(e) => collect_ptrs(&e.1, out, depth + 1),
        Constant::Wrapped { inner, .. } => collect_ptrs(inner, out, depth + 1),
        c if !is_null(c) => out.push(c),
        _ => {}
    }
}

fn is_null(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Bytes(_)
            | Constant::None
            | Constant::Null
            | Constant::ZeroInit
            | Constant::Undef
            | Constant::Poison
            | Constant::Float(_)
    )
}

/// The symbol a pointer constant points into, and the byte offset (`None`: variable).
fn const_ptr(m: &Module, c: &Constant) -> Option<(ffiscope_ir::SymId, Option<i64>)> {
    match c {
        Constant::Global(s) => Some((*s, Some(0))),
        Constant::Gep {
            source_ty,
            base,
            indices,
        } => {
            let (s, o) = const_ptr(m, &base.1)?;
            let off = m.gep_offset(
                *source_ty,
                indices.iter().map(|(_, c)| match c {
                    Constant::Int(i) => Some(*i),
                    _ => None,
                }),
            );
            let o = match (o, off.variable) {
                (Some(o), false) => Some(o.wrapping_add(off.bytes)),
                _ => None,
            };
            Some((s, o))
        }
        Constant::Cast {
            op: CastOp::BitCast | CastOp::AddrSpaceCast,
            val,
            ..
        } => const_ptr(m, &val.1),
        Constant::Wrapped { inner, .. } => const_ptr(m, inner),
        _ => None,
    }
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
