//! Runs ffiscope and reads its facts (FACTS.md JSON form).

use crate::{ParamFacts, ToolFacts, Verdict};
use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How to run ffiscope.
#[derive(Debug, Clone)]
pub struct Invocation<'a> {
    pub ffiscope: &'a Path,
    /// Parallel clang processes and analysis threads (`-j`).
    pub jobs: usize,
    /// `--cache-dir` (IR and results are reused while the inputs are unchanged).
    pub cache_dir: &'a Path,
    /// Give up (kill ffiscope) after this long.
    pub timeout: Duration,
}

/// THE ffiscope INVOCATION. Change this one function when the CLI changes.
///
/// `ffiscope summarize --format json -q -j N --cache-dir DIR <compile_commands.json>`,
/// run in `work`; the JSON goes to `work/ffiscope.json` and stderr to
/// `work/ffiscope.stderr` (files, not pipes: the document of a big library is
/// megabytes, and a pipe nobody drains would block ffiscope). Returns the JSON text.
pub fn invoke(inv: &Invocation, compile_commands: &Path, work: &Path) -> Result<String> {
    let json_path = work.join("ffiscope.json");
    let err_path = work.join("ffiscope.stderr");
    let stdout =
        File::create(&json_path).with_context(|| format!("creating {}", json_path.display()))?;
    let stderr =
        File::create(&err_path).with_context(|| format!("creating {}", err_path.display()))?;
    let mut cmd = Command::new(inv.ffiscope);
    cmd.arg("summarize")
        .args(["--format", "json", "-q"])
        .arg("-j")
        .arg(inv.jobs.max(1).to_string())
        .arg("--cache-dir")
        .arg(inv.cache_dir)
        .arg(compile_commands)
        .current_dir(work)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr);
    let shown = format!("{cmd:?}");
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .with_context(|| format!("running {}", inv.ffiscope.display()))?;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if start.elapsed() > inv.timeout {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "{} did not finish within {} s (killed); command: {shown}",
                inv.ffiscope.display(),
                inv.timeout.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    eprintln!(
        "  ffiscope summarize: {:.1} s ({})",
        start.elapsed().as_secs_f64(),
        compile_commands.display()
    );
    let err_text = std::fs::read_to_string(&err_path).unwrap_or_default();
    if !status.success() {
        bail!(
            "{} summarize exited with {status}: {}",
            inv.ffiscope.display(),
            err_text.lines().take(20).collect::<Vec<_>>().join("\n")
        );
    }
    std::fs::read_to_string(&json_path).context("ffiscope printed non-UTF-8")
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
