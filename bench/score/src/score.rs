//! Comparing tool answers with the ground truth, and the report.

use crate::truth::Row;
use crate::{ToolFacts, Verdict, FACTS};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The two columns of every table.
pub const TOOLS: [&str; 2] = ["ffiscope", "LLVM"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    CorrectYes,
    CorrectNo,
    WrongYes,
    WrongNo,
    Maybe,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub correct_yes: usize,
    pub correct_no: usize,
    pub wrong_yes: usize,
    pub wrong_no: usize,
    pub maybe: usize,
}

impl Tally {
    pub fn add(&mut self, o: Outcome) {
        match o {
            Outcome::CorrectYes => self.correct_yes += 1,
            Outcome::CorrectNo => self.correct_no += 1,
            Outcome::WrongYes => self.wrong_yes += 1,
            Outcome::WrongNo => self.wrong_no += 1,
            Outcome::Maybe => self.maybe += 1,
        }
    }

    pub fn merge(&mut self, o: &Tally) {
        self.correct_yes += o.correct_yes;
        self.correct_no += o.correct_no;
        self.wrong_yes += o.wrong_yes;
        self.wrong_no += o.wrong_no;
        self.maybe += o.maybe;
    }

    pub fn total(&self) -> usize {
        self.correct_yes + self.correct_no + self.wrong_yes + self.wrong_no + self.maybe
    }
}

fn callback_stores(v: &str) -> bool {
    v == "stored" || v == "called_and_stored"
}

/// Judges one answer. `None` when the truth itself is "maybe" (not scored).
/// For `callback` a "yes" is any value that includes `stored`.
pub fn judge(fact: &str, truth: &str, tool: &Verdict) -> Option<Outcome> {
    if truth == "maybe" {
        return None;
    }
    if matches!(tool, Verdict::Maybe) {
        return Some(Outcome::Maybe);
    }
    let tool = tool.as_str();
    if fact == "callback" {
        let t = callback_stores(truth);
        if tool == truth {
            return Some(if t {
                Outcome::CorrectYes
            } else {
                Outcome::CorrectNo
            });
        }
        return Some(match (t, callback_stores(tool)) {
            (true, false) => Outcome::WrongNo,
            (false, true) => Outcome::WrongYes,
            (true, true) => Outcome::CorrectYes,
            (false, false) => Outcome::CorrectNo,
        });
    }
    Some(match (truth, tool) {
        ("yes", "yes") => Outcome::CorrectYes,
        ("no", "no") => Outcome::CorrectNo,
        ("no", "yes") => Outcome::WrongYes,
        ("yes", "no") => Outcome::WrongNo,
        _ => Outcome::Maybe,
    })
}

/// A wrong "no", with what is needed to look into it.
#[derive(Debug, Clone)]
pub struct Mistake {
    pub lib: String,
    pub function: String,
    pub param: usize,
    pub param_name: String,
    pub fact: String,
    pub truth: String,
    pub condition: Option<String>,
    pub citation: String,
    pub source: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct LibScore {
    pub lib: String,
    pub rows: usize,
    /// fact → [ffiscope, LLVM]
    pub tallies: BTreeMap<String, [Tally; 2]>,
    /// [ffiscope, LLVM]
    pub wrong_no: [Vec<Mistake>; 2],
    /// Rows whose function or parameter the tool did not report, per tool.
    pub missing: [Vec<String>; 2],
}

/// Scores one library. `tools[0]` is ffiscope (None: not run, all "maybe"),
/// `tools[1]` the LLVM baseline.
pub fn score_lib(lib: &str, rows: &[Row], tools: [Option<&ToolFacts>; 2]) -> LibScore {
    let mut s = LibScore {
        lib: lib.to_string(),
        rows: rows.len(),
        ..Default::default()
    };
    for row in rows {
        for (t, facts) in tools.iter().enumerate() {
            let pf = facts.and_then(|f| {
                let p = f.get(&row.function);
                if p.is_none() || p.is_some_and(|p| p.len() <= row.param) {
                    s.missing[t].push(format!(
                        "{}#{} ({})",
                        row.function,
                        row.param,
                        if p.is_none() {
                            "no such function"
                        } else {
                            "no such parameter"
                        }
                    ));
                }
                p.and_then(|p| p.get(row.param))
            });
            for fact in FACTS {
                let Some(truth) = row.fact(fact) else {
                    continue;
                };
                let tool = pf.map(|p| p.get(fact)).unwrap_or(Verdict::Maybe);
                let Some(o) = judge(fact, truth, &tool) else {
                    continue;
                };
                s.tallies.entry(fact.to_string()).or_default()[t].add(o);
                if o == Outcome::WrongNo {
                    let c = &row.citation;
                    s.wrong_no[t].push(Mistake {
                        lib: lib.to_string(),
                        function: row.function.clone(),
                        param: row.param,
                        param_name: row.param_name.clone(),
                        fact: fact.to_string(),
                        truth: truth.to_string(),
                        condition: row.condition.clone(),
                        citation: format!(
                            "{}:{}: {}",
                            c.file,
                            c.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into()),
                            c.text
                        ),
                        source: row
                            .source_check
                            .iter()
                            .map(|s| format!("{}:{}: {}", s.file, s.line, s.code))
                            .collect::<Vec<_>>()
                            .join(" | "),
                        evidence: pf.map(|p| p.evidence.clone()).unwrap_or_default(),
                    });
                }
            }
        }
    }
    s
}

/// Run metadata printed with every report.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub date: String,
    pub commit: String,
    pub clang: String,
    pub ffiscope: String,
}

fn totals(scores: &[LibScore]) -> BTreeMap<String, [Tally; 2]> {
    let mut t: BTreeMap<String, [Tally; 2]> = BTreeMap::new();
    for s in scores {
        for (f, v) in &s.tallies {
            let e = t.entry(f.clone()).or_default();
            e[0].merge(&v[0]);
            e[1].merge(&v[1]);
        }
    }
    t
}

fn ordered(t: &BTreeMap<String, [Tally; 2]>) -> Vec<(&str, [Tally; 2])> {
    FACTS
        .iter()
        .filter_map(|f| t.get(*f).map(|v| (*f, *v)))
        .collect()
}

fn text_table(out: &mut String, title: &str, t: &BTreeMap<String, [Tally; 2]>) {
    let _ = writeln!(out, "\n{title}");
    let _ = writeln!(
        out,
        "{:<9} {:>4} | {:>5} {:>5} {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} {:>5} {:>5}",
        "fact",
        "n",
        "f:ok+",
        "f:ok-",
        "f:X+",
        "f:X-",
        "f:?",
        "L:ok+",
        "L:ok-",
        "L:X+",
        "L:X-",
        "L:?"
    );
    for (f, [a, b]) in ordered(t) {
        let _ = writeln!(
            out,
            "{:<9} {:>4} | {:>5} {:>5} {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} {:>5} {:>5}",
            f,
            a.total(),
            a.correct_yes,
            a.correct_no,
            a.wrong_yes,
            a.wrong_no,
            a.maybe,
            b.correct_yes,
            b.correct_no,
            b.wrong_yes,
            b.wrong_no,
            b.maybe
        );
    }
}

fn mistakes(out: &mut String, tool: usize, scores: &[LibScore], md: bool) {
    for s in scores {
        for m in &s.wrong_no[tool] {
            let cond = m
                .condition
                .as_deref()
                .map(|c| format!(" when {c}"))
                .unwrap_or_default();
            if md {
                let _ = writeln!(
                    out,
                    "- `{}` `{}` param {} `{}`: **{}** is \"{}\"{} but {} said \"no\"\n  - doc: {}\n  - source: {}",
                    m.lib, m.function, m.param, m.param_name, m.fact, m.truth, cond, TOOLS[tool], m.citation, m.source
                );
                for e in &m.evidence {
                    let _ = writeln!(out, "  - {}: `{}`", TOOLS[tool], e);
                }
            } else {
                let _ = writeln!(
                    out,
                    "  [{}] {} param {} ({}): {} is \"{}\"{} but {} said \"no\"",
                    m.lib, m.function, m.param, m.param_name, m.fact, m.truth, cond, TOOLS[tool]
                );
                let _ = writeln!(out, "      doc:    {}", m.citation);
                let _ = writeln!(out, "      source: {}", m.source);
                if m.evidence.is_empty() {
                    let _ = writeln!(out, "      {} gave no evidence", TOOLS[tool]);
                }
                for e in &m.evidence {
                    let _ = writeln!(out, "      {}: {}", TOOLS[tool], e);
                }
            }
        }
    }
}

/// The plain-text report.
pub fn render_text(scores: &[LibScore], meta: &Meta) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "ffiscope accuracy — {} — ffiscope {} — {} — ffiscope: {}",
        meta.date, meta.commit, meta.clang, meta.ffiscope
    );
    let _ = writeln!(
        out,
        "columns: f = ffiscope, L = LLVM function-attrs; ok+ correct yes, ok- correct no, X+ wrong yes, X- wrong no, ? maybe"
    );
    for s in scores {
        text_table(
            &mut out,
            &format!("== {} ({} rows)", s.lib, s.rows),
            &s.tallies,
        );
        for (t, name) in TOOLS.iter().enumerate() {
            if !s.missing[t].is_empty() && (t == 1 || !meta.ffiscope.starts_with("not run")) {
                let _ = writeln!(
                    out,
                    "  {name} did not report {} row(s): {}",
                    s.missing[t].len(),
                    s.missing[t].join(", ")
                );
            }
        }
    }
    let rows: usize = scores.iter().map(|s| s.rows).sum();
    text_table(&mut out, &format!("== all ({rows} rows)"), &totals(scores));
    for (t, name) in TOOLS.iter().enumerate() {
        let n: usize = scores.iter().map(|s| s.wrong_no[t].len()).sum();
        let _ = writeln!(
            out,
            "\n{name}: {n} wrong \"no\"{}",
            if t == 0 {
                " (fatal)"
            } else {
                " (reported, not fatal)"
            }
        );
        mistakes(&mut out, t, scores, false);
    }
    out
}

fn md_row(out: &mut String, label: &str, f: &str, a: &Tally, b: &Tally) {
    let _ = writeln!(
        out,
        "| {label} | {f} | {} | {} | {} | {} | **{}** | {} | {} | {} | {} | **{}** | {} |",
        a.total(),
        a.correct_yes,
        a.correct_no,
        a.wrong_yes,
        a.wrong_no,
        a.maybe,
        b.correct_yes,
        b.correct_no,
        b.wrong_yes,
        b.wrong_no,
        b.maybe
    );
}

/// The Markdown report, for BENCHMARKS.md.
pub fn render_markdown(scores: &[LibScore], meta: &Meta) -> String {
    let mut out = String::new();
    let rows: usize = scores.iter().map(|s| s.rows).sum();
    let _ = writeln!(out, "## Accuracy against the ground truth\n");
    let _ = writeln!(
        out,
        "Run {} on ffiscope `{}` with {}; ffiscope: {}. {} labelled (function, parameter) rows \
         from `bench/ground-truth`; generated by `bench/score.sh`.\n",
        meta.date, meta.commit, meta.clang, meta.ffiscope, rows
    );
    let _ = writeln!(
        out,
        "Per fact: correct yes / correct no / wrong yes / **wrong no** / maybe, for ffiscope and for \
         LLVM's `function-attrs` (nocapture → retained no, readonly → writes no, writeonly → reads no, \
         returned → returned yes).\n"
    );
    let _ = writeln!(
        out,
        "| lib | fact | n | ffiscope ✓yes | ✓no | ✗yes | ✗no | maybe | LLVM ✓yes | ✓no | ✗yes | ✗no | maybe |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for s in scores {
        for (f, [a, b]) in ordered(&s.tallies) {
            md_row(&mut out, &s.lib, f, &a, &b);
        }
    }
    for (f, [a, b]) in ordered(&totals(scores)) {
        md_row(&mut out, "**all**", f, &a, &b);
    }
    for (t, name) in TOOLS.iter().enumerate() {
        let n: usize = scores.iter().map(|s| s.wrong_no[t].len()).sum();
        let _ = writeln!(out, "\n### {name}: {n} wrong \"no\"\n");
        mistakes(&mut out, t, scores, true);
    }
    out
}

/// `YYYY-MM-DD` (UTC) of now, without a date crate.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
