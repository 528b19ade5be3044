//! Function summaries: what a call does, in terms of its parameters' access paths, so a
//! caller can apply it without looking inside. Plain data; cacheable.

use ffiscope_facts::Verdict;
use ffiscope_ir::MdId;
use serde::{Deserialize, Serialize};

/// Offset meaning "somewhere in the object" (variable index).
pub const ANY: i64 = i64::MIN;

/// Root of an access path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Root {
    /// The object IR parameter `i` points to.
    Param(u32),
    /// A global variable (program-wide key).
    Global(u32),
    /// An object the function created (allocation, unknown call result), by id.
    Fresh(u32),
    Unknown,
    /// The function's return value (only in retention places, never in summaries).
    Return,
}

/// An object: the root, then a pointer loaded at each offset in turn.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Path {
    pub root: Root,
    pub steps: Vec<i64>,
}

impl Path {
    pub fn root(root: Root) -> Path {
        Path {
            root,
            steps: Vec::new(),
        }
    }
}

/// One step of evidence: a source position in a module, and what happened there.
///
/// `what` is shared: evidence chains are copied into every caller's summary, and copying
/// the text was a third of the engine's time in `malloc`/`free`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Step {
    pub module: u32,
    pub dbg: Option<u32>,
    pub what: std::sync::Arc<str>,
}

impl Step {
    pub fn new(module: u32, dbg: Option<MdId>, what: impl Into<std::sync::Arc<str>>) -> Step {
        Step {
            module,
            dbg: dbg.map(|d| d.0),
            what: what.into(),
        }
    }
}

pub type Ev = Vec<Step>;

/// One comparison of a parameter with a constant: `param op rhs` (`rhs` as C text).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Atom {
    pub param: u32,
    pub op: String,
    pub rhs: String,
}

/// A store visible to callers: the pointer value `val` is written into the cell `cell`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub cell: (Path, i64),
    pub val: (Path, i64),
    pub ev: Ev,
    /// For a parameter's own pointer stored: a conjunction that holds whenever the store
    /// runs (empty: no known condition).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cond: Vec<Atom>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    pub obj: Path,
    pub ev: Ev,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnknownUse {
    pub obj: Path,
    pub reason: String,
    pub ev: Ev,
    /// For a parameter's own pointer: a conjunction that holds whenever it is handed over
    /// (empty: no known condition).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cond: Vec<Atom>,
}

/// Everything a caller needs to know about a function.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    pub edges: Vec<Edge>,
    pub reads: Vec<Effect>,
    pub writes: Vec<Effect>,
    pub frees: Vec<Effect>,
    /// Objects freed, written or read only when they equal another pointer the function
    /// frees, writes or reads through (`if (tab[i] == p) free(tab[i])`): `maybe`, never `no`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maybe_frees: Vec<Effect>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maybe_writes: Vec<Effect>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maybe_reads: Vec<Effect>,
    /// Pointers compared (`==`/`!=`) here or in a callee: a caller that frees, writes or
    /// reads through one side may do so to the other whenever they are equal, which it
    /// learns only from the result (`i = index_of(r, p); free(r->items[i]);`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compared: Vec<(Path, Path)>,
    /// Objects handed to code the analysis cannot see.
    pub unknown: Vec<UnknownUse>,
    /// Objects handed to a new thread.
    pub thread: Vec<Effect>,
    /// Function-pointer values called (a parameter itself: a callback).
    pub calls: Vec<Effect>,
    pub ret: Vec<(Path, i64)>,
    /// Allocator of each fresh object returned (`free`, …), by fresh id.
    pub fresh_dealloc: Vec<(u32, String)>,
    /// Per IR parameter: may the caller pass NULL?
    pub null_ok: Vec<Verdict>,
    /// IR parameters the function compares with NULL (itself, or by branching on the
    /// result of a callee that does): a caller that branches on this call's result may be
    /// guarded by it (`if (vdbeSafetyNotNull(p)) return SQLITE_MISUSE;`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub null_checked: Vec<u32>,
    /// IR parameters the function never returns with as NULL: every return passes a test
    /// whose NULL side ends in `abort`/`longjmp` (or a call to a function that does), as
    /// assert-like helpers do. What follows such a call in a caller is guarded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub null_aborts: Vec<u32>,
    pub globals_read: Vec<u32>,
    pub globals_written: Vec<u32>,
    /// Writable globals used by code whose summary claims nothing (this function's, when
    /// degraded, or a callee's), with why: what a caller parked in them is handed to
    /// unknown code. Sorted by key.
    #[serde(default)]
    pub unknown_globals: Vec<(u32, String)>,
    pub noreturn: bool,
    /// Why parts of this summary are uncertain (budget hits, unsupported constructs).
    pub reasons: Vec<String>,
    /// What the summary rests on besides the models (an allocator hook's replacements
    /// behaving like its defaults), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<String>,
}
