//! From summaries to verdicts: which exported functions' accesses to shared state may run
//! concurrently with no common lock, and the library's thread model.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

use ffiscope_engine::keys::KeyKind;
use ffiscope_facts::{Globals, ThreadSafety, ThreadVerdict};
use ffiscope_ir::{FuncRef, Function};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::local::Ctx;
use crate::names;
use crate::path::{APath, Base, Lock, Mode};
use crate::summary::{Access, LockCtx, Site, TSummary, Unseen};
use crate::{AccessSite, Conflict, FunctionThreads, GlobalState, LibraryModel, ThreadReport};

/// Reasons listed per function before "and N more".
const MAX_REASONS: usize = 12;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Shared,
    ReadOnly,
    Constant,
    ThreadLocal,
}

fn class(ctx: &Ctx<'_>, base: &Base, written: &FxHashSet<Base>) -> Class {
    match base {
        Base::Global(k) => match &ctx.keys.kinds[*k as usize] {
            KeyKind::Var {
                thread_local: true, ..
            } => Class::ThreadLocal,
            KeyKind::Var { constant: true, .. } => Class::Constant,
            _ if !written.contains(base) => Class::ReadOnly,
            _ => Class::Shared,
        },
        Base::Libc(_) if !written.contains(base) => Class::ReadOnly,
        Base::Libc(_) => Class::Shared,
        Base::Param(_) => Class::ReadOnly,
    }
}

fn thread_local(ctx: &Ctx<'_>, base: &Base) -> bool {
    matches!(base, Base::Global(k) if matches!(
        ctx.keys.kinds[*k as usize],
        KeyKind::Var { thread_local: true, .. }
    ))
}

/// Does holding `l` keep out every other call that holds it? Only a global lock object
/// named exactly: not one of several chosen at run time (`&locks[i & 3]`), not a
/// thread-local one (each thread has its own), not one reached through a thread-local
/// pointer.
fn protects(ctx: &Ctx<'_>, l: &Lock) -> bool {
    l.path
        .as_ref()
        .is_some_and(|p| p.is_global() && !p.has_any() && !thread_local(ctx, &p.base))
}

/// A held global lock whose identity may differ between calls (`protects` is false,
/// but it may be the same lock after all).
fn doubtful(ctx: &Ctx<'_>, l: &Lock) -> bool {
    l.path.as_ref().is_some_and(|p| {
        p.is_global()
            && if thread_local(ctx, &p.base) {
                !p.steps.is_empty()
            } else {
                p.has_any()
            }
    })
}

/// Why the locks around an access may not be what they seem, if they may not.
fn uncertain(ctx: &Ctx<'_>, f: &Function, l: &LockCtx) -> Option<String> {
    if let Some(m) = l.maybe.iter().find(|m| !m.once) {
        return Some(format!(
            "`{}` is held there on some paths only (trylock or unpaired lock/unlock)",
            names::lock(ctx, f, m)
        ));
    }
    if let Some(r) = &l.released.first() {
        return Some(format!(
            "it follows a release of `{}`, a lock its caller would have to hold",
            names::lock(ctx, f, r)
        ));
    }
    if let Some((m, _)) = l.held.iter().find(|(m, _)| doubtful(ctx, m)) {
        return Some(format!(
            "it is under `{}`, which names one of several locks (chosen at run time, or \
             through a thread-local pointer): concurrent calls may hold different ones",
            names::lock(ctx, f, m)
        ));
    }
    if let Some((m, _)) = l.held.iter().find(|(m, _)| !m.is_global()) {
        return Some(match &m.path {
            Some(_) => format!(
                "it is under `{}` only, a lock the caller passes: safe only if every caller passes the same lock",
                names::lock(ctx, f, m)
            ),
            None => "it is under a lock of unknown identity".into(),
        });
    }
    l.opaque
        .as_ref()
        .map(|o| format!("it follows an {o}", o = lower_first(o)))
}

fn lower_first(s: &str) -> String {
    // "indirect call through X at f:l (...)": reads as "it follows an indirect call ...".
    let s = s.trim_start_matches("an ");
    s.to_string()
}

fn via_of(a: &Access) -> String {
    match &a.via {
        Some(v) => format!(" (in {v})"),
        None => String::new(),
    }
}

fn protected(ctx: &Ctx<'_>, a: &LockCtx, b: &LockCtx) -> bool {
    a.held.iter().any(|(l, ma)| {
        protects(ctx, l)
            && b.held
                .iter()
                .any(|(l2, mb)| l2 == l && (*ma == Mode::Exclusive || *mb == Mode::Exclusive))
    })
}

fn lock_names(ctx: &Ctx<'_>, f: &Function, l: &LockCtx) -> Vec<String> {
    l.held
        .iter()
        .map(|(lk, m)| {
            let n = names::lock(ctx, f, lk);
            match (lk.once, m) {
                (false, Mode::Shared) => format!("`{n}` (shared)"),
                (false, Mode::Exclusive) => format!("`{n}`"),
                (true, Mode::Shared) => format!("`{n}` (after its once routine ran)"),
                (true, Mode::Exclusive) => format!("`{n}` (in its once routine)"),
            }
        })
        .collect()
}

fn held_text(locks: &[String]) -> String {
    if locks.is_empty() {
        "with no lock held".into()
    } else {
        format!("holding {}", locks.join(", "))
    }
}

/// An exported function's access to shared state, and why its locks may protect it after
/// all.
type SharedAccess<'a> = (usize, &'a Access, Option<String>);

/// A conflicting pair: certain?, the two functions, the two accesses, why it may be fine.
type Found<'a> = (
    bool,
    usize,
    usize,
    &'a Access,
    &'a Access,
    Option<&'a String>,
);

/// Writers, readers, locks common to all accesses, all atomic?, a function that uses it.
type StateUse = (
    BTreeSet<String>,
    BTreeSet<String>,
    Option<Vec<Lock>>,
    bool,
    usize,
);

/// Source-term names, computed once each (a big library has many conflicting pairs).
struct NameCache<'c, 'a> {
    ctx: &'c Ctx<'a>,
    sites: RefCell<FxHashMap<Site, String>>,
    paths: RefCell<FxHashMap<(usize, APath), String>>,
    locks: RefCell<FxHashMap<(usize, LockCtx), Vec<String>>>,
    unc: RefCell<FxHashMap<(usize, LockCtx), Option<String>>>,
}

impl<'c, 'a> NameCache<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>) -> Self {
        NameCache {
            ctx,
            sites: Default::default(),
            paths: Default::default(),
            locks: Default::default(),
            unc: Default::default(),
        }
    }

    fn site(&self, s: Site) -> String {
        self.sites
            .borrow_mut()
            .entry(s)
            .or_insert_with(|| names::site(self.ctx, s))
            .clone()
    }

    fn path(&self, f: &Function, p: &APath) -> String {
        let frame = if matches!(p.base, Base::Param(_)) {
            f as *const Function as usize
        } else {
            0
        };
        self.paths
            .borrow_mut()
            .entry((frame, p.clone()))
            .or_insert_with(|| names::path(self.ctx, f, p))
            .clone()
    }

    fn uncertain(&self, f: &Function, l: &LockCtx) -> Option<String> {
        if l.maybe.is_empty()
            && l.released.is_empty()
            && l.opaque.is_none()
            && l.held
                .iter()
                .all(|(m, _)| m.is_global() && !doubtful(self.ctx, m))
        {
            return None;
        }
        self.unc
            .borrow_mut()
            .entry((f as *const Function as usize, l.clone()))
            .or_insert_with(|| uncertain(self.ctx, f, l))
            .clone()
    }

    fn locks(&self, f: &Function, l: &LockCtx) -> Vec<String> {
        if l.held.is_empty() {
            return Vec::new();
        }
        self.locks
            .borrow_mut()
            .entry((f as *const Function as usize, l.clone()))
            .or_insert_with(|| lock_names(self.ctx, f, l))
            .clone()
    }
}

struct Ex<'a> {
    name: String,
    f: &'a Function,
    s: Arc<TSummary>,
}

/// Verdicts of the `exported` functions; with `want_model`, also every conflicting pair
/// of the thread model (a million on libgit2: only `ffiscope threads` shows them).
pub fn report(
    ctx: &Ctx<'_>,
    summaries: &FxHashMap<FuncRef, Arc<TSummary>>,
    exported: &[FuncRef],
    want_model: bool,
) -> ThreadReport {
    let nc = NameCache::new(ctx);
    // State some function writes (after translation into its callers, too).
    let mut written: FxHashSet<Base> = FxHashSet::default();
    for s in summaries.values() {
        for a in &s.accesses {
            if a.write && !matches!(a.path.base, Base::Param(_)) {
                written.insert(a.path.base.clone());
            }
        }
    }
    let exs: Vec<Ex<'_>> = exported
        .iter()
        .filter_map(|fr| {
            Some(Ex {
                name: ctx.prog.function(*fr).name.clone(),
                f: ctx.prog.function(*fr),
                s: summaries.get(fr)?.clone(),
            })
        })
        .collect();

    // Shared accesses grouped by state.
    // Each with why its locks may protect it after all, worked out once per access rather
    // than per pair (hashing the lock context per pair was most of libgit2's verdict time).
    let mut groups: BTreeMap<Base, Vec<SharedAccess<'_>>> = BTreeMap::new();
    for (ei, e) in exs.iter().enumerate() {
        for a in &e.s.accesses {
            if matches!(a.path.base, Base::Param(_)) {
                continue;
            }
            if class(ctx, &a.path.base, &written) == Class::Shared {
                let why = nc.uncertain(e.f, &a.locks);
                groups
                    .entry(a.path.base.clone())
                    .or_default()
                    .push((ei, a, why));
            }
        }
    }

    // Do two accesses overlap? Also fields at different offsets of one union in a global
    // (`u.all` and `u.p.hi`).
    let unions: RefCell<FxHashMap<u32, Vec<(i64, i64)>>> = Default::default();
    let overlap = |a: &APath, b: &APath| -> bool {
        if a.may_alias(b) {
            return true;
        }
        let Base::Global(k) = a.base else {
            return false;
        };
        if a.base != b.base || !a.steps.is_empty() || !b.steps.is_empty() {
            return false;
        }
        unions
            .borrow_mut()
            .entry(k)
            .or_insert_with(|| names::union_ranges(ctx, k))
            .iter()
            .any(|&(s, e)| (s..e).contains(&a.off) && (s..e).contains(&b.off))
    };

    // Conflicting pairs: one per (function, function, state), certain ones preferred.
    let mut found: BTreeMap<(usize, usize, Base), Found<'_>> = BTreeMap::new();
    for (base, accs) in &groups {
        // Pairs of this state only: a widely used global has thousands of accesses, and
        // keying every pair by a cloned `Base` in one ordered map was most of this loop.
        let mut here: FxHashMap<(usize, usize), Found<'_>> = FxHashMap::default();
        // Accesses that differ only in their function and site form one class (every
        // caller of `git_error_set` writes the error state the same way): the overlap
        // and lock checks run per pair of classes, not per pair of accesses.
        type ClassKey<'k> = (&'k APath, bool, bool, &'k LockCtx, Option<&'k str>);
        /// An access standing for the class, why its locks may protect it, the members.
        type AccessClass<'k> = (&'k Access, Option<&'k String>, Vec<(usize, &'k Access)>);
        let mut class_index: FxHashMap<ClassKey<'_>, usize> = FxHashMap::default();
        let mut classes: Vec<AccessClass<'_>> = Vec::new();
        for (ei, a, why) in accs {
            let key = (&a.path, a.write, a.atomic, &*a.locks, why.as_deref());
            let ci = *class_index.entry(key).or_insert_with(|| {
                classes.push((*a, why.as_ref(), Vec::new()));
                classes.len() - 1
            });
            classes[ci].2.push((*ei, *a));
        }
        for (wi, (a0, why_a, members_a)) in classes.iter().enumerate() {
            if !a0.write {
                continue;
            }
            for (bi, (b0, why_b, members_b)) in classes.iter().enumerate() {
                if b0.write && bi < wi {
                    continue; // each write/write pair once
                }
                if (a0.atomic && b0.atomic) || !overlap(&a0.path, &b0.path) {
                    continue;
                }
                if protected(ctx, &a0.locks, &b0.locks) {
                    continue;
                }
                let why = why_a.or(*why_b);
                let certain = why.is_none();
                for &(ea, a) in members_a {
                    for &(eb, b) in members_b {
                        let key = (ea.min(eb), ea.max(eb));
                        // The pair of functions has a certain conflict already, or a
                        // maybe one and this would be another maybe.
                        if here.get(&key).is_some_and(|c| c.0 || !certain) {
                            continue;
                        }
                        here.insert(key, (certain, ea, eb, a, b, why));
                    }
                }
            }
        }
        found.extend(
            here.into_iter()
                .map(|((x, y), f)| ((x, y, base.clone()), f)),
        );
    }

    let site_of = |e: &Ex<'_>, a: &Access| AccessSite {
        kind: if a.write { "write" } else { "read" }.into(),
        at: nc.site(a.site),
        via: a.via.as_ref().map(|v| v.to_string()),
        locks: nc.locks(e.f, &a.locks),
    };
    let verb = |a: &Access| if a.write { "writes" } else { "reads" };
    let via_text = |s: &AccessSite| match &s.via {
        Some(v) => format!(" (in {v})"),
        None => String::new(),
    };

    if std::env::var_os("FFISCOPE_THREADS_TIMING").is_some() {
        eprintln!(
            "ffiscope-threads: {} conflicting pairs over {} shared states",
            found.len(),
            groups.len()
        );
    }
    // Per function: (certain, my access) -> the other side of each conflict (in order,
    // and as a set: libgit2 has a million pairs, and a linear search for duplicates in
    // long lists of long strings was most of the verdict phase).
    type Mine = (bool, String);
    type Others = (Vec<String>, FxHashSet<String>, Option<String>);
    let mut per_fn: Vec<FxHashMap<Mine, Others>> = vec![FxHashMap::default(); exs.len()];
    // Texts of one function's access, and of an access seen from another function, are
    // the same in every pair they are part of.
    let mut mine_texts: FxHashMap<(usize, *const Access), String> = FxHashMap::default();
    let mut other_texts: FxHashMap<(usize, bool, *const Access), String> = FxHashMap::default();
    let mut conflicts = Vec::new();
    for (certain, ea, eb, a, b, why) in found.values() {
        let (ea, eb) = (*ea, *eb);
        for me in [ea, eb] {
            let (mine, other, other_e) = if me == ea { (a, b, eb) } else { (b, a, ea) };
            let text = mine_texts
                .entry((me, *mine as *const Access))
                .or_insert_with(|| {
                    let s = site_of(&exs[me], mine);
                    format!(
                        "{} `{}` at {}{} {}",
                        verb(mine),
                        nc.path(exs[me].f, &mine.path),
                        s.at,
                        via_text(&s),
                        held_text(&s.locks)
                    )
                })
                .clone();
            let other_text = if other_e == me && nc.site(mine.site) == nc.site(other.site) {
                String::new()
            } else {
                other_texts
                    .entry((other_e, other_e == me, *other as *const Access))
                    .or_insert_with(|| {
                        let who = if other_e == me {
                            "this function".to_string()
                        } else {
                            exs[other_e].name.clone()
                        };
                        let s = site_of(&exs[other_e], other);
                        format!(
                            "{who} {} it at {}{} {}",
                            verb(other),
                            s.at,
                            via_text(&s),
                            held_text(&s.locks)
                        )
                    })
                    .clone()
            };
            let e = per_fn[me]
                .entry((*certain, text))
                .or_insert_with(|| (Vec::new(), FxHashSet::default(), why.cloned()));
            if e.1.insert(other_text.clone()) {
                e.0.push(other_text);
            }
            if ea == eb {
                break;
            }
        }
        // The pairs themselves are only for the thread model (`ffiscope threads`).
        if want_model {
            conflicts.push(Conflict {
                a: exs[ea].name.clone(),
                b: exs[eb].name.clone(),
                state: nc.path(exs[ea].f, &a.path),
                certainty: if *certain { "certain" } else { "maybe" }.into(),
                a_access: site_of(&exs[ea], a),
                b_access: site_of(&exs[eb], b),
                note: why.cloned(),
            });
        }
    }
    let mut unsafe_r: Vec<Vec<String>> = vec![Vec::new(); exs.len()];
    let mut maybe_r: Vec<Vec<String>> = vec![Vec::new(); exs.len()];
    for (ei, m) in per_fn.into_iter().enumerate() {
        let mut m: Vec<(Mine, Others)> = m.into_iter().collect();
        m.sort_unstable_by(|x, y| x.0.cmp(&y.0));
        for ((certain, text), (mut others, _, why)) in m {
            let mut t = text;
            let self_race = others.iter().any(|o| o.is_empty());
            others.retain(|o| !o.is_empty());
            if self_race {
                t.push_str(": two concurrent calls race");
            }
            if let Some(first) = others.first() {
                t.push_str(if self_race { "; and " } else { ", while " });
                t.push_str(first);
                if others.len() > 1 {
                    let names: Vec<&str> = others[1..]
                        .iter()
                        .take(5)
                        .map(|o| o.split(' ').next().unwrap_or(""))
                        .collect();
                    let _ = write!(
                        t,
                        " (and {} more: {}{})",
                        others.len() - 1,
                        names.join(", "),
                        if others.len() > 6 { ", ..." } else { "" }
                    );
                }
            }
            match why {
                Some(w) if !certain => {
                    let _ = write!(t, "; may be protected after all: {w}");
                    maybe_r[ei].push(t);
                }
                _ => unsafe_r[ei].push(t),
            }
        }
    }

    let mut functions = Vec::new();
    let mut model = LibraryModel::default();
    for (ei, e) in exs.iter().enumerate() {
        let s = &e.s;
        let mut unsafe_reasons = std::mem::take(&mut unsafe_r[ei]);
        let mut maybe_reasons = std::mem::take(&mut maybe_r[ei]);
        let mut notes: Vec<String> = Vec::new();
        // A static buffer returned.
        if let Some(p) = &s.ret {
            if !matches!(p.base, Base::Param(_)) && class(ctx, &p.base, &written) == Class::Shared {
                let name = nc.path(e.f, p);
                // Written outside a once routine, with nothing that might order it.
                let plain_write = exs.iter().find_map(|x| {
                    x.s.accesses.iter().find_map(|a| {
                        (a.write
                            && !a.atomic
                            && a.path.base == p.base
                            && !a.locks.held.iter().any(|(l, _)| l.once)
                            && nc.uncertain(x.f, &a.locks).is_none())
                        .then(|| (x.name.clone(), nc.site(a.site)))
                    })
                });
                match plain_write {
                    Some((who, at)) => unsafe_reasons.push(format!(
                        "returns a pointer to static storage `{name}`, shared by all calls; \
                         {who} writes it at {at}"
                    )),
                    None => maybe_reasons.push(format!(
                        "returns a pointer to static storage `{name}`, shared by all calls, \
                         which the library writes only under a once flag or after synchronization it cannot pair"
                    )),
                }
            }
        }
        for c in &s.unsafe_calls {
            unsafe_reasons.push(format!(
                "calls {} at {}, which the man pages mark MT-Unsafe{}{}",
                c.callee,
                nc.site(c.site),
                if c.tags.is_empty() { "" } else { " " },
                c.tags.join(" ")
            ));
        }
        // One reason per unseen thing, however many sites.
        let mut unseen: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
        for u in s.unseen.iter() {
            unseen.entry(Unseen::key(u)).or_insert((u, 0)).1 += 1;
        }
        for (what, (first, n)) in unseen {
            if s.unseen.has_more(what) {
                maybe_reasons.push(format!("unseen: {first} (and at least {n} more sites)"));
            } else if n > 1 {
                maybe_reasons.push(format!("unseen: {first} (and {} more sites)", n - 1));
            } else {
                maybe_reasons.push(format!("unseen: {first}"));
            }
        }
        for i in &s.issues {
            maybe_reasons.push(i.clone());
        }
        for (l, _, _) in s.exit.acquired.iter().filter(|(l, _, _)| !l.once) {
            maybe_reasons.push(format!(
                "returns holding `{}` (a lock function: the caller must release it)",
                names::lock(ctx, e.f, l)
            ));
        }
        for l in s.exit.maybe.iter().filter(|l| !l.once) {
            maybe_reasons.push(format!(
                "returns with `{}` held on some paths only",
                names::lock(ctx, e.f, l)
            ));
        }
        for l in &s.exit.released {
            maybe_reasons.push(format!(
                "releases `{}`, which it did not acquire (an unlock function)",
                names::lock(ctx, e.f, l)
            ));
        }
        // What makes the rest safe.
        let mut seen_notes: BTreeSet<String> = BTreeSet::new();
        for a in &s.accesses {
            if matches!(a.path.base, Base::Param(_)) {
                continue;
            }
            let cl = class(ctx, &a.path.base, &written);
            let name = nc.path(e.f, &a.path);
            let gname = match &a.path.base {
                Base::Global(k) => names::global(ctx, *k),
                Base::Libc(x) => format!("libc {x}"),
                Base::Param(_) => unreachable!(),
            };
            let note = match cl {
                Class::ThreadLocal => format!("`{gname}` is thread-local"),
                Class::Constant => continue,
                Class::ReadOnly => {
                    if matches!(a.path.base, Base::Libc(_)) {
                        continue;
                    }
                    format!("`{gname}` is never written after initialization")
                }
                Class::Shared if a.atomic => format!(
                    "{} `{name}` at {}{} atomically",
                    verb(a),
                    nc.site(a.site),
                    via_of(a)
                ),
                Class::Shared => {
                    let locks = nc.locks(e.f, &a.locks);
                    if locks.is_empty() || !a.locks.held.iter().any(|(l, _)| protects(ctx, l)) {
                        continue;
                    }
                    format!(
                        "{} `{name}` at {}{} {}",
                        verb(a),
                        nc.site(a.site),
                        via_of(a),
                        held_text(&locks)
                    )
                }
            };
            seen_notes.insert(note);
        }
        notes.extend(seen_notes);
        for c in &s.conditional_calls {
            notes.push(format!(
                "calls {c}: safe unless that state is modified concurrently"
            ));
        }
        let mut callbacks: BTreeSet<String> = s.callbacks.clone();
        for (i, _) in &s.param_calls {
            callbacks.insert(
                e.f.params
                    .get(*i as usize)
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| format!("arg{i}")),
            );
        }
        for c in &callbacks {
            notes.push(format!(
                "calls the caller-supplied function pointer {c} (assumed thread-safe)"
            ));
        }
        let verdict = if !unsafe_reasons.is_empty() {
            ThreadVerdict::Unsafe
        } else if !maybe_reasons.is_empty() {
            ThreadVerdict::Maybe
        } else {
            ThreadVerdict::Safe
        };
        let mut reasons: Vec<String> = Vec::new();
        for r in unsafe_reasons.into_iter().chain(maybe_reasons).chain(notes) {
            if !reasons.contains(&r) {
                reasons.push(r);
            }
        }
        if reasons.len() > MAX_REASONS {
            let more = reasons.len() - MAX_REASONS;
            reasons.truncate(MAX_REASONS);
            reasons.push(format!("... and {more} more"));
        }
        // Globals touched (all of them, as FACTS.md asks), by program-wide name.
        let mut reads = BTreeSet::new();
        let mut writes = BTreeSet::new();
        let mut params = BTreeSet::new();
        for a in &s.accesses {
            match &a.path.base {
                Base::Global(k) if !compiler_made(&names::global(ctx, *k)) => {
                    let n = ctx.keys.name(*k).to_string();
                    if a.write {
                        writes.insert(n);
                    } else {
                        reads.insert(n);
                    }
                }
                Base::Param(i) if a.write => {
                    params.insert(
                        e.f.params
                            .get(*i as usize)
                            .map(|p| p.name.clone())
                            .unwrap_or_else(|| format!("arg{i}")),
                    );
                }
                _ => {}
            }
        }
        match verdict {
            ThreadVerdict::Safe => model.safe_on_distinct_handles.push(e.name.clone()),
            ThreadVerdict::Unsafe => model.unsafe_functions.push(e.name.clone()),
            ThreadVerdict::Maybe => model.maybe_functions.push(e.name.clone()),
        }
        functions.push(FunctionThreads {
            name: e.name.clone(),
            thread_safety: ThreadSafety { verdict, reasons },
            globals: Globals {
                reads: reads.into_iter().collect(),
                writes: writes.into_iter().collect(),
            },
            writes_params: params.into_iter().collect(),
        });
    }

    // Global state touched by exported functions.
    let mut states: BTreeMap<Base, StateUse> = BTreeMap::new();
    for (ei, e) in exs.iter().enumerate() {
        for a in &e.s.accesses {
            if matches!(a.path.base, Base::Param(_)) {
                continue;
            }
            let st = states
                .entry(a.path.base.clone())
                .or_insert_with(|| (BTreeSet::new(), BTreeSet::new(), None, true, ei));
            if a.write {
                st.0.insert(e.name.clone());
            } else {
                st.1.insert(e.name.clone());
            }
            let globals: Vec<Lock> = a
                .locks
                .held
                .iter()
                .filter(|(l, _)| protects(ctx, l))
                .map(|(l, _)| l.clone())
                .collect();
            st.2 = Some(match st.2.take() {
                None => globals,
                Some(prev) => prev.into_iter().filter(|l| globals.contains(l)).collect(),
            });
            st.3 &= a.atomic;
        }
    }
    for (base, (w, r, locks, atomic, ei)) in states {
        let cl = class(ctx, &base, &written);
        let name = match &base {
            Base::Global(k) => names::global(ctx, *k),
            Base::Libc(x) => format!("libc {x}"),
            Base::Param(_) => continue,
        };
        let class_name = match (cl, &base) {
            (Class::ThreadLocal, _) => "thread-local",
            (Class::Constant, _) => "constant",
            (Class::ReadOnly, _) => "read-only",
            (Class::Shared, Base::Libc(_)) => "libc",
            (Class::Shared, _) if atomic => "atomic",
            (Class::Shared, _) => "shared mutable",
        };
        if cl == Class::Constant {
            continue;
        }
        model.global_state.push(GlobalState {
            name,
            class: class_name.into(),
            written_by: w.into_iter().collect(),
            read_by: r.into_iter().collect(),
            common_locks: locks
                .unwrap_or_default()
                .iter()
                .map(|l| names::lock(ctx, exs[ei].f, l))
                .collect(),
        });
    }
    model.conflicts = conflicts;
    ThreadReport { functions, model }
}

/// Globals clang makes for string literals, aggregate initializers and `__func__`.
fn compiler_made(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with("__const.")
        || name.starts_with("__func__.")
        || name.starts_with("__PRETTY_FUNCTION__.")
}

/// The thread model as a readable table.
pub fn render_text(m: &LibraryModel) -> String {
    let mut o = String::new();
    let n = m.safe_on_distinct_handles.len() + m.unsafe_functions.len() + m.maybe_functions.len();
    let _ = writeln!(
        o,
        "Thread model: {n} exported functions: {} safe, {} unsafe, {} maybe",
        m.safe_on_distinct_handles.len(),
        m.unsafe_functions.len(),
        m.maybe_functions.len()
    );
    let list = |o: &mut String, title: &str, v: &[String]| {
        if v.is_empty() {
            return;
        }
        let _ = writeln!(o, "\n{title}:");
        for chunk in v.chunks(6) {
            let _ = writeln!(o, "  {}", chunk.join(", "));
        }
    };
    list(
        &mut o,
        "Safe to call concurrently on distinct handles",
        &m.safe_on_distinct_handles,
    );
    list(&mut o, "Unsafe (race on shared state)", &m.unsafe_functions);
    list(&mut o, "Undecided (maybe)", &m.maybe_functions);
    if !m.global_state.is_empty() {
        let _ = writeln!(o, "\nGlobal state:");
        let w = m
            .global_state
            .iter()
            .map(|g| g.name.len())
            .max()
            .unwrap_or(0)
            .min(40);
        let _ = writeln!(
            o,
            "  {:w$}  {:14}  {:24}  written by / read by",
            "state", "class", "common locks"
        );
        for g in &m.global_state {
            let locks = if g.common_locks.is_empty() {
                "-".to_string()
            } else {
                g.common_locks.join(", ")
            };
            let _ = writeln!(
                o,
                "  {:w$}  {:14}  {:24}  W: {} / R: {}",
                g.name,
                g.class,
                locks,
                short_list(&g.written_by),
                short_list(&g.read_by)
            );
        }
    }
    if !m.conflicts.is_empty() {
        let _ = writeln!(o, "\nConflicts:");
        for c in &m.conflicts {
            let side = |s: &AccessSite| {
                let via = s
                    .via
                    .as_ref()
                    .map(|v| format!(" in {v}"))
                    .unwrap_or_default();
                let locks = if s.locks.is_empty() {
                    "no lock".to_string()
                } else {
                    s.locks.join(", ")
                };
                format!("{} {}{via} [{locks}]", s.kind, s.at)
            };
            let _ = writeln!(
                o,
                "  {:7} {} x {} on {}: {} / {}",
                c.certainty,
                c.a,
                c.b,
                c.state,
                side(&c.a_access),
                side(&c.b_access)
            );
        }
    }
    o
}

fn short_list(v: &[String]) -> String {
    if v.is_empty() {
        return "-".into();
    }
    if v.len() <= 4 {
        return v.join(", ");
    }
    format!("{}, ... ({} in all)", v[..4].join(", "), v.len())
}
