//! WebKitGTK (the engine of Safari) through WebKitWebDriver (Debian `webkit2gtk-driver`), with
//! its MiniBrowser, on a virtual X display started by `xvfb-run` (Debian `xvfb`, `xauth`).
//!
//! The driver command is `xvfb-run -a -s "-screen 0 1400x1000x24" WebKitWebDriver --port=N`:
//! MiniBrowser needs a display, and without one the session request hangs instead of failing
//! (the session request has a time-out, [`crate::SESSION_TIMEOUT`]).
//!
//! Requests to other origins: see [`launch`].

use std::path::Path;

use fantoccini::wd::Capabilities;
use serde_json::json;

use crate::engine::{command, EngineLaunch, Setting};

/// Override the MiniBrowser binary (default: Debian's, under `/usr/lib/<multiarch>/`).
pub const MINIBROWSER_ENV: &str = "UPR_E2E_MINIBROWSER";
/// Override the driver binary (default `/usr/bin/WebKitWebDriver`).
pub const WEBKITWEBDRIVER_ENV: &str = "UPR_E2E_WEBKITWEBDRIVER";

const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// Debian's MiniBrowser, `/usr/lib/<multiarch triplet>/webkit2gtk-4.1/MiniBrowser`.
fn default_minibrowser() -> String {
    if Path::new(MINIBROWSER).is_file() {
        return MINIBROWSER.into();
    }
    std::fs::read_dir("/usr/lib")
        .ok()
        .and_then(|dir| {
            dir.flatten()
                .map(|e| e.path().join("webkit2gtk-4.1/MiniBrowser"))
                .find(|p| p.is_file())
        })
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| MINIBROWSER.into())
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

/// MiniBrowser's arguments: `--automation`, popups allowed (as they are under WebDriver in the
/// other engines; [`crate::Page::set_viewport`] needs one for a phone-sized window), the
/// Fullscreen API off (see below), and a WebKitSettings property per setting.
pub fn minibrowser_args(settings: &[Setting]) -> Vec<String> {
    let mut args = vec![
        "--automation".to_string(),
        "--javascript-can-open-windows-automatically=true".to_string(),
        // No window manager runs on the Xvfb display, so a fullscreen request never completes
        // and every later WebDriver command hangs; with the Fullscreen API off the page stays
        // in its window (as on an iPhone, whose Safari has no fullscreen for pages either).
        "--enable-fullscreen=false".to_string(),
    ];
    for s in settings {
        match s {
            Setting::NoJavaScript => args.push("--enable-javascript=false".into()),
            // A JavaScriptCore option, set through the environment (see `launch`).
            Setting::NoWebAssembly => {}
        }
    }
    args
}

/// WebKitWebDriver under `xvfb-run`, MiniBrowser in automation mode.
///
/// The proxy is MiniBrowser's own `--proxy`/`--ignore-host` options, not the W3C `proxy`
/// capability: WebKitGTK 2.50 applies the capability's `httpProxy` but not its `sslProxy` (an
/// `https://` fetch went straight to DNS instead of a `CONNECT` to the proxy), and when both are
/// given the capability wins. With `--proxy` every scheme goes through the recording server, so
/// a request to another origin fails the test as in the other engines (`harness.rs`,
/// `requests_to_other_origins_are_recorded_as_foreign`).
/// `Setting::NoWebAssembly` is JavaScriptCore's own switch `JSC_useWasm=false` in the
/// environment, which the web process inherits from the driver.
pub fn launch(_profile: &Path, proxy: Option<&str>, settings: &[Setting]) -> EngineLaunch {
    let binary = env_or(MINIBROWSER_ENV, &default_minibrowser());
    let driver = env_or(WEBKITWEBDRIVER_ENV, "/usr/bin/WebKitWebDriver");
    let mut args = minibrowser_args(settings);
    if let Some(proxy) = proxy {
        args.push(format!("--proxy=http://{proxy}"));
        args.push("--ignore-host=127.0.0.1".into());
        args.push("--ignore-host=localhost".into());
    }
    let mut capabilities = Capabilities::new();
    capabilities.insert(
        "webkitgtk:browserOptions".into(),
        json!({ "binary": binary, "args": args }),
    );
    let no_wasm = settings.contains(&Setting::NoWebAssembly);
    EngineLaunch {
        driver_name: "webkitwebdriver",
        command: Box::new(move |port| {
            let mut cmd = command(
                "xvfb-run",
                vec![
                    "-a".into(),
                    "-s".into(),
                    "-screen 0 1400x1000x24".into(),
                    driver.clone(),
                    format!("--port={port}"),
                ],
            );
            if no_wasm {
                cmd.envs.push(("JSC_useWasm".into(), "false".into()));
            }
            cmd
        }),
        capabilities,
    }
}
