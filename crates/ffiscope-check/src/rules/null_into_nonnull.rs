//! FFI0104 null-into-nonnull.

use super::RuleInfo;
use crate::cx::{ptr_kind, Cx};
use crate::finding::{CLocation, Finding, Severity};
use ffiscope_facts::Verdict;
use ffiscope_rust::RustType;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0104",
    name: "null-into-nonnull",
    default_severity: Severity::Error,
    summary: "Rust declares a parameter nullable (`Option<..>`) but C dereferences it without a NULL check",
    doc: DOC,
    needs_facts: true,
};

const DOC: &str = r#"## What it does
Uses the effect facts (`null_ok: no`) to report parameters declared `Option<&T>`,
`Option<NonNull<T>>`, `Option<Box<T>>` or `Option<extern "C" fn(..)>` where the C function
dereferences (or calls) the pointer on some path without checking for NULL first.

## Why is this bad?
`Option` in the declaration tells every caller that `None` (NULL) is a valid argument. C then
dereferences NULL: a crash at best, and undefined behaviour the compiler may exploit.

## Example
```rust
// C: size_t buf_len(const struct buf *b) { return b->len; }
extern "C" {
    fn buf_len(b: Option<&Buf>) -> usize;
}
```

## Use instead
```rust
extern "C" {
    fn buf_len(b: &Buf) -> usize;
}
```

## Known problems
A C function pointer is nullable, so `Option<extern "C" fn(..)>` mirrors the C prototype, and
bindgen declares every one that way: for such a parameter the finding is a warning (the
declaration is faithful, but `None` still crashes), not an error. The reverse (`&T` where C
accepts NULL) is fine and not reported. `*const T` parameters can
be NULL too, but their declaration makes no promise, so they are left to wrapper checks.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(facts) = p.facts else { continue };
        for (i, rp) in p.rust.params.iter().enumerate() {
            let RustType::Option { inner } = &rp.ty.resolved else {
                continue;
            };
            let is_fn = matches!(**inner, RustType::FnPtr { .. });
            if !is_fn && ptr_kind(&rp.ty.resolved).is_none() {
                continue;
            }
            let Some(pf) = facts
                .params
                .iter()
                .find(|f| f.index as usize == i)
                .and_then(|f| f.pointer.as_ref())
            else {
                continue;
            };
            if pf.null_ok != Verdict::No {
                continue;
            }
            let name = rp.name.clone().unwrap_or_else(|| format!("#{}", i + 1));
            let verb = if is_fn { "calls" } else { "dereferences" };
            // `Option<fn>` for a C function pointer is the faithful type (bindgen's): the
            // hazard is real but the declaration is not wrong.
            let mirrors_c = is_fn
                && p.c
                    .and_then(|c| c.params.get(i))
                    .is_some_and(|cp| cp.ty.is_function_pointer());
            let (severity, help) = if mirrors_c {
                (
                    Severity::Warning,
                    format!(
                        "the `Option` mirrors C's nullable function pointer (bindgen declares every one so), but `None` crashes here: safe wrappers must take the callback without `Option`, or declare `{inner}`"
                    ),
                )
            } else {
                (
                    Severity::Error,
                    format!("drop the `Option`: declare `{inner}`"),
                )
            };
            out.push((
                Finding {
                    code: String::new(),
                    rule: String::new(),
                    severity,
                    message: format!(
                        "`{name}` is `{}`, so Rust may pass NULL, but {} {verb} it without a NULL check",
                        rp.ty.text, p.rust.link_name
                    ),
                    rust: Some(Cx::rust_loc(&rp.location, &p.rust.item)),
                    c: Some(CLocation {
                        function: Some(facts.name.clone()),
                        param: Some(i as u32),
                        file: facts.location.file.clone(),
                        line: facts.location.line,
                        record: None,
                    }),
                    evidence: Vec::new(),
                    help: Some(help),
                },
                p.rust.allows.clone(),
                severity,
            ));
        }
    }
    for (f, a, severity) in out {
        cx.emit(&RULE, f, &a, Some(severity));
    }
}
