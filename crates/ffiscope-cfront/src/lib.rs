//! The C front end of ffiscope: finds a project's C translation units and drives clang to
//! textual LLVM IR, through a content-addressed cache.
//!
//! Pipeline: [`collect_inputs`] turns C files, directories and `compile_commands.json`
//! files into [`TranslationUnit`]s (source + exact flags); [`find_clang`] finds clang 15
//! or newer ([`find_clang_cached`] remembers its `--version` so a warm run spawns nothing); [`compile_all`] runs `clang -S -emit-llvm -g -O0 ...` on every unit in parallel,
//! or finds the IR in the [`Cache`], and later stages keep their own results in the same
//! cache with [`Cache::put_artifact`] under the unit's [`CompiledTu::key`] (or a
//! [`Cache::combined_key`] of several), so a warm re-run does no work at all.
//!
//! Architecture invariants:
//! * Never panics on user input (paths, JSON, command lines, depfiles, clang output, cache
//!   contents). Every error is a value that names the file (and line, for JSON) and says
//!   what to do; [`ClangError`] always says how to install a suitable clang.
//! * The library never prints. Warnings come back as data ([`Cache::warning`],
//!   [`CompiledTu::notes`]) and progress through a callback ([`CompileOptions::progress`]).
//! * One failing translation unit never stops the others: [`compile_all`] returns one
//!   result per unit, in input order, carrying clang's own message for failures.
//! * A [`TranslationUnit`]'s arguments are self-contained and independent of where
//!   ffiscope runs: relative paths are made absolute, plain files compile in their own
//!   directory (databases in their `directory`), and output-only or IR-conflicting flags (`-o`, `-c`, `-M*`, `-O*`, `-g*`,
//!   `-flto`, sanitizers, prefix maps, `-Werror`, plugins) are removed.
//! * A cache entry is either complete or absent: every file is written to a temporary file
//!   on the same file system and renamed into place; a truncated or corrupt entry is a
//!   miss. Concurrent runs sharing a cache directory are safe.
//! * A key covers everything the IR depends on: source and included headers (contents and
//!   paths), arguments, working directory, clang's `--version` text, header-search
//!   environment variables and [`CACHE_FORMAT`]. Editing any header the unit included
//!   invalidates it; sources changed while clang ran are not cached.
//! * Looking up a warm entry does not run clang: it hashes the source and the headers
//!   recorded with the entry ([`Cache::tu_key`]).

mod args;
pub mod cache;
pub mod clang;
pub mod compile;
pub mod input;
pub mod shell;

pub use cache::{Cache, CacheError, CACHE_FORMAT};
pub use clang::{
    find_clang, find_clang_cached, find_clang_in, find_clang_with, parse_version, Clang,
    ClangError, Version, CLANG_ENV, INSTALL_HINT, MIN_CLANG_MAJOR,
};
pub use compile::{compile_all, compile_one, CompileError, CompileOptions, CompiledTu};
pub use input::{collect_inputs, collect_inputs_in, InputError, InputSpec, TranslationUnit};

#[cfg(test)]
mod no_panic {
    //! Every parser of outside text, fed many random strings of the characters that matter.

    use std::path::Path;

    fn strings(seed: u64, n: usize) -> impl Iterator<Item = String> {
        const ALPHABET: &[&str] = &[
            " ",
            "\t",
            "\n",
            "\r",
            "\\",
            "'",
            "\"",
            "$",
            "#",
            ":",
            "@",
            "=",
            ",",
            "-",
            "--",
            "-I",
            "-D",
            "-o",
            "-x",
            "-Xclang",
            "-include",
            "-M",
            "-Wp,",
            "c",
            "a.c",
            "/",
            "..",
            ".",
            "é",
            "\u{0}",
            "[",
            "]",
            "{",
            "}",
            "clang version ",
            "1",
            "9.",
            "Apple ",
            "error: ",
            "unknown argument",
            "'-f",
            "ffiscope-cache ",
        ];
        let mut state = seed;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..n).map(move |_| {
            let len = (next() % 24) as usize;
            (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect()
        })
    }

    #[test]
    fn parsers_never_panic() {
        for s in strings(0x9e3779b97f4a7c15, 20_000) {
            let words = crate::shell::split(&s).unwrap_or_else(|_| vec![s.clone()]);
            let joined = crate::shell::join(&words);
            assert_eq!(crate::shell::split(&joined).as_ref(), Ok(&words), "{s:?}");
            let _ = crate::args::filter(&words, Path::new("/base"));
            let _ = crate::args::normalize(Path::new(&s));
            let _ = crate::compile::parse_depfile(&s);
            let _ = crate::compile::unknown_args(&s);
            let _ = crate::clang::parse_version(&s);
        }
    }
}
