//! Empty: this crate exists only so that `cargo metadata` fetches its dependencies.
