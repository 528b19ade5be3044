//! The C declarations a library exports, rebuilt from debug info: what `ffiscope decls`
//! prints and what the Rust-side checks compare `extern` blocks against.

use std::collections::BTreeMap;

use ffiscope_facts::{CFunctionDecl, CRecordLayout, DeclsDocument};

use crate::debuginfo::DiTypes;
use crate::program::Program;

/// Prototypes of the externally visible functions defined in `prog`, sorted by name (the
/// first definition wins when a name is defined twice), and the layouts of every record
/// reachable from them. Functions without debug info are skipped: clang always emits it
/// for the IR ffiscope asks for.
pub fn decls_document(prog: &Program) -> DeclsDocument {
    let mut functions: BTreeMap<String, CFunctionDecl> = BTreeMap::new();
    let mut layouts: BTreeMap<String, CRecordLayout> = BTreeMap::new();
    for m in &prog.modules {
        // DI node ids are per module, so each module gets its own converter.
        let mut types = DiTypes::default();
        for f in &m.functions {
            if f.is_declaration() || !f.linkage.is_external() || functions.contains_key(&f.name) {
                continue;
            }
            if let Some(d) = m.c_decl(f, &mut types) {
                functions.insert(d.name.clone(), d);
            }
        }
        for (name, l) in types.layouts {
            layouts.entry(name).or_insert(l);
        }
    }
    DeclsDocument {
        tool: "ffiscope".into(),
        version: ffiscope_facts::TOOL_VERSION.into(),
        schema: ffiscope_facts::SCHEMA_VERSION,
        functions: functions.into_values().collect(),
        layouts: layouts.into_values().collect(),
    }
}
