//! Intraprocedural analysis of one function: a flow-insensitive, field-sensitive,
//! inclusion-based points-to analysis (Andersen, 1994) over abstract objects, with
//! parameters' unknown contents modelled as access paths created on demand (as in
//! summary-based analyses such as Infer's Pulse/RacerD), and callees applied through
//! their summaries. Results: the function's [`Summary`] and the raw per-parameter facts.

use std::sync::Arc;

use ffiscope_facts::{CallbackUse, Verdict, WriteDepth};
use ffiscope_ir::{
    CallData, CastOp, Constant, FuncRef, Function, ICmpPred, InstKind, Linkage, MdId, Module,
    Operand, Program, Type, TypeId, ValueId,
};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::cfg::Cfg;
use crate::ext::{ExtCopyTo, ExtModel, ExtOut, ExtRetained, ExtReturns, ModelSource};
use crate::keys::{KeyKind, Keys};
use crate::shapes::{Shape, SsaOf};
use crate::summary::*;

pub type ObjId = u32;
type PVal = (ObjId, i64);
type PSet = FxHashSet<PVal>;

/// Longest access path built from parameters before collapsing to "unknown". 4, not 6:
/// on sqlite3 the deeper paths were mostly free-list chains (every cell pointing to every
/// node) and cost 22% of the engine's CPU; the ground truth scores the same.
const MAX_DEPTH: u8 = 4;

/// The precise solution gets `max_work / FINE_WORK_SHARE` insertions; past that, the
/// function is solved again with access paths cut at [`COARSE_DEPTH`].
const FINE_WORK_SHARE: u64 = 4;
const COARSE_DEPTH: u8 = 2;
/// The coarse solution gets `max_work / COARSE_WORK_SHARE`: most that converge do so early
/// (on sqlite3, 73 of 89 under a quarter), while the ones that do not burnt half of all the
/// engine's work at `/ 2` without changing any exported verdict.
const COARSE_WORK_SHARE: u64 = 4;

/// Set insertions between two checks of whether a summary is already sure to be over its
/// size limit (or a quarter of the work so far, whichever is more: each check walks the
/// whole state).
const SIZE_CHECK_EVERY: u64 = 32_768;
/// The same for the coarse solution, which runs only after the precise one failed: on
/// sqlite3 two thirds of those end over size anyway, and checking from 4K insertions on
/// stops them 8x sooner. (The precise solution keeps 32K: stopping it sooner would send
/// functions whose precise summary ends over size to the coarse solution, which costs
/// more than it saves.)
const COARSE_SIZE_CHECK_EVERY: u64 = 4_096;
/// [`SIZE_CHECK_EVERY`] or [`COARSE_SIZE_CHECK_EVERY`], for a solution with this access
/// path cut.
fn size_check_every(coarse: Option<u8>) -> u64 {
    if coarse.is_some() {
        COARSE_SIZE_CHECK_EVERY
    } else {
        SIZE_CHECK_EVERY
    }
}

pub(crate) const OVER_SIZE: &str = "a function whose summary was over its size budget";

/// Distinct constant offsets into one object a pointer value may hold before it is widened
/// to "anywhere in the object".
const MAX_OFFSETS: usize = 8;

/// Distinct constant cell offsets one object may hold before new ones go to [`ANY`].
const MAX_CELL_OFFSETS: usize = 128;

/// Values of access paths at one call site, by path.
type PathMemo = FxHashMap<MemoKey, Arc<Vec<PVal>>>;

/// Tables one application of a callee summary fills and the next reuses: the values of
/// paths ([`PathMemo`]), equal value sets shared, and the edges already inserted.
#[derive(Default)]
struct Scratch {
    memo: PathMemo,
    pool: FxHashSet<Arc<Vec<PVal>>>,
    seen: FxHashSet<(usize, i64, usize, i64, u32)>,
}

impl Scratch {
    /// Empties the tables for the next call, keeping their room unless one grew big (a
    /// big table costs its whole capacity to clear, however small the next call).
    fn reset(&mut self) {
        const KEEP: usize = 1024;
        if self.memo.capacity() > KEEP || self.pool.capacity() > KEEP || self.seen.capacity() > KEEP
        {
            *self = Scratch::default();
        } else {
            self.memo.clear();
            self.pool.clear();
            self.seen.clear();
        }
    }
}

/// An access path as a fixed-size key: hashing and comparing `Path`s (a `Vec`) and cloning
/// them for the map was a tenth of the engine's time. Longer paths are not memoised.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct MemoKey {
    root: (u8, u32),
    len: u8,
    steps: [i64; MemoKey::MAX_STEPS],
}

impl MemoKey {
    const MAX_STEPS: usize = 8;

    fn of(root: &Root, steps: &[i64]) -> Option<MemoKey> {
        if steps.len() > Self::MAX_STEPS {
            return None;
        }
        let root = match *root {
            Root::Param(i) => (0, i),
            Root::Global(k) => (1, k),
            Root::Fresh(id) => (2, id),
            Root::Unknown => (3, 0),
            Root::Return => (4, 0),
        };
        let mut key = MemoKey {
            root,
            len: steps.len() as u8,
            steps: [0; Self::MAX_STEPS],
        };
        key.steps[..steps.len()].copy_from_slice(steps);
        Some(key)
    }
}

/// The deallocator of C heap memory, as the models name it (`owned:free`).
const HEAP_DEALLOC: &str = "free";

/// Each IR parameter's declared C type, where debug info names one: IR and C parameters
/// differ when a struct is returned through a hidden pointer or passed split in registers.
pub(crate) fn ir_param_ctypes(m: &Module, f: &Function) -> Vec<Option<ffiscope_facts::CType>> {
    let mut out = vec![None; f.params.len()];
    let Some(params) = m.c_param_types(f, &mut ffiscope_ir::debuginfo::DiTypes::without_layouts())
    else {
        return out;
    };
    let map = crate::facts::c_to_ir_params(m, f, params.len());
    for (ir, ty) in map.into_iter().zip(params) {
        if let Some(slot) = ir.and_then(|ir| out.get_mut(ir)) {
            *slot = Some(ty);
        }
    }
    out
}

/// Both sides of a comparison made in a callee, as this function's objects.
struct CallCompared {
    sides: [Arc<Vec<PVal>>; 2],
    dbg: Option<MdId>,
    callee: Arc<str>,
}

/// Where a parameter's pointer was stored: (block, instruction, id of the callee's
/// condition in `Analysis::call_conds`, 0 for none). The store or call instruction's own
/// block condition is added when the state is handed to extraction.
pub type Site = (u32, u32, u32);

/// Edge site of a store made by a model (no instruction condition known).
pub const UNCOND_SITE: Site = (u32::MAX, u32::MAX, 0);

/// Bit of a site's condition id: the site stored a value it read from memory (a reload,
/// a copy, a callee edge whose value is a path below a parameter). A parameter's pointer
/// gets into memory only through a site without it first, so those sites' conditions
/// bound every copy made later ([`Parts::base_cond`]).
pub const DERIVED: u32 = 1 << 31;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Obj {
    Param(u32),
    /// The variadic arguments of this function, as the memory `va_start` points its
    /// `va_list` at (its cells: the arguments). Named as the parameter after the last.
    VarArgs,
    /// At a call to a variadic function (by call site): the memory holding the variadic
    /// arguments passed, which the callee's [`Obj::VarArgs`] stands for.
    VarArea(u32),
    Global(u32),
    Init(ObjId, i64),
    Stack(u32),
    Heap(u32),
    Fresh(u32, u32),
    UnknownRet(u32),
    Func(u32),
    Unknown,
}

/// How many loads below an argument a model's deep effects are applied (`recvmsg`: the
/// message, its iovec array, the buffers); deeper objects go to unknown code.
const MODEL_DEEP_LEVELS: usize = 3;

/// Limits that turn an expensive function into `maybe` instead of a hang.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub max_insts: usize,
    pub max_passes: usize,
    pub max_objects: usize,
    pub max_summary_items: usize,
    /// Points-to set insertions tried for one function: a deterministic size budget that
    /// stops the cases where sets blow up (cells x values in summary application) early
    /// and the same way on every machine.
    pub max_work: u64,
    /// Wall-clock time for one function's points-to solution, in milliseconds: a
    /// backstop for what the work budget does not count.
    pub max_millis: u64,
    /// Work for the fixpoint of one recursive cycle (all its members and rounds).
    pub max_scc_work: u64,
    /// Wall-clock time for the fixpoint of one recursive cycle (all its rounds).
    pub max_scc_millis: u64,
    /// Stop a function whose own facts are not reported (internal linkage) as soon as its
    /// summary is sure to go over `max_summary_items`: callers would get a summary that
    /// claims nothing either way. Off when every function's facts are wanted.
    pub size_exit: bool,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_insts: 200_000,
            max_passes: 40,
            max_objects: 20_000,
            max_summary_items: 500,
            max_work: 1_500_000,
            max_scc_work: 20_000_000,
            max_millis: 1_000,
            max_scc_millis: 8_000,
            size_exit: true,
        }
    }
}

pub struct Ctx<'a> {
    pub prog: &'a Program,
    pub keys: &'a Keys,
    pub models: &'a dyn ModelSource,
    pub summary_of: &'a (dyn Fn(FuncRef) -> Option<Arc<Summary>> + Sync),
    pub budget: Budget,
    /// Writable globals that a call through a pointer may reach (those of every function
    /// whose address is taken, and their callees).
    pub pointer_call_globals: &'a [u32],
    /// Writable globals that code outside the analysed units can name.
    pub external_call_globals: &'a [u32],
    /// Candidate targets of calls through typed struct fields.
    pub field_calls: &'a crate::fieldcalls::FieldCalls,
    /// Functions' CFG and SSA form.
    pub shapes: &'a crate::shapes::Shapes,
    /// Solve coarsely at once: the precise solution already ran out of budget in an earlier
    /// round of this recursive cycle, and callees' summaries have only grown since.
    pub coarse_at_once: bool,
}

/// Where a parameter may be kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// In a cell of an object reachable from a root: root, path steps, final offset.
    Cell {
        root: Root,
        steps: Vec<i64>,
        off: i64,
        ev: Ev,
    },
    Thread {
        ev: Ev,
    },
    Unknown {
        callee: String,
        ev: Ev,
    },
}

/// Raw facts about one IR parameter.
#[derive(Debug, Clone)]
pub struct ParamOut {
    pub reads: Verdict,
    pub reads_ev: Ev,
    pub writes: Verdict,
    pub depth: Option<WriteDepth>,
    pub writes_ev: Ev,
    pub retained: Verdict,
    pub places: Vec<Place>,
    pub freed: Verdict,
    pub freed_ev: Ev,
    pub null_ok: Verdict,
    pub null_ev: Ev,
    pub returned: Verdict,
    pub callback: Option<CallbackUse>,
    /// When `retained` is `yes` only for certain values of other parameters.
    pub condition: Option<String>,
    pub reasons: Vec<String>,
}

/// The kind of object a function returns.
#[derive(Debug, Clone, PartialEq)]
pub enum RetOut {
    Void,
    Scalar,
    Owned(Option<String>),
    Alias(Vec<u32>),
    Static(String),
    Borrowed,
    Maybe(Vec<String>),
}

pub struct FnOut {
    pub summary: Summary,
    pub params: Vec<ParamOut>,
    pub ret: RetOut,
    /// Work spent (points-to insertions tried), for the recursive-cycle budget.
    pub work: u64,
    /// Why the analysis gave up (a budget), if it did: the result is [`over_budget`]'s.
    pub stopped: Option<String>,
    /// The summary was too big for callers and claims nothing instead (the function's
    /// own verdicts are complete).
    pub summary_degraded: bool,
    /// The precise solution ran out of budget (the coarse one was tried).
    pub went_coarse: bool,
}

struct Analysis<'a, 'c> {
    ctx: &'c Ctx<'a>,
    fr: FuncRef,
    mi: u32,
    m: &'a Module,
    f: &'a Function,
    ssa: SsaOf,
    objs: Vec<Obj>,
    obj_ix: FxHashMap<Obj, ObjId>,
    depth: Vec<u8>,
    pts: Vec<PSet>,
    ret: PSet,
    mem: FxHashMap<(ObjId, i64), PSet>,
    /// Constant offsets per (value, object) and per (cell, object), for [`widen`].
    pts_offs: FxHashMap<(u32, ObjId), u32>,
    mem_offs: FxHashMap<((ObjId, i64), ObjId), u32>,
    offsets: FxHashMap<ObjId, Vec<i64>>,
    /// Shared: one store or summary edge often adds thousands of edges with the same
    /// evidence, and cloning and freeing it per edge was half of sqlite3's time.
    edge_ev: FxHashMap<((ObjId, i64), PVal), Arc<Ev>>,
    /// For edges that store a parameter's pointer: the store or call instructions that did
    /// it ([`UNCOND_SITE`] for models and copies).
    edge_sites: FxHashMap<((ObjId, i64), PVal), FxHashSet<Site>>,
    cur_site: Option<Site>,
    /// The instruction being transferred, for sites of copies made inside helpers.
    cur_inst: (u32, u32),
    /// Site of the handing to unknown code in progress ([`UNCOND_SITE`] when unset).
    hand_site: Option<Site>,
    /// Per parameter object: where it was handed to unknown code.
    unknown_sites: FxHashMap<ObjId, FxHashSet<Site>>,
    /// Counts changes to memory; `obj_stamp[o]`: the count at the last change to a cell
    /// of `o`. A summary application that read only objects unchanged since, with the
    /// same arguments, would insert nothing new: it is skipped ([`CallDeps`]).
    clock: u64,
    obj_stamp: Vec<u64>,
    /// Objects whose cells the summary application in progress read.
    read_log: Option<Vec<ObjId>>,
    call_deps: FxHashMap<(u32, u32, u32), CallDeps>,
    /// Callee edge conditions in this function's terms, interned (index 0: none).
    call_conds: Vec<Vec<crate::cond::Atom>>,
    call_cond_ix: FxHashMap<Vec<crate::cond::Atom>, u32>,
    /// Per (block, call, callee, summary edge): the cells and values of the last complete
    /// application, so the next pass inserts only new pairs.
    #[allow(clippy::type_complexity)]
    applied: FxHashMap<(u32, u32, u32, u32), (Arc<Vec<PVal>>, Arc<Vec<PVal>>)>,
    /// Reused by [`Self::apply_summary_now`].
    scratch: Scratch,
    /// (block, call, callee) whose summary's argument-independent parts (NULL handling,
    /// globals, reasons, deallocators) were already applied in this solution.
    applied_once: FxHashSet<(u32, u32, u32)>,
    /// Per call site, callee and pair: the two sides of a comparison the callee's summary
    /// reports ([`Summary::compared`]), evaluated here (re-evaluated each pass).
    call_compared: FxHashMap<(u32, u32, u32, u32), CallCompared>,
    /// Every comparison of pointers here and in callees, for [`Summary::compared`].
    compared: Vec<[Arc<Vec<PVal>>; 2]>,
    /// Access paths cut at this many steps (objects deeper merged into their ancestor).
    coarse: Option<u8>,
    /// Insertions allowed before the solution stops (the fine try gets a share).
    work_limit: u64,
    /// Lazily built, for translating callee conditions.
    defs: Option<crate::cond::Defs<'a>>,
    /// Per parameter, lazily: whether its declared pointee is raw memory or a record
    /// (`void *`, `struct s *`), which a byte loop may copy pointers out of.
    raw_memory_params: Option<Vec<bool>>,
    /// Per function met as an allocator hook's target: which parameters are `void *`.
    void_ptr_params: FxHashMap<FuncRef, Vec<bool>>,
    /// When the function's time budget runs out (checked inside long steps too).
    deadline: std::time::Instant,
    /// Why the solution stopped early, if it did (the state is then incomplete).
    stopped: Option<String>,
    /// Set insertions tried, against [`Budget::max_work`].
    work: u64,
    next_clock_check: u64,
    /// [`Budget::size_exit`] applies to this function.
    size_exit: bool,
    next_size_check: u64,
    /// Stopped because the summary was sure to be over its size limit.
    over_size: bool,
    reads: FxHashMap<ObjId, Ev>,
    writes: FxHashMap<ObjId, Ev>,
    frees: FxHashMap<ObjId, Ev>,
    /// Freed, written or read only if equal to another pointer ([`Summary::maybe_frees`]).
    maybe_frees: FxHashMap<ObjId, Ev>,
    maybe_writes: FxHashMap<ObjId, Ev>,
    maybe_reads: FxHashMap<ObjId, Ev>,
    unknown: FxHashMap<ObjId, (String, Ev)>,
    /// Writable globals that code whose summary claims nothing may use (from callees).
    unknown_globals: FxHashMap<u32, String>,
    /// Whether `ctx.pointer_call_globals` are already in `unknown_globals`.
    pointer_call_globals_added: bool,
    /// Whether `ctx.external_call_globals` are already in `unknown_globals`.
    external_call_globals_added: bool,
    thread: FxHashMap<ObjId, Ev>,
    called: FxHashMap<ObjId, Ev>,
    heap_dealloc: FxHashMap<ObjId, String>,
    globals_read: FxHashSet<u32>,
    globals_written: FxHashSet<u32>,
    reasons: Vec<String>,
    /// What this function's verdicts rest on besides the models (an allocator hook's
    /// replacements behaving like its defaults), its callees' included.
    assumptions: std::collections::BTreeSet<String>,
    changed: bool,
    noreturn_calls: FxHashSet<(u32, u32)>,
    /// Calls to `assert()`'s failure function (a model with `assertion`), with the index
    /// of the argument that holds the asserted expression's text.
    assert_calls: FxHashMap<(u32, u32), u32>,
    /// Per call site: callee null-ok verdicts by argument (for the NULL pass).
    call_null: FxHashMap<(u32, u32), Vec<(usize, Verdict, String)>>,
    /// Per call: the arguments its callee compares with NULL ([`Summary::null_checked`]).
    call_checks: FxHashMap<(u32, u32), Vec<u32>>,
    /// Per call: the arguments its callee never returns with as NULL
    /// ([`Summary::null_aborts`]).
    call_aborts: FxHashMap<(u32, u32), Vec<u32>>,
    /// While a call through a pointer is applied: each target's (aborts, noreturn).
    /// `None` aborts: code the analysis cannot see.
    target_facts: Option<Vec<(Option<Vec<u32>>, bool)>>,
    /// Per call through a pointer: arguments every known target never returns with as
    /// NULL, when unknown targets remain (a possible check, not a guard).
    call_maybe_aborts: FxHashMap<(u32, u32), Vec<u32>>,
    /// (block, instruction, IR parameter): a call that dereferences the parameter's value
    /// loaded from memory (`c.buf = buf; consume(&c)`), or hands memory holding it to
    /// unseen code.
    deep_derefs: FxHashSet<(u32, u32, u32)>,
}

/// Offset widening for pointer arithmetic: a pointer stepped in a loop or along a chain
/// of blocks (`*p++ = c` stored back and reloaded, as in inflate's `NEEDBITS`) would
/// otherwise gain one new offset per step. Once a set holds [`MAX_OFFSETS`] constant offsets
/// into one object, further ones become "anywhere in it" ([`ANY`]), which every consumer
/// already treats as covering all offsets. Returns the offset to insert, or `None` when the
/// set's `ANY` already covers it. `counts` tracks the constant offsets per (set, object).
fn widen<K: std::hash::Hash + Eq>(
    set: &PSet,
    counts: &mut FxHashMap<K, u32>,
    key: K,
    o: ObjId,
    off: i64,
) -> Option<i64> {
    if off == ANY || set.contains(&(o, off)) {
        return Some(off);
    }
    if set.contains(&(o, ANY)) {
        return None;
    }
    let c = counts.entry(key).or_default();
    if *c as usize >= MAX_OFFSETS {
        return Some(ANY);
    }
    *c += 1;
    Some(off)
}

fn add_off(a: i64, b: i64) -> i64 {
    if a == ANY || b == ANY {
        ANY
    } else {
        a.wrapping_add(b)
    }
}

impl<'a, 'c> Analysis<'a, 'c> {
    fn obj(&mut self, o: Obj) -> ObjId {
        if let Some(&id) = self.obj_ix.get(&o) {
            return id;
        }
        if self.objs.len() >= self.ctx.budget.max_objects {
            let reason = "object budget exceeded".to_string();
            if !self.reasons.contains(&reason) {
                self.reasons.push(reason);
            }
            if let Some(&u) = self.obj_ix.get(&Obj::Unknown) {
                return u;
            }
        }
        let id = self.objs.len() as ObjId;
        let d = match o {
            Obj::Init(p, _) => self.depth[p as usize].saturating_add(1),
            _ => 0,
        };
        self.objs.push(o);
        self.depth.push(d);
        self.obj_ix.insert(o, id);
        if let Obj::Global(key) = o {
            self.init_global(id, key);
        }
        id
    }

    /// Pre-populates a defined global's cells from its initializer (pointer fields only).
    fn init_global(&mut self, id: ObjId, key: u32) {
        let KeyKind::Var {
            def: Some((dm, dg)),
            ..
        } = self.ctx.keys.kinds[key as usize]
        else {
            return;
        };
        let dmod = self.ctx.prog.module(dm);
        let g = &dmod.globals[dg as usize];
        let Some(init) = &g.init else { return };
        let mut cells = Vec::new();
        flatten_constant(dmod, g.ty, init, 0, &mut cells, 0);
        for (off, c) in cells {
            let mut syms = Vec::new();
            c.symbols(&mut syms);
            for s in syms {
                let k = self.ctx.keys.of_sym(dm, s);
                let o = if self.ctx.keys.is_function(k) {
                    Obj::Func(k)
                } else {
                    Obj::Global(k)
                };
                let target = self.obj(o);
                self.insert_mem((id, off), (target, 0), None);
            }
        }
    }

    fn has_init(&self, o: ObjId) -> bool {
        match self.objs[o as usize] {
            Obj::Param(_)
            | Obj::VarArgs
            | Obj::Init(..)
            | Obj::UnknownRet(_)
            | Obj::Fresh(..)
            | Obj::Unknown => true,
            Obj::Global(k) => match &self.ctx.keys.kinds[k as usize] {
                KeyKind::Var { def, constant, .. } => !(*constant && def.is_some()),
                KeyKind::Func(_) => false,
            },
            _ => false,
        }
    }

    fn init_obj(&mut self, o: ObjId, off: i64) -> ObjId {
        if self.objs[o as usize] == Obj::Unknown {
            return o;
        }
        if let Some(k) = self.coarse {
            if self.depth[o as usize] >= k {
                let mut cur = o;
                while self.depth[cur as usize] > k {
                    match self.objs[cur as usize] {
                        Obj::Init(parent, _) => cur = parent,
                        _ => break,
                    }
                }
                // `cur` stands for everything below it. Callers cannot follow that cheaply,
                // so it is handed to "unknown code": callers taint all they can reach from it.
                self.note_unknown_site(cur, UNCOND_SITE);
                let mi = self.mi;
                self.add_unknown(
                    cur,
                    &format!("the coarse analysis (access paths cut at {k} steps)"),
                    || vec![Step::new(mi, None, "access paths merged here")],
                );
                return cur;
            }
        }
        if self.depth[o as usize] >= MAX_DEPTH {
            let reason = format!("access paths longer than {MAX_DEPTH} steps are not tracked");
            if !self.reasons.contains(&reason) {
                self.reasons.push(reason);
            }
            return self.obj(Obj::Unknown);
        }
        self.obj(Obj::Init(o, off))
    }

    fn insert_mem(&mut self, cell: (ObjId, i64), v: PVal, ev: Option<&Arc<Ev>>) {
        self.work += 1;
        // One lookup of the cell's set: this is the solver's hottest path.
        let set = self.mem.entry(cell).or_default();
        if set.is_empty()
            && cell.1 != ANY
            && self
                .offsets
                .get(&cell.0)
                .is_some_and(|o| o.len() >= MAX_CELL_OFFSETS)
        {
            // Copies between overlapping parts of one object shift cells by a constant on
            // every pass; past this many offsets, new cells are "anywhere in it".
            self.mem.remove(&cell);
            return self.insert_mem((cell.0, ANY), v, ev);
        }
        let widened = widen(set, &mut self.mem_offs, (cell, v.0), v.0, v.1);
        let v = (v.0, widened.unwrap_or(ANY));
        let new_cell = set.is_empty();
        let inserted = widened.is_some() && set.insert(v);
        if matches!(self.objs[v.0 as usize], Obj::Param(_)) {
            let site = self.cur_site.unwrap_or(UNCOND_SITE);
            if self.edge_sites.entry((cell, v)).or_default().insert(site) {
                self.changed = true;
            }
        }
        if inserted {
            self.changed = true;
            self.clock += 1;
            let o = cell.0 as usize;
            if o >= self.obj_stamp.len() {
                self.obj_stamp.resize(o + 1, 0);
            }
            self.obj_stamp[o] = self.clock;
            // Sets only grow, so a cell's first value is when its offset is new.
            if new_cell {
                self.offsets.entry(cell.0).or_default().push(cell.1);
            }
            if let Some(ev) = ev {
                self.edge_ev.entry((cell, v)).or_insert_with(|| ev.clone());
            }
        }
    }

    fn read(&mut self, o: ObjId, off: i64) -> Vec<PVal> {
        let mut out: Vec<PVal> = Vec::new();
        self.read_into(o, off, &mut out);
        out
    }

    /// [`Self::read`], appending to `out` (no allocation per read on hot paths).
    fn read_into(&mut self, o: ObjId, off: i64, out: &mut Vec<PVal>) {
        if off == ANY {
            if let Some(offs) = self.offsets.get(&o) {
                for k in offs {
                    if let Some(s) = self.mem.get(&(o, *k)) {
                        out.extend(s.iter().copied());
                    }
                }
            }
        } else {
            for k in [off, ANY] {
                if let Some(s) = self.mem.get(&(o, k)) {
                    out.extend(s.iter().copied());
                }
            }
        }
        if self.has_init(o) {
            let i = self.init_obj(o, off);
            out.push((i, 0));
        }
    }

    /// The pointers stored in the cell of `o` that a narrow read at `off` overlaps (the
    /// pointer-aligned cell, or every cell when the offset is unknown); never what `o`
    /// pointed to on entry, which a byte read does not copy as a pointer.
    fn pointer_cells_at(&self, o: ObjId, off: i64) -> Vec<PVal> {
        let bytes = i64::from(self.m.datalayout.pointer_bits / 8).max(1);
        let mut out: Vec<PVal> = Vec::new();
        let mut take = |k: i64| {
            if let Some(s) = self.mem.get(&(o, k)) {
                out.extend(s.iter().copied());
            }
        };
        if off == ANY {
            for k in self.offsets.get(&o).into_iter().flatten() {
                take(*k);
            }
        } else {
            // Not the "anywhere in it" cell: a `va_list`'s offsets or a struct's int
            // fields next to pointers at unknown offsets are not parts of those pointers.
            take(off.div_euclid(bytes) * bytes);
        }
        out
    }

    /// For a byte stored as it was loaded (no arithmetic: a copy loop) from a parameter's
    /// object, the pointers that object held on entry.
    fn byte_copy_of_entry_content(&mut self, val: &Operand) -> Vec<PVal> {
        let f = self.f;
        let defs = self.defs.get_or_insert_with(|| crate::cond::defs(f));
        let Operand::Local(v) = self.ssa.resolve(val) else {
            return Vec::new();
        };
        let Some(InstKind::Load { ty, ptr, .. }) = defs.get(v) else {
            return Vec::new();
        };
        if !matches!(self.m.types.resolve(*ty), ffiscope_ir::Type::Int(8)) {
            return Vec::new();
        }
        let ptr = ptr.clone();
        let mut out = Vec::new();
        for (o, off) in self.op_pts(&ptr) {
            // Only a loop (a variable offset) over a parameter's own object declared as raw
            // memory or a record: `memcpy`-like helpers. A string's characters (`char *`)
            // or a field's buffer (`pMem->z`) hold text far more often than pointers.
            let Obj::Param(i) = self.objs[o as usize] else {
                continue;
            };
            if off == ANY && self.raw_memory_param(i as usize) {
                out.push((self.init_obj(o, ANY), 0));
            }
        }
        out
    }

    /// The object a parameter declared as pointing to characters, integers narrower than
    /// a pointer, floats or enums points to (`const char *name`).
    fn scalar_param_object(&mut self, o: ObjId) -> bool {
        match self.objs[o as usize] {
            Obj::Param(i) => !self.raw_memory_param(i as usize),
            _ => false,
        }
    }

    fn raw_memory_param(&mut self, i: usize) -> bool {
        let (f, m) = (self.f, self.m);
        let pointer_bits = m.datalayout.pointer_bits;
        let flags = self.raw_memory_params.get_or_insert_with(|| {
            ir_param_ctypes(m, f)
                .into_iter()
                .map(|ty| {
                    let Some(ty) = ty else {
                        return true; // no debug info: assume it may
                    };
                    match ty.canonical() {
                        // An integer as wide as a pointer may be one (`uintptr_t *slots`).
                        ffiscope_facts::CType::Pointer { pointee } => {
                            !matches!(
                                pointee.canonical(),
                                ffiscope_facts::CType::Int { bits, .. } if *bits < pointer_bits
                            ) && !matches!(
                                pointee.canonical(),
                                ffiscope_facts::CType::Bool
                                    | ffiscope_facts::CType::Float { .. }
                                    | ffiscope_facts::CType::Enum { .. }
                            )
                        }
                        _ => true,
                    }
                })
                .collect()
        });
        flags.get(i).copied().unwrap_or(true)
    }

    /// Whether a value of this type is narrower than a pointer or floating point.
    fn narrow(&self, ty: TypeId) -> bool {
        match self.m.types.resolve(ty) {
            ffiscope_ir::Type::Int(n) => *n < self.m.datalayout.pointer_bits,
            ffiscope_ir::Type::Float(_) => true,
            _ => false,
        }
    }

    fn add_pts(&mut self, v: ValueId, vals: impl IntoIterator<Item = PVal>) {
        let i = v.0 as usize;
        if i >= self.pts.len() {
            return;
        }
        for (o, off) in vals {
            self.work += 1;
            let Some(x) = widen(&self.pts[i], &mut self.pts_offs, (v.0, o), o, off) else {
                continue;
            };
            if self.pts[i].insert((o, x)) {
                self.changed = true;
            }
        }
    }

    fn sym_obj(&mut self, sym: ffiscope_ir::SymId) -> ObjId {
        let k = self.ctx.keys.of_sym(self.mi, sym);
        if self.ctx.keys.is_function(k) {
            self.obj(Obj::Func(k))
        } else {
            self.obj(Obj::Global(k))
        }
    }

    fn op_pts(&mut self, op: &Operand) -> Vec<PVal> {
        let op = self.ssa.resolve(op).clone();
        match op {
            Operand::Local(v) => {
                let Some(set) = self.pts.get(v.0 as usize) else {
                    return Vec::new();
                };
                self.work += set.len() as u64;
                set.iter().copied().collect()
            }
            Operand::Global(s) => vec![(self.sym_obj(s), 0)],
            Operand::Const(c) => self.const_pts(&c, 0),
            Operand::MetadataValue(v) => self.op_pts(&v),
            _ => Vec::new(),
        }
    }

    fn const_pts(&mut self, c: &Constant, depth: u32) -> Vec<PVal> {
        if depth > 32 {
            return Vec::new();
        }
        match c {
            Constant::Global(s) => vec![(self.sym_obj(*s), 0)],
            Constant::Local(v) => self
                .pts
                .get(v.0 as usize)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default(),
            Constant::Gep {
                source_ty,
                base,
                indices,
            } => {
                let b = self.const_pts(&base.1, depth + 1);
                let off = self.m.gep_offset(
                    *source_ty,
                    indices.iter().map(|(_, c)| match c {
                        Constant::Int(i) => Some(*i),
                        _ => None,
                    }),
                );
                let d = if off.variable { ANY } else { off.bytes };
                b.into_iter().map(|(o, x)| (o, add_off(x, d))).collect()
            }
            Constant::Cast { val, .. } => self.const_pts(&val.1, depth + 1),
            Constant::Wrapped { inner, .. } => self.const_pts(inner, depth + 1),
            Constant::Binary { a, b, .. } => {
                let mut v = self.const_pts(&a.1, depth + 1);
                v.extend(self.const_pts(&b.1, depth + 1));
                v.into_iter().map(|(o, _)| (o, ANY)).collect()
            }
            Constant::Struct(items) | Constant::Array(items) | Constant::Vector(items) => items
                .iter()
                .flat_map(|(_, c)| self.const_pts(c, depth + 1))
                .collect(),
            Constant::Expr { operands, .. } => operands
                .iter()
                .flat_map(|(_, c)| self.const_pts(c, depth + 1))
                .collect(),
            Constant::Splat(b) => self.const_pts(&b.1, depth + 1),
            _ => Vec::new(),
        }
    }

    fn ev(&self, dbg: Option<MdId>, what: impl Into<std::sync::Arc<str>>) -> Ev {
        vec![Step::new(self.mi, dbg, what)]
    }

    /// NULL handling of a call's arguments: every target's is kept (a call through a
    /// pointer may reach several, and the one that dereferences decides).
    fn add_call_null(&mut self, call: (u32, u32), nulls: Vec<(usize, Verdict, String)>) {
        let list = self.call_null.entry(call).or_default();
        for n in nulls {
            if !list.contains(&n) {
                list.push(n);
            }
        }
    }

    /// Arguments of a call to code the analysis cannot see may be dereferenced there, or
    /// compared with NULL (a branch on its result may then guard what follows).
    fn unknown_call_null(&mut self, call: (u32, u32), callee: &str, args: &[Vec<PVal>]) {
        let nargs = args.len();
        // A parameter is only found in memory if its value was stored somewhere (every
        // such store is in `edge_sites`): most unknown calls skip the walk.
        if !self.edge_sites.is_empty() {
            let roots: Vec<ObjId> = args.iter().flatten().map(|&(o, _)| o).collect();
            let (inside, _) = self.objects_below(&roots, MODEL_DEEP_LEVELS);
            self.note_deep_derefs(call, inside.iter().copied());
        }
        let why = format!("passed to {callee}, whose NULL handling is unknown");
        let nulls = (0..nargs)
            .map(|i| (i, Verdict::Maybe, why.clone()))
            .collect();
        self.add_call_null(call, nulls);
        self.add_call_checks(call, 0..nargs as u32);
    }

    /// Parameters' own objects among `objs`, reached by a call through memory.
    fn note_deep_derefs(&mut self, call: (u32, u32), objs: impl IntoIterator<Item = ObjId>) {
        for o in objs {
            if let Obj::Param(i) = self.objs[o as usize] {
                self.deep_derefs.insert((call.0, call.1, i));
            }
        }
    }

    fn add_call_checks(&mut self, call: (u32, u32), args: impl IntoIterator<Item = u32>) {
        let list = self.call_checks.entry(call).or_default();
        for i in args {
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }

    /// Hands objects to code the analysis cannot see (function addresses excepted); the
    /// first reason stays. `ev` is built only for an object not handed over before.
    fn hand_to_unknown(&mut self, objs: &[PVal], why: &str, ev: impl Fn() -> Ev) {
        let site = self.hand_site.unwrap_or(UNCOND_SITE);
        for &(o, _) in objs {
            if matches!(self.objs[o as usize], Obj::Func(_)) {
                continue;
            }
            self.note_unknown_site(o, site);
            self.add_unknown(o, why, &ev);
        }
    }

    /// Records that `o` is handed to unknown code. Of several reasons the smallest stays:
    /// the choice must not depend on the order calls are met in, or on which callee
    /// summary changed last, or a recursive cycle never settles (two reasons for one
    /// object swapped places each round in libgit2's error path).
    fn add_unknown(&mut self, o: ObjId, why: &str, ev: impl FnOnce() -> Ev) {
        match self.unknown.get_mut(&o) {
            None => {
                self.unknown.insert(o, (why.to_string(), ev()));
                self.changed = true;
            }
            // Only the text changes: nothing else depends on it, so no new round.
            Some(old) if why < old.0.as_str() => *old = (why.to_string(), ev()),
            Some(_) => {}
        }
    }

    /// Where a parameter's own object was handed to unknown code, for the condition of
    /// its retention.
    fn note_unknown_site(&mut self, o: ObjId, site: Site) {
        if matches!(self.objs[o as usize], Obj::Param(_))
            && self.unknown_sites.entry(o).or_default().insert(site)
        {
            self.changed = true;
        }
    }

    fn mark(map: &mut FxHashMap<ObjId, Ev>, changed: &mut bool, o: ObjId, ev: &Ev) {
        if !map.contains_key(&o) {
            map.insert(o, ev.clone());
            *changed = true;
        }
    }

    fn note_global_access(&mut self, o: ObjId, write: bool) {
        let mut cur = o;
        for _ in 0..16 {
            match self.objs[cur as usize] {
                Obj::Global(k) => {
                    let set = if write {
                        &mut self.globals_written
                    } else {
                        &mut self.globals_read
                    };
                    set.insert(k);
                    return;
                }
                Obj::Init(p, _) => cur = p,
                _ => return,
            }
        }
    }

    fn transfer(&mut self, bi: u32, ii: u32) {
        self.cur_inst = (bi, ii);
        self.hand_site = Some((bi, ii, 0));
        let inst = &self.f.blocks[bi as usize].insts[ii as usize];
        let dbg = inst.dbg;
        let result = inst.result;
        match &inst.kind {
            InstKind::Alloca { .. } => {
                if let Some(r) = result {
                    if !self.ssa.promoted.contains(&r) {
                        let o = self.obj(Obj::Stack(r.0));
                        self.add_pts(r, [(o, 0)]);
                    }
                }
            }
            InstKind::Load { ty, ptr, .. } => {
                let Some(r) = result else { return };
                if self.ssa.subst.contains_key(&r) {
                    return;
                }
                let ps = self.op_pts(ptr);
                // A pointer-sized integer load may carry a pointer: clang lowers generic
                // `__atomic_exchange` and memcpy-like copies of pointers that way.
                let ptr_int = matches!(self.m.types.resolve(*ty),
                    ffiscope_ir::Type::Int(n) if *n == self.m.datalayout.pointer_bits);
                let may_ptr = ptr_int || self.m.types.may_hold_ptr(*ty);
                // A narrower integer read out of a cell this function stored a pointer in
                // is part of that pointer (a byte-by-byte copy loop, `memcpy(w, &p, 8);
                // w[0]`): it keeps the provenance, so storing it is `maybe` (see Store).
                let narrow_int =
                    !may_ptr && matches!(self.m.types.resolve(*ty), ffiscope_ir::Type::Int(_));
                let ev = self.ev(dbg, "read");
                let mut vals = Vec::new();
                for (o, off) in ps {
                    Self::mark(&mut self.reads, &mut self.changed, o, &ev);
                    self.note_global_access(o, false);
                    if may_ptr {
                        self.read_into(o, off, &mut vals);
                        self.add_pts(r, vals.drain(..));
                    } else if narrow_int {
                        let vals = self.pointer_cells_at(o, off);
                        self.add_pts(r, vals);
                    }
                }
            }
            InstKind::Store { ty, val, ptr, .. } => {
                if let Operand::Local(p) = ptr {
                    if self.ssa.promoted.contains(p) {
                        return;
                    }
                }
                let ps = self.op_pts(ptr);
                let mut vs = self.op_pts(val);
                let ev = Arc::new(self.ev(dbg, "write"));
                // A value narrower than a pointer (or a float) that carries a pointer's
                // provenance is a length or a flag far more often than a pointer split in
                // halves (`makecontext`) or hidden in a double. Stored as a cell it merged
                // sqlite3's `Mem` fields; dropped, the split pointer would be a wrong "no".
                // So its objects go to unknown code instead: `maybe`, and no cell.
                // Only a store of pointers has sites; most stores hold none.
                let derived = if !vs.is_empty() && self.reloaded(val) {
                    DERIVED
                } else {
                    0
                };
                if !vs.is_empty() && self.narrow(*ty) {
                    if derived != 0 {
                        self.hand_site = Some((bi, ii, DERIVED));
                    }
                    let what = "memory the analysis does not follow (the pointer was stored as a narrower integer or a float)";
                    self.hand_to_unknown(&std::mem::take(&mut vs), what, || (*ev).clone());
                }
                // A byte-wise copy (`d[i] = s[i]`, a hand-written memcpy) of memory the
                // caller owns copies whatever pointers that memory holds, which bytes do
                // not carry here: they go to unknown code (copy edges instead merged
                // sqlite3's and zlib's objects past their budgets).
                let copied = if matches!(self.m.types.resolve(*ty), ffiscope_ir::Type::Int(8)) {
                    self.byte_copy_of_entry_content(val)
                } else {
                    Vec::new()
                };
                if !copied.is_empty() {
                    let what = "memory the analysis does not follow (a byte-wise copy of memory that may hold pointers)";
                    self.hand_to_unknown(&copied, what, || (*ev).clone());
                }
                self.cur_site = Some((bi, ii, derived));
                for (o, off) in ps {
                    Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                    self.note_global_access(o, true);
                    for &v in &vs {
                        self.insert_mem((o, off), v, Some(&ev));
                    }
                }
                self.cur_site = None;
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                let Some(r) = result else { return };
                let b = self.op_pts(base);
                let idx: Vec<Option<i128>> = indices
                    .iter()
                    .map(|(_, op)| self.ssa.resolve(op).as_int())
                    .collect();
                let off = self.m.gep_offset(*source_ty, idx);
                let d = if off.variable { ANY } else { off.bytes };
                let vals: Vec<PVal> = b.into_iter().map(|(o, x)| (o, add_off(x, d))).collect();
                self.add_pts(r, vals);
            }
            InstKind::Cast { op, val, .. } => {
                let Some(r) = result else { return };
                let vals = self.op_pts(val);
                // An integer turned into a pointer keeps what provenance we saw (tagged
                // pointers) but may point anywhere else too (XOR lists, addresses), unless
                // it is one pointer's address (`(void *)(uintptr_t)p`).
                if *op == CastOp::IntToPtr
                    && self.ssa.resolve(val).as_int().is_none()
                    && !self.holds_one_address(val)
                {
                    let u = self.obj(Obj::Unknown);
                    let reason = "integer-to-pointer cast".to_string();
                    if !self.reasons.contains(&reason) {
                        self.reasons.push(reason);
                    }
                    self.add_pts(r, [(u, 0)]);
                }
                self.add_pts(r, vals);
            }
            InstKind::Binary { op, a, b, .. } => {
                let Some(r) = result else { return };
                let mut vals = self.op_pts(a);
                let other = self.op_pts(b);
                // `p - start` within one object is an offset, which keeps no pointer. Across
                // objects the analysis keeps apart, C says they are one: keep both.
                if self.is_pointer_difference(op, a, b) {
                    let objects = |v: &[PVal]| {
                        let mut o: Vec<ObjId> = v.iter().map(|x| x.0).collect();
                        o.sort_unstable();
                        o.dedup();
                        o
                    };
                    if objects(&vals) == objects(&other) {
                        return;
                    }
                }
                vals.extend(other);
                self.add_pts(r, vals.into_iter().map(|(o, _)| (o, ANY)));
            }
            InstKind::Unary { a, .. } | InstKind::Freeze { val: a, .. } => {
                let Some(r) = result else { return };
                let vals = self.op_pts(a);
                self.add_pts(r, vals);
            }
            InstKind::Phi { incoming, .. } => {
                let Some(r) = result else { return };
                for (v, _) in incoming {
                    let vals = self.op_pts(v);
                    self.add_pts(r, vals);
                }
            }
            InstKind::Select { a, b, .. } => {
                let Some(r) = result else { return };
                let mut vals = self.op_pts(a);
                vals.extend(self.op_pts(b));
                self.add_pts(r, vals);
            }
            InstKind::ExtractValue { agg, .. } => {
                let Some(r) = result else { return };
                let vals = self.op_pts(agg);
                self.add_pts(r, vals);
            }
            InstKind::InsertValue { agg, val, .. } => {
                let Some(r) = result else { return };
                let mut vals = self.op_pts(agg);
                vals.extend(self.op_pts(val));
                self.add_pts(r, vals);
            }
            InstKind::Vector { operands, .. } => {
                let Some(r) = result else { return };
                let mut vals = Vec::new();
                for o in operands {
                    vals.extend(self.op_pts(o));
                }
                self.add_pts(r, vals);
            }
            InstKind::AtomicRmw { ptr, val, .. } => {
                let ps = self.op_pts(ptr);
                let vs = self.op_pts(val);
                let ev = Arc::new(self.ev(dbg, "atomic update"));
                for (o, off) in ps {
                    Self::mark(&mut self.reads, &mut self.changed, o, &ev);
                    Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                    self.note_global_access(o, true);
                    for &v in &vs {
                        self.insert_mem((o, off), v, Some(&ev));
                    }
                    if let Some(r) = result {
                        let vals = self.read(o, off);
                        self.add_pts(r, vals);
                    }
                }
            }
            InstKind::CmpXchg { ptr, new, .. } => {
                let ps = self.op_pts(ptr);
                let vs = self.op_pts(new);
                let ev = Arc::new(self.ev(dbg, "compare-and-swap"));
                for (o, off) in ps {
                    Self::mark(&mut self.reads, &mut self.changed, o, &ev);
                    Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                    self.note_global_access(o, true);
                    for &v in &vs {
                        self.insert_mem((o, off), v, Some(&ev));
                    }
                    if let Some(r) = result {
                        let vals = self.read(o, off);
                        self.add_pts(r, vals);
                    }
                }
            }
            InstKind::VaArg { .. } => {
                if let Some(r) = result {
                    let u = self.obj(Obj::UnknownRet(site_id(bi, ii)));
                    self.add_pts(r, [(u, 0)]);
                }
            }
            InstKind::Ret { val: Some((_, v)) } => {
                let vals = self.op_pts(v);
                for x in vals {
                    if self.ret.insert(x) {
                        self.changed = true;
                    }
                }
            }
            InstKind::Call(c)
            | InstKind::Invoke { call: c, .. }
            | InstKind::CallBr { call: c, .. } => {
                self.call(bi, ii, c, result, dbg);
            }
            InstKind::Other { operands, .. } => {
                if let Some(r) = result {
                    let mut vals = Vec::new();
                    for o in operands {
                        vals.extend(self.op_pts(o));
                    }
                    self.add_pts(r, vals);
                }
            }
            _ => {}
        }
    }

    fn call(&mut self, bi: u32, ii: u32, c: &CallData, result: Option<ValueId>, dbg: Option<MdId>) {
        let site = site_id(bi, ii);
        let args: Vec<Vec<PVal>> = c.args.iter().map(|a| self.op_pts(&a.val)).collect();
        let callee = self.ssa.resolve(&c.callee).clone();
        match callee {
            Operand::Global(sym) => {
                let name = self.m.symbol(sym).name.clone();
                if name.starts_with("llvm.") {
                    // The copy length, when constant, bounds which cells a copy moves.
                    let len = c
                        .args
                        .get(2)
                        .and_then(|a| self.ssa.resolve(&a.val).as_int())
                        .and_then(|n| i64::try_from(n).ok())
                        .filter(|n| *n >= 0);
                    self.intrinsic(&name, &args, len, dbg);
                    // A result derived from the arguments (`llvm.threadlocal.address` of a
                    // `_Thread_local`, `llvm.ptrmask`, `llvm.launder.invariant.group`) may
                    // point where they do.
                    if let Some(r) = result {
                        let vals: Vec<PVal> = args.iter().flatten().copied().collect();
                        self.add_pts(r, vals);
                    }
                    return;
                }
                let key = self.ctx.keys.of_sym(self.mi, sym);
                self.call_key(key, &name, bi, ii, site, &args, result, dbg);
            }
            Operand::InlineAsm(_) => {
                self.unknown_call("inline assembly", &args, result, site, dbg);
                self.unknown_call_null((bi, ii), "inline assembly", &args);
            }
            other => {
                // A call through a pointer never returns, or never returns with an
                // argument NULL, only if every target says so (an unknown one says not).
                self.target_facts = Some(Vec::new());
                self.call_indirect(bi, ii, site, &other, &args, result, dbg);
                // The targets grow from pass to pass: this pass's set replaces the last.
                let facts = self.target_facts.take().unwrap_or_default();
                self.call_aborts.remove(&(bi, ii));
                self.call_maybe_aborts.remove(&(bi, ii));
                self.noreturn_calls.remove(&(bi, ii));
                let known: Vec<&Vec<u32>> = facts.iter().filter_map(|(a, _)| a.as_ref()).collect();
                let unknown = known.len() < facts.len();
                if let Some((first, rest)) = known.split_first() {
                    let aborts: Vec<u32> = first
                        .iter()
                        .copied()
                        .filter(|a| rest.iter().all(|r| r.contains(a)))
                        .collect();
                    if !aborts.is_empty() {
                        let map = if unknown {
                            &mut self.call_maybe_aborts
                        } else {
                            &mut self.call_aborts
                        };
                        map.insert((bi, ii), aborts);
                    }
                    if !unknown && facts.iter().all(|(_, noreturn)| *noreturn) {
                        self.noreturn_calls.insert((bi, ii));
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn call_indirect(
        &mut self,
        bi: u32,
        ii: u32,
        site: u32,
        other: &Operand,
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        dbg: Option<MdId>,
    ) {
        let targets = self.op_pts(other);
        let unresolved = targets
            .iter()
            .any(|(o, _)| !matches!(self.objs[*o as usize], Obj::Func(_)));
        // What the program stores into the struct field the pointer came from: these
        // run besides whatever else the field may hold.
        let mut besides = String::new();
        let mut known: Vec<u32> = targets
            .iter()
            .filter_map(|&(o, _)| match self.objs[o as usize] {
                Obj::Func(k) => Some(k),
                _ => None,
            })
            .collect();
        if targets.is_empty() || unresolved {
            let cands = self.ctx.field_calls.targets(self.fr, bi, ii);
            let mut names = Vec::with_capacity(cands.len());
            for &(_, key) in cands {
                let name = self.ctx.keys.name(key).to_string();
                self.call_key(key, &name, bi, ii, site, args, result, dbg);
                names.push(format!("`{name}`"));
                known.push(key);
            }
            if !names.is_empty() {
                besides = format!(
                    " (besides {}, which the code stores in that struct field)",
                    names.join(", ")
                );
            }
        }
        if targets.is_empty() {
            let what = format!("an indirect call with no known target{besides}");
            self.pointer_call_uses_globals(&what);
            self.unknown_call(&what, args, result, site, dbg);
            self.unknown_call_null((bi, ii), &what, args);
            return;
        }
        for (o, _) in targets {
            match self.objs[o as usize] {
                Obj::Func(k) => {
                    let name = self.ctx.keys.name(k).to_string();
                    self.call_key(k, &name, bi, ii, site, args, result, dbg);
                }
                _ => {
                    let ev = self.ev(dbg, "indirect call");
                    Self::mark(&mut self.called, &mut self.changed, o, &ev);
                    // An allocator hook (`Curl_cfree`, `git__allocator.gfree`, libssh2's
                    // `session->free`, PCRE2's `memctl.free`): what replaces its defaults
                    // must allocate and free as they do.
                    if let Some(like) = self.allocator_like(&known) {
                        let hook = self.describe(o);
                        self.assumptions.insert(format!(
                            "{hook} is only ever set to an allocator that keeps nothing, like {like}"
                        ));
                        continue;
                    }
                    let what = format!("an indirect call through {}{besides}", self.describe(o));
                    self.pointer_call_uses_globals(&what);
                    self.unknown_call(&what, args, result, site, dbg);
                    // A callback the caller handed over (a parameter, or reached
                    // from one) is the caller's code: what it does with NULL is
                    // the caller's to know. Library hooks in globals are not.
                    if !self.param_rooted(o) {
                        self.unknown_call_null((bi, ii), &what, args);
                    }
                }
            }
        }
    }

    /// When every known target of a hook is an allocator or deallocator that keeps nothing
    /// (libc's `malloc`/`free`/`strdup`/`realloc`, or a defined function whose summary
    /// frees a parameter or returns fresh memory, stores no parameter and hands none to
    /// unknown code), and at least one really allocates or frees: their names. A hook
    /// with a logging or user-data default is not one (its replacement may keep what it
    /// is handed).
    fn allocator_like(&mut self, known: &[u32]) -> Option<String> {
        if known.is_empty() {
            return None;
        }
        let mut allocates = false;
        let mut names: Vec<String> = Vec::new();
        for &k in known {
            let name = self.ctx.keys.name(k);
            let (keeps_nothing, real) = match self.ctx.keys.kinds[k as usize] {
                KeyKind::Func(Some(fr)) => {
                    let s = (self.ctx.summary_of)(fr)?;
                    let param = |p: &Path| matches!(p.root, Root::Param(_));
                    let keeps = s.edges.iter().any(|e| param(&e.val.0))
                        || s.unknown
                            .iter()
                            .any(|u| param(&u.obj) || u.obj.root == Root::Unknown)
                        || !s.unknown_globals.is_empty()
                        || !s.thread.is_empty()
                        || !s.calls.is_empty()
                        || s.ret.iter().any(|(p, _)| param(p));
                    // A deallocator takes raw memory (`void *`): one taking a typed
                    // object is a destructor method, whose other implementations may
                    // well keep it (a cache, a free list of objects).
                    let freed: Vec<u32> = s
                        .frees
                        .iter()
                        .filter(|f| f.obj.steps.is_empty())
                        .filter_map(|f| match f.obj.root {
                            Root::Param(j) => Some(j),
                            _ => None,
                        })
                        .collect();
                    let void_ptr = self.void_ptr_params(fr);
                    if freed
                        .iter()
                        .any(|&j| !void_ptr.get(j as usize).copied().unwrap_or(false))
                    {
                        return None;
                    }
                    // Fresh memory the caller releases with `free`: a resource opener
                    // (`fopen` behind a wrapper) is not an allocator.
                    let heap = !s.fresh_dealloc.is_empty()
                        && s.fresh_dealloc.iter().all(|(_, d)| d == HEAP_DEALLOC);
                    (!keeps, !freed.is_empty() || heap)
                }
                _ => {
                    let m = self.ctx.models.lookup(name)?;
                    let keeps =
                        m.params.iter().any(|p| {
                            p.retained != crate::ext::ExtRetained::No || p.callback.is_some()
                        }) || m.runs_handlers;
                    // The C heap only (`malloc`, `strdup`, `realloc`, `free`): a model that
                    // opens or closes another resource (`fopen`, `fclose`) is not an
                    // allocator, and its replacement may keep what it is handed.
                    let heap_result = matches!(&m.returns,
                        crate::ext::ExtReturns::Owned(d) if d == HEAP_DEALLOC);
                    let frees_heap = m.params.iter().any(|p| p.freed == Verdict::Yes)
                        && (heap_result || matches!(m.returns, crate::ext::ExtReturns::Void));
                    (!keeps, heap_result || frees_heap)
                }
            };
            if !keeps_nothing {
                return None;
            }
            allocates |= real;
            let shown = format!("`{name}`");
            if !names.contains(&shown) {
                names.push(shown);
            }
        }
        allocates.then(|| names.join(", "))
    }

    /// Which of a function's parameters are declared `void *` (from its debug info).
    fn void_ptr_params(&mut self, fr: FuncRef) -> Vec<bool> {
        let prog = self.ctx.prog;
        self.void_ptr_params
            .entry(fr)
            .or_insert_with(|| {
                ir_param_ctypes(prog.module(fr.module), prog.function(fr))
                    .into_iter()
                    .map(|ty| {
                        ty.is_some_and(|ty| {
                            matches!(ty.canonical(), ffiscope_facts::CType::Pointer { pointee }
                                if matches!(pointee.canonical(), ffiscope_facts::CType::Void))
                        })
                    })
                    .collect()
            })
            .clone()
    }

    /// Accesses and call arguments whose pointer may be a parameter's own value though SSA
    /// does not base it on the parameter (a copy reloaded from memory).
    fn param_copy_uses(&self) -> crate::nullck::CopyUses {
        // Where each parameter's value was stored: a copy the call made itself (`pMem->z =
        // z` inside the callee, read back through `pMem->z`) is the callee's to check.
        let mut copied_at: FxHashMap<u32, Vec<(u32, u32)>> = FxHashMap::default();
        for ((_, (v, _)), sites) in &self.edge_sites {
            if let Obj::Param(i) = self.objs[*v as usize] {
                let at = copied_at.entry(i).or_default();
                for s in sites {
                    if !at.contains(&(s.0, s.1)) {
                        at.push((s.0, s.1));
                    }
                }
            }
        }
        let mut out = crate::nullck::CopyUses {
            calls: self.deep_derefs.clone(),
            copied_at,
            ..Default::default()
        };
        let params_in = |op: &Operand| -> Vec<u32> {
            let Operand::Local(v) = self.ssa.resolve(op) else {
                return Vec::new();
            };
            let Some(set) = self.pts.get(v.0 as usize) else {
                return Vec::new();
            };
            let mut ps: Vec<u32> = set
                .iter()
                .filter_map(|&(o, _)| match self.objs[o as usize] {
                    Obj::Param(i) => Some(i),
                    _ => None,
                })
                .collect();
            ps.sort_unstable();
            ps.dedup();
            ps
        };
        for (bi, b) in self.f.blocks.iter().enumerate() {
            for (ii, inst) in b.insts.iter().enumerate() {
                let (bi, ii) = (bi as u32, ii as u32);
                match &inst.kind {
                    InstKind::Load { ptr, .. }
                    | InstKind::Store { ptr, .. }
                    | InstKind::AtomicRmw { ptr, .. }
                    | InstKind::CmpXchg { ptr, .. } => {
                        for p in params_in(ptr) {
                            out.derefs.insert((bi, ii, p));
                        }
                    }
                    InstKind::Call(c) | InstKind::Invoke { call: c, .. } => {
                        for (ai, a) in c.args.iter().enumerate() {
                            for p in params_in(&a.val) {
                                out.args.insert((bi, ii, ai as u32, p));
                            }
                        }
                    }
                    InstKind::ICmp { a, b, .. } => {
                        for (x, y) in [(a, b), (b, a)] {
                            if self.ssa.resolve(y).is_null() {
                                for p in params_in(x) {
                                    out.tests.push((bi, ii, p));
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// A parameter's object, or one reached from it through memory it pointed to on entry.
    fn param_rooted(&self, o: ObjId) -> bool {
        let mut cur = o;
        for _ in 0..64 {
            match self.objs[cur as usize] {
                Obj::Param(_) => return true,
                Obj::Init(parent, _) => cur = parent,
                _ => return false,
            }
        }
        false
    }

    /// A short human description of an object, for reasons.
    fn describe(&self, o: ObjId) -> String {
        match self.objs[o as usize] {
            Obj::Param(i) => format!(
                "parameter `{}`",
                self.f
                    .params
                    .get(i as usize)
                    .map_or("?", |p| p.name.as_str())
            ),
            Obj::Init(p, _) => format!("a pointer loaded from {}", self.describe(p)),
            Obj::VarArgs => "the variadic arguments".to_string(),
            Obj::Global(k) => format!("global `{}`", self.ctx.keys.name(k)),
            Obj::Unknown => "an unknown pointer".into(),
            Obj::UnknownRet(_) => "a value returned by an unknown function".into(),
            Obj::Fresh(..) | Obj::Heap(_) => "a heap object".into(),
            Obj::Stack(_) => "a local variable".into(),
            Obj::VarArea(_) => "the variadic arguments of a call".into(),
            Obj::Func(k) => format!("`{}`", self.ctx.keys.name(k)),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn call_key(
        &mut self,
        key: u32,
        name: &str,
        bi: u32,
        ii: u32,
        site: u32,
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        dbg: Option<MdId>,
    ) {
        let mut defined = false;
        if let KeyKind::Func(Some(fr)) = self.ctx.keys.kinds[key as usize] {
            if let Some(s) = (self.ctx.summary_of)(fr) {
                let callee = self.ctx.prog.function(fr);
                let with_varargs;
                let args = if callee.variadic {
                    let n = callee.params.len();
                    if uses_root(&s, &Root::Param(n as u32)) {
                        // What the callee does with them is not in its `null_ok`.
                        let why = format!("passed as a variadic argument to `{name}`");
                        let nulls = (n..args.len())
                            .map(|i| (i, Verdict::Maybe, why.clone()))
                            .collect();
                        self.add_call_null((bi, ii), nulls);
                    }
                    with_varargs = self.var_area(n, (bi, ii, site), args, dbg);
                    &with_varargs[..]
                } else {
                    args
                };
                self.apply_summary(&s, key, name, (bi, ii, site), args, result, dbg);
                // A weak definition may be replaced at link time by one the analysis
                // cannot see.
                let linkage = self.ctx.prog.function(fr).linkage;
                if matches!(
                    linkage,
                    Linkage::Weak | Linkage::LinkOnce | Linkage::ExternWeak
                ) {
                    let what = format!("`{name}`, a weak definition another may replace");
                    if self.target_facts.is_none() {
                        self.call_aborts.remove(&(bi, ii));
                        self.noreturn_calls.remove(&(bi, ii));
                    }
                    self.external_call_uses_globals(&what);
                    self.pointer_call_uses_globals(&what);
                    self.unknown_call(&what, args, None, site, dbg);
                    self.unknown_call_null((bi, ii), &format!("`{name}`"), args);
                    if let Some(r) = result {
                        let u = self.obj(Obj::UnknownRet(site));
                        self.add_pts(r, [(u, 0)]);
                    }
                }
                return;
            }
            defined = true;
        }
        if let Some(model) = self.ctx.models.lookup(name) {
            self.apply_model(&model, bi, ii, site, args, result, dbg);
            return;
        }
        let what = if defined {
            format!("`{name}`, found through a pointer in writable memory, which is not analysed before this function")
        } else {
            format!("`{name}`, which has no definition or model")
        };
        if defined {
            self.pointer_call_uses_globals(&what);
        } else {
            // Unseen code may also run callbacks the library handed out earlier.
            self.external_call_uses_globals(&what);
            self.pointer_call_uses_globals(&what);
        }
        self.unknown_call(&what, args, result, site, dbg);
        self.unknown_call_null((bi, ii), &format!("`{name}`"), args);
    }

    /// A callback a model runs during the call (`qsort`'s comparator) with pointers into
    /// the call's arguments (`callback_args`). A library function's summary that keeps,
    /// frees or hands over one of its parameters makes what the matching argument points
    /// into `maybe` kept; one that writes through it, written. A target the analysis
    /// cannot resolve (loaded from writable memory, the caller's own parameter) or a
    /// function without definition or model is unknown code, as for an indirect call.
    fn callback_effects(
        &mut self,
        target: ObjId,
        cb_args: &[Option<u32>],
        args: &[Vec<PVal>],
        name: &str,
        dbg: Option<MdId>,
    ) {
        let summary = match self.objs[target as usize] {
            Obj::Func(k) => match self.ctx.keys.kinds[k as usize] {
                KeyKind::Func(Some(fr)) => (self.ctx.summary_of)(fr).map(|s| (k, s)),
                _ if self.ctx.models.lookup(self.ctx.keys.name(k)).is_some() => return,
                _ => None,
            },
            _ => None,
        };
        for (j, from) in cb_args.iter().enumerate() {
            let Some(a) = from.and_then(|n| args.get(n as usize)) else {
                continue;
            };
            let root = Root::Param(j as u32);
            let (keeps, writes, cb) = match &summary {
                Some((k, s)) => (
                    s.edges
                        .iter()
                        .any(|e| e.val.0.root == root && e.val.0.steps.is_empty())
                        || s.unknown.iter().any(|u| u.obj.root == root)
                        || s.frees.iter().any(|f| f.obj.root == root)
                        || s.maybe_frees.iter().any(|f| f.obj.root == root)
                        || s.thread.iter().any(|t| t.obj.root == root),
                    s.writes.iter().any(|w| w.obj.root == root)
                        || s.maybe_writes.iter().any(|w| w.obj.root == root),
                    format!("`{}`", self.ctx.keys.name(*k)),
                ),
                None => (
                    true,
                    false,
                    "a callback the analysis cannot see".to_string(),
                ),
            };
            if !keeps && !writes {
                continue;
            }
            let roots: Vec<ObjId> = a.iter().map(|&(o, _)| o).collect();
            let (below, _) = self.objects_below(&roots, MODEL_DEEP_LEVELS);
            let mut objs: Vec<PVal> = a.clone();
            objs.extend(below.into_iter().map(|o| (o, 0)));
            if writes {
                let ev = self.ev(dbg, format!("written by {cb}, which `{name}` calls"));
                for &(o, _) in &objs {
                    Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                    self.note_global_access(o, true);
                }
            }
            if keeps {
                let why =
                    format!("{cb}, which `{name}` calls with it and which may keep or free it");
                let ev = self.ev(dbg, format!("passed to {cb} by `{name}`"));
                self.hand_to_unknown(&objs, &why, || ev.clone());
            }
        }
    }

    /// The arguments for a variadic callee's summary: the fixed ones, then the memory
    /// holding the rest (the callee's [`Obj::VarArgs`]). Putting them there is a store of
    /// each at the call.
    fn var_area(
        &mut self,
        nparams: usize,
        (bi, ii, site): (u32, u32, u32),
        args: &[Vec<PVal>],
        dbg: Option<MdId>,
    ) -> Vec<Vec<PVal>> {
        let mut out: Vec<Vec<PVal>> = args.iter().take(nparams).cloned().collect();
        out.resize(nparams, Vec::new());
        let area = self.obj(Obj::VarArea(site));
        let ev = Arc::new(self.ev(dbg, "passed as a variadic argument"));
        let outer = self.cur_site.replace((bi, ii, 0));
        for &v in args.iter().skip(nparams).flatten() {
            self.insert_mem((area, ANY), v, Some(&ev));
        }
        self.cur_site = outer;
        out.push(vec![(area, 0)]);
        out
    }

    /// A call through a pointer may run any function whose address is taken: what the
    /// caller parked in the globals those use is handed to unknown code.
    fn pointer_call_uses_globals(&mut self, what: &str) {
        // The set is the same for every such call; add it once (the first reason stays).
        if !std::mem::replace(&mut self.pointer_call_globals_added, true) {
            let globals = self.ctx.pointer_call_globals;
            self.globals_to_unknown(globals, |g| {
                format!("{what}, which may run any function whose address is taken (they may use global `{g}`)")
            });
        }
    }

    /// A function defined outside the analysed units may name the globals they export:
    /// what the caller parked there is handed to it.
    fn external_call_uses_globals(&mut self, what: &str) {
        if !std::mem::replace(&mut self.external_call_globals_added, true) {
            let globals = self.ctx.external_call_globals;
            self.globals_to_unknown(globals, |g| {
                format!("{what}, which may use global `{g}` (other units can name it)")
            });
        }
    }

    fn globals_to_unknown(&mut self, globals: &[u32], why: impl Fn(&str) -> String) {
        for &k in globals {
            let keys = self.ctx.keys;
            self.unknown_globals
                .entry(k)
                .or_insert_with(|| why(keys.name(k)));
        }
    }

    /// What one callee says about leaving: the arguments it never returns with as NULL,
    /// and whether it never returns. A call through a pointer gathers them per target.
    fn note_call_exits(&mut self, call: (u32, u32), aborts: &[u32], noreturn: bool) {
        if let Some(facts) = &mut self.target_facts {
            facts.push((Some(aborts.to_vec()), noreturn));
            return;
        }
        if !aborts.is_empty() {
            let list = self.call_aborts.entry(call).or_default();
            for &i in aborts {
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        if noreturn {
            self.noreturn_calls.insert(call);
        }
    }

    fn unknown_call(
        &mut self,
        what: &str,
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        site: u32,
        dbg: Option<MdId>,
    ) {
        // Code the analysis cannot see may return, with anything.
        if let Some(facts) = &mut self.target_facts {
            facts.push((None, false));
        }
        let ev = self.ev(dbg, format!("passed to {what}"));
        for a in args {
            self.hand_to_unknown(a, what, || ev.clone());
        }
        if let Some(r) = result {
            let u = self.obj(Obj::UnknownRet(site));
            self.add_pts(r, [(u, 0)]);
        }
    }

    fn intrinsic(&mut self, name: &str, args: &[Vec<PVal>], len: Option<i64>, dbg: Option<MdId>) {
        let copy = name.starts_with("llvm.memcpy") || name.starts_with("llvm.memmove");
        if copy && args.len() >= 2 {
            let ev = Arc::new(self.ev(dbg, "copy"));
            self.copy_mem(&args[0].clone(), &args[1].clone(), len, &ev);
        } else if name.starts_with("llvm.memset") && !args.is_empty() {
            let ev = self.ev(dbg, "memset");
            for &(o, _) in &args[0].clone() {
                Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                self.note_global_access(o, true);
            }
        } else if name.starts_with("llvm.va_start") || name.starts_with("llvm.va_copy") {
            let ev = self.ev(dbg, "va_start");
            for a in args {
                for &(o, _) in a {
                    Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                }
            }
            // The `va_list` points at the variadic arguments (every field: the register
            // save area and the overflow area alike); a copy points where the original does.
            let ev = Arc::new(ev);
            if name.starts_with("llvm.va_start") {
                if let Some(lists) = args.first() {
                    let va = self.obj(Obj::VarArgs);
                    for &(o, _) in lists {
                        self.insert_mem((o, ANY), (va, 0), Some(&ev));
                    }
                }
            } else if args.len() >= 2 {
                self.copy_mem(&args[0].clone(), &args[1].clone(), None, &ev);
            }
        }
    }

    /// `len`: bytes copied, when known; otherwise every cell of the source is copied.
    fn copy_mem(&mut self, dst: &[PVal], src: &[PVal], len: Option<i64>, ev: &Arc<Ev>) {
        let outer_site = self
            .cur_site
            .replace((self.cur_inst.0, self.cur_inst.1, DERIVED));
        self.copy_mem_at_site(dst, src, len, ev);
        self.cur_site = outer_site;
    }

    fn copy_mem_at_site(&mut self, dst: &[PVal], src: &[PVal], len: Option<i64>, ev: &Arc<Ev>) {
        for &(so, _) in src {
            Self::mark(&mut self.reads, &mut self.changed, so, ev);
            self.note_global_access(so, false);
        }
        for &(d, doff) in dst {
            Self::mark(&mut self.writes, &mut self.changed, d, ev);
            self.note_global_access(d, true);
            for &(so, soff) in src {
                let offs = self.offsets.get(&so).cloned().unwrap_or_default();
                for k in offs {
                    if let Some(n) = len {
                        if k != ANY && soff != ANY && (k < soff || k >= soff.saturating_add(n)) {
                            continue;
                        }
                    }
                    let vals: Vec<PVal> = self
                        .mem
                        .get(&(so, k))
                        .map(|s| s.iter().copied().collect())
                        .unwrap_or_default();
                    // Copying an object onto itself shifted would shift its cells again on
                    // every pass.
                    let target =
                        if k == ANY || soff == ANY || doff == ANY || (d == so && doff != soff) {
                            ANY
                        } else {
                            doff + (k - soff)
                        };
                    if self.out_of_budget() {
                        return;
                    }
                    for v in vals {
                        self.insert_mem((d, target), v, Some(ev));
                    }
                }
                // The source's contents before this function wrote them (`t = *p` copies
                // what `p` already pointed to): its `Init` objects, one per pointer-sized
                // slot of a short constant-length copy, else one for "anywhere". Not for a
                // parameter declared as characters or numbers (`const char *s`): its
                // bytes are taken to hold no pointers, as for byte stores.
                if self.has_init(so) && d != so && !self.scalar_param_object(so) {
                    self.copy_initial(d, doff, so, soff, len, ev);
                }
            }
        }
    }

    fn copy_initial(
        &mut self,
        d: ObjId,
        doff: i64,
        so: ObjId,
        soff: i64,
        len: Option<i64>,
        ev: &Arc<Ev>,
    ) {
        const MAX_SLOTS: i64 = 64;
        let slot = i64::from((self.m.datalayout.pointer_bits / 8).max(1));
        match len {
            Some(n) if soff != ANY && doff != ANY && n / slot <= MAX_SLOTS => {
                let mut k = 0;
                while k + slot <= n {
                    let i = self.init_obj(so, soff + k);
                    self.insert_mem((d, doff + k), (i, 0), Some(ev));
                    k += slot;
                }
            }
            _ => {
                let i = self.init_obj(so, ANY);
                self.insert_mem((d, ANY), (i, 0), Some(ev));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn apply_model(
        &mut self,
        model: &ExtModel,
        bi: u32,
        ii: u32,
        site: u32,
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        dbg: Option<MdId>,
    ) {
        let name = &model.name;
        let mut nulls = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let Some(p) = model.params.get(i) else {
                // Variadic arguments.
                if model.varargs_write {
                    let ev = self.ev(dbg, format!("written by `{name}`"));
                    for &(o, _) in a {
                        Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                    }
                }
                if model.varargs_read {
                    let ev = self.ev(dbg, format!("read by `{name}`"));
                    for &(o, _) in a {
                        Self::mark(&mut self.reads, &mut self.changed, o, &ev);
                    }
                }
                continue;
            };
            if !p.is_pointer {
                continue;
            }
            nulls.push((i, p.null_ok, format!("passed to `{name}`")));
            let ev = self.ev(dbg, format!("passed to `{name}`"));
            self.apply_model_deep(model, p, a, (bi, ii), dbg);
            if let Some(out) = &p.out {
                let oev = Arc::new(self.ev(dbg, format!("set by `{name}`")));
                let stored: Vec<PVal> = match out {
                    ExtOut::Owned(dealloc) => {
                        // Not the result's object: `open_memstream` returns a FILE and
                        // sets `*ptr` to a separate buffer.
                        let h = self.obj(Obj::Fresh(site, u32::MAX - i as u32));
                        self.heap_dealloc.insert(h, dealloc.clone());
                        vec![(h, 0)]
                    }
                    ExtOut::Alias(from) => {
                        let from: Vec<u32> = from.clone();
                        from.iter()
                            .flat_map(|&j| self.model_alias_targets(model, args, j))
                            .collect()
                    }
                    ExtOut::Unknown => vec![(self.obj(Obj::UnknownRet(site)), 0)],
                };
                for &(d, doff) in a {
                    for &v in &stored {
                        self.insert_mem((d, doff), v, Some(&oev));
                    }
                }
            }
            for &(o, off) in a {
                if p.reads != Verdict::No {
                    Self::mark(&mut self.reads, &mut self.changed, o, &ev);
                    self.note_global_access(o, false);
                }
                if p.writes.is_some() {
                    Self::mark(&mut self.writes, &mut self.changed, o, &ev);
                    self.note_global_access(o, true);
                }
                if p.freed == Verdict::Yes {
                    let fev = self.ev(dbg, format!("freed by `{name}`"));
                    Self::mark(&mut self.frees, &mut self.changed, o, &fev);
                } else if p.freed == Verdict::Maybe {
                    self.note_unknown_site(o, (self.cur_inst.0, self.cur_inst.1, 0));
                    self.add_unknown(o, &format!("`{name}`, which may free it"), || ev.clone());
                }
                match &p.retained {
                    ExtRetained::No => {}
                    ExtRetained::Global(g) => {
                        let k = self.ctx.keys.get(g).unwrap_or(u32::MAX);
                        let obj = if k == u32::MAX {
                            self.obj(Obj::Unknown)
                        } else {
                            self.obj(Obj::Global(k))
                        };
                        let rev = Arc::new(self.ev(dbg, format!("kept by `{name}`")));
                        if k == u32::MAX {
                            self.note_unknown_site(o, UNCOND_SITE);
                            self.add_unknown(
                                o,
                                &format!("`{name}`, which keeps it in {g}"),
                                || rev.to_vec(),
                            );
                        } else {
                            self.insert_mem((obj, ANY), (o, off), Some(&rev));
                        }
                    }
                    ExtRetained::Arg(j) => {
                        let rev =
                            Arc::new(self.ev(dbg, format!("kept by `{name}` in its argument {j}")));
                        if let Some(dst) = args.get(*j as usize) {
                            for &(d, _) in dst {
                                self.insert_mem((d, ANY), (o, off), Some(&rev));
                            }
                        }
                    }
                    ExtRetained::Thread => {
                        let tev = self.ev(dbg, format!("handed to a new thread by `{name}`"));
                        Self::mark(&mut self.thread, &mut self.changed, o, &tev);
                    }
                    // A fresh result (`fmemopen`'s FILE) keeps the argument inside it; any
                    // other result may be (or point into) the argument itself.
                    ExtRetained::Return => match (&model.returns, result) {
                        (ExtReturns::Owned(_), Some(_)) => {
                            let h = self.obj(Obj::Heap(site));
                            let rev = Arc::new(self.ev(dbg, format!("kept by `{name}`'s result")));
                            self.insert_mem((h, ANY), (o, off), Some(&rev));
                        }
                        (_, Some(r)) => self.add_pts(r, [(o, off)]),
                        (_, None) => {}
                    },
                    ExtRetained::Maybe => {
                        self.note_unknown_site(o, (self.cur_inst.0, self.cur_inst.1, 0));
                        self.add_unknown(o, &format!("`{name}`, which may keep it"), || ev.clone());
                    }
                }
                if let Some(cb) = p.callback {
                    if matches!(cb, CallbackUse::Called | CallbackUse::CalledAndStored) {
                        let cev = self.ev(dbg, format!("called by `{name}`"));
                        Self::mark(&mut self.called, &mut self.changed, o, &cev);
                        self.callback_effects(o, &p.callback_args, args, name, dbg);
                    }
                    // The callback's own effects are not applied: what the caller parked
                    // in globals a callback may use goes to unknown code (a stored one may
                    // run at once on a new thread, as `pthread_create`'s).
                    self.pointer_call_uses_globals(&format!(
                        "`{name}`, which calls or keeps a callback"
                    ));
                    let stored = matches!(cb, CallbackUse::Stored | CallbackUse::CalledAndStored);
                    if stored {
                        self.note_unknown_site(o, UNCOND_SITE);
                    }
                    if stored {
                        self.add_unknown(
                            o,
                            &format!("`{name}`, which stores the callback"),
                            || ev.clone(),
                        );
                    }
                }
            }
        }
        for &(to, from) in &model.copy {
            let ExtCopyTo::Arg(to) = to else { continue };
            if let (Some(d), Some(s)) = (args.get(to as usize), args.get(from as usize)) {
                let ev = Arc::new(self.ev(dbg, format!("copied by `{name}`")));
                self.copy_mem(&d.clone(), &s.clone(), None, &ev);
            }
        }
        self.add_call_null((bi, ii), nulls);
        if model.runs_handlers {
            self.pointer_call_uses_globals(&format!(
                "`{name}`, which runs handlers registered earlier"
            ));
        }
        self.note_call_exits((bi, ii), &[], model.noreturn);
        if let Some(text_arg) = model.assertion {
            self.assert_calls.insert((bi, ii), text_arg);
        }
        if let Some(r) = result {
            match &model.returns {
                ExtReturns::Owned(dealloc) => {
                    let h = self.obj(Obj::Heap(site));
                    self.heap_dealloc.insert(h, dealloc.clone());
                    self.add_pts(r, [(h, 0)]);
                }
                ExtReturns::Alias { arg, .. } => {
                    let vals = self.model_alias_targets(model, args, *arg);
                    self.add_pts(r, vals);
                }
                ExtReturns::Static => {
                    let k = self
                        .ctx
                        .keys
                        .get(&format!("{name}.static"))
                        .unwrap_or(u32::MAX);
                    let o = if k == u32::MAX {
                        self.obj(Obj::UnknownRet(site))
                    } else {
                        self.obj(Obj::Global(k))
                    };
                    self.add_pts(r, [(o, 0)]);
                }
                ExtReturns::Scalar | ExtReturns::Void => {}
                ExtReturns::Borrowed | ExtReturns::Maybe => {
                    let o = self.obj(Obj::UnknownRet(site));
                    self.add_pts(r, [(o, 0)]);
                }
            }
            // Every argument the result may point into (`alias:0,2`, realloc's `ptr`).
            for (i, p) in model.params.iter().enumerate() {
                if p.returned {
                    let vals = self.model_alias_targets(model, args, i as u32);
                    self.add_pts(r, vals);
                }
            }
            for &(to, from) in &model.copy {
                if let (ExtCopyTo::Return, Some(s)) = (to, args.get(from as usize)) {
                    let dst = self.op_pts(&Operand::Local(r));
                    let ev = Arc::new(self.ev(dbg, format!("copied by `{name}`")));
                    self.copy_mem(&dst, &s.clone(), None, &ev);
                }
            }
        }
    }

    /// What a model's result or out-pointer "aliasing argument `j`" may point to: the
    /// argument's object, or for a pointer to pointers what those point to.
    fn model_alias_targets(&mut self, model: &ExtModel, args: &[Vec<PVal>], j: u32) -> Vec<PVal> {
        let Some(a) = args.get(j as usize) else {
            return Vec::new();
        };
        if model
            .params
            .get(j as usize)
            .is_some_and(|p| p.pointee_is_pointer)
        {
            let roots: Vec<ObjId> = a.iter().map(|&(o, _)| o).collect();
            let (inner, _) = self.objects_below(&roots, 1);
            inner.into_iter().map(|o| (o, ANY)).collect()
        } else {
            a.iter().map(|&(o, _)| (o, ANY)).collect()
        }
    }

    /// A model's effects past the object an argument points to: deep reads and writes
    /// (a `FILE`'s buffer) and frees of what it points to (`getline`'s `*lineptr`), on the
    /// objects reached through up to [`MODEL_DEEP_LEVELS`] loads. Deeper writes and frees
    /// are handed to unknown code, so they come out `maybe`, never `no`.
    fn apply_model_deep(
        &mut self,
        model: &ExtModel,
        p: &crate::ext::ExtParam,
        a: &[PVal],
        call: (u32, u32),
        dbg: Option<MdId>,
    ) {
        if !(p.deep_reads || p.deep_writes || p.freed_indirect != Verdict::No) {
            return;
        }
        let name = &model.name;
        let roots: Vec<ObjId> = a.iter().map(|&(o, _)| o).collect();
        let (below, frontier) = self.objects_below(&roots, MODEL_DEEP_LEVELS);
        if p.deep_reads || p.deep_writes {
            self.note_deep_derefs(call, below.iter().copied());
        }
        let ev = self.ev(dbg, format!("through pointers in an argument of `{name}`"));
        for &x in &below {
            if p.deep_reads {
                Self::mark(&mut self.reads, &mut self.changed, x, &ev);
                self.note_global_access(x, false);
            }
            if p.deep_writes {
                Self::mark(&mut self.writes, &mut self.changed, x, &ev);
                self.note_global_access(x, true);
            }
            match p.freed_indirect {
                Verdict::Yes => {
                    let fev = self.ev(dbg, format!("freed by `{name}`"));
                    Self::mark(&mut self.frees, &mut self.changed, x, &fev);
                }
                Verdict::Maybe => {
                    self.note_unknown_site(x, UNCOND_SITE);
                    self.add_unknown(x, &format!("`{name}`, which may free it"), || ev.clone());
                }
                _ => {}
            }
        }
        // Deeper writes or frees are unknown code's; deeper reads are not followed (a read
        // handed to unknown code would also make everything there "may be written").
        if p.deep_writes || p.freed_indirect != Verdict::No {
            let why = format!("`{name}`, which follows pointers deeper than the analysis does");
            let outer = self
                .hand_site
                .replace((self.cur_inst.0, self.cur_inst.1, DERIVED));
            self.hand_to_unknown(&frontier, &why, || ev.clone());
            self.hand_site = outer;
        }
    }

    /// Objects reached from `roots` through pointers stored in them (their contents before
    /// this function too), at most `levels` loads deep; and the objects on the last level
    /// or whose contents could not be named (what lies below them is not followed).
    fn objects_below(&mut self, roots: &[ObjId], levels: usize) -> (Vec<ObjId>, Vec<PVal>) {
        let mut seen: FxHashSet<ObjId> = roots.iter().copied().collect();
        let mut below = Vec::new();
        let mut frontier = Vec::new();
        let mut cur: Vec<ObjId> = roots.to_vec();
        for level in 1..=levels {
            let mut next = Vec::new();
            for &x in &cur {
                if matches!(self.objs[x as usize], Obj::Func(_) | Obj::Unknown) {
                    continue;
                }
                let offs = self.offsets.get(&x).cloned().unwrap_or_default();
                for k in offs {
                    if let Some(vals) = self.mem.get(&(x, k)) {
                        next.extend(vals.iter().map(|&(v, _)| v).filter(|v| seen.insert(*v)));
                    }
                }
                if self.has_init(x) {
                    let i = self.init_obj(x, ANY);
                    if self.objs[i as usize] == Obj::Unknown {
                        frontier.push((x, 0));
                    } else if seen.insert(i) {
                        next.push(i);
                    }
                }
            }
            next.retain(|&v| !matches!(self.objs[v as usize], Obj::Func(_) | Obj::Unknown));
            below.extend_from_slice(&next);
            if level == levels {
                frontier.extend(next.iter().map(|&v| (v, 0)));
            }
            cur = next;
        }
        (below, frontier)
    }

    /// Values of an access path at this call site. `memo` holds the values of paths (and
    /// their prefixes) already evaluated during this application of a summary: summaries
    /// repeat paths, and re-reading big objects for each was most of sqlite3's time.
    fn eval_path(
        &mut self,
        p: &Path,
        site: u32,
        args: &[Vec<PVal>],
        memo: &mut PathMemo,
    ) -> Arc<Vec<PVal>> {
        self.eval_steps(&p.root, &p.steps, site, args, memo)
    }

    fn eval_steps(
        &mut self,
        root: &Root,
        steps: &[i64],
        site: u32,
        args: &[Vec<PVal>],
        memo: &mut PathMemo,
    ) -> Arc<Vec<PVal>> {
        let key = MemoKey::of(root, steps);
        if let Some(v) = key.as_ref().and_then(|k| memo.get(k)) {
            return v.clone();
        }
        if self.out_of_budget() {
            return Arc::default();
        }
        let out: Vec<PVal> = match steps.split_last() {
            None => match root {
                Root::Param(i) => {
                    let mut v = args.get(*i as usize).cloned().unwrap_or_default();
                    v.sort_unstable();
                    v.dedup();
                    v
                }
                Root::Global(k) => vec![(self.obj(Obj::Global(*k)), 0)],
                Root::Fresh(id) => vec![(self.fresh_obj(site, *id), 0)],
                Root::Unknown => vec![(self.obj(Obj::Unknown), 0)],
                Root::Return => Vec::new(),
            },
            Some((&step, prefix)) => {
                let cur = self.eval_steps(root, prefix, site, args, memo);
                let mut next = Vec::new();
                if let Some(log) = &mut self.read_log {
                    log.extend(cur.iter().map(|&(o, _)| o));
                }
                for &(o, off) in cur.iter() {
                    self.read_into(o, add_off(off, step), &mut next);
                }
                self.work += next.len() as u64;
                next.sort_unstable();
                next.dedup();
                next
            }
        };
        let out = Arc::new(out);
        if let Some(k) = key {
            memo.insert(k, out.clone());
        }
        out
    }

    /// Whether an integer is exactly one pointer's address (see [`crate::intaddr`]).
    fn holds_one_address(&mut self, val: &Operand) -> bool {
        let f = self.f;
        let defs = self.defs.get_or_insert_with(|| crate::cond::defs(f));
        let ssa = &self.ssa;
        crate::intaddr::address_source(
            val,
            &self.m.types,
            self.m.datalayout.pointer_bits,
            &|op| ssa.resolve(op),
            &|v| defs.get(&v).copied(),
        )
        .is_some()
    }

    /// Whether `a - b` is a difference of two pointers (see [`crate::intaddr`]).
    fn is_pointer_difference(&mut self, op: &str, a: &Operand, b: &Operand) -> bool {
        if op != "sub" {
            return false;
        }
        let f = self.f;
        let defs = self.defs.get_or_insert_with(|| crate::cond::defs(f));
        let ssa = &self.ssa;
        crate::intaddr::pointer_difference(
            (a, b),
            &self.m.types,
            self.m.datalayout.pointer_bits,
            &|x| ssa.resolve(x),
            &|v| defs.get(&v).copied(),
        )
    }

    /// Whether a stored value was read from memory (through casts and address
    /// arithmetic): then the pointers it holds were stored somewhere before.
    fn reloaded(&mut self, val: &Operand) -> bool {
        let f = self.f;
        let defs = self.defs.get_or_insert_with(|| crate::cond::defs(f));
        let mut cur = self.ssa.resolve(val);
        for _ in 0..32 {
            let Operand::Local(v) = cur else { return false };
            match defs.get(v) {
                Some(InstKind::Load { .. }) => return true,
                Some(InstKind::Cast { val, .. }) => cur = self.ssa.resolve(val),
                Some(InstKind::Gep { base, .. }) => cur = self.ssa.resolve(base),
                _ => return false,
            }
        }
        false
    }

    /// A callee edge's condition in this function's terms, interned: atoms on callee
    /// parameters that receive one of our parameters are renamed, the others dropped.
    /// The id of a callee's condition as this function's (0: none); `None` when a
    /// constant argument at this call can never meet it (`helper(s, DUP)` for a store
    /// made only without `DUP`): what the callee does under it does not happen here.
    fn call_cond_id(&mut self, bi: u32, ii: u32, cond: &[crate::cond::Atom]) -> Option<u32> {
        if cond.is_empty() {
            return Some(0);
        }
        let f = self.f;
        let Some(inst) = f
            .blocks
            .get(bi as usize)
            .and_then(|b| b.insts.get(ii as usize))
        else {
            return Some(0);
        };
        let c = match &inst.kind {
            InstKind::Call(c)
            | InstKind::Invoke { call: c, .. }
            | InstKind::CallBr { call: c, .. } => c,
            _ => return Some(0),
        };
        let never = cond.iter().any(|a| {
            c.args.get(a.param as usize).is_some_and(|arg| {
                crate::cond::holds_for_constant(a, self.ssa.resolve(&arg.val)) == Some(false)
            })
        });
        if never {
            return None;
        }
        let defs = self.defs.get_or_insert_with(|| crate::cond::defs(f));
        let mut out: Vec<crate::cond::Atom> = cond
            .iter()
            .filter_map(|a| {
                let arg = c.args.get(a.param as usize)?;
                let types = (&self.m.types, self.m.datalayout.pointer_bits);
                let (j, ext) = crate::cond::param_value(f, types, &self.ssa, defs, &arg.val)?;
                let atom = crate::cond::Atom {
                    param: j,
                    ..a.clone()
                };
                crate::cond::extension_keeps(ext, &atom).then_some(atom)
            })
            .collect();
        if out.is_empty() {
            return Some(0);
        }
        out.sort();
        out.dedup();
        if let Some(&id) = self.call_cond_ix.get(&out) {
            return Some(id);
        }
        let id = self.call_conds.len() as u32;
        self.call_cond_ix.insert(out.clone(), id);
        self.call_conds.push(out);
        Some(id)
    }

    /// Applies a callee's summary at a call, unless nothing it depends on changed since
    /// the last complete application there (most of the last, confirming pass).
    #[allow(clippy::too_many_arguments)]
    fn apply_summary(
        &mut self,
        s: &Arc<Summary>,
        callee: u32,
        name: &str,
        (bi, ii, site): (u32, u32, u32),
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        dbg: Option<MdId>,
    ) {
        let key = (bi, ii, callee);
        if let Some(d) = self.call_deps.get(&key) {
            let unchanged = Arc::ptr_eq(&d.summary, s)
                && d.args.as_slice() == args
                && d.objs
                    .iter()
                    .all(|&o| self.obj_stamp.get(o as usize).is_none_or(|&t| t <= d.clock));
            if unchanged {
                self.note_call_exits((bi, ii), &s.null_aborts, s.noreturn);
                return;
            }
        }
        let clock = self.clock;
        let outer_log = self.read_log.replace(Vec::new());
        self.apply_summary_now(s, callee, name, (bi, ii, site), args, result, dbg);
        let mut objs = std::mem::replace(&mut self.read_log, outer_log).unwrap_or_default();
        if self.stopped.is_none() {
            objs.sort_unstable();
            objs.dedup();
            let deps = CallDeps {
                summary: s.clone(),
                clock,
                args: args.to_vec(),
                objs,
            };
            self.call_deps.insert(key, deps);
        }
    }

    /// [`Self::apply_summary_scratch`] with the scratch tables of earlier applications
    /// (allocating and growing them afresh for every call was a tenth of this time).
    #[allow(clippy::too_many_arguments)]
    fn apply_summary_now(
        &mut self,
        s: &Summary,
        callee: u32,
        name: &str,
        at: (u32, u32, u32),
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        dbg: Option<MdId>,
    ) {
        let mut scratch = std::mem::take(&mut self.scratch);
        self.apply_summary_scratch(s, callee, name, at, args, result, dbg, &mut scratch);
        scratch.reset();
        self.scratch = scratch;
    }

    #[allow(clippy::too_many_arguments)]
    fn apply_summary_scratch(
        &mut self,
        s: &Summary,
        callee: u32,
        name: &str,
        (bi, ii, site): (u32, u32, u32),
        args: &[Vec<PVal>],
        result: Option<ValueId>,
        dbg: Option<MdId>,
        scratch: &mut Scratch,
    ) {
        let call_ev = Step::new(self.mi, dbg, format!("call to `{name}`"));
        let Scratch { memo, pool, seen } = scratch;
        let with = |ev: &Ev| -> Ev {
            let mut v = Vec::with_capacity(ev.len() + 1);
            v.push(call_ev.clone());
            v.extend(ev.iter().take(7).cloned());
            v
        };
        let mut work = 0usize;
        // Different callee paths often evaluate to the same sets here (merged objects): an
        // edge whose cells, values, offsets and condition equal an earlier one's adds nothing.
        for (ei, e) in s.edges.iter().enumerate() {
            let cells = intern(pool, self.eval_path(&e.cell.0, site, args, memo));
            let vals = intern(pool, self.eval_path(&e.val.0, site, args, memo));
            if self.out_of_budget() {
                return;
            }
            let Some(mut cond_id) = self.call_cond_id(bi, ii, &e.cond) else {
                continue;
            };
            if !e.val.0.steps.is_empty() {
                cond_id |= DERIVED;
            }
            if !seen.insert((
                Arc::as_ptr(&cells) as usize,
                e.cell.1,
                Arc::as_ptr(&vals) as usize,
                e.val.1,
                cond_id,
            )) {
                continue;
            }
            // Each pass re-applies the summary: only pairs with a cell or a value that is new
            // since the last complete application here need inserting (sets only grow).
            let applied_key = (bi, ii, callee, ei as u32);
            let (old_cells, new_vals) = match self.applied.get(&applied_key) {
                Some((oc, ov)) => (oc.clone(), Arc::new(sorted_minus(&vals, ov))),
                None => (Arc::default(), vals.clone()),
            };
            if old_cells.len() == cells.len() && new_vals.is_empty() && *old_cells == *cells {
                continue;
            }
            let ev = Arc::new(with(&e.ev));
            self.cur_site = Some((bi, ii, cond_id));
            for &(o, off) in cells.iter() {
                let vals = if old_cells.binary_search(&(o, off)).is_ok() {
                    &new_vals
                } else {
                    &vals
                };
                // One edge can expand to millions of cells x values: check here too.
                work += vals.len();
                if work > 1 << 12 {
                    work = 0;
                    if self.out_of_budget() {
                        self.cur_site = None;
                        return;
                    }
                }
                for &(v, voff) in vals.iter() {
                    self.insert_mem(
                        (o, add_off(off, e.cell.1)),
                        (v, add_off(voff, e.val.1)),
                        Some(&ev),
                    );
                }
            }
            self.cur_site = None;
            self.applied.insert(applied_key, (cells, vals));
        }
        for (list, kind) in [
            (&s.reads, 0u8),
            (&s.writes, 1),
            (&s.frees, 2),
            (&s.thread, 3),
            (&s.calls, 4),
            (&s.maybe_frees, 5),
            (&s.maybe_writes, 6),
            (&s.maybe_reads, 7),
        ] {
            for eff in list {
                if self.out_of_budget() {
                    return;
                }
                let objs = self.eval_path(&eff.obj, site, args, memo);
                // Read, written or called through a pointer the callee loaded: a
                // parameter's value there is dereferenced (with or without a check).
                if !eff.obj.steps.is_empty()
                    && matches!(kind, 0 | 1 | 4)
                    && !self.edge_sites.is_empty()
                {
                    self.note_deep_derefs((bi, ii), objs.iter().map(|&(o, _)| o));
                }
                let map = match kind {
                    0 => &mut self.reads,
                    1 => &mut self.writes,
                    2 => &mut self.frees,
                    3 => &mut self.thread,
                    4 => &mut self.called,
                    5 => &mut self.maybe_frees,
                    6 => &mut self.maybe_writes,
                    _ => &mut self.maybe_reads,
                };
                // Evidence is built only for a new object: on later passes there is none.
                let mut ev: Option<Ev> = None;
                for &(o, _) in objs.iter() {
                    if !map.contains_key(&o) {
                        let ev = ev.get_or_insert_with(|| with(&eff.ev));
                        Self::mark(map, &mut self.changed, o, ev);
                    }
                }
            }
        }
        let outer = self.hand_site;
        for u in &s.unknown {
            let objs = self.eval_path(&u.obj, site, args, memo);
            let Some(mut cond_id) = self.call_cond_id(bi, ii, &u.cond) else {
                continue;
            };
            if !u.obj.steps.is_empty() {
                cond_id |= DERIVED;
            }
            self.hand_site = Some((bi, ii, cond_id));
            self.hand_to_unknown(&objs, &u.reason, || with(&u.ev));
        }
        self.hand_site = outer;
        for (pi, (a, b)) in s.compared.iter().enumerate() {
            let sides = [
                self.eval_path(a, site, args, memo),
                self.eval_path(b, site, args, memo),
            ];
            if sides.iter().any(|x| x.is_empty()) {
                continue;
            }
            self.call_compared.insert(
                (bi, ii, callee, pi as u32),
                CallCompared {
                    sides,
                    dbg,
                    callee: name.into(),
                },
            );
        }
        if let Some(r) = result {
            let mut vals = Vec::new();
            for (p, off) in &s.ret {
                for &(o, x) in self.eval_path(p, site, args, memo).iter() {
                    vals.push((o, add_off(x, *off)));
                }
            }
            self.add_pts(r, vals);
        }
        // Every pass: a call through a pointer gathers its targets' facts afresh.
        self.note_call_exits((bi, ii), &s.null_aborts, s.noreturn);
        // What follows depends on the summary alone, not on the arguments' points-to sets:
        // once per call site and callee is enough.
        if !self.applied_once.insert((bi, ii, callee)) {
            return;
        }
        // The reason is kept as it is, not prefixed with the callee per level: these sets
        // travel up every caller, and nested names made libgit2's summaries 20% bigger.
        for (k, why) in &s.unknown_globals {
            self.unknown_globals
                .entry(*k)
                .or_insert_with(|| why.clone());
        }
        for k in &s.globals_read {
            self.globals_read.insert(*k);
        }
        for k in &s.globals_written {
            self.globals_written.insert(*k);
        }
        let nulls: Vec<(usize, Verdict, String)> = s
            .null_ok
            .iter()
            .enumerate()
            .map(|(i, v)| (i, *v, format!("passed to `{name}`")))
            .collect();
        self.add_call_null((bi, ii), nulls);
        if !s.null_checked.is_empty() {
            self.add_call_checks((bi, ii), s.null_checked.iter().copied());
        }
        if result.is_some() {
            for (id, dealloc) in &s.fresh_dealloc {
                let o = self.fresh_obj(site, *id);
                // Merged fresh objects with different deallocators have no single one.
                if self.coarse.is_some() && s.fresh_dealloc.iter().any(|(_, d)| d != dealloc) {
                    continue;
                }
                self.heap_dealloc.insert(o, dealloc.clone());
            }
        }
        for a in &s.assumptions {
            if self.assumptions.len() < 16 {
                self.assumptions.insert(a.clone());
            }
        }
        for reason in &s.reasons {
            let r = format!("`{name}`: {reason}");
            if self.reasons.len() < 16 && !self.reasons.contains(&r) {
                self.reasons.push(r);
            }
        }
    }

    /// The object a callee's summary creates at a call site; in the coarse solution all
    /// of one call's fresh objects are one object (callers of callers multiply them).
    fn fresh_obj(&mut self, site: u32, id: u32) -> ObjId {
        let id = if self.coarse.is_some() { 0 } else { id };
        self.obj(Obj::Fresh(site, id))
    }

    /// Checks both budgets; once one runs out, records why and stays stopped.
    fn out_of_budget(&mut self) -> bool {
        if self.stopped.is_some() {
            return true;
        }
        let b = &self.ctx.budget;
        if self.work > self.work_limit {
            self.stopped = Some(format!(
                "analysis stopped at its size budget of {} points-to insertions",
                b.max_work
            ));
        } else if self.work >= self.next_clock_check && {
            // The clock is read only every so much work: it is checked in hot loops.
            self.next_clock_check = self.work + 4096;
            std::time::Instant::now() > self.deadline
        } {
            self.stopped = Some(format!(
                "analysis stopped at its time budget of {} ms",
                b.max_millis
            ));
        } else if self.size_exit && self.work >= self.next_size_check {
            self.next_size_check = self.work + size_check_every(self.coarse).max(self.work / 4);
            if self.summary_surely_over_size() {
                self.over_size = true;
                self.stopped = Some(OVER_SIZE.to_string());
            }
        }
        self.stopped.is_some()
    }

    /// Whether the summary extraction would already find the state too big. Counts only
    /// what is certain to become a summary item (cells and effects of access-path objects,
    /// which are always named); sets only grow, so once over, the final summary is too.
    fn summary_surely_over_size(&self) -> bool {
        let limit = self.ctx.budget.max_summary_items;
        let mut named = vec![false; self.objs.len()];
        for (i, o) in self.objs.iter().enumerate() {
            named[i] = match *o {
                Obj::Param(_) | Obj::Global(_) | Obj::Unknown => true,
                Obj::Init(parent, _) => named.get(parent as usize).copied().unwrap_or(false),
                _ => false,
            };
        }
        let mut edges = 0usize;
        for (&(o, off), set) in &self.mem {
            if !named[o as usize] {
                continue;
            }
            for &(v, voff) in set {
                let obj = self.objs[v as usize];
                if matches!(obj, Obj::Func(_)) || (voff == 0 && obj == Obj::Init(o, off)) {
                    continue;
                }
                edges += 1;
            }
            if edges > limit {
                return true;
            }
        }
        let reads = self.reads.keys().filter(|&&o| named[o as usize]).count();
        let unknown = self.unknown.keys().filter(|&&o| named[o as usize]).count();
        reads >= limit || unknown > limit
    }

    /// Solves to a fixpoint; `Err(reason)` when a budget stops it first (the state is then
    /// incomplete and must not be used for any `no`).
    fn solve(&mut self, rpo: &[u32]) -> Result<(), String> {
        let start = std::time::Instant::now();
        for pass in 0..self.ctx.budget.max_passes {
            if trace_solve() {
                let vals: usize = self.mem.values().map(|s| s.len()).sum();
                let pvals: usize = self.pts.iter().map(|s| s.len()).sum();
                eprintln!(
                    "solve {} pass {pass}: {:?} objs {} cells {} vals {} pts {} work {}",
                    self.f.name,
                    start.elapsed(),
                    self.objs.len(),
                    self.mem.len(),
                    vals,
                    pvals,
                    self.work
                );
            }
            self.changed = false;
            for &b in rpo {
                if self.out_of_budget() {
                    return Err(self.stopped.clone().unwrap_or_default());
                }
                let phis: Vec<(ValueId, Vec<Operand>)> = self.ssa.phis[b as usize]
                    .iter()
                    .map(|p| (p.dst, p.incoming.iter().map(|(o, _)| o.clone()).collect()))
                    .collect();
                for (dst, inc) in phis {
                    for op in inc {
                        let vals = self.op_pts(&op);
                        self.add_pts(dst, vals);
                    }
                }
                for ii in 0..self.f.blocks[b as usize].insts.len() {
                    if (ii % 64 == 63 || self.stopped.is_some()) && self.out_of_budget() {
                        return Err(self.stopped.clone().unwrap_or_default());
                    }
                    self.transfer(b, ii as u32);
                    self.hand_site = None;
                }
            }
            if self.out_of_budget() {
                return Err(self.stopped.clone().unwrap_or_default());
            }
            if !self.changed {
                return Ok(());
            }
        }
        Err(format!(
            "points-to analysis did not converge within {} passes",
            self.ctx.budget.max_passes
        ))
    }
}

/// `FFISCOPE_TRACE_SOLVE=1` prints set sizes per pass and each solution's outcome.
fn trace_solve() -> bool {
    static T: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *T.get_or_init(|| std::env::var_os("FFISCOPE_TRACE_SOLVE").is_some_and(|v| v != "0"))
}

/// The pool's copy of `v` (equal contents share one allocation).
fn intern(pool: &mut FxHashSet<Arc<Vec<PVal>>>, v: Arc<Vec<PVal>>) -> Arc<Vec<PVal>> {
    if let Some(x) = pool.get(&*v) {
        return x.clone();
    }
    pool.insert(v.clone());
    v
}

/// `new` without the elements of `old` (both sorted).
fn sorted_minus(new: &[PVal], old: &[PVal]) -> Vec<PVal> {
    let mut out = Vec::new();
    let mut j = 0;
    for &x in new {
        while j < old.len() && old[j] < x {
            j += 1;
        }
        if j < old.len() && old[j] == x {
            continue;
        }
        out.push(x);
    }
    out
}

fn site_id(bi: u32, ii: u32) -> u32 {
    (bi << 16) ^ ii ^ (bi >> 16).wrapping_mul(0x9E37_79B9)
}

/// Splits a constant into (byte offset, scalar constant) cells, for pointer discovery.
fn flatten_constant(
    m: &Module,
    ty: TypeId,
    c: &Constant,
    base: i64,
    out: &mut Vec<(i64, Constant)>,
    depth: u32,
) {
    if depth > 16 || out.len() > 4096 {
        return;
    }
    match (m.types.resolve(ty).clone(), c) {
        (Type::Struct { fields, .. }, Constant::Struct(items)) => {
            for (i, (fty, fc)) in items.iter().enumerate() {
                let off = m.field_offset(ty, i as u32).unwrap_or(0) as i64;
                let _ = fields.get(i);
                flatten_constant(m, *fty, fc, base + off, out, depth + 1);
            }
        }
        (Type::Array { elem, .. }, Constant::Array(items))
        | (Type::Vector { elem, .. }, Constant::Vector(items)) => {
            let sz = m.size_of(elem) as i64;
            for (i, (ety, ec)) in items.iter().enumerate() {
                flatten_constant(m, *ety, ec, base + sz * i as i64, out, depth + 1);
            }
        }
        (
            _,
            Constant::ZeroInit
            | Constant::Int(_)
            | Constant::Null
            | Constant::Undef
            | Constant::Bytes(_)
            | Constant::Float(_),
        ) => {}
        (_, other) => out.push((base, other.clone())),
    }
}

impl<'a, 'c> Analysis<'a, 'c> {
    /// A fresh solver state for `f`: each parameter points to its own object.
    fn new(
        ctx: &'c Ctx<'a>,
        fr: FuncRef,
        f: &'a Function,
        shape: Arc<Shape>,
        coarse: Option<u8>,
        work_limit: u64,
    ) -> Self {
        let m = ctx.prog.module(fr.module);
        let nvals = shape.ssa.value_count as usize;
        let mut a = Analysis {
            coarse,
            work_limit,
            ctx,
            fr,
            mi: fr.module,
            m,
            f,
            ssa: SsaOf(shape),
            objs: Vec::new(),
            obj_ix: FxHashMap::default(),
            depth: Vec::new(),
            pts: vec![PSet::default(); nvals],
            ret: PSet::default(),
            mem: FxHashMap::default(),
            pts_offs: FxHashMap::default(),
            mem_offs: FxHashMap::default(),
            offsets: FxHashMap::default(),
            edge_ev: FxHashMap::default(),
            edge_sites: FxHashMap::default(),
            cur_site: None,
            cur_inst: (u32::MAX, u32::MAX),
            hand_site: None,
            unknown_sites: FxHashMap::default(),
            clock: 0,
            obj_stamp: Vec::new(),
            read_log: None,
            call_deps: FxHashMap::default(),
            call_conds: vec![Vec::new()],
            call_cond_ix: FxHashMap::default(),
            applied: FxHashMap::default(),
            scratch: Scratch::default(),
            applied_once: FxHashSet::default(),
            call_compared: FxHashMap::default(),
            assumptions: Default::default(),
            compared: Vec::new(),
            defs: None,
            raw_memory_params: None,
            void_ptr_params: FxHashMap::default(),
            deadline: std::time::Instant::now()
                + std::time::Duration::from_millis(ctx.budget.max_millis),
            stopped: None,
            work: 0,
            next_clock_check: 0,
            size_exit: false,
            next_size_check: size_check_every(coarse),
            over_size: false,
            reads: FxHashMap::default(),
            writes: FxHashMap::default(),
            frees: FxHashMap::default(),
            maybe_frees: FxHashMap::default(),
            maybe_writes: FxHashMap::default(),
            maybe_reads: FxHashMap::default(),
            unknown: FxHashMap::default(),
            unknown_globals: FxHashMap::default(),
            pointer_call_globals_added: false,
            external_call_globals_added: false,
            thread: FxHashMap::default(),
            called: FxHashMap::default(),
            heap_dealloc: FxHashMap::default(),
            globals_read: FxHashSet::default(),
            globals_written: FxHashSet::default(),
            reasons: Vec::new(),
            changed: false,
            noreturn_calls: FxHashSet::default(),
            assert_calls: FxHashMap::default(),
            call_null: FxHashMap::default(),
            call_checks: FxHashMap::default(),
            call_aborts: FxHashMap::default(),
            target_facts: None,
            call_maybe_aborts: FxHashMap::default(),
            deep_derefs: FxHashSet::default(),
        };
        for (i, p) in f.params.iter().enumerate() {
            let o = a.obj(Obj::Param(i as u32));
            a.add_pts(p.value, [(o, 0)]);
        }
        a
    }
}

/// Analyses one function.
pub fn analyze(ctx: &Ctx<'_>, fr: FuncRef) -> FnOut {
    let prog = ctx.prog;
    let m = prog.module(fr.module);
    let f = prog.function(fr);
    let insts: usize = f.blocks.iter().map(|b| b.insts.len()).sum();
    if insts > ctx.budget.max_insts {
        return over_budget(
            f,
            format!(
                "function has {insts} instructions, over the budget of {}",
                ctx.budget.max_insts
            ),
        );
    }
    let shape = ctx.shapes.get(prog, fr);
    let cfg = &shape.cfg;
    let fine_limit = ctx.budget.max_work / FINE_WORK_SHARE;
    let size_exit = ctx.budget.size_exit && !f.linkage.is_external();
    let t_solve = std::time::Instant::now();
    // The precise solution (skipped when it ran out in an earlier round of the cycle):
    // the solved state if it did not run out, else the work it wasted.
    let mut fine_work = 0;
    let fine = if ctx.coarse_at_once {
        None
    } else {
        let mut a = Analysis::new(ctx, fr, f, shape.clone(), None, fine_limit);
        a.size_exit = size_exit;
        let solved = a.solve(&cfg.rpo);
        if solved.is_err() && (a.work > fine_limit || a.over_size) {
            fine_work = a.work;
            None
        } else {
            Some((a, solved))
        }
    };
    let went_coarse = fine.is_none();
    // A precise solution surely over size may still have a small coarse one (merging deep
    // objects shrinks it): try that too, with its own size exit.
    let (a, solved) = match fine {
        Some(solved) => solved,
        None => {
            // Points-to sets that keep growing come from long access-path chains: solve again
            // with paths cut at `COARSE_DEPTH` steps (deeper objects merged into their
            // ancestor), which over-approximates aliasing and converges on them.
            let mut a = Analysis::new(
                ctx,
                fr,
                f,
                shape.clone(),
                Some(COARSE_DEPTH),
                ctx.budget.max_work / COARSE_WORK_SHARE,
            );
            a.size_exit = size_exit;
            let solved = a.solve(&cfg.rpo);
            if solved.is_ok() {
                a.reasons.push(format!(
                "access paths merged past {COARSE_DEPTH} steps: the precise solution exceeded {fine_limit} points-to insertions"
            ));
            }
            (a, solved)
        }
    };
    if trace_solve() {
        let max_cell = a.mem.values().map(|s| s.len()).max().unwrap_or(0);
        let max_pts = a.pts.iter().map(|s| s.len()).max().unwrap_or(0);
        eprintln!(
            "solved {} in {:?} work {} (fine {fine_work}) coarse {:?} objs {} max_cell {max_cell} max_pts {max_pts}: {:?}",
            f.name,
            t_solve.elapsed(),
            a.work,
            a.coarse,
            a.objs.len(),
            solved
        );
    }
    if let Err(reason) = solved {
        let mut out = over_budget(f, reason);
        out.work = fine_work + a.work;
        out.went_coarse = went_coarse;
        return out;
    }
    let work = fine_work + a.work;
    let (nulls, null_checked, null_aborts) = crate::nullck::null_ok(
        &a.ssa,
        cfg,
        f,
        m,
        (
            &a.call_null,
            &a.call_checks,
            &a.call_aborts,
            &a.call_maybe_aborts,
        ),
        (&a.noreturn_calls, &a.assert_calls),
        &a.param_copy_uses(),
        fr.module,
    );
    let coarse = a.coarse.is_some();
    let mut out = crate::extract::finish(a.into_parts(cfg), nulls);
    out.summary.null_checked = null_checked;
    out.summary.null_aborts = null_aborts;
    out.work = work;
    out.went_coarse = went_coarse;
    if coarse {
        demote_coarse(&mut out);
    }
    out
}

/// Merged objects alias more than the program does: a coarse solution's `no` holds (it
/// covers every real alias) but its `yes` may come from a merge, so it becomes `maybe`.
/// The summary for callers keeps everything: it is an over-approximation either way.
fn demote_coarse(out: &mut FnOut) {
    const WHY: &str = "found only by the coarse analysis (access paths merged after the precise one ran out of budget): may be an artefact of the merge";
    for p in &mut out.params {
        let mut demoted = false;
        for v in [
            &mut p.reads,
            &mut p.writes,
            &mut p.retained,
            &mut p.freed,
            &mut p.returned,
        ] {
            if *v == Verdict::Yes {
                *v = Verdict::Maybe;
                demoted = true;
            }
        }
        if p.writes == Verdict::Maybe {
            p.depth = None;
        }
        if demoted {
            p.condition = None;
            p.reasons.push(WHY.to_string());
        }
    }
    if !matches!(out.ret, RetOut::Void | RetOut::Scalar | RetOut::Maybe(_)) {
        out.ret = RetOut::Maybe(vec![WHY.to_string()]);
    }
}

pub fn over_budget(f: &Function, reason: String) -> FnOut {
    let params = f.params.iter().map(|_| ParamOut::maybe(&reason)).collect();
    FnOut {
        summary: degraded_summary(f, reason.clone()),
        params,
        ret: RetOut::Maybe(vec![reason.clone()]),
        work: 0,
        stopped: Some(reason),
        summary_degraded: true,
        went_coarse: false,
    }
}

/// A summary that claims nothing: every parameter goes to unknown code, and the result is
/// memory that unknown code may keep (so callers' stores through it are `maybe`, never
/// dropped). The variadic arguments go to unknown code too.
pub fn degraded_summary(f: &Function, reason: String) -> Summary {
    let nparams = f.params.len();
    let mut summary = Summary {
        reasons: vec![reason.clone()],
        ret: vec![(Path::root(Root::Fresh(0)), ANY)],
        unknown: vec![UnknownUse {
            obj: Path::root(Root::Fresh(0)),
            reason: reason.clone(),
            ev: vec![],
            cond: vec![],
        }],
        ..Default::default()
    };
    for i in 0..nparams {
        summary.unknown.push(UnknownUse {
            obj: Path::root(Root::Param(i as u32)),
            reason: reason.clone(),
            ev: vec![],
            cond: vec![],
        });
        summary.null_ok.push(Verdict::Maybe);
        // It may also compare each with NULL and report it in its result.
        summary.null_checked.push(i as u32);
    }
    if f.variadic {
        summary.unknown.push(UnknownUse {
            obj: Path::root(Root::Param(nparams as u32)),
            reason,
            ev: vec![],
            cond: vec![],
        });
    }
    summary
}

/// Adds to a summary that claims nothing the writable globals its function may use: a
/// caller must treat what it parked there as handed to unknown code.
pub fn add_global_uses(summary: &mut Summary, globals: &[u32], keys: &Keys, function: &str) {
    let reason = summary
        .reasons
        .first()
        .cloned()
        .unwrap_or_else(|| "a summary that claims nothing".to_string());
    let mut all: FxHashMap<u32, String> = summary.unknown_globals.drain(..).collect();
    for &k in globals {
        all.entry(k).or_insert_with(|| {
            format!(
                "`{function}`, whose summary claims nothing ({reason}) and which may use global `{}`",
                keys.name(k)
            )
        });
    }
    let mut v: Vec<(u32, String)> = all.into_iter().collect();
    v.sort_unstable();
    summary.unknown_globals = v;
}

impl ParamOut {
    pub fn maybe(reason: &str) -> ParamOut {
        ParamOut {
            reads: Verdict::Maybe,
            reads_ev: vec![],
            writes: Verdict::Maybe,
            depth: None,
            writes_ev: vec![],
            retained: Verdict::Maybe,
            places: vec![],
            freed: Verdict::Maybe,
            freed_ev: vec![],
            null_ok: Verdict::Maybe,
            null_ev: vec![],
            returned: Verdict::Maybe,
            callback: None,
            condition: None,
            reasons: vec![reason.to_string()],
        }
    }
}

/// Whether a summary says anything about memory reached from `root`.
fn uses_root(s: &Summary, root: &Root) -> bool {
    let effects = [
        &s.reads,
        &s.writes,
        &s.frees,
        &s.thread,
        &s.calls,
        &s.maybe_frees,
        &s.maybe_writes,
        &s.maybe_reads,
    ];
    s.edges
        .iter()
        .any(|e| &e.cell.0.root == root || &e.val.0.root == root)
        || effects
            .iter()
            .any(|list| list.iter().any(|e| &e.obj.root == root))
        || s.unknown.iter().any(|u| &u.obj.root == root)
        || s.ret.iter().any(|(p, _)| &p.root == root)
}

/// What a summary application at a call read: the summary, the arguments' points-to
/// sets, the objects whose cells it read, and the memory clock before it began.
struct CallDeps {
    /// Held, so that a newer summary of the callee is never at the same address.
    summary: Arc<Summary>,
    clock: u64,
    args: Vec<Vec<PVal>>,
    objs: Vec<ObjId>,
}

/// The solved state, handed to the extraction step.
pub struct Parts<'a> {
    pub mi: u32,
    pub f: &'a Function,
    pub m: &'a Module,
    pub keys: &'a Keys,
    pub objs: Vec<Obj>,
    pub mem: FxHashMap<(ObjId, i64), PSet>,
    pub edge_ev: FxHashMap<((ObjId, i64), PVal), Arc<Ev>>,
    pub edge_sites: FxHashMap<((ObjId, i64), PVal), FxHashSet<Site>>,
    /// Per store site: a conjunction on parameters that holds whenever it runs (empty: none).
    pub site_cond: FxHashMap<Site, Vec<crate::cond::Atom>>,
    /// Per parameter object: the atoms common to the conditions of the sites that stored
    /// its pointer from a register (not [`DERIVED`]); empty when one has none. Any copy
    /// of it in memory exists only if one of those ran.
    pub base_cond: FxHashMap<ObjId, Vec<crate::cond::Atom>>,
    /// Per parameter object: where it was handed to unknown code.
    pub unknown_sites: FxHashMap<ObjId, FxHashSet<Site>>,
    pub ret: PSet,
    pub reads: FxHashMap<ObjId, Ev>,
    pub writes: FxHashMap<ObjId, Ev>,
    pub frees: FxHashMap<ObjId, Ev>,
    pub maybe_frees: FxHashMap<ObjId, Ev>,
    pub maybe_writes: FxHashMap<ObjId, Ev>,
    pub maybe_reads: FxHashMap<ObjId, Ev>,
    /// Both sides of each pointer comparison here or in a callee.
    pub compared: Vec<[Arc<Vec<PVal>>; 2]>,
    pub unknown: FxHashMap<ObjId, (String, Ev)>,
    pub unknown_globals: FxHashMap<u32, String>,
    pub thread: FxHashMap<ObjId, Ev>,
    pub called: FxHashMap<ObjId, Ev>,
    pub heap_dealloc: FxHashMap<ObjId, String>,
    pub globals_read: FxHashSet<u32>,
    pub globals_written: FxHashSet<u32>,
    pub reasons: Vec<String>,
    pub assumptions: Vec<String>,
    pub max_summary_items: usize,
}

impl<'a> Analysis<'a, '_> {
    /// `if (tab[i] == p) free(tab[i])`: a pointer compared (`==`/`!=`) with one into a
    /// parameter's memory and then freed or written through frees or writes that memory
    /// whenever the two are equal. Points-to alone says nothing (they are different
    /// objects), so that memory is freed or written `maybe`. Flow-insensitive: the
    /// comparison need not guard the free.
    fn equal_effects(&mut self) {
        let f = self.f;
        // Objects whose pointer this function passes on: returned, stored outside the
        // stack (not merely moved within the container it was loaded from), or handed to
        // code it cannot see. A parameter equal to one is passed on as well (`if (tab[i]
        // == p) return tab[i];`), so it is handed over as far as callers know.
        let mut passed_on: FxHashSet<ObjId> = self.ret.iter().map(|&(o, _)| o).collect();
        passed_on.extend(self.unknown.keys().copied());
        for ((holder, _), vals) in &self.mem {
            if matches!(self.objs[*holder as usize], Obj::Stack(_)) {
                continue;
            }
            for &(v, _) in vals {
                if !matches!(self.objs[v as usize], Obj::Init(parent, _) if parent == *holder) {
                    passed_on.insert(v);
                }
            }
        }
        let returned: FxHashSet<ObjId> = self.ret.iter().map(|&(o, _)| o).collect();
        let mut handed: Vec<(ObjId, Ev)> = Vec::new();
        let mut returns_equal = false;
        // Up to two objects of a side with a property: the one paired with `p` must differ
        // from it. Linear in the sides' sizes (a product would blow up on merged objects).
        fn two_with(side: &[PVal], has: impl Fn(ObjId) -> bool) -> [Option<ObjId>; 2] {
            let mut out = [None, None];
            for &(o, _) in side {
                if has(o) && out[0] != Some(o) {
                    if out[0].is_none() {
                        out[0] = Some(o);
                    } else {
                        out[1] = Some(o);
                        break;
                    }
                }
            }
            out
        }
        let other = |found: &[Option<ObjId>; 2], p: ObjId| {
            found.iter().flatten().copied().find(|&q| q != p)
        };
        // Each comparison: its two sides, where, and the callee that made it (none: here).
        let mut comparisons: Vec<(
            Arc<Vec<PVal>>,
            Arc<Vec<PVal>>,
            Option<MdId>,
            Option<Arc<str>>,
        )> = Vec::new();
        for inst in f.blocks.iter().flat_map(|b| b.insts.iter()) {
            let InstKind::ICmp {
                pred: ICmpPred::Eq | ICmpPred::Ne,
                a,
                b,
                ..
            } = &inst.kind
            else {
                continue;
            };
            let (pa, pb) = (self.op_pts(a), self.op_pts(b));
            if !pa.is_empty() && !pb.is_empty() {
                comparisons.push((Arc::new(pa), Arc::new(pb), inst.dbg, None));
            }
        }
        let mut keys: Vec<&(u32, u32, u32, u32)> = self.call_compared.keys().collect();
        keys.sort_unstable();
        for k in keys {
            let c = &self.call_compared[k];
            let [a, b] = &c.sides;
            comparisons.push((a.clone(), b.clone(), c.dbg, Some(c.callee.clone())));
        }
        self.compared = comparisons
            .iter()
            .map(|(a, b, ..)| [a.clone(), b.clone()])
            .collect();
        for (pa, pb, dbg, callee) in &comparisons {
            let compared = match callee {
                None => "compared".to_string(),
                Some(name) => format!("compared (in `{name}`)"),
            };
            for (qs, ps) in [(pa, pb), (pb, pa)] {
                let not_static =
                    |o: ObjId| !matches!(self.objs[o as usize], Obj::Global(_) | Obj::Func(_));
                let freed = two_with(qs, |o| self.frees.contains_key(&o));
                let written = two_with(qs, |o| self.writes.contains_key(&o));
                let read = two_with(qs, |o| self.reads.contains_key(&o));
                let passed = two_with(qs, |o| not_static(o) && passed_on.contains(&o));
                let back = two_with(qs, |o| not_static(o) && returned.contains(&o));
                for &(p, _) in ps.iter() {
                    if !self.param_rooted(p) {
                        continue;
                    }
                    let via = |ev: &Ev, what: &str| -> Ev {
                        let mut v = vec![Step::new(
                            self.mi,
                            *dbg,
                            format!("{compared} with a pointer that is {what}"),
                        )];
                        v.extend(ev.iter().take(7).cloned());
                        v
                    };
                    if !self.frees.contains_key(&p) && !self.maybe_frees.contains_key(&p) {
                        if let Some(ev) = other(&freed, p).and_then(|q| self.frees.get(&q)) {
                            let ev = via(ev, "freed");
                            self.maybe_frees.insert(p, ev);
                        }
                    }
                    if !self.writes.contains_key(&p) && !self.maybe_writes.contains_key(&p) {
                        if let Some(ev) = other(&written, p).and_then(|q| self.writes.get(&q)) {
                            let ev = via(ev, "written through");
                            self.maybe_writes.insert(p, ev);
                        }
                    }
                    if !self.reads.contains_key(&p) && !self.maybe_reads.contains_key(&p) {
                        if let Some(ev) = other(&read, p).and_then(|q| self.reads.get(&q)) {
                            let ev = via(ev, "read through");
                            self.maybe_reads.insert(p, ev);
                        }
                    }
                    // A partner that is a global's address is static memory: keeping or
                    // returning that pointer needs nothing from the caller. Of a callee's
                    // comparisons only the parameter's own pointer counts here: memory
                    // inside it compared in callees (`git_str_sets`'s aliasing check, in
                    // every caller of every caller) made summaries too big to use.
                    let own = matches!(self.objs[p as usize], Obj::Param(_));
                    if other(&passed, p).is_some()
                        && !self.unknown.contains_key(&p)
                        && (callee.is_none() || own)
                    {
                        handed.push((p, via(&Vec::new(), "returned, stored or passed on")));
                    }
                    // The parameter may be the result: as far as callers can tell, a
                    // pointer from unseen code. Not for memory inside a parameter compared
                    // in a callee (`v->z == v->zMalloc` in a helper, `return v->z;`): the
                    // result is the parameter's memory either way, and sqlite3's
                    // `sqlite3_value_blob` would lose its `borrowed`.
                    if other(&back, p).is_some() && (callee.is_none() || own) {
                        returns_equal = true;
                    }
                }
            }
        }
        // The result may be the parameter itself: as far as anyone can tell, a pointer
        // from unseen code (with the parameter handed to it, that makes `returned` maybe).
        if returns_equal {
            let u = self.obj(Obj::Unknown);
            self.ret.insert((u, 0));
        }
        for (p, ev) in handed {
            self.unknown.entry(p).or_insert_with(|| {
                (
                    "whoever gets a pointer it compared equal to this one (it returns, stores or hands that one on)"
                        .to_string(),
                    ev,
                )
            });
        }
    }

    fn into_parts(mut self, cfg: &Cfg) -> Parts<'a> {
        self.equal_effects();
        let mut site_cond: FxHashMap<Site, Vec<crate::cond::Atom>> = FxHashMap::default();
        let mut block_cond: FxHashMap<u32, Vec<crate::cond::Atom>> = FxHashMap::default();
        let defs = self
            .defs
            .take()
            .unwrap_or_else(|| crate::cond::defs(self.f));
        let all_sites = self
            .edge_sites
            .values()
            .chain(self.unknown_sites.values())
            .flatten();
        for &site in all_sites {
            if site == UNCOND_SITE || site_cond.contains_key(&site) {
                continue;
            }
            let types = (&self.m.types, self.m.datalayout.pointer_bits);
            // A store of a parameter itself: paths where it is NULL store nothing.
            let stored_param = match self
                .f
                .blocks
                .get(site.0 as usize)
                .and_then(|b| b.insts.get(site.1 as usize))
                .map(|i| &i.kind)
            {
                Some(InstKind::Store { val, .. }) => {
                    crate::cond::param_value(self.f, types, &self.ssa, &defs, val).map(|(i, _)| i)
                }
                _ => None,
            };
            let scope = crate::cond::Scope {
                f: self.f,
                types,
                ssa: &self.ssa,
                cfg,
                defs: &defs,
            };
            let of_param =
                stored_param.and_then(|p| crate::cond::store_condition_of_param(&scope, site.0, p));
            let mut atoms = match of_param {
                Some(atoms) => atoms,
                None => block_cond
                    .entry(site.0)
                    .or_insert_with(|| crate::cond::store_condition(&scope, site.0))
                    .clone(),
            };
            atoms.extend(
                self.call_conds
                    .get((site.2 & !DERIVED) as usize)
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
            atoms.sort();
            atoms.dedup();
            site_cond.insert(site, atoms);
        }
        // Unknown code handed the pointer may also have stored it anywhere.
        let mut base_conds: FxHashMap<ObjId, Vec<&[crate::cond::Atom]>> = FxHashMap::default();
        let edge_site_lists = self.edge_sites.iter().map(|((_, (v, _)), s)| (v, s));
        for (v, sites) in edge_site_lists.chain(self.unknown_sites.iter()) {
            let list = base_conds.entry(*v).or_default();
            for s in sites {
                if s.2 & DERIVED == 0 {
                    list.push(site_cond.get(s).map_or(&[], |c| c.as_slice()));
                }
            }
        }
        // No base site seen (not expected): nothing is known.
        let base_cond: FxHashMap<ObjId, Vec<crate::cond::Atom>> = base_conds
            .into_iter()
            .map(|(v, list)| (v, crate::cond::common(&list)))
            .collect();
        Parts {
            mi: self.mi,
            f: self.f,
            m: self.m,
            keys: self.ctx.keys,
            objs: self.objs,
            mem: self.mem,
            edge_ev: self.edge_ev,
            edge_sites: self.edge_sites,
            site_cond,
            base_cond,
            unknown_sites: self.unknown_sites,
            ret: self.ret,
            reads: self.reads,
            writes: self.writes,
            frees: self.frees,
            maybe_frees: self.maybe_frees,
            compared: self.compared,
            maybe_writes: self.maybe_writes,
            maybe_reads: self.maybe_reads,
            unknown: self.unknown,
            unknown_globals: self.unknown_globals,
            thread: self.thread,
            called: self.called,
            heap_dealloc: self.heap_dealloc,
            globals_read: self.globals_read,
            globals_written: self.globals_written,
            reasons: self.reasons,
            assumptions: self.assumptions.into_iter().collect(),
            max_summary_items: self.ctx.budget.max_summary_items,
        }
    }
}
