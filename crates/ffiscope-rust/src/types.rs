//! Resolved Rust types: aliases followed, C type names (`c_int`, `libc::size_t`) mapped to
//! fixed-width integers for the model's target, and references to the model's structs,
//! unions and enums by path.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How a pointer-like type points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PtrKind {
    /// `*const T` / `*mut T`.
    Raw,
    /// `&T` / `&mut T`.
    Ref,
    /// `NonNull<T>`.
    NonNull,
    /// `Box<T>`.
    Box,
}

/// A resolved Rust type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RustType {
    /// `()`.
    Unit,
    /// `!`.
    Never,
    Bool,
    /// Rust's `char` (a Unicode scalar value, 4 bytes).
    Char,
    /// An integer. `name` is the name it was reached through: a primitive (`u32`, `usize`) or
    /// a C alias from std/core/libc (`c_int`, `c_char`, `size_t`).
    Int {
        bits: u32,
        signed: bool,
        name: String,
    },
    Float {
        bits: u32,
    },
    /// `c_void` (std, core or libc).
    CVoid,
    /// `str` (only behind a pointer).
    Str,
    Pointer {
        ptr: PtrKind,
        mutable: bool,
        pointee: Box<RustType>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lifetime: Option<String>,
    },
    /// `Option<T>`.
    Option {
        inner: Box<RustType>,
    },
    /// `extern "C" fn(...) -> R` (`abi: None` is the Rust ABI: `fn(i32)`).
    FnPtr {
        abi: Option<String>,
        params: Vec<RustType>,
        ret: Box<RustType>,
        variadic: bool,
        #[serde(default)]
        is_unsafe: bool,
    },
    Array {
        elem: Box<RustType>,
        len: Option<u64>,
    },
    Slice {
        elem: Box<RustType>,
    },
    Tuple {
        elems: Vec<RustType>,
    },
    /// A struct, union or enum of the model (key of `CrateModel::types`), with type
    /// arguments.
    Adt {
        path: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        args: Vec<RustType>,
    },
    /// `PhantomData<T>` and `PhantomPinned`: zero-sized.
    PhantomData,
    /// A generic parameter in scope.
    Generic {
        name: String,
    },
    /// `dyn Trait` / `impl Trait`.
    TraitObject {
        text: String,
    },
    /// A type from outside the model (`libc::stat`, `std::ffi::CStr`), by path.
    External {
        path: String,
    },
    /// A type the resolver could not follow, with the reason.
    Unknown {
        text: String,
        reason: String,
    },
}

impl RustType {
    pub fn int(bits: u32, signed: bool, name: &str) -> Self {
        RustType::Int {
            bits,
            signed,
            name: name.to_string(),
        }
    }

    /// Strips `Option` around a nullable pointer / fn pointer.
    pub fn strip_option(&self) -> &RustType {
        match self {
            RustType::Option { inner } => inner,
            t => t,
        }
    }

    /// True for raw pointers, references, `NonNull`, `Box`, fn pointers and `Option` of those.
    pub fn is_pointer_like(&self) -> bool {
        match self {
            RustType::Pointer { .. } | RustType::FnPtr { .. } => true,
            RustType::Option { inner } => {
                matches!(**inner, RustType::Pointer { .. } | RustType::FnPtr { .. })
            }
            _ => false,
        }
    }

    /// Pointee of a pointer-like type.
    pub fn pointee(&self) -> Option<&RustType> {
        match self.strip_option() {
            RustType::Pointer { pointee, .. } => Some(pointee),
            _ => None,
        }
    }

    /// Zero-sized types: `()`, `PhantomData`, `[T; 0]`, empty tuples.
    pub fn is_zero_sized(&self) -> bool {
        match self {
            RustType::Unit | RustType::PhantomData => true,
            RustType::Array { len: Some(0), .. } => true,
            RustType::Array { elem, .. } => elem.is_zero_sized(),
            RustType::Tuple { elems } => elems.iter().all(|e| e.is_zero_sized()),
            _ => false,
        }
    }

    /// A pointer is "fat" (two words) when its pointee is unsized: `str`, slices, trait
    /// objects. Such pointers are not FFI-safe.
    pub fn is_fat_pointer(&self) -> bool {
        matches!(
            self.pointee(),
            Some(RustType::Str | RustType::Slice { .. } | RustType::TraitObject { .. })
        )
    }
}

impl fmt::Display for RustType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RustType::Unit => f.write_str("()"),
            RustType::Never => f.write_str("!"),
            RustType::Bool => f.write_str("bool"),
            RustType::Char => f.write_str("char"),
            RustType::Int { name, .. } => f.write_str(name),
            RustType::Float { bits } => write!(f, "f{bits}"),
            RustType::CVoid => f.write_str("c_void"),
            RustType::Str => f.write_str("str"),
            RustType::Pointer {
                ptr,
                mutable,
                pointee,
                lifetime,
            } => match ptr {
                PtrKind::Raw => {
                    write!(f, "*{} {pointee}", if *mutable { "mut" } else { "const" })
                }
                PtrKind::Ref => {
                    f.write_str("&")?;
                    if let Some(l) = lifetime {
                        write!(f, "'{l} ")?;
                    }
                    if *mutable {
                        f.write_str("mut ")?;
                    }
                    write!(f, "{pointee}")
                }
                PtrKind::NonNull => write!(f, "NonNull<{pointee}>"),
                PtrKind::Box => write!(f, "Box<{pointee}>"),
            },
            RustType::Option { inner } => write!(f, "Option<{inner}>"),
            RustType::FnPtr {
                abi,
                params,
                ret,
                variadic,
                is_unsafe,
            } => {
                if *is_unsafe {
                    f.write_str("unsafe ")?;
                }
                if let Some(abi) = abi {
                    write!(f, "extern \"{abi}\" ")?;
                }
                f.write_str("fn(")?;
                for (i, p) in params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{p}")?;
                }
                if *variadic {
                    f.write_str(if params.is_empty() { "..." } else { ", ..." })?;
                }
                f.write_str(")")?;
                if !matches!(**ret, RustType::Unit) {
                    write!(f, " -> {ret}")?;
                }
                Ok(())
            }
            RustType::Array { elem, len } => match len {
                Some(n) => write!(f, "[{elem}; {n}]"),
                None => write!(f, "[{elem}; _]"),
            },
            RustType::Slice { elem } => write!(f, "[{elem}]"),
            RustType::Tuple { elems } => {
                f.write_str("(")?;
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{e}")?;
                }
                f.write_str(")")
            }
            RustType::Adt { path, args } => {
                let name = path.rsplit("::").next().unwrap_or(path);
                f.write_str(name)?;
                if !args.is_empty() {
                    f.write_str("<")?;
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write!(f, "{a}")?;
                    }
                    f.write_str(">")?;
                }
                Ok(())
            }
            RustType::PhantomData => f.write_str("PhantomData"),
            RustType::Generic { name } => f.write_str(name),
            RustType::TraitObject { text } => f.write_str(text),
            RustType::External { path } => f.write_str(path),
            RustType::Unknown { text, .. } => f.write_str(text),
        }
    }
}

/// Size, alignment and field offsets of a type on the model's target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    /// Fields of a struct or union, in declaration order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldLayout>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldLayout {
    pub name: String,
    pub offset: u64,
    pub size: u64,
    pub align: u64,
}

impl Layout {
    pub fn scalar(size: u64, align: u64) -> Self {
        Layout {
            size,
            align,
            fields: Vec::new(),
        }
    }
}

/// Why a layout could not be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutError(pub String);

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LayoutError {}
