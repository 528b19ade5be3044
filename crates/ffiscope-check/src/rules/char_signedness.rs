//! FFI0008 char-signedness.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0008",
    name: "char-signedness",
    default_severity: Severity::Warning,
    summary: "C `char` declared as `i8`/`u8`, or `signed`/`unsigned char` declared as `c_char`",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Checks byte-sized character parameters and return values: plain C `char` should be `c_char`
(whose signedness follows the target), `signed char` should be `i8`/`c_schar` and `unsigned
char` `u8`/`c_uchar`.

## Why is this bad?
Plain `char` is signed on x86 and unsigned on ARM and most other Linux targets. A declaration
that fixes one signedness is correct on one family and wrong on the other; values above 127
then change meaning when they are widened or compared.

## Example
```rust
// C: int put(char c);
extern "C" {
    fn put(c: u8) -> std::ffi::c_int;
}
```

## Use instead
```rust
extern "C" {
    fn put(c: std::ffi::c_char) -> std::ffi::c_int;
}
```

## Known problems
An `i8` that matches the analysed target's signedness is reported as a note only. Characters
behind pointers (`*const u8` for `const char *`) are not reported.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::CharSign]);
}
