//! Rating in the app: three recommendations rated with the keyboard are kept across a reload, a
//! reload offline and in a second tab; one is undone; the ratings download as the assessments CSV,
//! which a fresh browser imports to the same statuses; a meeting records an agreed status; the
//! overview's charts count the new ratings.

use fantoccini::Locator;
use upr_e2e::serde_json::{json, Value};
use upr_e2e::App;

const ME: &str = "NHRC of Mongolia";

/// Chooses a new assessor in the picker, as a person does: "A new assessor…", then its name and
/// kind.
async fn become_new_assessor(app: &App, name: &str) -> Result<(), String> {
    app.wait_for("assessor-choice").await?;
    app.execute(
        "const s = document.querySelector('[data-testid=assessor-choice]');\n\
         s.value = '+'; s.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )
    .await?;
    let input = app
        .client()
        .wait()
        .for_element(Locator::Css("[data-testid=assessor-name]"))
        .await
        .map_err(|e| e.to_string())?;
    input.send_keys(name).await.map_err(|e| e.to_string())?;
    app.execute(
        "const s = document.querySelector('[data-testid=assessor-kind]');\n\
         s.value = 'nhri'; s.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )
    .await?;
    app.wait_for("assessor-chosen").await.map(drop)
}

/// Gives the focus back to the page (out of the picker), as a click on the card does.
async fn focus_card(app: &App) -> Result<(), String> {
    app.execute(
        "document.activeElement && document.activeElement.blur(); document.body.focus();",
        vec![],
    )
    .await
    .map(drop)
}

/// The rating card's recommendation and status word.
async fn card(app: &App) -> Result<(String, String), String> {
    let v = app
        .eval("[document.querySelector('[data-testid=rate-card]')?.dataset.rec, document.querySelector('[data-testid=rate-status]')?.dataset.status]")
        .await?;
    let s = |i: usize| v[i].as_str().unwrap_or_default().to_string();
    Ok((s(0), s(1)))
}

async fn wait_for_card(app: &App, rec: &str, status: &str) -> Result<(), String> {
    let waited = app
        .wait_for_js(&format!(
            "document.querySelector('[data-testid=rate-card]')?.dataset.rec === {} && document.querySelector('[data-testid=rate-status]')?.dataset.status === {}",
            json!(rec),
            json!(status)
        ))
        .await;
    match waited {
        Ok(_) => Ok(()),
        Err(e) => Err(format!(
            "{e}; the card shows {:?}; kept: {:?}",
            card(app).await,
            kept_changes(app).await
        )),
    }
}

/// The changes kept in the browser's storage, one line each (for a failure's message).
async fn kept_changes(app: &App) -> Result<Value, String> {
    app.client()
        .execute_async(
            "const done = arguments[0];\n\
             const open = indexedDB.open('upr-dashboard');\n\
             open.onsuccess = () => {\n\
               const r = open.result.transaction('changes').objectStore('changes').getAll();\n\
               r.onsuccess = () => { open.result.close(); done(r.result.map((t) => { const c = JSON.parse(t); return [c.at, c.id, c.entry_id, c.act, c.change || (c.entry && c.entry.status)].join(' '); })); };\n\
             };\n\
             open.onerror = () => done(String(open.error));",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())
}

/// Records the files the app offers for download (the test reads them back; the app's own
/// download path runs unchanged).
async fn catch_downloads(app: &App) -> Result<(), String> {
    app.execute(
        "window.__downloads = [];\n\
         const make = URL.createObjectURL.bind(URL);\n\
         URL.createObjectURL = (blob) => { window.__downloads.push(blob); return make(blob); };",
        vec![],
    )
    .await
    .map(drop)
}

async fn last_download(app: &App) -> Result<String, String> {
    app.wait_for_js("window.__downloads && window.__downloads.length > 0")
        .await?;
    let v: Value = app
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];\n\
             window.__downloads[window.__downloads.length - 1].text().then(done);",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("the download is not text: {v}"))
}

#[tokio::test]
async fn ratings_made_with_the_keyboard_are_kept_shared_and_imported_to_the_same_statuses(
) -> Result<(), String> {
    let app = App::start().await?;
    // The session goes through the first cycle's list from its first recommendation.
    app.goto("/?view=rate&rec=c1-84.1").await?;
    app.wait_for("rate-card").await?;
    assert!(app
        .text("rate-progress")
        .await?
        .contains("Choose who you are rating for"));
    become_new_assessor(&app, ME).await?;
    app.wait_for_text("rate-progress", "0 of 129 rated by NHRC of Mongolia")
        .await?;
    focus_card(&app).await?;

    // 1 on the first, → then 2 on the second, → then 3 on the third.
    app.keys("1").await?;
    wait_for_card(&app, "c1-84.1", "fully").await?;
    app.keys("\u{e014}").await?; // →
    wait_for_card(&app, "c1-84.2", "not-assessed").await?;
    app.keys("2").await?;
    wait_for_card(&app, "c1-84.2", "partially").await?;
    app.keys("\u{e014}3").await?;
    wait_for_card(&app, "c1-84.3", "not").await?;
    app.wait_for_text("rate-progress", "3 of 129 rated by NHRC of Mongolia")
        .await?;
    // "Saved" shows once the browser's storage has confirmed the write.
    app.wait_for_text("rate-saving", "Saved").await?;
    // ← goes back; the address keeps the place.
    app.keys("\u{e012}").await?; // ←
    wait_for_card(&app, "c1-84.2", "partially").await?;
    app.wait_for_url("rec=c1-84.2").await?;

    // A reload keeps them, and the place in the list.
    app.goto("/?view=rate&rec=c1-84.2").await?;
    wait_for_card(&app, "c1-84.2", "partially").await?;
    app.wait_for_text("rate-progress", "3 of 129").await?;
    // So does a reload with the network cut.
    app.wait_for_js("!!navigator.serviceWorker && navigator.serviceWorker.controller !== null")
        .await?;
    app.server().set_offline(true);
    app.goto("/?view=rate&rec=c1-84.3").await?;
    wait_for_card(&app, "c1-84.3", "not").await?;
    app.server().set_offline(false);

    // A second tab shows them, and hears a change made in the first.
    app.open_window("/?view=rate&rec=c1-84.1", "").await?;
    wait_for_card(&app, "c1-84.1", "fully").await?;
    let second = app.client().window().await.map_err(|e| e.to_string())?;
    let windows = app.client().windows().await.map_err(|e| e.to_string())?;
    let first = windows
        .into_iter()
        .find(|w| *w != second)
        .ok_or("the first window is gone")?;
    app.client()
        .switch_to_window(first.clone())
        .await
        .map_err(|e| e.to_string())?;
    focus_card(&app).await?;
    app.keys("\u{e012}\u{e012}").await?; // back to c1-84.1
    wait_for_card(&app, "c1-84.1", "fully").await?;
    app.keys("3").await?;
    wait_for_card(&app, "c1-84.1", "not").await?;
    app.client()
        .switch_to_window(second.clone())
        .await
        .map_err(|e| e.to_string())?;
    wait_for_card(&app, "c1-84.1", "not").await?;
    // Undo (the banner's button, in the second tab) takes the last change back in both.
    app.click("tracker-undo").await?;
    wait_for_card(&app, "c1-84.1", "fully").await?;
    // Closed once its storage has confirmed the undo ("Saved"), which it then tells the others.
    app.wait_for_text("tracker-saving", "Saved").await?;
    app.client()
        .close_window()
        .await
        .map_err(|e| e.to_string())?;
    app.client()
        .switch_to_window(first)
        .await
        .map_err(|e| e.to_string())?;
    wait_for_card(&app, "c1-84.1", "fully").await?;
    // Ctrl+Z takes back the one before: 84.1 rated "not" then undone, so 84.3's "not" goes.
    app.keys("\u{e009}z").await?;
    app.wait_for_text("rate-progress", "2 of 129").await?;

    // The recommendation's page shows its history.
    app.goto("/?view=recommendations&rec=c1-84.1").await?;
    app.wait_for("history").await?;
    app.unfold("history").await?;
    let history = app.texts("history-item").await?;
    // Added, edited (to "not"), and that edit undone.
    assert_eq!(history.len(), 3, "{history:?}");
    assert!(history.iter().all(|h| h.contains(ME)), "{history:?}");

    // A filter chosen with ratings kept changes the rows, not the whole view (the ratings are not
    // applied again for it).
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    app.eval("document.querySelector('[data-testid=recommendations-table]').dataset.mark = 'kept'")
        .await?;
    app.unfold("filters").await?;
    app.click("facet-status-partially").await?;
    app.wait_for_js("location.search.includes('status=partially')")
        .await?;
    app.wait_for_all_rows().await?;
    assert_eq!(
        app.eval("document.querySelector('[data-testid=recommendations-table]').dataset.mark")
            .await?,
        "kept",
        "the view was drawn anew"
    );

    // The overview's charts count the new ratings: the commission's one fully, one partially.
    app.goto("/?view=overview").await?;
    app.show_charts().await?;
    app.wait_for_js(
        "[...document.querySelectorAll('[data-testid=chart-assessor] [data-testid=chart-table] tr')].some((tr) => /National Human Rights Commission/.test(tr.textContent) && [...tr.cells].slice(1, 4).map((c) => c.textContent.trim()).join() === '1,1,0')",
    )
    .await?;
    // A link made on them says so where they are missing.
    let link = app.current_url().await?;
    assert!(link.contains("data="), "{link}");

    // The banner counts what is not shared; the CSV shares it.
    let unshared = app
        .wait_for_text("tracker-unshared", "not yet shared")
        .await?;
    assert!(unshared.starts_with('2'), "{unshared}");
    catch_downloads(&app).await?;
    app.click("tracker-download-csv").await?;
    let csv = last_download(&app).await?;
    app.wait_for_text("tracker-unshared", "have all been downloaded")
        .await?;
    assert!(csv.contains("c1-84.1") && csv.contains("c1-84.2"), "{csv}");
    assert!(!csv.contains("c1-84.3"), "{csv}");
    // The whole dataset with them, merged as an import of that file would merge it.
    app.click("tracker-download-dataset").await?;
    app.wait_for_js("window.__downloads.length >= 2").await?;
    let whole: Value = upr_e2e::serde_json::from_str(&last_download(&app).await?)
        .map_err(|e| format!("the dataset download is not JSON: {e}"))?;
    assert_eq!(whole["format"], "upr-dashboard-dataset");
    let ours = whole["assessment_sources"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["title"]["en"] == ME))
        .ok_or("the dataset has no source for the commission")?;
    let mut rated: Vec<&str> = whole["assessments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["source"] == ours["id"])
        .filter_map(|a| a["recommendation"].as_str())
        .collect();
    rated.sort_unstable();
    assert_eq!(rated, vec!["c1-84.1", "c1-84.2"]);
    app.finish().await?;

    // A fresh browser imports the file: the same statuses, and the link opens on them.
    let dir = upr_e2e::TempDir::new("upr-ratings")?;
    let file = dir.path().join("upr-ratings.csv");
    std::fs::write(&file, csv.trim_start_matches('\u{feff}')).map_err(|e| e.to_string())?;
    let fresh = App::start().await?;
    // The link made on them, opened where they are missing, says so.
    let (_, query) = link.split_once("/?").ok_or("the link has no query")?;
    fresh.goto(&format!("/?{query}")).await?;
    let notice = fresh
        .wait_for_text("data-mismatch", "ratings recorded")
        .await?;
    assert!(notice.contains("the bundled data"), "{notice}");
    fresh.import_on_bundled_data(&[&file]).await?;
    fresh.click("import-confirm").await?;
    fresh.wait_for("data-banner").await?;
    fresh.goto("/?view=rate&rec=c1-84.1").await?;
    become_new_assessor(&fresh, ME).await?;
    wait_for_card(&fresh, "c1-84.1", "fully").await?;
    fresh.wait_for_text("rate-progress", "2 of 129").await?;
    fresh.finish().await
}

#[tokio::test]
async fn a_meeting_records_the_agreed_status_where_assessors_disagree() -> Result<(), String> {
    let app = App::start().await?;
    // The government's statement rated c1-84.7 fully implemented; the commission says "not" here.
    app.goto("/?view=recommendations&rec=c1-84.7").await?;
    app.wait_for("recommendation-detail").await?;
    app.click("add-assessment").await?;
    app.wait_for("assess-form").await?;
    become_new_assessor(&app, ME).await?;
    // A date in the future is refused with the reason.
    app.execute(
        "const d = document.querySelector('[data-testid=form-date]');\n\
         d.value = '2999-01-01'; d.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![],
    )
    .await?;
    app.click("form-status-not").await?;
    app.click("form-save").await?;
    app.wait_for_text("problem-date", "after today").await?;
    app.execute(
        "const d = document.querySelector('[data-testid=form-date]');\n\
         d.value = '2026-01-15'; d.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![],
    )
    .await?;
    let evidence = app
        .client()
        .find(Locator::Css("[data-testid=form-evidence]"))
        .await
        .map_err(|e| e.to_string())?;
    evidence
        .send_keys("<b>The law</b> was adopted")
        .await
        .map_err(|e| e.to_string())?;
    app.click("form-save").await?;
    app.wait_for("own-entry").await?;
    // Text is shown as text.
    assert_eq!(app.count_css(".own b").await?, 0);
    assert!(app.text("own-entry").await?.contains("<b>The law</b>"));

    app.goto("/?view=validate").await?;
    app.wait_for("compare-row").await?;
    let first = app
        .eval("document.querySelector('[data-testid=compare-row]').dataset")
        .await?;
    assert_eq!(first["open"], "true", "{first}");
    let rec = first["rec"].as_str().unwrap_or_default().to_string();
    assert_eq!(rec, "c1-84.7");
    assert_eq!(
        app.count_css("[data-testid=compare-row]:first-child [data-testid=voice]")
            .await?,
        2
    );
    app.execute(
        "const t = document.querySelector('[data-testid=compare-row] [data-testid=agree-note]');\n\
         t.value = 'Agreed after the ministry\\'s evidence'; t.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![],
    )
    .await?;
    app.execute(
        "document.querySelector('[data-testid=compare-row] [data-testid=agree-partially]').click();",
        vec![],
    )
    .await?;
    app.wait_for_js(
        "document.querySelector('[data-testid=compare-row][data-rec=\"c1-84.7\"]')?.dataset.open === 'false'",
    )
    .await?;
    app.wait_for_text("validate-summary", "1 agreed").await?;
    // The agreed status is an assessment like any other: its page shows it, with the note.
    app.goto("/?view=recommendations&rec=c1-84.7").await?;
    app.wait_for_text(
        "recommendation-detail",
        "Agreed after the ministry's evidence",
    )
    .await?;
    app.finish().await
}

/// Writes records into the app's IndexedDB as another program (or a damaged disk) might have.
async fn put_records(app: &App, records: Value) -> Result<(), String> {
    app.client()
        .execute_async(
            "const [records, done] = arguments;\n\
             const open = indexedDB.open('upr-dashboard', 2);\n\
             open.onupgradeneeded = () => { for (const s of ['imports', 'changes', 'tracker']) if (!open.result.objectStoreNames.contains(s)) open.result.createObjectStore(s); };\n\
             open.onsuccess = () => {\n\
               const tx = open.result.transaction('changes', 'readwrite');\n\
               for (const [key, value] of records) tx.objectStore('changes').put(value, key);\n\
               tx.oncomplete = () => { open.result.close(); localStorage.setItem('upr-changes', '1'); done(true); };\n\
               tx.onerror = () => done(String(tx.error));\n\
             };\n\
             open.onerror = () => done(String(open.error));",
            vec![records],
        )
        .await
        .map_err(|e| e.to_string())
        .and_then(|v| match v {
            Value::Bool(true) => Ok(()),
            other => Err(format!("could not write the records: {other}")),
        })
}

#[tokio::test]
async fn a_damaged_record_and_a_rating_of_an_unknown_recommendation_are_reported_not_lost(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    app.wait_for("app-title").await?;
    let good = json!({
        "id": "a1", "at": "2026-12-07T10:00:00.000Z", "entry_id": "a1", "act": "put",
        "entry": { "recommendation": "c1-84.1", "assessor": { "name": "Coalition", "kind": "civil_society" },
                   "status": "partially", "date": "2026-12-07" }
    });
    let unknown = json!({
        "id": "a2", "at": "2026-12-07T10:00:01.000Z", "entry_id": "a2", "act": "put",
        "entry": { "recommendation": "c9-1.1", "assessor": { "name": "Coalition", "kind": "civil_society" },
                   "status": "fully", "date": "2026-12-07" }
    });
    put_records(
        &app,
        json!([
            ["a1", good.to_string()],
            ["a2", unknown.to_string()],
            ["zz", "{ this is not a change"]
        ]),
    )
    .await?;
    app.goto("/?view=recommendations").await?;
    // The app is usable on the data, with the good rating.
    app.wait_for_count("recommendation-row", 50).await?;
    let damaged = app.wait_for_text("tracker-damaged", "damaged").await?;
    assert!(damaged.starts_with("1 record"), "{damaged}");
    let issue = app.wait_for_text("tracker-issue", "c9-1.1").await?;
    assert!(issue.contains("stays"), "{issue}");
    // The damaged record can be downloaded as it is.
    catch_downloads(&app).await?;
    app.click("tracker-download-records").await?;
    let text = last_download(&app).await?;
    assert!(text.contains("{ this is not a change"), "{text}");
    // The rating of an unknown recommendation stays in what is shared.
    app.click("tracker-download-csv").await?;
    let csv = last_download(&app).await?;
    assert!(csv.contains("c9-1.1") && csv.contains("c1-84.1"), "{csv}");
    app.finish().await
}

#[tokio::test]
async fn a_storage_that_refuses_the_write_is_said_and_the_rating_stays_with_a_download(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=rate&rec=c1-84.1").await?;
    app.wait_for("rate-card").await?;
    become_new_assessor(&app, ME).await?;
    // Another program holds the app's database at a newer version: every write is refused.
    app.client()
        .execute_async(
            "const done = arguments[0];\n\
             const open = indexedDB.open('upr-dashboard', 99);\n\
             open.onsuccess = () => { open.result.close(); done(true); };\n\
             open.onerror = () => done(String(open.error));",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    focus_card(&app).await?;
    app.keys("2").await?;
    wait_for_card(&app, "c1-84.1", "partially").await?;
    let said = app
        .wait_for_text("tracker-save-failed", "Not saved")
        .await?;
    assert!(said.contains("Download"), "{said}");
    app.wait_for_text("rate-progress", "1 of 129").await?;
    catch_downloads(&app).await?;
    app.click("tracker-download-csv").await?;
    let csv = last_download(&app).await?;
    assert!(
        csv.contains("c1-84.1") && csv.contains("partially"),
        "{csv}"
    );
    app.finish().await
}

#[tokio::test]
async fn a_half_typed_assessment_is_kept_as_a_draft_when_the_tab_closes() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations&rec=c1-84.9").await?;
    app.click("add-assessment").await?;
    let evidence = app.wait_for("form-evidence").await?;
    evidence
        .send_keys("The ministry's report of May")
        .await
        .map_err(|e| e.to_string())?;
    // The tab goes (a navigation away loses the page as closing it would), then comes back.
    app.goto("/?view=map").await?;
    app.wait_for("nav-map").await?;
    app.goto("/?view=recommendations&rec=c1-84.9").await?;
    app.wait_for("draft-restored").await?;
    let kept = app
        .eval("document.querySelector('[data-testid=form-evidence]').value")
        .await?;
    assert_eq!(kept, "The ministry's report of May");
    app.finish().await
}

#[tokio::test]
async fn a_presented_validation_slide_shows_one_recommendation_at_a_time_with_the_same_keys(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/").await?;
    app.wait_for("app-title").await?;
    // The commission says "fully" where the government's statement says "partially".
    let disagree = json!({
        "id": "b1", "at": "2026-12-06T10:00:00.000Z", "entry_id": "b1", "act": "put",
        "entry": { "recommendation": "c1-84.5", "assessor": { "name": "NHRC of Mongolia", "kind": "nhri" },
                   "status": "fully", "date": "2026-12-06" }
    });
    put_records(&app, json!([["b1", disagree.to_string()]])).await?;
    // A deck: the validation view of Argentina's five recommendations, then the map.
    app.goto("/?deck=Agree**%3Fview%3Dvalidate%26state%3DArgentina~Map**%3Fview%3Dmap&slide=1")
        .await?;
    app.wait_for_text("validate-place", "Recommendation 1 of 5")
        .await?;
    assert_eq!(app.count("compare-row").await?, 1, "one per slide");
    let row = app
        .eval("document.querySelector('[data-testid=compare-row]').dataset")
        .await?;
    assert_eq!(
        (row["rec"].as_str(), row["open"].as_str()),
        (Some("c1-84.5"), Some("true"))
    );
    // 2 records the agreed status; the arrows move between recommendations, then slides.
    app.keys("2").await?;
    app.wait_for_js(
        "document.querySelector('[data-testid=compare-row]')?.dataset.open === 'false'",
    )
    .await?;
    app.wait_for_text("validate-summary", "1 agreed").await?;
    for n in 2..=5 {
        app.keys("\u{e014}").await?;
        app.wait_for_text("validate-place", &format!("Recommendation {n} of 5"))
            .await?;
    }
    app.wait_for_text("slide-number", "Slide 1 of 2").await?;
    app.keys("\u{e014}").await?;
    app.wait_for_text("slide-number", "Slide 2 of 2").await?;
    app.wait_for("region-row").await?;
    app.finish().await
}

/// A full storage, for real: Chromium's quota for the page's origin set to a few bytes (through
/// the DevTools protocol; the other engines have no such switch, and the refused storage above
/// covers them).
#[tokio::test]
async fn a_full_storage_is_said_and_the_rating_stays_with_a_download() -> Result<(), String> {
    let app = App::start().await?;
    if app.page().engine() != Some(upr_e2e::Engine::Chromium) {
        return app.finish().await;
    }
    app.goto("/?view=rate&rec=c1-84.2").await?;
    app.wait_for("rate-card").await?;
    become_new_assessor(&app, ME).await?;
    let origin = app.page().url("");
    upr_e2e::cdp::cdp(
        &app,
        "Storage.overrideQuotaForOrigin",
        json!({ "origin": origin.trim_end_matches('/'), "quotaSize": 1 }),
    )
    .await?;
    focus_card(&app).await?;
    app.keys("3").await?;
    wait_for_card(&app, "c1-84.2", "not").await?;
    let said = app
        .wait_for_text("tracker-save-failed", "Not saved")
        .await?;
    assert!(said.to_lowercase().contains("quota"), "{said}");
    catch_downloads(&app).await?;
    app.click("tracker-download-csv").await?;
    let csv = last_download(&app).await?;
    assert!(csv.contains("c1-84.2") && csv.contains(",not,"), "{csv}");
    app.finish().await
}
