//! A deliberately small `macro_rules!` expander: enough for the macros -sys crates use to
//! pick link names and types (`#[link_name = prefix!(deflate)]`, `type z_size =
//! if_zng!(usize, c_ulong);`) and for `cfg_if!`. Rules with repetitions (`$(...)*`) are not
//! expanded; callers record those invocations as skipped.

use proc_macro2::{Delimiter, Group, Ident, Spacing, TokenStream, TokenTree};

/// A `macro_rules!` definition.
#[derive(Debug, Clone)]
pub struct MacroDef {
    pub name: String,
    pub rules: Vec<(TokenStream, TokenStream)>,
}

impl MacroDef {
    /// Reads `(matcher) => { transcriber };` pairs from the body of a `macro_rules!`.
    pub fn parse(name: &str, body: &TokenStream) -> Option<MacroDef> {
        let toks: Vec<TokenTree> = body.clone().into_iter().collect();
        let mut rules = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let TokenTree::Group(m) = &toks[i] else {
                return None;
            };
            match (toks.get(i + 1), toks.get(i + 2)) {
                (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                    if a.as_char() == '=' && b.as_char() == '>' => {}
                _ => return None,
            }
            let TokenTree::Group(t) = toks.get(i + 3)? else {
                return None;
            };
            rules.push((m.stream(), t.stream()));
            i += 4;
            if let Some(TokenTree::Punct(p)) = toks.get(i) {
                if p.as_char() == ';' {
                    i += 1;
                }
            }
        }
        Some(MacroDef {
            name: name.to_string(),
            rules,
        })
    }

    /// Expands an invocation with `input`; `None` when no rule matches or a rule uses a
    /// feature this expander lacks.
    pub fn expand(&self, input: &TokenStream) -> Option<TokenStream> {
        let input: Vec<TokenTree> = input.clone().into_iter().collect();
        for (matcher, transcriber) in &self.rules {
            let Some(pattern) = parse_matcher(matcher) else {
                continue;
            };
            let mut binds = Vec::new();
            if match_seq(&pattern, &input, &mut binds) {
                return transcribe(transcriber, &binds);
            }
        }
        None
    }
}

#[derive(Debug)]
enum Elem {
    Frag(String, String),
    Tok(String),
    Group(Delimiter, Vec<Elem>),
}

fn parse_matcher(ts: &TokenStream) -> Option<Vec<Elem>> {
    let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            TokenTree::Punct(p) if p.as_char() == '$' => {
                match (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3)) {
                    (
                        Some(TokenTree::Ident(name)),
                        Some(TokenTree::Punct(colon)),
                        Some(TokenTree::Ident(kind)),
                    ) if colon.as_char() == ':' => {
                        out.push(Elem::Frag(name.to_string(), kind.to_string()));
                        i += 4;
                    }
                    // `$( ... )*` repetitions and `$crate` in matchers: not supported.
                    _ => return None,
                }
            }
            TokenTree::Group(g) => {
                out.push(Elem::Group(g.delimiter(), parse_matcher(&g.stream())?));
                i += 1;
            }
            t => {
                out.push(Elem::Tok(t.to_string()));
                i += 1;
            }
        }
    }
    Some(out)
}

fn match_seq(pat: &[Elem], input: &[TokenTree], binds: &mut Vec<(String, Vec<TokenTree>)>) -> bool {
    let mut pos = 0;
    for (k, e) in pat.iter().enumerate() {
        match e {
            Elem::Tok(t) => match input.get(pos) {
                Some(tt) if &tt.to_string() == t => pos += 1,
                _ => return false,
            },
            Elem::Group(d, sub) => match input.get(pos) {
                Some(TokenTree::Group(g)) if g.delimiter() == *d => {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    if !match_seq(sub, &inner, binds) {
                        return false;
                    }
                    pos += 1;
                }
                _ => return false,
            },
            Elem::Frag(name, kind) => {
                let take = match kind.as_str() {
                    "tt" | "ident" | "literal" | "lifetime" => {
                        let n = match (kind.as_str(), input.get(pos)) {
                            ("tt", Some(_)) => 1,
                            ("ident", Some(TokenTree::Ident(_))) => 1,
                            ("literal", Some(TokenTree::Literal(_))) => 1,
                            ("lifetime", Some(TokenTree::Punct(p))) if p.as_char() == '\'' => 2,
                            _ => return false,
                        };
                        if pos + n > input.len() {
                            return false;
                        }
                        n
                    }
                    _ => {
                        // Greedy up to the next literal token of the matcher (or the end).
                        let stop = match pat.get(k + 1) {
                            Some(Elem::Tok(t)) => Some(t.clone()),
                            None => None,
                            _ => return false,
                        };
                        let mut n = 0;
                        while pos + n < input.len() {
                            if let Some(s) = &stop {
                                if &input[pos + n].to_string() == s {
                                    break;
                                }
                            }
                            n += 1;
                        }
                        if n == 0 && kind != "vis" {
                            return false;
                        }
                        n
                    }
                };
                binds.push((name.clone(), input[pos..pos + take].to_vec()));
                pos += take;
            }
        }
    }
    pos == input.len()
}

fn transcribe(ts: &TokenStream, binds: &[(String, Vec<TokenTree>)]) -> Option<TokenStream> {
    let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            TokenTree::Punct(p) if p.as_char() == '$' && p.spacing() == Spacing::Alone => {
                match toks.get(i + 1) {
                    Some(TokenTree::Ident(id)) if id == "crate" => {
                        out.push(TokenTree::Ident(Ident::new("crate", id.span())));
                    }
                    Some(TokenTree::Ident(id)) => {
                        let name = id.to_string();
                        let (_, val) = binds.iter().find(|(n, _)| *n == name)?;
                        out.extend(val.iter().cloned());
                    }
                    _ => return None,
                }
                i += 2;
            }
            TokenTree::Group(g) => {
                let inner = transcribe(&g.stream(), binds)?;
                let mut ng = Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                out.push(TokenTree::Group(ng));
                i += 1;
            }
            t => {
                out.push(t.clone());
                i += 1;
            }
        }
    }
    Some(out.into_iter().collect())
}

/// One branch of a `cfg_if!` chain: the predicate (`None` for the final `else`) and items.
pub struct CfgIfBranch {
    pub pred: Option<syn::Meta>,
    pub items: TokenStream,
}

/// Splits the input of `cfg_if! { if #[cfg(a)] { .. } else if #[cfg(b)] { .. } else { .. } }`.
pub fn parse_cfg_if(ts: &TokenStream) -> Option<Vec<CfgIfBranch>> {
    let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        match toks.get(i) {
            Some(TokenTree::Ident(id)) if id == "if" => {
                let (Some(TokenTree::Punct(hash)), Some(TokenTree::Group(attr))) =
                    (toks.get(i + 1), toks.get(i + 2))
                else {
                    return None;
                };
                if hash.as_char() != '#' {
                    return None;
                }
                let meta: syn::Meta = syn::parse2(attr.stream()).ok()?;
                let pred = match meta {
                    syn::Meta::List(l) if l.path.is_ident("cfg") => l.parse_args().ok()?,
                    _ => return None,
                };
                let Some(TokenTree::Group(body)) = toks.get(i + 3) else {
                    return None;
                };
                out.push(CfgIfBranch {
                    pred: Some(pred),
                    items: body.stream(),
                });
                i += 4;
            }
            Some(TokenTree::Group(body)) => {
                out.push(CfgIfBranch {
                    pred: None,
                    items: body.stream(),
                });
                i += 1;
            }
            None => break,
            _ => return None,
        }
        match toks.get(i) {
            Some(TokenTree::Ident(id)) if id == "else" => i += 1,
            None => break,
            // A second chain in the same invocation.
            Some(TokenTree::Ident(id)) if id == "if" => {}
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(src: &str) -> MacroDef {
        let ts: TokenStream = src.parse().unwrap();
        MacroDef::parse("m", &ts).unwrap()
    }

    #[test]
    fn expands_simple_rules() {
        let m = def("($a:tt, $b:tt) => { $b };");
        let out = m.expand(&"usize, c_ulong".parse().unwrap()).unwrap();
        assert_eq!(out.to_string(), "c_ulong");
        let m = def("($name:expr) => { concat!(\"zng_\", stringify!($name)) };");
        let out = m.expand(&"deflate".parse().unwrap()).unwrap();
        assert_eq!(
            out.to_string(),
            "concat ! (\"zng_\" , stringify ! (deflate))"
        );
    }

    #[test]
    fn refuses_repetitions() {
        let m = def("($($x:tt)*) => { };");
        assert!(m.expand(&"a b".parse().unwrap()).is_none());
    }

    #[test]
    fn splits_cfg_if() {
        let ts: TokenStream =
            "if #[cfg(unix)] { fn a(); } else if #[cfg(windows)] { fn b(); } else { fn c(); }"
                .parse()
                .unwrap();
        let b = parse_cfg_if(&ts).unwrap();
        assert_eq!(b.len(), 3);
        assert!(b[2].pred.is_none());
    }
}
