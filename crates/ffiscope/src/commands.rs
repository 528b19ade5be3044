//! One function per command.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use ffiscope_facts::{FactsDocument, FunctionFacts};
use ffiscope_report as report;

use crate::cli::*;
use crate::pipeline;
use crate::ui::Ui;

pub fn dispatch(cli: Cli) -> Result<i32> {
    let ui = Ui::new(cli.quiet);
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    match cli.command {
        Command::Decls(a) => decls(a, &ui),
        Command::Summarize(a) => summarize(a, &ui),
        Command::Explain(a) => explain(a, &ui, color),
        Command::Threads(a) => threads(a, &ui),
        Command::Check(a) => check(a, &ui, color),
        Command::Rules(a) => rules(a),
    }
}

/// Exit code after printing what could be analysed: 2 when some input failed.
fn exit_code(failures: usize) -> i32 {
    if failures > 0 {
        eprintln!(
            "error: {failures} translation unit(s) could not be analysed (see above); the output covers the others"
        );
        2
    } else {
        0
    }
}

fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

fn decls(a: DeclsArgs, ui: &Ui) -> Result<i32> {
    let c = pipeline::compile(&a.inputs, &a.compile, ui)?;
    let (mut doc, failures) = pipeline::decls(&c, ui);
    if !a.layouts {
        doc.layouts.clear();
    }
    match a.format {
        OutputFormat::Json => print_json(&doc)?,
        OutputFormat::Text => print!("{}", report::render_decls_text(&doc)),
    }
    Ok(exit_code(c.failures + failures))
}

fn summarize(a: SummarizeArgs, ui: &Ui) -> Result<i32> {
    let c = pipeline::compile(&a.inputs, &a.compile, ui)?;
    // A warm re-run prints the output it rendered last time: parsing and re-rendering the
    // facts of sqlite3 alone took longer than the 0.5 s a warm run may take.
    let rendered_name = format!(
        "summarize-v1-{:?}-{}-{}.out",
        a.format,
        a.all,
        pipeline::cwd_tag()
    );
    let whole = a.functions.is_empty() && c.failures == 0;
    if whole {
        if let Some(bytes) = c.cache.get_artifact(&c.key, &rendered_name) {
            use std::io::Write;
            std::io::stdout().lock().write_all(&bytes)?;
            return Ok(exit_code(0));
        }
    }
    let models = pipeline::load_models(&a.compile)?;
    let (analysed, failures) = pipeline::facts(&c, &models, a.all, pipeline::Threads::Safety, ui);
    let mut functions = analysed.facts.functions;
    if !a.functions.is_empty() {
        let missing: Vec<&String> = a
            .functions
            .iter()
            .filter(|n| !functions.iter().any(|f| f.name == **n))
            .collect();
        for m in &missing {
            eprintln!(
                "warning: no exported function `{m}` is defined in the inputs{}",
                suggestion(m, &functions)
            );
        }
        functions.retain(|f| a.functions.contains(&f.name));
    }
    let rendered = match a.format {
        OutputFormat::Json => serde_json::to_string_pretty(&FactsDocument::new(functions))? + "\n",
        OutputFormat::Text => report::render_facts_text(&functions),
    };
    print!("{rendered}");
    if whole && failures == 0 {
        if let Err(e) = c
            .cache
            .put_artifact(&c.key, &rendered_name, rendered.as_bytes())
        {
            eprintln!("warning: cannot cache the rendered output: {e}");
        }
    }
    let code = exit_code(c.failures + failures);
    // The parsed IR is freed off the critical path (the process may exit first).
    std::thread::spawn(move || drop(c));
    Ok(code)
}

/// ` (did you mean `x`?)` when a defined name is close.
fn suggestion(name: &str, functions: &[FunctionFacts]) -> String {
    let lower = name.to_lowercase();
    functions
        .iter()
        .find(|f| {
            let n = f.name.to_lowercase();
            n.contains(&lower) || lower.contains(&n)
        })
        .map(|f| format!(" (did you mean `{}`?)", f.name))
        .unwrap_or_default()
}

/// Splits `[INPUTS]... FUNCTION [PARAM]`: the trailing arguments that are not paths. A
/// parameter may share its name with a path in the current directory (`src`): after an
/// argument that is not a path, the last one is the parameter whatever it names.
fn split_explain_args(args: &[String]) -> Result<(Vec<PathBuf>, String, Option<String>)> {
    let exists = |s: &String| Path::new(s).exists();
    let n = args.len();
    let (end, param) = match args {
        [.., f, p] if !exists(f) => (n - 2, Some(p.clone())),
        [.., p] if !exists(p) => (n - 1, None),
        _ => bail!("name the function to explain after the inputs: ffiscope explain [INPUTS]... FUNCTION [PARAMETER]"),
    };
    let inputs: Vec<PathBuf> = args[..end].iter().map(PathBuf::from).collect();
    Ok((inputs, args[end].clone(), param))
}

fn explain(a: ExplainArgs, ui: &Ui, color: bool) -> Result<i32> {
    let (inputs, func, param) = split_explain_args(&a.args)?;
    let c = pipeline::compile(&inputs, &a.compile, ui)?;
    let models = pipeline::load_models(&a.compile)?;
    let (analysed, failures) = pipeline::facts(&c, &models, true, pipeline::Threads::Safety, ui);
    let functions = analysed.facts.functions;
    let matches: Vec<&FunctionFacts> = functions
        .iter()
        .filter(|f| f.name == func || f.name.split('@').next() == Some(func.as_str()))
        .collect();
    if matches.is_empty() {
        bail!(
            "no function `{func}` is defined in the inputs{}",
            suggestion(&func, &functions)
        );
    }
    let sources = report::FsSources::new(std::env::current_dir().unwrap_or_default());
    for f in matches {
        if let Some(p) = &param {
            let known = f
                .params
                .iter()
                .any(|x| &x.name == p || p.parse::<u32>().ok() == Some(x.index));
            if !known {
                let names: Vec<&str> = f.params.iter().map(|x| x.name.as_str()).collect();
                bail!(
                    "`{}` has no parameter `{p}`; its parameters are: {}",
                    f.name,
                    names.join(", ")
                );
            }
        }
        let opts = report::ExplainOptions {
            param: param.as_deref(),
            color,
        };
        print!("{}", report::render_explain(f, &sources, &opts));
    }
    Ok(exit_code(c.failures + failures))
}

fn threads(a: ThreadsArgs, ui: &Ui) -> Result<i32> {
    let c = pipeline::compile(&a.inputs, &a.compile, ui)?;
    let models = pipeline::load_models(&a.compile)?;
    let (analysed, failures) = pipeline::facts(&c, &models, false, pipeline::Threads::Model, ui);
    match a.format {
        OutputFormat::Json => {
            let functions: Vec<serde_json::Value> = analysed
                .facts
                .functions
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "name": f.name,
                        "thread_safety": f.thread_safety,
                        "globals": f.globals,
                    })
                })
                .collect();
            print_json(&serde_json::json!({
                "tool": "ffiscope",
                "version": ffiscope_facts::TOOL_VERSION,
                "functions": functions,
                "model": analysed.thread_model,
            }))?;
        }
        OutputFormat::Text => print!("{}", analysed.thread_text),
    }
    Ok(exit_code(c.failures + failures))
}

fn rules(a: RulesArgs) -> Result<i32> {
    match a.code {
        Some(code) => match ffiscope_check::rule(&code) {
            Some(r) => {
                println!("{} {} ({:?})\n", r.code, r.name, r.default_severity);
                println!("{}", r.doc.trim_end());
                Ok(0)
            }
            None => bail!("no rule `{code}`; `ffiscope rules` lists them"),
        },
        None => {
            for r in ffiscope_check::all_rules() {
                println!(
                    "{}  {:<28} {:<8} {}",
                    r.code,
                    r.name,
                    format!("{:?}", r.default_severity).to_lowercase(),
                    r.summary
                );
            }
            Ok(0)
        }
    }
}

fn check(a: CheckArgs, ui: &Ui, color: bool) -> Result<i32> {
    let root = a.path.clone().unwrap_or_else(|| PathBuf::from("."));
    let load = ffiscope_rust::LoadOptions {
        features: a.features.clone(),
        all_features: a.all_features,
        no_default_features: a.no_default_features,
        packages: a.packages.clone(),
        offline: a.offline,
        ..Default::default()
    };
    let mut c_inputs = a.c_inputs.clone();
    let mut load_opts = load.clone();
    let mut build_notes = Vec::new();
    let t_start = std::time::Instant::now();
    if !a.no_build {
        ui.spinner("building");
        let exe = std::env::current_exe().context("cannot find the ffiscope executable")?;
        let shim_env = vec![(ffiscope_rust::shim::ENV_SHIM.to_string(), "1".to_string())];
        // The shim compiles each unit to IR into the cache the analysis reads.
        let cache = (!a.compile.no_cache)
            .then(|| ffiscope_cfront::Cache::open(a.compile.cache_dir.clone()).ok())
            .flatten()
            .filter(|c| c.warning().is_none()); // a fallback temp dir would not be shared
        let build = |ir_only: bool| {
            let mut env = shim_env.clone();
            if let Some(cache) = &cache {
                let prefetch = crate::shim::Prefetch {
                    cache_dir: cache.root().to_path_buf(),
                    compile: a.compile.clone(),
                    ir_only,
                };
                if let Ok(json) = serde_json::to_string(&prefetch) {
                    env.push((crate::shim::ENV_PREFETCH.to_string(), json));
                }
            }
            let opts = ffiscope_rust::ShimOptions {
                load: load.clone(),
                shim_program: Some(exe.clone()),
                shim_env: env,
                // Stub objects and real ones never share a target dir: cargo would keep a
                // build script's stub archive when only the shim's mode changed.
                target_subdir: if ir_only {
                    "ffiscope"
                } else {
                    "ffiscope-objects"
                }
                .into(),
                ..Default::default()
            };
            ffiscope_rust::build_with_shim(&root, &opts)
        };
        let ir_only = cache.is_some() && !a.real_objects;
        let mut capture = build(ir_only)?;
        if ir_only && !capture.success {
            // A build script, or a build dependency's, may link or run what it compiled:
            // build again with real objects (the user's own build errors come back the
            // same, at the cost of a second try).
            build_notes.push(
                "the build failed with IR-only compiles, so it ran again with the real C compiler (pass --real-objects to skip the first try)".into(),
            );
            capture = build(false)?;
        }
        ui.clear();
        if !capture.success {
            build_notes.push(format!(
                "the build did not finish ({}); checking what was recorded",
                capture.errors.join("; ")
            ));
        }
        for lib in &capture.system_libs {
            // Once per library and package (a build script may print the same link twice).
            let note = format!(
                "`{}` (linked by {}) comes from the system without source: its declarations are not checked (name its sources or headers in [package.metadata.ffiscope] extra-c-sources)",
                lib.name, lib.package
            );
            if !build_notes.contains(&note) {
                build_notes.push(note);
            }
        }
        load_opts.out_dirs = capture.out_dirs();
        load_opts.target_dir = Some(capture.target_dir.clone());
        load_opts.cargo_env = capture.cargo_env.clone();
        if !capture.compile_commands.is_empty() {
            let db = capture.log_path.with_file_name("compile_commands.json");
            ffiscope_rust::shim::write_compile_commands(&capture.compile_commands, &db)
                .with_context(|| format!("cannot write {}", db.display()))?;
            c_inputs.push(db);
        }
    }
    let t_build = t_start.elapsed();
    let model = ffiscope_rust::load_crate(&root, &load_opts)?;
    let t_model = t_start.elapsed() - t_build;
    let mut config = ffiscope_check::Config::load(&model.root).map_err(anyhow::Error::msg)?;
    config = config
        .with_model_metadata(&model)
        .map_err(anyhow::Error::msg)?;
    config.check_dependencies |= a.check_dependencies;
    c_inputs.extend(config.extra_c_sources.iter().cloned());
    let mut compile = a.compile;
    compile
        .clang_args
        .extend(config.clang_flags.iter().cloned());
    let (decls, facts, failures) = if c_inputs.is_empty() {
        build_notes.push("no C sources were found: only Rust-side rules ran".into());
        (
            ffiscope_facts::DeclsDocument {
                tool: "ffiscope".into(),
                version: ffiscope_facts::TOOL_VERSION.into(),
                schema: ffiscope_facts::SCHEMA_VERSION,
                functions: vec![],
                layouts: vec![],
            },
            None,
            0,
        )
    } else {
        let t0 = std::time::Instant::now();
        let c = pipeline::compile(&c_inputs, &compile, ui)?;
        let t_compile = t0.elapsed();
        let models = pipeline::load_models(&compile)?;
        let (decls, f1) = pipeline::decls(&c, ui);
        let (analysed, f2) = pipeline::facts(&c, &models, false, pipeline::Threads::Skip, ui);
        if pipeline::timings() {
            eprintln!(
                "ffiscope: timings: build with the compile-command shim {t_build:.2?}, crate model {t_model:.2?}, C to IR {t_compile:.2?}, decls and facts {:.2?}",
                t0.elapsed() - t_compile
            );
        }
        (decls, Some(analysed.facts), c.failures + f1.max(f2))
    };
    let result = ffiscope_check::check(&model, &decls, facts.as_ref(), &config);
    let sources = report::FsSources::new(&model.root);
    let out = match (a.message_format, a.format) {
        (Some(MessageFormat::Json), _) => report::render_cargo_messages(
            &result,
            &report::CargoContext::from_model(&model),
            &sources,
        ),
        (_, CheckFormat::Json) => report::render_json(&result),
        (_, CheckFormat::Sarif) => report::render_sarif(
            &result,
            &report::SarifOptions {
                src_root: Some(model.root.clone()),
            },
        ),
        (_, CheckFormat::Text) => report::render_text(
            &result,
            &sources,
            &report::TextOptions {
                color,
                show_skipped: true,
            },
        ),
    };
    print!("{out}");
    for n in &build_notes {
        ui.warn(&format!("note: {n}"));
    }
    if failures > 0 {
        return Ok(exit_code(failures));
    }
    let failing = result.errors()
        + if a.deny_warnings {
            result.warnings()
        } else {
            0
        };
    Ok(i32::from(failing > 0))
}

#[cfg(test)]
mod tests {
    use super::split_explain_args;

    #[test]
    fn explain_arguments_split_at_the_function_name() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.c");
        std::fs::write(&input, "").unwrap();
        let path = input.to_string_lossy().into_owned();
        let dir_name = dir.path().to_string_lossy().into_owned();
        let split = |v: &[&str]| {
            let v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
            split_explain_args(&v).ok()
        };
        let (i, f, p) = split(&[&path, "deflate", "strm"]).unwrap();
        assert_eq!(
            (i.len(), f.as_str(), p.as_deref()),
            (1, "deflate", Some("strm"))
        );
        let (i, f, p) = split(&[&path, "deflate"]).unwrap();
        assert_eq!((i.len(), f.as_str(), p), (1, "deflate", None));
        // A parameter named like an existing path (zstd's `src` next to a `src/` directory).
        let (i, f, p) = split(&[&path, "compress", &dir_name]).unwrap();
        assert_eq!(
            (i.len(), f.as_str(), p.as_deref()),
            (1, "compress", Some(&dir_name[..]))
        );
        assert!(split(&[&path]).is_none());
    }
}
