//! `cargo ffiscope [check options]`: cargo runs this as `cargo-ffiscope ffiscope ...`.

// As in the `ffiscope` binary: the engine's many small allocations are faster with mimalloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    if let Some(code) = ffiscope::shim::maybe_run_as_shim() {
        std::process::exit(code);
    }
    ffiscope::tune_allocator();
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "ffiscope") {
        args.remove(1);
    }
    std::process::exit(ffiscope::run_cargo(args));
}
