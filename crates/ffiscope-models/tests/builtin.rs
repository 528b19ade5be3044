use ffiscope_models::Models;

#[test]
fn builtin_parses() {
    let m = Models::try_builtin().unwrap_or_else(|e| panic!("{e}"));
    eprintln!("{}", m.describe());
}
