//! Which browser engine runs the tests, and what each one needs to start: the driver command
//! and the W3C capabilities. Add an engine by adding an arm to [`Engine::launch`] and a module
//! like `chromium.rs`.

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
        match self {
            Self::Chromium => Ok(crate::chromium::launch(profile, proxy)),
            // geckodriver (MOZ_DISABLE_NONLOCAL_CONNECTIONS=1) and WebKitWebDriver under
            // xvfb-run go here; see ARCHITECTURE.md.
            Self::Firefox | Self::Webkit => Err(format!("engine {} not set up yet", self.name())),
        }
    }
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
