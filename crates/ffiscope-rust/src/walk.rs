//! Walks a crate's module tree with `syn`, from a target's root file, and collects the raw
//! (unresolved) items the model needs. Types are resolved later, once every module of every
//! loaded package is known (see `resolve.rs`).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{Attribute, Expr, Item, Lit, Meta, Token};

use crate::cfg::{allow_metas, path_name, CfgEnv};
use crate::macros::{parse_cfg_if, MacroDef};
use crate::model::{Allow, Location, Skipped};

/// A source file read by the walker.
pub(crate) struct SourceFile {
    pub rel: String,
    pub lines: Vec<String>,
    /// `// ffiscope: allow(...)` comments by line.
    pub allow_lines: BTreeMap<u32, Vec<Allow>>,
}

#[derive(Debug, Clone)]
pub(crate) enum DefRef {
    Module(String),
    Type(String),
    Alias(String),
    ForeignFn(usize),
    Const(String),
    /// A function or static of the crate (value namespace, not foreign).
    Value,
}

#[derive(Debug, Clone)]
pub(crate) struct UseEntry {
    pub binding: String,
    pub path: Vec<String>,
    pub glob: bool,
}

#[derive(Default)]
pub(crate) struct RawModule {
    pub parent: Option<String>,
    pub crate_root: String,
    pub defs: BTreeMap<String, Vec<DefRef>>,
    pub uses: Vec<UseEntry>,
    pub macros: Vec<MacroDef>,
}

pub(crate) struct RawParam {
    pub name: Option<String>,
    pub ty: syn::Type,
    pub location: Location,
}

pub(crate) struct RawForeignFn {
    pub name: String,
    pub link_name: Option<String>,
    pub abi: String,
    pub unsafe_block: bool,
    pub declared_safe: bool,
    pub params: Vec<RawParam>,
    pub ret: Option<(syn::Type, Location)>,
    pub variadic: bool,
    pub location: Location,
    pub block_location: Location,
    pub module: String,
    pub item: String,
    pub package: String,
    pub link: Vec<String>,
    pub allows: Vec<Allow>,
}

pub(crate) struct RawForeignStatic {
    pub name: String,
    pub link_name: Option<String>,
    pub mutable: bool,
    pub ty: syn::Type,
    pub location: Location,
    pub module: String,
    pub item: String,
    pub package: String,
    pub allows: Vec<Allow>,
}

pub(crate) struct RawField {
    pub name: String,
    pub ty: syn::Type,
    pub location: Location,
}

pub(crate) struct RawVariant {
    pub name: String,
    pub expr: Option<Expr>,
    pub fields: Vec<RawField>,
    pub location: Location,
}

pub(crate) struct RawTypeDef {
    pub path: String,
    pub name: String,
    pub kind: crate::model::TypeKind,
    pub repr: crate::model::Repr,
    pub generics: Vec<String>,
    pub fields: Vec<RawField>,
    pub variants: Vec<RawVariant>,
    pub tuple: bool,
    pub location: Location,
    pub module: String,
    pub item: String,
    pub package: String,
    pub allows: Vec<Allow>,
}

pub(crate) struct RawAlias {
    pub path: String,
    pub name: String,
    pub generics: Vec<String>,
    pub ty: syn::Type,
    pub location: Location,
    pub module: String,
    pub package: String,
}

pub(crate) struct RawConst {
    pub path: String,
    pub name: String,
    pub ty: syn::Type,
    pub expr: Expr,
    pub location: Location,
    pub module: String,
    pub package: String,
}

pub(crate) struct RawUnsafeImpl {
    pub trait_name: String,
    pub self_ty: syn::Type,
    pub generics: Vec<String>,
    pub bounds: String,
    pub location: Location,
    pub module: String,
    pub package: String,
}

pub(crate) struct RawCall {
    pub path: Vec<String>,
    pub path_text: String,
    pub args: Vec<String>,
    pub location: Location,
}

pub(crate) struct RawFn {
    pub item: String,
    pub module: String,
    pub self_ty: Option<String>,
    pub trait_name: Option<String>,
    pub signature: String,
    pub is_pub: bool,
    pub location: Location,
    pub calls: Vec<RawCall>,
    pub package: String,
}

/// Everything collected from all packages before resolution.
#[derive(Default)]
pub(crate) struct Raw {
    pub files: Vec<SourceFile>,
    pub modules: BTreeMap<String, RawModule>,
    pub foreign_fns: Vec<RawForeignFn>,
    pub foreign_statics: Vec<RawForeignStatic>,
    pub types: Vec<RawTypeDef>,
    pub aliases: Vec<RawAlias>,
    pub consts: Vec<RawConst>,
    pub impls: Vec<RawUnsafeImpl>,
    pub fns: Vec<RawFn>,
    pub skipped: Vec<Skipped>,
    /// What was skipped in dependency packages (loaded for name resolution), by package.
    pub dependency_skipped: Vec<(String, Skipped)>,
    /// Packages with an `include!` of a file in `OUT_DIR` that could not be read.
    pub needs_out_dir: BTreeSet<String>,
}

/// Context of the module being walked.
#[derive(Clone)]
struct ModCtx {
    /// `crate_name::a::b`.
    key: String,
    /// `a::b` (without the crate name).
    segs: Vec<String>,
    /// Where `mod x;` looks for `x.rs` / `x/mod.rs`.
    dir: PathBuf,
    /// Where `#[path = "..."]` is relative to.
    path_dir: PathBuf,
    /// The file being read (index into `Raw::files`).
    fid: usize,
    allows: Vec<Allow>,
    depth: usize,
}

pub(crate) struct Walker<'a> {
    pub raw: &'a mut Raw,
    pub cfg: &'a CfgEnv,
    pub package: String,
    pub crate_name: String,
    pub model_root: PathBuf,
    pub manifest_dir: PathBuf,
    pub out_dir: Option<PathBuf>,
    pub visited: &'a mut HashSet<PathBuf>,
    /// The package is a dependency, not a target of the analysis.
    pub dependency: bool,
}

const MAX_DEPTH: usize = 48;
const MAX_FILE_BYTES: u64 = 64 << 20;

impl Walker<'_> {
    /// Walks a target from its root file. Returns false when the root could not be read.
    pub fn walk_root(&mut self, root: &Path) -> bool {
        let key = self.crate_name.clone();
        self.raw
            .modules
            .entry(key.clone())
            .or_insert_with(|| RawModule {
                parent: None,
                crate_root: key.clone(),
                ..Default::default()
            });
        let dir = root.parent().unwrap_or(Path::new(".")).to_path_buf();
        let ctx = ModCtx {
            key,
            segs: Vec::new(),
            dir: dir.clone(),
            path_dir: dir,
            fid: 0,
            allows: Vec::new(),
            depth: 0,
        };
        self.walk_file(root, ctx, None)
    }

    fn rel(&self, p: &Path) -> String {
        let p = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        let root = self
            .model_root
            .canonicalize()
            .unwrap_or_else(|_| self.model_root.clone());
        match p.strip_prefix(&root) {
            Ok(r) => r.to_string_lossy().replace('\\', "/"),
            Err(_) => p.to_string_lossy().into_owned(),
        }
    }

    fn skip(&mut self, what: String, why: impl Into<String>) {
        let s = Skipped {
            what,
            why: why.into(),
        };
        if self.dependency {
            self.raw.dependency_skipped.push((self.package.clone(), s));
        } else {
            self.raw.skipped.push(s);
        }
    }

    /// Reads and walks a file as the module `ctx` (whose `fid` is replaced).
    fn walk_file(&mut self, path: &Path, mut ctx: ModCtx, what: Option<&str>) -> bool {
        let canon = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        if !self.visited.insert(canon) {
            return true;
        }
        let rel = self.rel(path);
        let text = match std::fs::metadata(path) {
            Ok(m) if m.len() > MAX_FILE_BYTES => {
                self.skip(rel, "file larger than 64 MiB");
                return false;
            }
            Ok(_) => match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    self.skip(rel, format!("cannot read: {e}"));
                    return false;
                }
            },
            Err(e) => {
                self.skip(
                    what.map(str::to_string).unwrap_or(rel),
                    format!("cannot read {}: {e}", path.display()),
                );
                return false;
            }
        };
        let file = match syn::parse_file(&text) {
            Ok(f) => f,
            Err(e) => {
                let lc = e.span().start();
                self.skip(
                    format!("{rel}:{}:{}", lc.line, lc.column + 1),
                    format!("does not parse as Rust: {e}"),
                );
                return false;
            }
        };
        let fid = self.raw.files.len();
        self.raw.files.push(SourceFile {
            rel,
            allow_lines: scan_allow_comments(&text),
            lines: text.lines().map(str::to_string).collect(),
        });
        ctx.fid = fid;
        if !self.cfg.is_enabled(&file.attrs) {
            return true;
        }
        ctx.allows.extend(self.attr_allows(&file.attrs));
        self.walk_items(&file.items, &ctx);
        true
    }

    fn loc(&self, fid: usize, span: Span) -> Location {
        let s = span.start();
        let e = span.end();
        Location {
            file: self
                .raw
                .files
                .get(fid)
                .map(|f| f.rel.clone())
                .unwrap_or_default(),
            line: s.line as u32,
            column: s.column as u32 + 1,
            end_line: e.line as u32,
            end_column: e.column as u32 + 1,
        }
    }

    fn attr_allows(&self, attrs: &[Attribute]) -> Vec<Allow> {
        let mut out = Vec::new();
        for (codes, line) in allow_metas(attrs) {
            for code in codes {
                out.push(Allow {
                    code,
                    reason: String::new(),
                    line,
                });
            }
        }
        out
    }

    /// Allows for an item spanning `span` with `attrs`: attribute forms, comments inside
    /// the item, and the comment lines directly above it.
    fn item_allows(
        &self,
        ctx: &ModCtx,
        attrs: &[Attribute],
        span: Span,
        header_only: bool,
    ) -> Vec<Allow> {
        let mut out = ctx.allows.clone();
        out.extend(self.attr_allows(attrs));
        let start = attrs
            .iter()
            .map(|a| a.pound_token.span.start().line as u32)
            .chain(std::iter::once(span.start().line as u32))
            .min()
            .unwrap_or(0);
        let end = if header_only {
            span.start().line as u32
        } else {
            span.end().line as u32
        };
        if let Some(f) = self.raw.files.get(ctx.fid) {
            for (_, a) in f.allow_lines.range(start..=end) {
                out.extend(a.iter().cloned());
            }
            let mut l = start.saturating_sub(1);
            while l >= 1 {
                let text = f.lines.get(l as usize - 1).map(|s| s.trim()).unwrap_or("");
                if !text.starts_with("//") {
                    break;
                }
                if let Some(a) = f.allow_lines.get(&l) {
                    out.extend(a.iter().cloned());
                }
                l -= 1;
            }
        }
        out
    }

    fn module_mut(&mut self, key: &str) -> &mut RawModule {
        self.raw.modules.entry(key.to_string()).or_default()
    }

    fn define(&mut self, module: &str, name: &str, def: DefRef) {
        self.module_mut(module)
            .defs
            .entry(name.to_string())
            .or_default()
            .push(def);
    }

    fn item_path(ctx: &ModCtx, name: &str) -> String {
        if ctx.segs.is_empty() {
            name.to_string()
        } else {
            format!("{}::{name}", ctx.segs.join("::"))
        }
    }

    fn walk_items(&mut self, items: &[Item], ctx: &ModCtx) {
        if ctx.depth > MAX_DEPTH {
            self.skip(ctx.key.clone(), "modules nest too deeply");
            return;
        }
        for item in items {
            self.walk_item(item, ctx);
        }
    }

    fn walk_item(&mut self, item: &Item, ctx: &ModCtx) {
        let attrs: &[Attribute] = match item {
            Item::Const(i) => &i.attrs,
            Item::Enum(i) => &i.attrs,
            Item::ExternCrate(i) => &i.attrs,
            Item::Fn(i) => &i.attrs,
            Item::ForeignMod(i) => &i.attrs,
            Item::Impl(i) => &i.attrs,
            Item::Macro(i) => &i.attrs,
            Item::Mod(i) => &i.attrs,
            Item::Static(i) => &i.attrs,
            Item::Struct(i) => &i.attrs,
            Item::Trait(i) => &i.attrs,
            Item::Type(i) => &i.attrs,
            Item::Union(i) => &i.attrs,
            Item::Use(i) => &i.attrs,
            _ => &[],
        };
        if !self.cfg.is_enabled(attrs) {
            return;
        }
        match item {
            Item::Mod(m) => self.walk_mod(m, ctx),
            Item::ForeignMod(m) => self.walk_foreign_mod(m, ctx),
            Item::Struct(s) => {
                let fields = self.fields(&s.fields, ctx);
                let tuple = matches!(s.fields, syn::Fields::Unnamed(_));
                self.type_def(
                    ctx,
                    &s.ident,
                    &s.attrs,
                    &s.generics,
                    s.span(),
                    crate::model::TypeKind::Struct,
                    fields,
                    Vec::new(),
                    tuple,
                );
            }
            Item::Union(u) => {
                let fields = self.named_fields(&u.fields.named, ctx);
                self.type_def(
                    ctx,
                    &u.ident,
                    &u.attrs,
                    &u.generics,
                    u.span(),
                    crate::model::TypeKind::Union,
                    fields,
                    Vec::new(),
                    false,
                );
            }
            Item::Enum(e) => {
                let mut variants = Vec::new();
                for v in &e.variants {
                    if !self.cfg.is_enabled(&v.attrs) {
                        continue;
                    }
                    variants.push(RawVariant {
                        name: v.ident.to_string(),
                        expr: v.discriminant.as_ref().map(|(_, e)| e.clone()),
                        fields: self.fields(&v.fields, ctx),
                        location: self.loc(ctx.fid, v.span()),
                    });
                }
                self.type_def(
                    ctx,
                    &e.ident,
                    &e.attrs,
                    &e.generics,
                    e.span(),
                    crate::model::TypeKind::Enum,
                    Vec::new(),
                    variants,
                    false,
                );
            }
            Item::Type(t) => {
                let name = t.ident.to_string();
                let path = format!("{}::{name}", ctx.key);
                self.define(&ctx.key, &name, DefRef::Alias(path.clone()));
                let location = self.loc(ctx.fid, t.ident.span());
                self.raw.aliases.push(RawAlias {
                    path,
                    name,
                    generics: type_generics(&t.generics),
                    ty: (*t.ty).clone(),
                    location,
                    module: ctx.key.clone(),
                    package: self.package.clone(),
                });
            }
            Item::Const(c) => {
                let name = c.ident.to_string();
                let path = format!("{}::{name}", ctx.key);
                self.define(&ctx.key, &name, DefRef::Const(path.clone()));
                let location = self.loc(ctx.fid, c.ident.span());
                self.raw.consts.push(RawConst {
                    path,
                    name,
                    ty: (*c.ty).clone(),
                    expr: (*c.expr).clone(),
                    location,
                    module: ctx.key.clone(),
                    package: self.package.clone(),
                });
            }
            Item::Static(s) => {
                self.define(&ctx.key, &s.ident.to_string(), DefRef::Value);
            }
            Item::Use(u) => {
                let mut out = Vec::new();
                flatten_use(&u.tree, Vec::new(), u.leading_colon.is_some(), &mut out);
                self.module_mut(&ctx.key).uses.extend(out);
            }
            Item::ExternCrate(e) => {
                let name = e.ident.to_string();
                let binding = e
                    .rename
                    .as_ref()
                    .map(|(_, i)| i.to_string())
                    .unwrap_or_else(|| name.clone());
                if binding != name {
                    self.module_mut(&ctx.key).uses.push(UseEntry {
                        binding,
                        path: vec!["::".into(), name],
                        glob: false,
                    });
                }
            }
            Item::Fn(f) => {
                self.define(&ctx.key, &f.sig.ident.to_string(), DefRef::Value);
                if f.sig.unsafety.is_none() {
                    let name = f.sig.ident.to_string();
                    self.safe_fn(
                        ctx,
                        Self::item_path(ctx, &name),
                        None,
                        None,
                        &f.sig,
                        matches!(f.vis, syn::Visibility::Public(_)),
                        &f.block,
                    );
                }
            }
            Item::Impl(i) => self.walk_impl(i, ctx),
            Item::Trait(t) => {
                for ti in &t.items {
                    if let syn::TraitItem::Fn(f) = ti {
                        if let (Some(body), None) = (&f.default, &f.sig.unsafety) {
                            if !self.cfg.is_enabled(&f.attrs) {
                                continue;
                            }
                            let item = format!("{}::{}", t.ident, f.sig.ident);
                            self.safe_fn(
                                ctx,
                                item,
                                Some(t.ident.to_string()),
                                None,
                                &f.sig,
                                true,
                                body,
                            );
                        }
                    }
                }
            }
            Item::Macro(m) => self.walk_macro_item(m, ctx),
            _ => {}
        }
    }

    fn walk_mod(&mut self, m: &syn::ItemMod, ctx: &ModCtx) {
        let name = m.ident.to_string();
        let key = format!("{}::{name}", ctx.key);
        self.define(&ctx.key, &name, DefRef::Module(key.clone()));
        let crate_root = self
            .raw
            .modules
            .get(&ctx.key)
            .map(|m| m.crate_root.clone())
            .unwrap_or_else(|| self.crate_name.clone());
        self.raw
            .modules
            .entry(key.clone())
            .or_insert_with(|| RawModule {
                parent: Some(ctx.key.clone()),
                crate_root,
                ..Default::default()
            });
        let mut segs = ctx.segs.clone();
        segs.push(name.clone());
        let mut allows = ctx.allows.clone();
        allows.extend(self.attr_allows(&m.attrs));
        let path_attr = self
            .cfg
            .active_metas(&m.attrs)
            .into_iter()
            .find_map(|meta| match meta {
                Meta::NameValue(nv) if nv.path.is_ident("path") => match &nv.value {
                    Expr::Lit(syn::ExprLit {
                        lit: Lit::Str(s), ..
                    }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            });
        if let Some((_, items)) = &m.content {
            let dir = match &path_attr {
                Some(p) => ctx.path_dir.join(p),
                None => ctx.dir.join(&name),
            };
            let mut inner_allows = allows;
            let inner_attrs: Vec<Attribute> = m
                .attrs
                .iter()
                .filter(|a| matches!(a.style, syn::AttrStyle::Inner(_)))
                .cloned()
                .collect();
            inner_allows.extend(self.attr_allows(&inner_attrs));
            let sub = ModCtx {
                key,
                segs,
                dir: dir.clone(),
                path_dir: dir,
                fid: ctx.fid,
                allows: inner_allows,
                depth: ctx.depth + 1,
            };
            self.walk_items(items, &sub);
            return;
        }
        let candidates: Vec<(PathBuf, PathBuf)> = match &path_attr {
            Some(p) => {
                let f = ctx.path_dir.join(p);
                let d = f.parent().unwrap_or(Path::new(".")).to_path_buf();
                vec![(f, d)]
            }
            None => vec![
                (ctx.dir.join(format!("{name}.rs")), ctx.dir.join(&name)),
                (ctx.dir.join(&name).join("mod.rs"), ctx.dir.join(&name)),
            ],
        };
        let what = format!("module `{}`", segs.join("::"));
        for (file, dir) in &candidates {
            if file.is_file() {
                let sub = ModCtx {
                    key,
                    segs,
                    dir: dir.clone(),
                    path_dir: dir.clone(),
                    fid: ctx.fid,
                    allows,
                    depth: ctx.depth + 1,
                };
                self.walk_file(file, sub, Some(&what));
                return;
            }
        }
        let tried: Vec<String> = candidates.iter().map(|(f, _)| self.rel(f)).collect();
        self.skip(what, format!("file not found (tried {})", tried.join(", ")));
    }

    fn walk_foreign_mod(&mut self, m: &syn::ItemForeignMod, ctx: &ModCtx) {
        let abi = m
            .abi
            .name
            .as_ref()
            .map(|n| n.value())
            .unwrap_or_else(|| "C".to_string());
        let block_location = self.loc(ctx.fid, m.abi.extern_token.span);
        let metas = self.cfg.active_metas(&m.attrs);
        let mut link = Vec::new();
        for meta in &metas {
            if let Meta::List(l) = meta {
                if l.path.is_ident("link") {
                    if let Ok(items) =
                        l.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    {
                        for it in items {
                            if let Meta::NameValue(nv) = it {
                                if nv.path.is_ident("name") {
                                    if let Expr::Lit(syn::ExprLit {
                                        lit: Lit::Str(s), ..
                                    }) = &nv.value
                                    {
                                        link.push(s.value());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let mut block_ctx = ctx.clone();
        block_ctx.allows = self.item_allows(ctx, &m.attrs, m.abi.extern_token.span, true);
        let unsafe_block = m.unsafety.is_some();
        // `safe fn` / `safe static` (Rust 2024) reach us as verbatim tokens: drop `safe` and
        // parse again.
        let items: Vec<(syn::ForeignItem, bool)> = m
            .items
            .iter()
            .map(|fi| match fi {
                syn::ForeignItem::Verbatim(ts) => {
                    let toks: Vec<proc_macro2::TokenTree> = ts.clone().into_iter().collect();
                    let has_safe = toks
                        .iter()
                        .any(|t| matches!(t, proc_macro2::TokenTree::Ident(i) if i == "safe"));
                    let stripped: TokenStream = toks
                        .into_iter()
                        .filter(|t| !matches!(t, proc_macro2::TokenTree::Ident(i) if i == "safe"))
                        .collect();
                    match syn::parse2::<syn::ForeignItem>(stripped) {
                        Ok(item) if has_safe => (item, true),
                        _ => (fi.clone(), false),
                    }
                }
                _ => (fi.clone(), false),
            })
            .collect();
        for (fi, declared_safe) in &items {
            let declared_safe = *declared_safe;
            match fi {
                syn::ForeignItem::Fn(f) => {
                    if !self.cfg.is_enabled(&f.attrs) {
                        continue;
                    }
                    let name = f.sig.ident.to_string();
                    let link_name = self.link_name(&f.attrs, ctx);
                    let mut params = Vec::new();
                    for input in &f.sig.inputs {
                        if let syn::FnArg::Typed(pt) = input {
                            let pname = match &*pt.pat {
                                syn::Pat::Ident(pi) => Some(pi.ident.to_string()),
                                _ => None,
                            };
                            params.push(RawParam {
                                name: pname,
                                ty: (*pt.ty).clone(),
                                location: self.loc(ctx.fid, pt.span()),
                            });
                        }
                    }
                    let ret = match &f.sig.output {
                        syn::ReturnType::Default => None,
                        syn::ReturnType::Type(_, t) => {
                            Some(((**t).clone(), self.loc(ctx.fid, t.span())))
                        }
                    };
                    let idx = self.raw.foreign_fns.len();
                    self.define(&ctx.key, &name, DefRef::ForeignFn(idx));
                    let location = self.loc(ctx.fid, f.sig.ident.span());
                    let allows = self.item_allows(&block_ctx, &f.attrs, f.span(), false);
                    self.raw.foreign_fns.push(RawForeignFn {
                        item: Self::item_path(ctx, &name),
                        link_name,
                        name,
                        abi: abi.clone(),
                        unsafe_block,
                        declared_safe,
                        params,
                        ret,
                        variadic: f.sig.variadic.is_some(),
                        location,
                        block_location: block_location.clone(),
                        module: ctx.key.clone(),
                        package: self.package.clone(),
                        link: link.clone(),
                        allows,
                    });
                }
                syn::ForeignItem::Static(s) => {
                    if !self.cfg.is_enabled(&s.attrs) {
                        continue;
                    }
                    let name = s.ident.to_string();
                    self.define(&ctx.key, &name, DefRef::Value);
                    let link_name = self.link_name(&s.attrs, ctx);
                    let location = self.loc(ctx.fid, s.ident.span());
                    let allows = self.item_allows(&block_ctx, &s.attrs, s.span(), false);
                    self.raw.foreign_statics.push(RawForeignStatic {
                        item: Self::item_path(ctx, &name),
                        name,
                        link_name,
                        mutable: matches!(s.mutability, syn::StaticMutability::Mut(_)),
                        ty: (*s.ty).clone(),
                        location,
                        module: ctx.key.clone(),
                        package: self.package.clone(),
                        allows,
                    });
                }
                syn::ForeignItem::Type(t) => {
                    // `extern { type Opaque; }`: an opaque handle.
                    let name = t.ident.to_string();
                    let path = format!("{}::{name}", ctx.key);
                    self.define(&ctx.key, &name, DefRef::Type(path.clone()));
                    let location = self.loc(ctx.fid, t.ident.span());
                    self.raw.types.push(RawTypeDef {
                        path,
                        item: Self::item_path(ctx, &name),
                        name,
                        kind: crate::model::TypeKind::Enum,
                        repr: Default::default(),
                        generics: Vec::new(),
                        fields: Vec::new(),
                        variants: Vec::new(),
                        tuple: false,
                        location,
                        module: ctx.key.clone(),
                        package: self.package.clone(),
                        allows: Vec::new(),
                    });
                }
                syn::ForeignItem::Macro(mac) => {
                    let l = self.loc(ctx.fid, mac.span());
                    self.skip(
                        format!(
                            "macro `{}!` inside an extern block at {}:{}",
                            path_name(&mac.mac.path),
                            l.file,
                            l.line
                        ),
                        "declarations produced by macros inside extern blocks are not expanded",
                    );
                }
                _ => {}
            }
        }
    }

    fn link_name(&mut self, attrs: &[Attribute], ctx: &ModCtx) -> Option<String> {
        for meta in self.cfg.active_metas(attrs) {
            if let Meta::NameValue(nv) = &meta {
                if nv.path.is_ident("link_name") {
                    let v = self.eval_str(&nv.value, ctx, 0);
                    if v.is_none() {
                        let l = self.loc(ctx.fid, nv.span());
                        self.skip(
                            format!("`#[link_name]` at {}:{}", l.file, l.line),
                            "value could not be evaluated; the Rust name is used as the symbol",
                        );
                    }
                    return v;
                }
            }
        }
        None
    }

    /// Evaluates a string expression: literals, `concat!`, `stringify!`, `env!` of the
    /// variables cargo sets, and local `macro_rules!` macros.
    fn eval_str(&self, e: &Expr, ctx: &ModCtx, depth: usize) -> Option<String> {
        if depth > 16 {
            return None;
        }
        match e {
            Expr::Lit(l) => match &l.lit {
                Lit::Str(s) => Some(s.value()),
                Lit::Int(i) => Some(i.base10_digits().to_string()),
                Lit::Char(c) => Some(c.value().to_string()),
                Lit::Bool(b) => Some(b.value.to_string()),
                _ => None,
            },
            Expr::Group(g) => self.eval_str(&g.expr, ctx, depth + 1),
            Expr::Paren(p) => self.eval_str(&p.expr, ctx, depth + 1),
            Expr::Macro(m) => self.eval_str_macro(&m.mac, ctx, depth),
            _ => None,
        }
    }

    fn eval_str_macro(&self, mac: &syn::Macro, ctx: &ModCtx, depth: usize) -> Option<String> {
        let name = mac.path.segments.last()?.ident.to_string();
        match name.as_str() {
            "stringify" => Some(tokens_text(&mac.tokens)),
            "concat" => {
                let parts = mac
                    .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
                    .ok()?;
                let mut s = String::new();
                for p in parts {
                    s.push_str(&self.eval_str(&p, ctx, depth + 1)?);
                }
                Some(s)
            }
            "env" => {
                let var: syn::LitStr = mac.parse_body().ok()?;
                match var.value().as_str() {
                    "OUT_DIR" => self
                        .out_dir
                        .as_ref()
                        .map(|p| p.to_string_lossy().into_owned()),
                    "CARGO_MANIFEST_DIR" => Some(self.manifest_dir.to_string_lossy().into_owned()),
                    "CARGO_PKG_NAME" => Some(self.package.clone()),
                    "CARGO_CRATE_NAME" => Some(self.crate_name.clone()),
                    _ => None,
                }
            }
            _ => {
                let def = self.find_macro(&ctx.key, &name)?;
                let out = def.expand(&mac.tokens)?;
                let e: Expr = syn::parse2(out).ok()?;
                self.eval_str(&e, ctx, depth + 1)
            }
        }
    }

    fn find_macro(&self, module: &str, name: &str) -> Option<MacroDef> {
        find_macro(&self.raw.modules, module, name)
    }

    fn walk_macro_item(&mut self, m: &syn::ItemMacro, ctx: &ModCtx) {
        let name = path_name(&m.mac.path);
        if name == "macro_rules" {
            if let Some(ident) = &m.ident {
                if let Some(def) = MacroDef::parse(&ident.to_string(), &m.mac.tokens) {
                    self.module_mut(&ctx.key).macros.push(def);
                }
            }
            return;
        }
        let short = name.rsplit("::").next().unwrap_or(&name).to_string();
        let l = self.loc(ctx.fid, m.span());
        match short.as_str() {
            "include" => {
                let arg: Result<Expr, _> = m.mac.parse_body();
                let path = arg.ok().and_then(|e| self.eval_str(&e, ctx, 0));
                let Some(p) = path else {
                    let mentions_out_dir = tokens_text(&m.mac.tokens).contains("OUT_DIR");
                    if mentions_out_dir {
                        self.raw.needs_out_dir.insert(self.package.clone());
                    }
                    self.skip(
                        format!("`include!` at {}:{}", l.file, l.line),
                        if mentions_out_dir {
                            "OUT_DIR is unknown: the build script was not run (or failed)"
                        } else {
                            "the included path could not be evaluated"
                        },
                    );
                    return;
                };
                let cur_dir = self
                    .raw
                    .files
                    .get(ctx.fid)
                    .map(|f| f.rel.clone())
                    .map(|r| {
                        let p = Path::new(&r);
                        let p = if p.is_absolute() {
                            p.to_path_buf()
                        } else {
                            self.model_root.join(p)
                        };
                        p.parent().unwrap_or(Path::new(".")).to_path_buf()
                    })
                    .unwrap_or_else(|| ctx.dir.clone());
                let target = cur_dir.join(&p);
                let sub = ModCtx {
                    depth: ctx.depth + 1,
                    ..ctx.clone()
                };
                let what = format!("`include!` at {}:{}", l.file, l.line);
                if !self.walk_file(&target, sub, Some(&what))
                    && tokens_text(&m.mac.tokens).contains("OUT_DIR")
                {
                    self.raw.needs_out_dir.insert(self.package.clone());
                }
            }
            "cfg_if" => match parse_cfg_if(&m.mac.tokens) {
                Some(branches) => {
                    for b in branches {
                        let on = b.pred.as_ref().map(|p| self.cfg.eval(p)).unwrap_or(true);
                        if on {
                            match syn::parse2::<syn::File>(b.items) {
                                Ok(f) => {
                                    let sub = ModCtx {
                                        depth: ctx.depth + 1,
                                        ..ctx.clone()
                                    };
                                    self.walk_items(&f.items, &sub);
                                }
                                Err(e) => self.skip(
                                    format!("`cfg_if!` at {}:{}", l.file, l.line),
                                    format!("branch does not parse: {e}"),
                                ),
                            }
                            break;
                        }
                    }
                }
                None => self.skip(
                    format!("`cfg_if!` at {}:{}", l.file, l.line),
                    "unrecognized cfg_if syntax",
                ),
            },
            _ => {
                let expanded = self
                    .find_macro(&ctx.key, &short)
                    .and_then(|d| d.expand(&m.mac.tokens))
                    .and_then(|ts| syn::parse2::<syn::File>(ts).ok());
                match expanded {
                    Some(f) if ctx.depth < MAX_DEPTH => {
                        let sub = ModCtx {
                            depth: ctx.depth + 1,
                            ..ctx.clone()
                        };
                        self.walk_items(&f.items, &sub);
                    }
                    _ => {
                        let mut text = tokens_text(&m.mac.tokens);
                        if let Some(d) = self.find_macro(&ctx.key, &short) {
                            for (_, body) in &d.rules {
                                text.push_str(&body.to_string());
                            }
                        }
                        if text.contains("extern") || text.contains("repr") {
                            self.skip(
                                format!("macro-generated items (`{name}!`) at {}:{}", l.file, l.line),
                                "the macro was not expanded (ffiscope expands local `macro_rules!` whose fragments it can delimit, not this one, nor macros from other crates); extern blocks or types it produces are not checked",
                            );
                        }
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn type_def(
        &mut self,
        ctx: &ModCtx,
        ident: &syn::Ident,
        attrs: &[Attribute],
        generics: &syn::Generics,
        span: Span,
        kind: crate::model::TypeKind,
        fields: Vec<RawField>,
        variants: Vec<RawVariant>,
        tuple: bool,
    ) {
        let name = ident.to_string();
        let path = format!("{}::{name}", ctx.key);
        self.define(&ctx.key, &name, DefRef::Type(path.clone()));
        let repr = parse_repr(&self.cfg.active_metas(attrs));
        let location = self.loc(ctx.fid, ident.span());
        let allows = self.item_allows(ctx, attrs, span, false);
        self.raw.types.push(RawTypeDef {
            path,
            item: Self::item_path(ctx, &name),
            name,
            kind,
            repr,
            generics: type_generics(generics),
            fields,
            variants,
            tuple,
            location,
            module: ctx.key.clone(),
            package: self.package.clone(),
            allows,
        });
    }

    fn fields(&self, fields: &syn::Fields, ctx: &ModCtx) -> Vec<RawField> {
        match fields {
            syn::Fields::Named(n) => self.named_fields(&n.named, ctx),
            syn::Fields::Unnamed(u) => u
                .unnamed
                .iter()
                .enumerate()
                .filter(|(_, f)| self.cfg.is_enabled(&f.attrs))
                .map(|(i, f)| RawField {
                    name: i.to_string(),
                    ty: f.ty.clone(),
                    location: self.loc(ctx.fid, f.span()),
                })
                .collect(),
            syn::Fields::Unit => Vec::new(),
        }
    }

    fn named_fields(
        &self,
        fields: &Punctuated<syn::Field, Token![,]>,
        ctx: &ModCtx,
    ) -> Vec<RawField> {
        fields
            .iter()
            .filter(|f| self.cfg.is_enabled(&f.attrs))
            .map(|f| RawField {
                name: f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default(),
                ty: f.ty.clone(),
                location: self.loc(ctx.fid, f.span()),
            })
            .collect()
    }

    fn walk_impl(&mut self, i: &syn::ItemImpl, ctx: &ModCtx) {
        let self_text = type_text(&i.self_ty);
        let self_name = match &*i.self_ty {
            syn::Type::Path(p) => p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_else(|| self_text.clone()),
            _ => self_text.clone(),
        };
        let trait_name = i
            .trait_
            .as_ref()
            .and_then(|(_, p, _)| p.segments.last().map(|s| s.ident.to_string()));
        if let (Some(_), Some(tn)) = (&i.unsafety, &trait_name) {
            let location = self.loc(ctx.fid, i.span());
            let location = Location {
                end_line: location.line,
                end_column: location.column + 6,
                ..location
            };
            let bounds = {
                let mut parts = Vec::new();
                let params = i.generics.params.to_token_stream();
                if !params.is_empty() {
                    parts.push(tokens_text(&params));
                }
                if let Some(w) = &i.generics.where_clause {
                    parts.push(tokens_text(&w.to_token_stream()));
                }
                parts.join(" ")
            };
            self.raw.impls.push(RawUnsafeImpl {
                trait_name: tn.clone(),
                self_ty: (*i.self_ty).clone(),
                generics: type_generics(&i.generics),
                bounds,
                location,
                module: ctx.key.clone(),
                package: self.package.clone(),
            });
        }
        for ii in &i.items {
            if let syn::ImplItem::Fn(f) = ii {
                if !self.cfg.is_enabled(&f.attrs) || f.sig.unsafety.is_some() {
                    continue;
                }
                let item = format!("{self_name}::{}", f.sig.ident);
                let is_pub = matches!(f.vis, syn::Visibility::Public(_)) || trait_name.is_some();
                self.safe_fn(
                    ctx,
                    item,
                    Some(self_text.clone()),
                    trait_name.clone(),
                    &f.sig,
                    is_pub,
                    &f.block,
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn safe_fn(
        &mut self,
        ctx: &ModCtx,
        item: String,
        self_ty: Option<String>,
        trait_name: Option<String>,
        sig: &syn::Signature,
        is_pub: bool,
        body: &syn::Block,
    ) {
        let mut collector = CallCollector {
            calls: Vec::new(),
            depth: 0,
        };
        collector.visit_block(body);
        if collector.calls.is_empty() {
            return;
        }
        let calls = collector
            .calls
            .into_iter()
            .map(|(path, path_text, args, span)| RawCall {
                path,
                path_text,
                args,
                location: self.loc(ctx.fid, span),
            })
            .collect();
        let signature = {
            let t = tokens_text(&sig.to_token_stream());
            if is_pub {
                format!("pub {t}")
            } else {
                t
            }
        };
        let item = if self_ty.is_some() || ctx.segs.is_empty() || item.contains("::") {
            item
        } else {
            Self::item_path(ctx, &item)
        };
        self.raw.fns.push(RawFn {
            item,
            module: ctx.key.clone(),
            self_ty,
            trait_name,
            signature,
            is_pub,
            location: self.loc(ctx.fid, sig.ident.span()),
            calls,
            package: self.package.clone(),
        });
    }
}

pub(crate) fn find_macro(
    modules: &BTreeMap<String, RawModule>,
    module: &str,
    name: &str,
) -> Option<MacroDef> {
    let mut cur = Some(module.to_string());
    let mut guard = 0;
    while let Some(k) = cur {
        guard += 1;
        if guard > 64 {
            break;
        }
        let m = modules.get(&k)?;
        if let Some(d) = m.macros.iter().rev().find(|d| d.name == name) {
            return Some(d.clone());
        }
        cur = m.parent.clone();
    }
    None
}

/// Collects calls `path(args)` in a function body (closures included, nested items not).
struct CallCollector {
    calls: Vec<(Vec<String>, String, Vec<String>, Span)>,
    depth: usize,
}

impl<'ast> Visit<'ast> for CallCollector {
    fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
        if let Expr::Path(p) = &*c.func {
            if p.qself.is_none() {
                let segs: Vec<String> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                let mut segs = segs;
                if p.path.leading_colon.is_some() {
                    segs.insert(0, "::".into());
                }
                let args = c
                    .args
                    .iter()
                    .map(|a| tokens_text(&a.to_token_stream()))
                    .collect();
                self.calls.push((segs, path_text(&p.path), args, c.span()));
            }
        }
        syn::visit::visit_expr_call(self, c);
    }

    fn visit_item(&mut self, _: &'ast Item) {}

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        // Look into `assert!(ffi::f(x) == 0)`, `format!(..)`, `try!(..)`: bodies that parse as
        // comma-separated expressions.
        if self.depth > 8 {
            return;
        }
        if let Ok(exprs) = m.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
            self.depth += 1;
            for e in &exprs {
                self.visit_expr(e);
            }
            self.depth -= 1;
        }
    }
}

fn flatten_use(
    tree: &syn::UseTree,
    mut prefix: Vec<String>,
    leading: bool,
    out: &mut Vec<UseEntry>,
) {
    if leading && prefix.is_empty() {
        prefix.push("::".into());
    }
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten_use(&p.tree, prefix, false, out);
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            if name == "self" {
                if let Some(last) = prefix.last().cloned() {
                    out.push(UseEntry {
                        binding: last,
                        path: prefix,
                        glob: false,
                    });
                }
            } else {
                prefix.push(name.clone());
                out.push(UseEntry {
                    binding: name,
                    path: prefix,
                    glob: false,
                });
            }
        }
        syn::UseTree::Rename(r) => {
            let name = r.ident.to_string();
            if name != "self" {
                prefix.push(name);
            }
            let binding = r.rename.to_string();
            if binding != "_" {
                out.push(UseEntry {
                    binding,
                    path: prefix,
                    glob: false,
                });
            }
        }
        syn::UseTree::Glob(_) => out.push(UseEntry {
            binding: String::new(),
            path: prefix,
            glob: true,
        }),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                flatten_use(t, prefix.clone(), false, out);
            }
        }
    }
}

fn type_generics(g: &syn::Generics) -> Vec<String> {
    g.params
        .iter()
        .filter_map(|p| match p {
            syn::GenericParam::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}

pub(crate) fn parse_repr(metas: &[Meta]) -> crate::model::Repr {
    let mut repr = crate::model::Repr::default();
    for m in metas {
        let Meta::List(l) = m else { continue };
        if !l.path.is_ident("repr") {
            continue;
        }
        let Ok(items) = l.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
            continue;
        };
        for it in items {
            match &it {
                Meta::Path(p) => {
                    let n = path_name(p);
                    match n.as_str() {
                        "C" => repr.c = true,
                        "transparent" => repr.transparent = true,
                        "packed" => repr.packed = Some(1),
                        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32"
                        | "i64" | "i128" | "isize" => repr.int = Some(n),
                        _ => {}
                    }
                }
                Meta::List(inner) => {
                    let n = path_name(&inner.path);
                    let v: Option<u64> = inner
                        .parse_args::<syn::LitInt>()
                        .ok()
                        .and_then(|l| l.base10_parse().ok());
                    match n.as_str() {
                        "packed" => repr.packed = Some(v.unwrap_or(1)),
                        "align" => repr.align = v,
                        _ => {}
                    }
                }
                Meta::NameValue(_) => {}
            }
        }
    }
    repr
}

/// Text of a token stream, spaced the way rustfmt would print types, signatures and simple
/// expressions (`*mut ::std::os::raw::c_int`, `Option<unsafe extern "C" fn(u32) -> i32>`).
pub(crate) fn tokens_text(ts: &TokenStream) -> String {
    let mut out = String::new();
    let mut prev = Prev::Start;
    write_tokens(ts, &mut out, &mut prev);
    // rustfmt drops trailing commas on one line (`fn(a: u8,)` from bindgen).
    for (from, to) in [
        (",)", ")"),
        (",>", ">"),
        (",]", "]"),
        (", )", ")"),
        (", >", ">"),
    ] {
        while out.contains(from) {
            out = out.replace(from, to);
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Word,
    /// A keyword after which `::` starts a new path (`*mut ::std::...`).
    Keyword,
    Open,
    Close,
    /// `:`/`,`/`;` and binary operators: a space follows.
    SpaceAfter,
    /// Prefix operators, `::`, `<`, `'`, `!`, `.`, `#`: nothing follows.
    Glue,
}

fn write_tokens(ts: &TokenStream, out: &mut String, prev: &mut Prev) {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            TokenTree::Ident(id) => {
                if matches!(
                    *prev,
                    Prev::Word | Prev::Keyword | Prev::Close | Prev::SpaceAfter
                ) {
                    out.push(' ');
                }
                let text = id.to_string();
                *prev = if matches!(
                    text.as_str(),
                    "mut"
                        | "const"
                        | "dyn"
                        | "impl"
                        | "as"
                        | "unsafe"
                        | "where"
                        | "for"
                        | "in"
                        | "return"
                        | "let"
                ) {
                    Prev::Keyword
                } else {
                    Prev::Word
                };
                out.push_str(&text);
            }
            TokenTree::Literal(l) => {
                if matches!(
                    *prev,
                    Prev::Word | Prev::Keyword | Prev::Close | Prev::SpaceAfter
                ) {
                    out.push(' ');
                }
                out.push_str(&l.to_string());
                *prev = Prev::Word;
            }
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                let brace = g.delimiter() == Delimiter::Brace;
                if matches!(*prev, Prev::SpaceAfter)
                    || (brace && *prev != Prev::Start)
                    || (*prev == Prev::Keyword && g.delimiter() != Delimiter::Parenthesis)
                {
                    out.push(' ');
                }
                out.push_str(open);
                if brace {
                    out.push(' ');
                }
                let mut inner = Prev::Open;
                write_tokens(&g.stream(), out, &mut inner);
                if brace {
                    out.push(' ');
                }
                out.push_str(close);
                *prev = if g.delimiter() == Delimiter::None {
                    inner
                } else {
                    Prev::Close
                };
            }
            TokenTree::Punct(_) => {
                // Join a run of joint punctuation into one operator.
                let mut op = String::new();
                while let Some(TokenTree::Punct(p)) = toks.get(i) {
                    op.push(p.as_char());
                    let joint = p.spacing() == Spacing::Joint && p.as_char() != '\'';
                    let next_glues =
                        matches!(toks.get(i + 1), Some(TokenTree::Punct(n)) if n.as_char() != '\'');
                    if !joint || !next_glues {
                        break;
                    }
                    i += 1;
                }
                let after_operand = matches!(*prev, Prev::Word | Prev::Close);
                match op.as_str() {
                    "," | ";" | ":" => {
                        out.push_str(&op);
                        *prev = Prev::SpaceAfter;
                    }
                    "::" => {
                        if matches!(*prev, Prev::SpaceAfter | Prev::Keyword) {
                            out.push(' ');
                        }
                        out.push_str("::");
                        *prev = Prev::Glue;
                    }
                    "<" | ">" | ">>" | "." | "!" | "#" | "?" | "$" => {
                        if op == "!" && !after_operand && *prev == Prev::SpaceAfter {
                            out.push(' ');
                        }
                        out.push_str(&op);
                        *prev = if op.starts_with('>') {
                            Prev::Close
                        } else {
                            Prev::Glue
                        };
                    }
                    "'" => {
                        if matches!(
                            *prev,
                            Prev::Word | Prev::Keyword | Prev::Close | Prev::SpaceAfter
                        ) {
                            out.push(' ');
                        }
                        out.push('\'');
                        *prev = Prev::Glue;
                    }
                    "*" | "&" | "-" | "&&" if !after_operand => {
                        if matches!(*prev, Prev::SpaceAfter | Prev::Keyword) {
                            out.push(' ');
                        }
                        out.push_str(&op);
                        *prev = Prev::Glue;
                    }
                    _ => {
                        if *prev != Prev::Start && *prev != Prev::Open {
                            out.push(' ');
                        }
                        out.push_str(&op);
                        *prev = Prev::SpaceAfter;
                    }
                }
            }
        }
        i += 1;
    }
}

pub(crate) fn type_text(t: &syn::Type) -> String {
    tokens_text(&t.to_token_stream())
}

fn path_text(p: &syn::Path) -> String {
    tokens_text(&p.to_token_stream())
}

/// `// ffiscope: allow(FFI0003, FFI0004) reason` comments by line.
pub(crate) fn scan_allow_comments(text: &str) -> BTreeMap<u32, Vec<Allow>> {
    let mut out: BTreeMap<u32, Vec<Allow>> = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let Some(c) = line.find("//") else { continue };
        let comment = &line[c + 2..];
        let Some(k) = comment.find("ffiscope:") else {
            continue;
        };
        let rest = comment[k + "ffiscope:".len()..].trim_start();
        let Some(rest) = rest.strip_prefix("allow") else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix('(') else {
            continue;
        };
        let Some(close) = rest.find(')') else {
            continue;
        };
        let reason = rest[close + 1..]
            .trim()
            .trim_start_matches([':', '-'])
            .trim();
        for code in rest[..close].split(',') {
            let code = code.trim();
            if !code.is_empty() {
                out.entry(i as u32 + 1).or_default().push(Allow {
                    code: code.to_string(),
                    reason: reason.to_string(),
                    line: i as u32 + 1,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidies_type_text() {
        let t: syn::Type = syn::parse_str("*mut ::std::os::raw::c_int").unwrap();
        assert_eq!(type_text(&t), "*mut ::std::os::raw::c_int");
        let t: syn::Type =
            syn::parse_str("Option<unsafe extern \"C\" fn(*mut c_void, u32) -> i32>").unwrap();
        assert_eq!(
            type_text(&t),
            "Option<unsafe extern \"C\" fn(*mut c_void, u32) -> i32>"
        );
        let t: syn::Type = syn::parse_str("&'a mut [u8; 4]").unwrap();
        assert_eq!(type_text(&t), "&'a mut [u8; 4]");
    }

    #[test]
    fn scans_allow_comments() {
        let m =
            scan_allow_comments("x\n    // ffiscope: allow(FFI0003, FFI0004) C takes long here\n");
        let a = &m[&2];
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].code, "FFI0003");
        assert_eq!(a[1].reason, "C takes long here");
    }
}
