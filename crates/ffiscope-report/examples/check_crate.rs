//! What `ffiscope check` does, minus finding the C sources:
//! `cargo run -p ffiscope-report --example check_crate -- CRATE_DIR DECLS.json [FACTS.json] [--format text|json|sarif|cargo]`.

use std::path::Path;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut format = ffiscope_report::Format::Text;
    if let Some(i) = args.iter().position(|a| a == "--format") {
        format = args
            .get(i + 1)
            .and_then(|f| f.parse().ok())
            .unwrap_or(format);
        args.drain(i..(i + 2).min(args.len()));
    }
    let (Some(krate), Some(decls_path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: check_crate CRATE_DIR DECLS.json [FACTS.json] [--format F]");
        std::process::exit(2);
    };
    let opts = ffiscope_rust::LoadOptions {
        // UNKNOWN_CFGS=0 treats cfgs nobody defined as disabled.
        unknown_cfgs: std::env::var("UNKNOWN_CFGS").ok().map(|v| v == "1"),
        ..Default::default()
    };
    let model = match ffiscope_rust::load_crate(Path::new(krate), &opts) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let decls_text = std::fs::read_to_string(decls_path).unwrap_or_default();
    let decls: ffiscope_facts::DeclsDocument = match serde_json::from_str(&decls_text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {decls_path}: {e}");
            std::process::exit(2);
        }
    };
    let facts: Option<ffiscope_facts::FactsDocument> = args
        .get(2)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|t| serde_json::from_str(&t).ok());
    let mut config = ffiscope_check::Config::load(&model.root).unwrap_or_default();
    config.c_enums = ffiscope_check::enums_from_decls_json(&decls_text).unwrap_or_default();
    let config = config.with_model_metadata(&model).unwrap_or_default();
    let result = ffiscope_check::check(&model, &decls, facts.as_ref(), &config);
    let sources = ffiscope_report::FsSources::new(&model.root);
    let out = match format {
        ffiscope_report::Format::Text => ffiscope_report::render_text(
            &result,
            &sources,
            &ffiscope_report::TextOptions {
                color: false,
                show_skipped: true,
            },
        ),
        ffiscope_report::Format::Json => ffiscope_report::render_json(&result),
        ffiscope_report::Format::Sarif => ffiscope_report::render_sarif(
            &result,
            &ffiscope_report::SarifOptions {
                src_root: Some(model.root.clone()),
            },
        ),
        ffiscope_report::Format::Cargo => ffiscope_report::render_cargo_messages(
            &result,
            &ffiscope_report::CargoContext::from_model(&model),
            &sources,
        ),
    };
    print!("{out}");
    std::process::exit(i32::from(result.errors() > 0));
}
