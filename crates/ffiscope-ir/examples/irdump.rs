//! Parses `.ll` files and prints C prototypes and timing: `cargo run --release -p ffiscope-ir --example irdump -- FILE.ll`.
fn main() {
    for path in std::env::args().skip(1) {
        let t0 = std::time::Instant::now();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let t1 = std::time::Instant::now();
        match ffiscope_ir::parse_module(&path, text) {
            Ok(m) => {
                let t2 = std::time::Instant::now();
                let mut di = ffiscope_ir::DiTypes::default();
                let mut n = 0;
                for f in m.functions.iter().filter(|f| !f.is_declaration()) {
                    if let Some(d) = m.c_decl(f, &mut di) {
                        n += 1;
                        if std::env::var("QUIET").is_err() {
                            println!("{}:{}: {}", d.location.file, d.location.line, d.signature);
                        }
                    }
                }
                eprintln!(
                    "{path}: read {:?}, parse {:?}, decls {:?} ({n} functions, {} layouts)",
                    t1 - t0,
                    t2 - t1,
                    t2.elapsed(),
                    di.layouts.len()
                );
            }
            Err(e) => eprintln!("{e}"),
        }
    }
}
