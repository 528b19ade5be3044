//! Renumbering the type and symbol ids of a function parsed against a copy of its module
//! (see `parser::parse_deferred`): ids the copy already had stay, the ones it added map to
//! the module's.

use crate::model::*;

/// Ids below `type_base`/`sym_base` are the module's; `types[i]` is the module's id of the
/// copy's `type_base + i`, likewise `syms`.
pub(crate) struct IdMap {
    pub type_base: u32,
    pub types: Vec<TypeId>,
    pub sym_base: u32,
    pub syms: Vec<SymId>,
}

impl IdMap {
    fn ty(&self, t: &mut TypeId) {
        if t.0 >= self.type_base {
            if let Some(&m) = self.types.get((t.0 - self.type_base) as usize) {
                *t = m;
            }
        }
    }

    fn sym(&self, s: &mut SymId) {
        if s.0 >= self.sym_base {
            if let Some(&m) = self.syms.get((s.0 - self.sym_base) as usize) {
                *s = m;
            }
        }
    }

    /// A type the copy added, with the ids inside it renumbered (its parts were added before
    /// it, so they are mapped already).
    pub fn type_of(&self, t: &Type) -> Type {
        let mut t = t.clone();
        match &mut t {
            Type::Vector { elem, .. } | Type::Array { elem, .. } => self.ty(elem),
            Type::Struct { fields, .. } => fields.iter_mut().for_each(|f| self.ty(f)),
            Type::Function { ret, params, .. } => {
                self.ty(ret);
                params.iter_mut().for_each(|p| self.ty(p));
            }
            _ => {}
        }
        t
    }

    pub fn function(&self, f: &mut Function) {
        self.ty(&mut f.ret_ty);
        for p in &mut f.params {
            self.ty(&mut p.ty);
        }
        for b in &mut f.blocks {
            for i in &mut b.insts {
                self.inst(&mut i.kind);
            }
        }
    }

    fn typed(&self, (t, o): &mut (TypeId, Operand)) {
        self.ty(t);
        self.operand(o);
    }

    fn call(&self, c: &mut CallData) {
        self.operand(&mut c.callee);
        self.ty(&mut c.fn_ty);
        for a in &mut c.args {
            self.ty(&mut a.ty);
            self.operand(&mut a.val);
        }
    }

    fn inst(&self, k: &mut InstKind) {
        match k {
            InstKind::Alloca { ty, count } => {
                self.ty(ty);
                if let Some(c) = count {
                    self.typed(c);
                }
            }
            InstKind::Load { ty, ptr, .. } => {
                self.ty(ty);
                self.operand(ptr);
            }
            InstKind::Store { ty, val, ptr, .. } => {
                self.ty(ty);
                self.operand(val);
                self.operand(ptr);
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                self.ty(source_ty);
                self.operand(base);
                indices.iter_mut().for_each(|x| self.typed(x));
            }
            InstKind::Cast { from, val, to, .. } => {
                self.ty(from);
                self.operand(val);
                self.ty(to);
            }
            InstKind::Binary { ty, a, b, .. }
            | InstKind::ICmp { ty, a, b, .. }
            | InstKind::FCmp { ty, a, b, .. } => {
                self.ty(ty);
                self.operand(a);
                self.operand(b);
            }
            InstKind::Unary { ty, a, .. } => {
                self.ty(ty);
                self.operand(a);
            }
            InstKind::Phi { ty, incoming } => {
                self.ty(ty);
                incoming.iter_mut().for_each(|(o, _)| self.operand(o));
            }
            InstKind::Select { cond, ty, a, b } => {
                self.operand(cond);
                self.ty(ty);
                self.operand(a);
                self.operand(b);
            }
            InstKind::Call(c) => self.call(c),
            InstKind::Invoke { call, .. } | InstKind::CallBr { call, .. } => self.call(call),
            InstKind::AtomicRmw { ty, ptr, val, .. } => {
                self.ty(ty);
                self.operand(ptr);
                self.operand(val);
            }
            InstKind::CmpXchg {
                ty, ptr, cmp, new, ..
            } => {
                self.ty(ty);
                self.operand(ptr);
                self.operand(cmp);
                self.operand(new);
            }
            InstKind::Fence { .. } => {}
            InstKind::VaArg { list, ty } => {
                self.operand(list);
                self.ty(ty);
            }
            InstKind::ExtractValue { agg_ty, agg, .. } => {
                self.ty(agg_ty);
                self.operand(agg);
            }
            InstKind::InsertValue {
                agg_ty,
                agg,
                val_ty,
                val,
                ..
            } => {
                self.ty(agg_ty);
                self.operand(agg);
                self.ty(val_ty);
                self.operand(val);
            }
            InstKind::Vector { ty, operands, .. } => {
                self.ty(ty);
                operands.iter_mut().for_each(|o| self.operand(o));
            }
            InstKind::Freeze { ty, val } => {
                self.ty(ty);
                self.operand(val);
            }
            InstKind::LandingPad { ty } => self.ty(ty),
            InstKind::Dbg { operand, .. } => self.operand(operand),
            InstKind::Ret { val } => {
                if let Some(v) = val {
                    self.typed(v);
                }
            }
            InstKind::CondBr { cond, .. } => self.operand(cond),
            InstKind::Switch { ty, val, .. } => {
                self.ty(ty);
                self.operand(val);
            }
            InstKind::IndirectBr { addr, .. } => self.operand(addr),
            InstKind::Other { operands, .. } => operands.iter_mut().for_each(|o| self.operand(o)),
            InstKind::Br { .. } | InstKind::Resume | InstKind::Unreachable => {}
        }
    }

    fn operand(&self, o: &mut Operand) {
        match o {
            Operand::Global(s) => self.sym(s),
            Operand::Const(c) => self.constant(c),
            Operand::MetadataValue(inner) => self.operand(inner),
            Operand::Local(_)
            | Operand::Int(_)
            | Operand::Null
            | Operand::Undef
            | Operand::Poison
            | Operand::Metadata(_)
            | Operand::InlineAsm(_) => {}
        }
    }

    fn typed_const(&self, (t, c): &mut (TypeId, Constant)) {
        self.ty(t);
        self.constant(c);
    }

    fn constant(&self, c: &mut Constant) {
        match c {
            Constant::Global(s) => self.sym(s),
            Constant::BlockAddress { function, .. } => self.sym(function),
            Constant::Struct(v) | Constant::Array(v) | Constant::Vector(v) => {
                v.iter_mut().for_each(|x| self.typed_const(x))
            }
            Constant::Expr { operands, .. } => {
                operands.iter_mut().for_each(|x| self.typed_const(x))
            }
            Constant::Splat(b) => self.typed_const(b),
            Constant::Gep {
                source_ty,
                base,
                indices,
            } => {
                self.ty(source_ty);
                self.typed_const(base);
                indices.iter_mut().for_each(|x| self.typed_const(x));
            }
            Constant::Cast { val, to, .. } => {
                self.typed_const(val);
                self.ty(to);
            }
            Constant::Binary { a, b, .. } => {
                self.typed_const(a);
                self.typed_const(b);
            }
            Constant::Wrapped { inner, .. } => self.constant(inner),
            Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::Null
            | Constant::Undef
            | Constant::Poison
            | Constant::None
            | Constant::ZeroInit
            | Constant::Bytes(_)
            | Constant::Local(_)
            | Constant::Metadata => {}
        }
    }
}
