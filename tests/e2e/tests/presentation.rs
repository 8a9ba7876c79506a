//! Validation-meeting mode: a deck of saved views stepped through with the keyboard (as a clicker
//! sends it), shared as a link, with a QR code of the current view.

use fantoccini::key::Key;
use fantoccini::Locator;
use upr_e2e::App;

async fn press(app: &App, key: Key) -> Result<(), String> {
    let body = app
        .client()
        .find(Locator::Css("body"))
        .await
        .map_err(|e| e.to_string())?;
    body.send_keys(&char::from(key).to_string())
        .await
        .map_err(|e| e.to_string())
}

async fn slide_number(app: &App, expected: &str) -> Result<(), String> {
    app.wait_for_text("slide-number", expected).await.map(drop)
}

#[tokio::test]
async fn a_deck_is_built_from_views_and_stepped_through_with_the_keyboard() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map").await?;
    app.wait_for("region-row").await?;
    app.eval("document.querySelector('[data-testid=deck-panel]').open = true")
        .await?;
    app.click("deck-add").await?;
    app.wait_for_url("deck=").await?;
    // The same deck, on the recommendations view with a filter.
    let url = app.current_url().await?;
    let path = url
        .split_once("127.0.0.1")
        .and_then(|(_, r)| r.split_once('/'))
        .map(|(_, p)| p.to_string())
        .unwrap_or_default();
    app.goto(&format!(
        "/{}",
        path.replacen("view=map", "view=recommendations&status=partially", 1)
    ))
    .await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    app.eval("document.querySelector('[data-testid=deck-panel]').open = true")
        .await?;
    app.click("deck-add").await?;
    app.wait_for_count("deck-slide", 2).await?;
    // Rename the second slide.
    app.eval("(() => { const i = document.querySelectorAll('[data-testid=slide-title]')[1]; i.value = 'Partly done'; i.dispatchEvent(new Event('change', {bubbles: true})); return true; })()").await?;
    app.wait_for_url("Partly%20done").await?;

    app.click("deck-present").await?;
    slide_number(&app, "Slide 1 of 2").await?;
    app.wait_for("region-row").await?;
    assert_eq!(
        app.eval("document.documentElement.classList.contains('presenting')")
            .await?,
        true
    );
    press(&app, Key::Right).await?;
    slide_number(&app, "Slide 2 of 2").await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    assert_eq!(app.text("slide-title-shown").await?, "Partly done");
    press(&app, Key::PageUp).await?;
    slide_number(&app, "Slide 1 of 2").await?;
    press(&app, Key::End).await?;
    slide_number(&app, "Slide 2 of 2").await?;
    press(&app, Key::Home).await?;
    slide_number(&app, "Slide 1 of 2").await?;
    press(&app, Key::PageDown).await?;
    slide_number(&app, "Slide 2 of 2").await?;

    // The QR code of the current view, on request.
    app.click("qr-toggle").await?;
    let path = app
        .eval("document.querySelector('[data-testid=qr-code] path').getAttribute('d').length")
        .await?;
    assert!(path.as_u64().unwrap_or(0) > 100, "QR path: {path}");

    press(&app, Key::Escape).await?;
    app.wait_for_js("!document.querySelector('[data-testid=presenter]')")
        .await?;
    // The address follows the screen once the browser is idle.
    app.wait_for_js("!location.search.includes('slide=')")
        .await?;
    let url = app.current_url().await?;
    assert!(url.contains("deck="), "{url}");
    assert_eq!(
        app.eval("document.documentElement.classList.contains('presenting')")
            .await?,
        false
    );
    app.finish().await
}

#[tokio::test]
async fn a_deck_link_opens_the_same_deck() -> Result<(), String> {
    let app = App::start().await?;
    let deck = "deck=Khovd*Start%20here*%3Fview%3Dmap%26region%3DMN-043~Open%20items**%3Fview%3Drecommendations%26status%3Dnot-assessed&slide=2&lang=mn";
    app.goto(&format!("/?{deck}")).await?;
    slide_number(&app, "2 слайдын 2").await?;
    app.wait_for_text("recommendations-count", "110").await?;
    assert_eq!(app.text("slide-title-shown").await?, "Open items");
    press(&app, Key::Left).await?;
    slide_number(&app, "2 слайдын 1").await?;
    app.wait_for("region-row").await?;
    let note = app
        .eval("document.querySelector('[data-testid=speaker-note]').textContent")
        .await?;
    assert_eq!(note, "Start here");
    app.finish().await
}

#[tokio::test]
async fn a_deck_file_opens_again_and_a_broken_one_changes_nothing() -> Result<(), String> {
    use upr_core::query::Slide;
    let dir = upr_e2e::TempDir::new("upr-deck")?;
    let good = dir.path().join("deck.json");
    let deck = vec![
        Slide {
            title: "Ховд".into(),
            note: "First the map".into(),
            view: "?view=map&region=MN-043".into(),
        },
        Slide {
            title: "Open items".into(),
            note: String::new(),
            view: "?view=recommendations&status=not-assessed".into(),
        },
    ];
    std::fs::write(&good, upr_core::deck::to_json(&deck)).map_err(|e| e.to_string())?;
    let bad = dir.path().join("broken.json");
    std::fs::write(&bad, "{\"format\": \"upr-dashboard-deck\", \"version\": 1, \"slides\": [{\"title\": \"x\", \"view\": \"?status=bogus\"}]}")
        .map_err(|e| e.to_string())?;

    let app = App::start().await?;
    app.goto("/").await?;
    app.wait_for("cycle-1").await?;
    app.eval("document.querySelector('[data-testid=deck-panel]').open = true")
        .await?;
    // The panel's body is a chunk, fetched when it first opens.
    let input = app
        .client()
        .wait()
        .for_element(Locator::Css("[data-testid=deck-file]"))
        .await
        .map_err(|e| e.to_string())?;
    input
        .send_keys(&good.display().to_string())
        .await
        .map_err(|e| e.to_string())?;
    app.wait_for_text("deck-message", "Opened a deck of 2 slides")
        .await?;
    app.wait_for_count("deck-slide", 2).await?;
    let url = app.wait_for_url("deck=").await?;
    assert!(url.contains("First%20the%20map"), "{url}");

    // The panel's body is a chunk, fetched when it first opens.
    let input = app
        .client()
        .wait()
        .for_element(Locator::Css("[data-testid=deck-file]"))
        .await
        .map_err(|e| e.to_string())?;
    input
        .send_keys(&bad.display().to_string())
        .await
        .map_err(|e| e.to_string())?;
    let message = app
        .wait_for_text("deck-message", "could not be opened")
        .await?;
    assert!(
        message.contains("slides[0].view") && message.contains("status=bogus"),
        "{message}"
    );
    assert_eq!(app.count("deck-slide").await?, 2, "the deck is unchanged");
    app.finish().await
}

/// Whether the first element matching `selector` is laid out (not folded away).
async fn shown(app: &App, selector: &str) -> Result<bool, String> {
    let v = app
        .execute(
            "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0;",
            vec![upr_e2e::serde_json::json!(selector)],
        )
        .await?;
    Ok(v == true)
}

#[tokio::test]
async fn without_a_deck_present_gives_a_ready_deck_in_the_current_language_and_filters(
) -> Result<(), String> {
    let app = App::start().await?;
    app.set_window_size(1366, 900).await?;
    app.goto("/?status=partially&lang=mn").await?;
    app.wait_for("cycle-1-received").await?;
    app.eval("document.querySelector('[data-testid=deck-panel]').open = true")
        .await?;
    // No deck has been made: "Present" is offered at once.
    assert_eq!(app.count("deck-present").await?, 0);
    app.click("deck-present-ready").await?;
    slide_number(&app, "4 слайдын 1").await?;
    assert_eq!(app.text("slide-title-shown").await?, "Тойм");
    app.wait_for("cycle-1-received").await?;
    // The deck's large type.
    let size = app
        .eval("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        .await?;
    assert!(size.as_f64().is_some_and(|px| px >= 20.0), "{size}");

    press(&app, Key::Right).await?;
    slide_number(&app, "4 слайдын 2").await?;
    assert_eq!(app.text("slide-title-shown").await?, "Графикууд");
    app.wait_for_text("charts-showing", "15").await?;
    // The charts follow the filter chosen before presenting: 15 partially implemented.
    app.wait_for_js(
        "(() => { const el = document.querySelector('[data-testid=\"chart-status\"] [data-testid=\"chart-canvas\"]'); \
         const i = el && window.echarts && window.echarts.getInstanceByDom(el); \
         return !!i && JSON.stringify(i.getOption().series[0].data.map(d => d.value)) === '[0,15,0,0]'; })()",
    )
    .await?;
    // What only configures the view is folded away on the slide.
    for selector in [
        ".overview-filters",
        "[data-testid=chart-download]",
        "[data-testid=charts-clear]",
        "nav.views",
    ] {
        assert!(!shown(&app, selector).await?, "{selector} is on the slide");
    }

    press(&app, Key::Right).await?;
    slide_number(&app, "4 слайдын 3").await?;
    assert_eq!(app.text("slide-title-shown").await?, "Газрын зураг");
    app.wait_for("region-row").await?;
    assert!(
        !shown(&app, ".map-metrics").await?,
        "the map's metric choice"
    );

    press(&app, Key::Right).await?;
    slide_number(&app, "4 слайдын 4").await?;
    assert_eq!(app.text("slide-title-shown").await?, "Зөвлөлдөх уулзалтууд");
    app.wait_for("consultation").await?;

    // Leaving the presentation, the deck is there to edit: four slides, their titles editable.
    app.click("slide-exit").await?;
    app.wait_for_js("!document.querySelector('[data-testid=presenter]')")
        .await?;
    app.eval("document.querySelector('[data-testid=deck-panel]').open = true")
        .await?;
    app.wait_for_count("deck-slide", 4).await?;
    let titles = app
        .eval("[...document.querySelectorAll('[data-testid=slide-title]')].map(i => i.value)")
        .await?;
    assert_eq!(
        titles,
        upr_e2e::serde_json::json!(["Тойм", "Графикууд", "Газрын зураг", "Зөвлөлдөх уулзалтууд"])
    );
    app.wait_for("deck-present").await?;
    assert_eq!(app.count("deck-present-ready").await?, 0);
    app.finish().await
}
