//! Prints the model of `.ll` files as [`ffiscope_ir::Module::dump`] shows it (add `--md` for
//! numbered metadata): `cargo run -p ffiscope-ir --example lldump -- FILE.ll`.
fn main() {
    let mut md = false;
    for arg in std::env::args().skip(1) {
        if arg == "--md" {
            md = true;
            continue;
        }
        let text = match std::fs::read(&arg) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{arg}: {e}");
                std::process::exit(2);
            }
        };
        match ffiscope_ir::parse_module_bytes(&arg, text) {
            Ok(m) => {
                print!("{}", m.dump());
                if md {
                    print!("{}", m.dump_metadata());
                }
            }
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
    }
}
