//! Findings: plain data matching the "Findings JSON" section of `shared/FACTS.md`. The
//! document wrapper (`tool`, `version`, `schema`) and every output format live in
//! `ffiscope-report`; this crate only produces the values.

use serde::{Deserialize, Serialize};

pub use ffiscope_rust::Skipped;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the Rust crate. `file` is relative to the crate (or workspace) root; `line` and
/// `column` are 1-based. `end_line`/`end_column` (additions to the FACTS.md example) delimit
/// the span for editors.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RustLocation {
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// `Type::method` or `module::function` from the crate root, without the crate name.
    pub item: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_column: Option<u32>,
}

/// Where in the C code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CLocation {
    /// The C function, when the finding is about one (`null` for a record layout).
    pub function: Option<String>,
    /// 0-based parameter index, as `index` in the facts.
    pub param: Option<u32>,
    pub file: String,
    pub line: u32,
    /// The C struct/union/enum, when the finding is about one (addition to FACTS.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

/// One step of evidence, on either side.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EvidenceStep {
    /// `"c"` or `"rust"`.
    pub side: String,
    pub file: String,
    pub line: u32,
    pub note: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Finding {
    pub code: String,
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub rust: Option<RustLocation>,
    pub c: Option<CLocation>,
    #[serde(default)]
    pub evidence: Vec<EvidenceStep>,
    pub help: Option<String>,
}

/// A finding silenced by `// ffiscope: allow(...)` or `ffiscope::allow`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppressed {
    pub finding: Finding,
    pub reason: String,
}

/// What [`crate::check`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResult {
    /// Sorted by file, line, column, code.
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
    /// Findings silenced in the source (not part of the findings JSON).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<Suppressed>,
    /// What was compared, so a clean result can be told from one that checked nothing.
    #[serde(default)]
    pub checked: Checked,
}

/// Counts of what a check compared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    /// Foreign functions of the analysed packages.
    pub foreign_functions: usize,
    /// Of those, defined in the C code given.
    pub defined_in_c: usize,
    /// Of those, with effect facts.
    pub with_facts: usize,
}

impl CheckResult {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }
}
