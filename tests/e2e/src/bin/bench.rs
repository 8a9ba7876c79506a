//! Benchmark (not a test; CI does not run it): the release build served from 127.0.0.1 with gzip,
//! as a static host serves it, measured in headless Chromium for the bundled dataset and seeded
//! synthetic ones (default 10,000 and 100,000 recommendations):
//! - bytes of the first view by type (wasm, JavaScript, CSS, HTML, data, map), raw and compressed,
//!   and the bytes that had arrived when real data was first painted; and the files fetched only
//!   when needed (charts' library, map outlines, import worker), from dist/;
//! - navigation to the first paint of real data (Element Timing: the figures written into the page
//!   at build time, for the bundled dataset only, and the app's own), median and spread of 5 cold
//!   loads (a new browser profile each), on loopback and on a throttled link (150 ms round trip,
//!   1.6 Mbit/s down, shared by the files fetched at once);
//! - input-to-paint latency of search keystrokes (words typed one letter at a time), of whole words
//!   replacing the search, and of facet clicks, p50 and p95;
//! - JavaScript heap and WebAssembly memory after load and a garbage collection.
//!
//! Prints a table and writes every figure beside its budget to `target/bench/report.json`.
//! Run through `scripts/bench.sh` (it builds the release first). Arguments: the synthetic sizes.

use std::time::{Duration, Instant};
use upr_e2e::latency::{allow_long_scripts, keystrokes, measure_input, measure_rating, WORDS};
use upr_e2e::serde_json::{json, Value};
use upr_e2e::{App, Network};

const DATASET: &str = "/data/mongolia-upr.json";
const COLD_LOADS: usize = 5;
const SAMPLES: usize = 30;
const WARM_UP: usize = 8;
const KB: f64 = 1024.0;

/// 150 ms round trip, 1.6 Mbit/s down: a slow 3G-like provincial connection.
const THROTTLED: Network = Network {
    gzip: true,
    round_trip: Duration::from_millis(150),
    bytes_per_second: Some(1_600_000 / 8),
};
const LOOPBACK: Network = Network {
    gzip: true,
    round_trip: Duration::ZERO,
    bytes_per_second: None,
};

/// Resolves with the time (ms after navigation start) the app first painted real data, read from
/// the Element Timing entries of the elements marked `elementtiming="upr-data"`, and the time the
/// figures written into the page at build time (`upr-data-prerendered`) were painted, if they
/// were; `null` if the app has not painted data after 5 s (the caller asks again: WebDriver limits
/// how long one script may wait).
const FIRST_DATA_PAINT: &str = r#"
const done = arguments[arguments.length - 1];
const at = (e) => e.renderTime || e.loadTime;
// Element Timing entries are only seen by an observer (buffered), not in the timeline.
let prerendered = null;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.identifier === 'upr-data-prerendered') prerendered = Math.min(prerendered ?? Infinity, at(e));
  }
  const hit = list.getEntries().find((e) => e.identifier === 'upr-data');
  if (hit) {
    obs.disconnect();
    done({ app: at(hit), prerendered });
  }
});
obs.observe({ type: 'element', buffered: true });
setTimeout(() => { obs.disconnect(); done(null); }, 5000);
"#;

/// What the page itself fetched (not the service worker's precache), and memory.
const RESOURCES: &str = r#"
const nav = performance.getEntriesByType('navigation')[0];
const all = [nav, ...performance.getEntriesByType('resource')];
return {
  entries: all.map((e) => ({ name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize, end: e.responseEnd })),
  heap: performance.memory ? performance.memory.usedJSHeapSize : null,
  wasm: window.__uprWasmMemory ? window.__uprWasmMemory.buffer.byteLength : null,
};
"#;

fn kind_of(url: &str) -> &'static str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    if path.ends_with(".wasm") {
        "wasm"
    } else if path.ends_with(".js") {
        "javascript"
    } else if path.ends_with(".css") {
        "css"
    } else if path.ends_with(".geojson") {
        "map"
    } else if path.ends_with(".json") {
        "data"
    } else {
        "html"
    }
}

const KINDS: [&str; 6] = ["wasm", "javascript", "css", "html", "data", "map"];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(|a, b| a.total_cmp(b));
    v
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

async fn start(dataset: Option<&str>, network: Network) -> Result<App, String> {
    let app = App::start().await?;
    if let Some(text) = dataset {
        app.server()
            .override_with_bytes(DATASET, text.as_bytes().to_vec());
    }
    app.server().set_network(network);
    allow_long_scripts(&app).await?;
    Ok(app)
}

/// From choosing official files in the Data view to their report on screen, ms: the first time
/// (the import worker is fetched and started) and once more (the worker is running).
async fn official_list_check(paths: &[std::path::PathBuf]) -> Result<(f64, f64), String> {
    let paths: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    let app = start(None, LOOPBACK).await?;
    app.goto("/?view=data").await?;
    app.wait_for("import-file").await?;
    let mut times = Vec::new();
    for _ in 0..2 {
        app.execute(
            "window.__t0 = null; window.__t1 = null;\n\
             const input = document.querySelector('[data-testid=import-file]');\n\
             input.addEventListener('change', () => { window.__t0 = performance.now(); }, { once: true });\n\
             const seen = new MutationObserver(() => {\n\
               if (window.__t0 !== null && window.__t1 === null && document.querySelector('[data-testid=import-report]')) {\n\
                 window.__t1 = performance.now(); seen.disconnect();\n\
               }\n\
             });\n\
             seen.observe(document.body, { childList: true, subtree: true });",
            Vec::new(),
        )
        .await?;
        app.choose_files("import-file", &paths).await?;
        wait_until(&app, "window.__t1 !== null", Duration::from_secs(180)).await?;
        times.push(num(&app.eval("window.__t1 - window.__t0").await?));
        app.click("import-cancel").await?;
    }
    app.finish().await?;
    Ok((times[0], times[1]))
}

/// One cold load of the overview: first data paint, bytes by type, memory. The figures written
/// into the page at build time are the bundled dataset's: they count as real data only when the
/// bundled dataset is the one served.
async fn cold_load(dataset: Option<&str>, network: Network) -> Result<Value, String> {
    let app = start(dataset, network).await?;
    app.goto("/").await?;
    let (mut paint, mut app_paint) = (-1.0, -1.0);
    for _ in 0..60 {
        let v = app
            .client()
            .execute_async(FIRST_DATA_PAINT, vec![])
            .await
            .map_err(|e| e.to_string())?;
        if let Some(ms) = v["app"].as_f64() {
            app_paint = ms;
            paint = match v["prerendered"].as_f64() {
                Some(pre) if dataset.is_none() => pre.min(ms),
                _ => ms,
            };
            break;
        }
    }
    // Let the first view finish what it fetches: nothing new for a second. (The charts' library
    // is not part of it: it is fetched when a chart comes near the screen, and the overview's
    // charts are below the fold.)
    let mut seen = usize::MAX;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let n = app
            .eval("performance.getEntriesByType('resource').length")
            .await?
            .as_u64()
            .unwrap_or(0) as usize;
        if n == seen {
            break;
        }
        seen = n;
    }
    // Memory is what the page keeps, not garbage a collection has yet to take (the fetched
    // dataset's buffer, once copied into the app, was 44 MB of it at 100,000 recommendations).
    // WebAssembly memory never shrinks, so its size is the most the app ever needed.
    upr_e2e::cdp::cdp(&app, "HeapProfiler.collectGarbage", json!({})).await?;
    let res = app.execute(RESOURCES, vec![]).await?;
    let errors = app.app_errors().await?;
    app.close().await;
    let mut by_kind = serde_map();
    for e in res["entries"].as_array().cloned().unwrap_or_default() {
        let kind = kind_of(e["name"].as_str().unwrap_or(""));
        let slot = by_kind
            .entry(kind.to_string())
            .or_insert(json!({"raw": 0.0, "compressed": 0.0, "arrived_ms": 0.0}));
        // When the last file of this kind had arrived (ms after navigation start).
        slot["arrived_ms"] = json!(num(&slot["arrived_ms"]).max(num(&e["end"])));
        slot["raw"] =
            json!(slot["raw"].as_f64().unwrap_or(0.0) + e["decoded"].as_f64().unwrap_or(0.0));
        slot["compressed"] = json!(
            slot["compressed"].as_f64().unwrap_or(0.0) + e["encoded"].as_f64().unwrap_or(0.0)
        );
    }
    // The bytes that had arrived when real data was first painted.
    let critical: f64 = res["entries"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|e| num(&e["end"]) <= paint)
                .map(|e| num(&e["encoded"]))
                .sum()
        })
        .unwrap_or(0.0);
    Ok(json!({
        "first_data_paint_ms": paint,
        "app_data_paint_ms": app_paint,
        "bytes_before_first_data_paint": critical,
        "bytes": by_kind,
        "heap_bytes": res["heap"],
        "wasm_bytes": res["wasm"],
        "app_errors": errors,
    }))
}

fn serde_map() -> upr_e2e::serde_json::Map<String, Value> {
    upr_e2e::serde_json::Map::new()
}

/// Search and facet latency on one page, after warm-up inputs (WebAssembly is compiled by a baseline
/// tier first and optimised once its functions are hot; the figures are for a page in use):
/// keystrokes (words typed one letter at a time), whole words replacing the search at once (as
/// when pasting), and clicks on a status facet.
async fn latencies(dataset: Option<&str>) -> Result<Latencies, String> {
    let app = start(dataset, LOOPBACK).await?;
    app.goto("/?view=recommendations").await?;
    wait_until(
        &app,
        "!!document.querySelector('[data-testid=recommendations-table] tbody tr')",
        Duration::from_secs(180),
    )
    .await?;
    let measure = async |kind: &str, values: &[String]| -> Result<Vec<f64>, String> {
        let mut out = Vec::new();
        for value in values {
            out.extend(measure_input(&app, kind, value).await?);
        }
        Ok(sorted(out))
    };
    // Each word typed on from an empty box; the box is emptied between words (not measured).
    let mut typed = Vec::new();
    for (i, word) in TYPED_WORDS.iter().enumerate() {
        measure("search", &[String::new()]).await?;
        let times = measure("search", &keystrokes(word)).await?;
        if i >= 2 {
            typed.extend(times);
        }
    }
    measure("search", &[String::new()]).await?;
    let words: Vec<String> = (0..WARM_UP + SAMPLES)
        .map(|i| WORDS[i % WORDS.len()].to_string())
        .collect();
    let whole = measure("search", &words).await?;
    measure("search", &[String::new()]).await?;
    let clicks = vec!["facet-status-partially".to_string(); WARM_UP + SAMPLES];
    let facet = measure("facet", &clicks).await?;
    app.close().await;
    Ok(Latencies {
        keystroke: sorted(typed),
        word: sorted(whole[WARM_UP.min(whole.len())..].to_vec()),
        facet: sorted(facet[WARM_UP.min(facet.len())..].to_vec()),
    })
}

/// Words typed one letter at a time (the first two warm the page up).
const TYPED_WORDS: [&str; 8] = [
    "police",
    "ratify",
    "detention",
    "education",
    "torture",
    "monitoring",
    "children",
    "commission",
];

struct Latencies {
    keystroke: Vec<f64>,
    word: Vec<f64>,
    facet: Vec<f64>,
}

/// The rating session on the whole list: keys 1, 2 and 3 in turn on one recommendation, each
/// changing its status, after warm-up keys; the painted frame, and "Saved" (IndexedDB's commit).
async fn rating_latencies(dataset: Option<&str>) -> Result<(Vec<f64>, Vec<f64>), String> {
    let app = start(dataset, LOOPBACK).await?;
    app.goto("/").await?;
    // Who rates, as the picker remembers it in this browser.
    app.eval(
        "localStorage.setItem('upr-assessor', JSON.stringify({ name: 'Bench coalition', kind: 'civil_society' }))",
    )
    .await?;
    app.goto("/?view=rate").await?;
    wait_until(
        &app,
        "!!document.querySelector('[data-testid=rate-status]') && /rated by/.test(document.querySelector('[data-testid=rate-progress]').textContent)",
        Duration::from_secs(180),
    )
    .await?;
    let (mut paint, mut saved) = (Vec::new(), Vec::new());
    for i in 0..WARM_UP + SAMPLES {
        let key = ["1", "2", "3"][i % 3];
        let (p, s) = measure_rating(&app, key).await?;
        if i >= WARM_UP {
            paint.extend(p);
            saved.extend(s);
        }
    }
    app.close().await;
    Ok((sorted(paint), sorted(saved)))
}

async fn run(label: &str, n: usize, dataset: Option<String>) -> Result<Value, String> {
    let d = dataset.as_deref();
    let mut loads = json!({});
    for (name, network) in [("loopback", LOOPBACK), ("throttled", THROTTLED)] {
        let mut runs = Vec::new();
        for i in 0..COLD_LOADS {
            eprintln!("{label}: cold load {} of {COLD_LOADS} ({name})", i + 1);
            runs.push(cold_load(d, network).await?);
        }
        let spread = |key: &str| {
            let v = sorted(
                runs.iter()
                    .map(|r| r[key].as_f64().unwrap_or(f64::NAN))
                    .collect(),
            );
            json!({ "median": percentile(&v, 0.5), "min": v.first(), "max": v.last(), "all": v })
        };
        loads[name] = json!({
            "first_data_paint_ms": spread("first_data_paint_ms"),
            "app_data_paint_ms": spread("app_data_paint_ms"),
            "bytes_before_first_data_paint": spread("bytes_before_first_data_paint"),
            "bytes": runs[0]["bytes"],
            "heap_bytes": runs[0]["heap_bytes"],
            "wasm_bytes": runs[0]["wasm_bytes"],
            "app_errors": runs.iter().flat_map(|r| r["app_errors"].as_array().cloned().unwrap_or_default()).collect::<Vec<_>>(),
        });
    }
    eprintln!("{label}: search and facet latency");
    let l = latencies(d).await?;
    let stats = |v: &[f64]| json!({ "p50_ms": percentile(v, 0.5), "p95_ms": percentile(v, 0.95), "samples": v.len() });
    eprintln!("{label}: rating key latency");
    let (rating, saved) = rating_latencies(d).await?;
    Ok(json!({
        "rating": stats(&rating),
        "rating_saved": stats(&saved),
        "dataset": label,
        "recommendations": n,
        "loads": loads,
        "keystroke": stats(&l.keystroke),
        "search": stats(&l.word),
        "facet": stats(&l.facet),
    }))
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

/// Each budget of issue 7 with the figure it applies to.
fn budgets(results: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut check = |what: String, figure: f64, budget: f64, unit: &str| {
        out.push(json!({ "what": what, "figure": figure, "budget": budget, "unit": unit, "met": figure <= budget }));
    };
    for r in results {
        let label = r["dataset"].as_str().unwrap_or("?").to_string();
        let n = r["recommendations"].as_u64().unwrap_or(0);
        if label.starts_with("bundled") {
            let total: f64 = KINDS
                .iter()
                .map(|k| num(&r["loads"]["loopback"]["bytes"][*k]["compressed"]))
                .filter(|v| v.is_finite())
                .sum();
            check(
                format!("{label}: first-view transfer, compressed"),
                total / KB,
                400.0,
                "KB",
            );
            check(
                format!("{label}: first data paint, loopback (median)"),
                num(&r["loads"]["loopback"]["first_data_paint_ms"]["median"]),
                500.0,
                "ms",
            );
            check(
                format!("{label}: first data paint, throttled (median)"),
                num(&r["loads"]["throttled"]["first_data_paint_ms"]["median"]),
                2000.0,
                "ms",
            );
        }
        let limit = match n {
            10_000 => Some(16.0),
            100_000 => Some(50.0),
            _ => None,
        };
        if let Some(limit) = limit {
            check(
                format!("{label}: search keystroke p50"),
                num(&r["keystroke"]["p50_ms"]),
                limit,
                "ms",
            );
            check(
                format!("{label}: search, a whole word at once, p50"),
                num(&r["search"]["p50_ms"]),
                limit,
                "ms",
            );
            check(
                format!("{label}: facet p50"),
                num(&r["facet"]["p50_ms"]),
                limit,
                "ms",
            );
        }
        if n == 10_000 {
            check(
                format!("{label}: rating key to its painted frame p50"),
                num(&r["rating"]["p50_ms"]),
                16.0,
                "ms",
            );
        }
        if n == 100_000 {
            let load = &r["loads"]["loopback"];
            check(
                format!("{label}: memory after load, JavaScript heap + WebAssembly"),
                (num(&load["heap_bytes"]) + num(&load["wasm_bytes"])) / KB / KB,
                100.0,
                "MB",
            );
        }
    }
    out
}

fn print_table(results: &[Value]) {
    println!("\nFirst view (loopback, gzip): KB raw / compressed");
    print!("{:<18}", "dataset");
    for k in KINDS {
        print!(" {:>17}", k);
    }
    println!(" {:>17}", "total");
    for r in results {
        print!("{:<18}", r["dataset"].as_str().unwrap_or("?"));
        let (mut raw, mut gz) = (0.0, 0.0);
        for k in KINDS {
            let b = &r["loads"]["loopback"]["bytes"][k];
            let (a, c) = (num(&b["raw"]) / KB, num(&b["compressed"]) / KB);
            if a.is_finite() {
                raw += a;
                gz += c;
                print!(" {:>8.0}/{:<8.0}", a, c);
            } else {
                print!(" {:>17}", "-");
            }
        }
        println!(" {:>8.0}/{:<8.0}", raw, gz);
    }
    println!(
        "\n{:<18} {:>22} {:>22} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>9} {:>9}",
        "dataset",
        "paint loopback ms",
        "paint throttled ms",
        "key 50",
        "key 95",
        "word 50",
        "word 95",
        "facet 50",
        "facet 95",
        "heap MB",
        "wasm MB"
    );
    for r in results {
        let paint = |net: &str| {
            let p = &r["loads"][net]["first_data_paint_ms"];
            format!(
                "{:.0} ({:.0}–{:.0})",
                num(&p["median"]),
                num(&p["min"]),
                num(&p["max"])
            )
        };
        println!(
            "{:<18} {:>22} {:>22} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>9.1} {:>9.1}",
            r["dataset"].as_str().unwrap_or("?"),
            paint("loopback"),
            paint("throttled"),
            num(&r["keystroke"]["p50_ms"]),
            num(&r["keystroke"]["p95_ms"]),
            num(&r["search"]["p50_ms"]),
            num(&r["search"]["p95_ms"]),
            num(&r["facet"]["p50_ms"]),
            num(&r["facet"]["p95_ms"]),
            num(&r["loads"]["loopback"]["heap_bytes"]) / KB / KB,
            num(&r["loads"]["loopback"]["wasm_bytes"]) / KB / KB,
        );
    }
    println!(
        "\nRating session (a key 1, 2 or 3 on one recommendation), ms: p50 / p95 to the painted frame, and to \"Saved\" (IndexedDB's commit)"
    );
    for r in results {
        println!(
            "{:<18} frame {:>6.1} / {:<6.1} saved {:>6.1} / {:<6.1}",
            r["dataset"].as_str().unwrap_or("?"),
            num(&r["rating"]["p50_ms"]),
            num(&r["rating"]["p95_ms"]),
            num(&r["rating_saved"]["p50_ms"]),
            num(&r["rating_saved"]["p95_ms"]),
        );
    }
    println!(
        "\nFirst data paint (median ms): the first real figures on screen, and the app's own; KB that had arrived by then"
    );
    println!(
        "{:<18} {:>14} {:>14} {:>14} {:>14} {:>14}",
        "dataset", "loopback", "app loopback", "throttled", "app throttled", "KB by then"
    );
    for r in results {
        let median = |net: &str, key: &str| num(&r["loads"][net][key]["median"]);
        println!(
            "{:<18} {:>14.0} {:>14.0} {:>14.0} {:>14.0} {:>14.0}",
            r["dataset"].as_str().unwrap_or("?"),
            median("loopback", "first_data_paint_ms"),
            median("loopback", "app_data_paint_ms"),
            median("throttled", "first_data_paint_ms"),
            median("throttled", "app_data_paint_ms"),
            median("throttled", "bytes_before_first_data_paint") / KB,
        );
    }
}

/// The files of dist/ that the first view does not fetch, by when they are fetched, raw and gzipped
/// the way the bench's server gzips.
fn fetched_later() -> Result<Vec<Value>, String> {
    let dist = upr_e2e::dist_dir();
    // Code two or more parts share, each file fetched with the first part that needs it.
    let shared: Vec<String> = upr_e2e::app_wasm(&dist)
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| name.starts_with("chunk_"))
        .collect();
    let files = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let chunk = |part: &str| upr_e2e::chunk_file(&dist, part);
    let groups: Vec<(&str, Vec<String>)> = vec![
        (
            "the overview's charts: code (when they come near the screen)",
            vec![chunk("charts")],
        ),
        (
            "the overview's charts: ECharts (with them)",
            files(&["echarts.js"]),
        ),
        ("Recommendations view: code", vec![chunk("recommendations")]),
        (
            "Map view: code and map outlines",
            vec![chunk("map"), "data/mongolia_admin1.geojson".into()],
        ),
        ("Consultations view: code", vec![chunk("consultations")]),
        ("Data view: code", vec![chunk("data")]),
        (
            "presenting a deck: its controls and QR code",
            vec![chunk("presenter")],
        ),
        (
            "the deck panel (when it is first opened)",
            vec![chunk("deck")],
        ),
        (
            "recording ratings: the session, the form, the validation view, the log",
            vec![chunk("assess"), "locales/en/assess.ftl".into()],
        ),
        ("code shared by some of the parts above", shared),
        (
            "import worker (when files are chosen for import)",
            files(&[
                "upr-import-worker_loader.js",
                "upr-import-worker.js",
                "upr-import-worker_bg.wasm",
            ]),
        ),
    ];
    groups
        .iter()
        .map(|(what, files)| {
            let (mut raw, mut compressed) = (0usize, 0usize);
            for f in files {
                let bytes = std::fs::read(dist.join(f)).map_err(|e| format!("{f}: {e}"))?;
                raw += bytes.len();
                compressed += upr_e2e::gzip(&bytes).len();
            }
            Ok(json!({ "what": what, "files": files, "raw": raw, "compressed": compressed }))
        })
        .collect()
}

#[tokio::main]
async fn main() -> Result<(), String> {
    // Exact heap figures rather than Chromium's bucketed ones.
    let extra = std::env::var(upr_e2e::CHROMIUM_ARGS_ENV).unwrap_or_default();
    std::env::set_var(
        upr_e2e::CHROMIUM_ARGS_ENV,
        format!("{extra} --enable-precise-memory-info"),
    );
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    };
    let bundled = std::fs::read_to_string(upr_e2e::dist_dir().join("data/mongolia-upr.json"))
        .map_err(|e| e.to_string())?;
    let bundled_n = upr_core::load_dataset(&bundled)
        .map(|l| l.dataset.recommendations.len())
        .unwrap_or(0);
    // A size that fails is reported with its error; the others are still measured.
    let mut results = Vec::new();
    let mut errors = Vec::new();
    let mut runs = vec![(format!("bundled ({bundled_n})"), bundled_n, None)];
    for n in sizes {
        runs.push((
            format!("synthetic {n}"),
            n,
            Some(upr_core::synthetic::dataset_json(n, 42)),
        ));
    }
    for (label, n, text) in runs {
        match run(&label, n, text).await {
            Ok(r) => results.push(r),
            Err(e) => {
                eprintln!("{label}: FAILED: {e}");
                errors.push(json!({ "dataset": label, "error": e }));
            }
        }
    }
    print_table(&results);
    println!("\nWhen the first view's files had arrived, loopback (median run's first load), ms after navigation start");
    for r in &results {
        let b = &r["loads"]["loopback"]["bytes"];
        println!(
            "{:<18} wasm {:>6.0}  javascript {:>6.0}  data {:>6.0}  first data paint {:>6.0}",
            r["dataset"].as_str().unwrap_or("?"),
            num(&b["wasm"]["arrived_ms"]),
            num(&b["javascript"]["arrived_ms"]),
            num(&b["data"]["arrived_ms"]),
            num(&r["loads"]["loopback"]["first_data_paint_ms"]["median"]),
        );
    }
    let later = fetched_later()?;
    println!("\nFetched after the first view, when needed: KB raw / compressed (gzip level 6, as served)");
    for l in &later {
        println!(
            "  {:<58} {:>6.0}/{:<6.0}",
            l["what"].as_str().unwrap_or("?"),
            num(&l["raw"]) / KB,
            num(&l["compressed"]) / KB,
        );
    }
    let mut budgets = budgets(&results);
    let fixtures = upr_e2e::repo_root().join("tests/fixtures/official-lists");
    let upr_info: Vec<std::path::PathBuf> = ["1-5", "6-9", "10-13", "14-17", "17-20", "voluntary"]
        .iter()
        .map(|f| fixtures.join(format!("upr-info-2008-2014/{f}.csv")))
        .collect();
    // A UHRI Excel export of 5,000 rows (4,500 UPR recommendations, 500 of a treaty body), made here.
    let scratch = upr_e2e::TempDir::new("bench-uhri")?;
    let uhri = scratch.write(
        "uhri-5000.xlsx",
        upr_e2e::uhri_xlsx("Mongolia", 4_500, 500)?,
    )?;
    // A CSV of 1,000,000 assessment rows, each naming a recommendation the data does not have.
    let mut big = String::from(
        "recommendation,assessor_kind,assessor,status,date,evidence,citation,region\n",
    );
    for i in 0..1_000_000 {
        big.push_str(&format!("c9-{i},ngo,Coalition,fully,2024-03-05,,p. {i},\n"));
    }
    let big = scratch.write("ratings-1000000.csv", big)?;
    let official: [(&str, Vec<std::path::PathBuf>, &str, f64); 4] = [
        (
            "OHCHR thematic list, 254 recommendations (.docx)",
            vec![fixtures.join("slovenia-upr48-cycle4-thematic-list.docx")],
            "official list of 254 read and checked (worker running)",
            300.0,
        ),
        (
            "UHRI Excel export, 5,000 rows (.xlsx)",
            vec![uhri],
            "UHRI export of 5,000 rows read and checked (worker running)",
            2000.0,
        ),
        (
            "A CSV of 1,000,000 rows with a problem in each",
            vec![big],
            "1,000,000-row CSV answered (worker running)",
            20_000.0,
        ),
        (
            "UPR Info's six export files, 42,013 rows (.csv)",
            upr_info,
            "UPR Info's 42,013 rows read and checked (worker running)",
            3000.0,
        ),
    ];
    for (label, files, what, budget) in official {
        match official_list_check(&files).await {
            Ok((first, again)) => {
                println!("\n{label}: choosing it to its report, ms");
                println!("  first (the import worker is fetched and started) {first:>7.0}");
                println!("  again                                            {again:>7.0}");
                budgets.push(json!({
                    "what": what,
                    "figure": again, "budget": budget, "unit": "ms", "met": again <= budget,
                }));
            }
            Err(e) => {
                eprintln!("{label}: FAILED: {e}");
                errors.push(json!({ "dataset": label, "error": e }));
            }
        }
    }
    println!("\nBudgets");
    for b in &budgets {
        println!(
            "  {:<4} {:<58} {:>9.1} {:<3} (budget {} {})",
            if b["met"].as_bool() == Some(true) {
                "met"
            } else {
                "MISS"
            },
            b["what"].as_str().unwrap_or("?"),
            num(&b["figure"]),
            b["unit"].as_str().unwrap_or(""),
            num(&b["budget"]),
            b["unit"].as_str().unwrap_or(""),
        );
    }
    let dir = upr_e2e::repo_root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("report.json");
    let report =
        json!({ "results": results, "fetched_later": later, "budgets": budgets, "errors": errors });
    std::fs::write(
        &path,
        upr_e2e::serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    println!("\nwritten: {}", path.display());
    Ok(())
}
