//! The overview's charts end to end: they render, they carry their title and source line, they
//! follow the filters of the URL in place (read back through ECharts' own `getOption`), and they
//! say so honestly when there is nothing to draw.

use upr_e2e::serde_json::{json, Value};
use upr_e2e::App;

/// A JavaScript expression: the ECharts instance of chart `id`, or null.
fn instance(id: &str) -> String {
    format!(
        "(() => {{ const el = document.querySelector('[data-testid=\"chart-{id}\"] [data-testid=\"chart-canvas\"]'); \
         return el && window.echarts ? window.echarts.getInstanceByDom(el) || null : null; }})()"
    )
}

/// The values of the first series' data of chart `id` (the donut's four slices), once drawn.
fn donut_values() -> String {
    format!(
        "(() => {{ const i = {}; if (!i) return null; const s = i.getOption().series; \
         return s && s[0] ? s[0].data.map(d => d.value) : null; }})()",
        instance("status")
    )
}

async fn values(app: &App, expr: &str) -> Result<Vec<u64>, String> {
    let v = app.wait_for_js(expr).await?;
    Ok(v.as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default())
}

/// Waits until the donut's slices add up to `total` (the charts follow a new query in place).
async fn wait_for_donut_total(app: &App, total: u64) -> Result<(), String> {
    app.wait_for_js(&format!(
        "(() => {{ const v = {}; return !!v && v.reduce((a, b) => a + b, 0) === {total}; }})()",
        donut_values()
    ))
    .await
    .map(drop)
}

#[tokio::test]
async fn every_chart_renders_on_the_overview_with_its_title_source_and_patterns(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    app.show_charts().await?;
    for id in [
        "status", "theme", "state", "response", "assessor", "progress",
    ] {
        let expr = format!(
            "(() => {{ const i = {}; if (!i) return null; const o = i.getOption(); \
             return {{ title: o.title[0].text, sub: o.title[0].subtext, series: o.series.length, \
             decal: o.aria[0] ? o.aria[0].decal.show : o.aria.decal.show }}; }})()",
            instance(id)
        );
        let o = app
            .wait_for_js(&expr)
            .await
            .map_err(|e| format!("chart {id}: {e}"))?;
        assert!(
            o["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{id}: {o}"
        );
        let sub = o["sub"].as_str().unwrap_or_default().replace('\n', " ");
        assert!(
            sub.contains("Source:") && sub.contains("A/HRC/16/5"),
            "{id}: {sub}"
        );
        assert_eq!(o["decal"], json!(true), "{id}");
        assert!(o["series"].as_u64().is_some_and(|n| n >= 1), "{id}: {o}");
    }
    // The real data: 4 fully, 15 partially, 0 not implemented, 110 not assessed.
    assert_eq!(values(&app, &donut_values()).await?, vec![4, 15, 0, 110]);
    // Only the government has rated: the comparison says so instead of inventing one.
    let notes = app
        .texts_css("[data-testid=\"chart-assessor\"] [data-testid=\"chart-note\"]")
        .await?;
    assert!(
        notes
            .iter()
            .any(|n| n.contains("Only one kind of assessor (Government)")),
        "{notes:?}"
    );
    // A PNG of the canvas, with the title and source line drawn in it.
    let png = app
        .eval(&format!(
            "{}.getDataURL({{type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'}})",
            instance("status")
        ))
        .await?;
    let png = png.as_str().unwrap_or_default();
    assert!(
        png.starts_with("data:image/png;base64,") && png.len() > 10_000,
        "{}",
        &png[..png.len().min(60)]
    );
    app.click("chart-download").await?;
    app.finish().await
}

#[tokio::test]
async fn clearing_the_filters_changes_the_data_echarts_holds_in_the_same_instance(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?cycle=1&status=partially").await?;
    app.show_charts().await?;
    app.wait_for_text("charts-showing", "15 of 129").await?;
    assert_eq!(values(&app, &donut_values()).await?, vec![0, 15, 0, 0]);
    // Mark the instances, to see below that the charts were updated in place, not rebuilt.
    app.eval(&format!(
        "(() => {{ {}.__e2eMark = 'same'; {}.__e2eMark = 'same'; return true; }})()",
        instance("status"),
        instance("theme")
    ))
    .await?;
    let theme_total = format!(
        "(() => {{ const i = {}; if (!i) return null; const o = i.getOption(); \
         return {{ series: o.series.length, total: o.series.reduce((n, s) => n + s.data.reduce((m, d) => m + (d.value || 0), 0), 0), \
         mark: i.__e2eMark || null }}; }})()",
        instance("theme")
    );
    let before = app.wait_for_js(&theme_total).await?;

    app.click("charts-clear").await?;
    wait_for_donut_total(&app, 129).await?;
    assert_eq!(values(&app, &donut_values()).await?, vec![4, 15, 0, 110]);
    let after = app.wait_for_js(&theme_total).await?;
    assert_eq!(after["series"], json!(4), "no stale series: {after}");
    assert!(
        after["total"].as_u64() > before["total"].as_u64(),
        "{before} → {after}"
    );
    assert_eq!(
        after["mark"],
        json!("same"),
        "the theme chart was rebuilt instead of updated"
    );
    let mark = app
        .eval(&format!("{}.__e2eMark || null", instance("status")))
        .await?;
    assert_eq!(
        mark,
        json!("same"),
        "the donut was rebuilt instead of updated"
    );
    assert_eq!(app.count("charts-showing").await?, 0);
    app.finish().await
}

#[tokio::test]
async fn a_filter_that_matches_nothing_draws_no_chart_and_says_why() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?status=not").await?;
    app.show_charts().await?;
    app.wait_for_text("charts-showing", "0 of 129").await?;
    let notes = app
        .texts_css("[data-testid=\"chart-status\"] [data-testid=\"chart-note\"]")
        .await?;
    assert_eq!(
        notes,
        vec!["No recommendation matches the filters.".to_string()]
    );
    assert_eq!(
        app.eval(&format!("{} === null", instance("status")))
            .await?,
        json!(true)
    );
    app.finish().await
}

#[tokio::test]
async fn the_charts_speak_mongolian_with_the_shared_status_words() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?lang=mn").await?;
    app.show_charts().await?;
    let legend = app
        .wait_for_js(&format!(
            "(() => {{ const i = {}; return i ? i.getOption().legend[0].data.map(d => d.name || d) : null; }})()",
            instance("status")
        ))
        .await?;
    assert_eq!(
        legend,
        json!([
            "Бүрэн хэрэгжсэн",
            "Хэсэгчлэн хэрэгжсэн",
            "Хэрэгжээгүй",
            "Үнэлээгүй"
        ])
    );
    let how = app.texts("chart-how").await?;
    assert_eq!(how.len(), 6);
    assert!(
        how.iter()
            .all(|h| h.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))),
        "{how:?}"
    );
    app.finish().await
}

#[tokio::test]
async fn a_narrower_window_rewraps_the_title_lines_in_the_same_instance() -> Result<(), String> {
    let app = App::start().await?;
    app.client()
        .set_window_size(1280, 1000)
        .await
        .map_err(|e| e.to_string())?;
    app.goto("/").await?;
    app.show_charts().await?;
    let lines = format!(
        "(() => {{ const i = {}; return i ? i.getOption().title[0].subtext.split('\\n').length : null; }})()",
        instance("status")
    );
    let wide = app.wait_for_js(&lines).await?.as_u64().unwrap_or(0);
    app.eval(&format!(
        "(() => {{ {}.__e2eMark = 'same'; return true; }})()",
        instance("status")
    ))
    .await?;
    app.client()
        .set_window_size(420, 1000)
        .await
        .map_err(|e| e.to_string())?;
    let narrow = app
        .wait_for_js(&format!(
            "(() => {{ const n = {lines}; return n > {wide} ? n : null; }})()"
        ))
        .await?;
    assert!(narrow.as_u64() > Some(wide), "{wide} → {narrow}");
    let mark = app
        .eval(&format!("{}.__e2eMark || null", instance("status")))
        .await?;
    assert_eq!(mark, json!("same"));
    app.finish().await
}

/// The charts' code (a chunk of its own) and their library are not part of the first view: the
/// overview's figures arrive without them, and they are fetched when the reader scrolls towards the
/// charts (then every chart is drawn).
#[tokio::test]
async fn the_charts_library_is_fetched_only_when_a_chart_comes_near_the_screen(
) -> Result<(), String> {
    let code = upr_e2e::chunk_file(&upr_e2e::dist_dir(), "charts");
    let app = App::start().await?;
    // No service worker: it would copy every file for offline use, the charts' too.
    app.server().override_with_status("/sw.js", 404);
    app.open_overview_above_the_charts().await?;
    let asked = "(() => ({ script: !!document.getElementById('echarts-library'), \
                 global: !!window.echarts, \
                 fetched: performance.getEntriesByType('resource').some(e => e.name.endsWith('/echarts.js')) }))()";
    // The page's resource timing lacks fetches of WebAssembly in WebKit: the server's log has them.
    let code_asked = || {
        app.server()
            .requests()
            .iter()
            .any(|r| r.file_name() == code)
    };
    // The charts are more than a screen below the fold; give the page time to do what it would.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let before = app.eval(asked).await?;
    assert_eq!(
        before,
        json!({"script": false, "global": false, "fetched": false}),
        "the charts' library was asked for before any chart was near the screen"
    );
    assert!(
        !code_asked(),
        "the charts' code was asked for before they were near the screen"
    );
    app.show_charts().await?;
    for id in ["status", "progress"] {
        app.wait_for_js(&format!("!!{}", instance(id)))
            .await
            .map_err(|e| format!("chart {id}: {e}"))?;
    }
    assert_eq!(
        app.eval(asked).await?,
        json!({"script": true, "global": true, "fetched": true})
    );
    assert!(code_asked(), "the charts' code was never asked for");
    app.finish().await
}

/// The app's WebAssembly serialises only the option components the dashboard draws (each on its
/// own, `upr_core::charts::part`), not charming's whole `Chart`, whose serialiser carries every
/// component ECharts has. Read from the release build, the main module and its chunks: names only
/// that serialiser writes are absent.
#[test]
fn the_app_carries_no_serialiser_for_chart_components_it_never_draws() {
    let app = upr_e2e::app_wasm(&upr_e2e::dist_dir());
    let has = |needle: &str| {
        app.iter()
            .any(|(_, bytes)| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
    };
    // Sanity: names of components it does write are there.
    assert!(
        has("subtextStyle") && has("containLabel"),
        "not the app's wasm?"
    );
    for name in [
        "xAxis3D",
        "grid3D",
        "parallelAxis",
        "radiusAxis",
        "singleAxis",
    ] {
        assert!(
            !has(name),
            "the app carries charming's whole-chart serialiser ({name})"
        );
    }
}

#[tokio::test]
async fn the_overview_has_the_filters_of_its_charts_with_counts_and_the_same_address(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    app.show_charts().await?;
    app.wait_for("filters").await?;
    assert_eq!(values(&app, &donut_values()).await?, vec![4, 15, 0, 110]);
    // Folded above the charts; unfolded, each value says how many it would give.
    assert_eq!(
        app.eval("document.querySelector('[data-testid=filters]').open")
            .await?,
        json!(false)
    );
    app.unfold("filters").await?;
    let label = app
        .eval("document.querySelector('[data-testid=facet-status-partially]').closest('label').textContent")
        .await?;
    assert!(
        label.as_str().is_some_and(|l| l.contains("(15)")),
        "{label}"
    );
    app.click("facet-status-partially").await?;
    app.wait_for_text("charts-showing", "15 of 129").await?;
    assert_eq!(values(&app, &donut_values()).await?, vec![0, 15, 0, 0]);
    // The overview keeps its address, with the same key the table reads.
    let url = app.wait_for_url("status=partially").await?;
    assert!(!url.contains("view="), "{url}");
    app.click("nav-recommendations").await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    // Back: the overview with the filter; Back again: without it.
    app.back().await?;
    app.show_charts().await?;
    app.wait_for_text("charts-showing", "15 of 129").await?;
    app.back().await?;
    wait_for_donut_total(&app, 129).await?;
    app.finish().await
}

#[tokio::test]
async fn a_value_the_dataset_does_not_know_is_ignored_by_the_charts_as_by_the_table(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?status=partially&theme=no-such-theme").await?;
    app.show_charts().await?;
    app.wait_for_text("charts-showing", "15 of 129").await?;
    assert_eq!(values(&app, &donut_values()).await?, vec![0, 15, 0, 0]);
    let notice = app.text("query-notice").await?;
    assert!(notice.contains("theme=no-such-theme"), "{notice}");
    // The same link on the table: the same rows.
    app.goto("/?view=recommendations&status=partially&theme=no-such-theme")
        .await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    let notice = app.text("query-notice").await?;
    assert!(notice.contains("theme=no-such-theme"), "{notice}");
    app.finish().await
}
