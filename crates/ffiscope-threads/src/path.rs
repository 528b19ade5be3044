//! Access paths (a global or parameter, then pointers loaded at offsets, then a field
//! offset), locks named by such paths, and their translation from a callee's frame into
//! a caller's.

use std::sync::Arc;

/// Offset meaning "somewhere in the object" (a variable index).
pub const ANY: i64 = i64::MIN;

/// Longest chain of loaded pointers kept in a path; deeper ones become [`DEEP`] paths.
pub const MAX_STEPS: usize = 3;

/// The last step of a *deep* path (`steps == prefix + [DEEP]`, `off == ANY`): the object
/// the prefix leads to, at any offset, and everything reached from it by any number of
/// loads at any offsets (with an empty prefix: the base's own storage and everything
/// reached from it). Joins of paths of one base with different steps, chains longer
/// than [`MAX_STEPS`] and loop-carried pointers (`for (n = head; n; n = n->next)`) end
/// up there.
pub const DEEP: i64 = i64::MAX;

/// `x` and `y` as one step or offset: equal, or [`ANY`].
fn pick(x: i64, y: i64) -> i64 {
    if x == y {
        x
    } else {
        ANY
    }
}

/// Do two step lists (with [`ANY`] wildcards) agree on their first `n` elements?
fn agree(a: &[i64], b: &[i64], n: usize) -> bool {
    a[..n]
        .iter()
        .zip(&b[..n])
        .all(|(x, y)| x == y || *x == ANY || *y == ANY)
}

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

    /// Everything reachable from `base`, its own storage included (see [`DEEP`]).
    pub fn deep(base: Base) -> APath {
        APath::deep_below(base, Vec::new())
    }

    /// The object `prefix` leads to from `base` and everything reachable from it.
    pub fn deep_below(base: Base, mut prefix: Vec<i64>) -> APath {
        prefix.truncate(MAX_STEPS);
        prefix.push(DEEP);
        APath {
            base,
            steps: prefix,
            off: ANY,
        }
    }

    #[inline]
    pub fn is_deep(&self) -> bool {
        self.steps.last() == Some(&DEEP)
    }

    /// The loads before "anything below" of a deep path; all the steps of another.
    pub fn prefix(&self) -> &[i64] {
        if self.is_deep() {
            &self.steps[..self.steps.len() - 1]
        } else {
            &self.steps
        }
    }

    /// The deep path of the object this path is in (a loop-carried pointer widened).
    pub fn to_deep(&self) -> APath {
        APath::deep_below(self.base.clone(), self.prefix().to_vec())
    }

    /// Does the path name one of several objects or fields chosen at run time (a
    /// variable index, a deep path)?
    pub fn has_any(&self) -> bool {
        self.off == ANY || self.steps.iter().any(|&s| s == ANY || s == DEEP)
    }

    /// The path plus `delta` bytes.
    pub fn offset(&self, delta: Option<i64>) -> APath {
        if self.is_deep() {
            return self.clone();
        }
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

    /// The object a pointer loaded from this field points to (the deep path past
    /// [`MAX_STEPS`]).
    pub fn deref(&self) -> APath {
        if self.is_deep() {
            return self.clone();
        }
        if self.steps.len() >= MAX_STEPS {
            return self.to_deep();
        }
        let mut steps = self.steps.clone();
        steps.push(self.off);
        APath {
            base: self.base.clone(),
            steps,
            off: 0,
        }
    }

    /// The field this object's pointer was loaded from (inverse of [`APath::deref`]);
    /// `None` for a deep path.
    pub fn loaded_from(&self) -> Option<APath> {
        if self.is_deep() {
            return None;
        }
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
    /// each parameter: `None` when the object is the caller's own (stack, fresh) or
    /// unknown (see [`APath::translate_val`] to tell them apart).
    pub fn translate(&self, args: &[Val]) -> Option<APath> {
        match self.translate_val(args) {
            Val::Path(p) => Some(p),
            _ => None,
        }
    }

    /// Rewrites a callee path into the caller's frame: a path, [`Val::Local`] for the
    /// caller's own object (stack, fresh memory: the argument is `Local` and the path
    /// names that object itself), or [`Val::Unknown`] (the argument is unknown, or the
    /// path goes through a pointer loaded from the caller's own memory, which may hold
    /// anything).
    pub fn translate_val(&self, args: &[Val]) -> Val {
        let Base::Param(i) = self.base else {
            return Val::Path(self.clone());
        };
        let a = match args.get(i as usize) {
            Some(Val::Path(a)) => a,
            Some(Val::Local) if self.steps.is_empty() => return Val::Local,
            _ => return Val::Unknown,
        };
        // Anything below a deep argument stays in its region.
        if a.is_deep() {
            return Val::Path(a.clone());
        }
        if self.is_deep() && self.prefix().is_empty() {
            return Val::Path(a.to_deep());
        }
        if self.steps.is_empty() {
            return Val::Path(a.offset(if self.off == ANY {
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
        if self.is_deep() || steps.len() > MAX_STEPS {
            steps.retain(|&s| s != DEEP);
            return Val::Path(APath::deep_below(a.base.clone(), steps));
        }
        Val::Path(APath {
            base: a.base.clone(),
            steps,
            off: self.off,
        })
    }

    /// May the two paths name overlapping memory? A deep path overlaps every path of
    /// its base.
    #[inline]
    pub fn may_alias(&self, other: &APath) -> bool {
        if self.base == other.base && (self.is_deep() || other.is_deep()) {
            let (p, q) = (self.prefix(), other.prefix());
            return match (self.is_deep(), other.is_deep()) {
                (true, true) => agree(p, q, p.len().min(q.len())),
                (true, false) => q.len() >= p.len() && agree(p, q, p.len()),
                _ => p.len() >= q.len() && agree(p, q, q.len()),
            };
        }
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

/// The join of two values at a merge point (phi, select, several returns): one base with
/// different steps or offsets keeps the base (offsets become [`ANY`], a different chain
/// the deep path); different bases are [`Val::Unknown`]. A pointer that is either a
/// global's or our own may hit the global: the path.
pub fn join(a: Val, b: Val) -> Val {
    match (a, b) {
        (a, b) if a == b => a,
        (Val::Path(a), Val::Path(b)) => {
            if a.base != b.base {
                Val::Unknown
            } else if a.is_deep() || b.is_deep() || a.steps.len() != b.steps.len() {
                // The region below the loads they share.
                let (p, q) = (a.prefix(), b.prefix());
                let prefix = p.iter().zip(q).map(|(&x, &y)| pick(x, y)).collect();
                Val::Path(APath::deep_below(a.base, prefix))
            } else {
                Val::Path(APath {
                    steps: a
                        .steps
                        .iter()
                        .zip(&b.steps)
                        .map(|(&x, &y)| pick(x, y))
                        .collect(),
                    off: pick(a.off, b.off),
                    base: a.base,
                })
            }
        }
        (Val::Path(a), Val::Local) | (Val::Local, Val::Path(a)) => Val::Path(a),
        _ => Val::Unknown,
    }
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

    #[test]
    fn deep_paths() {
        let g = APath::global(1);
        // Past MAX_STEPS: the deep path below the chain kept, which stays deep.
        let mut p = g.clone();
        for _ in 0..MAX_STEPS {
            p = p.deref();
            assert!(!p.is_deep());
        }
        let d = p.deref();
        assert!(d.is_deep() && d.deref() == d && d.offset(Some(4)) == d);
        assert_eq!(d.prefix(), &p.steps[..]);
        assert_eq!(d.loaded_from(), None);
        // It aliases what is below its prefix, not the objects above, nor other bases.
        assert!(d.may_alias(&p.offset(Some(8))) && p.may_alias(&d));
        assert!(!d.may_alias(&g) && !g.may_alias(&d));
        assert!(!d.may_alias(&APath::global(2)));
        // The deep path of a base aliases everything of it.
        let all = APath::deep(Base::Global(1));
        assert!(all.may_alias(&g) && all.may_alias(&d) && d.may_alias(&all));
        // Joins: same steps keep them (offsets that differ become ANY); chains of
        // different lengths are the region below the loads they share; other bases unknown.
        let a = g.offset(Some(8)).deref();
        let b = g.offset(Some(16)).deref();
        let j = join(Val::Path(a.clone()), Val::Path(b));
        assert_eq!(
            j,
            Val::Path(APath {
                base: Base::Global(1),
                steps: vec![ANY],
                off: 0
            })
        );
        // `n = g->head; n = n->next`: the nodes, not `g` itself.
        let below = APath::deep_below(Base::Global(1), vec![8]);
        assert_eq!(
            join(Val::Path(a.clone()), Val::Path(a.deref())),
            Val::Path(below.clone())
        );
        assert_eq!(
            join(Val::Path(below.clone()), Val::Path(a.clone())),
            Val::Path(below.clone())
        );
        assert!(!below.may_alias(&g.offset(Some(8))));
        assert_eq!(
            join(Val::Path(g.clone()), Val::Path(a.clone())),
            Val::Path(all.clone())
        );
        assert_eq!(
            join(Val::Path(a.clone()), Val::Path(APath::global(2))),
            Val::Unknown
        );
        assert_eq!(join(Val::Path(a.clone()), Val::Local), Val::Path(a));
        // Translation: a callee's deep path lands below the argument; one too long is
        // deep below the chain kept.
        let arg_path = APath::global(3).offset(Some(8)).deref();
        let arg = Val::Path(arg_path.clone());
        let callee_deep = APath::deep(Base::Param(0));
        assert_eq!(
            callee_deep.translate_val(std::slice::from_ref(&arg)),
            Val::Path(arg_path.to_deep())
        );
        let callee_below = APath::deep_below(Base::Param(0), vec![16]);
        assert_eq!(
            callee_below.translate_val(std::slice::from_ref(&arg)),
            Val::Path(APath::deep_below(Base::Global(3), vec![8, 16]))
        );
        let long = APath::param(0).deref().deref().deref();
        assert_eq!(
            long.translate_val(&[arg]),
            Val::Path(APath::deep_below(Base::Global(3), vec![8, 0, 0]))
        );
        // The caller's own object is Local; a pointer loaded from it, or an unknown argument, is unknown.
        assert_eq!(APath::param(0).translate_val(&[Val::Local]), Val::Local);
        assert_eq!(
            APath::param(0).deref().translate_val(&[Val::Local]),
            Val::Unknown
        );
        assert_eq!(APath::param(0).translate_val(&[Val::Unknown]), Val::Unknown);
        assert_eq!(APath::param(1).translate_val(&[Val::Local]), Val::Unknown);
    }
}
