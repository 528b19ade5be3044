//! Textual LLVM IR, as clang 15 to 22 emits it, parsed into a plain model.
//!
//! Architecture invariants:
//! * Parsing never panics: malformed input is a [`ParseError`] naming file, line, column and
//!   the offending text.
//! * The model is plain data with index handles ([`ValueId`], [`SymId`], [`BlockId`]); it is
//!   `Send + Sync` and is never mutated after parsing.
//! * Debug metadata is indexed at parse time and parsed on first use ([`Module::md`]), so
//!   the cost of debug info is paid only for the nodes a caller looks at.
//! * Linking ([`Program`]) merges translation units by name without copying them: external
//!   names resolve across TUs, internal (`static`) ones stay per TU.

#![forbid(unsafe_code)]

pub mod debuginfo;
pub mod decls;
pub mod dump;
pub mod lexer;
pub mod md;
pub mod model;
pub mod module;
pub mod parser;
pub mod program;
mod remap;

pub use debuginfo::{DiTypes, SrcPos};
pub use decls::decls_document;
pub use md::{MdNode, MdValue};
pub use model::*;
pub use module::{DataLayout, GepOffset, Module};
pub use parser::{parse_module, parse_module_bodies_apart, parse_module_bytes, ParseError};
pub use program::{FuncRef, Program};
