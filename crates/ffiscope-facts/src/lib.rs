//! Plain data shared between ffiscope's stages.
//!
//! Architecture invariant: this crate holds only data types (serde-serializable,
//! no I/O, no analysis). Everything that crosses a crate boundary is defined here,
//! so a stage can be replaced without touching its neighbours.
//!
//! * [`facts`] mirrors `shared/FACTS.md` field by field (the public JSON contract).
//! * [`decl`] describes C prototypes and record layouts rebuilt from debug info.

pub mod decl;
pub mod facts;

pub use decl::*;
pub use facts::*;

/// The tool version written into every JSON document.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Schema version of the JSON documents (bump when a meaning changes).
pub const SCHEMA_VERSION: u32 = 1;

/// A place in the C sources, as the user gave the path (or relative to the analysed root).
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct SourceLoc {
    pub file: String,
    pub line: u32,
}
