//! Phones and small screens: the main paths at 360×640 (a phone) and 768×1024 (a tablet held
//! upright). Nothing needs a horizontal page scroll, the table becomes cards, the filters start
//! folded, the map and the charts fit, and what a finger taps (view links, language links,
//! buttons, pager links, a recommendation's link, the filters' fold) is at least 44 px high and
//! wide.

use upr_e2e::serde_json::{json, Value};
use upr_e2e::App;

const PHONE: (u32, u32) = (360, 640);
const TABLET: (u32, u32) = (768, 1024);
/// WCAG 2.5.5 (and Apple's and Google's guidance): 44 CSS px.
const TOUCH_TARGET: f64 = 44.0;

/// Elements that stick out to the right of the viewport (outside any element that scrolls
/// sideways on its own), and the page's scroll width.
const OVERFLOW_JS: &str = r#"
const inner = window.innerWidth;
const scrolls = (e) => {
  for (let a = e.parentElement; a; a = a.parentElement) {
    const o = getComputedStyle(a).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
  }
  return false;
};
const describe = (e) => e.tagName.toLowerCase() + (e.dataset.testid ? '[' + e.dataset.testid + ']' : '')
  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
const wide = Array.from(document.querySelectorAll('body *')).filter((e) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.right > inner + 1 && !scrolls(e);
}).slice(0, 8).map((e) => describe(e) + ' right=' + Math.round(e.getBoundingClientRect().right));
return { scrollWidth: document.documentElement.scrollWidth, innerWidth: inner, wide };
"#;

/// Visible tap targets smaller than `arguments[0]` px in either direction.
const SMALL_TARGETS_JS: &str = r#"
const min = arguments[0];
const seen = new Set();
const selector = 'nav.views a, .lang-switch a, button, .button, .pager a, '
  + '[data-testid="open-recommendation"], .filters > summary';
// Inside a folded <details> (but not its summary) is hidden, though Chromium still lays it out.
const folded = (e) => { const d = e.closest('details:not([open])'); const s = d && d.querySelector(':scope > summary');
  return !!d && !(s && s.contains(e)); };
const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !folded(e);
const all = Array.from(document.querySelectorAll(selector)).filter(visible);
const small = all.map((e) => {
  const r = e.getBoundingClientRect();
  return { what: e.dataset.testid || e.textContent.trim().slice(0, 30), w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
}).filter((t) => t.w < min || t.h < min).filter((t) => {
  const key = t.what + ' ' + t.w + '×' + t.h;
  return seen.has(key) ? false : (seen.add(key), true);
});
return { checked: all.length, small };
"#;

/// Starts the app with a viewport of `size` (see `Page::set_viewport`: a popup window where the
/// browser's main window cannot get that narrow).
async fn open_at(size: (u32, u32)) -> Result<App, String> {
    let app = App::start().await?;
    app.set_viewport(size.0, size.1).await?;
    let (width, height) = app.viewport().await?;
    assert_eq!(width, u64::from(size.0), "viewport width");
    assert!(
        height <= u64::from(size.1) && height + 150 >= u64::from(size.1),
        "a {}×{} viewport is {height} px high",
        size.0,
        size.1
    );
    Ok(app)
}

/// No horizontal page scroll on the current view.
async fn assert_fits(app: &App, what: &str) -> Result<(), String> {
    let v = app.execute(OVERFLOW_JS, vec![]).await?;
    let (scroll, inner) = (v["scrollWidth"].as_u64(), v["innerWidth"].as_u64());
    assert!(
        scroll.is_some() && scroll <= inner,
        "{what}: the page scrolls sideways ({} > {} px); wider than the screen: {}",
        v["scrollWidth"],
        v["innerWidth"],
        v["wide"]
    );
    Ok(())
}

/// Every visible tap target is at least 44×44 px; returns how many were checked.
async fn assert_touch_targets(app: &App, what: &str) -> Result<u64, String> {
    let v = app
        .execute(SMALL_TARGETS_JS, vec![json!(TOUCH_TARGET)])
        .await?;
    let small = v["small"].as_array().cloned().unwrap_or_default();
    assert!(
        small.is_empty(),
        "{what}: tap targets under {TOUCH_TARGET} px: {}",
        Value::Array(small)
    );
    Ok(v["checked"].as_u64().unwrap_or(0))
}

/// The right edge and the width of the first `selector`, and the viewport width.
async fn box_of(app: &App, selector: &str) -> Result<(f64, f64, f64), String> {
    let v = app
        .execute(
            "const e = document.querySelector(arguments[0]); if (!e) return null; \
             const r = e.getBoundingClientRect(); return [r.right, r.width, window.innerWidth];",
            vec![json!(selector)],
        )
        .await?;
    match (v[0].as_f64(), v[1].as_f64(), v[2].as_f64()) {
        (Some(right), Some(width), Some(inner)) => Ok((right, width, inner)),
        _ => Err(format!("no box for {selector}: {v}")),
    }
}

/// The overview, in English and in Mongolian (longer words), fits; so do its charts.
async fn overview_fits(app: &App, size: &str) -> Result<(), String> {
    for (path, title) in [("/", "Mongolia"), ("/?lang=mn", "Монгол")] {
        app.goto(path).await?;
        app.wait_for_text("app-title", title).await?;
        app.wait_for("cycle-1-received").await?;
        assert_fits(app, &format!("{size} overview {path}")).await?;
        if app.count("charts").await? > 0 {
            app.wait_for("chart-canvas").await?;
            let widest = app
                .eval(
                    "Math.max(...Array.from(document.querySelectorAll('[data-testid=\"chart-canvas\"]')) \
                     .map(e => e.getBoundingClientRect().right)) - window.innerWidth",
                )
                .await?;
            assert!(
                widest.as_f64().is_some_and(|d| d <= 1.0),
                "{size}: a chart sticks out by {widest} px"
            );
        }
        let checked = assert_touch_targets(app, &format!("{size} overview {path}")).await?;
        assert!(checked >= 6, "{size}: only {checked} tap targets found");
    }
    Ok(())
}

/// The recommendations as cards, filters folded and usable, a recommendation opened.
async fn recommendations_work(app: &App, size: &str) -> Result<(), String> {
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    assert_fits(app, &format!("{size} recommendations")).await?;
    let small = app
        .eval("window.matchMedia('(max-width: 48rem)').matches")
        .await?;
    let open = app
        .eval("document.querySelector('[data-testid=\"filters\"]').open")
        .await?;
    assert_eq!(
        open,
        json!(small != json!(true)),
        "{size}: the filters should start folded exactly on small screens"
    );
    if small == json!(true) {
        // One card per recommendation: the rows are blocks no wider than the screen.
        let display = app
            .eval("getComputedStyle(document.querySelector('[data-testid=\"recommendation-row\"]')).display")
            .await?;
        assert_eq!(display, "block", "{size}: the table is not shown as cards");
        let (right, _, inner) = box_of(app, "[data-testid=\"recommendation-row\"]").await?;
        assert!(
            right <= inner + 1.0,
            "{size}: a card sticks out ({right} > {inner})"
        );
        // Unfold the filters and use one.
        app.unfold("filters").await?;
    }
    assert_touch_targets(app, &format!("{size} recommendations")).await?;
    app.click("facet-status-partially").await?;
    app.wait_for_text("recommendations-count", "15 of 129")
        .await?;
    assert_fits(app, &format!("{size} recommendations, filtered")).await?;

    // The pager, with all rows again.
    app.goto("/?view=recommendations&page=2").await?;
    app.wait_for_text("page-of", "Page 2 of 3").await?;
    app.wait_for("page-previous").await?;
    assert_touch_targets(app, &format!("{size} pager")).await?;
    assert_fits(app, &format!("{size} page 2")).await?;

    // One recommendation.
    app.goto("/?view=recommendations&q=84.7").await?;
    app.wait_for_count("recommendation-row", 1).await?;
    app.click("open-recommendation").await?;
    app.wait_for_url("rec=c1-84.7").await?;
    let text = app.text("detail-text").await?;
    assert!(
        text.starts_with("Ratify the Second Optional Protocol"),
        "{text}"
    );
    assert_fits(app, &format!("{size} recommendation detail")).await?;
    assert_touch_targets(app, &format!("{size} recommendation detail")).await?;
    Ok(())
}

/// The map fits the screen, is drawn, and keeps its credit.
async fn map_fits(app: &App, size: &str) -> Result<(), String> {
    app.goto("/?view=map").await?;
    app.wait_for("map-chart").await?;
    app.wait_for_js(
        "(() => { const el = document.querySelector('[data-testid=\"map-chart\"]'); \
           const inst = el && window.echarts && window.echarts.getInstanceByDom(el); \
           return inst ? inst.getWidth() > 0 && inst.getHeight() > 0 : false; })()",
    )
    .await?;
    let (right, width, inner) = box_of(app, "[data-testid=\"map-chart\"]").await?;
    assert!(
        right <= inner + 1.0,
        "{size}: the map sticks out ({right} > {inner})"
    );
    let drawn = app
        .eval(
            "window.echarts.getInstanceByDom(document.querySelector('[data-testid=\"map-chart\"]')).getWidth()",
        )
        .await?;
    assert!(
        drawn.as_f64().is_some_and(|w| (w - width).abs() <= 2.0),
        "{size}: ECharts draws {drawn} px in a box of {width} px"
    );
    let credit = app.text("map-credit").await?;
    assert!(credit.contains("OpenStreetMap"), "{size}: {credit:?}");
    assert_fits(app, &format!("{size} map")).await?;
    assert_touch_targets(app, &format!("{size} map")).await?;
    Ok(())
}

async fn consultations_fit(app: &App, size: &str) -> Result<(), String> {
    app.goto("/?view=consultations").await?;
    app.wait_for_count("consultation", 10).await?;
    assert_fits(app, &format!("{size} consultations")).await?;
    assert_touch_targets(app, &format!("{size} consultations")).await?;
    Ok(())
}

#[tokio::test]
async fn on_a_phone_the_overview_fits_in_both_languages() -> Result<(), String> {
    let app = open_at(PHONE).await?;
    overview_fits(&app, "360×640").await?;
    app.finish().await
}

#[tokio::test]
async fn on_a_phone_recommendations_are_cards_with_folded_filters_and_open_one_by_one(
) -> Result<(), String> {
    let app = open_at(PHONE).await?;
    recommendations_work(&app, "360×640").await?;
    app.finish().await
}

#[tokio::test]
async fn on_a_phone_the_map_and_the_consultations_fit() -> Result<(), String> {
    let app = open_at(PHONE).await?;
    map_fits(&app, "360×640").await?;
    consultations_fit(&app, "360×640").await?;
    app.finish().await
}

#[tokio::test]
async fn on_a_tablet_every_view_fits() -> Result<(), String> {
    let app = open_at(TABLET).await?;
    overview_fits(&app, "768×1024").await?;
    recommendations_work(&app, "768×1024").await?;
    map_fits(&app, "768×1024").await?;
    consultations_fit(&app, "768×1024").await?;
    app.finish().await
}

/// A phone held upright, as the header was measured on.
const TALL_PHONE: (u32, u32) = (390, 844);

#[tokio::test]
async fn on_a_phone_the_header_is_one_compact_block_and_data_shows_on_the_first_screen(
) -> Result<(), String> {
    let app = open_at(TALL_PHONE).await?;
    for (path, first_data) in [
        ("/", "[data-testid=cycle-1-received]"),
        ("/?lang=mn", "[data-testid=cycle-1-received]"),
        (
            "/?view=recommendations&lang=mn",
            "[data-testid=recommendations-count]",
        ),
    ] {
        app.goto(path).await?;
        app.wait_for_js(&format!("!!document.querySelector('{first_data}')"))
            .await?;
        let v = app
            .execute(
                "const top = (s) => { const e = document.querySelector(s); return e ? e.getBoundingClientRect() : null; };\n\
                 const header = top('.site-header'), lang = top('.lang-switch'), deck = top('[data-testid=deck-panel] > summary'),\n\
                   sources = top('[data-testid=sources] > summary'), data = top(arguments[0]);\n\
                 return { header: header.height, lang: lang.top, deck: deck.top, sources: sources.top,\n\
                   deckRight: deck.right, sourcesRight: sources.right, langRight: lang.right,\n\
                   data: data.top, inner: window.innerHeight, width: window.innerWidth };",
                vec![json!(first_data)],
            )
            .await?;
        let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
        // The language switch and the two disclosures share one line.
        assert!(
            (f("lang") - f("deck")).abs() <= 12.0 && (f("deck") - f("sources")).abs() <= 12.0,
            "{path}: the header's controls are not on one line: {v}"
        );
        assert!(
            f("deckRight").max(f("sourcesRight")).max(f("langRight")) <= f("width") + 1.0,
            "{path}: a header control sticks out: {v}"
        );
        assert!(
            f("header") <= 0.3 * f("inner"),
            "{path}: the header takes {} of {} px",
            f("header"),
            f("inner")
        );
        assert!(
            f("data") < f("inner"),
            "{path}: the first data ({first_data}) starts below the first screen: {v}"
        );
        assert_fits(&app, &format!("390×844 {path}")).await?;
        assert_touch_targets(&app, &format!("390×844 {path}")).await?;
    }
    // Unfolded, a disclosure takes the whole width under the line.
    app.goto("/").await?;
    app.wait_for("cycle-1-received").await?;
    app.unfold("sources").await?;
    assert_fits(&app, "390×844 sources unfolded").await?;
    app.finish().await
}
