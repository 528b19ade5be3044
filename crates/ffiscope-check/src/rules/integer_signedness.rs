//! FFI0004 integer-signedness.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0004",
    name: "integer-signedness",
    default_severity: Severity::Warning,
    summary: "an integer is signed on one side and unsigned on the other",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports parameters and return values whose integer width matches but whose signedness differs
between the Rust declaration and the C prototype.

## Why is this bad?
The bits pass through unchanged, but their meaning does not: a C function returning `-1` for
an error hands Rust `4294967295` when it is declared `u32`, and an error check `ret < 0` never
fires. Sign extension of narrower values (C `short` promoted by the caller) differs too.

## Example
```rust
// C: int inflate(z_streamp strm, int flush);
extern "C" {
    fn inflate(strm: *mut z_stream, flush: u32) -> u32;
}
```

## Use instead
```rust
extern "C" {
    fn inflate(strm: *mut z_stream, flush: std::ffi::c_int) -> std::ffi::c_int;
}
```

## Known problems
Plain C `char` is handled by FFI0008 (char-signedness). Signedness behind pointers is not
reported (`*const u8` for `const char *` is common and harmless).
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::IntSign]);
}
