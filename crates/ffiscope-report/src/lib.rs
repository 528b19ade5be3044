//! Output formats for `ffiscope check` findings, and the human renderings of C facts and
//! declarations (`summarize`, `explain`, `decls`). This is the only crate that knows them:
//!
//! * [`render_text`]: rustc-style diagnostics with source snippets (annotate-snippets),
//!   colored on request;
//! * [`render_json`]: the findings JSON of `shared/FACTS.md` ([`FindingsDocument`]);
//! * [`render_sarif`]: SARIF 2.1.0 ([`sarif::Log`], validated against the OASIS schema in
//!   the tests);
//! * [`render_cargo_messages`]: cargo's `--message-format=json` lines
//!   (`compiler-message` + `build-finished`), so rust-analyzer's flycheck can show findings
//!   (`rust-analyzer.check.overrideCommand`).
//!
//! Source text for snippets and byte offsets comes from a [`SourceProvider`]; [`FsSources`]
//! reads files relative to the crate root.

mod cargo;
mod facts;
mod json;
pub mod sarif;
mod sources;
mod text;

pub use cargo::{cargo_messages, render_cargo_messages, CargoContext, CargoPackage};
pub use facts::{
    render_decls_text, render_explain, render_facts_text, retained_place, returns_text,
    ExplainOptions,
};
pub use json::{findings_document, render_json, FindingsDocument};
pub use sarif::{render_sarif, sarif_log, SarifOptions};
pub use sources::{FsSources, MemorySources, SourceProvider};
pub use text::{render_finding, render_text, TextOptions};

/// The output formats, by the names the CLI accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
    /// cargo's `--message-format=json`.
    Cargo,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "text" | "human" | "short" => Format::Text,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "cargo" | "cargo-json" | "message-format-json" => Format::Cargo,
            other => {
                return Err(format!(
                    "unknown format `{other}` (text, json, sarif, cargo)"
                ))
            }
        })
    }
}
