//! Where the time of an input goes (a developer's tool, not a test): the release build with the
//! bundled or a synthetic dataset in headless Chromium; N search keystrokes or facet clicks, with
//! the browser's own counters (script, style, layout) per input and a CPU profile of JavaScript
//! and WebAssembly functions by self time.
//!   cargo run --release -p upr-e2e --bin profile -- [size] [search|facet] [inputs]

use std::collections::HashMap;
use std::time::Duration;
use upr_e2e::cdp::cdp;
use upr_e2e::serde_json::{json, Value};
use upr_e2e::App;

const MEASURE: &str = include_str!("../measure_input.js");

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
    app.client()
        .update_timeouts(upr_e2e::fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(600)),
            Some(Duration::from_secs(600)),
            None,
        ))
        .await
        .map_err(|e| e.to_string())?;
    app.goto("/?view=recommendations").await?;
    for _ in 0..1800 {
        if app
            .eval("!!document.querySelector('[data-testid=recommendations-table] tbody tr')")
            .await?
            .as_bool()
            == Some(true)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if let Ok(path) = std::env::var("UPR_PROFILE_SCREENSHOT") {
        let png = app.client().screenshot().await.map_err(|e| e.to_string())?;
        std::fs::write(&path, png).map_err(|e| e.to_string())?;
    }
    if let Ok(path) = std::env::var("UPR_PROFILE_JS") {
        let js = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let v = app
            .client()
            .execute_async(&js, vec![])
            .await
            .map_err(|e| e.to_string())?;
        println!("script: {v}");
    }
    let words = [
        "detention",
        "education",
        "trafficking",
        "police",
        "mining",
        "ratify",
    ];
    let values: Vec<String> = if kind == "search" {
        // Keystrokes: each word typed one character at a time.
        words
            .iter()
            .flat_map(|w| {
                (1..=w.len())
                    .map(|n| w[..n].to_string())
                    .collect::<Vec<_>>()
            })
            .collect()
    } else {
        vec!["facet-status-partially".to_string()]
    };
    let one = async |i: usize| -> Result<f64, String> {
        let v = app
            .client()
            .execute_async(MEASURE, vec![json!(kind), json!(values[i % values.len()])])
            .await
            .map_err(|e| e.to_string())?;
        Ok(v.as_f64().unwrap_or(-1.0))
    };
    for i in 0..10 {
        one(i).await?;
    }
    if let Ok(path) = std::env::var("UPR_PROFILE_DETAIL") {
        let js = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let script = |var: &str| {
            std::env::var(var)
                .ok()
                .and_then(|p| std::fs::read_to_string(p).ok())
        };
        if let Some(before) = script("UPR_PROFILE_BEFORE_JS") {
            app.client()
                .execute_async(&before, vec![])
                .await
                .map_err(|e| e.to_string())?;
        }
        for i in 0..inputs {
            let v = app
                .client()
                .execute_async(&js, vec![json!(kind), json!(values[i % values.len()])])
                .await
                .map_err(|e| e.to_string())?;
            println!("{v}");
        }
        if let Some(after) = script("UPR_PROFILE_AFTER_JS") {
            let v = app
                .client()
                .execute_async(&after, vec![])
                .await
                .map_err(|e| e.to_string())?;
            println!("after: {v}");
        }
        app.close().await;
        return Ok(());
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
                (
                    e["name"].as_str().unwrap_or("").to_string(),
                    e["value"].as_f64().unwrap_or(0.0),
                )
            })
            .collect())
    };
    let before = metrics().await?;
    let mut times = Vec::new();
    for i in 0..inputs {
        times.push(one(i).await?);
    }
    let after = metrics().await?;
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{inputs} {kind} inputs at {} recommendations: p50 {:.1} ms, p95 {:.1} ms",
        if size == 0 {
            "bundled".to_string()
        } else {
            size.to_string()
        },
        times[times.len() / 2],
        times[(times.len() * 95 / 100).min(times.len() - 1)]
    );
    for name in [
        "TaskDuration",
        "ScriptDuration",
        "RecalcStyleDuration",
        "LayoutDuration",
        "LayoutCount",
        "RecalcStyleCount",
        "Nodes",
        "JSHeapUsedSize",
    ] {
        let d = after.get(name).unwrap_or(&0.0) - before.get(name).unwrap_or(&0.0);
        let per = d / inputs as f64;
        if name.ends_with("Duration") {
            println!("  {name:<22} {:>8.2} ms per input", per * 1000.0);
        } else {
            println!(
                "  {name:<22} {:>8.1} per input (now {})",
                per,
                after.get(name).unwrap_or(&0.0)
            );
        }
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
    let p = &profile["profile"];
    let nodes = p["nodes"].as_array().cloned().unwrap_or_default();
    let mut name_of: HashMap<u64, String> = HashMap::new();
    for n in &nodes {
        let cf = &n["callFrame"];
        let url = cf["url"].as_str().unwrap_or("");
        let file = url.rsplit('/').next().unwrap_or("");
        let name = cf["functionName"].as_str().unwrap_or("");
        name_of.insert(
            n["id"].as_u64().unwrap_or(0),
            format!(
                "{} [{}]",
                if name.is_empty() { "(anonymous)" } else { name },
                file
            ),
        );
    }
    let samples = p["samples"].as_array().cloned().unwrap_or_default();
    let deltas = p["timeDeltas"].as_array().cloned().unwrap_or_default();
    let mut self_us: HashMap<String, f64> = HashMap::new();
    for (s, d) in samples.iter().zip(
        deltas
            .iter()
            .skip(1)
            .chain(std::iter::once(&Value::from(0))),
    ) {
        let id = s.as_u64().unwrap_or(0);
        *self_us
            .entry(name_of.get(&id).cloned().unwrap_or_default())
            .or_default() += d.as_f64().unwrap_or(0.0);
    }
    // Inclusive time: a sample counts for every distinct function on its stack.
    let mut parent: HashMap<u64, u64> = HashMap::new();
    for n in &nodes {
        for c in n["children"].as_array().cloned().unwrap_or_default() {
            parent.insert(c.as_u64().unwrap_or(0), n["id"].as_u64().unwrap_or(0));
        }
    }
    let mut total_us: HashMap<String, f64> = HashMap::new();
    for (s, d) in samples.iter().zip(
        deltas
            .iter()
            .skip(1)
            .chain(std::iter::once(&Value::from(0))),
    ) {
        let mut id = s.as_u64().unwrap_or(0);
        let mut seen = std::collections::HashSet::new();
        loop {
            let name = name_of.get(&id).cloned().unwrap_or_default();
            if seen.insert(name.clone()) {
                *total_us.entry(name).or_default() += d.as_f64().unwrap_or(0.0);
            }
            match parent.get(&id) {
                Some(p) => id = *p,
                None => break,
            }
        }
    }
    let mut inclusive: Vec<_> = total_us
        .into_iter()
        .filter(|(n, _)| n.contains(".wasm]"))
        .collect();
    inclusive.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("  inclusive time per input, WebAssembly functions:");
    for (name, us) in inclusive.iter().take(60) {
        println!(
            "  {:>8.2} ms  {}",
            us / 1000.0 / inputs as f64,
            name.chars().take(170).collect::<String>()
        );
    }
    let mut top: Vec<_> = self_us.into_iter().collect();
    top.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("  self time per input, by function:");
    for (name, us) in top.iter().take(45) {
        println!(
            "  {:>8.2} ms  {}",
            us / 1000.0 / inputs as f64,
            name.chars().take(150).collect::<String>()
        );
    }
    app.close().await;
    Ok(())
}
