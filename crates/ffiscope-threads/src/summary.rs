//! Per-function thread summaries: the accesses a call makes (in the callee's frame) with
//! the locks it holds at each, and what the call does to the caller's lockset.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::path::{APath, Lock, Mode};

/// A source position: module and `!dbg` node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Site {
    pub module: u32,
    pub dbg: Option<u32>,
}

/// The locks around one access, relative to the function whose summary holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LockCtx {
    /// Held on every path to the access (acquired in this function or its callees).
    pub held: Vec<(Lock, Mode)>,
    /// Held on some paths only, or after a `trylock` whose result is not paired.
    pub maybe: Vec<Lock>,
    /// Locks released before the access that this function did not acquire: the caller's
    /// hold on them does not cover it.
    pub released: Vec<Lock>,
    /// A call the analysis cannot see happened before (it may have taken a lock).
    pub opaque: Option<Arc<str>>,
}

/// One load or store (or modelled library access) of memory reachable from a global or
/// a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Access {
    pub path: APath,
    pub write: bool,
    pub atomic: bool,
    pub locks: LockCtx,
    pub site: Site,
    /// The outermost callee the access happens in, when not in the function itself.
    pub via: Option<Arc<str>>,
}

/// Lockset effect of a whole call, at its return.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exit {
    /// Held at every return (a lock function), with acquisition counts.
    pub acquired: Vec<(Lock, Mode, u32)>,
    /// Held at some returns only.
    pub maybe: Vec<Lock>,
    /// Released but not acquired here (an unlock function).
    pub released: Vec<Lock>,
    pub opaque: Option<Arc<str>>,
}

/// A call of a libc function the man pages mark MT-Unsafe.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnsafeCall {
    pub callee: String,
    pub tags: Vec<String>,
    pub site: Site,
}

/// Everything a caller needs to know about a function's threads behaviour.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TSummary {
    pub accesses: Vec<Access>,
    pub exit: Exit,
    /// The return value points into this (global- or parameter-based) object.
    pub ret: Option<APath>,
    /// Why the analysis could not see everything (unknown callees, indirect calls).
    pub unseen: BTreeSet<String>,
    pub unsafe_calls: BTreeSet<UnsafeCall>,
    /// Lock pairing problems (recursive acquisition, trylock, unbalanced paths).
    pub issues: BTreeSet<String>,
    /// Caller-supplied callbacks called (assumed thread-safe).
    pub callbacks: BTreeSet<String>,
    /// MT-Safe libc calls with conditions (`getenv`: env), as `name: tags`.
    pub conditional_calls: BTreeSet<String>,
    /// Calls of a function-pointer parameter, with the lockset there: a caller that passes
    /// a known function applies its summary.
    pub param_calls: Vec<(u32, LockState)>,
}

/// Lockset during the dataflow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct LockState {
    pub held: BTreeMap<Lock, (Mode, u32)>,
    pub maybe: BTreeSet<Lock>,
    pub released: BTreeSet<Lock>,
    pub opaque: Option<Arc<str>>,
}

impl LockState {
    /// Meet over paths: must-held locks stay held; the rest become `maybe`.
    pub fn join(&self, other: &LockState) -> (LockState, Vec<Lock>) {
        let mut out = LockState::default();
        let mut unbalanced = Vec::new();
        for (l, (m, c)) in &self.held {
            match other.held.get(l) {
                Some((m2, c2)) => {
                    let mode = if m == m2 { *m } else { Mode::Shared };
                    out.held.insert(l.clone(), (mode, (*c).min(*c2)));
                    if c != c2 {
                        unbalanced.push(l.clone());
                    }
                }
                None => {
                    out.maybe.insert(l.clone());
                    unbalanced.push(l.clone());
                }
            }
        }
        for l in other.held.keys() {
            if !self.held.contains_key(l) {
                out.maybe.insert(l.clone());
                unbalanced.push(l.clone());
            }
        }
        out.maybe.extend(self.maybe.iter().cloned());
        out.maybe.extend(other.maybe.iter().cloned());
        out.released = self.released.union(&other.released).cloned().collect();
        out.opaque = self.opaque.clone().or_else(|| other.opaque.clone());
        (out, unbalanced)
    }

    pub fn is_empty(&self) -> bool {
        self.held.is_empty()
            && self.maybe.is_empty()
            && self.released.is_empty()
            && self.opaque.is_none()
    }

    pub fn ctx(&self) -> LockCtx {
        if self.is_empty() {
            return LockCtx::default();
        }
        LockCtx {
            held: self
                .held
                .iter()
                .map(|(l, (m, _))| (l.clone(), *m))
                .collect(),
            maybe: self.maybe.iter().cloned().collect(),
            released: self.released.iter().cloned().collect(),
            opaque: self.opaque.clone(),
        }
    }

    /// Acquires `l`; returns true if it was already held (a recursive acquisition).
    pub fn acquire(&mut self, l: Lock, mode: Mode, count: u32) -> bool {
        self.maybe.remove(&l);
        match self.held.get_mut(&l) {
            Some(e) => {
                e.1 += count;
                if mode == Mode::Exclusive {
                    e.0 = Mode::Exclusive;
                }
                true
            }
            None => {
                self.held.insert(l, (mode, count));
                count > 1
            }
        }
    }

    pub fn release(&mut self, l: Lock) {
        if let Some(e) = self.held.get_mut(&l) {
            if e.1 > 1 {
                e.1 -= 1;
            } else {
                self.held.remove(&l);
            }
        } else if !self.maybe.remove(&l) {
            self.released.insert(l);
        }
    }
}
