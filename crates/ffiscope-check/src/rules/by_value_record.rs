//! FFI0009 by-value-record.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0009",
    name: "by-value-record",
    default_severity: Severity::Error,
    summary: "a struct or union passed or returned by value differs between Rust and C",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports parameters and return values where C passes a struct or union by value and Rust
declares a type with a different size or alignment, a scalar, or a pointer (and the reverse).

## Why is this bad?
How a record travels depends on its size and fields: small records go in registers, larger
ones in memory or through a hidden pointer the caller allocates. A mismatch shifts every
following argument or makes the callee write its result to a random address.

## Example
```rust
// C: struct point { double x, y; };  double norm(struct point p);
#[repr(C)]
struct Point { x: f32, y: f32 }
extern "C" {
    fn norm(p: Point) -> f64;
}
```

## Use instead
```rust
#[repr(C)]
struct Point { x: f64, y: f64 }
extern "C" {
    fn norm(p: Point) -> f64;
}
```

## Known problems
Only size and alignment are compared here; field-by-field differences are reported once per
type by FFI0010 (record-layout). Records that are equal in size but classified differently by
the ABI (a `float` and an `int` swapped) are reported there too, not here. A `#[repr(C)]`
struct wrapping one pointer where C has that pointer (`struct Ctx(*mut c_void)`) is passed the
same way on x86-64 and AArch64 but not on every ABI: that is a warning whose help is
`#[repr(transparent)]`.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::ByValue]);
}
