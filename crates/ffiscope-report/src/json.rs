//! The findings JSON of `shared/FACTS.md`.

use serde::{Deserialize, Serialize};

use ffiscope_check::{CheckResult, Finding, Skipped};

/// `{"tool", "version", "schema", "findings", "skipped"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingsDocument {
    pub tool: String,
    pub version: String,
    pub schema: u32,
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
}

pub fn findings_document(result: &CheckResult) -> FindingsDocument {
    FindingsDocument {
        tool: "ffiscope".into(),
        version: ffiscope_facts::TOOL_VERSION.into(),
        schema: ffiscope_facts::SCHEMA_VERSION,
        findings: result.findings.clone(),
        skipped: result.skipped.clone(),
    }
}

/// Pretty-printed findings JSON, ending in a newline.
pub fn render_json(result: &CheckResult) -> String {
    let mut s = serde_json::to_string_pretty(&findings_document(result))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
