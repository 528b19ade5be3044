//! FFI0017 not-ffi-safe.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0017",
    name: "not-ffi-safe",
    default_severity: Severity::Error,
    summary: "a Rust type with no C equivalent in an extern signature",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports types in `extern` signatures that C cannot represent: `&str`, slices and trait objects
(fat pointers), `char`, tuples, `Option` of a non-pointer, data-carrying enums without
`#[repr]`, and arrays passed by value.

## Why is this bad?
A fat pointer is two words (address and length or vtable) where C expects one, so every later
argument shifts. Rust `char` has invalid bit patterns that C happily produces. A Rust array
parameter is passed by value while a C array parameter is a pointer.

## Example
```rust
// C: size_t count_words(const char *text);
extern "C" {
    fn count_words(text: &str) -> usize;
}
```

## Use instead
```rust
extern "C" {
    fn count_words(text: *const std::ffi::c_char) -> usize;
}
// pass `CString::new(text)?.as_ptr()`
```

## Known problems
rustc's `improper_ctypes` lint reports many of these too; this rule also sees the C side, so
it can suggest the right replacement.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::NotFfiSafe]);
}
