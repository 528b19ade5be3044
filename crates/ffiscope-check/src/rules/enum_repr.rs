//! FFI0012 enum-mismatch.

use super::RuleInfo;
use crate::cx::{Cx, Kind};
use crate::finding::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0012",
    name: "enum-mismatch",
    default_severity: Severity::Error,
    summary:
        "a Rust enum's size or values differ from the C enum, or C can produce values it lacks",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Compares fieldless Rust enums in `extern` signatures with the C side: the size of the
`#[repr]` against the C enum's underlying type, the discriminant values against the C
enumerators (when the declarations include them), and whether C can hand Rust a value that is
not a variant (return values, out-parameters, fields).

## Why is this bad?
A Rust enum value that is not one of its variants is undefined behaviour the moment it exists,
even if it is never matched on. C enums are plain integers: a newer library version adds an
enumerator, or an error path returns -1, and the Rust program is unsound. A `#[repr(u8)]` enum
read where C writes a 4-byte `enum` also loses bytes.

## Example
```rust
// C: enum status { OK = 0, ERR = 1, AGAIN = 2 };  enum status poll_once(void);
#[repr(C)]
enum Status { Ok = 0, Err = 1 }
extern "C" {
    fn poll_once() -> Status;
}
```

## Use instead
```rust
extern "C" {
    fn poll_once() -> c_int; // or c_uint: the enum's underlying type
}
// then convert with a match that has a fallback arm.
```
or a `#[repr(transparent)] struct Status(c_int);` with associated constants, as bindgen's
`newtype_enum` produces.

## Known problems
Enumerator values come from the `enums` list of the C declarations; when it is absent only
sizes are compared and values returned from C as plain integers are reported as warnings.
Bindgen's constified enums (a type alias plus constants) are integers and are not checked.
"#;

pub(crate) fn check(cx: &mut Cx) {
    cx.emit_issues(&RULE, &[Kind::Enum]);
}
