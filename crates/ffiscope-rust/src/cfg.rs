//! Best-effort `#[cfg]` evaluation for the host target and the enabled features.
//!
//! `cfg(test)`, `doc`, `miri` and friends are off; target cfgs come from [`TargetInfo`];
//! features and build-script cfgs are looked up. A cfg name ffiscope knows nothing about is
//! taken as enabled, unless the build scripts were run (then every cfg that rustc would see
//! is known, and an unknown one is off).

use std::collections::BTreeSet;

use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Lit, Meta, Token};

use crate::target::TargetInfo;

#[derive(Debug, Clone)]
pub struct CfgEnv {
    pub target: TargetInfo,
    pub features: BTreeSet<String>,
    /// `name` or `name="value"` cfgs set by build scripts or `--cfg`.
    pub extra: BTreeSet<String>,
    /// Value of a cfg nobody defined.
    pub unknown_enabled: bool,
    /// Names of the cfgs that were looked up and unknown.
    pub unknown_seen: std::cell::RefCell<BTreeSet<String>>,
}

impl CfgEnv {
    pub fn new(target: TargetInfo) -> Self {
        CfgEnv {
            target,
            features: BTreeSet::new(),
            extra: BTreeSet::new(),
            unknown_enabled: true,
            unknown_seen: Default::default(),
        }
    }

    /// Evaluates one cfg predicate.
    pub fn eval(&self, meta: &Meta) -> bool {
        match meta {
            Meta::Path(p) => {
                let name = path_name(p);
                self.name_value(&name, None)
            }
            Meta::NameValue(nv) => {
                let name = path_name(&nv.path);
                let value = match &nv.value {
                    Expr::Lit(l) => match &l.lit {
                        Lit::Str(s) => s.value(),
                        _ => return self.unknown_enabled,
                    },
                    _ => return self.unknown_enabled,
                };
                self.name_value(&name, Some(&value))
            }
            Meta::List(list) => {
                let name = path_name(&list.path);
                let inner =
                    match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
                        Ok(inner) => inner,
                        Err(_) => return self.unknown_enabled,
                    };
                match name.as_str() {
                    "all" => inner.iter().all(|m| self.eval(m)),
                    "any" => inner.iter().any(|m| self.eval(m)),
                    "not" => match inner.first() {
                        Some(m) if inner.len() == 1 => !self.eval(m),
                        _ => self.unknown_enabled,
                    },
                    _ => self.unknown_enabled,
                }
            }
        }
    }

    fn name_value(&self, name: &str, value: Option<&str>) -> bool {
        match (name, value) {
            ("test" | "doc" | "doctest" | "miri" | "rustfmt" | "clippy" | "docsrs", None) => false,
            ("proc_macro" | "rust_analyzer" | "kani" | "loom" | "fuzzing", None) => false,
            ("debug_assertions", None) => true,
            ("true", None) => true,
            ("false", None) => false,
            ("feature", Some(f)) => self.features.contains(f),
            _ => {
                if let Some(v) = self.target.cfg(name, value) {
                    return v;
                }
                let key = match value {
                    Some(v) => format!("{name}=\"{v}\""),
                    None => name.to_string(),
                };
                if self.extra.contains(&key) {
                    return true;
                }
                self.unknown_seen.borrow_mut().insert(name.to_string());
                self.unknown_enabled
            }
        }
    }

    /// False when a `#[cfg(...)]` among `attrs` is false.
    pub fn is_enabled(&self, attrs: &[Attribute]) -> bool {
        for a in attrs {
            if a.path().is_ident("cfg") {
                match a.parse_args::<Meta>() {
                    Ok(m) => {
                        if !self.eval(&m) {
                            return false;
                        }
                    }
                    Err(_) => {
                        if !self.unknown_enabled {
                            return false;
                        }
                    }
                }
            }
        }
        true
    }

    /// The attributes in effect: `cfg_attr(pred, a, b)` is replaced by `a, b` when `pred`
    /// holds and dropped otherwise (recursively).
    pub fn active_metas(&self, attrs: &[Attribute]) -> Vec<Meta> {
        let mut out = Vec::new();
        for a in attrs {
            self.push_active(&a.meta, &mut out, 0);
        }
        out
    }

    fn push_active(&self, meta: &Meta, out: &mut Vec<Meta>, depth: usize) {
        if depth > 8 {
            return;
        }
        if let Meta::List(list) = meta {
            if list.path.is_ident("cfg_attr") {
                if let Ok(items) =
                    list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                {
                    let mut it = items.into_iter();
                    if let Some(pred) = it.next() {
                        if self.eval(&pred) {
                            for m in it {
                                self.push_active(&m, out, depth + 1);
                            }
                        }
                    }
                }
                return;
            }
        }
        out.push(meta.clone());
    }
}

/// `a::b` as text.
pub fn path_name(p: &syn::Path) -> String {
    p.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// Every `ffiscope::allow(...)` meta among `attrs`, including inside `cfg_attr` whatever its
/// predicate (the documented form is `#[cfg_attr(any(), ffiscope::allow(FFI0003))]`).
pub fn allow_metas(attrs: &[Attribute]) -> Vec<(Vec<String>, u32)> {
    let mut out = Vec::new();
    for a in attrs {
        let line = a.pound_token.span.start().line as u32;
        collect_allow(&a.meta, line, &mut out, 0);
    }
    out
}

fn collect_allow(meta: &Meta, line: u32, out: &mut Vec<(Vec<String>, u32)>, depth: usize) {
    if depth > 8 {
        return;
    }
    if let Meta::List(list) = meta {
        let name = path_name(&list.path);
        if name == "ffiscope::allow" {
            let codes: Vec<String> = list
                .tokens
                .to_string()
                .split(',')
                .map(|s| {
                    s.replace(char::is_whitespace, "")
                        .trim_matches('"')
                        .to_string()
                })
                .filter(|s| !s.is_empty())
                .collect();
            out.push((codes, line));
        } else if name == "cfg_attr" {
            if let Ok(items) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
            {
                for m in items.iter().skip(1) {
                    collect_allow(m, line, out, depth + 1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> CfgEnv {
        let mut e = CfgEnv::new(TargetInfo::x86_64_linux());
        e.features.insert("std".into());
        e
    }

    fn eval(e: &CfgEnv, s: &str) -> bool {
        let m: Meta = syn::parse_str(s).unwrap();
        e.eval(&m)
    }

    #[test]
    fn evaluates_predicates() {
        let e = env();
        assert!(!eval(&e, "test"));
        assert!(eval(&e, "unix"));
        assert!(!eval(&e, "windows"));
        assert!(eval(&e, "target_os = \"linux\""));
        assert!(eval(&e, "feature = \"std\""));
        assert!(!eval(&e, "feature = \"nope\""));
        assert!(eval(&e, "all(unix, target_pointer_width = \"64\")"));
        assert!(eval(&e, "any(windows, not(test))"));
        assert!(eval(&e, "some_unknown_cfg"));
        let mut strict = env();
        strict.unknown_enabled = false;
        assert!(!eval(&strict, "some_unknown_cfg"));
    }

    #[test]
    fn finds_allow_in_cfg_attr() {
        let f: syn::File =
            syn::parse_str("#[cfg_attr(any(), ffiscope::allow(FFI0003, FFI0004))] struct S;")
                .unwrap();
        let syn::Item::Struct(s) = &f.items[0] else {
            panic!()
        };
        let allows = allow_metas(&s.attrs);
        assert_eq!(allows[0].0, vec!["FFI0003", "FFI0004"]);
    }
}
