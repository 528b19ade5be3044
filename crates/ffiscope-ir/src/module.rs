//! The module: symbols, functions, globals, lazily parsed metadata, and the data layout.

use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use crate::md::{parse_node, MdNode, MdValue};
use crate::model::*;

/// Sizes and alignments from `target datalayout` (defaults per the LangRef).
#[derive(Debug, Clone)]
pub struct DataLayout {
    pub pointer_bits: u32,
    pub pointer_align_bits: u32,
    /// (bit width, ABI alignment in bits), sorted by width.
    pub int_aligns: Vec<(u32, u32)>,
    pub float_aligns: Vec<(u32, u32)>,
}

impl Default for DataLayout {
    fn default() -> Self {
        DataLayout {
            pointer_bits: 64,
            pointer_align_bits: 64,
            int_aligns: vec![(1, 8), (8, 8), (16, 16), (32, 32), (64, 32)],
            float_aligns: vec![(16, 16), (32, 32), (64, 64), (128, 128)],
        }
    }
}

impl DataLayout {
    pub fn parse(s: &str) -> DataLayout {
        let mut dl = DataLayout::default();
        for spec in s.split('-') {
            let mut parts = spec.split(':');
            let head = parts.next().unwrap_or("");
            let nums: Vec<u32> = parts.filter_map(|p| p.parse().ok()).collect();
            if head == "p" || head == "p0" {
                if let (Some(&size), Some(&abi)) = (nums.first(), nums.get(1)) {
                    dl.pointer_bits = size;
                    dl.pointer_align_bits = abi;
                }
            } else if let Some(bits) = head.strip_prefix('i').and_then(|b| b.parse::<u32>().ok()) {
                if let Some(&abi) = nums.first() {
                    set_align(&mut dl.int_aligns, bits, abi);
                }
            } else if let Some(bits) = head.strip_prefix('f').and_then(|b| b.parse::<u32>().ok()) {
                if let Some(&abi) = nums.first() {
                    set_align(&mut dl.float_aligns, bits, abi);
                }
            }
        }
        dl
    }

    fn int_align(&self, bits: u32) -> u64 {
        // The smallest listed width >= bits, else the largest.
        let a = self
            .int_aligns
            .iter()
            .find(|(w, _)| *w >= bits)
            .or(self.int_aligns.last())
            .map_or(8, |(_, a)| *a);
        (a as u64 / 8).max(1)
    }

    fn float_align(&self, bits: u32) -> u64 {
        let a = self
            .float_aligns
            .iter()
            .find(|(w, _)| *w == bits)
            .map_or(bits.next_power_of_two(), |(_, a)| *a);
        (a as u64 / 8).max(1)
    }
}

/// `off` rounded up to a multiple of `align` (saturating: sizes of absurd types stay finite).
fn align_to(off: u64, align: u64) -> u64 {
    off.div_ceil(align.max(1)).saturating_mul(align.max(1))
}

fn set_align(list: &mut Vec<(u32, u32)>, bits: u32, abi: u32) {
    match list.iter_mut().find(|(w, _)| *w == bits) {
        Some(e) => e.1 = abi,
        None => {
            list.push((bits, abi));
            list.sort();
        }
    }
}

/// One translation unit (or a linked library) of textual IR.
#[derive(Debug, Default)]
pub struct Module {
    /// Name of the input in messages.
    pub path: String,
    /// The IR text, kept so metadata can be parsed on demand.
    pub text: String,
    pub source_filename: String,
    pub datalayout_text: String,
    pub datalayout: DataLayout,
    pub triple: String,
    pub types: Types,
    pub symbols: Vec<Symbol>,
    pub sym_index: FxHashMap<String, SymId>,
    pub functions: Vec<Function>,
    pub globals: Vec<Global>,
    pub aliases: Vec<Alias>,
    pub attr_groups: FxHashMap<u32, Vec<String>>,
    pub named_md: Vec<(String, Vec<MdId>)>,
    /// Byte span of each numbered metadata node's text; (0, 0) when absent.
    pub md_spans: Vec<(u32, u32)>,
    md_cache: Vec<OnceLock<Option<Arc<MdNode>>>>,
    /// (size, align) by type, computed on first use: the engine asks for field offsets of
    /// the same big structs on every pass, and recomputing nested layouts cost 2% of it.
    layout_cache: Vec<OnceLock<(u64, u64)>>,
}

/// Byte offset of a field and whether a variable index made it imprecise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GepOffset {
    pub bytes: i64,
    /// True when some index was not a constant (an array element of unknown position).
    pub variable: bool,
}

impl Module {
    /// What parsing a function body reads and may add to: types and symbols (for bodies
    /// parsed apart, see `parser::parse_deferred`).
    pub(crate) fn skeleton(&self) -> Module {
        Module {
            types: self.types.clone(),
            symbols: self.symbols.clone(),
            sym_index: self.sym_index.clone(),
            datalayout: self.datalayout.clone(),
            ..Default::default()
        }
    }

    pub(crate) fn empty(path: &str, text: String) -> Module {
        Module {
            path: path.to_string(),
            text,
            ..Default::default()
        }
    }

    pub(crate) fn finish(&mut self) {
        self.md_cache = (0..self.md_spans.len()).map(|_| OnceLock::new()).collect();
        self.normalize_dbg_calls();
        self.layout_cache = (0..self.types.list.len())
            .map(|_| OnceLock::new())
            .collect();
    }

    /// Turns `call void @llvm.dbg.declare(...)` (pre-LLVM-19 form) into `Dbg` instructions.
    fn normalize_dbg_calls(&mut self) {
        let names: FxHashMap<SymId, DbgKind> = self
            .sym_index
            .iter()
            .filter_map(|(n, s)| {
                let k = match n.as_str() {
                    "llvm.dbg.declare" => DbgKind::Declare,
                    "llvm.dbg.value" => DbgKind::Value,
                    "llvm.dbg.assign" => DbgKind::Assign,
                    "llvm.dbg.label" => DbgKind::Label,
                    _ => return None,
                };
                Some((*s, k))
            })
            .collect();
        if names.is_empty() {
            return;
        }
        for f in &mut self.functions {
            for b in &mut f.blocks {
                for inst in &mut b.insts {
                    let InstKind::Call(call) = &inst.kind else {
                        continue;
                    };
                    let Operand::Global(s) = call.callee else {
                        continue;
                    };
                    let Some(&kind) = names.get(&s) else { continue };
                    let operand = match call.args.first().map(|a| &a.val) {
                        Some(Operand::MetadataValue(v)) => (**v).clone(),
                        _ => Operand::Metadata(None),
                    };
                    // `llvm.dbg.label(metadata !label)` has the label first.
                    let var_arg = if kind == DbgKind::Label { 0 } else { 1 };
                    let var = match call.args.get(var_arg).map(|a| &a.val) {
                        Some(Operand::Metadata(m)) => *m,
                        _ => None,
                    };
                    inst.kind = InstKind::Dbg { kind, operand, var };
                }
            }
        }
    }

    /// The symbol for `name`, created unresolved on first reference.
    pub fn sym(&mut self, name: &str) -> SymId {
        if let Some(&s) = self.sym_index.get(name) {
            return s;
        }
        let s = SymId(self.symbols.len() as u32);
        self.symbols.push(Symbol {
            name: name.to_string(),
            kind: SymKind::Unresolved,
        });
        self.sym_index.insert(name.to_string(), s);
        s
    }

    pub fn lookup(&self, name: &str) -> Option<SymId> {
        self.sym_index.get(name).copied()
    }

    pub fn symbol(&self, s: SymId) -> &Symbol {
        &self.symbols[s.0 as usize]
    }

    pub fn function_by_sym(&self, s: SymId) -> Option<&Function> {
        match self.symbols.get(s.0 as usize)?.kind {
            SymKind::Function(i) => self.functions.get(i as usize),
            SymKind::Alias(a) => {
                // Follow a simple alias to its function (an ifunc's target is its resolver,
                // not the function it stands for).
                let alias = self.aliases.get(a as usize)?;
                if alias.is_ifunc {
                    return None;
                }
                let mut syms = Vec::new();
                alias.target.symbols(&mut syms);
                match syms.first() {
                    Some(&t) if t != s => match self.symbols.get(t.0 as usize)?.kind {
                        SymKind::Function(i) => self.functions.get(i as usize),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        }
    }

    pub fn function(&self, name: &str) -> Option<&Function> {
        self.function_by_sym(self.lookup(name)?)
    }

    pub fn global_by_sym(&self, s: SymId) -> Option<&Global> {
        match self.symbols.get(s.0 as usize)?.kind {
            SymKind::Global(i) => self.globals.get(i as usize),
            _ => None,
        }
    }

    /// The metadata node `!id`, parsed on first use. `None` if absent or unparsable.
    pub fn md(&self, id: MdId) -> Option<Arc<MdNode>> {
        let i = id.0 as usize;
        let cell = self.md_cache.get(i)?;
        cell.get_or_init(|| {
            let (s, e) = self.md_spans[i];
            if e <= s {
                return None;
            }
            parse_node(self.text.get(s as usize..e as usize)?).map(Arc::new)
        })
        .clone()
    }

    /// Resolves a field that may be a reference or an inline node.
    pub fn md_field(&self, node: &MdNode, field: &str) -> Option<Arc<MdNode>> {
        self.md_value(node.field(field)?)
    }

    pub fn md_value(&self, v: &MdValue) -> Option<Arc<MdNode>> {
        match v {
            MdValue::Ref(id) => self.md(*id),
            MdValue::Node(n) => Some(n.clone()),
            _ => None,
        }
    }

    /// ABI size in bytes of a type (alloc size, including tail padding).
    pub fn size_of(&self, ty: TypeId) -> u64 {
        self.layout(ty, 0).0
    }

    pub fn align_of(&self, ty: TypeId) -> u64 {
        self.layout(ty, 0).1
    }

    fn layout(&self, ty: TypeId, depth: u32) -> (u64, u64) {
        self.layout_exact(ty, depth).0
    }

    /// (size, align) and whether it is exact (not cut at the nesting limit). Only exact
    /// results are cached: a cut one depends on the depth it was asked at. Not
    /// `get_or_init`: a malformed struct that contains itself would re-enter it.
    fn layout_exact(&self, ty: TypeId, depth: u32) -> ((u64, u64), bool) {
        let cell = self.layout_cache.get(ty.0 as usize);
        if let Some(v) = cell.and_then(OnceLock::get) {
            return (*v, true);
        }
        let (v, exact) = self.layout_uncached(ty, depth);
        if let (true, Some(cell)) = (exact, cell) {
            let _ = cell.set(v);
        }
        (v, exact)
    }

    fn layout_uncached(&self, ty: TypeId, depth: u32) -> ((u64, u64), bool) {
        if depth > 64 {
            return ((0, 1), false);
        }
        let dl = &self.datalayout;
        let v = match self.types.resolve(ty) {
            Type::Void | Type::Label | Type::Metadata | Type::Token | Type::Function { .. } => {
                (0, 1)
            }
            Type::Int(bits) => {
                let store = (*bits as u64).div_ceil(8);
                let align = dl.int_align(*bits);
                (align_to(store, align), align)
            }
            Type::Float(bits) => {
                let align = dl.float_align(*bits);
                let store = (*bits as u64).div_ceil(8);
                (align_to(store, align), align)
            }
            Type::Ptr(_) => (
                dl.pointer_bits as u64 / 8,
                (dl.pointer_align_bits as u64 / 8).max(1),
            ),
            Type::Vector { len, elem, .. } => {
                let ((es, _), exact) = self.layout_exact(*elem, depth + 1);
                let size = es
                    .saturating_mul(*len as u64)
                    .checked_next_power_of_two()
                    .unwrap_or(u64::MAX)
                    .max(1);
                return ((size, size), exact);
            }
            Type::Array { len, elem } => {
                let ((es, ea), exact) = self.layout_exact(*elem, depth + 1);
                return ((es.saturating_mul(*len), ea), exact);
            }
            Type::Struct { fields, packed } => {
                let mut off = 0u64;
                let mut max_align = 1u64;
                let mut all_exact = true;
                for f in fields {
                    let ((fs, fa), exact) = self.layout_exact(*f, depth + 1);
                    all_exact &= exact;
                    let fa = if *packed { 1 } else { fa };
                    off = align_to(off, fa).saturating_add(fs);
                    max_align = max_align.max(fa);
                }
                return ((align_to(off, max_align), max_align), all_exact);
            }
            Type::Named(_) | Type::Opaque(_) => (0, 1),
        };
        (v, true)
    }

    /// Byte offset of field `index` in a struct type.
    pub fn field_offset(&self, ty: TypeId, index: u32) -> Option<u64> {
        let Type::Struct { fields, packed } = self.types.resolve(ty) else {
            return None;
        };
        let mut off = 0u64;
        for (i, f) in fields.iter().enumerate() {
            let (fs, fa) = self.layout(*f, 1);
            let fa = if *packed { 1 } else { fa };
            off = align_to(off, fa);
            if i as u32 == index {
                return Some(off);
            }
            off = off.saturating_add(fs);
        }
        None
    }

    /// The byte offset a GEP adds to its base, with the source element type and indices.
    pub fn gep_offset(
        &self,
        source_ty: TypeId,
        indices: impl IntoIterator<Item = Option<i128>>,
    ) -> GepOffset {
        let mut it = indices.into_iter();
        let mut out = GepOffset {
            bytes: 0,
            variable: false,
        };
        let Some(first) = it.next() else { return out };
        match first {
            Some(i) => {
                out.bytes = out
                    .bytes
                    .wrapping_add((i as i64).wrapping_mul(self.size_of(source_ty) as i64))
            }
            None => out.variable = true,
        }
        let mut cur = source_ty;
        for idx in it {
            match self.types.resolve(cur).clone() {
                Type::Struct { fields, .. } => {
                    let Some(i) = idx else {
                        out.variable = true;
                        return out;
                    };
                    let i = i as u32;
                    out.bytes = out
                        .bytes
                        .wrapping_add(self.field_offset(cur, i).unwrap_or(0) as i64);
                    match fields.get(i as usize) {
                        Some(f) => cur = *f,
                        None => return out,
                    }
                }
                Type::Array { elem, .. } | Type::Vector { elem, .. } => {
                    match idx {
                        Some(i) => {
                            out.bytes = out
                                .bytes
                                .wrapping_add((i as i64).wrapping_mul(self.size_of(elem) as i64))
                        }
                        None => out.variable = true,
                    }
                    cur = elem;
                }
                _ => return out,
            }
        }
        out
    }

    /// The function-level `memory(...)` and other attributes of `f`, expanded from groups.
    pub fn fn_attrs(&self, attrs: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for a in attrs {
            if let Some(g) = a.strip_prefix('#').and_then(|g| g.parse::<u32>().ok()) {
                if let Some(items) = self.attr_groups.get(&g) {
                    out.extend(items.iter().cloned());
                }
            } else {
                out.push(a.clone());
            }
        }
        out
    }
}
