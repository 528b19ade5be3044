//! Checks of the built-in data files as a whole: they parse, every entry is cited and
//! complete, names are unique, the models agree with each other, and the functions the
//! engine meets most often are covered.

use std::collections::HashSet;

use ffiscope_models::{
    is_pointer_type, CallbackArg, Models, MtSafety, Retained, Returns, Verdict, BUILTIN_FILES,
};

fn models() -> &'static Models {
    Models::builtin()
}

#[test]
fn tables_parse() {
    if let Err(e) = Models::try_builtin() {
        panic!("{e}");
    }
    let m = models();
    assert!(m.functions().len() >= 400, "{}", m.functions().len());
    assert!(m.intrinsics().len() >= 30, "{}", m.intrinsics().len());
    assert!(m.threads().len() >= 300, "{}", m.threads().len());
    assert_eq!(m.sources().len(), BUILTIN_FILES.len());
    assert!(m.describe().contains("man-pages 6.03"), "{}", m.describe());
}

#[test]
fn every_entry_cites_a_source() {
    let m = models();
    for f in m.functions().iter().chain(m.intrinsics()) {
        assert!(!f.source.trim().is_empty(), "{}", f.name);
    }
    for t in m.threads() {
        assert!(!t.source.trim().is_empty(), "{}", t.name);
    }
}

/// The built-in files give every parameter a C (or IR) type, so the loader can check
/// that exactly the pointer parameters state pointer facts.
#[test]
fn every_builtin_param_has_a_type_and_pointers_state_their_facts() {
    let m = models();
    for f in m.functions().iter().chain(m.intrinsics()) {
        for (i, p) in f.params.iter().enumerate() {
            let ty =
                p.ty.as_deref()
                    .unwrap_or_else(|| panic!("{} param {i} ({}) has no type", f.name, p.name));
            assert_eq!(
                is_pointer_type(ty),
                p.pointer.is_some(),
                "{} param {i} ({}: {ty})",
                f.name,
                p.name
            );
        }
    }
}

#[test]
fn names_are_unique() {
    let m = models();
    let mut seen = HashSet::new();
    for f in m.functions() {
        for n in std::iter::once(&f.name).chain(&f.aliases) {
            assert!(seen.insert(n.clone()), "function name `{n}` declared twice");
        }
    }
    let mut seen = HashSet::new();
    for f in m.intrinsics() {
        for n in std::iter::once(&f.name).chain(&f.aliases) {
            assert!(
                seen.insert(n.clone()),
                "intrinsic name `{n}` declared twice"
            );
        }
    }
    let mut seen = HashSet::new();
    for t in m.threads() {
        assert!(
            seen.insert(t.name.clone()),
            "thread entry `{}` twice",
            t.name
        );
    }
}

/// The functions the brief asks for, and the glibc spellings clang emits for them.
#[test]
fn required_functions_are_modelled() {
    let required = "memcpy memmove memset memcmp memchr memrchr strlen strnlen strcmp strncmp
        strcasecmp strncasecmp strcpy strncpy stpcpy strcat strncat strchr strrchr strstr strpbrk
        strspn strcspn strtok strtok_r strdup strndup strerror strerror_r strcoll strxfrm malloc
        calloc realloc reallocarray free aligned_alloc posix_memalign qsort bsearch atexit
        at_quick_exit signal sigaction exit _exit abort setjmp longjmp _setjmp __sigsetjmp
        siglongjmp getenv setenv unsetenv putenv fopen fdopen fclose fread fwrite fgets fputs
        fputc fgetc fflush fseek ftell fprintf printf sprintf snprintf vsnprintf vfprintf sscanf
        fscanf puts perror setvbuf setbuf open close read write pread pwrite lseek stat fstat
        access unlink rename mkdir opendir readdir closedir time gettimeofday clock_gettime
        localtime localtime_r gmtime gmtime_r mktime strftime asctime ctime atoi atol strtol
        strtoul strtoll strtoull strtod abs isalpha isdigit isspace isupper islower isalnum
        isxdigit isprint ispunct iscntrl isgraph toupper tolower rand srand rand_r
        __errno_location pthread_create pthread_join pthread_mutex_init pthread_mutex_lock
        pthread_mutex_unlock pthread_mutex_trylock pthread_mutex_destroy pthread_rwlock_init
        pthread_rwlock_rdlock pthread_rwlock_wrlock pthread_rwlock_unlock pthread_rwlock_destroy
        pthread_rwlock_tryrdlock pthread_rwlock_trywrlock pthread_spin_init pthread_spin_lock
        pthread_spin_unlock pthread_spin_trylock pthread_spin_destroy pthread_once
        pthread_key_create pthread_getspecific pthread_setspecific pthread_self mtx_init
        mtx_lock mtx_unlock mtx_trylock mtx_timedlock mtx_destroy call_once tss_create tss_get
        tss_set tss_delete dlopen dlsym dlclose dlerror mmap munmap getpid sysconf nanosleep
        usleep sleep select poll socket connect send recv getaddrinfo freeaddrinfo iconv_open
        iconv iconv_close __assert_fail __stack_chk_fail __ctype_b_loc __ctype_tolower_loc
        __ctype_toupper_loc __isoc99_sscanf __isoc99_fscanf __isoc99_scanf __isoc99_vsscanf
        __isoc23_sscanf __isoc23_strtol __isoc23_strtoul __isoc23_strtoll __isoc23_strtoull
        __fprintf_chk __printf_chk __sprintf_chk __snprintf_chk __vsnprintf_chk
        __vfprintf_chk __memcpy_chk __memmove_chk __memset_chk __strcpy_chk __strcat_chk
        __builtin___memcpy_chk __read_chk __fgets_chk __longjmp_chk __open_2 fopen64
        open64 stat64 fstat64 lseek64 mmap64 readdir64";
    let m = models();
    let missing: Vec<&str> = required
        .split_whitespace()
        .filter(|n| m.effect(n).is_none())
        .collect();
    assert!(missing.is_empty(), "no model for {missing:?}");
}

#[test]
fn required_intrinsics_are_modelled() {
    let m = models();
    for (name, model) in [
        ("llvm.memcpy.p0.p0.i64", "llvm.memcpy"),
        ("llvm.memcpy.p0i8.p0i8.i64", "llvm.memcpy"),
        ("llvm.memcpy.inline.p0.p0.i64", "llvm.memcpy"),
        ("llvm.memmove.p0.p0.i64", "llvm.memmove"),
        ("llvm.memset.p0.i64", "llvm.memset"),
        ("llvm.memset.inline.p0.i64", "llvm.memset"),
        ("llvm.dbg.declare", "llvm.dbg"),
        ("llvm.dbg.value", "llvm.dbg"),
        ("llvm.dbg.assign", "llvm.dbg"),
        ("llvm.lifetime.start.p0", "llvm.lifetime.start"),
        ("llvm.lifetime.end.p0i8", "llvm.lifetime.start"),
        ("llvm.va_start", "llvm.va_start"),
        ("llvm.va_start.p0", "llvm.va_start"),
        ("llvm.va_end.p0", "llvm.va_end"),
        ("llvm.va_copy.p0", "llvm.va_copy"),
        ("llvm.stacksave.p0", "llvm.stacksave"),
        ("llvm.stackrestore.p0", "llvm.stackrestore"),
        ("llvm.objectsize.i64.p0", "llvm.objectsize"),
        ("llvm.expect.i64", "llvm.expect"),
        ("llvm.expect.with.probability.i1", "llvm.expect"),
        ("llvm.fshl.i32", "llvm.fshl"),
        ("llvm.bswap.i32", "llvm.bswap"),
        ("llvm.ctpop.i64", "llvm.bswap"),
        ("llvm.ctlz.i32", "llvm.ctlz"),
        ("llvm.cttz.i64", "llvm.ctlz"),
        ("llvm.umul.with.overflow.i64", "llvm.smax"),
        ("llvm.sadd.with.overflow.i32", "llvm.smax"),
        ("llvm.trap", "llvm.trap"),
        ("llvm.assume", "llvm.assume"),
        ("llvm.threadlocal.address.p0", "llvm.threadlocal.address"),
        ("llvm.fabs.f64", "llvm.fabs"),
        ("llvm.fmuladd.f64", "llvm.fma"),
        (
            "llvm.experimental.constrained.fadd.f64",
            "llvm.experimental.constrained",
        ),
    ] {
        let f = m
            .effect(name)
            .unwrap_or_else(|| panic!("no model for {name}"));
        assert_eq!(f.name, model, "{name}");
    }
    assert!(m.effect("llvm.no.such.thing").is_none());
    let trap = m.effect("llvm.trap").unwrap();
    assert!(trap.noreturn);
    assert!(!m.effect("llvm.debugtrap").unwrap().noreturn);
}

#[test]
fn glibc_aliases_resolve_to_the_standard_model() {
    let m = models();
    for (alias, canonical) in [
        ("__isoc99_sscanf", "sscanf"),
        ("__isoc23_sscanf", "sscanf"),
        ("__isoc99_fscanf", "fscanf"),
        ("__isoc23_strtol", "strtol"),
        ("__memcpy_chk", "memcpy"),
        ("__builtin___memcpy_chk", "memcpy"),
        ("_setjmp", "setjmp"),
        ("siglongjmp", "longjmp"),
        ("__longjmp_chk", "longjmp"),
        ("fopen64", "fopen"),
        ("getc", "fgetc"),
        ("_IO_putc", "fputc"),
        ("__ctype_toupper_loc", "__ctype_tolower_loc"),
        ("\u{1}fopen64", "fopen"),
    ] {
        assert_eq!(m.canonical_name(alias), Some(canonical), "{alias}");
    }
    // `_chk` variants whose parameters shift are entries of their own.
    let f = m.effect("__fprintf_chk").unwrap();
    assert_eq!(f.name, "__fprintf_chk");
    assert_eq!(f.params.len(), 3);
    assert!(f.pointer(0).is_some() && f.pointer(1).is_none() && f.pointer(2).is_some());
}

#[test]
fn thread_safety_from_the_man_pages() {
    let m = models();
    let t = m.thread("strtok").unwrap();
    assert_eq!(t.mt, MtSafety::Unsafe);
    assert_eq!(t.tags, ["race:strtok"]);
    assert_eq!(t.page.as_deref(), Some("strtok(3)"));
    assert!(t.source.contains("man-pages"), "{}", t.source);

    let t = m.thread("strtok_r").unwrap();
    assert_eq!(t.mt, MtSafety::Safe);
    assert!(t.tags.is_empty());

    let t = m.thread("localtime").unwrap();
    assert_eq!(t.mt, MtSafety::Unsafe);
    assert_eq!(t.tags, ["race:tmbuf", "env", "locale"]);
    assert_eq!(t.page.as_deref(), Some("ctime(3)"));

    let t = m.thread("getenv").unwrap();
    assert_eq!(t.mt, MtSafety::Safe);
    assert_eq!(t.tags, ["env"]);

    let t = m.thread("localtime_r").unwrap();
    assert_eq!(
        (t.mt, t.tags.as_slice()),
        (
            MtSafety::Safe,
            &["env".to_string(), "locale".to_string()][..]
        )
    );
    let t = m.thread("ctime").unwrap();
    assert_eq!(t.tags, ["race:tmbuf", "race:asctime", "env", "locale"]);
    let t = m.thread("fputc_unlocked").unwrap();
    assert_eq!(
        (t.mt, t.tags.as_slice()),
        (MtSafety::Safe, &["race:stream".to_string()][..])
    );
    assert_eq!(m.thread("exit").unwrap().tags, ["race:exit"]);
    assert_eq!(m.thread("setlocale").unwrap().mt, MtSafety::Unsafe);
    assert_eq!(m.thread("rand").unwrap().mt, MtSafety::Safe);
    // A value that depends on the glibc version keeps the page's text.
    let t = m.thread("bindresvport").unwrap();
    assert_eq!(t.mt, MtSafety::Safe);
    assert!(t.note.as_deref().unwrap().contains("glibc"));
    // A stray space in error(3): "race: error_at_line/..." is one tag.
    let t = m.thread("error_at_line").unwrap();
    assert_eq!(t.tags[0], "race:error_at_line/error_one_per_line");
}

#[test]
fn thread_safety_through_aliases_and_hand_written_entries() {
    let m = models();
    assert_eq!(m.thread("__isoc99_sscanf").unwrap().name, "sscanf");
    assert_eq!(m.thread("__sprintf_chk").unwrap().name, "sprintf");
    assert_eq!(m.thread("__assert_fail").unwrap().name, "assert");
    let t = m.thread("pthread_mutex_lock").unwrap();
    assert_eq!(t.mt, MtSafety::Safe);
    assert!(t.source.contains("POSIX"));
    assert_eq!(
        m.thread("__pthread_mutex_lock").unwrap().name,
        "pthread_mutex_lock"
    );
    assert_eq!(m.thread("mtx_lock").unwrap().mt, MtSafety::Safe);
    assert_eq!(m.thread("signal").unwrap().mt, MtSafety::Unsafe);
    assert_eq!(m.thread("lgammaf").unwrap().tags, ["race:signgam"]);
    assert_eq!(m.thread("__errno_location").unwrap().mt, MtSafety::Safe);
    // The man page of the _unlocked variant wins over its effects alias.
    assert_eq!(m.thread("getc_unlocked").unwrap().tags, ["race:stream"]);
    // Unknown on purpose.
    assert!(m.thread("syscall").is_none());
}

/// Every modelled function has a thread-safety model, except those listed here on
/// purpose.
#[test]
fn every_function_has_a_thread_model() {
    let m = models();
    let unknown_on_purpose = ["syscall"];
    let missing: Vec<&str> = m
        .functions()
        .iter()
        .flat_map(|f| std::iter::once(&f.name).chain(&f.aliases))
        .map(String::as_str)
        .filter(|n| m.thread(n).is_none() && !unknown_on_purpose.contains(n))
        .collect();
    assert!(missing.is_empty(), "no thread model for {missing:?}");
}

/// The models agree with each other: deallocators are modelled and free their argument;
/// statics that are returned from or handed to callbacks are ones something stores into.
#[test]
fn models_are_consistent() {
    let m = models();
    let mut stored: HashSet<String> = HashSet::new();
    for f in m.functions() {
        stored.extend(f.globals.writes.iter().cloned());
        for p in f.params.iter().filter_map(|p| p.pointer.as_ref()) {
            if let Retained::Global(g) = &p.retained {
                stored.insert(g.clone());
            }
        }
    }
    for f in m.functions().iter().chain(m.intrinsics()) {
        let mut owned: Vec<&Returns> = vec![&f.returns];
        owned.extend(
            f.params
                .iter()
                .filter_map(|p| p.pointer.as_ref()?.out.as_ref()),
        );
        for r in owned {
            if let Returns::Owned { deallocator } = r {
                let d = m.effect(deallocator).unwrap_or_else(|| {
                    panic!("{}: deallocator {deallocator} not modelled", f.name)
                });
                let p0 = d
                    .pointer(0)
                    .unwrap_or_else(|| panic!("{deallocator} takes no pointer"));
                assert_ne!(p0.freed, Verdict::No, "{deallocator} does not free");
            }
        }
        if f.noreturn {
            assert!(matches!(f.returns, Returns::Void), "{}", f.name);
        }
        for g in &f.returns_global {
            assert!(stored.contains(g), "{}: nothing stores into `{g}`", f.name);
        }
        for p in f.params.iter().filter_map(|p| p.pointer.as_ref()) {
            for a in &p.callback_args {
                if let CallbackArg::Global(g) = a {
                    assert!(stored.contains(g), "{}: nothing stores into `{g}`", f.name);
                }
            }
            if p.callback.is_some() {
                assert_eq!(p.reads, ffiscope_models::Reads::No, "{}", f.name);
            }
        }
    }
}

/// The generated file is what the generator makes of this machine's man pages (when
/// they are the same version).
#[test]
fn generated_thread_file_is_up_to_date() {
    let crate_dir = std::fs::canonicalize(env!("CARGO_MANIFEST_DIR")).unwrap();
    let script = crate_dir.join("../../scripts/gen-libc-threads.py");
    if !script.exists() {
        eprintln!("skipped: {} not found", script.display());
        return;
    }
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/libc-threads.toml");
    let text = std::fs::read_to_string(data).unwrap();
    let installed = std::process::Command::new("dpkg-query")
        .args(["-W", "-f=${Version}", "manpages-dev"])
        .output();
    let Ok(installed) = installed else { return };
    let installed = String::from_utf8_lossy(&installed.stdout).to_string();
    if installed.is_empty()
        || !text.contains(&format!("manpages_package = \"manpages-dev {installed}\""))
    {
        eprintln!("skipped: manpages-dev {installed:?} differs from the generated file's");
        return;
    }
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg("--check")
        .arg("--out")
        .arg(data)
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: no python3");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
