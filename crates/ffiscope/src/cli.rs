//! Command-line syntax (clap). Every C-reading command takes the same inputs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "ffiscope",
    version,
    about = "What C functions do with the pointers you hand them, checked against your Rust bindings",
    long_about = "ffiscope reads C sources through clang's LLVM IR and infers, for every exported \
function, what it does with each pointer parameter (reads, writes, retains, frees, accepts NULL), \
what it returns and whether it is thread-safe, with the source lines that show it. It then checks \
a Rust crate's extern declarations and safe wrappers against those facts.\n\n\
C inputs (for decls, summarize, explain, threads) are any mix of .c files, directories (every .c \
below them) and compile_commands.json files. clang >= 15 must be installed (or named by \
FFISCOPE_CLANG).\n\n\
Examples:\n  ffiscope summarize examples/handles\n  ffiscope explain examples/handles \
hd_set_user user\n  ffiscope decls --layouts build/compile_commands.json\n  cargo ffiscope      \
(checks the crate in the current directory)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Colors in text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// No progress bar.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the exported C functions with their prototypes rebuilt from debug info.
    ///
    /// Each externally visible function defined in the inputs, with file and line;
    /// --layouts adds every struct and union reachable from the prototypes (size,
    /// alignment, field offsets).
    Decls(DeclsArgs),
    /// Infer the pointer facts of every exported function (reads, writes, retained, freed,
    /// null_ok, returned, callbacks, returns, thread safety).
    ///
    /// Text by default, one block per function; --format json prints the document
    /// defined in FACTS.md.
    Summarize(SummarizeArgs),
    /// Show the evidence behind each verdict of one function, as source lines.
    ///
    /// Usage: ffiscope explain [INPUTS]... FUNCTION [PARAMETER]. The trailing arguments
    /// that are not existing paths name the function and, optionally, one parameter (by
    /// name or 0-based index).
    Explain(ExplainArgs),
    /// The library's thread model: which exported functions touch unprotected shared
    /// state, which conflict with which, and which are safe to call concurrently.
    Threads(ThreadsArgs),
    /// Check a Rust crate's extern declarations and safe wrappers against the C code it
    /// binds (the C sources are found by building the crate with a recording compiler).
    Check(CheckArgs),
    /// List the check rules, or print the documentation of one (`ffiscope rules FFI0003`).
    Rules(RulesArgs),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

/// The C inputs and how to compile them. (Serializable: `check` hands them to its compiler
/// shim, which compiles units to IR the same way.)
#[derive(Args, Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CompileArgs {
    /// Extra include directory (as clang's -I), for every file.
    #[arg(short = 'I', long = "include", value_name = "DIR")]
    pub includes: Vec<PathBuf>,
    /// Macro definition (as clang's -D): NAME or NAME=VALUE.
    #[arg(short = 'D', long = "define", value_name = "NAME[=VALUE]")]
    pub defines: Vec<String>,
    /// C standard (c99, gnu11, ...).
    #[arg(long = "std", value_name = "STD")]
    pub std: Option<String>,
    /// Target triple (x86_64-linux-gnu, aarch64-linux-gnu, ...).
    #[arg(long, value_name = "TRIPLE")]
    pub target: Option<String>,
    /// Any other clang flag, appended last (repeat for several).
    #[arg(long = "clang-arg", value_name = "FLAG", allow_hyphen_values = true)]
    pub clang_args: Vec<String>,
    /// Cache directory for IR and results (default: the user's cache dir).
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Use a throw-away cache: compile and analyse everything again.
    #[arg(long)]
    pub no_cache: bool,
    /// Parallel clang processes and analysis threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Extra model file(s) for external functions (TOML, same format as the built-in libc
    /// models); entries override built-in ones.
    #[arg(long = "models", value_name = "FILE")]
    pub models: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DeclsArgs {
    /// C files, directories and compile_commands.json files.
    #[arg(value_name = "INPUTS")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub compile: CompileArgs,
    /// Also list the layouts of structs and unions reachable from the prototypes.
    #[arg(long)]
    pub layouts: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Args, Debug)]
pub struct SummarizeArgs {
    /// C files, directories and compile_commands.json files.
    #[arg(value_name = "INPUTS")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub compile: CompileArgs,
    /// Only these functions (repeat for several).
    #[arg(long = "function", short = 'f', value_name = "NAME")]
    pub functions: Vec<String>,
    /// Also internal (`static`) functions, named `name@file`.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// [INPUTS]... FUNCTION [PARAMETER]
    #[arg(value_name = "ARGS", required = true)]
    pub args: Vec<String>,
    #[command(flatten)]
    pub compile: CompileArgs,
}

#[derive(Args, Debug)]
pub struct ThreadsArgs {
    /// C files, directories and compile_commands.json files.
    #[arg(value_name = "INPUTS")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub compile: CompileArgs,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style diagnostics with snippets.
    Text,
    /// The findings document of FACTS.md.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    Human,
    /// cargo's compiler-message JSON lines (for rust-analyzer's check command).
    Json,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The crate or workspace (a directory or Cargo.toml); default the current directory.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// `json`: cargo's message format, as `cargo check --message-format=json` prints it.
    #[arg(long, value_enum)]
    pub message_format: Option<MessageFormat>,
    /// Package(s) of the workspace to check.
    #[arg(short = 'p', long = "package", value_name = "NAME")]
    pub packages: Vec<String>,
    #[arg(long, value_name = "FEATURES", value_delimiter = ',')]
    pub features: Vec<String>,
    #[arg(long)]
    pub all_features: bool,
    #[arg(long)]
    pub no_default_features: bool,
    /// Pass --offline to cargo.
    #[arg(long)]
    pub offline: bool,
    /// Do not build the crate to find its C sources; use only --c inputs (and the
    /// configuration's extra sources).
    #[arg(long)]
    pub no_build: bool,
    /// Extra C inputs (files, directories, compile_commands.json).
    #[arg(long = "c", value_name = "INPUT")]
    pub c_inputs: Vec<PathBuf>,
    /// Fail (exit 1) on warnings too, not only on errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Also report on the declarations of -sys dependencies (as `check-dependencies = true`
    /// in the configuration): for a crate that uses another crate's extern blocks.
    #[arg(long)]
    pub check_dependencies: bool,
    /// Let the real C compiler build each object during the build. By default the compiler
    /// shim compiles a C file to IR, has the real compiler check it with -fsyntax-only, and
    /// hands the build a stub object (the build is a `cargo check`); a build that fails that
    /// way is retried with real objects. Use this for build scripts that inspect the objects
    /// they compile.
    #[arg(long)]
    pub real_objects: bool,
    #[command(flatten)]
    pub compile: CompileArgs,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// A rule code (FFI0003) or name (integer-width).
    pub code: Option<String>,
}
