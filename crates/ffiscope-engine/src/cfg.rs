//! Control-flow graph and dominator tree (Cooper, Harvey & Kennedy, "A Simple, Fast
//! Dominance Algorithm", 2001).

use ffiscope_ir::{BlockId, Function};

pub struct Cfg {
    pub succs: Vec<Vec<u32>>,
    pub preds: Vec<Vec<u32>>,
    /// Reverse post-order of reachable blocks.
    pub rpo: Vec<u32>,
    /// Position of each block in `rpo` (`u32::MAX` if unreachable).
    pub rpo_index: Vec<u32>,
    /// Immediate dominator (`u32::MAX` for the entry and unreachable blocks).
    pub idom: Vec<u32>,
}

impl Cfg {
    pub fn new(f: &Function) -> Cfg {
        let n = f.blocks.len();
        let mut succs = vec![Vec::new(); n];
        let mut preds = vec![Vec::new(); n];
        for (i, b) in f.blocks.iter().enumerate() {
            if let Some(t) = b.terminator() {
                for BlockId(s) in t.kind.successors() {
                    if (s as usize) < n && !succs[i].contains(&s) {
                        succs[i].push(s);
                        preds[s as usize].push(i as u32);
                    }
                }
            }
        }
        // Iterative DFS for post-order (no recursion: functions can be huge).
        let mut rpo = Vec::with_capacity(n);
        if n > 0 {
            let mut visited = vec![false; n];
            let mut stack: Vec<(u32, usize)> = vec![(0, 0)];
            visited[0] = true;
            while let Some(&mut (b, ref mut i)) = stack.last_mut() {
                if let Some(&s) = succs[b as usize].get(*i) {
                    *i += 1;
                    if !visited[s as usize] {
                        visited[s as usize] = true;
                        stack.push((s, 0));
                    }
                } else {
                    rpo.push(b);
                    stack.pop();
                }
            }
            rpo.reverse();
        }
        let mut rpo_index = vec![u32::MAX; n];
        for (i, &b) in rpo.iter().enumerate() {
            rpo_index[b as usize] = i as u32;
        }
        let mut idom = vec![u32::MAX; n];
        if n > 0 {
            idom[0] = 0;
            let mut changed = true;
            while changed {
                changed = false;
                for &b in rpo.iter().skip(1) {
                    let mut new_idom = u32::MAX;
                    for &p in &preds[b as usize] {
                        if idom[p as usize] == u32::MAX {
                            continue;
                        }
                        new_idom = if new_idom == u32::MAX {
                            p
                        } else {
                            intersect(&idom, &rpo_index, p, new_idom)
                        };
                    }
                    if new_idom != u32::MAX && idom[b as usize] != new_idom {
                        idom[b as usize] = new_idom;
                        changed = true;
                    }
                }
            }
            idom[0] = u32::MAX;
        }
        Cfg {
            succs,
            preds,
            rpo,
            rpo_index,
            idom,
        }
    }

    pub fn reachable(&self, b: u32) -> bool {
        self.rpo_index[b as usize] != u32::MAX
    }

    /// Does `a` dominate `b`?
    pub fn dominates(&self, a: u32, b: u32) -> bool {
        if !self.reachable(b) {
            return true;
        }
        let mut x = b;
        loop {
            if x == a {
                return true;
            }
            let d = self.idom[x as usize];
            if d == u32::MAX {
                return false;
            }
            x = d;
        }
    }

    /// Dominance frontiers (for phi placement).
    pub fn frontiers(&self) -> Vec<Vec<u32>> {
        let n = self.succs.len();
        let mut df = vec![Vec::new(); n];
        for b in 0..n {
            if self.preds[b].len() < 2 || !self.reachable(b as u32) {
                continue;
            }
            let target = if b == 0 { u32::MAX } else { self.idom[b] };
            for &p in &self.preds[b] {
                if !self.reachable(p) {
                    continue;
                }
                let mut runner = p;
                while runner != target && runner != u32::MAX {
                    if !df[runner as usize].contains(&(b as u32)) {
                        df[runner as usize].push(b as u32);
                    }
                    if runner == 0 {
                        break;
                    }
                    runner = self.idom[runner as usize];
                }
            }
        }
        df
    }

    /// Children in the dominator tree.
    pub fn dom_children(&self) -> Vec<Vec<u32>> {
        let mut ch = vec![Vec::new(); self.succs.len()];
        for &b in &self.rpo {
            let d = self.idom[b as usize];
            if d != u32::MAX {
                ch[d as usize].push(b);
            }
        }
        ch
    }
}

fn intersect(idom: &[u32], rpo_index: &[u32], mut a: u32, mut b: u32) -> u32 {
    while a != b {
        while rpo_index[a as usize] > rpo_index[b as usize] {
            a = idom[a as usize];
            if a == u32::MAX {
                return b;
            }
        }
        while rpo_index[b as usize] > rpo_index[a as usize] {
            b = idom[b as usize];
            if b == u32::MAX {
                return a;
            }
        }
    }
    a
}
