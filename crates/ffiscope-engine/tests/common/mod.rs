//! Shared by the engine's integration tests: the clang ffiscope itself would use, the IR of
//! one C file compiled the way ffiscope compiles it, and C sources of crates.io packages.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The clang the CLI would pick (FFISCOPE_CLANG, newest clang-N >= 15, clang); a test
/// without one fails and says how to get it.
pub fn clang() -> PathBuf {
    match ffiscope_cfront::find_clang() {
        Ok(c) => c.path,
        Err(e) => panic!("these tests compile C fixtures: {e}"),
    }
}

/// Compiles `src` to textual IR at `ll` with ffiscope's flags (plus `extra`) and parses it.
pub fn compile_ir(clang: &Path, src: &Path, extra: &[&str], ll: &Path) -> ffiscope_ir::Module {
    let out = Command::new(clang)
        .args([
            "-S",
            "-emit-llvm",
            "-g",
            "-O0",
            "-Xclang",
            "-disable-O0-optnone",
        ])
        .arg("-fno-discard-value-names")
        .args(extra)
        .arg(src)
        .arg("-o")
        .arg(ll)
        .output()
        .expect("run clang");
    assert!(
        out.status.success(),
        "clang failed on {}:\n{}",
        src.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(ll).unwrap();
    ffiscope_ir::parse_module(&ll.to_string_lossy(), text)
        .unwrap_or_else(|e| panic!("parse {}: {e}", ll.display()))
}

#[allow(dead_code)]
fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME")
}

#[allow(dead_code)]
fn find_in_registry(dir_name: &str, marker: &str) -> Option<PathBuf> {
    let src = cargo_home().join("registry/src");
    for e in std::fs::read_dir(src).ok()?.flatten() {
        let d = e.path().join(dir_name);
        if d.join(marker).exists() {
            return Some(d);
        }
    }
    None
}

/// The unpacked source of crates.io package `name` at exactly `version`, fetched into
/// cargo's registry the ordinary way (a throw-away package that depends on it) when it is
/// not there yet. `marker` is a file inside it that must exist.
#[allow(dead_code)] // each test binary uses its own subset
pub fn crate_source(name: &str, version: &str, marker: &str) -> PathBuf {
    let dir_name = format!("{name}-{version}");
    if let Some(d) = find_in_registry(&dir_name, marker) {
        return d;
    }
    let tmp = std::env::temp_dir().join(format!("ffiscope-fetch-{name}-{}", std::process::id()));
    std::fs::create_dir_all(tmp.join("src")).unwrap();
    std::fs::write(
        tmp.join("Cargo.toml"),
        format!(
            "[package]\nname = \"fetch-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\n{name} = {{ version = \"={version}\", default-features = false }}\n\n\
             [workspace]\n"
        ),
    )
    .unwrap();
    std::fs::write(tmp.join("src/lib.rs"), "").unwrap();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let st = Command::new(cargo)
        .arg("fetch")
        .current_dir(&tmp)
        .status()
        .expect("run cargo fetch");
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(st.success(), "cargo fetch of {dir_name} failed");
    find_in_registry(&dir_name, marker)
        .unwrap_or_else(|| panic!("{dir_name} not in {}", cargo_home().display()))
}

/// Facts of the exported functions of `modules`, analysed with size budgets only (wall-clock
/// budgets would make results depend on the machine and on debug vs release builds).
/// `display` maps a source path to the path the facts show.
#[allow(dead_code)]
pub fn analyse(
    modules: Vec<ffiscope_ir::Module>,
    display: &(dyn Fn(&str) -> String + Sync),
) -> Vec<ffiscope_facts::FunctionFacts> {
    use ffiscope_engine::adapter::LibcModels;
    use ffiscope_engine::facts::{all_facts, FactsBuilder, SourceLines};
    let prog = ffiscope_ir::Program::new(modules);
    let models = LibcModels::new(ffiscope_models::Models::builtin());
    let budget = ffiscope_engine::Budget {
        max_millis: 600_000,
        max_scc_millis: 600_000,
        ..ffiscope_engine::Budget::default()
    };
    let analysis = ffiscope_engine::analyze_program(&prog, &models, budget);
    let lines = SourceLines::default();
    let b = FactsBuilder {
        prog: &prog,
        keys: &analysis.keys,
        lines: &lines,
        display_path: display,
        assumptions: vec![],
    };
    all_facts(&b, &analysis, false)
}

/// A source path's file name (what the real-library tests show).
#[allow(dead_code)]
pub fn file_name(p: &str) -> String {
    Path::new(p)
        .file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().to_string())
}

/// The facts of pointer parameter `param` of `func`.
#[allow(dead_code)]
pub fn pointer<'a>(
    fs: &'a [ffiscope_facts::FunctionFacts],
    func: &str,
    param: &str,
) -> &'a ffiscope_facts::PointerFacts {
    let f = fs
        .iter()
        .find(|f| f.name == func)
        .unwrap_or_else(|| panic!("{func} not found"));
    f.params
        .iter()
        .find(|p| p.name == param)
        .and_then(|p| p.pointer.as_ref())
        .unwrap_or_else(|| panic!("{func}: no pointer parameter {param}: {:?}", f.signature))
}
