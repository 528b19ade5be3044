//! Memory settings for the analysis's allocation pattern.
//!
//! The engine allocates and frees many small sets from two threads. With transparent huge
//! pages (mimalloc asks for them), the kernel compacts and zeroes 2 MiB folios on first
//! touch and again after each purge: on sqlite3.c that was 1.0-1.7 s of system time next to
//! 4.2 s of user time, and varied run to run; with 4 KiB pages it is 0.3 s (BENCHMARKS.md,
//! run of 2026-12-07). Peak memory does not grow.

/// Turns off transparent huge pages for this process (Linux; elsewhere nothing to do).
pub fn tune_allocator() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process, which the kernel checks
    // at each page fault (so memory mapped before this call is covered too). On failure (an
    // old kernel) the default stays, which is only slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
