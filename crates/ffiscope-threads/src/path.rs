//! Access paths (a global or parameter, then pointers loaded at offsets, then a field
//! offset), locks named by such paths, and their translation from a callee's frame into
//! a caller's.

use std::sync::Arc;

/// Offset meaning "somewhere in the object" (a variable index).
pub const ANY: i64 = i64::MIN;

/// Longest chain of loaded pointers kept in a path; deeper ones are dropped as unknown.
pub const MAX_STEPS: usize = 3;

/// Where an access path starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Base {
    /// A global or function-local static (program-wide key of `ffiscope_engine::Keys`).
    Global(u32),
    /// The object IR parameter `i` points to.
    Param(u32),
    /// State inside libc that the man pages name (`env`, `locale`, `tmbuf`).
    Libc(Arc<str>),
}

/// An object and a field: `base`, then a pointer loaded at each offset of `steps` in
/// turn, then byte offset `off` (or [`ANY`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct APath {
    pub base: Base,
    pub steps: Vec<i64>,
    pub off: i64,
}

impl APath {
    pub fn global(key: u32) -> APath {
        APath {
            base: Base::Global(key),
            steps: Vec::new(),
            off: 0,
        }
    }

    pub fn param(i: u32) -> APath {
        APath {
            base: Base::Param(i),
            steps: Vec::new(),
            off: 0,
        }
    }

    /// The path plus `delta` bytes.
    pub fn offset(&self, delta: Option<i64>) -> APath {
        let off = match (self.off, delta) {
            (ANY, _) | (_, None) => ANY,
            (o, Some(d)) => o.wrapping_add(d),
        };
        APath {
            base: self.base.clone(),
            steps: self.steps.clone(),
            off,
        }
    }

    /// The object a pointer loaded from this field points to.
    pub fn deref(&self) -> Option<APath> {
        if self.steps.len() >= MAX_STEPS {
            return None;
        }
        let mut steps = self.steps.clone();
        steps.push(self.off);
        Some(APath {
            base: self.base.clone(),
            steps,
            off: 0,
        })
    }

    /// The field this object's pointer was loaded from (inverse of [`APath::deref`]).
    pub fn loaded_from(&self) -> Option<APath> {
        let (&last, rest) = self.steps.split_last()?;
        Some(APath {
            base: self.base.clone(),
            steps: rest.to_vec(),
            off: last,
        })
    }

    pub fn is_global(&self) -> bool {
        matches!(self.base, Base::Global(_) | Base::Libc(_))
    }

    /// Rewrites a callee path into the caller's frame, given what the caller passed for
    /// each parameter. `None` when the object is the caller's own (stack, fresh) or unknown.
    pub fn translate(&self, args: &[Val]) -> Option<APath> {
        let Base::Param(i) = self.base else {
            return Some(self.clone());
        };
        let Val::Path(a) = args.get(i as usize)? else {
            return None;
        };
        if self.steps.is_empty() {
            return Some(a.offset(if self.off == ANY {
                None
            } else {
                Some(self.off)
            }));
        }
        let mut steps = a.steps.clone();
        steps.push(match (a.off, self.steps[0]) {
            (ANY, _) | (_, ANY) => ANY,
            (x, y) => x.wrapping_add(y),
        });
        steps.extend_from_slice(&self.steps[1..]);
        if steps.len() > MAX_STEPS {
            return None;
        }
        Some(APath {
            base: a.base.clone(),
            steps,
            off: self.off,
        })
    }

    /// May the two paths name overlapping memory?
    pub fn may_alias(&self, other: &APath) -> bool {
        self.base == other.base
            && self.steps.len() == other.steps.len()
            && self
                .steps
                .iter()
                .zip(&other.steps)
                .all(|(a, b)| a == b || *a == ANY || *b == ANY)
            && (self.off == other.off || self.off == ANY || other.off == ANY)
    }
}

/// What an SSA value is, as far as shared state goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Val {
    /// A pointer into a global's or a parameter's object.
    Path(APath),
    /// A pointer to memory this function owns (stack, fresh allocation), or not a pointer.
    Local,
    /// A defined function (a callee through a pointer).
    Func(ffiscope_ir::FuncRef),
    /// A function known only by name (external).
    ExtFunc(u32),
    /// Anything else.
    Unknown,
}

/// Exclusive (mutex, write lock, a once routine) or shared (read lock, after `pthread_once`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    Shared,
    Exclusive,
}

/// A lock, named by the path of its object; `None` when the object is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lock {
    /// A `pthread_once`/`call_once` flag rather than a mutex.
    pub once: bool,
    pub path: Option<APath>,
}

impl Lock {
    pub fn translate(&self, args: &[Val]) -> Lock {
        Lock {
            once: self.once,
            path: self.path.as_ref().and_then(|p| p.translate(args)),
        }
    }

    /// A lock every caller shares: its object is a global.
    pub fn is_global(&self) -> bool {
        self.path.as_ref().is_some_and(|p| p.is_global())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translate_composes_offsets_and_steps() {
        let callee = APath {
            base: Base::Param(0),
            steps: vec![8],
            off: 4,
        };
        let arg = Val::Path(APath {
            base: Base::Global(3),
            steps: vec![],
            off: 16,
        });
        let t = callee.translate(&[arg]).unwrap();
        assert_eq!(t.base, Base::Global(3));
        assert_eq!(t.steps, vec![24]);
        assert_eq!(t.off, 4);
        assert_eq!(callee.translate(&[Val::Local]), None);
        let g = APath::global(1);
        assert!(g.may_alias(&g.offset(None)));
        assert!(!g.may_alias(&g.offset(Some(8))));
    }
}
