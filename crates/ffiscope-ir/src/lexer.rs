//! Tokenizer over the raw bytes of a `.ll` file. Zero-copy: tokens borrow the input.

/// A token of textual LLVM IR.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'a> {
    /// `%name`, `%"quoted name"`, `%12` (sigil stripped, quotes kept off).
    Local(&'a str),
    /// `@name`, `@"quoted"`, `@12`.
    Global(&'a str),
    /// `!name` or `!12` (the `!` stripped). `!{` and `!"..."` are separate: see below.
    MdVar(&'a str),
    /// `!{` — start of an inline metadata tuple.
    MdTupleOpen,
    /// `!"string"` (raw, escapes not decoded).
    MdString(&'a str),
    /// `#12` attribute group reference.
    AttrGroup(&'a str),
    /// `#dbg_declare` etc. debug record keyword (without the `#`).
    DbgRecord(&'a str),
    /// `$name` comdat.
    Comdat(&'a str),
    /// Integer literal (raw text, possibly negative; `u0x`/`s0x` forms included).
    Int(&'a str),
    /// Floating literal (decimal with `.`/exponent, or `0x...` hex forms).
    Float(&'a str),
    /// `"..."` raw contents (escapes not decoded).
    Str(&'a str),
    /// `c"..."` raw contents.
    CStr(&'a str),
    /// A bare word: keyword, type name (`i32`, `ptr`), attribute.
    Word(&'a str),
    /// `name:` at the start of a basic block (name raw; quotes stripped).
    Label(&'a str),
    /// A single punctuation character: `= , ( ) [ ] { } < > * : |`.
    Punct(u8),
    /// `...`
    Ellipsis,
    Eof,
}

/// Cursor over the input. Comments (`;` to end of line) and whitespace are skipped.
pub struct Lexer<'a> {
    pub src: &'a str,
    bytes: &'a [u8],
    pub pos: usize,
}

#[inline]
fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$' | b'-')
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
        }
    }

    #[inline]
    fn skip_trivia(&mut self) {
        let b = self.bytes;
        let mut p = self.pos;
        while p < b.len() {
            match b[p] {
                b' ' | b'\t' | b'\n' | b'\r' => p += 1,
                b';' => {
                    while p < b.len() && b[p] != b'\n' {
                        p += 1;
                    }
                }
                _ => break,
            }
        }
        self.pos = p;
    }

    /// Skips to the end of the current line (used to index metadata lazily).
    pub fn skip_line(&mut self) -> usize {
        // Half of a module with debug info is metadata lines, skipped here: memchr.
        let p = memchr::memchr(b'\n', &self.bytes[self.pos.min(self.bytes.len())..])
            .map_or(self.bytes.len(), |i| self.pos + i);
        self.pos = p;
        p
    }

    pub fn peek(&mut self) -> Tok<'a> {
        let save = self.pos;
        let t = self.next();
        self.pos = save;
        t
    }

    /// Position of the next token (after trivia).
    pub fn token_start(&mut self) -> usize {
        self.skip_trivia();
        self.pos
    }

    fn quoted(&mut self, start: usize) -> (&'a str, bool) {
        // `start` points at the opening quote.
        let b = self.bytes;
        let mut p = start + 1;
        while p < b.len() && b[p] != b'"' {
            p += 1;
        }
        let closed = p < b.len();
        let s = &self.src[start + 1..p.min(b.len())];
        self.pos = if closed { p + 1 } else { p };
        (s, closed)
    }

    fn ident_from(&mut self, start: usize) -> &'a str {
        let b = self.bytes;
        let mut p = start;
        while p < b.len() && is_ident_byte(b[p]) {
            p += 1;
        }
        self.pos = p;
        &self.src[start..p]
    }

    /// Name after a sigil: quoted or plain. `None` for an unterminated quote.
    fn sigil_name(&mut self, after: usize) -> Option<&'a str> {
        if self.bytes.get(after) == Some(&b'"') {
            self.quoted_or_stray(after)
        } else {
            Some(self.ident_from(after))
        }
    }

    /// A closed string's contents; for an unterminated one, `None` with the cursor left just
    /// after the opening quote (which the caller reports as a stray `"`).
    fn quoted_or_stray(&mut self, start: usize) -> Option<&'a str> {
        let (s, closed) = self.quoted(start);
        if closed {
            Some(s)
        } else {
            self.pos = start + 1;
            None
        }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Tok<'a> {
        self.skip_trivia();
        let b = self.bytes;
        let start = self.pos;
        if start >= b.len() {
            return Tok::Eof;
        }
        let c = b[start];
        let stray = Tok::Punct(b'"');
        match c {
            b'%' => self.sigil_name(start + 1).map_or(stray, Tok::Local),
            b'@' => self.sigil_name(start + 1).map_or(stray, Tok::Global),
            b'$' => self.sigil_name(start + 1).map_or(stray, Tok::Comdat),
            b'#' => {
                let s = self.ident_from(start + 1);
                if s.starts_with(|ch: char| ch.is_ascii_digit()) {
                    Tok::AttrGroup(s)
                } else {
                    Tok::DbgRecord(s)
                }
            }
            b'!' => match b.get(start + 1) {
                Some(b'{') => {
                    self.pos = start + 2;
                    Tok::MdTupleOpen
                }
                Some(b'"') => self.quoted_or_stray(start + 1).map_or(stray, Tok::MdString),
                _ => {
                    let s = self.ident_from(start + 1);
                    Tok::MdVar(s)
                }
            },
            b'"' => {
                let Some(s) = self.quoted_or_stray(start) else {
                    return stray;
                };
                // A quoted label `"name":` at the start of a block.
                if b.get(self.pos) == Some(&b':') {
                    self.pos += 1;
                    return Tok::Label(s);
                }
                Tok::Str(s)
            }
            b'c' if b.get(start + 1) == Some(&b'"') => {
                self.quoted_or_stray(start + 1).map_or(stray, Tok::CStr)
            }
            b'.' if b.get(start + 1) == Some(&b'.') && b.get(start + 2) == Some(&b'.') => {
                self.pos = start + 3;
                Tok::Ellipsis
            }
            b'-' | b'0'..=b'9' => self.number_or_label(start),
            b'=' | b',' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'<' | b'>' | b'*' | b':'
            | b'|' => {
                self.pos = start + 1;
                Tok::Punct(c)
            }
            _ if is_ident_byte(c) => {
                let s = self.ident_from(start);
                if b.get(self.pos) == Some(&b':') && b.get(self.pos + 1) != Some(&b':') {
                    self.pos += 1;
                    return Tok::Label(s);
                }
                // `u0x…`/`s0x…` integer forms are words here; callers treat them as ints.
                Tok::Word(s)
            }
            _ => {
                // Any other byte, including the first byte of a non-ASCII character: step
                // over the whole character so positions stay on `char` boundaries.
                let len = self.src[start..].chars().next().map_or(1, char::len_utf8);
                self.pos = start + len;
                Tok::Punct(c)
            }
        }
    }

    fn number_or_label(&mut self, start: usize) -> Tok<'a> {
        let b = self.bytes;
        let mut p = start;
        if b[p] == b'-' {
            p += 1;
        }
        // Hex forms: 0x..., 0xK..., 0xL..., 0xM..., 0xH..., 0xR...
        if b.get(p) == Some(&b'0') && b.get(p + 1) == Some(&b'x') {
            p += 2;
            if matches!(b.get(p), Some(b'K' | b'L' | b'M' | b'H' | b'R')) {
                p += 1;
            }
            while p < b.len() && b[p].is_ascii_hexdigit() {
                p += 1;
            }
            self.pos = p;
            return Tok::Float(&self.src[start..p]);
        }
        let digits_start = p;
        while p < b.len() && b[p].is_ascii_digit() {
            p += 1;
        }
        let mut is_float = false;
        if b.get(p) == Some(&b'.')
            && b.get(p + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'e' || *c == b'E')
        {
            is_float = true;
            p += 1;
            while p < b.len() && b[p].is_ascii_digit() {
                p += 1;
            }
        } else if b.get(p) == Some(&b'.') && p > digits_start {
            // `1.` style
            is_float = true;
            p += 1;
        }
        if is_float && matches!(b.get(p), Some(b'e' | b'E')) {
            p += 1;
            if matches!(b.get(p), Some(b'+' | b'-')) {
                p += 1;
            }
            while p < b.len() && b[p].is_ascii_digit() {
                p += 1;
            }
        }
        if p == digits_start {
            // A lone '-' (or '-' followed by a word): punctuation.
            self.pos = start + 1;
            return Tok::Punct(b'-');
        }
        // `12:` numbered block label (only when not part of a longer identifier).
        if !is_float && b.get(p) == Some(&b':') && !is_ident_byte(*b.get(p + 1).unwrap_or(&b' ')) {
            self.pos = p + 1;
            return Tok::Label(&self.src[start..p]);
        }
        // Identifier that starts with digits (rare, e.g. attribute keys) — treat as word.
        if !is_float && p < b.len() && is_ident_byte(b[p]) && b[p] != b'.' && b[p] != b'-' {
            return Tok::Word(self.ident_from(start));
        }
        self.pos = p;
        if is_float {
            Tok::Float(&self.src[start..p])
        } else {
            Tok::Int(&self.src[start..p])
        }
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, pos: usize) -> (usize, usize) {
        line_col(self.src, pos)
    }
}

/// 1-based line and column of a byte offset in `src`.
pub fn line_col(src: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(src.len());
    let before = &src.as_bytes()[..pos];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = pos
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, col)
}

/// Decodes LLVM string escapes (`\22`, `\\`) into bytes.
pub fn unescape(raw: &str) -> Vec<u8> {
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if b.get(i + 1) == Some(&b'\\') {
                out.push(b'\\');
                i += 2;
                continue;
            }
            if let (Some(h), Some(l)) = (b.get(i + 1), b.get(i + 2)) {
                if let (Some(h), Some(l)) = ((*h as char).to_digit(16), (*l as char).to_digit(16)) {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Decodes an escaped name into a String (lossy for non-UTF-8 bytes).
pub fn unescape_str(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    String::from_utf8_lossy(&unescape(raw)).into_owned()
}
