//! Entry point: the crash panel's panic hook, then the app mounted on the page.

mod app;
mod components;
mod crash;
mod echarts;
mod state;

fn main() {
    crash::install_panic_hook();
    crash::remove_boot_status();
    leptos::mount::mount_to_body(app::App);
}
