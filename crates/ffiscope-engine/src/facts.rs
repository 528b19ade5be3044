//! From raw per-IR-parameter results to the facts of `shared/FACTS.md`, in source terms:
//! C parameters (from debug info), field paths, evidence lines.

use std::collections::BTreeMap;
use std::sync::Mutex;

use ffiscope_facts::*;
use ffiscope_ir::{DiTypes, Function, InstKind, Module, Operand, Program};
use rustc_hash::FxHashMap;

use crate::func::{FnOut, Place, RetOut};
use crate::keys::Keys;
use crate::summary::{Root, Step, ANY};

/// Reads source lines for evidence notes (cached per file).
#[derive(Default)]
pub struct SourceLines {
    files: Mutex<FxHashMap<String, Option<Vec<String>>>>,
}

impl SourceLines {
    pub fn line(&self, file: &str, line: u32) -> Option<String> {
        let mut files = self.files.lock().ok()?;
        let lines = files.entry(file.to_string()).or_insert_with(|| {
            std::fs::read(file).ok().map(|b| {
                String::from_utf8_lossy(&b)
                    .lines()
                    .map(str::to_string)
                    .collect()
            })
        });
        let text = lines
            .as_ref()?
            .get(line.checked_sub(1)? as usize)?
            .trim()
            .to_string();
        Some(if text.chars().count() > 120 {
            format!("{}…", text.chars().take(119).collect::<String>())
        } else {
            text
        })
    }
}

/// Maps a C parameter (0-based) to its IR parameter, through the `dbg.declare` of the
/// parameter's stack slot and the store of the IR argument into it.
const RECORD_RESULT: &str =
    "returns a struct by value: pointers inside the result are not followed";

/// A struct or union returned by value that may hold a pointer (per its debug-info
/// layout; an opaque or unknown one may).
fn returns_record(ret: &CType, di: &DiTypes) -> bool {
    fn holds_pointer(t: &CType, di: &DiTypes, depth: u32) -> bool {
        match t.canonical() {
            CType::Pointer { .. } | CType::Unknown { .. } => true,
            CType::Array { element, .. } => holds_pointer(element, di, depth),
            CType::Record { name, .. } => match di.layouts.get(name) {
                Some(l) if depth < 8 => {
                    l.fields.iter().any(|f| holds_pointer(&f.ty, di, depth + 1))
                }
                _ => true,
            },
            _ => false,
        }
    }
    matches!(ret.canonical(), CType::Record { .. }) && holds_pointer(ret, di, 0)
}

pub fn c_to_ir_params(m: &Module, f: &Function, c_count: usize) -> Vec<Option<usize>> {
    let mut slot_of_arg: FxHashMap<u32, ffiscope_ir::ValueId> = FxHashMap::default();
    let mut stores: FxHashMap<ffiscope_ir::ValueId, ffiscope_ir::ValueId> = FxHashMap::default();
    for b in &f.blocks {
        for inst in &b.insts {
            match &inst.kind {
                InstKind::Dbg {
                    operand: Operand::Local(slot),
                    var: Some(var),
                    ..
                } => {
                    if let Some(arg) = m.md(*var).and_then(|v| v.int("arg")) {
                        slot_of_arg.entry(arg as u32).or_insert(*slot);
                    }
                }
                InstKind::Store {
                    val: Operand::Local(v),
                    ptr: Operand::Local(slot),
                    ..
                } => {
                    stores.entry(*slot).or_insert(*v);
                }
                _ => {}
            }
        }
    }
    let param_index: FxHashMap<ffiscope_ir::ValueId, usize> = f
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| (p.value, i))
        .collect();
    let mut out = vec![None; c_count];
    for (ci, slot) in out.iter_mut().enumerate() {
        if let Some(s) = slot_of_arg.get(&(ci as u32 + 1)) {
            // The slot is the IR argument itself (byval), or receives a store of it.
            if let Some(&i) = param_index.get(s) {
                *slot = Some(i);
            } else if let Some(v) = stores.get(s) {
                *slot = param_index.get(v).copied();
            }
        }
    }
    // Fallback: same count of non-sret parameters, in order.
    let plain: Vec<usize> = f
        .params
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.attrs.sret)
        .map(|(i, _)| i)
        .collect();
    if plain.len() == c_count {
        for (ci, slot) in out.iter_mut().enumerate() {
            if slot.is_none() {
                *slot = Some(plain[ci]);
            }
        }
    }
    out
}

pub struct FactsBuilder<'a> {
    pub prog: &'a Program,
    pub keys: &'a Keys,
    pub lines: &'a SourceLines,
    /// Turns a path clang recorded into the path to show (relative to the analysed root).
    pub display_path: &'a (dyn Fn(&str) -> String + Sync),
    pub assumptions: Vec<String>,
}

impl FactsBuilder<'_> {
    fn evidence(&self, steps: &[Step]) -> Vec<Evidence> {
        let mut out = Vec::new();
        for s in steps.iter().take(8) {
            let m = self.prog.module(s.module);
            let Some(pos) = s.dbg.and_then(|d| m.location(ffiscope_ir::MdId(d))) else {
                continue;
            };
            let code = self.lines.line(&pos.file, pos.line);
            let note = match code {
                Some(c) if !c.is_empty() => format!("{c}  ({})", s.what),
                _ => s.what.to_string(),
            };
            out.push(Evidence {
                file: (self.display_path)(&pos.file),
                line: pos.line,
                note,
            });
        }
        out
    }

    /// Builds the facts of one function; `None` without debug info.
    pub fn function(
        &self,
        fr: ffiscope_ir::FuncRef,
        out: &FnOut,
        di: &mut DiTypes,
    ) -> Option<FunctionFacts> {
        let m = self.prog.module(fr.module);
        let f = self.prog.function(fr);
        let decl = m.c_decl(f, di)?;
        let map = c_to_ir_params(m, f, decl.params.len());
        let mut params = Vec::new();
        for (ci, cp) in decl.params.iter().enumerate() {
            let ty_text = cp.ty.spelling();
            let mut pf = ParamFacts {
                index: ci as u32,
                name: cp.name.clone(),
                ty: ty_text,
                pointer: None,
            };
            if cp.ty.is_pointer() {
                let raw = map[ci].and_then(|i| out.params.get(i).map(|p| (i, p)));
                let mut facts = match raw {
                    Some((_, p)) => self.pointer_facts(p, &cp.ty, &decl, di, m, f),
                    None => unmapped(),
                };
                if returns_record(&decl.ret, di) {
                    // A struct returned by value (in registers or through the hidden
                    // result pointer): the pointers it holds are not followed.
                    if facts.returned != Verdict::Yes {
                        facts.returned = Verdict::Maybe;
                        facts.reasons.push(RECORD_RESULT.to_string());
                    }
                } else if !decl.ret.is_pointer() {
                    // A non-pointer result cannot point into anything.
                    facts.returned = Verdict::No;
                }
                pf.pointer = Some(facts);
            }
            params.push(pf);
        }
        let returns = match (&out.ret, decl.ret.canonical()) {
            (_, CType::Void) => Returns::Void,
            (_, CType::Record { .. }) if returns_record(&decl.ret, di) => Returns::Maybe {
                reasons: vec![RECORD_RESULT.to_string()],
            },
            (_, CType::Record { .. }) => Returns::Scalar,
            (_, t) if !matches!(t, CType::Pointer { .. }) => Returns::Scalar,
            (RetOut::Void, _) => Returns::Void,
            (RetOut::Scalar, _) => Returns::Scalar,
            (RetOut::Owned(d), _) => Returns::Owned {
                deallocator: d.clone(),
            },
            (RetOut::Alias(of), _) => {
                let inv: Vec<u32> = of
                    .iter()
                    .filter_map(|ir| {
                        map.iter()
                            .position(|m| *m == Some(*ir as usize))
                            .map(|c| c as u32)
                    })
                    .collect();
                Returns::Alias { of: inv }
            }
            (RetOut::Static(g), _) => Returns::Static {
                global: (!g.is_empty()).then(|| g.clone()),
            },
            (RetOut::Borrowed, _) => Returns::Borrowed { from: None },
            (RetOut::Maybe(r), _) => Returns::Maybe { reasons: r.clone() },
        };
        let names = |ks: &[u32]| -> Vec<String> {
            let mut v: Vec<String> = ks.iter().map(|k| self.keys.name(*k).to_string()).collect();
            v.sort();
            v.dedup();
            v
        };
        let location = SourceLoc {
            file: (self.display_path)(&decl.location.file),
            line: decl.location.line,
        };
        Some(FunctionFacts {
            name: decl.name.clone(),
            location,
            signature: decl.signature.clone(),
            params,
            returns,
            thread_safety: ThreadSafety {
                verdict: ThreadVerdict::Maybe,
                reasons: vec!["thread-safety analysis is not implemented yet".into()],
            },
            globals: Globals {
                reads: names(&out.summary.globals_read),
                writes: names(&out.summary.globals_written),
            },
            assumptions: self
                .assumptions
                .iter()
                .chain(&out.summary.assumptions)
                .cloned()
                .collect(),
        })
    }

    fn pointer_facts(
        &self,
        p: &crate::func::ParamOut,
        cty: &CType,
        decl: &CFunctionDecl,
        di: &mut DiTypes,
        m: &Module,
        f: &Function,
    ) -> PointerFacts {
        let mut retained_at = Vec::new();
        for place in &p.places {
            retained_at.push(match place {
                Place::Cell {
                    root,
                    steps,
                    off,
                    ev,
                } => {
                    let evidence = self.evidence(ev);
                    match root {
                        // The hidden pointer to the caller's result slot.
                        Root::Param(ir)
                            if f.params.get(*ir as usize).is_some_and(|p| p.attrs.sret) =>
                        {
                            RetainedAt::Return {
                                path: render_path(di, Some(&decl.ret), steps, *off, false),
                                evidence,
                            }
                        }
                        Root::Param(ir) => {
                            let map = c_to_ir_params(m, f, decl.params.len());
                            let ci = map.iter().position(|x| *x == Some(*ir as usize));
                            let base_ty =
                                ci.and_then(|c| decl.params.get(c)).map(|cp| cp.ty.clone());
                            RetainedAt::Arg {
                                arg: ci.map_or(*ir, |c| c as u32),
                                path: render_path(di, base_ty.as_ref(), steps, *off, true),
                                evidence,
                            }
                        }
                        Root::Global(k) => RetainedAt::Global {
                            global: self.keys.name(*k).to_string(),
                            path: render_path(di, None, steps, *off, false),
                            evidence,
                        },
                        Root::Return => RetainedAt::Return {
                            path: render_path(di, Some(&decl.ret), steps, *off, true),
                            evidence,
                        },
                        Root::Fresh(_) | Root::Unknown => RetainedAt::Unknown {
                            callee: "an object the analysis cannot name".into(),
                            evidence,
                        },
                    }
                }
                Place::Thread { ev } => RetainedAt::Thread {
                    evidence: self.evidence(ev),
                },
                Place::Unknown { callee, ev } => RetainedAt::Unknown {
                    callee: callee.clone(),
                    evidence: self.evidence(ev),
                },
            });
        }
        // One entry per place: a pointer stored at several offsets of one array reads the
        // same in C (`->slots[]`).
        let mut seen: Vec<String> = Vec::new();
        retained_at.retain(|r| {
            let key = match r {
                RetainedAt::Global { global, path, .. } => format!("g {global} {path}"),
                RetainedAt::Arg { arg, path, .. } => format!("a {arg} {path}"),
                RetainedAt::Return { path, .. } => format!("r {path}"),
                RetainedAt::Thread { .. } => "t".into(),
                RetainedAt::Unknown { callee, .. } => format!("u {callee}"),
            };
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        });
        let mut reasons = p.reasons.clone();
        const MAX_PLACES: usize = 16;
        if retained_at.len() > MAX_PLACES {
            reasons.push(format!(
                "{} more places where it is kept are not listed",
                retained_at.len() - MAX_PLACES
            ));
            retained_at.truncate(MAX_PLACES);
        }
        let callback = if cty.is_function_pointer() {
            p.callback
        } else {
            None
        };
        if p.null_ok == ffiscope_facts::Verdict::Maybe {
            if let Some(e) = self.evidence(&p.null_ev).first() {
                reasons.push(format!("NULL: {} at {}:{}", e.note, e.file, e.line));
            }
        }
        PointerFacts {
            reads: p.reads,
            writes: p.writes,
            depth: if p.writes == ffiscope_facts::Verdict::No {
                None
            } else {
                p.depth
            },
            retained: p.retained,
            retained_at,
            freed: p.freed,
            null_ok: p.null_ok,
            returned: p.returned,
            callback,
            condition: p.condition.clone(),
            reasons,
            evidence: VerdictEvidence {
                reads: self.evidence(&p.reads_ev),
                writes: self.evidence(&p.writes_ev),
                freed: self.evidence(&p.freed_ev),
                null_ok: self.evidence(&p.null_ev),
            },
        }
    }
}

fn unmapped() -> PointerFacts {
    let r = "the parameter could not be matched to the compiled code".to_string();
    PointerFacts {
        reads: Verdict::Maybe,
        writes: Verdict::Maybe,
        depth: None,
        retained: Verdict::Maybe,
        retained_at: vec![],
        freed: Verdict::Maybe,
        null_ok: Verdict::Maybe,
        returned: Verdict::Maybe,
        callback: None,
        condition: None,
        reasons: vec![r],
        evidence: VerdictEvidence::default(),
    }
}

/// Renders an access path as C: `->state->strm`. `base` is the type of the root pointer
/// (`deref_root`: the root is a pointer, so the first access is `->`).
pub fn render_path(
    di: &DiTypes,
    base: Option<&CType>,
    steps: &[i64],
    off: i64,
    deref_root: bool,
) -> String {
    let mut out = String::new();
    let mut cur: Option<CType> = match base {
        Some(t) if deref_root => pointee(t),
        Some(t) => Some(t.clone()),
        None => None,
    };
    let mut arrow = deref_root;
    let all: Vec<(i64, bool)> = steps
        .iter()
        .map(|s| (*s, true))
        .chain([(off, false)])
        .collect();
    for (o, deref_after) in all {
        let (text, field_ty) = field_at(di, cur.as_ref(), o);
        out.push_str(if arrow { "->" } else { "." });
        out.push_str(&text);
        cur = if deref_after {
            field_ty.and_then(|t| pointee(&t))
        } else {
            None
        };
        arrow = true;
    }
    out
}

fn pointee(t: &CType) -> Option<CType> {
    match t.canonical() {
        CType::Pointer { pointee } => Some((**pointee).clone()),
        _ => None,
    }
}

/// Names the field at byte offset `off` of a record type (nested records joined by `.`).
fn field_at(di: &DiTypes, ty: Option<&CType>, off: i64) -> (String, Option<CType>) {
    if off == ANY {
        return ("[?]".into(), None);
    }
    let Some(t) = ty else {
        return (format!("+{off}"), None);
    };
    let mut name = String::new();
    let mut cur = t.clone();
    let mut rem = off as u64 * 8;
    for _ in 0..8 {
        match cur.canonical().clone() {
            CType::Record { name: rn, .. } => {
                let Some(layout) = di.layouts.get(&rn) else {
                    break;
                };
                let Some(field) = layout.fields.iter().rfind(|fl| {
                    fl.offset_bits <= rem && rem < fl.offset_bits + fl.size_bits.max(1)
                }) else {
                    break;
                };
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(if field.name.is_empty() {
                    "(anonymous)"
                } else {
                    &field.name
                });
                rem -= field.offset_bits;
                cur = field.ty.clone();
                if rem == 0 && !matches!(cur.canonical(), CType::Record { .. }) {
                    return (name, Some(cur));
                }
                if rem == 0 {
                    // Offset 0 of a nested record: its first scalar is what was accessed,
                    // but the record itself is the useful name.
                    return (name, Some(cur));
                }
            }
            CType::Array { element, .. } => {
                name.push_str("[]");
                let esz = elem_size(di, &element);
                if esz > 0 {
                    rem %= esz * 8;
                }
                cur = *element;
                if rem == 0 {
                    return (name, Some(cur));
                }
            }
            _ => break,
        }
    }
    if name.is_empty() {
        if off == 0 {
            return ("[0]".into(), Some(t.clone()));
        }
        return (format!("+{off}"), None);
    }
    (name, Some(cur))
}

fn elem_size(di: &DiTypes, t: &CType) -> u64 {
    match t.canonical() {
        CType::Record { name, .. } => di.layouts.get(name).map_or(0, |l| l.size_bytes),
        CType::Int { bits, .. } | CType::Float { bits, .. } => *bits as u64 / 8,
        CType::Pointer { .. } => 8,
        _ => 0,
    }
}

/// Facts for every externally visible (or every, with `all`) function, sorted by name.
pub fn all_facts(
    b: &FactsBuilder<'_>,
    analysis: &crate::Analysis,
    all: bool,
) -> Vec<FunctionFacts> {
    let mut refs: Vec<_> = analysis.results.keys().copied().collect();
    refs.sort();
    let mut by_name: BTreeMap<String, FunctionFacts> = BTreeMap::new();
    // Debug-info node ids are per module: one type cache per module, or types of one
    // module would be read as another's (crc32's `buf` became `const Bytef`).
    let mut di_by_module: FxHashMap<u32, DiTypes> = FxHashMap::default();
    let mut owned_records: FxHashMap<String, String> = FxHashMap::default();
    let mut deallocators: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for fr in refs {
        let di = di_by_module.entry(fr.module).or_default();
        let f = b.prog.function(fr);
        if !all && !f.linkage.is_external() {
            continue;
        }
        // Of several definitions of one name (a weak default and its override), the one
        // the linker keeps.
        if f.linkage.is_external() && b.prog.lookup_function(&f.name).is_some_and(|k| k != fr) {
            continue;
        }
        let out = &analysis.results[&fr];
        if let Some(ff) = b.function(fr, out, di) {
            let key = if f.linkage.is_external() {
                ff.name.clone()
            } else {
                format!("{}@{}", ff.name, ff.location.file)
            };
            if f.linkage.is_external() {
                if let Some(decl) = b.prog.module(fr.module).c_decl(f, di) {
                    if let Some(r) = record_pointee(&decl.ret) {
                        owned_records.insert(ff.name.clone(), r);
                    }
                    for (pf, cp) in ff.params.iter().zip(&decl.params) {
                        let frees = pf.pointer.as_ref().is_some_and(|p| p.freed == Verdict::Yes);
                        if let (true, Some(r)) = (frees, record_pointee(&cp.ty)) {
                            deallocators
                                .entry(r)
                                .or_default()
                                .push((ff.params.len(), ff.name.clone()));
                        }
                    }
                }
            }
            by_name.entry(key).or_insert(ff);
        }
    }
    // Pair `owned` results with the library's deallocator of their struct type: a function
    // whose summary frees a parameter of that type (fewest parameters, then by name).
    for ff in by_name.values_mut() {
        let Returns::Owned { deallocator } = &mut ff.returns else {
            continue;
        };
        let Some(rec) = owned_records.get(&ff.name) else {
            continue;
        };
        if let Some(cands) = deallocators.get_mut(rec) {
            cands.sort();
            if let Some((_, name)) = cands.iter().find(|(_, n)| *n != ff.name) {
                *deallocator = Some(name.clone());
            }
        }
    }
    by_name.into_values().collect()
}

/// The struct a pointer type points to (through typedefs), by name.
fn record_pointee(t: &CType) -> Option<String> {
    match pointee(t)?.canonical() {
        CType::Record { name, .. } if !name.is_empty() => Some(name.clone()),
        _ => None,
    }
}
