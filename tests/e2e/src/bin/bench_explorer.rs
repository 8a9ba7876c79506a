//! Benchmark (not a test): input-to-paint latency of the recommendations explorer in headless
//! Chromium on the release build, for the bundled dataset and synthetic ones of 1,000, 10,000 and
//! 100,000 recommendations. Prints p50 / p95 per size and writes target/bench/explorer.json.
//! Run through `scripts/bench.sh` (it builds the release first).

use std::time::{Duration, Instant};
use upr_e2e::serde_json::{json, Value};
use upr_e2e::App;

const DATASET: &str = "/data/mongolia-upr.json";
const SAMPLES: usize = 30;

/// Sets the search box or clicks a facet, then reports the milliseconds until the table's rows have
/// changed and the next frame has been drawn.
const MEASURE: &str = r#"
const [kind, value, done] = arguments;
const body = document.querySelector('[data-testid=recommendations-table] tbody');
const count = document.querySelector('[data-testid=recommendations-count]');
const t0 = performance.now();
let finished = false, firstMutation = -1, frame = -1, dispatched = -1;
const finish = (ms) => { if (!finished) { finished = true; obs.disconnect(); window.__benchParts.push([dispatched, firstMutation, frame, ms]); done(ms); } };
window.__benchParts = window.__benchParts || [];
const obs = new MutationObserver(() => {
  if (firstMutation < 0) firstMutation = performance.now() - t0;
  requestAnimationFrame(() => { frame = performance.now() - t0; setTimeout(() => finish(performance.now() - t0), 0); });
});
obs.observe(body, { childList: true, subtree: true, characterData: true });
obs.observe(count, { childList: true, subtree: true, characterData: true });
if (kind === 'search') {
  const input = document.querySelector('[data-testid=search]');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
} else {
  document.querySelector('[data-testid="' + value + '"]').click();
}
dispatched = performance.now() - t0;
// Whether the DOM changes within the input's microtasks, or only in a later task.
Promise.resolve().then(() => { window.__benchMicro = firstMutation; });
setTimeout(() => { window.__benchTask = firstMutation; }, 0);
setTimeout(() => finish(-1), 10000);
"#;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[idx]
}

async fn wait_until(app: &App, expr: &str, limit: Duration) -> Result<(), String> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if app.eval(expr).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("timed out waiting for {expr}"))
}

async fn measure(app: &App, kind: &str, values: &[&str]) -> Result<Vec<f64>, String> {
    let mut out = Vec::new();
    for i in 0..SAMPLES {
        let value = values[i % values.len()];
        let ms = app
            .client()
            .execute_async(MEASURE, vec![json!(kind), json!(value)])
            .await
            .map_err(|e| e.to_string())?;
        let ms = ms.as_f64().unwrap_or(-1.0);
        if ms >= 0.0 {
            out.push(ms);
        }
    }
    out.sort_by(|a, b| a.total_cmp(b));
    Ok(out)
}

async fn run(label: &str, dataset: Option<String>) -> Result<Value, String> {
    let app = App::start().await?;
    if let Some(text) = dataset {
        app.server().override_with_bytes(DATASET, text.into_bytes());
    }
    let t0 = Instant::now();
    app.goto("/?view=recommendations").await?;
    wait_until(
        &app,
        "!!document.querySelector('[data-testid=recommendations-table] tbody tr')",
        Duration::from_secs(120),
    )
    .await?;
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let rows = app
        .eval("document.querySelector('[data-testid=recommendations-count]').textContent")
        .await?;
    let search = measure(
        &app,
        "search",
        &[
            "detention",
            "education",
            "trafficking",
            "police",
            "mining",
            "ratify",
        ],
    )
    .await?;
    app.goto("/?view=recommendations").await?;
    wait_until(
        &app,
        "!!document.querySelector('[data-testid=recommendations-table] tbody tr')",
        Duration::from_secs(120),
    )
    .await?;
    let facet = measure(&app, "facet", &["facet-status-partially"]).await?;
    // Where the time goes: [input handler returned, first DOM change, next frame, frame done] (ms).
    let parts = app.eval("window.__benchParts.slice(-5)").await?;
    println!(
        "{label}: last inputs [handler, first DOM change, frame start, after frame] ms: {parts}"
    );
    let when = app
        .eval("[window.__benchMicro, window.__benchTask]")
        .await?;
    println!("{label}: first DOM change seen by [the input's microtasks, a setTimeout(0) task] (-1: not yet): {when}");
    let errors = app.app_errors().await?;
    app.close().await;
    let stats = |v: &[f64]| json!({ "p50_ms": percentile(v, 0.5), "p95_ms": percentile(v, 0.95), "samples": v.len() });
    Ok(
        json!({ "dataset": label, "rows": rows, "load_ms": load_ms, "search": stats(&search), "facet": stats(&facet), "app_errors": errors }),
    )
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        sizes
    };
    let mut results = vec![run("bundled (129)", None).await?];
    for n in sizes {
        results.push(
            run(
                &format!("synthetic {n}"),
                Some(upr_core::synthetic::dataset_json(n, 42)),
            )
            .await?,
        );
    }
    println!(
        "\n{:<22} {:>10} {:>14} {:>14} {:>14} {:>14}",
        "dataset", "load ms", "search p50", "search p95", "facet p50", "facet p95"
    );
    for r in &results {
        let f = |k: &str, p: &str| r[k][p].as_f64().unwrap_or(f64::NAN);
        println!(
            "{:<22} {:>10.0} {:>14.1} {:>14.1} {:>14.1} {:>14.1}",
            r["dataset"].as_str().unwrap_or("?"),
            r["load_ms"].as_f64().unwrap_or(f64::NAN),
            f("search", "p50_ms"),
            f("search", "p95_ms"),
            f("facet", "p50_ms"),
            f("facet", "p95_ms")
        );
    }
    println!("budget: p50 < 16 ms at 10,000 and < 50 ms at 100,000 (search and facet)");
    let dir = upr_e2e::repo_root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("explorer.json");
    std::fs::write(
        &path,
        upr_e2e::serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    println!("written: {}", path.display());
    Ok(())
}
