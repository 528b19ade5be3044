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

/// Mutable globals whose address the program stores into a struct field, by a store or in
/// a global's initializer (`c->st = &g_stats;`, `static struct cfg dflt = {&g_other}`): a
/// pointer loaded from that field (of any object of that struct type) may point to the
/// global, so what it reaches is shared by every handle, not the caller's own state.
/// Like [`FieldCalls`], keyed by struct name and field index.
#[derive(Default)]
pub struct GlobalFields {
    held: FxHashMap<Field, HeldGlobal>,
}

/// A global stored into a field, and where (for reasons): the first found, or one that
/// may be written when the first may not.
#[derive(Debug, Clone)]
pub struct HeldGlobal {
    /// The global's program-wide key.
    pub key: u32,
    /// The module of the store, or of the global whose initializer holds it.
    pub module: u32,
    /// The store's `!dbg` location; `None` for an initializer.
    pub dbg: Option<u32>,
    /// The global whose initializer holds it, for an initializer.
    pub in_initializer_of: Option<u32>,
}

impl GlobalFields {
    /// `reads_only(callee, i)`: the named external function never writes through its
    /// argument `i` (`memcpy`'s source), so passing an address there is no write.
    pub fn build(
        prog: &Program,
        keys: &Keys,
        reads_only: &dyn Fn(&str, usize) -> bool,
    ) -> GlobalFields {
        let mut held = Candidates::default();
        // Functions that store a parameter into a field, and fields filled with a call's
        // result: resolved one call level deep after the scan.
        let mut setters: FxHashMap<FuncRef, Vec<(usize, Field)>> = FxHashMap::default();
        let mut getters: Vec<(FuncRef, Field, u32, Option<u32>)> = Vec::new();
        let mut copies: Vec<(CopySource, Field, u32, Option<u32>)> = Vec::new();
        let mut variables: FxHashMap<u32, u32> = FxHashMap::default();
        for (mi, m) in prog.modules.iter().enumerate() {
            let mi = mi as u32;
            let global_of = |c: &Constant| mutable_global(keys, mi, c);
            for g in &m.globals {
                let (Some(init), Some(sym)) = (&g.init, m.lookup(&g.name)) else {
                    continue;
                };
                let holder = keys.of_sym(mi, sym);
                walk_initializer(
                    m,
                    g.ty,
                    init,
                    0,
                    &|c| global_of(c).map(|k| (k, ())),
                    &mut |field, (key, ())| {
                        held.add(
                            field,
                            HeldGlobal {
                                key,
                                module: mi,
                                dbg: None,
                                in_initializer_of: Some(holder),
                            },
                        );
                    },
                );
            }
            for (fi, f) in m.functions.iter().enumerate() {
                let this = FuncRef {
                    module: mi,
                    function: fi as u32,
                };
                // Pointer variables set at run time (`g_cfg.st = &g_stats` stores to
                // `@g_cfg` itself): a copy from them holds the global too.
                for b in &f.blocks {
                    for i in &b.insts {
                        if let InstKind::Store {
                            val,
                            ptr: Operand::Global(dst),
                            ..
                        } = &i.kind
                        {
                            let mut found = None;
                            constant_values(
                                val,
                                &Defs::default(),
                                &FxHashMap::default(),
                                0,
                                &mut |c| {
                                    found = found.or_else(|| global_of(c));
                                },
                            );
                            if let Some(key) = found {
                                variables.entry(keys.of_sym(mi, *dst)).or_insert(key);
                            }
                        }
                    }
                }
                field_stores(m, f, &mut |field, val, inst, defs, slots| {
                    let mut found = None;
                    let mut others: Vec<Operand> = Vec::new();
                    value_sources(
                        &address_base(val, defs),
                        defs,
                        slots,
                        0,
                        &mut |c| {
                            if found.is_none() {
                                found = global_of(c);
                            }
                        },
                        &mut |op| others.push(op.clone()),
                    );
                    // One call level: a setter's parameter (`set(c, &g)` with
                    // `c->st = s`) or a helper's result (`c->st = dflt()`).
                    for op in &others {
                        let Operand::Local(v) = address_base(op, defs) else {
                            continue;
                        };
                        if let Some(i) = f.params.iter().position(|p| p.value == v) {
                            setters.entry(this).or_default().push((i, field.clone()));
                        } else if let Some(InstKind::Load { ptr, .. }) = defs.get(&v) {
                            // Copied from another field or a global pointer (`c->st =
                            // cfg->st`, `c->st = g_default`).
                            let src = match ptr {
                                Operand::Global(g) => Some(CopySource::Global(mi, *g)),
                                _ => element_field_of(m, defs, ptr).map(CopySource::Field),
                            };
                            if let Some(src) = src {
                                copies.push((src, field.clone(), mi, inst.dbg.map(|d| d.0)));
                            }
                        } else if let Some(InstKind::Call(c) | InstKind::Invoke { call: c, .. }) =
                            defs.get(&v)
                        {
                            if let Some(callee) = defined_callee(keys, mi, &c.callee) {
                                getters.push((callee, field.clone(), mi, inst.dbg.map(|d| d.0)));
                            }
                        }
                    }
                    if let Some(key) = found {
                        held.add(
                            field,
                            HeldGlobal {
                                key,
                                module: mi,
                                dbg: inst.dbg.map(|d| d.0),
                                in_initializer_of: None,
                            },
                        );
                    }
                });
            }
        }
        chain_setters(prog, keys, &mut setters);
        resolve_setters(prog, keys, &setters, &mut held);
        for (callee, field, module, dbg) in getters {
            if let Some(key) = returned_global(prog, keys, callee) {
                held.add(
                    field,
                    HeldGlobal {
                        key,
                        module,
                        dbg,
                        in_initializer_of: None,
                    },
                );
            }
        }
        // Copies between fields, a few levels (`cfg->st = &g; c->st = cfg->st;`).
        for _ in 0..4 {
            let mut grew = false;
            for (src, field, module, dbg) in &copies {
                let keys_held: Vec<u32> = match src {
                    CopySource::Field(f) => held.of(f).map(|h| h.key).collect(),
                    CopySource::Global(mi, sym) => {
                        let m = &prog.modules[*mi as usize];
                        variables
                            .get(&keys.of_sym(*mi, *sym))
                            .copied()
                            .or_else(|| {
                                m.globals
                                    .iter()
                                    .find(|g| m.lookup(&g.name) == Some(*sym))
                                    .and_then(|g| g.init.as_ref())
                                    .and_then(|init| {
                                        mutable_global(keys, *mi, at_offset_zero(init))
                                    })
                            })
                            .into_iter()
                            .collect()
                    }
                };
                for key in keys_held {
                    grew |= held.add(
                        field.clone(),
                        HeldGlobal {
                            key,
                            module: *module,
                            dbg: *dbg,
                            in_initializer_of: None,
                        },
                    );
                }
            }
            if !grew {
                break;
            }
        }
        if held.first.is_empty() {
            return GlobalFields::default();
        }
        // A global that nothing may write (a method table in a non-const static, a
        // sentinel buffer) is as good as constant: reading it through a field is no race.
        let written = possibly_written(prog, keys, &held, reads_only);
        let Candidates { mut first, more } = held;
        first.retain(|field, h| {
            if written.contains(&h.key) {
                return true;
            }
            // Name the one that is written.
            match more
                .get(field)
                .and_then(|hs| hs.iter().find(|o| written.contains(&o.key)))
            {
                Some(o) => {
                    *h = o.clone();
                    true
                }
                None => false,
            }
        });
        GlobalFields { held: first }
    }

    pub fn is_empty(&self) -> bool {
        self.held.is_empty()
    }

    /// A global that some field of the struct type `ty` may hold (the one with the lowest
    /// field index), for an object of that type filled by code the caller does not see
    /// (`ctx_init(&c)` storing `c->reg = &g_reg` itself).
    pub fn held_in_struct(&self, m: &Module, ty: TypeId) -> Option<&HeldGlobal> {
        if self.held.is_empty() {
            return None;
        }
        let name = struct_name(m, ty)?;
        self.held
            .iter()
            .filter(|((n, _), _)| *n == name)
            .min_by_key(|((_, i), _)| *i)
            .map(|(_, h)| h)
    }

    /// The global a pointer loaded from the field `ptr` addresses may be: `ptr` is a
    /// `getelementptr` (instruction or constant) to a field or into an array field
    /// (`h->c[i]`); `def_of` gives an operand's defining instruction.
    pub fn held_at<'f>(
        &self,
        m: &Module,
        ptr: &Operand,
        def_of: &dyn Fn(&Operand) -> Option<&'f InstKind>,
    ) -> Option<&HeldGlobal> {
        if self.held.is_empty() {
            return None;
        }
        held_field(m, ptr, def_of, &self.held)
    }
}

/// Every global found stored into each field while building: the first (what reasons name
/// unless another is the written one) and the others.
#[derive(Default)]
struct Candidates {
    first: FxHashMap<Field, HeldGlobal>,
    more: FxHashMap<Field, Vec<HeldGlobal>>,
}

impl Candidates {
    /// Records that `field` may hold `h.key`; false when that was known.
    fn add(&mut self, field: Field, h: HeldGlobal) -> bool {
        match self.first.get(&field) {
            None => {
                self.first.insert(field, h);
                true
            }
            Some(f) if f.key == h.key => false,
            Some(_) => {
                let more = self.more.entry(field).or_default();
                if more.iter().any(|o| o.key == h.key) {
                    return false;
                }
                more.push(h);
                true
            }
        }
    }

    /// The globals `field` may hold.
    fn of(&self, field: &Field) -> impl Iterator<Item = &HeldGlobal> {
        self.first
            .get(field)
            .into_iter()
            .chain(self.more.get(field).into_iter().flatten())
    }
}

/// Where a pointer stored into a field was loaded from.
enum CopySource {
    Field(Field),
    /// A pointer variable (module, symbol): its initializer.
    Global(u32, ffiscope_ir::SymId),
}

/// What a load of a pointer at the start of an initialized object reads (`g_cfg.st` at
/// offset 0 is loaded from `@g_cfg` itself).
fn at_offset_zero(c: &Constant) -> &Constant {
    match c {
        Constant::Struct(f) | Constant::Array(f) if !f.is_empty() => at_offset_zero(&f[0].1),
        _ => c,
    }
}

/// The key of a mutable, shared global a constant address is in.
fn mutable_global(keys: &Keys, module: u32, c: &Constant) -> Option<u32> {
    let key = keys.of_sym(module, base_symbol(c)?);
    match keys.kinds[key as usize] {
        KeyKind::Var {
            constant: false,
            thread_local: false,
            ..
        } => Some(key),
        _ => None,
    }
}

/// The defined function a direct call goes to.
fn defined_callee(keys: &Keys, module: u32, callee: &Operand) -> Option<FuncRef> {
    let Operand::Global(s) = callee else {
        return None;
    };
    match keys.kinds[keys.of_sym(module, *s) as usize] {
        KeyKind::Func(Some(fr)) => Some(fr),
        _ => None,
    }
}

/// A function passing its parameter on to a setter's stored parameter is a setter too
/// (`set(h, c)` calling `set_inner(h, c)`), through any number of levels.
fn chain_setters(
    prog: &Program,
    keys: &Keys,
    setters: &mut FxHashMap<FuncRef, Vec<(usize, Field)>>,
) {
    if setters.is_empty() {
        return;
    }
    // Each direct call to a defined function, with the caller's parameter each argument
    // may be.
    let mut calls: Vec<(FuncRef, FuncRef, Vec<Option<usize>>)> = Vec::new();
    for fr in prog.defined_functions() {
        let f = prog.function(fr);
        if f.params.is_empty() {
            continue;
        }
        let defs = defs(f);
        let slots = local_slots(f, &defs);
        for b in &f.blocks {
            for i in &b.insts {
                let (InstKind::Call(c) | InstKind::Invoke { call: c, .. }) = &i.kind else {
                    continue;
                };
                let Some(callee) = defined_callee(keys, fr.module, &c.callee) else {
                    continue;
                };
                let params: Vec<Option<usize>> = c
                    .args
                    .iter()
                    .map(|a| {
                        let mut param = None;
                        value_sources(
                            &address_base(&a.val, &defs),
                            &defs,
                            &slots,
                            0,
                            &mut |_| {},
                            &mut |op| {
                                if let Operand::Local(v) = address_base(op, &defs) {
                                    param = param.or(f.params.iter().position(|p| p.value == v));
                                }
                            },
                        );
                        param
                    })
                    .collect();
                if params.iter().any(Option::is_some) {
                    calls.push((fr, callee, params));
                }
            }
        }
    }
    for _ in 0..8 {
        let mut grew = false;
        for (caller, callee, params) in &calls {
            let Some(stores) = setters.get(callee).cloned() else {
                continue;
            };
            for (pi, field) in stores {
                let Some(Some(p)) = params.get(pi) else {
                    continue;
                };
                let mine = setters.entry(*caller).or_default();
                if !mine.contains(&(*p, field.clone())) {
                    mine.push((*p, field));
                    grew = true;
                }
            }
        }
        if !grew {
            break;
        }
    }
}

/// Calls of setters (functions that store a parameter into a field) with a mutable
/// global's address for that parameter: the field holds it.
fn resolve_setters(
    prog: &Program,
    keys: &Keys,
    setters: &FxHashMap<FuncRef, Vec<(usize, Field)>>,
    held: &mut Candidates,
) {
    if setters.is_empty() {
        return;
    }
    for (mi, m) in prog.modules.iter().enumerate() {
        let mi = mi as u32;
        for f in &m.functions {
            let defs = defs(f);
            let slots = local_slots(f, &defs);
            for b in &f.blocks {
                for i in &b.insts {
                    let (InstKind::Call(c) | InstKind::Invoke { call: c, .. }) = &i.kind else {
                        continue;
                    };
                    let Some(stores) =
                        defined_callee(keys, mi, &c.callee).and_then(|fr| setters.get(&fr))
                    else {
                        continue;
                    };
                    for (pi, field) in stores {
                        let Some(arg) = c.args.get(*pi) else { continue };
                        let mut found = None;
                        constant_values(
                            &address_base(&arg.val, &defs),
                            &defs,
                            &slots,
                            0,
                            &mut |k| {
                                if found.is_none() {
                                    found = mutable_global(keys, mi, k);
                                }
                            },
                        );
                        if let Some(key) = found {
                            held.add(
                                field.clone(),
                                HeldGlobal {
                                    key,
                                    module: mi,
                                    dbg: i.dbg.map(|d| d.0),
                                    in_initializer_of: None,
                                },
                            );
                        }
                    }
                }
            }
        }
    }
}

/// The held global a function returns a pointer loaded from a field holding
/// (`return c->st;`), if some return does.
fn returned_held(prog: &Program, fr: FuncRef, held: &FxHashMap<Field, HeldGlobal>) -> Option<u32> {
    let f = prog.function(fr);
    let m = prog.module(fr.module);
    let defs = defs(f);
    let def_of = |op: &Operand| match op {
        Operand::Local(v) => defs.get(v).copied(),
        _ => None,
    };
    let slots = local_slots(f, &defs);
    let mut found = None;
    for b in &f.blocks {
        for i in &b.insts {
            let InstKind::Ret { val: Some((_, v)) } = &i.kind else {
                continue;
            };
            value_sources(
                &address_base(v, &defs),
                &defs,
                &slots,
                0,
                &mut |_| {},
                &mut |op| {
                    let Operand::Local(x) = address_base(op, &defs) else {
                        return;
                    };
                    if let Some(InstKind::Load { ptr, .. }) = defs.get(&x) {
                        if found.is_none() {
                            found = held_field(m, ptr, &def_of, held).map(|h| h.key);
                        }
                    }
                },
            );
        }
    }
    found
}

/// The mutable global whose address a function returns (`return &g_stats;`), if some
/// return does.
fn returned_global(prog: &Program, keys: &Keys, fr: FuncRef) -> Option<u32> {
    let f = prog.function(fr);
    let defs = defs(f);
    let slots = local_slots(f, &defs);
    let mut found = None;
    for b in &f.blocks {
        for i in &b.insts {
            if let InstKind::Ret { val: Some((_, v)) } = &i.kind {
                constant_values(&address_base(v, &defs), &defs, &slots, 0, &mut |c| {
                    if found.is_none() {
                        found = mutable_global(keys, fr.module, c);
                    }
                });
            }
        }
    }
    found
}

/// `&g_table[i]`, `(void *)&g` in instructions: the base address.
fn address_base(val: &Operand, defs: &Defs) -> Operand {
    let mut cur = val.clone();
    for _ in 0..8 {
        let Operand::Local(v) = &cur else { break };
        match defs.get(v) {
            Some(InstKind::Gep { base, .. }) | Some(InstKind::Cast { val: base, .. }) => {
                cur = base.clone()
            }
            _ => break,
        }
    }
    cur
}

/// Held globals some instruction may write: a store or read-modify-write to an address in
/// the global, or through a pointer loaded from a field that holds it, or such an address
/// passed to a call (the callee may write through it).
fn possibly_written(
    prog: &Program,
    keys: &Keys,
    candidates_of: &Candidates,
    reads_only: &dyn Fn(&str, usize) -> bool,
) -> rustc_hash::FxHashSet<u32> {
    let held = &candidates_of.first;
    let candidates: rustc_hash::FxHashSet<u32> = held
        .values()
        .chain(candidates_of.more.values().flatten())
        .map(|h| h.key)
        .collect();
    let mut written = rustc_hash::FxHashSet::default();
    for (mi, m) in prog.modules.iter().enumerate() {
        let mi = mi as u32;
        for f in &m.functions {
            let defs = defs(f);
            let def_of = |op: &Operand| match op {
                Operand::Local(v) => defs.get(v).copied(),
                _ => None,
            };
            // The held global an address may be in: directly, or loaded from a field.
            let target = |op: &Operand| -> Option<u32> {
                match address_base(op, &defs) {
                    Operand::Global(s) => Some(keys.of_sym(mi, s)),
                    Operand::Const(c) => Some(keys.of_sym(mi, base_symbol(&c)?)),
                    Operand::Local(v) => match defs.get(&v) {
                        Some(InstKind::Load { ptr, .. }) => {
                            held_field(m, ptr, &def_of, held).map(|h| h.key)
                        }
                        // A getter's result (`conn_stats(c)->calls++` with `return c->st`).
                        Some(InstKind::Call(c) | InstKind::Invoke { call: c, .. }) => {
                            defined_callee(keys, mi, &c.callee)
                                .and_then(|fr| returned_held(prog, fr, held))
                        }
                        _ => None,
                    },
                    _ => None,
                }
                .filter(|k| candidates.contains(k))
            };
            for b in &f.blocks {
                for i in &b.insts {
                    let hit: Vec<u32> = match &i.kind {
                        InstKind::Store { ptr, .. }
                        | InstKind::AtomicRmw { ptr, .. }
                        | InstKind::CmpXchg { ptr, .. } => target(ptr).into_iter().collect(),
                        InstKind::Call(c)
                        | InstKind::Invoke { call: c, .. }
                        | InstKind::CallBr { call: c, .. } => {
                            let callee = match &c.callee {
                                Operand::Global(s) => Some(keys.name(keys.of_sym(mi, *s))),
                                _ => None,
                            };
                            c.args
                                .iter()
                                .enumerate()
                                .filter(|(ai, _)| !callee.is_some_and(|n| reads_only(n, *ai)))
                                .filter_map(|(_, a)| target(&a.val))
                                .collect()
                        }
                        _ => Vec::new(),
                    };
                    written.extend(hit);
                }
            }
        }
    }
    written
}

/// [`GlobalFields::held_at`] on a map being built.
fn held_field<'h, 'f>(
    m: &Module,
    ptr: &Operand,
    def_of: &dyn Fn(&Operand) -> Option<&'f InstKind>,
    held: &'h FxHashMap<Field, HeldGlobal>,
) -> Option<&'h HeldGlobal> {
    held.get(&field_at(m, ptr, def_of, 0)?)
}

/// The struct field `ptr` addresses, or whose array `ptr` addresses an element of
/// (`h->c[i]` is field `c`), or, as `("struct.h[]", k)`, the memory that field `k`
/// points to (`h->v[i]` and `*h->v` with `v` a pointer: a heap array, a pointer to a
/// pointer).
fn field_at<'f>(
    m: &Module,
    ptr: &Operand,
    def_of: &dyn Fn(&Operand) -> Option<&'f InstKind>,
    depth: u32,
) -> Option<Field> {
    if depth > 4 {
        return None;
    }
    // The memory a pointer loaded from `inner` points to.
    let pointed_to_by = |inner: &Operand| {
        field_at(m, inner, def_of, depth + 1)
            .filter(|(name, _)| !name.ends_with("[]"))
            .map(|(name, k)| (format!("{name}[]"), k))
    };
    match ptr {
        Operand::Const(_) => field_of(m, &Defs::default(), ptr),
        Operand::Local(_) => match def_of(ptr)? {
            InstKind::Gep {
                source_ty,
                indices,
                base,
                ..
            } => {
                let exact = gep_field(
                    m,
                    *source_ty,
                    indices.iter().map(|(_, op)| op.as_int()).collect(),
                );
                let in_array = matches!(
                    m.types.resolve(*source_ty),
                    Type::Array { .. } | Type::Vector { .. }
                );
                match exact {
                    Some(field) => Some(field),
                    None if in_array => field_at(m, base, def_of, depth + 1),
                    // Element arithmetic on a pointer loaded from a field (`h->v[i]`).
                    None if indices.len() == 1 => match def_of(base)? {
                        InstKind::Load { ptr: inner, .. } => pointed_to_by(inner),
                        _ => None,
                    },
                    None => None,
                }
            }
            InstKind::Load { ptr: inner, .. } => pointed_to_by(inner),
            _ => None,
        },
        _ => None,
    }
}

/// [`field_at`] with a function's definitions.
fn element_field_of(m: &Module, defs: &Defs, ptr: &Operand) -> Option<Field> {
    let def_of = |op: &Operand| match op {
        Operand::Local(v) => defs.get(v).copied(),
        _ => None,
    };
    field_at(m, ptr, &def_of, 0)
}

/// Calls `visit(field, value, store, defs, slots)` for each store into a struct field in `f`.
fn field_stores(
    m: &Module,
    f: &ffiscope_ir::Function,
    visit: &mut dyn FnMut(
        Field,
        &Operand,
        &ffiscope_ir::Inst,
        &Defs,
        &FxHashMap<ValueId, Vec<Operand>>,
    ),
) {
    let defs = defs(f);
    let slots = local_slots(f, &defs);
    for b in &f.blocks {
        for i in &b.insts {
            match &i.kind {
                InstKind::Store { val, ptr, .. } => {
                    if let Some(field) = element_field_of(m, &defs, ptr) {
                        visit(field, val, i, &defs, &slots);
                    }
                }
                // A pointer copied into a field byte-wise from a local variable
                // (`memcpy(&h->c, &p, sizeof p)`): what the variable held.
                InstKind::Call(c) | InstKind::Invoke { call: c, .. } if is_memcpy(m, &c.callee) => {
                    let (Some(dst), Some(Operand::Local(src))) =
                        (c.args.first(), c.args.get(1).map(|a| &a.val))
                    else {
                        continue;
                    };
                    let Some(field) = element_field_of(m, &defs, &dst.val) else {
                        continue;
                    };
                    for stored in slots.get(src).map_or(&[][..], Vec::as_slice) {
                        visit(field.clone(), stored, i, &defs, &slots);
                    }
                }
                _ => {}
            }
        }
    }
}

/// `memcpy`/`memmove` or their LLVM intrinsics.
pub fn is_memcpy(m: &Module, callee: &Operand) -> bool {
    let Operand::Global(s) = callee else {
        return false;
    };
    let name = m.symbol(*s).name.as_str();
    name.starts_with("llvm.memcpy")
        || name.starts_with("llvm.memmove")
        || name == "memcpy"
        || name == "memmove"
}

/// What each local slot may hold: `fn = user ? user : default_free; s->free = fn;` stores
/// the default through a local variable at -O0.
fn local_slots(f: &ffiscope_ir::Function, defs: &Defs) -> FxHashMap<ValueId, Vec<Operand>> {
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
    slots
}

/// The global a constant address is in: `@g`, `&g.field`, `&g[3]`, through casts.
fn base_symbol(c: &Constant) -> Option<ffiscope_ir::SymId> {
    match c {
        Constant::Gep { base, .. } => base_symbol(&base.1),
        _ => symbol_of(c),
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
                walk_initializer(m, g.ty, init, 0, &func_of, &mut |field, func| {
                    out.entry(field).or_default().push(func)
                });
            }
        }
        for f in &m.functions {
            field_stores(m, f, &mut |field, val, _, defs, slots| {
                let mut funcs = Vec::new();
                constant_values(val, defs, slots, 0, &mut |c| {
                    if let Some(func) = func_of(c) {
                        funcs.push(func);
                    }
                });
                if !funcs.is_empty() {
                    out.entry(field).or_default().extend(funcs);
                }
            });
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
    value_sources(val, defs, slots, depth, found, &mut |_| {});
}

/// [`constant_values`], and `other(op)` for each value that is not a constant (a
/// parameter, a call's result, ...).
fn value_sources(
    val: &Operand,
    defs: &Defs,
    slots: &FxHashMap<ValueId, Vec<Operand>>,
    depth: u32,
    found: &mut dyn FnMut(&Constant),
    other: &mut dyn FnMut(&Operand),
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
            }) if slots.contains_key(slot) => {
                for stored in slots.get(slot).map_or(&[][..], Vec::as_slice) {
                    value_sources(stored, defs, slots, depth + 1, found, other);
                }
            }
            Some(InstKind::Phi { incoming, .. }) => {
                for (op, _) in incoming {
                    value_sources(op, defs, slots, depth + 1, found, other);
                }
            }
            Some(InstKind::Select { a, b, .. }) => {
                value_sources(a, defs, slots, depth + 1, found, other);
                value_sources(b, defs, slots, depth + 1, found, other);
            }
            _ => other(val),
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

/// Calls `record(field, x)` for each struct field of an initializer whose constant `pick`
/// accepts (nested structs and arrays included).
fn walk_initializer<T>(
    m: &Module,
    ty: TypeId,
    c: &Constant,
    depth: u32,
    pick: &dyn Fn(&Constant) -> Option<T>,
    record: &mut dyn FnMut(Field, T),
) {
    if depth > 16 {
        return;
    }
    match c {
        Constant::Struct(fields) => {
            let name = struct_name(m, ty);
            for (k, (fty, fc)) in fields.iter().enumerate() {
                match (pick(fc), &name, fc) {
                    (Some(x), Some(name), _) => record((name.clone(), k as u32), x),
                    (Some(_), None, _) => {}
                    // An array field: its elements are the field (`h->c[i]`).
                    (None, Some(name), Constant::Array(elems) | Constant::Vector(elems)) => {
                        for (ety, ec) in elems {
                            match pick(ec) {
                                Some(x) => record((name.clone(), k as u32), x),
                                None => walk_initializer(m, *ety, ec, depth + 1, pick, record),
                            }
                        }
                    }
                    (None, _, _) => walk_initializer(m, *fty, fc, depth + 1, pick, record),
                }
            }
        }
        Constant::Array(elems) | Constant::Vector(elems) => {
            for (ety, ec) in elems {
                walk_initializer(m, *ety, ec, depth + 1, pick, record);
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
    gep_field(m, source_ty, indices)
}

/// The struct field a `getelementptr` with these source type and indices addresses.
fn gep_field(m: &Module, source_ty: TypeId, indices: Vec<Option<i128>>) -> Option<Field> {
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
