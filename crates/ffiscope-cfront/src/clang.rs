//! Finding a clang that is new enough, and knowing its version.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

use crate::cache::Cache;

/// The oldest clang major version whose textual IR ffiscope reads (opaque pointers).
pub const MIN_CLANG_MAJOR: u32 = 15;

/// The environment variable that names the clang to use (a path, or a name on `PATH`).
pub const CLANG_ENV: &str = "FFISCOPE_CLANG";

/// How to get a suitable clang; ends every "no usable clang" message.
pub const INSTALL_HINT: &str = "install clang 15 or newer: `sudo apt-get install clang-19` on Debian/Ubuntu (or run scripts/setup.sh), `brew install llvm` on macOS; or set FFISCOPE_CLANG=/path/to/clang";

/// A version number. For Apple clang this is the upstream LLVM release it derives from
/// (Apple's own number is in [`Clang::version_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A clang that ran and reported its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clang {
    pub path: PathBuf,
    pub version: Version,
    /// Everything `clang --version` printed, trimmed. Part of every cache key.
    pub version_text: String,
}

/// Why no usable clang was found. Every message says how to get one.
#[derive(Debug, thiserror::Error)]
pub enum ClangError {
    #[error("no clang found (looked for {looked_for}); {hint}", hint = INSTALL_HINT)]
    NotFound { looked_for: String },
    #[error("`{path}` is clang {version}, but ffiscope needs clang {MIN_CLANG_MAJOR} or newer; {hint}", hint = INSTALL_HINT)]
    TooOld { path: String, version: Version },
    #[error("cannot run `{path} --version`: {error}{from_env}; {hint}", hint = INSTALL_HINT, from_env = if *.from_env { " (named by FFISCOPE_CLANG)" } else { "" })]
    NotRunnable {
        path: String,
        error: String,
        from_env: bool,
    },
    #[error("`{path} --version` printed `{first_line}`, which is not a clang version{from_env}; {hint}", hint = INSTALL_HINT, from_env = if *.from_env { " (named by FFISCOPE_CLANG)" } else { "" })]
    NotClang {
        path: String,
        first_line: String,
        from_env: bool,
    },
}

/// Parses the output of `clang --version`: upstream (`clang version 19.1.7`), distribution
/// (`Debian clang version 16.0.6 (15~deb12u1)`, `Ubuntu clang version 18.1.3 (1ubuntu1)`,
/// `Homebrew clang version ...`) and Apple (`Apple clang version 15.0.0 (clang-1500...)`,
/// mapped to the LLVM release it derives from). None if no clang version is found.
pub fn parse_version(text: &str) -> Option<Version> {
    for line in text.lines() {
        let Some(at) = line.find("clang version ") else {
            continue;
        };
        let rest = &line[at + "clang version ".len()..];
        let v = parse_numbers(rest)?;
        let apple = line[..at].contains("Apple");
        return Some(if apple { apple_to_llvm(v) } else { v });
    }
    // Old Apple toolchains: "Apple LLVM version 10.0.0 (clang-1000.11.45.5)".
    text.lines()
        .find_map(|l| l.find("Apple LLVM version ").map(|at| &l[at + 19..]))
        .and_then(parse_numbers)
        .map(apple_to_llvm)
}

fn parse_numbers(s: &str) -> Option<Version> {
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let mut parts = s[..end].split('.').map(|p| p.parse::<u32>().ok());
    let major = parts.next()??;
    let minor = parts.next().flatten().unwrap_or(0);
    let patch = parts.next().flatten().unwrap_or(0);
    Some(Version {
        major,
        minor,
        patch,
    })
}

/// Apple clang versions to the upstream LLVM major they branch from (Xcode release notes).
fn apple_to_llvm(v: Version) -> Version {
    let major = match (v.major, v.minor, v.patch) {
        (m, _, _) if m >= 17 => m + 2,
        (16, _, _) => 17,
        (15, _, _) => 16,
        (14, 0, p) if p >= 3 => 15,
        (m, _, _) => m.min(14),
    };
    Version {
        major,
        minor: 0,
        patch: 0,
    }
}

impl Clang {
    /// Runs `path --version` and checks the version.
    pub fn from_path(path: &Path) -> Result<Clang, ClangError> {
        probe(path, false, None)
    }
}

/// Identifies a compiler binary by its resolved path, size, modification time and inode,
/// so that a remembered `--version` is forgotten when the binary is replaced.
fn binary_identity(path: &Path) -> Option<String> {
    let real = std::fs::canonicalize(path).ok()?;
    let m = std::fs::metadata(&real).ok()?;
    let mtime = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    let mut h = blake3::Hasher::new();
    h.update(b"clang-binary\0");
    h.update(real.as_os_str().as_encoded_bytes());
    h.update(&m.len().to_le_bytes());
    h.update(&mtime.as_nanos().to_le_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        h.update(&m.ino().to_le_bytes());
        h.update(&m.ctime().to_le_bytes());
        h.update(&m.ctime_nsec().to_le_bytes());
    }
    Some(h.finalize().to_hex().to_string())
}

const VERSION_ARTIFACT: &str = "clang-version-v1";

fn probe(path: &Path, from_env: bool, memo: Option<&Cache>) -> Result<Clang, ClangError> {
    let id = memo.and_then(|_| binary_identity(path));
    if let (Some(cache), Some(id)) = (memo, &id) {
        let text = cache
            .get_artifact(id, VERSION_ARTIFACT)
            .and_then(|b| String::from_utf8(b).ok());
        if let Some(text) = text {
            if let Some(version) = parse_version(&text).filter(|v| v.major >= MIN_CLANG_MAJOR) {
                return Ok(Clang {
                    path: path.to_path_buf(),
                    version,
                    version_text: text,
                });
            }
        }
    }
    let clang = probe_uncached(path, from_env)?;
    if let (Some(cache), Some(id)) = (memo, &id) {
        // Best effort: a failed write only costs the next run one `--version`.
        let _ = cache.put_artifact(id, VERSION_ARTIFACT, clang.version_text.as_bytes());
    }
    Ok(clang)
}

fn probe_uncached(path: &Path, from_env: bool) -> Result<Clang, ClangError> {
    let shown = path.display().to_string();
    let out = Command::new(path)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| ClangError::NotRunnable {
            path: shown.clone(),
            error: e.to_string(),
            from_env,
        })?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(ClangError::NotRunnable {
            path: shown,
            error: format!("{} {}", out.status, err.trim()),
            from_env,
        });
    }
    let Some(version) = parse_version(&text) else {
        return Err(ClangError::NotClang {
            path: shown,
            first_line: text.lines().next().unwrap_or("").to_string(),
            from_env,
        });
    };
    if version.major < MIN_CLANG_MAJOR {
        return Err(ClangError::TooOld {
            path: shown,
            version,
        });
    }
    Ok(Clang {
        path: path.to_path_buf(),
        version,
        version_text: text,
    })
}

/// Finds clang: `FFISCOPE_CLANG` if set (a path, or a name looked up on `PATH`; no fallback
/// if it is unusable); else the newest `clang-N` on `PATH` with N >= 15 that runs; else
/// `clang` on `PATH`. The version must be at least [`MIN_CLANG_MAJOR`].
pub fn find_clang() -> Result<Clang, ClangError> {
    let env = std::env::var_os(CLANG_ENV);
    let path = std::env::var_os("PATH");
    find_clang_with(env.as_deref(), path.as_deref())
}

/// [`find_clang`], remembering each compiler binary's `--version` output in `cache` (keyed
/// by the binary's path, size, mtime and inode), so that a warm run spawns no process
/// here: `clang --version` costs 30-100 ms, most of a warm run.
pub fn find_clang_cached(cache: &Cache) -> Result<Clang, ClangError> {
    let env = std::env::var_os(CLANG_ENV);
    let path = std::env::var_os("PATH");
    find_clang_in(env.as_deref(), path.as_deref(), Some(cache))
}

/// [`find_clang`] with explicit values for `FFISCOPE_CLANG` and `PATH`.
pub fn find_clang_with(
    env_clang: Option<&OsStr>,
    path_var: Option<&OsStr>,
) -> Result<Clang, ClangError> {
    find_clang_in(env_clang, path_var, None)
}

/// [`find_clang_with`], with `--version` outputs remembered in `cache` when given.
pub fn find_clang_in(
    env_clang: Option<&OsStr>,
    path_var: Option<&OsStr>,
    memo: Option<&Cache>,
) -> Result<Clang, ClangError> {
    let dirs: Vec<PathBuf> = path_var
        .map(|p| std::env::split_paths(p).collect())
        .unwrap_or_default();
    if let Some(name) = env_clang.filter(|v| !v.is_empty()) {
        let p = Path::new(name);
        let resolved = if p.components().count() > 1 || p.is_absolute() {
            Some(p.to_path_buf())
        } else {
            dirs.iter().map(|d| d.join(name)).find(|c| is_executable(c))
        };
        return match resolved {
            Some(p) => probe(&p, true, memo),
            None => Err(ClangError::NotRunnable {
                path: name.to_string_lossy().into_owned(),
                error: "not found on PATH".into(),
                from_env: true,
            }),
        };
    }
    let mut candidates: Vec<(u32, PathBuf)> = Vec::new();
    for d in &dirs {
        let Ok(rd) = std::fs::read_dir(d) else {
            continue;
        };
        for e in rd.flatten() {
            let name = e.file_name();
            let Some(n) = versioned_clang(&name) else {
                continue;
            };
            if candidates.iter().any(|(m, _)| *m == n) {
                continue; // earlier on PATH wins
            }
            let p = e.path();
            if is_executable(&p) {
                candidates.push((n, p));
            }
        }
    }
    candidates.sort_by_key(|c| std::cmp::Reverse(c.0));
    let mut first_err: Option<ClangError> = None;
    for (_, p) in candidates.iter().filter(|(n, _)| *n >= MIN_CLANG_MAJOR) {
        match probe(p, false, memo) {
            Ok(c) => return Ok(c),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    if let Some(p) = dirs
        .iter()
        .map(|d| d.join("clang"))
        .find(|c| is_executable(c))
    {
        match probe(&p, false, memo) {
            Ok(c) => return Ok(c),
            Err(e) => {
                // A too-old `clang` says more than a broken `clang-N`.
                if matches!(e, ClangError::TooOld { .. }) || first_err.is_none() {
                    first_err = Some(e);
                }
            }
        }
    }
    if let Some(e) = first_err {
        return Err(e);
    }
    if let Some((n, p)) = candidates.first() {
        // Only versioned clangs older than the minimum were found.
        return Err(ClangError::TooOld {
            path: p.display().to_string(),
            version: Version {
                major: *n,
                minor: 0,
                patch: 0,
            },
        });
    }
    Err(ClangError::NotFound {
        looked_for: format!("clang-N with N >= {MIN_CLANG_MAJOR}, then clang, on PATH"),
    })
}

/// `clang-19` → 19; anything else (`clang-cl`, `clang-19-extra`) → None.
fn versioned_clang(name: &OsString) -> Option<u32> {
    let s = name.to_str()?;
    let digits = s.strip_prefix("clang-")?;
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn is_executable(p: &Path) -> bool {
    let Ok(m) = std::fs::metadata(p) else {
        return false;
    };
    if !m.is_file() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        m.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(major: u32, minor: u32, patch: u32) -> Option<Version> {
        Some(Version {
            major,
            minor,
            patch,
        })
    }

    #[test]
    fn real_version_outputs() {
        let cases: &[(&str, Option<Version>)] = &[
            (
                "Debian clang version 19.1.7 (3~deb12u1)\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /usr/lib/llvm-19/bin",
                v(19, 1, 7),
            ),
            (
                "Debian clang version 16.0.6 (15~deb12u1)\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /usr/bin",
                v(16, 0, 6),
            ),
            (
                "Ubuntu clang version 18.1.3 (1ubuntu1)\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /usr/bin",
                v(18, 1, 3),
            ),
            (
                "Ubuntu clang version 14.0.0-1ubuntu1.1\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /usr/bin",
                v(14, 0, 0),
            ),
            (
                "clang version 17.0.6\nTarget: x86_64-unknown-linux-gnu\nThread model: posix\nInstalledDir: /opt/llvm/bin",
                v(17, 0, 6),
            ),
            (
                "clang version 15.0.7 (Fedora 15.0.7-2.fc37)\nTarget: x86_64-redhat-linux-gnu",
                v(15, 0, 7),
            ),
            (
                "clang version 20.0.0git (https://github.com/llvm/llvm-project.git 1b2c3d)\nTarget: aarch64-unknown-linux-gnu",
                v(20, 0, 0),
            ),
            (
                "Homebrew clang version 18.1.8\nTarget: arm64-apple-darwin23.6.0\nThread model: posix\nInstalledDir: /opt/homebrew/opt/llvm/bin",
                v(18, 1, 8),
            ),
            (
                "FreeBSD clang version 16.0.6 (https://github.com/llvm/llvm-project.git llvmorg-16.0.6-0-g7cbf1a259152)\nTarget: x86_64-unknown-freebsd14.0",
                v(16, 0, 6),
            ),
            (
                "Android (11349228, +pgo, +bolt, +lto, -mlgo, based on r487747e) clang version 17.0.2 (https://android.googlesource.com/toolchain/llvm-project d9f89f4d16663d5012e5c09495f3b30ece3d2362)",
                v(17, 0, 2),
            ),
            (
                "Apple clang version 15.0.0 (clang-1500.3.9.4)\nTarget: arm64-apple-darwin23.4.0\nThread model: posix\nInstalledDir: /Library/Developer/CommandLineTools/usr/bin",
                v(16, 0, 0),
            ),
            (
                "Apple clang version 14.0.3 (clang-1403.0.22.14.1)\nTarget: arm64-apple-darwin22.5.0",
                v(15, 0, 0),
            ),
            (
                "Apple clang version 14.0.0 (clang-1400.0.29.202)\nTarget: x86_64-apple-darwin21.6.0",
                v(14, 0, 0),
            ),
            (
                "Apple clang version 16.0.0 (clang-1600.0.26.3)\nTarget: arm64-apple-darwin24.0.0",
                v(17, 0, 0),
            ),
            ("Apple LLVM version 10.0.0 (clang-1000.11.45.5)", v(10, 0, 0)),
            ("clang version 19\n", v(19, 0, 0)),
            ("gcc (Debian 12.2.0-14) 12.2.0\nCopyright (C) 2022", None),
            ("", None),
            ("clang version \n", None),
            ("clang version 99999999999999999999.1", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_version(text), *want, "{text}");
        }
    }

    #[test]
    fn versioned_names() {
        assert_eq!(versioned_clang(&"clang-19".into()), Some(19));
        assert_eq!(versioned_clang(&"clang-cl".into()), None);
        assert_eq!(versioned_clang(&"clang-".into()), None);
        assert_eq!(versioned_clang(&"clang-19-x".into()), None);
        assert_eq!(versioned_clang(&"clang".into()), None);
    }
}
