//! Shared by the engine's integration tests: the clang ffiscope itself would use, and the
//! IR of one C file compiled the way ffiscope compiles it.

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
