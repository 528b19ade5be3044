//! Stand-in C/C++ compiler: appends the compile command to `$FFISCOPE_CC_LOG` (JSON lines)
//! and execs the real compiler (`$FFISCOPE_REAL_CC`, default `cc`; `$FFISCOPE_REAL_CXX`,
//! default `c++`, when started under a name ending in `++`).

fn main() {
    let mut args = std::env::args_os();
    let argv0 = args.next().unwrap_or_default();
    let code = ffiscope_rust::shim::run_shim(std::path::Path::new(&argv0), args.collect());
    std::process::exit(code);
}
