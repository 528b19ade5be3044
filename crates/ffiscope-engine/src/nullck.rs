//! Does a function dereference a pointer parameter on a path where it may be NULL?
//! A dereference is safe when a dominating branch tested the same value against NULL and
//! the dereference lies on the non-NULL side (edge dominance: that side has the branch as
//! its only predecessor). An unguarded one is `no` unless a NULL comparison, or a call
//! that may compare it with NULL and whose result decides a branch, can run before it.

use ffiscope_facts::Verdict;
use ffiscope_ir::{CastOp, Function, ICmpPred, InstKind, Module, Operand, ValueId};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::cfg::Cfg;
use crate::ssa::Ssa;
use crate::summary::{Ev, Step};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum MemBase {
    Global(u32),
    Local(ValueId),
}

struct Defs<'a> {
    kind: FxHashMap<ValueId, &'a InstKind>,
    /// Incoming values of the SSA overlay's φ-nodes (promoted slots such as `retval`).
    phi_in: FxHashMap<ValueId, Vec<&'a Operand>>,
    m_types: &'a ffiscope_ir::Types,
}

impl<'a> Defs<'a> {
    fn new(f: &'a Function, m: &'a Module, ssa: &'a Ssa) -> Self {
        let mut kind = FxHashMap::default();
        for b in &f.blocks {
            for i in &b.insts {
                if let Some(r) = i.result {
                    kind.insert(r, &i.kind);
                }
            }
        }
        let mut phi_in = FxHashMap::default();
        for ph in ssa.phis.iter().flatten() {
            phi_in.insert(ph.dst, ph.incoming.iter().map(|(o, _)| o).collect());
        }
        Defs {
            kind,
            phi_in,
            m_types: &m.types,
        }
    }

    /// The value a pointer operand is based on, through GEPs and pointer casts.
    fn base(&self, ssa: &Ssa, op: &Operand) -> Option<ValueId> {
        let mut cur = ssa.resolve(op).as_local()?;
        for _ in 0..64 {
            match self.kind.get(&cur) {
                Some(InstKind::Gep { base, .. }) => cur = ssa.resolve(base).as_local()?,
                Some(InstKind::Cast {
                    op: CastOp::BitCast | CastOp::AddrSpaceCast,
                    val,
                    ..
                }) => cur = ssa.resolve(val).as_local()?,
                _ => return Some(cur),
            }
        }
        Some(cur)
    }

    /// Whether two operands are the same address (or index) by construction: one value, or
    /// the same `getelementptr`s, casts and loads over one base (`tab->t[i]` loaded twice).
    fn same_address(&self, ssa: &Ssa, a: &Operand, b: &Operand, depth: u32) -> bool {
        let (a, b) = (ssa.resolve(a), ssa.resolve(b));
        if a == b {
            return true;
        }
        let (Some(va), Some(vb)) = (a.as_local(), b.as_local()) else {
            return false;
        };
        if depth > 6 {
            return false;
        }
        match (self.kind.get(&va), self.kind.get(&vb)) {
            (
                Some(InstKind::Gep {
                    source_ty: ta,
                    base: ba,
                    indices: ia,
                    ..
                }),
                Some(InstKind::Gep {
                    source_ty: tb,
                    base: bb,
                    indices: ib,
                    ..
                }),
            ) => {
                ta == tb
                    && ia.len() == ib.len()
                    && ia
                        .iter()
                        .zip(ib)
                        .all(|((_, x), (_, y))| self.same_address(ssa, x, y, depth + 1))
                    && self.same_address(ssa, ba, bb, depth + 1)
            }
            (Some(InstKind::Load { ptr: pa, .. }), Some(InstKind::Load { ptr: pb, .. })) => {
                self.same_address(ssa, pa, pb, depth + 1)
            }
            (
                Some(InstKind::Cast {
                    op: oa, val: xa, ..
                }),
                Some(InstKind::Cast {
                    op: ob, val: xb, ..
                }),
            ) => oa == ob && self.same_address(ssa, xa, xb, depth + 1),
            _ => false,
        }
    }

    /// The value a pointer operand is, through pointer casts only.
    fn same(&self, ssa: &Ssa, op: &Operand) -> Option<ValueId> {
        let mut cur = ssa.resolve(op).as_local()?;
        for _ in 0..64 {
            match self.kind.get(&cur) {
                Some(InstKind::Cast {
                    op: CastOp::BitCast | CastOp::AddrSpaceCast,
                    val,
                    ..
                }) => cur = ssa.resolve(val).as_local()?,
                _ => return Some(cur),
            }
        }
        Some(cur)
    }

    /// The calls whose results `cond` is computed from: through comparisons, bitwise and
    /// arithmetic operators, integer casts, selects and φ-nodes (`strict && chk(p)` stored
    /// in a variable is a φ of `false` and the call). Which way each call's result sends
    /// the branch is not tracked: a check found here only turns a `no` into a `maybe`.
    /// A call's arguments count too (`not_(isnull(p))`), and so does memory the value is
    /// loaded from (`g_ok = valid(p); if (!g_ok)`, `check(p, &ok); if (!ok)`): its bases
    /// go to `memory`. `None` when the expression is too big to follow (then anything may
    /// be a check).
    fn calls_behind(
        &self,
        ssa: &Ssa,
        cond: &Operand,
        memory: &mut Vec<MemBase>,
    ) -> Option<Vec<ValueId>> {
        let mut out = Vec::new();
        let Some(first) = ssa.resolve(cond).as_local() else {
            return Some(out);
        };
        let mut seen: FxHashSet<ValueId> = FxHashSet::default();
        let mut stack = vec![first];
        while let Some(cur) = stack.pop() {
            if !seen.insert(cur) {
                continue;
            }
            // `rc |= step(i)` chains in serialisers grow long; past this, give up.
            if seen.len() > 4096 {
                return None;
            }
            let mut push = |o: &Operand| {
                if let Some(v) = ssa.resolve(o).as_local() {
                    stack.push(v);
                }
            };
            // `if (!q) return 1; return chk(p);` returns a φ of constants and one call.
            if let Some(inc) = self.phi_in.get(&cur) {
                inc.iter().for_each(|o| push(o));
                continue;
            }
            match self.kind.get(&cur) {
                Some(InstKind::Call(c) | InstKind::Invoke { call: c, .. }) => {
                    out.push(cur);
                    c.args.iter().for_each(|a| push(&a.val));
                }
                Some(InstKind::Load { ptr, .. }) => memory.extend(self.mem_base(ssa, ptr)),
                Some(InstKind::Cast {
                    op: CastOp::ZExt | CastOp::SExt | CastOp::Trunc,
                    val,
                    ..
                }) => push(val),
                Some(InstKind::Binary { a, b, .. } | InstKind::ICmp { a, b, .. }) => {
                    push(a);
                    push(b);
                }
                Some(InstKind::Select { cond, a, b, .. }) => {
                    push(cond);
                    push(a);
                    push(b);
                }
                Some(InstKind::Phi { incoming, .. }) => incoming.iter().for_each(|(o, _)| push(o)),
                _ => {}
            }
        }
        Some(out)
    }

    /// The variable a memory access goes to, syntactically: a global, or a local variable
    /// (an `alloca` the SSA overlay did not promote) the address is based on.
    fn mem_base(&self, ssa: &Ssa, ptr: &Operand) -> Option<MemBase> {
        match ssa.resolve(ptr) {
            Operand::Global(s) => Some(MemBase::Global(s.0)),
            Operand::Const(c) => {
                let mut syms = Vec::new();
                c.symbols(&mut syms);
                syms.first().map(|s| MemBase::Global(s.0))
            }
            // Local variables only: a branch on `p->flags` must not make every call
            // handed `p` a check.
            Operand::Local(_) => self
                .base(ssa, ptr)
                .filter(|v| matches!(self.kind.get(v), Some(InstKind::Alloca { .. })))
                .map(MemBase::Local),
            _ => None,
        }
    }

    /// `(uintptr_t)p == 0`: the pointer operand of a `ptrtoint` compared with zero.
    fn int_of_ptr_vs_zero<'o>(
        &'o self,
        ssa: &Ssa,
        a: &Operand,
        b: &Operand,
    ) -> Option<&'o Operand> {
        for (x, y) in [(a, b), (b, a)] {
            if ssa.resolve(y).as_int() != Some(0) {
                continue;
            }
            if let Some(InstKind::Cast {
                op: CastOp::PtrToInt,
                val,
                ..
            }) = ssa.resolve(x).as_local().and_then(|v| self.kind.get(&v))
            {
                return Some(val);
            }
        }
        None
    }

    /// If `cond` tests a value against NULL: (that value, branch-true means non-NULL).
    fn null_test(&self, ssa: &Ssa, cond: &Operand) -> Option<(ValueId, bool)> {
        let mut cur = ssa.resolve(cond).as_local()?;
        let mut negated = false;
        for _ in 0..16 {
            match self.kind.get(&cur)? {
                InstKind::Binary { op, ty, a, b } if op == "xor" => {
                    // A logical `!`: `xor i1 x, true`, or `xor x, 1` on a 0/1 value. A
                    // bitwise `~` of a widened comparison is never zero: not a test.
                    let is_bool = matches!(self.m_types.resolve(*ty), ffiscope_ir::Type::Int(1));
                    let negates = |k: &Operand, x: &Operand| match ssa.resolve(k).as_int() {
                        Some(1 | -1) if is_bool => true,
                        Some(1) => matches!(
                            ssa.resolve(x).as_local().and_then(|v| self.kind.get(&v)),
                            Some(InstKind::Cast {
                                op: CastOp::ZExt,
                                ..
                            })
                        ),
                        _ => false,
                    };
                    let (x, k) = if negates(b, a) {
                        (a, true)
                    } else if negates(a, b) {
                        (b, true)
                    } else {
                        return None;
                    };
                    if k {
                        negated = !negated;
                    }
                    cur = ssa.resolve(x).as_local()?;
                }
                InstKind::Cast {
                    op: CastOp::ZExt | CastOp::Trunc,
                    val,
                    ..
                } => cur = ssa.resolve(val).as_local()?,
                InstKind::ICmp { pred, a, b, .. } => {
                    let (x, other) = if ssa.resolve(b).is_null() {
                        (a, b)
                    } else if ssa.resolve(a).is_null() {
                        (b, a)
                    } else if let Some(x) = self.int_of_ptr_vs_zero(ssa, a, b) {
                        (x, b)
                    } else if let (Some(_), Some(0)) =
                        (ssa.resolve(a).as_local(), ssa.resolve(b).as_int())
                    {
                        // `icmp ne i32 %tobool, 0` on a zext'ed test.
                        let inner = self.null_test(ssa, a)?;
                        return Some(match pred {
                            ICmpPred::Ne => (inner.0, inner.1 != negated),
                            ICmpPred::Eq => (inner.0, inner.1 == negated),
                            _ => return None,
                        });
                    } else {
                        return None;
                    };
                    let _ = other;
                    let v = self.same(ssa, x)?;
                    let nonnull_if_true = match pred {
                        ICmpPred::Ne | ICmpPred::Ugt => true,
                        ICmpPred::Eq | ICmpPred::Ule => false,
                        _ => return None,
                    };
                    return Some((v, nonnull_if_true != negated));
                }
                _ => return None,
            }
        }
        None
    }
}

/// Dereferences and call arguments whose pointer may be a parameter's value reloaded from
/// memory (`s->p = p; s->p->x`, `&p` taken): points-to sees them, SSA does not.
#[derive(Default)]
pub struct CopyUses {
    /// (block, instruction, IR parameter) of loads and stores.
    pub derefs: FxHashSet<(u32, u32, u32)>,
    /// (block, instruction, argument, IR parameter) of call arguments.
    pub args: FxHashSet<(u32, u32, u32, u32)>,
    /// (block, instruction, IR parameter) of comparisons of such a copy with NULL
    /// (`if (!h->cur)`): a possible check of the parameter.
    pub tests: Vec<(u32, u32, u32)>,
    /// (block, instruction, IR parameter) of calls that dereference a copy of the
    /// parameter kept in memory (`c.buf = buf; consume(&c)`), or hand it to unseen code.
    pub calls: FxHashSet<(u32, u32, u32)>,
    /// Per IR parameter: the (block, instruction) of every store of its value to memory
    /// (`u32::MAX`: a model's copy, place unknown).
    pub copied_at: FxHashMap<u32, Vec<(u32, u32)>>,
}

impl CopyUses {
    fn deref(&self, b: u32, i: u32, param: u32) -> bool {
        self.derefs.contains(&(b, i, param))
    }
    fn arg(&self, b: u32, i: u32, arg: u32, param: u32) -> bool {
        self.args.contains(&(b, i, arg, param))
    }
}

/// An abort point that covers its whole block (the non-NULL side of a test).
const WHOLE_BLOCK: u32 = u32::MAX;

/// Whether `f` calls a function that may return twice (`setjmp` and kin; their second
/// return is an edge the CFG does not have).
fn calls_returns_twice(f: &Function, m: &Module, ssa: &Ssa) -> bool {
    f.blocks.iter().flat_map(|b| &b.insts).any(|i| {
        let (InstKind::Call(c) | InstKind::Invoke { call: c, .. }) = &i.kind else {
            return false;
        };
        let Operand::Global(sym) = ssa.resolve(&c.callee) else {
            return false;
        };
        let name = m.symbol(*sym).name.as_str();
        name.contains("setjmp") || matches!(name, "vfork" | "getcontext" | "savectx")
    })
}

/// Whether an `assert()` failure call's expression text (argument `arg`, a string
/// constant) names no variable: `"0"`, `"!\"unreachable\""`, `"0 && \"msg\""`.
fn constant_assertion(m: &Module, ssa: &Ssa, inst: &ffiscope_ir::Inst, arg: u32) -> bool {
    let (InstKind::Call(c) | InstKind::Invoke { call: c, .. }) = &inst.kind else {
        return false;
    };
    let Some(a) = c.args.get(arg as usize) else {
        return false;
    };
    let sym = match ssa.resolve(&a.val) {
        Operand::Global(s) => *s,
        Operand::Const(c) => match &**c {
            ffiscope_ir::Constant::Global(s) => *s,
            _ => return false,
        },
        _ => return false,
    };
    let Some(ffiscope_ir::Constant::Bytes(bytes)) =
        m.global_by_sym(sym).and_then(|g| g.init.as_ref())
    else {
        return false;
    };
    let text = String::from_utf8_lossy(bytes);
    // Identifiers outside string literals; `false`, `true` and `NULL` are constants.
    let mut in_str = false;
    let mut escaped = false;
    let mut ident = String::new();
    let mut names = Vec::new();
    for ch in text
        .trim_end_matches('\0')
        .chars()
        .chain(std::iter::once(' '))
    {
        if in_str {
            match (escaped, ch) {
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => escaped = false,
            }
            continue;
        }
        if ch.is_ascii_alphanumeric() || ch == '_' {
            ident.push(ch);
            continue;
        }
        if !ident.is_empty() && !ident.starts_with(|c: char| c.is_ascii_digit()) {
            names.push(std::mem::take(&mut ident));
        }
        ident.clear();
        in_str = ch == '"';
    }
    names
        .iter()
        .all(|n| matches!(n.as_str(), "false" | "true" | "NULL" | "nullptr"))
}

/// Per IR parameter: the verdict and the evidence (the unguarded dereference, if any).
#[allow(clippy::too_many_arguments)]
pub fn null_ok(
    ssa: &Ssa,
    cfg: &Cfg,
    f: &Function,
    m: &Module,
    (call_null, call_checks, call_aborts, call_maybe_aborts): (
        &FxHashMap<(u32, u32), Vec<(usize, Verdict, String)>>,
        &FxHashMap<(u32, u32), Vec<u32>>,
        &FxHashMap<(u32, u32), Vec<u32>>,
        &FxHashMap<(u32, u32), Vec<u32>>,
    ),
    (noreturn, assert_calls): (&FxHashSet<(u32, u32)>, &FxHashMap<(u32, u32), u32>),
    copies: &CopyUses,
    mi: u32,
) -> (Vec<(Verdict, Ev)>, Vec<u32>, Vec<u32>) {
    let defs = Defs::new(f, m, ssa);
    // Blocks from which a `ret` can be reached (a block with a call that never returns
    // goes nowhere): the NULL side of a test that cannot reach one aborts.
    let mut reaches_ret = vec![false; f.blocks.len()];
    let mut stack: Vec<u32> = Vec::new();
    let stops =
        |b: u32| (0..f.blocks[b as usize].insts.len()).any(|i| noreturn.contains(&(b, i as u32)));
    for (bi, b) in f.blocks.iter().enumerate() {
        // `unreachable` with no call that never returns (`__builtin_unreachable()`) is an
        // assumption, not an abort: it counts as going on.
        if matches!(
            b.terminator().map(|t| &t.kind),
            Some(InstKind::Ret { .. } | InstKind::Unreachable)
        ) && !stops(bi as u32)
        {
            reaches_ret[bi] = true;
            stack.push(bi as u32);
        }
    }
    while let Some(b) = stack.pop() {
        for &p in &cfg.preds[b as usize] {
            if !reaches_ret[p as usize] && !stops(p) {
                reaches_ret[p as usize] = true;
                stack.push(p);
            }
        }
    }
    // Points after which a value is known not to be NULL: a test whose NULL side never
    // returns, or a call to a function that never returns with that argument NULL.
    let mut abort_points: Vec<(ValueId, (u32, u32))> = Vec::new();
    // Tests whose NULL side is `assert()` failing: no test at all with `NDEBUG`.
    let mut assert_points: Vec<(ValueId, (u32, u32))> = Vec::new();
    // `assert(0)` / `assert(!"unreachable")` inside the user's own `if (!p)` marks a path
    // that test already excludes; only an assert of a real expression is the test itself.
    let asserts_in = |b: u32| {
        f.blocks[b as usize]
            .insts
            .iter()
            .enumerate()
            .any(|(i, inst)| {
                assert_calls
                    .get(&(b, i as u32))
                    .is_some_and(|&arg| !constant_assertion(m, ssa, inst, arg))
            })
    };
    // `if (!p) __builtin_unreachable();` is a promise that `p` is not NULL, not a check:
    // `unreachable` with no call before it. (After a call, `unreachable` says the callee
    // does not return, as an unseen `noreturn` panic function declares.)
    let assumes_in = |b: u32| {
        let block = &f.blocks[b as usize];
        matches!(
            block.terminator().map(|t| &t.kind),
            Some(InstKind::Unreachable)
        ) && !block.insts.iter().any(|i| match &i.kind {
            InstKind::Call(c) | InstKind::Invoke { call: c, .. } => match ssa.resolve(&c.callee) {
                Operand::Global(sym) => !m.symbol(*sym).name.starts_with("llvm."),
                _ => true,
            },
            _ => false,
        })
    };
    // Branches that test a value against NULL: block -> (value, non-NULL successor).
    let mut tests: FxHashMap<u32, (ValueId, u32)> = FxHashMap::default();
    // Where each value is compared with NULL, or handed to a callee that does so and whose
    // result decides a branch: (block, instruction).
    let mut tested: FxHashMap<ValueId, Vec<(u32, u32)>> = FxHashMap::default();
    for (bi, b) in f.blocks.iter().enumerate() {
        if let Some(InstKind::CondBr {
            cond,
            then_bb,
            else_bb,
        }) = b.terminator().map(|t| &t.kind)
        {
            if let Some((v, nonnull_if_true)) = defs.null_test(ssa, cond) {
                let (s, null_side) = if nonnull_if_true {
                    (then_bb.0, else_bb.0)
                } else {
                    (else_bb.0, then_bb.0)
                };
                // Past the non-NULL edge (its target has no other way in), whole blocks.
                let assert_side = asserts_in(null_side);
                if s != null_side
                    && !reaches_ret[null_side as usize]
                    && cfg.preds[s as usize].len() == 1
                {
                    if assert_side {
                        assert_points.push((v, (s, WHOLE_BLOCK)));
                    } else {
                        abort_points.push((v, (s, WHOLE_BLOCK)));
                    }
                }
                // `assert()` guards nothing in a build with NDEBUG.
                if !assert_side && !assumes_in(null_side) {
                    tests.insert(bi as u32, (v, s));
                }
                let at = (bi as u32, b.insts.len().saturating_sub(1) as u32);
                tested.entry(v).or_default().push(at);
            }
        }
        // Any comparison with NULL counts as "the function knows about NULL".
        for (ii, i) in b.insts.iter().enumerate() {
            if let InstKind::ICmp { a, b: bb, .. } = &i.kind {
                if let Some(v) = defs
                    .int_of_ptr_vs_zero(ssa, a, bb)
                    .and_then(|x| defs.same(ssa, x))
                {
                    tested.entry(v).or_default().push((bi as u32, ii as u32));
                }
                for (x, y) in [(a, bb), (bb, a)] {
                    if ssa.resolve(y).is_null() {
                        if let Some(v) = defs.same(ssa, x) {
                            tested.entry(v).or_default().push((bi as u32, ii as u32));
                        }
                    }
                }
            }
        }
    }
    // Results of calls that decide a branch (`if (vdbeSafetyNotNull(p)) return MISUSE;`):
    // a callee that handles NULL may be the check that guards what follows.
    let mut branch_on_call: FxHashSet<ValueId> = FxHashSet::default();
    // Results returned as they are (`return chk(p);`): a caller may branch on them, so the
    // check travels up in `null_checked`, but guards nothing here.
    let mut returned_call: FxHashSet<ValueId> = FxHashSet::default();
    let mut checked_by: FxHashMap<ValueId, String> = FxHashMap::default();
    let mut returned_checks: FxHashSet<ValueId> = FxHashSet::default();
    let pointer_params = || {
        f.params
            .iter()
            .filter(|p| m.types.is_ptr(p.ty))
            .map(|p| p.value)
    };
    // Memory a branch condition is loaded from: a call that writes it (an out-parameter)
    // or whose result is stored there decides the branch as well.
    let mut branch_memory: Vec<MemBase> = Vec::new();
    let mut ret_memory: Vec<MemBase> = Vec::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        match b.terminator().map(|t| &t.kind) {
            Some(InstKind::CondBr { cond, .. }) | Some(InstKind::Switch { val: cond, .. }) => {
                match defs.calls_behind(ssa, cond, &mut branch_memory) {
                    Some(calls) => branch_on_call.extend(calls),
                    None => {
                        let at = (bi as u32, b.insts.len().saturating_sub(1) as u32);
                        for v in pointer_params() {
                            tested.entry(v).or_default().push(at);
                        }
                    }
                }
            }
            Some(InstKind::Ret { val: Some((_, v)) }) => {
                match defs.calls_behind(ssa, v, &mut ret_memory) {
                    Some(calls) => returned_call.extend(calls),
                    None => returned_checks.extend(pointer_params()),
                }
            }
            _ => {}
        }
    }
    // Calls found through memory, by position (an out-parameter call may return void).
    let mut branch_at: FxHashSet<(u32, u32)> = FxHashSet::default();
    let mut returned_at: FxHashSet<(u32, u32)> = FxHashSet::default();
    if !branch_memory.is_empty() || !ret_memory.is_empty() {
        let branch_memory: FxHashSet<MemBase> = branch_memory.into_iter().collect();
        let ret_memory: FxHashSet<MemBase> = ret_memory.into_iter().collect();
        let mut unused = Vec::new();
        for (bi, b) in f.blocks.iter().enumerate() {
            for (ii, inst) in b.insts.iter().enumerate() {
                let at = (bi as u32, ii as u32);
                match &inst.kind {
                    InstKind::Store { val, ptr, .. } => {
                        let Some(base) = defs.mem_base(ssa, ptr) else {
                            continue;
                        };
                        let (to_branch, to_ret) =
                            (branch_memory.contains(&base), ret_memory.contains(&base));
                        if !to_branch && !to_ret {
                            continue;
                        }
                        match defs.calls_behind(ssa, val, &mut unused) {
                            Some(calls) if to_branch => branch_on_call.extend(calls),
                            Some(calls) => returned_call.extend(calls),
                            None if to_branch => {
                                for v in pointer_params() {
                                    tested.entry(v).or_default().push(at);
                                }
                            }
                            None => returned_checks.extend(pointer_params()),
                        }
                    }
                    InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                        for a in &c.args {
                            if let Some(base) = defs.mem_base(ssa, &a.val) {
                                if branch_memory.contains(&base) {
                                    branch_at.insert(at);
                                }
                                if ret_memory.contains(&base) {
                                    returned_at.insert(at);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // The values a call's listed arguments are.
    let call_args = |at: (u32, u32), args: &[u32]| -> Vec<ValueId> {
        let inst = f
            .blocks
            .get(at.0 as usize)
            .and_then(|b| b.insts.get(at.1 as usize));
        let Some(InstKind::Call(c) | InstKind::Invoke { call: c, .. }) = inst.map(|i| &i.kind)
        else {
            return Vec::new();
        };
        args.iter()
            .filter_map(|&ai| c.args.get(ai as usize).and_then(|a| defs.same(ssa, &a.val)))
            .collect()
    };
    for (&at, args) in call_aborts {
        for v in call_args(at, args) {
            abort_points.push((v, at));
        }
    }
    // A copy of a parameter compared with NULL: a possible check of the parameter.
    for &(b, i, pi) in &copies.tests {
        if let Some(p) = f.params.get(pi as usize) {
            tested.entry(p.value).or_default().push((b, i));
        }
    }
    // A call through a pointer whose known targets all abort on NULL, besides unknown
    // ones: a possible check.
    for (&at, args) in call_maybe_aborts {
        for v in call_args(at, args) {
            tested.entry(v).or_default().push(at);
        }
    }
    // An abort point guards what it dominates: later in its block, or blocks it dominates
    // (for a test, the NULL side never gets past it).
    let dominated_by = |points: &[(ValueId, (u32, u32))], v: ValueId, block: u32, inst: u32| {
        points.iter().any(|&(av, (ab, ai))| {
            av == v
                && if ab == block {
                    ai == WHOLE_BLOCK || ai < inst
                } else {
                    cfg.dominates(ab, block)
                }
        })
    };
    let after_abort =
        |v: ValueId, block: u32, inst: u32| dominated_by(&abort_points, v, block, inst);
    let after_assert =
        |v: ValueId, block: u32, inst: u32| dominated_by(&assert_points, v, block, inst);
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, inst) in b.insts.iter().enumerate() {
            let (InstKind::Call(c) | InstKind::Invoke { call: c, .. }) = &inst.kind else {
                continue;
            };
            let at = (bi as u32, ii as u32);
            let branched =
                branch_at.contains(&at) || inst.result.is_some_and(|r| branch_on_call.contains(&r));
            let returned = returned_at.contains(&at)
                || inst.result.is_some_and(|r| returned_call.contains(&r));
            if !branched && !returned {
                continue;
            }
            for &ai in call_checks
                .get(&(bi as u32, ii as u32))
                .into_iter()
                .flatten()
            {
                if let Some(base) = c.args.get(ai as usize).and_then(|a| defs.same(ssa, &a.val)) {
                    if !branched {
                        returned_checks.insert(base);
                        continue;
                    }
                    tested.entry(base).or_default().push((bi as u32, ii as u32));
                    let callee = match ssa.resolve(&c.callee) {
                        Operand::Global(sym) => format!("`{}`", m.symbol(*sym).name),
                        _ => "a callee".to_string(),
                    };
                    checked_by.entry(base).or_insert(callee);
                }
            }
        }
    }
    let guarded = |v: ValueId, block: u32| -> bool {
        let mut x = block;
        loop {
            let d = cfg.idom[x as usize];
            if d == u32::MAX {
                return false;
            }
            if let Some(&(tv, s)) = tests.get(&d) {
                if tv == v && cfg.dominates(s, block) && cfg.preds[s as usize].len() == 1 {
                    return true;
                }
            }
            x = d;
        }
    };
    // A test counts for a dereference it can run before: one the dereference always
    // precedes (`x = p->a; if (!p) ...`) guards nothing, and that path crashes.
    // After `setjmp` returns a second time, code runs in an order the CFG does not show:
    // any test then counts, wherever it is.
    let returns_twice = calls_returns_twice(f, m, ssa);
    let mut reach_from: FxHashMap<u32, Vec<bool>> = FxHashMap::default();
    let mut tested_before = |v: ValueId, block: u32, inst: u32| -> bool {
        let Some(at) = tested.get(&v) else {
            return false;
        };
        returns_twice
            || at.iter().any(|&(tb, ti)| {
                if tb == block && ti < inst {
                    return true;
                }
                // Blocks reachable from `tb` through at least one edge.
                let seen = reach_from.entry(tb).or_insert_with(|| {
                    let mut seen = vec![false; cfg.succs.len()];
                    let mut stack: Vec<u32> = cfg.succs[tb as usize].clone();
                    while let Some(x) = stack.pop() {
                        if !std::mem::replace(&mut seen[x as usize], true) {
                            stack.extend(cfg.succs[x as usize].iter().copied());
                        }
                    }
                    seen
                });
                seen.get(block as usize).copied().unwrap_or(false)
            })
    };
    // A call reads a copy of a parameter only if a store of it, other than one the call
    // makes itself, can run before the call.
    let mut reach_from_store: FxHashMap<u32, Vec<bool>> = FxHashMap::default();
    let mut copied_before = |pi: u32, block: u32, inst: u32| -> bool {
        let Some(at) = copies.copied_at.get(&pi) else {
            return false;
        };
        at.iter().any(|&(sb, si)| {
            if (sb, si) == (block, inst) {
                return false;
            }
            if returns_twice || sb == u32::MAX || (sb == block && si < inst) {
                return true;
            }
            let seen = reach_from_store.entry(sb).or_insert_with(|| {
                let mut seen = vec![false; cfg.succs.len()];
                let mut stack: Vec<u32> = cfg.succs.get(sb as usize).cloned().unwrap_or_default();
                while let Some(x) = stack.pop() {
                    if !std::mem::replace(&mut seen[x as usize], true) {
                        stack.extend(cfg.succs[x as usize].iter().copied());
                    }
                }
                seen
            });
            seen.get(block as usize).copied().unwrap_or(false)
        })
    };
    // Branches on `x == p`: where they hold, a dereference of `x` is one of `p` when both
    // are NULL (`if (t[i] == p) return t[i]->x;` crashes on an empty slot and NULL).
    let mut equal_tests: FxHashMap<ValueId, Vec<(ValueId, u32)>> = FxHashMap::default();
    for b in &f.blocks {
        let Some(InstKind::CondBr {
            cond,
            then_bb,
            else_bb,
        }) = b.terminator().map(|t| &t.kind)
        else {
            continue;
        };
        let Some(InstKind::ICmp { pred, a, b: bb, .. }) =
            ssa.resolve(cond).as_local().and_then(|v| defs.kind.get(&v))
        else {
            continue;
        };
        let equal_side = match pred {
            ICmpPred::Eq => then_bb.0,
            ICmpPred::Ne => else_bb.0,
            _ => continue,
        };
        if then_bb.0 == else_bb.0 || cfg.preds[equal_side as usize].len() != 1 {
            continue;
        }
        for (x, y) in [(a, bb), (bb, a)] {
            if let (Some(p), Some(other)) = (defs.same(ssa, x), defs.same(ssa, y)) {
                equal_tests.entry(p).or_default().push((other, equal_side));
            }
        }
    }
    // (A dereferenced value tested for NULL itself, like a list cursor, is not NULL there.)
    let deref_of_equal = |pv: ValueId, base: ValueId, block: u32, inst: u32| -> bool {
        if guarded(base, block) || after_abort(base, block, inst) {
            return false;
        }
        equal_tests.get(&pv).is_some_and(|tests| {
            tests.iter().any(|&(other, side)| {
                cfg.dominates(side, block)
                    && (other == base
                        || matches!(
                            (defs.kind.get(&other), defs.kind.get(&base)),
                            (Some(InstKind::Load { ptr: a, .. }), Some(InstKind::Load { ptr: b, .. }))
                                if defs.same_address(ssa, a, b, 0)
                        ))
            })
        })
    };
    let mut out = Vec::new();
    for (pi, p) in f.params.iter().enumerate() {
        let pi = pi as u32;
        if !m.types.is_ptr(p.ty) {
            out.push((Verdict::Yes, vec![]));
            continue;
        }
        let pv = p.value;
        let mut verdict = Verdict::Yes;
        let mut ev: Ev = Vec::new();
        // Promoted locals merged at a join (`while (l->next) l = l->next;`) may be the
        // parameter itself on the first iteration: a dereference of one is a `maybe`.
        let mut may_be: FxHashSet<ValueId> = FxHashSet::default();
        may_be.insert(pv);
        loop {
            let before = may_be.len();
            for phis in &ssa.phis {
                for ph in phis {
                    if !may_be.contains(&ph.dst)
                        && ph
                            .incoming
                            .iter()
                            .any(|(o, _)| defs.base(ssa, o).is_some_and(|b| may_be.contains(&b)))
                    {
                        may_be.insert(ph.dst);
                    }
                }
            }
            if may_be.len() == before {
                break;
            }
        }
        may_be.remove(&pv);
        'blocks: for &bi in &cfg.rpo {
            for (ii, inst) in f.blocks[bi as usize].insts.iter().enumerate() {
                let mut derefs: Vec<(Verdict, String)> = Vec::new();
                match &inst.kind {
                    InstKind::Load { ptr, .. }
                    | InstKind::Store { ptr, .. }
                    | InstKind::AtomicRmw { ptr, .. }
                    | InstKind::CmpXchg { ptr, .. } => match defs.base(ssa, ptr) {
                        Some(b) if b == pv => derefs.push((Verdict::No, "dereferenced".into())),
                        Some(b) if may_be.contains(&b) => derefs.push((
                            Verdict::Maybe,
                            "dereferenced through a variable that may hold it".into(),
                        )),
                        Some(b) if deref_of_equal(pv, b, bi, ii as u32) => derefs.push((
                            Verdict::Maybe,
                            "dereferenced through a pointer compared equal to it".into(),
                        )),
                        _ if copies.deref(bi, ii as u32, pi) => derefs.push((
                            Verdict::Maybe,
                            "dereferenced through a copy of it kept in memory".into(),
                        )),
                        _ => {}
                    },
                    InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                        if defs.same(ssa, &c.callee) == Some(pv) {
                            derefs.push((Verdict::No, "called".into()));
                        }
                        let intrinsic_mem = matches!(ssa.resolve(&c.callee), Operand::Global(s)
                            if { let n = &m.symbol(*s).name; n.starts_with("llvm.memcpy") || n.starts_with("llvm.memmove") || n.starts_with("llvm.memset") });
                        if intrinsic_mem {
                            for a in c.args.iter().take(2) {
                                if defs.base(ssa, &a.val) == Some(pv) {
                                    derefs.push((Verdict::No, "copied to or from".into()));
                                }
                            }
                        }
                        if copies.calls.contains(&(bi, ii as u32, pi))
                            && copied_before(pi, bi, ii as u32)
                        {
                            derefs.push((
                                Verdict::Maybe,
                                "used by the call through a copy of it kept in memory".into(),
                            ));
                        }
                        if let Some(list) = call_null.get(&(bi, ii as u32)) {
                            for (ai, v, why) in list {
                                if *v == Verdict::Yes {
                                    continue;
                                }
                                if let Some(a) = c.args.get(*ai) {
                                    if defs.base(ssa, &a.val) == Some(pv) {
                                        derefs.push((*v, why.clone()));
                                    } else if copies.arg(bi, ii as u32, *ai as u32, pi) {
                                        derefs.push((
                                            Verdict::Maybe,
                                            format!("{why} (a copy of it kept in memory)"),
                                        ));
                                    }
                                }
                            }
                        }
                    }
                    _ => {}
                }
                for (kind, why) in derefs {
                    if guarded(pv, bi) || after_abort(pv, bi, ii as u32) {
                        continue;
                    }
                    let asserted = after_assert(pv, bi, ii as u32);
                    let checked_earlier = asserted || tested_before(pv, bi, ii as u32);
                    let this = if kind == Verdict::No && !checked_earlier {
                        Verdict::No
                    } else {
                        Verdict::Maybe
                    };
                    if this == Verdict::No || verdict == Verdict::Yes {
                        let note = match (this, checked_earlier, checked_by.get(&pv)) {
                            (Verdict::No, ..) => format!("{why} with no NULL check"),
                            _ if asserted => format!(
                                "{why}; only `assert` checks it for NULL first, and a build with NDEBUG has no check"
                            ),
                            (_, true, Some(callee)) => format!(
                                "{why}; {callee} may compare it with NULL first, and a branch on its result may guard this"
                            ),
                            (_, true, None) => format!(
                                "{why}; it is compared with NULL before, on a path that may not guard this"
                            ),
                            _ => format!("{why}; no NULL check was found to guard it"),
                        };
                        ev = vec![Step::new(mi, inst.dbg, note)];
                    }
                    verdict = match (verdict, this) {
                        (Verdict::No, _) | (_, Verdict::No) => Verdict::No,
                        _ => Verdict::Maybe,
                    };
                    if verdict == Verdict::No {
                        break 'blocks;
                    }
                }
            }
        }
        out.push((verdict, ev));
    }
    let checked = f
        .params
        .iter()
        .enumerate()
        .filter(|(_, p)| tested.contains_key(&p.value) || returned_checks.contains(&p.value))
        .map(|(i, _)| i as u32)
        .collect();
    // Never returns with it NULL: an abort point dominates every `ret`.
    let rets: Vec<u32> = f
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.terminator().map(|t| &t.kind), Some(InstKind::Ret { .. })))
        .map(|(bi, _)| bi as u32)
        .collect();
    let aborts = f
        .params
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            !rets.is_empty()
                && rets.iter().all(|&r| {
                    let last = f.blocks[r as usize].insts.len() as u32;
                    after_abort(p.value, r, last)
                })
        })
        .map(|(i, _)| i as u32)
        .collect();
    (out, checked, aborts)
}
