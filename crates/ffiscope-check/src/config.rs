//! Configuration: `ffiscope.toml` at the crate or workspace root, or
//! `[package.metadata.ffiscope]` / `[workspace.metadata.ffiscope]` in `Cargo.toml`.
//!
//! ```toml
//! # ffiscope.toml (same keys under [package.metadata.ffiscope])
//! extra-c-sources = ["vendor/extra.c"]   # C files to analyse besides the build's
//! clang-flags = ["-DFOO=1"]              # flags added to every C compile
//! external-symbols = ["SSL_*"]           # provided by system libraries: not FFI0001
//! check-dependencies = false             # also report on loaded -sys dependencies
//!
//! [rules]
//! FFI0004 = "allow"                      # allow (off) | note | warn | deny (error)
//! integer-width = "warn"                 # by code or by name
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::cenum::CEnumDecl;
use crate::finding::Severity;

/// A rule's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Off.
    #[serde(alias = "off")]
    Allow,
    Note,
    #[serde(alias = "warning")]
    Warn,
    #[serde(alias = "error")]
    Deny,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Note => Some(Severity::Note),
            Level::Warn => Some(Severity::Warning),
            Level::Deny => Some(Severity::Error),
        }
    }
}

/// The checker's configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
pub struct Config {
    /// Rule levels by code (`FFI0003`) or name (`integer-width`).
    pub rules: BTreeMap<String, Level>,
    #[serde(alias = "extra_c_sources")]
    pub extra_c_sources: Vec<PathBuf>,
    #[serde(alias = "clang_flags")]
    pub clang_flags: Vec<String>,
    /// Symbols (`*` wildcards allowed) defined outside the analysed C code.
    #[serde(alias = "external_symbols")]
    pub external_symbols: Vec<String>,
    /// Report on packages loaded only as dependencies too.
    #[serde(alias = "check_dependencies")]
    pub check_dependencies: bool,
    /// C enumerators, until `DeclsDocument` carries them (see [`crate::cenum`]). Not read
    /// from TOML.
    #[serde(skip)]
    pub c_enums: Vec<CEnumDecl>,
}

impl Config {
    /// Parses the TOML form (the keys of `ffiscope.toml`).
    pub fn from_toml_str(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Reads a JSON value of the same shape (`[package.metadata.ffiscope]` as cargo metadata
    /// reports it).
    pub fn from_json_value(v: &serde_json::Value) -> Result<Config, String> {
        serde_json::from_value(v.clone()).map_err(|e| e.to_string())
    }

    /// Reads `ffiscope.toml` in `dir` and the `metadata.ffiscope` tables of `dir/Cargo.toml`
    /// (workspace first, then package; `ffiscope.toml` wins). Missing files are fine.
    pub fn load(dir: &Path) -> Result<Config, String> {
        let mut cfg = Config::default();
        let manifest = dir.join("Cargo.toml");
        if let Ok(text) = std::fs::read_to_string(&manifest) {
            let v: toml::Value =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", manifest.display()))?;
            for table in ["workspace", "package"] {
                if let Some(t) = v
                    .get(table)
                    .and_then(|t| t.get("metadata"))
                    .and_then(|m| m.get("ffiscope"))
                {
                    let c: Config = t.clone().try_into().map_err(|e| {
                        format!("{}: [{table}.metadata.ffiscope]: {e}", manifest.display())
                    })?;
                    cfg.merge(c);
                }
            }
        }
        let file = dir.join("ffiscope.toml");
        if let Ok(text) = std::fs::read_to_string(&file) {
            let c = Config::from_toml_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            cfg.merge(c);
        }
        Ok(cfg)
    }

    /// Adds `[package.metadata.ffiscope]` of every analysed package of the model.
    pub fn with_model_metadata(
        mut self,
        model: &ffiscope_rust::CrateModel,
    ) -> Result<Config, String> {
        for p in model.packages.iter().filter(|p| !p.dependency) {
            if let Some(v) = &p.ffiscope_metadata {
                let c = Config::from_json_value(v)
                    .map_err(|e| format!("[package.metadata.ffiscope] of {}: {e}", p.name))?;
                // Values already set (ffiscope.toml) win.
                let mut merged = c;
                merged.merge(self.clone());
                self = merged;
            }
        }
        Ok(self)
    }

    /// `other` wins for rule levels and appends to lists.
    pub fn merge(&mut self, other: Config) {
        self.rules.extend(other.rules);
        self.extra_c_sources.extend(other.extra_c_sources);
        self.clang_flags.extend(other.clang_flags);
        self.external_symbols.extend(other.external_symbols);
        self.check_dependencies |= other.check_dependencies;
        self.c_enums.extend(other.c_enums);
        self.extra_c_sources.dedup();
        self.external_symbols.dedup();
    }

    /// The configured level of a rule, by code or name.
    pub fn level(&self, code: &str, name: &str) -> Option<Level> {
        self.rules
            .get(code)
            .or_else(|| self.rules.get(name))
            .or_else(|| self.rules.get("all"))
            .copied()
    }

    /// Whether `symbol` matches an `external-symbols` pattern.
    pub fn is_external(&self, symbol: &str) -> bool {
        self.external_symbols.iter().any(|p| glob_match(p, symbol))
    }
}

fn glob_match(pattern: &str, s: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == s,
        Some((pre, rest)) => {
            if !s.starts_with(pre) {
                return false;
            }
            let s = &s[pre.len()..];
            if rest.is_empty() {
                return true;
            }
            (0..=s.len()).any(|i| s.is_char_boundary(i) && glob_match(rest, &s[i..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_toml() {
        let c = Config::from_toml_str(
            "external-symbols = [\"SSL_*\"]\n[rules]\nFFI0004 = \"allow\"\ninteger-width = \"warn\"\n",
        )
        .unwrap();
        assert_eq!(c.level("FFI0004", "integer-signedness"), Some(Level::Allow));
        assert_eq!(c.level("FFI0003", "integer-width"), Some(Level::Warn));
        assert!(c.is_external("SSL_new"));
        assert!(!c.is_external("BIO_new"));
        assert!(Config::from_toml_str("[rules]\nX = \"loud\"").is_err());
    }
}
