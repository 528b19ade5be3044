//! cargo's `--message-format=json`: one `compiler-message` line per finding and a final
//! `build-finished`, in the shape cargo and rustc print, so tools that read cargo's JSON
//! (rust-analyzer's flycheck through `rust-analyzer.check.overrideCommand`, CI annotators)
//! show ffiscope's findings next to compiler errors.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use ffiscope_check::{CheckResult, Finding, Severity};
use ffiscope_rust::CrateModel;

use crate::sources::{byte_offset, line_text, SourceProvider};
use crate::text::render_finding;

/// A package of the analysed crate, as cargo names it in messages.
#[derive(Debug, Clone)]
pub struct CargoPackage {
    pub id: String,
    pub manifest_path: PathBuf,
    /// The package directory relative to the model root (`""` for the root package).
    pub dir: String,
    /// cargo's target object (`{"kind":["lib"],"name":...,"src_path":...}`).
    pub target: Value,
}

/// What cargo messages need besides the findings.
#[derive(Debug, Clone)]
pub struct CargoContext {
    pub packages: Vec<CargoPackage>,
    /// The directory finding paths are relative to.
    pub model_root: PathBuf,
    /// `file_name`s are written relative to this (cargo's workspace root), like rustc's.
    pub workspace_root: PathBuf,
}

impl CargoContext {
    /// Packages, targets and roots from the crate model.
    pub fn from_model(model: &CrateModel) -> Self {
        let model_root = model.root.clone();
        let packages = model
            .packages
            .iter()
            .filter(|p| !p.dependency)
            .map(|p| {
                let dir = p
                    .root
                    .strip_prefix(&model_root)
                    .map(|d| d.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_default();
                let t = p
                    .targets
                    .iter()
                    .find(|t| t.kind.iter().any(|k| k.contains("lib")))
                    .or_else(|| p.targets.first());
                let target = match t {
                    Some(t) => json!({
                        "kind": t.kind,
                        "crate_types": t.crate_types,
                        "name": t.name,
                        "src_path": t.src_path,
                        "edition": t.edition,
                        "doc": true,
                        "doctest": t.kind.iter().any(|k| k.contains("lib")),
                        "test": true
                    }),
                    None => json!({
                        "kind": ["lib"],
                        "crate_types": ["lib"],
                        "name": p.crate_name,
                        "src_path": p.root.join("src/lib.rs"),
                        "edition": "2021",
                        "doc": true,
                        "doctest": true,
                        "test": true
                    }),
                };
                CargoPackage {
                    id: p.id.clone(),
                    manifest_path: p.manifest_path.clone(),
                    dir,
                    target,
                }
            })
            .collect();
        CargoContext {
            packages,
            workspace_root: model
                .workspace_root
                .clone()
                .unwrap_or_else(|| model_root.clone()),
            model_root,
        }
    }

    fn package_of(&self, file: &str) -> Option<&CargoPackage> {
        self.packages
            .iter()
            .filter(|p| p.dir.is_empty() || file.starts_with(&format!("{}/", p.dir)))
            .max_by_key(|p| p.dir.len())
    }

    fn file_name(&self, file: &str) -> String {
        let p = Path::new(file);
        let abs = if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.model_root.join(p)
        };
        match abs.strip_prefix(&self.workspace_root) {
            Ok(r) => r.to_string_lossy().replace('\\', "/"),
            Err(_) => abs.to_string_lossy().into_owned(),
        }
    }
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// rustc's diagnostic object, fields in rustc's order.
#[derive(serde::Serialize)]
struct Diagnostic {
    #[serde(rename = "$message_type")]
    message_type: &'static str,
    message: String,
    code: Option<Value>,
    level: &'static str,
    spans: Vec<Value>,
    children: Vec<Diagnostic>,
    rendered: Option<String>,
}

/// cargo's `compiler-message`, fields in cargo's order.
#[derive(serde::Serialize)]
struct CompilerMessage {
    reason: &'static str,
    package_id: String,
    manifest_path: PathBuf,
    target: Value,
    message: Diagnostic,
}

fn child(level: &'static str, message: String) -> Diagnostic {
    Diagnostic {
        message_type: "diagnostic",
        message,
        code: None,
        level,
        spans: Vec::new(),
        children: Vec::new(),
        rendered: None,
    }
}

fn span(f: &Finding, ctx: &CargoContext, sources: &dyn SourceProvider) -> Option<Value> {
    let r = f.rust.as_ref()?;
    let end_line = r.end_line.unwrap_or(r.line).max(r.line);
    let end_col = if end_line == r.line {
        r.end_column.unwrap_or(r.column + 1).max(r.column + 1)
    } else {
        r.end_column.unwrap_or(1)
    };
    let src = sources.source(&r.file);
    let (byte_start, byte_end, text) = match src.as_deref() {
        Some(t) => {
            let bs = byte_offset(t, r.line, r.column).unwrap_or(0);
            let be = byte_offset(t, end_line, end_col).unwrap_or(bs).max(bs);
            let lines: Vec<Value> = (r.line..=end_line)
                .filter_map(|l| {
                    let lt = line_text(t, l)?;
                    let hs = if l == r.line { r.column } else { 1 };
                    let he = if l == end_line {
                        end_col
                    } else {
                        lt.chars().count() as u32 + 1
                    };
                    Some(json!({"text": lt, "highlight_start": hs, "highlight_end": he}))
                })
                .collect();
            (bs, be, lines)
        }
        None => (0, 0, Vec::new()),
    };
    Some(json!({
        "file_name": ctx.file_name(&r.file),
        "byte_start": byte_start,
        "byte_end": byte_end,
        "line_start": r.line,
        "line_end": end_line,
        "column_start": r.column,
        "column_end": end_col,
        "is_primary": true,
        "text": text,
        "label": f.rule,
        "suggested_replacement": null,
        "suggestion_applicability": null,
        "expansion": null
    }))
}

/// One `compiler-message` object per finding.
pub fn cargo_messages(
    result: &CheckResult,
    ctx: &CargoContext,
    sources: &dyn SourceProvider,
) -> Vec<Value> {
    cargo_lines(result, ctx, sources).0
}

fn cargo_lines(
    result: &CheckResult,
    ctx: &CargoContext,
    sources: &dyn SourceProvider,
) -> (Vec<Value>, Vec<String>) {
    let mut lines = Vec::new();
    let mut out = Vec::new();
    for f in &result.findings {
        let pkg = f
            .rust
            .as_ref()
            .and_then(|r| ctx.package_of(&r.file))
            .or(ctx.packages.first());
        let mut children = Vec::new();
        for n in crate::text::notes(f) {
            children.push(child("note", n));
        }
        if let Some(h) = &f.help {
            children.push(child("help", h.clone()));
        }
        let spans: Vec<Value> = span(f, ctx, sources).into_iter().collect();
        let m = CompilerMessage {
            reason: "compiler-message",
            package_id: pkg.map(|p| p.id.clone()).unwrap_or_default(),
            manifest_path: pkg.map(|p| p.manifest_path.clone()).unwrap_or_default(),
            target: pkg.map(|p| p.target.clone()).unwrap_or_else(|| json!({"kind":["lib"],"crate_types":["lib"],"name":"","src_path":"","edition":"2021","doc":true,"doctest":true,"test":true})),
            message: Diagnostic {
                message_type: "diagnostic",
                message: f.message.clone(),
                code: Some(json!({"code": f.code, "explanation": null})),
                level: level(f.severity),
                spans,
                children,
                rendered: Some(format!("{}\n\n", render_finding(f, sources, false))),
            },
        };
        out.push(serde_json::to_value(&m).unwrap_or(Value::Null));
        lines.push(serde_json::to_string(&m).unwrap_or_default());
    }
    (out, lines)
}

/// JSON lines: the `compiler-message`s, then `{"reason":"build-finished","success":...}`
/// (`success` is false when there is an error finding).
pub fn render_cargo_messages(
    result: &CheckResult,
    ctx: &CargoContext,
    sources: &dyn SourceProvider,
) -> String {
    let mut s = String::new();
    for line in cargo_lines(result, ctx, sources).1 {
        s.push_str(&line);
        s.push('\n');
    }
    s.push_str(&json!({"reason": "build-finished", "success": result.errors() == 0}).to_string());
    s.push('\n');
    s
}
