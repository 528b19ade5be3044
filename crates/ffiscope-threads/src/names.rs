//! Access paths, locks and positions in source terms: `sqlite3Config.mutex.xMutexEnter`,
//! `strm->state`, `zutil.c:42`. Field names come from debug info where it is at hand,
//! byte offsets otherwise.

use std::sync::Arc;

use ffiscope_engine::keys::KeyKind;
use ffiscope_ir::{Function, MdNode, Module};

use crate::local::Ctx;
use crate::path::{APath, Base, Lock, ANY};
use crate::summary::Site;

/// `file:line` of a site, or `?` without debug info.
pub fn site(ctx: &Ctx<'_>, s: Site) -> String {
    let m = ctx.prog.module(s.module);
    match s.dbg.and_then(|d| m.location(ffiscope_ir::MdId(d))) {
        Some(p) => format!("{}:{}", (ctx.display)(&p.file), p.line),
        None => "?".into(),
    }
}

/// A global's name as users know it: a function-local static `f.buf` stays `f.buf`; the
/// translation-unit qualifier of internal names is dropped.
pub fn global(ctx: &Ctx<'_>, key: u32) -> String {
    let n = ctx.keys.name(key);
    match n.rsplit_once(':') {
        Some((_, short)) => short.to_string(),
        None => n.to_string(),
    }
}

/// Strips DI typedefs, qualifiers and member wrappers.
fn strip(m: &Module, mut t: Arc<MdNode>) -> Option<Arc<MdNode>> {
    for _ in 0..16 {
        let tag = t.word("tag").unwrap_or("");
        if t.kind() == "DIDerivedType"
            && matches!(
                tag,
                "DW_TAG_typedef"
                    | "DW_TAG_const_type"
                    | "DW_TAG_volatile_type"
                    | "DW_TAG_atomic_type"
                    | "DW_TAG_member"
            )
        {
            t = m.md_field(&t, "baseType")?;
        } else {
            return Some(t);
        }
    }
    None
}

/// `.a.b` for the member at byte `off` of type `t`, and the member's type.
fn fields(m: &Module, t: Arc<MdNode>, off: i64, out: &mut String) -> Option<Arc<MdNode>> {
    let mut t = strip(m, t)?;
    let mut off_bits = (off as i128) * 8;
    for _ in 0..8 {
        if t.kind() != "DICompositeType" {
            break;
        }
        let tag = t.word("tag").unwrap_or("");
        if tag == "DW_TAG_array_type" {
            out.push_str("[]");
            let elem = strip(m, m.md_field(&t, "baseType")?)?;
            let esize = elem.int("size").unwrap_or(0);
            if esize > 0 {
                off_bits %= esize;
            }
            t = elem;
            continue;
        }
        if tag != "DW_TAG_structure_type" && tag != "DW_TAG_union_type" {
            break;
        }
        let elems = m.md_field(&t, "elements")?;
        let mut found = None;
        for e in elems.tuple()? {
            let Some(mem) = m.md_value(e) else { continue };
            let mo = mem.int("offset").unwrap_or(0);
            let ms = mem.int("size").unwrap_or(0);
            if off_bits >= mo && (off_bits < mo + ms.max(1)) {
                found = Some((mem.clone(), mo));
                break;
            }
        }
        let (mem, mo) = found?;
        out.push('.');
        out.push_str(mem.str_field("name").unwrap_or("?"));
        off_bits -= mo;
        t = strip(m, m.md_field(&mem, "baseType")?)?;
        if off_bits == 0 && t.kind() != "DICompositeType" {
            return Some(t);
        }
    }
    Some(t)
}

fn pointee(m: &Module, t: Arc<MdNode>) -> Option<Arc<MdNode>> {
    let t = strip(m, t)?;
    if t.word("tag") == Some("DW_TAG_pointer_type") {
        m.md_field(&t, "baseType")
    } else {
        None
    }
}

/// Renders the offsets of `p` after `start` (of DI type `ty`, the object the base names).
fn render_rest(m: &Module, mut ty: Option<Arc<MdNode>>, p: &APath, whole: bool, out: &mut String) {
    let mut offs: Vec<i64> = p.steps.clone();
    offs.push(p.off);
    let last = offs.len() - 1;
    for (i, off) in offs.into_iter().enumerate() {
        let mut s = String::new();
        let field_ty = if whole && i == last && off == 0 {
            None
        } else if off == ANY {
            s.push_str("[?]");
            None
        } else {
            match ty.clone().and_then(|t| fields(m, t, off, &mut s)) {
                Some(t) => Some(t),
                None => {
                    s.clear();
                    if off != 0 {
                        s.push_str(&format!("+{off}"));
                    }
                    None
                }
            }
        };
        out.push_str(&s);
        if i < last {
            out.push_str("->");
            ty = field_ty.and_then(|t| pointee(m, t));
        }
    }
}

/// Byte ranges `[start, end)` of the unions inside global `key` (the outermost ones,
/// the global itself included): two fields at different offsets of one union overlap.
pub fn union_ranges(ctx: &Ctx<'_>, key: u32) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    if let Some((m, t)) = global_type(ctx, key) {
        unions_in(m, t, 0, &mut out, 0);
    }
    out
}

fn unions_in(m: &Module, t: Arc<MdNode>, base: i64, out: &mut Vec<(i64, i64)>, depth: u32) {
    let Some(t) = strip(m, t) else { return };
    if depth > 8 || out.len() > 64 || t.kind() != "DICompositeType" {
        return;
    }
    let size = t.int("size").unwrap_or(0) as i64 / 8;
    match t.word("tag").unwrap_or("") {
        "DW_TAG_union_type" => out.push((base, base + size.max(1))),
        "DW_TAG_structure_type" => {
            let Some(elems) = m.md_field(&t, "elements") else {
                return;
            };
            for e in elems.tuple().unwrap_or_default() {
                let Some(mem) = m.md_value(e) else { continue };
                let off = mem.int("offset").unwrap_or(0) as i64 / 8;
                if let Some(mt) = m.md_field(&mem, "baseType") {
                    unions_in(m, mt, base + off, out, depth + 1);
                }
            }
        }
        "DW_TAG_array_type" => {
            let Some(elem) = m.md_field(&t, "baseType") else {
                return;
            };
            let mut inner = Vec::new();
            unions_in(m, elem.clone(), 0, &mut inner, depth + 1);
            let esize = strip(m, elem).and_then(|e| e.int("size")).unwrap_or(0) as i64 / 8;
            if inner.is_empty() || esize <= 0 {
                return;
            }
            let mut at = 0;
            while at + esize <= size && out.len() <= 64 {
                out.extend(inner.iter().map(|(a, b)| (base + at + a, base + at + b)));
                at += esize;
            }
        }
        _ => {}
    }
}

/// The DI type of a global, with the module it lives in.
fn global_type<'p>(ctx: &Ctx<'p>, key: u32) -> Option<(&'p Module, Arc<MdNode>)> {
    let KeyKind::Var {
        def: Some((dm, dg)),
        ..
    } = &ctx.keys.kinds[key as usize]
    else {
        return None;
    };
    let m = ctx.prog.module(*dm);
    let t = m.globals[*dg as usize]
        .dbg
        .first()
        .and_then(|d| m.md(*d))
        .and_then(|e| m.md_field(&e, "var"))
        .and_then(|v| m.md_field(&v, "type"))?;
    Some((m, t))
}

/// An access path in source terms, in the frame of function `f`.
pub fn path(ctx: &Ctx<'_>, f: &Function, p: &APath) -> String {
    path_as(ctx, f, p, false)
}

/// A path that addresses a field, named as the field even at offset 0 (`c->st`, where
/// [`path`] says `*c`, the object or its first field).
pub fn field(ctx: &Ctx<'_>, f: &Function, p: &APath) -> String {
    path_named(ctx, f, p, false, true)
}

/// `whole`: offset 0 of the last object names the object (a lock), not its first field.
fn path_as(ctx: &Ctx<'_>, f: &Function, p: &APath, whole: bool) -> String {
    path_named(ctx, f, p, whole, false)
}

/// `first_field`: offset 0 of a parameter's object names its first field, not `*p`.
fn path_named(ctx: &Ctx<'_>, f: &Function, p: &APath, whole: bool, first_field: bool) -> String {
    if p.is_deep() {
        // Any object reached from the base (`g_buf...`, `list->...`) or from the pointer
        // the prefix loads (`g_head->...`, `list->head->...`).
        let prefix = p.prefix();
        let Some((&last, rest)) = prefix.split_last() else {
            let base = APath {
                base: p.base.clone(),
                steps: Vec::new(),
                off: 0,
            };
            let b = path_as(ctx, f, &base, true);
            return match p.base {
                Base::Libc(_) => b,
                Base::Param(_) => format!("{}->...", b.trim_start_matches('*')),
                Base::Global(_) => format!("{b}..."),
            };
        };
        let ptr = APath {
            base: p.base.clone(),
            steps: rest.to_vec(),
            off: last,
        };
        return format!("{}->...", path_as(ctx, f, &ptr, false));
    }
    let mut out = String::new();
    match &p.base {
        Base::Global(k) => {
            out.push_str(&global(ctx, *k));
            let ty = match &ctx.keys.kinds[*k as usize] {
                KeyKind::Var {
                    def: Some((dm, dg)),
                    ..
                } => {
                    let m = ctx.prog.module(*dm);
                    m.globals[*dg as usize]
                        .dbg
                        .first()
                        .and_then(|d| m.md(*d))
                        .and_then(|e| m.md_field(&e, "var"))
                        .and_then(|v| m.md_field(&v, "type"))
                        .map(|t| (m, t))
                }
                _ => None,
            };
            match ty {
                Some((m, t)) => render_rest(m, Some(t), p, whole, &mut out),
                None => render_rest(&ctx.prog.modules[0], None, p, whole, &mut out),
            }
        }
        Base::Param(i) => {
            let name = f
                .params
                .get(*i as usize)
                .map(|p| p.name.clone())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| format!("arg{i}"));
            // The module of `f`: find it by pointer.
            let m = ctx
                .prog
                .modules
                .iter()
                .find(|m| m.functions.as_ptr_range().contains(&(f as *const Function)));
            let ty = m.and_then(|m| {
                let vars = m.param_vars(f);
                let v = vars.get(&(*i + 1))?;
                pointee(m, m.md_field(v, "type")?)
            });
            let named_field = first_field && ty.is_some();
            if p.steps.is_empty() && p.off == 0 && !named_field {
                out.push('*');
                out.push_str(&name);
            } else {
                out.push_str(&name);
                let mut s = String::new();
                if let Some(m) = m {
                    render_rest(m, ty, p, whole, &mut s);
                }
                // `p.field` reads better as `p->field`.
                match s.strip_prefix('.') {
                    Some(rest) => {
                        out.push_str("->");
                        out.push_str(rest);
                    }
                    None => {
                        out.push_str("->");
                        out.push_str(s.trim_start_matches("->"));
                    }
                }
            }
        }
        Base::Libc(s) => {
            out.push_str("libc ");
            out.push_str(s);
        }
    }
    // A field of what a global pointer points to: `g->.f` reads `g->f`.
    if out.contains("->.") {
        out = out.replace("->.", "->");
    }
    // The object a pointer points to, as a whole (`c->out->` is `*c->out`).
    if let Some(rest) = out.strip_suffix("->") {
        return format!("*{rest}");
    }
    out
}

/// A lock in source terms.
pub fn lock(ctx: &Ctx<'_>, f: &Function, l: &Lock) -> String {
    let p = match &l.path {
        Some(p) => path_as(ctx, f, p, true),
        None => "a lock of unknown identity".into(),
    };
    if l.once {
        format!("once-flag {p}")
    } else {
        p
    }
}
