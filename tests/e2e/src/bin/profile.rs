//! Where the time of an input goes (a developer's tool, not a test): the release build with the
//! bundled or a synthetic dataset in headless Chromium, then N search keystrokes or facet clicks,
//! with the browser's own counters (script, style, layout) per input and a CPU profile of the
//! JavaScript and WebAssembly functions by self time and, for WebAssembly, by inclusive time. For
//! function names, profile a build whose wasm keeps its name section (`data-wasm-opt="0"`).
//!   cargo run --release -p upr-e2e --bin profile -- [size] [search|facet] [inputs]

use std::collections::{HashMap, HashSet};
use std::time::Duration;
use upr_e2e::cdp::cdp;
use upr_e2e::latency::{allow_long_scripts, keystrokes, measure_input, WORDS};
use upr_e2e::serde_json::{json, Value};
use upr_e2e::App;

/// Per input, in ms: the `take` largest entries of `times` (µs in total over `inputs`).
fn print_top(title: &str, times: HashMap<String, f64>, inputs: usize, take: usize) {
    let mut top: Vec<_> = times.into_iter().collect();
    top.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("  {title}:");
    for (name, us) in top.iter().take(take) {
        let name: String = name.chars().take(160).collect();
        println!("  {:>8.2} ms  {name}", us / 1000.0 / inputs as f64);
    }
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(0);
    let kind = args.get(1).cloned().unwrap_or_else(|| "search".into());
    let inputs: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(40);
    let app = App::start().await?;
    if size > 0 {
        let text = upr_core::synthetic::dataset_json(size, 42);
        app.server()
            .override_with_bytes("/data/mongolia-upr.json", text.into_bytes());
    }
    allow_long_scripts(&app).await?;
    app.goto("/?view=recommendations").await?;
    let first_row = "!!document.querySelector('[data-testid=recommendations-table] tbody tr')";
    while app.eval(first_row).await?.as_bool() != Some(true) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let values: Vec<String> = if kind == "search" {
        WORDS.iter().flat_map(|w| keystrokes(w)).collect()
    } else {
        vec!["facet-status-partially".to_string()]
    };
    let one = async |i: usize| measure_input(&app, &kind, &values[i % values.len()]).await;
    // Warm-up: the baseline compiler's code is replaced once functions are hot.
    for i in 0..10 {
        one(i).await?;
    }

    cdp(&app, "Performance.enable", json!({})).await?;
    let metrics = async || -> Result<HashMap<String, f64>, String> {
        let m = cdp(&app, "Performance.getMetrics", json!({})).await?;
        Ok(m["metrics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|e| {
                let name = e["name"].as_str().unwrap_or("").to_string();
                (name, e["value"].as_f64().unwrap_or(0.0))
            })
            .collect())
    };
    let before = metrics().await?;
    let mut times = Vec::new();
    for i in 0..inputs {
        times.extend(one(i).await?);
    }
    let after = metrics().await?;
    times.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    let size_name = if size == 0 {
        "bundled".to_string()
    } else {
        size.to_string()
    };
    println!(
        "{inputs} {kind} inputs at {size_name} recommendations: p50 {:.1} ms, p95 {:.1} ms",
        at(0.5),
        at(0.95)
    );
    for name in [
        "TaskDuration",
        "ScriptDuration",
        "RecalcStyleDuration",
        "LayoutDuration",
    ] {
        let d = after.get(name).unwrap_or(&0.0) - before.get(name).unwrap_or(&0.0);
        println!(
            "  {name:<22} {:>8.2} ms per input",
            d * 1000.0 / inputs as f64
        );
    }

    cdp(&app, "Profiler.enable", json!({})).await?;
    cdp(
        &app,
        "Profiler.setSamplingInterval",
        json!({"interval": 100}),
    )
    .await?;
    cdp(&app, "Profiler.start", json!({})).await?;
    for i in 0..inputs {
        one(i).await?;
    }
    let profile = cdp(&app, "Profiler.stop", json!({})).await?;
    app.close().await;
    let p = &profile["profile"];
    let nodes = p["nodes"].as_array().cloned().unwrap_or_default();
    let mut name_of: HashMap<u64, String> = HashMap::new();
    let mut parent: HashMap<u64, u64> = HashMap::new();
    for n in &nodes {
        let id = n["id"].as_u64().unwrap_or(0);
        let cf = &n["callFrame"];
        let file = cf["url"]
            .as_str()
            .unwrap_or("")
            .rsplit('/')
            .next()
            .unwrap_or("");
        let name = match cf["functionName"].as_str().unwrap_or("") {
            "" => "(anonymous)",
            name => name,
        };
        name_of.insert(id, format!("{name} [{file}]"));
        for c in n["children"].as_array().cloned().unwrap_or_default() {
            parent.insert(c.as_u64().unwrap_or(0), id);
        }
    }
    let samples = p["samples"].as_array().cloned().unwrap_or_default();
    let deltas = p["timeDeltas"].as_array().cloned().unwrap_or_default();
    let (mut self_us, mut total_us) = (HashMap::new(), HashMap::new());
    // A sample lasts until the next one; its function's self time, and the inclusive time of
    // every distinct function on its stack.
    for (s, d) in samples
        .iter()
        .zip(deltas.iter().skip(1).chain([&Value::from(0)]))
    {
        let us = d.as_f64().unwrap_or(0.0);
        let mut id = s.as_u64().unwrap_or(0);
        *self_us
            .entry(name_of.get(&id).cloned().unwrap_or_default())
            .or_default() += us;
        let mut seen = HashSet::new();
        loop {
            let name = name_of.get(&id).cloned().unwrap_or_default();
            if name.contains(".wasm]") && seen.insert(name.clone()) {
                *total_us.entry(name).or_default() += us;
            }
            match parent.get(&id) {
                Some(p) => id = *p,
                None => break,
            }
        }
    }
    print_top(
        "inclusive time per input, WebAssembly functions",
        total_us,
        inputs,
        40,
    );
    print_top("self time per input, by function", self_us, inputs, 40);
    Ok(())
}
