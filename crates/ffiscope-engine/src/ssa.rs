//! Promotion of scalar stack slots to SSA values ("mem2reg"), as an overlay on the IR:
//! clang's -O0 code spills every parameter and local to an `alloca`; promoting those
//! makes a parameter and every load of its slot the same value, which the NULL-check and
//! points-to reasoning need. Classic algorithm: Cytron et al., "Efficiently computing
//! static single assignment form and the control dependence graph", TOPLAS 1991.

use ffiscope_ir::{Function, InstKind, Operand, TypeId, ValueId};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::cfg::Cfg;

pub struct PhiNode {
    pub dst: ValueId,
    pub slot: ValueId,
    pub incoming: Vec<(Operand, u32)>,
}

/// The promotion overlay: loads of promoted slots map to the value they read.
#[derive(Default)]
pub struct Ssa {
    pub subst: FxHashMap<ValueId, Operand>,
    pub phis: Vec<Vec<PhiNode>>,
    pub promoted: FxHashSet<ValueId>,
    pub value_count: u32,
}

impl Ssa {
    /// Follows substitutions to the value an operand really is.
    pub fn resolve<'a>(&'a self, mut op: &'a Operand) -> &'a Operand {
        for _ in 0..64 {
            match op {
                Operand::Local(v) => match self.subst.get(v) {
                    Some(next) => op = next,
                    None => return op,
                },
                _ => return op,
            }
        }
        op
    }
}

/// Calls `f` on every operand of an instruction.
pub fn for_each_operand(kind: &InstKind, mut f: impl FnMut(&Operand)) {
    match kind {
        InstKind::Alloca { count, .. } => {
            if let Some((_, c)) = count {
                f(c)
            }
        }
        InstKind::Load { ptr, .. } => f(ptr),
        InstKind::Store { val, ptr, .. } => {
            f(val);
            f(ptr)
        }
        InstKind::Gep { base, indices, .. } => {
            f(base);
            indices.iter().for_each(|(_, i)| f(i))
        }
        InstKind::Cast { val, .. } | InstKind::Freeze { val, .. } => f(val),
        InstKind::Binary { a, b, .. }
        | InstKind::ICmp { a, b, .. }
        | InstKind::FCmp { a, b, .. } => {
            f(a);
            f(b)
        }
        InstKind::Unary { a, .. } => f(a),
        InstKind::Phi { incoming, .. } => incoming.iter().for_each(|(v, _)| f(v)),
        InstKind::Select { cond, a, b, .. } => {
            f(cond);
            f(a);
            f(b)
        }
        InstKind::Call(c) | InstKind::Invoke { call: c, .. } | InstKind::CallBr { call: c, .. } => {
            f(&c.callee);
            c.args.iter().for_each(|a| f(&a.val))
        }
        InstKind::AtomicRmw { ptr, val, .. } => {
            f(ptr);
            f(val)
        }
        InstKind::CmpXchg { ptr, cmp, new, .. } => {
            f(ptr);
            f(cmp);
            f(new)
        }
        InstKind::VaArg { list, .. } => f(list),
        InstKind::ExtractValue { agg, .. } => f(agg),
        InstKind::InsertValue { agg, val, .. } => {
            f(agg);
            f(val)
        }
        InstKind::Vector { operands, .. } | InstKind::Other { operands, .. } => {
            operands.iter().for_each(&mut f)
        }
        InstKind::Ret { val } => {
            if let Some((_, v)) = val {
                f(v)
            }
        }
        InstKind::CondBr { cond, .. } => f(cond),
        InstKind::Switch { val, .. } => f(val),
        InstKind::IndirectBr { addr, .. } => f(addr),
        InstKind::Dbg { .. }
        | InstKind::Fence { .. }
        | InstKind::LandingPad { .. }
        | InstKind::Br { .. }
        | InstKind::Resume
        | InstKind::Unreachable => {}
    }
}

pub fn build(f: &Function, cfg: &Cfg) -> Ssa {
    // Candidate slots: allocas of a single type used only as the address of loads/stores.
    let mut slot_ty: FxHashMap<ValueId, TypeId> = FxHashMap::default();
    for b in &f.blocks {
        for inst in &b.insts {
            if let (Some(r), InstKind::Alloca { ty, count: None }) = (inst.result, &inst.kind) {
                slot_ty.insert(r, *ty);
            }
        }
    }
    let mut bad: FxHashSet<ValueId> = FxHashSet::default();
    for b in &f.blocks {
        for inst in &b.insts {
            match &inst.kind {
                InstKind::Load {
                    ty, ptr, volatile, ..
                } => {
                    if let Operand::Local(p) = ptr {
                        if slot_ty.get(p).is_some_and(|t| t != ty) || *volatile {
                            bad.insert(*p);
                        }
                    }
                }
                InstKind::Store {
                    ty,
                    val,
                    ptr,
                    volatile,
                    ..
                } => {
                    if let Operand::Local(v) = val {
                        bad.insert(*v);
                    }
                    if let Operand::Local(p) = ptr {
                        if slot_ty.get(p).is_some_and(|t| t != ty) || *volatile {
                            bad.insert(*p);
                        }
                    }
                }
                InstKind::Dbg { .. } => {}
                k => for_each_operand(k, |op| {
                    if let Operand::Local(v) = op {
                        bad.insert(*v);
                    }
                }),
            }
        }
    }
    let promoted: FxHashSet<ValueId> = slot_ty
        .keys()
        .filter(|v| !bad.contains(v))
        .copied()
        .collect();
    let n = f.blocks.len();
    let mut ssa = Ssa {
        subst: FxHashMap::default(),
        phis: (0..n).map(|_| Vec::new()).collect(),
        promoted,
        value_count: f.value_count() as u32,
    };
    if ssa.promoted.is_empty() || n == 0 {
        return ssa;
    }
    // Phi placement on iterated dominance frontiers.
    let df = cfg.frontiers();
    let mut def_blocks: FxHashMap<ValueId, Vec<u32>> = FxHashMap::default();
    for (bi, b) in f.blocks.iter().enumerate() {
        for inst in &b.insts {
            if let InstKind::Store {
                ptr: Operand::Local(p),
                ..
            } = &inst.kind
            {
                if ssa.promoted.contains(p) {
                    let e = def_blocks.entry(*p).or_default();
                    if e.last() != Some(&(bi as u32)) {
                        e.push(bi as u32);
                    }
                }
            }
        }
    }
    let mut slots: Vec<ValueId> = def_blocks.keys().copied().collect();
    slots.sort();
    for slot in slots {
        let mut has_phi = vec![false; n];
        let mut in_work = vec![false; n];
        let mut work = def_blocks[&slot].clone();
        for &b in &work {
            in_work[b as usize] = true;
        }
        while let Some(b) = work.pop() {
            for &d in &df[b as usize] {
                if !has_phi[d as usize] {
                    has_phi[d as usize] = true;
                    let dst = ValueId(ssa.value_count);
                    ssa.value_count += 1;
                    ssa.phis[d as usize].push(PhiNode {
                        dst,
                        slot,
                        incoming: Vec::new(),
                    });
                    if !in_work[d as usize] {
                        in_work[d as usize] = true;
                        work.push(d);
                    }
                }
            }
        }
    }
    // Renaming over the dominator tree, iteratively.
    let children = cfg.dom_children();
    let mut stacks: FxHashMap<ValueId, Vec<Operand>> = FxHashMap::default();
    enum Step {
        Enter(u32),
        Exit(Vec<ValueId>),
    }
    let mut work = vec![Step::Enter(0)];
    while let Some(step) = work.pop() {
        match step {
            Step::Exit(pushed) => {
                for s in pushed {
                    if let Some(st) = stacks.get_mut(&s) {
                        st.pop();
                    }
                }
            }
            Step::Enter(b) => {
                let mut pushed = Vec::new();
                for phi in &ssa.phis[b as usize] {
                    stacks
                        .entry(phi.slot)
                        .or_default()
                        .push(Operand::Local(phi.dst));
                    pushed.push(phi.slot);
                }
                for inst in &f.blocks[b as usize].insts {
                    match &inst.kind {
                        InstKind::Load {
                            ptr: Operand::Local(p),
                            ..
                        } if ssa.promoted.contains(p) => {
                            let cur = stacks
                                .get(p)
                                .and_then(|s| s.last().cloned())
                                .unwrap_or(Operand::Undef);
                            if let Some(r) = inst.result {
                                ssa.subst.insert(r, cur);
                            }
                        }
                        InstKind::Store {
                            val,
                            ptr: Operand::Local(p),
                            ..
                        } if ssa.promoted.contains(p) => {
                            stacks.entry(*p).or_default().push(val.clone());
                            pushed.push(*p);
                        }
                        _ => {}
                    }
                }
                for &s in &cfg.succs[b as usize] {
                    let phis = &mut ssa.phis[s as usize];
                    for phi in phis.iter_mut() {
                        let cur = stacks
                            .get(&phi.slot)
                            .and_then(|st| st.last().cloned())
                            .unwrap_or(Operand::Undef);
                        phi.incoming.push((cur, b));
                    }
                }
                work.push(Step::Exit(pushed));
                for &c in children[b as usize].iter().rev() {
                    work.push(Step::Enter(c));
                }
            }
        }
    }
    ssa
}
