//! What the engine needs to know about functions it cannot see (libc, POSIX, user models).
//! The `ffiscope-models` crate fills these from its data files; the engine stays
//! independent of the file format.

use ffiscope_facts::{CallbackUse, Verdict, WriteDepth};

#[derive(Debug, Clone, PartialEq)]
pub enum ExtRetained {
    No,
    Global(String),
    Arg(u32),
    Thread,
    Return,
    Maybe,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExtParam {
    pub is_pointer: bool,
    pub reads: Verdict,
    /// `None`: no write; `Some(None)`: maybe.
    pub writes: Option<Option<WriteDepth>>,
    pub retained: ExtRetained,
    pub freed: Verdict,
    pub null_ok: Verdict,
    pub returned: bool,
    pub callback: Option<CallbackUse>,
    /// Reads also reach memory behind pointers stored in `*p` (a `FILE`'s buffer).
    pub deep_reads: bool,
    /// Writes also (or only) reach memory behind pointers stored in `*p`.
    pub deep_writes: bool,
    /// May release objects reached through pointers stored in `*p` (`getline`'s `*lineptr`).
    pub freed_indirect: Verdict,
    /// What the call stores into `*p` when `p` is an out-parameter for a pointer.
    pub out: Option<ExtOut>,
    /// `p` points to pointers (`char **`): a result or out-pointer aliasing `p` points
    /// into what `*p` points to (`strsep`'s token, `tfind`'s node), not at `*p` itself.
    pub pointee_is_pointer: bool,
    /// For a callback the call runs: per callback argument, the caller's argument it
    /// points into (`qsort`'s `compar`: `[Some(0), Some(0)]`), `None` for anything else.
    pub callback_args: Vec<Option<u32>>,
}

/// A pointer a call stores through an out-parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum ExtOut {
    /// A fresh object released by the named function (`posix_memalign`, `getline`).
    Owned(String),
    /// Points into memory reachable from these arguments (`strtol`'s `endptr`).
    Alias(Vec<u32>),
    /// Static or library-owned storage, or unknown.
    Unknown,
}

/// Where a model copies bytes (and the pointers in them) to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtCopyTo {
    Arg(u32),
    /// The returned block (`realloc`).
    Return,
}

impl ExtParam {
    pub fn scalar() -> ExtParam {
        ExtParam {
            is_pointer: false,
            reads: Verdict::No,
            writes: None,
            retained: ExtRetained::No,
            freed: Verdict::No,
            null_ok: Verdict::Yes,
            returned: false,
            callback: None,
            deep_reads: false,
            deep_writes: false,
            freed_indirect: Verdict::No,
            out: None,
            pointee_is_pointer: false,
            callback_args: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExtReturns {
    Scalar,
    Void,
    Owned(String),
    Alias { arg: u32, or_null: bool },
    Static,
    Borrowed,
    Maybe,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtSync {
    Lock,
    Unlock,
    TryLock,
    Once,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExtModel {
    pub name: String,
    pub source: String,
    pub params: Vec<ExtParam>,
    pub returns: ExtReturns,
    /// Bytes (and the pointers in them) flow from `*args[from]` to each target.
    pub copy: Vec<(ExtCopyTo, u32)>,
    pub noreturn: bool,
    /// `assert()`'s failure branch, with the index of the argument holding the asserted
    /// expression's text (see `ffiscope_models::FunctionModel::assertion`).
    pub assertion: Option<u32>,
    /// Runs callbacks registered earlier (`raise`: the signal handler).
    pub runs_handlers: bool,
    /// Variadic arguments: read, written, or unknown.
    pub varargs_read: bool,
    pub varargs_write: bool,
    pub sync: Option<(ExtSync, u32)>,
    /// Thread-safety per the man pages: `Some(true)` MT-Safe, `Some(false)` MT-Unsafe.
    pub mt_safe: Option<bool>,
    pub mt_tags: Vec<String>,
}

/// Looks up models of external functions by name.
pub trait ModelSource: Sync {
    fn lookup(&self, name: &str) -> Option<ExtModel>;
    /// Short description of the models, for `assumptions`.
    fn describe(&self) -> String {
        "models of external functions".into()
    }
}

/// No models at all: every external call is unknown.
pub struct NoModels;

impl ModelSource for NoModels {
    fn lookup(&self, _name: &str) -> Option<ExtModel> {
        None
    }
}
