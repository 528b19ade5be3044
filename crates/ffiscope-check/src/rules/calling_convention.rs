//! FFI0015 calling-convention.

use super::RuleInfo;
use crate::cx::{abi_is_c, Cx, Kind};
use crate::finding::{Finding, Severity};

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0015",
    name: "calling-convention",
    default_severity: Severity::Error,
    summary: "an extern block or callback type uses an ABI other than C's",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports `extern "ABI"` blocks whose ABI is not the C calling convention of the target
(`"Rust"`, `"win64"` on Linux, `"stdcall"`/`"fastcall"` on x86_64), and function-pointer types
in signatures that use the Rust ABI (`fn(i32)` instead of `extern "C" fn(i32)`).

## Why is this bad?
The C code is compiled for the platform's C calling convention. A different convention puts
arguments in other registers or expects the other side to clean the stack. A callback with
the Rust ABI is called by C with C's convention, and Rust's ABI is unspecified.

## Example
```rust
extern "C" {
    fn set_handler(cb: fn(i32) -> i32);
}
```

## Use instead
```rust
extern "C" {
    fn set_handler(cb: Option<unsafe extern "C" fn(i32) -> i32>);
}
```

## Known problems
The C side's own calling-convention attributes (`__attribute__((ms_abi))`, `__stdcall`) are not
in the declarations ffiscope reads yet, so C functions are assumed to use the default C ABI.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let r = p.rust;
        if abi_is_c(&r.abi, &cx.model.target) {
            continue;
        }
        out.push((
            Finding {
                code: String::new(),
                rule: String::new(),
                severity: Severity::Error,
                message: format!(
                    "`{}` is declared in an `extern \"{}\"` block, but C functions use the C calling convention on {}",
                    r.name, r.abi, cx.model.target.triple
                ),
                rust: Some(Cx::rust_loc(&r.block_location, &r.item)),
                c: p.c.map(|c| Cx::c_loc(c, None)),
                evidence: p.c.map(|c| vec![Cx::c_evidence(c)]).unwrap_or_default(),
                help: Some("use `extern \"C\"`".into()),
            },
            r.allows.clone(),
        ));
    }
    for (f, a) in out {
        cx.emit(&RULE, f, &a, None);
    }
    cx.emit_issues(&RULE, &[Kind::CallConv]);
}
