//! The app's WebAssembly is cut into a main module and chunks (src/chunks.rs,
//! scripts/split-wasm.sh): the first view fetches the main module only; each other view, and the
//! overview's charts, fetch their chunk the first time they are shown, and a chunk that cannot be
//! fetched is reported with a way to try again.

use serde_json::Value;
use upr_e2e::App;

/// The WebAssembly files the page itself has fetched so far, by file name.
async fn fetched_wasm(app: &App) -> Result<Vec<String>, String> {
    let names = app
        .eval(
            "performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.split('/').pop()).filter(n => n.endsWith('.wasm'))",
        )
        .await?;
    Ok(names
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default())
}

#[tokio::test]
async fn the_first_view_fetches_the_main_module_and_each_view_its_chunk_when_first_opened(
) -> Result<(), String> {
    let app = App::start().await?;
    app.open_overview_above_the_charts().await?;
    // Give the page time to fetch whatever it would fetch on its own.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        fetched_wasm(&app).await?,
        vec!["upr-dashboard_bg.wasm".to_string()],
        "the first view fetched more than the main module"
    );

    app.click("nav-map").await?;
    app.wait_for("map-chart").await?;
    let fetched = fetched_wasm(&app).await?;
    assert!(
        fetched.contains(&"split_map.wasm".to_string()),
        "{fetched:?}"
    );
    assert!(
        !fetched.contains(&"split_recommendations.wasm".to_string()),
        "the recommendations' chunk was fetched for the map: {fetched:?}"
    );

    app.click("nav-recommendations").await?;
    app.wait_for("recommendation-row").await?;
    let fetched = fetched_wasm(&app).await?;
    assert!(
        fetched.contains(&"split_recommendations.wasm".to_string()),
        "{fetched:?}"
    );
    // Back to the map: its chunk is not fetched a second time.
    app.click("nav-map").await?;
    app.wait_for("map-chart").await?;
    let again = fetched_wasm(&app).await?;
    assert_eq!(
        again.iter().filter(|n| *n == "split_map.wasm").count(),
        1,
        "{again:?}"
    );
    app.finish().await
}

/// A chunk that cannot be fetched (a partial deployment, a dropped connection) is reported in the
/// reader's language with a way to try again; the link stays as it was, and trying again once the
/// file is there shows the view.
#[tokio::test]
async fn a_view_whose_chunk_cannot_be_fetched_says_so_and_can_be_tried_again() -> Result<(), String>
{
    let app = App::start().await?;
    app.server().override_with_status("/split_map.wasm", 404);
    app.goto("/?view=map&region=MN-043&lang=mn").await?;
    let message = app.wait_for_text("part-error", "ачаалж чадсангүй").await?;
    assert!(message.contains("Дахин оролдох"), "{message}");
    assert!(app.current_url().await?.contains("region=MN-043"));
    assert_eq!(app.count("map-chart").await?, 0);

    app.server().clear_overrides();
    app.click("part-retry").await?;
    app.wait_for("map-chart").await?;
    assert_eq!(app.count("part-error").await?, 0);
    assert!(app.current_url().await?.contains("region=MN-043"));
    app.finish().await
}
