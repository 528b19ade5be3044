//! The checking context: Rust declarations paired with C prototypes, and the type comparison
//! that classifies every difference. Rules (in `rules/`) pick the differences they own and
//! word the findings.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use ffiscope_facts::{
    CFunctionDecl, CRecordLayout, CType, DeclsDocument, FactsDocument, FunctionFacts,
};
use ffiscope_rust::{Allow, CrateModel, ForeignFn, Location, PtrKind, RustType, TypeDef, TypeKind};

use crate::cenum::CEnumDecl;
use crate::config::Config;
use crate::finding::*;
use crate::rules::RuleInfo;

/// Where in a signature a type sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Param(usize),
    Return,
}

/// Which way values flow through a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    /// Rust gives the value to C (parameters).
    ToC,
    /// C gives the value to Rust (return values, callback parameters).
    FromC,
    /// Memory both sides read and write (pointees, fields).
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A parameter or return value.
    Value,
    /// A struct field or array element.
    Field,
}

/// The kind of a difference; each kind belongs to one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    IntWidth,
    IntSign,
    CharSign,
    PtrInt,
    Float,
    BoolInt,
    Int128,
    ByValue,
    MissingRepr,
    Enum,
    Pointee,
    NotFfiSafe,
    CallConv,
    CallbackArity,
}

/// One difference between a Rust type and a C type.
#[derive(Debug, Clone)]
pub(crate) struct TypeIssue {
    pub kind: Kind,
    /// "" at the top, else e.g. "the pointee of " / "parameter 2 of the callback in ".
    pub context: String,
    pub detail: String,
    pub help: Option<String>,
    /// Overrides the rule's default severity (before configuration).
    pub severity: Option<Severity>,
}

/// A difference at a position of a foreign function.
#[derive(Debug, Clone)]
pub(crate) struct SiteIssue {
    pub pair: usize,
    pub pos: Pos,
    pub issue: TypeIssue,
}

/// A Rust function declaration with its C counterpart.
pub(crate) struct Pair<'a> {
    pub rust: &'a ForeignFn,
    pub c: Option<&'a CFunctionDecl>,
    pub facts: Option<&'a FunctionFacts>,
}

/// A Rust type used where C has a record.
#[derive(Debug, Clone)]
pub(crate) struct RecordPair {
    pub c_name: String,
    pub used_at: Location,
    pub used_in: String,
}

pub(crate) struct Cx<'a> {
    pub model: &'a CrateModel,
    pub decls: &'a DeclsDocument,
    pub facts: Option<&'a FactsDocument>,
    pub config: &'a Config,
    pub layouts: HashMap<&'a str, &'a CRecordLayout>,
    pub enums: HashMap<&'a str, &'a CEnumDecl>,
    pub pairs: Vec<Pair<'a>>,
    pub issues: Vec<SiteIssue>,
    pub record_pairs: RefCell<BTreeMap<String, RecordPair>>,
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Suppressed>,
    pub skipped: Vec<Skipped>,
}

const MAX_DEPTH: usize = 24;

impl<'a> Cx<'a> {
    pub fn new(
        model: &'a CrateModel,
        decls: &'a DeclsDocument,
        facts: Option<&'a FactsDocument>,
        config: &'a Config,
    ) -> Self {
        let mut c_fns: HashMap<&str, &CFunctionDecl> = HashMap::new();
        for f in &decls.functions {
            // Prefer the external definition when a static one has the same name.
            let e = c_fns.entry(f.name.as_str()).or_insert(f);
            if !e.external && f.external {
                *e = f;
            }
        }
        let facts_by: HashMap<&str, &FunctionFacts> = facts
            .map(|d| d.functions.iter().map(|f| (f.name.as_str(), f)).collect())
            .unwrap_or_default();
        let pairs = model
            .foreign_fns
            .iter()
            .filter(|f| config.check_dependencies || model.is_analysed(&f.package))
            .map(|f| Pair {
                rust: f,
                c: c_fns.get(f.link_name.as_str()).copied(),
                facts: facts_by.get(f.link_name.as_str()).copied(),
            })
            .collect();
        let mut cx = Cx {
            model,
            decls,
            facts,
            config,
            layouts: decls.layouts.iter().map(|l| (l.name.as_str(), l)).collect(),
            enums: config
                .c_enums
                .iter()
                .map(|e| (e.name.as_str(), e))
                .collect(),
            pairs,
            issues: Vec::new(),
            record_pairs: RefCell::new(BTreeMap::new()),
            findings: Vec::new(),
            suppressed: Vec::new(),
            skipped: Vec::new(),
        };
        cx.compare_all();
        cx
    }

    fn compare_all(&mut self) {
        let mut issues = Vec::new();
        for (i, p) in self.pairs.iter().enumerate() {
            let Some(c) = p.c else { continue };
            for (k, rp) in p.rust.params.iter().enumerate() {
                let Some(cp) = c.params.get(k) else { break };
                let mut out = Vec::new();
                self.compare(
                    &rp.ty.resolved,
                    &cp.ty,
                    Mode::Value,
                    Flow::ToC,
                    "",
                    &rp.location,
                    &p.rust.item,
                    &mut out,
                    0,
                );
                issues.extend(out.into_iter().map(|issue| SiteIssue {
                    pair: i,
                    pos: Pos::Param(k),
                    issue,
                }));
            }
            if let Some(rt) = &p.rust.ret {
                if !matches!(c.ret.canonical(), CType::Void) {
                    let mut out = Vec::new();
                    let loc = p
                        .rust
                        .ret_location
                        .clone()
                        .unwrap_or_else(|| p.rust.location.clone());
                    self.compare(
                        &rt.resolved,
                        &c.ret,
                        Mode::Value,
                        Flow::FromC,
                        "",
                        &loc,
                        &p.rust.item,
                        &mut out,
                        0,
                    );
                    issues.extend(out.into_iter().map(|issue| SiteIssue {
                        pair: i,
                        pos: Pos::Return,
                        issue,
                    }));
                }
            }
        }
        self.issues = issues;
    }

    // ------------------------------------------------------------------ findings

    /// Records a finding, unless the configuration turns its rule off or an allow in the
    /// source silences it.
    pub fn emit(
        &mut self,
        rule: &RuleInfo,
        mut f: Finding,
        allows: &[Allow],
        severity: Option<Severity>,
    ) {
        f.code = rule.code.to_string();
        f.rule = rule.name.to_string();
        f.severity = severity.unwrap_or(rule.default_severity);
        if let Some(level) = self.config.level(rule.code, rule.name) {
            match level.severity() {
                None => return,
                Some(s) => f.severity = s,
            }
        }
        if let Some(a) = allows
            .iter()
            .find(|a| a.code == rule.code || a.code == rule.name || a.code == "all")
        {
            self.suppressed.push(Suppressed {
                finding: f,
                reason: a.reason.clone(),
            });
            return;
        }
        self.findings.push(f);
    }

    pub fn rust_loc(loc: &Location, item: &str) -> RustLocation {
        RustLocation {
            file: loc.file.clone(),
            line: loc.line,
            column: loc.column,
            item: item.to_string(),
            end_line: Some(loc.end_line),
            end_column: Some(loc.end_column),
        }
    }

    pub fn c_loc(c: &CFunctionDecl, param: Option<usize>) -> CLocation {
        CLocation {
            function: Some(c.name.clone()),
            param: param.map(|p| p as u32),
            file: c.location.file.clone(),
            line: c.location.line,
            record: None,
        }
    }

    pub fn c_evidence(c: &CFunctionDecl) -> EvidenceStep {
        EvidenceStep {
            side: "c".into(),
            file: c.location.file.clone(),
            line: c.location.line,
            note: format!("declared as `{}`", c.signature),
        }
    }

    /// "parameter `level`" / "the return type".
    pub fn pos_text(&self, pair: &Pair, pos: Pos) -> String {
        match pos {
            Pos::Param(k) => {
                let name = pair
                    .rust
                    .params
                    .get(k)
                    .and_then(|p| p.name.clone())
                    .or_else(|| pair.c.and_then(|c| c.params.get(k)).map(|p| p.name.clone()))
                    .filter(|n| !n.is_empty() && n != "_");
                match name {
                    Some(n) => format!("parameter `{n}`"),
                    None => format!("parameter {}", k + 1),
                }
            }
            Pos::Return => "the return type".into(),
        }
    }

    /// Emits every site issue of `kind` as a finding of `rule`.
    pub fn emit_issues(&mut self, rule: &RuleInfo, kinds: &[Kind]) {
        let issues: Vec<SiteIssue> = self
            .issues
            .iter()
            .filter(|i| kinds.contains(&i.issue.kind))
            .cloned()
            .collect();
        for si in issues {
            let pair = &self.pairs[si.pair];
            let Some(c) = pair.c else { continue };
            let (loc, rust_text, c_ty) = match si.pos {
                Pos::Param(k) => {
                    let rp = &pair.rust.params[k];
                    (rp.location.clone(), type_ref_text(&rp.ty), &c.params[k].ty)
                }
                Pos::Return => {
                    let rt = pair.rust.ret.as_ref();
                    (
                        pair.rust
                            .ret_location
                            .clone()
                            .unwrap_or_else(|| pair.rust.location.clone()),
                        rt.map(type_ref_text).unwrap_or_default(),
                        &c.ret,
                    )
                }
            };
            let message = format!(
                "`{}`: {}{} is {} in Rust but {} in C: {}",
                pair.rust.name,
                si.issue.context,
                self.pos_text(pair, si.pos),
                rust_text,
                c_text(c_ty),
                si.issue.detail
            );
            let param = match si.pos {
                Pos::Param(k) => Some(k),
                Pos::Return => None,
            };
            let f = Finding {
                code: String::new(),
                rule: String::new(),
                severity: Severity::Error,
                message,
                rust: Some(Self::rust_loc(&loc, &pair.rust.item)),
                c: Some(Self::c_loc(c, param)),
                evidence: vec![Self::c_evidence(c)],
                help: si.issue.help.clone(),
            };
            let allows = pair.rust.allows.clone();
            self.emit(rule, f, &allows, si.issue.severity);
        }
    }

    // ------------------------------------------------------------------ types

    pub fn def(&self, path: &str) -> Option<&'a TypeDef> {
        self.model.types.get(path)
    }

    /// `repr(transparent)` structs stand for their non-zero-sized field.
    pub fn unwrap_transparent<'t>(&self, r: &'t RustType) -> Cow<'t, RustType> {
        let mut cur: Cow<RustType> = Cow::Borrowed(r);
        for _ in 0..8 {
            let next = match cur.as_ref() {
                RustType::Adt { path, args } => match self.def(path) {
                    Some(d) if d.repr.transparent => d
                        .fields
                        .iter()
                        .find(|f| !f.ty.resolved.is_zero_sized())
                        .map(|f| subst(&f.ty.resolved, &d.generics, args)),
                    _ => None,
                },
                _ => None,
            };
            match next {
                Some(n) => cur = Cow::Owned(n),
                None => break,
            }
        }
        cur
    }

    #[allow(clippy::too_many_arguments)]
    pub fn compare(
        &self,
        r0: &RustType,
        c0: &CType,
        mode: Mode,
        flow: Flow,
        ctx: &str,
        used_at: &Location,
        used_in: &str,
        out: &mut Vec<TypeIssue>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        let r = self.unwrap_transparent(r0);
        let r = r.as_ref();
        let c = c0.canonical();
        let issue = |kind: Kind, detail: String, help: Option<String>| TypeIssue {
            kind,
            context: ctx.to_string(),
            detail,
            help,
            severity: None,
        };
        if matches!(c, CType::Unknown { .. }) {
            return;
        }
        match r {
            RustType::Unknown { .. }
            | RustType::External { .. }
            | RustType::Generic { .. }
            | RustType::Never => return,
            RustType::Char => {
                out.push(issue(
                    Kind::NotFfiSafe,
                    "Rust `char` is a 4-byte Unicode scalar value with invalid bit patterns, not a C character".into(),
                    Some(format!("use `{}`", suggest(c0))),
                ));
                return;
            }
            RustType::Str
            | RustType::Slice { .. }
            | RustType::TraitObject { .. }
            | RustType::Tuple { .. } => {
                out.push(issue(
                    Kind::NotFfiSafe,
                    format!("`{r}` has no C equivalent"),
                    Some(format!("use `{}`", suggest(c0))),
                ));
                return;
            }
            RustType::Option { inner } if !inner.is_pointer_like() && !is_nonzero(inner) => {
                out.push(issue(
                    Kind::NotFfiSafe,
                    format!("`{r}` has no guaranteed layout (only `Option` of references, `NonNull`, `Box` and fn pointers does)"),
                    Some(format!("use `{}`", suggest(c0))),
                ));
                return;
            }
            _ => {}
        }
        if r.is_fat_pointer() {
            out.push(issue(
                Kind::NotFfiSafe,
                format!("`{r}` is a fat pointer (two words: address and length or vtable); C expects one pointer"),
                Some(format!("pass `.as_ptr()` as `{}` (and the length separately)", suggest(c0))),
            ));
            return;
        }
        match (r, c) {
            (RustType::Unit, CType::Void) => {}
            (RustType::Bool, CType::Bool) => {}
            (
                RustType::Int { bits, signed, name },
                CType::Int {
                    name: cn,
                    bits: cb,
                    signed: cs,
                    plain_char,
                },
            ) => {
                self.compare_ints(
                    *bits,
                    *signed,
                    name,
                    cn,
                    *cb,
                    *cs,
                    *plain_char,
                    c0,
                    ctx,
                    out,
                );
            }
            (
                RustType::Int { bits, name, .. },
                CType::Enum {
                    name: en,
                    underlying,
                },
            ) => {
                if let CType::Int {
                    bits: cb,
                    signed: cs,
                    name: cn,
                    ..
                } = underlying.canonical()
                {
                    if *bits != *cb {
                        out.push(issue(
                            Kind::IntWidth,
                            format!("`{name}` is {bits}-bit, `enum {en}` is {cb}-bit"),
                            Some(format!("use `{}`", suggest_int(cn, *cb, *cs))),
                        ));
                    }
                }
            }
            (RustType::Int { bits, name, .. }, CType::Bool) => {
                let sev = if *bits == 8 {
                    Some(Severity::Warning)
                } else {
                    None
                };
                out.push(TypeIssue {
                    severity: sev,
                    ..issue(
                        Kind::BoolInt,
                        format!("C `_Bool` is 1 byte holding 0 or 1; `{name}` is {bits}-bit"),
                        Some("use `bool`".into()),
                    )
                });
            }
            (
                RustType::Bool,
                CType::Int {
                    name, bits, signed, ..
                },
            ) => {
                out.push(issue(
                    Kind::BoolInt,
                    if flow == Flow::ToC {
                        format!("Rust `bool` is 1 byte; C `{name}` is {bits}-bit and its upper bytes are left undefined by the caller")
                    } else {
                        format!("C `{name}` is {bits}-bit and may hold values other than 0 and 1, which are undefined behaviour in a Rust `bool`")
                    },
                    Some(format!("use `{}` and compare with 0", suggest_int(name, *bits, *signed))),
                ));
            }
            (RustType::Bool, CType::Enum { .. }) => {
                out.push(issue(
                    Kind::BoolInt,
                    "a C enum is an integer, and values other than 0 and 1 are undefined behaviour in a Rust `bool`".into(),
                    Some(format!("use `{}`", suggest(c0))),
                ));
            }
            (RustType::Float { bits }, CType::Float { bits: cb, name }) if bits != cb => {
                out.push(issue(
                    Kind::Float,
                    format!("`f{bits}` is {bits}-bit, C `{name}` is {cb}-bit"),
                    Some(format!("use `{}`", suggest(c0))),
                ));
            }
            (RustType::Float { bits }, CType::Int { .. } | CType::Bool | CType::Enum { .. }) => {
                out.push(issue(
                    Kind::Float,
                    format!("`f{bits}` is a floating-point type, C has an integer (they travel in different registers)"),
                    Some(format!("use `{}`", suggest(c0))),
                ));
            }
            (RustType::Int { .. } | RustType::Bool, CType::Float { name, .. }) => {
                out.push(issue(
                    Kind::Float,
                    format!("C `{name}` is a floating-point type, Rust has an integer (they travel in different registers)"),
                    Some(format!("use `{}`", suggest(c0))),
                ));
            }
            (RustType::Int { bits, name, .. }, CType::Pointer { .. }) => {
                let pb = self.model.target.pointer_bits;
                let sev = if *bits == pb {
                    Some(Severity::Warning)
                } else {
                    None
                };
                out.push(TypeIssue {
                    severity: sev,
                    ..issue(
                        Kind::PtrInt,
                        if *bits == pb {
                            format!("C takes a pointer, Rust an integer `{name}` of the same width (pointer provenance is lost, and it breaks on other targets)")
                        } else {
                            format!("C takes a {pb}-bit pointer, Rust a {bits}-bit integer `{name}`")
                        },
                        Some(format!("use `{}`", suggest(c0))),
                    )
                });
            }
            (rp, CType::Int { name, .. } | CType::Enum { name, .. }) if rp.is_pointer_like() => {
                let cbits = int_bits_of(c).unwrap_or(32);
                let pb = self.model.target.pointer_bits;
                let sev = if cbits == pb {
                    Some(Severity::Warning)
                } else {
                    None
                };
                out.push(TypeIssue {
                    severity: sev,
                    ..issue(
                        Kind::PtrInt,
                        format!("Rust passes a pointer, C has the integer `{name}` ({cbits}-bit)"),
                        Some(format!("use `{}`", suggest(c0))),
                    )
                });
            }
            (rp, CType::Pointer { pointee }) if rp.is_pointer_like() => {
                self.compare_pointer(rp, pointee, flow, ctx, used_at, used_in, out, depth);
            }
            (rp, CType::Record { name, .. }) if rp.is_pointer_like() => {
                out.push(issue(
                    Kind::ByValue,
                    format!("C passes `struct {name}` by value, Rust a pointer"),
                    Some(format!("use `{}`", suggest(c0))),
                ));
            }
            (RustType::Adt { path, .. }, _) => {
                let Some(def) = self.def(path) else { return };
                match def.kind {
                    TypeKind::Enum => self.compare_enum(def, c0, mode, flow, ctx, out),
                    TypeKind::Struct | TypeKind::Union => {
                        self.compare_record(def, r, c0, mode, ctx, used_at, used_in, out)
                    }
                }
            }
            (
                RustType::Int { .. } | RustType::Float { .. },
                CType::Record {
                    name: rn, union, ..
                },
            ) => {
                let name = r.to_string();
                let kw = if *union { "union" } else { "struct" };
                out.push(issue(
                    Kind::ByValue,
                    format!("C passes `{kw} {rn}` by value, Rust the scalar `{name}`"),
                    Some(format!("declare a `#[repr(C)]` {kw} and use `{rn}`")),
                ));
            }
            (RustType::Array { elem, len }, CType::Array { element, len: clen })
                if mode == Mode::Field =>
            {
                if len.is_some() && clen.is_some() && len != clen {
                    out.push(issue(
                        Kind::ByValue,
                        format!(
                            "the array has {} elements in Rust and {} in C",
                            len.unwrap_or(0),
                            clen.unwrap_or(0)
                        ),
                        None,
                    ));
                }
                let sub = format!("{ctx}the element of ");
                self.compare(
                    elem,
                    element,
                    Mode::Field,
                    flow,
                    &sub,
                    used_at,
                    used_in,
                    out,
                    depth + 1,
                );
            }
            (RustType::Array { .. }, _) if mode == Mode::Value => {
                out.push(issue(
                    Kind::NotFfiSafe,
                    "a Rust array is passed by value, but C array parameters are pointers".into(),
                    Some(format!("use `{}` and pass `.as_ptr()`", suggest(c0))),
                ));
            }
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_ints(
        &self,
        bits: u32,
        signed: bool,
        name: &str,
        cn: &str,
        cb: u32,
        cs: bool,
        plain_char: bool,
        c0: &CType,
        ctx: &str,
        out: &mut Vec<TypeIssue>,
    ) {
        let issue = |kind: Kind, detail: String, help: Option<String>| TypeIssue {
            kind,
            context: ctx.to_string(),
            detail,
            help,
            severity: None,
        };
        if bits != cb {
            out.push(issue(
                Kind::IntWidth,
                format!("`{name}` is {bits}-bit, C `{cn}` is {cb}-bit"),
                Some(format!("use `{}`", suggest(c0))),
            ));
            return;
        }
        if bits == 128 {
            out.push(issue(
                Kind::Int128,
                format!("`{name}` and C `{cn}` are 128-bit integers, whose ABI Rust matched with C only from Rust 1.77 (16-byte alignment on x86_64)"),
                Some("require rust-version >= 1.77, or pass the value as two 64-bit halves".into()),
            ));
        }
        if plain_char {
            // C `char`: its signedness is the target's; only `c_char` follows it.
            if name != "c_char" && signed != cs {
                out.push(issue(
                    Kind::CharSign,
                    format!(
                        "C `char` is {} on {}, `{name}` is {}",
                        sign(cs),
                        self.model.target.triple,
                        sign(signed)
                    ),
                    Some("use `c_char`, whose signedness follows the target".into()),
                ));
            } else if name != "c_char" {
                out.push(TypeIssue {
                    severity: Some(Severity::Note),
                    ..issue(
                        Kind::CharSign,
                        format!("C `char` is {} on {} but unsigned or signed on other targets; `{name}` fixes one", sign(cs), self.model.target.triple),
                        Some("use `c_char`, whose signedness follows the target".into()),
                    )
                });
            }
            return;
        }
        if name == "c_char" && bits == 8 {
            out.push(issue(
                Kind::CharSign,
                format!("C `{cn}` is always {}, but `c_char` is signed or unsigned depending on the target", sign(cs)),
                Some(format!("use `{}`", if cs { "c_schar" } else { "c_uchar" })),
            ));
            return;
        }
        if signed != cs {
            out.push(issue(
                Kind::IntSign,
                format!("`{name}` is {}, C `{cn}` is {}", sign(signed), sign(cs)),
                Some(format!("use `{}`", suggest(c0))),
            ));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_pointer(
        &self,
        rp: &RustType,
        c_pointee: &CType,
        flow: Flow,
        ctx: &str,
        used_at: &Location,
        used_in: &str,
        out: &mut Vec<TypeIssue>,
        depth: usize,
    ) {
        let cp = c_pointee.canonical();
        let issue = |kind: Kind, detail: String, help: Option<String>| TypeIssue {
            kind,
            context: ctx.to_string(),
            detail,
            help,
            severity: None,
        };
        let rp = rp.strip_option();
        match rp {
            RustType::FnPtr {
                abi,
                params,
                ret,
                variadic,
                ..
            } => {
                let CType::Function {
                    ret: cret,
                    params: cparams,
                    variadic: cvar,
                } = cp
                else {
                    if !matches!(cp, CType::Void) {
                        out.push(issue(
                            Kind::Pointee,
                            format!(
                                "Rust has a function pointer, C a pointer to `{}`",
                                cp.spelling()
                            ),
                            None,
                        ));
                    }
                    return;
                };
                match abi.as_deref() {
                    None | Some("Rust") => out.push(issue(
                        Kind::CallConv,
                        "the callback type uses the Rust ABI (`fn(..)` without `extern \"C\"`)".into(),
                        Some("declare it `unsafe extern \"C\" fn(..)`".into()),
                    )),
                    Some(a) if !abi_is_c(a, &self.model.target) => out.push(issue(
                        Kind::CallConv,
                        format!("the callback type uses the `extern \"{a}\"` ABI, C calls it with the C ABI"),
                        Some("declare it `unsafe extern \"C\" fn(..)`".into()),
                    )),
                    _ => {}
                }
                if params.len() != cparams.len() || variadic != cvar {
                    // `void (*)(void)` is C's generic function pointer: callers cast it back.
                    let generic =
                        cparams.is_empty() && !*cvar && matches!(cret.canonical(), CType::Void);
                    let mut i = issue(
                        Kind::CallbackArity,
                        format!(
                            "the callback takes {} parameter(s){} in Rust and {}{} in C{}",
                            params.len(),
                            if *variadic { " and `...`" } else { "" },
                            cparams.len(),
                            if *cvar { " and `...`" } else { "" },
                            if generic {
                                " (`void (*)(void)` is C's generic function pointer, whose prototype says nothing about the type: check that C casts it back to this type before calling it)"
                            } else {
                                ""
                            }
                        ),
                        Some(format!(
                            "use `{}`",
                            suggest(c_pointee_as_ptr(c_pointee).as_ref())
                        )),
                    );
                    if generic {
                        // Not a contradiction of the prototype: C must cast the pointer to the
                        // callee's real type before calling it, and that type is not in the
                        // declaration (sqlite3_auto_extension casts to its entry-point type).
                        i.severity = Some(Severity::Note);
                        i.help = None;
                    }
                    out.push(i);
                }
                for (i, (p, cpar)) in params.iter().zip(cparams.iter()).enumerate() {
                    let sub = format!("{ctx}parameter {} of the callback in ", i + 1);
                    self.compare(
                        p,
                        cpar,
                        Mode::Value,
                        Flow::FromC,
                        &sub,
                        used_at,
                        used_in,
                        out,
                        depth + 1,
                    );
                }
                match (ret.as_ref(), cret.canonical()) {
                    (RustType::Unit, CType::Void) => {}
                    (RustType::Unit, _) => out.push(issue(
                        Kind::CallbackArity,
                        format!(
                            "the callback returns nothing in Rust, but C reads a `{}` from it",
                            cret.spelling()
                        ),
                        None,
                    )),
                    (_, CType::Void) => {}
                    (rr, cr) => {
                        let sub = format!("{ctx}the return type of the callback in ");
                        self.compare(
                            rr,
                            cr,
                            Mode::Value,
                            Flow::ToC,
                            &sub,
                            used_at,
                            used_in,
                            out,
                            depth + 1,
                        );
                    }
                }
            }
            RustType::Pointer { pointee, .. } => {
                if matches!(cp, CType::Function { .. }) {
                    if !matches!(**pointee, RustType::CVoid) {
                        out.push(issue(
                            Kind::Pointee,
                            format!("C takes a function pointer, Rust a pointer to `{pointee}`"),
                            Some(format!(
                                "use `{}`",
                                suggest(c_pointee_as_ptr(c_pointee).as_ref())
                            )),
                        ));
                    }
                    return;
                }
                self.compare_pointee(pointee, c_pointee, flow, ctx, used_at, used_in, out, depth);
            }
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_pointee(
        &self,
        rp: &RustType,
        c_pointee: &CType,
        _flow: Flow,
        ctx: &str,
        used_at: &Location,
        used_in: &str,
        out: &mut Vec<TypeIssue>,
        depth: usize,
    ) {
        let cp = c_pointee.canonical();
        if matches!(rp, RustType::CVoid) || matches!(cp, CType::Void) {
            return;
        }
        let rp_u = self.unwrap_transparent(rp);
        if let RustType::Adt { path, .. } = rp_u.as_ref() {
            if let Some(d) = self.def(path) {
                if d.is_opaque_handle() {
                    return;
                }
            }
        }
        if let CType::Record {
            complete: false, ..
        } = cp
        {
            return;
        }
        if let CType::Record { name, .. } = cp {
            if !self.layouts.contains_key(name.as_str())
                && !matches!(rp_u.as_ref(), RustType::Adt { .. })
            {
                return;
            }
        }
        let sub = format!("{ctx}the pointee of ");
        let mut tmp = Vec::new();
        self.compare(
            rp,
            c_pointee,
            Mode::Field,
            Flow::Both,
            &sub,
            used_at,
            used_in,
            &mut tmp,
            depth + 1,
        );
        for mut i in tmp {
            match i.kind {
                Kind::IntSign | Kind::CharSign => continue,
                Kind::IntWidth
                | Kind::PtrInt
                | Kind::Float
                | Kind::BoolInt
                | Kind::ByValue
                | Kind::Int128 => {
                    i.kind = Kind::Pointee;
                    i.severity = None;
                }
                _ => {}
            }
            out.push(i);
        }
    }

    fn compare_enum(
        &self,
        def: &TypeDef,
        c0: &CType,
        mode: Mode,
        flow: Flow,
        ctx: &str,
        out: &mut Vec<TypeIssue>,
    ) {
        let issue = |kind: Kind, detail: String, help: Option<String>| TypeIssue {
            kind,
            context: ctx.to_string(),
            detail,
            help,
            severity: None,
        };
        let c = c0.canonical();
        let (c_bits, c_enum_name) = match c {
            CType::Enum { name, underlying } => {
                (int_bits_of(underlying.canonical()), Some(name.as_str()))
            }
            CType::Int { bits, .. } => (Some(*bits), None),
            _ => {
                out.push(issue(
                    Kind::Enum,
                    format!("Rust has the enum `{}`, C `{}`", def.name, c0.spelling()),
                    Some(format!("use `{}`", suggest(c0))),
                ));
                return;
            }
        };
        if def.variants.iter().any(|v| !v.fields.is_empty()) && !def.repr.is_defined() {
            out.push(issue(
                Kind::NotFfiSafe,
                format!("`{}` is an enum with data and no `#[repr]`", def.name),
                None,
            ));
            return;
        }
        let r_bits = match (&def.repr.int, def.repr.c) {
            (Some(i), _) => ffiscope_rust::int_bits(i, self.model.target.pointer_bits),
            (None, true) => Some(32),
            (None, false) => {
                out.push(issue(
                    Kind::MissingRepr,
                    format!(
                        "enum `{}` has no `#[repr]`, so its size is unspecified",
                        def.name
                    ),
                    Some(format!(
                        "add `#[repr({})]` to `{}`",
                        repr_for_bits(c_bits.unwrap_or(32), true),
                        def.name
                    )),
                ));
                return;
            }
        };
        if let (Some(rb), Some(cb)) = (r_bits, c_bits) {
            if rb != cb {
                out.push(issue(
                    Kind::Enum,
                    format!(
                        "`{}` is {rb}-bit (`#[repr({})]`), C `{}` is {cb}-bit",
                        def.name,
                        def.repr.int.clone().unwrap_or_else(|| "C".into()),
                        c0.spelling()
                    ),
                    Some(format!("use `#[repr({})]`", repr_for_bits(cb, true))),
                ));
                return;
            }
        }
        let from_c = flow != Flow::ToC || mode == Mode::Field;
        let rust_values: Vec<(String, Option<i128>)> = def
            .variants
            .iter()
            .map(|v| (v.name.clone(), v.value))
            .collect();
        match c_enum_name.and_then(|n| self.enums.get(n)) {
            Some(ce) => {
                let missing: Vec<String> = ce
                    .enumerators
                    .iter()
                    .filter(|e| {
                        !rust_values
                            .iter()
                            .any(|(_, v)| *v == Some(i128::from(e.value)))
                    })
                    .map(|e| format!("{} = {}", e.name, e.value))
                    .collect();
                let extra: Vec<String> = rust_values
                    .iter()
                    .filter(|(_, v)| {
                        v.is_some_and(|v| !ce.enumerators.iter().any(|e| i128::from(e.value) == v))
                    })
                    .map(|(n, v)| format!("{n} = {}", v.unwrap_or(0)))
                    .collect();
                if !missing.is_empty() {
                    out.push(TypeIssue {
                        severity: if from_c { None } else { Some(Severity::Warning) },
                        ..issue(
                            Kind::Enum,
                            format!(
                                "C enumerator(s) {} have no variant in `{}`{}",
                                missing.join(", "),
                                def.name,
                                if from_c { "; such a value coming from C is undefined behaviour in Rust" } else { "" }
                            ),
                            Some(format!("add the variants, or use a `#[repr(transparent)]` newtype over `{}` with constants", repr_for_bits(c_bits.unwrap_or(32), ce.signed))),
                        )
                    });
                }
                if !extra.is_empty() {
                    out.push(TypeIssue {
                        severity: Some(Severity::Warning),
                        ..issue(
                            Kind::Enum,
                            format!(
                                "variant(s) {} of `{}` are not enumerators of C `enum {}`",
                                extra.join(", "),
                                def.name,
                                ce.name
                            ),
                            None,
                        )
                    });
                }
            }
            None if from_c => {
                out.push(TypeIssue {
                    severity: Some(Severity::Warning),
                    ..issue(
                        Kind::Enum,
                        format!("C produces a `{}`, which can hold values that are not variants of `{}` (undefined behaviour in Rust)", c0.spelling(), def.name),
                        Some(format!("receive a `{}` and convert with a checked match", suggest(c0))),
                    )
                });
            }
            None => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_record(
        &self,
        def: &TypeDef,
        r: &RustType,
        c0: &CType,
        mode: Mode,
        ctx: &str,
        used_at: &Location,
        used_in: &str,
        out: &mut Vec<TypeIssue>,
    ) {
        let issue = |kind: Kind, detail: String, help: Option<String>| TypeIssue {
            kind,
            context: ctx.to_string(),
            detail,
            help,
            severity: None,
        };
        let c = c0.canonical();
        let CType::Record {
            name: cname,
            union,
            complete,
        } = c
        else {
            let kw = if def.kind == TypeKind::Union {
                "union"
            } else {
                "struct"
            };
            // `#[repr(C)] struct Ctx(*mut c_void)` where C has a pointer: passed the same way
            // on x86-64 and AArch64, not on every ABI; `repr(transparent)` guarantees it.
            let sized: Vec<_> = def
                .fields
                .iter()
                .filter(|f| !f.ty.resolved.is_zero_sized())
                .collect();
            if let ([only], true, true) = (
                &sized[..],
                def.kind == TypeKind::Struct && def.repr.c,
                matches!(c, CType::Pointer { .. }),
            ) {
                if only.ty.resolved.is_pointer_like() {
                    out.push(TypeIssue {
                        severity: Some(Severity::Warning),
                        ..issue(
                            Kind::ByValue,
                            format!(
                                "Rust passes the `#[repr(C)]` struct `{}`, which wraps one pointer, where C has `{}`: they are passed alike on x86-64 and AArch64, but not on every ABI (32-bit PowerPC passes structs by reference)",
                                def.name,
                                c0.spelling()
                            ),
                            Some(format!(
                                "make `{}` `#[repr(transparent)]`, which guarantees the pointer's ABI",
                                def.name
                            )),
                        )
                    });
                    return;
                }
            }
            out.push(issue(
                Kind::ByValue,
                format!(
                    "Rust passes the {kw} `{}` by value, C has `{}`",
                    def.name,
                    c0.spelling()
                ),
                Some(format!("use `{}`", suggest(c0))),
            ));
            return;
        };
        if !def.repr.is_defined() && !def.is_opaque_handle() {
            out.push(issue(
                Kind::MissingRepr,
                format!(
                    "`{}` has no `#[repr(C)]`, so its field order and padding are unspecified",
                    def.name
                ),
                Some(format!("add `#[repr(C)]` to `{}`", def.name)),
            ));
            return;
        }
        if (def.kind == TypeKind::Union) != *union {
            let (rk, ck) = if *union {
                ("struct", "union")
            } else {
                ("union", "struct")
            };
            out.push(issue(
                Kind::ByValue,
                format!("`{}` is a Rust {rk}, C `{ck} {cname}` a {ck}", def.name),
                None,
            ));
        }
        self.record_pairs
            .borrow_mut()
            .entry(def.path.clone())
            .or_insert_with(|| RecordPair {
                c_name: cname.clone(),
                used_at: used_at.clone(),
                used_in: used_in.to_string(),
            });
        if mode != Mode::Value {
            return;
        }
        if !complete {
            return;
        }
        let (Some(cl), Ok(rl)) = (self.layouts.get(cname.as_str()), self.model.layout_of(r)) else {
            return;
        };
        if rl.size != cl.size_bytes || rl.align != cl.align_bytes {
            out.push(issue(
                Kind::ByValue,
                format!(
                    "`{}` is {} bytes with alignment {} in Rust, C `{}` is {} bytes with alignment {}, so the value is passed differently",
                    def.name, rl.size, rl.align, c0.spelling(), cl.size_bytes, cl.align_bytes
                ),
                Some(format!("fix the layout of `{}` (see the record-layout finding)", def.name)),
            ));
        }
    }
}

// ---------------------------------------------------------------------- helpers

fn subst(t: &RustType, generics: &[String], args: &[RustType]) -> RustType {
    match t {
        RustType::Generic { name } => generics
            .iter()
            .position(|g| g == name)
            .and_then(|i| args.get(i).cloned())
            .unwrap_or_else(|| t.clone()),
        other => other.clone(),
    }
}

fn is_nonzero(t: &RustType) -> bool {
    matches!(t, RustType::Int { name, .. } if name.starts_with("NonZero"))
}

fn sign(s: bool) -> &'static str {
    if s {
        "signed"
    } else {
        "unsigned"
    }
}

fn int_bits_of(c: &CType) -> Option<u32> {
    match c.canonical() {
        CType::Int { bits, .. } => Some(*bits),
        CType::Bool => Some(8),
        CType::Enum { underlying, .. } => int_bits_of(underlying),
        _ => None,
    }
}

fn repr_for_bits(bits: u32, signed: bool) -> String {
    format!("{}{bits}", if signed { "i" } else { "u" })
}

fn c_pointee_as_ptr(c_pointee: &CType) -> Cow<'_, CType> {
    Cow::Owned(CType::Pointer {
        pointee: Box::new(c_pointee.clone()),
    })
}

/// True when `abi` means the C calling convention on `target`.
pub(crate) fn abi_is_c(abi: &str, target: &ffiscope_rust::TargetInfo) -> bool {
    match abi {
        "C" | "C-unwind" | "system" | "system-unwind" | "cdecl" | "cdecl-unwind" => true,
        "sysv64" | "sysv64-unwind" => target.arch == "x86_64" && target.os != "windows",
        "win64" | "win64-unwind" => target.arch == "x86_64" && target.os == "windows",
        "aapcs" | "aapcs-unwind" => target.arch == "arm",
        // On x86_64 these are accepted and mean the C ABI, with a future-incompatibility lint.
        "stdcall" | "stdcall-unwind" | "fastcall" | "fastcall-unwind" | "vectorcall"
        | "thiscall" | "thiscall-unwind" => false,
        _ => false,
    }
}

/// The Rust spelling of a type ffiscope would write for `c`.
pub(crate) fn suggest(c: &CType) -> String {
    match c {
        CType::Typedef { name, target } => {
            let known = match name.as_str() {
                "size_t" | "uintptr_t" => Some("usize"),
                "ssize_t" | "ptrdiff_t" | "intptr_t" => Some("isize"),
                "int8_t" => Some("i8"),
                "int16_t" => Some("i16"),
                "int32_t" => Some("i32"),
                "int64_t" => Some("i64"),
                "uint8_t" => Some("u8"),
                "uint16_t" => Some("u16"),
                "uint32_t" => Some("u32"),
                "uint64_t" => Some("u64"),
                _ => None,
            };
            match known {
                Some(k) => k.to_string(),
                None if matches!(
                    target.canonical(),
                    CType::Record { .. } | CType::Enum { .. }
                ) =>
                {
                    name.clone()
                }
                None => suggest(target),
            }
        }
        CType::Qualified { inner, .. } => suggest(inner),
        CType::Void => "()".into(),
        CType::Bool => "bool".into(),
        CType::Int {
            name,
            bits,
            signed,
            plain_char,
        } => {
            if *plain_char {
                "c_char".into()
            } else {
                suggest_int(name, *bits, *signed)
            }
        }
        CType::Float { bits, .. } => if *bits == 32 { "f32" } else { "f64" }.into(),
        CType::Pointer { pointee } => {
            if let CType::Function {
                ret,
                params,
                variadic,
            } = pointee.canonical()
            {
                let mut ps: Vec<String> = params.iter().map(suggest).collect();
                if *variadic {
                    ps.push("...".into());
                }
                let r = match ret.canonical() {
                    CType::Void => String::new(),
                    _ => format!(" -> {}", suggest(ret)),
                };
                return format!("Option<unsafe extern \"C\" fn({}){r}>", ps.join(", "));
            }
            let is_const = is_const_qualified(pointee);
            let inner = match pointee.canonical() {
                CType::Void => "c_void".to_string(),
                _ => suggest(pointee),
            };
            format!("*{} {inner}", if is_const { "const" } else { "mut" })
        }
        CType::Record { name, .. } | CType::Enum { name, .. } => name.clone(),
        CType::Array { element, len } => match len {
            Some(n) => format!("[{}; {n}]", suggest(element)),
            None => format!("*mut {}", suggest(element)),
        },
        CType::Function { .. } => "unsafe extern \"C\" fn(..)".into(),
        CType::Unknown { spelling } => spelling.clone(),
    }
}

pub(crate) fn suggest_int(name: &str, bits: u32, signed: bool) -> String {
    // By words: "unsigned long" contains the substring "signed ".
    let words: Vec<&str> = name.split_whitespace().collect();
    let unsigned = words.contains(&"unsigned");
    let signed_kw = words.contains(&"signed");
    let base = words
        .iter()
        .filter(|w| !matches!(**w, "signed" | "unsigned" | "int"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let c = match base.as_str() {
        "char" if signed_kw => Some("c_schar"),
        "char" if unsigned => Some("c_uchar"),
        "short" => Some(if unsigned { "c_ushort" } else { "c_short" }),
        "int" | "" => Some(if unsigned { "c_uint" } else { "c_int" }),
        "long" => Some(if unsigned { "c_ulong" } else { "c_long" }),
        "long long" => Some(if unsigned {
            "c_ulonglong"
        } else {
            "c_longlong"
        }),
        _ => None,
    };
    match c {
        Some(c) => c.to_string(),
        None => format!("{}{bits}", if signed { "i" } else { "u" }),
    }
}

/// "`uLong` (`c_ulong`)" style text of a Rust type reference.
pub(crate) fn type_ref_text(t: &ffiscope_rust::TypeRef) -> String {
    let shown = t.resolved.to_string();
    if shown == t.text
        || matches!(
            t.resolved,
            RustType::Unknown { .. } | RustType::External { .. }
        )
    {
        format!("`{}`", t.text)
    } else if t.text.len() > 60 {
        // Long spellings (`::std::option::Option<unsafe extern "C" fn(...)>`): the resolved
        // form is shorter and says the same.
        format!("`{shown}`")
    } else {
        format!("`{}` (`{}`)", t.text, shown)
    }
}

/// "`uLong` (`unsigned long`)" style text of a C type.
pub(crate) fn c_text(c: &CType) -> String {
    let s = c.spelling();
    let canon = c.canonical().spelling();
    if s == canon {
        format!("`{s}`")
    } else {
        format!("`{s}` (`{canon}`)")
    }
}

/// Whether `t` is `const`-qualified, directly or through typedefs (`const Bytef`, or a
/// typedef of `const char`).
pub(crate) fn is_const_qualified(t: &CType) -> bool {
    match t {
        CType::Qualified { is_const: true, .. } => true,
        CType::Qualified { inner, .. } | CType::Typedef { target: inner, .. } => {
            is_const_qualified(inner)
        }
        _ => false,
    }
}

/// For a C pointer type (through typedefs and qualifiers), whether it points to `const`.
pub(crate) fn c_pointee_is_const(t: &CType) -> bool {
    match t.canonical() {
        CType::Pointer { pointee } => is_const_qualified(pointee),
        _ => false,
    }
}

/// The `PtrKind` of a Rust parameter type (looking through `Option`).
pub(crate) fn ptr_kind(t: &RustType) -> Option<(PtrKind, bool, bool)> {
    let nullable = matches!(t, RustType::Option { .. });
    match t.strip_option() {
        RustType::Pointer { ptr, mutable, .. } => Some((*ptr, *mutable, nullable)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::suggest_int;

    #[test]
    fn suggests_the_c_alias_of_every_spelling() {
        for (name, bits, signed, want) in [
            ("unsigned long", 64, false, "c_ulong"),
            ("unsigned int", 32, false, "c_uint"),
            ("unsigned", 32, false, "c_uint"),
            ("long unsigned int", 64, false, "c_ulong"),
            ("unsigned long long", 64, false, "c_ulonglong"),
            ("unsigned short", 16, false, "c_ushort"),
            ("unsigned char", 8, false, "c_uchar"),
            ("signed char", 8, true, "c_schar"),
            ("int", 32, true, "c_int"),
            ("long int", 64, true, "c_long"),
            ("long long", 64, true, "c_longlong"),
            ("short", 16, true, "c_short"),
            ("__int128", 128, true, "i128"),
        ] {
            assert_eq!(suggest_int(name, bits, signed), want, "{name}");
        }
    }
}
