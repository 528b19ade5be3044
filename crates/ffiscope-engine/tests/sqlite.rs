//! Acceptance on real code: the sqlite3 amalgamation of the libsqlite3-sys 0.30.1 crate
//! (fetched with cargo into the registry when it is not there yet), compiled with clang and
//! analysed whole. Checks the facts issue #4 names that hold today: `sqlite3_free` frees
//! its parameter (through the default `xFree` hook in `sqlite3GlobalConfig.m`),
//! `sqlite3_column_text` returns `borrowed`, `sqlite3_bind_text` keeps `zData` only when
//! the destructor is not `SQLITE_TRANSIENT` (`(void *)-1`), and a few more read in the
//! source.

mod common;

use common::pointer as ptr;
use ffiscope_facts::{Returns, Verdict};

#[test]
fn sqlite_acceptance() {
    let dir = common::crate_source("libsqlite3-sys", "0.30.1", "sqlite3/sqlite3.c").join("sqlite3");
    let clang = common::clang();
    let tmp = tempfile::tempdir().unwrap();
    let module = common::compile_ir(
        &clang,
        &dir.join("sqlite3.c"),
        &[],
        &tmp.path().join("sqlite3.ll"),
    );
    let fs = common::analyse(vec![module], &common::file_name);
    assert!(fs.len() > 250, "only {} functions", fs.len());

    let p = ptr(&fs, "sqlite3_free", "p");
    assert_eq!(p.freed, Verdict::Yes, "sqlite3_free p: {:?}", p.reasons);
    assert_eq!(
        p.null_ok,
        Verdict::Yes,
        "sqlite3_free returns early on NULL"
    );
    let column_text = fs.iter().find(|f| f.name == "sqlite3_column_text").unwrap();
    assert!(
        matches!(column_text.returns, Returns::Borrowed { .. }),
        "sqlite3_column_text returns {:?}",
        column_text.returns
    );
    // Destructors release their object through sqlite3_free and its hook.
    for (f, param) in [
        ("sqlite3_free_table", "azResult"),
        ("sqlite3_value_free", "pOld"),
        ("sqlite3_realloc", "pOld"),
        ("sqlite3_str_finish", "p"),
    ] {
        assert_eq!(ptr(&fs, f, param).freed, Verdict::Yes, "{f} {param}");
    }
    // sqlite3_bind_text keeps zData in the statement's `aVar[i-1].z` unless the destructor
    // is SQLITE_TRANSIENT, and calls the destructor on it when binding fails.
    for f in [
        "sqlite3_bind_text",
        "sqlite3_bind_blob",
        "sqlite3_bind_text64",
    ] {
        let z = ptr(&fs, f, "zData");
        assert_eq!(z.retained, Verdict::Yes, "{f} zData: {:?}", z.reasons);
        assert_eq!(
            z.condition.as_deref(),
            Some("only when `xDel` != (void *)-1"),
            "{f} zData"
        );
        assert_eq!(z.freed, Verdict::Yes, "{f} zData: {:?}", z.reasons);
        // Binding neither keeps nor frees the statement; a NULL statement is an API misuse
        // that vdbeUnbind's helper reports, so NULL is not a sure crash.
        let s = ptr(&fs, f, "pStmt");
        assert_eq!(s.retained, Verdict::No, "{f} pStmt: {:?}", s.reasons);
        assert_eq!(s.freed, Verdict::No, "{f} pStmt: {:?}", s.reasons);
        assert_ne!(s.null_ok, Verdict::No, "{f} pStmt");
    }
    // Out-parameters are not kept or freed.
    for param in ["pCurrent", "pHighwater"] {
        let out = ptr(&fs, "sqlite3_db_status", param);
        assert_eq!(out.retained, Verdict::No, "sqlite3_db_status {param}");
        assert_eq!(out.freed, Verdict::No, "sqlite3_db_status {param}");
    }
}
