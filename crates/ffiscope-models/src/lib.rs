//! Models of the functions ffiscope cannot see: libc/POSIX functions, glibc's internal
//! entry points that clang emits calls to, and LLVM intrinsics. They are **data, not
//! code**: TOML files under `data/`, each entry citing where its behaviour is specified
//! (a C standard section, POSIX, a man page). This crate embeds them, checks them and
//! answers look-ups:
//!
//! ```
//! use ffiscope_models::{Models, Retained, Returns, Writes};
//! let m = Models::builtin();
//! let memcpy = m.effect("memcpy").unwrap();
//! assert_eq!(memcpy.returns, Returns::Alias { args: vec![0], or_null: false });
//! assert_eq!(memcpy.pointer(0).unwrap().writes, Writes::Direct);
//! // glibc's header redirects resolve to the standard function:
//! assert_eq!(m.effect("__isoc99_sscanf").unwrap().name, "sscanf");
//! // intrinsics match their overloads:
//! assert_eq!(m.effect("llvm.memcpy.p0.p0.i64").unwrap().name, "llvm.memcpy");
//! let strtok = m.effect("strtok").unwrap();
//! assert_eq!(strtok.pointer(0).unwrap().retained, Retained::Global("strtok.state".into()));
//! assert_eq!(m.thread("strtok").unwrap().tags, ["race:strtok"]);
//! ```
//!
//! # Files
//!
//! * `data/libc-effects.toml`: `[[function]]` entries (hand-written), plus `[[thread]]`
//!   entries for interfaces the man pages do not cover (pthread mutexes, C11 threads,
//!   glibc internals), citing POSIX or the C standard.
//! * `data/llvm-intrinsics.toml`: `[[intrinsic]]` entries, same schema as `[[function]]`.
//! * `data/libc-threads.toml`: `[[thread]]` entries **generated** by
//!   `scripts/gen-libc-threads.py` from the ATTRIBUTES tables of the installed Linux
//!   man-pages (section 3). Regenerate it, don't edit it.
//!
//! User files given to [`Models::load_extra`] have the same format and may hold all
//! three kinds of table. Their entries replace built-in ones with the same name (a user
//! knows their platform best); within one file, names must be unique.
//!
//! # `[[function]]` and `[[intrinsic]]` entries
//!
//! ```toml
//! [[function]]
//! name = "memcpy"
//! source = "C11 7.24.2.1; POSIX memcpy"  # required, non-empty
//! aliases = ["__memcpy_chk"]   # optional: other symbols with the same parameters at the
//!                              # same positions (extra trailing ones allowed)
//! returns = "alias:0"
//! returns_global = []          # optional: statics the return may also come from
//! noreturn = false             # optional
//! assertion = 0                # optional, noreturn only: `assert()`'s failure function;
//!                              # the index of the argument with the expression text
//! runs_handlers = false        # optional: runs callbacks registered earlier (`raise`)
//! copy = { to = 0, from = 1 }  # optional
//! varargs = "none"             # variadic functions only
//! sync = { op = "lock", arg = 0 }   # optional
//! globals = { reads = [], writes = [] }   # optional: library statics touched
//! thread_as = "sprintf"        # optional: thread safety is that of another interface
//! assumption = "..."           # optional: reported with facts derived from this model
//! note = "..."                 # optional: free text
//! params = [
//!   { name = "dest", type = "void *", reads = "no", writes = "direct", retained = "no", freed = "no", null_ok = "no", returned = "yes" },
//!   { name = "src", type = "const void *", reads = "yes", writes = "no", retained = "no", freed = "no", null_ok = "no" },
//!   { name = "n", type = "size_t" },
//! ]
//! ```
//!
//! * `returns` ([`Returns`]): `"scalar"`, `"void"`, `"owned:<deallocator>"` (a fresh object
//!   the caller releases with that function: `"owned:free"`, `"owned:fclose"`),
//!   `"alias:<N>"` (may point into memory reachable from argument N; several:
//!   `"alias:0,2"`; possibly NULL: `"alias:0|null"`), `"static"` (static storage shared by
//!   all calls: `localtime`), `"borrowed"` (library-owned: `getenv`, `readdir`),
//!   `"maybe"`.
//! * `returns_global` (optional): the return value may also be a pointer retained earlier
//!   in these library statics (the `<name>` of `"global:<name>"`): `strtok(NULL, ...)`
//!   returns into the string kept in `strtok.state`.
//! * `copy` ([`CopyEffect`]): the bytes of `*arg[from]`, and the pointers stored in them,
//!   flow to `*arg[to]`; `to = "return"` means into the returned object (`realloc`). An
//!   array of such tables states several copies (`__atomic_exchange`).
//! * `varargs` ([`Varargs`]): `"none"` (not dereferenced), `"reads"` (`printf`'s `%s`),
//!   `"writes"` (`scanf`), `"maybe"`. Absent: not variadic.
//! * `sync` ([`SyncEffect`], [`SyncOp`]): `op` is one of `"lock"`, `"unlock"`,
//!   `"trylock"`, `"rdlock"`, `"wrlock"`, `"init"`, `"destroy"`, `"once"`, `"atomic"`,
//!   `"wait"` (releases and re-acquires: `pthread_cond_wait`); `arg` points to the object.
//! * `globals` ([`Globals`]): library statics read or written, by the names `retained`
//!   uses. Informational: whether touching them races is the `[[thread]]` model's call
//!   (glibc's `rand` writes its state under a lock and is MT-Safe).
//! * `aliases`: several related symbols may share one entry (`getc` is an alias of
//!   `fgetc`, `labs` of `abs`); the entry's `name` is then only its identifier, so
//!   report the symbol that was called, not the `name` of the model found.
//! * `prefix` (intrinsics only): the entry matches every name that starts with it; it
//!   ends with `.` (`"llvm.dbg."`). Without `prefix` an intrinsic entry matches its name
//!   or an alias exactly, or followed by `.` and an overload suffix: `llvm.memcpy` matches
//!   `llvm.memcpy.p0.p0.i64`. The longest match wins (`llvm.memcpy.inline` over
//!   `llvm.memcpy`).
//!
//! Parameters are the declared ones, in order; variadic arguments are covered by
//! `varargs`. A parameter with only `name` (and `type`) is not a pointer. A pointer
//! parameter ([`PointerEffects`]) must state `reads`, `writes`, `retained`, `freed` and
//! `null_ok`; when `type` is given it must agree (a type with `*`, `[`, or a pointer
//! typedef such as `va_list`, `jmp_buf`, `iconv_t` is a pointer). The built-in files give
//! `type` for every parameter.
//!
//! * `reads` ([`Reads`]): `"no"`, `"yes"` (the bytes of `*p`), `"deep"` (also follows
//!   pointers stored in `*p`), `"maybe"`.
//! * `writes` ([`Writes`]): `"no"`, `"direct"` (the bytes of `*p`), `"indirect"` (only
//!   through pointers stored in `*p`), `"deep"` (both: a `FILE *` written through),
//!   `"maybe"`.
//! * `retained` ([`Retained`]): `"no"`, `"global:<name>"` (a library static: `strtok`
//!   keeps its string in `"global:strtok.state"`), `"arg:<N>"` (memory reachable from
//!   argument N: `setvbuf`'s buffer lives on in the FILE, `"arg:0"`; `strtol` stores a
//!   pointer into `nptr` in `*endptr`, `"arg:1"`), `"thread"` (`pthread_create`'s `arg`),
//!   `"return"` (reachable from the return value), `"maybe"`.
//! * `freed`, `null_ok` ([`Verdict`]): `"yes"`, `"no"`, `"maybe"`. `null_ok = "yes"`: NULL
//!   is accepted (`free(NULL)`); `"no"`: NULL may be dereferenced (`strlen(NULL)`);
//!   `"maybe"` with a `condition` when NULL is accepted only with another argument's
//!   value (`snprintf(NULL, 0, ...)`). For `null_ok` the cautious answer is `"no"`.
//! * `returned` ([`Verdict`], optional): the return value may point into memory reachable
//!   from this parameter. It defaults to whether `returns` is an alias of the parameter,
//!   and when stated it must agree with `returns`.
//! * `freed_indirect` ([`Verdict`], optional, default `"no"`): objects reachable through
//!   pointers stored in `*p` may be released (`getline` reallocs `*lineptr`; `regfree`).
//! * `callback` ([`Callback`], function-pointer parameters): `"called"` (during the call
//!   only: `qsort`), `"stored"` (kept and called later, maybe on another thread: `atexit`,
//!   `signal`, `pthread_create`), `"called_and_stored"`, `"none"`, `"maybe"`.
//! * `callback_args` ([`CallbackArg`], optional, with `callback`): what the callback
//!   receives, per argument: `"arg:<N>"` (a pointer into memory reachable from argument
//!   N: `qsort`'s `compar` gets `["arg:0", "arg:0"]`), `"global:<name>"`, `"scalar"`,
//!   `"maybe"`.
//! * `out` ([`Returns`], optional): for out-parameters, what the function stores into
//!   `*p`: `"owned:free"` (`posix_memalign`), `"owned:freeaddrinfo"` (`getaddrinfo`),
//!   `"alias:0"` (`strtol`'s `endptr`), `"static"`, `"borrowed"`.
//! * `condition` (optional): when the facts hold only for some argument values.
//!
//! # `[[thread]]` entries
//!
//! ```toml
//! [[thread]]
//! name = "strtok"
//! mt = "unsafe"              # "safe" (MT-Safe) or "unsafe" (MT-Unsafe)
//! tags = ["race:strtok"]     # verbatim annotations, see attributes(7)
//! page = "strtok(3)"         # optional
//! source = "..."             # required unless the file's [meta] has `source` and `page` is given
//! ```
//!
//! Under the man pages' conventions an MT-Safe interface with tags (`env`, `locale`,
//! `race:stream`) is safe unless someone concurrently modifies what the tag names, or,
//! for `race:<arg>`, passes the same object from two threads; `const:<x>` marks an
//! interface that modifies `x` and is unsafe while other threads run.
//! [`ThreadModel::parsed_tags`] gives the tags as [`ThreadTag`]s.
//!
//! # Adding a model
//!
//! 1. Find the specification: the C standard section, the POSIX page, the man page.
//! 2. Add a `[[function]]` entry to `data/libc-effects.toml` (in the section for its
//!    header), citing it in `source`. State every pointer parameter's facts; when unsure,
//!    say `"maybe"`: a wrong `"no"` is the worst error ffiscope can make.
//! 3. If glibc's headers redirect the function to another symbol with the same
//!    parameters (`__isoc99_*`, `__isoc23_*`, `*64`), list it in `aliases`; if the
//!    parameters shift (`__sprintf_chk`), write a separate entry with `thread_as`.
//! 4. If the man pages have no ATTRIBUTES for it, add a `[[thread]]` entry next to it.
//! 5. `cargo test -p ffiscope-models` checks the file.
//!
//! To refresh the man-page data: `scripts/gen-libc-threads.py` (and `--check` in CI).

mod load;
mod model;
mod types;

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

pub use load::{is_pointer_type, ModelError};
pub use model::{
    CopyEffect, FunctionModel, Globals, ParamModel, PointerEffects, SyncEffect, ThreadModel,
};
pub use types::{
    Callback, CallbackArg, CopyTarget, MtSafety, Reads, Retained, Returns, SyncOp, ThreadTag,
    ValueError, Varargs, Verdict, Writes,
};

use load::{parse_file, ParsedFile};

/// The built-in data files, as embedded: (origin, text).
pub const BUILTIN_FILES: [(&str, &str); 3] = [
    (
        "builtin:libc-effects.toml",
        include_str!("../data/libc-effects.toml"),
    ),
    (
        "builtin:llvm-intrinsics.toml",
        include_str!("../data/llvm-intrinsics.toml"),
    ),
    (
        "builtin:libc-threads.toml",
        include_str!("../data/libc-threads.toml"),
    ),
];

/// A set of models: effects of functions and intrinsics, thread safety.
#[derive(Debug, Clone, Default)]
pub struct Models {
    functions: Vec<FunctionModel>,
    /// Names and aliases of `functions`.
    function_index: HashMap<String, usize>,
    intrinsics: Vec<FunctionModel>,
    /// Names and aliases of `intrinsics`.
    intrinsic_index: HashMap<String, usize>,
    /// `prefix`es without the final `.`: they match only names that continue after it.
    prefix_only: HashMap<String, usize>,
    threads: Vec<ThreadModel>,
    thread_index: HashMap<String, usize>,
    sources: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Merge {
    /// A name already present is an error (the built-in files among themselves).
    Strict,
    /// A name already present is replaced (user files).
    Override,
}

impl Models {
    /// The built-in models, parsed once.
    ///
    /// # Panics
    /// If the embedded data does not parse, which the crate's tests rule out.
    pub fn builtin() -> &'static Models {
        static BUILTIN: OnceLock<Models> = OnceLock::new();
        BUILTIN.get_or_init(|| match Models::try_builtin() {
            Ok(m) => m,
            Err(e) => panic!("ffiscope-models: built-in model data is invalid: {e}"),
        })
    }

    /// Parses the built-in models afresh, reporting errors instead of panicking.
    pub fn try_builtin() -> Result<Models, ModelError> {
        let mut m = Models::default();
        for (origin, text) in BUILTIN_FILES {
            m.merge(origin, parse_file(origin, text)?, Merge::Strict)?;
        }
        Ok(m)
    }

    /// A copy of the built-in models with the given user files merged in, in order.
    pub fn with_extra<P: AsRef<Path>>(paths: &[P]) -> Result<Models, ModelError> {
        let mut m = Models::builtin().clone();
        for p in paths {
            m.load_extra(p)?;
        }
        Ok(m)
    }

    /// Merges a user model file (same format as the built-in files; may hold
    /// `[[function]]`, `[[intrinsic]]` and `[[thread]]` tables). Its entries replace
    /// existing ones of the same name. Returns the number of entries read.
    pub fn load_extra(&mut self, path: impl AsRef<Path>) -> Result<usize, ModelError> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ModelError::Io {
            origin: origin.clone(),
            source,
        })?;
        self.load_extra_str(&origin, &text)
    }

    /// Like [`Models::load_extra`], from text; `origin` names it in errors and
    /// `FunctionModel::origin`.
    pub fn load_extra_str(&mut self, origin: &str, text: &str) -> Result<usize, ModelError> {
        let parsed = parse_file(origin, text)?;
        let n = parsed.functions.len() + parsed.intrinsics.len() + parsed.threads.len();
        // Check everything before changing anything.
        let mut copy = self.clone();
        copy.merge(origin, parsed, Merge::Override)?;
        *self = copy;
        Ok(n)
    }

    fn merge(&mut self, origin: &str, f: ParsedFile, mode: Merge) -> Result<(), ModelError> {
        let clash = |kind: &str, name: &str, key: &str, other: &str| ModelError::Entry {
            origin: origin.to_string(),
            entry: format!("{kind} `{name}`"),
            message: format!("`{key}` is already declared in {other}"),
        };
        for m in f.functions {
            let keys: Vec<String> = std::iter::once(m.name.clone())
                .chain(m.aliases.iter().cloned())
                .collect();
            let idx = match mode {
                Merge::Strict => {
                    for k in &keys {
                        if let Some(&i) = self.function_index.get(k) {
                            return Err(clash("function", &m.name, k, &self.functions[i].origin));
                        }
                    }
                    self.functions.push(m);
                    self.functions.len() - 1
                }
                Merge::Override => match self.function_index.get(&m.name) {
                    Some(&i) if self.functions[i].name == m.name => {
                        self.functions[i] = m;
                        i
                    }
                    _ => {
                        self.functions.push(m);
                        self.functions.len() - 1
                    }
                },
            };
            for k in keys {
                self.function_index.insert(k, idx);
            }
        }
        for m in f.intrinsics {
            let mut keys: Vec<(String, bool)> = std::iter::once(m.name.clone())
                .chain(m.aliases.iter().cloned())
                .map(|k| (k, false))
                .collect();
            if let Some(p) = &m.prefix {
                keys.push((p.trim_end_matches('.').to_string(), true));
            }
            let existing = self
                .intrinsics
                .iter()
                .position(|x| x.name == m.name && mode == Merge::Override);
            if mode == Merge::Strict {
                for (k, _) in &keys {
                    if let Some(&i) = self
                        .intrinsic_index
                        .get(k)
                        .or_else(|| self.prefix_only.get(k))
                    {
                        return Err(clash("intrinsic", &m.name, k, &self.intrinsics[i].origin));
                    }
                }
            }
            let idx = match existing {
                Some(i) => {
                    self.intrinsics[i] = m;
                    i
                }
                None => {
                    self.intrinsics.push(m);
                    self.intrinsics.len() - 1
                }
            };
            for (k, prefix) in keys {
                if prefix {
                    self.prefix_only.insert(k, idx);
                } else {
                    self.intrinsic_index.insert(k, idx);
                }
            }
        }
        for t in f.threads {
            match self.thread_index.get(&t.name) {
                Some(&i) if mode == Merge::Strict => {
                    return Err(clash("thread", &t.name, &t.name, &self.threads[i].origin));
                }
                Some(&i) => self.threads[i] = t,
                None => {
                    self.thread_index.insert(t.name.clone(), self.threads.len());
                    self.threads.push(t);
                }
            }
        }
        let what = match &f.meta_source {
            Some(s) => format!("{origin} ({s})"),
            None => origin.to_string(),
        };
        self.sources.push(what);
        Ok(())
    }

    /// The effects model of a called symbol: an exact name or declared alias of a
    /// `[[function]]`, else (for `llvm.*` names) an intrinsic. A leading `\x01` (LLVM's
    /// "do not mangle" marker) is ignored.
    pub fn effect(&self, name: &str) -> Option<&FunctionModel> {
        let name = strip_marker(name);
        if let Some(&i) = self.function_index.get(name) {
            return Some(&self.functions[i]);
        }
        self.intrinsic(name)
    }

    /// The model of an LLVM intrinsic (or other `[[intrinsic]]` entry): exact name or
    /// alias, else the longest name/alias followed by an overload suffix, or prefix.
    pub fn intrinsic(&self, name: &str) -> Option<&FunctionModel> {
        let name = strip_marker(name);
        if let Some(&i) = self.intrinsic_index.get(name) {
            return Some(&self.intrinsics[i]);
        }
        let mut key = name;
        while let Some(dot) = key.rfind('.') {
            key = &key[..dot];
            if let Some(&i) = self
                .intrinsic_index
                .get(key)
                .or_else(|| self.prefix_only.get(key))
            {
                return Some(&self.intrinsics[i]);
            }
        }
        None
    }

    /// The thread-safety model of a called symbol: its own `[[thread]]` entry, else that
    /// of the function it is an alias of (or whose `thread_as` it names).
    pub fn thread(&self, name: &str) -> Option<&ThreadModel> {
        let name = strip_marker(name);
        if let Some(&i) = self.thread_index.get(name) {
            return Some(&self.threads[i]);
        }
        let f = self.function_index.get(name).map(|&i| &self.functions[i])?;
        let canonical = f.thread_as.as_deref().unwrap_or(&f.name);
        self.thread_index.get(canonical).map(|&i| &self.threads[i])
    }

    /// The canonical name of a modelled function or intrinsic (`sscanf` for
    /// `__isoc99_sscanf`).
    pub fn canonical_name(&self, name: &str) -> Option<&str> {
        self.effect(name).map(|f| f.name.as_str())
    }

    /// All `[[function]]` models.
    pub fn functions(&self) -> &[FunctionModel] {
        &self.functions
    }

    /// All `[[intrinsic]]` models.
    pub fn intrinsics(&self) -> &[FunctionModel] {
        &self.intrinsics
    }

    /// All `[[thread]]` models.
    pub fn threads(&self) -> &[ThreadModel] {
        &self.threads
    }

    /// The files merged, in order, with their `meta.source` where given.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// One line for a facts document's `assumptions`.
    pub fn describe(&self) -> String {
        format!(
            "external functions per ffiscope-models: {} functions, {} intrinsic families, \
             thread safety of {} interfaces; from {}",
            self.functions.len(),
            self.intrinsics.len(),
            self.threads.len(),
            self.sources.join(", ")
        )
    }
}

fn strip_marker(name: &str) -> &str {
    name.strip_prefix('\u{1}')
        .or_else(|| name.strip_prefix("\\01"))
        .unwrap_or(name)
}
