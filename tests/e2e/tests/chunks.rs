//! The app's WebAssembly is cut into a main module and chunks (src/chunks.rs,
//! scripts/split-wasm.sh): the first view fetches the main module only; each other view, and the
//! overview's charts, fetch their chunk the first time they are shown, and a chunk that cannot be
//! fetched is reported with a way to try again.

use upr_e2e::App;

/// The WebAssembly files the page has asked the server for so far, in order, each file as often as
/// it was asked for. Read from the server's log rather than the page's resource timing, which
/// WebKit does not fill for these fetches. The tests keep the service worker out (sw.js answers
/// 404: the app then works online only), so that its copying of every file is not counted.
fn requested_wasm(app: &App) -> Vec<String> {
    app.server()
        .requests()
        .into_iter()
        .filter(|r| r.file_name().ends_with(".wasm"))
        .map(|r| r.file_name().to_string())
        .collect()
}

fn once_each(mut names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    names
}

fn chunk(part: &str) -> String {
    upr_e2e::chunk_file(&upr_e2e::dist_dir(), part)
}

#[tokio::test]
async fn the_first_view_fetches_the_main_module_and_each_view_its_chunk_when_first_opened(
) -> Result<(), String> {
    let (map, recommendations) = (chunk("map"), chunk("recommendations"));
    let app = App::start().await?;
    app.server().override_with_status("/sw.js", 404);
    app.open_overview_above_the_charts().await?;
    // Give the page time to fetch whatever it would fetch on its own.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        once_each(requested_wasm(&app)),
        vec!["upr-dashboard_bg.wasm".to_string()],
        "the first view fetched more than the main module"
    );

    app.click("nav-map").await?;
    app.wait_for("map-chart").await?;
    let fetched = requested_wasm(&app);
    assert!(fetched.contains(&map), "{fetched:?}");
    assert!(
        !fetched.contains(&recommendations),
        "the recommendations' chunk was fetched for the map: {fetched:?}"
    );

    app.click("nav-recommendations").await?;
    app.wait_for("recommendation-row").await?;
    let fetched = requested_wasm(&app);
    assert!(fetched.contains(&recommendations), "{fetched:?}");
    // Back to the map: its chunk is not fetched a second time.
    app.click("nav-map").await?;
    app.wait_for("map-chart").await?;
    let again = requested_wasm(&app);
    assert_eq!(again.iter().filter(|n| **n == map).count(), 1, "{again:?}");
    app.finish().await
}

/// Nothing of the first view is downloaded twice. WebKit did download the wasm and the dataset
/// twice while they were preloaded with `<link rel=preload as=fetch>`: it does not hand a preloaded
/// response to `fetch()`.
#[tokio::test]
async fn each_file_of_the_first_view_is_downloaded_once() -> Result<(), String> {
    let app = App::start().await?;
    app.server().override_with_status("/sw.js", 404);
    app.open_overview_above_the_charts().await?;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let fetched: Vec<String> = app
        .server()
        .requests()
        .iter()
        .map(|r| r.file_name().to_string())
        .filter(|name| !name.is_empty() && name != "sw.js")
        .collect();
    for needed in ["upr-dashboard_bg.wasm", "mongolia-upr.json"] {
        assert!(fetched.iter().any(|n| n == needed), "{needed}: {fetched:?}");
    }
    assert_eq!(once_each(fetched.clone()), fetched, "downloaded twice");
    app.finish().await
}

/// A chunk that cannot be fetched (a partial deployment, a dropped connection) is reported in the
/// reader's language with a way to try again; the link stays as it was, and trying again once the
/// file is there shows the view.
#[tokio::test]
async fn a_view_whose_chunk_cannot_be_fetched_says_so_and_can_be_tried_again() -> Result<(), String>
{
    let app = App::start().await?;
    app.server()
        .override_with_status(&format!("/{}", chunk("map")), 404);
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

#[tokio::test]
async fn recording_ratings_is_a_chunk_fetched_when_first_used_not_by_the_first_view(
) -> Result<(), String> {
    let (assess, deck) = (chunk("assess"), chunk("deck"));
    let app = App::start().await?;
    app.server().override_with_status("/sw.js", 404);
    app.goto("/?view=recommendations").await?;
    app.wait_for("recommendation-row").await?;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    let fetched = requested_wasm(&app);
    assert!(!fetched.contains(&assess), "{fetched:?}");
    assert!(!fetched.contains(&deck), "{fetched:?}");
    // The row's "Rate" opens the rating session on that recommendation, with its chunk.
    app.click("rate-row").await?;
    app.wait_for("rate-card").await?;
    let fetched = requested_wasm(&app);
    assert!(fetched.contains(&assess), "{fetched:?}");
    // The deck panel's body comes when the panel is first opened.
    app.unfold("deck-panel").await?;
    app.wait_for("deck-add").await?;
    assert!(requested_wasm(&app).contains(&deck));
    app.finish().await
}
