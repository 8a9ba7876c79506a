//! Offline use: after one visit the service worker has the release's files, so the app reloads and
//! works with the network cut.

use upr_e2e::App;

#[tokio::test]
async fn after_a_first_visit_the_app_reloads_and_works_with_the_network_cut() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for("recommendation-row").await?;
    // The service worker has installed every file and (through clients.claim) controls the page.
    app.wait_for_js("!!navigator.serviceWorker && navigator.serviceWorker.controller !== null").await?;

    app.server().set_offline(true);
    app.refresh().await?;
    app.wait_for_count("recommendation-row", 50).await?;
    app.goto("/?view=map&lang=mn").await?;
    app.wait_for("region-row").await?;
    assert_eq!(app.text("nav-map").await?, "Газрын зураг");
    app.goto("/?view=recommendations&rec=c1-84.7").await?;
    let detail = app.text("detail-text").await?;
    assert!(detail.starts_with("Ratify the Second Optional Protocol"), "{detail}");
    app.server().set_offline(false);
    app.finish().await
}
