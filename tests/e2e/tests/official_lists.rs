//! Official lists in one drop, end to end: OHCHR's thematic list of another State starts a tracker
//! for it, UPR Info's export is checked against the data, UHRI's Excel export adds its UPR
//! recommendations, and a kept tracker's page does not show Mongolia's figures before the app runs.

use upr_e2e::serde_json::json;
use upr_e2e::App;

/// Two provinces of Slovenia as geoBoundaries' ADM1 files write them (made by the test: the
/// shapes are squares).
fn slovenia_map() -> String {
    let square = |x: f64, y: f64| json!({ "type": "Polygon", "coordinates": [[[x, y], [x + 0.5, y], [x + 0.5, y + 0.5], [x, y + 0.5], [x, y]]] });
    json!({
        "type": "FeatureCollection",
        "features": [
            { "type": "Feature", "properties": { "shapeName": "Ljubljana", "shapeISO": "SI-061" }, "geometry": square(14.5, 46.0) },
            { "type": "Feature", "properties": { "shapeName": "Maribor", "shapeISO": "SI-070" }, "geometry": square(15.6, 46.5) },
        ]
    })
    .to_string()
}

#[tokio::test]
async fn an_official_list_about_another_state_starts_a_tracker_for_it() -> Result<(), String> {
    let list = upr_e2e::repo_root()
        .join("tests/fixtures/official-lists/slovenia-upr48-cycle4-thematic-list.docx");
    let app = App::start().await?;
    app.import_on_bundled_data(&[&list]).await?;
    let offer = app.wait_for_text("tracker-offer", "Slovenia").await?;
    assert!(offer.contains("254 recommendations"), "{offer}");
    // Never merged into the Mongolian data: the report says why, and it cannot be applied.
    let problems = app.texts("import-problem").await?;
    assert!(
        problems
            .iter()
            .any(|p| p.contains("about Slovenia") && p.contains("about Mongolia")),
        "{problems:?}"
    );
    assert_eq!(
        app.eval("document.querySelector('[data-testid=import-confirm]').disabled")
            .await?,
        json!(true)
    );
    app.click("tracker-start").await?;
    app.wait_for_text("data-banner", "slovenia-upr48-cycle4-thematic-list.docx")
        .await?;
    let id = app.data_id().await?;
    app.click("nav-overview").await?;
    app.wait_for_text("cycle-4-received", "254").await?;
    assert_eq!(app.text("cycle-4-supported").await?, "217");
    assert_eq!(app.text("cycle-4-noted").await?, "37");
    let title = app.text("app-title").await?;
    assert!(
        title.contains("Slovenia") && !title.contains("Mongolia"),
        "{title}"
    );
    // Its SDGs have a chart of their own; the bundled data, which names none, has none.
    app.show_charts().await?;
    app.wait_for_text("chart-sdg", "Sustainable Development Goal")
        .await?;
    // A recommendation shows where its position was given and OHCHR's coding.
    app.goto(&format!("/?view=recommendations&rec=c4-140.7&data={id}"))
        .await?;
    let response = app
        .wait_for_text("detail-response", "A/HRC/59/15/Add.1")
        .await?;
    assert!(response.contains("paragraph 3"), "{response}");
    app.wait_for_text("detail-sdgs", "5").await?;
    // The list's SDGs are a filter with counts; the rows and the address follow it.
    app.goto(&format!("/?view=recommendations&data={id}"))
        .await?;
    app.wait_for_text("recommendations-count", "254 of 254")
        .await?;
    app.unfold("filters").await?;
    let label = app.text("facet-sdg").await?;
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(label.contains("5 — Gender equality (54)"), "{label}");
    app.click("facet-sdg-5").await?;
    app.wait_for_url("sdg=5").await?;
    app.wait_for_text("recommendations-count", "54 of 254")
        .await?;
    // No province map of Slovenia: the Map view says so rather than draw Mongolia's.
    app.goto(&format!("/?view=map&data={id}")).await?;
    app.wait_for_text("map-none", "Slovenia").await?;
    assert_eq!(app.count("map-chart").await?, 0);
    // A map of Slovenia's provinces is loaded there: another State's is refused with the reason;
    // Slovenia's is drawn, its provinces listed.
    let mongolia = upr_e2e::repo_root().join("public/data/mongolia_admin1.geojson");
    app.choose_file("map-file", &mongolia).await?;
    app.wait_for_text("map-load-error", "not one of Slovenia’s")
        .await?;
    let dir = upr_e2e::TempDir::new("slovenia-map")?;
    let map = dir.write("slovenia-adm1.geojson", slovenia_map().into_bytes())?;
    app.choose_file("map-file", &map).await?;
    app.wait_for_count("region-row", 2).await?;
    assert_eq!(app.count("map-chart").await?, 1);
    // Its text alternative names the data's State, not Mongolia.
    let label = app
        .eval("document.querySelector('[data-testid=map-chart]').getAttribute('aria-label')")
        .await?;
    assert!(
        label
            .as_str()
            .is_some_and(|l| l.starts_with("Map of Slovenia's regions")),
        "{label}"
    );
    assert_eq!(
        app.text("map-credit").await?,
        "Map: the file of provinces loaded with this data."
    );
    // A reload keeps the tracker; one click returns to the bundled data.
    app.refresh().await?;
    app.wait_for_text("data-banner", "slovenia").await?;
    app.goto("/").await?;
    app.wait_for_text("cycle-4-received", "254").await?;
    // The page knows before the app runs that Mongolia's figures written into it are not the
    // data's (public/boot.js).
    let mark = "localStorage.getItem('upr-kept-import')";
    assert_eq!(app.eval(mark).await?, json!("1"));
    app.click("data-reset").await?;
    app.wait_for_text("cycle-1-received", "129").await?;
    assert_eq!(app.count("data-banner").await?, 0);
    assert_eq!(app.eval(mark).await?, json!(null));
    app.show_charts().await?;
    app.wait_for("chart-status").await?;
    assert_eq!(app.count("chart-sdg").await?, 0);
    app.finish().await
}

#[tokio::test]
async fn upr_infos_export_is_checked_against_the_data_and_changes_nothing() -> Result<(), String> {
    let export =
        upr_e2e::repo_root().join("tests/fixtures/official-lists/upr-info-2008-2014/6-9.csv");
    let app = App::start().await?;
    app.import_on_bundled_data(&[&export]).await?;
    let note = app
        .wait_for_text("import-file-note", "131 rows match 129 recommendations")
        .await?;
    assert!(
        note.contains("8212 rows about 62 other States were left out"),
        "{note}"
    );
    let file = app.text("import-file-summary").await?;
    assert!(file.contains("UPR Info database export (CSV)"), "{file}");
    // The two rows in other words, each shown with the UN document's words beside them; the
    // decoding said.
    let problems = app.texts("import-problem").await?;
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("macintosh"), "{problems:?}");
    assert!(
        problems[1].contains("c1-84.44") && problems[1].contains("anti-discriminatory"),
        "{problems:?}"
    );
    assert!(
        problems[2].contains("c1-84.55") && problems[2].contains("such crimes"),
        "{problems:?}"
    );
    let summary = app.text("import-summary").await?;
    assert!(summary.contains("change"), "{summary}");
    app.click("import-cancel").await?;
    app.wait_for_text("data-shown", "comes with the dashboard")
        .await?;
    app.finish().await
}

#[tokio::test]
async fn a_uhri_excel_export_adds_its_upr_recommendations_and_the_other_mechanisms_as_theirs(
) -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("uhri")?;
    let path = dir.write("uhri-mongolia.xlsx", upr_e2e::uhri_xlsx("Mongolia", 12, 3)?)?;
    let app = App::start().await?;
    app.import_on_bundled_data(&[&path]).await?;
    let file = app
        .wait_for_text(
            "import-file-summary",
            "Universal Human Rights Index export (Excel)",
        )
        .await?;
    assert!(file.contains("15 rows"), "{file}");
    let problems = app.texts("import-problem").await?;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("3 recommendations of other UN mechanisms (CRC 3) come in as recommendations of their mechanism"),
        "{problems:?}"
    );
    let changes = app.texts("import-change").await?;
    assert!(
        changes
            .iter()
            .any(|c| c.starts_with("Recommendations") && c.contains("15 added")),
        "{changes:?}"
    );
    app.click("import-confirm").await?;
    let id = app.data_id().await?;
    app.goto(&format!("/?view=recommendations&rec=c4-120.1&data={id}"))
        .await?;
    let text = app
        .wait_for_text("detail-text", "Strengthen measure number 1")
        .await?;
    // The HTML of the export is gone; the recommending State is not in the text.
    assert!(
        !text.contains("<p>") && !text.contains("Portugal"),
        "{text}"
    );
    // The treaty body's recommendations are a mechanism of the filter, with its count; chosen, the
    // rows and the address follow, and each opens with its document and its body.
    app.goto(&format!("/?view=recommendations&data={id}"))
        .await?;
    app.wait_for_text("recommendations-count", "144 of 144")
        .await?;
    app.unfold("filters").await?;
    let label = app.text("facet-mechanism").await?;
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        label.contains("Universal Periodic Review (141)") && label.contains("CRC (3)"),
        "{label}"
    );
    app.click("facet-mechanism-CRC").await?;
    app.wait_for_url("mechanism=CRC").await?;
    app.wait_for_text("recommendations-count", "3 of 144")
        .await?;
    app.click("open-recommendation").await?;
    app.wait_for_text("detail-response", "Made by: CRC").await?;
    assert_eq!(
        app.text("detail-annotation").await?,
        "Universal Human Rights Index annotation c12"
    );
    app.finish().await
}

#[tokio::test]
async fn from_a_file_about_several_other_states_the_user_picks_the_one_to_track(
) -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("uhri-states")?;
    let path = dir.write(
        "uhri-two-states.xlsx",
        upr_e2e::uhri_xlsx_of(&[("Slovenia", 4, 0), ("Chile", 6, 2)])?,
    )?;
    let app = App::start().await?;
    app.import_on_bundled_data(&[&path]).await?;
    app.wait_for_text("import-summary", "about 2 other States (Chile, Slovenia)")
        .await?;
    // Most recommendations first; the second is chosen.
    let options = app.texts_css("[data-testid=tracker-state] option").await?;
    assert_eq!(options.len(), 2, "{options:?}");
    assert!(options[0].contains("Chile") && options[0].contains("8 recommendations"));
    assert!(options[1].contains("Slovenia") && options[1].contains("4 recommendations"));
    app.client()
        .find(upr_e2e::fantoccini::Locator::Css(
            "[data-testid=tracker-state]",
        ))
        .await
        .map_err(|e| e.to_string())?
        .select_by_value("1")
        .await
        .map_err(|e| e.to_string())?;
    app.click("tracker-start").await?;
    app.wait_for_text("data-banner", "uhri-two-states.xlsx")
        .await?;
    app.goto("/").await?;
    app.wait_for_text("cycle-4-received", "4").await?;
    assert!(app.body_text().await?.contains("Slovenia"));
    app.finish().await
}

#[tokio::test]
async fn a_upr_info_export_starts_a_tracker_that_the_official_list_numbers_later(
) -> Result<(), String> {
    let root = upr_e2e::repo_root().join("tests/fixtures/official-lists");
    let export = root.join("upr-info-2008-2014/17-20.csv");
    let list = root.join("slovenia-upr20-cycle2-thematic-list.docx");
    let app = App::start().await?;
    app.import_on_bundled_data(&[&export]).await?;
    // Every State the export names is a choice; Slovenia's tracker is made once chosen.
    app.wait_for("tracker-choices").await?;
    let options = app.texts_css("[data-testid=tracker-choice] option").await?;
    assert!(
        options
            .iter()
            .any(|o| o.contains("Slovenia") && o.contains("180 recommendations")),
        "{options:?}"
    );
    app.client()
        .find(upr_e2e::fantoccini::Locator::Css(
            "[data-testid=tracker-choice]",
        ))
        .await
        .map_err(|e| e.to_string())?
        .select_by_value("SI")
        .await
        .map_err(|e| e.to_string())?;
    app.click("tracker-choose").await?;
    app.wait_for_text("data-banner", "17-20.csv").await?;
    app.goto("/").await?;
    app.wait_for_text("cycle-2-received", "180").await?;
    // The cycle's official list numbers them: said before anything changes.
    app.goto("/?view=data").await?;
    app.choose_file("import-file", &list).await?;
    app.wait_for("import-problems").await?;
    let problems = app.texts("import-problem").await?;
    assert!(
        problems
            .iter()
            .any(|p| p.contains("paragraph numbers to 172 recommendations")),
        "{problems:?}"
    );
    app.click("import-confirm").await?;
    app.wait_for_text("data-banner", "slovenia-upr20").await?;
    app.goto("/").await?;
    app.wait_for_text("cycle-2-received", "171").await?;
    app.finish().await
}

#[tokio::test]
async fn mongolias_figures_written_into_the_page_are_not_shown_when_other_data_is_kept(
) -> Result<(), String> {
    let app = App::start().await?;
    // The app never starts here (its WebAssembly does not arrive): only the page and boot.js run.
    app.server()
        .set_override("/upr-dashboard_bg.wasm", upr_e2e::Override::Stalled);
    app.goto("/").await?;
    app.wait_for("glance").await?;
    app.execute("localStorage.setItem('upr-kept-import', '1');", Vec::new())
        .await?;
    app.goto("/").await?;
    app.wait_for_js("!!document.getElementById('boot-status')")
        .await?;
    assert_eq!(app.count("glance").await?, 0);
    app.finish().await
}
