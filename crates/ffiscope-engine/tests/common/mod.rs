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
