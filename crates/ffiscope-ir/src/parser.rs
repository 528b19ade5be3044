//! Hand-written recursive-descent parser for clang's textual LLVM IR (LLVM 15 to 22).
//!
//! Invariant: never panics; every failure is a [`ParseError`] with file, line, column and
//! the offending text. Numbered metadata is indexed, not parsed (see [`crate::md`]).

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::lexer::{line_col, unescape_str, Lexer, Tok};
use crate::model::*;
use crate::module::{DataLayout, Module};

/// A parse failure, with its place in the `.ll` file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The offending line of IR (truncated).
    pub snippet: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}\n  | {}",
            self.file, self.line, self.column, self.message, self.snippet
        )
    }
}

impl std::error::Error for ParseError {}

type PResult<T> = Result<T, String>;

/// Parses a module from raw bytes (as read from a file): input that is not UTF-8 is a
/// [`ParseError`] at the first invalid byte. `file` names the input in error messages.
pub fn parse_module_bytes(file: &str, bytes: Vec<u8>) -> Result<Module, ParseError> {
    match String::from_utf8(bytes) {
        Ok(text) => parse_module(file, text),
        Err(e) => {
            let bytes = e.as_bytes();
            let pos = e.utf8_error().valid_up_to();
            // Everything before `pos` is valid UTF-8.
            let before = std::str::from_utf8(&bytes[..pos]).unwrap_or("");
            let (line, column) = line_col(before, pos);
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let line_end = bytes[pos..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| pos + i);
            let snippet: String = String::from_utf8_lossy(&bytes[line_start..line_end])
                .chars()
                .take(160)
                .collect();
            Err(ParseError {
                file: file.to_string(),
                line,
                column,
                message: format!(
                    "invalid UTF-8 (byte 0x{:02x}); textual IR from clang is ASCII",
                    bytes[pos]
                ),
                snippet,
            })
        }
    }
}

/// Parses a whole module. `file` names the input in error messages.
pub fn parse_module(file: &str, text: String) -> Result<Module, ParseError> {
    // Big inputs: a first pass skips function bodies, which are then parsed on all cores
    // (they were four fifths of sqlite3's 0.25 s parse).
    let apart = text.len() >= PARALLEL_BODIES_FROM;
    parse_module_with(file, text, apart)
}

/// [`parse_module`] with function bodies parsed apart whatever the size (for tests: the
/// result must be the same).
#[doc(hidden)]
pub fn parse_module_bodies_apart(file: &str, text: String) -> Result<Module, ParseError> {
    parse_module_with(file, text, true)
}

fn parse_module_with(file: &str, text: String, bodies_apart: bool) -> Result<Module, ParseError> {
    let mut module = Module::empty(file, String::new());
    let result = {
        let mut p = Parser::new(&text, &mut module, 0, 1);
        p.defer = bodies_apart;
        let first = p.module();
        let deferred = std::mem::take(&mut p.deferred);
        first.and_then(|()| parse_deferred(&text, &mut module, &deferred))
    };
    if matches!(&result, Err((_, m)) if m == BODY_END_MISMATCH) {
        return parse_module_with(file, text, false);
    }
    match result {
        Ok(()) => {
            module.text = text;
            module.finish();
            Ok(module)
        }
        Err((pos, message)) => {
            let (line, column) = line_col(&text, pos);
            let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
            let snippet: String = line_text.chars().take(160).collect();
            Err(ParseError {
                file: file.to_string(),
                line,
                column,
                message,
                snippet,
            })
        }
    }
}

/// Inputs from this size on have their function bodies parsed in parallel.
const PARALLEL_BODIES_FROM: usize = 1 << 20;

/// A body did not end on the `}` line the first pass skipped to (possible only in
/// hand-written IR): the caller parses the module again in one pass.
const BODY_END_MISMATCH: &str = "function body does not end where the first pass found its end";

/// Bodies per parallel task. Fixed, so that the ids the module ends with do not depend on
/// the number of threads.
const BODIES_PER_TASK: usize = 64;

/// Parses the bodies the first pass skipped, in parallel. Each task parses its bodies in
/// order against its own copy of the module's types and symbols; the types and symbols a
/// copy adds (an array type only allocas use, a function type of an indirect call) are then
/// added to the module task by task, in order, and the task's functions renumbered to match.
/// So the result does not depend on timing. A body that does not parse (or a task that
/// adds a named type) is parsed again in order against the module itself, which reports
/// errors as a one-pass parse does.
fn parse_deferred(
    text: &str,
    module: &mut Module,
    deferred: &[Deferred],
) -> Result<(), (usize, String)> {
    use rayon::prelude::*;
    if deferred.is_empty() {
        return Ok(());
    }
    let skeleton = module.skeleton();
    let (type_base, named_base, sym_base) = (
        skeleton.types.list.len(),
        skeleton.types.named.len(),
        skeleton.symbols.len(),
    );
    struct Task {
        /// Each function and where its text ended.
        functions: Vec<Option<(Function, usize)>>,
        new_types: Vec<Type>,
        new_symbols: Vec<String>,
        new_named: bool,
    }
    let tasks: Vec<Task> = deferred
        .par_chunks(BODIES_PER_TASK)
        .map(|chunk| {
            let mut m = skeleton.skeleton();
            let functions = chunk
                .iter()
                .map(|d| {
                    let mut p = Parser::new(text, &mut m, d.pos, d.line);
                    p.function_text(true).map(|f| (f, p.lx.pos)).ok()
                })
                .collect();
            Task {
                functions,
                new_types: m.types.list.split_off(type_base),
                new_symbols: m
                    .symbols
                    .split_off(sym_base)
                    .into_iter()
                    .map(|s| s.name)
                    .collect(),
                new_named: m.types.named.len() != named_base,
            }
        })
        .collect();
    drop(skeleton);
    for (task, chunk) in tasks.into_iter().zip(deferred.chunks(BODIES_PER_TASK)) {
        let mut ids = crate::remap::IdMap {
            type_base: type_base as u32,
            types: Vec::with_capacity(task.new_types.len()),
            sym_base: sym_base as u32,
            syms: task.new_symbols.iter().map(|n| module.sym(n)).collect(),
        };
        // A task that added a named type is parsed again in order (below): its types may
        // name it by the copy's index, which means nothing in the module.
        if !task.new_named {
            for t in &task.new_types {
                let t = ids.type_of(t);
                ids.types.push(module.types.intern(t));
            }
        }
        for (d, f) in chunk.iter().zip(task.functions) {
            let f = match f.filter(|_| !task.new_named) {
                Some((mut f, end)) => {
                    if end != d.end {
                        return Err((d.pos, BODY_END_MISMATCH.into()));
                    }
                    ids.function(&mut f);
                    f
                }
                None => {
                    let mut p = Parser::new(text, module, d.pos, d.line);
                    match p.function_text(true) {
                        Ok(f) if p.lx.pos == d.end => f,
                        Ok(_) => return Err((d.pos, BODY_END_MISMATCH.into())),
                        Err(msg) => return Err((p.err_pos.max(d.pos), msg)),
                    }
                }
            };
            module.functions[d.index] = f;
        }
    }
    Ok(())
}

struct Parser<'a, 'm> {
    lx: Lexer<'a>,
    m: &'m mut Module,
    err_pos: usize,
    /// Incremental line counting: (byte offset, line at that offset).
    line_mark: (usize, usize),
    /// Flags of the instruction being parsed.
    flags: InstFlags,
    /// Current nesting of types and values (see [`MAX_NESTING`]).
    depth: u32,
    /// Skip function bodies, recording them in `deferred` (see [`parse_module`]).
    defer: bool,
    deferred: Vec<Deferred>,
}

/// A function definition whose body the first pass skipped.
struct Deferred {
    /// Just after `define`, and the line there.
    pos: usize,
    line: usize,
    /// Its index in [`Module::functions`] (which holds its header meanwhile).
    index: usize,
    /// Where the first pass took the body to end: parsing it must end there too.
    end: usize,
}

/// Per-function name tables.
struct FnCtx<'a> {
    locals: FxHashMap<&'a str, ValueId>,
    names: Vec<String>,
    defined: Vec<bool>,
    blocks: FxHashMap<Cow<'a, str>, BlockId>,
    block_list: Vec<Option<Block>>,
    /// Blocks in the order they are defined (ids are handed out on first mention).
    block_order: Vec<BlockId>,
}

impl<'a, 'm> Parser<'a, 'm> {
    /// A parser at byte `pos` of `text`, which is on line `line`.
    fn new(text: &'a str, m: &'m mut Module, pos: usize, line: usize) -> Self {
        let mut lx = Lexer::new(text);
        lx.pos = pos;
        Parser {
            lx,
            m,
            err_pos: pos,
            line_mark: (pos, line),
            flags: InstFlags::default(),
            depth: 0,
            defer: false,
            deferred: Vec::new(),
        }
    }
}

impl<'a> FnCtx<'a> {
    fn value(&mut self, name: &'a str) -> ValueId {
        if let Some(&v) = self.locals.get(name) {
            return v;
        }
        let v = ValueId(self.names.len() as u32);
        self.names.push(unescape_str(name));
        self.defined.push(false);
        self.locals.insert(name, v);
        v
    }
    fn block(&mut self, name: impl Into<Cow<'a, str>>) -> BlockId {
        let name = name.into();
        if let Some(&b) = self.blocks.get(name.as_ref()) {
            return b;
        }
        let b = BlockId(self.block_list.len() as u32);
        self.block_list.push(None);
        self.blocks.insert(name, b);
        b
    }

    /// Renumbers blocks in definition order (the order of the text), rewriting every block
    /// reference; returns the blocks. Fails with the name of a block used but not defined.
    fn take_blocks(&mut self) -> Result<Vec<Block>, String> {
        if let Some(i) = self.block_list.iter().position(Option::is_none) {
            let name = self
                .blocks
                .iter()
                .find(|(_, id)| id.0 as usize == i)
                .map(|(n, _)| n.to_string())
                .unwrap_or_default();
            return Err(name);
        }
        let mut new_id = vec![0u32; self.block_list.len()];
        for (new, old) in self.block_order.iter().enumerate() {
            new_id[old.0 as usize] = new as u32;
        }
        let mut list = std::mem::take(&mut self.block_list);
        let mut out = Vec::with_capacity(list.len());
        for old in &self.block_order {
            if let Some(mut b) = list[old.0 as usize].take() {
                for inst in &mut b.insts {
                    remap_blocks(&mut inst.kind, &new_id);
                }
                out.push(b);
            }
        }
        for id in self.blocks.values_mut() {
            *id = BlockId(new_id[id.0 as usize]);
        }
        Ok(out)
    }
}

/// Rewrites the block references of an instruction through `new_id`.
fn remap_blocks(kind: &mut InstKind, new_id: &[u32]) {
    let map = |b: &mut BlockId| {
        if let Some(&n) = new_id.get(b.0 as usize) {
            *b = BlockId(n);
        }
    };
    match kind {
        InstKind::Phi { incoming, .. } => incoming.iter_mut().for_each(|(_, b)| map(b)),
        InstKind::Invoke { normal, unwind, .. } => {
            map(normal);
            map(unwind);
        }
        InstKind::CallBr { targets, .. }
        | InstKind::IndirectBr { targets, .. }
        | InstKind::Other { targets, .. } => targets.iter_mut().for_each(map),
        InstKind::Br { target } => map(target),
        InstKind::CondBr {
            then_bb, else_bb, ..
        } => {
            map(then_bb);
            map(else_bb);
        }
        InstKind::Switch { default, cases, .. } => {
            map(default);
            cases.iter_mut().for_each(|(_, b)| map(b));
        }
        _ => {}
    }
}

impl<'a> FnCtx<'a> {}

/// Just past the `}` that closes the function body opening at or after `from`: the first
/// line that is `}` alone (clang indents everything inside). `None` without one, or when
/// the header does not end in `{` on its line.
fn closing_brace_line(src: &str, from: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let line_end = memchr::memchr(b'\n', bytes.get(from..)?).map_or(bytes.len(), |i| from + i);
    if !bytes[from..line_end].trim_ascii_end().ends_with(b"{") {
        return None;
    }
    let finder = memchr::memmem::Finder::new(b"\n}");
    let mut at = line_end;
    loop {
        let i = at + finder.find(bytes.get(at..)?)?;
        let after = i + 2;
        if bytes.get(after).is_none_or(|&b| b == b'\n' || b == b'\r') {
            return Some(after);
        }
        at = i + 1;
    }
}

fn is_type_word(w: &str) -> bool {
    matches!(
        w,
        "void"
            | "ptr"
            | "half"
            | "bfloat"
            | "float"
            | "double"
            | "x86_fp80"
            | "fp128"
            | "ppc_fp128"
            | "label"
            | "metadata"
            | "token"
            | "x86_amx"
            | "x86_mmx"
            | "target"
            | "opaque"
    ) || (w.len() > 1 && w.starts_with('i') && w[1..].bytes().all(|b| b.is_ascii_digit()))
}

fn is_value_word(w: &str) -> bool {
    matches!(
        w,
        "null"
            | "undef"
            | "poison"
            | "true"
            | "false"
            | "zeroinitializer"
            | "none"
            | "asm"
            | "blockaddress"
            | "dso_local_equivalent"
            | "no_cfi"
            | "splat"
            | "ptrauth"
            | "getelementptr"
            | "extractelement"
            | "insertelement"
            | "shufflevector"
            | "select"
            | "icmp"
            | "fcmp"
            | "add"
            | "sub"
            | "mul"
            | "shl"
            | "lshr"
            | "ashr"
            | "and"
            | "or"
            | "xor"
    ) || CastOp::from_word(w).is_some()
        || w.starts_with("u0x")
        || w.starts_with("s0x")
}

fn parse_i128(s: &str) -> Option<i128> {
    s.parse::<i128>().ok()
}

/// `u0xFF` (unsigned) and `s0xFF` (two's complement in as many bits as the digits spell:
/// `s0xFFFF` is -1, `s0x7FFF` is 32767). `None` when the value does not fit an `i128`.
fn parse_prefixed_hex(w: &str) -> Option<i128> {
    let digits = w.get(3..)?.trim_start_matches('0');
    if digits.is_empty() {
        return w.get(3..).filter(|d| !d.is_empty()).map(|_| 0);
    }
    let bits = w.len().saturating_sub(3) * 4;
    if digits.len() > 31 {
        return None;
    }
    let v = i128::from_str_radix(digits, 16).ok()?;
    if w.starts_with('s') && bits <= 124 && v >> (bits - 1) & 1 == 1 {
        Some(v - (1i128 << bits))
    } else {
        Some(v)
    }
}

const FLAG_WORDS: &[&str] = &[
    "nuw", "nsw", "exact", "disjoint", "fast", "nnan", "ninf", "nsz", "arcp", "contract", "afn",
    "reassoc", "nneg", "samesign", "inbounds", "nusw",
];

/// Deepest nesting of types, constants and constant expressions accepted (real IR stays far
/// below this; the limit keeps hostile input from overflowing the stack).
pub const MAX_NESTING: u32 = 128;

impl<'a> Parser<'a, '_> {
    fn fail<T>(&self, pos: usize, msg: impl Into<String>) -> Result<T, (usize, String)> {
        Err((pos, msg.into()))
    }

    fn module(&mut self) -> Result<(), (usize, String)> {
        loop {
            let pos = self.lx.token_start();
            self.err_pos = pos;
            let t = self.lx.next();
            let r = match t {
                Tok::Eof => return Ok(()),
                Tok::Word("source_filename") => self.expect_punct(b'=').and_then(|_| {
                    let s = self.string()?;
                    self.m.source_filename = s;
                    Ok(())
                }),
                Tok::Word("target") => self.target_line(),
                Tok::Word("module") => {
                    self.lx.skip_line();
                    Ok(())
                }
                Tok::Word("uselistorder") | Tok::Word("uselistorder_bb") => {
                    self.lx.skip_line();
                    Ok(())
                }
                Tok::Word("attributes") => self.attribute_group(),
                Tok::Word("define") => self.function(true),
                Tok::Word("declare") => self.function(false),
                Tok::Local(name) => self.type_def(name),
                Tok::Global(name) => self.global(name),
                Tok::Comdat(_) => {
                    self.lx.skip_line();
                    Ok(())
                }
                Tok::MdVar(name) => self.metadata_def(name),
                other => Err(format!("expected a top-level entity, found {other:?}")),
            };
            if let Err(msg) = r {
                return self.fail(self.err_pos.max(pos), msg);
            }
        }
    }

    /// Line of the current position, counted from the last query (input is read forwards).
    fn current_line(&mut self) -> usize {
        let (from, line) = self.line_mark;
        let to = self.lx.pos.max(from);
        let n = self.lx.src.as_bytes()[from..to]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line_mark = (to, line + n);
        line + n
    }

    fn mark(&mut self) {
        self.err_pos = self.lx.token_start();
    }

    fn expect_punct(&mut self, c: u8) -> PResult<()> {
        self.mark();
        match self.lx.next() {
            Tok::Punct(x) if x == c => Ok(()),
            t => Err(format!("expected '{}', found {t:?}", c as char)),
        }
    }

    fn eat_punct(&mut self, c: u8) -> bool {
        let save = self.lx.pos;
        if self.lx.next() == Tok::Punct(c) {
            true
        } else {
            self.lx.pos = save;
            false
        }
    }

    fn eat_word(&mut self, w: &str) -> bool {
        let save = self.lx.pos;
        if self.lx.next() == Tok::Word(w) {
            true
        } else {
            self.lx.pos = save;
            false
        }
    }

    fn expect_word(&mut self, w: &str) -> PResult<()> {
        self.mark();
        match self.lx.next() {
            Tok::Word(x) if x == w => Ok(()),
            t => Err(format!("expected '{w}', found {t:?}")),
        }
    }

    fn string(&mut self) -> PResult<String> {
        self.mark();
        match self.lx.next() {
            Tok::Str(s) => Ok(unescape_str(s)),
            t => Err(format!("expected a string, found {t:?}")),
        }
    }

    fn int(&mut self) -> PResult<i128> {
        self.mark();
        match self.lx.next() {
            Tok::Int(s) => parse_i128(s).ok_or_else(|| format!("integer out of range: {s}")),
            t => Err(format!("expected an integer, found {t:?}")),
        }
    }

    /// Skips a balanced parenthesized group whose `(` is next.
    fn skip_parens(&mut self) -> PResult<()> {
        self.expect_punct(b'(')?;
        let mut depth = 1;
        while depth > 0 {
            match self.lx.next() {
                Tok::Punct(b'(') => depth += 1,
                Tok::Punct(b')') => depth -= 1,
                Tok::Eof => return Err("unbalanced parentheses".into()),
                _ => {}
            }
        }
        Ok(())
    }

    /// The rest of an instruction: trailing `, align 4, !dbg !12` and the like, up to the
    /// end of the line or a `}` that closes a one-line function body.
    fn rest_of_inst(&mut self) -> &'a str {
        let b = self.lx.src.as_bytes();
        let start = self.lx.pos;
        let mut p = start;
        let mut depth = 0u32;
        while p < b.len() && b[p] != b'\n' {
            match b[p] {
                b'"' => {
                    p += 1;
                    while p < b.len() && b[p] != b'"' && b[p] != b'\n' {
                        p += 1;
                    }
                    if p >= b.len() || b[p] == b'\n' {
                        break;
                    }
                }
                b';' => {
                    while p < b.len() && b[p] != b'\n' {
                        p += 1;
                    }
                    break;
                }
                b'{' => depth += 1,
                b'}' if depth == 0 => break,
                b'}' => depth -= 1,
                _ => {}
            }
            p += 1;
        }
        self.lx.pos = p;
        &self.lx.src[start..p]
    }

    /// Text of the rest of the current line (used for trailing attachments).
    fn rest_of_line(&mut self) -> &'a str {
        let start = self.lx.pos;
        let end = self.lx.skip_line();
        &self.lx.src[start..end]
    }

    fn dbg_in(rest: &str) -> Option<MdId> {
        let i = rest.find("!dbg !")?;
        let digits: String = rest[i + 6..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        digits.parse().ok().map(MdId)
    }

    fn target_line(&mut self) -> PResult<()> {
        self.mark();
        match self.lx.next() {
            Tok::Word("datalayout") => {
                self.expect_punct(b'=')?;
                let s = self.string()?;
                self.m.datalayout = DataLayout::parse(&s);
                self.m.datalayout_text = s;
            }
            Tok::Word("triple") => {
                self.expect_punct(b'=')?;
                self.m.triple = self.string()?;
            }
            t => return Err(format!("expected 'datalayout' or 'triple', found {t:?}")),
        }
        Ok(())
    }

    fn attribute_group(&mut self) -> PResult<()> {
        self.mark();
        let id = match self.lx.next() {
            Tok::AttrGroup(n) => n.parse::<u32>().map_err(|_| "bad attribute group number")?,
            t => return Err(format!("expected '#N', found {t:?}")),
        };
        self.expect_punct(b'=')?;
        self.expect_punct(b'{')?;
        let mut items = Vec::new();
        loop {
            self.mark();
            match self.lx.next() {
                Tok::Punct(b'}') => break,
                Tok::Eof => return Err("unterminated attribute group".into()),
                Tok::Word(w) => {
                    let mut s = w.to_string();
                    let save = self.lx.pos;
                    if self.lx.next() == Tok::Punct(b'(') {
                        let start = self.lx.pos;
                        self.lx.pos = save;
                        self.skip_parens()?;
                        let inner = &self.lx.src[start..self.lx.pos.saturating_sub(1)];
                        s.push('(');
                        s.push_str(inner);
                        s.push(')');
                    } else {
                        self.lx.pos = save;
                    }
                    items.push(s);
                }
                Tok::Str(k) => {
                    let mut s = format!("\"{k}\"");
                    if self.eat_punct(b'=') {
                        let v = self.string()?;
                        s.push_str(&format!("=\"{v}\""));
                    }
                    items.push(s);
                }
                _ => {}
            }
        }
        self.m.attr_groups.insert(id, items);
        Ok(())
    }

    fn metadata_def(&mut self, name: &'a str) -> PResult<()> {
        let name_pos = self.err_pos;
        self.expect_punct(b'=')?;
        if name.bytes().all(|b| b.is_ascii_digit()) {
            let Ok(id) = name.parse::<usize>() else {
                self.err_pos = name_pos;
                return Err(format!("bad metadata number !{name}"));
            };
            let start = self.lx.token_start();
            let end = self.lx.skip_line();
            // Every node takes a few bytes of text, so a number past the input's length is
            // hostile or corrupt (and would size the node table).
            if id > self.lx.src.len() {
                self.err_pos = name_pos;
                return Err(format!("metadata number {id} is implausibly large"));
            }
            if self.m.md_spans.len() <= id {
                self.m.md_spans.resize(id + 1, (0, 0));
            }
            self.m.md_spans[id] = (start as u32, end as u32);
        } else {
            // Named metadata: `!llvm.dbg.cu = !{!11, !12}`.
            let rest = self.rest_of_line();
            let ids = rest
                .split(|c: char| c == ',' || c == '{' || c == '}' || c.is_whitespace())
                .filter_map(|s| s.strip_prefix('!'))
                .filter_map(|s| s.parse::<u32>().ok())
                .map(MdId)
                .collect();
            self.m.named_md.push((name.to_string(), ids));
        }
        Ok(())
    }

    fn type_def(&mut self, name: &'a str) -> PResult<()> {
        self.expect_punct(b'=')?;
        self.expect_word("type")?;
        let idx = self.m.types.named_id(&unescape_str(name));
        if self.eat_word("opaque") {
            return Ok(());
        }
        let body = self.ty()?;
        self.m.types.named[idx as usize].body = Some(body);
        Ok(())
    }

    /// Does the next token start a type?
    fn at_type(&mut self) -> bool {
        match self.lx.peek() {
            Tok::Word(w) => is_type_word(w),
            Tok::Local(_) => true,
            Tok::Punct(b'{') | Tok::Punct(b'[') | Tok::Punct(b'<') => true,
            _ => false,
        }
    }

    fn ty(&mut self) -> PResult<TypeId> {
        self.enter()?;
        let r = self.ty_inner();
        self.depth -= 1;
        r
    }

    /// Counts one level of nesting; fails past [`MAX_NESTING`].
    fn enter(&mut self) -> PResult<()> {
        if self.depth >= MAX_NESTING {
            self.mark();
            return Err(format!("nesting deeper than {MAX_NESTING} levels"));
        }
        self.depth += 1;
        Ok(())
    }

    fn ty_inner(&mut self) -> PResult<TypeId> {
        self.mark();
        let pos = self.err_pos;
        let t = self.lx.next();
        let base = match t {
            Tok::Word(w) => match w {
                "void" => Type::Void,
                "ptr" => {
                    let mut space = 0;
                    if self.eat_word("addrspace") {
                        self.expect_punct(b'(')?;
                        space = self.int()? as u32;
                        self.expect_punct(b')')?;
                    }
                    Type::Ptr(space)
                }
                "half" | "bfloat" => Type::Float(16),
                "float" => Type::Float(32),
                "double" => Type::Float(64),
                "x86_fp80" => Type::Float(80),
                "fp128" | "ppc_fp128" => Type::Float(128),
                "label" => Type::Label,
                "metadata" => Type::Metadata,
                "token" => Type::Token,
                "x86_amx" | "x86_mmx" => Type::Opaque(w.to_string()),
                "target" => {
                    let start = self.lx.pos;
                    self.skip_parens()?;
                    Type::Opaque(format!("target{}", &self.lx.src[start..self.lx.pos]))
                }
                w if w.starts_with('i') && w.len() > 1 => {
                    let bits: u32 = w[1..]
                        .parse()
                        .map_err(|_| format!("bad integer type '{w}'"))?;
                    if bits == 0 || bits > (1 << 23) {
                        return Err(format!("integer type width out of range: '{w}'"));
                    }
                    Type::Int(bits)
                }
                _ => return Err(format!("expected a type, found '{w}'")),
            },
            Tok::Local(name) => Type::Named(self.m.types.named_id(&unescape_str(name))),
            Tok::Punct(b'{') => {
                let fields = self.type_list(b'}')?;
                Type::Struct {
                    fields,
                    packed: false,
                }
            }
            Tok::Punct(b'<') => {
                if self.eat_punct(b'{') {
                    let fields = self.type_list(b'}')?;
                    self.expect_punct(b'>')?;
                    Type::Struct {
                        fields,
                        packed: true,
                    }
                } else {
                    let scalable = self.eat_word("vscale");
                    if scalable {
                        self.expect_word("x")?;
                    }
                    let len = self.int()? as u32;
                    self.expect_word("x")?;
                    let elem = self.ty()?;
                    self.expect_punct(b'>')?;
                    Type::Vector {
                        len,
                        elem,
                        scalable,
                    }
                }
            }
            Tok::Punct(b'[') => {
                let len = self.int()?;
                self.expect_word("x")?;
                let elem = self.ty()?;
                self.expect_punct(b']')?;
                Type::Array {
                    len: len.max(0) as u64,
                    elem,
                }
            }
            t => return Err(format!("expected a type, found {t:?}")),
        };
        let id = self.m.types.intern(base);
        // Typed pointers (`i32*`) mean IR from LLVM < 15.
        let save = self.lx.pos;
        if self.lx.next() == Tok::Punct(b'*') {
            self.err_pos = pos;
            return Err(
                "unsupported: typed pointers (IR from LLVM 14 or older); use clang >= 15".into(),
            );
        }
        self.lx.pos = save;
        Ok(id)
    }

    fn type_list(&mut self, close: u8) -> PResult<Vec<TypeId>> {
        let mut v = Vec::new();
        if self.eat_punct(close) {
            return Ok(v);
        }
        loop {
            v.push(self.ty()?);
            if self.eat_punct(close) {
                return Ok(v);
            }
            self.expect_punct(b',')?;
        }
    }

    /// Skips linkage, visibility, calling-convention and attribute words until a type.
    fn skip_attrs_until_type(&mut self) -> PResult<(Option<Linkage>, ParamAttrs)> {
        let mut linkage = None;
        let mut attrs = ParamAttrs::default();
        loop {
            let save = self.lx.pos;
            match self.lx.next() {
                Tok::Word(w) if !is_type_word(w) && !is_value_word(w) => {
                    if let Some(l) = Linkage::from_word(w) {
                        linkage = Some(l);
                    }
                    self.note_attr(w, &mut attrs);
                    self.skip_attr_args(w)?;
                }
                Tok::Str(_) => {
                    if self.eat_punct(b'=') {
                        self.string()?;
                    }
                }
                Tok::AttrGroup(_) => {}
                // `declare !dbg !12 void @f(...)`: metadata attachments before the type.
                Tok::MdVar(_) => {
                    let save = self.lx.pos;
                    match self.lx.next() {
                        Tok::MdVar(_) => {}
                        Tok::MdTupleOpen => {
                            self.lx.pos = save;
                            self.value(TypeId(0), None)?;
                        }
                        t => return Err(format!("expected a metadata node, found {t:?}")),
                    }
                }
                _ => {
                    self.lx.pos = save;
                    return Ok((linkage, attrs));
                }
            }
        }
    }

    fn note_attr(&self, w: &str, attrs: &mut ParamAttrs) {
        match w {
            "sret" => attrs.sret = true,
            "byval" => attrs.byval = true,
            "nonnull" => attrs.nonnull = true,
            "nocapture" => attrs.nocapture = true,
            "readonly" => attrs.readonly = true,
            "writeonly" => attrs.writeonly = true,
            "returned" => attrs.returned = true,
            _ => {}
        }
    }

    /// After an attribute word: consume `(…)`, or the number of `align N` / `cc N`.
    fn skip_attr_args(&mut self, w: &str) -> PResult<()> {
        let save = self.lx.pos;
        match self.lx.next() {
            Tok::Punct(b'(') => {
                self.lx.pos = save;
                self.skip_parens()
            }
            Tok::Int(_) if matches!(w, "align" | "cc" | "alignstack") => Ok(()),
            _ => {
                self.lx.pos = save;
                Ok(())
            }
        }
    }

    /// Parameter attributes between a type and a value (call args, function params).
    fn param_attrs(&mut self) -> PResult<ParamAttrs> {
        let mut attrs = ParamAttrs::default();
        loop {
            let save = self.lx.pos;
            match self.lx.next() {
                Tok::Word(w) if !is_value_word(w) && !is_type_word(w) => {
                    self.note_attr(w, &mut attrs);
                    if w == "captures" {
                        // `captures(none)` is LLVM 21's spelling of nocapture.
                        let start = self.lx.pos;
                        self.skip_attr_args(w)?;
                        if self.lx.src[start..self.lx.pos].contains("none") {
                            attrs.nocapture = true;
                        }
                        continue;
                    }
                    self.skip_attr_args(w)?;
                    if !matches!(
                        w,
                        "noundef"
                            | "nonnull"
                            | "sret"
                            | "byval"
                            | "nocapture"
                            | "readonly"
                            | "writeonly"
                            | "returned"
                    ) {
                        attrs.other.push(w.to_string());
                    }
                }
                Tok::Str(_) => {
                    if self.eat_punct(b'=') {
                        self.string()?;
                    }
                }
                _ => {
                    self.lx.pos = save;
                    return Ok(attrs);
                }
            }
        }
    }

    fn sym(&mut self, name: &str) -> SymId {
        self.m.sym(&unescape_str(name))
    }

    fn global(&mut self, raw_name: &'a str) -> PResult<()> {
        self.expect_punct(b'=')?;
        let name = unescape_str(raw_name);
        let mut linkage = Linkage::External;
        let mut thread_local = false;
        let mut explicit_linkage = false;
        // Modifiers before `global`/`constant`/`alias`/`ifunc`.
        let kind = loop {
            self.mark();
            match self.lx.next() {
                Tok::Word(w @ ("global" | "constant" | "alias" | "ifunc")) => break w,
                Tok::Word(w) => {
                    if let Some(l) = Linkage::from_word(w) {
                        linkage = l;
                        explicit_linkage = true;
                    }
                    if w == "thread_local" {
                        thread_local = true;
                    }
                    self.skip_attr_args(w)?;
                }
                t => return Err(format!("expected 'global' or 'constant', found {t:?}")),
            }
        };
        match kind {
            "alias" | "ifunc" => {
                // The value type may be a function type: `alias i32 (i32), ptr @f`.
                let ty = self.ty()?;
                let ty = self.fn_type_suffix(ty)?.unwrap_or(ty);
                self.expect_punct(b',')?;
                // LLVM prints a constant-expression aliasee without its type:
                // `alias i8, getelementptr (i8, ptr @g, i64 4)`.
                let target_ty = if self.at_type() {
                    self.ty()?
                } else {
                    self.m.types.intern(Type::Ptr(0))
                };
                let target = self.constant(target_ty)?;
                self.rest_of_line();
                let idx = self.m.aliases.len() as u32;
                self.m.aliases.push(Alias {
                    name: name.clone(),
                    linkage,
                    ty,
                    target,
                    is_ifunc: kind == "ifunc",
                });
                let s = self.m.sym(&name);
                self.m.symbols[s.0 as usize].kind = SymKind::Alias(idx);
                Ok(())
            }
            _ => {
                let ty = self.ty()?;
                // `external global T` (and `extern_weak`) has no initializer.
                let is_declaration = explicit_linkage
                    && matches!(linkage, Linkage::External | Linkage::ExternWeak)
                    && {
                        let save = self.lx.pos;
                        let t = self.lx.next();
                        self.lx.pos = save;
                        matches!(t, Tok::Punct(b',') | Tok::Eof)
                            || matches!(t, Tok::Global(_) | Tok::MdVar(_) | Tok::Local(_))
                            || matches!(t, Tok::Word("define" | "declare" | "attributes"))
                    };
                let init = if is_declaration {
                    None
                } else {
                    Some(self.constant(ty)?)
                };
                let rest = self.rest_of_line();
                let mut dbg = Vec::new();
                let mut r = rest;
                while let Some(i) = r.find("!dbg !") {
                    if let Some(id) = Self::dbg_in(&r[i..]) {
                        dbg.push(id);
                    }
                    r = &r[i + 6..];
                }
                let section = rest.find("section \"").map(|i| {
                    let s = &rest[i + 9..];
                    s[..s.find('"').unwrap_or(s.len())].to_string()
                });
                let idx = self.m.globals.len() as u32;
                self.m.globals.push(Global {
                    name: name.clone(),
                    linkage,
                    is_constant: kind == "constant",
                    ty,
                    init,
                    thread_local,
                    is_declaration,
                    dbg,
                    section,
                });
                let s = self.m.sym(&name);
                self.m.symbols[s.0 as usize].kind = SymKind::Global(idx);
                Ok(())
            }
        }
    }

    /// A constant of type `ty` (global initializers, constant-expression operands).
    fn constant(&mut self, ty: TypeId) -> PResult<Constant> {
        let op = self.value(ty, None)?;
        Ok(operand_to_constant(op))
    }

    fn typed_constant(&mut self) -> PResult<(TypeId, Constant)> {
        let ty = self.ty()?;
        let c = self.constant(ty)?;
        Ok((ty, c))
    }

    /// A value of type `ty`. `ctx` is `Some` inside function bodies.
    fn value(&mut self, ty: TypeId, ctx: Option<&mut FnCtx<'a>>) -> PResult<Operand> {
        self.enter()?;
        let r = self.value_inner(ty, ctx);
        self.depth -= 1;
        r
    }

    fn value_inner(&mut self, ty: TypeId, mut ctx: Option<&mut FnCtx<'a>>) -> PResult<Operand> {
        self.mark();
        let t = self.lx.next();
        Ok(match t {
            Tok::Local(name) => match ctx.as_deref_mut() {
                Some(c) => Operand::Local(c.value(name)),
                None => return Err(format!("local value %{name} outside a function")),
            },
            Tok::Global(name) => Operand::Global(self.sym(name)),
            Tok::Int(s) => match parse_i128(s) {
                Some(i) => Operand::Int(i),
                None => Operand::Const(Box::new(Constant::BigInt(s.to_string()))),
            },
            Tok::Float(s) => Operand::Const(Box::new(Constant::Float(s.to_string()))),
            Tok::CStr(s) => Operand::Const(Box::new(Constant::Bytes(crate::lexer::unescape(s)))),
            Tok::Punct(b'{') => {
                let items = self.const_items(b'}', ctx)?;
                Operand::Const(Box::new(Constant::Struct(items)))
            }
            Tok::Punct(b'[') => {
                let items = self.const_items(b']', ctx)?;
                Operand::Const(Box::new(Constant::Array(items)))
            }
            Tok::Punct(b'<') => {
                if self.eat_punct(b'{') {
                    let items = self.const_items(b'}', ctx)?;
                    self.expect_punct(b'>')?;
                    Operand::Const(Box::new(Constant::Struct(items)))
                } else {
                    let items = self.const_items(b'>', ctx)?;
                    Operand::Const(Box::new(Constant::Vector(items)))
                }
            }
            Tok::MdVar(n) => {
                // `!DIExpression()` and friends inline, or `!12`.
                let save = self.lx.pos;
                if self.lx.next() == Tok::Punct(b'(') {
                    self.lx.pos = save;
                    self.skip_parens()?;
                    Operand::Metadata(None)
                } else {
                    self.lx.pos = save;
                    Operand::Metadata(n.parse().ok().map(MdId))
                }
            }
            Tok::MdTupleOpen => {
                let mut depth = 1;
                while depth > 0 {
                    match self.lx.next() {
                        Tok::MdTupleOpen | Tok::Punct(b'{') => depth += 1,
                        Tok::Punct(b'}') => depth -= 1,
                        Tok::Eof => return Err("unterminated metadata tuple".into()),
                        _ => {}
                    }
                }
                Operand::Metadata(None)
            }
            Tok::MdString(_) => Operand::Metadata(None),
            Tok::Word(w) => match w {
                "null" => Operand::Null,
                "undef" => Operand::Undef,
                "poison" => Operand::Poison,
                "true" => Operand::Int(1),
                "false" => Operand::Int(0),
                "zeroinitializer" => Operand::Const(Box::new(Constant::ZeroInit)),
                "none" => Operand::Const(Box::new(Constant::None)),
                _ => return self.word_value(w, ty, ctx),
            },
            t => return Err(format!("expected a value, found {t:?}")),
        })
    }

    /// Words that start a value other than the simple literals: inline asm and constant
    /// expressions. Kept out of [`Parser::value_inner`] (and out of line) so the frames of
    /// nested constants stay small.
    #[inline(never)]
    fn word_value(
        &mut self,
        w: &'a str,
        ty: TypeId,
        ctx: Option<&mut FnCtx<'a>>,
    ) -> PResult<Operand> {
        match w {
            "asm" => self.inline_asm(),
            "blockaddress" => self.block_address(),
            "dso_local_equivalent" | "no_cfi" => self.wrapped_value(w, ty, ctx),
            "ptrauth" => self.ptrauth_value(w),
            "splat" => self.splat_value(),
            "getelementptr" => self.gep_expr(),
            w if CastOp::from_word(w).is_some() => self.cast_expr(w),
            w if w.starts_with("u0x") || w.starts_with("s0x") => Ok(match parse_prefixed_hex(w) {
                Some(v) => Operand::Int(v),
                None => Operand::Const(Box::new(Constant::BigInt(w.to_string()))),
            }),
            op => self.generic_expr(op, ty),
        }
    }

    #[inline(never)]
    fn inline_asm(&mut self) -> PResult<Operand> {
        Ok({
            let mut side_effect = false;
            loop {
                let save = self.lx.pos;
                match self.lx.next() {
                    Tok::Word("sideeffect") => side_effect = true,
                    Tok::Word(_) => {}
                    _ => {
                        self.lx.pos = save;
                        break;
                    }
                }
            }
            let asm = self.string()?;
            self.expect_punct(b',')?;
            let constraints = self.string()?;
            Operand::InlineAsm(Box::new(InlineAsm {
                asm,
                constraints,
                side_effect,
            }))
        })
    }

    #[inline(never)]
    fn block_address(&mut self) -> PResult<Operand> {
        Ok({
            self.expect_punct(b'(')?;
            self.mark();
            let f = match self.lx.next() {
                Tok::Global(g) => self.sym(g),
                t => return Err(format!("expected a function in blockaddress, found {t:?}")),
            };
            self.expect_punct(b',')?;
            let block = match self.lx.next() {
                Tok::Local(b) => b.to_string(),
                t => return Err(format!("expected a block in blockaddress, found {t:?}")),
            };
            self.expect_punct(b')')?;
            Operand::Const(Box::new(Constant::BlockAddress { function: f, block }))
        })
    }

    #[inline(never)]
    fn wrapped_value(
        &mut self,
        w: &str,
        ty: TypeId,
        ctx: Option<&mut FnCtx<'a>>,
    ) -> PResult<Operand> {
        Ok({
            let inner = self.value(ty, ctx)?;
            Operand::Const(Box::new(Constant::Wrapped {
                kind: w.to_string(),
                inner: Box::new(operand_to_constant(inner)),
            }))
        })
    }

    #[inline(never)]
    fn ptrauth_value(&mut self, w: &str) -> PResult<Operand> {
        Ok({
            self.expect_punct(b'(')?;
            let inner = self.typed_constant()?;
            while !self.eat_punct(b')') {
                self.expect_punct(b',')?;
                self.typed_constant()?;
            }
            Operand::Const(Box::new(Constant::Wrapped {
                kind: w.to_string(),
                inner: Box::new(inner.1),
            }))
        })
    }

    #[inline(never)]
    fn splat_value(&mut self) -> PResult<Operand> {
        Ok({
            self.expect_punct(b'(')?;
            let inner = self.typed_constant()?;
            self.expect_punct(b')')?;
            Operand::Const(Box::new(Constant::Splat(Box::new(inner))))
        })
    }

    #[inline(never)]
    fn gep_expr(&mut self) -> PResult<Operand> {
        Ok({
            // Flags: `inbounds`, `nusw`, `nuw`, `inrange(-16, 8)` (LLVM 19+).
            while self.lx.peek() != Tok::Punct(b'(') {
                self.mark();
                match self.lx.next() {
                    Tok::Word("inrange") => self.skip_parens()?,
                    Tok::Word(_) => {}
                    t => return Err(format!("unexpected {t:?} in getelementptr")),
                }
            }
            self.expect_punct(b'(')?;
            let source_ty = self.ty()?;
            self.expect_punct(b',')?;
            let base = self.typed_constant()?;
            let mut indices = Vec::new();
            while self.eat_punct(b',') {
                self.eat_word("inrange");
                indices.push(self.typed_constant()?);
            }
            self.expect_punct(b')')?;
            Operand::Const(Box::new(Constant::Gep {
                source_ty,
                base: Box::new(base),
                indices,
            }))
        })
    }

    #[inline(never)]
    fn cast_expr(&mut self, w: &str) -> PResult<Operand> {
        Ok({
            let op = CastOp::from_word(w).unwrap_or(CastOp::BitCast);
            self.expect_punct(b'(')?;
            let val = self.typed_constant()?;
            self.expect_word("to")?;
            let to = self.ty()?;
            self.expect_punct(b')')?;
            Operand::Const(Box::new(Constant::Cast {
                op,
                val: Box::new(val),
                to,
            }))
        })
    }

    #[inline(never)]
    fn generic_expr(&mut self, op: &str, ty: TypeId) -> PResult<Operand> {
        Ok({
            // Binary and other constant expressions: `add (i64 ptrtoint (...), i64 1)`,
            // `icmp eq (...)`, `select (...)`, `extractelement (...)`.
            let mut words = Vec::new();
            while let Tok::Word(w) = self.lx.peek() {
                self.lx.next();
                words.push(w);
            }
            if self.lx.peek() != Tok::Punct(b'(') {
                return Err(format!("unexpected '{op}' where a value was expected"));
            }
            self.expect_punct(b'(')?;
            let mut operands = Vec::new();
            if !self.eat_punct(b')') {
                loop {
                    operands.push(self.typed_constant()?);
                    if self.eat_punct(b')') {
                        break;
                    }
                    self.expect_punct(b',')?;
                }
            }
            if operands.len() == 2
                && matches!(
                    op,
                    "add" | "sub" | "mul" | "shl" | "lshr" | "ashr" | "and" | "or" | "xor"
                )
            {
                let b = operands.pop().unwrap_or((ty, Constant::Undef));
                let a = operands.pop().unwrap_or((ty, Constant::Undef));
                Operand::Const(Box::new(Constant::Binary {
                    op: op.to_string(),
                    a: Box::new(a),
                    b: Box::new(b),
                }))
            } else {
                // Keep the predicate of `icmp eq`/`fcmp olt` (flags are dropped).
                let mut name = op.to_string();
                if matches!(op, "icmp" | "fcmp") {
                    if let Some(pred) = words.iter().find(|w| !FLAG_WORDS.contains(w)) {
                        name.push(' ');
                        name.push_str(pred);
                    }
                }
                Operand::Const(Box::new(Constant::Expr { op: name, operands }))
            }
        })
    }

    fn const_items(
        &mut self,
        close: u8,
        mut ctx: Option<&mut FnCtx<'a>>,
    ) -> PResult<Vec<(TypeId, Constant)>> {
        let mut items = Vec::new();
        if self.eat_punct(close) {
            return Ok(items);
        }
        loop {
            let ty = self.ty()?;
            let v = self.value(ty, ctx.as_deref_mut())?;
            items.push((ty, operand_to_constant(v)));
            if self.eat_punct(close) {
                return Ok(items);
            }
            self.expect_punct(b',')?;
        }
    }

    fn function(&mut self, is_definition: bool) -> PResult<()> {
        let (pos, line) = (self.lx.pos, self.current_line());
        let f = self.function_text(is_definition)?;
        let deferred = is_definition && self.defer && f.blocks.is_empty();
        let name = f.name.clone();
        let s = self.m.sym(&name);
        let index = match self.m.symbols[s.0 as usize].kind {
            SymKind::Function(existing) if !is_definition => {
                let _ = existing; // A later `declare` of a defined function: keep the definition.
                return Ok(());
            }
            SymKind::Function(existing) => {
                self.m.functions[existing as usize] = f;
                existing as usize
            }
            _ => {
                let idx = self.m.functions.len() as u32;
                self.m.functions.push(f);
                self.m.symbols[s.0 as usize].kind = SymKind::Function(idx);
                idx as usize
            }
        };
        if deferred {
            let end = self.lx.pos;
            self.deferred.push(Deferred {
                pos,
                line,
                index,
                end,
            });
        }
        Ok(())
    }

    /// A function from just after `define`/`declare`; with [`Parser::defer`], a definition
    /// comes without its body (skipped up to its closing `}` line).
    fn function_text(&mut self, is_definition: bool) -> PResult<Function> {
        let ir_line = self.current_line() as u32;
        let (linkage, _) = self.skip_attrs_until_type()?;
        let ret_ty = self.ty()?;
        self.mark();
        let name = match self.lx.next() {
            Tok::Global(n) => unescape_str(n),
            t => return Err(format!("expected a function name, found {t:?}")),
        };
        let mut ctx = FnCtx {
            locals: FxHashMap::default(),
            names: Vec::new(),
            defined: Vec::new(),
            blocks: FxHashMap::default(),
            block_list: Vec::new(),
            block_order: Vec::new(),
        };
        self.expect_punct(b'(')?;
        let mut params = Vec::new();
        let mut variadic = false;
        let mut unnamed = 0u32;
        if !self.eat_punct(b')') {
            loop {
                if self.lx.peek() == Tok::Ellipsis {
                    self.lx.next();
                    variadic = true;
                    self.expect_punct(b')')?;
                    break;
                }
                let ty = self.ty()?;
                let attrs = self.param_attrs()?;
                let save = self.lx.pos;
                let pname = match self.lx.next() {
                    Tok::Local(n) => n,
                    _ => {
                        self.lx.pos = save;
                        ""
                    }
                };
                let key: &'a str = if pname.is_empty() {
                    // Unnamed parameters take the next number; keep a unique key.
                    unnamed += 1;
                    ""
                } else {
                    pname
                };
                let value = if key.is_empty() {
                    let v = ValueId(ctx.names.len() as u32);
                    ctx.names.push(String::new());
                    ctx.defined.push(true);
                    v
                } else {
                    let v = ctx.value(key);
                    ctx.defined[v.0 as usize] = true;
                    v
                };
                params.push(Param {
                    ty,
                    name: unescape_str(pname),
                    value,
                    attrs,
                });
                if self.eat_punct(b')') {
                    break;
                }
                self.expect_punct(b',')?;
            }
        }
        let _ = unnamed;
        // Function attributes, section, comdat, personality, `!dbg !N` … up to `{` or EOL.
        let mut attrs = Vec::new();
        let mut subprogram = None;
        let mut line_end = 0;
        loop {
            let save = self.lx.pos;
            if save >= line_end {
                line_end = self.line_end_from(save);
            }
            let start = self.lx.token_start();
            if start >= line_end {
                self.lx.pos = save;
                break;
            }
            match self.lx.next() {
                Tok::Punct(b'{') => {
                    self.lx.pos = start;
                    break;
                }
                Tok::AttrGroup(g) => attrs.push(format!("#{g}")),
                Tok::MdVar("dbg") => {
                    if let Tok::MdVar(n) = self.lx.next() {
                        subprogram = n.parse().ok().map(MdId);
                    }
                }
                Tok::MdVar(_) => {
                    self.lx.next();
                }
                Tok::Word("personality") | Tok::Word("prefix") | Tok::Word("prologue") => {
                    let t = self.ty()?;
                    self.value(t, None)?;
                }
                Tok::Word(w) => {
                    // Keep arguments: `section ".text"`, `align 16`, `uwtable(sync)`.
                    self.skip_attr_args(w)?;
                    if matches!(w, "section" | "gc" | "partition") {
                        let save = self.lx.pos;
                        if !matches!(self.lx.next(), Tok::Str(_)) {
                            self.lx.pos = save;
                        }
                    }
                    attrs.push(self.lx.src[start..self.lx.pos].to_string());
                }
                Tok::Str(_) => {
                    if self.eat_punct(b'=') {
                        self.string()?;
                    }
                    attrs.push(self.lx.src[start..self.lx.pos].to_string());
                }
                Tok::Comdat(_) | Tok::Punct(b'(') | Tok::Punct(b')') | Tok::Punct(b'=') => {}
                Tok::Eof => break,
                t => return Err(format!("unexpected {t:?} in function header")),
            }
        }
        let mut blocks = Vec::new();
        let body_end = if is_definition && self.defer {
            closing_brace_line(self.lx.src, self.lx.pos)
        } else {
            None
        };
        if let Some(end) = body_end {
            self.expect_punct(b'{')?;
            self.lx.pos = end;
        } else if is_definition {
            self.expect_punct(b'{')?;
            let body_start = self.lx.pos;
            self.body(&mut ctx, &params)?;
            blocks = match ctx.take_blocks() {
                Ok(b) => b,
                Err(block) => {
                    self.err_pos = self.first_use(body_start, &block);
                    return Err(format!("use of undefined block %{block} in @{name}"));
                }
            };
            if let Some(i) = ctx.defined.iter().position(|d| !d) {
                self.err_pos = self.first_use(body_start, &ctx.names[i]);
                return Err(format!(
                    "use of undefined value %{} in @{name}",
                    ctx.names[i]
                ));
            }
        }
        Ok(Function {
            name,
            linkage: linkage.unwrap_or(Linkage::External),
            ret_ty,
            params,
            variadic,
            attrs,
            subprogram,
            blocks,
            value_names: ctx.names,
            ir_line,
        })
    }

    fn body(&mut self, ctx: &mut FnCtx<'a>, params: &[Param]) -> PResult<()> {
        let mut current: Option<(BlockId, Block)> = None;
        loop {
            self.mark();
            let save = self.lx.pos;
            match self.lx.next() {
                Tok::Punct(b'}') => break,
                Tok::Eof => return Err("unexpected end of file inside a function body".into()),
                Tok::Label(l) => {
                    if let Some((id, b)) = current.take() {
                        ctx.block_list[id.0 as usize] = Some(b);
                    }
                    let id = ctx.block(l);
                    if ctx.block_list[id.0 as usize].is_some() {
                        return Err(format!("block '{l}' defined twice"));
                    }
                    ctx.block_order.push(id);
                    current = Some((
                        id,
                        Block {
                            name: unescape_str(l),
                            insts: Vec::new(),
                        },
                    ));
                }
                _ => {
                    self.lx.pos = save;
                    if current.is_none() {
                        // Implicit entry block: numbered after the unnamed parameters.
                        let n = params
                            .iter()
                            .filter(|p| p.name.is_empty() || p.name.parse::<u32>().is_ok())
                            .count();
                        let id = ctx.block(n.to_string());
                        ctx.block_order.push(id);
                        current = Some((
                            id,
                            Block {
                                name: String::new(),
                                insts: Vec::new(),
                            },
                        ));
                    }
                    let inst = self.instruction(ctx)?;
                    if let Some((_, b)) = current.as_mut() {
                        b.insts.push(inst);
                    }
                }
            }
        }
        if let Some((id, b)) = current.take() {
            ctx.block_list[id.0 as usize] = Some(b);
        }
        Ok(())
    }

    /// Offset of the end of the line containing `pos` (its `\n`, or the end of the input).
    fn line_end_from(&self, pos: usize) -> usize {
        let b = self.lx.src.as_bytes();
        b[pos.min(b.len())..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |i| pos + i)
    }

    /// Where `%name` (raw, as written) first appears after `from`, for errors about a name
    /// used but never defined; `self.err_pos` if it cannot be found.
    fn first_use(&self, from: usize, raw: &str) -> usize {
        let src = self.lx.src;
        let bytes = src.as_bytes();
        let plain = format!("%{raw}");
        let quoted = format!("%\"{raw}\"");
        let mut at = from.min(src.len());
        while let Some(i) = src[at..].find('%') {
            let p = at + i;
            let rest = &src[p..];
            if rest.starts_with(&quoted) {
                return p;
            }
            if rest.starts_with(&plain) {
                let end = p + plain.len();
                if !bytes
                    .get(end)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || b"_.$-".contains(&b))
                {
                    return p;
                }
            }
            at = p + 1;
        }
        self.err_pos
    }

    fn label_ref(&mut self, ctx: &mut FnCtx<'a>) -> PResult<BlockId> {
        self.expect_word("label")?;
        self.mark();
        match self.lx.next() {
            Tok::Local(n) => Ok(ctx.block(n)),
            t => Err(format!("expected a block label, found {t:?}")),
        }
    }

    fn typed_value(&mut self, ctx: &mut FnCtx<'a>) -> PResult<(TypeId, Operand)> {
        let ty = self.ty()?;
        let v = self.value(ty, Some(ctx))?;
        Ok((ty, v))
    }

    /// Skips instruction flags, recording them in `self.flags`.
    fn skip_flags(&mut self) {
        loop {
            let save = self.lx.pos;
            match self.lx.next() {
                Tok::Word(w) if FLAG_WORDS.contains(&w) => {
                    self.flags.0 |= InstFlags::from_word(w).unwrap_or(0);
                }
                Tok::Word("inrange") => {
                    self.flags.0 |= InstFlags::INRANGE;
                    let _ = self.skip_parens();
                }
                _ => {
                    self.lx.pos = save;
                    return;
                }
            }
        }
    }

    fn instruction(&mut self, ctx: &mut FnCtx<'a>) -> PResult<Inst> {
        self.flags = InstFlags::default();
        self.mark();
        let mut result = None;
        let save = self.lx.pos;
        if let Tok::Local(name) = self.lx.next() {
            if self.eat_punct(b'=') {
                let v = ctx.value(name);
                if ctx.defined[v.0 as usize] {
                    return Err(format!("value %{name} defined twice"));
                }
                ctx.defined[v.0 as usize] = true;
                result = Some(v);
            } else {
                self.lx.pos = save;
            }
        } else {
            self.lx.pos = save;
        }
        self.mark();
        let op_pos = self.err_pos;
        let t = self.lx.next();
        if let Tok::DbgRecord(kind) = t {
            return self.dbg_record(kind, ctx);
        }
        let op = match t {
            Tok::Word(w) => w,
            t => return Err(format!("expected an instruction, found {t:?}")),
        };
        let kind = match op {
            "alloca" => {
                self.eat_word("inalloca");
                let ty = self.ty()?;
                let mut count = None;
                let save = self.lx.pos;
                if self.eat_punct(b',') && self.at_type() {
                    count = Some(self.typed_value(ctx)?);
                } else {
                    self.lx.pos = save;
                }
                InstKind::Alloca { ty, count }
            }
            "load" => {
                let atomic = self.eat_word("atomic");
                let volatile = self.eat_word("volatile");
                let ty = self.ty()?;
                self.expect_punct(b',')?;
                let (_, ptr) = self.typed_value(ctx)?;
                let ordering = if atomic { Some(self.ordering()) } else { None };
                InstKind::Load {
                    ty,
                    ptr,
                    volatile,
                    atomic: ordering,
                }
            }
            "store" => {
                let atomic = self.eat_word("atomic");
                let volatile = self.eat_word("volatile");
                let (ty, val) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (_, ptr) = self.typed_value(ctx)?;
                let ordering = if atomic { Some(self.ordering()) } else { None };
                InstKind::Store {
                    ty,
                    val,
                    ptr,
                    volatile,
                    atomic: ordering,
                }
            }
            "getelementptr" => {
                self.skip_flags();
                let inbounds = self.flags.has(InstFlags::INBOUNDS);
                let source_ty = self.ty()?;
                self.expect_punct(b',')?;
                let (_, base) = self.typed_value(ctx)?;
                let mut indices = Vec::new();
                loop {
                    let save = self.lx.pos;
                    if !self.eat_punct(b',') {
                        break;
                    }
                    self.skip_flags();
                    if !self.at_type() {
                        self.lx.pos = save;
                        break;
                    }
                    indices.push(self.typed_value(ctx)?);
                }
                InstKind::Gep {
                    source_ty,
                    base,
                    indices,
                    inbounds,
                }
            }
            w if CastOp::from_word(w).is_some() => {
                self.skip_flags();
                let (from, val) = self.typed_value(ctx)?;
                self.expect_word("to")?;
                let to = self.ty()?;
                InstKind::Cast {
                    op: CastOp::from_word(w).unwrap_or(CastOp::BitCast),
                    from,
                    val,
                    to,
                }
            }
            "add" | "sub" | "mul" | "udiv" | "sdiv" | "urem" | "srem" | "shl" | "lshr" | "ashr"
            | "and" | "or" | "xor" | "fadd" | "fsub" | "fmul" | "fdiv" | "frem" => {
                self.skip_flags();
                let (ty, a) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let b = self.value(ty, Some(ctx))?;
                InstKind::Binary {
                    op: op.to_string(),
                    ty,
                    a,
                    b,
                }
            }
            "fneg" => {
                self.skip_flags();
                let (ty, a) = self.typed_value(ctx)?;
                InstKind::Unary {
                    op: op.to_string(),
                    ty,
                    a,
                }
            }
            "icmp" => {
                self.skip_flags();
                self.mark();
                let pred = match self.lx.next() {
                    Tok::Word(p) => ICmpPred::from_word(p)
                        .ok_or_else(|| format!("unknown icmp predicate '{p}'"))?,
                    t => return Err(format!("expected an icmp predicate, found {t:?}")),
                };
                let (ty, a) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let b = self.value(ty, Some(ctx))?;
                InstKind::ICmp { pred, ty, a, b }
            }
            "fcmp" => {
                self.skip_flags();
                self.mark();
                let pred = match self.lx.next() {
                    Tok::Word(p) => p.to_string(),
                    t => return Err(format!("expected an fcmp predicate, found {t:?}")),
                };
                let (ty, a) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let b = self.value(ty, Some(ctx))?;
                InstKind::FCmp { pred, ty, a, b }
            }
            "phi" => {
                self.skip_flags();
                let ty = self.ty()?;
                let mut incoming = Vec::new();
                loop {
                    self.expect_punct(b'[')?;
                    let v = self.value(ty, Some(ctx))?;
                    self.expect_punct(b',')?;
                    self.mark();
                    let b = match self.lx.next() {
                        Tok::Local(n) => ctx.block(n),
                        t => return Err(format!("expected a block in phi, found {t:?}")),
                    };
                    self.expect_punct(b']')?;
                    incoming.push((v, b));
                    let save = self.lx.pos;
                    if !(self.eat_punct(b',') && self.lx.peek() == Tok::Punct(b'[')) {
                        self.lx.pos = save;
                        break;
                    }
                }
                InstKind::Phi { ty, incoming }
            }
            "select" => {
                self.skip_flags();
                let (_, cond) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (ty, a) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (_, b) = self.typed_value(ctx)?;
                InstKind::Select { cond, ty, a, b }
            }
            "tail" | "musttail" | "notail" => {
                self.flags.0 |= InstFlags::from_word(op).unwrap_or(0);
                self.expect_word("call")?;
                InstKind::Call(Box::new(self.call_body(ctx)?))
            }
            "call" => InstKind::Call(Box::new(self.call_body(ctx)?)),
            "invoke" => {
                let call = Box::new(self.call_body(ctx)?);
                self.skip_until_word("to")?;
                let normal = self.label_ref(ctx)?;
                self.expect_word("unwind")?;
                let unwind = self.label_ref(ctx)?;
                InstKind::Invoke {
                    call,
                    normal,
                    unwind,
                }
            }
            "callbr" => {
                let call = Box::new(self.call_body(ctx)?);
                self.skip_until_word("to")?;
                let mut targets = vec![self.label_ref(ctx)?];
                self.expect_punct(b'[')?;
                while !self.eat_punct(b']') {
                    self.eat_punct(b',');
                    targets.push(self.label_ref(ctx)?);
                }
                InstKind::CallBr { call, targets }
            }
            "atomicrmw" => {
                if self.eat_word("volatile") {
                    self.flags.0 |= InstFlags::VOLATILE;
                }
                self.mark();
                let rmw = match self.lx.next() {
                    Tok::Word(w) => w.to_string(),
                    t => return Err(format!("expected an atomicrmw operation, found {t:?}")),
                };
                let (_, ptr) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (ty, val) = self.typed_value(ctx)?;
                let ordering = self.ordering();
                InstKind::AtomicRmw {
                    op: rmw,
                    ty,
                    ptr,
                    val,
                    ordering,
                }
            }
            "cmpxchg" => {
                if self.eat_word("weak") {
                    self.flags.0 |= InstFlags::WEAK;
                }
                if self.eat_word("volatile") {
                    self.flags.0 |= InstFlags::VOLATILE;
                }
                let (_, ptr) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (ty, cmp) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (_, new) = self.typed_value(ctx)?;
                let ordering = self.ordering();
                InstKind::CmpXchg {
                    ty,
                    ptr,
                    cmp,
                    new,
                    ordering,
                }
            }
            "fence" => InstKind::Fence {
                ordering: self.ordering(),
            },
            "va_arg" => {
                let (_, list) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let ty = self.ty()?;
                InstKind::VaArg { list, ty }
            }
            "extractvalue" => {
                let (agg_ty, agg) = self.typed_value(ctx)?;
                let indices = self.index_list()?;
                InstKind::ExtractValue {
                    agg_ty,
                    agg,
                    indices,
                }
            }
            "insertvalue" => {
                let (agg_ty, agg) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let (val_ty, val) = self.typed_value(ctx)?;
                let indices = self.index_list()?;
                InstKind::InsertValue {
                    agg_ty,
                    agg,
                    val_ty,
                    val,
                    indices,
                }
            }
            "extractelement" | "insertelement" | "shufflevector" => {
                let (ty, first) = self.typed_value(ctx)?;
                let mut operands = vec![first];
                loop {
                    let save = self.lx.pos;
                    if !(self.eat_punct(b',') && self.at_type()) {
                        self.lx.pos = save;
                        break;
                    }
                    operands.push(self.typed_value(ctx)?.1);
                }
                InstKind::Vector {
                    op: op.to_string(),
                    ty,
                    operands,
                }
            }
            "freeze" => {
                let (ty, val) = self.typed_value(ctx)?;
                InstKind::Freeze { ty, val }
            }
            "landingpad" => {
                let ty = self.ty()?;
                loop {
                    let save = self.lx.pos;
                    match self.lx.next() {
                        Tok::Word("cleanup") => {}
                        Tok::Word("catch") | Tok::Word("filter") => {
                            self.typed_value(ctx)?;
                        }
                        _ => {
                            self.lx.pos = save;
                            break;
                        }
                    }
                }
                InstKind::LandingPad { ty }
            }
            "ret" => {
                if self.eat_word("void") {
                    InstKind::Ret { val: None }
                } else {
                    InstKind::Ret {
                        val: Some(self.typed_value(ctx)?),
                    }
                }
            }
            "br" => {
                if self.lx.peek() == Tok::Word("label") {
                    InstKind::Br {
                        target: self.label_ref(ctx)?,
                    }
                } else {
                    let (_, cond) = self.typed_value(ctx)?;
                    self.expect_punct(b',')?;
                    let then_bb = self.label_ref(ctx)?;
                    self.expect_punct(b',')?;
                    let else_bb = self.label_ref(ctx)?;
                    InstKind::CondBr {
                        cond,
                        then_bb,
                        else_bb,
                    }
                }
            }
            "switch" => {
                let (ty, val) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                let default = self.label_ref(ctx)?;
                self.expect_punct(b'[')?;
                let mut cases = Vec::new();
                while !self.eat_punct(b']') {
                    let (_, c) = self.typed_value(ctx)?;
                    self.expect_punct(b',')?;
                    let target = self.label_ref(ctx)?;
                    cases.push((c.as_int().unwrap_or(0), target));
                }
                InstKind::Switch {
                    ty,
                    val,
                    default,
                    cases,
                }
            }
            "indirectbr" => {
                let (_, addr) = self.typed_value(ctx)?;
                self.expect_punct(b',')?;
                self.expect_punct(b'[')?;
                let mut targets = Vec::new();
                while !self.eat_punct(b']') {
                    self.eat_punct(b',');
                    targets.push(self.label_ref(ctx)?);
                }
                InstKind::IndirectBr { addr, targets }
            }
            "resume" => {
                self.typed_value(ctx)?;
                InstKind::Resume
            }
            "unreachable" => InstKind::Unreachable,
            "cleanuppad" | "catchpad" | "catchswitch" | "catchret" | "cleanupret" => {
                self.generic_inst(op, ctx)?
            }
            other => {
                self.err_pos = op_pos;
                return Err(format!("unknown instruction '{other}'"));
            }
        };
        let before = self.lx.pos;
        let rest = self.rest_of_inst();
        // What follows the operands is `, align 4`, `, !dbg !12` and the like.
        let tail = rest.trim();
        if !tail.is_empty() && !tail.starts_with(',') {
            self.err_pos = before + (rest.len() - rest.trim_start().len());
            let shown: String = tail.chars().take(40).collect();
            return Err(format!("unexpected '{shown}' after the {op} instruction"));
        }
        let dbg = Self::dbg_in(rest);
        Ok(Inst {
            result,
            kind,
            dbg,
            flags: self.flags,
        })
    }

    fn skip_until_word(&mut self, w: &str) -> PResult<()> {
        loop {
            self.mark();
            match self.lx.next() {
                Tok::Word(x) if x == w => return Ok(()),
                Tok::Eof => return Err(format!("expected '{w}'")),
                _ => {}
            }
        }
    }

    /// Rare EH-pad instructions: operands and `label` targets up to the end of the line.
    fn generic_inst(&mut self, op: &str, ctx: &mut FnCtx<'a>) -> PResult<InstKind> {
        let mut operands = Vec::new();
        let mut targets = Vec::new();
        let line_end = self.lx.src[self.lx.pos..]
            .find('\n')
            .map_or(self.lx.src.len(), |i| self.lx.pos + i);
        loop {
            let save = self.lx.pos;
            if self.lx.token_start() >= line_end {
                self.lx.pos = save;
                break;
            }
            match self.lx.next() {
                Tok::Word("label") => {
                    if let Tok::Local(n) = self.lx.next() {
                        targets.push(ctx.block(n));
                    }
                }
                Tok::Local(n) => operands.push(Operand::Local(ctx.value(n))),
                Tok::Eof => break,
                _ => {}
            }
        }
        Ok(InstKind::Other {
            opcode: op.to_string(),
            operands,
            targets,
        })
    }

    fn index_list(&mut self) -> PResult<Vec<u32>> {
        let mut v = Vec::new();
        loop {
            let save = self.lx.pos;
            if !self.eat_punct(b',') {
                break;
            }
            match self.lx.next() {
                Tok::Int(i) => v.push(i.parse().map_err(|_| format!("bad index {i}"))?),
                _ => {
                    self.lx.pos = save;
                    break;
                }
            }
        }
        Ok(v)
    }

    /// `syncscope("x")? <ordering>` (the ordering words of loads, stores, RMW and fences).
    fn ordering(&mut self) -> Ordering {
        let mut out = String::new();
        loop {
            let save = self.lx.pos;
            match self.lx.next() {
                Tok::Word("syncscope") => {
                    let _ = self.skip_parens();
                }
                Tok::Word(
                    w @ ("unordered" | "monotonic" | "acquire" | "release" | "acq_rel" | "seq_cst"),
                ) => {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                _ => {
                    self.lx.pos = save;
                    return out;
                }
            }
        }
    }

    /// The parameter list of a function type whose return type `ret` was just read, if a
    /// `(` follows: `i32 (ptr, ...)`.
    fn fn_type_suffix(&mut self, ret: TypeId) -> PResult<Option<TypeId>> {
        if self.lx.peek() != Tok::Punct(b'(') {
            return Ok(None);
        }
        self.lx.next();
        let mut params = Vec::new();
        let mut variadic = false;
        if !self.eat_punct(b')') {
            loop {
                if self.lx.peek() == Tok::Ellipsis {
                    self.lx.next();
                    variadic = true;
                    self.expect_punct(b')')?;
                    break;
                }
                params.push(self.ty()?);
                self.param_attrs()?;
                if self.eat_punct(b')') {
                    break;
                }
                self.expect_punct(b',')?;
            }
        }
        Ok(Some(self.m.types.intern(Type::Function {
            ret,
            params,
            variadic,
        })))
    }

    /// `call`/`invoke`/`callbr` after the opcode: flags, return type, callee and arguments.
    fn call_body(&mut self, ctx: &mut FnCtx<'a>) -> PResult<CallData> {
        self.skip_flags();
        self.skip_attrs_until_type()?;
        let ret = self.ty()?;
        // Explicit function type: `i32 (ptr, ...) @printf(...)`.
        let fn_ty = self.fn_type_suffix(ret)?;
        if self.eat_word("addrspace") {
            self.skip_parens()?;
        }
        let ptr_ty = self.m.types.intern(Type::Ptr(0));
        let callee = self.value(ptr_ty, Some(ctx))?;
        self.expect_punct(b'(')?;
        let mut args = Vec::new();
        if !self.eat_punct(b')') {
            loop {
                let ty = self.ty()?;
                let attrs = self.param_attrs()?;
                let val = if self.m.types.get(ty) == &Type::Metadata {
                    if self.at_type() {
                        let (_, v) = self.typed_value(ctx)?;
                        Operand::MetadataValue(Box::new(v))
                    } else {
                        self.value(ty, Some(ctx))?
                    }
                } else {
                    self.value(ty, Some(ctx))?
                };
                args.push(Arg { ty, val, attrs });
                if self.eat_punct(b')') {
                    break;
                }
                self.expect_punct(b',')?;
            }
        }
        let fn_ty = match fn_ty {
            Some(t) => t,
            None => {
                let params = args.iter().map(|a| a.ty).collect();
                self.m.types.intern(Type::Function {
                    ret,
                    params,
                    variadic: false,
                })
            }
        };
        // Call-site attributes and bundles, up to the `!dbg` (or `to` for invoke) on this line.
        let mut attrs = Vec::new();
        let mut line_end = 0;
        loop {
            let save = self.lx.pos;
            if save >= line_end {
                line_end = self.line_end_from(save);
            }
            if self.lx.token_start() >= line_end {
                self.lx.pos = save;
                break;
            }
            match self.lx.next() {
                Tok::AttrGroup(g) => attrs.push(format!("#{g}")),
                Tok::Word("to") => {
                    self.lx.pos = save;
                    break;
                }
                Tok::Word(w) => {
                    attrs.push(w.to_string());
                    self.skip_attr_args(w)?;
                }
                Tok::Punct(b'[') => {
                    // Operand bundles: `[ "funclet"(token %x) ]`.
                    let mut depth = 1;
                    while depth > 0 {
                        match self.lx.next() {
                            Tok::Punct(b'[') => depth += 1,
                            Tok::Punct(b']') => depth -= 1,
                            Tok::Eof => return Err("unterminated operand bundle".into()),
                            Tok::Local(n) => {
                                ctx.value(n);
                            }
                            _ => {}
                        }
                    }
                }
                _ => {
                    self.lx.pos = save;
                    break;
                }
            }
        }
        Ok(CallData {
            callee,
            fn_ty,
            args,
            attrs,
        })
    }

    /// `#dbg_declare(ptr %x, !12, !DIExpression(), !13)` and friends.
    fn dbg_record(&mut self, kind: &str, ctx: &mut FnCtx<'a>) -> PResult<Inst> {
        let kind = match kind {
            "dbg_declare" => DbgKind::Declare,
            "dbg_value" => DbgKind::Value,
            "dbg_assign" => DbgKind::Assign,
            "dbg_label" => DbgKind::Label,
            other => return Err(format!("unknown debug record '#{other}'")),
        };
        self.expect_punct(b'(')?;
        let mut operand = Operand::Metadata(None);
        let mut var = None;
        let mut last_md = None;
        if kind != DbgKind::Label {
            if self.at_type() {
                operand = self.typed_value(ctx)?.1;
            } else {
                let save = self.lx.pos;
                match self.lx.next() {
                    Tok::MdVar(_) | Tok::MdTupleOpen => {
                        self.lx.pos = save;
                        let t = self.m.types.intern(Type::Metadata);
                        operand = self.value(t, Some(ctx))?;
                    }
                    _ => self.lx.pos = save,
                }
            }
            self.expect_punct(b',')?;
        }
        let mut depth = 1;
        let mut first = true;
        while depth > 0 {
            match self.lx.next() {
                Tok::Punct(b'(') => depth += 1,
                Tok::Punct(b')') => depth -= 1,
                Tok::MdVar(n) => {
                    let id = n.parse().ok().map(MdId);
                    if first {
                        var = id;
                        first = false;
                    }
                    if depth == 1 {
                        last_md = id;
                    }
                }
                Tok::Local(n) => {
                    ctx.value(n);
                }
                Tok::Eof => return Err("unterminated debug record".into()),
                _ => {}
            }
        }
        let _ = self.rest_of_inst();
        Ok(Inst {
            result: None,
            kind: InstKind::Dbg { kind, operand, var },
            dbg: last_md,
            flags: InstFlags::default(),
        })
    }
}

pub(crate) fn operand_to_constant(op: Operand) -> Constant {
    match op {
        Operand::Local(v) => Constant::Local(v),
        Operand::Global(s) => Constant::Global(s),
        Operand::Int(i) => Constant::Int(i),
        Operand::Null => Constant::Null,
        Operand::Undef => Constant::Undef,
        Operand::Poison => Constant::Poison,
        Operand::Const(c) => *c,
        Operand::Metadata(_) | Operand::MetadataValue(_) => Constant::Metadata,
        Operand::InlineAsm(_) => Constant::Undef,
    }
}
