//! FFI0016 pointee-mismatch.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0016",
    name: "pointee-mismatch",
    default_severity: Severity::Warning,
    summary: "a pointer parameter points to a different type in Rust and in C",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Compares what pointers point to: `*mut i32` where C has `long *`, `*mut f32` for `double *`, a
pointer to a scalar where C has a pointer to a struct, a function pointer where C has a data
pointer.

## Why is this bad?
The pointer itself is passed correctly, but C reads or writes the pointee with its own type:
writing a `long` through a pointer to a Rust `i32` overwrites the next 4 bytes.

## Example
```rust
// C: int get_len(const obj *o, size_t *out);
extern "C" {
    fn get_len(o: *const Obj, out: *mut u32) -> std::ffi::c_int;
}
```

## Use instead
```rust
extern "C" {
    fn get_len(o: *const Obj, out: *mut usize) -> std::ffi::c_int;
}
```

## Known problems
`*mut c_void` matches any pointer and opaque handle types (`enum Foo {}` or a struct of
zero-sized fields) match any record. Signedness behind pointers is not reported. Struct
pointees are compared field by field by FFI0010 (record-layout).
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::Pointee]);
}
