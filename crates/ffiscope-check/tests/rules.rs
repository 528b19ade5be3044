//! Every rule against its fixture crate: functions (or types) named `bad_*` must be reported
//! by the rule, `ok_*` ones must not; and a snapshot of all findings.

mod common;

use ffiscope_check::{CheckResult, Finding, Severity};

/// Asserts that `code` reports exactly the items in `bad` among `bad ∪ ok`.
fn expect(name: &str, code: &str, bad: &[&str], ok: &[&str]) -> CheckResult {
    let (model, result) = common::run(name);
    let items_with = |item: &str| {
        result
            .findings
            .iter()
            .filter(|f| f.code == code && f.rust.as_ref().is_some_and(|r| r.item == item))
            .count()
    };
    for b in bad {
        assert!(
            items_with(b) > 0,
            "{name}: expected {code} on `{b}`, got:\n{:#?}",
            result.findings
        );
    }
    for o in ok {
        assert_eq!(
            items_with(o),
            0,
            "{name}: unexpected {code} on `{o}`:\n{:#?}",
            result.findings
        );
    }
    // The fixture's naming convention: every foreign `bad_*` function is listed.
    for f in &model.foreign_fns {
        if f.name.starts_with("bad_")
            && !f.name.contains("config")
            && !f.name.contains("nested")
            && !f.name.contains("union")
        {
            assert!(
                bad.contains(&f.name.as_str()),
                "{name}: `{}` not listed as bad",
                f.name
            );
        }
        if f.name.starts_with("ok_") {
            assert!(
                !result
                    .findings
                    .iter()
                    .any(|x| x.rust.as_ref().is_some_and(|r| r.item == f.item)
                        && x.severity != Severity::Note),
                "{name}: `{}` has findings: {:#?}",
                f.name,
                result.findings
            );
        }
    }
    insta::assert_json_snapshot!(name, result.findings);
    result
}

#[test]
fn ffi0001_undefined_symbol() {
    let r = expect(
        "undefined_symbol",
        "FFI0001",
        &["bad_missing", "bad_static_fn", "bad_typo"],
        &["ok_defined", "malloc", "ok_renamed"],
    );
    let typo = r
        .findings
        .iter()
        .find(|f| f.rust.as_ref().unwrap().item == "bad_typo")
        .unwrap();
    assert!(
        typo.help.as_deref().unwrap().contains("compute_checksum"),
        "{typo:?}"
    );
}

#[test]
fn ffi0002_arity() {
    let r = expect(
        "arity",
        "FFI0002",
        &[
            "bad_too_few",
            "bad_too_many",
            "bad_void_returns_value",
            "bad_ignored_large_struct_return",
            "bad_cb_arity",
        ],
        &["ok_exact", "ok_cb"],
    );
    let note = r
        .findings
        .iter()
        .find(|f| f.rust.as_ref().unwrap().item == "note_ignored_int_return")
        .unwrap();
    assert_eq!(note.severity, Severity::Note);
    // A typed callback for C's generic `void (*)(void)`: C casts it back before calling.
    let generic = r
        .findings
        .iter()
        .find(|f| f.rust.as_ref().unwrap().item == "note_generic_cb")
        .unwrap();
    assert_eq!(generic.severity, Severity::Note, "{generic:?}");
}

#[test]
fn ffi0003_integer_width() {
    expect(
        "integer_width",
        "FFI0003",
        &[
            "bad_long_as_i32",
            "bad_ret_size_t_as_u32",
            "bad_short_as_i32",
        ],
        &["ok_c_long", "ok_usize", "ok_i64", "ok_ulonglong"],
    );
}

#[test]
fn ffi0004_integer_signedness() {
    expect(
        "integer_signedness",
        "FFI0004",
        &["bad_unsigned_for_int"],
        &["ok_c_uint", "ok_signed"],
    );
}

#[test]
fn ffi0005_pointer_integer() {
    let r = expect(
        "pointer_integer",
        "FFI0005",
        &["bad_usize_for_ptr", "bad_u32_for_ptr", "bad_ptr_for_int"],
        &["ok_ptr"],
    );
    let same_width = r
        .findings
        .iter()
        .find(|f| f.rust.as_ref().unwrap().item == "bad_usize_for_ptr")
        .unwrap();
    assert_eq!(same_width.severity, Severity::Warning);
}

#[test]
fn ffi0006_float_mismatch() {
    expect(
        "float_mismatch",
        "FFI0006",
        &["bad_f32_for_double", "bad_i64_for_double"],
        &["ok_float"],
    );
}

#[test]
fn ffi0007_bool_int() {
    expect(
        "bool_int",
        "FFI0007",
        &["bad_bool_for_int_ret", "bad_int_for_bool"],
        &["ok_bool"],
    );
}

#[test]
fn ffi0008_char_signedness() {
    expect(
        "char_signedness",
        "FFI0008",
        &["bad_u8_for_char", "bad_c_char_for_unsigned_char"],
        &["ok_c_char", "ok_u8_for_unsigned_char", "ok_char_ptr"],
    );
}

#[test]
fn ffi0009_by_value_record() {
    let r = expect(
        "by_value_record",
        "FFI0009",
        &[
            "bad_point_f32",
            "bad_scalar_for_struct",
            "bad_wrapped_handle",
        ],
        &[
            "ok_point",
            "ok_make_point",
            "ok_transparent_handle",
            "ok_opaque_stream",
        ],
    );
    // A one-pointer `#[repr(C)]` wrapper where C has the pointer: ABI-dependent, a warning.
    let handle = r
        .findings
        .iter()
        .find(|f| {
            f.rust
                .as_ref()
                .is_some_and(|l| l.item == "bad_wrapped_handle")
        })
        .unwrap();
    assert_eq!(handle.severity, Severity::Warning);
    assert!(handle
        .help
        .as_deref()
        .unwrap_or("")
        .contains("repr(transparent)"));
}

#[test]
fn ffi0010_record_layout() {
    expect(
        "record_layout",
        "FFI0010",
        &["config", "value", "nested", "BadHeader"],
        &["header"],
    );
}

#[test]
fn ffi0010_regrouped_fields_are_a_note() {
    let (_, r) = common::run("record_layout");
    let on = |item: &str| -> Vec<&Finding> {
        r.findings
            .iter()
            .filter(|f| f.rust.as_ref().is_some_and(|l| l.item == item))
            .collect()
    };
    let options = on("options");
    assert_eq!(options.len(), 1, "{options:#?}");
    assert_eq!(options[0].severity, Severity::Note);
    assert!(options[0].message.contains("groups the fields"));
}

#[test]
fn ffi0011_missing_repr_c() {
    expect(
        "missing_repr_c",
        "FFI0011",
        &["bad_no_repr", "bad_enum_no_repr"],
        &["ok_opaque", "ok_repr_c", "ok_zero_sized_handle"],
    );
}

#[test]
fn ffi0012_enum_mismatch() {
    expect(
        "enum_mismatch",
        "FFI0012",
        &["bad_missing_variant_ret", "bad_u8_enum", "bad_out_param"],
        &["ok_int_ret", "ok_full_enum"],
    );
}

#[test]
fn ffi0013_int128() {
    expect("int128", "FFI0013", &["bad_i128"], &["ok_i64"]);
}

#[test]
fn ffi0014_variadic() {
    expect(
        "variadic",
        "FFI0014",
        &["bad_fixed_for_variadic", "bad_variadic_for_fixed"],
        &["ok_variadic"],
    );
}

#[test]
fn ffi0015_calling_convention() {
    expect(
        "calling_convention",
        "FFI0015",
        &["bad_win64", "bad_rust_callback"],
        &["ok_c", "ok_system", "ok_c_callback"],
    );
}

#[test]
fn ffi0016_pointee_mismatch() {
    expect(
        "pointee_mismatch",
        "FFI0016",
        &[
            "bad_i32_ptr_for_long_ptr",
            "bad_f32_ptr_for_double_ptr",
            "bad_fnptr_for_data",
        ],
        &["ok_void_ptr", "ok_u8_for_char_ptr", "ok_double_ptr"],
    );
}

#[test]
fn ffi0017_not_ffi_safe() {
    expect(
        "not_ffi_safe",
        "FFI0017",
        &["bad_str", "bad_char", "bad_array_by_value", "bad_slice"],
        &["ok_ptr"],
    );
}

#[test]
fn ffi0101_retained_borrow() {
    let r = expect(
        "retained_borrow",
        "FFI0101",
        &["bad_ref_retained", "bad_static_ref_retained"],
        &["ok_raw_retained", "ok_ref_not_retained"],
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rust.as_ref().unwrap().item == "bad_ref_retained")
        .unwrap();
    assert_eq!(f.c.as_ref().unwrap().param, Some(0));
    assert!(
        !f.evidence.is_empty(),
        "retained_at evidence is carried over"
    );
}

#[test]
fn ffi0102_freed_borrow() {
    expect(
        "freed_borrow",
        "FFI0102",
        &["bad_ref_freed", "bad_box_freed"],
        &["ok_raw_freed", "ok_ref_read"],
    );
}

#[test]
fn ffi0103_write_through_const() {
    let r = expect(
        "write_through_const",
        "FFI0103",
        &["bad_const_written", "bad_shared_ref_written"],
        &["ok_mut_written", "ok_const_indirect", "ok_const_read"],
    );
    let sev = |item: &str| {
        r.findings
            .iter()
            .find(|f| f.rust.as_ref().unwrap().item == item)
            .unwrap()
            .severity
    };
    assert_eq!(sev("bad_shared_ref_written"), Severity::Error);
    assert_eq!(sev("bad_const_written"), Severity::Warning);
    // `*const` agrees with a `const T *` C prototype: a write (C casting `const` away, or
    // imprecision of the analysis, as for zlib's `uncompress(.., const Bytef *source, ..)`)
    // is a note, not a warning.
    assert_eq!(sev("note_c_declares_const"), Severity::Note);
}

#[test]
fn ffi0104_null_into_nonnull() {
    expect(
        "null_into_nonnull",
        "FFI0104",
        &["bad_option_deref", "bad_option_callback"],
        &["ok_option_checked", "ok_ref_deref"],
    );
}

#[test]
fn ffi0105_returned_reference() {
    expect(
        "returned_reference",
        "FFI0105",
        &["bad_owned_as_ref", "bad_alias_static"],
        &["ok_raw_owned", "ok_alias_borrowed"],
    );
}

/// A copy of real libz-sys declarations with one mistake of each kind a hand-edited -sys crate
/// picks up: each is reported with its rule, on the item it is in, and nothing else is.
#[test]
fn sys_copy_mistakes() {
    let (_, result) = common::run("sys_copy_mistakes");
    let mut got: Vec<(String, String, String)> = result
        .findings
        .iter()
        .map(|f| {
            (
                f.code.clone(),
                f.rust.as_ref().map(|r| r.item.clone()).unwrap_or_default(),
                format!("{:?}", f.severity),
            )
        })
        .collect();
    got.sort();
    got.dedup();
    let want = [
        ("FFI0002", "deflateInit_", "Error"), // parameter dropped
        ("FFI0003", "adler32", "Error"),      // width flipped
        ("FFI0010", "z_stream", "Error"),     // fields reordered
        ("FFI0103", "compress", "Warning"),   // `*const` on a written parameter
    ]
    .map(|(c, i, s)| (c.to_string(), i.to_string(), s.to_string()));
    assert_eq!(got, want, "{:#?}", result.findings);
    let message = |code: &str| {
        let f = result.findings.iter().find(|f| f.code == code).unwrap();
        f.message.clone()
    };
    assert!(message("FFI0003").contains("return type"));
    assert!(message("FFI0002").contains("stream_size"));
    assert!(message("FFI0103").contains("`*dest`"));
    insta::assert_json_snapshot!("sys_copy_mistakes", result.findings);
}

#[test]
fn effect_rules_need_facts() {
    let (model, _) = common::run("retained_borrow");
    let decls: ffiscope_facts::DeclsDocument = serde_json::from_str(
        &std::fs::read_to_string(common::fixture_dir("retained_borrow").join("expected-c.json"))
            .unwrap(),
    )
    .unwrap();
    let r = ffiscope_check::check(&model, &decls, None, &Default::default());
    assert!(r.findings.iter().all(|f| !f.code.starts_with("FFI01")));
    assert!(r.skipped.iter().any(|s| s.what.contains("FFI01xx")));
}

#[test]
fn suppressions_and_configured_levels() {
    let (_, r) = common::run("suppressions");
    let items = |code: &str| -> Vec<String> {
        r.findings
            .iter()
            .filter(|f| f.code == code)
            .map(|f| f.rust.as_ref().unwrap().item.clone())
            .collect()
    };
    assert_eq!(
        items("FFI0003"),
        vec!["still_reported"],
        "{:#?}",
        r.findings
    );
    // integer-signedness = "allow" in ffiscope.toml: not reported, not even as suppressed.
    assert!(items("FFI0004").is_empty());
    assert!(!r.suppressed.iter().any(|s| s.finding.code == "FFI0004"));
    // FFI0016 = "deny": a warning by default, an error here.
    let p = r.findings.iter().find(|f| f.code == "FFI0016").unwrap();
    assert_eq!(p.severity, Severity::Error);
    // FFI0006 = "warn" from [package.metadata.ffiscope].
    let fl = r.findings.iter().find(|f| f.code == "FFI0006").unwrap();
    assert_eq!(fl.severity, Severity::Warning);
    // `sys_*` is external: no FFI0001.
    assert!(items("FFI0001").is_empty(), "{:#?}", r.findings);
    let suppressed: Vec<(&str, &str)> = r
        .suppressed
        .iter()
        .map(|s| {
            (
                s.finding.rust.as_ref().unwrap().item.as_str(),
                s.reason.as_str(),
            )
        })
        .collect();
    for item in [
        "allowed_by_comment",
        "allowed_by_attribute",
        "allowed_in_block",
        "trailing_comment",
    ] {
        assert!(
            suppressed.iter().any(|(i, _)| *i == item),
            "{item} not suppressed: {suppressed:?}"
        );
    }
    assert!(suppressed.contains(&("allowed_by_comment", "the value always fits in 32 bits")));
}

#[test]
fn garbage_inputs_do_not_panic() {
    use ffiscope_facts::*;
    let (model, _) = common::run("record_layout");
    // C declarations that contradict everything: wrong arities, unknown types, cycles of
    // records, layouts with no fields.
    let weird = CType::Unknown {
        spelling: "??".into(),
    };
    let decls = DeclsDocument {
        tool: "ffiscope".into(),
        version: "0".into(),
        schema: 1,
        functions: model
            .foreign_fns
            .iter()
            .map(|f| CFunctionDecl {
                name: f.link_name.clone(),
                location: SourceLoc {
                    file: String::new(),
                    line: 0,
                },
                signature: String::new(),
                ret: CType::Record {
                    name: "config".into(),
                    union: true,
                    complete: true,
                },
                params: vec![
                    CParam {
                        name: String::new(),
                        ty: weird.clone(),
                    },
                    CParam {
                        name: "x".into(),
                        ty: CType::Pointer {
                            pointee: Box::new(CType::Record {
                                name: "nested".into(),
                                union: false,
                                complete: true,
                            }),
                        },
                    },
                ],
                variadic: true,
                external: false,
            })
            .collect(),
        layouts: vec![CRecordLayout {
            name: "config".into(),
            union: false,
            size_bytes: 0,
            align_bytes: 0,
            fields: vec![],
            location: None,
        }],
    };
    let facts = FactsDocument::new(vec![]);
    let r = ffiscope_check::check(&model, &decls, Some(&facts), &Default::default());
    assert!(!r.findings.is_empty());
}

#[test]
fn skips_in_dependencies_show_only_when_dependencies_are_checked() {
    let model = common::load("dependency_skips");
    assert!(model.skipped.is_empty(), "{:?}", model.skipped);
    assert!(
        model
            .dependency_skipped
            .iter()
            .any(|(p, s)| p == "dep-sys" && s.what.contains("opaque_decls!")),
        "{:?}",
        model.dependency_skipped
    );
    let decls = ffiscope_facts::DeclsDocument {
        tool: "ffiscope".into(),
        version: "0".into(),
        schema: 1,
        functions: vec![],
        layouts: vec![],
    };
    let mut config = ffiscope_check::Config::default();
    let quiet = ffiscope_check::check(&model, &decls, None, &config);
    assert!(!quiet
        .skipped
        .iter()
        .any(|s| s.what.contains("opaque_decls!")));
    config.check_dependencies = true;
    let all = ffiscope_check::check(&model, &decls, None, &config);
    assert!(all.skipped.iter().any(|s| s.what.contains("opaque_decls!")));
}
