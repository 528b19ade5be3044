//! Name and type resolution over the raw items of every loaded package: `use` imports
//! (globs and renames included), `crate`/`self`/`super` paths, type aliases (with their
//! chain kept for messages), C type names from std/core/libc, and constant expressions for
//! array lengths and enum discriminants.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use quote::ToTokens;

use crate::model::*;
use crate::target::TargetInfo;
use crate::types::{PtrKind, RustType};
use crate::walk::{find_macro, tokens_text, type_text, DefRef, Raw, RawModule};

#[derive(Debug, Clone, PartialEq)]
enum Res {
    Module(String),
    Type(String),
    Alias(String),
    ForeignFn(usize),
    Const(String),
    Value,
    External(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Ns {
    Type,
    Value,
}

fn ns_ok(d: &DefRef, ns: Ns) -> bool {
    match ns {
        Ns::Type => matches!(d, DefRef::Module(_) | DefRef::Type(_) | DefRef::Alias(_)),
        Ns::Value => matches!(d, DefRef::ForeignFn(_) | DefRef::Const(_) | DefRef::Value),
    }
}

fn def_res(d: &DefRef) -> Res {
    match d {
        DefRef::Module(k) => Res::Module(k.clone()),
        DefRef::Type(p) => Res::Type(p.clone()),
        DefRef::Alias(p) => Res::Alias(p.clone()),
        DefRef::ForeignFn(i) => Res::ForeignFn(*i),
        DefRef::Const(p) => Res::Const(p.clone()),
        DefRef::Value => Res::Value,
    }
}

struct TyCx<'a> {
    module: &'a str,
    generics: &'a [String],
    self_ty: Option<&'a RustType>,
    depth: usize,
}

pub(crate) struct Resolver<'a> {
    raw: &'a Raw,
    target: &'a TargetInfo,
    crates: BTreeSet<String>,
    aliases: HashMap<&'a str, usize>,
    consts: HashMap<&'a str, usize>,
    alias_cache: RefCell<HashMap<String, (RustType, Vec<String>)>>,
    alias_busy: RefCell<HashSet<String>>,
    const_busy: RefCell<HashSet<String>>,
}

const MAX_DEPTH: usize = 40;

impl<'a> Resolver<'a> {
    pub fn new(raw: &'a Raw, target: &'a TargetInfo) -> Self {
        let crates = raw
            .modules
            .iter()
            .filter(|(_, m)| m.parent.is_none())
            .map(|(k, _)| k.clone())
            .collect();
        Resolver {
            raw,
            target,
            crates,
            aliases: raw
                .aliases
                .iter()
                .enumerate()
                .map(|(i, a)| (a.path.as_str(), i))
                .collect(),
            consts: raw
                .consts
                .iter()
                .enumerate()
                .map(|(i, c)| (c.path.as_str(), i))
                .collect(),
            alias_cache: RefCell::default(),
            alias_busy: RefCell::default(),
            const_busy: RefCell::default(),
        }
    }

    fn module(&self, k: &str) -> Option<&'a RawModule> {
        self.raw.modules.get(k)
    }

    fn resolve_path(&self, module: &str, segs: &[String], ns: Ns, depth: usize) -> Option<Res> {
        if segs.is_empty() || depth > MAX_DEPTH {
            return None;
        }
        let mut i = 1;
        let mut cur = match segs[0].as_str() {
            "::" => {
                let name = segs.get(1)?;
                i = 2;
                if self.crates.contains(name) {
                    Res::Module(name.clone())
                } else {
                    return Some(Res::External(segs[1..].to_vec()));
                }
            }
            "crate" | "$crate" => Res::Module(self.module(module)?.crate_root.clone()),
            "self" => Res::Module(module.to_string()),
            "super" => {
                let mut m = self.module(module)?.parent.clone()?;
                while segs.get(i).map(String::as_str) == Some("super") {
                    m = self.module(&m)?.parent.clone()?;
                    i += 1;
                }
                Res::Module(m)
            }
            first => {
                let first_ns = if segs.len() == 1 { ns } else { Ns::Type };
                let mut visited = HashSet::new();
                match self.lookup(module, first, first_ns, &mut visited, depth + 1) {
                    Some(r) => r,
                    None if self.crates.contains(first) => Res::Module(first.to_string()),
                    None => return None,
                }
            }
        };
        while i < segs.len() {
            let seg = &segs[i];
            let seg_ns = if i + 1 == segs.len() { ns } else { Ns::Type };
            cur = match cur {
                Res::Module(k) => {
                    let mut visited = HashSet::new();
                    self.lookup(&k, seg, seg_ns, &mut visited, depth + 1)?
                }
                Res::External(mut p) => {
                    p.push(seg.clone());
                    Res::External(p)
                }
                _ => return None,
            };
            i += 1;
        }
        if segs.len() == 1 && matches!(segs[0].as_str(), "crate" | "self" | "super") {
            return Some(cur);
        }
        Some(cur)
    }

    fn lookup(
        &self,
        module: &str,
        name: &str,
        ns: Ns,
        visited: &mut HashSet<(String, String)>,
        depth: usize,
    ) -> Option<Res> {
        if depth > MAX_DEPTH || !visited.insert((module.to_string(), name.to_string())) {
            return None;
        }
        let m = self.module(module)?;
        if let Some(defs) = m.defs.get(name) {
            if let Some(d) = defs.iter().find(|d| ns_ok(d, ns)) {
                return Some(def_res(d));
            }
        }
        for u in m.uses.iter().filter(|u| !u.glob && u.binding == name) {
            if let Some(r) = self.resolve_use(module, &u.path, ns, visited, depth + 1) {
                return Some(r);
            }
        }
        for u in m.uses.iter().filter(|u| u.glob) {
            match self.resolve_use(module, &u.path, Ns::Type, visited, depth + 1) {
                Some(Res::Module(k)) => {
                    if let Some(r) = self.lookup(&k, name, ns, visited, depth + 1) {
                        return Some(r);
                    }
                }
                Some(Res::External(mut p))
                    if ns == Ns::Type && self.known_external_name(&p, name) =>
                {
                    p.push(name.to_string());
                    return Some(Res::External(p));
                }
                _ => {}
            }
        }
        None
    }

    fn resolve_use(
        &self,
        module: &str,
        path: &[String],
        ns: Ns,
        visited: &mut HashSet<(String, String)>,
        depth: usize,
    ) -> Option<Res> {
        if path.is_empty() || depth > MAX_DEPTH {
            return None;
        }
        match path[0].as_str() {
            "::" | "crate" | "self" | "super" | "$crate" => {
                self.resolve_path(module, path, ns, depth + 1)
            }
            first => {
                // Relative to the module (a child module or an imported name) or an extern crate.
                let first_ns = if path.len() == 1 { ns } else { Ns::Type };
                let start = match self.lookup(module, first, first_ns, visited, depth + 1) {
                    Some(r) => r,
                    None if self.crates.contains(first) => Res::Module(first.to_string()),
                    None => Res::External(vec![first.to_string()]),
                };
                let mut cur = start;
                for (i, seg) in path.iter().enumerate().skip(1) {
                    let seg_ns = if i + 1 == path.len() { ns } else { Ns::Type };
                    cur = match cur {
                        Res::Module(k) => {
                            let mut v = HashSet::new();
                            self.lookup(&k, seg, seg_ns, &mut v, depth + 1)?
                        }
                        Res::External(mut p) => {
                            p.push(seg.clone());
                            Res::External(p)
                        }
                        _ => return None,
                    };
                }
                Some(cur)
            }
        }
    }

    /// Whether a glob import of external path `root` plausibly provides `name`.
    fn known_external_name(&self, root: &[String], name: &str) -> bool {
        let r0 = root.first().map(String::as_str).unwrap_or("");
        if c_builtin(name, self.target).is_some() && name.starts_with("c_") {
            return true;
        }
        match r0 {
            "libc" => libc_builtin(name, self.target).is_some() || name == "FILE",
            "std" | "core" | "alloc" => std_wrapper_name(name),
            _ => false,
        }
    }

    // ---------------------------------------------------------------- types

    fn ty(&self, t: &syn::Type, cx: &TyCx) -> (RustType, Vec<String>) {
        if cx.depth > MAX_DEPTH {
            return (unknown(t, "type nests too deeply"), Vec::new());
        }
        let sub = TyCx {
            module: cx.module,
            generics: cx.generics,
            self_ty: cx.self_ty,
            depth: cx.depth + 1,
        };
        match t {
            syn::Type::Paren(p) => self.ty(&p.elem, &sub),
            syn::Type::Group(g) => self.ty(&g.elem, &sub),
            syn::Type::Never(_) => (RustType::Never, Vec::new()),
            syn::Type::Tuple(tt) => {
                if tt.elems.is_empty() {
                    (RustType::Unit, Vec::new())
                } else {
                    (
                        RustType::Tuple {
                            elems: tt.elems.iter().map(|e| self.ty(e, &sub).0).collect(),
                        },
                        Vec::new(),
                    )
                }
            }
            syn::Type::Ptr(p) => (
                RustType::Pointer {
                    ptr: PtrKind::Raw,
                    mutable: p.mutability.is_some(),
                    pointee: Box::new(self.ty(&p.elem, &sub).0),
                    lifetime: None,
                },
                Vec::new(),
            ),
            syn::Type::Reference(r) => (
                RustType::Pointer {
                    ptr: PtrKind::Ref,
                    mutable: r.mutability.is_some(),
                    pointee: Box::new(self.ty(&r.elem, &sub).0),
                    lifetime: r.lifetime.as_ref().map(|l| l.ident.to_string()),
                },
                Vec::new(),
            ),
            syn::Type::Array(a) => {
                let len = self
                    .eval_int(&a.len, cx.module, 0)
                    .and_then(|v| u64::try_from(v).ok());
                (
                    RustType::Array {
                        elem: Box::new(self.ty(&a.elem, &sub).0),
                        len,
                    },
                    Vec::new(),
                )
            }
            syn::Type::Slice(s) => (
                RustType::Slice {
                    elem: Box::new(self.ty(&s.elem, &sub).0),
                },
                Vec::new(),
            ),
            syn::Type::BareFn(f) => {
                let abi = f.abi.as_ref().map(|a| {
                    a.name
                        .as_ref()
                        .map(|n| n.value())
                        .unwrap_or_else(|| "C".into())
                });
                let params = f.inputs.iter().map(|a| self.ty(&a.ty, &sub).0).collect();
                let ret = match &f.output {
                    syn::ReturnType::Default => RustType::Unit,
                    syn::ReturnType::Type(_, t) => self.ty(t, &sub).0,
                };
                (
                    RustType::FnPtr {
                        abi,
                        params,
                        ret: Box::new(ret),
                        variadic: f.variadic.is_some(),
                        is_unsafe: f.unsafety.is_some(),
                    },
                    Vec::new(),
                )
            }
            syn::Type::TraitObject(_) | syn::Type::ImplTrait(_) => {
                (RustType::TraitObject { text: type_text(t) }, Vec::new())
            }
            syn::Type::Macro(m) => {
                let name = m
                    .mac
                    .path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default();
                let expanded = find_macro(&self.raw.modules, cx.module, &name)
                    .and_then(|d| d.expand(&m.mac.tokens))
                    .and_then(|ts| syn::parse2::<syn::Type>(ts).ok());
                match expanded {
                    Some(t2) => self.ty(&t2, &sub),
                    None => (unknown(t, "type macro not expanded"), Vec::new()),
                }
            }
            syn::Type::Path(p) => self.path_ty(t, p, &sub),
            _ => (unknown(t, "unsupported type syntax"), Vec::new()),
        }
    }

    fn path_ty(&self, whole: &syn::Type, p: &syn::TypePath, cx: &TyCx) -> (RustType, Vec<String>) {
        if p.qself.is_some() {
            return (
                unknown(whole, "qualified paths are not resolved"),
                Vec::new(),
            );
        }
        let mut segs: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if p.path.leading_colon.is_some() {
            segs.insert(0, "::".into());
        }
        let last = p.path.segments.last();
        let args: Vec<RustType> = match last.map(|s| &s.arguments) {
            Some(syn::PathArguments::AngleBracketed(a)) => a
                .args
                .iter()
                .filter_map(|g| match g {
                    syn::GenericArgument::Type(t) => Some(self.ty(t, cx).0),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        if segs.len() == 1 {
            let n = segs[0].as_str();
            if cx.generics.iter().any(|g| g == n) {
                return (RustType::Generic { name: n.into() }, Vec::new());
            }
            if n == "Self" {
                return match cx.self_ty {
                    Some(t) => (t.clone(), Vec::new()),
                    None => (unknown(whole, "`Self` outside an impl"), Vec::new()),
                };
            }
            if let Some(t) = primitive(n, self.target) {
                // A local type named like a primitive would shadow it; that is rare enough.
                if self.module(cx.module).and_then(|m| m.defs.get(n)).is_none() {
                    return (t, Vec::new());
                }
            }
        }
        let res = self.resolve_path(cx.module, &segs, Ns::Type, 0);
        match res {
            Some(Res::Type(path)) => (RustType::Adt { path, args }, Vec::new()),
            Some(Res::Alias(path)) => {
                let (t, mut chain) = self.alias(&path);
                let name = path.rsplit("::").next().unwrap_or(&path).to_string();
                chain.insert(0, name);
                (t, chain)
            }
            Some(Res::External(path)) => (self.external(&path, args), Vec::new()),
            _ => {
                let name = segs.last().cloned().unwrap_or_default();
                if let Some(t) = self.builtin_by_name(&name, args, true) {
                    return (t, Vec::new());
                }
                (
                    unknown(whole, "not defined in the loaded crates"),
                    Vec::new(),
                )
            }
        }
    }

    fn external(&self, path: &[String], args: Vec<RustType>) -> RustType {
        let name = path.last().cloned().unwrap_or_default();
        let root = path.first().map(String::as_str).unwrap_or("");
        let lenient = matches!(root, "std" | "core" | "alloc" | "libc");
        if let Some(t) = self.builtin_by_name(&name, args, lenient) {
            return t;
        }
        RustType::External {
            path: path.join("::"),
        }
    }

    /// std wrappers and C type names by their last path segment.
    fn builtin_by_name(
        &self,
        name: &str,
        mut args: Vec<RustType>,
        libc_names: bool,
    ) -> Option<RustType> {
        let first = || args.first().cloned();
        Some(match name {
            "Option" => RustType::Option {
                inner: Box::new(first()?),
            },
            "NonNull" => RustType::Pointer {
                ptr: PtrKind::NonNull,
                mutable: true,
                pointee: Box::new(first()?),
                lifetime: None,
            },
            "Box" => RustType::Pointer {
                ptr: PtrKind::Box,
                mutable: true,
                pointee: Box::new(first()?),
                lifetime: None,
            },
            "AtomicPtr" => RustType::Pointer {
                ptr: PtrKind::Raw,
                mutable: true,
                pointee: Box::new(first()?),
                lifetime: None,
            },
            "PhantomData" | "PhantomPinned" => RustType::PhantomData,
            "MaybeUninit" | "ManuallyDrop" | "Cell" | "UnsafeCell" | "SyncUnsafeCell"
            | "Wrapping" | "Pin" | "AssertUnwindSafe" => {
                if args.is_empty() {
                    return None;
                }
                args.swap_remove(0)
            }
            "AtomicBool" => RustType::Bool,
            _ => {
                if let Some(rest) = name.strip_prefix("Atomic") {
                    let lower = rest.to_ascii_lowercase();
                    if let Some(t) = primitive(&lower, self.target) {
                        return Some(t);
                    }
                }
                if let Some(rest) = name.strip_prefix("NonZero") {
                    let lower = rest.to_ascii_lowercase();
                    if let Some(t) = primitive(&lower, self.target) {
                        return Some(t);
                    }
                    if rest.is_empty() {
                        return first();
                    }
                }
                if let Some(t) = c_builtin(name, self.target) {
                    return Some(t);
                }
                if libc_names {
                    if let Some(t) = libc_builtin(name, self.target) {
                        return Some(t);
                    }
                }
                return None;
            }
        })
    }

    fn alias(&self, path: &str) -> (RustType, Vec<String>) {
        if let Some(r) = self.alias_cache.borrow().get(path) {
            return r.clone();
        }
        let Some(&idx) = self.aliases.get(path) else {
            return (
                RustType::Unknown {
                    text: path.into(),
                    reason: "alias not found".into(),
                },
                Vec::new(),
            );
        };
        if !self.alias_busy.borrow_mut().insert(path.to_string()) {
            return (
                RustType::Unknown {
                    text: path.into(),
                    reason: "alias refers to itself".into(),
                },
                Vec::new(),
            );
        }
        let a = &self.raw.aliases[idx];
        let cx = TyCx {
            module: &a.module,
            generics: &a.generics,
            self_ty: None,
            depth: 0,
        };
        let r = self.ty(&a.ty, &cx);
        self.alias_busy.borrow_mut().remove(path);
        self.alias_cache
            .borrow_mut()
            .insert(path.to_string(), r.clone());
        r
    }

    fn type_ref(
        &self,
        t: &syn::Type,
        module: &str,
        generics: &[String],
        self_ty: Option<&RustType>,
    ) -> TypeRef {
        let cx = TyCx {
            module,
            generics,
            self_ty,
            depth: 0,
        };
        let (resolved, aliases) = self.ty(t, &cx);
        TypeRef {
            text: type_text(t),
            resolved,
            aliases,
        }
    }

    // ---------------------------------------------------------------- constants

    pub fn eval_int(&self, e: &syn::Expr, module: &str, depth: usize) -> Option<i128> {
        if depth > MAX_DEPTH {
            return None;
        }
        use syn::{BinOp, Expr, Lit, UnOp};
        match e {
            Expr::Lit(l) => match &l.lit {
                Lit::Int(i) => i
                    .base10_parse::<i128>()
                    .ok()
                    .or_else(|| i.base10_parse::<u128>().ok().map(|v| v as i128)),
                Lit::Byte(b) => Some(i128::from(b.value())),
                Lit::Char(c) => Some(i128::from(u32::from(c.value()))),
                Lit::Bool(b) => Some(i128::from(b.value)),
                _ => None,
            },
            Expr::Paren(p) => self.eval_int(&p.expr, module, depth + 1),
            Expr::Group(g) => self.eval_int(&g.expr, module, depth + 1),
            Expr::Block(b) if b.block.stmts.len() == 1 => match &b.block.stmts[0] {
                syn::Stmt::Expr(e, None) => self.eval_int(e, module, depth + 1),
                _ => None,
            },
            Expr::Cast(c) => {
                let v = self.eval_int(&c.expr, module, depth + 1)?;
                let cx = TyCx {
                    module,
                    generics: &[],
                    self_ty: None,
                    depth: 0,
                };
                match self.ty(&c.ty, &cx).0 {
                    RustType::Int { bits, signed, .. } if bits < 128 => {
                        let m = 1i128 << bits;
                        let u = v.rem_euclid(m);
                        Some(if signed && u >= m / 2 { u - m } else { u })
                    }
                    _ => Some(v),
                }
            }
            Expr::Unary(u) => {
                let v = self.eval_int(&u.expr, module, depth + 1)?;
                match u.op {
                    UnOp::Neg(_) => v.checked_neg(),
                    UnOp::Not(_) => Some(!v),
                    _ => None,
                }
            }
            Expr::Binary(b) => {
                let l = self.eval_int(&b.left, module, depth + 1)?;
                let r = self.eval_int(&b.right, module, depth + 1)?;
                match b.op {
                    BinOp::Add(_) => l.checked_add(r),
                    BinOp::Sub(_) => l.checked_sub(r),
                    BinOp::Mul(_) => l.checked_mul(r),
                    BinOp::Div(_) => l.checked_div(r),
                    BinOp::Rem(_) => l.checked_rem(r),
                    BinOp::Shl(_) => u32::try_from(r).ok().and_then(|r| l.checked_shl(r)),
                    BinOp::Shr(_) => u32::try_from(r).ok().and_then(|r| l.checked_shr(r)),
                    BinOp::BitAnd(_) => Some(l & r),
                    BinOp::BitOr(_) => Some(l | r),
                    BinOp::BitXor(_) => Some(l ^ r),
                    _ => None,
                }
            }
            Expr::Path(p) if p.qself.is_none() => {
                let mut segs: Vec<String> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                if p.path.leading_colon.is_some() {
                    segs.insert(0, "::".into());
                }
                match self.resolve_path(module, &segs, Ns::Value, 0)? {
                    Res::Const(path) => self.const_value(&path, depth + 1),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn const_value(&self, path: &str, depth: usize) -> Option<i128> {
        let &idx = self.consts.get(path)?;
        if !self.const_busy.borrow_mut().insert(path.to_string()) {
            return None;
        }
        let c = &self.raw.consts[idx];
        let v = self.eval_int(&c.expr, &c.module, depth + 1);
        self.const_busy.borrow_mut().remove(path);
        v
    }

    // ---------------------------------------------------------------- the model

    pub fn build(&self, model: &mut CrateModel) {
        let raw = self.raw;
        for f in &raw.foreign_fns {
            let params = f
                .params
                .iter()
                .map(|p| RustParam {
                    name: p.name.clone(),
                    ty: self.type_ref(&p.ty, &f.module, &[], None),
                    location: p.location.clone(),
                })
                .collect();
            let (ret, ret_location) = match &f.ret {
                Some((t, l)) => (
                    Some(self.type_ref(t, &f.module, &[], None)),
                    Some(l.clone()),
                ),
                None => (None, None),
            };
            model.foreign_fns.push(ForeignFn {
                name: f.name.clone(),
                link_name: f.link_name.clone().unwrap_or_else(|| f.name.clone()),
                abi: f.abi.clone(),
                unsafe_block: f.unsafe_block,
                declared_safe: f.declared_safe,
                params,
                ret,
                ret_location,
                variadic: f.variadic,
                location: f.location.clone(),
                block_location: f.block_location.clone(),
                item: f.item.clone(),
                module: f.module.clone(),
                package: f.package.clone(),
                link: f.link.clone(),
                allows: dedup(f.allows.clone()),
            });
        }
        for s in &raw.foreign_statics {
            model.foreign_statics.push(ForeignStatic {
                name: s.name.clone(),
                link_name: s.link_name.clone().unwrap_or_else(|| s.name.clone()),
                mutable: s.mutable,
                ty: self.type_ref(&s.ty, &s.module, &[], None),
                location: s.location.clone(),
                item: s.item.clone(),
                package: s.package.clone(),
                allows: dedup(s.allows.clone()),
            });
        }
        for t in &raw.types {
            let fields = t
                .fields
                .iter()
                .map(|f| FieldDef {
                    name: f.name.clone(),
                    ty: self.type_ref(&f.ty, &t.module, &t.generics, None),
                    location: f.location.clone(),
                })
                .collect();
            let mut next: Option<i128> = Some(0);
            let variants = t
                .variants
                .iter()
                .map(|v| {
                    let value = match &v.expr {
                        Some(e) => self.eval_int(e, &t.module, 0),
                        None => next,
                    };
                    next = value.and_then(|x| x.checked_add(1));
                    VariantDef {
                        name: v.name.clone(),
                        value,
                        expr: v.expr.as_ref().map(|e| tokens_text(&e.to_token_stream())),
                        fields: v
                            .fields
                            .iter()
                            .map(|f| FieldDef {
                                name: f.name.clone(),
                                ty: self.type_ref(&f.ty, &t.module, &t.generics, None),
                                location: f.location.clone(),
                            })
                            .collect(),
                        location: v.location.clone(),
                    }
                })
                .collect();
            model.types.entry(t.path.clone()).or_insert(TypeDef {
                path: t.path.clone(),
                name: t.name.clone(),
                kind: t.kind,
                repr: t.repr.clone(),
                generics: t.generics.clone(),
                fields,
                variants,
                tuple: t.tuple,
                location: t.location.clone(),
                item: t.item.clone(),
                package: t.package.clone(),
                allows: dedup(t.allows.clone()),
            });
        }
        for a in &raw.aliases {
            let (resolved, aliases) = self.alias(&a.path);
            model.aliases.entry(a.path.clone()).or_insert(AliasDef {
                path: a.path.clone(),
                name: a.name.clone(),
                ty: TypeRef {
                    text: type_text(&a.ty),
                    resolved,
                    aliases,
                },
                location: a.location.clone(),
                package: a.package.clone(),
            });
        }
        for c in &raw.consts {
            let ty = self.type_ref(&c.ty, &c.module, &[], None);
            if !matches!(ty.resolved, RustType::Int { .. } | RustType::Bool) {
                continue;
            }
            model.consts.push(ConstDef {
                path: c.path.clone(),
                name: c.name.clone(),
                value: self.const_value(&c.path, 0),
                ty,
                location: c.location.clone(),
                package: c.package.clone(),
            });
        }
        for i in &raw.impls {
            let resolved = self
                .type_ref(&i.self_ty, &i.module, &i.generics, None)
                .resolved;
            model.unsafe_impls.push(UnsafeImpl {
                trait_name: i.trait_name.clone(),
                self_ty: type_text(&i.self_ty),
                resolved,
                bounds: i.bounds.clone(),
                location: i.location.clone(),
                module: i.module.clone(),
                package: i.package.clone(),
            });
        }
        // Callers: resolve each call path to a foreign function.
        let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, f) in raw.foreign_fns.iter().enumerate() {
            by_name.entry(f.name.as_str()).or_default().push(i);
        }
        for f in &raw.fns {
            let mut calls = Vec::new();
            for c in &f.calls {
                let res = self.resolve_path(&f.module, &c.path, Ns::Value, 0);
                let (idx, resolved) = match res {
                    Some(Res::ForeignFn(i)) => (Some(i), true),
                    None | Some(Res::External(_)) if c.path.len() > 1 || res.is_none() => {
                        let name = c.path.last().map(String::as_str).unwrap_or("");
                        match by_name.get(name) {
                            Some(v) if v.len() == 1 && c.path.len() > 1 => (Some(v[0]), false),
                            _ => (None, false),
                        }
                    }
                    _ => (None, false),
                };
                if let Some(i) = idx {
                    let ff = &raw.foreign_fns[i];
                    calls.push(CallSite {
                        callee: ff.link_name.clone().unwrap_or_else(|| ff.name.clone()),
                        callee_item: ff.item.clone(),
                        path_text: c.path_text.clone(),
                        args: c.args.clone(),
                        location: c.location.clone(),
                        resolved,
                    });
                }
            }
            if calls.is_empty() {
                continue;
            }
            model.safe_callers.push(SafeCaller {
                item: f.item.clone(),
                module: f.module.clone(),
                self_ty: f.self_ty.clone(),
                trait_name: f.trait_name.clone(),
                signature: f.signature.clone(),
                is_pub: f.is_pub,
                location: f.location.clone(),
                calls,
                package: f.package.clone(),
            });
        }
        model.skipped.extend(raw.skipped.iter().cloned());
        model
            .dependency_skipped
            .extend(raw.dependency_skipped.iter().cloned());
    }
}

fn dedup(mut v: Vec<Allow>) -> Vec<Allow> {
    v.sort();
    v.dedup();
    v
}

fn unknown(t: &syn::Type, reason: &str) -> RustType {
    RustType::Unknown {
        text: type_text(t),
        reason: reason.into(),
    }
}

fn std_wrapper_name(n: &str) -> bool {
    matches!(
        n,
        "Option"
            | "NonNull"
            | "Box"
            | "PhantomData"
            | "PhantomPinned"
            | "MaybeUninit"
            | "ManuallyDrop"
            | "Cell"
            | "UnsafeCell"
            | "Wrapping"
            | "Pin"
            | "c_void"
    ) || n.starts_with("c_")
        || n.starts_with("Atomic")
        || n.starts_with("NonZero")
}

/// Rust primitive types.
pub(crate) fn primitive(n: &str, t: &TargetInfo) -> Option<RustType> {
    Some(match n {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" => {
            let bits = crate::layout::int_bits(n, t.pointer_bits)?;
            RustType::int(bits, n.starts_with('i'), n)
        }
        "f32" => RustType::Float { bits: 32 },
        "f64" => RustType::Float { bits: 64 },
        "f16" => RustType::Float { bits: 16 },
        "f128" => RustType::Float { bits: 128 },
        "bool" => RustType::Bool,
        "char" => RustType::Char,
        "str" => RustType::Str,
        _ => return None,
    })
}

/// `std::os::raw`/`core::ffi`/`libc` C type names.
pub(crate) fn c_builtin(n: &str, t: &TargetInfo) -> Option<RustType> {
    let p = t.pointer_bits;
    let l = t.long_bits;
    Some(match n {
        "c_char" => RustType::int(8, t.char_signed, n),
        "c_schar" => RustType::int(8, true, n),
        "c_uchar" => RustType::int(8, false, n),
        "c_short" => RustType::int(16, true, n),
        "c_ushort" => RustType::int(16, false, n),
        "c_int" => RustType::int(32, true, n),
        "c_uint" => RustType::int(32, false, n),
        "c_long" => RustType::int(l, true, n),
        "c_ulong" => RustType::int(l, false, n),
        "c_longlong" => RustType::int(64, true, n),
        "c_ulonglong" => RustType::int(64, false, n),
        "c_size_t" => RustType::int(p, false, n),
        "c_ssize_t" | "c_ptrdiff_t" => RustType::int(p, true, n),
        "c_float" => RustType::Float { bits: 32 },
        "c_double" => RustType::Float { bits: 64 },
        "c_void" => RustType::CVoid,
        _ => return None,
    })
}

/// libc's typedef names (Linux values; `long`-sized ones follow the target).
pub(crate) fn libc_builtin(n: &str, t: &TargetInfo) -> Option<RustType> {
    let p = t.pointer_bits;
    let l = t.long_bits;
    Some(match n {
        "size_t" | "uintptr_t" => RustType::int(p, false, n),
        "ssize_t" | "ptrdiff_t" | "intptr_t" => RustType::int(p, true, n),
        "int8_t" => RustType::int(8, true, n),
        "int16_t" => RustType::int(16, true, n),
        "int32_t" => RustType::int(32, true, n),
        "int64_t" => RustType::int(64, true, n),
        "uint8_t" => RustType::int(8, false, n),
        "uint16_t" => RustType::int(16, false, n),
        "uint32_t" => RustType::int(32, false, n),
        "uint64_t" => RustType::int(64, false, n),
        "off_t" | "time_t" | "clock_t" | "suseconds_t" | "blksize_t" => RustType::int(l, true, n),
        "off64_t" | "blkcnt_t" => RustType::int(64, true, n),
        "pid_t" => RustType::int(32, true, n),
        "uid_t" | "gid_t" | "mode_t" | "socklen_t" | "useconds_t" | "in_addr_t" => {
            RustType::int(32, false, n)
        }
        "dev_t" | "ino_t" | "ino64_t" => RustType::int(64, false, n),
        "nfds_t" | "nlink_t" => RustType::int(l, false, n),
        "sa_family_t" | "in_port_t" => RustType::int(16, false, n),
        "wchar_t" => RustType::int(t.wchar_bits, t.wchar_signed, n),
        _ => return c_builtin(n, t),
    })
}
