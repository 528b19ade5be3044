//! Turning what the user pointed at (C files, directories, compilation databases) into a
//! deduplicated list of [`TranslationUnit`]s, each with the exact clang flags it needs.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::args::{self, normalize};

/// What to analyse, as the user gave it (typically straight from the command line).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputSpec {
    /// Any mix of `.c` files, directories (searched recursively for `.c` files) and
    /// `compile_commands.json` files (any file ending in `.json` is read as one).
    pub paths: Vec<PathBuf>,
    /// Extra include directories (`-I`), for every translation unit.
    pub includes: Vec<PathBuf>,
    /// Extra macro definitions (`NAME` or `NAME=VALUE`, a leading `-D` is accepted).
    pub defines: Vec<String>,
    /// C standard (`c99`, `gnu11`, ...; a leading `-std=` is accepted).
    pub std: Option<String>,
    /// Target triple (`x86_64-linux-gnu`, ...).
    pub target: Option<String>,
    /// Any other clang flags, appended last. Output flags (`-o`, `-c`, `-M*`, `-O*`, ...) are
    /// filtered out as for a compilation database.
    pub extra_flags: Vec<String>,
}

/// One C source file and the exact clang arguments to compile it with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TranslationUnit {
    /// Absolute, canonical path of the source file.
    pub source: PathBuf,
    /// The path for messages: as the user gave it, or relative to the working directory or
    /// to the analysed root; absolute only if the user (or the database) gave it so.
    pub display: String,
    /// Working directory for clang: the database's `directory`, else the source's own
    /// directory (not the current one, so that the IR, and its cache key, do not depend on
    /// where ffiscope was started; all paths in `args` are absolute anyway).
    pub directory: PathBuf,
    /// Flags for clang, without the compiler, the source file or any output options.
    pub args: Vec<String>,
}

/// Why the inputs could not be collected. Every message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("no inputs given: pass C source files, directories holding them, or a compile_commands.json")]
    NoInputs,
    #[error(
        "`{path}` does not exist: check the path, or pass the directory that holds your C sources"
    )]
    NotFound { path: String },
    #[error("`{path}` is not valid UTF-8: ffiscope hands paths to clang as text, so rename it (or the directory that holds it)")]
    NotUtf8 { path: String },
    #[error("no .c files under `{path}`{hint}")]
    EmptyDir { path: String, hint: String },
    #[error("`{path}` is not something ffiscope can analyse: {why}")]
    NotCSource { path: String, why: String },
    #[error("cannot read `{path}`: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: invalid compilation database: {message}. Regenerate it (`cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON`, or `bear -- make`)")]
    BadJson {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}:{line}: entry {index} of the compilation database: {message}")]
    BadEntry {
        path: String,
        line: usize,
        index: usize,
        message: String,
    },
    #[error("`{path}` lists no C translation units ({skipped} C++ or other entries skipped): ffiscope reads C sources only")]
    NoCEntries { path: String, skipped: usize },
    #[error("bad {what}: {message}")]
    BadSpec { what: &'static str, message: String },
}

/// Collects the translation units named by `spec`, relative to the current directory.
///
/// Order: the order of `spec.paths`, and within a directory, sorted by path. A source named
/// twice yields one unit: the first one wins, except that an entry from a compilation
/// database replaces one found by a plain path or directory walk (it has the real flags).
pub fn collect_inputs(spec: &InputSpec) -> Result<Vec<TranslationUnit>, InputError> {
    let cwd = std::env::current_dir().map_err(|source| InputError::Io {
        path: ".".into(),
        source,
    })?;
    collect_inputs_in(spec, &cwd)
}

/// [`collect_inputs`] with an explicit working directory: relative paths in `spec` are
/// resolved against `cwd`, and displays are relative to it.
pub fn collect_inputs_in(spec: &InputSpec, cwd: &Path) -> Result<Vec<TranslationUnit>, InputError> {
    if spec.paths.is_empty() {
        return Err(InputError::NoInputs);
    }
    let cwd = fs::canonicalize(cwd).unwrap_or_else(|_| normalize(cwd));
    let mut c = Collector {
        spec_args: spec_args(spec, &cwd)?,
        cwd,
        out: Vec::new(),
        seen: HashMap::new(),
    };
    for p in &spec.paths {
        c.add_path(p)?;
    }
    Ok(c.out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Plain,
    Database,
}

struct Collector {
    cwd: PathBuf,
    spec_args: Vec<String>,
    out: Vec<TranslationUnit>,
    seen: HashMap<PathBuf, (usize, Origin)>,
}

fn utf8(p: &Path) -> Result<&str, InputError> {
    p.to_str().ok_or_else(|| InputError::NotUtf8 {
        path: p.to_string_lossy().into_owned(),
    })
}

fn io_err(p: &Path) -> impl FnOnce(std::io::Error) -> InputError + '_ {
    move |source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            InputError::NotFound {
                path: p.to_string_lossy().into_owned(),
            }
        } else {
            InputError::Io {
                path: p.to_string_lossy().into_owned(),
                source,
            }
        }
    }
}

fn parent_dir(source: &Path, fallback: &Path) -> PathBuf {
    source
        .parent()
        .map_or_else(|| fallback.to_path_buf(), Path::to_path_buf)
}

fn has_ext(p: &Path, ext: &str) -> bool {
    p.extension().is_some_and(|e| e == ext)
}

impl Collector {
    fn add_path(&mut self, given: &Path) -> Result<(), InputError> {
        let given_str = utf8(given)?.to_string();
        let abs = self.cwd.join(given);
        let meta = fs::metadata(&abs).map_err(io_err(given))?;
        if meta.is_dir() {
            self.add_dir(&given_str, &abs)
        } else if has_ext(given, "json") {
            self.add_database(&given_str, &abs)
        } else if has_ext(given, "c") {
            let source = fs::canonicalize(&abs).map_err(io_err(given))?;
            let dir = parent_dir(&source, &self.cwd);
            let tu = self.make_tu(source, given_str, dir, Vec::new());
            self.push(tu, Origin::Plain);
            Ok(())
        } else {
            let why = match given.extension().and_then(|e| e.to_str()) {
                Some("h") => "it is a header; pass the .c files that include it".to_string(),
                Some("C" | "cc" | "cpp" | "cxx" | "c++" | "m" | "mm") => {
                    "it is not a C source (ffiscope reads C only; C sources end in .c)".to_string()
                }
                _ => "pass a .c file, a directory holding .c files, or a compile_commands.json"
                    .to_string(),
            };
            Err(InputError::NotCSource {
                path: given_str,
                why,
            })
        }
    }

    fn make_tu(
        &self,
        source: PathBuf,
        display: String,
        directory: PathBuf,
        mut args: Vec<String>,
    ) -> TranslationUnit {
        args.extend(self.spec_args.iter().cloned());
        TranslationUnit {
            source,
            display,
            directory,
            args,
        }
    }

    fn push(&mut self, tu: TranslationUnit, origin: Origin) {
        match self.seen.get(&tu.source).copied() {
            None => {
                self.seen
                    .insert(tu.source.clone(), (self.out.len(), origin));
                self.out.push(tu);
            }
            Some((i, Origin::Plain)) if origin == Origin::Database => {
                self.seen.insert(tu.source.clone(), (i, origin));
                self.out[i] = tu;
            }
            Some(_) => {}
        }
    }

    fn add_dir(&mut self, given: &str, abs: &Path) -> Result<(), InputError> {
        let mut found = Vec::new();
        let mut other = OtherFiles::default();
        walk(abs, "", &mut found, &mut other)?;
        if found.is_empty() {
            return Err(InputError::EmptyDir {
                path: given.to_string(),
                hint: empty_dir_hint(given, abs, &other),
            });
        }
        let prefix = match given.trim_end_matches('/') {
            "." | "" if !given.starts_with('/') => String::new(),
            "" => "/".to_string(),
            g => format!("{g}/"),
        };
        for rel in found {
            let path = abs.join(&rel);
            let source = fs::canonicalize(&path).map_err(io_err(&path))?;
            let dir = parent_dir(&source, &self.cwd);
            let tu = self.make_tu(source, format!("{prefix}{rel}"), dir, Vec::new());
            self.push(tu, Origin::Plain);
        }
        Ok(())
    }

    fn add_database(&mut self, given: &str, abs: &Path) -> Result<(), InputError> {
        let abs = fs::canonicalize(abs).map_err(io_err(Path::new(given)))?;
        let bytes = fs::read(&abs).map_err(io_err(Path::new(given)))?;
        let db_dir = abs
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.cwd.clone());
        let parsed = parse_database(given, &bytes, &db_dir)?;
        if parsed.entries.is_empty() {
            return Err(InputError::NoCEntries {
                path: given.to_string(),
                skipped: parsed.skipped,
            });
        }
        let root = common_dir(parsed.entries.iter().map(|e| e.source.as_path()));
        for e in parsed.entries {
            let display = display_for(&e.source, &self.cwd, root.as_deref());
            let tu = self.make_tu(e.source, display, e.directory, e.args);
            self.push(tu, Origin::Database);
        }
        Ok(())
    }
}

#[derive(Default)]
struct OtherFiles {
    headers: usize,
    cxx: usize,
}

/// Recursively lists `.c` files under `dir` (paths relative to the walk's root, `/`
/// separated, sorted), skipping hidden entries, `target/` and `CMakeFiles/` (CMake's
/// compiler probes hold `main` functions). Symbolic links to directories are not followed.
fn walk(
    dir: &Path,
    rel: &str,
    found: &mut Vec<String>,
    other: &mut OtherFiles,
) -> Result<(), InputError> {
    let mut entries = Vec::new();
    for e in fs::read_dir(dir).map_err(io_err(dir))? {
        let e = e.map_err(io_err(dir))?;
        entries.push(e);
    }
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        let path = e.path();
        let Some(name) = name.to_str() else {
            if has_ext(&path, "c") {
                return Err(InputError::NotUtf8 {
                    path: path.to_string_lossy().into_owned(),
                });
            }
            // A directory with a non-UTF-8 name: anything below it would be too.
            if e.file_type().is_ok_and(|t| t.is_dir()) && dir_has_c_files(&path) {
                return Err(InputError::NotUtf8 {
                    path: path.to_string_lossy().into_owned(),
                });
            }
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let ft = e.file_type().map_err(io_err(&path))?;
        let child_rel = if rel.is_empty() {
            name.to_string()
        } else {
            format!("{rel}/{name}")
        };
        if ft.is_dir() {
            if name == "target" || name == "CMakeFiles" {
                continue;
            }
            walk(&path, &child_rel, found, other)?;
        } else if ft.is_file() || (ft.is_symlink() && path.is_file()) {
            match path.extension().and_then(|e| e.to_str()) {
                Some("c") => found.push(child_rel),
                Some("h") => other.headers += 1,
                Some("C" | "cc" | "cpp" | "cxx") => other.cxx += 1,
                _ => {}
            }
        }
    }
    Ok(())
}

fn dir_has_c_files(dir: &Path) -> bool {
    let mut found = Vec::new();
    let mut other = OtherFiles::default();
    walk(dir, "", &mut found, &mut other).map_or(true, |_| !found.is_empty())
}

fn empty_dir_hint(given: &str, abs: &Path, other: &OtherFiles) -> String {
    for sub in ["compile_commands.json", "build/compile_commands.json"] {
        if abs.join(sub).is_file() {
            let g = given.trim_end_matches('/');
            return format!("; it has a compilation database, pass `{g}/{sub}` instead");
        }
    }
    if other.cxx > 0 {
        return format!(
            "; it holds {} C++ sources, but ffiscope reads C only",
            other.cxx
        );
    }
    if other.headers > 0 {
        return format!(
            "; it holds {} headers only: pass the .c files (or the compile_commands.json) of the library that implements them",
            other.headers
        );
    }
    "; pass a directory that holds C sources, or a compile_commands.json".to_string()
}

/// `path` relative to `cwd` if below it, else relative to `root` if given, else as is.
fn display_for(path: &Path, cwd: &Path, root: Option<&Path>) -> String {
    let rel = path
        .strip_prefix(cwd)
        .ok()
        .or_else(|| root.and_then(|r| path.strip_prefix(r).ok()))
        .filter(|r| !r.as_os_str().is_empty());
    rel.unwrap_or(path).to_string_lossy().into_owned()
}

/// The deepest directory that contains all `paths` (None if that is only `/`).
fn common_dir<'a>(paths: impl Iterator<Item = &'a Path>) -> Option<PathBuf> {
    let mut common: Option<PathBuf> = None;
    for p in paths {
        let dir = p.parent()?;
        common = Some(match common {
            None => dir.to_path_buf(),
            Some(c) => c
                .components()
                .zip(dir.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    common.filter(|c| c.components().count() > 1)
}

fn spec_args(spec: &InputSpec, cwd: &Path) -> Result<Vec<String>, InputError> {
    let mut out = Vec::new();
    for inc in &spec.includes {
        utf8(inc)?;
        let abs = normalize(&cwd.join(inc));
        out.push(format!("-I{}", utf8(&abs)?));
    }
    for d in &spec.defines {
        let d = d.strip_prefix("-D").unwrap_or(d);
        if d.is_empty() || d.starts_with('=') {
            return Err(InputError::BadSpec {
                what: "define",
                message: format!("`{d}` has no macro name; write NAME or NAME=VALUE"),
            });
        }
        out.push(format!("-D{d}"));
    }
    if let Some(std) = &spec.std {
        let s = std.trim_start_matches('-').trim_start_matches("std=");
        if s.is_empty() || s.contains(char::is_whitespace) {
            return Err(InputError::BadSpec {
                what: "C standard",
                message: format!("`{std}`; write e.g. c99, c11, gnu17"),
            });
        }
        out.push(format!("-std={s}"));
    }
    if let Some(t) = &spec.target {
        if t.is_empty() || t.contains(char::is_whitespace) {
            return Err(InputError::BadSpec {
                what: "target",
                message: format!("`{t}`; write a triple such as x86_64-linux-gnu"),
            });
        }
        out.push(format!("--target={t}"));
    }
    let extra = args::filter(&spec.extra_flags, cwd);
    if let Some(input) = extra.inputs.first() {
        return Err(InputError::BadSpec {
            what: "extra flag",
            message: format!("`{input}` is not a flag; pass source files as input paths"),
        });
    }
    out.extend(extra.args);
    Ok(out)
}

/// A compilation database entry that survived filtering.
#[derive(Debug)]
struct DbEntry {
    source: PathBuf,
    directory: PathBuf,
    args: Vec<String>,
}

#[derive(Debug)]
struct ParsedDb {
    entries: Vec<DbEntry>,
    skipped: usize,
}

/// Compiler wrappers whose first argument is the real compiler.
const WRAPPERS: &[&str] = &["ccache", "sccache", "distcc", "icecc", "buildcache"];

fn parse_database(given: &str, bytes: &[u8], db_dir: &Path) -> Result<ParsedDb, InputError> {
    // Some Windows tools write a byte-order mark; JSON parsers reject it.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| InputError::BadJson {
            path: given.to_string(),
            line: e.line(),
            column: e.column(),
            message: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string(),
        })?;
    let Some(items) = value.as_array() else {
        return Err(InputError::BadJson {
            path: given.to_string(),
            line: 1,
            column: 1,
            message: "the top level must be an array of entries".into(),
        });
    };
    let offsets = element_offsets(bytes);
    let mut entries = Vec::new();
    let mut skipped = 0;
    for (index, item) in items.iter().enumerate() {
        // The line is only counted when there is an error to report.
        let bad = |message: String| InputError::BadEntry {
            path: given.to_string(),
            line: offsets
                .get(index)
                .map(|&o| 1 + bytes[..o].iter().filter(|&&b| b == b'\n').count())
                .unwrap_or(0),
            index,
            message,
        };
        let Some(obj) = item.as_object() else {
            return Err(bad("an entry must be an object with \"directory\", \"file\" and \"arguments\" or \"command\"".into()));
        };
        let field = |name: &str| -> Result<Option<&str>, InputError> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s)),
                Some(_) => Err(bad(format!("\"{name}\" must be a string"))),
            }
        };
        let directory = field("directory")?.ok_or_else(|| bad("missing \"directory\"".into()))?;
        let file = field("file")?.ok_or_else(|| bad("missing \"file\"".into()))?;
        let command = field("command")?;
        let argv: Vec<String> = match obj.get("arguments") {
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .map(|v| v.as_str().map(str::to_string))
                .collect::<Option<_>>()
                .ok_or_else(|| bad("\"arguments\" must be an array of strings".into()))?,
            Some(serde_json::Value::Null) | None => match command {
                Some(c) => crate::shell::split(c)
                    .map_err(|e| bad(format!("cannot split \"command\" into words: {e}")))?,
                None => return Err(bad("has neither \"arguments\" nor \"command\"".into())),
            },
            Some(_) => return Err(bad("\"arguments\" must be an array of strings".into())),
        };
        let directory = normalize(&db_dir.join(directory));
        let file_abs = normalize(&directory.join(file));

        let mut rest: &[String] = &argv;
        let mut compiler = "";
        for _ in 0..2 {
            let Some((first, tail)) = rest.split_first() else {
                break;
            };
            compiler = first.rsplit('/').next().unwrap_or(first);
            rest = tail;
            let is_wrapper = WRAPPERS.contains(&compiler);
            if !(is_wrapper && tail.first().is_some_and(|a| !a.starts_with('-'))) {
                break;
            }
        }
        if compiler.is_empty() {
            return Err(bad("the command line is empty".into()));
        }
        let expanded = args::expand_response_files(rest, &directory);
        let filtered = args::filter(&expanded, &directory);
        let is_c = match filtered.language.as_deref() {
            Some(lang) => lang == "c",
            None => has_ext(&file_abs, "c") && !compiler.contains("++"),
        };
        if !is_c {
            skipped += 1;
            continue;
        }
        let source = fs::canonicalize(&file_abs).map_err(|e| {
            bad(format!(
                "source `{}` cannot be read ({e}); build the project first if it is generated, or regenerate the database",
                file_abs.display()
            ))
        })?;
        entries.push(DbEntry {
            source,
            directory,
            args: filtered.args,
        });
    }
    Ok(ParsedDb { entries, skipped })
}

/// Byte offsets where each element of the top-level JSON array begins, for line numbers in
/// messages (serde_json values carry no positions). Tolerates anything.
fn element_offsets(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let (mut depth, mut in_str, mut esc, mut expect) = (0usize, false, false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
            } else if b == b'"' {
                in_str = false;
            }
            continue;
        }
        let starts_value = !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}');
        if depth == 1 && expect && starts_value {
            out.push(i);
            expect = false;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                if depth == 1 && b == b'[' {
                    expect = true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expect = true,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_of_elements() {
        let text = b"[\n {\"a\": \"x,]\\\"\"},\n\n {\"b\": [1, 2]}\n, 3]";
        let offs = element_offsets(text);
        assert_eq!(offs.len(), 3);
        assert_eq!(text[offs[0]], b'{');
        assert_eq!(text[offs[1]], b'{');
        assert_eq!(text[offs[2]], b'3');
        assert!(element_offsets(b"").is_empty());
        assert!(element_offsets(b"]]]{{[").is_empty());
    }

    #[test]
    fn common_dirs() {
        let ps = [Path::new("/a/b/c/x.c"), Path::new("/a/b/d/y.c")];
        assert_eq!(common_dir(ps.into_iter()), Some(PathBuf::from("/a/b")));
        let ps = [Path::new("/a/x.c"), Path::new("/b/y.c")];
        assert_eq!(common_dir(ps.into_iter()), None);
    }
}
