//! FFI0001 undefined-symbol.

use super::RuleInfo;
use crate::cx::Cx;
use crate::finding::{CLocation, Finding, Severity};

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0001",
    name: "undefined-symbol",
    default_severity: Severity::Warning,
    summary: "an extern function is not defined in the analysed C code",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Reports functions declared in `extern` blocks whose symbol (the `#[link_name]`, or the Rust
name) is not defined with external linkage by the analysed C sources.

## Why is this bad?
A misspelled or renamed symbol fails at link time at best; at worst it links against a
different library's function of the same name, and none of ffiscope's other checks can vouch
for the declaration. A function that is `static` in C cannot be linked at all.

## Example
```rust
// C defines `int zlib_version_num(void)`.
extern "C" {
    fn zlibVersionNum() -> std::ffi::c_int;
}
```

## Use instead
```rust
extern "C" {
    #[link_name = "zlib_version_num"]
    fn zlib_version_num() -> std::ffi::c_int;
}
```

## Known problems
Functions from system libraries (libc, libm, OpenSSL found through pkg-config) are not in the
analysed sources. Common libc functions are recognised; list others under `external-symbols`
in the configuration, or allow the rule on the extern block.
"#;

/// libc and libm functions crates often declare themselves.
const LIBC: &[&str] = &[
    "malloc",
    "calloc",
    "realloc",
    "free",
    "strlen",
    "strnlen",
    "strcmp",
    "strncmp",
    "strcpy",
    "strncpy",
    "strdup",
    "strndup",
    "memcpy",
    "memmove",
    "memset",
    "memcmp",
    "memchr",
    "abort",
    "exit",
    "_exit",
    "getenv",
    "setenv",
    "printf",
    "fprintf",
    "snprintf",
    "sprintf",
    "puts",
    "fputs",
    "fopen",
    "fclose",
    "fread",
    "fwrite",
    "fflush",
    "open",
    "close",
    "read",
    "write",
    "errno",
    "__errno_location",
    "strerror",
    "qsort",
    "atoi",
    "strtol",
    "strtoul",
    "time",
    "signal",
    "raise",
    "dlopen",
    "dlsym",
    "dlclose",
    "pthread_create",
    "pthread_join",
    "pthread_mutex_lock",
    "pthread_mutex_unlock",
    "sqrt",
    "pow",
    "sin",
    "cos",
    "exp",
    "log",
    "floor",
    "ceil",
    "fabs",
    "getpid",
    "sysconf",
    "mmap",
    "munmap",
    "isatty",
];

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let v = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            cur.push(v);
        }
        prev = cur;
    }
    prev[b.len()]
}

pub(crate) fn check(cx: &mut Cx) {
    if cx.decls.functions.is_empty() {
        return;
    }
    let mut out = Vec::new();
    for p in &cx.pairs {
        let sym = p.rust.link_name.as_str();
        if let Some(c) = p.c {
            if !c.external {
                out.push((
                    Finding {
                        code: String::new(),
                        rule: String::new(),
                        severity: Severity::Warning,
                        message: format!(
                            "`{}` is declared in Rust, but C defines `{sym}` as `static`, so it cannot be linked",
                            p.rust.name
                        ),
                        rust: Some(Cx::rust_loc(&p.rust.location, &p.rust.item)),
                        c: Some(Cx::c_loc(c, None)),
                        evidence: vec![Cx::c_evidence(c)],
                        help: Some("call a non-static function, or make this one external in C".into()),
                    },
                    p.rust.allows.clone(),
                ));
            }
            continue;
        }
        if LIBC.contains(&sym) || cx.config.is_external(sym) {
            continue;
        }
        let lower = sym.to_ascii_lowercase();
        let near = cx
            .decls
            .functions
            .iter()
            .filter(|f| f.external)
            .map(|f| (edit_distance(&f.name.to_ascii_lowercase(), &lower), f))
            .filter(|(d, _)| *d <= 2.max(sym.len() / 6))
            .min_by_key(|(d, _)| *d)
            .map(|(_, f)| f);
        let help = match near {
            Some(f) => format!("did you mean `{}` ({}:{})? Set `#[link_name = \"{}\"]`", f.name, f.location.file, f.location.line, f.name),
            None => "if the symbol comes from a system library, add it to `external-symbols` in ffiscope.toml".into(),
        };
        let link_note = if p.rust.link.is_empty() {
            String::new()
        } else {
            format!(" (the block links `{}`)", p.rust.link.join("`, `"))
        };
        out.push((
            Finding {
                code: String::new(),
                rule: String::new(),
                severity: Severity::Warning,
                message: format!(
                    "`{}` is declared in Rust, but no C function `{sym}` is defined in the analysed sources{link_note}",
                    p.rust.name
                ),
                rust: Some(Cx::rust_loc(&p.rust.location, &p.rust.item)),
                c: near.map(|f| CLocation {
                    function: Some(f.name.clone()),
                    param: None,
                    file: f.location.file.clone(),
                    line: f.location.line,
                    record: None,
                }),
                evidence: Vec::new(),
                help: Some(help),
            },
            p.rust.allows.clone(),
        ));
    }
    for (f, allows) in out {
        cx.emit(&RULE, f, &allows, None);
    }
}
