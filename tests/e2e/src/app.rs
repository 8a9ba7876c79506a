//! One test's world: a static server for a directory and a browser that uses it as its proxy.

use std::ops::Deref;
use std::path::{Path, PathBuf};

use crate::browser::Browser;
use crate::engine::{Engine, Setting};
use crate::page::Page;
use crate::server::StaticServer;

/// The env var that points the app tests at another build (default `<repo>/dist`).
pub const DIST_ENV: &str = "UPR_E2E_DIST";

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// `UPR_E2E_DIST` or `<repo>/dist`.
pub fn dist_dir() -> PathBuf {
    match std::env::var_os(DIST_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => repo_root().join("dist"),
    }
}

/// The app's WebAssembly in a build, by file name: the main module (`upr-dashboard_bg.wasm`) and
/// the chunks split off it (`split_<part>.<hash>.wasm`, and `chunk_<n>.<hash>.wasm` for code
/// several parts share). Panics where the build has no main module.
pub fn app_wasm(dist: &Path) -> Vec<(String, Vec<u8>)> {
    let main = "upr-dashboard_bg.wasm";
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dist)
        .unwrap_or_else(|e| panic!("{dist:?}: {e}"))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| {
            name == main
                || (name.ends_with(".wasm")
                    && (name.starts_with("split_") || name.starts_with("chunk_")))
        })
        .map(|name| {
            let bytes = std::fs::read(dist.join(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, bytes)
        })
        .collect();
    files.sort();
    assert!(
        files.iter().any(|(name, _)| name == main),
        "no {main} in {dist:?}"
    );
    files
}

/// The file name of a part's chunk in a build (`split_<part>.<hash>.wasm`): `part` is `charts`,
/// `recommendations`, `map`, `consultations`, `data`, `presenter`, `deck` or `assess`.
pub fn chunk_file(dist: &Path, part: &str) -> String {
    let prefix = format!("split_{part}.");
    let names: Vec<String> = app_wasm(dist)
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| name.starts_with(&prefix))
        .collect();
    match names.as_slice() {
        [one] => one.clone(),
        _ => panic!("one {prefix}<hash>.wasm in {dist:?}, found {names:?}"),
    }
}

/// `<repo>/tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests").join("fixtures").join(name)
}

/// Server + browser for one test. Derefs to [`Page`], so `app.goto("/")` etc. work directly.
/// Dropping it stops the browser, then the server.
pub struct App {
    // Drop order: page (a session handle), browser, server (last: the browser may still call it).
    page: Page,
    browser: Browser,
    server: StaticServer,
}

/// Another name for [`App`].
pub type Fixture = App;

impl App {
    /// The built app (`dist_dir()`) in the engine chosen by `UPR_E2E_BROWSER`.
    pub async fn start() -> Result<Self, String> {
        Self::start_with(&[]).await
    }

    /// The built app in the engine chosen by `UPR_E2E_BROWSER`, with browser [`Setting`]s.
    pub async fn start_with(settings: &[Setting]) -> Result<Self, String> {
        let dist = dist_dir();
        if !dist.join("index.html").is_file() {
            return Err(format!(
                "no build at {} (index.html missing): run `trunk build --release` or set {DIST_ENV}",
                dist.display()
            ));
        }
        let server = StaticServer::start(dist)?;
        Self::with_server(server, Engine::from_env()?, settings).await
    }

    /// Any directory, in the engine chosen by `UPR_E2E_BROWSER`.
    pub async fn serve(root: impl Into<PathBuf>) -> Result<Self, String> {
        Self::serve_with(root, Engine::from_env()?).await
    }

    pub async fn serve_with(root: impl Into<PathBuf>, engine: Engine) -> Result<Self, String> {
        Self::with_server(StaticServer::start(root)?, engine, &[]).await
    }

    async fn with_server(
        server: StaticServer,
        engine: Engine,
        settings: &[Setting],
    ) -> Result<Self, String> {
        let browser = Browser::launch_with(engine, Some(server.authority()), settings).await?;
        let page = Page::new(browser.client().clone(), server.url(""))
            .in_engine(engine)
            .with_driver_log(browser.driver().log_path());
        Ok(Self {
            page,
            browser,
            server,
        })
    }

    pub fn server(&self) -> &StaticServer {
        &self.server
    }

    pub fn page(&self) -> &Page {
        &self.page
    }

    pub fn browser(&self) -> &Browser {
        &self.browser
    }

    /// `Err` listing foreign requests and `window.__appErrors`, if there are any.
    pub async fn check_clean(&self) -> Result<(), String> {
        let foreign = self.server.foreign_requests();
        let errors = self.page.app_errors().await?;
        if foreign.is_empty() && errors.is_empty() {
            return Ok(());
        }
        let mut report = format!(
            "in {} ({}):\n",
            self.browser.engine(),
            self.browser.version()
        );
        if !foreign.is_empty() {
            report.push_str("foreign requests:\n");
            for r in &foreign {
                report.push_str(&format!(
                    "  {} {} (Host: {})\n",
                    r.method,
                    r.target,
                    r.host.as_deref().unwrap_or("-")
                ));
            }
        }
        if !errors.is_empty() {
            report.push_str("window.__appErrors:\n");
            for e in &errors {
                report.push_str(&format!("  {e}\n"));
            }
        }
        Err(report)
    }

    /// [`check_clean`](Self::check_clean), then [`close`](Self::close); the check's result.
    pub async fn finish(self) -> Result<(), String> {
        let clean = self.check_clean().await;
        self.close().await;
        clean
    }

    /// Ends the session, stops the driver and the browser, then the server.
    pub async fn close(self) {
        let Self {
            page,
            browser,
            server,
        } = self;
        drop(page);
        browser.close().await;
        drop(server);
    }
}

impl Deref for App {
    type Target = Page;

    fn deref(&self) -> &Page {
        &self.page
    }
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("server", &self.server)
            .field("browser", &self.browser)
            .finish()
    }
}
