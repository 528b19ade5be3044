//! Layout computation for resolved Rust types on the model's target, following the C rules
//! for `#[repr(C)]` (and `packed`/`align` modifiers) and Rust's guarantees for primitives,
//! pointers, `Option<&T>`-style niches and `repr(transparent)`.

use std::collections::BTreeMap;

use crate::model::{CrateModel, TypeDef, TypeKind};
use crate::types::{FieldLayout, Layout, LayoutError, RustType};

const MAX_DEPTH: usize = 64;

fn round_up(n: u64, align: u64) -> u64 {
    if align <= 1 {
        n
    } else {
        n.div_ceil(align) * align
    }
}

impl CrateModel {
    /// Size, alignment (and field offsets for structs and unions) of `ty` on `self.target`.
    pub fn layout_of(&self, ty: &RustType) -> Result<Layout, LayoutError> {
        self.layout_rec(ty, &BTreeMap::new(), 0)
    }

    /// Layout of a definition with no type arguments.
    pub fn def_layout(&self, def: &TypeDef) -> Result<Layout, LayoutError> {
        self.def_layout_rec(def, &[], 0)
    }

    fn layout_rec(
        &self,
        ty: &RustType,
        subst: &BTreeMap<String, RustType>,
        depth: usize,
    ) -> Result<Layout, LayoutError> {
        if depth > MAX_DEPTH {
            return Err(LayoutError("type nests too deeply".into()));
        }
        let t = &self.target;
        let ptr = t.pointer_bytes();
        Ok(match ty {
            RustType::Unit | RustType::PhantomData => Layout::scalar(0, 1),
            RustType::Never => Layout::scalar(0, 1),
            RustType::Bool => Layout::scalar(1, 1),
            RustType::Char => Layout::scalar(4, 4),
            RustType::Int { bits, .. } | RustType::Float { bits } => {
                Layout::scalar(u64::from(bits / 8), t.scalar_align(*bits))
            }
            RustType::CVoid => Layout::scalar(1, 1),
            RustType::Pointer { .. } | RustType::FnPtr { .. } => {
                if ty.is_fat_pointer() {
                    Layout::scalar(2 * ptr, ptr)
                } else {
                    Layout::scalar(ptr, ptr)
                }
            }
            RustType::Option { inner } => match &**inner {
                RustType::Pointer { ptr: kind, .. }
                    if *kind != crate::types::PtrKind::Raw && !inner.is_fat_pointer() =>
                {
                    Layout::scalar(ptr, ptr)
                }
                RustType::FnPtr { .. } => Layout::scalar(ptr, ptr),
                other => {
                    return Err(LayoutError(format!(
                        "`Option<{other}>` has no guaranteed layout"
                    )))
                }
            },
            RustType::Array { elem, len } => {
                let e = self.layout_rec(elem, subst, depth + 1)?;
                let n = len.ok_or_else(|| LayoutError("array length not evaluated".into()))?;
                Layout::scalar(e.size.saturating_mul(n), e.align)
            }
            RustType::Adt { path, args } => {
                let def = self
                    .types
                    .get(path)
                    .ok_or_else(|| LayoutError(format!("`{path}` is not in the model")))?;
                let args: Vec<RustType> = args.iter().map(|a| substitute(a, subst)).collect();
                self.def_layout_rec(def, &args, depth + 1)?
            }
            RustType::Generic { name } => match subst.get(name) {
                Some(t) => self.layout_rec(t, &BTreeMap::new(), depth + 1)?,
                None => return Err(LayoutError(format!("generic parameter `{name}`"))),
            },
            RustType::Str | RustType::Slice { .. } | RustType::TraitObject { .. } => {
                return Err(LayoutError(format!("`{ty}` is unsized")))
            }
            RustType::Tuple { elems } if elems.is_empty() => Layout::scalar(0, 1),
            RustType::Tuple { .. } => {
                return Err(LayoutError("tuples have no guaranteed layout".into()))
            }
            RustType::External { path } => {
                return Err(LayoutError(format!(
                    "`{path}` is defined outside the model"
                )))
            }
            RustType::Unknown { text, reason } => {
                return Err(LayoutError(format!("`{text}`: {reason}")))
            }
        })
    }

    fn def_layout_rec(
        &self,
        def: &TypeDef,
        args: &[RustType],
        depth: usize,
    ) -> Result<Layout, LayoutError> {
        let subst: BTreeMap<String, RustType> = def
            .generics
            .iter()
            .cloned()
            .zip(args.iter().cloned())
            .collect();
        let repr = &def.repr;
        match def.kind {
            TypeKind::Enum => {
                if def.variants.iter().any(|v| !v.fields.is_empty()) && !repr.is_defined() {
                    return Err(LayoutError(format!(
                        "enum `{}` carries data and has no defined layout",
                        def.name
                    )));
                }
                if def.variants.is_empty() {
                    return Ok(Layout::scalar(0, 1));
                }
                if def.variants.iter().any(|v| !v.fields.is_empty()) {
                    return Err(LayoutError(format!(
                        "layout of data-carrying enum `{}` is not modelled",
                        def.name
                    )));
                }
                let bits = match repr.int.as_deref() {
                    Some(int) => int_bits(int, self.target.pointer_bits)
                        .ok_or_else(|| LayoutError(format!("unknown repr `{int}`")))?,
                    None if repr.c => 32,
                    None => {
                        return Err(LayoutError(format!(
                            "enum `{}` has no `#[repr]`: its size is unspecified",
                            def.name
                        )))
                    }
                };
                Ok(Layout::scalar(
                    u64::from(bits / 8),
                    self.target.scalar_align(bits),
                ))
            }
            TypeKind::Struct | TypeKind::Union => {
                if repr.transparent {
                    for f in &def.fields {
                        let l = self.layout_rec(&f.ty.resolved, &subst, depth)?;
                        if l.size > 0 {
                            return Ok(Layout {
                                size: l.size,
                                align: l.align,
                                fields: vec![FieldLayout {
                                    name: f.name.clone(),
                                    offset: 0,
                                    size: l.size,
                                    align: l.align,
                                }],
                            });
                        }
                    }
                    return Ok(Layout::scalar(0, 1));
                }
                if !repr.c && !def.is_opaque_handle() {
                    return Err(LayoutError(format!(
                        "`{}` has the Rust representation: its layout is unspecified",
                        def.name
                    )));
                }
                let mut fields = Vec::with_capacity(def.fields.len());
                let mut offset = 0u64;
                let mut align = 1u64;
                let mut size = 0u64;
                for f in &def.fields {
                    let l = self
                        .layout_rec(&f.ty.resolved, &subst, depth)
                        .map_err(|e| {
                            LayoutError(format!("field `{}` of `{}`: {e}", f.name, def.name))
                        })?;
                    let falign = match repr.packed {
                        Some(p) => l.align.min(p.max(1)),
                        None => l.align,
                    };
                    align = align.max(falign);
                    let foff = if def.kind == TypeKind::Union {
                        size = size.max(l.size);
                        0
                    } else {
                        offset = round_up(offset, falign);
                        let o = offset;
                        offset += l.size;
                        size = offset;
                        o
                    };
                    fields.push(FieldLayout {
                        name: f.name.clone(),
                        offset: foff,
                        size: l.size,
                        align: falign,
                    });
                }
                if let Some(a) = repr.align {
                    align = align.max(a);
                }
                Ok(Layout {
                    size: round_up(size, align),
                    align,
                    fields,
                })
            }
        }
    }
}

/// Bits of a primitive integer name (`u8`, `isize`, ...).
pub fn int_bits(name: &str, pointer_bits: u32) -> Option<u32> {
    Some(match name {
        "u8" | "i8" => 8,
        "u16" | "i16" => 16,
        "u32" | "i32" => 32,
        "u64" | "i64" => 64,
        "u128" | "i128" => 128,
        "usize" | "isize" => pointer_bits,
        _ => return None,
    })
}

fn substitute(ty: &RustType, subst: &BTreeMap<String, RustType>) -> RustType {
    if subst.is_empty() {
        return ty.clone();
    }
    match ty {
        RustType::Generic { name } => subst.get(name).cloned().unwrap_or_else(|| ty.clone()),
        RustType::Pointer {
            ptr,
            mutable,
            pointee,
            lifetime,
        } => RustType::Pointer {
            ptr: *ptr,
            mutable: *mutable,
            pointee: Box::new(substitute(pointee, subst)),
            lifetime: lifetime.clone(),
        },
        RustType::Option { inner } => RustType::Option {
            inner: Box::new(substitute(inner, subst)),
        },
        RustType::Array { elem, len } => RustType::Array {
            elem: Box::new(substitute(elem, subst)),
            len: *len,
        },
        RustType::Adt { path, args } => RustType::Adt {
            path: path.clone(),
            args: args.iter().map(|a| substitute(a, subst)).collect(),
        },
        other => other.clone(),
    }
}
