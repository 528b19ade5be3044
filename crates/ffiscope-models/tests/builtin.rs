use ffiscope_models::Models;

#[test]
fn builtin_parses() {
    let m = Models::try_builtin().unwrap_or_else(|e| panic!("{e}"));
    eprintln!("{}", m.describe());
    let mut missing = vec![];
    for f in m.functions() {
        for n in std::iter::once(&f.name).chain(&f.aliases) {
            if m.thread(n).is_none() {
                missing.push(n.clone());
            }
        }
    }
    eprintln!("MISSING {}: {}", missing.len(), missing.join(" "));
}
