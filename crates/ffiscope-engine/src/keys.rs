//! Program-wide names for globals and functions: external names are shared across
//! translation units, internal (`static`) ones are qualified by their unit.

use ffiscope_ir::{FuncRef, Linkage, Program, SymId, SymKind};
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, PartialEq)]
pub enum KeyKind {
    Var {
        /// Defining module and index, when some unit defines it.
        def: Option<(u32, u32)>,
        constant: bool,
        thread_local: bool,
    },
    Func(Option<FuncRef>),
}

#[derive(Debug, Default)]
pub struct Keys {
    pub names: Vec<String>,
    pub kinds: Vec<KeyKind>,
    map: FxHashMap<String, u32>,
    per_module: Vec<Vec<u32>>,
    /// Globals other units can name (not `static`), sorted: code the analysis cannot see
    /// may use them.
    pub exported_vars: Vec<u32>,
}

impl Keys {
    pub fn build(prog: &Program) -> Keys {
        let mut k = Keys::default();
        for (mi, m) in prog.modules.iter().enumerate() {
            let unit = short_unit(&m.source_filename, &m.path);
            let mut table = Vec::with_capacity(m.symbols.len());
            for (si, s) in m.symbols.iter().enumerate() {
                let sym = SymId(si as u32);
                let (name, kind) = match s.kind {
                    SymKind::Function(fi) => {
                        let f = &m.functions[fi as usize];
                        if !f.is_declaration() && !f.linkage.is_external() {
                            (
                                format!("{unit}:{}", s.name),
                                KeyKind::Func(Some(FuncRef {
                                    module: mi as u32,
                                    function: fi,
                                })),
                            )
                        } else {
                            (
                                s.name.clone(),
                                KeyKind::Func(prog.resolve_function(mi as u32, sym)),
                            )
                        }
                    }
                    SymKind::Global(gi) => {
                        let g = &m.globals[gi as usize];
                        let internal = matches!(g.linkage, Linkage::Internal | Linkage::Private);
                        let def = prog.resolve_global(mi as u32, sym);
                        let (constant, tls) = match def {
                            Some((dm, dg)) => {
                                let dg = &prog.modules[dm as usize].globals[dg as usize];
                                (dg.is_constant, dg.thread_local)
                            }
                            None => (g.is_constant, g.thread_local),
                        };
                        let name = if internal {
                            format!("{unit}:{}", s.name)
                        } else {
                            s.name.clone()
                        };
                        (
                            name,
                            KeyKind::Var {
                                def,
                                constant,
                                thread_local: tls,
                            },
                        )
                    }
                    SymKind::Alias(_) => match prog.resolve_function(mi as u32, sym) {
                        Some(fr) => (prog.function(fr).name.clone(), KeyKind::Func(Some(fr))),
                        None => (
                            s.name.clone(),
                            KeyKind::Var {
                                def: None,
                                constant: false,
                                thread_local: false,
                            },
                        ),
                    },
                    SymKind::Unresolved => (s.name.clone(), KeyKind::Func(None)),
                };
                let key = match k.map.get(&name) {
                    Some(&key) => {
                        // Prefer the more informative kind (a definition over a declaration).
                        if matches!(k.kinds[key as usize], KeyKind::Func(None))
                            || matches!(k.kinds[key as usize], KeyKind::Var { def: None, .. })
                        {
                            k.kinds[key as usize] = kind;
                        }
                        key
                    }
                    None => {
                        let key = k.names.len() as u32;
                        k.names.push(name.clone());
                        k.kinds.push(kind);
                        k.map.insert(name, key);
                        key
                    }
                };
                if let SymKind::Global(gi) = s.kind {
                    let internal = matches!(
                        m.globals[gi as usize].linkage,
                        Linkage::Internal | Linkage::Private
                    );
                    if !internal {
                        k.exported_vars.push(key);
                    }
                }
                table.push(key);
            }
            k.per_module.push(table);
        }
        k.exported_vars.sort_unstable();
        k.exported_vars.dedup();
        k
    }

    pub fn of_sym(&self, module: u32, sym: SymId) -> u32 {
        self.per_module[module as usize][sym.0 as usize]
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.map.get(name).copied()
    }

    pub fn name(&self, key: u32) -> &str {
        &self.names[key as usize]
    }

    pub fn is_function(&self, key: u32) -> bool {
        matches!(self.kinds[key as usize], KeyKind::Func(_))
    }
}

/// The file name of a unit, for qualifying its `static` names.
fn short_unit(source_filename: &str, path: &str) -> String {
    let s = if source_filename.is_empty() {
        path
    } else {
        source_filename
    };
    s.rsplit('/').next().unwrap_or(s).to_string()
}
