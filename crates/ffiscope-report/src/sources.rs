//! Where source text for snippets comes from.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Gives the text of a file named as in findings (relative to the crate root, or absolute).
pub trait SourceProvider {
    fn source(&self, file: &str) -> Option<Cow<'_, str>>;
}

/// Reads files from disk relative to `root`, caching them.
pub struct FsSources {
    root: PathBuf,
    cache: RefCell<HashMap<String, Option<std::rc::Rc<str>>>>,
}

impl FsSources {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        FsSources {
            root: root.into(),
            cache: RefCell::new(HashMap::new()),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl SourceProvider for FsSources {
    fn source(&self, file: &str) -> Option<Cow<'_, str>> {
        if let Some(hit) = self.cache.borrow().get(file) {
            return hit.as_ref().map(|s| Cow::Owned(s.to_string()));
        }
        let p = Path::new(file);
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.root.join(p)
        };
        let text: Option<std::rc::Rc<str>> = std::fs::read_to_string(p).ok().map(Into::into);
        self.cache
            .borrow_mut()
            .insert(file.to_string(), text.clone());
        text.map(|s| Cow::Owned(s.to_string()))
    }
}

/// Sources held in memory (tests, editors with unsaved buffers).
#[derive(Default)]
pub struct MemorySources {
    pub files: HashMap<String, String>,
}

impl MemorySources {
    pub fn with(mut self, file: &str, text: &str) -> Self {
        self.files.insert(file.to_string(), text.to_string());
        self
    }
}

impl SourceProvider for MemorySources {
    fn source(&self, file: &str) -> Option<Cow<'_, str>> {
        self.files.get(file).map(|s| Cow::Borrowed(s.as_str()))
    }
}

/// Byte offset of a 1-based line and 1-based character column.
pub(crate) fn byte_offset(text: &str, line: u32, column: u32) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let mut start = 0usize;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let col = column.max(1) as usize - 1;
            let within: usize = l
                .char_indices()
                .nth(col)
                .map(|(b, _)| b)
                .unwrap_or_else(|| l.trim_end_matches(['\n', '\r']).len());
            return Some(start + within);
        }
        start += l.len();
    }
    None
}

/// The text of a 1-based line, without its line break.
pub(crate) fn line_text(text: &str, line: u32) -> Option<&str> {
    text.lines().nth((line as usize).checked_sub(1)?)
}
