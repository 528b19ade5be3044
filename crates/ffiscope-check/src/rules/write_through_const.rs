//! FFI0103 write-through-const.

use super::RuleInfo;
use crate::cx::{c_pointee_is_const, ptr_kind, Cx};
use crate::finding::{CLocation, Finding, Severity};
use ffiscope_facts::{Verdict, WriteDepth};
use ffiscope_rust::PtrKind;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0103",
    name: "write-through-const",
    default_severity: Severity::Warning,
    summary: "C writes through a parameter declared `*const T` or `&T`",
    doc: DOC,
    needs_facts: true,
};

const DOC: &str = r#"## What it does
Uses the effect facts (`writes: yes` with `depth: direct`) to report parameters declared as
`*const T` or `&T` (shared) where the C function stores into the pointee itself.

## Why is this bad?
Writing through a shared reference is undefined behaviour: the compiler assumes the value did
not change and may keep using a stale copy. With `*const T` the declaration misleads the
wrappers: they pass pointers derived from `&T` or from read-only data (string literals) that
C then modifies.

## Example
```rust
// C: int parse_header(struct header *h, const char *buf) { h->len = ...; }
extern "C" {
    fn parse_header(h: *const Header, buf: *const c_char) -> c_int;
}
```

## Use instead
```rust
extern "C" {
    fn parse_header(h: *mut Header, buf: *const c_char) -> c_int;
}
```

## Known problems
Writes only through pointers stored in the pointee (`depth: indirect`) are fine for a
`*const T` and not reported. Types with interior mutability (`&Cell<T>`, `&UnsafeCell<T>`)
are reported too. `&T` is reported as an error, `*const T` as a warning.

When the C prototype declares the parameter `const T *` too, a `*const T` is what C promises,
and the write comes from the C code casting `const` away or from imprecision of the analysis
(the facts carry no evidence for writes yet): it is reported as a note, not a warning.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(facts) = p.facts else { continue };
        for (i, rp) in p.rust.params.iter().enumerate() {
            let Some((kind, false, _)) = ptr_kind(&rp.ty.resolved) else {
                continue;
            };
            if !matches!(kind, PtrKind::Raw | PtrKind::Ref) {
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
            if pf.writes != Verdict::Yes || pf.depth == Some(WriteDepth::Indirect) {
                continue;
            }
            let name = rp.name.clone().unwrap_or_else(|| format!("#{}", i + 1));
            let cond = pf
                .condition
                .as_ref()
                .map(|c| format!(" (when {c})"))
                .unwrap_or_default();
            let c_const =
                p.c.and_then(|c| c.params.get(i))
                    .filter(|cp| c_pointee_is_const(&cp.ty))
                    .map(|cp| format!("as in the C prototype (`{}`)", cp.ty.spelling()));
            let (sev, what, help) = if kind == PtrKind::Ref {
                (
                    Severity::Error,
                    "a shared reference: writing through it is undefined behaviour",
                    "declare `&mut T` (or `*mut T`)",
                )
            } else if let Some(as_in_c) = &c_const {
                (
                    Severity::Note,
                    as_in_c.as_str(),
                    "the declaration agrees with C's; if C really writes here it casts `const` away, so declare `*mut T`; otherwise the write is an imprecision of the analysis",
                )
            } else {
                (
                    Severity::Warning,
                    "so callers may pass read-only memory",
                    "declare `*mut T`, and pass pointers to memory Rust allows to change",
                )
            };
            out.push((
                Finding {
                    code: String::new(),
                    rule: String::new(),
                    severity: sev,
                    message: format!(
                        "{} writes to `*{name}`{cond}, but `{name}` is declared `{}`, {what}",
                        p.rust.link_name, rp.ty.text
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
                    help: Some(help.into()),
                },
                p.rust.allows.clone(),
                sev,
            ));
        }
    }
    for (f, a, sev) in out {
        cx.emit(&RULE, f, &a, Some(sev));
    }
}
