//! FFI0105 returned-reference.

use super::RuleInfo;
use crate::cx::{ptr_kind, Cx};
use crate::finding::{CLocation, Finding, Severity};
use ffiscope_facts::Returns;
use ffiscope_rust::{PtrKind, RustType};

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0105",
    name: "returned-reference",
    default_severity: Severity::Error,
    summary: "an extern function returns a reference where C returns an owned allocation or a pointer into an argument",
    doc: DOC,
    needs_facts: true,
};

const DOC: &str = r#"## What it does
Uses the effect facts (`returns`) to report `extern` functions whose return type is a
reference (`&T`, `&mut T`, `Option<&T>`) when C returns a fresh allocation the caller must
release (`owned`), or a `'static` reference when C returns a pointer into one of its arguments
(`alias`).

## Why is this bad?
An owned allocation behind a reference can never be released (Rust will not call the
deallocator) and its lifetime is invented. A pointer into an argument lives only as long as
that argument; calling it `'static` lets safe code keep it after the argument is freed.

## Example
```rust
// C: char *dup_name(const struct obj *o) { return strdup(o->name); }
extern "C" {
    fn dup_name(o: *const Obj) -> &'static c_char;
}
```

## Use instead
```rust
extern "C" {
    fn dup_name(o: *const Obj) -> *mut c_char;
}
// and wrap the result in a type whose Drop calls the deallocator the facts name.
```

## Known problems
Relies on the facts; `maybe` is not reported. Non-`'static` references returned for `alias`
results are accepted, though only the wrapper can tie their lifetime to the right argument.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(facts) = p.facts else { continue };
        let Some(rt) = &p.rust.ret else { continue };
        let Some((PtrKind::Ref, _, _)) = ptr_kind(&rt.resolved) else {
            continue;
        };
        let lifetime = match rt.resolved.strip_option() {
            RustType::Pointer { lifetime, .. } => lifetime.clone(),
            _ => None,
        };
        let message = match &facts.returns {
            Returns::Owned { deallocator } => format!(
                "{} returns a new allocation the caller must release{}, but Rust declares the reference `{}`",
                p.rust.link_name,
                deallocator.as_ref().map(|d| format!(" with `{d}`")).unwrap_or_default(),
                rt.text
            ),
            Returns::Alias { of } if lifetime.as_deref() == Some("static") => {
                let names: Vec<String> = of
                    .iter()
                    .map(|i| {
                        p.rust
                            .params
                            .get(*i as usize)
                            .and_then(|pp| pp.name.clone())
                            .map(|n| format!("`{n}`"))
                            .unwrap_or_else(|| format!("#{}", i + 1))
                    })
                    .collect();
                format!(
                    "{} returns a pointer into {}, but Rust declares it `{}`",
                    p.rust.link_name,
                    names.join(", "),
                    rt.text
                )
            }
            _ => continue,
        };
        let loc = p
            .rust
            .ret_location
            .clone()
            .unwrap_or_else(|| p.rust.location.clone());
        out.push((
            Finding {
                code: String::new(),
                rule: String::new(),
                severity: Severity::Error,
                message,
                rust: Some(Cx::rust_loc(&loc, &p.rust.item)),
                c: Some(CLocation {
                    function: Some(facts.name.clone()),
                    param: None,
                    file: facts.location.file.clone(),
                    line: facts.location.line,
                    record: None,
                }),
                evidence: Vec::new(),
                help: Some("return a raw pointer and give it an owner in the safe wrapper".into()),
            },
            p.rust.allows.clone(),
        ));
    }
    for (f, a) in out {
        cx.emit(&RULE, f, &a, None);
    }
}
