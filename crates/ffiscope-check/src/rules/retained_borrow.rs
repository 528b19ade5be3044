//! FFI0101 retained-borrow.

use super::RuleInfo;
use crate::cx::{ptr_kind, Cx};
use crate::finding::{EvidenceStep, Finding, Severity};
use ffiscope_facts::Verdict;
use ffiscope_rust::PtrKind;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0101",
    name: "retained-borrow",
    default_severity: Severity::Error,
    summary: "a reference is passed to a C function that keeps the pointer after it returns",
    doc: DOC,
    needs_facts: true,
};

const DOC: &str = r#"## What it does
Uses the effect facts (`retained: yes`) to report `extern` parameters declared as references
(`&T`, `&mut T`, `Option<&T>`) where the C function stores the pointer somewhere that outlives
the call: a global, a field of another argument, the returned object, or a new thread.

## Why is this bad?
A reference only promises the pointee lives for the call. C keeps the pointer and uses it
later, after the borrow has ended: the Rust value may have moved (a `z_stream` on the stack
that `deflateInit` made point to itself) or been dropped, and C reads freed memory.

## Example
```rust
// C: int set_user_data(struct ctx *c, void *data) { c->user = data; return 0; }
extern "C" {
    fn set_user_data(c: *mut Ctx, data: &mut State) -> c_int;
}
```

## Use instead
```rust
extern "C" {
    fn set_user_data(c: *mut Ctx, data: *mut State) -> c_int;
}
// and keep the state alive (e.g. `Box::into_raw`, freed when the context is destroyed).
```

## Known problems
Relies on the facts: a `maybe` is not reported. When retention depends on another argument
(`condition`), the finding says so; the declaration may still be fine for the values the crate
passes.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(facts) = p.facts else { continue };
        for (i, rp) in p.rust.params.iter().enumerate() {
            let Some((PtrKind::Ref, _, _)) = ptr_kind(&rp.ty.resolved) else {
                continue;
            };
            let Some(pf) = facts
                .params
                .iter()
                .find(|f| f.index as usize == i)
                .and_then(|f| f.pointer.as_ref())
            else {
                continue;
            };
            if pf.retained != Verdict::Yes {
                continue;
            }
            let name = rp.name.clone().unwrap_or_else(|| format!("#{}", i + 1));
            let lifetime = match rp.ty.resolved.strip_option() {
                ffiscope_rust::RustType::Pointer {
                    lifetime: Some(l), ..
                } => format!("'{l}"),
                _ => "'_".to_string(),
            };
            let cond = pf
                .condition
                .as_ref()
                .map(|c| format!(" (when {c})"))
                .unwrap_or_default();
            let evidence: Vec<EvidenceStep> = pf
                .retained_at
                .iter()
                .flat_map(|r| r.evidence().iter())
                .map(|e| EvidenceStep {
                    side: "c".into(),
                    file: e.file.clone(),
                    line: e.line,
                    note: e.note.clone(),
                })
                .collect();
            let static_hint = if lifetime == "'static" {
                "; a `'static` borrow is sound only if the pointee really lives forever and is never moved"
            } else {
                ""
            };
            out.push((
                Finding {
                    code: String::new(),
                    rule: String::new(),
                    severity: Severity::Error,
                    message: format!(
                        "{} keeps `{name}` after it returns{cond}, but it is borrowed for {lifetime}{static_hint}",
                        p.rust.link_name
                    ),
                    rust: Some(Cx::rust_loc(&rp.location, &p.rust.item)),
                    c: Some(crate::finding::CLocation {
                        function: Some(facts.name.clone()),
                        param: Some(i as u32),
                        file: facts.location.file.clone(),
                        line: facts.location.line,
                        record: None,
                    }),
                    evidence,
                    help: Some("declare the parameter as a raw pointer and keep the pointee alive, at a fixed address, until C lets go of it".into()),
                },
                p.rust.allows.clone(),
                lifetime == "'static",
            ));
        }
    }
    for (f, a, is_static) in out {
        cx.emit(
            &RULE,
            f,
            &a,
            if is_static {
                Some(Severity::Warning)
            } else {
                None
            },
        );
    }
}
