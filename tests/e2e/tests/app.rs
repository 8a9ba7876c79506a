//! End-to-end tests of the dashboard: the release build in `dist/` (or `$UPR_E2E_DIST`),
//! served on 127.0.0.1 and driven through WebDriver. Build first: `trunk build --release`.
//!
//! Every test ends with `app.finish()`: no request left 127.0.0.1 and `window.__appErrors`
//! is empty.

use upr_e2e::serde_json::json;
use upr_e2e::{fixture, App};

const DATASET: &str = "/data/mongolia-upr.json";

/// Asserts that the text of `testid` is exactly `expected` (ignoring surrounding space).
async fn assert_text(app: &App, testid: &str, expected: &str) -> Result<(), String> {
    let text = app.text(testid).await?;
    assert_eq!(text.trim(), expected, "text of {testid}");
    Ok(())
}

// --- the shell -----------------------------------------------------------------------------

#[tokio::test]
async fn the_title_and_the_data_date_are_shown() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    // Until the dataset arrives the heading is the app's name; then the dataset's title.
    let title = app.wait_for_text("app-title", "Mongolia").await?;
    assert!(title.contains("Mongolia"), "app-title: {title:?}");
    let tag = app
        .eval("document.querySelector('[data-testid=\"app-title\"]').tagName")
        .await?;
    assert_eq!(tag, "H1");
    let as_of = app.wait_for_text("as-of", "2026").await?;
    assert!(as_of.contains("2026"), "as-of: {as_of:?}");
    assert_eq!(app.html_lang().await?, "en");
    app.finish().await
}

#[tokio::test]
async fn the_navigation_uses_real_links() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    for (testid, view) in [
        ("nav-overview", "overview"),
        ("nav-recommendations", "recommendations"),
        ("nav-map", "map"),
        ("nav-consultations", "consultations"),
    ] {
        let el = app.wait_for(testid).await?;
        let tag = el.tag_name().await.map_err(|e| e.to_string())?;
        assert_eq!(tag.to_ascii_lowercase(), "a", "{testid} is a link");
        let href = el
            .attr("href")
            .await
            .map_err(|e| e.to_string())?
            .unwrap_or_default();
        // The overview is the default view, so its link may omit `view=`.
        let ok = if view == "overview" {
            !href.is_empty() && !href.contains("view=") || href.contains("view=overview")
        } else {
            href.contains(&format!("view={view}"))
        };
        assert!(ok, "{testid} href {href:?}");
    }
    for testid in ["lang-en", "lang-mn"] {
        app.wait_for(testid).await?;
    }
    app.finish().await
}

#[tokio::test]
async fn the_navigation_links_switch_views() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    app.click("nav-recommendations").await?;
    app.wait_for_url("view=recommendations").await?;
    app.wait_for("recommendation-row").await?;
    app.click("nav-map").await?;
    app.wait_for_url("view=map").await?;
    app.wait_for("map-chart").await?;
    app.click("nav-consultations").await?;
    app.wait_for_url("view=consultations").await?;
    app.wait_for("consultation").await?;
    app.back().await?;
    app.wait_for_url("view=map").await?;
    app.wait_for("map-chart").await?;
    app.finish().await
}

// --- overview ------------------------------------------------------------------------------

#[tokio::test]
async fn the_overview_shows_the_real_cycle_counts() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    for (testid, expected) in [
        ("cycle-1-received", "129"),
        ("cycle-1-supported", "126"),
        ("cycle-1-noted", "3"),
        ("cycle-2-received", "164"),
        ("cycle-2-supported", "150"),
        ("cycle-2-noted", "14"),
    ] {
        assert_text(&app, testid, expected).await?;
    }
    app.finish().await
}

/// Every `.table-scroll` on the page: its table's width and the width it has, and whether it
/// draws the shadows that say it scrolls.
const TABLE_BOXES_JS: &str = "return [...document.querySelectorAll('.table-scroll')].filter(e => e.getClientRects().length > 0).map(e => ({ \
    table: (e.querySelector('table') || {}).dataset?.testid || '', scroll: e.scrollWidth, client: e.clientWidth, \
    shadows: getComputedStyle(e).backgroundImage.includes('gradient') }));";

#[tokio::test]
async fn every_table_of_the_overview_fits_its_card_or_shows_that_it_scrolls() -> Result<(), String>
{
    let app = App::start().await?;
    app.set_window_size(1366, 768).await?;
    for path in ["/", "/?lang=mn"] {
        app.goto(path).await?;
        app.wait_for("status-by-assessor-1").await?;
        app.show_charts().await?;
        app.wait_for("chart-canvas").await?;
        let boxes = app.execute(TABLE_BOXES_JS, vec![]).await?;
        let boxes = boxes.as_array().cloned().unwrap_or_default();
        assert!(boxes.len() >= 2, "{path}: {boxes:?}");
        for b in &boxes {
            let (scroll, client) = (b["scroll"].as_f64(), b["client"].as_f64());
            let fits = scroll.zip(client).is_some_and(|(s, c)| s <= c + 1.0);
            if b["table"]
                .as_str()
                .is_some_and(|t| t.starts_with("status-by-assessor"))
            {
                assert!(fits, "{path}: the status table is wider than its card: {b}");
            }
            assert!(
                fits || b["shadows"] == json!(true),
                "{path}: a table is cut with no sign that it scrolls: {b}"
            );
        }
    }
    // On a phone in Mongolian, where a table may not fit, the same rule holds.
    app.set_viewport(360, 700).await?;
    app.goto("/?lang=mn").await?;
    app.wait_for("status-by-assessor-1").await?;
    let boxes = app.execute(TABLE_BOXES_JS, vec![]).await?;
    for b in boxes.as_array().cloned().unwrap_or_default() {
        let fits = b["scroll"].as_f64() <= b["client"].as_f64().map(|c| c + 1.0);
        assert!(fits || b["shadows"] == json!(true), "360 px: {b}");
    }
    app.finish().await
}

#[tokio::test]
async fn the_published_rating_is_shown_with_its_caveat() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    let rating = app.text("published-rating").await?;
    for number in ["19", "16", "65"] {
        assert!(
            rating.contains(number),
            "published-rating lacks {number}: {rating:?}"
        );
    }
    // The caveat: more than the three numbers and their labels.
    assert!(
        rating.len() > 80,
        "published-rating has no caveat: {rating:?}"
    );
    app.finish().await
}

// --- recommendations -----------------------------------------------------------------------

#[tokio::test]
async fn the_recommendations_view_lists_all_129_first_cycle_recommendations() -> Result<(), String>
{
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    let count = app.text("recommendations-count").await?;
    assert!(
        count.contains("129 of 129"),
        "recommendations-count: {count:?}"
    );
    // Only one page of rows is rendered; the pager reaches the rest.
    app.wait_for_count("recommendation-row", 50).await?;
    assert_eq!(app.text("page-of").await?, "Page 1 of 3");
    app.click("page-next").await?;
    app.wait_for_text("page-of", "Page 2 of 3").await?;
    app.click("page-next").await?;
    app.wait_for_text("page-of", "Page 3 of 3").await?;
    assert_eq!(app.wait_for_count("recommendation-row", 29).await?, 29);
    app.finish().await
}

// --- map -----------------------------------------------------------------------------------

#[tokio::test]
async fn the_map_renders_22_provinces_with_the_credit() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map").await?;
    app.wait_for("map-chart").await?;
    let length = app
        .wait_for_js(
            "(() => { \
               const el = document.querySelector('[data-testid=\"map-chart\"]'); \
               const inst = el && window.echarts && window.echarts.getInstanceByDom(el); \
               if (!inst) return null; \
               const series = (inst.getOption() || {}).series; \
               return series && series[0] && series[0].data ? series[0].data.length : null; \
             })()",
        )
        .await?;
    assert_eq!(length, 22, "series[0].data.length");
    app.wait_for_count("region-row", 22).await?;
    assert_eq!(app.count("region-row").await?, 22);
    let credit = app.text("map-credit").await?;
    assert!(credit.contains("OpenStreetMap"), "map-credit: {credit:?}");
    assert!(credit.contains("geoBoundaries"), "map-credit: {credit:?}");
    app.finish().await
}

// --- consultations -------------------------------------------------------------------------

#[tokio::test]
async fn the_consultations_view_lists_the_provincial_consultations() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=consultations").await?;
    app.wait_for_count("consultation", 15).await?;
    let rows = app.texts("consultation").await?;
    assert_eq!(rows.len(), 15, "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.contains("February 2018")
            && r.contains("19 of the 21 aimags")
            && r.contains("15 of 17 aimags, not named in the sources")),
        "no February 2018 round of 19 of 21 aimags, 15 of them unnamed: {rows:#?}"
    );
    // The meetings of the round that the NHRC's pages name, each with its own date.
    assert!(
        rows.iter().any(|r| r.contains("12 February 2018")
            && r.contains("Ömnögovi")
            && r.contains("15 citizens and public servants")),
        "no Ömnögovi meeting of 12 February 2018: {rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("Bayankhongor") && r.contains("not named in the source")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.contains("17 May 2018")),
        "no consultation of 17 May 2018: {rows:#?}"
    );
    app.finish().await
}

// --- language ------------------------------------------------------------------------------

#[tokio::test]
async fn clicking_mongolian_switches_the_language_and_back_returns_to_english() -> Result<(), String>
{
    let app = App::start().await?;
    app.goto("/").await?;
    let english_map = app.text("nav-map").await?;
    assert_eq!(app.html_lang().await?, "en");

    app.click("lang-mn").await?;
    app.wait_for_url("lang=mn").await?;
    app.wait_for_js("document.documentElement.lang === 'mn'")
        .await?;
    assert_eq!(app.html_lang().await?, "mn");
    app.wait_for_text("nav-map", "Газрын зураг").await?;
    let title = app.wait_for_text("app-title", "Монгол").await?;
    assert!(
        title.contains("Монгол"),
        "app-title in Mongolian: {title:?}"
    );

    app.back().await?;
    app.wait_for_js("document.documentElement.lang === 'en'")
        .await?;
    let url = app.current_url().await?;
    assert!(!url.contains("lang=mn"), "URL after back: {url}");
    app.wait_for_text("nav-map", english_map.trim()).await?;
    let title = app.wait_for_text("app-title", "Mongolia").await?;
    assert!(
        title.contains("Mongolia"),
        "app-title after back: {title:?}"
    );
    app.finish().await
}

#[tokio::test]
async fn a_mongolian_link_opens_in_mongolian() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?lang=mn&view=map").await?;
    app.wait_for_text("nav-map", "Газрын зураг").await?;
    app.wait_for_js("document.documentElement.lang === 'mn'")
        .await?;
    let title = app.wait_for_text("app-title", "Монгол").await?;
    assert!(title.contains("Монгол"), "app-title: {title:?}");
    app.wait_for("map-chart").await?;
    app.finish().await
}

// --- a broken dataset ----------------------------------------------------------------------

/// Loads the app with the dataset replaced (by a fixture file or a 404), checks the error page
/// and returns the `error-path` texts.
async fn error_page_for(replacement: Option<&str>) -> Result<Vec<String>, String> {
    let app = App::start().await?;
    match replacement {
        Some(name) => app.server().override_with_file(DATASET, fixture(name))?,
        None => app.server().override_with_status(DATASET, 404),
    }
    app.goto("/").await?;
    let what = replacement.unwrap_or("a 404");
    app.wait_for("error-page")
        .await
        .map_err(|e| format!("dataset {what}: {e}"))?;
    let issues = app.wait_for_count("error-issue", 1).await?;
    assert!(issues >= 1, "dataset {what}: no error-issue rows");
    let body = app.body_text().await?;
    assert!(
        body.trim().len() > 50,
        "dataset {what}: page nearly blank: {body:?}"
    );
    let paths = app
        .texts_css("[data-testid=\"error-issue\"] [data-testid=\"error-path\"]")
        .await?;
    app.finish()
        .await
        .map_err(|e| format!("dataset {what}: {e}"))?;
    Ok(paths.into_iter().map(|p| p.trim().to_string()).collect())
}

#[tokio::test]
async fn invalid_json_shows_the_error_page() -> Result<(), String> {
    error_page_for(Some("invalid-json.json")).await.map(drop)
}

#[tokio::test]
async fn wrong_types_show_the_error_page() -> Result<(), String> {
    error_page_for(Some("wrong-types.json")).await.map(drop)
}

#[tokio::test]
async fn dangling_references_show_the_error_page_with_their_paths() -> Result<(), String> {
    let paths = error_page_for(Some("dangling-references.json")).await?;
    for expected in [
        "assessments[0].recommendation",
        "consultations[0].regions[0]",
    ] {
        assert!(
            paths.iter().any(|p| p.contains(expected)),
            "no error-path {expected}: {paths:#?}"
        );
    }
    Ok(())
}

#[tokio::test]
async fn a_dataset_saved_in_another_encoding_says_so_in_mongolian() -> Result<(), String> {
    // The test dataset saved as Windows Cyrillic (cp1251): its first Cyrillic letter is on line 4.
    let app = App::start().await?;
    app.server()
        .override_with_file(DATASET, fixture("not-utf8.json"))?;
    app.goto("/?lang=mn").await?;
    app.wait_for("error-issue").await?;
    let problem = app
        .texts_css("[data-testid=\"error-issue\"] td:last-child")
        .await?
        .join(" ");
    assert!(
        problem.contains("UTF-8") && problem.contains("4-р мөрийн"),
        "{problem}"
    );
    app.finish().await
}

#[tokio::test]
async fn an_empty_dataset_shows_the_error_page() -> Result<(), String> {
    error_page_for(Some("empty.json")).await.map(drop)
}

#[tokio::test]
async fn a_dataset_of_another_version_shows_the_error_page() -> Result<(), String> {
    error_page_for(Some("wrong-version.json")).await.map(drop)
}

#[tokio::test]
async fn a_missing_dataset_shows_the_error_page() -> Result<(), String> {
    error_page_for(None).await.map(drop)
}

// --- safety --------------------------------------------------------------------------------

#[tokio::test]
async fn markup_in_the_data_is_shown_as_text_and_never_run() -> Result<(), String> {
    let app = App::start().await?;
    app.server()
        .override_with_file(DATASET, fixture("script-in-text.json"))?;
    app.goto("/?view=recommendations").await?;
    app.wait_for("recommendation-row").await?;
    app.wait_for_all_rows().await?;
    let rows = app.texts("recommendation-row").await?;
    assert!(
        rows.iter().any(|r| r.contains("<img src=x")),
        "the markup is not shown literally: {rows:#?}"
    );
    let injected = app.eval("typeof window.__injected").await?;
    assert_eq!(injected, "undefined");
    let images = app
        .eval("document.querySelectorAll('[data-testid=\"recommendation-row\"] img').length")
        .await?;
    assert_eq!(images, 0, "an <img> element was created from the data");
    app.finish().await
}

#[tokio::test]
async fn the_content_security_policy_forbids_inline_code() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    let csp = app
        .eval(
            "(() => { const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); \
             return m ? m.getAttribute('content') : null; })()",
        )
        .await?;
    let csp = csp
        .as_str()
        .ok_or_else(|| "no <meta http-equiv=\"Content-Security-Policy\">".to_string())?;
    assert!(csp.contains("default-src 'self'"), "CSP: {csp}");
    assert!(!csp.contains("unsafe-inline"), "CSP: {csp}");
    app.finish().await
}
