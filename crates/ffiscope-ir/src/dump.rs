//! A stable, readable text dump of a parsed module, for snapshot tests and debugging.
//!
//! The format is LLVM-like but compact: it shows what the model holds (not what the input
//! said), so a dropped operand or a mis-resolved block shows up as a diff.

use std::fmt::Write;

use crate::md::{MdNode, MdValue};
use crate::model::*;
use crate::module::Module;

impl Module {
    /// Types, globals, aliases, functions (with blocks and instructions), attribute groups and
    /// named metadata, one item per line. Numbered metadata is left out: see
    /// [`Module::dump_metadata`].
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let d = Dumper { m: self };
        if !self.source_filename.is_empty() {
            let _ = writeln!(out, "source_filename {:?}", self.source_filename);
        }
        if !self.triple.is_empty() {
            let _ = writeln!(out, "triple {:?}", self.triple);
        }
        if !self.datalayout_text.is_empty() {
            let dl = &self.datalayout;
            let _ = writeln!(
                out,
                "datalayout ptr={}/{} ints={:?} floats={:?}",
                dl.pointer_bits, dl.pointer_align_bits, dl.int_aligns, dl.float_aligns
            );
        }
        for nt in &self.types.named {
            match nt.body {
                Some(b) => {
                    let _ = writeln!(
                        out,
                        "type %{} = {} ; size {} align {}",
                        ll_name(&nt.name),
                        self.types.display(b),
                        self.size_of(b),
                        self.align_of(b)
                    );
                }
                None => {
                    let _ = writeln!(out, "type %{} = opaque", ll_name(&nt.name));
                }
            }
        }
        for g in &self.globals {
            let mut line = format!("global @{} {:?}", ll_name(&g.name), g.linkage);
            if g.thread_local {
                line.push_str(" thread_local");
            }
            line.push_str(if g.is_constant {
                " constant "
            } else {
                " global "
            });
            line.push_str(&self.types.display(g.ty));
            if g.is_declaration {
                line.push_str(" (declaration)");
            }
            if let Some(init) = &g.init {
                line.push_str(" = ");
                line.push_str(&d.constant(init, None));
            }
            if let Some(s) = &g.section {
                let _ = write!(line, " section {s:?}");
            }
            for m in &g.dbg {
                let _ = write!(line, " !dbg !{}", m.0);
            }
            out.push_str(&line);
            out.push('\n');
        }
        for a in &self.aliases {
            let _ = writeln!(
                out,
                "{} @{} {:?} {} = {}",
                if a.is_ifunc { "ifunc" } else { "alias" },
                ll_name(&a.name),
                a.linkage,
                self.types.display(a.ty),
                d.constant(&a.target, None)
            );
        }
        for f in &self.functions {
            d.function(f, &mut out);
        }
        let mut groups: Vec<_> = self.attr_groups.iter().collect();
        groups.sort_by_key(|(k, _)| **k);
        for (k, v) in groups {
            let _ = writeln!(out, "attributes #{k} = {{ {} }}", v.join(" "));
        }
        for (name, ids) in &self.named_md {
            let ids: Vec<String> = ids.iter().map(|i| format!("!{}", i.0)).collect();
            let _ = writeln!(out, "!{name} = !{{{}}}", ids.join(", "));
        }
        let unresolved: Vec<&str> = self
            .symbols
            .iter()
            .filter(|s| s.kind == SymKind::Unresolved)
            .map(|s| s.name.as_str())
            .collect();
        if !unresolved.is_empty() {
            let _ = writeln!(out, "unresolved symbols: @{}", unresolved.join(", @"));
        }
        out
    }

    /// Every numbered metadata node, parsed, one per line (`!3 = DIFile(filename: "a.c")`);
    /// nodes that do not parse print as `<unparsed>`.
    pub fn dump_metadata(&self) -> String {
        let mut out = String::new();
        for (i, (s, e)) in self.md_spans.iter().enumerate() {
            if e <= s {
                continue;
            }
            let text = match self.md(MdId(i as u32)) {
                Some(n) => dump_md_node(&n),
                None => "<unparsed>".to_string(),
            };
            let _ = writeln!(out, "!{i} = {text}");
        }
        out
    }
}

/// A name as LLVM prints it after its sigil: bare when it is a plain identifier, else quoted
/// with `\XX` escapes (so control bytes never reach a snapshot).
pub fn ll_name(name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.$-".contains(&b))
        && (!name.as_bytes()[0].is_ascii_digit() || name.bytes().all(|b| b.is_ascii_digit()));
    if plain {
        return name.to_string();
    }
    let mut s = String::from("\"");
    for b in name.bytes() {
        if (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\' {
            s.push(b as char);
        } else {
            let _ = write!(s, "\\{b:02X}");
        }
    }
    s.push('"');
    s
}

/// One metadata node in a compact, LLVM-like form.
pub fn dump_md_node(n: &MdNode) -> String {
    match n {
        MdNode::Tuple(items) => {
            let items: Vec<String> = items.iter().map(dump_md_value).collect();
            format!("!{{{}}}", items.join(", "))
        }
        MdNode::Special { kind, fields } => {
            let fields: Vec<String> = fields
                .iter()
                .map(|(k, v)| {
                    if k.is_empty() {
                        dump_md_value(v)
                    } else {
                        format!("{k}: {}", dump_md_value(v))
                    }
                })
                .collect();
            format!("!{kind}({})", fields.join(", "))
        }
        MdNode::Str(s) => format!("!{s:?}"),
        MdNode::Value(v) => v.clone(),
    }
}

fn dump_md_value(v: &MdValue) -> String {
    match v {
        MdValue::Null => "null".into(),
        MdValue::Int(i) => i.to_string(),
        MdValue::Str(s) => format!("{s:?}"),
        MdValue::Ref(id) => format!("!{}", id.0),
        MdValue::Word(w) => w.clone(),
        MdValue::Node(n) => dump_md_node(n),
    }
}

struct Dumper<'m> {
    m: &'m Module,
}

impl Dumper<'_> {
    fn ty(&self, t: TypeId) -> String {
        self.m.types.display(t)
    }

    fn sym(&self, s: SymId) -> String {
        match self.m.symbols.get(s.0 as usize) {
            Some(sym) => format!("@{}", ll_name(&sym.name)),
            None => format!("@<bad sym {}>", s.0),
        }
    }

    fn local(&self, f: Option<&Function>, v: ValueId) -> String {
        match f.and_then(|f| f.value_names.get(v.0 as usize)) {
            Some(n) if !n.is_empty() => format!("%{}", ll_name(n)),
            _ => format!("%<v{}>", v.0),
        }
    }

    fn block(&self, f: &Function, b: BlockId) -> String {
        match f.blocks.get(b.0 as usize) {
            Some(bb) if !bb.name.is_empty() => format!("%{}", ll_name(&bb.name)),
            Some(_) => format!("%<bb{}>", b.0),
            None => format!("%<bad block {}>", b.0),
        }
    }

    fn blocks(&self, f: &Function, bs: &[BlockId]) -> String {
        bs.iter()
            .map(|b| self.block(f, *b))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn constant(&self, c: &Constant, f: Option<&Function>) -> String {
        let typed = |items: &[(TypeId, Constant)]| -> String {
            items
                .iter()
                .map(|(t, c)| format!("{} {}", self.ty(*t), self.constant(c, f)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match c {
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(s) | Constant::Float(s) => s.clone(),
            Constant::Null => "null".into(),
            Constant::Undef => "undef".into(),
            Constant::Poison => "poison".into(),
            Constant::None => "none".into(),
            Constant::ZeroInit => "zeroinitializer".into(),
            Constant::Global(s) => self.sym(*s),
            Constant::Bytes(b) => {
                let mut s = String::from("c\"");
                for &ch in b {
                    if ch.is_ascii_graphic() && ch != b'"' && ch != b'\\' || ch == b' ' {
                        s.push(ch as char);
                    } else {
                        let _ = write!(s, "\\{ch:02X}");
                    }
                }
                s.push('"');
                s
            }
            Constant::Struct(items) => format!("{{ {} }}", typed(items)),
            Constant::Array(items) => format!("[ {} ]", typed(items)),
            Constant::Vector(items) => format!("< {} >", typed(items)),
            Constant::Splat(b) => format!("splat ({} {})", self.ty(b.0), self.constant(&b.1, f)),
            Constant::Gep {
                source_ty,
                base,
                indices,
            } => {
                let mut s = format!(
                    "getelementptr ({}, {} {}",
                    self.ty(*source_ty),
                    self.ty(base.0),
                    self.constant(&base.1, f)
                );
                if !indices.is_empty() {
                    s.push_str(", ");
                    s.push_str(&typed(indices));
                }
                s.push(')');
                s
            }
            Constant::Cast { op, val, to } => format!(
                "{} ({} {} to {})",
                cast_name(*op),
                self.ty(val.0),
                self.constant(&val.1, f),
                self.ty(*to)
            ),
            Constant::Binary { op, a, b } => format!(
                "{op} ({} {}, {} {})",
                self.ty(a.0),
                self.constant(&a.1, f),
                self.ty(b.0),
                self.constant(&b.1, f)
            ),
            Constant::Expr { op, operands } => format!("{op} ({})", typed(operands)),
            Constant::BlockAddress { function, block } => {
                format!("blockaddress({}, %{block})", self.sym(*function))
            }
            Constant::Wrapped { kind, inner } => format!("{kind} {}", self.constant(inner, f)),
            Constant::Local(v) => self.local(f, *v),
            Constant::Metadata => "metadata".into(),
        }
    }

    fn operand(&self, o: &Operand, f: &Function) -> String {
        match o {
            Operand::Local(v) => self.local(Some(f), *v),
            Operand::Global(s) => self.sym(*s),
            Operand::Int(i) => i.to_string(),
            Operand::Null => "null".into(),
            Operand::Undef => "undef".into(),
            Operand::Poison => "poison".into(),
            Operand::Const(c) => self.constant(c, Some(f)),
            Operand::Metadata(Some(id)) => format!("!{}", id.0),
            Operand::Metadata(None) => "!<inline>".into(),
            Operand::MetadataValue(v) => format!("metadata({})", self.operand(v, f)),
            Operand::InlineAsm(a) => format!(
                "asm{} {:?}, {:?}",
                if a.side_effect { " sideeffect" } else { "" },
                a.asm,
                a.constraints
            ),
        }
    }

    fn typed(&self, t: TypeId, o: &Operand, f: &Function) -> String {
        format!("{} {}", self.ty(t), self.operand(o, f))
    }

    fn call(&self, c: &CallData, f: &Function) -> String {
        let args: Vec<String> = c
            .args
            .iter()
            .map(|a| {
                let mut s = self.ty(a.ty);
                let attrs = param_attrs(&a.attrs);
                if !attrs.is_empty() {
                    s.push(' ');
                    s.push_str(&attrs);
                }
                s.push(' ');
                s.push_str(&self.operand(&a.val, f));
                s
            })
            .collect();
        let mut s = format!(
            "call [{}] {}({})",
            self.ty(c.fn_ty),
            self.operand(&c.callee, f),
            args.join(", ")
        );
        if !c.attrs.is_empty() {
            s.push(' ');
            s.push_str(&c.attrs.join(" "));
        }
        s
    }

    fn inst(&self, i: &Inst, f: &Function) -> String {
        let op = |o: &Operand| self.operand(o, f);
        let body = match &i.kind {
            InstKind::Alloca { ty, count } => match count {
                Some((ct, c)) => format!("alloca {}, {}", self.ty(*ty), self.typed(*ct, c, f)),
                None => format!("alloca {}", self.ty(*ty)),
            },
            InstKind::Load {
                ty,
                ptr,
                volatile,
                atomic,
            } => format!(
                "load{}{} {}, {}{}",
                atomic.as_ref().map_or("", |_| " atomic"),
                if *volatile { " volatile" } else { "" },
                self.ty(*ty),
                op(ptr),
                atomic.as_ref().map(|o| format!(" {o}")).unwrap_or_default()
            ),
            InstKind::Store {
                ty,
                val,
                ptr,
                volatile,
                atomic,
            } => format!(
                "store{}{} {}, {}{}",
                atomic.as_ref().map_or("", |_| " atomic"),
                if *volatile { " volatile" } else { "" },
                self.typed(*ty, val, f),
                op(ptr),
                atomic.as_ref().map(|o| format!(" {o}")).unwrap_or_default()
            ),
            InstKind::Gep {
                source_ty,
                base,
                indices,
                inbounds,
            } => {
                // `inbounds` shows with the other flags; this marks a disagreement.
                let mut s = format!(
                    "getelementptr{} {}, {}",
                    if *inbounds != i.flags.has(InstFlags::INBOUNDS) {
                        " <inbounds mismatch>"
                    } else {
                        ""
                    },
                    self.ty(*source_ty),
                    op(base)
                );
                for (t, o) in indices {
                    s.push_str(", ");
                    s.push_str(&self.typed(*t, o, f));
                }
                s
            }
            InstKind::Cast {
                op: c,
                from,
                val,
                to,
            } => format!(
                "{} {} to {}",
                cast_name(*c),
                self.typed(*from, val, f),
                self.ty(*to)
            ),
            InstKind::Binary { op: o, ty, a, b } => {
                format!("{o} {}, {}", self.typed(*ty, a, f), op(b))
            }
            InstKind::Unary { op: o, ty, a } => format!("{o} {}", self.typed(*ty, a, f)),
            InstKind::ICmp { pred, ty, a, b } => format!(
                "icmp {} {}, {}",
                format!("{pred:?}").to_lowercase(),
                self.typed(*ty, a, f),
                op(b)
            ),
            InstKind::FCmp { pred, ty, a, b } => {
                format!("fcmp {pred} {}, {}", self.typed(*ty, a, f), op(b))
            }
            InstKind::Phi { ty, incoming } => {
                let inc: Vec<String> = incoming
                    .iter()
                    .map(|(v, b)| format!("[ {}, {} ]", op(v), self.block(f, *b)))
                    .collect();
                format!("phi {} {}", self.ty(*ty), inc.join(", "))
            }
            InstKind::Select { cond, ty, a, b } => {
                format!("select {}, {}, {}", op(cond), self.typed(*ty, a, f), op(b))
            }
            InstKind::Call(c) => self.call(c, f),
            InstKind::Invoke {
                call,
                normal,
                unwind,
            } => format!(
                "invoke {} to {} unwind {}",
                self.call(call, f).trim_start_matches("call "),
                self.block(f, *normal),
                self.block(f, *unwind)
            ),
            InstKind::CallBr { call, targets } => format!(
                "callbr {} to [{}]",
                self.call(call, f).trim_start_matches("call "),
                self.blocks(f, targets)
            ),
            InstKind::AtomicRmw {
                op: o,
                ty,
                ptr,
                val,
                ordering,
            } => format!(
                "atomicrmw {o} {}, {} {ordering}",
                op(ptr),
                self.typed(*ty, val, f)
            ),
            InstKind::CmpXchg {
                ty,
                ptr,
                cmp,
                new,
                ordering,
            } => format!(
                "cmpxchg {}, {}, {} {ordering}",
                op(ptr),
                self.typed(*ty, cmp, f),
                op(new)
            ),
            InstKind::Fence { ordering } => format!("fence {ordering}"),
            InstKind::VaArg { list, ty } => format!("va_arg {}, {}", op(list), self.ty(*ty)),
            InstKind::ExtractValue {
                agg_ty,
                agg,
                indices,
            } => format!(
                "extractvalue {}, {:?}",
                self.typed(*agg_ty, agg, f),
                indices
            ),
            InstKind::InsertValue {
                agg_ty,
                agg,
                val_ty,
                val,
                indices,
            } => format!(
                "insertvalue {}, {}, {:?}",
                self.typed(*agg_ty, agg, f),
                self.typed(*val_ty, val, f),
                indices
            ),
            InstKind::Vector {
                op: o,
                ty,
                operands,
            } => {
                let ops: Vec<String> = operands.iter().map(op).collect();
                format!("{o} {} {}", self.ty(*ty), ops.join(", "))
            }
            InstKind::Freeze { ty, val } => format!("freeze {}", self.typed(*ty, val, f)),
            InstKind::LandingPad { ty } => format!("landingpad {}", self.ty(*ty)),
            InstKind::Dbg { kind, operand, var } => format!(
                "#dbg_{} {}, var {}",
                format!("{kind:?}").to_lowercase(),
                op(operand),
                var.map_or("none".to_string(), |v| format!("!{}", v.0))
            ),
            InstKind::Ret { val } => match val {
                Some((t, v)) => format!("ret {}", self.typed(*t, v, f)),
                None => "ret void".into(),
            },
            InstKind::Br { target } => format!("br {}", self.block(f, *target)),
            InstKind::CondBr {
                cond,
                then_bb,
                else_bb,
            } => format!(
                "br {}, {}, {}",
                op(cond),
                self.block(f, *then_bb),
                self.block(f, *else_bb)
            ),
            InstKind::Switch {
                ty,
                val,
                default,
                cases,
            } => {
                let cs: Vec<String> = cases
                    .iter()
                    .map(|(c, b)| format!("{c} -> {}", self.block(f, *b)))
                    .collect();
                format!(
                    "switch {}, default {} [{}]",
                    self.typed(*ty, val, f),
                    self.block(f, *default),
                    cs.join(", ")
                )
            }
            InstKind::IndirectBr { addr, targets } => {
                format!("indirectbr {}, [{}]", op(addr), self.blocks(f, targets))
            }
            InstKind::Resume => "resume".into(),
            InstKind::Unreachable => "unreachable".into(),
            InstKind::Other {
                opcode,
                operands,
                targets,
            } => {
                let ops: Vec<String> = operands.iter().map(op).collect();
                let mut s = format!("{opcode} ({})", ops.join(", "));
                if !targets.is_empty() {
                    let _ = write!(s, " -> [{}]", self.blocks(f, targets));
                }
                s
            }
        };
        let body = if i.flags == InstFlags::default() {
            body
        } else {
            let (head, tail) = body.split_once(' ').unwrap_or((&body, ""));
            format!("{head} {} {tail}", i.flags.names().join(" "))
        };
        let mut s = match i.result {
            Some(v) => format!("{} = {body}", self.local(Some(f), v)),
            None => body,
        };
        if let Some(d) = i.dbg {
            let _ = write!(s, " !dbg !{}", d.0);
        }
        s
    }

    fn function(&self, f: &Function, out: &mut String) {
        let params: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let mut s = self.ty(p.ty);
                let attrs = param_attrs(&p.attrs);
                if !attrs.is_empty() {
                    s.push(' ');
                    s.push_str(&attrs);
                }
                s.push(' ');
                s.push_str(&self.local(Some(f), p.value));
                s
            })
            .collect();
        let mut params = params.join(", ");
        if f.variadic {
            params.push_str(if f.params.is_empty() { "..." } else { ", ..." });
        }
        let _ = write!(
            out,
            "{} {:?} {} @{}({})",
            if f.is_declaration() {
                "declare"
            } else {
                "define"
            },
            f.linkage,
            self.ty(f.ret_ty),
            ll_name(&f.name),
            params
        );
        if !f.attrs.is_empty() {
            let _ = write!(out, " {}", f.attrs.join(" "));
        }
        if let Some(sp) = f.subprogram {
            let _ = write!(out, " !dbg !{}", sp.0);
        }
        let _ = write!(out, " ; line {}", f.ir_line);
        if f.is_declaration() {
            out.push('\n');
            return;
        }
        out.push_str(" {\n");
        for (bi, b) in f.blocks.iter().enumerate() {
            let _ = writeln!(out, "{}:", self.block(f, BlockId(bi as u32)));
            for i in &b.insts {
                let _ = writeln!(out, "  {}", self.inst(i, f));
            }
        }
        out.push_str("}\n");
    }
}

fn param_attrs(a: &ParamAttrs) -> String {
    let mut v: Vec<&str> = Vec::new();
    for (set, name) in [
        (a.sret, "sret"),
        (a.byval, "byval"),
        (a.nonnull, "nonnull"),
        (a.nocapture, "nocapture"),
        (a.readonly, "readonly"),
        (a.writeonly, "writeonly"),
        (a.returned, "returned"),
    ] {
        if set {
            v.push(name);
        }
    }
    v.extend(a.other.iter().map(String::as_str));
    v.join(" ")
}

pub(crate) fn cast_name(op: CastOp) -> &'static str {
    match op {
        CastOp::Trunc => "trunc",
        CastOp::ZExt => "zext",
        CastOp::SExt => "sext",
        CastOp::FPTrunc => "fptrunc",
        CastOp::FPExt => "fpext",
        CastOp::FPToUI => "fptoui",
        CastOp::FPToSI => "fptosi",
        CastOp::UIToFP => "uitofp",
        CastOp::SIToFP => "sitofp",
        CastOp::PtrToInt => "ptrtoint",
        CastOp::IntToPtr => "inttoptr",
        CastOp::BitCast => "bitcast",
        CastOp::AddrSpaceCast => "addrspacecast",
    }
}
