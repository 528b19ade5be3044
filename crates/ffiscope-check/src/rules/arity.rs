//! FFI0002 arity-mismatch.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::{Finding, Severity};
use ffiscope_facts::CType;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0002",
    name: "arity-mismatch",
    default_severity: Severity::Error,
    summary: "the number of parameters, or whether there is a return value, differs from C",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Compares the shape of each `extern` declaration with the C prototype: the number of
parameters, whether a value is returned, and the same for callback types in the signature.

## Why is this bad?
A missing parameter leaves C reading whatever is in the next register; an extra one is ignored
on x86_64 but not on every ABI. Declaring a return value for a `void` function reads a garbage
register. Declaring no return value for a function returning a large struct breaks the call
completely, because C expects a hidden pointer to the result as its first argument.

## Example
```rust
// C: int deflateInit2_(z_streamp strm, int level, int method, int windowBits,
//                      int memLevel, int strategy, const char *version, int stream_size);
extern "C" {
    fn deflateInit2_(strm: *mut z_stream, level: c_int, method: c_int) -> c_int;
}
```

## Use instead
Declare every parameter of the C prototype, in order, with its type.

## Known problems
Variadic functions are compared on their fixed parameters; mixing up variadic and fixed
parameters is FFI0014 (variadic-mismatch). Old-style C declarations without a prototype are
described by debug info as they are defined, which is what is compared. A typed callback
where C takes the generic function pointer `void (*)(void)` is a note: C has to cast it back
to the real type before calling it, and that type is not in the prototype.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(c) = p.c else { continue };
        let r = p.rust;
        let rn = r.params.len();
        let cn = c.params.len();
        if rn != cn && r.variadic == c.variadic {
            let missing: Vec<String> = c
                .params
                .iter()
                .skip(rn)
                .map(|p| format!("`{}`", p.ty.declare(&p.name)))
                .collect();
            let detail = if rn < cn {
                format!(" (missing {})", missing.join(", "))
            } else {
                String::new()
            };
            out.push((
                Finding {
                    code: String::new(),
                    rule: String::new(),
                    severity: Severity::Error,
                    message: format!(
                        "`{}` takes {rn} parameter(s) in Rust but {cn} in C{detail}",
                        r.name
                    ),
                    rust: Some(Cx::rust_loc(&r.location, &r.item)),
                    c: Some(Cx::c_loc(c, None)),
                    evidence: vec![Cx::c_evidence(c)],
                    help: Some(format!("declare it as in C: `{}`", c.signature)),
                },
                None,
            ));
        }
        let c_void = matches!(c.ret.canonical(), CType::Void);
        match (&r.ret, c_void) {
            (Some(rt), true)
                if !matches!(
                    rt.resolved,
                    ffiscope_rust::RustType::Never | ffiscope_rust::RustType::Unit
                ) =>
            {
                let loc = r.ret_location.clone().unwrap_or_else(|| r.location.clone());
                out.push((
                    Finding {
                        code: String::new(),
                        rule: String::new(),
                        severity: Severity::Error,
                        message: format!(
                            "`{}` returns `{}` in Rust, but the C function returns `void`: the value read is garbage",
                            r.name, rt.text
                        ),
                        rust: Some(Cx::rust_loc(&loc, &r.item)),
                        c: Some(Cx::c_loc(c, None)),
                        evidence: vec![Cx::c_evidence(c)],
                        help: Some("remove the return type".into()),
                    },
                    None,
                ));
            }
            (None, false) => {
                let size = match c.ret.canonical() {
                    CType::Record { name, .. } => {
                        cx.layouts.get(name.as_str()).map(|l| l.size_bytes)
                    }
                    _ => None,
                };
                let (sev, why) = match size {
                    Some(s) if s > 16 => (
                        Severity::Error,
                        format!("C returns a {s}-byte record through a hidden pointer argument, so every argument is off by one"),
                    ),
                    _ => (
                        Severity::Note,
                        "the result is discarded".to_string(),
                    ),
                };
                out.push((
                    Finding {
                        code: String::new(),
                        rule: String::new(),
                        severity: sev,
                        message: format!(
                            "`{}` returns nothing in Rust, but C returns `{}`: {why}",
                            r.name,
                            c.ret.spelling()
                        ),
                        rust: Some(Cx::rust_loc(&r.location, &r.item)),
                        c: Some(Cx::c_loc(c, None)),
                        evidence: vec![Cx::c_evidence(c)],
                        help: Some(format!(
                            "declare the return type `{}`",
                            crate::cx::suggest(&c.ret)
                        )),
                    },
                    Some(sev),
                ));
            }
            _ => {}
        }
    }
    for (f, sev) in out {
        let allows = cx
            .pairs
            .iter()
            .find(|p| Some(p.rust.item.as_str()) == f.rust.as_ref().map(|r| r.item.as_str()))
            .map(|p| p.rust.allows.clone())
            .unwrap_or_default();
        cx.emit(&RULE, f, &allows, sev);
    }
    cx.emit_issues(&RULE, &[Kind::CallbackArity]);
}
