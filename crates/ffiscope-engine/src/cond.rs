//! Conditions on other parameters under which a store runs, for conditional retention
//! (`sqlite3_bind_text` keeps its text only when the destructor is not `SQLITE_TRANSIENT`).
//!
//! A store in block `B` runs only when `x OP c` holds if some strict dominator `D` of `B`
//! ends in `br (icmp OP x, c)`, one successor of `D` dominates `B` and the other does not
//! (so every path to `B` went that way), where `x` is a parameter (through casts) and `c`
//! a constant. Several such branches are joined with "and". Branches into an early
//! `return CONST;` (argument validation) and NULL checks are left out: they are not flags a
//! caller chooses. Anything else: no condition.

use ffiscope_ir::{CastOp, Constant, Function, ICmpPred, InstKind, Operand, ValueId};
use rustc_hash::FxHashMap;

use crate::cfg::Cfg;
use crate::ssa::Ssa;

pub fn store_condition(f: &Function, ssa: &Ssa, cfg: &Cfg, block: u32) -> Option<String> {
    let mut defs: FxHashMap<ValueId, &InstKind> = FxHashMap::default();
    for b in &f.blocks {
        for i in &b.insts {
            if let Some(r) = i.result {
                defs.insert(r, &i.kind);
            }
        }
    }
    let mut parts: Vec<String> = Vec::new();
    let mut cur = block;
    for _ in 0..f.blocks.len() {
        let d = *cfg.idom.get(cur as usize)?;
        if d == cur || d == u32::MAX {
            break;
        }
        if let Some(InstKind::CondBr {
            cond,
            then_bb,
            else_bb,
        }) = f.blocks[d as usize].terminator().map(|t| &t.kind)
        {
            let (t, e) = (then_bb.0, else_bb.0);
            // The successor must be entered only from `d`, so reaching it means the
            // branch went that way.
            let only_from_d = |s: u32| cfg.preds.get(s as usize).is_some_and(|p| p == &[d]);
            let via_then = t != d && cfg.dominates(t, block) && only_from_d(t);
            let via_else = e != d && cfg.dominates(e, block) && only_from_d(e);
            let other = if via_then { e } else { t };
            if via_then != via_else && !is_error_exit(f, other) {
                if let Some(text) = comparison(f, ssa, &defs, cond, via_then) {
                    if !parts.contains(&text) {
                        parts.push(text);
                    }
                }
            }
        }
        cur = d;
    }
    if parts.is_empty() {
        None
    } else {
        parts.reverse();
        Some(parts.join(" and "))
    }
}

/// `return CONST;` at -O0: a block that only stores a constant (into the return slot) and
/// leaves. Argument validation (`if (level > 9) return Z_STREAM_ERROR;`) is not a condition
/// a caller chooses, so branches into such blocks are not reported.
fn is_error_exit(f: &Function, b: u32) -> bool {
    let Some(block) = f.blocks.get(b as usize) else {
        return false;
    };
    let insts: Vec<&InstKind> = block
        .insts
        .iter()
        .map(|i| &i.kind)
        .filter(|k| !matches!(k, InstKind::Dbg { .. }))
        .collect();
    match insts.as_slice() {
        [InstKind::Ret { val: Some((_, v)) }] => v.as_int().is_some(),
        [InstKind::Store { val, .. }, InstKind::Br { .. }] => val.as_int().is_some(),
        _ => false,
    }
}

/// `param OP const` as C text, negated when the branch is taken on false.
fn comparison(
    f: &Function,
    ssa: &Ssa,
    defs: &FxHashMap<ValueId, &InstKind>,
    cond: &Operand,
    taken_true: bool,
) -> Option<String> {
    let v = ssa.resolve(cond).as_local()?;
    let InstKind::ICmp { pred, a, b, .. } = defs.get(&v)? else {
        return None;
    };
    // NULL checks guard dereferences; they are not the flags a caller chooses.
    if ssa.resolve(a).is_null() || ssa.resolve(b).is_null() {
        return None;
    }
    let (name, c, swapped) = match (param_of(f, ssa, defs, a), param_of(f, ssa, defs, b)) {
        (Some(n), None) => (n, constant_text(ssa.resolve(b))?, false),
        (None, Some(n)) => (n, constant_text(ssa.resolve(a))?, true),
        _ => return None,
    };
    let mut op = match pred {
        ICmpPred::Eq => "==",
        ICmpPred::Ne => "!=",
        ICmpPred::Ugt | ICmpPred::Sgt => ">",
        ICmpPred::Uge | ICmpPred::Sge => ">=",
        ICmpPred::Ult | ICmpPred::Slt => "<",
        ICmpPred::Ule | ICmpPred::Sle => "<=",
    };
    if swapped {
        op = match op {
            ">" => "<",
            ">=" => "<=",
            "<" => ">",
            "<=" => ">=",
            o => o,
        };
    }
    if !taken_true {
        op = match op {
            "==" => "!=",
            "!=" => "==",
            ">" => "<=",
            ">=" => "<",
            "<" => ">=",
            _ => ">",
        };
    }
    Some(format!("`{name}` {op} {c}"))
}

fn param_of(
    f: &Function,
    ssa: &Ssa,
    defs: &FxHashMap<ValueId, &InstKind>,
    op: &Operand,
) -> Option<String> {
    let mut cur = ssa.resolve(op).clone();
    for _ in 0..8 {
        let v = cur.as_local()?;
        if let Some(p) = f.params.iter().find(|p| p.value == v) {
            return Some(p.name.clone());
        }
        match defs.get(&v)? {
            InstKind::Cast { val, .. } => cur = ssa.resolve(val).clone(),
            _ => return None,
        }
    }
    None
}

fn constant_text(op: &Operand) -> Option<String> {
    match op {
        Operand::Int(i) => Some(i.to_string()),
        Operand::Null => Some("NULL".into()),
        Operand::Const(c) => const_text(c),
        _ => None,
    }
}

fn const_text(c: &Constant) -> Option<String> {
    match c {
        Constant::Int(i) => Some(i.to_string()),
        Constant::Null | Constant::ZeroInit => Some("NULL".into()),
        Constant::Cast { op, val, .. } if *op == CastOp::IntToPtr => {
            Some(format!("(void *){}", const_text(&val.1)?))
        }
        _ => None,
    }
}
