//! rustc-style text with source snippets.

use annotate_snippets::{Level, Renderer, Snippet};

use ffiscope_check::{CheckResult, Finding, Severity};

use crate::sources::{byte_offset, SourceProvider};

/// Options of [`render_text`].
#[derive(Debug, Clone, Default)]
pub struct TextOptions {
    /// ANSI colors.
    pub color: bool,
    /// List what was skipped, one note each (otherwise only counted).
    pub show_skipped: bool,
}

const MAX_SNIPPET_LINES: u32 = 6;

fn level(s: Severity) -> Level {
    match s {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Note => Level::Note,
    }
}

/// The notes under a finding: where in C, then the evidence (merged with the C location
/// when they name the same line).
pub(crate) fn notes(f: &Finding) -> Vec<String> {
    let mut out = Vec::new();
    let mut evidence: Vec<&ffiscope_check::EvidenceStep> = f.evidence.iter().collect();
    if let Some(c) = f.c.as_ref().filter(|c| !c.file.is_empty()) {
        let what = match (&c.function, &c.record, c.param) {
            (Some(func), _, Some(p)) => format!("C function `{func}`, parameter {}", p + 1),
            (Some(func), _, None) => format!("C function `{func}`"),
            (None, Some(r), _) => format!("C type `{r}`"),
            _ => "C code".to_string(),
        };
        let mut line = format!("{what} at {}:{}", c.file, c.line);
        if let Some(i) = evidence
            .iter()
            .position(|e| e.side == "c" && e.file == c.file && e.line == c.line)
        {
            line.push_str(&format!(": {}", evidence[i].note));
            evidence.remove(i);
        }
        out.push(line);
    }
    for e in evidence {
        let side = if e.side == "rust" { "Rust" } else { "C" };
        out.push(format!("{side} {}:{}: {}", e.file, e.line, e.note));
    }
    out
}

/// One finding as rustc would print it.
pub fn render_finding(f: &Finding, sources: &dyn SourceProvider, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let lvl = level(f.severity);
    let footers = notes(f);
    let help = f.help.clone();
    let rule_label = f.rule.clone();

    let source = f.rust.as_ref().and_then(|r| sources.source(&r.file));
    let mut snippet_text = String::new();
    let mut span = 0..0;
    let mut line_start = 1usize;
    let mut origin = String::new();
    let mut location_note = None;
    if let Some(r) = &f.rust {
        origin = r.file.clone();
        let end_line = r.end_line.unwrap_or(r.line).max(r.line);
        let last = end_line.min(r.line + MAX_SNIPPET_LINES - 1);
        match source.as_deref() {
            Some(text) if r.line > 0 => {
                let lines: Vec<&str> = text
                    .lines()
                    .skip(r.line as usize - 1)
                    .take((last - r.line + 1) as usize)
                    .collect();
                if lines.is_empty() {
                    location_note = Some(format!("{}:{}:{}", r.file, r.line, r.column));
                } else {
                    snippet_text = lines.join("\n");
                    line_start = r.line as usize;
                    let start = byte_offset(&snippet_text, 1, r.column).unwrap_or(0);
                    let end = if end_line == r.line {
                        byte_offset(&snippet_text, 1, r.end_column.unwrap_or(r.column + 1))
                    } else if end_line <= last {
                        byte_offset(
                            &snippet_text,
                            end_line - r.line + 1,
                            r.end_column.unwrap_or(1),
                        )
                    } else {
                        Some(snippet_text.len())
                    }
                    .unwrap_or(start + 1);
                    let end = end.max(start + 1).min(snippet_text.len().max(start + 1));
                    span = start..end;
                }
            }
            _ => location_note = Some(format!("{}:{}:{}", r.file, r.line, r.column)),
        }
    }
    let mut msg = lvl.title(&f.message).id(&f.code);
    if !snippet_text.is_empty() {
        msg = msg.snippet(
            Snippet::source(&snippet_text)
                .line_start(line_start)
                .origin(&origin)
                .fold(false)
                .annotation(lvl.span(span).label(&rule_label)),
        );
    }
    if let Some(n) = &location_note {
        msg = msg.footer(Level::Note.title(n));
    }
    for n in &footers {
        msg = msg.footer(Level::Note.title(n));
    }
    if let Some(h) = &help {
        msg = msg.footer(Level::Help.title(h));
    }
    let rendered = renderer.render(msg).to_string();
    rendered
}

/// Every finding, then a summary line (`ffiscope: 2 errors, 1 warning; 3 skipped`).
pub fn render_text(
    result: &CheckResult,
    sources: &dyn SourceProvider,
    opts: &TextOptions,
) -> String {
    let mut out = String::new();
    for f in &result.findings {
        out.push_str(&render_finding(f, sources, opts.color));
        out.push_str("\n\n");
    }
    if opts.show_skipped {
        let renderer = if opts.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        for s in &result.skipped {
            let title = format!("skipped {}", s.what);
            out.push_str(
                &renderer
                    .render(Level::Note.title(&title).footer(Level::Note.title(&s.why)))
                    .to_string(),
            );
            out.push_str("\n\n");
        }
    }
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let mut parts = vec![
        plural(result.errors(), "error"),
        plural(result.warnings(), "warning"),
    ];
    let notes = result.findings.len() - result.errors() - result.warnings();
    if notes > 0 {
        parts.push(plural(notes, "note"));
    }
    let mut line = format!("ffiscope: {}", parts.join(", "));
    if !result.suppressed.is_empty() {
        line.push_str(&format!(" ({} suppressed)", result.suppressed.len()));
    }
    let c = &result.checked;
    if c.foreign_functions > 0 {
        line.push_str(&format!(
            "; checked {} ({} defined in the C code, {} with effect facts)",
            plural(c.foreign_functions, "foreign function"),
            c.defined_in_c,
            c.with_facts
        ));
    }
    if !result.skipped.is_empty() {
        line.push_str(&format!(
            "; {} skipped",
            plural(result.skipped.len(), "item")
        ));
    }
    out.push_str(&line);
    out.push('\n');
    out
}
