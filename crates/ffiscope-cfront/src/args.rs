//! Filtering a build's compiler flags down to the ones that shape the C program.
//!
//! A compile command from a build system carries three kinds of flags: those that decide
//! what the source means (`-I`, `-D`, `-std`, `-include`, `--target`, `-m32`,
//! `-fshort-enums`, ...), which we keep; those that only decide what is written where
//! (`-o`, `-c`, `-MD -MF`), which we drop because ffiscope chooses its own outputs; and
//! those that conflict with emitting plain, debuggable IR (`-O2`, `-g0`, `-flto`,
//! `-fsanitize=...`, `-fdebug-prefix-map=...`, `-Werror`, plugins), which we drop too.
//! Relative paths in the kept flags are made absolute against the command's directory, so
//! a [`crate::TranslationUnit`]'s arguments mean the same thing from any working directory.

use std::path::{Component, Path, PathBuf};

/// The result of filtering one command line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Filtered {
    /// Flags to pass to clang, in order.
    pub args: Vec<String>,
    /// The language named by the last `-x`, if any.
    pub language: Option<String>,
    /// Positional arguments (input files).
    pub inputs: Vec<String>,
}

/// Flags that take their value as the next argument and are dropped with it.
const DROP_WITH_VALUE: &[&str] = &[
    "-o",
    "-MF",
    "-MT",
    "-MQ",
    "-MJ",
    "-dependency-file",
    "-dependency-dot",
    "-Xlinker",
    "-Xassembler",
    "-L",
    "-l",
    "-T",
    "-u",
    "-z",
    "-e",
    "-include-pch",
    "-aux-info",
    "-main-file-name",
    "--serialize-diagnostics",
    "-split-dwarf-file",
    "-split-dwarf-output",
    "-fdebug-compilation-dir",
    "-fcoverage-compilation-dir",
];

/// Flags without a value that are dropped.
const DROP_EXACT: &[&str] = &[
    "-c",
    "-S",
    "-E",
    "-P",
    "-C",
    "-CC",
    "-H",
    "-emit-llvm",
    "-pipe",
    "-save-temps",
    "-v",
    "-###",
    "-shared",
    "-static",
    "-rdynamic",
    "-pie",
    "-no-pie",
    "-fsyntax-only",
    "-w",
    "-pedantic",
    "-pedantic-errors",
    "--pedantic",
    "-Qunused-arguments",
    "-fdiscard-value-names",
    "-fno-discard-value-names",
    "-ftest-coverage",
    "-fprofile-arcs",
    "-fdebug-types-section",
    "-fno-lto",
    "-flto",
];

/// Prefixes of joined flags that are dropped (after the exact and separate-value forms have
/// been handled).
const DROP_PREFIX: &[&str] = &[
    "-M", // dependency output: -MD, -MMD, -MF<x>, -MT<x>, ...
    "-o",
    "-O",
    "-g",
    "-L",
    "-l",
    "-Wl,",
    "-Wa,",
    "-Werror",
    "-flto",
    "-fprofile-",
    "-fno-profile-",
    "-fcoverage-",
    "-fno-coverage-",
    "-fsanitize",
    "-fno-sanitize",
    "-fdebug-prefix-map=",
    "-ffile-prefix-map=",
    "-fmacro-prefix-map=",
    "-fdebug-compilation-dir",
    "-fcoverage-compilation-dir",
    "-fdebug-info-for-profiling",
    "-fdebug-default-version",
    "-fsplit-dwarf",
    "-fdiagnostics-color",
    "-fno-diagnostics-color",
    "-fcolor-diagnostics",
    "-fno-color-diagnostics",
    "-fdiagnostics-format",
    "-fplugin",
    "-fpass-plugin",
    "-fembed-bitcode",
    "-ftime-trace",
    "-ftime-report",
    "-fsave-optimization-record",
    "-fcrash-diagnostics",
    "-finstrument-function",
    "-fxray",
    "-fdump-",
    "-fopt-info",
    "-fcallgraph-info",
    "-fstack-usage",
    "-fpch-",
    "-save-temps=",
    "--driver-mode=",
    "-include-pch",
];

/// Flags whose next argument is a directory or file path, resolved against the directory.
const PATH_WITH_VALUE: &[&str] = &[
    "-I",
    "-isystem",
    "-iquote",
    "-idirafter",
    "-isysroot",
    "--sysroot",
    "-F",
    "-iframework",
    "-ivfsoverlay",
    "-cxx-isystem",
    "-B",
    "-iprefix",
    "-isystem-after",
    "-gcc-toolchain",
    "-resource-dir",
];

/// Flags whose next argument is a file that is also looked up on the include path, so it is
/// made absolute only when it exists relative to the directory.
const FILE_WITH_VALUE: &[&str] = &["-include", "-imacros"];

/// Flags whose next argument is kept as it is.
const KEEP_WITH_VALUE: &[&str] = &[
    "-target",
    "-arch",
    "-mllvm",
    "-Xpreprocessor",
    "--param",
    "-Xanalyzer",
    "-Xopenmp-target",
    "-iwithprefix",
    "-iwithprefixbefore",
];

/// Joined path flags (`-Idir`, `--sysroot=dir`), longest first so `-isystem` wins over `-I`.
const PATH_JOINED: &[&str] = &[
    "--gcc-toolchain=",
    "-isystem-after",
    "-resource-dir=",
    "-ivfsoverlay",
    "-iframework",
    "-cxx-isystem",
    "--sysroot=",
    "-idirafter",
    "-isysroot",
    "-isystem",
    "-iprefix",
    "-iquote",
    "-I",
    "-F",
    "-B",
];

const FILE_JOINED: &[&str] = &["-imacros", "-include"];

/// `-Xclang` values that load code into clang; dropped together with their argument.
fn is_plugin_xclang(v: &str) -> bool {
    v == "-load" || v == "-add-plugin" || v.starts_with("-plugin")
}

/// Filters `argv` (without the compiler itself) as described in the module docs.
/// `base` is the directory relative paths are resolved against.
pub(crate) fn filter(argv: &[String], base: &Path) -> Filtered {
    let mut out = Filtered::default();
    let mut i = 0;
    while i < argv.len() {
        let a = argv[i].as_str();
        i += 1;
        let next = argv.get(i).map(String::as_str);
        if !a.starts_with('-') || a == "-" {
            out.inputs.push(a.to_string());
            continue;
        }
        if DROP_WITH_VALUE.contains(&a) {
            i += 1;
            continue;
        }
        if DROP_EXACT.contains(&a) {
            continue;
        }
        if a == "-x" {
            if let Some(v) = next {
                out.language = Some(v.to_string());
            }
            i += 1;
            continue;
        }
        if let Some(v) = a.strip_prefix("-x") {
            out.language = Some(v.to_string());
            continue;
        }
        if a == "-D" || a == "-U" {
            if let Some(v) = next {
                out.args.push(format!("{a}{v}"));
            }
            i += 1;
            continue;
        }
        if PATH_WITH_VALUE.contains(&a) {
            if let Some(v) = next {
                out.args.push(a.to_string());
                out.args.push(absolute(base, v));
            }
            i += 1;
            continue;
        }
        if FILE_WITH_VALUE.contains(&a) {
            if let Some(v) = next {
                out.args.push(a.to_string());
                out.args.push(absolute_if_exists(base, v));
            }
            i += 1;
            continue;
        }
        if KEEP_WITH_VALUE.contains(&a) {
            out.args.push(a.to_string());
            if let Some(v) = next {
                out.args.push(v.to_string());
            }
            i += 1;
            continue;
        }
        if a == "-Xclang" {
            let Some(v) = next else {
                continue;
            };
            i += 1;
            if is_plugin_xclang(v) {
                // `-Xclang -load -Xclang lib.so`: the argument rides on the next pair.
                let takes_arg = v == "-load" || v == "-add-plugin" || v.starts_with("-plugin-arg");
                if takes_arg && argv.get(i).map(String::as_str) == Some("-Xclang") {
                    i += 2;
                }
                continue;
            }
            out.args.push("-Xclang".into());
            out.args.push(v.to_string());
            continue;
        }
        if let Some(rest) = a.strip_prefix("-Wp,") {
            // Preprocessor flags; `-Wp,-MD,file` is dependency output.
            if !rest.split(',').any(|f| f.starts_with("-M")) {
                out.args.push(a.to_string());
            }
            continue;
        }
        if let Some(p) = PATH_JOINED.iter().find(|p| a.starts_with(*p)) {
            let v = &a[p.len()..];
            out.args.push(format!("{p}{}", absolute(base, v)));
            continue;
        }
        if a.starts_with("-gcc-toolchain") || a.starts_with("--gcc-toolchain") {
            out.args.push(a.to_string());
            continue;
        }
        if DROP_PREFIX.iter().any(|p| a.starts_with(p)) {
            continue;
        }
        if a.starts_with("-W") && !a.starts_with("-Wno-") {
            // Warning flags only add diagnostics, and ffiscope runs clang with -w; `-Wno-*`
            // is kept because it can turn a default error into a warning.
            continue;
        }
        if let Some(p) = FILE_JOINED.iter().find(|p| a.starts_with(*p)) {
            let v = &a[p.len()..];
            out.args.push(p.to_string());
            out.args.push(absolute_if_exists(base, v));
            continue;
        }
        out.args.push(a.to_string());
    }
    out
}

/// `v` made absolute against `base` and lexically normalised; values that are not plain
/// paths (`=dir`, `$SYSROOT/dir`, empty) are kept as they are.
fn absolute(base: &Path, v: &str) -> String {
    if v.is_empty() || v == "-" || v.starts_with('=') || v.starts_with('$') {
        return v.to_string();
    }
    let p = normalize(&base.join(v));
    match p.to_str() {
        Some(s) => s.to_string(),
        None => v.to_string(),
    }
}

fn absolute_if_exists(base: &Path, v: &str) -> String {
    let candidate = base.join(v);
    if !Path::new(v).is_absolute() && candidate.exists() {
        absolute(base, v)
    } else {
        v.to_string()
    }
}

/// Lexical normalisation: removes `.` components and folds `dir/..` pairs, without touching
/// the file system (so it works for paths that do not exist yet).
pub(crate) fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                let popped =
                    matches!(out.components().next_back(), Some(Component::Normal(_))) && out.pop();
                if !popped && !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// Expands `@file` response files (as CMake and MSBuild write them) in place, reading them
/// relative to `base`. Unreadable ones are left for clang to report. Nesting is bounded.
pub(crate) fn expand_response_files(argv: &[String], base: &Path) -> Vec<String> {
    fn go(argv: &[String], base: &Path, depth: usize, out: &mut Vec<String>) {
        for a in argv {
            if let Some(file) = a.strip_prefix('@').filter(|f| !f.is_empty()) {
                if depth < 8 {
                    if let Ok(text) = std::fs::read_to_string(base.join(file)) {
                        if let Ok(words) = crate::shell::split(&text) {
                            go(&words, base, depth + 1, out);
                            continue;
                        }
                    }
                }
            }
            out.push(a.clone());
        }
    }
    let mut out = Vec::with_capacity(argv.len());
    go(argv, base, 0, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(args: &str) -> Filtered {
        let argv = crate::shell::split(args).unwrap();
        filter(&argv, Path::new("/build/dir"))
    }

    #[test]
    fn drops_outputs_and_conflicts() {
        let r = f(
            "-c -o x.o -MD -MF x.d -MT x.o -MMD -O2 -g -g0 -gsplit-dwarf -flto=thin \
                   -fsanitize=address -fprofile-instr-generate -Werror -Wall -Wextra \
                   -fdebug-prefix-map=/a=/b -Wl,-z,now -Wa,--noexecstack -lm -L/usr/lib \
                   -fcolor-diagnostics -pipe -Xclang -load -Xclang /p.so -fplugin=x.so \
                   -Wp,-MD,dep.d -ox.o -MFdep.d ../src/a.c",
        );
        assert_eq!(r.args, Vec::<String>::new());
        assert_eq!(r.inputs, ["../src/a.c"]);
    }

    #[test]
    fn keeps_semantics_and_resolves_paths() {
        let r = f(
            "-Iinc -I ../include -isystem sys -iquote=q -DA=1 -D B -UC -std=gnu99 \
                   --target=aarch64-linux-gnu -target x86_64-linux-gnu -m32 -march=native \
                   -fshort-enums -fno-strict-aliasing -fPIC -Wno-error=implicit-int \
                   -Xclang -fno-pch-timestamp --sysroot=/sr -I/abs -Wp,-DX=1 -include config.h",
        );
        assert_eq!(
            r.args,
            [
                "-I/build/dir/inc",
                "-I",
                "/build/include",
                "-isystem",
                "/build/dir/sys",
                "-iquote=q",
                "-DA=1",
                "-DB",
                "-UC",
                "-std=gnu99",
                "--target=aarch64-linux-gnu",
                "-target",
                "x86_64-linux-gnu",
                "-m32",
                "-march=native",
                "-fshort-enums",
                "-fno-strict-aliasing",
                "-fPIC",
                "-Wno-error=implicit-int",
                "-Xclang",
                "-fno-pch-timestamp",
                "--sysroot=/sr",
                "-I/abs",
                "-Wp,-DX=1",
                "-include",
                "config.h",
            ]
        );
    }

    #[test]
    fn language_and_truncated_lines() {
        assert_eq!(f("-x c++ a.c").language.as_deref(), Some("c++"));
        assert_eq!(f("-xc a.c").language.as_deref(), Some("c"));
        // A flag missing its value at the end of the line must not panic.
        for s in [
            "-o",
            "-I",
            "-D",
            "-x",
            "-Xclang",
            "-include",
            "-target",
            "-Xclang -load",
        ] {
            let _ = f(s);
        }
    }

    #[test]
    fn normalize_paths() {
        assert_eq!(normalize(Path::new("/a/b/../c/./d")), Path::new("/a/c/d"));
        assert_eq!(normalize(Path::new("/../a")), Path::new("/a"));
        assert_eq!(normalize(Path::new("../a/../../b")), Path::new("../../b"));
        assert_eq!(normalize(Path::new("./")), Path::new("."));
    }
}
