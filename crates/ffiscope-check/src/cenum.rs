//! C enums with their enumerators. `ffiscope_facts::DeclsDocument` describes an enum type only
//! by name and underlying integer (`CType::Enum`), so this crate defines the enumerator list
//! itself; it is read from an `"enums"` array next to `"functions"` and `"layouts"` in a decls
//! JSON file (serde ignores the field when reading a plain `DeclsDocument`), and passed to the
//! checker through [`crate::Config::c_enums`]. The IR stage can emit it from
//! `DW_TAG_enumeration_type`/`DW_TAG_enumerator`; then this type should move to
//! `ffiscope-facts`.

use serde::{Deserialize, Serialize};

use ffiscope_facts::SourceLoc;

/// One enumerator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CEnumerator {
    pub name: String,
    pub value: i64,
}

/// A C enum and its enumerators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CEnumDecl {
    /// The tag (or synthesized name), as in `CType::Enum::name`.
    pub name: String,
    pub size_bytes: u64,
    pub signed: bool,
    pub enumerators: Vec<CEnumerator>,
    #[serde(default)]
    pub location: Option<SourceLoc>,
}

#[derive(Deserialize)]
struct EnumsOnly {
    #[serde(default)]
    enums: Vec<CEnumDecl>,
}

/// Reads the `"enums"` array of a decls JSON document (empty when absent).
pub fn enums_from_decls_json(json: &str) -> Result<Vec<CEnumDecl>, String> {
    serde_json::from_str::<EnumsOnly>(json)
        .map(|e| e.enums)
        .map_err(|e| e.to_string())
}
