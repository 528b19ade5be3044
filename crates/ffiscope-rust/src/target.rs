//! What the analysis needs to know about the compilation target: C type widths, the
//! signedness of `char`, alignments, and the values of built-in cfgs.

use serde::{Deserialize, Serialize};

/// Target facts for layouts and cfg evaluation. Build one with [`TargetInfo::from_triple`]
/// or [`TargetInfo::host`]; every field is public so a caller can describe another target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetInfo {
    pub triple: String,
    pub arch: String,
    pub os: String,
    pub env: String,
    pub family: String,
    pub endian: String,
    pub pointer_bits: u32,
    /// Width of C `long` (64 on LP64, 32 on LLP64 and ILP32).
    pub long_bits: u32,
    /// C `char` is signed (x86, x86_64) or unsigned (aarch64 Linux, arm, riscv, powerpc).
    pub char_signed: bool,
    /// Alignment of 64-bit integers and `double` (4 on i686 Linux).
    pub i64_align: u64,
    /// Alignment of `i128`/`__int128`.
    pub i128_align: u64,
    /// Width of `wchar_t` in bits and its signedness.
    pub wchar_bits: u32,
    pub wchar_signed: bool,
}

impl TargetInfo {
    /// x86_64-unknown-linux-gnu (LP64, signed char).
    pub fn x86_64_linux() -> Self {
        TargetInfo {
            triple: "x86_64-unknown-linux-gnu".into(),
            arch: "x86_64".into(),
            os: "linux".into(),
            env: "gnu".into(),
            family: "unix".into(),
            endian: "little".into(),
            pointer_bits: 64,
            long_bits: 64,
            char_signed: true,
            i64_align: 8,
            i128_align: 16,
            wchar_bits: 32,
            wchar_signed: true,
        }
    }

    /// Target facts for a triple; `None` when the architecture is unknown to ffiscope.
    pub fn from_triple(triple: &str) -> Option<Self> {
        let mut parts = triple.split('-');
        let arch = parts.next()?.to_string();
        let rest: Vec<&str> = parts.collect();
        let os = if rest.contains(&"linux") {
            "linux"
        } else if rest.contains(&"windows") {
            "windows"
        } else if rest.contains(&"darwin") || rest.contains(&"apple") {
            "macos"
        } else if rest.contains(&"freebsd") {
            "freebsd"
        } else if rest.contains(&"android") || rest.contains(&"androideabi") {
            "android"
        } else {
            "none"
        };
        let env = if triple.ends_with("gnu") || triple.contains("-gnu") {
            "gnu"
        } else if triple.contains("musl") {
            "musl"
        } else if triple.contains("msvc") {
            "msvc"
        } else {
            ""
        };
        let family = if os == "windows" { "windows" } else { "unix" };
        let (pointer_bits, char_signed, i64_align) = match arch.as_str() {
            "x86_64" => (64, true, 8),
            "i686" | "i586" | "i386" => (32, true, if os == "windows" { 8 } else { 4 }),
            "aarch64" | "arm64" => (64, os == "macos" || os == "windows", 8),
            a if a.starts_with("arm") || a.starts_with("thumb") => (32, os == "macos", 8),
            "riscv64gc" | "riscv64" | "powerpc64" | "powerpc64le" | "s390x" => (64, false, 8),
            "loongarch64" => (64, true, 8),
            "wasm32" => (32, true, 8),
            _ => return None,
        };
        let long_bits = if os == "windows" { 32 } else { pointer_bits };
        let (wchar_bits, wchar_signed) = if os == "windows" {
            (16, false)
        } else {
            (32, arch != "aarch64" || os == "macos")
        };
        Some(TargetInfo {
            triple: triple.to_string(),
            arch: if arch == "arm64" {
                "aarch64".into()
            } else if arch.starts_with("i") && arch.ends_with("86") {
                "x86".into()
            } else if arch.starts_with("riscv64") {
                "riscv64".into()
            } else if arch.starts_with("arm") || arch.starts_with("thumb") {
                "arm".into()
            } else {
                arch
            },
            os: os.into(),
            env: env.into(),
            family: family.into(),
            endian: if triple.starts_with("powerpc64-") || triple.starts_with("s390x") {
                "big".into()
            } else {
                "little".into()
            },
            pointer_bits,
            long_bits,
            char_signed,
            i64_align,
            i128_align: if pointer_bits == 64 { 16 } else { 8 },
            wchar_bits,
            wchar_signed,
        })
    }

    /// The target ffiscope itself was built for, or x86_64 Linux when unknown.
    pub fn host() -> Self {
        let arch = std::env::consts::ARCH;
        let triple = match (arch, std::env::consts::OS) {
            (a, "linux") => format!("{a}-unknown-linux-gnu"),
            (a, "macos") => format!("{a}-apple-darwin"),
            (a, "windows") => format!("{a}-pc-windows-msvc"),
            (a, os) => format!("{a}-unknown-{os}"),
        };
        Self::from_triple(&triple).unwrap_or_else(Self::x86_64_linux)
    }

    pub fn pointer_bytes(&self) -> u64 {
        u64::from(self.pointer_bits / 8)
    }

    /// Natural alignment of an integer or float of `bits` bits.
    pub fn scalar_align(&self, bits: u32) -> u64 {
        match bits {
            0..=8 => 1,
            16 => 2,
            32 => 4,
            64 => self.i64_align,
            128 => self.i128_align,
            b => u64::from(b.div_ceil(8)),
        }
    }

    /// Value of a built-in `cfg` name/value pair for this target: `Some(true/false)` when the
    /// name is a target cfg, `None` when it is not one.
    pub fn cfg(&self, name: &str, value: Option<&str>) -> Option<bool> {
        let eq = |v: &str| Some(value == Some(v));
        match (name, value) {
            ("unix", None) => Some(self.family == "unix"),
            ("windows", None) => Some(self.family == "windows"),
            ("target_os", Some(_)) => eq(&self.os),
            ("target_arch", Some(_)) => eq(&self.arch),
            ("target_env", Some(_)) => eq(&self.env),
            ("target_family", Some(_)) => eq(&self.family),
            ("target_endian", Some(_)) => eq(&self.endian),
            ("target_pointer_width", Some(_)) => eq(&self.pointer_bits.to_string()),
            ("target_vendor", Some(v)) => Some(match v {
                "apple" => self.os == "macos",
                "pc" => self.os == "windows",
                "unknown" => self.os != "macos" && self.os != "windows",
                _ => false,
            }),
            ("target_has_atomic", Some(_)) => Some(true),
            ("panic", Some(v)) => Some(v == "unwind"),
            _ => None,
        }
    }
}

impl Default for TargetInfo {
    fn default() -> Self {
        Self::x86_64_linux()
    }
}
