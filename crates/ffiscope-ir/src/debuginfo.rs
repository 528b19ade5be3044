//! Debug info in source terms: locations, C prototypes and record layouts.

use std::collections::BTreeMap;
use std::sync::Arc;

use ffiscope_facts::{CField, CFunctionDecl, CParam, CRecordLayout, CType, SourceLoc};
use rustc_hash::FxHashMap;

use crate::md::{MdNode, MdValue};
use crate::model::*;
use crate::module::Module;

/// A source position from a `DILocation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SrcPos {
    /// The file as clang recorded it (`DIFile` filename, joined with its directory when
    /// relative only if `directory` is needed to disambiguate; see [`Module::file_path`]).
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl Module {
    /// Source position of a `!dbg` attachment.
    pub fn location(&self, dbg: MdId) -> Option<SrcPos> {
        let loc = self.md(dbg)?;
        if loc.kind() != "DILocation" {
            return None;
        }
        let line = loc.int("line").unwrap_or(0) as u32;
        let column = loc.int("column").unwrap_or(0) as u32;
        let file = self
            .md_field(&loc, "scope")
            .and_then(|s| self.scope_file(&s, 0))
            .unwrap_or_default();
        Some(SrcPos { file, line, column })
    }

    fn scope_file(&self, scope: &MdNode, depth: u32) -> Option<String> {
        if depth > 32 {
            return None;
        }
        if scope.kind() == "DIFile" {
            return Some(self.file_path(scope));
        }
        if let Some(f) = self.md_field(scope, "file") {
            return Some(self.file_path(&f));
        }
        let parent = self.md_field(scope, "scope")?;
        self.scope_file(&parent, depth + 1)
    }

    /// The path of a `DIFile`: the filename as clang recorded it (absolute, or relative to the
    /// compilation directory, which is how the user named it).
    pub fn file_path(&self, file: &MdNode) -> String {
        let name = file.str_field("filename").unwrap_or("");
        let dir = file.str_field("directory").unwrap_or("");
        if name.starts_with('/') || dir.is_empty() {
            name.to_string()
        } else if let Some(root) = std::env::current_dir()
            .ok()
            .filter(|cwd| cwd.as_os_str() == dir)
        {
            let _ = root;
            name.to_string()
        } else {
            format!("{}/{}", dir.trim_end_matches('/'), name)
        }
    }

    /// Where a function is defined, from its `DISubprogram`.
    pub fn function_location(&self, f: &Function) -> Option<SourceLoc> {
        let sp = self.md(f.subprogram?)?;
        let file = self
            .md_field(&sp, "file")
            .map(|fl| self.file_path(&fl))
            .unwrap_or_default();
        Some(SourceLoc {
            file,
            line: sp.int("line").unwrap_or(0) as u32,
        })
    }

    /// Names of C parameters (1-based `arg:` of `DILocalVariable`) and their variables.
    pub fn param_vars(&self, f: &Function) -> BTreeMap<u32, Arc<MdNode>> {
        // Only the function's own parameters: after inlining, records also describe the
        // parameters of inlined callees (scoped to their subprograms).
        let own = |v: &MdNode| match (f.subprogram, v.field("scope")) {
            (Some(sp), Some(MdValue::Ref(s))) => *s == sp,
            (Some(_), _) => false,
            (None, _) => true,
        };
        let mut out = BTreeMap::new();
        for b in &f.blocks {
            for inst in &b.insts {
                if let InstKind::Dbg { var: Some(var), .. } = &inst.kind {
                    if let Some(v) = self.md(*var) {
                        if let Some(arg) = v.int("arg").filter(|_| own(&v)) {
                            out.entry(arg as u32).or_insert(v);
                        }
                    }
                }
            }
        }
        // Optimized code may have no record left for a parameter; its variable is still
        // listed in the subprogram's `retainedNodes`.
        let retained = f
            .subprogram
            .and_then(|sp| self.md(sp))
            .and_then(|sp| self.md_field(&sp, "retainedNodes"));
        if let Some(list) = retained.as_deref().and_then(MdNode::tuple) {
            for item in list {
                if let Some(v) = self.md_value(item) {
                    if let Some(arg) = v.int("arg").filter(|_| own(&v)) {
                        out.entry(arg as u32).or_insert(v);
                    }
                }
            }
        }
        out
    }

    /// The C parameter types of a defined function, as [`Module::c_decl`] gives them but
    /// without names, location or signature text (the engine asks this of every function).
    pub fn c_param_types(&self, f: &Function, types: &mut DiTypes) -> Option<Vec<CType>> {
        let sp = self.md(f.subprogram?)?;
        let sub_ty = self.md_field(&sp, "type")?;
        let list = self.md_field(&sub_ty, "types");
        let items = list.as_deref().and_then(|l| l.tuple()).unwrap_or_default();
        if items.len() <= 1 && !sp.has_flag("flags", "DIFlagPrototyped") {
            // Unprototyped: the types are the variables'.
            return self
                .c_decl(f, types)
                .map(|d| d.params.into_iter().map(|p| p.ty).collect());
        }
        Some(
            items
                .iter()
                .skip(1)
                .filter(|v| !matches!(v, MdValue::Null))
                .map(|v| types.convert(self, v))
                .collect(),
        )
    }

    /// The C prototype of a defined function, rebuilt from debug info. `None` without a
    /// `DISubprogram` (IR compiled without `-g`).
    pub fn c_decl(&self, f: &Function, types: &mut DiTypes) -> Option<CFunctionDecl> {
        let sp = self.md(f.subprogram?)?;
        let location = self.function_location(f)?;
        let sub_ty = self.md_field(&sp, "type")?;
        let list = self.md_field(&sub_ty, "types");
        let items: Vec<MdValue> = list
            .as_deref()
            .and_then(|l| l.tuple())
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let mut iter = items.iter();
        let ret = match iter.next() {
            Some(v) => types.convert(self, v),
            None => CType::Void,
        };
        let vars = self.param_vars(f);
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, v) in iter.enumerate() {
            if matches!(v, MdValue::Null) {
                variadic = true;
                continue;
            }
            let ty = types.convert(self, v);
            let name = vars
                .get(&(i as u32 + 1))
                .and_then(|n| n.str_field("name").map(str::to_string))
                .unwrap_or_else(|| format!("arg{i}"));
            params.push(CParam { name, ty });
        }
        // An unprototyped `f()` definition: take the variables' types.
        if items.len() <= 1 && !vars.is_empty() && !sp.has_flag("flags", "DIFlagPrototyped") {
            for (i, v) in &vars {
                let ty =
                    v.field("type")
                        .map(|t| types.convert(self, t))
                        .unwrap_or(CType::Unknown {
                            spelling: "int".into(),
                        });
                let name = v.str_field("name").unwrap_or("").to_string();
                let _ = i;
                params.push(CParam { name, ty });
            }
        }
        let name = f.name.clone();
        let signature = CFunctionDecl::render_signature(&name, &ret, &params, variadic);
        Some(CFunctionDecl {
            name,
            location,
            signature,
            ret,
            params,
            variadic,
            external: f.linkage.is_external(),
        })
    }
}

/// Converts DI types to [`CType`], collecting the layouts of the records it meets.
#[derive(Debug, Default)]
pub struct DiTypes {
    pub layouts: BTreeMap<String, CRecordLayout>,
    in_progress: Vec<String>,
    /// Types of referenced nodes already converted: type graphs are DAGs with much
    /// sharing, so each node is converted once.
    cache: FxHashMap<MdId, (CType, u32)>,
    /// Nodes visited by the current [`DiTypes::convert`]: a bound for hostile graphs.
    steps: u32,
    /// Complete records met but not laid out yet, by name, and their order.
    pending: FxHashMap<String, (Arc<MdNode>, bool)>,
    pending_order: Vec<String>,
    /// Records are named, not laid out ([`DiTypes::without_layouts`]).
    skip_layouts: bool,
}

/// Most DI nodes one [`DiTypes::convert`] call visits before giving up on the rest.
const MAX_CONVERT_STEPS: u32 = 100_000;

impl DiTypes {
    /// A converter that leaves `layouts` empty: for callers that need a type's shape only
    /// (laying out `sqlite3 *`'s record and all it holds is most of the conversion's cost).
    pub fn without_layouts() -> Self {
        Self {
            skip_layouts: true,
            ..Self::default()
        }
    }

    pub fn convert(&mut self, m: &Module, v: &MdValue) -> CType {
        self.steps = 0;
        let t = self.value_type(m, v, 0);
        self.drain_layouts(m);
        t
    }

    /// Computes the layouts of the records met so far, each at the top of the stack (a
    /// record's layout needs only those of the records it holds by value).
    fn drain_layouts(&mut self, m: &Module) {
        while let Some(name) = self.pending_order.pop() {
            if let Some((n, union)) = self.pending.remove(&name) {
                self.steps = 0;
                self.record_layout(m, &n, &name, union);
            }
        }
    }

    /// Lays out a pending record now (one held by value by the record being laid out).
    fn layout_now(&mut self, m: &Module, t: &CType) {
        let mut t = t;
        loop {
            match t {
                CType::Typedef { target: inner, .. }
                | CType::Qualified { inner, .. }
                | CType::Array { element: inner, .. } => t = inner,
                CType::Record { name, .. } => {
                    if let Some((n, union)) = self.pending.remove(name) {
                        self.record_layout(m, &n, name, union);
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// The type a field value stands for: `null` is `void`, references are memoized.
    fn value_type(&mut self, m: &Module, v: &MdValue, depth: u32) -> CType {
        let unknown = || CType::Unknown {
            spelling: "?".into(),
        };
        match v {
            MdValue::Null => CType::Void,
            MdValue::Ref(id) => {
                if let Some((t, size)) = self.cache.get(id) {
                    // A clone costs its size: shared subtrees of a DAG can still add up to
                    // an exponential tree.
                    self.steps = self.steps.saturating_add(*size);
                    if self.steps > MAX_CONVERT_STEPS {
                        return CType::Unknown {
                            spelling: "(too complex)".into(),
                        };
                    }
                    return t.clone();
                }
                let Some(n) = m.md(*id) else {
                    return unknown();
                };
                // Cached even when a limit cut it short: that only happens on cyclic or
                // hostile graphs (C types recur only through record tags, which are cut
                // by name), and caching keeps those linear.
                let t = self.node(m, &n, depth);
                let size = ctype_size(&t, MAX_CONVERT_STEPS);
                self.cache.insert(*id, (t.clone(), size));
                t
            }
            MdValue::Node(n) => self.node(m, n, depth),
            _ => unknown(),
        }
    }

    fn field_type(&mut self, m: &Module, n: &MdNode, field: &str, depth: u32) -> CType {
        match n.field(field) {
            None => CType::Void,
            Some(v) => self.value_type(m, v, depth + 1),
        }
    }

    fn node(&mut self, m: &Module, n: &Arc<MdNode>, depth: u32) -> CType {
        if depth > 48 {
            return CType::Unknown {
                spelling: "(too deep)".into(),
            };
        }
        self.steps += 1;
        if self.steps > MAX_CONVERT_STEPS {
            return CType::Unknown {
                spelling: "(too complex)".into(),
            };
        }
        match n.kind() {
            "DIBasicType" => basic_type(n),
            "DISubroutineType" => {
                let items: Vec<MdValue> = m
                    .md_field(n, "types")
                    .and_then(|l| l.tuple().map(|t| t.to_vec()))
                    .unwrap_or_default();
                let mut it = items.iter();
                let ret = it
                    .next()
                    .map(|v| self.convert_depth(m, v, depth))
                    .unwrap_or(CType::Void);
                let mut params = Vec::new();
                let mut variadic = false;
                for v in it {
                    if matches!(v, MdValue::Null) {
                        variadic = true;
                    } else {
                        params.push(self.convert_depth(m, v, depth));
                    }
                }
                CType::Function {
                    ret: Box::new(ret),
                    params,
                    variadic,
                }
            }
            "DIDerivedType" => {
                let tag = n.word("tag").unwrap_or("");
                match tag {
                    "DW_TAG_pointer_type" | "DW_TAG_reference_type" => {
                        let pointee = self.field_type(m, n, "baseType", depth);
                        // A `va_list` parameter decays to `struct __va_list_tag *` (x86-64)
                        // and the debug info keeps only that: spell it as the header does.
                        let is_va_list = matches!(&pointee,
                            CType::Record { name, .. } if name == "__va_list_tag");
                        let ptr = CType::Pointer {
                            pointee: Box::new(pointee),
                        };
                        if is_va_list {
                            CType::Typedef {
                                name: "va_list".into(),
                                target: Box::new(ptr),
                            }
                        } else {
                            ptr
                        }
                    }
                    "DW_TAG_const_type" | "DW_TAG_volatile_type" | "DW_TAG_restrict_type" => {
                        let inner = self.field_type(m, n, "baseType", depth);
                        CType::Qualified {
                            is_const: tag == "DW_TAG_const_type",
                            is_volatile: tag == "DW_TAG_volatile_type",
                            is_restrict: tag == "DW_TAG_restrict_type",
                            inner: Box::new(inner),
                        }
                    }
                    "DW_TAG_typedef" => CType::Typedef {
                        name: n.str_field("name").unwrap_or("?").to_string(),
                        target: Box::new(self.field_type(m, n, "baseType", depth)),
                    },
                    // `_Atomic T` and members: the underlying type.
                    _ => self.field_type(m, n, "baseType", depth),
                }
            }
            "DICompositeType" => {
                let tag = n.word("tag").unwrap_or("");
                match tag {
                    "DW_TAG_array_type" => {
                        let elem = self.field_type(m, n, "baseType", depth);
                        let dims: Vec<Option<u64>> = m
                            .md_field(n, "elements")
                            .and_then(|l| l.tuple().map(|t| t.to_vec()))
                            .unwrap_or_default()
                            .iter()
                            .filter_map(|d| m.md_value(d))
                            .map(|sr| match sr.int("count") {
                                Some(c) if c >= 0 => Some(c as u64),
                                _ => None,
                            })
                            .collect();
                        let mut t = elem;
                        for d in dims.iter().rev() {
                            t = CType::Array {
                                element: Box::new(t),
                                len: *d,
                            };
                        }
                        if dims.is_empty() {
                            t = CType::Array {
                                element: Box::new(t),
                                len: None,
                            };
                        }
                        t
                    }
                    "DW_TAG_enumeration_type" => {
                        let underlying = match n.field("baseType") {
                            Some(_) => self.field_type(m, n, "baseType", depth),
                            None => CType::Int {
                                name: "unsigned int".into(),
                                bits: n.int("size").unwrap_or(32) as u32,
                                signed: false,
                                plain_char: false,
                            },
                        };
                        CType::Enum {
                            name: record_name(m, n, "enum"),
                            underlying: Box::new(underlying),
                        }
                    }
                    "DW_TAG_structure_type" | "DW_TAG_union_type" | "DW_TAG_class_type" => {
                        let union = tag == "DW_TAG_union_type";
                        let name = record_name(m, n, if union { "union" } else { "struct" });
                        let complete = !n.has_flag("flags", "DIFlagFwdDecl");
                        // Laid out later (see `drain_layouts`): a record met through a
                        // pointer must not nest its layout in the current conversion.
                        if complete
                            && !self.skip_layouts
                            && !self.layouts.contains_key(&name)
                            && !self.pending.contains_key(&name)
                        {
                            self.pending.insert(name.clone(), (n.clone(), union));
                            self.pending_order.push(name.clone());
                        }
                        CType::Record {
                            name,
                            union,
                            complete,
                        }
                    }
                    _ => CType::Unknown {
                        spelling: tag.to_string(),
                    },
                }
            }
            other => CType::Unknown {
                spelling: other.to_string(),
            },
        }
    }

    fn convert_depth(&mut self, m: &Module, v: &MdValue, depth: u32) -> CType {
        self.value_type(m, v, depth + 1)
    }

    fn record_layout(&mut self, m: &Module, n: &MdNode, name: &str, union: bool) {
        if self.layouts.contains_key(name) || self.in_progress.iter().any(|p| p == name) {
            return;
        }
        self.in_progress.push(name.to_string());
        let members: Vec<Arc<MdNode>> = m
            .md_field(n, "elements")
            .and_then(|l| l.tuple().map(|t| t.to_vec()))
            .unwrap_or_default()
            .iter()
            .filter_map(|e| m.md_value(e))
            .filter(|e| e.word("tag") == Some("DW_TAG_member"))
            .collect();
        let mut fields = Vec::new();
        let mut max_align = 1u64;
        for mem in &members {
            let ty = self.field_type(m, mem, "baseType", 0);
            self.layout_now(m, &ty);
            let bitfield = mem.has_flag("flags", "DIFlagBitField");
            let size_bits = mem.int("size").unwrap_or(0).max(0) as u64;
            let offset_bits = mem.int("offset").unwrap_or(0).max(0) as u64;
            let align = match mem.int("align") {
                Some(a) if a > 0 => (a as u64 / 8).max(1),
                _ => self.align_of(&ty),
            };
            max_align = max_align.max(align);
            fields.push(CField {
                name: mem.str_field("name").unwrap_or("").to_string(),
                ty,
                offset_bits,
                size_bits,
                bit_width: bitfield.then_some(size_bits),
            });
        }
        let size_bytes = n.int("size").unwrap_or(0).max(0) as u64 / 8;
        // Packed records: a field off its natural alignment, or a size that isn't a multiple.
        let misaligned = fields.iter().any(|f| {
            f.bit_width.is_none() && {
                let a = self.align_of(&f.ty).saturating_mul(8);
                a > 8 && f.offset_bits % a != 0
            }
        });
        let mut align_bytes = match n.int("align") {
            Some(a) if a > 0 => (a as u64 / 8).max(1),
            _ => max_align,
        };
        if n.int("align").is_none()
            && (misaligned || (size_bytes > 0 && !size_bytes.is_multiple_of(align_bytes)))
        {
            align_bytes = 1;
        }
        let location = m.md_field(n, "file").map(|f| SourceLoc {
            file: m.file_path(&f),
            line: n.int("line").unwrap_or(0) as u32,
        });
        self.in_progress.pop();
        self.layouts.insert(
            name.to_string(),
            CRecordLayout {
                name: name.to_string(),
                union,
                size_bytes,
                align_bytes,
                fields,
                location,
            },
        );
    }

    /// Natural alignment in bytes of a C type on the analysed target.
    pub fn align_of(&self, t: &CType) -> u64 {
        match t {
            CType::Void => 1,
            CType::Bool => 1,
            CType::Int { bits, .. } => (*bits as u64 / 8).clamp(1, 16),
            CType::Float { bits, .. } => match bits {
                80 | 128 => 16,
                b => (*b as u64 / 8).max(1),
            },
            CType::Pointer { .. } | CType::Function { .. } => 8,
            CType::Qualified { inner, .. } => self.align_of(inner),
            CType::Typedef { target, .. } => self.align_of(target),
            CType::Enum { underlying, .. } => self.align_of(underlying),
            CType::Array { element, .. } => self.align_of(element),
            CType::Record { name, .. } => self.layouts.get(name).map_or(1, |l| l.align_bytes),
            CType::Unknown { .. } => 1,
        }
    }
}

/// Number of nodes in a C type tree, counted up to `limit`.
fn ctype_size(t: &CType, limit: u32) -> u32 {
    fn walk(t: &CType, n: &mut u32, limit: u32) {
        *n += 1;
        if *n >= limit {
            return;
        }
        match t {
            CType::Pointer { pointee: inner }
            | CType::Qualified { inner, .. }
            | CType::Typedef { target: inner, .. }
            | CType::Enum {
                underlying: inner, ..
            }
            | CType::Array { element: inner, .. } => walk(inner, n, limit),
            CType::Function { ret, params, .. } => {
                walk(ret, n, limit);
                for p in params {
                    walk(p, n, limit);
                }
            }
            _ => {}
        }
    }
    let mut n = 0;
    walk(t, &mut n, limit);
    n.min(limit)
}

fn basic_type(n: &MdNode) -> CType {
    let name = n.str_field("name").unwrap_or("?").to_string();
    let bits = n.int("size").unwrap_or(0) as u32;
    match n.word("encoding").unwrap_or("") {
        "DW_ATE_boolean" => CType::Bool,
        "DW_ATE_float" => CType::Float { name, bits },
        "DW_ATE_signed_char" | "DW_ATE_unsigned_char" => {
            let signed = n.word("encoding") == Some("DW_ATE_signed_char");
            CType::Int {
                plain_char: name == "char",
                name,
                bits,
                signed,
            }
        }
        "DW_ATE_signed" => CType::Int {
            name,
            bits,
            signed: true,
            plain_char: false,
        },
        "DW_ATE_unsigned" | "DW_ATE_UTF" => CType::Int {
            name,
            bits,
            signed: false,
            plain_char: false,
        },
        // `_Complex double` is recorded as "complex" with the pair's size.
        "DW_ATE_complex_float" => CType::Unknown {
            spelling: match bits {
                64 => "_Complex float".into(),
                128 => "_Complex double".into(),
                _ => "_Complex long double".into(),
            },
        },
        _ => CType::Unknown { spelling: name },
    }
}

/// Tag name of a record or enum, or a stable synthesized name for an anonymous one.
fn record_name(m: &Module, n: &MdNode, kw: &str) -> String {
    match n.str_field("name") {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => {
            let file = m
                .md_field(n, "file")
                .map(|f| m.file_path(&f))
                .unwrap_or_default();
            format!(
                "(anonymous {kw} at {}:{})",
                file,
                n.int("line").unwrap_or(0)
            )
        }
    }
}
