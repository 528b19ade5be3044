//! Each function's control-flow graph and SSA overlay, built once and shared: the effects
//! engine (its precise and coarse solutions, every round of a recursive cycle) and the
//! thread analysis each built them again, 4% of the CPU on sqlite3.

use std::sync::{Arc, OnceLock};

use ffiscope_ir::{FuncRef, Program};

use crate::cfg::Cfg;
use crate::ssa::{self, Ssa};

pub struct Shape {
    pub cfg: Cfg,
    pub ssa: Ssa,
}

/// Built on first use, per function of one program.
pub struct Shapes {
    /// Index of each module's first function in `cells`.
    first: Vec<usize>,
    cells: Vec<OnceLock<Arc<Shape>>>,
}

impl Shapes {
    pub fn new(prog: &Program) -> Shapes {
        let mut first = Vec::with_capacity(prog.modules.len());
        let mut n = 0;
        for m in &prog.modules {
            first.push(n);
            n += m.functions.len();
        }
        Shapes {
            first,
            cells: (0..n).map(|_| OnceLock::new()).collect(),
        }
    }

    pub fn get(&self, prog: &Program, fr: FuncRef) -> Arc<Shape> {
        let build = || {
            let f = prog.function(fr);
            let cfg = Cfg::new(f);
            let ssa = ssa::build(f, &cfg);
            Arc::new(Shape { cfg, ssa })
        };
        let cell = self
            .first
            .get(fr.module as usize)
            .and_then(|&i| self.cells.get(i + fr.function as usize));
        match cell {
            Some(c) => c.get_or_init(build).clone(),
            // Not of this program: built, not kept.
            None => build(),
        }
    }
}

/// A shared shape seen as its SSA overlay (for analyses that hold one).
pub struct SsaOf(pub Arc<Shape>);

impl std::ops::Deref for SsaOf {
    type Target = Ssa;
    fn deref(&self) -> &Ssa {
        &self.0.ssa
    }
}
