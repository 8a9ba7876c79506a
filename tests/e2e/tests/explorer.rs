//! The recommendations explorer end to end: filters, search, the detail view and shared links.

use fantoccini::Locator;
use upr_e2e::App;

/// The ids of the rows on screen, in order, once the table has drawn all of them.
async fn row_ids(app: &App) -> Result<Vec<String>, String> {
    app.wait_for_all_rows().await?;
    let v = app
        .eval("Array.from(document.querySelectorAll('[data-testid=recommendation-row]')).map(r => r.dataset.id)")
        .await?;
    Ok(v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

#[tokio::test]
async fn a_filter_goes_into_the_link_and_the_link_shows_the_same_rows_in_a_fresh_browser(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    app.click("facet-status-partially").await?;
    app.wait_for_url("status=partially").await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    app.click("facet-theme-death-penalty").await?;
    let url = app.wait_for_url("theme=death-penalty").await?;
    let select = app
        .client()
        .find(Locator::Css("[data-testid=sort]"))
        .await
        .map_err(|e| e.to_string())?;
    select
        .select_by_value("-paragraph")
        .await
        .map_err(|e| e.to_string())?;
    let url = if url.contains("sort=") {
        url
    } else {
        app.wait_for_url("sort=-paragraph").await?
    };
    let rows = row_ids(&app).await?;
    assert!(!rows.is_empty() && rows.len() < 15, "{rows:?}");
    let mut sorted = rows.clone();
    sorted.sort_by_key(|id| {
        std::cmp::Reverse(id.trim_start_matches("c1-84.").parse::<u32>().unwrap_or(0))
    });
    assert_eq!(rows, sorted, "descending paragraph order");
    app.click("copy-link").await?;
    app.wait_for_js("document.querySelector('[data-testid=copy-status]').textContent.length > 0")
        .await?;
    // The three engines let the page write the clipboard after the click; Firefox also lets it
    // read the clipboard back, and then it holds the address.
    let status = app.text("copy-status").await?;
    assert_eq!(status, upr_core::t(upr_core::Lang::En, "link-copied"));
    let read = app
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             navigator.clipboard.readText().then(done, () => done(null));",
            Vec::new(),
        )
        .await
        .map_err(|e| e.to_string())?;
    if let upr_e2e::serde_json::Value::String(text) = read {
        assert_eq!(text, url, "the clipboard holds the address");
    }
    app.finish().await?;

    // The same address in a new browser with a fresh profile: the same rows in the same order.
    let path = url
        .split_once("127.0.0.1")
        .and_then(|(_, rest)| rest.split_once('/'))
        .map(|(_, p)| format!("/{p}"))
        .unwrap_or_default();
    let fresh = App::start().await?;
    fresh.goto(&path).await?;
    fresh.wait_for("recommendation-row").await?;
    assert_eq!(row_ids(&fresh).await?, rows);
    fresh.finish().await
}

#[tokio::test]
async fn back_and_forward_restore_each_view() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    // The screen answers at once; each view's address follows right after the frame that shows
    // it, and Back steps through those addresses.
    app.click("facet-status-not-assessed").await?;
    app.wait_for_text("recommendations-count", "110 of 129")
        .await?;
    app.wait_for_url("status=not-assessed").await?;
    app.click("facet-response-noted").await?;
    app.wait_for_text("recommendations-count", "3 of 129")
        .await?;
    app.wait_for_url("response=noted").await?;
    app.back().await?;
    app.wait_for_text("recommendations-count", "110 of 129")
        .await?;
    app.back().await?;
    app.wait_for_text("recommendations-count", "129 of 129")
        .await?;
    app.client().forward().await.map_err(|e| e.to_string())?;
    app.wait_for_text("recommendations-count", "110 of 129")
        .await?;
    app.finish().await
}

#[tokio::test]
async fn typing_a_search_filters_the_rows_and_ignores_case() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    let input = app
        .client()
        .find(Locator::Css("[data-testid=search]"))
        .await
        .map_err(|e| e.to_string())?;
    input
        .send_keys("TORTURE")
        .await
        .map_err(|e| e.to_string())?;
    app.wait_for_url("q=TORTURE").await?;
    let count = app.wait_for_text("recommendations-count", "of 129").await?;
    assert!(!count.contains("129 of 129"), "{count}");
    app.wait_for_all_rows().await?;
    let texts = app.texts("recommendation-row").await?;
    assert!(!texts.is_empty());
    assert!(
        texts
            .iter()
            .all(|t| t.to_lowercase().contains("tortur") || t.to_lowercase().contains("detention")),
        "{texts:#?}"
    );
    app.click("clear-filters").await?;
    app.wait_for_text("recommendations-count", "129 of 129")
        .await?;
    app.finish().await
}

#[tokio::test]
async fn back_after_a_search_returns_to_the_list_as_it_was() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    app.wait_for("cycle-1-received").await?;
    app.click("nav-recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    app.wait_for_url("view=recommendations").await?;
    let input = app
        .client()
        .find(Locator::Css("[data-testid=search]"))
        .await
        .map_err(|e| e.to_string())?;
    // Typed one key at a time, as a person types: the first key starts the search.
    for key in ["t", "o", "r", "t"] {
        input.send_keys(key).await.map_err(|e| e.to_string())?;
    }
    app.wait_for_url("q=tort").await?;
    let searched = app.wait_for_text("recommendations-count", "of 129").await?;
    assert!(!searched.contains("129 of 129"), "{searched}");
    // One Back: the whole list, still on the Recommendations view, with an empty search box.
    app.back().await?;
    app.wait_for_text("recommendations-count", "129 of 129")
        .await?;
    let url = app.current_url().await?;
    assert!(
        url.contains("view=recommendations") && !url.contains("q="),
        "{url}"
    );
    assert_eq!(
        app.eval("document.querySelector('[data-testid=search]').value")
            .await?,
        ""
    );
    // Forward: the search as it was typed, whole.
    app.client().forward().await.map_err(|e| e.to_string())?;
    app.wait_for_url("q=tort").await?;
    app.wait_for_text("recommendations-count", &searched)
        .await?;
    // Back twice: the overview the list was opened from.
    app.back().await?;
    app.wait_for_text("recommendations-count", "129 of 129")
        .await?;
    app.back().await?;
    app.wait_for("cycle-1-received").await?;
    assert!(!app.current_url().await?.contains("view="));
    app.finish().await
}

#[tokio::test]
async fn one_recommendation_has_its_own_address_with_its_evidence() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations&q=84.7").await?;
    app.wait_for_count("recommendation-row", 1).await?;
    app.click("open-recommendation").await?;
    app.wait_for_url("rec=c1-84.7").await?;
    let text = app.text("detail-text").await?;
    assert!(
        text.starts_with("Ratify the Second Optional Protocol"),
        "{text}"
    );
    let assessment = app.text("assessment").await?;
    assert!(
        assessment.contains("Fully implemented") && assessment.contains("Second Optional Protocol"),
        "{assessment}"
    );
    app.back().await?;
    app.wait_for_count("recommendation-row", 1).await?;
    // Opened directly, in Mongolian.
    app.goto("/?view=recommendations&rec=c1-84.1&lang=mn")
        .await?;
    let detail = app.text("recommendation-detail").await?;
    assert!(
        detail.contains("Үнэлээгүй"),
        "not assessed, in Mongolian: {detail}"
    );
    app.finish().await
}

#[tokio::test]
async fn invalid_parameters_are_ignored_with_a_notice() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations&status=bogus~partially&theme=no-such-theme&page=x")
        .await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    let notice = app.text("query-notice").await?;
    assert!(
        notice.contains("status=bogus")
            && notice.contains("theme=no-such-theme")
            && notice.contains("page=x"),
        "{notice}"
    );
    app.finish().await
}

#[tokio::test]
async fn script_in_the_search_parameter_stays_text() -> Result<(), String> {
    let app = App::start().await?;
    let payload = "%3Cimg%20src%3Dx%20onerror%3D%22window.__injected%3D1%22%3E%3Cscript%3Ewindow.__injected%3D2%3C%2Fscript%3E";
    app.goto(&format!("/?view=recommendations&q={payload}"))
        .await?;
    app.wait_for("no-rows").await?;
    let value = app
        .eval("document.querySelector('[data-testid=search]').value")
        .await?;
    assert_eq!(
        value,
        "<img src=x onerror=\"window.__injected=1\"><script>window.__injected=2</script>"
    );
    assert_eq!(app.eval("typeof window.__injected").await?, "undefined");
    assert_eq!(
        app.eval("document.querySelectorAll('main img, main script').length")
            .await?,
        0
    );
    app.finish().await
}

#[tokio::test]
async fn the_table_is_busy_until_the_rest_of_a_new_list_of_rows_is_drawn() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    app.wait_for_all_rows().await?;
    // Every change of the table's aria-busy from here on, with the rows drawn at that moment.
    app.execute(
        "const table = document.querySelector('[data-testid=recommendations-table]'); \
         window.__busy = []; \
         new MutationObserver(() => window.__busy.push([table.getAttribute('aria-busy'), \
           table.querySelectorAll('[data-testid=recommendation-row]').length])) \
           .observe(table, { attributes: true, attributeFilter: ['aria-busy'] });",
        vec![],
    )
    .await?;
    // 110 rows match: a page of 50, more than the first frame draws.
    app.click("facet-status-not-assessed").await?;
    app.wait_for_text("recommendations-count", "110 of 129")
        .await?;
    app.wait_for_all_rows().await?;
    let busy = app.eval("window.__busy").await?;
    let changes = busy.as_array().cloned().unwrap_or_default();
    assert_eq!(changes.len(), 2, "busy, then not: {busy}");
    assert_eq!(changes[0][0], "true", "{busy}");
    assert!(
        changes[0][1].as_u64().is_some_and(|n| n < 50),
        "busy while only part of the page is drawn: {busy}"
    );
    assert!(changes[1][0].is_null(), "{busy}");
    assert_eq!(app.count("recommendation-row").await?, 50);
    app.finish().await
}
