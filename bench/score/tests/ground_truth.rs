//! Every ground-truth file parses, every row is well-formed and cited, no
//! (lib, function, param) appears twice, and — when the corpus is available —
//! every function is defined in the library's C sources and every cited line
//! says what the row claims it says.

use ffiscope_score::{corpus, truth};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

fn all_rows() -> Vec<truth::Row> {
    let dir = truth::default_dir();
    let libs = truth::libs(&dir).expect("bench/ground-truth is readable");
    assert!(
        libs.len() >= 4,
        "expected at least four libraries, got {libs:?}"
    );
    libs.iter()
        .flat_map(|l| truth::load(&dir, l).unwrap_or_else(|e| panic!("{l}: {e:#}")))
        .collect()
}

#[test]
fn rows_are_well_formed_cited_and_unique() {
    let rows = all_rows();
    assert!(rows.len() >= 150, "only {} rows", rows.len());
    let mut seen = HashSet::new();
    let mut positives = 0;
    for r in &rows {
        r.validate()
            .unwrap_or_else(|e| panic!("{} {} param {}: {e:#}", r.lib, r.function, r.param));
        assert!(
            seen.insert((r.lib.clone(), r.function.clone(), r.param)),
            "duplicate row {} {} param {}",
            r.lib,
            r.function,
            r.param
        );
        if r.retained.as_deref() == Some("yes") || r.freed.as_deref() == Some("yes") {
            positives += 1;
        }
        if r.retained.as_deref() != Some("yes") {
            assert!(
                r.retained_at.is_none(),
                "{}: retained_at without retained yes",
                r.function
            );
        }
    }
    assert!(
        positives * 3 >= rows.len(),
        "{positives} of {} rows are retained/freed yes; want at least a third",
        rows.len()
    );
}

/// Strips comment decoration so a doc sentence matches its source line.
fn norm(s: &str) -> String {
    s.trim()
        .trim_start_matches("/**")
        .trim_start_matches("/*")
        .trim_start_matches('*')
        .trim_start_matches("//")
        .trim_end_matches("*/")
        .trim()
        .to_string()
}

fn line_says(root: &Path, file: &str, line: u32, text: &str) -> Result<(), String> {
    let path = root.join(file);
    let content = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let got = content
        .lines()
        .nth(line as usize - 1)
        .ok_or_else(|| format!("{file}:{line}: no such line"))?;
    let (g, t) = (norm(got), norm(text));
    if got.contains(text) || (!g.is_empty() && t.contains(&g)) || g.contains(&t) {
        Ok(())
    } else {
        Err(format!("{file}:{line} is {got:?}, row quotes {text:?}"))
    }
}

/// The corpus, or `None` (after a loud message) when it cannot be fetched.
fn corpus_commands() -> Option<BTreeMap<String, Vec<corpus::CompileCommand>>> {
    let dir = truth::default_dir();
    let mut out = BTreeMap::new();
    for lib in truth::libs(&dir).unwrap() {
        match corpus::write_compile_commands(&lib).and_then(|p| corpus::read_compile_commands(&p)) {
            Ok(c) => {
                out.insert(lib, c);
            }
            Err(e) => {
                eprintln!(
                    "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
                     !! SKIPPING the source checks of the ground truth: the C corpus is not\n\
                     !! available ({e:#}).\n\
                     !! Run bench/corpus/fetch.sh (needs cargo, python3, crates.io).\n\
                     !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                );
                return None;
            }
        }
    }
    Some(out)
}

#[test]
fn rows_match_the_c_sources() {
    let Some(commands) = corpus_commands() else {
        return;
    };
    let rows = all_rows();
    let mut errors = Vec::new();
    for (lib, cmds) in &commands {
        let root: PathBuf = corpus::source_root(cmds).expect("commands");
        // The library's sources: every compiled file and the .c files beside
        // them (some, like pcre2_jit_misc.c, are #included by another TU).
        let mut dirs: Vec<PathBuf> = cmds
            .iter()
            .filter_map(|c| c.directory.join(&c.file).parent().map(Path::to_path_buf))
            .collect();
        dirs.sort();
        dirs.dedup();
        let mut texts = Vec::new();
        for d in &dirs {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "c") {
                    texts.push(std::fs::read_to_string(&p).unwrap_or_default());
                }
            }
        }
        for r in rows.iter().filter(|r| &r.lib == lib) {
            let name = r.c_name();
            if !texts.iter().any(|t| corpus::defines_function(t, name)) {
                errors.push(format!(
                    "{lib}: no definition of {name} in the library's C files"
                ));
            }
            if let Some(line) = r.citation.line {
                if let Err(e) = line_says(&root, &r.citation.file, line, &r.citation.text) {
                    errors.push(format!("{lib} {} citation: {e}", r.function));
                }
            }
            for s in &r.source_check {
                if let Err(e) = line_says(&root, &s.file, s.line, &s.code) {
                    errors.push(format!("{lib} {} source_check: {e}", r.function));
                }
            }
        }
    }
    assert!(
        errors.is_empty(),
        "{} problem(s):\n{}",
        errors.len(),
        errors.join("\n")
    );
}
