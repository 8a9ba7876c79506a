//! Offline use: after one visit the service worker has the release's files, so the app reloads and
//! works with the network cut.

use upr_e2e::App;

#[tokio::test]
async fn after_a_first_visit_the_app_reloads_and_works_with_the_network_cut() -> Result<(), String>
{
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for("recommendation-row").await?;
    // The service worker has installed every file and (through clients.claim) controls the page.
    app.wait_for_js("!!navigator.serviceWorker && navigator.serviceWorker.controller !== null")
        .await?;

    app.server().set_offline(true);
    // A navigation, as a user opening the address again (WebDriver's Refresh may be a hard
    // reload, which bypasses service workers by design).
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    app.goto("/?view=map&lang=mn").await?;
    app.wait_for("region-row").await?;
    assert_eq!(app.text("nav-map").await?, "Газрын зураг");
    app.goto("/?view=recommendations&rec=c1-84.7").await?;
    let detail = app.text("detail-text").await?;
    assert!(
        detail.starts_with("Ratify the Second Optional Protocol"),
        "{detail}"
    );
    // The Data view's words come with it, from the service worker too, in either language.
    app.goto("/?view=data&lang=mn").await?;
    app.wait_for_text("import-guide", "Файлыг хэрхэн бэлтгэх")
        .await?;
    app.server().set_offline(false);
    app.finish().await
}

#[tokio::test]
async fn a_new_deployment_is_announced_and_loads_only_when_the_user_reloads() -> Result<(), String>
{
    let app = App::start().await?;
    app.goto("/?view=consultations").await?;
    app.wait_for("consultation").await?;
    app.wait_for_js("!!navigator.serviceWorker && navigator.serviceWorker.controller !== null")
        .await?;
    let first = app.eval("caches.keys()").await?;

    // Deploy "a new version": the same files under a new service-worker version.
    let sw =
        std::fs::read_to_string(upr_e2e::dist_dir().join("sw.js")).map_err(|e| e.to_string())?;
    let (head, rest) = sw
        .split_once("const VERSION = \"")
        .ok_or("sw.js has no VERSION")?;
    let (_, tail) = rest.split_once('"').ok_or("sw.js VERSION is not quoted")?;
    app.server().override_with_bytes(
        "/sw.js",
        format!("{head}const VERSION = \"next-version\"{tail}").into_bytes(),
    );
    // Opening the app again makes the browser look for a new service worker.
    app.goto("/?view=consultations").await?;
    app.wait_for("update-banner").await?;
    // Until the user reloads, the page is still served by the old version.
    assert_eq!(
        app.eval("caches.keys()")
            .await?
            .as_array()
            .map(|a| !a.is_empty()),
        Some(true),
        "{first}"
    );
    app.click("update-reload").await?;
    app.wait_for_js("caches.keys().then(k => k.includes('upr-dashboard-next-version'))")
        .await?;
    app.wait_for("consultation").await?;
    app.finish().await
}
