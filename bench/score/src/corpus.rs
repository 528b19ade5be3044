//! The C corpus: where cargo unpacked each `-sys` crate, and the compile
//! commands of each library (written by `bench/corpus/compile-commands.sh`).

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `bench/` of this checkout.
pub fn bench_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bench/score has a parent")
        .to_path_buf()
}

/// `bench/out/`, never committed.
pub fn out_dir() -> PathBuf {
    bench_dir().join("out")
}

#[derive(Debug, Clone, Deserialize)]
pub struct CratePath {
    pub version: String,
    pub dir: PathBuf,
}

/// Reads `bench/out/corpus-paths.json`, running `bench/corpus/fetch.sh` first
/// when it is missing (that needs cargo, python3 and crates.io or a warm cache).
pub fn crate_paths() -> Result<BTreeMap<String, CratePath>> {
    let path = out_dir().join("corpus-paths.json");
    if !path.exists() {
        let script = bench_dir().join("corpus/fetch.sh");
        let st = Command::new("bash")
            .arg(&script)
            .stdout(std::process::Stdio::null())
            .status()
            .with_context(|| format!("running {}", script.display()))?;
        if !st.success() {
            bail!("{} failed ({st})", script.display());
        }
    }
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

/// One entry of a `compile_commands.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct CompileCommand {
    pub directory: PathBuf,
    pub file: PathBuf,
    pub arguments: Vec<String>,
}

/// Runs `bench/corpus/compile-commands.sh LIB` and returns the path of the
/// `compile_commands.json` it wrote.
pub fn write_compile_commands(lib: &str) -> Result<PathBuf> {
    crate_paths()?; // fetches the corpus if needed
    let script = bench_dir().join("corpus/compile-commands.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(lib)
        .output()
        .with_context(|| format!("running {}", script.display()))?;
    if !out.status.success() {
        bail!(
            "{} {lib} failed: {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(out_dir().join(lib).join("compile_commands.json"))
}

pub fn read_compile_commands(path: &Path) -> Result<Vec<CompileCommand>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

/// The library's source root (`root` of libs.toml) guessed from its compile
/// commands: every command runs in that directory.
pub fn source_root(cmds: &[CompileCommand]) -> Option<PathBuf> {
    cmds.first().map(|c| c.directory.clone())
}

/// Whether `text` (C source) contains a definition of function `name`: the
/// name as a whole identifier, a balanced parameter list, then `{`.
pub fn defines_function(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut from = 0;
    while let Some(off) = text[from..].find(name) {
        let start = from + off;
        let end = start + name.len();
        from = end;
        if start > 0 && is_ident(bytes[start - 1]) {
            continue;
        }
        let mut i = end;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] != b'(' {
            continue;
        }
        let mut depth = 0usize;
        while i < bytes.len() {
            match bytes[i] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                b';' | b'{' | b'}' => break,
                _ => {}
            }
            i += 1;
        }
        if i >= bytes.len() || bytes[i] != b')' {
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'{' {
            return true;
        }
    }
    false
}

/// The compile commands of the translation units that define at least one function
/// of `rows` (by [`defines_function`] on the source text), written to
/// `work/compile_commands.quick.json`. Returns that path and the kept commands.
pub fn write_subset(
    cmds: &[CompileCommand],
    rows: &[crate::truth::Row],
    work: &Path,
) -> Result<(PathBuf, Vec<CompileCommand>)> {
    let names: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.c_name()).collect();
    let mut kept = Vec::new();
    let mut json = Vec::new();
    let mut found: std::collections::BTreeSet<&str> = Default::default();
    for c in cmds {
        let path = c.directory.join(&c.file);
        let text = std::fs::read_to_string(&path)
            .or_else(|_| std::fs::read(&path).map(|b| String::from_utf8_lossy(&b).into_owned()))
            .with_context(|| format!("reading {}", path.display()))?;
        let defines: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| defines_function(&text, n))
            .collect();
        if defines.is_empty() {
            continue;
        }
        found.extend(defines);
        json.push(serde_json::json!({
            "directory": c.directory,
            "file": c.file,
            "arguments": c.arguments,
        }));
        kept.push(c.clone());
    }
    let missing: Vec<&str> = names.difference(&found).copied().collect();
    if !missing.is_empty() {
        bail!(
            "--quick: no translation unit defines {} (is the ground truth in step with the corpus?)",
            missing.join(", ")
        );
    }
    std::fs::create_dir_all(work)?;
    let path = work.join("compile_commands.quick.json");
    std::fs::write(&path, serde_json::to_string_pretty(&json)?)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok((path, kept))
}
