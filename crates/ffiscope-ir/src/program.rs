//! The link step: several modules of one library seen as one program.

use rustc_hash::FxHashMap;

use crate::model::*;
use crate::module::Module;

/// A function in a program: module index and function index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncRef {
    pub module: u32,
    pub function: u32,
}

/// Translation units of one library, linked by name.
#[derive(Debug, Default)]
pub struct Program {
    pub modules: Vec<Module>,
    /// External definitions by name (first definition wins; duplicates are reported).
    external_fns: FxHashMap<String, FuncRef>,
    external_globals: FxHashMap<String, (u32, u32)>,
    pub duplicate_definitions: Vec<String>,
}

impl Program {
    pub fn new(modules: Vec<Module>) -> Program {
        let mut p = Program {
            modules,
            ..Default::default()
        };
        for (mi, m) in p.modules.iter().enumerate() {
            for (fi, f) in m.functions.iter().enumerate() {
                if f.is_declaration() || !f.linkage.is_external() {
                    continue;
                }
                let r = FuncRef {
                    module: mi as u32,
                    function: fi as u32,
                };
                let weak = matches!(
                    f.linkage,
                    Linkage::Weak | Linkage::WeakOdr | Linkage::LinkOnce | Linkage::LinkOnceOdr
                );
                let is_weak = |fr: &FuncRef| {
                    matches!(
                        p.modules[fr.module as usize].functions[fr.function as usize].linkage,
                        Linkage::Weak | Linkage::WeakOdr | Linkage::LinkOnce | Linkage::LinkOnceOdr
                    )
                };
                match p.external_fns.get(&f.name) {
                    Some(_) if weak => {}
                    // The linker takes a strong definition over a weak default, whichever
                    // unit comes first.
                    Some(old) if is_weak(old) => {
                        p.external_fns.insert(f.name.clone(), r);
                    }
                    Some(_) => p.duplicate_definitions.push(f.name.clone()),
                    None => {
                        p.external_fns.insert(f.name.clone(), r);
                    }
                }
            }
            for (gi, g) in m.globals.iter().enumerate() {
                if !g.is_declaration && g.linkage.is_external() {
                    p.external_globals
                        .entry(g.name.clone())
                        .or_insert((mi as u32, gi as u32));
                }
            }
        }
        p
    }

    pub fn module(&self, i: u32) -> &Module {
        &self.modules[i as usize]
    }

    pub fn function(&self, r: FuncRef) -> &Function {
        &self.modules[r.module as usize].functions[r.function as usize]
    }

    /// Resolves a symbol referenced from module `from` to a function definition.
    pub fn resolve_function(&self, from: u32, sym: SymId) -> Option<FuncRef> {
        let m = self.modules.get(from as usize)?;
        let s = m.symbols.get(sym.0 as usize)?;
        match s.kind {
            SymKind::Function(i) => {
                let f = &m.functions[i as usize];
                let weak = matches!(
                    f.linkage,
                    Linkage::Weak | Linkage::WeakOdr | Linkage::LinkOnce | Linkage::LinkOnceOdr
                );
                if !f.is_declaration() && !weak {
                    return Some(FuncRef {
                        module: from,
                        function: i,
                    });
                }
                // A weak local definition loses to a strong one in another unit.
                self.external_fns.get(&f.name).copied().or_else(|| {
                    (!f.is_declaration()).then_some(FuncRef {
                        module: from,
                        function: i,
                    })
                })
            }
            SymKind::Alias(_) => {
                let f = m.function_by_sym(sym)?;
                let idx = m.functions.iter().position(|g| std::ptr::eq(g, f))?;
                self.resolve_function(from, m.lookup(&m.functions[idx].name)?)
            }
            _ => self.external_fns.get(&s.name).copied(),
        }
    }

    /// Resolves a global variable name referenced from module `from`: its defining module
    /// and index, and whether it is internal to `from`.
    pub fn resolve_global(&self, from: u32, sym: SymId) -> Option<(u32, u32)> {
        let m = self.modules.get(from as usize)?;
        let s = m.symbols.get(sym.0 as usize)?;
        match s.kind {
            SymKind::Global(i) if !m.globals[i as usize].is_declaration => Some((from, i)),
            _ => self.external_globals.get(&s.name).copied(),
        }
    }

    pub fn lookup_function(&self, name: &str) -> Option<FuncRef> {
        self.external_fns.get(name).copied().or_else(|| {
            self.modules.iter().enumerate().find_map(|(mi, m)| {
                m.functions
                    .iter()
                    .position(|f| f.name == name && !f.is_declaration())
                    .map(|fi| FuncRef {
                        module: mi as u32,
                        function: fi as u32,
                    })
            })
        })
    }

    /// Every defined function.
    pub fn defined_functions(&self) -> impl Iterator<Item = FuncRef> + '_ {
        self.modules.iter().enumerate().flat_map(|(mi, m)| {
            m.functions
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.is_declaration())
                .map(move |(fi, _)| FuncRef {
                    module: mi as u32,
                    function: fi as u32,
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(name: &str, text: &str) -> Module {
        crate::parser::parse_module(name, text.to_string()).expect("parses")
    }

    /// The linker keeps a strong definition over a weak default, whichever unit is first;
    /// a unit defining the weak one resolves its own calls to the strong one too.
    #[test]
    fn strong_definition_wins_over_weak_default() {
        let a = module(
            "a.ll",
            "define weak void @helper(ptr %p) {\n  ret void\n}\n\
             define void @c_put(ptr %p) {\n  call void @helper(ptr %p)\n  ret void\n}\n",
        );
        let b = module(
            "b.ll",
            "@hold = internal global ptr null\n\
             define void @helper(ptr %p) {\n  store ptr %p, ptr @hold\n  ret void\n}\n",
        );
        let p = Program::new(vec![a, b]);
        let strong = p.lookup_function("helper").expect("defined");
        assert_eq!(strong.module, 1, "b.ll's strong definition");
        let sym = p.module(0).lookup("helper").expect("a.ll names helper");
        assert_eq!(p.resolve_function(0, sym), Some(strong));
        assert!(p.duplicate_definitions.is_empty());
    }
}
