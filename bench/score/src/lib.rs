//! The accuracy harness of ffiscope (issue #3).
//!
//! * [`truth`] reads the hand-labelled rows of `bench/ground-truth/*.jsonl`;
//! * [`corpus`] locates the C sources (`bench/corpus`) and their compile commands;
//! * [`llvm`] compiles each translation unit with clang, runs LLVM's
//!   `function-attrs` and reads the parameter attributes it inferred;
//! * [`ffiscope`] runs `ffiscope summarize --format json` and reads its facts;
//! * [`score`] compares both tools with the ground truth and renders the report.

pub mod corpus;
pub mod ffiscope;
pub mod llvm;
pub mod score;
pub mod truth;

/// A three-valued verdict as in FACTS.md. `callback` values other than
/// yes/no/maybe are kept in [`Verdict::Other`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Yes,
    No,
    Maybe,
    Other(String),
}

impl Verdict {
    pub fn parse(s: &str) -> Verdict {
        match s {
            "yes" => Verdict::Yes,
            "no" => Verdict::No,
            "maybe" => Verdict::Maybe,
            other => Verdict::Other(other.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Verdict::Yes => "yes",
            Verdict::No => "no",
            Verdict::Maybe => "maybe",
            Verdict::Other(s) => s,
        }
    }
}

/// The facts about a pointer parameter that the ground truth may label, in
/// report order.
pub const FACTS: [&str; 7] = [
    "reads", "writes", "retained", "freed", "null_ok", "returned", "callback",
];

/// What one tool says about one parameter: fact name to verdict, plus free-form
/// evidence for the report.
#[derive(Debug, Clone, Default)]
pub struct ParamFacts {
    pub facts: std::collections::BTreeMap<String, Verdict>,
    /// Lines of evidence (reasons, retained_at steps) to print next to a wrong answer.
    pub evidence: Vec<String>,
}

impl ParamFacts {
    pub fn get(&self, fact: &str) -> Verdict {
        self.facts.get(fact).cloned().unwrap_or(Verdict::Maybe)
    }
}

/// Per function name, per C parameter index.
pub type ToolFacts = std::collections::HashMap<String, Vec<ParamFacts>>;
