//! FFI0013 int128.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0013",
    name: "int128",
    default_severity: Severity::Warning,
    summary: "a 128-bit integer crosses the FFI boundary",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports `i128`/`u128` matched with C `__int128`/`unsigned __int128` in an `extern` signature.

## Why is this bad?
Before Rust 1.77 (LLVM 18), `i128` had 8-byte alignment on x86_64 while C's `__int128` had 16,
so the two disagreed on stack layout and inside structs; `improper_ctypes` warned about it. A
crate whose minimum supported Rust version is older miscompiles such calls, and other targets
still differ.

## Example
```rust
// C: __int128 mul_wide(long a, long b);
extern "C" {
    fn mul_wide(a: i64, b: i64) -> i128;
}
```

## Use instead
Set `rust-version = "1.77"` (or later) in `Cargo.toml`, or pass the value as two `u64` halves
through a C helper.

## Known problems
The rule cannot see which compiler will build the crate, so it reports every use. 128-bit
integers where C has another width are reported by FFI0003 instead.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::Int128]);
}
