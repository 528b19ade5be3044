//! The typed models the data files describe.

use crate::types::{
    Callback, CallbackArg, CopyTarget, MtSafety, Reads, Retained, Returns, SyncOp, ThreadTag,
    Varargs, Verdict, Writes,
};

/// The effects of one external function (a `[[function]]` entry) or LLVM intrinsic family
/// (an `[[intrinsic]]` entry).
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionModel {
    /// The canonical name, e.g. `sscanf`, or `llvm.memcpy` for an intrinsic family.
    pub name: String,
    /// Where the behaviour is specified: C standard section, POSIX, man page.
    pub source: String,
    /// Other symbols with the same parameters at the same positions that this entry models
    /// too (`__isoc99_sscanf` for `sscanf`). Extra trailing parameters are allowed
    /// (`__memcpy_chk`'s destination length); shifted parameters are not: those get their
    /// own entry.
    pub aliases: Vec<String>,
    /// Intrinsics only: the entry matches every name starting with this prefix, which ends
    /// in `.` (`llvm.dbg.`). Without it an intrinsic entry matches its name (or an alias)
    /// exactly or followed by `.` and an overload suffix (`llvm.memcpy.p0.p0.i64`).
    pub prefix: Option<String>,
    pub returns: Returns,
    /// The return value may also be a pointer retained earlier in these library statics
    /// (`strtok(NULL, ...)` returns into the string kept in `strtok.state`; `getenv` may
    /// return a string `putenv` kept in `environ`).
    pub returns_global: Vec<String>,
    /// Never returns (`exit`, `abort`, `longjmp`, `__assert_fail`).
    pub noreturn: bool,
    /// The failure branch of `assert()`: a check it guards exists only in builds without
    /// `NDEBUG`, so what it guards is not safe in release builds. The value is the index
    /// of the argument holding the asserted expression's text (`"p != NULL"`).
    pub assertion: Option<u32>,
    /// Runs callbacks the program registered earlier, before it returns (`raise` runs
    /// the signal handler): code the caller cannot see that may use its globals.
    pub runs_handlers: bool,
    /// Bytes, and the pointers stored in them, flow from one object to another (usually
    /// one copy; `__atomic_exchange` has two).
    pub copy: Vec<CopyEffect>,
    /// `Some` for variadic functions: what happens to pointers among the variadic arguments.
    pub varargs: Option<Varargs>,
    pub sync: Option<SyncEffect>,
    /// The declared parameters, in order (variadic arguments excluded).
    pub params: Vec<ParamModel>,
    /// Library statics the function reads or writes, by the names `retained` uses
    /// (`strtok.state`, `environ`).
    pub globals: Globals,
    /// Thread safety is that of this interface (`__sprintf_chk` is `sprintf`), for
    /// entries that are not aliases because their parameters differ.
    pub thread_as: Option<String>,
    /// An assumption the model makes that should be reported with facts derived from it
    /// (`printf`: the format has no `%n`).
    pub assumption: Option<String>,
    /// Free-text remark.
    pub note: Option<String>,
    /// The file the entry came from (`builtin:libc-effects.toml` or a user path).
    pub origin: String,
}

impl FunctionModel {
    /// Parameter `i`, if declared.
    pub fn param(&self, i: usize) -> Option<&ParamModel> {
        self.params.get(i)
    }

    /// The pointer effects of parameter `i`, if it is a declared pointer parameter.
    pub fn pointer(&self, i: usize) -> Option<&PointerEffects> {
        self.params.get(i).and_then(|p| p.pointer.as_ref())
    }

    /// Whether the function takes variadic arguments.
    pub fn is_variadic(&self) -> bool {
        self.varargs.is_some()
    }
}

/// One parameter. Non-pointer parameters have `pointer: None`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamModel {
    pub name: String,
    /// The C type as declared, e.g. `const char *`, when the data gives it.
    pub ty: Option<String>,
    pub pointer: Option<PointerEffects>,
}

/// The facts about a pointer parameter (see FACTS.md).
#[derive(Debug, Clone, PartialEq)]
pub struct PointerEffects {
    pub reads: Reads,
    pub writes: Writes,
    pub retained: Retained,
    /// May release the object `p` points to.
    pub freed: Verdict,
    /// May release objects reachable through pointers stored in `*p` (`getline` reallocs
    /// `*lineptr`; `regfree` frees what `preg` holds but not `preg`). Defaults to `no`.
    pub freed_indirect: Verdict,
    /// `yes`: NULL is accepted (never dereferenced). `no`: NULL may be dereferenced.
    pub null_ok: Verdict,
    /// The return value may point into memory reachable from `p`. Defaults to whether
    /// `returns` is an alias of this parameter; when stated it must agree with `returns`.
    pub returned: Verdict,
    /// For function-pointer parameters.
    pub callback: Option<Callback>,
    /// For function-pointer parameters: what the callback receives, per argument
    /// (`qsort`: `["arg:0", "arg:0"]`; `pthread_create`: `["arg:3"]`). Empty when not stated.
    pub callback_args: Vec<CallbackArg>,
    /// What the function stores into `*p` when it is an out-parameter for a pointer:
    /// `owned:free` (`posix_memalign`), `owned:freeaddrinfo` (`getaddrinfo`), `alias:0`
    /// (`strtol`'s `endptr` points into `nptr`), `static`, `borrowed`.
    pub out: Option<Returns>,
    /// When the facts hold only for some argument values.
    pub condition: Option<String>,
}

/// `copy = { to = N | "return", from = M }` (or an array of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyEffect {
    pub to: CopyTarget,
    pub from: u32,
}

/// `sync = { op = "...", arg = N }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncEffect {
    pub op: SyncOp,
    /// The parameter pointing to the synchronization object.
    pub arg: u32,
}

/// Library statics touched, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Globals {
    pub reads: Vec<String>,
    pub writes: Vec<String>,
}

/// The thread-safety attribute of one interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadModel {
    pub name: String,
    pub mt: MtSafety,
    /// The annotations after MT-Safe/MT-Unsafe, verbatim (`race:strtok`, `env`, `locale`);
    /// [`ThreadModel::parsed_tags`] gives them typed.
    pub tags: Vec<String>,
    /// The man page it comes from, e.g. `strtok(3)`.
    pub page: Option<String>,
    /// Citation, e.g. `Linux man-pages 6.03, section 3, ATTRIBUTES: strtok(3)`.
    pub source: String,
    /// Other pages that disagree, with what they say.
    pub also: Vec<String>,
    pub note: Option<String>,
    /// The file the entry came from.
    pub origin: String,
}

impl ThreadModel {
    /// The tags, parsed.
    pub fn parsed_tags(&self) -> impl Iterator<Item = ThreadTag<'_>> + '_ {
        self.tags.iter().map(|t| ThreadTag::parse(t))
    }

    /// MT-Safe with no tag that makes it conditional on other code (no `race`, `const`,
    /// `env`, `locale`, `init`, `sig`, ...): safe to call concurrently with anything.
    pub fn is_unconditionally_safe(&self) -> bool {
        self.mt == MtSafety::Safe && self.tags.is_empty()
    }
}
