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

impl LockCtx {
    /// No locks: one shared allocation (most accesses have this context).
    pub fn none() -> Arc<LockCtx> {
        static NONE: std::sync::OnceLock<Arc<LockCtx>> = std::sync::OnceLock::new();
        NONE.get_or_init(|| Arc::new(LockCtx::default())).clone()
    }
}

/// One load or store (or modelled library access) of memory reachable from a global or
/// a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Access {
    pub path: APath,
    pub write: bool,
    pub atomic: bool,
    /// Shared: many accesses of a function have the same locks around them.
    pub locks: Arc<LockCtx>,
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
    /// The return value points into this (global- or parameter-based) object; `None`
    /// with `ret_unknown` false: it is fresh or the function's own memory, or not a
    /// pointer.
    pub ret: Option<APath>,
    /// The return value may point to memory the analysis cannot follow (different
    /// objects, an unknown pointer): callers must not trust `ret`.
    pub ret_unknown: bool,
    /// With `ret_unknown`, when every return is known: the objects returned (at most 8:
    /// `c ? &g_a : &g_b`), which an access through the result may hit.
    pub ret_alts: Vec<APath>,
    /// Why the analysis could not see everything (unknown callees, indirect calls,
    /// pointers it cannot follow).
    pub unseen: Unseen,
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

/// Sites of one unseen thing kept in a summary; more only mark it as having more.
pub const UNSEEN_SITES: usize = 4;

/// Why the analysis could not see everything: one entry per thing and site (`calls foo
/// at x.c:3, an unknown external function`), where the text before the first ` at `
/// names the thing. Callers inherit their callees' entries, so only the first
/// [`UNSEEN_SITES`] sites of each thing (in text order: the same whatever the order of
/// insertion) are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unseen {
    /// Sorted, distinct; the entries of one thing are contiguous (they all start with
    /// `thing at `).
    set: Vec<Arc<str>>,
    /// Things with more sites than kept (sorted, distinct).
    more: Vec<Arc<str>>,
}

impl Unseen {
    /// The thing an entry is about (its text before ` at `).
    pub fn key(s: &str) -> &str {
        match s.as_bytes().windows(4).position(|w| w == b" at ") {
            Some(i) => &s[..i],
            None => s,
        }
    }

    pub fn insert(&mut self, s: String) -> bool {
        let key_len = Self::key(&s).len();
        let Err(pos) = self.set.binary_search_by(|x| (**x).cmp(s.as_str())) else {
            return false;
        };
        if key_len == s.len() {
            self.set.insert(pos, s.into());
            return true;
        }
        let prefix = &s[..key_len + 4];
        let start = self.set.partition_point(|x| **x < *prefix);
        let before = pos - start;
        if before >= UNSEEN_SITES {
            self.mark_more(&s[..key_len]);
            return false;
        }
        self.set.insert(pos, s.as_str().into());
        // Drop the sites past the first ones.
        let end = start + UNSEEN_SITES;
        if self.set.get(end).is_some_and(|x| x.starts_with(prefix)) {
            self.set.remove(end);
            self.mark_more(&s[..key_len]);
        }
        true
    }

    /// Inserts `head` + `tail()` (`head` is `thing at site`), building the tail only when
    /// the entry may be kept.
    pub fn insert_with(&mut self, head: &str, tail: impl FnOnce() -> String) -> bool {
        let key_len = Self::key(head).len();
        if key_len + 4 <= head.len() {
            let prefix = &head[..key_len + 4];
            let start = self.set.partition_point(|x| **x < *prefix);
            // Entries of this thing that sort before anything starting with `head`.
            let before = self.set[start..]
                .iter()
                .take(UNSEEN_SITES)
                .take_while(|x| x.starts_with(prefix) && ***x < *head && !x.starts_with(head))
                .count();
            if before >= UNSEEN_SITES {
                self.mark_more(&head[..key_len]);
                return false;
            }
        }
        self.insert(format!("{head}{}", tail()))
    }

    fn mark_more(&mut self, key: &str) {
        if let Err(i) = self.more.binary_search_by(|m| (**m).cmp(key)) {
            self.more.insert(i, key.into());
        }
    }

    pub fn extend_from(&mut self, other: &Unseen) {
        if self.more.is_empty() {
            self.more.clone_from(&other.more);
        } else {
            for k in &other.more {
                self.mark_more(k);
            }
        }
        if other.set.is_empty() || self.set == other.set {
            return;
        }
        if self.set.is_empty() {
            self.set = other.set.clone();
            return;
        }
        // Merge the two sorted lists, keeping the first sites of each thing.
        let mut merged: Vec<Arc<str>> = Vec::with_capacity(self.set.len() + other.set.len());
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&self.set, &other.set);
        // The current thing: its first entry in `merged`, the length of its `thing at `
        // prefix, and its sites so far.
        let mut group: Option<(usize, usize, usize)> = None;
        let mut more: Vec<String> = Vec::new();
        loop {
            let x = match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) => match x.cmp(y) {
                    std::cmp::Ordering::Less => {
                        i += 1;
                        x
                    }
                    std::cmp::Ordering::Greater => {
                        j += 1;
                        y
                    }
                    std::cmp::Ordering::Equal => {
                        i += 1;
                        j += 1;
                        x
                    }
                },
                (Some(x), None) => {
                    i += 1;
                    x
                }
                (None, Some(y)) => {
                    j += 1;
                    y
                }
                (None, None) => break,
            };
            if let Some((g, plen, n)) = &mut group {
                let first = &merged[*g];
                if x.starts_with(&first[..*plen]) {
                    *n += 1;
                    if *n > UNSEEN_SITES {
                        let k = &first[..*plen - 4];
                        if more.last().map(|m| m.as_str()) != Some(k) {
                            more.push(k.to_string());
                        }
                    } else {
                        merged.push(x.clone());
                    }
                    continue;
                }
            }
            let klen = Self::key(x).len();
            group = (klen < x.len()).then_some((merged.len(), klen + 4, 1));
            merged.push(x.clone());
        }
        self.set = merged;
        for k in more {
            self.mark_more(&k);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.set.iter().map(|s| &**s)
    }

    /// Does the thing have more sites than the entries kept?
    pub fn has_more(&self, key: &str) -> bool {
        self.more.binary_search_by(|m| (**m).cmp(key)).is_ok()
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
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

    pub fn ctx(&self) -> Arc<LockCtx> {
        if self.is_empty() {
            return LockCtx::none();
        }
        Arc::new(LockCtx {
            held: self
                .held
                .iter()
                .map(|(l, (m, _))| (l.clone(), *m))
                .collect(),
            maybe: self.maybe.iter().cloned().collect(),
            released: self.released.iter().cloned().collect(),
            opaque: self.opaque.clone(),
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unseen_keeps_the_first_sites_of_each_thing() {
        let mut a = Unseen::default();
        for i in [5, 1, 7, 3, 9, 2] {
            a.insert(format!("reads through x at f.c:{i}"));
        }
        a.insert("recursion".into());
        let kept: Vec<&str> = a.iter().collect();
        assert_eq!(
            kept,
            [
                "reads through x at f.c:1",
                "reads through x at f.c:2",
                "reads through x at f.c:3",
                "reads through x at f.c:5",
                "recursion"
            ]
        );
        assert!(a.has_more("reads through x") && !a.has_more("recursion"));
        // Merging gives the same as inserting one by one, in any order.
        let mut b = Unseen::default();
        for i in [0, 8, 4] {
            b.insert(format!("reads through x at f.c:{i}"));
        }
        b.insert("writes through y at g.c:1".into());
        let mut ab = a.clone();
        ab.extend_from(&b);
        let mut ba = b.clone();
        ba.extend_from(&a);
        let mut one = Unseen::default();
        for s in a.iter().chain(b.iter()) {
            one.insert(s.to_string());
        }
        assert_eq!(ab, ba);
        assert_eq!(
            ab.iter().collect::<Vec<_>>(),
            one.iter().collect::<Vec<_>>()
        );
        assert_eq!(ab.len(), 6);
        assert!(!ab.insert_with("reads through x at f.c:9", || unreachable!()));
    }
}
