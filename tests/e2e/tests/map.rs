//! The province map end to end: the GeoJSON registered with all 22 regions (read through ECharts'
//! own API), selecting a region by a click on the map and from the list (mouse and keyboard), a
//! shared link opening with the region selected, the consultations timeline, resizing, and no
//! ECharts instance leaking when the views change.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::Value;
use upr_e2e::App;

/// The map's ECharts instance, as a JavaScript expression (null until drawn).
const INSTANCE: &str = "(window.echarts && document.querySelector('[data-testid=\"map-chart\"]') \
    ? window.echarts.getInstanceByDom(document.querySelector('[data-testid=\"map-chart\"]')) : null)";

fn js_with_instance(body: &str) -> String {
    format!("(() => {{ const inst = {INSTANCE}; if (!inst) return null; {body} }})()")
}

/// Waits until the map is drawn (its series has data).
async fn wait_for_map(app: &App) -> Result<(), String> {
    app.wait_for_js(&js_with_instance(
        "const s = (inst.getOption() || {}).series; return !!(s && s[0] && s[0].data && s[0].data.length);",
    ))
    .await
    .map(drop)
}

/// The codes of the regions the map's option marks as selected.
async fn selected_on_map(app: &App) -> Result<Vec<String>, String> {
    let v = app
        .eval(&js_with_instance(
            "return inst.getOption().series[0].data.filter(d => d.selected).map(d => d.name);",
        ))
        .await?;
    Ok(strings(&v))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The rendered text of the first element matching `selector` (waits for it).
async fn text_css(app: &App, selector: &str) -> Result<String, String> {
    let el = app.wait_for_css(selector).await?;
    el.text()
        .await
        .map_err(|e| format!("text of {selector}: {e}"))
}

/// Waits for the first element matching `selector` and clicks it.
async fn click_css(app: &App, selector: &str) -> Result<(), String> {
    let el = app.wait_for_css(selector).await?;
    el.click()
        .await
        .map_err(|e| format!("click {selector}: {e}"))
}

fn row_selector(code: &str) -> String {
    format!("[data-testid=\"region-row\"][data-region=\"{code}\"]")
}

/// The region panels on screen, by code.
async fn panels(app: &App) -> Result<Vec<String>, String> {
    let v = app
        .eval("Array.from(document.querySelectorAll('[data-testid=region-panel]')).map(p => p.dataset.region)")
        .await?;
    Ok(strings(&v))
}

/// Clicks the map at the centre of region `code` with a real pointer (WebDriver actions).
async fn click_region(app: &App, code: &str) -> Result<(), String> {
    let point = app
        .eval(&js_with_instance(&format!(
            "const series = inst.getModel().getSeriesByIndex(0); \
             const region = series.coordinateSystem.getRegion('{code}'); \
             if (!region) return null; \
             const p = inst.convertToPixel({{seriesIndex: 0}}, region.getCenter()); \
             const el = document.querySelector('[data-testid=\"map-chart\"]'); \
             el.scrollIntoView({{block: 'center'}}); \
             const r = el.getBoundingClientRect(); \
             return [r.left + p[0], r.top + p[1]];"
        )))
        .await?;
    let xy: Vec<f64> = point
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default();
    let [x, y] = xy[..] else {
        return Err(format!("no pixel for {code}: {point}"));
    };
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo {
            duration: None,
            x: x.round(),
            y: y.round(),
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    app.client()
        .perform_actions(mouse)
        .await
        .map_err(|e| format!("click on {code}: {e}"))
}

#[tokio::test]
async fn the_map_is_registered_with_all_22_regions_and_draws_each_of_them() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map").await?;
    wait_for_map(&app).await?;
    // The registered GeoJSON, read back through ECharts' own API.
    let codes = app
        .eval(
            "(() => { const m = window.echarts.getMap('mongolia_admin1'); \
               const g = m && (m.geoJSON || m.geoJson); \
               return g ? g.features.map(f => f.properties.iso_3166_2).sort() : null; })()",
        )
        .await?;
    let codes = strings(&codes);
    assert_eq!(codes.len(), 22, "registered features: {codes:?}");
    assert!(codes.contains(&"MN-1".to_string()) && codes.contains(&"MN-043".to_string()));
    // The series draws one item per registered region, keyed by the same codes.
    let names = app
        .eval(&js_with_instance(
            "return inst.getOption().series[0].data.map(d => d.name).sort();",
        ))
        .await?;
    assert_eq!(strings(&names), codes);
    // Regions without data are null ("no data"), never 0.
    let zeros = app
        .eval(&js_with_instance(
            "return inst.getOption().series[0].data.filter(d => d.value === 0).length;",
        ))
        .await?;
    assert_eq!(zeros, 0);
    let row = text_css(&app, &row_selector("MN-073")).await?;
    assert!(row.contains("no data"), "Arkhangai row: {row:?}");
    // Hover: each region's tooltip names it in both languages with its figure and consultations.
    let tip = app
        .eval(&js_with_instance(
            "return inst.getOption().series[0].data.find(d => d.name === 'MN-043').tooltip.formatter;",
        ))
        .await?;
    let tip = tip.as_str().unwrap_or_default();
    assert!(tip.starts_with("Khovd · Ховд\n"), "{tip:?}");
    assert!(
        tip.contains("Regional UPR consultation of the western aimags in Khovd"),
        "{tip:?}"
    );
    app.wait_for_count("region-row", 22).await?;
    let credit = app.text("map-credit").await?;
    assert!(
        credit.contains("OpenStreetMap") && credit.contains("ODbL"),
        "{credit:?}"
    );
    assert_eq!(app.eval("window.__echartsLive").await?, 1);
    app.finish().await
}

#[tokio::test]
async fn clicking_a_region_on_the_map_selects_it_and_clicking_it_again_clears_it(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map").await?;
    wait_for_map(&app).await?;
    app.wait_for("region-hint").await?;
    click_region(&app, "MN-043").await?;
    app.wait_for_url("region=MN-043").await?;
    app.wait_for_text("region-panel-name", "Khovd · Ховд")
        .await?;
    assert_eq!(panels(&app).await?, ["MN-043"]);
    let consultations = app.texts("region-consultation").await?;
    assert_eq!(consultations.len(), 1, "{consultations:?}");
    assert!(
        consultations[0].contains("Regional UPR consultation of the western aimags in Khovd"),
        "{consultations:?}"
    );
    assert!(
        consultations[0].contains("21–22 March 2018"),
        "{consultations:?}"
    );
    app.wait_for_js(&js_with_instance(
        "return inst.getOption().series[0].data.some(d => d.name === 'MN-043' && d.selected);",
    ))
    .await?;
    assert_eq!(selected_on_map(&app).await?, ["MN-043"]);
    let current = app
        .eval(&format!(
            "document.querySelector('{}').getAttribute('aria-current')",
            row_selector("MN-043")
        ))
        .await?;
    assert_eq!(current, "true");

    // Another region replaces it; the same region again clears the selection.
    click_region(&app, "MN-053").await?;
    app.wait_for_url("region=MN-053").await?;
    app.wait_for_text("region-panel-name", "Ömnögovi").await?;
    click_region(&app, "MN-053").await?;
    app.wait_for_js("!location.search.includes('region=')")
        .await?;
    app.wait_for("region-hint").await?;
    assert!(panels(&app).await?.is_empty());
    assert!(selected_on_map(&app).await?.is_empty());
    // Back returns to the previous selection.
    app.back().await?;
    app.wait_for_url("region=MN-053").await?;
    app.wait_for_text("region-panel-name", "Ömnögovi").await?;
    app.finish().await
}

#[tokio::test]
async fn the_list_of_regions_selects_with_the_mouse_and_with_the_keyboard() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map").await?;
    wait_for_map(&app).await?;
    let client = app.client();
    let row = client
        .find(Locator::Css(&row_selector("MN-047")))
        .await
        .map_err(|e| e.to_string())?;
    assert_eq!(
        row.tag_name()
            .await
            .map_err(|e| e.to_string())?
            .to_ascii_lowercase(),
        "a"
    );
    row.click().await.map_err(|e| e.to_string())?;
    app.wait_for_url("region=MN-047").await?;
    app.wait_for_text("region-panel-name", "Töv").await?;
    assert_eq!(selected_on_map(&app).await?, ["MN-047"]);

    // Keyboard only: focus a row, press Enter; the focus stays on the row.
    app.execute(
        &format!(
            "document.querySelector('{}').focus();",
            row_selector("MN-039")
        ),
        vec![],
    )
    .await?;
    let focused = client.active_element().await.map_err(|e| e.to_string())?;
    focused
        .send_keys(&String::from(char::from(Key::Enter)))
        .await
        .map_err(|e| e.to_string())?;
    app.wait_for_url("region=MN-039").await?;
    app.wait_for_text("region-panel-name", "Khentii").await?;
    let active = app
        .eval("document.activeElement && document.activeElement.dataset.region")
        .await?;
    assert_eq!(active, "MN-039", "the focus left the list");
    assert_eq!(selected_on_map(&app).await?, ["MN-039"]);
    // The page did not jump to the top.
    let url = app.current_url().await?;
    assert!(url.contains("view=map"), "{url}");

    // The clear button deselects.
    app.click("region-clear").await?;
    app.wait_for_js("!location.search.includes('region=')")
        .await?;
    app.wait_for("region-hint").await?;
    app.finish().await
}

#[tokio::test]
async fn a_shared_link_with_a_region_opens_with_that_region_selected() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map&region=MN-043").await?;
    app.wait_for_text("region-panel-name", "Khovd").await?;
    wait_for_map(&app).await?;
    app.wait_for_js(&js_with_instance(
        "return inst.getOption().series[0].data.some(d => d.name === 'MN-043' && d.selected);",
    ))
    .await?;
    assert_eq!(selected_on_map(&app).await?, ["MN-043"]);
    let current = app
        .eval(&format!(
            "document.querySelector('{}').getAttribute('aria-current')",
            row_selector("MN-043")
        ))
        .await?;
    assert_eq!(current, "true");
    // The February 2018 round is offered as possible, not counted.
    let possibly = app.text("region-possibly").await?;
    assert!(possibly.contains("15 of 17"), "{possibly:?}");
    // The region's recommendations: the filter of region-specific ratings, honest when there are none.
    let rated = app.text("region-rated").await?;
    assert!(
        rated.contains("No rating in this dataset is about Khovd"),
        "{rated:?}"
    );
    let href = app
        .eval("document.querySelector('[data-testid=region-recommendations]').getAttribute('href')")
        .await?;
    let href = href.as_str().unwrap_or_default().to_string();
    assert!(
        href.contains("view=recommendations") && href.contains("region=MN-043"),
        "{href}"
    );
    app.click("region-recommendations").await?;
    app.wait_for_url("view=recommendations").await?;
    app.wait_for_text("recommendations-count", "0 of 129")
        .await?;
    app.finish().await
}

#[tokio::test]
async fn a_mongolian_link_names_the_regions_in_mongolian_first() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map&lang=mn&region=MN-043").await?;
    app.wait_for_text("region-panel-name", "Ховд · Khovd")
        .await?;
    wait_for_map(&app).await?;
    let label = app
        .eval(&js_with_instance(
            "const d = inst.getOption().series[0].data.find(d => d.name === 'MN-043'); return d.label.formatter;",
        ))
        .await?;
    assert_eq!(label, "Ховд");
    let row = text_css(&app, &row_selector("MN-1")).await?;
    assert!(row.contains("Улаанбаатар"), "{row:?}");
    app.finish().await
}

#[tokio::test]
async fn the_share_metrics_say_that_the_dataset_has_no_region_specific_ratings(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map").await?;
    wait_for_map(&app).await?;
    for word in ["fully", "partially", "not"] {
        let disabled = app
            .eval(&format!(
                "document.querySelector('[data-testid=metric-{word}]').disabled"
            ))
            .await?;
        assert_eq!(disabled, true, "metric-{word}");
    }
    app.click("metric-participants").await?;
    app.wait_for_url("metric=participants").await?;
    app.wait_for_js(&format!(
        "(document.querySelector('{}') || {{}}).innerText?.includes('about 170')",
        row_selector("MN-1")
    ))
    .await?;
    // A link to a share metric draws no zeros and says why.
    app.goto("/?view=map&metric=fully").await?;
    app.wait_for_text("map-metric-note", "no region-specific ratings")
        .await?;
    wait_for_map(&app).await?;
    let values = app
        .eval(&js_with_instance("return inst.getOption().series[0].data.filter(d => d.value !== null && d.value !== undefined).length;"))
        .await?;
    assert_eq!(values, 0);
    app.finish().await
}

#[tokio::test]
async fn switching_views_leaves_only_the_charts_on_screen_alive() -> Result<(), String> {
    let app = App::start().await?;
    // Live instances must equal the charts in the document (an instance per drawn element).
    let balanced = "(() => { const live = window.__echartsLive || 0; \
        const onScreen = Array.from(document.querySelectorAll('[_echarts_instance_]')) \
          .filter(e => e.getAttribute('_echarts_instance_') && window.echarts.getInstanceByDom(e)).length; \
        return live === onScreen ? String(live) : null; })()";
    app.goto("/?view=map").await?;
    wait_for_map(&app).await?;
    for _ in 0..3 {
        app.click("nav-overview").await?;
        app.wait_for_js("!location.search.includes('view=')")
            .await?;
        app.show_charts().await?;
        app.wait_for_js("document.querySelectorAll('[_echarts_instance_]').length > 0")
            .await?;
        app.wait_for_js(balanced).await?;
        app.click("nav-consultations").await?;
        app.wait_for_url("view=consultations").await?;
        app.wait_for("consultation").await?;
        app.wait_for_js("window.__echartsLive === 0").await?;
        app.click("nav-map").await?;
        app.wait_for_url("view=map").await?;
        wait_for_map(&app).await?;
        app.wait_for_js("window.__echartsLive === 1").await?;
    }
    assert_eq!(app.eval(balanced).await?, "1");
    app.finish().await
}

#[tokio::test]
async fn the_map_follows_the_window_size() -> Result<(), String> {
    let app = App::start().await?;
    let client = app.client();
    client
        .set_window_size(1280, 1000)
        .await
        .map_err(|e| e.to_string())?;
    app.goto("/?view=map").await?;
    wait_for_map(&app).await?;
    let fits = js_with_instance(
        "const el = document.querySelector('[data-testid=\"map-chart\"]'); \
         return Math.abs(inst.getWidth() - el.clientWidth) <= 1 ? inst.getWidth() : null;",
    );
    let wide = app.wait_for_js(&fits).await?.as_f64().unwrap_or_default();
    client
        .set_window_size(420, 900)
        .await
        .map_err(|e| e.to_string())?;
    let narrow = app
        .wait_for_js(&js_with_instance(&format!(
            "const el = document.querySelector('[data-testid=\"map-chart\"]'); \
             return inst.getWidth() < {wide} && Math.abs(inst.getWidth() - el.clientWidth) <= 1 ? inst.getWidth() : null;"
        )))
        .await?;
    assert!(
        narrow.as_f64().unwrap_or_default() < wide,
        "{narrow} vs {wide}"
    );
    app.finish().await
}

#[tokio::test]
async fn the_timeline_keeps_the_true_date_precision_and_narrows_to_a_region() -> Result<(), String>
{
    let app = App::start().await?;
    app.goto("/?view=consultations").await?;
    app.wait_for_count("consultation", 15).await?;
    let february = text_css(
        &app,
        "[data-testid=consultation][data-id=\"2018-02-provincial\"]",
    )
    .await?;
    assert!(february.contains("February 2018"), "{february:?}");
    assert!(
        !february.contains("1 February") && !february.contains("February 1,"),
        "{february:?}"
    );
    assert!(
        february.contains("15 of 17 aimags, not named in the sources"),
        "{february:?}"
    );
    let validation = text_css(
        &app,
        "[data-testid=consultation][data-id=\"2018-05-17-validation\"]",
    )
    .await?;
    assert!(
        validation.contains("17 May 2018") && validation.contains("40 Government officials"),
        "{validation:?}"
    );
    // A region's link narrows the timeline and keeps the unnamed round as possible.
    click_css(
        &app,
        "[data-testid=consultation-region][data-region=\"MN-043\"]",
    )
    .await?;
    app.wait_for_url("view=map").await?;
    app.wait_for_text("region-panel-name", "Khovd").await?;
    app.click("region-timeline").await?;
    app.wait_for_url("view=consultations").await?;
    app.wait_for("timeline-filtered").await?;
    let ids = app
        .eval("Array.from(document.querySelectorAll('[data-testid=consultation]')).map(c => c.dataset.id)")
        .await?;
    assert_eq!(strings(&ids), ["2018-02-provincial", "2018-regional-khovd"]);
    app.click("timeline-show-all").await?;
    app.wait_for_count("consultation", 15).await?;
    app.finish().await
}

/// The map reads the same checked query as the table and the charts (see
/// `charts::a_value_the_dataset_does_not_know_is_ignored_by_the_charts_as_by_the_table`).
#[tokio::test]
async fn a_value_the_dataset_does_not_know_is_left_out_of_the_maps_links() -> Result<(), String> {
    let app = App::start().await?;
    // On the map, the region's links lead to what the screen shows: the status, not the value
    // that was ignored; its charts count what its table lists.
    app.goto("/?view=map&status=partially&theme=no-such-theme&region=MN-043")
        .await?;
    app.wait_for_text("region-panel-name", "Khovd").await?;
    let notice = app.text("query-notice").await?;
    assert!(notice.contains("theme=no-such-theme"), "{notice}");
    for link in ["region-recommendations", "region-charts", "region-timeline"] {
        let href = app
            .eval(&format!(
                "document.querySelector('[data-testid={link}]').getAttribute('href')"
            ))
            .await?;
        let href = href.as_str().unwrap_or_default();
        assert!(
            href.contains("status=partially") && !href.contains("no-such-theme"),
            "{link}: {href}"
        );
    }
    app.click("region-charts").await?;
    app.show_charts().await?;
    app.wait_for_text("charts-showing", "0 of 129").await?;
    assert_eq!(app.count("query-notice").await?, 0);
    app.click("nav-recommendations").await?;
    app.wait_for_text("recommendations-count", "0 of 129")
        .await?;
    app.finish().await
}
