//! The Rust side of ffiscope: a model of a crate's FFI surface.
//!
//! * [`load_crate`] reads a crate or workspace (`cargo metadata`, then `syn` over the module
//!   tree, `cfg`s evaluated for the target and enabled features, `include!`d bindgen output
//!   from `OUT_DIR` included) into a [`CrateModel`]: foreign functions and statics, `repr(C)`
//!   structs/unions/enums, type aliases, constants, `unsafe impl Send/Sync`, and the safe
//!   functions that call foreign functions.
//! * [`RustType`] is a resolved type; [`CrateModel::layout_of`] computes sizes, alignments and
//!   field offsets on the model's [`TargetInfo`].
//! * [`shim`] records the C compile commands of a crate's build scripts
//!   ([`build_with_shim`]).
//!
//! Architecture invariant: the model is plain serde data; nothing here knows about C facts or
//! findings.

pub mod cfg;
mod layout;
mod load;
pub mod macros;
pub mod model;
mod resolve;
pub mod seed;
pub mod shim;
pub mod target;
pub mod types;
mod walk;

pub use layout::int_bits;
pub use load::{load_crate, BuildScriptInfo, BuildScripts, DepsMode, LoadError, LoadOptions};
pub use model::*;
pub use shim::{build_with_shim, BuildCapture, CompileCommand, LinkedLib, ShimError, ShimOptions};
pub use target::TargetInfo;
pub use types::{FieldLayout, Layout, LayoutError, PtrKind, RustType};
