// The engine allocates many small, short-lived sets and vectors from several threads:
// mimalloc is markedly faster than glibc's allocator at that (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // `cargo ffiscope` builds the crate with this binary as its C compiler.
    if let Some(code) = ffiscope::shim::maybe_run_as_shim() {
        std::process::exit(code);
    }
    ffiscope::tune_allocator();
    std::process::exit(ffiscope::run(std::env::args_os().collect()));
}
