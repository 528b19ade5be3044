//! Reading model files: `toml` into raw structs, then into the typed models with checks
//! whose errors name the file, the entry and the field.

use std::collections::HashSet;
use std::str::FromStr;

use serde::Deserialize;

use crate::model::{
    CopyEffect, FunctionModel, Globals, ParamModel, PointerEffects, SyncEffect, ThreadModel,
};
use crate::types::{CopyTarget, MtSafety, Returns, ValueError, Verdict};

/// Why a model file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{origin}: cannot read: {source}")]
    Io {
        origin: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}: not a valid model file: {source}")]
    Toml {
        origin: String,
        #[source]
        source: toml::de::Error,
    },
    /// A field of an entry has a bad or missing value.
    #[error("{origin}: {entry}: field `{field}`: {message}")]
    Field {
        origin: String,
        /// E.g. ``function `memcpy` ``.
        entry: String,
        /// E.g. `params[0].writes`.
        field: String,
        message: String,
    },
    /// An entry is inconsistent as a whole, or clashes with another.
    #[error("{origin}: {entry}: {message}")]
    Entry {
        origin: String,
        entry: String,
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    meta: Option<toml::Table>,
    #[serde(default)]
    function: Vec<RawFunction>,
    #[serde(default)]
    intrinsic: Vec<RawFunction>,
    #[serde(default)]
    thread: Vec<RawThread>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFunction {
    name: Option<String>,
    source: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    prefix: Option<String>,
    returns: Option<String>,
    #[serde(default)]
    returns_global: Vec<String>,
    #[serde(default)]
    noreturn: bool,
    assertion: Option<u32>,
    #[serde(default)]
    runs_handlers: bool,
    copy: Option<OneOrMany<RawCopy>>,
    varargs: Option<String>,
    sync: Option<RawSync>,
    params: Option<Vec<RawParam>>,
    globals: Option<RawGlobals>,
    thread_as: Option<String>,
    assumption: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum IntOrStr {
    Int(i64),
    Str(String),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCopy {
    to: IntOrStr,
    from: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSync {
    op: String,
    arg: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlobals {
    #[serde(default)]
    reads: Vec<String>,
    #[serde(default)]
    writes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParam {
    name: Option<String>,
    #[serde(rename = "type")]
    ty: Option<String>,
    reads: Option<String>,
    writes: Option<String>,
    retained: Option<String>,
    freed: Option<String>,
    freed_indirect: Option<String>,
    null_ok: Option<String>,
    returned: Option<String>,
    callback: Option<String>,
    #[serde(default)]
    callback_args: Option<Vec<String>>,
    out: Option<String>,
    condition: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThread {
    name: Option<String>,
    mt: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    page: Option<String>,
    source: Option<String>,
    #[serde(default)]
    also: Vec<String>,
    note: Option<String>,
}

/// The entries of one file, checked on their own (not yet against other files).
#[derive(Debug, Default)]
pub(crate) struct ParsedFile {
    pub functions: Vec<FunctionModel>,
    pub intrinsics: Vec<FunctionModel>,
    pub threads: Vec<ThreadModel>,
    /// `meta.source` if the file has one.
    pub meta_source: Option<String>,
}

/// C typedefs that are pointers (or arrays, which decay to pointers in parameters).
const POINTER_TYPEDEFS: &[&str] = &[
    "ptr",
    "va_list",
    "__gnuc_va_list",
    "jmp_buf",
    "sigjmp_buf",
    "sighandler_t",
    "__sighandler_t",
    "__compar_fn_t",
    "__free_fn_t",
    "iconv_t",
    "locale_t",
    "timer_t",
    "tss_dtor_t",
    "thrd_start_t",
    "__action_fn_t",
    "cookie_io_functions_t",
];

/// Whether a declared C type is a pointer: it has `*`, `[` or is a known pointer typedef.
pub fn is_pointer_type(ty: &str) -> bool {
    ty.contains('*')
        || ty.contains('[')
        || ty
            .split_whitespace()
            .last()
            .is_some_and(|w| POINTER_TYPEDEFS.contains(&w))
}

struct Ctx<'a> {
    origin: &'a str,
    entry: String,
}

impl Ctx<'_> {
    fn field(&self, field: impl Into<String>, message: impl Into<String>) -> ModelError {
        ModelError::Field {
            origin: self.origin.to_string(),
            entry: self.entry.clone(),
            field: field.into(),
            message: message.into(),
        }
    }
    fn entry(&self, message: impl Into<String>) -> ModelError {
        ModelError::Entry {
            origin: self.origin.to_string(),
            entry: self.entry.clone(),
            message: message.into(),
        }
    }
    fn parse<T: FromStr<Err = ValueError>>(&self, field: &str, v: &str) -> Result<T, ModelError> {
        v.parse()
            .map_err(|e: ValueError| self.field(field, e.to_string()))
    }
    fn required<'s>(&self, field: &str, v: &'s Option<String>) -> Result<&'s str, ModelError> {
        match v.as_deref() {
            Some(s) if !s.trim().is_empty() => Ok(s),
            Some(_) => Err(self.field(field, "must not be empty")),
            None => Err(self.field(field, "missing")),
        }
    }
    fn index(&self, field: &str, v: i64) -> Result<u32, ModelError> {
        u32::try_from(v).map_err(|_| self.field(field, format!("`{v}` is not a parameter index")))
    }
}

fn check_symbol(ctx: &Ctx, field: &str, s: &str) -> Result<(), ModelError> {
    if s.is_empty() || s.chars().any(|c| c.is_whitespace() || c == '"') {
        return Err(ctx.field(field, format!("`{s}` is not a symbol name")));
    }
    Ok(())
}

pub(crate) fn parse_file(origin: &str, text: &str) -> Result<ParsedFile, ModelError> {
    let raw: RawFile = toml::from_str(text).map_err(|source| ModelError::Toml {
        origin: origin.to_string(),
        source,
    })?;
    let meta_source = raw
        .meta
        .as_ref()
        .and_then(|m| m.get("source"))
        .and_then(|s| s.as_str())
        .map(str::to_string);
    let mut out = ParsedFile {
        meta_source: meta_source.clone(),
        ..ParsedFile::default()
    };
    for (i, f) in raw.function.into_iter().enumerate() {
        out.functions.push(convert_function(f, false, origin, i)?);
    }
    for (i, f) in raw.intrinsic.into_iter().enumerate() {
        out.intrinsics.push(convert_function(f, true, origin, i)?);
    }
    for (i, t) in raw.thread.into_iter().enumerate() {
        out.threads
            .push(convert_thread(t, origin, i, meta_source.as_deref())?);
    }
    check_unique(origin, &out)?;
    Ok(out)
}

/// Names, aliases and prefixes are unique within a file.
fn check_unique(origin: &str, f: &ParsedFile) -> Result<(), ModelError> {
    for (kind, list) in [("function", &f.functions), ("intrinsic", &f.intrinsics)] {
        let mut seen = HashSet::new();
        for m in list {
            let keys = std::iter::once(&m.name)
                .chain(&m.aliases)
                .chain(m.prefix.as_ref());
            for k in keys {
                if !seen.insert(k.as_str()) {
                    return Err(ModelError::Entry {
                        origin: origin.to_string(),
                        entry: format!("{kind} `{}`", m.name),
                        message: format!("`{k}` is declared more than once in this file"),
                    });
                }
            }
        }
    }
    let mut seen = HashSet::new();
    for t in &f.threads {
        if !seen.insert(t.name.as_str()) {
            return Err(ModelError::Entry {
                origin: origin.to_string(),
                entry: format!("thread `{}`", t.name),
                message: "declared more than once in this file".into(),
            });
        }
    }
    Ok(())
}

fn convert_function(
    raw: RawFunction,
    intrinsic: bool,
    origin: &str,
    index: usize,
) -> Result<FunctionModel, ModelError> {
    let kind = if intrinsic { "intrinsic" } else { "function" };
    let mut ctx = Ctx {
        origin,
        entry: format!("{kind} #{}", index + 1),
    };
    let name = ctx.required("name", &raw.name)?.to_string();
    ctx.entry = format!("{kind} `{name}`");
    check_symbol(&ctx, "name", &name)?;
    let source = ctx.required("source", &raw.source)?.trim().to_string();
    for (i, a) in raw.aliases.iter().enumerate() {
        check_symbol(&ctx, &format!("aliases[{i}]"), a)?;
        if *a == name {
            return Err(ctx.field(format!("aliases[{i}]"), "repeats the entry's name"));
        }
    }
    if let Some(p) = &raw.prefix {
        if !intrinsic {
            return Err(ctx.field("prefix", "only [[intrinsic]] entries match by prefix"));
        }
        if p.len() < 2 || !p.ends_with('.') || p.chars().any(char::is_whitespace) {
            return Err(ctx.field(
                "prefix",
                format!("`{p}` must be a name prefix ending in `.`"),
            ));
        }
    }
    let returns: Returns = ctx.parse("returns", ctx.required("returns", &raw.returns)?)?;
    let varargs = match &raw.varargs {
        Some(v) => Some(ctx.parse("varargs", v)?),
        None => None,
    };
    let raw_params = raw
        .params
        .ok_or_else(|| ctx.field("params", "missing (write `params = []` for no parameters)"))?;

    let mut params = Vec::with_capacity(raw_params.len());
    let mut names = HashSet::new();
    for (i, p) in raw_params.into_iter().enumerate() {
        let pf = |f: &str| format!("params[{i}].{f}");
        let pname = ctx.required(&pf("name"), &p.name)?.to_string();
        if !names.insert(pname.clone()) {
            return Err(ctx.field(pf("name"), format!("`{pname}` names two parameters")));
        }
        let has_pointer_facts = p.reads.is_some()
            || p.writes.is_some()
            || p.retained.is_some()
            || p.freed.is_some()
            || p.freed_indirect.is_some()
            || p.null_ok.is_some()
            || p.returned.is_some()
            || p.callback.is_some()
            || p.callback_args.is_some()
            || p.out.is_some()
            || p.condition.is_some();
        if let Some(ty) = &p.ty {
            if ty.trim().is_empty() {
                return Err(ctx.field(pf("type"), "must not be empty"));
            }
            if is_pointer_type(ty) && !has_pointer_facts {
                return Err(ctx.field(
                    pf("reads"),
                    format!("`{pname}` has pointer type `{ty}` but states no pointer facts"),
                ));
            }
            if !is_pointer_type(ty) && has_pointer_facts {
                return Err(ctx.field(
                    pf("type"),
                    format!("`{pname}` states pointer facts but its type `{ty}` is not a pointer"),
                ));
            }
        }
        let pointer = if has_pointer_facts {
            let req = |f: &str, v: &Option<String>| -> Result<String, ModelError> {
                match v {
                    Some(s) => Ok(s.clone()),
                    None => Err(ctx.field(
                        pf(f),
                        "missing (pointer parameters state reads, writes, retained, freed and null_ok)",
                    )),
                }
            };
            let opt_verdict =
                |f: &str, v: &Option<String>| -> Result<Option<Verdict>, ModelError> {
                    v.as_deref().map(|s| ctx.parse(&pf(f), s)).transpose()
                };
            Some(PointerEffects {
                reads: ctx.parse(&pf("reads"), &req("reads", &p.reads)?)?,
                writes: ctx.parse(&pf("writes"), &req("writes", &p.writes)?)?,
                retained: ctx.parse(&pf("retained"), &req("retained", &p.retained)?)?,
                freed: ctx.parse(&pf("freed"), &req("freed", &p.freed)?)?,
                null_ok: ctx.parse(&pf("null_ok"), &req("null_ok", &p.null_ok)?)?,
                freed_indirect: opt_verdict("freed_indirect", &p.freed_indirect)?
                    .unwrap_or(Verdict::No),
                // Filled in below from `returns` when not stated.
                returned: opt_verdict("returned", &p.returned)?.unwrap_or(Verdict::Maybe),
                callback: p
                    .callback
                    .as_deref()
                    .map(|s| ctx.parse(&pf("callback"), s))
                    .transpose()?,
                callback_args: p
                    .callback_args
                    .iter()
                    .flatten()
                    .enumerate()
                    .map(|(k, s)| ctx.parse(&pf(&format!("callback_args[{k}]")), s))
                    .collect::<Result<_, _>>()?,
                out: p
                    .out
                    .as_deref()
                    .map(|s| ctx.parse(&pf("out"), s))
                    .transpose()?,
                condition: p.condition.clone(),
            })
        } else {
            None
        };
        params.push((
            ParamModel {
                name: pname,
                ty: p.ty,
                pointer,
            },
            p.returned.is_some(),
        ));
    }

    let is_ptr = |n: u32| {
        params
            .get(n as usize)
            .is_some_and(|(p, _)| p.pointer.is_some())
    };
    let ptr_arg = |field: &str, n: u32| -> Result<(), ModelError> {
        if is_ptr(n) {
            Ok(())
        } else {
            Err(ctx.field(
                field,
                format!("argument {n} is not a declared pointer parameter"),
            ))
        }
    };

    // `returns` aliases and the per-parameter `returned` flags agree.
    for &a in returns.alias_args() {
        ptr_arg("returns", a)?;
    }
    for (i, (p, stated)) in params.iter_mut().enumerate() {
        let Some(pe) = p.pointer.as_mut() else {
            continue;
        };
        let in_alias = returns.alias_args().contains(&(i as u32));
        if !*stated {
            pe.returned = if in_alias {
                Verdict::Yes
            } else if returns == Returns::Maybe {
                Verdict::Maybe
            } else {
                Verdict::No
            };
        } else if in_alias && pe.returned == Verdict::No {
            return Err(ctx.field(
                format!("params[{i}].returned"),
                format!("is \"no\" but returns is `{returns}`"),
            ));
        } else if !in_alias && pe.returned == Verdict::Yes && returns != Returns::Maybe {
            return Err(ctx.field(
                format!("params[{i}].returned"),
                format!("is \"yes\" but returns is `{returns}`, which is not an alias of it"),
            ));
        }
    }
    let params: Vec<ParamModel> = params.into_iter().map(|(p, _)| p).collect();
    let is_ptr = |n: u32| params.get(n as usize).is_some_and(|p| p.pointer.is_some());
    let ptr_arg = |field: &str, n: u32| -> Result<(), ModelError> {
        if is_ptr(n) {
            Ok(())
        } else {
            Err(ctx.field(
                field,
                format!("argument {n} is not a declared pointer parameter"),
            ))
        }
    };

    for (i, p) in params.iter().enumerate() {
        let Some(pe) = &p.pointer else { continue };
        if let crate::types::Retained::Arg(n) = pe.retained {
            ptr_arg(&format!("params[{i}].retained"), n)?;
        }
        if !pe.callback_args.is_empty() && pe.callback.is_none() {
            return Err(ctx.field(
                format!("params[{i}].callback_args"),
                "only for function-pointer parameters, which state `callback`",
            ));
        }
        for (k, a) in pe.callback_args.iter().enumerate() {
            if let crate::types::CallbackArg::Arg(n) = a {
                ptr_arg(&format!("params[{i}].callback_args[{k}]"), *n)?;
            }
        }
        if let Some(out) = &pe.out {
            if !pe.writes.may() {
                return Err(ctx.field(
                    format!("params[{i}].out"),
                    "an out-parameter must have writes other than \"no\"",
                ));
            }
            for &a in out.alias_args() {
                ptr_arg(&format!("params[{i}].out"), a)?;
            }
        }
    }

    let raw_copies = match raw.copy {
        None => vec![],
        Some(OneOrMany::One(c)) => vec![c],
        Some(OneOrMany::Many(v)) => v,
    };
    let mut copy = Vec::with_capacity(raw_copies.len());
    for c in raw_copies {
        {
            let from = ctx.index("copy.from", c.from)?;
            ptr_arg("copy.from", from)?;
            if !params[from as usize].pointer.as_ref().unwrap().reads.may() {
                return Err(ctx.field("copy.from", format!("parameter {from} does not read")));
            }
            let to = match c.to {
                IntOrStr::Int(n) => {
                    let n = ctx.index("copy.to", n)?;
                    ptr_arg("copy.to", n)?;
                    if !params[n as usize].pointer.as_ref().unwrap().writes.may() {
                        return Err(ctx.field("copy.to", format!("parameter {n} does not write")));
                    }
                    CopyTarget::Arg(n)
                }
                IntOrStr::Str(s) if s == "return" => {
                    if matches!(returns, Returns::Scalar | Returns::Void) {
                        return Err(ctx.field("copy.to", "\"return\" but returns no pointer"));
                    }
                    CopyTarget::Return
                }
                IntOrStr::Str(s) => {
                    return Err(ctx.field(
                        "copy.to",
                        format!("`{s}`: expected a parameter index or \"return\""),
                    ))
                }
            };
            copy.push(CopyEffect { to, from });
        }
    }

    let sync = match raw.sync {
        None => None,
        Some(s) => {
            let arg = ctx.index("sync.arg", s.arg)?;
            ptr_arg("sync.arg", arg)?;
            Some(SyncEffect {
                op: ctx.parse("sync.op", &s.op)?,
                arg,
            })
        }
    };

    let globals = match raw.globals {
        None => Globals::default(),
        Some(g) => {
            for (f, list) in [("globals.reads", &g.reads), ("globals.writes", &g.writes)] {
                for s in list {
                    check_symbol(&ctx, f, s)?;
                }
            }
            Globals {
                reads: g.reads,
                writes: g.writes,
            }
        }
    };

    for g in &raw.returns_global {
        check_symbol(&ctx, "returns_global", g)?;
    }
    if let Some(t) = &raw.thread_as {
        check_symbol(&ctx, "thread_as", t)?;
    }
    if raw.assertion.is_some() && !raw.noreturn {
        return Err(
            ctx.entry("assertion, yet not noreturn: an assert failure never returns".to_string())
        );
    }
    if raw.noreturn && returns != Returns::Void && returns != Returns::Scalar {
        return Err(ctx.entry(format!(
            "noreturn, yet returns `{returns}`: write \"void\" (or \"scalar\")"
        )));
    }

    Ok(FunctionModel {
        name,
        source,
        aliases: raw.aliases,
        prefix: raw.prefix,
        returns,
        returns_global: raw.returns_global,
        noreturn: raw.noreturn,
        assertion: raw.assertion,
        runs_handlers: raw.runs_handlers,
        copy,
        varargs,
        sync,
        params,
        globals,
        thread_as: raw.thread_as,
        assumption: raw.assumption,
        note: raw.note,
        origin: origin.to_string(),
    })
}

fn convert_thread(
    raw: RawThread,
    origin: &str,
    index: usize,
    meta_source: Option<&str>,
) -> Result<ThreadModel, ModelError> {
    let mut ctx = Ctx {
        origin,
        entry: format!("thread #{}", index + 1),
    };
    let name = ctx.required("name", &raw.name)?.to_string();
    ctx.entry = format!("thread `{name}`");
    check_symbol(&ctx, "name", &name)?;
    let mt: MtSafety = ctx.parse("mt", ctx.required("mt", &raw.mt)?)?;
    for (i, t) in raw.tags.iter().enumerate() {
        if t.is_empty() || t.chars().any(char::is_whitespace) {
            return Err(ctx.field(format!("tags[{i}]"), format!("`{t}` is not one tag")));
        }
    }
    let source = match (&raw.source, meta_source, &raw.page) {
        (Some(s), _, _) if !s.trim().is_empty() => s.trim().to_string(),
        (Some(_), _, _) => return Err(ctx.field("source", "must not be empty")),
        (None, Some(m), Some(p)) if !m.trim().is_empty() => format!("{m}: {p}"),
        _ => {
            return Err(ctx.field(
                "source",
                "missing (needs `source`, or `page` with a file-level `meta.source`)",
            ))
        }
    };
    Ok(ThreadModel {
        name,
        mt,
        tags: raw.tags,
        page: raw.page,
        source,
        also: raw.also,
        note: raw.note,
        origin: origin.to_string(),
    })
}
