//! The crate model: plain, serializable data about a Rust crate's FFI surface.
//!
//! Everything here is data; the loader ([`crate::load_crate`]) fills it and the checker reads
//! it. Paths in [`Location::file`] are relative to [`CrateModel::root`] when the file lies
//! under it, absolute otherwise (dependencies in cargo's registry).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::target::TargetInfo;
use crate::types::RustType;

/// A place in a Rust source file. `line` and `column` are 1-based (as rustc prints them);
/// `column` counts characters, not bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// A suppression found in the source: `// ffiscope: allow(FFI0003) reason` on the item or
/// the comment lines just above it, or `#[cfg_attr(any(), ffiscope::allow(FFI0003))]` on the
/// item, its enclosing extern block, impl, or module.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Allow {
    /// A rule code (`FFI0003`), a rule name (`integer-width`) or `all`.
    pub code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Line of the comment or attribute.
    pub line: u32,
}

/// A Rust type as written (`text`) and as resolved through aliases (`resolved`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeRef {
    pub text: String,
    pub resolved: RustType,
    /// The chain of aliases followed, outermost first (`z_streamp`), for messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// One parameter of a foreign function.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RustParam {
    /// `None` for `_` or a pattern that is not a plain identifier.
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub location: Location,
}

/// A function declared in an `extern "ABI" { ... }` block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForeignFn {
    /// The Rust identifier.
    pub name: String,
    /// The symbol linked against: `#[link_name]` when present, else `name`.
    pub link_name: String,
    /// The ABI string of the block: `"C"`, `"system"`, `"C-unwind"`, ... (`extern { }` is `"C"`).
    pub abi: String,
    /// The block is `unsafe extern` (Rust 2024 style).
    #[serde(default)]
    pub unsafe_block: bool,
    /// `safe fn` inside an `unsafe extern` block.
    #[serde(default)]
    pub declared_safe: bool,
    pub params: Vec<RustParam>,
    /// `None` for `()` / no return type.
    pub ret: Option<TypeRef>,
    pub ret_location: Option<Location>,
    pub variadic: bool,
    /// Span of the declaration (the `fn` item, attributes excluded).
    pub location: Location,
    /// Span of the enclosing `extern` block header.
    pub block_location: Location,
    /// `module::name` from the crate root, without the crate name.
    pub item: String,
    /// Crate name (lib target name, underscores) and module path, e.g. `libz_sys::ffi`.
    pub module: String,
    /// Package this declaration belongs to.
    pub package: String,
    /// `#[link(name = "...")]` of the block.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub link: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allows: Vec<Allow>,
}

/// A static declared in an extern block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForeignStatic {
    pub name: String,
    pub link_name: String,
    pub mutable: bool,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub location: Location,
    pub item: String,
    pub package: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allows: Vec<Allow>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    Struct,
    Union,
    Enum,
}

/// The `#[repr(...)]` of a type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repr {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub c: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub transparent: bool,
    /// `u8`, `i32`, ... for `repr(u8)` enums.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub int: Option<String>,
    /// `repr(packed)` is `Some(1)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub align: Option<u64>,
}

impl Repr {
    /// True when the layout is defined (C, transparent, or a primitive-int enum).
    pub fn is_defined(&self) -> bool {
        self.c || self.transparent || self.int.is_some()
    }
}

/// A field of a struct or union (or of an enum variant).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldDef {
    /// The identifier, or the index for tuple structs (`"0"`).
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub location: Location,
}

/// A variant of an enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VariantDef {
    pub name: String,
    /// The value, when the discriminant expression could be evaluated (or is implicit).
    pub value: Option<i128>,
    /// The discriminant expression as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expr: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldDef>,
    pub location: Location,
}

/// A struct, union or enum definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeDef {
    /// Key in [`CrateModel::types`]: `crate_name::module::Name`.
    pub path: String,
    pub name: String,
    pub kind: TypeKind,
    pub repr: Repr,
    /// Generic parameter names (types only; lifetimes and consts are dropped).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub generics: Vec<String>,
    /// Fields of a struct or union.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldDef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<VariantDef>,
    /// A tuple struct (`struct S(u32);`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tuple: bool,
    pub location: Location,
    pub item: String,
    pub package: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allows: Vec<Allow>,
}

impl TypeDef {
    /// An opaque handle as bindgen and hand-written bindings spell it: an enum without
    /// variants, or a struct whose fields are all zero-sized (`_private: [u8; 0]`,
    /// `PhantomData`).
    pub fn is_opaque_handle(&self) -> bool {
        match self.kind {
            TypeKind::Enum => self.variants.is_empty(),
            // `struct Handle { _p: [u8; 0] }`, or `struct Handle(c_void)` (lz4-sys).
            TypeKind::Struct => {
                self.fields.iter().all(|f| f.ty.resolved.is_zero_sized())
                    || matches!(&self.fields[..], [f] if f.ty.resolved == RustType::CVoid)
            }
            TypeKind::Union => false,
        }
    }
}

/// `type Name = Target;`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AliasDef {
    pub path: String,
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub location: Location,
    pub package: String,
}

/// `const NAME: T = value;` with an integer value (bindgen's constified enums and macros).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConstDef {
    pub path: String,
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub value: Option<i128>,
    pub location: Location,
    pub package: String,
}

/// `unsafe impl Send for T {}` / `unsafe impl Sync for T {}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnsafeImpl {
    /// `Send` or `Sync` (or another unsafe trait, as written).
    #[serde(rename = "trait")]
    pub trait_name: String,
    /// The self type as written, generics included (`Connection<'a>`).
    pub self_ty: String,
    /// The resolved self type, when it names a type of the model.
    pub resolved: RustType,
    /// `where` clauses and bounds as written, empty when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bounds: String,
    pub location: Location,
    pub module: String,
    pub package: String,
}

/// One call of a foreign function from a safe function.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallSite {
    /// Link name of the callee.
    pub callee: String,
    /// Item path of the callee's declaration (`ffi::sqlite3_open`).
    pub callee_item: String,
    /// The path as written at the call (`ffi::sqlite3_open`).
    pub path_text: String,
    /// Arguments as written.
    pub args: Vec<String>,
    pub location: Location,
    /// `false` when the callee was matched by name only (the path did not resolve).
    pub resolved: bool,
}

/// A safe function or method whose body calls foreign functions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SafeCaller {
    /// `Type::method` or `module::function`.
    pub item: String,
    pub module: String,
    /// The impl's self type for methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_ty: Option<String>,
    /// The trait of a trait impl (`Drop`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trait_name: Option<String>,
    /// The signature as written (`pub fn open(path: &str) -> Result<Self>`).
    pub signature: String,
    pub is_pub: bool,
    pub location: Location,
    pub calls: Vec<CallSite>,
    pub package: String,
}

/// Something the loader did not model, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Skipped {
    pub what: String,
    pub why: String,
}

/// A cargo package of the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackageModel {
    pub name: String,
    pub version: String,
    /// cargo's package id (opaque string).
    pub id: String,
    pub manifest_path: PathBuf,
    /// Directory of `Cargo.toml`.
    pub root: PathBuf,
    /// The crate name used in paths (`libz_sys`).
    pub crate_name: String,
    /// The `links = "..."` key of the manifest (native library of a -sys crate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<String>,
    /// Loaded as a dependency of the analysed crate (not a target of the analysis).
    #[serde(default)]
    pub dependency: bool,
    /// Features taken as enabled.
    pub features: Vec<String>,
    /// `OUT_DIR` of the build script, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_dir: Option<PathBuf>,
    /// cfgs the build script printed (`cargo:rustc-cfg=...`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub build_cfgs: Vec<String>,
    /// `[package.metadata.ffiscope]`, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ffiscope_metadata: Option<serde_json::Value>,
    /// `rust-version` of the manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_version: Option<String>,
    /// Source files read, relative to the model root when under it.
    pub files: Vec<String>,
    /// The targets walked, as cargo describes them (for cargo-style messages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<TargetModel>,
}

/// A cargo target (`lib`, `bin`, ...) of a package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetModel {
    pub name: String,
    pub kind: Vec<String>,
    pub crate_types: Vec<String>,
    pub src_path: PathBuf,
    pub edition: String,
}

/// The FFI surface of a crate or workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrateModel {
    /// Directory that `file` paths are relative to (the package or workspace root).
    pub root: PathBuf,
    /// The cargo workspace root (differs from `root` when one member is analysed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_root: Option<PathBuf>,
    pub target: TargetInfo,
    pub packages: Vec<PackageModel>,
    pub foreign_fns: Vec<ForeignFn>,
    pub foreign_statics: Vec<ForeignStatic>,
    /// Structs, unions and enums by path (`crate::module::Name`).
    pub types: BTreeMap<String, TypeDef>,
    pub aliases: BTreeMap<String, AliasDef>,
    pub consts: Vec<ConstDef>,
    pub unsafe_impls: Vec<UnsafeImpl>,
    pub safe_callers: Vec<SafeCaller>,
    pub skipped: Vec<Skipped>,
    /// What was skipped in dependency packages, by package: relevant only when their
    /// declarations are checked too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dependency_skipped: Vec<(String, Skipped)>,
}

impl CrateModel {
    /// An empty model for `root` (used by tests and by callers building models by hand).
    pub fn empty(root: impl Into<PathBuf>, target: TargetInfo) -> Self {
        CrateModel {
            root: root.into(),
            workspace_root: None,
            target,
            packages: Vec::new(),
            foreign_fns: Vec::new(),
            foreign_statics: Vec::new(),
            types: BTreeMap::new(),
            aliases: BTreeMap::new(),
            consts: Vec::new(),
            unsafe_impls: Vec::new(),
            safe_callers: Vec::new(),
            skipped: Vec::new(),
            dependency_skipped: Vec::new(),
        }
    }

    /// The package a declaration belongs to.
    pub fn package(&self, name: &str) -> Option<&PackageModel> {
        self.packages.iter().find(|p| p.name == name)
    }

    /// True when the package is a target of the analysis (not a dependency loaded for
    /// name resolution).
    pub fn is_analysed(&self, package: &str) -> bool {
        self.package(package).is_none_or(|p| !p.dependency)
    }
}
