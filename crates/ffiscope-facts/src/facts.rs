//! The facts of `shared/FACTS.md`, as Rust data. Field names and enum spellings are the
//! JSON contract: change only by adding fields.

use serde::{Deserialize, Serialize};

use crate::SourceLoc;

/// Three-valued verdict. `No` is a proof under the stated assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Yes,
    No,
    Maybe,
}

impl Verdict {
    /// Join of two verdicts over alternative paths: any `Yes` wins, then `Maybe`.
    pub fn or(self, other: Verdict) -> Verdict {
        use Verdict::*;
        match (self, other) {
            (Yes, _) | (_, Yes) => Yes,
            (Maybe, _) | (_, Maybe) => Maybe,
            (No, No) => No,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Yes => "yes",
            Verdict::No => "no",
            Verdict::Maybe => "maybe",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a write lands: the bytes of `*p` itself, or only memory reached through a pointer
/// loaded from `*p`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WriteDepth {
    Direct,
    Indirect,
}

/// One step of evidence, in source terms.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub file: String,
    pub line: u32,
    pub note: String,
}

/// Where a parameter may be kept after the call returns.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum RetainedAt {
    Global {
        global: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        path: String,
        evidence: Vec<Evidence>,
    },
    Arg {
        arg: u32,
        path: String,
        evidence: Vec<Evidence>,
    },
    Return {
        path: String,
        evidence: Vec<Evidence>,
    },
    Thread {
        evidence: Vec<Evidence>,
    },
    Unknown {
        callee: String,
        evidence: Vec<Evidence>,
    },
}

impl RetainedAt {
    pub fn evidence(&self) -> &[Evidence] {
        match self {
            RetainedAt::Global { evidence, .. }
            | RetainedAt::Arg { evidence, .. }
            | RetainedAt::Return { evidence, .. }
            | RetainedAt::Thread { evidence }
            | RetainedAt::Unknown { evidence, .. } => evidence,
        }
    }
}

/// What a function does with a function-pointer parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallbackUse {
    Called,
    Stored,
    CalledAndStored,
    None,
    Maybe,
}

/// Facts about one parameter. Non-pointer parameters carry only `index`, `name` and `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParamFacts {
    pub index: u32,
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<PointerFacts>,
}

/// The facts that only pointer parameters have.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PointerFacts {
    pub reads: Verdict,
    pub writes: Verdict,
    /// Present when `writes` is not `no`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<WriteDepth>,
    pub retained: Verdict,
    #[serde(default)]
    pub retained_at: Vec<RetainedAt>,
    pub freed: Verdict,
    pub null_ok: Verdict,
    pub returned: Verdict,
    /// Only for function-pointer parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback: Option<CallbackUse>,
    /// When a `yes` holds only for certain values of other arguments.
    pub condition: Option<String>,
    #[serde(default)]
    pub reasons: Vec<String>,
    /// Where the `reads`, `writes`, `freed` and `null_ok` verdicts come from (`retained`
    /// has its own in `retained_at`). An addition to FACTS.md; omitted when empty.
    #[serde(default, skip_serializing_if = "VerdictEvidence::is_empty")]
    pub evidence: VerdictEvidence,
}

/// Per verdict, the path of source lines behind it: for a `yes`, the instruction that
/// does it; for a `maybe`, where the uncertainty comes from; for `null_ok: no`, the
/// unchecked dereference. Empty when the verdict is a `no` with nothing to point at.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerdictEvidence {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reads: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub writes: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub freed: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub null_ok: Vec<Evidence>,
}

impl VerdictEvidence {
    pub fn is_empty(&self) -> bool {
        self.reads.is_empty()
            && self.writes.is_empty()
            && self.freed.is_empty()
            && self.null_ok.is_empty()
    }
}

/// What the return value is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Returns {
    Owned {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deallocator: Option<String>,
    },
    Alias {
        of: Vec<u32>,
    },
    Static {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        global: Option<String>,
    },
    Borrowed {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<String>,
    },
    Scalar,
    Void,
    Maybe {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        reasons: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThreadVerdict {
    Safe,
    Unsafe,
    Maybe,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadSafety {
    pub verdict: ThreadVerdict,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Globals {
    pub reads: Vec<String>,
    pub writes: Vec<String>,
}

/// Facts about one function.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunctionFacts {
    pub name: String,
    pub location: SourceLoc,
    pub signature: String,
    pub params: Vec<ParamFacts>,
    pub returns: Returns,
    pub thread_safety: ThreadSafety,
    pub globals: Globals,
    pub assumptions: Vec<String>,
}

/// The document `ffiscope summarize --format json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactsDocument {
    pub tool: String,
    pub version: String,
    pub schema: u32,
    pub functions: Vec<FunctionFacts>,
}

impl FactsDocument {
    pub fn new(functions: Vec<FunctionFacts>) -> Self {
        FactsDocument {
            tool: "ffiscope".into(),
            version: crate::TOOL_VERSION.into(),
            schema: crate::SCHEMA_VERSION,
            functions,
        }
    }
}
