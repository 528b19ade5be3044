//! Acceptance test for `ffiscope decls` (issue 2): on the C sources bundled in the
//! `libz-sys` and `libsqlite3-sys` (feature `bundled`) crates, every prototype `decls`
//! rebuilds from debug info must match the declaration clang itself parses from the public
//! header (`zlib.h`, `sqlite3.h`), and every layout of a record the header defines must match
//! clang's `-fdump-record-layouts`.
//!
//! The sources come through cargo: `tests/acceptance/sources` is a crate outside the
//! workspace that depends on both -sys crates (versions pinned by its committed Cargo.lock);
//! `cargo metadata --locked` on it downloads them (or finds them in ~/.cargo/registry) and
//! tells us where they are. Nothing is compiled by cargo.
//!
//! What "matches" means: types are compared canonically, on both sides, after resolving
//! typedefs (the `.c` definition may spell `sqlite_int64` where the header says
//! `sqlite3_int64`; both are `long long`). Integer types are compared by their canonical
//! C spelling (`long` and `long long` stay different even though both are 64 bits; `char`,
//! `signed char` and `unsigned char` are three types). Qualifiers are compared everywhere
//! except at the top level of a parameter, where C drops them from the function type; array
//! and function parameters decay to pointers. Arity and `...` must match. Parameter names
//! are not part of the type and are not compared. Functions defined in the `.c` files but
//! not declared in the header (internal helpers with external linkage) are skipped and
//! counted. Records are compared by tag: size, alignment, union-ness, and for every field
//! its name, offset, bit-field width and (canonical) type.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use ffiscope_facts::{CRecordLayout, CType, DeclsDocument};
use serde_json::Value;

/// One library under test: its sources, its public header and the flags its -sys crate
/// compiles it with (so that `decls` and clang's parse of the header see the same macros).
struct Library {
    name: &'static str,
    header: PathBuf,
    inputs: Vec<PathBuf>,
    defines: Vec<&'static str>,
    /// Lower bounds that keep the test from passing vacuously.
    min_functions: usize,
    min_layouts: usize,
}

#[test]
fn decls_prototypes_and_layouts_match_clangs_parse_of_the_public_headers() {
    let started = Instant::now();
    let clang = ffiscope_cfront::find_clang().unwrap_or_else(|e| {
        panic!("this acceptance test needs clang >= 15 to parse zlib.h and sqlite3.h: {e}")
    });
    let packages = fetch_packages();
    let zlib_dir = packages["libz-sys"].join("src/zlib");
    let sqlite_dir = packages["libsqlite3-sys"].join("sqlite3");
    let mut zlib_sources: Vec<PathBuf> = std::fs::read_dir(&zlib_dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", zlib_dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    zlib_sources.sort();
    let libraries = [
        Library {
            name: "zlib",
            header: zlib_dir.join("zlib.h"),
            inputs: zlib_sources,
            // libz-sys's build.rs defines STDC and _LARGEFILE64_SOURCE; HAVE_UNISTD_H is what
            // zlib's configure would add on a POSIX system.
            defines: vec!["STDC", "_LARGEFILE64_SOURCE", "HAVE_UNISTD_H"],
            min_functions: 80,
            min_layouts: 3,
        },
        Library {
            name: "sqlite3",
            header: sqlite_dir.join("sqlite3.h"),
            inputs: vec![sqlite_dir.join("sqlite3.c")],
            // libsqlite3-sys's build.rs, feature `bundled`, on Linux.
            defines: vec![
                "SQLITE_CORE",
                "SQLITE_DEFAULT_FOREIGN_KEYS=1",
                "SQLITE_ENABLE_API_ARMOR",
                "SQLITE_ENABLE_COLUMN_METADATA",
                "SQLITE_ENABLE_DBSTAT_VTAB",
                "SQLITE_ENABLE_FTS3",
                "SQLITE_ENABLE_FTS3_PARENTHESIS",
                "SQLITE_ENABLE_FTS5",
                "SQLITE_ENABLE_JSON1",
                "SQLITE_ENABLE_LOAD_EXTENSION=1",
                "SQLITE_ENABLE_MEMORY_MANAGEMENT",
                "SQLITE_ENABLE_RTREE",
                "SQLITE_ENABLE_STAT4",
                "SQLITE_SOUNDEX",
                "SQLITE_THREADSAFE=1",
                "SQLITE_USE_URI",
                "HAVE_USLEEP=1",
                "HAVE_ISNAN",
                "HAVE_LOCALTIME_R",
                "_POSIX_THREAD_SAFE_FUNCTIONS",
            ],
            min_functions: 200,
            min_layouts: 8,
        },
    ];

    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("decls_acceptance");
    std::fs::create_dir_all(&work).unwrap();
    let mut failures = Vec::new();
    for lib in &libraries {
        let lib_started = Instant::now();
        let doc = run_decls(lib, &work.join("cache"));
        let header = HeaderParse::new(&clang.path, lib, &work);
        let report = compare(lib, &doc, &header);
        eprintln!(
            "{}: {} functions listed by decls; {} prototypes match {}, {} not declared in it \
             (skipped); {} layouts match, {} records not defined in the header (skipped); \
             {} mismatches ({:.1}s)",
            lib.name,
            doc.functions.len(),
            report.functions_matched,
            lib.header.file_name().unwrap().to_string_lossy(),
            report.functions_skipped.len(),
            report.layouts_matched,
            report.layouts_skipped.len(),
            report.mismatches.len(),
            lib_started.elapsed().as_secs_f64(),
        );
        eprintln!(
            "  skipped functions: {}",
            report.functions_skipped.join(", ")
        );
        eprintln!("  skipped records: {}", report.layouts_skipped.join(", "));
        if report.mismatches.is_empty() {
            // Only on a clean baseline, so that real mismatches are listed, not hidden.
            check_comparison_catches_mistakes(lib, &doc, &header);
        }
        if report.functions_matched + report.functions_mismatched < lib.min_functions {
            failures.push(format!(
                "{}: only {} functions of decls are declared in the header (expected >= {}): \
                 is decls listing the right functions?",
                lib.name,
                report.functions_matched + report.functions_mismatched,
                lib.min_functions
            ));
        }
        if report.layouts_matched + report.layouts_mismatched < lib.min_layouts {
            failures.push(format!(
                "{}: only {} layouts of records defined in the header were compared \
                 (expected >= {})",
                lib.name,
                report.layouts_matched + report.layouts_mismatched,
                lib.min_layouts
            ));
        }
        failures.extend(
            report
                .mismatches
                .iter()
                .map(|m| format!("{}: {m}", lib.name)),
        );
    }
    eprintln!(
        "decls acceptance took {:.1}s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} mismatches between `ffiscope decls` and clang's parse of the headers:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Getting the sources and running the tools.

/// Package name → directory of the downloaded package, from `cargo metadata` on the
/// fixture crate.
fn fetch_packages() -> HashMap<String, PathBuf> {
    let manifest =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/acceptance/sources/Cargo.toml");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(&cargo)
        .arg("metadata")
        .arg("--manifest-path")
        .arg(&manifest)
        .args(["--format-version", "1", "--locked"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo metadata: {e}"));
    assert!(
        out.status.success(),
        "cargo metadata on {} failed (it downloads libz-sys and libsqlite3-sys from \
         crates.io the first time):\n{}",
        manifest.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let mut dirs = HashMap::new();
    for p in meta["packages"].as_array().expect("packages") {
        let name = p["name"].as_str().unwrap().to_string();
        let manifest_path = PathBuf::from(p["manifest_path"].as_str().unwrap());
        dirs.insert(name, manifest_path.parent().unwrap().to_path_buf());
    }
    for want in ["libz-sys", "libsqlite3-sys"] {
        assert!(
            dirs.contains_key(want),
            "cargo metadata did not list {want}"
        );
    }
    dirs
}

fn run_decls(lib: &Library, cache: &Path) -> DeclsDocument {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ffiscope"));
    cmd.args(["decls", "--layouts", "--format", "json"]);
    cmd.args(&lib.inputs);
    for d in &lib.defines {
        cmd.args(["-D", d]);
    }
    cmd.arg("--cache-dir").arg(cache);
    let out = cmd.output().expect("run ffiscope");
    assert!(
        out.status.success(),
        "ffiscope decls on {} failed ({}):\n{}",
        lib.name,
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "ffiscope decls --format json on {} printed no DeclsDocument: {e}",
            lib.name
        )
    })
}

/// What clang says about the header: its function declarations, the records it defines,
/// every typedef of the translation unit (to canonicalize types), and the record layouts.
struct HeaderParse {
    /// Function name → the type clang gives its declaration (`int (z_streamp, int)`).
    functions: HashMap<String, String>,
    /// (union, tag) → fields (name, type) of the records the header defines.
    records: HashMap<(bool, String), Vec<(String, String)>>,
    typedefs: HashMap<String, String>,
    layouts: HashMap<(bool, String), DumpedLayout>,
}

impl HeaderParse {
    fn new(clang: &Path, lib: &Library, work: &Path) -> HeaderParse {
        // A translation unit that includes only the header: every declaration whose
        // location says "included from" this file is the header's own.
        let tu = work.join(format!("{}_header.c", lib.name));
        let header_name = lib.header.file_name().unwrap().to_string_lossy();
        std::fs::write(&tu, format!("#include \"{header_name}\"\n")).unwrap();
        let mut base = vec!["-fsyntax-only".to_string()];
        base.push(format!("-I{}", lib.header.parent().unwrap().display()));
        base.extend(lib.defines.iter().map(|d| format!("-D{d}")));
        let run = |extra: &[&str]| -> Vec<u8> {
            let out = Command::new(clang)
                .args(&base)
                .args(extra)
                .arg(&tu)
                .output()
                .unwrap_or_else(|e| panic!("cannot run {}: {e}", clang.display()));
            assert!(
                out.status.success(),
                "{} failed on {}:\n{}",
                clang.display(),
                lib.header.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            out.stdout
        };
        let ast: Value = serde_json::from_slice(&run(&["-Xclang", "-ast-dump=json"]))
            .expect("clang -ast-dump=json prints JSON");
        let layouts = parse_layout_dump(&String::from_utf8_lossy(&run(&[
            "-Xclang",
            "-fdump-record-layouts",
            "-Xclang",
            "-fdump-record-layouts-complete",
        ])));
        let main_file = tu.to_string_lossy().into_owned();
        let mut parse = HeaderParse {
            functions: HashMap::new(),
            records: HashMap::new(),
            typedefs: HashMap::new(),
            layouts,
        };
        for decl in ast["inner"].as_array().expect("TranslationUnitDecl.inner") {
            let name = decl["name"].as_str().unwrap_or_default();
            match decl["kind"].as_str().unwrap_or_default() {
                "TypedefDecl" => {
                    parse
                        .typedefs
                        .insert(name.to_string(), qual_type(&decl["type"]));
                }
                "FunctionDecl" if in_main_file(decl, &main_file) => {
                    parse
                        .functions
                        .entry(name.to_string())
                        .or_insert_with(|| qual_type(&decl["type"]));
                }
                "RecordDecl" if in_main_file(decl, &main_file) => {
                    parse.add_record(decl);
                }
                _ => {}
            }
        }
        parse
    }

    /// Records a complete record definition and the ones nested in it.
    fn add_record(&mut self, decl: &Value) {
        let inner = decl["inner"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        for nested in inner.iter().filter(|d| d["kind"] == "RecordDecl") {
            self.add_record(nested);
        }
        if decl["completeDefinition"] != true {
            return;
        }
        let Some(name) = decl["name"].as_str().filter(|n| !n.is_empty()) else {
            return; // Anonymous records are compared through their parent's fields.
        };
        let fields = inner
            .iter()
            .filter(|d| d["kind"] == "FieldDecl")
            .map(|f| {
                (
                    f["name"].as_str().unwrap_or_default().to_string(),
                    qual_type(&f["type"]),
                )
            })
            .collect();
        let union = decl["tagUsed"] == "union";
        self.records.insert((union, name.to_string()), fields);
    }

    fn canonical(&self, clang_type: &str) -> Result<QTy, String> {
        let parsed = parse_c_type(clang_type)?;
        Ok(self.resolve(parsed, 0))
    }

    /// Replaces typedef names by their definitions, recursively.
    fn resolve(&self, t: QTy, depth: u32) -> QTy {
        let quals = (t.c, t.v, t.r);
        let ty = match t.ty {
            Ty::Named(name) => {
                let resolved = match self.typedefs.get(&name) {
                    Some(def) if depth < 64 => match parse_c_type(def) {
                        Ok(q) => self.resolve(q, depth + 1),
                        Err(e) => QTy::plain(Ty::Unknown(format!("{name}: {e}"))),
                    },
                    _ => QTy::plain(Ty::Unknown(format!("unknown typedef {name}"))),
                };
                return QTy {
                    c: resolved.c || quals.0,
                    v: resolved.v || quals.1,
                    r: resolved.r || quals.2,
                    ty: resolved.ty,
                };
            }
            Ty::Ptr(p) => Ty::Ptr(Box::new(self.resolve(*p, depth))),
            Ty::Array(e, n) => Ty::Array(Box::new(self.resolve(*e, depth)), n),
            Ty::Func {
                ret,
                params,
                variadic,
                proto,
            } => Ty::Func {
                ret: Box::new(self.resolve(*ret, depth)),
                params: params
                    .into_iter()
                    .map(|p| adjust_param(self.resolve(p, depth)))
                    .collect(),
                variadic,
                proto,
            },
            other => other,
        };
        QTy {
            c: quals.0,
            v: quals.1,
            r: quals.2,
            ty,
        }
    }
}

fn qual_type(t: &Value) -> String {
    t["qualType"].as_str().unwrap_or_default().to_string()
}

/// True when `decl` is written in the header itself: its location (where the name is
/// expanded, if a macro wrote it) is in a file included directly from our one-line TU.
fn in_main_file(decl: &Value, main_file: &str) -> bool {
    let loc = &decl["loc"];
    let loc = if loc.get("expansionLoc").is_some() {
        &loc["expansionLoc"]
    } else {
        loc
    };
    loc["includedFrom"]["file"] == main_file
}

// ---------------------------------------------------------------------------------------
// clang's -fdump-record-layouts.

#[derive(Debug)]
struct DumpedLayout {
    size_bytes: u64,
    align_bytes: u64,
    /// Direct fields: offset in bits, bit-field width, the rest of the line (`type name`).
    fields: Vec<(u64, Option<u64>, String)>,
}

/// Parses blocks like
/// ```text
/// *** Dumping AST Record Layout
///          0 | struct z_stream_s
///          0 |   Bytef * next_in
///        4:0-3 |   unsigned int bits
///            | [sizeof=112, align=8]
/// ```
/// Fields of nested records are indented further and belong to the nested record's own block.
fn parse_layout_dump(text: &str) -> HashMap<(bool, String), DumpedLayout> {
    let mut layouts = HashMap::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if !line.starts_with("*** Dumping AST Record Layout") {
            continue;
        }
        let Some(head) = lines.next().and_then(|l| l.split_once(" | ")) else {
            continue;
        };
        let (union, tag) = match head.1.trim().split_once(' ') {
            Some(("union", tag)) => (true, tag.to_string()),
            Some((_, tag)) => (false, tag.to_string()),
            None => continue,
        };
        let mut layout = DumpedLayout {
            size_bytes: 0,
            align_bytes: 0,
            fields: Vec::new(),
        };
        for line in lines.by_ref() {
            let Some((offset, rest)) = line.split_once(" | ") else {
                break;
            };
            if let Some(sizes) = rest.trim().strip_prefix('[') {
                for kv in sizes.trim_end_matches(']').split(", ") {
                    match kv.split_once('=') {
                        Some(("sizeof", v)) => layout.size_bytes = v.parse().unwrap(),
                        Some(("align", v)) => layout.align_bytes = v.parse().unwrap(),
                        _ => {}
                    }
                }
                break;
            }
            let indent = rest.len() - rest.trim_start().len();
            if indent != 2 {
                continue;
            }
            let offset = offset.trim();
            let (offset_bits, width) = match offset.split_once(':') {
                Some((byte, bits)) => {
                    let (lo, hi) = bits.split_once('-').expect("bit range");
                    let lo: u64 = lo.parse().unwrap();
                    let hi: u64 = hi.parse().unwrap();
                    (byte.parse::<u64>().unwrap() * 8 + lo, Some(hi - lo + 1))
                }
                None => (offset.parse::<u64>().unwrap() * 8, None),
            };
            layout
                .fields
                .push((offset_bits, width, rest.trim().to_string()));
        }
        layouts.entry((union, tag)).or_insert(layout);
    }
    layouts
}

// ---------------------------------------------------------------------------------------
// Canonical C types, built from ffiscope's CType or parsed from clang's type strings.

#[derive(Debug, Clone, PartialEq, Eq)]
struct QTy {
    c: bool,
    v: bool,
    r: bool,
    ty: Ty,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Ty {
    Void,
    Bool,
    /// Canonical spelling: `unsigned long`, `signed char`, `char`, `long long`.
    Int(String),
    Float(String),
    Ptr(Box<QTy>),
    Record {
        union: bool,
        tag: String,
    },
    Enum(String),
    Array(Box<QTy>, Option<u64>),
    Func {
        ret: Box<QTy>,
        params: Vec<QTy>,
        variadic: bool,
        /// False for a K&R `int f()`.
        proto: bool,
    },
    /// A typedef name not yet resolved (only while parsing clang's strings).
    Named(String),
    Unknown(String),
}

impl QTy {
    fn plain(ty: Ty) -> QTy {
        QTy {
            c: false,
            v: false,
            r: false,
            ty,
        }
    }

    fn unqualified(mut self) -> QTy {
        self.c = false;
        self.v = false;
        self.r = false;
        self
    }

    /// C spelling, for messages.
    fn spelling(&self) -> String {
        self.declare(String::new()).trim().to_string()
    }

    fn quals(&self) -> String {
        let mut q = String::new();
        for (on, kw) in [
            (self.c, "const "),
            (self.v, "volatile "),
            (self.r, "restrict "),
        ] {
            if on {
                q.push_str(kw);
            }
        }
        q
    }

    fn declare(&self, inner: String) -> String {
        let quals = self.quals();
        match &self.ty {
            Ty::Ptr(p) => {
                let q = quals.trim_end();
                let d = if q.is_empty() {
                    format!("*{inner}")
                } else {
                    format!("*{q} {inner}")
                };
                match p.ty {
                    Ty::Array(..) | Ty::Func { .. } => p.declare(format!("({d})")),
                    _ => p.declare(d),
                }
            }
            Ty::Array(e, n) => {
                let n = n.map(|n| n.to_string()).unwrap_or_default();
                e.declare(format!("{inner}[{n}]"))
            }
            Ty::Func {
                ret,
                params,
                variadic,
                proto,
            } => {
                let mut ps: Vec<String> = params.iter().map(QTy::spelling).collect();
                if *variadic {
                    ps.push("...".into());
                }
                if ps.is_empty() && *proto {
                    ps.push("void".into());
                }
                ret.declare(format!("{inner}({})", ps.join(", ")))
            }
            base => {
                let spec = match base {
                    Ty::Void => "void".to_string(),
                    Ty::Bool => "_Bool".to_string(),
                    Ty::Int(n) | Ty::Float(n) => n.clone(),
                    Ty::Record { union, tag } => {
                        format!("{} {tag}", if *union { "union" } else { "struct" })
                    }
                    Ty::Enum(tag) => format!("enum {tag}"),
                    Ty::Named(n) => n.clone(),
                    Ty::Unknown(s) => format!("<unknown: {s}>"),
                    _ => unreachable!(),
                };
                format!("{quals}{spec} {inner}")
            }
        }
    }
}

/// What C does to a parameter's type in the function type: drops top-level qualifiers and
/// decays arrays and functions to pointers.
fn adjust_param(t: QTy) -> QTy {
    let t = t.unqualified();
    match t.ty {
        Ty::Array(e, _) => QTy::plain(Ty::Ptr(e)),
        f @ Ty::Func { .. } => QTy::plain(Ty::Ptr(Box::new(QTy::plain(f)))),
        ty => QTy::plain(ty),
    }
}

/// `long unsigned int` → `unsigned long`; `signed` is kept only on `char`.
fn canonical_int(words: &[&str]) -> Option<String> {
    let (mut unsigned, mut signed, mut longs) = (false, false, 0);
    let mut base = None;
    for w in words {
        match *w {
            "unsigned" => unsigned = true,
            "signed" => signed = true,
            "long" => longs += 1,
            "int" => {}
            "char" | "short" | "__int128" => base = Some(*w),
            _ => return None,
        }
    }
    let base = match (base, longs) {
        (Some(b), 0) => b,
        (None, 0) => "int",
        (None, 1) => "long",
        (None, 2) => "long long",
        _ => return None,
    };
    Some(if unsigned {
        format!("unsigned {base}")
    } else if signed && base == "char" {
        "signed char".to_string()
    } else {
        base.to_string()
    })
}

/// `anonymous struct at /x/y.h:12` (ffiscope) and `(unnamed struct at /x/y.h:12:3)`
/// (clang) both become `(anonymous at y.h:12)`; named tags stay as they are.
fn canonical_tag(tag: &str) -> String {
    let Some((_, place)) = tag.split_once(" at ") else {
        return tag.to_string();
    };
    let place = place.trim_end_matches(')');
    let file_line: Vec<&str> = place.rsplitn(3, ':').collect();
    let (file, line) = match file_line.as_slice() {
        [_col, line, file] if line.parse::<u64>().is_ok() => (*file, *line),
        [line, file] => (*file, *line),
        _ => return tag.to_string(),
    };
    let base = Path::new(file)
        .file_name()
        .map_or(file.into(), |f| f.to_string_lossy());
    format!("(anonymous at {base}:{line})")
}

/// ffiscope's type, canonical: typedefs resolved, parameters adjusted.
fn from_ctype(t: &CType) -> QTy {
    match t {
        CType::Void => QTy::plain(Ty::Void),
        CType::Bool => QTy::plain(Ty::Bool),
        CType::Int { name, .. } => {
            let words: Vec<&str> = name.split_whitespace().collect();
            QTy::plain(match canonical_int(&words) {
                Some(n) => Ty::Int(n),
                None if name == "_Bool" => Ty::Bool,
                None => Ty::Unknown(format!("integer type {name}")),
            })
        }
        CType::Float { name, .. } => QTy::plain(Ty::Float(name.clone())),
        CType::Pointer { pointee } => QTy::plain(Ty::Ptr(Box::new(from_ctype(pointee)))),
        CType::Qualified {
            is_const,
            is_volatile,
            is_restrict,
            inner,
        } => {
            let mut q = from_ctype(inner);
            q.c |= is_const;
            q.v |= is_volatile;
            q.r |= is_restrict;
            q
        }
        CType::Typedef { target, .. } => from_ctype(target),
        CType::Record { name, union, .. } => QTy::plain(Ty::Record {
            union: *union,
            tag: canonical_tag(name),
        }),
        CType::Enum { name, .. } => QTy::plain(Ty::Enum(canonical_tag(name))),
        CType::Array { element, len } => QTy::plain(Ty::Array(Box::new(from_ctype(element)), *len)),
        CType::Function {
            ret,
            params,
            variadic,
        } => QTy::plain(Ty::Func {
            ret: Box::new(from_ctype(ret)),
            params: params.iter().map(|p| adjust_param(from_ctype(p))).collect(),
            variadic: *variadic,
            proto: true,
        }),
        CType::Unknown { spelling } => QTy::plain(Ty::Unknown(spelling.clone())),
    }
}

/// Parses a type as clang prints it (`const char *(*)(void *, int)`, `struct x[4]`,
/// `struct (unnamed at f.h:3:9) *`) into a [`QTy`] whose typedef names are still
/// [`Ty::Named`].
fn parse_c_type(s: &str) -> Result<QTy, String> {
    let toks = lex(s);
    let mut p = TypeParser {
        toks: &toks,
        pos: 0,
    };
    let t = p.type_name().map_err(|e| format!("{e} in `{s}`"))?;
    if p.pos != toks.len() {
        return Err(format!("trailing `{}` in `{s}`", toks[p.pos..].join(" ")));
    }
    Ok(t)
}

fn lex(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            toks.push(s[start..i].to_string());
        } else if s[i..].starts_with("...") {
            toks.push("...".into());
            i += 3;
        } else if c == b'(' && (s[i..].starts_with("(unnamed") || s[i..].starts_with("(anonymous"))
        {
            // `(unnamed struct at /path/x.h:12:3)`: one token, the tag.
            let end = s[i..].find(')').map_or(s.len(), |e| i + e + 1);
            toks.push(s[i..end].to_string());
            i = end;
        } else {
            toks.push((c as char).to_string());
            i += 1;
        }
    }
    toks
}

struct TypeParser<'a> {
    toks: &'a [String],
    pos: usize,
}

impl TypeParser<'_> {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.pos).map(String::as_str)
    }

    fn bump(&mut self) -> Option<&str> {
        let t = self.toks.get(self.pos).map(String::as_str);
        self.pos += 1;
        t
    }

    fn expect(&mut self, want: &str) -> Result<(), String> {
        match self.bump() {
            Some(t) if t == want => Ok(()),
            other => Err(format!("expected `{want}`, found {other:?}")),
        }
    }

    fn type_name(&mut self) -> Result<QTy, String> {
        let base = self.specifiers()?;
        self.declarator(base)
    }

    /// Skips `__attribute__((...))`.
    fn skip_attributes(&mut self) -> Result<(), String> {
        while self.peek() == Some("__attribute__") {
            self.bump();
            let start = self.pos;
            self.skip_parens()?;
            if self.pos == start {
                return Err("__attribute__ without arguments".into());
            }
        }
        Ok(())
    }

    /// Skips a balanced `( ... )` group if one starts here.
    fn skip_parens(&mut self) -> Result<(), String> {
        if self.peek() != Some("(") {
            return Ok(());
        }
        let mut depth = 0;
        while let Some(t) = self.bump() {
            match t {
                "(" => depth += 1,
                ")" => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err("unbalanced parentheses".into())
    }

    fn qualifier(&mut self, q: &mut QTy) -> bool {
        match self.peek() {
            Some("const") => q.c = true,
            Some("volatile") => q.v = true,
            Some("restrict" | "__restrict" | "__restrict__") => q.r = true,
            _ => return false,
        }
        self.bump();
        true
    }

    fn specifiers(&mut self) -> Result<QTy, String> {
        let mut q = QTy::plain(Ty::Void);
        let mut words: Vec<String> = Vec::new();
        let mut tagged = None;
        loop {
            self.skip_attributes()?;
            if self.qualifier(&mut q) {
                continue;
            }
            match self.peek() {
                Some(kw @ ("struct" | "union" | "enum")) => {
                    let kw = kw.to_string();
                    self.bump();
                    let tag = self.bump().ok_or("missing tag")?.to_string();
                    tagged = Some((kw, canonical_tag(&tag)));
                }
                Some(w)
                    if tagged.is_none()
                        && w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                        && !(words.iter().any(|x| !is_builtin_word(x)) || {
                            // A typedef name can't follow a builtin type keyword.
                            !is_builtin_word(w) && !words.is_empty()
                        }) =>
                {
                    words.push(w.to_string());
                    self.bump();
                }
                _ => break,
            }
        }
        q.ty = match (tagged, words.as_slice()) {
            (Some((kw, tag)), []) => match kw.as_str() {
                "struct" => Ty::Record { union: false, tag },
                "union" => Ty::Record { union: true, tag },
                _ => Ty::Enum(tag),
            },
            (None, [w]) if w == "void" => Ty::Void,
            (None, [w]) if w == "_Bool" => Ty::Bool,
            (None, [w]) if !is_builtin_word(w) => Ty::Named(w.clone()),
            (None, ws) if !ws.is_empty() => {
                let ws: Vec<&str> = ws.iter().map(String::as_str).collect();
                if let Some(n) = canonical_int(&ws) {
                    Ty::Int(n)
                } else if matches!(ws.as_slice(), ["float"] | ["double"] | ["long", "double"]) {
                    Ty::Float(ws.join(" "))
                } else {
                    Ty::Unknown(ws.join(" "))
                }
            }
            _ => return Err("no type specifier".into()),
        };
        Ok(q)
    }

    fn declarator(&mut self, base: QTy) -> Result<QTy, String> {
        let mut t = base;
        while self.peek() == Some("*") {
            self.bump();
            t = QTy::plain(Ty::Ptr(Box::new(t)));
            while self.qualifier(&mut t) {}
        }
        let grouped = self.peek() == Some("(")
            && matches!(self.toks.get(self.pos + 1).map(String::as_str), Some("*"));
        if !grouped {
            return self.suffixes(t);
        }
        // `( inner ) suffixes`: the suffixes apply first, then the inner declarator.
        let start = self.pos + 1;
        self.skip_parens()?;
        let end = self.pos - 1;
        t = self.suffixes(t)?;
        let after = self.pos;
        self.pos = start;
        t = self.declarator(t)?;
        if self.pos != end {
            return Err("unexpected tokens in a parenthesized declarator".into());
        }
        self.pos = after;
        Ok(t)
    }

    fn suffixes(&mut self, base: QTy) -> Result<QTy, String> {
        enum Suffix {
            Array(Option<u64>),
            Func(Vec<QTy>, bool, bool),
        }
        let mut suffixes = Vec::new();
        loop {
            match self.peek() {
                Some("[") => {
                    self.bump();
                    let len = match self.peek() {
                        Some("]") => None,
                        Some(n) => Some(n.parse().map_err(|_| format!("array length {n}"))?),
                        None => return Err("unterminated array".into()),
                    };
                    if len.is_some() {
                        self.bump();
                    }
                    self.expect("]")?;
                    suffixes.push(Suffix::Array(len));
                }
                Some("(") => {
                    self.bump();
                    let (mut params, mut variadic, mut proto) = (Vec::new(), false, true);
                    if self.peek() == Some(")") {
                        proto = false;
                    }
                    while self.peek() != Some(")") {
                        if self.peek() == Some("...") {
                            self.bump();
                            variadic = true;
                        } else {
                            params.push(self.type_name()?);
                        }
                        if self.peek() == Some(",") {
                            self.bump();
                        } else if self.peek() != Some(")") {
                            return Err(format!("unexpected {:?} in parameters", self.peek()));
                        }
                    }
                    self.expect(")")?;
                    self.skip_attributes()?;
                    if params.len() == 1 && params[0] == QTy::plain(Ty::Void) && !variadic {
                        params.clear();
                    }
                    suffixes.push(Suffix::Func(params, variadic, proto));
                }
                _ => break,
            }
        }
        let mut t = base;
        for s in suffixes.into_iter().rev() {
            t = QTy::plain(match s {
                Suffix::Array(n) => Ty::Array(Box::new(t), n),
                Suffix::Func(params, variadic, proto) => Ty::Func {
                    ret: Box::new(t),
                    params,
                    variadic,
                    proto,
                },
            });
        }
        Ok(t)
    }
}

fn is_builtin_word(w: &str) -> bool {
    matches!(
        w,
        "void"
            | "_Bool"
            | "char"
            | "short"
            | "int"
            | "long"
            | "signed"
            | "unsigned"
            | "float"
            | "double"
            | "__int128"
            | "_Complex"
    )
}

// ---------------------------------------------------------------------------------------
// The comparison.

#[derive(Default)]
struct Report {
    functions_matched: usize,
    functions_mismatched: usize,
    functions_skipped: Vec<String>,
    layouts_matched: usize,
    layouts_mismatched: usize,
    layouts_skipped: Vec<String>,
    mismatches: Vec<String>,
}

fn compare(lib: &Library, doc: &DeclsDocument, header: &HeaderParse) -> Report {
    let mut report = Report::default();
    // Records the compared prototypes and layouts mention: each one the header defines must
    // have a layout in the document (`--layouts` lists every record reachable from them).
    let mut mentioned = BTreeSet::new();
    for f in &doc.functions {
        let Some(clang_type) = header.functions.get(&f.name) else {
            report.functions_skipped.push(f.name.clone());
            continue;
        };
        let at = format!("{}:{}", short_path(&f.location.file), f.location.line);
        let theirs = match header.canonical(clang_type) {
            Ok(t) => t,
            Err(e) => {
                report.functions_mismatched += 1;
                report.mismatches.push(format!(
                    "{} ({at}): cannot parse clang's type `{clang_type}`: {e}",
                    f.name
                ));
                continue;
            }
        };
        let ours = QTy::plain(Ty::Func {
            ret: Box::new(from_ctype(&f.ret)),
            params: f
                .params
                .iter()
                .map(|p| adjust_param(from_ctype(&p.ty)))
                .collect(),
            variadic: f.variadic,
            proto: true,
        });
        collect_records(&ours, &mut mentioned);
        let problems = function_differences(&ours, &theirs);
        if problems.is_empty() {
            report.functions_matched += 1;
        } else {
            report.functions_mismatched += 1;
            report.mismatches.push(format!(
                "{} ({at}): decls says `{}`, {} declares `{clang_type}` (canonically `{}`): {}",
                f.name,
                f.signature,
                lib.header.file_name().unwrap().to_string_lossy(),
                theirs.declare(f.name.clone()).trim(),
                problems.join("; ")
            ));
        }
    }

    let by_key: BTreeMap<(bool, String), &CRecordLayout> = doc
        .layouts
        .iter()
        .map(|l| ((l.union, canonical_tag(&l.name)), l))
        .collect();
    for (key, layout) in &by_key {
        let Some(fields) = header.records.get(key) else {
            report.layouts_skipped.push(key.1.clone());
            continue;
        };
        let problems = layout_differences(layout, fields, header, &mut mentioned);
        if problems.is_empty() {
            report.layouts_matched += 1;
        } else {
            report.layouts_mismatched += 1;
            for p in problems {
                report
                    .mismatches
                    .push(format!("layout of {} {}: {p}", kind(key.0), key.1));
            }
        }
    }
    for key in &mentioned {
        if header.records.contains_key(key) && !by_key.contains_key(key) {
            report.mismatches.push(format!(
                "{} {} is defined in the header and used by a listed prototype or layout, \
                 but decls --layouts gave no layout for it",
                kind(key.0),
                key.1
            ));
        }
    }
    report
}

fn kind(union: bool) -> &'static str {
    if union {
        "union"
    } else {
        "struct"
    }
}

fn short_path(p: &str) -> String {
    Path::new(p)
        .file_name()
        .map_or(p.to_string(), |f| f.to_string_lossy().into_owned())
}

fn collect_records(t: &QTy, out: &mut BTreeSet<(bool, String)>) {
    match &t.ty {
        Ty::Record { union, tag } => {
            out.insert((*union, tag.clone()));
        }
        Ty::Ptr(p) | Ty::Array(p, _) => collect_records(p, out),
        Ty::Func { ret, params, .. } => {
            collect_records(ret, out);
            for p in params {
                collect_records(p, out);
            }
        }
        _ => {}
    }
}

/// True when part of the type could not be understood (never counts as a match).
fn has_unknown(t: &QTy) -> bool {
    match &t.ty {
        Ty::Unknown(_) | Ty::Named(_) => true,
        Ty::Ptr(p) | Ty::Array(p, _) => has_unknown(p),
        Ty::Func { ret, params, .. } => has_unknown(ret) || params.iter().any(has_unknown),
        _ => false,
    }
}

fn function_differences(ours: &QTy, theirs: &QTy) -> Vec<String> {
    if has_unknown(ours) || has_unknown(theirs) {
        return vec![format!(
            "a type is not understood: `{}` vs `{}`",
            ours.spelling(),
            theirs.spelling()
        )];
    }
    let (
        Ty::Func {
            ret: r1,
            params: p1,
            variadic: v1,
            ..
        },
        Ty::Func {
            ret: r2,
            params: p2,
            variadic: v2,
            proto: proto2,
        },
    ) = (&ours.ty, &theirs.ty)
    else {
        return vec!["the header's declaration is not a function type".into()];
    };
    let mut problems = Vec::new();
    if r1 != r2 {
        problems.push(format!(
            "return type `{}` vs `{}`",
            r1.spelling(),
            r2.spelling()
        ));
    }
    if !proto2 {
        problems.push("the header's declaration has no prototype".into());
    }
    if p1.len() != p2.len() {
        problems.push(format!("{} parameters vs {}", p1.len(), p2.len()));
    }
    for (i, (a, b)) in p1.iter().zip(p2).enumerate() {
        if a != b {
            problems.push(format!(
                "parameter {} is `{}` vs `{}`",
                i + 1,
                a.spelling(),
                b.spelling()
            ));
        }
    }
    if v1 != v2 {
        problems.push(format!("variadic {v1} vs {v2}"));
    }
    problems
}

fn layout_differences(
    ours: &CRecordLayout,
    fields: &[(String, String)],
    header: &HeaderParse,
    mentioned: &mut BTreeSet<(bool, String)>,
) -> Vec<String> {
    let key = (ours.union, canonical_tag(&ours.name));
    let Some(dumped) = header.layouts.get(&key) else {
        return vec!["clang's -fdump-record-layouts did not lay it out".into()];
    };
    let mut problems = Vec::new();
    if (ours.size_bytes, ours.align_bytes) != (dumped.size_bytes, dumped.align_bytes) {
        problems.push(format!(
            "size/align {}/{} vs clang's {}/{}",
            ours.size_bytes, ours.align_bytes, dumped.size_bytes, dumped.align_bytes
        ));
    }
    if ours.fields.len() != fields.len() || fields.len() != dumped.fields.len() {
        problems.push(format!(
            "{} fields vs clang's {} (layout dump: {})",
            ours.fields.len(),
            fields.len(),
            dumped.fields.len()
        ));
    }
    for (i, ((f, (name, ty)), (offset, width, line))) in ours
        .fields
        .iter()
        .zip(fields)
        .zip(&dumped.fields)
        .enumerate()
    {
        if &f.name != name {
            problems.push(format!("field {i} is `{}` vs clang's `{name}`", f.name));
        }
        if f.offset_bits != *offset {
            problems.push(format!(
                "field `{}` at bit {} vs clang's {offset} (`{line}`)",
                f.name, f.offset_bits
            ));
        }
        if f.bit_width != *width {
            problems.push(format!(
                "field `{}` bit-field width {:?} vs clang's {width:?} (`{line}`)",
                f.name, f.bit_width
            ));
        }
        let our_ty = from_ctype(&f.ty);
        collect_records(&our_ty, mentioned);
        match header.canonical(ty) {
            Ok(their_ty) if their_ty == our_ty && !has_unknown(&our_ty) => {}
            Ok(their_ty) => problems.push(format!(
                "field `{}` has type `{}` vs clang's `{ty}` (canonically `{}`)",
                f.name,
                our_ty.spelling(),
                their_ty.spelling()
            )),
            Err(e) => problems.push(format!(
                "field `{}`: cannot parse clang's type `{ty}`: {e}",
                f.name
            )),
        }
    }
    problems
}

/// Guards against a comparison that passes vacuously: harmless respellings of the real
/// document (a typedef, a top-level `const` on a parameter) must still match, and each
/// planted mistake must be reported.
fn check_comparison_catches_mistakes(lib: &Library, doc: &DeclsDocument, header: &HeaderParse) {
    let mut doc = doc.clone();
    let in_header: Vec<usize> = (0..doc.functions.len())
        .filter(|&i| {
            header.functions.contains_key(&doc.functions[i].name)
                && !doc.functions[i].params.is_empty()
        })
        .collect();
    let [wrong_ret, wrong_variadic, respelled, ..] = in_header[..] else {
        panic!("{}: too few functions to plant mistakes in", lib.name);
    };
    let mut planted = vec![
        doc.functions[wrong_ret].name.clone(),
        doc.functions[wrong_variadic].name.clone(),
    ];
    let ret = &mut doc.functions[wrong_ret].ret;
    *ret = CType::Pointer {
        pointee: Box::new(ret.clone()),
    };
    doc.functions[wrong_variadic].variadic ^= true;
    let param = &mut doc.functions[respelled].params[0].ty;
    *param = CType::Qualified {
        is_const: true,
        is_volatile: false,
        is_restrict: false,
        inner: Box::new(CType::Typedef {
            name: "respelled_t".into(),
            target: Box::new(param.clone()),
        }),
    };
    // `long long` and `long` are both 64 bits here, but different types.
    if let Some(f) = doc.functions.iter_mut().find(|f| {
        header.functions.contains_key(&f.name)
            && matches!(&f.ret, CType::Typedef { target, .. } if matches!(target.canonical(), CType::Int { name, .. } if name == "long long"))
    }) {
        f.ret = CType::Int {
            name: "long".into(),
            bits: 64,
            signed: true,
            plain_char: false,
        };
        planted.push(f.name.clone());
    }
    let layout = doc
        .layouts
        .iter_mut()
        .find(|l| {
            header
                .records
                .contains_key(&(l.union, canonical_tag(&l.name)))
        })
        .expect("a layout the header defines");
    layout.fields[0].offset_bits += 8;
    planted.push(format!("layout of {} {}", kind(layout.union), layout.name));

    let report = compare(lib, &doc, header);
    let mut missed = Vec::new();
    for p in &planted {
        let reported = |m: &String| {
            m.strip_prefix(p.as_str())
                .is_some_and(|rest| rest.starts_with([' ', ':']))
        };
        if !report.mismatches.iter().any(reported) {
            missed.push(p.clone());
        }
    }
    eprintln!("  planted mistakes, all caught: {}", planted.join(", "));
    assert!(
        missed.is_empty() && report.mismatches.len() == planted.len(),
        "{}: the comparison should report exactly the planted mistakes in {planted:?}, \
         missed {missed:?}, reported:\n{}",
        lib.name,
        report.mismatches.join("\n")
    );
}

#[test]
fn parses_clang_type_spellings() {
    let t = |s: &str| parse_c_type(s).unwrap().spelling();
    assert_eq!(t("const char *(void)"), "const char *(void)");
    assert_eq!(
        t("int (*)(void *, int, char **, char **)"),
        "int (*)(void *, int, char **, char **)"
    );
    assert_eq!(t("void (*(void))(int)"), "void (*(void))(int)");
    assert_eq!(t("char *const *"), "char *const *");
    assert_eq!(t("struct __va_list_tag[1]"), "struct __va_list_tag [1]");
    assert_eq!(t("int (*)[4]"), "int (*)[4]");
    assert_eq!(t("long unsigned int"), "unsigned long");
    assert_eq!(t("int (const char *, ...)"), "int (const char *, ...)");
    assert_eq!(
        t("struct (unnamed at /a/b.h:19:9) *"),
        "struct (anonymous at b.h:19) *"
    );
    assert_eq!(
        canonical_tag("anonymous struct at /a/b.h:19"),
        "(anonymous at b.h:19)"
    );
}
