//! Loads a fixture crate of `tests/fixtures/crates/<name>` and checks it against the
//! `expected-c.json` (and `facts.json`) stored next to it.

#![allow(dead_code)]

use std::path::PathBuf;

use ffiscope_check::{check, enums_from_decls_json, CheckResult, Config};
use ffiscope_facts::{DeclsDocument, FactsDocument};
use ffiscope_rust::{load_crate, BuildScripts, CrateModel, LoadOptions, TargetInfo};

pub fn fixture_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/crates")
        .join(name)
}

pub fn load(name: &str) -> CrateModel {
    let opts = LoadOptions {
        offline: true,
        build_scripts: BuildScripts::Never,
        target: Some(TargetInfo::x86_64_linux()),
        ..Default::default()
    };
    load_crate(&fixture_dir(name), &opts).expect("fixture loads")
}

pub fn run(name: &str) -> (CrateModel, CheckResult) {
    let dir = fixture_dir(name);
    let model = load(name);
    let decls_text = std::fs::read_to_string(dir.join("expected-c.json")).expect("expected-c.json");
    let decls: DeclsDocument = serde_json::from_str(&decls_text).expect("decls parse");
    let facts: Option<FactsDocument> = std::fs::read_to_string(dir.join("facts.json"))
        .ok()
        .map(|t| serde_json::from_str(&t).expect("facts parse"));
    let mut config = Config::load(&dir).expect("config");
    config.c_enums = enums_from_decls_json(&decls_text).expect("enums");
    let config = config.with_model_metadata(&model).expect("metadata config");
    let result = check(&model, &decls, facts.as_ref(), &config);
    (model, result)
}
