//! Prints the crate model of a crate as JSON:
//! `cargo run -p ffiscope-rust --example dump_model -- PATH [--no-default-features] [FEATURE...]`.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let rest: Vec<String> = std::env::args().skip(2).collect();
    let opts = ffiscope_rust::LoadOptions {
        offline: true,
        no_default_features: rest.iter().any(|a| a == "--no-default-features"),
        features: rest
            .iter()
            .filter(|a| !a.starts_with("--"))
            .cloned()
            .collect(),
        ..Default::default()
    };
    match ffiscope_rust::load_crate(std::path::Path::new(&path), &opts) {
        Ok(m) => println!("{}", serde_json::to_string_pretty(&m).unwrap_or_default()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
