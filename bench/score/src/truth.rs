//! Ground-truth rows: `bench/ground-truth/<lib>.jsonl`, one JSON object per line.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Where a documentation sentence or a source line was read.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub file: String,
    /// `None` for manuals that the crate does not ship (then `url` says where).
    pub line: Option<u32>,
    pub text: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceCheck {
    pub file: String,
    pub line: u32,
    pub code: String,
    pub note: String,
}

/// One labelled (function, parameter).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub lib: String,
    #[serde(rename = "crate")]
    pub krate: String,
    pub version: String,
    /// The linker symbol, e.g. `pcre2_match_8`.
    pub function: String,
    /// The name as written in the C source when it differs (`pcre2_match`).
    #[serde(default)]
    pub source_name: Option<String>,
    pub param: usize,
    pub param_name: String,
    #[serde(default)]
    pub reads: Option<String>,
    #[serde(default)]
    pub writes: Option<String>,
    #[serde(default)]
    pub depth: Option<String>,
    #[serde(default)]
    pub retained: Option<String>,
    #[serde(default)]
    pub retained_at: Option<serde_json::Value>,
    #[serde(default)]
    pub freed: Option<String>,
    #[serde(default)]
    pub null_ok: Option<String>,
    #[serde(default)]
    pub returned: Option<String>,
    #[serde(default)]
    pub callback: Option<String>,
    #[serde(default)]
    pub condition: Option<String>,
    pub citation: Citation,
    pub source_check: Vec<SourceCheck>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Row {
    /// The labelled value of `fact` (one of [`crate::FACTS`]), if any.
    pub fn fact(&self, fact: &str) -> Option<&str> {
        match fact {
            "reads" => self.reads.as_deref(),
            "writes" => self.writes.as_deref(),
            "retained" => self.retained.as_deref(),
            "freed" => self.freed.as_deref(),
            "null_ok" => self.null_ok.as_deref(),
            "returned" => self.returned.as_deref(),
            "callback" => self.callback.as_deref(),
            _ => None,
        }
    }

    /// The name to grep for in the C sources.
    pub fn c_name(&self) -> &str {
        self.source_name.as_deref().unwrap_or(&self.function)
    }

    /// Structural checks that need no C source: valid values, a citation, a
    /// source check, at least one fact.
    pub fn validate(&self) -> Result<()> {
        let tri = ["yes", "no", "maybe"];
        let mut any = false;
        for fact in crate::FACTS {
            if let Some(v) = self.fact(fact) {
                any = true;
                let ok = if fact == "callback" {
                    ["called", "stored", "called_and_stored", "none", "maybe"].contains(&v)
                } else {
                    tri.contains(&v)
                };
                if !ok {
                    bail!("{fact} = {v:?} is not a FACTS.md value");
                }
            }
        }
        if !any {
            bail!("no fact labelled");
        }
        if let Some(d) = &self.depth {
            if d != "direct" && d != "indirect" {
                bail!("depth = {d:?}");
            }
        }
        if self.citation.text.trim().is_empty() || self.citation.file.trim().is_empty() {
            bail!("empty citation");
        }
        if self.citation.line.is_none() && self.citation.url.is_none() {
            bail!("citation has neither a line nor a url");
        }
        if self.source_check.is_empty() {
            bail!("no source_check");
        }
        for s in &self.source_check {
            if s.code.trim().is_empty() || s.note.trim().is_empty() {
                bail!("empty source_check entry");
            }
        }
        Ok(())
    }
}

/// The ground-truth directory next to this crate: `bench/ground-truth`.
pub fn default_dir() -> PathBuf {
    crate::corpus::bench_dir().join("ground-truth")
}

/// Names of the libraries that have a `<lib>.jsonl`, sorted.
pub fn libs(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let p = e?.path();
        if p.extension().is_some_and(|x| x == "jsonl") {
            if let Some(s) = p.file_stem().and_then(|s| s.to_str()) {
                out.push(s.to_string());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads `<dir>/<lib>.jsonl`. Every line must parse and name `lib`.
pub fn load(dir: &Path, lib: &str) -> Result<Vec<Row>> {
    let path = dir.join(format!("{lib}.jsonl"));
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: bad row", path.display(), i + 1))?;
        if row.lib != lib {
            bail!(
                "{}:{}: lib {:?} in {lib}.jsonl",
                path.display(),
                i + 1,
                row.lib
            );
        }
        rows.push(row);
    }
    Ok(rows)
}
