//! The rules of `ffiscope check`: a Rust crate's `extern` declarations and `#[repr(C)]` types
//! against the C prototypes and layouts (`DeclsDocument`), and, with effect facts
//! (`FactsDocument`), against what the C functions do with their pointer parameters.
//!
//! [`check`] is the single entry point. Rules live one per file in `rules/` with their
//! documentation; [`all_rules`] and [`rule_doc`] expose them for `ffiscope rules`.
//!
//! Suppression in the Rust source: a comment `// ffiscope: allow(FFI0003) reason` (codes or
//! rule names, comma-separated) on the item, on the comment lines directly above it (or above
//! its attributes), or above the `extern` block; or the attribute
//! `#[cfg_attr(any(), ffiscope::allow(FFI0003))]`, which compiles to nothing, on the item, the
//! `extern` block, or a module (`#![cfg_attr(any(), ffiscope::allow(...))]`).

mod cenum;
mod config;
mod cx;
mod finding;
mod rules;

pub use cenum::{enums_from_decls_json, CEnumDecl, CEnumerator};
pub use config::{Config, Level};
pub use finding::{
    CLocation, CheckResult, Checked, EvidenceStep, Finding, RustLocation, Severity, Skipped,
    Suppressed,
};
pub use rules::{all_rules, rule, rule_doc, RuleInfo};

use ffiscope_facts::{DeclsDocument, FactsDocument};
use ffiscope_rust::CrateModel;

/// Checks `model` against the C declarations (and facts, when given).
///
/// Never panics on any input. Declarations from packages loaded only as dependencies are
/// checked when `config.check_dependencies` is set. The model's `skipped` entries are carried
/// into the result.
pub fn check(
    model: &CrateModel,
    decls: &DeclsDocument,
    facts: Option<&FactsDocument>,
    config: &Config,
) -> CheckResult {
    let mut cx = cx::Cx::new(model, decls, facts, config);
    let mut skipped = model.skipped.clone();
    if config.check_dependencies {
        skipped.extend(model.dependency_skipped.iter().map(|(_, s)| s.clone()));
    }
    if decls.functions.is_empty() && decls.layouts.is_empty() {
        skipped.push(Skipped {
            what: "C declarations".into(),
            why: "none were given (no C sources found or analysed), so no declaration was compared with C".into(),
        });
    }
    if facts.is_none() {
        skipped.push(Skipped {
            what: "effect rules (FFI01xx)".into(),
            why: "no effect facts were given".into(),
        });
    }
    let checked = Checked {
        foreign_functions: cx.pairs.len(),
        defined_in_c: cx.pairs.iter().filter(|p| p.c.is_some()).count(),
        with_facts: cx.pairs.iter().filter(|p| p.facts.is_some()).count(),
    };
    rules::run_all(&mut cx);
    let mut findings = std::mem::take(&mut cx.findings);
    findings.sort_by(|a, b| {
        let ka = a.rust.as_ref().map(|r| (r.file.clone(), r.line, r.column));
        let kb = b.rust.as_ref().map(|r| (r.file.clone(), r.line, r.column));
        ka.cmp(&kb)
            .then_with(|| a.code.cmp(&b.code))
            .then_with(|| a.message.cmp(&b.message))
    });
    findings.dedup();
    skipped.extend(std::mem::take(&mut cx.skipped));
    CheckResult {
        findings,
        skipped,
        suppressed: std::mem::take(&mut cx.suppressed),
        checked,
    }
}
