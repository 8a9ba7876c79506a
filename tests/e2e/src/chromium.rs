//! Chromium through chromedriver (Debian `chromium` + `chromium-driver`).
//!
//! Besides the flags from ARCHITECTURE.md, Chromium 156 needs a few more to stay silent: with the
//! proxy in place every background request of the browser itself shows up as *foreign*. Measured
//! here (proxy log + net-log traffic annotations) with only the documented flags:
//! - `CONNECT start.duckduckgo.com` — the startup tab is the New Tab Page, and Debian's default
//!   search engine (DuckDuckGo) supplies it; fixed by the `session`/`homepage` prefs (about:blank).
//!   ChromeDriver prefixes every `args` entry with `--`, so a start URL cannot be passed as an arg.
//! - `CONNECT accounts.google.com` (`gaia_auth_list_accounts`) — `--gaia-url` is pointed at
//!   `127.0.0.1:9`, a port Chromium refuses to connect to, so nothing is sent at all.
//! - `POST update.googleapis.com/service/update2/json` (`update_client`, despite
//!   `--disable-component-update`) — `--disable-extensions` and `--component-updater=url-source=`
//!   the same dead address.
//! - `GET clients2.google.com/time/1/current` — feature `NetworkTimeServiceQuerying`.
//! - `optimizationguide-pa.googleapis.com` — feature `OptimizationHints`.
//!
//! ChromeDriver merges our `--disable-features` with its own (`IgnoreDuplicateNavs,Prewarm`).

use std::path::Path;

use fantoccini::wd::Capabilities;
use serde_json::json;

use crate::engine::{command, proxy_capability, EngineLaunch, Setting};

/// Override the browser binary (default `/usr/bin/chromium`).
pub const CHROMIUM_ENV: &str = "UPR_E2E_CHROMIUM";
/// Override the driver binary (default `/usr/bin/chromedriver`).
pub const CHROMEDRIVER_ENV: &str = "UPR_E2E_CHROMEDRIVER";
/// Extra Chromium arguments, separated by whitespace (for experiments).
pub const CHROMIUM_ARGS_ENV: &str = "UPR_E2E_CHROMIUM_ARGS";

/// An address Chromium never connects to (port 9 is on its list of restricted ports).
const DEAD_URL: &str = "http://127.0.0.1:9/";

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

/// The Chromium command-line arguments for a session with the profile dir `profile`.
pub fn chromium_args(profile: &Path) -> Vec<String> {
    let mut args: Vec<String> = vec![
        // ARCHITECTURE.md
        "--headless".into(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        format!("--user-data-dir={}", profile.display()),
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1".into(),
        "--window-size=1280,900".into(),
        // Background traffic that otherwise reaches the proxy (see the module docs).
        "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication"
            .into(),
        format!("--gaia-url={DEAD_URL}"),
        "--disable-extensions".into(),
        format!("--component-updater=url-source={DEAD_URL}"),
    ];
    if let Ok(extra) = std::env::var(CHROMIUM_ARGS_ENV) {
        args.extend(extra.split_whitespace().map(String::from));
    }
    args
}

/// Profile preferences: start on about:blank instead of the search engine's New Tab Page.
fn chromium_prefs() -> serde_json::Value {
    json!({
        "session": { "restore_on_startup": 4, "startup_urls": ["about:blank"] },
        "homepage": "about:blank",
        "homepage_is_newtabpage": false,
    })
}

/// The Chromium switches of `settings`.
fn setting_args(settings: &[Setting]) -> Vec<String> {
    settings
        .iter()
        .map(|s| match s {
            // V8 14 has no `--expose-wasm` any more; without a JIT there is no WebAssembly
            // (what Chrome's "V8 optimizer off" site setting and Edge's enhanced security do).
            Setting::NoWebAssembly => "--js-flags=--jitless".to_string(),
            Setting::NoJavaScript => "--blink-settings=scriptEnabled=false".to_string(),
        })
        .collect()
}

pub fn launch(profile: &Path, proxy: Option<&str>, settings: &[Setting]) -> EngineLaunch {
    let binary = env_or(CHROMIUM_ENV, "/usr/bin/chromium");
    let driver = env_or(CHROMEDRIVER_ENV, "/usr/bin/chromedriver");
    let mut args = chromium_args(profile);
    args.extend(setting_args(settings));
    let mut capabilities = Capabilities::new();
    capabilities.insert("browserName".into(), json!("chrome"));
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": binary,
            "args": args,
            "prefs": chromium_prefs(),
        }),
    );
    if let Some(proxy) = proxy {
        capabilities.insert("proxy".into(), proxy_capability(proxy));
    }
    EngineLaunch {
        driver_name: "chromedriver",
        command: Box::new(move |port| command(&driver, vec![format!("--port={port}")])),
        capabilities,
    }
}
