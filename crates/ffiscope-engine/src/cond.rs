//! Conditions on other parameters under which a store runs, for conditional retention
//! (`sqlite3_bind_text` keeps its text only when the destructor is not `SQLITE_TRANSIENT`).
//!
//! A store in block `B` runs only when `x OP c` holds if some strict dominator `D` of `B`
//! ends in `br (icmp OP x, c)`, one successor of `D` dominates `B` and the other does not
//! (so every path to `B` went that way), where `x` is a parameter (through casts) and `c`
//! a constant, or a flag bit tested (`(x & MASK) OP c`, OP `==`/`!=`). Several such
//! branches are joined with "and". Branches into an early `return CONST;` (argument
//! validation) and NULL checks are left out: they are not flags a caller chooses. A store of
//! a parameter itself may also be reached from branches taken only when that parameter is
//! NULL (`if (p && (flags & DUP)) copy(p); else h->p = p;`): those paths keep nothing, and
//! the one branch left gives the condition. Anything else: no condition.
//!
//! Conditions are conjunctions of [`Atom`]s over IR parameter indices, so a callee's
//! condition carries over to its callers: an atom on a parameter the caller passes its own
//! parameter to is renamed, any other atom is dropped. Dropping atoms only weakens a
//! conjunction, so the result stays a necessary condition of the store. An atom on a
//! constant argument is decided: when it cannot hold, the callee's store or hand-over
//! under it does not happen at that call (`set_error(s, msg, DUP)` never keeps `msg`).

use ffiscope_ir::{
    CastOp, Constant, Function, ICmpPred, InstKind, Operand, Type, TypeId, Types, ValueId,
};
use rustc_hash::FxHashMap;

use crate::cfg::Cfg;
use crate::ssa::Ssa;
pub use crate::summary::Atom;

/// Result-value definitions of a function, for walking back through casts.
pub type Defs<'f> = FxHashMap<ValueId, &'f InstKind>;

pub fn defs(f: &Function) -> Defs<'_> {
    let mut defs: Defs = FxHashMap::default();
    for b in &f.blocks {
        for i in &b.insts {
            if let Some(r) = i.result {
                defs.insert(r, &i.kind);
            }
        }
    }
    defs
}

/// The condition, as C text over parameter names, or `None` when there is none.
pub fn render(f: &Function, atoms: &[Atom]) -> Option<String> {
    if atoms.is_empty() {
        return None;
    }
    let parts: Vec<String> = atoms
        .iter()
        .map(|a| {
            let name = f
                .params
                .get(a.param as usize)
                .map_or("?", |p| p.name.as_str());
            format!("`{name}` {} {}", a.op, a.rhs)
        })
        .collect();
    Some(parts.join(" and "))
}

/// A disjunction of conjunctions as C text, simplified: `A or (A and B)` is `A`,
/// `x <= c or x > c` is no condition at all (`None`), and atoms every conjunction has are
/// factored out first (`(A and B) or (not A and B)` is `B`).
pub fn render_any(f: &Function, mut conds: Vec<Vec<Atom>>) -> Option<String> {
    conds.sort();
    conds.dedup();
    if conds.len() > 1 {
        let refs: Vec<&[Atom]> = conds.iter().map(|c| c.as_slice()).collect();
        let shared = common(&refs);
        if !shared.is_empty() {
            let rest: Vec<Vec<Atom>> = conds
                .iter()
                .map(|c| c.iter().filter(|a| !shared.contains(a)).cloned().collect())
                .collect();
            // The rest always holds: the shared atoms are the whole condition.
            if rest.iter().any(|r| r.is_empty()) || render_any(f, rest.clone()).is_none() {
                return render(f, &shared);
            }
        }
    }
    let kept: Vec<&Vec<Atom>> = conds
        .iter()
        .filter(|c| {
            !conds
                .iter()
                .any(|d| d.len() < c.len() && d.iter().all(|a| c.contains(a)))
        })
        .collect();
    let singles: Vec<&Atom> = kept
        .iter()
        .filter(|c| c.len() == 1)
        .map(|c| &c[0])
        .collect();
    if singles
        .iter()
        .any(|a| singles.iter().any(|b| complementary(a, b)))
    {
        return None;
    }
    let parts: Vec<String> = kept.iter().filter_map(|c| render(f, c)).collect();
    if parts.is_empty() {
        None
    } else {
        Some(parts.join(" or "))
    }
}

/// Whether `b` is the negation of `a` (`x == c` and `x != c`, `x < c` and `x >= c`, on
/// the same parameter and the same constant text).
fn complementary(a: &Atom, b: &Atom) -> bool {
    // `x & 4 == 0` and `x & 4 != 0`.
    let masked_flip = || {
        let (Some(x), Some(y)) = (a.op.strip_prefix("& "), b.op.strip_prefix("& ")) else {
            return false;
        };
        let (Some((mx, ox)), Some((my, oy))) = (x.rsplit_once(' '), y.rsplit_once(' ')) else {
            return false;
        };
        mx == my && matches!((ox, oy), ("==", "!=") | ("!=", "=="))
    };
    let plain_flip = matches!(
        (a.op.as_str(), b.op.as_str()),
        ("==", "!=") | ("!=", "==") | ("<", ">=") | (">=", "<") | (">", "<=") | ("<=", ">")
    );
    a.param == b.param && a.rhs == b.rhs && (plain_flip || masked_flip())
}

/// Whether a conjunction can never hold: it has an atom and its negation, or says a
/// parameter equals two different integers. (Atoms read as comparisons of the parameter
/// itself, [`extension_keeps`], so equal texts mean equal comparisons.)
pub fn contradictory(atoms: &[Atom]) -> bool {
    let two_values = |a: &Atom, b: &Atom| {
        a.param == b.param
            && a.op == "=="
            && b.op == "=="
            && matches!(
                (a.rhs.parse::<i128>(), b.rhs.parse::<i128>()),
                (Ok(x), Ok(y)) if x != y
            )
    };
    atoms.iter().any(|a| {
        atoms
            .iter()
            .any(|b| complementary(a, b) || two_values(a, b))
    })
}

/// Atoms common to every conjunction (a necessary condition of their disjunction).
pub fn common(conds: &[&[Atom]]) -> Vec<Atom> {
    let Some((first, rest)) = conds.split_first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter(|a| rest.iter().all(|c| c.contains(a)))
        .cloned()
        .collect()
}

/// A solved function, as the store conditions read it.
pub struct Scope<'s, 'f> {
    pub f: &'f Function,
    /// The module's types and its pointer width in bits.
    pub types: (&'f Types, u32),
    pub ssa: &'s Ssa,
    pub cfg: &'s Cfg,
    pub defs: &'s Defs<'f>,
}

pub fn store_condition(s: &Scope<'_, '_>, block: u32) -> Vec<Atom> {
    let (f, types, ssa, cfg, defs) = (s.f, s.types, s.ssa, s.cfg, s.defs);
    let mut parts: Vec<Atom> = Vec::new();
    let mut cur = block;
    for _ in 0..f.blocks.len() {
        let Some(&d) = cfg.idom.get(cur as usize) else {
            break;
        };
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
                if let Some(atom) = comparison(f, types, ssa, defs, cond, via_then) {
                    if !parts.contains(&atom) {
                        parts.push(atom);
                    }
                }
            }
        }
        cur = d;
    }
    parts.reverse();
    parts
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

/// `param OP const`, negated when the branch is taken on false.
fn comparison(
    f: &Function,
    types: (&Types, u32),
    ssa: &Ssa,
    defs: &Defs,
    cond: &Operand,
    taken_true: bool,
) -> Option<Atom> {
    let v = ssa.resolve(cond).as_local()?;
    let InstKind::ICmp { pred, a, b, .. } = defs.get(&v)? else {
        return None;
    };
    // NULL checks guard dereferences; they are not the flags a caller chooses.
    if ssa.resolve(a).is_null() || ssa.resolve(b).is_null() {
        return None;
    }
    let pa = param_value(f, types, ssa, defs, a);
    let pb = param_value(f, types, ssa, defs, b);
    let ((param, ext), c, swapped) = match (pa, pb) {
        (Some(n), None) => (n, constant_text(ssa.resolve(b))?, false),
        (None, Some(n)) => (n, constant_text(ssa.resolve(a))?, true),
        (None, None) => return masked_comparison(f, types, ssa, defs, (*pred, a, b), taken_true),
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
    let unsigned = matches!(
        pred,
        ICmpPred::Ugt | ICmpPred::Uge | ICmpPred::Ult | ICmpPred::Ule
    );
    let atom = Atom {
        param,
        op: op.to_string(),
        // `(unsigned)x > 5` also holds for negative `x`, `(int)x < 0` for a large unsigned
        // `x`: say which comparison it is.
        rhs: match (op, unsigned) {
            ("==" | "!=", _) => c,
            (_, true) => format!("{c} (unsigned)"),
            (_, false) => format!("{c} (signed)"),
        },
    };
    extension_keeps(ext, &atom).then_some(atom)
}

/// `(param & MASK) == C` or `!=` (a flag bit tested: `if (flags & DUP)`), as the atom
/// `param & MASK == C`, negated when the branch is taken on false.
fn masked_comparison(
    f: &Function,
    types: (&Types, u32),
    ssa: &Ssa,
    defs: &Defs,
    (pred, a, b): (ICmpPred, &Operand, &Operand),
    taken_true: bool,
) -> Option<Atom> {
    let eq = match pred {
        ICmpPred::Eq => true,
        ICmpPred::Ne => false,
        _ => return None,
    };
    let (masked, c) = match (ssa.resolve(a).as_int(), ssa.resolve(b).as_int()) {
        (None, Some(c)) => (a, c),
        (Some(c), None) => (b, c),
        _ => return None,
    };
    let v = ssa.resolve(masked).as_local()?;
    let InstKind::Binary { op, a: x, b: y, .. } = defs.get(&v)? else {
        return None;
    };
    if op != "and" {
        return None;
    }
    let (operand, mask) = match (ssa.resolve(x).as_int(), ssa.resolve(y).as_int()) {
        (None, Some(m)) => (x, m),
        (Some(m), None) => (y, m),
        _ => return None,
    };
    let (param, ext) = param_value(f, types, ssa, defs, operand)?;
    // Non-negative mask and constant within the source's non-sign bits: the same
    // test of the parameter however it was widened.
    if mask < 0 || c < 0 || c & !mask != 0 {
        return None;
    }
    if let Some((_, bits)) = ext {
        if !(1..=64).contains(&bits) || mask >= (1i128 << (bits - 1)) {
            return None;
        }
    }
    let holds_eq = eq == taken_true;
    Some(Atom {
        param,
        op: format!("& {mask} {}", if holds_eq { "==" } else { "!=" }),
        rhs: c.to_string(),
    })
}

/// Whether `atom` holds of the constant `arg` (its IR operand), when that can be told:
/// `Some(false)` means a call passing that constant never meets the condition.
pub fn holds_for_constant(atom: &Atom, arg: &Operand) -> Option<bool> {
    if let Some(rest) = atom.op.strip_prefix("& ") {
        let (mask, cmp) = rest.rsplit_once(' ')?;
        let mask: i128 = mask.parse().ok()?;
        let c: i128 = atom.rhs.parse().ok()?;
        let v = arg.as_int()?;
        let equal = v & mask == c;
        return match cmp {
            "==" => Some(equal),
            "!=" => Some(!equal),
            _ => None,
        };
    }
    let text = constant_text(arg)?;
    let equal = match (text.parse::<i128>(), atom.rhs.parse::<i128>()) {
        (Ok(x), Ok(y)) => x == y,
        // Both texts from `constant_text`: equal texts, equal constants.
        _ if atom.rhs.starts_with("(void *)") || atom.rhs == "NULL" => text == atom.rhs,
        _ => return None,
    };
    match atom.op.as_str() {
        "==" => Some(equal),
        "!=" => Some(!equal),
        _ => None,
    }
}

/// For a store of parameter `p` itself in `block`: predecessors that enter `block` only
/// when `p` is NULL store nothing of the caller's (`if (p && (flags & DUP)) copy(p); else
/// h->p = p;`). When one predecessor is left and its branch into `block` tests a
/// parameter, that test and what leads to the predecessor are the store's condition.
pub fn store_condition_of_param(s: &Scope<'_, '_>, block: u32, p: u32) -> Option<Vec<Atom>> {
    let (f, types, ssa, cfg, defs) = (s.f, s.types, s.ssa, s.cfg, s.defs);
    let preds = cfg.preds.get(block as usize)?;
    if preds.len() < 2 {
        return None;
    }
    let branch = |d: u32| match f.blocks.get(d as usize)?.terminator().map(|t| &t.kind) {
        Some(InstKind::CondBr {
            cond,
            then_bb,
            else_bb,
        }) if then_bb.0 != else_bb.0 => Some((cond, then_bb.0 == block)),
        _ => None,
    };
    let null_edge = |d: u32| -> bool {
        let Some((cond, taken_true)) = branch(d) else {
            return false;
        };
        let Some(v) = ssa.resolve(cond).as_local() else {
            return false;
        };
        let Some(InstKind::ICmp { pred, a, b, .. }) = defs.get(&v) else {
            return false;
        };
        let other = if ssa.resolve(a).is_null() {
            b
        } else if ssa.resolve(b).is_null() {
            a
        } else {
            return false;
        };
        let is_p = param_value(f, types, ssa, defs, other).is_some_and(|(i, _)| i == p);
        is_p && matches!(
            (pred, taken_true),
            (ICmpPred::Eq, true) | (ICmpPred::Ne, false)
        )
    };
    let rest: Vec<u32> = preds.iter().copied().filter(|&d| !null_edge(d)).collect();
    let [d] = rest.as_slice() else {
        return None;
    };
    if rest.len() == preds.len() {
        return None;
    }
    let (cond, taken_true) = branch(*d)?;
    let atom = comparison(f, types, ssa, defs, cond, taken_true)?;
    let mut atoms = store_condition(s, *d);
    if !atoms.contains(&atom) {
        atoms.push(atom);
    }
    Some(atoms)
}

/// A widening between a parameter and the value compared: its kind and source width.
pub type Ext = Option<(CastOp, u32)>;

/// Whether `atom`, read as a comparison of the parameter itself, means what the
/// comparison of its widened value does. `(unsigned char)c == 255` is never true of a
/// `signed char` `c`, and `(long)x == -1` never of an `unsigned` `x`: equality holds only
/// for constants both readings agree on (small non-negative ones); an ordering, only when
/// the widening keeps the order the comparison uses (sign extension for signed ones).
pub fn extension_keeps(ext: Ext, atom: &Atom) -> bool {
    let Some((op, bits)) = ext else { return true };
    let signed_order = atom.rhs.ends_with(" (signed)");
    let unsigned_order = atom.rhs.ends_with(" (unsigned)");
    if signed_order || unsigned_order {
        return (op == CastOp::SExt && signed_order) || (op == CastOp::ZExt && unsigned_order);
    }
    let Ok(c) = atom.rhs.parse::<i128>() else {
        return false;
    };
    c >= 0 && (1..=64).contains(&bits) && c < (1i128 << (bits - 1))
}

/// The IR parameter index `op` is, through casts that keep its value (pointer casts,
/// integer widenings: the narrowest is returned), if it is one.
pub fn param_value(
    f: &Function,
    (types, ptr_bits): (&Types, u32),
    ssa: &Ssa,
    defs: &Defs,
    op: &Operand,
) -> Option<(u32, Ext)> {
    let mut cur = ssa.resolve(op).clone();
    let mut ext: Ext = None;
    for _ in 0..8 {
        let v = cur.as_local()?;
        if let Some(i) = f.params.iter().position(|p| p.value == v) {
            return Some((i as u32, ext));
        }
        match defs.get(&v)? {
            InstKind::Cast { op, from, val, to } => {
                // Between a pointer and an integer of another width: a truncation or an
                // extension of unknown kind.
                let int_bits = |t: TypeId| match types.resolve(t) {
                    Type::Int(n) => Some(*n),
                    _ => None,
                };
                match op {
                    CastOp::PtrToInt if int_bits(*to) != Some(ptr_bits) => return None,
                    CastOp::IntToPtr if int_bits(*from) != Some(ptr_bits) => return None,
                    _ => {}
                }
                match op {
                    CastOp::ZExt | CastOp::SExt => {
                        let Type::Int(bits) = types.resolve(*from) else {
                            return None;
                        };
                        // Mixed widenings: which reading holds is anyone's guess.
                        if ext.is_some_and(|(o, _)| o != *op) {
                            return None;
                        }
                        ext = Some((*op, *bits));
                    }
                    CastOp::BitCast
                    | CastOp::PtrToInt
                    | CastOp::IntToPtr
                    | CastOp::AddrSpaceCast => {}
                    // A truncation changes which values compare equal, a float conversion
                    // rounds: not the parameter any more.
                    _ => return None,
                }
                cur = ssa.resolve(val).clone();
            }
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
