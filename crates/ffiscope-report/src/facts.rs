//! Human renderings of C-side documents: `ffiscope summarize` (one block per function),
//! `ffiscope explain` (every verdict with its evidence as source snippets) and
//! `ffiscope decls`.

use std::fmt::Write as _;

use annotate_snippets::{Level, Renderer, Snippet};
use ffiscope_facts::{
    CallbackUse, DeclsDocument, Evidence, FunctionFacts, ParamFacts, PointerFacts, RetainedAt,
    Returns, ThreadVerdict, Verdict, WriteDepth,
};

use crate::sources::SourceProvider;

/// How a retained place reads in one line: `arg 0 ->state->strm`, `global registry`.
pub fn retained_place(r: &RetainedAt) -> String {
    match r {
        RetainedAt::Global { global, path, .. } => format!("global `{global}`{path}"),
        RetainedAt::Arg { arg, path, .. } => format!("arg {arg}{path}"),
        RetainedAt::Return { path, .. } => format!("the return value{path}"),
        RetainedAt::Thread { .. } => "a new thread".into(),
        RetainedAt::Unknown { callee, .. } => format!("unknown code ({callee})"),
    }
}

fn writes_text(p: &PointerFacts) -> String {
    match (p.writes, p.depth) {
        (Verdict::No, _) => "no".into(),
        (v, Some(WriteDepth::Direct)) => format!("{v} (direct)"),
        (v, Some(WriteDepth::Indirect)) => format!("{v} (indirect)"),
        (v, None) => v.to_string(),
    }
}

/// The return kind in a few words.
pub fn returns_text(r: &Returns) -> String {
    match r {
        Returns::Owned { deallocator } => match deallocator {
            Some(d) => format!("owned (release with `{d}`)"),
            None => "owned (deallocator unknown)".into(),
        },
        Returns::Alias { of } => {
            let args: Vec<String> = of.iter().map(|a| format!("arg {a}")).collect();
            format!("alias of {}", args.join(", "))
        }
        Returns::Static { global } => match global {
            Some(g) => format!("static storage (`{g}`)"),
            None => "static storage".into(),
        },
        Returns::Borrowed { from } => match from {
            Some(f) => format!("borrowed from {f}"),
            None => "borrowed".into(),
        },
        Returns::Scalar => "scalar".into(),
        Returns::Void => "void".into(),
        Returns::Maybe { .. } => "maybe".into(),
    }
}

fn thread_text(v: ThreadVerdict) -> &'static str {
    match v {
        ThreadVerdict::Safe => "safe",
        ThreadVerdict::Unsafe => "unsafe",
        ThreadVerdict::Maybe => "maybe",
    }
}

fn callback_text(c: CallbackUse) -> &'static str {
    match c {
        CallbackUse::Called => "called",
        CallbackUse::Stored => "stored",
        CallbackUse::CalledAndStored => "called and stored",
        CallbackUse::None => "not used",
        CallbackUse::Maybe => "maybe",
    }
}

fn param_line(p: &ParamFacts, width: usize) -> String {
    let Some(pf) = &p.pointer else {
        return format!("  {:width$}  {}", p.name, p.ty);
    };
    let mut retained = pf.retained.to_string();
    if !pf.retained_at.is_empty() {
        let places: Vec<String> = pf.retained_at.iter().map(retained_place).collect();
        retained = format!("{retained} in {}", places.join("; "));
    }
    if let Some(c) = &pf.condition {
        // The engine phrases conditions as "only when ...".
        retained = format!("{retained}, {c}");
    }
    let mut s = format!(
        "  {:width$}  reads {} · writes {} · retained {} · freed {} · null_ok {} · returned {}",
        p.name,
        pf.reads,
        writes_text(pf),
        retained,
        pf.freed,
        pf.null_ok,
        pf.returned
    );
    if let Some(cb) = pf.callback {
        let _ = write!(s, " · callback {}", callback_text(cb));
    }
    s
}

/// `ffiscope summarize` text: one block per function.
pub fn render_facts_text(functions: &[FunctionFacts]) -> String {
    let mut out = String::new();
    for f in functions {
        let _ = writeln!(out, "{}  ({}:{})", f.name, f.location.file, f.location.line);
        let _ = writeln!(out, "  {}", f.signature);
        let width = f
            .params
            .iter()
            .filter(|p| p.pointer.is_some())
            .map(|p| p.name.len())
            .max()
            .unwrap_or(0);
        for p in f.params.iter().filter(|p| p.pointer.is_some()) {
            let _ = writeln!(out, "{}", param_line(p, width));
        }
        let _ = writeln!(out, "  returns {}", returns_text(&f.returns));
        let _ = write!(out, "  threads {}", thread_text(f.thread_safety.verdict));
        if let Some(r) = f.thread_safety.reasons.first() {
            let more = f.thread_safety.reasons.len() - 1;
            let _ = write!(out, ": {r}");
            if more > 0 {
                let _ = write!(out, " (+{more} more)");
            }
        }
        let _ = writeln!(out);
        if !f.globals.writes.is_empty() {
            let _ = writeln!(out, "  writes globals {}", f.globals.writes.join(", "));
        }
        out.push('\n');
    }
    out
}

/// `ffiscope decls` text: one prototype per line with its location; layouts after.
pub fn render_decls_text(d: &DeclsDocument) -> String {
    let mut out = String::new();
    for f in &d.functions {
        let _ = writeln!(
            out,
            "{}:{}: {};",
            f.location.file, f.location.line, f.signature
        );
    }
    for l in &d.layouts {
        let kind = if l.union { "union" } else { "struct" };
        let _ = writeln!(
            out,
            "\n{kind} {}  size {} align {}",
            l.name, l.size_bytes, l.align_bytes
        );
        for field in &l.fields {
            let bits = match field.bit_width {
                Some(w) => format!(" : {w} (bit {})", field.offset_bits),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "  @{:<5} {}{bits}",
                field.offset_bits / 8,
                field.ty.declare(&field.name)
            );
        }
    }
    out
}

/// Options of [`render_explain`].
pub struct ExplainOptions<'a> {
    /// Only this parameter (by name or 0-based index).
    pub param: Option<&'a str>,
    pub color: bool,
}

/// Splits an evidence note `code  (what happens)` into its parts.
fn split_note(note: &str) -> (&str, &str) {
    match note.rfind("  (") {
        Some(i) if note.ends_with(')') => (&note[..i], &note[i + 3..note.len() - 1]),
        _ => ("", note),
    }
}

/// One evidence path as a rustc-style note with a snippet per step.
fn render_path(
    title: &str,
    steps: &[Evidence],
    sources: &dyn SourceProvider,
    renderer: &Renderer,
) -> String {
    let mut texts = Vec::new();
    for e in steps {
        let (_, what) = split_note(&e.note);
        let line = sources.source(&e.file).and_then(|t| {
            t.lines()
                .nth(e.line.saturating_sub(1) as usize)
                .map(str::to_string)
        });
        texts.push((e, what.to_string(), line));
    }
    let mut msg = Level::Note.title(title);
    let mut plain = Vec::new();
    for (e, what, line) in &texts {
        match line {
            Some(l) if !l.trim().is_empty() => {
                let start = l.len() - l.trim_start().len();
                let end = l.trim_end().len();
                msg = msg.snippet(
                    Snippet::source(l)
                        .line_start(e.line as usize)
                        .origin(&e.file)
                        .annotation(Level::Info.span(start..end).label(what)),
                );
            }
            _ => plain.push(format!("{}:{}: {}", e.file, e.line, e.note)),
        }
    }
    let mut out = renderer.render(msg).to_string();
    for p in plain {
        let _ = write!(out, "\n  = at {p}");
    }
    out.push('\n');
    out
}

/// `ffiscope explain`: every verdict of one function, with the source lines behind it.
pub fn render_explain(
    f: &FunctionFacts,
    sources: &dyn SourceProvider,
    opts: &ExplainOptions,
) -> String {
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}  ({}:{})", f.name, f.location.file, f.location.line);
    let _ = writeln!(out, "  {}\n", f.signature);
    let selected = |p: &ParamFacts| match opts.param {
        None => true,
        Some(sel) => p.name == sel || sel.parse::<u32>().ok() == Some(p.index),
    };
    for p in f.params.iter().filter(|p| selected(p)) {
        let Some(pf) = &p.pointer else {
            let _ = writeln!(out, "{} ({}): not a pointer, no facts\n", p.name, p.ty);
            continue;
        };
        let _ = writeln!(out, "parameter {} `{}` ({})", p.index, p.name, p.ty);
        let _ = writeln!(out, "{}", param_line(p, p.name.len()));
        if pf.retained_at.is_empty() {
            let why = match pf.retained {
                Verdict::No => {
                    "retained no: no path stores it (or a pointer derived from it) anywhere that outlives the call"
                }
                Verdict::Maybe => "retained maybe: see the reasons below",
                Verdict::Yes => "retained yes",
            };
            let _ = writeln!(out, "  {why}");
        }
        if let Some(c) = &pf.condition {
            let _ = writeln!(out, "  condition: {c}");
        }
        for r in &pf.retained_at {
            let title = format!("`{}` is retained in {}", p.name, retained_place(r));
            out.push_str(&render_path(&title, r.evidence(), sources, &renderer));
        }
        let ev = &pf.evidence;
        for (fact, verdict, steps) in [
            ("reads", pf.reads, &ev.reads),
            ("writes", pf.writes, &ev.writes),
            ("freed", pf.freed, &ev.freed),
            ("null_ok", pf.null_ok, &ev.null_ok),
        ] {
            if !steps.is_empty() {
                let title = format!("{fact} {verdict}: `{}`", p.name);
                out.push_str(&render_path(&title, steps, sources, &renderer));
            }
        }
        for reason in &pf.reasons {
            let _ = writeln!(out, "  = reason: {reason}");
        }
        out.push('\n');
    }
    if opts.param.is_none() {
        let _ = writeln!(out, "returns {}", returns_text(&f.returns));
        if let Returns::Maybe { reasons } = &f.returns {
            for r in reasons {
                let _ = writeln!(out, "  = reason: {r}");
            }
        }
        let _ = writeln!(
            out,
            "thread safety {}",
            thread_text(f.thread_safety.verdict)
        );
        for r in &f.thread_safety.reasons {
            let _ = writeln!(out, "  = reason: {r}");
        }
        if !f.globals.reads.is_empty() || !f.globals.writes.is_empty() {
            let _ = writeln!(
                out,
                "globals read: {}; written: {}",
                list_or_none(&f.globals.reads),
                list_or_none(&f.globals.writes)
            );
        }
        if !f.assumptions.is_empty() {
            let _ = writeln!(out, "assumptions:");
            for a in &f.assumptions {
                let _ = writeln!(out, "  - {a}");
            }
        }
    }
    out
}

fn list_or_none(v: &[String]) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}
