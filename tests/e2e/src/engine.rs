//! Which browser engine runs the tests, and what each one needs to start: the driver command
//! and the W3C capabilities. Each engine has its module: `chromium.rs` (chromedriver),
//! `firefox.rs` (geckodriver), `webkit.rs` (WebKitWebDriver under xvfb-run).

use std::path::Path;

use fantoccini::wd::Capabilities;
use serde_json::json;

use crate::driver::DriverCommand;

/// The env var choosing the engine: `chromium` (default), `firefox`, `webkit`.
pub const BROWSER_ENV: &str = "UPR_E2E_BROWSER";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    Webkit,
}

/// A browser setting a test can ask for, made with each engine's own switch (never by changing
/// the page): what users of old or locked-down browsers have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// No WebAssembly: Chromium `--js-flags=--jitless` (V8 without its JIT has no WebAssembly,
    /// as with Chrome's "V8 optimizer" site setting off), Firefox pref
    /// `javascript.options.wasm=false`, WebKit `JSC_useWasm=false` (as in Safari's
    /// Lockdown Mode).
    NoWebAssembly,
    /// Scripts off: Chromium `--blink-settings=scriptEnabled=false`, Firefox pref
    /// `javascript.enabled=false`, WebKit MiniBrowser `--enable-javascript=false`.
    NoJavaScript,
}

/// Everything needed to start one engine.
pub struct EngineLaunch {
    /// For messages and log file names, e.g. `chromedriver`.
    pub driver_name: &'static str,
    /// The driver command line for a given port.
    pub command: Box<dyn Fn(u16) -> crate::driver::DriverCommand + Send + Sync>,
    pub capabilities: Capabilities,
}

impl Engine {
    /// The engine named by `UPR_E2E_BROWSER`, Chromium when unset or empty.
    pub fn from_env() -> Result<Self, String> {
        match std::env::var(BROWSER_ENV) {
            Ok(name) if !name.trim().is_empty() => Self::parse(&name),
            _ => Ok(Self::Chromium),
        }
    }

    pub fn parse(name: &str) -> Result<Self, String> {
        match name.trim().to_ascii_lowercase().as_str() {
            "chromium" | "chrome" => Ok(Self::Chromium),
            "firefox" | "gecko" => Ok(Self::Firefox),
            "webkit" | "webkitgtk" => Ok(Self::Webkit),
            other => Err(format!(
                "unknown browser engine {other:?} in {BROWSER_ENV}: use chromium, firefox or webkit"
            )),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Chromium => "chromium",
            Self::Firefox => "firefox",
            Self::Webkit => "webkit",
        }
    }

    /// The driver command and capabilities for this engine, with a fresh `profile` dir and
    /// all non-loopback traffic sent to the HTTP proxy `proxy` (`127.0.0.1:PORT`) if given.
    pub fn launch(self, profile: &Path, proxy: Option<&str>) -> Result<EngineLaunch, String> {
        self.launch_with(profile, proxy, &[])
    }

    /// [`launch`](Self::launch) with browser [`Setting`]s.
    pub fn launch_with(
        self,
        profile: &Path,
        proxy: Option<&str>,
        settings: &[Setting],
    ) -> Result<EngineLaunch, String> {
        Ok(match self {
            Self::Chromium => crate::chromium::launch(profile, proxy, settings),
            Self::Firefox => crate::firefox::launch(profile, proxy, settings),
            Self::Webkit => crate::webkit::launch(profile, proxy, settings),
        })
    }

    /// Every engine, in the order `scripts/test.sh` runs them.
    pub const ALL: [Engine; 3] = [Self::Chromium, Self::Firefox, Self::Webkit];
}

impl std::fmt::Display for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The W3C `proxy` capability: HTTP and HTTPS through `authority`; loopback stays direct.
pub fn proxy_capability(authority: &str) -> serde_json::Value {
    json!({
        "proxyType": "manual",
        "httpProxy": authority,
        "sslProxy": authority,
        "noProxy": ["127.0.0.1", "localhost"],
    })
}

/// Builds a [`DriverCommand`] from a program and arguments.
pub fn command(program: impl AsRef<Path>, args: Vec<String>) -> DriverCommand {
    DriverCommand {
        program: program.as_ref().to_path_buf(),
        args,
        envs: Vec::new(),
    }
}
