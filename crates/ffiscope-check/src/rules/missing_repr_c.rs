//! FFI0011 missing-repr-c.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0011",
    name: "missing-repr-c",
    default_severity: Severity::Error,
    summary: "a struct, union or enum without `#[repr(C)]` is passed to C",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports structs, unions and enums used in `extern` signatures (by value, or behind a pointer
where C has a complete struct it reads) that have neither `#[repr(C)]`, `#[repr(transparent)]`
nor (for enums) a primitive `#[repr(u8)]`-style representation.

## Why is this bad?
Without a `repr`, Rust may reorder fields, add or drop padding and choose any enum size. The
layout can change between compiler versions or with `-Z randomize-layout`; C reads the bytes
at the offsets of its own definition.

## Example
```rust
struct Options { level: c_int, flags: u8 }
extern "C" {
    fn configure(opts: *const Options) -> c_int;
}
```

## Use instead
```rust
#[repr(C)]
struct Options { level: c_int, flags: u8 }
```

## Known problems
Opaque handles (`enum Handle {}`, or structs with only zero-sized fields) need no `repr` and
are not reported. Types used only behind `*mut c_void` are invisible to the rule.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::MissingRepr]);
}
