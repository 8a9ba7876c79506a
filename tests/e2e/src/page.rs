//! Page helpers over a WebDriver session: navigation, waiting for `data-testid`s, reading
//! text, clicking, running JavaScript. Every wait polls with a deadline and every WebDriver
//! call has a time-out; errors name what was awaited and the current URL.

use std::future::Future;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::engine::Engine;

/// How long `wait_for*` helpers poll by default.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(15);
/// Upper bound for any single WebDriver command.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(35);
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// `[data-testid="…"]` for `testid`, with `"` and `\` escaped.
pub fn testid_selector(testid: &str) -> String {
    let escaped = testid.replace('\\', "\\\\").replace('"', "\\\"");
    format!("[data-testid=\"{escaped}\"]")
}

/// A browser tab pointed at a site (`base_url` = `http://127.0.0.1:PORT`).
#[derive(Clone, Debug)]
pub struct Page {
    client: Client,
    base_url: String,
    wait_timeout: Duration,
    engine: Option<Engine>,
    driver_log: Option<std::path::PathBuf>,
}

impl Page {
    pub fn new(client: Client, base_url: impl Into<String>) -> Self {
        Self {
            client,
            base_url: base_url.into().trim_end_matches('/').to_string(),
            wait_timeout: WAIT_TIMEOUT,
            engine: None,
            driver_log: None,
        }
    }

    /// The same page, quoting the end of the driver's log (which holds the browser's own output)
    /// in an error where the browser no longer answers: a crashed web process, say.
    pub fn with_driver_log(mut self, log: impl Into<std::path::PathBuf>) -> Self {
        self.driver_log = Some(log.into());
        self
    }

    /// The same page, naming `engine` in every error message.
    pub fn in_engine(mut self, engine: Engine) -> Self {
        self.engine = Some(engine);
        self
    }

    pub fn engine(&self) -> Option<Engine> {
        self.engine
    }

    /// The same page with another polling time for the `wait_for*` helpers.
    pub fn with_wait_timeout(mut self, timeout: Duration) -> Self {
        self.wait_timeout = timeout;
        self
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The absolute URL of `path_and_query` on this site.
    pub fn url(&self, path_and_query: &str) -> String {
        if path_and_query.starts_with('/') {
            format!("{}{}", self.base_url, path_and_query)
        } else {
            format!("{}/{}", self.base_url, path_and_query)
        }
    }

    /// Navigates to `path_and_query` (e.g. `/?view=map&lang=mn`) and waits for the load event.
    pub async fn goto(&self, path_and_query: &str) -> Result<(), String> {
        let url = self.url(path_and_query);
        command(&format!("navigate to {url}"), self.client.goto(&url)).await
    }

    /// History back (the browser's back button).
    pub async fn back(&self) -> Result<(), String> {
        command("go back", self.client.back()).await
    }

    pub async fn refresh(&self) -> Result<(), String> {
        command("reload", self.client.refresh()).await
    }

    pub async fn current_url(&self) -> Result<String, String> {
        command("read the current URL", self.client.current_url())
            .await
            .map(|u| u.to_string())
    }

    /// What the page shows (its `main`, or its body), shortened, for error messages: whether a
    /// wait failed on a page still loading, an error page or a view drawn without the element
    /// waited for. Never failing.
    async fn screen_text(&self) -> String {
        const JS: &str = "const e = document.querySelector('main') || document.body; \
            const t = e ? e.innerText.replace(/\\s+/g, ' ').trim() : ''; \
            return JSON.stringify(t.length > 400 ? t.slice(0, 400) + '…' : t) + \
              ' (readyState ' + document.readyState + ', errors ' + JSON.stringify(window.__appErrors || []) + ')';";
        match tokio::time::timeout(Duration::from_secs(3), self.client.execute(JS, vec![])).await {
            Ok(Ok(Value::String(text))) => text,
            Ok(Ok(other)) => other.to_string(),
            Ok(Err(e)) => format!("<unreadable: {e}>"),
            Err(_) => "<unreadable: the browser does not answer>".into(),
        }
    }

    /// The current URL (and the engine) for error messages, never failing.
    async fn where_(&self) -> String {
        let url =
            match tokio::time::timeout(Duration::from_secs(3), self.client.current_url()).await {
                Ok(Ok(url)) => url.to_string(),
                _ => match &self.driver_log {
                    Some(log) => format!(
                        "<unknown URL: the browser does not answer; the end of its driver's log:\n{}\n>",
                        crate::driver::tail_of(log, 15)
                    ),
                    None => "<unknown URL>".into(),
                },
            };
        match self.engine {
            Some(engine) => format!("{url} in {engine}"),
            None => url,
        }
    }

    /// Resizes the browser window (outer size, as WebDriver sets it).
    pub async fn set_window_size(&self, width: u32, height: u32) -> Result<(), String> {
        command(
            &format!("resize the window to {width}×{height}"),
            self.client.set_window_size(width, height),
        )
        .await
    }

    /// Makes the layout viewport `width`×`height` CSS px (e.g. a phone's 360×640), so that media
    /// queries and `window.innerWidth` see that size.
    ///
    /// First by resizing the window. Some browsers keep a main window wider than a phone (its
    /// toolbar sets a minimum: Firefox 500 px, WebKit's MiniBrowser 447 px); then a chromeless
    /// popup window of exactly that content size is opened (`window.open` with `popup,width,
    /// height`) and the session switches to it, so the test goes on there. Navigate afterwards.
    pub async fn set_viewport(&self, width: u32, height: u32) -> Result<(), String> {
        self.set_window_size(width, height).await?;
        let (w, _) = self.viewport().await?;
        if w == u64::from(width) {
            return Ok(());
        }
        self.open_window(
            "about:blank",
            &format!("popup,width={width},height={height}"),
        )
        .await?;
        let (pw, ph) = self.viewport().await?;
        if pw != u64::from(width) {
            return Err(format!(
                "cannot make a {width}×{height} viewport in {}: the window stays {w} px wide \
                 and a popup {pw}×{ph}",
                self.engine.map_or("this browser", Engine::name)
            ));
        }
        Ok(())
    }

    /// Opens `url` in a new window of this browser (`window.open(url, '_blank', features)` from
    /// the current page) and goes on in it.
    pub async fn open_window(&self, url: &str, features: &str) -> Result<(), String> {
        let before = command("list the windows", self.client.windows()).await?;
        self.execute(
            "window.open(arguments[0], '_blank', arguments[1]); return null;",
            vec![Value::from(url), Value::from(features)],
        )
        .await?;
        let window = self
            .poll("a new window to open", || async {
                let now = self.client.windows().await.map_err(|e| e.to_string())?;
                Ok(now.into_iter().find(|h| !before.contains(h)))
            })
            .await?;
        command(
            "switch to the new window",
            self.client.switch_to_window(window),
        )
        .await
    }

    /// Chooses `path` in the file input carrying `testid`, as a reader does in the file dialog.
    pub async fn choose_file(&self, testid: &str, path: &std::path::Path) -> Result<(), String> {
        self.choose_files(testid, &[path]).await
    }

    /// Opens the Data view on the bundled data and chooses `paths` to import, as a reader does.
    pub async fn import_on_bundled_data(&self, paths: &[&std::path::Path]) -> Result<(), String> {
        self.goto("/?view=data").await?;
        self.wait_for_text("data-shown", "comes with the dashboard")
            .await?;
        self.choose_files("import-file", paths).await
    }

    /// Chooses several files at once in the `multiple` file input carrying `testid`.
    pub async fn choose_files(
        &self,
        testid: &str,
        paths: &[&std::path::Path],
    ) -> Result<(), String> {
        let input = self.wait_for(testid).await?;
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        input.send_keys(&names.join("\n")).await.map_err(|e| {
            format!(
                "choosing {} in {}: {e}",
                names.join(", "),
                testid_selector(testid)
            )
        })
    }

    /// The identity of the imported data the address names (`data=…`), once it names one.
    pub async fn data_id(&self) -> Result<String, String> {
        let url = self.wait_for_url("data=").await?;
        Ok(url
            .split("data=")
            .nth(1)
            .and_then(|r| r.split('&').next())
            .unwrap_or_default()
            .to_string())
    }

    /// Unfolds the `<details>` carrying `testid` as a reader does (a click on its summary; one
    /// already open is left open) and waits until it is open.
    pub async fn unfold(&self, testid: &str) -> Result<(), String> {
        let selector = testid_selector(testid);
        self.execute(
            "const el = document.querySelector(arguments[0]);\n\
             if (el && !el.open) el.querySelector(':scope > summary').click();\n\
             return null;",
            vec![Value::from(selector.as_str())],
        )
        .await?;
        self.wait_for_js(&format!(
            "document.querySelector({}).open",
            Value::from(selector.as_str())
        ))
        .await
        .map(drop)
    }

    /// The layout viewport, `(window.innerWidth, window.innerHeight)`.
    pub async fn viewport(&self) -> Result<(u64, u64), String> {
        let v = self.eval("[window.innerWidth, window.innerHeight]").await?;
        match (v[0].as_u64(), v[1].as_u64()) {
            (Some(w), Some(h)) => Ok((w, h)),
            _ => Err(format!("viewport: not two numbers: {v}")),
        }
    }

    /// Runs a function body (use `return`), with `args` as `arguments[0..]`.
    pub async fn execute(&self, body: &str, args: Vec<Value>) -> Result<Value, String> {
        let result = with_timeout(COMMAND_TIMEOUT, self.client.execute(body, args)).await;
        match result {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(format!(
                "script failed at {}: {e}\nscript: {body}",
                self.where_().await
            )),
            Err(()) => Err(format!(
                "script timed out after {COMMAND_TIMEOUT:?} at {}\nscript: {body}",
                self.where_().await
            )),
        }
    }

    /// The value of the JavaScript expression `expr`.
    pub async fn eval(&self, expr: &str) -> Result<Value, String> {
        self.execute(&format!("return ({expr});"), Vec::new()).await
    }

    /// Polls `expr` until it is truthy; returns its value.
    pub async fn wait_for_js(&self, expr: &str) -> Result<Value, String> {
        let body = format!("return ({expr});");
        let what = format!("`{expr}` to be truthy");
        self.poll(&what, || async {
            match self.client.execute(&body, Vec::new()).await {
                Ok(v) if truthy(&v) => Ok(Some(v)),
                Ok(v) => Err(format!("last value: {v}")),
                Err(e) => Err(e.to_string()),
            }
        })
        .await
    }

    /// Waits for the first element matching the CSS `selector`.
    pub async fn wait_for_css(&self, selector: &str) -> Result<Element, String> {
        self.poll(selector, || async {
            match self.client.find(Locator::Css(selector)).await {
                Ok(el) => Ok(Some(el)),
                Err(e) if e.is_no_such_element() => Err("no such element".into()),
                Err(e) => Err(e.to_string()),
            }
        })
        .await
    }

    /// Waits for the first `[data-testid="testid"]`.
    pub async fn wait_for(&self, testid: &str) -> Result<Element, String> {
        self.wait_for_css(&testid_selector(testid)).await
    }

    /// Waits until at least `n` elements carry `testid`; returns the count.
    pub async fn wait_for_count(&self, testid: &str, n: usize) -> Result<usize, String> {
        let selector = testid_selector(testid);
        let what = format!("at least {n} × {selector}");
        self.poll(&what, || async {
            let count = self.count_css(&selector).await?;
            if count >= n {
                Ok(Some(count))
            } else {
                Err(format!("found {count}"))
            }
        })
        .await
    }

    /// Waits until the text of `testid` contains `needle`; returns the text.
    pub async fn wait_for_text(&self, testid: &str, needle: &str) -> Result<String, String> {
        let selector = testid_selector(testid);
        let what = format!("{selector} to contain {needle:?}");
        self.poll(&what, || async {
            let el = self
                .client
                .find(Locator::Css(&selector))
                .await
                .map_err(|e| e.to_string())?;
            let text = el.text().await.map_err(|e| e.to_string())?;
            if text.contains(needle) {
                Ok(Some(text))
            } else {
                Err(format!("text is {text:?}"))
            }
        })
        .await
    }

    /// Waits until the recommendations table has drawn every row of its list: a new list is drawn
    /// in two frames, and the table is `aria-busy` in between.
    pub async fn wait_for_all_rows(&self) -> Result<(), String> {
        self.wait_for_js(
            "!document.querySelector('[data-testid=recommendations-table]')?.hasAttribute('aria-busy')",
        )
        .await
        .map(drop)
    }

    /// Opens the overview in a 1366×768 window and waits for its figures: its charts are then
    /// more than a screen below the fold, so nothing has asked for the charts' library yet.
    pub async fn open_overview_above_the_charts(&self) -> Result<(), String> {
        self.set_window_size(1366, 768).await?;
        self.goto("/").await?;
        self.wait_for("cycle-1-received").await?;
        self.wait_for("charts-waiting").await.map(drop)
    }

    /// Scrolls the overview's charts onto the screen, as a reader does: the charts' code (a chunk
    /// of its own) and their library are asked for only when the charts come near the screen.
    pub async fn show_charts(&self) -> Result<(), String> {
        const SCROLL: &str = "const el = document.querySelector('[data-testid=charts], [data-testid=charts-waiting]'); \
             if (el) { el.scrollIntoView({block: 'start'}); } return !!el;";
        self.wait_for_js(
            "document.querySelector('[data-testid=charts], [data-testid=charts-waiting]') !== null",
        )
        .await?;
        self.execute(SCROLL, vec![]).await?;
        self.wait_for("charts").await?;
        self.execute(SCROLL, vec![]).await.map(drop)
    }

    /// Waits until the current URL contains `needle`; returns the URL.
    pub async fn wait_for_url(&self, needle: &str) -> Result<String, String> {
        let what = format!("the URL to contain {needle:?}");
        self.poll(&what, || async {
            let url = self
                .client
                .current_url()
                .await
                .map_err(|e| e.to_string())?
                .to_string();
            if url.contains(needle) {
                Ok(Some(url))
            } else {
                Err(format!("URL is {url}"))
            }
        })
        .await
    }

    /// The rendered text of the first `testid` (waits for it).
    pub async fn text(&self, testid: &str) -> Result<String, String> {
        let el = self.wait_for(testid).await?;
        match with_timeout(COMMAND_TIMEOUT, el.text()).await {
            Ok(Ok(text)) => Ok(text),
            Ok(Err(e)) => Err(format!(
                "cannot read the text of {} at {}: {e}",
                testid_selector(testid),
                self.where_().await
            )),
            Err(()) => Err(format!(
                "reading the text of {} timed out",
                testid_selector(testid)
            )),
        }
    }

    /// The rendered text (`innerText`) of every `testid` present now (no waiting; may be empty).
    pub async fn texts(&self, testid: &str) -> Result<Vec<String>, String> {
        self.texts_css(&testid_selector(testid)).await
    }

    /// The `innerText` of every element matching the CSS `selector` now.
    pub async fn texts_css(&self, selector: &str) -> Result<Vec<String>, String> {
        let value = self
            .execute(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText);",
                vec![Value::String(selector.to_string())],
            )
            .await?;
        strings(value).map_err(|e| format!("texts of {selector}: {e}"))
    }

    /// How many elements carry `testid` now.
    pub async fn count(&self, testid: &str) -> Result<usize, String> {
        self.count_css(&testid_selector(testid)).await
    }

    pub async fn count_css(&self, selector: &str) -> Result<usize, String> {
        let value = self
            .execute(
                "return document.querySelectorAll(arguments[0]).length;",
                vec![Value::String(selector.to_string())],
            )
            .await?;
        value
            .as_u64()
            .map(|n| n as usize)
            .ok_or_else(|| format!("count of {selector}: not a number: {value}"))
    }

    /// Types `text` (WebDriver key codes included, such as `\u{e014}` for →) into whatever has
    /// the focus, as a keyboard would.
    pub async fn keys(&self, text: &str) -> Result<(), String> {
        let active = command("find the focused element", self.client.active_element()).await?;
        command("send keys", active.send_keys(text)).await
    }

    /// Waits for `testid` and clicks it.
    pub async fn click(&self, testid: &str) -> Result<(), String> {
        let el = self.wait_for(testid).await?;
        match with_timeout(COMMAND_TIMEOUT, el.click()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(format!(
                "cannot click {} at {}: {e}",
                testid_selector(testid),
                self.where_().await
            )),
            Err(()) => Err(format!("clicking {} timed out", testid_selector(testid))),
        }
    }

    /// `window.__appErrors` as strings (uncaught errors, panics, CSP violations the app
    /// recorded); empty when the app did not define it.
    pub async fn app_errors(&self) -> Result<Vec<String>, String> {
        let value = self
            .execute(
                "const e = window.__appErrors; \
                 return Array.isArray(e) ? e.map(x => (typeof x === 'string' ? x : JSON.stringify(x) ?? String(x))) : [];",
                Vec::new(),
            )
            .await?;
        strings(value).map_err(|e| format!("window.__appErrors: {e}"))
    }

    /// `document.documentElement.lang`.
    pub async fn html_lang(&self) -> Result<String, String> {
        let value = self.eval("document.documentElement.lang").await?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// `document.body.innerText` ("" when there is no body).
    pub async fn body_text(&self) -> Result<String, String> {
        let value = self
            .eval("document.body ? document.body.innerText : ''")
            .await?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// Calls `attempt` every 100 ms until it yields `Some`, up to the wait time-out. Errors
    /// from `attempt` are retried; the last one is reported.
    async fn poll<T, F, Fut>(&self, what: &str, mut attempt: F) -> Result<T, String>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>, String>>,
    {
        let deadline = Instant::now() + self.wait_timeout;
        let mut last = String::from("not tried");
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left.max(Duration::from_millis(500)), attempt()).await {
                Ok(Ok(Some(value))) => return Ok(value),
                Ok(Ok(None)) => {}
                Ok(Err(e)) => last = e,
                Err(_) => last = "the WebDriver command timed out".into(),
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "timed out after {:?} waiting for {what} at {} ({last}); the screen said: {}",
                    self.wait_timeout,
                    self.where_().await,
                    self.screen_text().await
                ));
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }
}

async fn with_timeout<T>(limit: Duration, fut: impl Future<Output = T>) -> Result<T, ()> {
    tokio::time::timeout(limit, fut).await.map_err(|_| ())
}

/// Runs one WebDriver command with [`COMMAND_TIMEOUT`], naming it in errors.
async fn command<T, E: std::fmt::Display>(
    what: &str,
    fut: impl Future<Output = Result<T, E>>,
) -> Result<T, String> {
    match with_timeout(COMMAND_TIMEOUT, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("cannot {what}: {e}")),
        Err(()) => Err(format!("{what}: timed out after {COMMAND_TIMEOUT:?}")),
    }
}

/// JavaScript truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

fn strings(value: Value) -> Result<Vec<String>, String> {
    match value {
        Value::Array(items) => Ok(items
            .into_iter()
            .map(|v| match v {
                Value::String(s) => s,
                other => other.to_string(),
            })
            .collect()),
        Value::Null => Ok(Vec::new()),
        other => Err(format!("expected an array of strings, got {other}")),
    }
}
