//! FFI0014 variadic-mismatch.

use super::RuleInfo;
use crate::cx::Cx;
use crate::finding::{Finding, Severity};

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0014",
    name: "variadic-mismatch",
    default_severity: Severity::Error,
    summary: "a C variadic function declared with fixed parameters, or the reverse",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports `extern` declarations that are variadic (`...`) when the C function is not, or that
spell out fixed parameters for a C function that is variadic.

## Why is this bad?
Variadic calls follow different rules: on x86_64 the caller sets `%al` to the number of vector
registers used, and on AArch64 Apple targets variadic arguments go on the stack while fixed
ones go in registers. Calling a variadic function as if it were fixed (or the reverse) passes
arguments where the callee does not look.

## Example
```rust
// C: int log_msg(int level, const char *fmt, ...);
extern "C" {
    fn log_msg(level: c_int, fmt: *const c_char, arg: c_int) -> c_int;
}
```

## Use instead
```rust
extern "C" {
    fn log_msg(level: c_int, fmt: *const c_char, ...) -> c_int;
}
```

## Known problems
Functions taking a `va_list` are not variadic; they are compared as ordinary functions.
"#;

pub(crate) fn check(cx: &mut Cx) {
    let mut out = Vec::new();
    for p in &cx.pairs {
        let Some(c) = p.c else { continue };
        let r = p.rust;
        if r.variadic == c.variadic {
            continue;
        }
        let message = if c.variadic {
            format!(
                "`{}` is variadic in C (`{}`), but the Rust declaration has only fixed parameters",
                r.name, c.signature
            )
        } else {
            format!(
                "`{}` is declared variadic in Rust, but the C function takes exactly {} parameter(s)",
                r.name,
                c.params.len()
            )
        };
        let help = if c.variadic {
            format!(
                "declare the first {} parameter(s) and then `...`",
                c.params.len()
            )
        } else {
            "remove `...` and declare the parameters".to_string()
        };
        out.push((
            Finding {
                code: String::new(),
                rule: String::new(),
                severity: Severity::Error,
                message,
                rust: Some(Cx::rust_loc(&r.location, &r.item)),
                c: Some(Cx::c_loc(c, None)),
                evidence: vec![Cx::c_evidence(c)],
                help: Some(help),
            },
            r.allows.clone(),
        ));
    }
    for (f, a) in out {
        cx.emit(&RULE, f, &a, None);
    }
}
