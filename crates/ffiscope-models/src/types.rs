//! Typed values of the model schema, parsed from the strings the data files use.
//!
//! Every type here implements [`FromStr`] and [`Display`](fmt::Display) with the exact
//! spelling of the data files (so `Display` round-trips), and `serde`'s `Deserialize` and
//! `Serialize` through that string form.

use std::fmt;
use std::str::FromStr;

/// A string that is not a valid value for a field; `expected` lists what is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    pub value: String,
    pub expected: &'static str,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid value `{}`; expected {}",
            self.value, self.expected
        )
    }
}

impl std::error::Error for ValueError {}

macro_rules! serde_via_str {
    ($t:ty, $what:literal) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $t;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$t, E> {
                        s.parse().map_err(|e: ValueError| E::custom(e))
                    }
                }
                d.deserialize_str(V)
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    };
}

macro_rules! keyword_enum {
    (
        $(#[$m:meta])*
        pub enum $name:ident { $( $(#[$vm:meta])* $var:ident = $s:literal, )+ }
        expected $exp:literal
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $( $(#[$vm])* $var, )+ }

        impl $name {
            /// The accepted spellings, for error messages.
            pub const EXPECTED: &'static str = $exp;
            /// The spelling used in the data files.
            pub fn as_str(self) -> &'static str {
                match self { $( Self::$var => $s, )+ }
            }
        }

        impl FromStr for $name {
            type Err = ValueError;
            fn from_str(s: &str) -> Result<Self, ValueError> {
                match s {
                    $( $s => Ok(Self::$var), )+
                    _ => Err(ValueError { value: s.to_string(), expected: $exp }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        serde_via_str!($name, $exp);
    };
}

keyword_enum! {
    /// Three-valued answer, as in FACTS.md: `yes`, `no` (a proof under the models), `maybe`.
    /// Used for `freed`, `freed_indirect`, `null_ok` and `returned`.
    pub enum Verdict {
        Yes = "yes",
        No = "no",
        Maybe = "maybe",
    }
    expected "one of \"yes\", \"no\", \"maybe\""
}

impl Verdict {
    /// `yes` or `maybe`: the caller must assume it can happen.
    pub fn may(self) -> bool {
        self != Verdict::No
    }
}

keyword_enum! {
    /// Whether the callee loads from memory reachable from a pointer parameter.
    pub enum Reads {
        /// Never reads through the pointer.
        No = "no",
        /// Reads the bytes of `*p` (its fields included), not through pointers stored there.
        Yes = "yes",
        /// Reads `*p` and follows pointers stored in it (`fputs` on a `FILE *` reads its
        /// buffer; `vfprintf` reads the strings its `va_list` points to).
        Deep = "deep",
        /// Unknown.
        Maybe = "maybe",
    }
    expected "one of \"yes\", \"no\", \"deep\", \"maybe\""
}

impl Reads {
    /// Anything but `no`.
    pub fn may(self) -> bool {
        self != Reads::No
    }
}

keyword_enum! {
    /// Whether (and how deep) the callee stores to memory reachable from a pointer parameter.
    pub enum Writes {
        No = "no",
        /// Stores to the bytes of `*p` itself, fields included.
        Direct = "direct",
        /// Stores only to memory reached through a pointer loaded from `*p`.
        Indirect = "indirect",
        /// Stores to `*p` and to memory reached through pointers stored in it (a `FILE *`
        /// written through: its fields and its buffer). FACTS.md depth: `direct`.
        Deep = "deep",
        Maybe = "maybe",
    }
    expected "one of \"no\", \"direct\", \"indirect\", \"deep\", \"maybe\""
}

impl Writes {
    /// Anything but `no`.
    pub fn may(self) -> bool {
        self != Writes::No
    }
}

keyword_enum! {
    /// How a function-pointer parameter is used (FACTS.md `callback`).
    pub enum Callback {
        /// Called during the call only (`qsort`'s `compar`).
        Called = "called",
        /// Kept and called later, maybe on another thread (`atexit`, `signal`, `pthread_create`).
        Stored = "stored",
        CalledAndStored = "called_and_stored",
        None = "none",
        Maybe = "maybe",
    }
    expected "one of \"called\", \"stored\", \"called_and_stored\", \"none\", \"maybe\""
}

keyword_enum! {
    /// What a variadic function does with pointers among its variadic arguments.
    pub enum Varargs {
        /// Variadic arguments are not dereferenced (`open`'s mode, `fcntl`'s int).
        None = "none",
        /// Pointers among them may be read, not written (`printf`'s `%s`).
        Reads = "reads",
        /// Pointers among them may be written (`scanf`'s conversions).
        Writes = "writes",
        Maybe = "maybe",
    }
    expected "one of \"none\", \"reads\", \"writes\", \"maybe\""
}

keyword_enum! {
    /// Synchronization performed on the object a parameter points to.
    pub enum SyncOp {
        /// Acquires exclusively (`pthread_mutex_lock`, `mtx_lock`, `pthread_spin_lock`).
        Lock = "lock",
        /// Releases (`pthread_mutex_unlock`, `pthread_rwlock_unlock`).
        Unlock = "unlock",
        /// Acquires if it returns 0 (`thrd_success` for C11 `mtx_trylock`).
        TryLock = "trylock",
        /// Acquires shared (`pthread_rwlock_rdlock`).
        RdLock = "rdlock",
        /// Acquires exclusively (`pthread_rwlock_wrlock`).
        WrLock = "wrlock",
        Init = "init",
        Destroy = "destroy",
        /// Runs a callback exactly once (`pthread_once`, `call_once`); `arg` is the flag.
        Once = "once",
        /// An atomic access to the object (libatomic's `__atomic_*` calls).
        Atomic = "atomic",
        /// Releases the lock `arg` points to while waiting and holds it again on return
        /// (`pthread_cond_wait`).
        Wait = "wait",
    }
    expected "one of \"lock\", \"unlock\", \"trylock\", \"rdlock\", \"wrlock\", \"init\", \"destroy\", \"once\", \"atomic\", \"wait\""
}

keyword_enum! {
    /// The manual's thread-safety verdict.
    pub enum MtSafety {
        /// MT-Safe (possibly with tags that state conditions).
        Safe = "safe",
        /// MT-Unsafe.
        Unsafe = "unsafe",
    }
    expected "one of \"safe\", \"unsafe\""
}

/// Where a pointer parameter may be kept after the call returns (FACTS.md `retained`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Retained {
    /// `"no"`.
    No,
    /// `"global:<name>"`: a static of the library, e.g. `strtok.state`, `environ`.
    Global(String),
    /// `"arg:<N>"`: memory reachable from argument N (`setvbuf` keeps `buf` in the FILE,
    /// `strtol` stores a pointer into `nptr` in `*endptr`).
    Arg(u32),
    /// `"thread"`: handed to a new thread (`pthread_create`'s `arg`).
    Thread,
    /// `"return"`: memory reachable from the return value.
    Return,
    /// `"maybe"`.
    Maybe,
}

impl Retained {
    pub const EXPECTED: &'static str =
        "one of \"no\", \"global:<name>\", \"arg:<N>\", \"thread\", \"return\", \"maybe\"";

    /// The three-valued `retained` fact.
    pub fn verdict(&self) -> Verdict {
        match self {
            Retained::No => Verdict::No,
            Retained::Maybe => Verdict::Maybe,
            _ => Verdict::Yes,
        }
    }
}

fn bad(s: &str, expected: &'static str) -> ValueError {
    ValueError {
        value: s.to_string(),
        expected,
    }
}

impl FromStr for Retained {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        let e = || bad(s, Retained::EXPECTED);
        Ok(match s {
            "no" => Retained::No,
            "thread" => Retained::Thread,
            "return" => Retained::Return,
            "maybe" => Retained::Maybe,
            _ => {
                if let Some(g) = s.strip_prefix("global:") {
                    if g.is_empty() || g.chars().any(char::is_whitespace) {
                        return Err(e());
                    }
                    Retained::Global(g.to_string())
                } else if let Some(n) = s.strip_prefix("arg:") {
                    Retained::Arg(parse_index(n).ok_or_else(e)?)
                } else {
                    return Err(e());
                }
            }
        })
    }
}

impl fmt::Display for Retained {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Retained::No => f.write_str("no"),
            Retained::Global(g) => write!(f, "global:{g}"),
            Retained::Arg(n) => write!(f, "arg:{n}"),
            Retained::Thread => f.write_str("thread"),
            Retained::Return => f.write_str("return"),
            Retained::Maybe => f.write_str("maybe"),
        }
    }
}

serde_via_str!(Retained, "a retained target");

/// What a function returns (FACTS.md `returns`); also what it stores through an out
/// parameter (`out`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Returns {
    /// `"scalar"`: not a pointer (or a pointer-sized integer handle).
    Scalar,
    /// `"void"`.
    Void,
    /// `"owned:<deallocator>"`: a fresh object the caller must release with `deallocator`.
    Owned { deallocator: String },
    /// `"alias:<N>[,<M>...]"` or `"alias:<N>|null"`: may point into memory reachable from
    /// the listed arguments; `or_null`: or is NULL.
    Alias { args: Vec<u32>, or_null: bool },
    /// `"static"`: static storage shared by all calls (`localtime`'s `struct tm`).
    Static,
    /// `"borrowed"`: library-owned storage (`getenv`'s string, `readdir`'s entry).
    Borrowed,
    /// `"maybe"`: unknown.
    Maybe,
}

impl Returns {
    pub const EXPECTED: &'static str = "one of \"scalar\", \"void\", \"owned:<deallocator>\", \"alias:<N>[,<M>...][|null]\", \"static\", \"borrowed\", \"maybe\"";

    /// The arguments an `Alias` may point into; empty for the other kinds.
    pub fn alias_args(&self) -> &[u32] {
        match self {
            Returns::Alias { args, .. } => args,
            _ => &[],
        }
    }
}

fn parse_index(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl FromStr for Returns {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        let e = || bad(s, Returns::EXPECTED);
        Ok(match s {
            "scalar" => Returns::Scalar,
            "void" => Returns::Void,
            "static" => Returns::Static,
            "borrowed" => Returns::Borrowed,
            "maybe" => Returns::Maybe,
            _ => {
                if let Some(d) = s.strip_prefix("owned:") {
                    if d.is_empty() || d.chars().any(char::is_whitespace) {
                        return Err(e());
                    }
                    Returns::Owned {
                        deallocator: d.to_string(),
                    }
                } else if let Some(rest) = s.strip_prefix("alias:") {
                    let (list, or_null) = match rest.strip_suffix("|null") {
                        Some(l) => (l, true),
                        None => (rest, false),
                    };
                    let mut args = Vec::new();
                    for n in list.split(',') {
                        let n = parse_index(n.trim()).ok_or_else(e)?;
                        if args.contains(&n) {
                            return Err(e());
                        }
                        args.push(n);
                    }
                    Returns::Alias { args, or_null }
                } else {
                    return Err(e());
                }
            }
        })
    }
}

impl fmt::Display for Returns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Returns::Scalar => f.write_str("scalar"),
            Returns::Void => f.write_str("void"),
            Returns::Owned { deallocator } => write!(f, "owned:{deallocator}"),
            Returns::Alias { args, or_null } => {
                f.write_str("alias:")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{a}")?;
                }
                if *or_null {
                    f.write_str("|null")?;
                }
                Ok(())
            }
            Returns::Static => f.write_str("static"),
            Returns::Borrowed => f.write_str("borrowed"),
            Returns::Maybe => f.write_str("maybe"),
        }
    }
}

serde_via_str!(Returns, "a return kind");

/// What a callback receives as one of its arguments (`callback_args`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallbackArg {
    /// `"arg:<N>"`: a pointer into memory reachable from the caller's argument N
    /// (`qsort`'s `compar` gets pointers into `base`: `["arg:0", "arg:0"]`).
    Arg(u32),
    /// `"global:<name>"`: a pointer retained earlier in that library static
    /// (`pthread_key_create`'s destructor gets the values stored by
    /// `pthread_setspecific`).
    Global(String),
    /// `"scalar"`: not a pointer.
    Scalar,
    /// `"maybe"`: unknown.
    Maybe,
}

impl CallbackArg {
    pub const EXPECTED: &'static str =
        "one of \"arg:<N>\", \"global:<name>\", \"scalar\", \"maybe\"";
}

impl FromStr for CallbackArg {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        let e = || bad(s, CallbackArg::EXPECTED);
        Ok(match s {
            "scalar" => CallbackArg::Scalar,
            "maybe" => CallbackArg::Maybe,
            _ => match s.parse::<Retained>() {
                Ok(Retained::Arg(n)) => CallbackArg::Arg(n),
                Ok(Retained::Global(g)) => CallbackArg::Global(g),
                _ => return Err(e()),
            },
        })
    }
}

impl fmt::Display for CallbackArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallbackArg::Arg(n) => write!(f, "arg:{n}"),
            CallbackArg::Global(g) => write!(f, "global:{g}"),
            CallbackArg::Scalar => f.write_str("scalar"),
            CallbackArg::Maybe => f.write_str("maybe"),
        }
    }
}

serde_via_str!(CallbackArg, "a callback argument");

/// The destination of a byte copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CopyTarget {
    /// `to = N`: the object argument N points to.
    Arg(u32),
    /// `to = "return"`: the object the return value points to (`realloc` moves the old
    /// contents, pointers included, into the new block).
    Return,
}

impl fmt::Display for CopyTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CopyTarget::Arg(n) => write!(f, "{n}"),
            CopyTarget::Return => f.write_str("return"),
        }
    }
}

/// One tag of a thread-safety annotation, parsed (see attributes(7)). The strings borrow
/// from [`ThreadModel::tags`](crate::ThreadModel::tags), which keeps them verbatim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ThreadTag<'a> {
    /// `race` or `race:<object>`. Under MT-Unsafe: unsynchronized internal data
    /// (`race:strtok`, `race:tmbuf`). Under MT-Safe: a race on a caller-supplied object
    /// (`race:stream`) is the caller's business. The object may carry a condition
    /// (`race:tmpnam/!s`: only when `s` is NULL).
    Race(Option<&'a str>),
    /// `const:<object>`: modifies `object` (locale, env, ...), which other functions read
    /// without locks; unsafe while other threads run.
    Const(&'a str),
    /// `sig:<SIGNAL>`: temporarily installs a handler for the signal.
    Sig(&'a str),
    /// `env`: reads the environment; unsafe only if it is modified concurrently.
    Env,
    /// `locale`: reads the locale; unsafe only if it is modified concurrently.
    Locale,
    /// `init`: unsafe initialization on first call.
    Init,
    /// `term`: changes terminal settings.
    Term,
    /// `hostid`: reads the host id.
    HostId,
    /// `sigintr`: reads the internal `_sigintr` structure.
    SigIntr,
    /// `timer`: uses `alarm`/`setitimer`.
    Timer,
    /// Anything else, verbatim.
    Other(&'a str),
}

impl<'a> ThreadTag<'a> {
    /// Parses one verbatim tag.
    pub fn parse(tag: &'a str) -> ThreadTag<'a> {
        if tag == "race" {
            return ThreadTag::Race(None);
        }
        if let Some(o) = tag.strip_prefix("race:") {
            return ThreadTag::Race(Some(o));
        }
        if let Some(o) = tag.strip_prefix("const:") {
            return ThreadTag::Const(o);
        }
        if let Some(o) = tag.strip_prefix("sig:") {
            return ThreadTag::Sig(o);
        }
        match tag {
            "env" => ThreadTag::Env,
            "locale" => ThreadTag::Locale,
            "init" => ThreadTag::Init,
            "term" => ThreadTag::Term,
            "hostid" => ThreadTag::HostId,
            "sigintr" => ThreadTag::SigIntr,
            "timer" => ThreadTag::Timer,
            other => ThreadTag::Other(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_round_trip() {
        for s in [
            "scalar",
            "void",
            "owned:free",
            "alias:0",
            "alias:0|null",
            "alias:0,2|null",
            "static",
            "borrowed",
            "maybe",
        ] {
            let r: Returns = s.parse().unwrap();
            assert_eq!(r.to_string(), s);
        }
        assert_eq!(
            "alias:1|null".parse::<Returns>().unwrap(),
            Returns::Alias {
                args: vec![1],
                or_null: true
            }
        );
        for bad in [
            "owned:",
            "alias:",
            "alias:x",
            "alias:0,0",
            "Scalar",
            "alias:-1",
        ] {
            assert!(bad.parse::<Returns>().is_err(), "{bad}");
        }
    }

    #[test]
    fn retained_round_trip() {
        for s in [
            "no",
            "global:strtok.state",
            "arg:0",
            "thread",
            "return",
            "maybe",
        ] {
            let r: Retained = s.parse().unwrap();
            assert_eq!(r.to_string(), s);
        }
        assert_eq!(Retained::Arg(3).verdict(), Verdict::Yes);
        assert!("global:".parse::<Retained>().is_err());
        assert!("arg:a".parse::<Retained>().is_err());
        assert!("yes".parse::<Retained>().is_err());
    }

    #[test]
    fn keywords() {
        assert_eq!("deep".parse::<Reads>().unwrap(), Reads::Deep);
        assert_eq!("indirect".parse::<Writes>().unwrap(), Writes::Indirect);
        assert_eq!(
            "called_and_stored".parse::<Callback>().unwrap(),
            Callback::CalledAndStored
        );
        let e = "yes".parse::<Writes>().unwrap_err();
        assert!(e.to_string().contains("direct"), "{e}");
    }

    #[test]
    fn thread_tags() {
        assert_eq!(
            ThreadTag::parse("race:strtok"),
            ThreadTag::Race(Some("strtok"))
        );
        assert_eq!(ThreadTag::parse("race"), ThreadTag::Race(None));
        assert_eq!(ThreadTag::parse("const:env"), ThreadTag::Const("env"));
        assert_eq!(ThreadTag::parse("sig:ALRM"), ThreadTag::Sig("ALRM"));
        assert_eq!(ThreadTag::parse("locale"), ThreadTag::Locale);
        assert_eq!(ThreadTag::parse("heap"), ThreadTag::Other("heap"));
    }
}
