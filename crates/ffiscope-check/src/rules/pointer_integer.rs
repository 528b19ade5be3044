//! FFI0005 pointer-integer.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0005",
    name: "pointer-integer",
    default_severity: Severity::Error,
    summary: "a pointer on one side is an integer on the other",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports a parameter or return value that is a pointer (raw pointer, reference, `NonNull`,
`Box`, fn pointer or an `Option` of those) on one side and an integer on the other.

## Why is this bad?
When the widths differ the value is truncated. When they agree (`usize` for `void *` on 64-bit
targets) the call works by accident: pointer provenance is lost, the code breaks on targets
where pointers and integers differ (CHERI, some 32-bit ABIs pass them differently), and
`&T` declared where C takes `int` lets Rust hand C an address it will treat as a number.

## Example
```rust
// C: void *xmalloc(size_t n);
extern "C" {
    fn xmalloc(n: usize) -> usize;
}
```

## Use instead
```rust
extern "C" {
    fn xmalloc(n: usize) -> *mut std::ffi::c_void;
}
```

## Known problems
Same-width cases are reported as warnings. `intptr_t`/`uintptr_t` parameters that C itself
uses to carry pointers are integers in C and are accepted as `isize`/`usize`.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::PtrInt]);
}
