//! Prints the crate model of a crate as JSON: `cargo run -p ffiscope-rust --example dump_model -- PATH`.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let opts = ffiscope_rust::LoadOptions {
        offline: true,
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
