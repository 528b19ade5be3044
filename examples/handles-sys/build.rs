fn main() {
    println!("cargo:rerun-if-changed=../handles/handles.c");
    println!("cargo:rerun-if-changed=../handles/handles.h");
    cc::Build::new()
        .file("../handles/handles.c")
        .include("../handles")
        .compile("handles");
}
