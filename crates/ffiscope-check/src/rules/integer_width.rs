//! FFI0003 integer-width.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0003",
    name: "integer-width",
    default_severity: Severity::Error,
    summary: "an integer has a different width in the Rust declaration and in C",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Compares the width of every integer parameter and return value (and integers inside callback
signatures) of an `extern` declaration with the C prototype rebuilt from debug info.

## Why is this bad?
The callee reads a register or stack slot of the wrong size: the upper half of a 64-bit value
is garbage when C expects `long` and Rust passes `i32`, and a returned `size_t` is truncated
when Rust declares `u32`. The program is wrong only for large values, so tests rarely catch it.

## Example
```rust
// C: unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);
extern "C" {
    fn crc32(crc: u32, buf: *const u8, len: u32) -> u32;
}
```

## Use instead
```rust
use std::ffi::{c_uint, c_ulong};
extern "C" {
    fn crc32(crc: c_ulong, buf: *const u8, len: c_uint) -> c_ulong;
}
```
Use the `c_*` aliases of `std::ffi` (or `libc`) for C's `int`, `long` and friends, and `usize`
for `size_t`: their widths follow the target.

## Known problems
Widths are compared for the analysed target only (x86_64 Linux by default): `i64` for C `long`
passes on LP64 and breaks on Windows, which this rule does not report. Integers behind pointers
are reported by FFI0016 (pointee-mismatch).
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::IntWidth]);
}
