//! C declarations rebuilt from debug info: prototypes of defined functions and the layouts
//! of the records they mention. Produced by the IR stage, read by `decls`, `check` and `wrap`.

use serde::{Deserialize, Serialize};

use crate::SourceLoc;

/// A C type in source terms. Records are referenced by name (their layout lives in
/// [`DeclsDocument::layouts`]) so the tree is always finite.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CType {
    Void,
    /// `_Bool`.
    Bool,
    /// Any integer type other than `_Bool`. `char` is `plain_char: true` (its signedness is the
    /// target's). `name` is the C spelling of the base type (`unsigned long`).
    Int {
        name: String,
        bits: u32,
        signed: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        plain_char: bool,
    },
    Float {
        name: String,
        bits: u32,
    },
    Pointer {
        pointee: Box<CType>,
    },
    /// `const`/`volatile`/`restrict` on `inner`.
    Qualified {
        #[serde(rename = "const", default, skip_serializing_if = "std::ops::Not::not")]
        is_const: bool,
        #[serde(
            rename = "volatile",
            default,
            skip_serializing_if = "std::ops::Not::not"
        )]
        is_volatile: bool,
        #[serde(
            rename = "restrict",
            default,
            skip_serializing_if = "std::ops::Not::not"
        )]
        is_restrict: bool,
        inner: Box<CType>,
    },
    Typedef {
        name: String,
        target: Box<CType>,
    },
    /// `struct`/`union` by tag (or a synthesized name for anonymous records); `complete` is
    /// false for opaque (forward-declared) records.
    Record {
        name: String,
        union: bool,
        complete: bool,
    },
    Enum {
        name: String,
        underlying: Box<CType>,
    },
    Array {
        element: Box<CType>,
        /// `None` for `T[]` (flexible or incomplete).
        len: Option<u64>,
    },
    Function {
        ret: Box<CType>,
        params: Vec<CType>,
        variadic: bool,
    },
    /// A type the debug info did not describe well enough.
    Unknown {
        spelling: String,
    },
}

impl CType {
    /// Strips typedefs and qualifiers.
    pub fn canonical(&self) -> &CType {
        match self {
            CType::Typedef { target, .. } => target.canonical(),
            CType::Qualified { inner, .. } => inner.canonical(),
            other => other,
        }
    }

    pub fn is_pointer(&self) -> bool {
        matches!(self.canonical(), CType::Pointer { .. })
    }

    /// True for a pointer to a function (possibly through typedefs).
    pub fn is_function_pointer(&self) -> bool {
        match self.canonical() {
            CType::Pointer { pointee } => matches!(pointee.canonical(), CType::Function { .. }),
            _ => false,
        }
    }

    /// C spelling of the type, as in a declaration without a declarator name.
    pub fn spelling(&self) -> String {
        self.declare("")
    }

    /// C declaration of `name` with this type (`int (*cb)(void *)`, `const char *s`).
    pub fn declare(&self, name: &str) -> String {
        let (prefix, suffix) = self.split_declarator(name.to_string());
        if prefix.ends_with('*') || suffix.is_empty() && prefix.is_empty() {
            format!("{prefix}{suffix}")
        } else if suffix.is_empty() {
            prefix
        } else {
            format!("{prefix} {suffix}")
        }
    }

    /// Returns (specifiers, declarator) for the type applied to `inner` declarator text.
    fn split_declarator(&self, inner: String) -> (String, String) {
        match self {
            CType::Void => ("void".into(), inner),
            CType::Bool => ("_Bool".into(), inner),
            CType::Int { name, .. } | CType::Float { name, .. } => (name.clone(), inner),
            CType::Typedef { name, .. } => (name.clone(), inner),
            CType::Record { name, union, .. } => {
                let kw = if *union { "union" } else { "struct" };
                (format!("{kw} {name}"), inner)
            }
            CType::Enum { name, .. } => (format!("enum {name}"), inner),
            CType::Unknown { spelling } => (spelling.clone(), inner),
            CType::Qualified {
                is_const,
                is_volatile,
                is_restrict,
                inner: ty,
            } => {
                let mut quals = Vec::new();
                if *is_const {
                    quals.push("const");
                }
                if *is_volatile {
                    quals.push("volatile");
                }
                if *is_restrict {
                    quals.push("restrict");
                }
                let q = quals.join(" ");
                if matches!(ty.as_ref(), CType::Pointer { .. }) {
                    // Qualifier on the pointer itself: `char *const p`.
                    let decl = if inner.is_empty() {
                        q
                    } else {
                        format!("{q} {inner}")
                    };
                    ty.split_declarator(decl)
                } else {
                    let (spec, decl) = ty.split_declarator(inner);
                    (format!("{q} {spec}"), decl)
                }
            }
            CType::Pointer { pointee } => {
                let decl = format!("*{inner}");
                match pointee.as_ref() {
                    CType::Function { .. } | CType::Array { .. } => {
                        pointee.split_declarator(format!("({decl})"))
                    }
                    CType::Qualified { inner: q, .. }
                        if matches!(q.as_ref(), CType::Function { .. } | CType::Array { .. }) =>
                    {
                        pointee.split_declarator(format!("({decl})"))
                    }
                    _ => pointee.split_declarator(decl),
                }
            }
            CType::Array { element, len } => {
                let dims = match len {
                    Some(n) => format!("{inner}[{n}]"),
                    None => format!("{inner}[]"),
                };
                element.split_declarator(dims)
            }
            CType::Function {
                ret,
                params,
                variadic,
            } => {
                let mut ps: Vec<String> = params.iter().map(|p| p.spelling()).collect();
                if *variadic {
                    ps.push("...".into());
                }
                if ps.is_empty() {
                    ps.push("void".into());
                }
                ret.split_declarator(format!("{inner}({})", ps.join(", ")))
            }
        }
    }
}

/// One parameter of a C prototype.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CParam {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: CType,
}

/// An externally visible (or, on request, any) function defined in the analysed sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CFunctionDecl {
    pub name: String,
    pub location: SourceLoc,
    /// The prototype as C text, e.g. `int deflateInit2_(z_streamp strm, int level, ...)`.
    pub signature: String,
    pub ret: CType,
    pub params: Vec<CParam>,
    pub variadic: bool,
    /// `false` for `static` functions (listed only when asked for all).
    pub external: bool,
}

impl CFunctionDecl {
    /// Rebuilds the C prototype text from the types.
    pub fn render_signature(name: &str, ret: &CType, params: &[CParam], variadic: bool) -> String {
        let mut ps: Vec<String> = params.iter().map(|p| p.ty.declare(&p.name)).collect();
        if variadic {
            ps.push("...".into());
        }
        if ps.is_empty() {
            ps.push("void".into());
        }
        ret.declare(&format!("{name}({})", ps.join(", ")))
    }
}

/// A field of a record layout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CField {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: CType,
    pub offset_bits: u64,
    pub size_bits: u64,
    /// Set for bit-fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bit_width: Option<u64>,
}

/// Size, alignment and fields of a struct or union.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CRecordLayout {
    pub name: String,
    pub union: bool,
    pub size_bytes: u64,
    pub align_bytes: u64,
    pub fields: Vec<CField>,
    pub location: Option<SourceLoc>,
}

/// The document `ffiscope decls --format json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeclsDocument {
    pub tool: String,
    pub version: String,
    pub schema: u32,
    pub functions: Vec<CFunctionDecl>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layouts: Vec<CRecordLayout>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int() -> CType {
        CType::Int {
            name: "int".into(),
            bits: 32,
            signed: true,
            plain_char: false,
        }
    }
    fn ptr(t: CType) -> CType {
        CType::Pointer {
            pointee: Box::new(t),
        }
    }
    fn konst(t: CType) -> CType {
        CType::Qualified {
            is_const: true,
            is_volatile: false,
            is_restrict: false,
            inner: Box::new(t),
        }
    }

    #[test]
    fn spells_declarators_like_c() {
        let ch = CType::Int {
            name: "char".into(),
            bits: 8,
            signed: true,
            plain_char: true,
        };
        assert_eq!(ptr(konst(ch.clone())).declare("s"), "const char *s");
        assert_eq!(konst(ptr(ch.clone())).declare("p"), "char *const p");
        let f = CType::Function {
            ret: Box::new(int()),
            params: vec![ptr(CType::Void)],
            variadic: false,
        };
        assert_eq!(ptr(f).declare("cb"), "int (*cb)(void *)");
        let arr = CType::Array {
            element: Box::new(int()),
            len: Some(4),
        };
        assert_eq!(ptr(arr).declare("a"), "int (*a)[4]");
        assert_eq!(ptr(ptr(ch)).spelling(), "char **");
        let params = vec![CParam {
            name: "x".into(),
            ty: int(),
        }];
        assert_eq!(
            CFunctionDecl::render_signature("f", &ptr(CType::Void), &params, true),
            "void *f(int x, ...)"
        );
    }
}
