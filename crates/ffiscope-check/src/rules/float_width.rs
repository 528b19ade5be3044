//! FFI0006 float-mismatch.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0006",
    name: "float-mismatch",
    default_severity: Severity::Error,
    summary:
        "`float` vs `double`, or a floating-point type on one side and an integer on the other",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports parameters and return values declared `f32` where C has `double` (or `f64` for
`float`), and floating-point types on one side that are integers on the other.

## Why is this bad?
On x86_64 floating-point arguments travel in SSE registers and integers in general-purpose
registers, so an `f64` declared as `i64` is read from a register the caller never set. A
`double` read as `float` reinterprets half of its bits.

## Example
```rust
// C: double scale(double x, float factor);
extern "C" {
    fn scale(x: f32, factor: f32) -> f32;
}
```

## Use instead
```rust
extern "C" {
    fn scale(x: f64, factor: f32) -> f64;
}
```

## Known problems
`long double` has no Rust equivalent; it is reported as a width mismatch against `f64`.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::Float]);
}
