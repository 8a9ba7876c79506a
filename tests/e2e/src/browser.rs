//! A WebDriver session (fantoccini over plain HTTP, no TLS) on a freshly started driver.
//!
//! Only one browser runs at a time in a test binary: [`Browser::launch`] waits for a global
//! async mutex, held until the `Browser` is dropped, so `cargo test` with its default parallel
//! test threads still runs the browsers one after another.

use std::time::Duration;

use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use tokio::sync::{Mutex, MutexGuard};

use crate::driver::DriverProcess;
use crate::engine::{Engine, Setting};
use crate::tempdir::TempDir;

/// Time allowed for the driver to answer `/status`.
pub const DRIVER_READY_TIMEOUT: Duration = Duration::from_secs(20);
/// Time allowed for `POST /session` (WebKit hangs there without a display).
pub const SESSION_TIMEOUT: Duration = Duration::from_secs(30);
/// WebDriver page-load timeout (navigation commands).
pub const PAGE_LOAD_TIMEOUT: Duration = Duration::from_secs(30);
/// WebDriver script timeout.
pub const SCRIPT_TIMEOUT: Duration = Duration::from_secs(10);
/// The window every engine starts with (Chromium also gets it as `--window-size`).
pub const WINDOW_SIZE: (u32, u32) = (1280, 900);

static ONE_BROWSER_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// A running browser. Dropping it kills the driver and the browser; [`Browser::close`] ends
/// the session politely first.
pub struct Browser {
    // Fields drop in this order: session handle, driver (kills the browser), profile, turn.
    client: Client,
    engine: Engine,
    version: String,
    driver: DriverProcess,
    _profile: TempDir,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    /// Starts `engine` with a fresh profile. With `proxy = Some("127.0.0.1:PORT")` every
    /// request to a non-loopback origin is sent to that HTTP proxy.
    pub async fn launch(engine: Engine, proxy: Option<&str>) -> Result<Self, String> {
        Self::launch_with(engine, proxy, &[]).await
    }

    /// [`launch`](Self::launch) with browser [`Setting`]s (e.g. WebAssembly or scripts off).
    pub async fn launch_with(
        engine: Engine,
        proxy: Option<&str>,
        settings: &[Setting],
    ) -> Result<Self, String> {
        let turn = ONE_BROWSER_AT_A_TIME.lock().await;
        let profile = TempDir::new(&format!("upr-e2e-{}", engine.name()))?;
        let launch = engine.launch_with(profile.path(), proxy, settings)?;
        let driver = DriverProcess::start(
            launch.driver_name,
            &launch.command,
            profile.path(),
            DRIVER_READY_TIMEOUT,
        )
        .await
        .map_err(|e| format!("{engine}: {e}"))?;

        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(launch.capabilities.clone());
        let client =
            match tokio::time::timeout(SESSION_TIMEOUT, builder.connect(&driver.url())).await {
                Ok(Ok(client)) => client,
                Ok(Err(e)) => {
                    return Err(format!(
                        "{engine}: cannot create a WebDriver session on {}: {e}\ndriver log:\n{}",
                        driver.url(),
                        driver.log_tail()
                    ))
                }
                Err(_) => {
                    return Err(format!(
                "{engine}: no WebDriver session within {SESSION_TIMEOUT:?} on {}\ndriver log:\n{}",
                driver.url(),
                driver.log_tail()
            ))
                }
            };
        let timeouts = TimeoutConfiguration::new(
            Some(SCRIPT_TIMEOUT),
            Some(PAGE_LOAD_TIMEOUT),
            Some(Duration::ZERO),
        );
        match tokio::time::timeout(Duration::from_secs(10), client.update_timeouts(timeouts)).await
        {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(format!("{engine}: cannot set WebDriver timeouts: {e}")),
            Err(_) => return Err(format!("{engine}: setting WebDriver timeouts timed out")),
        }
        let (width, height) = WINDOW_SIZE;
        match tokio::time::timeout(
            Duration::from_secs(10),
            client.set_window_size(width, height),
        )
        .await
        {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(format!("{engine}: cannot size the window: {e}")),
            Err(_) => return Err(format!("{engine}: sizing the window timed out")),
        }
        let version = version_of(&client);
        // Captured by the test runner and shown with a failing test's output.
        eprintln!(
            "browser: {engine} {version} through {} ({})",
            launch.driver_name,
            driver.url()
        );
        Ok(Self {
            client,
            engine,
            version,
            driver,
            _profile: profile,
            _turn: turn,
        })
    }

    /// The fantoccini client (cheap to clone).
    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The browser's name and version as its driver reports them, e.g. `firefox 128.5.0`.
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn driver(&self) -> &DriverProcess {
        &self.driver
    }

    /// Ends the WebDriver session (5 s at most), then stops the driver.
    pub async fn close(self) {
        let Self {
            client, mut driver, ..
        } = self;
        let _ = tokio::time::timeout(Duration::from_secs(5), client.close()).await;
        driver.kill();
    }
}

/// `browserName browserVersion` from the session's capabilities.
fn version_of(client: &Client) -> String {
    let caps = client.capabilities();
    let field = |name: &str| {
        caps.and_then(|c| c.get(name))
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string()
    };
    format!("{} {}", field("browserName"), field("browserVersion"))
}

impl std::fmt::Debug for Browser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Browser")
            .field("engine", &self.engine)
            .field("version", &self.version)
            .field("driver", &self.driver.url())
            .finish()
    }
}
