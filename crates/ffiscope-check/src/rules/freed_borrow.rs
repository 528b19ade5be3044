//! FFI0102 freed-borrow.

use super::RuleInfo;
use crate::cx::{ptr_kind, Cx};
use crate::finding::{CLocation, Finding, Severity};
use ffiscope_facts::Verdict;
use ffiscope_rust::PtrKind;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0102",
    name: "freed-borrow",
    default_severity: Severity::Error,
    summary: "a reference or `Box` is passed to a C function that frees it",
    doc: DOC,
    needs_facts: true,
};

const DOC: &str = r#"## What it does
Uses the effect facts (`freed: yes`) to report `extern` parameters declared as references
(`&T`, `&mut T`, `Option<&T>`) or `Box<T>` where the C function releases the memory (`free`,
`realloc`, or the library's own deallocator).

## Why is this bad?
Memory behind a reference belongs to someone else: after C frees it, the owner uses or drops
freed memory (use after free, double free). A `Box` was allocated by Rust's global allocator,
which C's `free` must not be given.

## Example
```rust
// C: void node_destroy(struct node *n) { free(n->name); free(n); }
extern "C" {
    fn node_destroy(n: &mut Node);
}
```

## Use instead
```rust
extern "C" {
    fn node_destroy(n: *mut Node);
}
// and only pass pointers that C allocated (e.g. from `node_create`).
```

## Known problems
Relies on the facts: a `maybe` is not reported, and a conditional free (`condition`) is
reported with its condition.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(facts) = p.facts else { continue };
        for (i, rp) in p.rust.params.iter().enumerate() {
            let Some((kind @ (PtrKind::Ref | PtrKind::Box), _, _)) = ptr_kind(&rp.ty.resolved)
            else {
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
            if pf.freed != Verdict::Yes {
                continue;
            }
            let name = rp.name.clone().unwrap_or_else(|| format!("#{}", i + 1));
            let cond = pf
                .condition
                .as_ref()
                .map(|c| format!(" (when {c})"))
                .unwrap_or_default();
            let message = if kind == PtrKind::Box {
                format!(
                    "{} frees `{name}`{cond}, but it is a `Box` allocated by Rust's allocator",
                    p.rust.link_name
                )
            } else {
                format!(
                    "{} frees `{name}`{cond}, but Rust only lends it (`{}`)",
                    p.rust.link_name, rp.ty.text
                )
            };
            out.push((
                Finding {
                    code: String::new(),
                    rule: String::new(),
                    severity: Severity::Error,
                    message,
                    rust: Some(Cx::rust_loc(&rp.location, &p.rust.item)),
                    c: Some(CLocation {
                        function: Some(facts.name.clone()),
                        param: Some(i as u32),
                        file: facts.location.file.clone(),
                        line: facts.location.line,
                        record: None,
                    }),
                    evidence: Vec::new(),
                    help: Some("declare a raw pointer, and pass only memory C allocated with the matching allocator".into()),
                },
                p.rust.allows.clone(),
            ));
        }
    }
    for (f, a) in out {
        cx.emit(&RULE, f, &a, None);
    }
}
