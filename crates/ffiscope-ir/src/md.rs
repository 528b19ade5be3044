//! Metadata nodes, parsed lazily: the module keeps each numbered node's line and parses it
//! on first use. Debug info dominates clang's output, and most of it is never needed.

use std::sync::Arc;

use crate::lexer::{unescape_str, Lexer, Tok};
use crate::model::MdId;

/// A metadata field value.
#[derive(Debug, Clone, PartialEq)]
pub enum MdValue {
    Null,
    Int(i128),
    Str(String),
    Ref(MdId),
    /// `DW_TAG_member`, `DIFlagFwdDecl | DIFlagPrototyped`, `true`, `CSK_MD5`, or a value
    /// operand such as `@global`, kept as text.
    Word(String),
    Node(Arc<MdNode>),
}

/// A metadata node.
#[derive(Debug, Clone, PartialEq)]
pub enum MdNode {
    /// `!{...}`
    Tuple(Vec<MdValue>),
    /// `!DIxxx(field: value, ...)` and other specialized nodes.
    Special {
        kind: String,
        fields: Vec<(String, MdValue)>,
    },
    /// `!"string"`
    Str(String),
    /// A value wrapped as metadata (`!{ptr @x}` elements, `i32 7`).
    Value(String),
}

impl MdNode {
    pub fn kind(&self) -> &str {
        match self {
            MdNode::Special { kind, .. } => kind,
            MdNode::Tuple(_) => "tuple",
            MdNode::Str(_) => "string",
            MdNode::Value(_) => "value",
        }
    }
    pub fn field(&self, name: &str) -> Option<&MdValue> {
        match self {
            MdNode::Special { fields, .. } => {
                fields.iter().find(|(k, _)| k == name).map(|(_, v)| v)
            }
            _ => None,
        }
    }
    pub fn int(&self, name: &str) -> Option<i128> {
        match self.field(name)? {
            MdValue::Int(i) => Some(*i),
            _ => None,
        }
    }
    pub fn str_field(&self, name: &str) -> Option<&str> {
        match self.field(name)? {
            MdValue::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn word(&self, name: &str) -> Option<&str> {
        match self.field(name)? {
            MdValue::Word(s) => Some(s),
            _ => None,
        }
    }
    pub fn has_flag(&self, field: &str, flag: &str) -> bool {
        self.word(field)
            .is_some_and(|w| w.split('|').any(|f| f.trim() == flag))
    }
    pub fn tuple(&self) -> Option<&[MdValue]> {
        match self {
            MdNode::Tuple(v) => Some(v),
            _ => None,
        }
    }
}

fn parse_int(s: &str) -> Option<i128> {
    s.parse::<i128>().ok()
}

/// Parses the text of one metadata node definition (after `!N = `).
pub fn parse_node(text: &str) -> Option<MdNode> {
    let mut lx = Lexer::new(text);
    let mut t = lx.next();
    if t == Tok::Word("distinct") {
        t = lx.next();
    }
    parse_node_from(&mut lx, t, 0)
}

fn parse_node_from(lx: &mut Lexer<'_>, t: Tok<'_>, depth: u32) -> Option<MdNode> {
    if depth > 64 {
        return None;
    }
    match t {
        Tok::MdTupleOpen => {
            let mut items = Vec::new();
            loop {
                let t = lx.next();
                match t {
                    Tok::Punct(b'}') => break,
                    Tok::Punct(b',') => continue,
                    Tok::Eof => return None,
                    t => items.push(parse_value_from(lx, t, depth + 1)?),
                }
            }
            Some(MdNode::Tuple(items))
        }
        Tok::MdString(s) => Some(MdNode::Str(unescape_str(s))),
        Tok::MdVar(kind) => {
            // `!DIxxx(` specialized node.
            if lx.next() != Tok::Punct(b'(') {
                return None;
            }
            let mut fields = Vec::new();
            loop {
                let t = lx.next();
                let key = match t {
                    Tok::Punct(b')') => break,
                    Tok::Punct(b',') => continue,
                    Tok::Label(k) => k,
                    Tok::Word(w) => {
                        // Positional operands (e.g. DIExpression ops): keep as unnamed words.
                        fields.push((String::new(), MdValue::Word(w.to_string())));
                        continue;
                    }
                    Tok::Int(i) => {
                        fields.push((String::new(), MdValue::Int(parse_int(i).unwrap_or(0))));
                        continue;
                    }
                    Tok::Eof => return None,
                    _ => continue,
                };
                let t = lx.next();
                let v = parse_value_from(lx, t, depth + 1)?;
                fields.push((key.to_string(), v));
            }
            Some(MdNode::Special {
                kind: kind.to_string(),
                fields,
            })
        }
        _ => None,
    }
}

fn parse_value_from(lx: &mut Lexer<'_>, t: Tok<'_>, depth: u32) -> Option<MdValue> {
    Some(match t {
        Tok::Word("null") => MdValue::Null,
        Tok::Int(i) => MdValue::Int(parse_int(i)?),
        Tok::Str(s) => MdValue::Str(unescape_str(s)),
        Tok::MdString(s) => MdValue::Str(unescape_str(s)),
        Tok::MdVar(n) if n.bytes().all(|b| b.is_ascii_digit()) => {
            MdValue::Ref(MdId(n.parse().ok()?))
        }
        Tok::MdVar(_) | Tok::MdTupleOpen => {
            let node = parse_node_from(lx, t, depth + 1)?;
            MdValue::Node(Arc::new(node))
        }
        Tok::Word(w) => {
            // Flags joined by `|`, or a typed value `i32 7` / `ptr @g`.
            let mut text = w.to_string();
            loop {
                let save = lx.pos;
                match lx.next() {
                    Tok::Punct(b'|') => {
                        if let Tok::Word(n) = lx.next() {
                            text.push('|');
                            text.push_str(n);
                        }
                    }
                    Tok::Int(i) if is_type_word(w) => return Some(MdValue::Int(parse_int(i)?)),
                    Tok::Global(g) if is_type_word(w) => {
                        return Some(MdValue::Word(format!("@{g}")))
                    }
                    Tok::Local(l) if is_type_word(w) => {
                        return Some(MdValue::Word(format!("%{l}")))
                    }
                    Tok::Word(v) if is_type_word(w) => return Some(MdValue::Word(v.to_string())),
                    _ => {
                        lx.pos = save;
                        break;
                    }
                }
            }
            MdValue::Word(text)
        }
        Tok::Global(g) => MdValue::Word(format!("@{g}")),
        Tok::Float(f) => MdValue::Word(f.to_string()),
        _ => return None,
    })
}

fn is_type_word(w: &str) -> bool {
    w == "ptr" || (w.starts_with('i') && w.len() > 1 && w[1..].bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_special_nodes() {
        let n = parse_node("distinct !DISubprogram(name: \"keep\", scope: !2, line: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !48)").unwrap();
        assert_eq!(n.kind(), "DISubprogram");
        assert_eq!(n.str_field("name"), Some("keep"));
        assert_eq!(n.int("line"), Some(8));
        assert!(n.has_flag("flags", "DIFlagAllCallsDescribed"));
        assert_eq!(n.field("scope"), Some(&MdValue::Ref(MdId(2))));
        let t = parse_node("!{!13, !31, null, i32 7, !\"x\"}").unwrap();
        assert_eq!(t.tuple().unwrap().len(), 5);
        let e = parse_node("!DIExpression(DW_OP_plus_uconst, 8)").unwrap();
        assert_eq!(e.kind(), "DIExpression");
        let sr = parse_node("!DISubrange(count: -1)").unwrap();
        assert_eq!(sr.int("count"), Some(-1));
    }
}
