//! End-to-end test harness for the UPR dashboard: a recording static server on 127.0.0.1, a
//! browser driven through W3C WebDriver (fantoccini, no TLS) that uses that server as its
//! proxy so any request to another origin is caught, and page helpers keyed on `data-testid`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), String> {
//! let app = upr_e2e::App::start().await?; // serves <repo>/dist (or $UPR_E2E_DIST)
//! app.goto("/?view=map").await?;
//! app.wait_for("map-chart").await?;
//! app.finish().await // Err if there were foreign requests or window.__appErrors
//! # }
//! ```
//!
//! Env: `UPR_E2E_BROWSER` (`chromium` default, `firefox`, `webkit`), `UPR_E2E_DIST`;
//! binaries: `UPR_E2E_CHROMIUM`, `UPR_E2E_CHROMEDRIVER`, `UPR_E2E_FIREFOX`,
//! `UPR_E2E_GECKODRIVER`, `UPR_E2E_MINIBROWSER`, `UPR_E2E_WEBKITWEBDRIVER`;
//! `UPR_E2E_CHROMIUM_ARGS` (extra Chromium arguments).
//! Browsers run one at a time per test binary (a global async mutex), so plain
//! `cargo test -p upr-e2e` is safe.

mod app;
mod browser;
pub mod cdp;
mod chromium;
mod driver;
mod engine;
mod firefox;
pub mod http_client;
pub mod latency;
mod mime;
mod page;
mod request;
mod server;
mod tempdir;
mod uhri;
mod webkit;

pub use app::{app_wasm, chunk_file, dist_dir, fixture, repo_root, App, Fixture, DIST_ENV};
pub use browser::{
    Browser, DRIVER_READY_TIMEOUT, PAGE_LOAD_TIMEOUT, SCRIPT_TIMEOUT, SESSION_TIMEOUT,
};
pub use chromium::{chromium_args, CHROMEDRIVER_ENV, CHROMIUM_ARGS_ENV, CHROMIUM_ENV};
pub use driver::{free_port, DriverCommand, DriverProcess};
pub use engine::{proxy_capability, Engine, EngineLaunch, Setting, BROWSER_ENV};
pub use firefox::{firefox_prefs, FIREFOX_ENV, GECKODRIVER_ENV};
pub use mime::mime_type;
pub use page::{testid_selector, Page, COMMAND_TIMEOUT, WAIT_TIMEOUT};
pub use server::{gzip, Network, Override, RecordedRequest, StaticServer};
pub use tempdir::TempDir;
pub use uhri::{uhri_xlsx, uhri_xlsx_of};
pub use webkit::{minibrowser_args, MINIBROWSER_ENV, WEBKITWEBDRIVER_ENV};

pub use fantoccini;
pub use serde_json;
