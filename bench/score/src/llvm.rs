//! The LLVM baseline: compile each translation unit to IR with clang, run
//! `function-attrs`, and read the attributes it inferred on pointer parameters.
//!
//! Mapping (LLVM 19 syntax; `captures(none)` is the LLVM 21 spelling):
//! * `nocapture` / `captures(none)` → retained "no";
//! * param `readonly`/`readnone`, or a function `memory(...)` whose argmem kind
//!   is `none`/`read` → writes "no";
//! * param `writeonly`/`readnone`, or argmem `none`/`write` → reads "no";
//! * `returned` → returned "yes";
//! * everything else "maybe".
//!
//! LLVM's `readonly` only covers accesses *through this pointer*, not through
//! pointers loaded from it, so its "no" for `writes` is weaker than FACTS.md's
//! (which covers everything reachable): wrong "no"s are expected and reported.

use crate::corpus::CompileCommand;
use crate::{ParamFacts, ToolFacts, Verdict};
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Flags added to each compile command (replacing its `-c`).
pub const IR_FLAGS: [&str; 9] = [
    "-S",
    "-emit-llvm",
    "-g",
    "-O0",
    "-Xclang",
    "-disable-O0-optnone",
    "-fno-discard-value-names",
    "-w",
    "-Wno-error",
];

/// The opt pipeline of the baseline.
pub const PASSES: &str = "function(mem2reg),cgscc(function-attrs)";

/// Tools used, overridable with $CLANG and $OPT.
pub struct Tools {
    pub clang: String,
    pub opt: String,
}

impl Tools {
    pub fn from_env() -> Tools {
        Tools {
            clang: std::env::var("CLANG").unwrap_or_else(|_| "clang-19".into()),
            opt: std::env::var("OPT").unwrap_or_else(|_| "opt-19".into()),
        }
    }
}

/// The clang command line that turns `cmd` into textual IR at `out`.
pub fn ir_command(cmd: &CompileCommand, clang: &str, out: &Path) -> Vec<String> {
    let mut args = vec![clang.to_string()];
    let mut rest = cmd.arguments.iter().skip(1).peekable();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "-c" => args.extend(IR_FLAGS.iter().map(|s| s.to_string())),
            "-o" => {
                rest.next();
            }
            _ => args.push(a.clone()),
        }
    }
    if !cmd.arguments.iter().any(|a| a == "-c") {
        args.extend(IR_FLAGS.iter().map(|s| s.to_string()));
    }
    args.push("-o".into());
    args.push(out.display().to_string());
    args
}

fn run(args: &[String], cwd: &Path) -> Result<()> {
    let out = Command::new(&args[0])
        .args(&args[1..])
        .current_dir(cwd)
        .output()
        .with_context(|| format!("running {}", args[0]))?;
    if !out.status.success() {
        bail!(
            "{} failed ({}):\n{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

/// Compiles and optimises every TU of `cmds` into `work/opt/*.ll` with `jobs`
/// threads. A TU whose command line is unchanged since the last run is reused.
/// Returns the optimised IR files, in command order.
pub fn build(
    cmds: &[CompileCommand],
    work: &Path,
    tools: &Tools,
    jobs: usize,
) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(work.join("ir"))?;
    std::fs::create_dir_all(work.join("opt"))?;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<PathBuf>)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= cmds.len() {
                    break;
                }
                let r = build_one(i, &cmds[i], work, tools);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (_, r) in results {
        match r {
            Ok(p) => out.push(p),
            Err(e) => errors.push(format!("{e:#}")),
        }
    }
    if !errors.is_empty() {
        bail!(
            "{} translation unit(s) failed:\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
    Ok(out)
}

fn build_one(i: usize, cmd: &CompileCommand, work: &Path, tools: &Tools) -> Result<PathBuf> {
    let stem = cmd
        .file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("tu")
        .to_string();
    let ir = work.join("ir").join(format!("{i:04}-{stem}.ll"));
    let opt = work.join("opt").join(format!("{i:04}-{stem}.ll"));
    let stamp = work.join("opt").join(format!("{i:04}-{stem}.cmd"));
    let cc = ir_command(cmd, &tools.clang, &ir);
    let oc: Vec<String> = vec![
        tools.opt.clone(),
        "-S".into(),
        format!("-passes={PASSES}"),
        ir.display().to_string(),
        "-o".into(),
        opt.display().to_string(),
    ];
    let key = format!("{}\n{}\n", cc.join(" "), oc.join(" "));
    if opt.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(key.as_str()) {
        return Ok(opt);
    }
    run(&cc, &cmd.directory)?;
    run(&oc, &cmd.directory)?;
    std::fs::write(&stamp, key)?;
    Ok(opt)
}

/// One parameter of a `define` line.
#[derive(Debug, Clone, PartialEq)]
pub struct IrParam {
    pub ty: String,
    pub attrs: Vec<String>,
    pub name: Option<String>,
}

/// One `define` of a module, attribute groups resolved.
#[derive(Debug, Clone)]
pub struct IrFunction {
    pub name: String,
    pub internal: bool,
    pub params: Vec<IrParam>,
    pub fn_attrs: Vec<String>,
}

/// Splits at top-level `sep` (outside (), [], {}, <> and quotes).
fn split_top(s: &str, sep: impl Fn(char) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    let mut quote = false;
    for c in s.chars() {
        if quote {
            cur.push(c);
            if c == '"' {
                quote = false;
            }
            continue;
        }
        match c {
            '"' => {
                quote = true;
                cur.push(c);
            }
            '(' | '[' | '{' | '<' => {
                depth += 1;
                cur.push(c);
            }
            ')' | ']' | '}' | '>' => {
                depth -= 1;
                cur.push(c);
            }
            c if depth == 0 && sep(c) => {
                if !cur.trim().is_empty() {
                    out.push(cur.trim().to_string());
                }
                cur.clear();
            }
            c => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// Index just past the `)` matching the `(` at `open`.
fn matching_paren(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote = false;
    for (i, c) in s[open..].char_indices() {
        if quote {
            if c == '"' {
                quote = false;
            }
            continue;
        }
        match c {
            '"' => quote = true,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_param(p: &str) -> IrParam {
    let toks = split_top(p, char::is_whitespace);
    let mut toks: Vec<String> = toks;
    let name = match toks.last() {
        Some(t) if t.starts_with('%') && toks.len() > 1 => toks.pop(),
        _ => None,
    };
    let mut ty = toks.first().cloned().unwrap_or_default();
    let mut rest = 1;
    // `ptr addrspace(N)`
    if toks.get(1).is_some_and(|t| t.starts_with("addrspace(")) {
        ty = format!("{ty} {}", toks[1]);
        rest = 2;
    }
    IrParam {
        ty,
        attrs: toks.get(rest..).map(|t| t.to_vec()).unwrap_or_default(),
        name,
    }
}

/// Parses the `define`s of a textual IR module.
pub fn parse_module(text: &str) -> Vec<IrFunction> {
    let mut groups: HashMap<String, Vec<String>> = HashMap::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("attributes #") {
            if let (Some(eq), Some(open), Some(close)) =
                (rest.find(" = "), rest.find('{'), rest.rfind('}'))
            {
                let id = format!("#{}", &rest[..eq]);
                groups.insert(id, split_top(&rest[open + 1..close], char::is_whitespace));
            }
        }
    }
    let mut out = Vec::new();
    for line in text.lines() {
        if !line.starts_with("define ") {
            continue;
        }
        let Some(at) = line.find(" @") else { continue };
        let head = &line[..at];
        let after = &line[at + 2..];
        let (name, rest) = if let Some(q) = after.strip_prefix('"') {
            match q.find('"') {
                Some(e) => (q[..e].to_string(), &q[e + 1..]),
                None => continue,
            }
        } else {
            let e = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || "_.$-".contains(c)))
                .unwrap_or(after.len());
            (after[..e].to_string(), &after[e..])
        };
        if !rest.starts_with('(') {
            continue;
        }
        let Some(close) = matching_paren(rest, 0) else {
            continue;
        };
        let params = split_top(&rest[1..close - 1], |c| c == ',')
            .into_iter()
            .filter(|p| p != "...")
            .map(|p| parse_param(&p))
            .collect();
        let tail = rest[close..].split('{').next().unwrap_or("");
        let mut fn_attrs = Vec::new();
        let mut toks = split_top(tail, char::is_whitespace).into_iter();
        while let Some(t) = toks.next() {
            if t.starts_with('!') {
                toks.next(); // `!dbg !12`
            } else if t.starts_with('#') {
                fn_attrs.extend(groups.get(&t).cloned().unwrap_or_default());
            } else {
                fn_attrs.push(t);
            }
        }
        let internal = head
            .split_whitespace()
            .any(|w| w == "internal" || w == "private");
        out.push(IrFunction {
            name,
            internal,
            params,
            fn_attrs,
        });
    }
    out
}

/// What the function's `memory(...)` (or legacy readnone/readonly/writeonly)
/// allows on argument memory: "none", "read", "write" or "readwrite".
pub fn argmem_effect(fn_attrs: &[String]) -> &'static str {
    fn kind(s: &str) -> &'static str {
        match s.trim() {
            "none" => "none",
            "read" => "read",
            "write" => "write",
            _ => "readwrite",
        }
    }
    for a in fn_attrs {
        if let Some(inner) = a.strip_prefix("memory(").and_then(|s| s.strip_suffix(')')) {
            let mut default = "none";
            let mut argmem = None;
            for item in inner.split(',') {
                match item.split_once(':') {
                    Some((loc, k)) if loc.trim() == "argmem" => argmem = Some(kind(k)),
                    Some(_) => {}
                    None => default = kind(item),
                }
            }
            return argmem.unwrap_or(default);
        }
        match a.as_str() {
            "readnone" => return "none",
            "readonly" => return "read",
            "writeonly" => return "write",
            _ => {}
        }
    }
    "readwrite"
}

/// The baseline's facts for the pointer parameters of `f`, indexed by C
/// parameter: `sret` is dropped and `x.coerce0`, `x.coerce1`... count as one.
pub fn param_facts(f: &IrFunction) -> Vec<ParamFacts> {
    let argmem = argmem_effect(&f.fn_attrs);
    let mut out: Vec<ParamFacts> = Vec::new();
    for p in &f.params {
        if p.attrs.iter().any(|a| a.starts_with("sret")) {
            continue;
        }
        let continues_split = p.name.as_deref().is_some_and(|n| {
            n.rsplit_once(".coerce").is_some_and(|(_, k)| {
                !k.is_empty() && k != "0" && k.chars().all(|c| c.is_ascii_digit())
            })
        });
        if continues_split && !out.is_empty() {
            continue;
        }
        let mut pf = ParamFacts::default();
        let is_ptr = p.ty.starts_with("ptr") && !p.attrs.iter().any(|a| a.starts_with("byval"));
        if is_ptr {
            let has = |a: &str| p.attrs.iter().any(|x| x == a);
            let v = |b: bool| if b { Verdict::No } else { Verdict::Maybe };
            pf.facts.insert(
                "retained".into(),
                v(has("nocapture") || has("captures(none)")),
            );
            pf.facts.insert(
                "writes".into(),
                v(has("readonly") || has("readnone") || argmem == "none" || argmem == "read"),
            );
            pf.facts.insert(
                "reads".into(),
                v(has("writeonly") || has("readnone") || argmem == "none" || argmem == "write"),
            );
            pf.facts.insert(
                "returned".into(),
                if has("returned") {
                    Verdict::Yes
                } else {
                    Verdict::Maybe
                },
            );
            pf.evidence.push(format!(
                "LLVM: {} {}{}; function argmem: {argmem}",
                p.ty,
                p.attrs.join(" "),
                p.name
                    .as_deref()
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default()
            ));
        }
        out.push(pf);
    }
    out
}

/// Reads optimised IR files into per-function facts. An external definition
/// wins over an internal one of the same name.
pub fn read_facts(files: &[PathBuf]) -> Result<ToolFacts> {
    let mut facts: ToolFacts = HashMap::new();
    let mut internal_only: std::collections::HashSet<String> = Default::default();
    for f in files {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for func in parse_module(&text) {
            let known = facts.contains_key(&func.name);
            if known && (func.internal || !internal_only.contains(&func.name)) {
                continue;
            }
            if func.internal {
                internal_only.insert(func.name.clone());
            } else {
                internal_only.remove(&func.name);
            }
            facts.insert(func.name.clone(), param_facts(&func));
        }
    }
    Ok(facts)
}

/// First line of `clang --version`.
pub fn clang_version(clang: &str) -> String {
    Command::new(clang)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().next().map(str::to_string))
        .unwrap_or_else(|| format!("{clang}: not found"))
}
