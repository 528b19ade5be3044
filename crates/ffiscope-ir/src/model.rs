//! The IR model: plain data, indices instead of pointers, so it is cheap to build and to
//! share across threads.

use rustc_hash::FxHashMap;

/// Index into [`Types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Function-local SSA value (parameters first, then instruction results).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);

/// Module-level symbol (function, global variable or alias).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymId(pub u32);

/// Basic block index within its function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// Metadata node number (`!12`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MdId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    Void,
    Int(u32),
    /// half, bfloat, float, double, x86_fp80, fp128, ppc_fp128.
    Float(u32),
    Ptr(u32),
    Vector {
        len: u32,
        elem: TypeId,
        scalable: bool,
    },
    Array {
        len: u64,
        elem: TypeId,
    },
    Struct {
        fields: Vec<TypeId>,
        packed: bool,
    },
    /// A named struct (`%struct.S`): index into [`Types::named`].
    Named(u32),
    Function {
        ret: TypeId,
        params: Vec<TypeId>,
        variadic: bool,
    },
    Label,
    Metadata,
    Token,
    /// `target(...)`, `x86_amx`, `x86_mmx` and other types with no layout we model.
    Opaque(String),
}

#[derive(Debug, Clone)]
pub struct NamedType {
    pub name: String,
    /// `None` for `type opaque`.
    pub body: Option<TypeId>,
}

/// Interned types of one module.
#[derive(Debug, Clone, Default)]
pub struct Types {
    pub list: Vec<Type>,
    map: FxHashMap<Type, TypeId>,
    pub named: Vec<NamedType>,
    pub named_index: FxHashMap<String, u32>,
}

impl Types {
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.map.get(&t) {
            return id;
        }
        let id = TypeId(self.list.len() as u32);
        self.list.push(t.clone());
        self.map.insert(t, id);
        id
    }
    pub fn get(&self, id: TypeId) -> &Type {
        &self.list[id.0 as usize]
    }
    /// Resolves named structs to their bodies (opaque stays `Named`).
    pub fn resolve(&self, id: TypeId) -> &Type {
        match self.get(id) {
            Type::Named(n) => match self.named.get(*n as usize).and_then(|nt| nt.body) {
                Some(body) => self.get(body),
                None => self.get(id),
            },
            t => t,
        }
    }
    pub fn named_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.named_index.get(name) {
            return i;
        }
        let i = self.named.len() as u32;
        self.named.push(NamedType {
            name: name.to_string(),
            body: None,
        });
        self.named_index.insert(name.to_string(), i);
        i
    }
    pub fn is_ptr(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Ptr(_))
    }
    /// True if a value of this type may hold a pointer (pointer, or aggregate containing one).
    pub fn may_hold_ptr(&self, id: TypeId) -> bool {
        self.may_hold_ptr_depth(id, 0)
    }
    fn may_hold_ptr_depth(&self, id: TypeId, depth: u32) -> bool {
        if depth > 16 {
            return true;
        }
        match self.resolve(id) {
            Type::Ptr(_) => true,
            Type::Vector { elem, .. } | Type::Array { elem, .. } => {
                self.may_hold_ptr_depth(*elem, depth + 1)
            }
            Type::Struct { fields, .. } => fields
                .iter()
                .any(|f| self.may_hold_ptr_depth(*f, depth + 1)),
            Type::Named(_) | Type::Opaque(_) => true,
            _ => false,
        }
    }
    /// LLVM syntax for a type.
    pub fn display(&self, id: TypeId) -> String {
        match self.get(id) {
            Type::Void => "void".into(),
            Type::Int(n) => format!("i{n}"),
            Type::Float(b) => match b {
                16 => "half".into(),
                32 => "float".into(),
                64 => "double".into(),
                80 => "x86_fp80".into(),
                _ => "fp128".into(),
            },
            Type::Ptr(0) => "ptr".into(),
            Type::Ptr(a) => format!("ptr addrspace({a})"),
            Type::Vector {
                len,
                elem,
                scalable,
            } => {
                if *scalable {
                    format!("<vscale x {len} x {}>", self.display(*elem))
                } else {
                    format!("<{len} x {}>", self.display(*elem))
                }
            }
            Type::Array { len, elem } => format!("[{len} x {}]", self.display(*elem)),
            Type::Struct { fields, packed } => {
                let inner: Vec<String> = fields.iter().map(|f| self.display(*f)).collect();
                if *packed {
                    format!("<{{ {} }}>", inner.join(", "))
                } else {
                    format!("{{ {} }}", inner.join(", "))
                }
            }
            Type::Named(n) => format!("%{}", self.named[*n as usize].name),
            Type::Function {
                ret,
                params,
                variadic,
            } => {
                let mut ps: Vec<String> = params.iter().map(|p| self.display(*p)).collect();
                if *variadic {
                    ps.push("...".into());
                }
                format!("{} ({})", self.display(*ret), ps.join(", "))
            }
            Type::Label => "label".into(),
            Type::Metadata => "metadata".into(),
            Type::Token => "token".into(),
            Type::Opaque(s) => s.clone(),
        }
    }
}

/// An operand of an instruction.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Local(ValueId),
    Global(SymId),
    Int(i128),
    Null,
    Undef,
    Poison,
    Const(Box<Constant>),
    /// A metadata operand (`metadata !12`, `!DIExpression()`): kept by node number when known.
    Metadata(Option<MdId>),
    /// A `metadata <ty> <value>` wrapper in old-style debug intrinsics.
    MetadataValue(Box<Operand>),
    InlineAsm(Box<InlineAsm>),
}

impl Operand {
    pub fn as_local(&self) -> Option<ValueId> {
        match self {
            Operand::Local(v) => Some(*v),
            _ => None,
        }
    }
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Operand::Int(i) => Some(*i),
            Operand::Const(c) => match c.as_ref() {
                Constant::Int(i) => Some(*i),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        match self {
            Operand::Null => true,
            Operand::Const(c) => matches!(c.as_ref(), Constant::Null | Constant::ZeroInit),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct InlineAsm {
    pub asm: String,
    pub constraints: String,
    pub side_effect: bool,
}

/// A constant (global initializers and constant expressions).
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    Int(i128),
    /// Integer too wide for i128, kept as text.
    BigInt(String),
    Float(String),
    Null,
    Undef,
    Poison,
    None,
    ZeroInit,
    Global(SymId),
    Bytes(Vec<u8>),
    Struct(Vec<(TypeId, Constant)>),
    Array(Vec<(TypeId, Constant)>),
    Vector(Vec<(TypeId, Constant)>),
    Splat(Box<(TypeId, Constant)>),
    Gep {
        source_ty: TypeId,
        base: Box<(TypeId, Constant)>,
        indices: Vec<(TypeId, Constant)>,
    },
    Cast {
        op: CastOp,
        val: Box<(TypeId, Constant)>,
        to: TypeId,
    },
    Binary {
        op: String,
        a: Box<(TypeId, Constant)>,
        b: Box<(TypeId, Constant)>,
    },
    /// `icmp`, `select`, `extractelement` and other rare expressions, kept by name with operands.
    Expr {
        op: String,
        operands: Vec<(TypeId, Constant)>,
    },
    BlockAddress {
        function: SymId,
        block: String,
    },
    /// `dso_local_equivalent @f`, `no_cfi @f`, `ptrauth (...)`: wrappers around a symbol.
    Wrapped {
        kind: String,
        inner: Box<Constant>,
    },
    /// A local value used where a constant was expected (only in instruction operands).
    Local(ValueId),
    Metadata,
}

impl Constant {
    /// Every symbol this constant refers to (for globals' initializers and const exprs).
    pub fn symbols(&self, out: &mut Vec<SymId>) {
        match self {
            Constant::Global(s) => out.push(*s),
            Constant::BlockAddress { function, .. } => out.push(*function),
            Constant::Struct(v) | Constant::Array(v) | Constant::Vector(v) => {
                v.iter().for_each(|(_, c)| c.symbols(out))
            }
            Constant::Expr { operands, .. } => operands.iter().for_each(|(_, c)| c.symbols(out)),
            Constant::Splat(b) => b.1.symbols(out),
            Constant::Gep { base, indices, .. } => {
                base.1.symbols(out);
                indices.iter().for_each(|(_, c)| c.symbols(out));
            }
            Constant::Cast { val, .. } => val.1.symbols(out),
            Constant::Binary { a, b, .. } => {
                a.1.symbols(out);
                b.1.symbols(out);
            }
            Constant::Wrapped { inner, .. } => inner.symbols(out),
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CastOp {
    Trunc,
    ZExt,
    SExt,
    FPTrunc,
    FPExt,
    FPToUI,
    FPToSI,
    UIToFP,
    SIToFP,
    PtrToInt,
    IntToPtr,
    BitCast,
    AddrSpaceCast,
}

impl CastOp {
    pub fn from_word(w: &str) -> Option<CastOp> {
        Some(match w {
            "trunc" => CastOp::Trunc,
            "zext" => CastOp::ZExt,
            "sext" => CastOp::SExt,
            "fptrunc" => CastOp::FPTrunc,
            "fpext" => CastOp::FPExt,
            "fptoui" => CastOp::FPToUI,
            "fptosi" => CastOp::FPToSI,
            "uitofp" => CastOp::UIToFP,
            "sitofp" => CastOp::SIToFP,
            "ptrtoint" => CastOp::PtrToInt,
            "inttoptr" => CastOp::IntToPtr,
            "bitcast" => CastOp::BitCast,
            "addrspacecast" => CastOp::AddrSpaceCast,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ICmpPred {
    Eq,
    Ne,
    Ugt,
    Uge,
    Ult,
    Ule,
    Sgt,
    Sge,
    Slt,
    Sle,
}

impl ICmpPred {
    pub fn from_word(w: &str) -> Option<ICmpPred> {
        Some(match w {
            "eq" => ICmpPred::Eq,
            "ne" => ICmpPred::Ne,
            "ugt" => ICmpPred::Ugt,
            "uge" => ICmpPred::Uge,
            "ult" => ICmpPred::Ult,
            "ule" => ICmpPred::Ule,
            "sgt" => ICmpPred::Sgt,
            "sge" => ICmpPred::Sge,
            "slt" => ICmpPred::Slt,
            "sle" => ICmpPred::Sle,
            _ => return None,
        })
    }
}

/// Debug-record / debug-intrinsic kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbgKind {
    Declare,
    Value,
    Assign,
    Label,
}

/// Memory ordering of atomic operations (kept by name).
pub type Ordering = String;

/// A call argument.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub ty: TypeId,
    pub val: Operand,
    pub attrs: ParamAttrs,
}

/// Parameter attributes ffiscope cares about; the rest are kept as text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParamAttrs {
    pub sret: bool,
    pub byval: bool,
    pub nonnull: bool,
    pub nocapture: bool,
    pub readonly: bool,
    pub writeonly: bool,
    pub returned: bool,
    pub other: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CallData {
    pub callee: Operand,
    /// The callee's function type (from the call site).
    pub fn_ty: TypeId,
    pub args: Vec<Arg>,
    /// Attribute group refs and inline function attributes at the call site.
    pub attrs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InstKind {
    Alloca {
        ty: TypeId,
        count: Option<(TypeId, Operand)>,
    },
    Load {
        ty: TypeId,
        ptr: Operand,
        volatile: bool,
        atomic: Option<Ordering>,
    },
    Store {
        ty: TypeId,
        val: Operand,
        ptr: Operand,
        volatile: bool,
        atomic: Option<Ordering>,
    },
    Gep {
        source_ty: TypeId,
        base: Operand,
        indices: Vec<(TypeId, Operand)>,
        inbounds: bool,
    },
    Cast {
        op: CastOp,
        from: TypeId,
        val: Operand,
        to: TypeId,
    },
    Binary {
        op: String,
        ty: TypeId,
        a: Operand,
        b: Operand,
    },
    Unary {
        op: String,
        ty: TypeId,
        a: Operand,
    },
    ICmp {
        pred: ICmpPred,
        ty: TypeId,
        a: Operand,
        b: Operand,
    },
    FCmp {
        pred: String,
        ty: TypeId,
        a: Operand,
        b: Operand,
    },
    Phi {
        ty: TypeId,
        incoming: Vec<(Operand, BlockId)>,
    },
    Select {
        cond: Operand,
        ty: TypeId,
        a: Operand,
        b: Operand,
    },
    Call(Box<CallData>),
    Invoke {
        call: Box<CallData>,
        normal: BlockId,
        unwind: BlockId,
    },
    CallBr {
        call: Box<CallData>,
        targets: Vec<BlockId>,
    },
    AtomicRmw {
        op: String,
        ty: TypeId,
        ptr: Operand,
        val: Operand,
        ordering: Ordering,
    },
    CmpXchg {
        ty: TypeId,
        ptr: Operand,
        cmp: Operand,
        new: Operand,
        ordering: Ordering,
    },
    Fence {
        ordering: Ordering,
    },
    VaArg {
        list: Operand,
        ty: TypeId,
    },
    ExtractValue {
        agg_ty: TypeId,
        agg: Operand,
        indices: Vec<u32>,
    },
    InsertValue {
        agg_ty: TypeId,
        agg: Operand,
        val_ty: TypeId,
        val: Operand,
        indices: Vec<u32>,
    },
    /// extractelement / insertelement / shufflevector: vector lane operations.
    Vector {
        op: String,
        ty: TypeId,
        operands: Vec<Operand>,
    },
    Freeze {
        ty: TypeId,
        val: Operand,
    },
    LandingPad {
        ty: TypeId,
    },
    /// `#dbg_declare(...)` records and `llvm.dbg.*` calls.
    Dbg {
        kind: DbgKind,
        operand: Operand,
        var: Option<MdId>,
    },
    Ret {
        val: Option<(TypeId, Operand)>,
    },
    Br {
        target: BlockId,
    },
    CondBr {
        cond: Operand,
        then_bb: BlockId,
        else_bb: BlockId,
    },
    Switch {
        ty: TypeId,
        val: Operand,
        default: BlockId,
        cases: Vec<(i128, BlockId)>,
    },
    IndirectBr {
        addr: Operand,
        targets: Vec<BlockId>,
    },
    Resume,
    Unreachable,
    /// Exception-handling pads and other rare instructions: kept by opcode with operands.
    Other {
        opcode: String,
        operands: Vec<Operand>,
        targets: Vec<BlockId>,
    },
}

impl InstKind {
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            InstKind::Ret { .. }
                | InstKind::Br { .. }
                | InstKind::CondBr { .. }
                | InstKind::Switch { .. }
                | InstKind::IndirectBr { .. }
                | InstKind::Invoke { .. }
                | InstKind::CallBr { .. }
                | InstKind::Resume
                | InstKind::Unreachable
        ) || matches!(self, InstKind::Other { targets, opcode, .. }
            if !targets.is_empty() || opcode == "cleanupret" || opcode == "catchret" || opcode == "catchswitch")
    }

    /// Successor blocks of a terminator.
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            InstKind::Br { target } => vec![*target],
            InstKind::CondBr {
                then_bb, else_bb, ..
            } => vec![*then_bb, *else_bb],
            InstKind::Switch { default, cases, .. } => {
                let mut v = vec![*default];
                v.extend(cases.iter().map(|c| c.1));
                v
            }
            InstKind::IndirectBr { targets, .. } => targets.clone(),
            InstKind::Invoke { normal, unwind, .. } => vec![*normal, *unwind],
            InstKind::CallBr { targets, .. } => targets.clone(),
            InstKind::Other { targets, .. } => targets.clone(),
            _ => Vec::new(),
        }
    }
}

/// Instruction flags as a bit set: wrap and exactness flags (`nuw nsw exact disjoint nneg
/// samesign`), GEP flags (`inbounds nusw`, and `nuw` shared with arithmetic), fast-math flags,
/// call markers (`tail musttail notail`) and the `volatile`/`weak` words of atomics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct InstFlags(pub u32);

impl InstFlags {
    pub const NUW: u32 = 1 << 0;
    pub const NSW: u32 = 1 << 1;
    pub const EXACT: u32 = 1 << 2;
    pub const DISJOINT: u32 = 1 << 3;
    pub const NNEG: u32 = 1 << 4;
    pub const SAMESIGN: u32 = 1 << 5;
    pub const INBOUNDS: u32 = 1 << 6;
    pub const NUSW: u32 = 1 << 7;
    pub const INRANGE: u32 = 1 << 8;
    pub const NNAN: u32 = 1 << 9;
    pub const NINF: u32 = 1 << 10;
    pub const NSZ: u32 = 1 << 11;
    pub const ARCP: u32 = 1 << 12;
    pub const CONTRACT: u32 = 1 << 13;
    pub const AFN: u32 = 1 << 14;
    pub const REASSOC: u32 = 1 << 15;
    /// `fast`: all fast-math flags.
    pub const FAST: u32 = 1 << 16;
    pub const TAIL: u32 = 1 << 17;
    pub const MUSTTAIL: u32 = 1 << 18;
    pub const NOTAIL: u32 = 1 << 19;
    /// `atomicrmw volatile`, `cmpxchg volatile` (loads and stores have their own field).
    pub const VOLATILE: u32 = 1 << 20;
    /// `cmpxchg weak`.
    pub const WEAK: u32 = 1 << 21;

    /// Every flag with its IR spelling, in a fixed order.
    pub const NAMES: [(u32, &'static str); 22] = [
        (Self::NUW, "nuw"),
        (Self::NSW, "nsw"),
        (Self::EXACT, "exact"),
        (Self::DISJOINT, "disjoint"),
        (Self::NNEG, "nneg"),
        (Self::SAMESIGN, "samesign"),
        (Self::INBOUNDS, "inbounds"),
        (Self::NUSW, "nusw"),
        (Self::INRANGE, "inrange"),
        (Self::NNAN, "nnan"),
        (Self::NINF, "ninf"),
        (Self::NSZ, "nsz"),
        (Self::ARCP, "arcp"),
        (Self::CONTRACT, "contract"),
        (Self::AFN, "afn"),
        (Self::REASSOC, "reassoc"),
        (Self::FAST, "fast"),
        (Self::TAIL, "tail"),
        (Self::MUSTTAIL, "musttail"),
        (Self::NOTAIL, "notail"),
        (Self::VOLATILE, "volatile"),
        (Self::WEAK, "weak"),
    ];

    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }

    /// The flag for an IR word, if it is one.
    pub fn from_word(w: &str) -> Option<u32> {
        Self::NAMES.iter().find(|(_, n)| *n == w).map(|(f, _)| *f)
    }

    /// The set flags' spellings, in [`InstFlags::NAMES`] order.
    pub fn names(self) -> Vec<&'static str> {
        Self::NAMES
            .iter()
            .filter(|(f, _)| self.has(*f))
            .map(|(_, n)| *n)
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inst {
    pub result: Option<ValueId>,
    pub kind: InstKind,
    /// `!dbg` attachment.
    pub dbg: Option<MdId>,
    /// Flags written on the instruction (`nuw`, `fast`, `tail`, ...).
    pub flags: InstFlags,
}

#[derive(Debug, Clone, Default)]
pub struct Block {
    pub name: String,
    pub insts: Vec<Inst>,
}

impl Block {
    pub fn terminator(&self) -> Option<&Inst> {
        self.insts.last().filter(|i| i.kind.is_terminator())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Linkage {
    External,
    Internal,
    Private,
    Weak,
    WeakOdr,
    LinkOnce,
    LinkOnceOdr,
    Common,
    Appending,
    ExternWeak,
    AvailableExternally,
}

impl Linkage {
    pub fn from_word(w: &str) -> Option<Linkage> {
        Some(match w {
            "external" => Linkage::External,
            "internal" => Linkage::Internal,
            "private" => Linkage::Private,
            "weak" => Linkage::Weak,
            "weak_odr" => Linkage::WeakOdr,
            "linkonce" => Linkage::LinkOnce,
            "linkonce_odr" => Linkage::LinkOnceOdr,
            "common" => Linkage::Common,
            "appending" => Linkage::Appending,
            "extern_weak" => Linkage::ExternWeak,
            "available_externally" => Linkage::AvailableExternally,
            _ => return None,
        })
    }
    /// Visible to other translation units.
    pub fn is_external(self) -> bool {
        !matches!(self, Linkage::Internal | Linkage::Private)
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub ty: TypeId,
    pub name: String,
    pub value: ValueId,
    pub attrs: ParamAttrs,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub name: String,
    pub linkage: Linkage,
    pub ret_ty: TypeId,
    pub params: Vec<Param>,
    pub variadic: bool,
    /// Attribute group refs (`#0`) and inline attributes, as text.
    pub attrs: Vec<String>,
    pub subprogram: Option<MdId>,
    /// Empty for declarations.
    pub blocks: Vec<Block>,
    /// Names of local values by `ValueId` (empty string for unnamed).
    pub value_names: Vec<String>,
    /// Line of the `define`/`declare` in the `.ll` file.
    pub ir_line: u32,
}

impl Function {
    pub fn is_declaration(&self) -> bool {
        self.blocks.is_empty()
    }
    pub fn value_count(&self) -> usize {
        self.value_names.len()
    }
}

#[derive(Debug, Clone)]
pub struct Global {
    pub name: String,
    pub linkage: Linkage,
    pub is_constant: bool,
    pub ty: TypeId,
    pub init: Option<Constant>,
    pub thread_local: bool,
    pub is_declaration: bool,
    /// `!dbg` attachments (DIGlobalVariableExpression nodes).
    pub dbg: Vec<MdId>,
    pub section: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Alias {
    pub name: String,
    pub linkage: Linkage,
    pub ty: TypeId,
    /// The aliasee; for an ifunc, the resolver (which returns the implementation).
    pub target: Constant,
    /// `ifunc`: calls go to whatever the resolver returns, not to `target` itself.
    pub is_ifunc: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymKind {
    /// Referenced but not (yet) declared or defined.
    Unresolved,
    Function(u32),
    Global(u32),
    Alias(u32),
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub kind: SymKind,
}
