//! The app's WebAssembly is linked with its relocations kept, which wasm-split-cli needs to cut it
//! into chunks (scripts/split-wasm.sh). Only the app's own binary: the import worker and the
//! tests are not split.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=upr-dashboard=--emit-relocs");
    }
}
