//! A deliberately small `macro_rules!` expander: enough for the macros -sys crates use to
//! pick link names and types (`#[link_name = prefix!(deflate)]`, `type z_size =
//! if_zng!(usize, c_ulong);`), for `cfg_if!`, and for the repetitions that generate extern
//! blocks (`$(pub fn $name:ident($($arg:ident: $t:ty),*) -> $ret:ty,)*`). What it cannot
//! expand (nested macro calls in the output, `$crate` in matchers, ambiguous fragments),
//! callers record as skipped.

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
            if match_elems(&pattern, &input, 0, &[], &mut binds) == Some(input.len()) {
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
    /// `$( .. ) sep? op`: the elements, the separator, and `*`, `+` or `?`.
    Rep(Vec<Elem>, Option<String>, char),
}

/// What a fragment matched: tokens, or one binding per repetition.
#[derive(Debug, Clone)]
enum Bound {
    One(Vec<TokenTree>),
    Seq(Vec<Bound>),
}

type Binds = Vec<(String, Bound)>;

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
                    (Some(TokenTree::Group(g)), next, after)
                        if g.delimiter() == Delimiter::Parenthesis =>
                    {
                        let sub = parse_matcher(&g.stream())?;
                        let (sep, op, used) = repetition_op(next, after)?;
                        out.push(Elem::Rep(sub, sep, op));
                        i += 2 + used;
                    }
                    // `$crate` in matchers: not supported.
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

/// The separator and operator after `$( .. )`, and how many tokens they took.
fn repetition_op(
    next: Option<&TokenTree>,
    after: Option<&TokenTree>,
) -> Option<(Option<String>, char, usize)> {
    let op = |t: Option<&TokenTree>| match t {
        Some(TokenTree::Punct(p)) if matches!(p.as_char(), '*' | '+' | '?') => Some(p.as_char()),
        _ => None,
    };
    if let Some(o) = op(next) {
        return Some((None, o, 1));
    }
    let sep = match next? {
        TokenTree::Group(_) => return None,
        t => t.to_string(),
    };
    Some((Some(sep), op(after)?, 2))
}

/// The literal tokens that may come first in `pat` (empty when it starts with a fragment).
fn first_tokens(pat: &[Elem], follow: &[String]) -> Vec<String> {
    match pat.first() {
        Some(Elem::Tok(t)) => vec![t.clone()],
        Some(Elem::Rep(sub, _, _)) => {
            let mut v = first_tokens(sub, &[]);
            v.extend(first_tokens(&pat[1..], follow));
            v
        }
        Some(_) => Vec::new(),
        None => follow.to_vec(),
    }
}

/// Matches `pat` against `input` from `pos`; the new position, or `None`. `follow`: literal
/// tokens that may come right after `pat` (where a greedy fragment at its end stops).
fn match_elems(
    pat: &[Elem],
    input: &[TokenTree],
    mut pos: usize,
    follow: &[String],
    binds: &mut Binds,
) -> Option<usize> {
    for (k, e) in pat.iter().enumerate() {
        match e {
            Elem::Tok(t) => match input.get(pos) {
                Some(tt) if &tt.to_string() == t => pos += 1,
                _ => return None,
            },
            Elem::Group(d, sub) => match input.get(pos) {
                Some(TokenTree::Group(g)) if g.delimiter() == *d => {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    if match_elems(sub, &inner, 0, &[], binds)? != inner.len() {
                        return None;
                    }
                    pos += 1;
                }
                _ => return None,
            },
            Elem::Frag(name, kind) => {
                let take = match kind.as_str() {
                    "tt" | "ident" | "literal" | "lifetime" => {
                        let n = match (kind.as_str(), input.get(pos)) {
                            ("tt", Some(_)) => 1,
                            ("ident", Some(TokenTree::Ident(_))) => 1,
                            ("literal", Some(TokenTree::Literal(_))) => 1,
                            ("lifetime", Some(TokenTree::Punct(p))) if p.as_char() == '\'' => 2,
                            _ => return None,
                        };
                        if pos + n > input.len() {
                            return None;
                        }
                        n
                    }
                    _ => {
                        // Greedy up to a literal token that may follow (or the end), outside
                        // `<..>` for types and paths (`HashMap<K, V>` holds a comma).
                        let stops = first_tokens(&pat[k + 1..], follow);
                        if stops.is_empty() && k + 1 < pat.len() {
                            return None;
                        }
                        let angles = matches!(kind.as_str(), "ty" | "path");
                        let mut depth = 0usize;
                        let mut n = 0;
                        while pos + n < input.len() {
                            let tt = &input[pos + n];
                            let text = tt.to_string();
                            if depth == 0 && stops.contains(&text) {
                                break;
                            }
                            if let (true, TokenTree::Punct(p)) = (angles, tt) {
                                let arrow = n > 0
                                    && matches!(&input[pos + n - 1], TokenTree::Punct(q)
                                        if q.as_char() == '-' && q.spacing() == Spacing::Joint);
                                match p.as_char() {
                                    '<' => depth += 1,
                                    '>' if !arrow => depth = depth.saturating_sub(1),
                                    _ => {}
                                }
                            }
                            n += 1;
                        }
                        if n == 0 && kind != "vis" {
                            return None;
                        }
                        n
                    }
                };
                binds.push((name.clone(), Bound::One(input[pos..pos + take].to_vec())));
                pos += take;
            }
            Elem::Rep(sub, sep, op) => {
                let mut after = first_tokens(&pat[k + 1..], follow);
                let inner_follow: Vec<String> = match sep {
                    Some(s) => {
                        after.push(s.clone());
                        after
                    }
                    None => {
                        after.extend(first_tokens(sub, &[]));
                        after
                    }
                };
                let mut iterations: Vec<Binds> = Vec::new();
                loop {
                    if *op == '?' && !iterations.is_empty() {
                        break;
                    }
                    let mut at = pos;
                    if let (Some(s), false) = (sep, iterations.is_empty()) {
                        match input.get(at) {
                            Some(tt) if &tt.to_string() == s => at += 1,
                            _ => break,
                        }
                    }
                    let mut b = Vec::new();
                    match match_elems(sub, input, at, &inner_follow, &mut b) {
                        // An iteration must consume something, or it would repeat forever.
                        Some(end) if end > pos => {
                            pos = end;
                            iterations.push(b);
                        }
                        _ => break,
                    }
                }
                if *op == '+' && iterations.is_empty() {
                    return None;
                }
                for name in fragment_names(sub) {
                    let per: Vec<Bound> = iterations
                        .iter()
                        .map(|b| {
                            b.iter()
                                .find(|(n, _)| *n == name)
                                .map(|(_, v)| v.clone())
                                .unwrap_or(Bound::Seq(Vec::new()))
                        })
                        .collect();
                    binds.push((name, Bound::Seq(per)));
                }
            }
        }
    }
    Some(pos)
}

fn fragment_names(pat: &[Elem]) -> Vec<String> {
    let mut out = Vec::new();
    for e in pat {
        match e {
            Elem::Frag(n, _) => out.push(n.clone()),
            Elem::Group(_, sub) | Elem::Rep(sub, _, _) => out.extend(fragment_names(sub)),
            Elem::Tok(_) => {}
        }
    }
    out
}

/// Names used as `$name` in a transcriber.
fn used_names(ts: &TokenStream, out: &mut Vec<String>) {
    let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
    for (i, t) in toks.iter().enumerate() {
        match t {
            TokenTree::Punct(p) if p.as_char() == '$' => {
                if let Some(TokenTree::Ident(id)) = toks.get(i + 1) {
                    out.push(id.to_string());
                }
            }
            TokenTree::Group(g) => used_names(&g.stream(), out),
            _ => {}
        }
    }
}

fn transcribe(ts: &TokenStream, binds: &Binds) -> Option<TokenStream> {
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
                        match binds.iter().find(|(n, _)| *n == name)? {
                            (_, Bound::One(val)) => out.extend(val.iter().cloned()),
                            // A repeated fragment outside its repetition.
                            (_, Bound::Seq(_)) => return None,
                        }
                    }
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                        let (sep, _, used) = repetition_op(toks.get(i + 2), toks.get(i + 3))?;
                        let mut names = Vec::new();
                        used_names(&g.stream(), &mut names);
                        names.sort();
                        names.dedup();
                        let repeated: Vec<(&String, &Vec<Bound>)> = binds
                            .iter()
                            .filter(|(n, _)| names.contains(n))
                            .filter_map(|(n, b)| match b {
                                Bound::Seq(v) => Some((n, v)),
                                Bound::One(_) => None,
                            })
                            .collect();
                        let count = repeated.first()?.1.len();
                        if repeated.iter().any(|(_, v)| v.len() != count) {
                            return None;
                        }
                        for k in 0..count {
                            if k > 0 {
                                if let Some(s) = &sep {
                                    out.extend(s.parse::<TokenStream>().ok()?);
                                }
                            }
                            // Only the names the group uses, this iteration's for the
                            // repeated ones (cloning every binding per iteration was
                            // quadratic in the number of generated items).
                            let inner: Binds = names
                                .iter()
                                .filter_map(|n| match repeated.iter().find(|(m, _)| *m == n) {
                                    Some((_, v)) => Some((n.clone(), v[k].clone())),
                                    None => binds.iter().find(|(m, _)| m == n).cloned(),
                                })
                                .collect();
                            out.extend(transcribe(&g.stream(), &inner)?);
                        }
                        i += 2 + used;
                        continue;
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
    fn expands_repetitions() {
        // bzip2-sys's `abi_compat!`: nested repetitions, types with commas inside `<..>`.
        let m = def(
            "($(pub fn $name:ident($($arg:ident: $t:ty),*) -> $ret:ty,)*) => {
                extern \"C\" { $(pub fn $name($($arg: $t),*) -> $ret;)* }
            };",
        );
        let out = m
            .expand(
                &"pub fn f(s: *mut S, n: c_int) -> c_int,
                  pub fn g(m: Map<K, V>, cb: Option<extern \"C\" fn(c_int) -> c_int>) -> c_int,"
                    .parse()
                    .unwrap(),
            )
            .unwrap();
        let file: syn::File = syn::parse2(out).unwrap();
        let syn::Item::ForeignMod(block) = &file.items[0] else {
            panic!("not an extern block")
        };
        assert_eq!(block.items.len(), 2);
        let text = quote::quote!(#block).to_string();
        assert!(
            text.contains("pub fn g (m : Map < K , V > , cb : Option <"),
            "{text}"
        );
        // Separators, `+` and `?`.
        let m = def("($($x:ident),+ $(;)?) => { $(let $x = 1;)* };");
        let out = m.expand(&"a, b, c;".parse().unwrap()).unwrap();
        assert_eq!(out.to_string(), "let a = 1 ; let b = 1 ; let c = 1 ;");
        assert!(m.expand(&"".parse().unwrap()).is_none());
    }

    #[test]
    fn refuses_what_it_cannot_expand() {
        // A repeated fragment used outside its repetition.
        let m = def("($($x:tt)*) => { $x };");
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
