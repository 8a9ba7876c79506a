//! The Leptos client-side app. `main.rs` only calls `start`; the modules are public so that the
//! wasm-bindgen tests in `tests/` can mount single components.

pub mod app;
pub mod browser;
pub mod chunks;
pub mod components;
pub mod crash;
pub mod download;
pub mod echarts;
pub mod import_worker;
pub mod media;
pub mod offline;
pub mod state;
pub mod storage;
pub mod tracker;

/// Installs the crash panel's panic hook and mounts the app on the page.
pub fn start() {
    crash::install_panic_hook();
    crash::remove_boot_status();
    leptos::mount::mount_to_body(app::App);
}
