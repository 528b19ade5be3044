//! Running clang on every translation unit, in parallel, through the cache.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::cache::{pre_key, Cache, HashMemo, FIXED_FLAGS};
use crate::clang::Clang;
use crate::input::TranslationUnit;
use crate::shell;

/// How [`compile_all`] runs.
#[derive(Clone, Copy, Default)]
pub struct CompileOptions<'a> {
    /// Parallel clang processes; None = rayon's default (one per core).
    pub jobs: Option<usize>,
    /// Called with (finished, total) once at the start and after every unit, from worker
    /// threads. For a progress bar; the library itself never prints.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    /// Recompile even when the cache has the IR (the new IR replaces the entry).
    pub force: bool,
}

impl std::fmt::Debug for CompileOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompileOptions")
            .field("jobs", &self.jobs)
            .field("progress", &self.progress.is_some())
            .field("force", &self.force)
            .finish()
    }
}

/// A translation unit whose IR is in the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledTu {
    pub tu: TranslationUnit,
    /// The `.ll` file inside the cache. It ends with a `; ffiscope-cache ...` comment line.
    pub ir_path: PathBuf,
    /// Hex content key: source, included headers, arguments, clang version (see
    /// [`crate::cache`]). Use it to key derived artifacts.
    pub key: String,
    pub cache_hit: bool,
    /// Things the user may want to know, e.g. flags this clang did not know and that were
    /// dropped. Also given on cache hits.
    pub notes: Vec<String>,
}

/// Why one translation unit has no IR. The other units are unaffected.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CompileError {
    #[error("clang failed on {display} ({status}):\n{}\nto reproduce: cd {} && {command}", truncate_lines(.stderr), shell::quote(&.directory.to_string_lossy()))]
    Clang {
        display: String,
        status: String,
        /// Everything clang wrote to stderr.
        stderr: String,
        /// The command line, shell-quoted (without the depfile and with a placeholder output).
        command: String,
        directory: PathBuf,
    },
    #[error("cannot run clang (`{clang}`) on {display}: {error}; check that it is still installed, or set FFISCOPE_CLANG")]
    Spawn {
        display: String,
        clang: String,
        error: String,
    },
    #[error("cannot read {display}: {error}; it was there when inputs were collected, so check whether something deleted or locked it")]
    Read { display: String, error: String },
    #[error("the working directory `{directory}` of {display} does not exist; re-run the build's configure step, or regenerate compile_commands.json")]
    NoDirectory { display: String, directory: String },
    #[error("cannot store the IR of {display} in the cache: {error}; check free space, or pass another --cache-dir")]
    Cache { display: String, error: String },
}

impl CompileError {
    /// The unit's display path.
    pub fn display_path(&self) -> &str {
        match self {
            CompileError::Clang { display, .. }
            | CompileError::Spawn { display, .. }
            | CompileError::Read { display, .. }
            | CompileError::NoDirectory { display, .. }
            | CompileError::Cache { display, .. } => display,
        }
    }
}

fn truncate_lines(s: &str) -> String {
    const MAX_LINES: usize = 40;
    const MAX_BYTES: usize = 8000;
    let s = s.trim_end();
    let lines: Vec<&str> = s.lines().collect();
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i == MAX_LINES || out.len() + l.len() > MAX_BYTES {
            if i == 0 {
                // One huge line (a macro expansion): keep its start.
                let cut = (0..=MAX_BYTES.min(l.len()))
                    .rev()
                    .find(|&c| l.is_char_boundary(c))
                    .unwrap_or(0);
                out.push_str(&l[..cut]);
                out.push_str(" ...\n");
            }
            out.push_str(&format!("... ({} more lines)", lines.len() - i));
            return out;
        }
        out.push_str(l);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// Compiles every unit to IR (or finds it in the cache), in parallel. Results are in the
/// order of `tus`; a failing unit yields its error and the rest go on.
pub fn compile_all(
    clang: &Clang,
    tus: &[TranslationUnit],
    cache: &Cache,
    opts: &CompileOptions,
) -> Vec<Result<CompiledTu, CompileError>> {
    let total = tus.len();
    if let Some(p) = opts.progress {
        p(0, total);
    }
    // Biggest first, so one huge unit does not start last and run alone.
    let mut order: Vec<(u64, usize)> = tus
        .iter()
        .enumerate()
        .map(|(i, tu)| (std::fs::metadata(&tu.source).map_or(0, |m| m.len()), i))
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let done = AtomicUsize::new(0);
    let memo = HashMemo::default();
    let run = || -> Vec<(usize, Result<CompiledTu, CompileError>)> {
        order
            .par_iter()
            .with_max_len(1)
            .map(|&(_, i)| {
                let r = compile_with(clang, &tus[i], cache, opts.force, &memo);
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if let Some(p) = opts.progress {
                    p(n, total);
                }
                (i, r)
            })
            .collect()
    };
    let pool = opts.jobs.and_then(|n| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .ok()
    });
    let mut results = match pool {
        Some(pool) => pool.install(run),
        None => run(),
    };
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Compiles one unit through the cache.
pub fn compile_one(
    clang: &Clang,
    tu: &TranslationUnit,
    cache: &Cache,
    force: bool,
) -> Result<CompiledTu, CompileError> {
    compile_with(clang, tu, cache, force, &HashMemo::default())
}

fn compile_with(
    clang: &Clang,
    tu: &TranslationUnit,
    cache: &Cache,
    force: bool,
    memo: &HashMemo,
) -> Result<CompiledTu, CompileError> {
    let display = || tu.display.clone();
    let started = SystemTime::now();
    let pre = pre_key(clang, tu).map_err(|e| CompileError::Read {
        display: display(),
        error: e.to_string(),
    })?;
    if !force {
        if let Some(v) = cache.lookup(&pre, memo) {
            if let Some(ir_path) = cache.ir_path(&v.key) {
                return Ok(CompiledTu {
                    tu: tu.clone(),
                    ir_path,
                    key: v.key,
                    cache_hit: true,
                    notes: v.notes,
                });
            }
        }
    }
    if !tu.directory.is_dir() {
        return Err(CompileError::NoDirectory {
            display: display(),
            directory: tu.directory.display().to_string(),
        });
    }
    let cache_err = |e: std::io::Error| CompileError::Cache {
        display: display(),
        error: e.to_string(),
    };
    let scratch = cache.scratch().map_err(cache_err)?;
    let out = scratch.path().join("tu.ll");
    let dep = scratch.path().join("tu.d");

    let mut args = tu.args.clone();
    let mut notes = Vec::new();
    let mut run = run_clang(clang, tu, &args, &out, &dep)?;
    if !run.0 {
        // Flags from a gcc build that clang does not know: drop them and try once more.
        let unknown = unknown_args(&run.2);
        let before = args.len();
        args.retain(|a| !unknown.contains(a));
        if args.len() < before {
            notes.push(format!(
                "clang {} does not know {}; compiled {} without {}",
                clang.version,
                unknown.join(" "),
                tu.display,
                if unknown.len() == 1 { "it" } else { "them" }
            ));
            run = run_clang(clang, tu, &args, &out, &dep)?;
        }
    }
    let (ok, status, stderr) = run;
    if !ok {
        return Err(CompileError::Clang {
            display: display(),
            status,
            stderr,
            command: command_line(clang, tu, &args),
            directory: tu.directory.clone(),
        });
    }
    let headers = std::fs::read_to_string(&dep)
        .ok()
        .map(|text| resolve_deps(&parse_depfile(&text), &tu.directory, &tu.source));
    let (key, ir_path) = cache
        .store_compiled(&pre, tu, &out, headers, notes.clone(), started)
        .map_err(cache_err)?;
    Ok(CompiledTu {
        tu: tu.clone(),
        ir_path,
        key,
        cache_hit: false,
        notes,
    })
}

/// (success, exit status text, stderr)
fn run_clang(
    clang: &Clang,
    tu: &TranslationUnit,
    args: &[String],
    out: &Path,
    dep: &Path,
) -> Result<(bool, String, String), CompileError> {
    let output = Command::new(&clang.path)
        .args(args)
        .args(FIXED_FLAGS)
        .arg("-MD")
        .arg("-MF")
        .arg(dep)
        .arg("-o")
        .arg(out)
        .arg(&tu.source)
        .current_dir(&tu.directory)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| CompileError::Spawn {
            display: tu.display.clone(),
            clang: clang.path.display().to_string(),
            error: e.to_string(),
        })?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let ok = output.status.success() && out.is_file();
    Ok((ok, output.status.to_string(), stderr))
}

fn command_line(clang: &Clang, tu: &TranslationUnit, args: &[String]) -> String {
    let mut words: Vec<String> = vec![clang.path.to_string_lossy().into_owned()];
    words.extend(args.iter().cloned());
    words.extend(FIXED_FLAGS.iter().map(|s| s.to_string()));
    words.push("-o".into());
    words.push("out.ll".into());
    words.push(tu.source.to_string_lossy().into_owned());
    shell::join(words)
}

/// Arguments clang rejected as unknown or unsupported, from its stderr:
/// `error: unknown argument: '-fipa-pta'`, `error: unknown argument '-fooo'; did you mean`,
/// `error: unsupported option '-mfoo' for target '...'`.
pub(crate) fn unknown_args(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        for marker in ["unknown argument", "unsupported option"] {
            let Some(at) = line.find(marker) else {
                continue;
            };
            let rest = line[at + marker.len()..].trim_start_matches([':', ' ']);
            let Some(rest) = rest.strip_prefix('\'') else {
                continue;
            };
            if let Some(end) = rest.find('\'') {
                let arg = rest[..end].to_string();
                if !arg.is_empty() && !out.contains(&arg) {
                    out.push(arg);
                }
            }
        }
    }
    out
}

/// Prerequisites of a Makefile-syntax depfile as clang writes it (`\ ` for spaces, `$$`
/// for `$`, `\#` for `#`, backslash-newline continuations). Targets are skipped.
pub(crate) fn parse_depfile(text: &str) -> Vec<String> {
    let mut deps = Vec::new();
    let mut cur = String::new();
    let mut after_colon = false;
    let mut chars = text.chars().peekable();
    let end_token = |cur: &mut String, after_colon: bool, deps: &mut Vec<String>| {
        if !cur.is_empty() {
            let tok = std::mem::take(cur);
            if after_colon {
                deps.push(tok);
            }
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek().copied() {
                Some('\n') => {
                    chars.next();
                    end_token(&mut cur, after_colon, &mut deps);
                }
                Some('\r') => {
                    chars.next();
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    end_token(&mut cur, after_colon, &mut deps);
                }
                Some(e @ (' ' | '#' | '\\')) => {
                    chars.next();
                    cur.push(e);
                }
                _ => cur.push('\\'),
            },
            '$' if chars.peek() == Some(&'$') => {
                chars.next();
                cur.push('$');
            }
            ' ' | '\t' | '\r' => end_token(&mut cur, after_colon, &mut deps),
            '\n' => {
                end_token(&mut cur, after_colon, &mut deps);
                after_colon = false;
            }
            ':' if !after_colon && chars.peek().is_none_or(|n| n.is_whitespace()) => {
                cur.clear();
                after_colon = true;
            }
            c => cur.push(c),
        }
    }
    end_token(&mut cur, after_colon, &mut deps);
    deps
}

/// Absolute, normalised, sorted, deduplicated dependency paths, without the source.
fn resolve_deps(deps: &[String], directory: &Path, source: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = deps
        .iter()
        .map(|d| crate::args::normalize(&directory.join(d)))
        .filter(|p| p != source)
        .collect();
    out.sort();
    out.dedup();
    // The source may have been named through a symlink or `..`; drop it by identity too.
    out.retain(|p| std::fs::canonicalize(p).map_or(true, |c| c != source));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depfiles() {
        let text =
            "out.ll: /src/a.c /usr/include/stdio.h \\\n  inc/my\\ header.h /x/$$y.h \\#z.h\n";
        assert_eq!(
            parse_depfile(text),
            [
                "/src/a.c",
                "/usr/include/stdio.h",
                "inc/my header.h",
                "/x/$y.h",
                "#z.h"
            ]
        );
        assert_eq!(parse_depfile("a.o: \\\r\n b.h\r\n"), ["b.h"]);
        assert_eq!(parse_depfile("a.o:\n"), Vec::<String>::new());
        assert_eq!(parse_depfile("t1 t2: d1\nd2.h:\n"), ["d1"]);
        for junk in ["", ":", "\\", "$", "::::", "a:b:c d"] {
            let _ = parse_depfile(junk);
        }
    }

    #[test]
    fn unknown_arguments() {
        let err = "clang-19: error: unknown argument: '-fno-tree-loop-distribute-patterns'\n\
                   clang: error: unknown argument '-fooo'; did you mean '-foo'?\n\
                   clang: error: unsupported option '-mfoo' for target 'x86_64-pc-linux-gnu'\n\
                   a.c:1:1: error: unknown type name 'x'\n";
        assert_eq!(
            unknown_args(err),
            ["-fno-tree-loop-distribute-patterns", "-fooo", "-mfoo"]
        );
    }

    #[test]
    fn long_stderr_is_shortened() {
        let s: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let t = truncate_lines(&s);
        assert!(t.ends_with("... (60 more lines)"), "{t}");
        assert_eq!(truncate_lines("one\ntwo\n"), "one\ntwo");
        let huge = "é".repeat(10_000);
        let t = truncate_lines(&huge);
        assert!(t.starts_with("éé") && t.len() < 8100, "{}", t.len());
    }
}
