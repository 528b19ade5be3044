//! The rules: one file each, with a code, a name, a default severity and documentation in
//! fixed sections (`## What it does`, `## Why is this bad?`, `## Example`, `## Use instead`,
//! `## Known problems`). [`all_rules`] lists them in code order; `ffiscope rules CODE` prints
//! [`rule_doc`].

use crate::cx::Cx;
use crate::finding::Severity;

mod arity;
mod bool_int;
mod by_value_record;
mod calling_convention;
mod char_signedness;
mod enum_repr;
mod float_width;
mod freed_borrow;
mod int128;
mod integer_signedness;
mod integer_width;
mod missing_repr_c;
mod not_ffi_safe;
mod null_into_nonnull;
mod owned_return_reference;
mod pointee_mismatch;
mod pointer_integer;
mod record_layout;
mod retained_borrow;
mod undefined_symbol;
mod variadic;
mod write_through_const;

/// A rule's identity and documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// `FFI0003`. `FFI00xx` compare declarations; `FFI01xx` need effect facts.
    pub code: &'static str,
    /// `integer-width`.
    pub name: &'static str,
    pub default_severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// Markdown with the fixed sections.
    pub doc: &'static str,
    /// Needs a `FactsDocument`.
    pub needs_facts: bool,
}

type CheckFn = fn(&mut Cx);

const RULES: &[(&RuleInfo, CheckFn)] = &[
    (&undefined_symbol::RULE, undefined_symbol::check),
    (&arity::RULE, arity::check),
    (&integer_width::RULE, integer_width::check),
    (&integer_signedness::RULE, integer_signedness::check),
    (&pointer_integer::RULE, pointer_integer::check),
    (&float_width::RULE, float_width::check),
    (&bool_int::RULE, bool_int::check),
    (&char_signedness::RULE, char_signedness::check),
    (&by_value_record::RULE, by_value_record::check),
    (&record_layout::RULE, record_layout::check),
    (&missing_repr_c::RULE, missing_repr_c::check),
    (&enum_repr::RULE, enum_repr::check),
    (&int128::RULE, int128::check),
    (&variadic::RULE, variadic::check),
    (&calling_convention::RULE, calling_convention::check),
    (&pointee_mismatch::RULE, pointee_mismatch::check),
    (&not_ffi_safe::RULE, not_ffi_safe::check),
    (&retained_borrow::RULE, retained_borrow::check),
    (&freed_borrow::RULE, freed_borrow::check),
    (&write_through_const::RULE, write_through_const::check),
    (&null_into_nonnull::RULE, null_into_nonnull::check),
    (&owned_return_reference::RULE, owned_return_reference::check),
];

static INFOS: std::sync::OnceLock<Vec<RuleInfo>> = std::sync::OnceLock::new();

/// Every rule, in code order.
pub fn all_rules() -> &'static [RuleInfo] {
    INFOS.get_or_init(|| RULES.iter().map(|(i, _)| **i).collect())
}

/// A rule by code (`FFI0003`, case-insensitive) or name (`integer-width`).
pub fn rule(code_or_name: &str) -> Option<&'static RuleInfo> {
    all_rules()
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

/// The documentation of a rule, by code or name.
pub fn rule_doc(code_or_name: &str) -> Option<&'static str> {
    rule(code_or_name).map(|r| r.doc)
}

pub(crate) fn run_all(cx: &mut Cx) {
    for (info, check) in RULES {
        if info.needs_facts && cx.facts.is_none() {
            continue;
        }
        check(cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_documented_in_the_fixed_sections() {
        let sections = [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## Use instead",
            "## Known problems",
        ];
        let mut codes = std::collections::BTreeSet::new();
        let mut names = std::collections::BTreeSet::new();
        for r in all_rules() {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
            assert!(r.code.starts_with("FFI") && r.code.len() == 7, "{}", r.code);
            assert_eq!(r.needs_facts, r.code.starts_with("FFI01"), "{}", r.code);
            let mut last = 0;
            for s in sections {
                let at = r
                    .doc
                    .find(s)
                    .unwrap_or_else(|| panic!("{} lacks {s}", r.code));
                assert!(at >= last, "{}: sections out of order", r.code);
                last = at;
            }
        }
        assert_eq!(rule_doc("ffi0003"), rule_doc("integer-width"));
        assert!(rule_doc("FFI9999").is_none());
    }
}
