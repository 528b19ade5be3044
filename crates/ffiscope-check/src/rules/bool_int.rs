//! FFI0007 bool-int.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0007",
    name: "bool-int",
    default_severity: Severity::Error,
    summary: "Rust `bool` where C has an integer, or an integer where C has `_Bool`",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports `bool` in an `extern` signature where C has `int` (or another integer or enum), and
integer types where C has `_Bool`/`bool`.

## Why is this bad?
A Rust `bool` must be exactly 0 or 1. A C function returning `int` may return 2 or -1 for
"true", which is undefined behaviour once it is a `bool`. Passing a `bool` where C reads a
4-byte `int` leaves the upper bytes undefined. C `_Bool` is the only C type that matches
`bool`.

## Example
```rust
// C: int is_valid(const struct obj *o);
extern "C" {
    fn is_valid(o: *const Obj) -> bool;
}
```

## Use instead
```rust
extern "C" {
    fn is_valid(o: *const Obj) -> std::ffi::c_int;
}
// and in the wrapper: `unsafe { is_valid(p) } != 0`
```

## Known problems
`u8` for `_Bool` is reported as a warning: it is ABI-compatible, but C must then receive only
0 or 1.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::BoolInt]);
}
