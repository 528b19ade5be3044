//! Calls through function pointers loaded from struct fields, resolved by the field's type:
//! a call through `cfg.m.xFree` may run any function the program stores into the `xFree`
//! field of a `sqlite3_mem_methods` (a constant table's initializer, or a store), such as
//! the default hook `sqlite3MemFree`. This is the first layer of multi-layer type analysis
//! (Lu and Hu, "Where Does It Go? Refining Indirect-Call Targets with Multi-Layer Type
//! Analysis", CCS 2019), keyed by struct name and field index, narrowed by arity.
//!
//! It only adds: a call resolved this way still goes to unknown code as well (the field may
//! hold a pointer the user installed, or one stored through a cast the scan cannot see), so
//! the candidates can turn a `maybe` into a `yes` ("some path does it"), never into a `no`.
//! A call whose field holds more than [`MAX_CANDIDATES`] functions stays unresolved.

use ffiscope_ir::{Constant, FuncRef, InstKind, Module, Operand, Program, Type, TypeId, ValueId};
use rustc_hash::FxHashMap;

use crate::cond::{defs, Defs};
use crate::keys::{KeyKind, Keys};

/// A field that holds more functions than this is a method table (a backend's vtable):
/// its candidates are many, big, and seldom all relevant to one call. Applying them all
/// made libgit2's engine 40% slower and put 4 retained `yes` over budget, for nothing that
/// 3 did not give (its allocator hook has 2 candidates; sqlite3's has 1).
const MAX_CANDIDATES: usize = 3;

/// A struct field, by the struct's name without LLVM's `.N` renaming suffix.
type Field = (String, u32);

/// Candidate targets of each call site that loads its callee from a typed struct field.
#[derive(Default)]
pub struct FieldCalls {
    /// (caller, block, instruction) -> candidates (function, key), sorted.
    sites: FxHashMap<(FuncRef, u32, u32), Vec<(FuncRef, u32)>>,
    /// Per caller, every candidate of its sites (call-graph edges).
    by_caller: FxHashMap<FuncRef, Vec<FuncRef>>,
}

impl FieldCalls {
    pub fn build(prog: &Program, keys: &Keys) -> FieldCalls {
        let stored = stored_functions(prog, keys);
        let mut sites = FxHashMap::default();
        if stored.is_empty() {
            return FieldCalls::default();
        }
        for fr in prog.defined_functions() {
            let m = prog.module(fr.module);
            let f = prog.function(fr);
            let defs = defs(f);
            for (bi, b) in f.blocks.iter().enumerate() {
                for (ii, inst) in b.insts.iter().enumerate() {
                    let c = match &inst.kind {
                        InstKind::Call(c)
                        | InstKind::Invoke { call: c, .. }
                        | InstKind::CallBr { call: c, .. } => c,
                        _ => continue,
                    };
                    let Operand::Local(v) = &c.callee else {
                        continue;
                    };
                    let Some(InstKind::Load { ptr, .. }) = defs.get(v) else {
                        continue;
                    };
                    let Some(field) = field_of(m, &defs, ptr) else {
                        continue;
                    };
                    let Some(cands) = stored.get(&field) else {
                        continue;
                    };
                    let mut fit: Vec<(FuncRef, u32)> = cands
                        .iter()
                        .copied()
                        .filter(|(t, _)| {
                            let tf = prog.function(*t);
                            tf.params.len() == c.args.len()
                                || (tf.variadic && c.args.len() >= tf.params.len())
                        })
                        .collect();
                    fit.sort_unstable_by_key(|(t, _)| (t.module, t.function));
                    fit.dedup();
                    if !fit.is_empty() && fit.len() <= MAX_CANDIDATES {
                        sites.insert((fr, bi as u32, ii as u32), fit);
                    }
                }
            }
        }
        let mut out = FieldCalls {
            sites,
            by_caller: FxHashMap::default(),
        };
        out.index_callers();
        out
    }

    /// Keeps the candidates `keep(caller, candidate)` accepts.
    pub fn retain(&mut self, keep: impl Fn(FuncRef, FuncRef) -> bool) {
        self.sites.retain(|(caller, _, _), cands| {
            cands.retain(|(t, _)| keep(*caller, *t));
            !cands.is_empty()
        });
        self.index_callers();
    }

    /// `by_caller` from `sites`, sorted and without duplicates.
    fn index_callers(&mut self) {
        self.by_caller.clear();
        for ((caller, _, _), cands) in &self.sites {
            self.by_caller
                .entry(*caller)
                .or_default()
                .extend(cands.iter().map(|(t, _)| *t));
        }
        for v in self.by_caller.values_mut() {
            v.sort_unstable_by_key(|t| (t.module, t.function));
            v.dedup();
        }
    }

    /// Candidates for the call at (block, instruction) of `caller`.
    pub fn targets(&self, caller: FuncRef, block: u32, inst: u32) -> &[(FuncRef, u32)] {
        self.sites
            .get(&(caller, block, inst))
            .map_or(&[], Vec::as_slice)
    }

    /// Every candidate of every site in `caller` (call-graph edges).
    pub fn all_of(&self, caller: FuncRef) -> &[FuncRef] {
        self.by_caller.get(&caller).map_or(&[], Vec::as_slice)
    }
}

/// Functions stored into each struct field anywhere: in global initializers and by stores.
fn stored_functions(prog: &Program, keys: &Keys) -> FxHashMap<Field, Vec<(FuncRef, u32)>> {
    let mut out: FxHashMap<Field, Vec<(FuncRef, u32)>> = FxHashMap::default();
    for (mi, m) in prog.modules.iter().enumerate() {
        let mi = mi as u32;
        let func_of = |c: &Constant| -> Option<(FuncRef, u32)> {
            let key = keys.of_sym(mi, symbol_of(c)?);
            match keys.kinds[key as usize] {
                KeyKind::Func(Some(fr)) => Some((fr, key)),
                _ => None,
            }
        };
        for g in &m.globals {
            if let Some(init) = &g.init {
                walk_initializer(m, g.ty, init, 0, &func_of, &mut out);
            }
        }
        for f in &m.functions {
            let defs = defs(f);
            // What each local slot may hold: `fn = user ? user : default_free; s->free = fn;`
            // stores the default through a local variable at -O0.
            let mut slots: FxHashMap<ValueId, Vec<Operand>> = FxHashMap::default();
            for b in &f.blocks {
                for i in &b.insts {
                    if let InstKind::Store {
                        val,
                        ptr: Operand::Local(slot),
                        ..
                    } = &i.kind
                    {
                        if matches!(defs.get(slot), Some(InstKind::Alloca { .. })) {
                            slots.entry(*slot).or_default().push(val.clone());
                        }
                    }
                }
            }
            for b in &f.blocks {
                for i in &b.insts {
                    let InstKind::Store { val, ptr, .. } = &i.kind else {
                        continue;
                    };
                    let Some(field) = field_of(m, &defs, ptr) else {
                        continue;
                    };
                    let mut funcs = Vec::new();
                    constant_values(val, &defs, &slots, 0, &mut |c| {
                        if let Some(func) = func_of(c) {
                            funcs.push(func);
                        }
                    });
                    if !funcs.is_empty() {
                        out.entry(field).or_default().extend(funcs);
                    }
                }
            }
        }
    }
    out
}

/// The constants a stored value may be: itself, or through a local slot it was loaded from,
/// a φ or a `select` (a few levels deep; anything else contributes nothing).
fn constant_values(
    val: &Operand,
    defs: &Defs,
    slots: &FxHashMap<ValueId, Vec<Operand>>,
    depth: u32,
    found: &mut dyn FnMut(&Constant),
) {
    if depth > 4 {
        return;
    }
    match val {
        Operand::Global(s) => found(&Constant::Global(*s)),
        Operand::Const(c) => found(c),
        Operand::Local(v) => match defs.get(v) {
            Some(InstKind::Load {
                ptr: Operand::Local(slot),
                ..
            }) => {
                for stored in slots.get(slot).map_or(&[][..], Vec::as_slice) {
                    constant_values(stored, defs, slots, depth + 1, found);
                }
            }
            Some(InstKind::Phi { incoming, .. }) => {
                for (op, _) in incoming {
                    constant_values(op, defs, slots, depth + 1, found);
                }
            }
            Some(InstKind::Select { a, b, .. }) => {
                constant_values(a, defs, slots, depth + 1, found);
                constant_values(b, defs, slots, depth + 1, found);
            }
            _ => {}
        },
        _ => {}
    }
}

/// The symbol a constant names, through casts and wrappers.
fn symbol_of(c: &Constant) -> Option<ffiscope_ir::SymId> {
    match c {
        Constant::Global(s) => Some(*s),
        Constant::Cast { val, .. } => symbol_of(&val.1),
        Constant::Wrapped { inner, .. } => symbol_of(inner),
        _ => None,
    }
}

fn walk_initializer(
    m: &Module,
    ty: TypeId,
    c: &Constant,
    depth: u32,
    func_of: &dyn Fn(&Constant) -> Option<(FuncRef, u32)>,
    out: &mut FxHashMap<Field, Vec<(FuncRef, u32)>>,
) {
    if depth > 16 {
        return;
    }
    match c {
        Constant::Struct(fields) => {
            let name = struct_name(m, ty);
            for (k, (fty, fc)) in fields.iter().enumerate() {
                match (func_of(fc), &name) {
                    (Some(func), Some(name)) => {
                        out.entry((name.clone(), k as u32)).or_default().push(func)
                    }
                    (Some(_), None) => {}
                    (None, _) => walk_initializer(m, *fty, fc, depth + 1, func_of, out),
                }
            }
        }
        Constant::Array(elems) | Constant::Vector(elems) => {
            for (ety, ec) in elems {
                walk_initializer(m, *ety, ec, depth + 1, func_of, out);
            }
        }
        _ => {}
    }
}

/// `struct.foo` for `%struct.foo` and `%struct.foo.12` (LLVM's renaming of one C type seen
/// twice). Anonymous structs (`struct.anon`, `struct.anon.0`, ...) are different types that
/// share the base name: they keep their full name and match within their module only.
fn struct_name(m: &Module, ty: TypeId) -> Option<String> {
    let Type::Named(n) = m.types.get(ty) else {
        return None;
    };
    let name = &m.types.named.get(*n as usize)?.name;
    let base = match name.rsplit_once('.') {
        Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => name.as_str(),
    };
    if base.ends_with(".anon") || base == "anon" {
        // Module-qualified: the same anonymous name in another unit is another type.
        return Some(format!("{name}@{}", m.path));
    }
    Some(base.to_string())
}

/// The struct field a pointer addresses, when it is a `getelementptr` (instruction or
/// constant) whose last index selects a field of a named struct.
fn field_of(m: &Module, defs: &Defs, ptr: &Operand) -> Option<Field> {
    let (source_ty, indices): (TypeId, Vec<Option<i128>>) = match ptr {
        Operand::Local(v) => match defs.get(v)? {
            InstKind::Gep {
                source_ty, indices, ..
            } => (
                *source_ty,
                indices
                    .iter()
                    .map(|(_, op)| match op {
                        Operand::Const(c) => match c.as_ref() {
                            Constant::Int(i) => Some(*i),
                            _ => None,
                        },
                        _ => op.as_int(),
                    })
                    .collect(),
            ),
            _ => return None,
        },
        Operand::Const(c) => match c.as_ref() {
            Constant::Gep {
                source_ty, indices, ..
            } => (
                *source_ty,
                indices
                    .iter()
                    .map(|(_, c)| match c {
                        Constant::Int(i) => Some(*i),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => return None,
        },
        _ => return None,
    };
    // The first index steps over the pointer; each later one goes into an aggregate.
    let mut cur = source_ty;
    let mut last: Option<Field> = None;
    for idx in indices.iter().skip(1) {
        last = None;
        match m.types.resolve(cur) {
            Type::Struct { fields, .. } => {
                let k = u32::try_from((*idx)?).ok()?;
                let fty = *fields.get(k as usize)?;
                last = struct_name(m, cur).map(|n| (n, k));
                cur = fty;
            }
            Type::Array { elem, .. } | Type::Vector { elem, .. } => cur = *elem,
            _ => return None,
        }
    }
    last
}
