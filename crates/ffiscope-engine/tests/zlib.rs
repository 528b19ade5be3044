//! Acceptance on real code: zlib 1.3 from the libz-sys 1.1.31 crate (fetched with cargo
//! into the registry when it is not there yet), compiled with clang, analysed whole.
//! Checks the facts issue #4 names: deflateInit2_ keeps `strm` at `->state->strm`,
//! adler32/crc32 neither keep nor write `buf`, deflateEnd does not free `strm`, inflate
//! writes through `strm`.

use std::path::{Path, PathBuf};

mod common;

use common::pointer as ptr;
use ffiscope_facts::{RetainedAt, Verdict};

fn zlib_dir() -> PathBuf {
    common::crate_source("libz-sys", "1.1.31", "src/zlib/deflate.c").join("src/zlib")
}

#[test]
fn zlib_acceptance() {
    let dir = zlib_dir();
    let clang = common::clang();
    let tmp = std::env::temp_dir().join(format!("ffiscope-zlib-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut srcs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    srcs.sort();
    let mut modules = Vec::new();
    for src in &srcs {
        let ll = tmp.join(Path::new(src.file_name().unwrap()).with_extension("ll"));
        modules.push(common::compile_ir(&clang, src, &["-DHAVE_UNISTD_H"], &ll));
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let started = std::time::Instant::now();
    let fs = common::analyse(modules, &common::file_name);
    let took = started.elapsed();
    assert!(took.as_secs() < 30, "zlib analysis took {took:?}");
    assert!(fs.len() > 80, "only {} functions", fs.len());

    let strm = ptr(&fs, "deflateInit2_", "strm");
    assert_eq!(strm.retained, Verdict::Yes);
    let at = strm
        .retained_at
        .iter()
        .find(|r| matches!(r, RetainedAt::Arg { arg: 0, path, .. } if path == "->state->strm"))
        .unwrap_or_else(|| {
            panic!(
                "deflateInit2_ strm not kept at ->state->strm: {:?}",
                strm.retained_at
            )
        });
    let ev = at.evidence();
    assert!(
        ev.iter()
            .any(|e| e.file == "deflate.c" && e.note.contains("s->strm = strm")),
        "evidence: {ev:?}"
    );
    for f in ["adler32", "crc32"] {
        let buf = ptr(&fs, f, "buf");
        assert_eq!(buf.retained, Verdict::No, "{f} buf retained");
        assert_eq!(buf.writes, Verdict::No, "{f} buf writes");
        assert_eq!(buf.reads, Verdict::Yes, "{f} buf reads");
    }
    let end = ptr(&fs, "deflateEnd", "strm");
    assert_ne!(end.freed, Verdict::Yes, "deflateEnd frees strm itself");
    assert_eq!(end.writes, Verdict::Yes);
    assert_eq!(ptr(&fs, "inflate", "strm").writes, Verdict::Yes);
    assert_eq!(ptr(&fs, "inflateEnd", "strm").freed, Verdict::No);
}
