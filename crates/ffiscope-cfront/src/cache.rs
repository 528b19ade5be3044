//! A content-addressed, concurrency-safe cache of clang's IR and of derived artifacts.
//!
//! Layout under the cache root (`dirs::cache_dir()/ffiscope` by default):
//!
//! ```text
//! CACHEDIR.TAG
//! v1/manifest/ab/<pre>.json    pre-key -> [(header path, header hash)...] -> key
//! v1/ir/ab/<key>.ll            clang's IR, plus a one-line trailer `; ffiscope-cache <key> <len>`
//! v1/artifact/ab/<key>.<name>  artifacts of later stages, with a length and hash header
//! v1/tmp/                      scratch space for clang, on the same file system
//! ```
//!
//! The *pre-key* hashes everything known before compiling: the format version, clang's
//! `--version` text, the source's path, contents and working directory, the arguments,
//! the flags ffiscope adds, and the environment variables that change header search.
//! Compiling reveals the included headers (from clang's depfile); the *key* then hashes the
//! pre-key with every header's path and contents. The manifest remembers, per pre-key, the
//! header lists seen (the newest 8), so a lookup re-hashes the source and those headers and
//! finds the key without running clang; an edited header changes its hash and misses.
//!
//! Every file is written to a temporary file on the same file system and renamed into
//! place, so a reader sees a complete entry or none; IR entries and artifacts carry their
//! own length (and artifacts a hash), so a truncated or corrupt file is a miss, not an
//! error. Two processes writing the same entry both write complete files; the last rename
//! wins, and both contents are equally valid.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::clang::Clang;
use crate::input::TranslationUnit;

/// Changes whenever the key recipe, the layout or the flags below change.
pub const CACHE_FORMAT: &str = "ffiscope-cfront cache v1";

/// What ffiscope adds to every clang command line after the unit's own arguments.
pub(crate) const FIXED_FLAGS: &[&str] = &[
    "-S",
    "-emit-llvm",
    "-g",
    // Evidence names file and line only; columns make clang's IR a quarter bigger and
    // slower (sqlite3.c: 51 -> 40 MiB, 2.9 -> 2.2 s).
    "-gno-column-info",
    "-O0",
    "-Xclang",
    "-disable-O0-optnone",
    "-fno-discard-value-names",
    // Old C that gcc < 14 accepted: make clang's default errors plain (silenced) warnings.
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=implicit-int",
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types",
    "-Wno-error=incompatible-function-pointer-types",
    "-Wno-error=return-type",
    "-w",
];

/// Environment variables that change what clang compiles, hashed into every key.
const ENV_IN_KEY: &[&str] = &[
    "CPATH",
    "C_INCLUDE_PATH",
    "SDKROOT",
    "MACOSX_DEPLOYMENT_TARGET",
    "CCC_OVERRIDE_OPTIONS",
    "SOURCE_DATE_EPOCH",
];

const MAX_VARIANTS: usize = 8;
const ARTIFACT_MAGIC: &[u8; 8] = b"FFSART1\n";
const TRAILER_PREFIX: &str = "; ffiscope-cache ";

/// Why the cache could not be opened or written.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("cannot use cache directory `{path}`: {source}; pass a writable --cache-dir, or fix its permissions")]
    Dir {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("cannot write cache entry `{path}`: {source}; check free space and permissions, or pass another --cache-dir")]
    Write {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("invalid cache key `{0}`: use 1-128 characters from [A-Za-z0-9_-], e.g. a key from `CompiledTu::key` or `Cache::combined_key`")]
    BadKey(String),
    #[error("invalid artifact name `{0}`: use 1-64 characters from [A-Za-z0-9._-], not starting with '.'")]
    BadName(String),
}

/// The on-disk cache. Cheap to share between threads (`&Cache` is all any method needs).
#[derive(Debug)]
pub struct Cache {
    root: PathBuf,
    base: PathBuf,
    warning: Option<String>,
    _temp: Option<tempfile::TempDir>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Manifest {
    format: String,
    variants: Vec<Variant>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub(crate) struct Variant {
    pub key: String,
    /// (absolute path, blake3 hex of contents), sorted by path.
    pub headers: Vec<(String, String)>,
    /// Notes from compiling (flags clang did not know, ...), replayed on hits.
    #[serde(default)]
    pub notes: Vec<String>,
}

impl Cache {
    /// Opens (creating it if needed) the cache in `dir`, or in the user's cache directory
    /// (`~/.cache/ffiscope` on Linux). If the default cannot be used, falls back to a
    /// directory under the system temp dir and says so in [`Cache::warning`]; an explicit
    /// `dir` that cannot be used is an error.
    pub fn open(dir: Option<PathBuf>) -> Result<Cache, CacheError> {
        match dir {
            Some(d) => Cache::open_at(d, None),
            None => Cache::open_default(dirs::cache_dir().map(|d| d.join("ffiscope"))),
        }
    }

    /// Opens `default`, or falls back to a directory under the system temp dir.
    fn open_default(default: Option<PathBuf>) -> Result<Cache, CacheError> {
        let why = match default {
            Some(d) => match Cache::open_at(d, None) {
                Ok(c) => return Ok(c),
                Err(e) => e.to_string(),
            },
            None => "no user cache directory is known (is HOME set?)".to_string(),
        };
        let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
        let user: String = user.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let fallback = std::env::temp_dir().join(format!("ffiscope-cache-{user}"));
        let warn = |at: &Path| {
            format!(
                "{why}; using {} instead (pass --cache-dir to choose the cache directory)",
                at.display()
            )
        };
        if let Ok(c) = Cache::open_at(fallback.clone(), Some(warn(&fallback))) {
            return Ok(c);
        }
        let temp = tempfile::Builder::new()
            .prefix("ffiscope-cache-")
            .tempdir()
            .map_err(|source| CacheError::Dir {
                path: std::env::temp_dir().display().to_string(),
                source,
            })?;
        let mut c = Cache::open_at(temp.path().to_path_buf(), Some(warn(temp.path())))?;
        c._temp = Some(temp);
        Ok(c)
    }

    /// A cache in a new temporary directory, deleted when the `Cache` is dropped (for
    /// `--no-cache` runs and tests).
    pub fn temporary() -> Result<Cache, CacheError> {
        let temp = tempfile::Builder::new()
            .prefix("ffiscope-cache-")
            .tempdir()
            .map_err(|source| CacheError::Dir {
                path: std::env::temp_dir().display().to_string(),
                source,
            })?;
        let mut c = Cache::open_at(temp.path().to_path_buf(), None)?;
        c._temp = Some(temp);
        Ok(c)
    }

    fn open_at(root: PathBuf, warning: Option<String>) -> Result<Cache, CacheError> {
        let dir_err = |path: &Path| {
            let path = path.display().to_string();
            move |source| CacheError::Dir { path, source }
        };
        let base = root.join("v1");
        for sub in ["ir", "manifest", "artifact", "tmp"] {
            let d = base.join(sub);
            fs::create_dir_all(&d).map_err(dir_err(&d))?;
        }
        let tag = root.join("CACHEDIR.TAG");
        if !tag.exists() {
            let text = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks a cache directory created by ffiscope; see https://bford.info/cachedir/\n";
            write_atomic(&tag, text.as_bytes()).map_err(dir_err(&tag))?;
        }
        // Fail here, once and clearly, rather than on every unit if the directory exists
        // but cannot be written (a read-only mount, another user's directory).
        let tmp = base.join("tmp");
        tempfile::Builder::new()
            .prefix("probe-")
            .tempfile_in(&tmp)
            .map_err(dir_err(&tmp))?;
        let cache = Cache {
            root,
            base,
            warning,
            _temp: None,
        };
        cache.clean_scratch();
        Ok(cache)
    }

    /// The cache's root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Set when the default cache directory could not be used and a fallback was; the
    /// caller decides how to show it (the library never prints).
    pub fn warning(&self) -> Option<&str> {
        self.warning.as_deref()
    }

    /// The key of `tu`'s cached IR, computed without running clang: hashes the source and
    /// the headers it included last time. None if there is no valid entry (never compiled,
    /// or the source, a header, the arguments or clang changed, or the entry is damaged).
    pub fn tu_key(&self, clang: &Clang, tu: &TranslationUnit) -> Option<String> {
        let pre = pre_key(clang, tu).ok()?;
        self.lookup(&pre, &HashMemo::default()).map(|v| v.key)
    }

    /// The path of the IR stored under `key`, if a complete entry is there.
    pub fn ir_path(&self, key: &str) -> Option<PathBuf> {
        let p = self.ir_file(key)?;
        ir_entry_valid(&p, key).then_some(p)
    }

    /// An artifact stored with [`Cache::put_artifact`], or None if absent or damaged.
    /// Artifact formats are the caller's: put a version in `name` (`decls-v3`) and bump it
    /// when the format changes.
    pub fn get_artifact(&self, key: &str, name: &str) -> Option<Vec<u8>> {
        let path = self.artifact_file(key, name).ok()?;
        let bytes = fs::read(path).ok()?;
        let rest = bytes.strip_prefix(ARTIFACT_MAGIC.as_slice())?;
        if rest.len() < 40 {
            return None;
        }
        let (len, rest) = rest.split_at(8);
        let (hash, payload) = rest.split_at(32);
        let len = u64::from_le_bytes(len.try_into().ok()?);
        if payload.len() as u64 != len || blake3::hash(payload).as_bytes() != hash {
            return None;
        }
        Some(payload.to_vec())
    }

    /// Stores `data` as artifact `name` of `key` (a TU key, or a [`Cache::combined_key`]),
    /// atomically replacing any previous one.
    pub fn put_artifact(&self, key: &str, name: &str, data: &[u8]) -> Result<(), CacheError> {
        let path = self.artifact_file(key, name)?;
        let mut buf = Vec::with_capacity(data.len() + 48);
        buf.extend_from_slice(ARTIFACT_MAGIC);
        buf.extend_from_slice(&(data.len() as u64).to_le_bytes());
        buf.extend_from_slice(blake3::hash(data).as_bytes());
        buf.extend_from_slice(data);
        write_atomic(&path, &buf).map_err(|source| CacheError::Write {
            path: path.display().to_string(),
            source,
        })
    }

    /// One key for a set of keys (for artifacts that depend on several TUs, such as a
    /// whole-program summary). Order and duplicates do not matter.
    pub fn combined_key<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
        let mut keys: Vec<&str> = keys.into_iter().collect();
        keys.sort_unstable();
        keys.dedup();
        let mut h = blake3::Hasher::new();
        field(&mut h, CACHE_FORMAT.as_bytes());
        field(&mut h, b"combined");
        h.update(&(keys.len() as u64).to_le_bytes());
        for k in keys {
            field(&mut h, k.as_bytes());
        }
        h.finalize().to_hex().to_string()
    }

    fn ir_file(&self, key: &str) -> Option<PathBuf> {
        valid_key(key).then(|| {
            self.base
                .join("ir")
                .join(shard(key))
                .join(format!("{key}.ll"))
        })
    }

    fn artifact_file(&self, key: &str, name: &str) -> Result<PathBuf, CacheError> {
        if !valid_key(key) {
            return Err(CacheError::BadKey(key.to_string()));
        }
        let name_ok = (1..=64).contains(&name.len())
            && !name.starts_with('.')
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
        if !name_ok {
            return Err(CacheError::BadName(name.to_string()));
        }
        Ok(self
            .base
            .join("artifact")
            .join(shard(key))
            .join(format!("{key}.{name}")))
    }

    fn manifest_file(&self, pre: &str) -> PathBuf {
        self.base
            .join("manifest")
            .join(shard(pre))
            .join(format!("{pre}.json"))
    }

    fn read_manifest(&self, pre: &str) -> Option<Manifest> {
        let bytes = fs::read(self.manifest_file(pre)).ok()?;
        let m: Manifest = serde_json::from_slice(&bytes).ok()?;
        (m.format == CACHE_FORMAT).then_some(m)
    }

    /// The first remembered variant whose headers all still hash the same and whose IR
    /// entry is complete. `memo` shares header hashes between the lookups of one batch.
    pub(crate) fn lookup(&self, pre: &str, memo: &HashMemo) -> Option<Variant> {
        let m = self.read_manifest(pre)?;
        'variants: for v in m.variants {
            for (path, want) in &v.headers {
                if memo.hash(path).as_deref() != Some(want.as_str()) {
                    continue 'variants;
                }
            }
            if self.ir_path(&v.key).is_some() {
                return Some(v);
            }
        }
        None
    }

    /// A fresh scratch directory on the cache's file system, removed on drop.
    pub fn scratch(&self) -> io::Result<tempfile::TempDir> {
        tempfile::Builder::new()
            .prefix("cc-")
            .tempdir_in(self.base.join("tmp"))
    }

    /// Removes scratch entries a killed run left behind (older than a day).
    fn clean_scratch(&self) {
        let Ok(rd) = fs::read_dir(self.base.join("tmp")) else {
            return;
        };
        let cutoff = SystemTime::now() - Duration::from_secs(24 * 3600);
        for e in rd.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t < cutoff);
            if old {
                let p = e.path();
                let _ = fs::remove_dir_all(&p).or_else(|_| fs::remove_file(&p));
            }
        }
    }

    /// Files the IR clang wrote at `tmp_ll` (inside [`Cache::scratch`]) and, if the inputs
    /// were stable during the compile, a manifest variant so later lookups find it.
    /// `headers` is None when the depfile could not be read: the IR is then stored under a
    /// key no lookup can produce (usable now, never reused).
    pub(crate) fn store_compiled(
        &self,
        pre: &str,
        tu: &TranslationUnit,
        tmp_ll: &Path,
        headers: Option<Vec<PathBuf>>,
        notes: Vec<String>,
        started: SystemTime,
    ) -> io::Result<(String, PathBuf)> {
        let variant = headers.and_then(|hs| {
            let mut pairs = Vec::with_capacity(hs.len());
            for h in hs {
                let s = h.to_str()?.to_string();
                if modified_since(&h, started) {
                    return None;
                }
                let hash = hash_file(&h).ok()?;
                pairs.push((s, hash));
            }
            if modified_since(&tu.source, started) {
                return None;
            }
            pairs.sort();
            pairs.dedup();
            let key = full_key(pre, &pairs);
            Some(Variant {
                key,
                headers: pairs,
                notes: notes.clone(),
            })
        });
        let key = match &variant {
            Some(v) => v.key.clone(),
            None => {
                let mut h = blake3::Hasher::new();
                field(&mut h, pre.as_bytes());
                field(&mut h, b"uncacheable");
                field(&mut h, format!("{:?}", SystemTime::now()).as_bytes());
                field(&mut h, tmp_ll.as_os_str().as_encoded_bytes());
                h.finalize().to_hex().to_string()
            }
        };
        let dest = self
            .ir_file(&key)
            .ok_or_else(|| io::Error::other("internal: invalid key"))?;
        finish_ir(tmp_ll, &key)?;
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::rename(tmp_ll, &dest)?;
        if let Some(v) = variant {
            let mut m = self.read_manifest(pre).unwrap_or(Manifest {
                format: CACHE_FORMAT.to_string(),
                variants: Vec::new(),
            });
            m.variants.retain(|old| old.key != v.key);
            m.variants.insert(0, v);
            m.variants.truncate(MAX_VARIANTS);
            let json = serde_json::to_vec(&m).map_err(io::Error::other)?;
            write_atomic(&self.manifest_file(pre), &json)?;
        }
        Ok((key, dest))
    }
}

/// Header hashes shared by the lookups of one batch of units, which mostly include the
/// same headers (hundreds of units × the same system headers). A batch treats the headers
/// as a snapshot; storing a fresh compile always re-hashes from disk.
#[derive(Debug, Default)]
pub(crate) struct HashMemo(Mutex<HashMap<String, Option<String>>>);

impl HashMemo {
    fn hash(&self, path: &str) -> Option<String> {
        if let Some(h) = self.0.lock().ok().and_then(|m| m.get(path).cloned()) {
            return h;
        }
        let h = hash_file(Path::new(path)).ok();
        if let Ok(mut m) = self.0.lock() {
            m.insert(path.to_string(), h.clone());
        }
        h
    }
}

fn shard(key: &str) -> &str {
    key.get(..2).unwrap_or("__")
}

fn valid_key(key: &str) -> bool {
    (1..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn modified_since(p: &Path, t: SystemTime) -> bool {
    // Unknown mtimes count as modified: better a miss than a stale hit.
    fs::metadata(p)
        .and_then(|m| m.modified())
        .map_or(true, |m| m >= t)
}

/// Length-prefixed hashing, so that field boundaries cannot be confused.
fn field(h: &mut blake3::Hasher, bytes: &[u8]) {
    h.update(&(bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

/// blake3 of a file's contents, as hex.
pub(crate) fn hash_file(p: &Path) -> io::Result<String> {
    let mut f = fs::File::open(p)?;
    let mut h = blake3::Hasher::new();
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len <= 64 << 20 {
        // One read and one SIMD-wide update: the fastest path for sources and headers.
        let mut buf = Vec::with_capacity(len as usize + 1);
        f.read_to_end(&mut buf)?;
        h.update(&buf);
    } else {
        h.update_reader(&mut f)?;
    }
    Ok(h.finalize().to_hex().to_string())
}

/// Everything about `tu` that is known before compiling it (see the module docs).
pub(crate) fn pre_key(clang: &Clang, tu: &TranslationUnit) -> io::Result<String> {
    let source_hash = hash_file(&tu.source)?;
    let mut h = blake3::Hasher::new();
    field(&mut h, CACHE_FORMAT.as_bytes());
    field(&mut h, clang.version_text.as_bytes());
    field(&mut h, tu.source.as_os_str().as_encoded_bytes());
    field(&mut h, source_hash.as_bytes());
    field(&mut h, tu.directory.as_os_str().as_encoded_bytes());
    h.update(&(tu.args.len() as u64).to_le_bytes());
    for a in &tu.args {
        field(&mut h, a.as_bytes());
    }
    h.update(&(FIXED_FLAGS.len() as u64).to_le_bytes());
    for a in FIXED_FLAGS {
        field(&mut h, a.as_bytes());
    }
    for var in ENV_IN_KEY {
        field(&mut h, var.as_bytes());
        match std::env::var_os(var) {
            Some(v) => field(&mut h, v.as_encoded_bytes()),
            None => field(&mut h, b"\0unset"),
        }
    }
    Ok(h.finalize().to_hex().to_string())
}

fn full_key(pre: &str, headers: &[(String, String)]) -> String {
    let mut h = blake3::Hasher::new();
    field(&mut h, CACHE_FORMAT.as_bytes());
    field(&mut h, b"tu");
    field(&mut h, pre.as_bytes());
    h.update(&(headers.len() as u64).to_le_bytes());
    for (p, hash) in headers {
        field(&mut h, p.as_bytes());
        field(&mut h, hash.as_bytes());
    }
    h.finalize().to_hex().to_string()
}

fn trailer(key: &str, len: u64) -> String {
    format!("{TRAILER_PREFIX}{key} {len}\n")
}

/// Appends the trailer (newline-terminating clang's output first if needed).
fn finish_ir(path: &Path, key: &str) -> io::Result<()> {
    let mut f = fs::OpenOptions::new().read(true).append(true).open(path)?;
    let mut len = f.metadata()?.len();
    if len > 0 {
        let mut last = [0u8; 1];
        f.seek(SeekFrom::Start(len - 1))?;
        f.read_exact(&mut last)?;
        if last[0] != b'\n' {
            f.write_all(b"\n")?;
            len += 1;
        }
    }
    f.write_all(trailer(key, len).as_bytes())?;
    Ok(())
}

/// True if `path` ends with the trailer for `key` and its length matches.
fn ir_entry_valid(path: &Path, key: &str) -> bool {
    let check = || -> io::Result<bool> {
        let mut f = fs::File::open(path)?;
        let total = f.metadata()?.len();
        let tail_len = (TRAILER_PREFIX.len() + key.len() + 24) as u64;
        let start = total.saturating_sub(tail_len);
        f.seek(SeekFrom::Start(start))?;
        let mut tail = Vec::with_capacity(tail_len as usize);
        f.read_to_end(&mut tail)?;
        let Some(body) = tail.strip_suffix(b"\n") else {
            return Ok(false);
        };
        let line_start = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = std::str::from_utf8(&body[line_start..]).unwrap_or("");
        let Some(rest) = line.strip_prefix(TRAILER_PREFIX) else {
            return Ok(false);
        };
        let mut parts = rest.split(' ');
        let (Some(k), Some(n), None) = (parts.next(), parts.next(), parts.next()) else {
            return Ok(false);
        };
        let Ok(n) = n.parse::<u64>() else {
            return Ok(false);
        };
        Ok(k == key && n + trailer(key, n).len() as u64 == total)
    };
    check().unwrap_or(false)
}

/// Writes `data` to `dest` through a temporary file in the same directory and a rename.
pub(crate) fn write_atomic(dest: &Path, data: &[u8]) -> io::Result<()> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
    tmp.write_all(data)?;
    tmp.persist(dest).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailer_validation() {
        let c = Cache::temporary().unwrap();
        let key = "ab".repeat(32);
        let dir = c.scratch().unwrap();
        let p = dir.path().join("x.ll");
        fs::write(&p, "; ModuleID = 'x'\ndefine void @f() {\n  ret void\n}").unwrap();
        finish_ir(&p, &key).unwrap();
        assert!(ir_entry_valid(&p, &key));
        assert!(!ir_entry_valid(&p, &"cd".repeat(32)));
        let text = fs::read_to_string(&p).unwrap();
        assert!(text.contains("}\n; ffiscope-cache"));
        // Truncations anywhere are misses.
        for cut in [0, 1, 10, text.len() / 2, text.len() - 1] {
            fs::write(&p, &text[..cut]).unwrap();
            assert!(!ir_entry_valid(&p, &key), "cut at {cut}");
        }
        // A body of a different length with the same trailer is a miss.
        fs::write(&p, format!("x{text}")).unwrap();
        assert!(!ir_entry_valid(&p, &key));
    }

    #[test]
    fn keys_and_names_are_checked() {
        let c = Cache::temporary().unwrap();
        for bad in ["", "../x", "a/b", "a.b", &"a".repeat(129)] {
            assert!(c.put_artifact(bad, "n", b"x").is_err(), "{bad}");
            assert!(c.get_artifact(bad, "n").is_none());
            assert!(c.ir_path(bad).is_none());
        }
        for bad in ["", ".hidden", "a/b", "..", &"n".repeat(65)] {
            assert!(c.put_artifact("k", bad, b"x").is_err(), "{bad}");
        }
        c.put_artifact("k", "decls-v1.json", b"data").unwrap();
        assert_eq!(
            c.get_artifact("k", "decls-v1.json").as_deref(),
            Some(&b"data"[..])
        );
    }

    #[test]
    fn unusable_default_falls_back_with_a_warning() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("not-a-dir");
        fs::write(&file, "").unwrap();
        let c = Cache::open_default(Some(file.join("ffiscope"))).unwrap();
        let w = c.warning().unwrap();
        assert!(
            w.contains("cannot use cache directory") && w.contains("--cache-dir"),
            "{w}"
        );
        assert!(c.root().starts_with(std::env::temp_dir()));
        let c = Cache::open_default(None).unwrap();
        assert!(c.warning().unwrap().contains("is HOME set?"));
    }

    #[test]
    fn combined_keys_ignore_order() {
        let a = Cache::combined_key(["x", "y", "x"]);
        assert_eq!(a, Cache::combined_key(["y", "x"]));
        assert_ne!(a, Cache::combined_key(["x"]));
        assert_eq!(a.len(), 64);
    }
}
