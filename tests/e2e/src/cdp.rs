//! Chrome DevTools Protocol commands through chromedriver (`POST /session/{id}/goog/cdp/execute`),
//! for the benchmark and the profiler: no extra tool, no event stream (commands only).

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::{json, Value};

use crate::http_client::send_raw;
use crate::App;

/// Sends one CDP command to the page of `app`'s Chromium session and returns its result.
pub async fn cdp(app: &App, method: &str, params: Value) -> Result<Value, String> {
    let session = app
        .client()
        .session_id()
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no WebDriver session")?;
    let driver = app.browser().driver().url();
    let authority = driver
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let addr: SocketAddr = authority
        .parse()
        .map_err(|e| format!("driver address {authority}: {e}"))?;
    let body = json!({ "cmd": method, "params": params }).to_string();
    let raw = format!(
        "POST /session/{session}/goog/cdp/execute HTTP/1.1\r\nHost: {authority}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let resp = tokio::task::spawn_blocking(move || {
        send_raw(addr, raw.as_bytes(), Duration::from_secs(120))
    })
    .await
    .map_err(|e| e.to_string())??;
    let v: Value = serde_json::from_slice(&resp.body).map_err(|e| format!("{method}: {e}"))?;
    if resp.status != 200 {
        return Err(format!("{method}: HTTP {}: {}", resp.status, v));
    }
    Ok(v["value"].clone())
}
