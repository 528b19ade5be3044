//! From the solved points-to state to the function's summary and raw facts.

use std::collections::VecDeque;

use ffiscope_facts::{CallbackUse, Verdict, WriteDepth};
use ffiscope_ir::InstKind;
use rustc_hash::FxHashMap;

use crate::func::{FnOut, Obj, ObjId, ParamOut, Parts, Place, RetOut};
use crate::summary::*;

/// How an object is named for callers: an access path, or a fresh object by id.
#[derive(Clone)]
struct Named {
    path: Path,
    /// How a human reaches it: root, steps (for retention places).
    via: (Root, Vec<i64>),
    from_params_or_globals: bool,
}

pub fn finish(p: Parts<'_>, nulls: Vec<(Verdict, Ev)>) -> FnOut {
    let n = p.objs.len();
    let mut named: Vec<Option<Named>> = vec![None; n];
    // Access-path objects first (parameters, globals and their contents).
    for o in 0..n {
        name_path_obj(&p, o as ObjId, &mut named, 0);
    }
    // Cells by object, for reachability.
    let mut cells_of: FxHashMap<ObjId, Vec<(i64, Vec<(ObjId, i64)>)>> = FxHashMap::default();
    let mut cell_list: Vec<(&(ObjId, i64), _)> = p.mem.iter().collect();
    cell_list.sort_by_key(|(c, _)| **c);
    for (c, vals) in cell_list {
        let mut v: Vec<(ObjId, i64)> = vals.iter().copied().collect();
        v.sort_unstable();
        cells_of.entry(c.0).or_default().push((c.1, v));
    }
    // Fresh objects reachable from parameters/globals, then from the return value.
    let mut next_fresh = 0u32;
    let mut queue: VecDeque<ObjId> = (0..n as ObjId)
        .filter(|&o| named[o as usize].is_some())
        .collect();
    let bfs = |queue: &mut VecDeque<ObjId>,
               named: &mut Vec<Option<Named>>,
               next_fresh: &mut u32,
               from_pg: bool| {
        while let Some(o) = queue.pop_front() {
            let Some(parent) = named[o as usize].clone() else {
                continue;
            };
            for (off, vals) in cells_of.get(&o).map(|v| v.as_slice()).unwrap_or(&[]) {
                for &(v, _) in vals {
                    if named[v as usize].is_some() || matches!(p.objs[v as usize], Obj::Func(_)) {
                        continue;
                    }
                    let id = *next_fresh;
                    *next_fresh += 1;
                    let mut steps = parent.via.1.clone();
                    steps.push(*off);
                    named[v as usize] = Some(Named {
                        path: Path::root(Root::Fresh(id)),
                        via: (parent.via.0.clone(), steps),
                        from_params_or_globals: from_pg && parent.from_params_or_globals,
                    });
                    queue.push_back(v);
                }
            }
        }
    };
    bfs(&mut queue, &mut named, &mut next_fresh, true);
    let mut ret_list: Vec<(ObjId, i64)> = p.ret.iter().copied().collect();
    ret_list.sort_unstable();
    for &(o, _) in &ret_list {
        if named[o as usize].is_none() && !matches!(p.objs[o as usize], Obj::Func(_)) {
            let id = next_fresh;
            next_fresh += 1;
            named[o as usize] = Some(Named {
                path: Path::root(Root::Fresh(id)),
                via: (Root::Return, vec![]),
                from_params_or_globals: false,
            });
            queue.push_back(o);
        }
    }
    bfs(&mut queue, &mut named, &mut next_fresh, false);
    // Objects handed to unknown code, and everything reachable from them.
    let mut tainted: FxHashMap<ObjId, String> = FxHashMap::default();
    let mut tq: VecDeque<ObjId> = VecDeque::new();
    let mut unknown_sorted: Vec<(&ObjId, &(String, Ev))> = p.unknown.iter().collect();
    unknown_sorted.sort_by_key(|(o, _)| **o);
    for (o, (why, _)) in &unknown_sorted {
        tainted.insert(**o, why.clone());
        tq.push_back(**o);
    }
    // Globals that a callee whose summary claims nothing may use.
    if !p.unknown_globals.is_empty() {
        for (o, obj) in p.objs.iter().enumerate() {
            let o = o as ObjId;
            if let Obj::Global(k) = obj {
                if let Some(why) = p.unknown_globals.get(k) {
                    if !tainted.contains_key(&o) {
                        tainted.insert(o, why.clone());
                        tq.push_back(o);
                    }
                }
            }
        }
    }
    // Memory returned by code the analysis cannot see may be kept by that code.
    const UNSEEN: &str = "memory returned by code the analysis cannot see";
    for (o, obj) in p.objs.iter().enumerate() {
        let o = o as ObjId;
        if matches!(obj, Obj::UnknownRet(_)) && !tainted.contains_key(&o) {
            tainted.insert(o, UNSEEN.to_string());
            tq.push_back(o);
        }
    }
    // What an object pointed to on entry (`Init` children) is reachable from it too,
    // whether or not this function loaded it into a cell.
    let mut init_children: FxHashMap<ObjId, Vec<ObjId>> = FxHashMap::default();
    for (o, obj) in p.objs.iter().enumerate() {
        if let Obj::Init(parent, _) = obj {
            init_children.entry(*parent).or_default().push(o as ObjId);
        }
    }
    while let Some(o) = tq.pop_front() {
        let why = tainted[&o].clone();
        for &c in init_children.get(&o).map(|v| v.as_slice()).unwrap_or(&[]) {
            if let std::collections::hash_map::Entry::Vacant(e) = tainted.entry(c) {
                e.insert(why.clone());
                tq.push_back(c);
            }
        }
        for (_, vals) in cells_of.get(&o).map(|v| v.as_slice()).unwrap_or(&[]) {
            for &(v, _) in vals {
                if let std::collections::hash_map::Entry::Vacant(e) = tainted.entry(v) {
                    e.insert(why.clone());
                    tq.push_back(v);
                }
            }
        }
    }

    let func_key = |o: ObjId| matches!(p.objs[o as usize], Obj::Func(_));
    let path_of = |o: ObjId| named[o as usize].as_ref().map(|nm| nm.path.clone());

    // ---- Summary ----
    let mut s = Summary::default();
    let limit = p.max_summary_items;
    let mut truncated = false;
    for (o, cells) in {
        let mut v: Vec<_> = cells_of.iter().collect();
        v.sort_by_key(|(o, _)| **o);
        v
    } {
        let Some(cell_path) = path_of(*o) else {
            continue;
        };
        for (off, vals) in cells {
            for &(v, voff) in vals {
                if func_key(v) {
                    // Function addresses stored: keep as an edge to a global-like root.
                    continue;
                }
                if p.objs[v as usize] == Obj::Init(*o, *off) && voff == 0 {
                    continue;
                }
                let Some(val_path) = path_of(v) else { continue };
                if s.edges.len() >= limit {
                    truncated = true;
                    continue;
                }
                let ev = p
                    .edge_ev
                    .get(&((*o, *off), (v, voff)))
                    .map(|e| e.to_vec())
                    .unwrap_or_default();
                let Some(cond) = edge_cond(&p, ((*o, *off), (v, voff))) else {
                    continue;
                };
                s.edges.push(Edge {
                    cell: (cell_path.clone(), *off),
                    val: (val_path, voff),
                    ev,
                    cond,
                });
            }
        }
    }
    let effects = |map: &FxHashMap<ObjId, Ev>, include_fresh: bool| -> Vec<Effect> {
        let mut v: Vec<Effect> = map
            .iter()
            .filter_map(|(o, ev)| {
                let nm = named[*o as usize].as_ref()?;
                if !include_fresh && matches!(nm.path.root, Root::Fresh(_)) {
                    return None;
                }
                Some(Effect {
                    obj: nm.path.clone(),
                    ev: ev.clone(),
                })
            })
            .collect();
        v.sort_by(|a, b| a.obj.cmp(&b.obj));
        v.dedup_by(|a, b| a.obj == b.obj);
        v.truncate(limit);
        v
    };
    s.reads = effects(&p.reads, false);
    s.writes = effects(&p.writes, false);
    s.frees = effects(&p.frees, false);
    s.maybe_frees = effects(&p.maybe_frees, false);
    s.maybe_writes = effects(&p.maybe_writes, false);
    s.maybe_reads = effects(&p.maybe_reads, false);
    s.compared = compared_paths(&p, &named);
    s.thread = effects(&p.thread, true);
    s.calls = effects(&p.called, false);
    let mut unknown: Vec<UnknownUse> = p
        .unknown
        .iter()
        .filter_map(|(o, (why, ev))| {
            let nm = named[*o as usize].as_ref()?;
            // A parameter handed over only under contradictory conditions is not.
            let cond = if matches!(p.objs[*o as usize], Obj::Param(_)) {
                common_cond(unknown_conjs(&p, *o))?
            } else {
                Vec::new()
            };
            Some(UnknownUse {
                obj: nm.path.clone(),
                reason: why.clone(),
                ev: ev.clone(),
                cond,
            })
        })
        .collect();
    for (o, obj) in p.objs.iter().enumerate() {
        if let (Obj::UnknownRet(_), Some(nm)) = (obj, &named[o]) {
            unknown.push(UnknownUse {
                obj: nm.path.clone(),
                reason: UNSEEN.into(),
                ev: vec![],
                cond: vec![],
            });
        }
    }
    // A local handed to unknown code has no name for callers, but what it holds does
    // (`char *loc[1] = {s}; ext_take(loc);`, a `va_list` passed to a logging hook): those
    // are handed over too.
    let mut seen: rustc_hash::FxHashSet<ObjId> = rustc_hash::FxHashSet::default();
    for (o, (why, ev)) in &unknown_sorted {
        if named[**o as usize].is_some() || !seen.insert(**o) {
            continue;
        }
        let mut stack = vec![**o];
        while let Some(x) = stack.pop() {
            for (_, vals) in cells_of.get(&x).map(|v| v.as_slice()).unwrap_or(&[]) {
                for &(v, _) in vals {
                    if func_key(v) || !seen.insert(v) {
                        continue;
                    }
                    match &named[v as usize] {
                        Some(nm) => unknown.push(UnknownUse {
                            obj: nm.path.clone(),
                            reason: why.clone(),
                            ev: ev.clone(),
                            cond: vec![],
                        }),
                        None => stack.push(v),
                    }
                }
            }
        }
    }
    unknown.sort_by(|a, b| a.obj.cmp(&b.obj));
    // One entry per object; its condition holds for every way it was handed over.
    unknown.dedup_by(|later, kept| {
        if later.obj != kept.obj {
            return false;
        }
        kept.cond = crate::cond::common(&[&kept.cond, &later.cond]);
        true
    });
    s.unknown = unknown;
    for &(o, off) in &ret_list {
        if let Some(path) = path_of(o) {
            s.ret.push((path, off));
        }
        if let (
            Some(Named {
                path:
                    Path {
                        root: Root::Fresh(id),
                        ..
                    },
                ..
            }),
            Some(d),
        ) = (&named[o as usize], p.heap_dealloc.get(&o))
        {
            s.fresh_dealloc.push((*id, d.clone()));
        }
    }
    s.null_ok = nulls.iter().map(|(v, _)| *v).collect();
    s.globals_read = sorted(p.globals_read.iter().copied());
    s.globals_written = sorted(p.globals_written.iter().copied());
    s.unknown_globals = p
        .unknown_globals
        .iter()
        .map(|(k, why)| (*k, why.clone()))
        .collect();
    s.unknown_globals.sort_unstable();
    s.noreturn = !p.f.blocks.iter().any(|b| {
        b.insts
            .iter()
            .any(|i| matches!(i.kind, InstKind::Ret { .. }))
    });
    s.reasons = p.reasons.clone();
    s.assumptions = p.assumptions.clone();
    let summary_degraded = truncated || s.unknown.len() > limit || s.reads.len() >= limit;
    if summary_degraded && std::env::var_os("FFISCOPE_TRACE_SIZE").is_some() {
        let mut roots: FxHashMap<String, usize> = FxHashMap::default();
        for e in &s.edges {
            *roots.entry(format!("{:?}", e.cell.0.root)).or_default() += 1;
        }
        let mut r: Vec<_> = roots.into_iter().collect();
        r.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        r.truncate(8);
        eprintln!(
            "ffiscope-engine: size-degraded {}: truncated {truncated}, {} edges, {} unknown, {} reads; edge cells by root {:?}; first edges {:?}",
            p.f.name,
            s.edges.len(),
            s.unknown.len(),
            s.reads.len(),
            r,
            s.edges.iter().take(12).map(|e| (&e.cell, &e.val)).collect::<Vec<_>>()
        );
    }
    if summary_degraded {
        // Too big to apply cheaply in every caller: claim nothing (all `maybe`) instead.
        let mut d = crate::func::degraded_summary(p.f, crate::func::OVER_SIZE.into());
        d.null_ok = s.null_ok.clone();
        d.null_checked = s.null_checked.clone();
        d.null_aborts = s.null_aborts.clone();
        d.unknown_globals = s.unknown_globals.clone();
        d.noreturn = s.noreturn;
        d.globals_read = s.globals_read.clone();
        d.globals_written = s.globals_written.clone();
        d.reasons.extend(s.reasons.iter().cloned());
        // A parameter the full solution only reads through is not handed over: callers
        // keep `no` for it (`git_error_set(cls, fmt, ...)` formats `fmt` only).
        for (i, reads) in read_only_params(&p, &named, &tainted) {
            let own = Path::root(Root::Param(i));
            d.unknown.retain(|u| u.obj != own);
            d.reads.extend(reads);
        }
        s = d;
    }

    // ---- Per-parameter facts ----
    let root_param = |o: ObjId| -> Option<u32> {
        match named[o as usize].as_ref()?.path.root {
            Root::Param(i) => Some(i),
            _ => None,
        }
    };
    let unknown_obj = p
        .objs
        .iter()
        .position(|o| *o == Obj::Unknown)
        .map(|x| x as ObjId);
    // Object -> objects its cells point to at return, for reachability questions.
    let mut points_to: FxHashMap<ObjId, Vec<ObjId>> = FxHashMap::default();
    for ((o, _), vals) in &p.mem {
        let e = points_to.entry(*o).or_default();
        e.extend(vals.iter().map(|(v, _)| *v));
    }
    // Which parameters are declared as pointing to integers (computed when first asked).
    let int_pointees: std::cell::OnceCell<Vec<bool>> = std::cell::OnceCell::new();
    let int_pointee = |i: usize| -> bool {
        int_pointees
            .get_or_init(|| {
                crate::func::ir_param_ctypes(p.m, p.f)
                    .into_iter()
                    .map(|ty| {
                        ty.is_some_and(|ty| {
                            matches!(ty.canonical(), ffiscope_facts::CType::Pointer { pointee }
                            if matches!(pointee.canonical(), ffiscope_facts::CType::Int { .. }))
                        })
                    })
                    .collect()
            })
            .get(i)
            .copied()
            .unwrap_or(false)
    };
    let mut params = Vec::new();
    for (i, _) in p.f.params.iter().enumerate() {
        let i = i as u32;
        let me = p
            .objs
            .iter()
            .position(|o| *o == Obj::Param(i))
            .map(|x| x as ObjId);
        // Handed to unknown code on some feasible path.
        let unknown_me = me.and_then(|m| {
            let feasible = unknown_conjs(&p, m).is_none_or(|c| !c.is_empty());
            p.unknown.get(&m).filter(|_| feasible)
        });
        let in_region = |o: ObjId| root_param(o) == Some(i);
        let first = |map: &FxHashMap<ObjId, Ev>, pred: &dyn Fn(ObjId) -> bool| -> Option<Ev> {
            let mut hits: Vec<(&ObjId, &Ev)> = map.iter().filter(|(o, _)| pred(**o)).collect();
            hits.sort_by_key(|(o, _)| **o);
            hits.first().map(|(_, ev)| (*ev).clone())
        };
        // Unknown code that can reach anything inside `*p` (handed it, or reaching it from
        // what it was handed) may read or write it.
        let unknown_in_region = {
            let mut hits: Vec<(&ObjId, &String)> =
                tainted.iter().filter(|(o, _)| in_region(**o)).collect();
            // Objects handed over directly first: their evidence is the call.
            hits.sort_by_key(|(o, _)| (!p.unknown.contains_key(*o), **o));
            hits.first().map(|(o, why)| match p.unknown.get(o) {
                Some((_, ev)) => (format!("passed to {why}"), ev.clone()),
                None => (format!("reachable by {why}"), vec![]),
            })
        };
        let mut out = ParamOut {
            reads: Verdict::No,
            reads_ev: vec![],
            writes: Verdict::No,
            depth: None,
            writes_ev: vec![],
            retained: Verdict::No,
            places: vec![],
            freed: Verdict::No,
            freed_ev: vec![],
            null_ok: nulls.get(i as usize).map_or(Verdict::Maybe, |x| x.0),
            null_ev: nulls
                .get(i as usize)
                .map(|x| x.1.clone())
                .unwrap_or_default(),
            returned: Verdict::No,
            callback: None,
            condition: None,
            reasons: vec![],
        };
        let mut reasons: Vec<String> = Vec::new();
        if let Some(ev) = first(&p.reads, &in_region) {
            out.reads = Verdict::Yes;
            out.reads_ev = ev;
        } else if let Some(ev) = first(&p.maybe_reads, &in_region) {
            out.reads = Verdict::Maybe;
            out.reads_ev = ev;
            reasons.push(EQUAL_REASON.to_string());
        } else if let Some((why, ev)) = &unknown_in_region {
            out.reads = Verdict::Maybe;
            out.reads_ev = ev.clone();
            reasons.push(why.clone());
        }
        if let Some(ev) = me.and_then(|m| first(&p.writes, &|o| o == m)) {
            out.writes = Verdict::Yes;
            out.depth = Some(WriteDepth::Direct);
            out.writes_ev = ev;
        } else if let Some(ev) = first(&p.writes, &in_region).or_else(|| {
            // Releasing memory reached through `*p` (`deflateEnd` frees `strm->state`) changes
            // what `*p` leads to; freeing `p` itself stores nothing (that is `freed`).
            first(&p.frees, &|o| Some(o) != me && in_region(o))
        }) {
            out.writes = Verdict::Yes;
            out.depth = Some(WriteDepth::Indirect);
            out.writes_ev = ev;
        } else if let Some(ev) =
            first(&p.maybe_writes, &in_region).or_else(|| first(&p.maybe_frees, &in_region))
        {
            out.writes = Verdict::Maybe;
            out.writes_ev = ev;
            if !reasons.iter().any(|r| r == EQUAL_REASON) {
                reasons.push(EQUAL_REASON.to_string());
            }
        } else if let Some((why, ev)) = &unknown_in_region {
            out.writes = Verdict::Maybe;
            out.writes_ev = ev.clone();
            if !reasons.contains(why) {
                reasons.push(why.clone());
            }
        }
        if let Some(ev) = me.and_then(|m| first(&p.frees, &|o| o == m)) {
            out.freed = Verdict::Yes;
            out.freed_ev = ev;
        } else if let Some(ev) = me.and_then(|m| p.maybe_frees.get(&m)) {
            out.freed = Verdict::Maybe;
            out.freed_ev = ev.clone();
            if !reasons.iter().any(|r| r == EQUAL_REASON) {
                reasons.push(EQUAL_REASON.to_string());
            }
        } else if let Some((why, ev)) = unknown_me {
            out.freed = Verdict::Maybe;
            out.freed_ev = ev.clone();
            let r = format!("passed to {why}");
            if !reasons.contains(&r) {
                reasons.push(r);
            }
        }
        // Retention: cells of outliving objects that hold a pointer into `*p`.
        if let Some(me) = me {
            let mut places = Vec::new();
            let mut maybe_places = Vec::new();
            let mut conditions: Vec<Vec<crate::cond::Atom>> = Vec::new();
            let mut unconditional = false;
            // Code we cannot see that can reach `*p` may also read, write or free it.
            let mut reachable_by_unknown: Option<String> = None;
            let mut holders: Vec<(&(ObjId, i64), &_)> = p.mem.iter().collect();
            holders.sort_by_key(|(c, _)| **c);
            for (cell, vals) in holders {
                let vals: &rustc_hash::FxHashSet<(ObjId, i64)> = vals;
                if !vals.iter().any(|(v, _)| *v == me) {
                    continue;
                }
                let ev_for = || {
                    let mut hits: Vec<_> = vals.iter().filter(|(v, _)| *v == me).collect();
                    hits.sort();
                    hits.first()
                        .and_then(|v| p.edge_ev.get(&(*cell, **v)).map(|e| e.to_vec()))
                        .unwrap_or_default()
                };
                // Under which conditions the pointer got here; a cell no feasible store
                // reaches is no place. Unknown code that reaches the cell may copy it on,
                // under the same conditions.
                let mut feasible = false;
                let mut cell_conds: Vec<Vec<crate::cond::Atom>> = Vec::new();
                let mut cell_unconditional = false;
                for &(v, voff) in vals.iter() {
                    if v != me {
                        continue;
                    }
                    match site_conjs(&p, (*cell, (v, voff))) {
                        Some(cs) => {
                            feasible |= !cs.is_empty();
                            cell_conds.extend(cs);
                        }
                        None => {
                            feasible = true;
                            cell_unconditional = true;
                        }
                    }
                }
                if !feasible {
                    continue;
                }
                // Only cells that are places (sure or maybe) count.
                let is_place =
                    tainted.contains_key(&cell.0) || named[cell.0 as usize].as_ref().is_some();
                if is_place {
                    unconditional |= cell_unconditional;
                    for c in cell_conds {
                        if !conditions.contains(&c) {
                            conditions.push(c);
                        }
                    }
                }
                if let Some(why) = tainted.get(&cell.0) {
                    reachable_by_unknown.get_or_insert_with(|| why.clone());
                    maybe_places.push(Place::Unknown {
                        callee: why.clone(),
                        ev: ev_for(),
                    });
                }
                let Some(nm) = named[cell.0 as usize].as_ref() else {
                    continue;
                };
                if nm.via.0 == Root::Unknown {
                    reachable_by_unknown.get_or_insert_with(|| "an unknown pointer".into());
                    maybe_places.push(Place::Unknown {
                        callee: "an unknown pointer".into(),
                        ev: ev_for(),
                    });
                    continue;
                }
                places.push(Place::Cell {
                    root: nm.via.0.clone(),
                    steps: nm.via.1.clone(),
                    off: cell.1,
                    ev: ev_for(),
                });
            }
            if let Some(ev) = p.thread.get(&me) {
                places.push(Place::Thread { ev: ev.clone() });
                unconditional = true;
            }
            if let Some((why, ev)) = unknown_me {
                maybe_places.push(Place::Unknown {
                    callee: why.clone(),
                    ev: ev.clone(),
                });
                match unknown_conjs(&p, me) {
                    Some(cs) => {
                        for c in cs {
                            if !conditions.contains(&c) {
                                conditions.push(c);
                            }
                        }
                    }
                    None => unconditional = true,
                }
            }
            if !places.is_empty() {
                out.retained = Verdict::Yes;
                out.places = places;
                // Code we cannot see may keep it too, under the conditions it was handed
                // over (or the pointer stored where it can reach it).
                if !unconditional {
                    if let Some(text) = crate::cond::render_any(p.f, conditions) {
                        out.condition = Some(format!("only when {text}"));
                    }
                }
            } else if !maybe_places.is_empty() {
                out.retained = Verdict::Maybe;
                for pl in &maybe_places {
                    if let Place::Unknown { callee, .. } = pl {
                        let r = format!("passed to {callee}");
                        if !reasons.contains(&r) {
                            reasons.push(r);
                        }
                    }
                }
                out.places = maybe_places;
            }
            if let Some(why) = reachable_by_unknown {
                let mut degraded = false;
                for v in [&mut out.reads, &mut out.writes, &mut out.freed] {
                    if *v == Verdict::No {
                        *v = Verdict::Maybe;
                        degraded = true;
                    }
                }
                let r = format!("reachable by {why}");
                if degraded && !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
            // Callback parameters.
            let called = p.called.contains_key(&me);
            let stored = out.retained == Verdict::Yes;
            out.callback = Some(match (called, stored, out.retained) {
                (true, true, _) => CallbackUse::CalledAndStored,
                (true, false, Verdict::Maybe) => CallbackUse::Maybe,
                (true, false, _) => CallbackUse::Called,
                (false, true, _) => CallbackUse::Stored,
                (false, false, Verdict::Maybe) => CallbackUse::Maybe,
                (false, false, _) => CallbackUse::None,
            });
        }
        // Returned: the result may point into memory reachable from `p`, including a
        // fresh object linked into `*p` before return (curl_mime_addpart).
        let linked_into_p = || {
            let Some(m) = me else { return false };
            let mut seen: rustc_hash::FxHashSet<ObjId> = rustc_hash::FxHashSet::default();
            let mut work = vec![m];
            seen.insert(m);
            while let Some(o) = work.pop() {
                if seen.len() > 4096 {
                    break;
                }
                for &n in points_to.get(&o).into_iter().flatten() {
                    if seen.insert(n) {
                        work.push(n);
                    }
                }
            }
            ret_list.iter().any(|(o, _)| seen.contains(o))
        };
        if ret_list.iter().any(|(o, _)| in_region(*o)) {
            out.returned = Verdict::Yes;
        } else if linked_into_p() {
            // Through `*p` declared as a number, the link is an integer the analysis
            // cannot tell from a pointer (`*piSize = sz`, `sz` read from a handle).
            if int_pointee(i as usize) {
                out.returned = Verdict::Maybe;
                reasons.push(
                    "the result may be reachable through the integer `*p` holds (if it is a pointer)"
                        .to_string(),
                );
            } else {
                out.returned = Verdict::Yes;
            }
        } else if ret_list.iter().any(|(o, _)| {
            match p.objs[*o as usize] {
                Obj::Unknown | Obj::UnknownRet(_) => true,
                // What a callee whose summary claims nothing returns, or an object unseen
                // code was handed (it may have linked it into `*p`).
                Obj::Fresh(..) | Obj::Heap(_) => p.unknown.contains_key(o),
                // Loaded from memory unseen code could write (`lookup(p)->name`): it may
                // have put a pointer into `*p` there.
                Obj::Init(parent, _) => tainted.contains_key(&parent),
                _ => false,
            }
        }) && (me.is_some_and(|m| tainted.contains_key(&m))
            // Unseen code was handed memory inside `*p` (not merely data copied from it),
            // or can reach `p` itself (`h.p = p; return lookup(&h);`).
            || p.unknown.keys().any(|o| in_region(*o)))
        {
            out.returned = Verdict::Maybe;
        }
        // Memory past the longest tracked access path is one "unknown" object: an effect on
        // it may be on anything reachable from this parameter.
        if let Some(u) = unknown_obj {
            for (map, verdict, what) in [
                (&p.reads, &mut out.reads, "a read"),
                (&p.writes, &mut out.writes, "a write"),
            ] {
                if *verdict == Verdict::No && map.contains_key(&u) {
                    *verdict = Verdict::Maybe;
                    reasons.push(format!("{what} through an access path too long to track"));
                }
            }
            if out.writes == Verdict::No && p.frees.contains_key(&u) {
                out.writes = Verdict::Maybe;
                reasons.push("a free through an access path too long to track".into());
            }
        }
        let any_maybe = [out.reads, out.writes, out.retained, out.freed, out.returned]
            .contains(&Verdict::Maybe);
        if any_maybe {
            for r in &p.reasons {
                if !reasons.contains(r) {
                    reasons.push(r.clone());
                }
            }
        }
        out.reasons = reasons;
        params.push(out);
    }

    // ---- What the function returns ----
    let ret = classify_return(&p, &ret_list, &named);
    FnOut {
        summary: s,
        params,
        ret,
        work: 0,
        stopped: None,
        summary_degraded,
        went_coarse: false,
    }
}

fn sorted(it: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut v: Vec<u32> = it.collect();
    v.sort_unstable();
    v
}

fn name_path_obj(p: &Parts<'_>, o: ObjId, named: &mut Vec<Option<Named>>, depth: u32) -> bool {
    if named[o as usize].is_some() {
        return true;
    }
    if depth > 32 {
        return false;
    }
    let (path, pg) = match p.objs[o as usize] {
        Obj::Param(i) => (Path::root(Root::Param(i)), true),
        Obj::VarArgs => (Path::root(Root::Param(p.f.params.len() as u32)), true),
        Obj::Global(k) => (Path::root(Root::Global(k)), true),
        Obj::Unknown => (Path::root(Root::Unknown), false),
        Obj::Init(parent, off) => {
            if !name_path_obj(p, parent, named, depth + 1) {
                return false;
            }
            let Some(pn) = named[parent as usize].clone() else {
                return false;
            };
            if matches!(pn.path.root, Root::Fresh(_)) {
                return false;
            }
            let mut steps = pn.path.steps.clone();
            steps.push(off);
            (
                Path {
                    root: pn.path.root.clone(),
                    steps,
                },
                pn.from_params_or_globals,
            )
        }
        _ => return false,
    };
    named[o as usize] = Some(Named {
        via: (path.root.clone(), path.steps.clone()),
        path,
        from_params_or_globals: pg,
    });
    true
}

fn classify_return(p: &Parts<'_>, ret: &[(ObjId, i64)], named: &[Option<Named>]) -> RetOut {
    if ret.is_empty() {
        return RetOut::Maybe(vec![
            "the returned pointer could not be followed (NULL or an integer)".into(),
        ]);
    }
    let mut alias: Vec<u32> = Vec::new();
    let mut kinds: Vec<&'static str> = Vec::new();
    let mut dealloc: Option<String> = None;
    let mut static_name = String::new();
    let mut reasons = Vec::new();
    for &(o, _) in ret {
        let k = match p.objs[o as usize] {
            Obj::Param(i) => {
                if !alias.contains(&i) {
                    alias.push(i);
                }
                "alias"
            }
            Obj::Init(..) => "borrowed",
            Obj::Global(k) => {
                static_name = p.keys.name(k).to_string();
                "static"
            }
            Obj::Func(_) => "static",
            Obj::Heap(_) | Obj::Fresh(..) if p.unknown.contains_key(&o) => {
                // From a callee whose summary claims nothing (budget), or handed to unseen
                // code: who owns it is unknown. Never guess `owned`: a wrapper would free it.
                reasons.push(format!("returns memory {}", p.unknown[&o].0));
                "maybe"
            }
            Obj::Heap(_) | Obj::Fresh(..) => {
                let shared = named[o as usize]
                    .as_ref()
                    .is_some_and(|n| n.from_params_or_globals);
                if shared {
                    "borrowed"
                } else {
                    if let Some(d) = p.heap_dealloc.get(&o) {
                        dealloc = Some(d.clone());
                    }
                    "owned"
                }
            }
            Obj::Stack(_) | Obj::VarArea(_) => {
                reasons.push("returns the address of a local variable".to_string());
                "maybe"
            }
            Obj::VarArgs => {
                reasons.push("returns the address of its variadic arguments".to_string());
                "maybe"
            }
            Obj::UnknownRet(_) | Obj::Unknown => {
                reasons.push(
                    "returns a pointer obtained from code the analysis cannot see".to_string(),
                );
                "maybe"
            }
        };
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    reasons.sort();
    reasons.dedup();
    alias.sort_unstable();
    match kinds.as_slice() {
        ["alias"] => RetOut::Alias(alias),
        ["borrowed"] | ["borrowed", "static"] | ["static", "borrowed"] => RetOut::Borrowed,
        ["static"] => RetOut::Static(static_name),
        ["owned"] => RetOut::Owned(dealloc),
        _ => {
            if reasons.is_empty() {
                reasons.push(format!(
                    "returns pointers of several kinds ({})",
                    kinds.join(", ")
                ));
            }
            RetOut::Maybe(reasons)
        }
    }
}

/// The conjunctions under which each store of this edge can run, contradictory ones left
/// out (so an empty list: no store of it can run). `None` when one has no known condition.
/// A store of a value read from memory also needs an earlier store of the pointer from a
/// register: it adds that condition ([`Parts::base_cond`]).
fn site_conjs(
    p: &Parts,
    edge: ((ObjId, i64), (ObjId, i64)),
) -> Option<Vec<Vec<crate::cond::Atom>>> {
    conjs_of(p, p.edge_sites.get(&edge)?, edge.1 .0)
}

/// The same for where parameter object `v` was handed to unknown code.
fn unknown_conjs(p: &Parts, v: ObjId) -> Option<Vec<Vec<crate::cond::Atom>>> {
    conjs_of(p, p.unknown_sites.get(&v)?, v)
}

fn conjs_of(
    p: &Parts,
    sites: &rustc_hash::FxHashSet<crate::func::Site>,
    v: ObjId,
) -> Option<Vec<Vec<crate::cond::Atom>>> {
    let base = p.base_cond.get(&v).map_or(&[][..], |c| c.as_slice());
    let mut out: Vec<Vec<crate::cond::Atom>> = Vec::with_capacity(sites.len());
    for s in sites {
        let own = p.site_cond.get(s).map_or(&[][..], |c| c.as_slice());
        let mut conj = own.to_vec();
        if s.2 & crate::func::DERIVED != 0 {
            conj.extend(base.iter().cloned());
            conj.sort();
            conj.dedup();
        }
        if conj.is_empty() {
            return None;
        }
        if !crate::cond::contradictory(&conj) && !out.contains(&conj) {
            out.push(conj);
        }
    }
    Some(out)
}

/// The conjunction that holds whenever a parameter's pointer was stored by this edge: the
/// atoms common to all its stores (none when one has no known condition); `None` when no
/// store of it can run.
fn edge_cond(p: &Parts, edge: ((ObjId, i64), (ObjId, i64))) -> Option<Vec<crate::cond::Atom>> {
    common_cond(site_conjs(p, edge))
}

fn common_cond(conjs: Option<Vec<Vec<crate::cond::Atom>>>) -> Option<Vec<crate::cond::Atom>> {
    match conjs {
        None => Some(Vec::new()),
        Some(cs) if cs.is_empty() => None,
        Some(cs) => {
            let refs: Vec<&[crate::cond::Atom]> = cs.iter().map(|c| c.as_slice()).collect();
            Some(crate::cond::common(&refs))
        }
    }
}

/// Why a verdict from [`Summary::maybe_frees`], [`Summary::maybe_writes`] or
/// [`Summary::maybe_reads`] is `maybe`.
const EQUAL_REASON: &str =
    "it reads, writes or frees through a pointer it compared equal to this one (`if (q == p) free(q)`): only when they are equal";

/// At most this many comparisons in a summary (callers evaluate each pair at each call).
const MAX_COMPARED_PAIRS: usize = 32;

/// `into` ∪= `from`, then the least [`MAX_COMPARED_PAIRS`]: across the rounds of a
/// recursive cycle the set only grows, so it settles.
pub fn union_compared(into: &mut Vec<(Path, Path)>, from: &[(Path, Path)]) {
    if from.iter().all(|p| into.binary_search(p).is_ok()) {
        return;
    }
    into.extend_from_slice(from);
    into.sort();
    into.dedup();
    into.truncate(MAX_COMPARED_PAIRS);
}

/// The comparisons a caller can evaluate: both sides named by parameters or globals
/// (a few objects per side, a few dozen pairs: callers evaluate each pair at each call).
fn compared_paths(p: &Parts<'_>, named: &[Option<Named>]) -> Vec<(Path, Path)> {
    const PER_SIDE: usize = 4;
    let names = |side: &[(ObjId, i64)]| -> Vec<Path> {
        let mut v: Vec<Path> = side
            .iter()
            .filter_map(|&(o, _)| named[o as usize].as_ref())
            .filter(|nm| matches!(nm.path.root, Root::Param(_) | Root::Global(_)))
            .map(|nm| nm.path.clone())
            .collect();
        v.sort();
        v.dedup();
        v.truncate(PER_SIDE);
        v
    };
    // All pairs first, then the least ones: keeping the first found made the choice
    // depend on the order comparisons were met in, which changed every round of a
    // recursive cycle (sqlite3ExprCompare never settled before widening).
    let mut out: std::collections::BTreeSet<(Path, Path)> = Default::default();
    for [a, b] in &p.compared {
        let (na, nb) = (names(a), names(b));
        for x in &na {
            for y in &nb {
                // Only pairs with a parameter side matter to a caller.
                if x == y
                    || !matches!(
                        (&x.root, &y.root),
                        (Root::Param(_), _) | (_, Root::Param(_))
                    )
                {
                    continue;
                }
                let pair = if x <= y {
                    (x.clone(), y.clone())
                } else {
                    (y.clone(), x.clone())
                };
                out.insert(pair);
            }
        }
    }
    out.into_iter().take(MAX_COMPARED_PAIRS).collect()
}

/// Parameters (declared ones, not the variadic rest) whose memory the solved function
/// only reads: nothing in it is written, freed, stored anywhere, returned, called, handed
/// to unknown code or reachable by it. With the paths read (at most a few per
/// parameter; a parameter read in more places is left out).
fn read_only_params(
    p: &Parts<'_>,
    named: &[Option<Named>],
    tainted: &FxHashMap<ObjId, String>,
) -> Vec<(u32, Vec<Effect>)> {
    const MAX_READS: usize = 16;
    let param_of = |o: ObjId| match named.get(o as usize)?.as_ref()?.path.root {
        Root::Param(i) => Some(i),
        _ => None,
    };
    let nparams = p.f.params.len() as u32;
    let mut touched: rustc_hash::FxHashSet<u32> = rustc_hash::FxHashSet::default();
    let mut mark = |o: ObjId| {
        if let Some(i) = param_of(o) {
            touched.insert(i);
        }
    };
    for map in [
        &p.writes,
        &p.frees,
        &p.maybe_frees,
        &p.maybe_writes,
        &p.thread,
        &p.called,
    ] {
        map.keys().for_each(|&o| mark(o));
    }
    p.unknown.keys().for_each(|&o| mark(o));
    tainted.keys().for_each(|&o| mark(o));
    p.ret.iter().for_each(|&(o, _)| mark(o));
    for ((holder, off), vals) in &p.mem {
        // A pointer kept in the function's own stack slot is not stored anywhere that
        // lasts (passing that slot on taints what it holds).
        let on_stack = matches!(p.objs[*holder as usize], Obj::Stack(_));
        let mut wrote = false;
        for &(v, _) in vals.iter() {
            // What a parameter's memory held on entry, read back where it was, is not
            // a store of it.
            if p.objs[v as usize] == Obj::Init(*holder, *off) {
                continue;
            }
            wrote = true;
            if !on_stack {
                mark(v);
            }
        }
        if wrote {
            mark(*holder);
        }
    }
    let mut reads: FxHashMap<u32, Vec<Effect>> = FxHashMap::default();
    let mut read_list: Vec<(&ObjId, &Ev)> = p.reads.iter().chain(&p.maybe_reads).collect();
    read_list.sort_by_key(|(o, _)| **o);
    for (o, ev) in read_list {
        if let Some(i) = param_of(*o) {
            if let Some(nm) = &named[*o as usize] {
                reads.entry(i).or_default().push(Effect {
                    obj: nm.path.clone(),
                    ev: ev.clone(),
                });
            }
        }
    }
    (0..nparams)
        .filter(|i| !touched.contains(i))
        .filter_map(|i| {
            let r = reads.remove(&i).unwrap_or_default();
            (r.len() <= MAX_READS).then_some((i, r))
        })
        .collect()
}
