//! Runs ffiscope and reads its facts (FACTS.md JSON form).

use crate::{ParamFacts, ToolFacts, Verdict};
use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// THE ffiscope INVOCATION. Change this one function when the CLI changes.
///
/// Today: `ffiscope summarize --format json <compile_commands.json>`. Planned
/// alternatives: `--compile-commands FILE`, or the C files plus `-I`/`-D`
/// flags (all available in `compile_commands`).
pub fn invoke(ffiscope: &Path, compile_commands: &Path, work: &Path) -> Result<String> {
    let out = Command::new(ffiscope)
        .arg("summarize")
        .arg("--format")
        .arg("json")
        .arg(compile_commands)
        .current_dir(work)
        .output()
        .with_context(|| format!("running {}", ffiscope.display()))?;
    if !out.status.success() {
        bail!(
            "{} summarize exited with {}: {}",
            ffiscope.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .take(20)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    String::from_utf8(out.stdout).context("ffiscope printed non-UTF-8")
}

fn evidence_lines(p: &Value) -> Vec<String> {
    let mut ev = Vec::new();
    if let Some(rs) = p.get("reasons").and_then(Value::as_array) {
        for r in rs {
            ev.push(format!(
                "reason: {}",
                r.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| r.to_string())
            ));
        }
    }
    if let Some(c) = p.get("condition").and_then(Value::as_str) {
        ev.push(format!("condition: {c}"));
    }
    if let Some(ra) = p.get("retained_at").and_then(Value::as_array) {
        for r in ra {
            let mut head = format!(
                "retained_at {}",
                r.get("kind").and_then(Value::as_str).unwrap_or("?")
            );
            for k in ["global", "arg", "path", "callee"] {
                if let Some(v) = r.get(k) {
                    head.push_str(&format!(
                        " {k}={}",
                        v.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| v.to_string())
                    ));
                }
            }
            ev.push(head);
            for step in r
                .get("evidence")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                ev.push(format!(
                    "  {}:{}: {}",
                    step.get("file").and_then(Value::as_str).unwrap_or("?"),
                    step.get("line").map(|l| l.to_string()).unwrap_or_default(),
                    step.get("note").and_then(Value::as_str).unwrap_or("")
                ));
            }
        }
    }
    ev
}

/// Parses `ffiscope summarize --format json` output.
pub fn parse(json: &str) -> Result<ToolFacts> {
    let v: Value = serde_json::from_str(json).context("ffiscope output is not JSON")?;
    let mut out: ToolFacts = HashMap::new();
    let funcs = v
        .get("functions")
        .and_then(Value::as_array)
        .context("no `functions` array")?;
    for f in funcs {
        let Some(name) = f.get("name").and_then(Value::as_str) else {
            continue;
        };
        let mut params: Vec<ParamFacts> = Vec::new();
        for p in f
            .get("params")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let idx = p
                .get("index")
                .and_then(Value::as_u64)
                .unwrap_or(params.len() as u64) as usize;
            let mut pf = ParamFacts::default();
            for fact in crate::FACTS {
                if let Some(s) = p.get(fact).and_then(Value::as_str) {
                    pf.facts.insert(fact.to_string(), Verdict::parse(s));
                }
            }
            pf.evidence = evidence_lines(p);
            if params.len() <= idx {
                params.resize(idx + 1, ParamFacts::default());
            }
            params[idx] = pf;
        }
        out.insert(name.to_string(), params);
    }
    Ok(out)
}
