//! Fixtures as data: each `fixtures/*.c` is compiled with clang to IR, analysed, and the
//! verdicts and thread model are compared with a snapshot (`snapshots/`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn clang() -> String {
    std::env::var("FFISCOPE_CLANG").unwrap_or_else(|_| "clang-19".into())
}

/// Compiles `fixtures/<name>.c` to IR (in a temporary directory) and parses it.
fn compile(name: &str) -> ffiscope_ir::Module {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    static SEQ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let seq = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out: PathBuf = std::env::temp_dir().join(format!(
        "ffiscope-threads-{}-{seq}-{name}.ll",
        std::process::id()
    ));
    let status = Command::new(clang())
        .current_dir(&dir)
        .args([
            "-S",
            "-emit-llvm",
            "-g",
            "-O0",
            "-Xclang",
            "-disable-O0-optnone",
            "-fno-discard-value-names",
        ])
        .arg(format!("{name}.c"))
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `{}` to compile the fixture {name}.c: {e}. These tests need clang \
                 (version 15 to 19) on PATH as clang-19, or set FFISCOPE_CLANG to its path.",
                clang()
            )
        });
    assert!(status.success(), "clang failed on fixtures/{name}.c");
    let text = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    ffiscope_ir::parse_module(&format!("{name}.ll"), text).unwrap()
}

fn run(name: &str) -> String {
    let prog = ffiscope_ir::Program::new(vec![compile(name)]);
    let basename = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    let opts = ffiscope_threads::Options {
        display_path: &basename,
        model: true,
        shapes: None,
    };
    let report =
        ffiscope_threads::analyze_with(&prog, ffiscope_models::Models::builtin(), &[], &opts);
    let mut out = String::new();
    for f in &report.functions {
        out.push_str(&serde_json::to_string_pretty(f).unwrap());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&ffiscope_threads::render_text(&report.model));
    out.push_str("\n--- model JSON ---\n");
    out.push_str(&serde_json::to_string_pretty(&report.model).unwrap());
    out
}

fn verdict_of(name: &str, func: &str) -> String {
    let prog = ffiscope_ir::Program::new(vec![compile(name)]);
    let report = ffiscope_threads::analyze(&prog, ffiscope_models::Models::builtin(), &[]);
    let f = report
        .functions
        .iter()
        .find(|f| f.name == func)
        .unwrap_or_else(|| panic!("{func} not in {name}"));
    serde_json::to_value(f.thread_safety.verdict)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

macro_rules! fixture {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(run(stringify!($name)));
        }
    )*};
}

fixture!(
    counter,
    mutex,
    caller_lock,
    atomic,
    tls,
    static_buf,
    libc_calls,
    getenv_only,
    init_table,
    unbalanced,
    lock_fn,
    recursive,
    trylock,
    lock_param,
    handles,
    callbacks,
    loops,
    unknown_ptrs,
    unlocked_stdio,
    lock_identity,
    tls_ptr,
    libc_callbacks,
    const_ptrs,
    free_and_init_shared,
    global_in_handle,
    callback_shared,
    recursive_walk,
    uintptr_round_trip,
);

/// The verdicts the fixtures exist for, stated outright (the snapshots hold the reasons).
#[test]
fn expected_verdicts() {
    let expect = [
        ("counter", "counter_inc", "unsafe"),
        ("counter", "counter_get", "unsafe"),
        ("mutex", "counter_inc", "safe"),
        ("mutex", "counter_get", "safe"),
        ("caller_lock", "add", "unsafe"), // races with peek_counter
        ("caller_lock", "read_total", "safe"),
        ("caller_lock", "peek_counter", "unsafe"),
        ("atomic", "hit", "safe"),
        ("atomic", "miss", "safe"),
        ("atomic", "stats", "safe"),
        ("tls", "enter", "safe"),
        ("tls", "last_error", "safe"),
        ("static_buf", "format_code", "unsafe"),
        ("static_buf", "code_name", "safe"),
        ("libc_calls", "count_words", "unsafe"),
        ("libc_calls", "count_words_r", "safe"),
        ("libc_calls", "hour_of", "unsafe"),
        ("libc_calls", "hour_of_r", "unsafe"), // env: races with set_config_home
        ("libc_calls", "config_home", "unsafe"),
        ("libc_calls", "set_config_home", "unsafe"),
        ("getenv_only", "debug_enabled", "safe"),
        ("init_table", "const_lookup", "safe"),
        ("init_table", "once_lookup", "safe"),
        ("init_table", "lazy_lookup", "unsafe"),
        ("unbalanced", "maybe_locked_inc", "maybe"),
        ("unbalanced", "locked_get", "maybe"),
        ("lock_fn", "lib_lock", "maybe"),
        ("lock_fn", "lib_unlock", "maybe"),
        ("lock_fn", "work", "safe"),
        ("lock_fn", "result", "safe"),
        ("recursive", "outer", "maybe"),
        ("trylock", "try_inc", "maybe"),
        ("lock_param", "locked_inc", "maybe"),
        ("lock_param", "inc", "maybe"),
        ("lock_param", "queue_push", "safe"),
        ("handles", "buf_push", "safe"),
        ("handles", "buf_len", "safe"),
        ("handles", "buf_copy", "safe"),
        // A handle field that holds a global's address (a store, or a static default).
        ("global_in_handle", "ctx_bump", "maybe"),
        ("global_in_handle", "cfg_bump", "maybe"),
        ("global_in_handle", "ctx_id", "safe"),
        ("global_in_handle", "cfg_level", "safe"),
        ("global_in_handle", "ctx_new", "safe"),
        ("global_in_handle", "buf_set", "safe"),
        ("global_in_handle", "meter_bump", "maybe"),
        ("global_in_handle", "probe_bump", "maybe"),
        ("global_in_handle", "gauge_bump", "maybe"),
        ("global_in_handle", "timer_bump", "maybe"),
        ("global_in_handle", "counter_bump", "maybe"),
        ("global_in_handle", "reader_get", "maybe"),
        ("global_in_handle", "sink_get", "maybe"),
        ("global_in_handle", "lanes_bump", "maybe"),
        ("global_in_handle", "routes_bump", "maybe"),
        ("global_in_handle", "slots_bump", "safe"),
        ("global_in_handle", "mirror_bump", "maybe"),
        ("global_in_handle", "relay_bump", "maybe"),
        ("global_in_handle", "fleet_bump", "maybe"),
        ("global_in_handle", "fleet_slot_bump", "maybe"),
        ("global_in_handle", "crowd_bump", "safe"),
        // The library's own mutable state handed to the caller's callback.
        ("callback_shared", "registry_visit", "maybe"),
        ("callback_shared", "registry_visit_hooked", "maybe"),
        ("callback_shared", "object_visit", "safe"),
        ("callback_shared", "table_visit", "safe"),
        ("callback_shared", "view_fire", "maybe"),
        ("callback_shared", "registry_walk", "maybe"),
        ("callback_shared", "registry_walk_init", "maybe"),
        ("callback_shared", "object_walk", "safe"),
        ("callback_shared", "registry_walk_helper", "maybe"),
        ("recursive_walk", "tree_walk", "safe"),
        ("uintptr_round_trip", "bump_through_unconst", "unsafe"),
        ("uintptr_round_trip", "fill_through_unconst", "safe"),
        ("uintptr_round_trip", "write_xor", "maybe"),
        ("callbacks", "via_parameter", "unsafe"),
        ("callbacks", "via_table", "unsafe"),
        ("callbacks", "with_callback", "safe"),
        ("callbacks", "square", "maybe"),
        // Loop-carried pointers and long chains: the deep path of their base.
        ("loops", "touch_all", "unsafe"),
        ("loops", "fill", "unsafe"),
        ("loops", "bump_deep", "unsafe"),
        ("loops", "push_back", "unsafe"),
        ("loops", "list_inc", "safe"),
        ("loops", "locked_count", "safe"),
        ("loops", "own_sum", "safe"),
        // Accesses through pointers the analysis cannot follow are never dropped.
        ("unknown_ptrs", "count", "unsafe"),
        ("unknown_ptrs", "get_ok", "unsafe"),
        ("unknown_ptrs", "run", "maybe"),
        ("unknown_ptrs", "hit", "maybe"),
        ("unknown_ptrs", "put", "maybe"),
        ("unknown_ptrs", "bump", "unsafe"),
        ("unknown_ptrs", "read_b", "unsafe"),
        ("unknown_ptrs", "poke", "maybe"),
        ("unknown_ptrs", "fresh", "safe"),
        ("unknown_ptrs", "own_init", "safe"),
        ("unlocked_stdio", "log_unlocked", "unsafe"),
        ("unlocked_stdio", "read_stdin", "unsafe"),
        ("unlocked_stdio", "log_locked", "safe"),
        ("unlocked_stdio", "put_own", "safe"),
        ("lock_identity", "striped_add", "maybe"),
        ("lock_identity", "tls_locked_inc", "unsafe"),
        ("lock_identity", "locked_inc", "safe"),
        ("tls_ptr", "hit", "maybe"),
        ("tls_ptr", "use_shared", "safe"),
        ("tls_ptr", "own_count", "safe"),
        ("deep_libc_args", "read_into_global", "maybe"),
        ("deep_libc_args", "bump_plugin_counter", "maybe"),
        ("deep_libc_args", "read_into", "maybe"),
        ("deep_libc_args", "count_fields", "safe"),
        // Freeing a global's block, initialising or destroying a global mutex.
        ("free_and_init_shared", "cache_drop", "unsafe"),
        ("free_and_init_shared", "lib_init", "unsafe"),
        ("free_and_init_shared", "lib_fini", "unsafe"),
        ("free_and_init_shared", "lib_init_once", "safe"),
        ("free_and_init_shared", "obj_init", "safe"),
        ("free_and_init_shared", "obj_free", "safe"),
        ("libc_callbacks", "sort_counted", "unsafe"),
        ("libc_callbacks", "start", "unsafe"),
        ("libc_callbacks", "parse", "unsafe"),
        ("libc_callbacks", "print_count", "unsafe"),
        ("libc_callbacks", "set_u", "unsafe"),
        ("libc_callbacks", "hi_u", "unsafe"),
        ("libc_callbacks", "sort_plain", "safe"),
        ("libc_callbacks", "parse_local", "safe"),
        ("libc_callbacks", "print_name", "safe"),
        ("const_ptrs", "inc_through_table", "unsafe"),
        ("const_ptrs", "name_of", "safe"),
        ("const_ptrs", "first_char", "safe"),
    ];
    let mut wrong = Vec::new();
    for (file, func, want) in expect {
        let got = verdict_of(file, func);
        if got != want {
            wrong.push(format!("{file}.c {func}: expected {want}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
