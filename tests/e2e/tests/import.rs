//! Bring your own data: a CSV of ratings is checked, confirmed, shown in the table, the map and the
//! charts, kept across reloads and offline, named in shared links, and one click returns to the
//! bundled data. A file with errors is reported row by row and changes nothing.

use upr_e2e::serde_json::json;
use upr_e2e::App;

/// The commission's own ratings, as a spreadsheet saves them (UTF-8 with a byte-order mark).
const GOOD: &str =
    "\u{feff}recommendation,assessor_kind,assessor,status,date,evidence,citation,region\n\
c1-84.1,nhri,NHRC mid-term assessment 2024,fully,2024-03-05,Ratified in 2015,NHRC report p. 4,\n\
c1-84.5,nhri,NHRC mid-term assessment 2024,not,05.03.2024,No change seen,NHRC report p. 9,MN-043\n";

/// Every kind of mistake at once: unknown recommendation, unknown region, unknown status word, a
/// date that does not exist, and the same rating twice.
const BAD: &str = "recommendation,assessor_kind,assessor,status,date,region\n\
c1-999.9,nhri,NHRC 2024,fully,2024-03-05,\n\
c1-84.1,nhri,NHRC 2024,done,2024-03-05,\n\
c1-84.2,nhri,NHRC 2024,partially,2024-02-30,\n\
c1-84.3,nhri,NHRC 2024,partially,2024-03-05,MN-999\n\
c1-84.4,nhri,NHRC 2024,fully,2024-03-05,\n\
c1-84.4,nhri,NHRC 2024,fully,2024-03-05,\n";

/// Drops a file made of `content` on the drop zone, as a reader drags one from their desktop, and
/// waits until the report names it.
async fn drop_file(app: &App, name: &str, content: &str, mime: &str) -> Result<(), String> {
    app.execute(
        "const dt = new DataTransfer();\n\
         dt.items.add(new File([arguments[1]], arguments[0], { type: arguments[2] }));\n\
         const zone = document.querySelector('[data-testid=drop-zone]');\n\
         zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));\n\
         zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));",
        vec![json!(name), json!(content), json!(mime)],
    )
    .await?;
    app.wait_for_js(&format!(
        "[...document.querySelectorAll('[data-testid=import-problem]')].some((tr) => tr.textContent.includes({}))",
        json!(name)
    ))
    .await
    .map(drop)
}

/// The NHRC cell of one recommendation's row.
async fn nhrc_cell(app: &App, id: &str) -> Result<String, String> {
    let v = app
        .execute(
            "const row = document.querySelector('[data-testid=recommendation-row][data-id=\"' + arguments[0] + '\"]');\n\
             if (!row) return null;\n\
             const cell = [...row.querySelectorAll('td.status-cell')].find((c) => c.dataset.label === 'NHRC');\n\
             return cell ? cell.textContent.trim() : null;",
            vec![json!(id)],
        )
        .await?;
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("no NHRC cell for {id}"))
}

async fn wait_for_nhrc(app: &App, id: &str, needle: &str) -> Result<(), String> {
    for _ in 0..100 {
        if nhrc_cell(app, id).await.is_ok_and(|t| t.contains(needle)) {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!(
        "the NHRC cell of {id} never showed {needle:?}; it shows {:?}",
        nhrc_cell(app, id).await
    ))
}

#[tokio::test]
async fn imported_ratings_show_everywhere_survive_reload_and_offline_and_reset(
) -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("upr-import")?;
    let file = dir.path().join("nhrc-ratings.csv");
    std::fs::write(&file, GOOD).map_err(|e| e.to_string())?;

    let app = App::start().await?;
    app.import_on_bundled_data(&[&file]).await?;
    let summary = app.wait_for_text("import-summary", "").await?;
    assert!(
        summary.contains("No problems"),
        "the report says the file can be imported: {summary}"
    );
    let changes = app.texts("import-change").await?;
    assert!(
        changes.iter().any(|c| c.contains('2')),
        "two ratings will be added: {changes:?}"
    );
    // Nothing has changed before the user confirms.
    assert_eq!(app.count("data-banner").await?, 0);
    app.click("import-confirm").await?;
    let banner = app.wait_for_text("data-banner", "nhrc-ratings.csv").await?;
    assert!(banner.contains("2 rows"), "{banner}");
    let id = app.data_id().await?;
    assert!(!id.is_empty());

    // The table.
    app.goto(&format!("/?view=recommendations&data={id}"))
        .await?;
    wait_for_nhrc(&app, "c1-84.1", "Fully").await?;
    wait_for_nhrc(&app, "c1-84.5", "Not").await?;
    // The map: Khovd now has one region-scoped rating, and it is "not implemented".
    app.goto(&format!("/?view=map&metric=not&data={id}"))
        .await?;
    app.wait_for_js(
        "(document.querySelector('[data-testid=region-row][data-region=MN-043] .region-value') || {}).textContent?.includes('1')",
    )
    .await?;
    // The charts: the assessor comparison counts the commission's two ratings.
    app.goto(&format!("/?view=overview&data={id}")).await?;
    let table = app
        .wait_for_text("status-by-assessor-1", "National Human Rights Commission")
        .await?;
    assert!(
        table.contains("National Human Rights Commission"),
        "{table}"
    );
    app.show_charts().await?;
    app.wait_for_js(
        "[...document.querySelectorAll('[data-testid=chart-assessor] [data-testid=chart-table] tr')].some((tr) => /National Human Rights Commission/.test(tr.textContent) && /1/.test(tr.textContent))",
    )
    .await?;
    assert_eq!(app.count("data-mismatch").await?, 0);

    // A reload keeps the import; so does going offline.
    app.goto(&format!("/?view=recommendations&data={id}"))
        .await?;
    app.wait_for_text("data-banner", "nhrc-ratings.csv").await?;
    wait_for_nhrc(&app, "c1-84.1", "Fully").await?;
    app.server().set_offline(true);
    app.goto(&format!("/?view=recommendations&data={id}"))
        .await?;
    app.wait_for_text("data-banner", "nhrc-ratings.csv").await?;
    wait_for_nhrc(&app, "c1-84.5", "Not").await?;
    app.server().set_offline(false);

    // The merged dataset can be downloaded as JSON (its content is checked natively: the core's
    // import tests load every merged dataset with the app's own loader); clicking reports nothing.
    app.goto(&format!("/?view=data&data={id}")).await?;
    app.wait_for_text("data-shown", "nhrc-ratings.csv").await?;
    app.click("data-download").await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.count("import-error").await?, 0, "the download failed");

    // One click returns to the bundled data, and the address stops naming the import.
    app.goto(&format!("/?view=recommendations&data={id}"))
        .await?;
    app.click("data-reset").await?;
    wait_for_nhrc(&app, "c1-84.1", "Not assessed").await?;
    app.wait_for_js("!location.search.includes('data=')")
        .await?;
    assert_eq!(app.count("data-banner").await?, 0);
    app.goto("/?view=recommendations").await?;
    wait_for_nhrc(&app, "c1-84.1", "Not assessed").await?;
    assert_eq!(app.count("data-banner").await?, 0);
    app.finish().await
}

#[tokio::test]
async fn a_bad_file_is_reported_row_by_row_and_changes_nothing() -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("upr-import-bad")?;
    let file = dir.path().join("ratings-with-mistakes.csv");
    std::fs::write(&file, BAD).map_err(|e| e.to_string())?;

    let app = App::start().await?;
    app.goto("/?view=data").await?;
    app.choose_file("import-file", &file).await?;
    app.wait_for("import-problems").await?;
    let problems = app.texts("import-problem").await?;
    let has = |row: &str, needle: &str| {
        problems.iter().any(|p| {
            p.contains("ratings-with-mistakes.csv") && p.contains(row) && p.contains(needle)
        })
    };
    assert!(
        has("2", "c1-999.9"),
        "unknown recommendation: {problems:#?}"
    );
    assert!(has("3", "done"), "unknown status word: {problems:#?}");
    assert!(has("4", "2024-02-30"), "bad date: {problems:#?}");
    assert!(has("5", "MN-999"), "unknown region: {problems:#?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains('7') && p.to_lowercase().contains("row 6")),
        "duplicate row names the first one: {problems:#?}"
    );
    let disabled = app
        .eval("document.querySelector('[data-testid=import-confirm]').disabled")
        .await?;
    assert_eq!(
        disabled,
        json!(true),
        "a file with errors cannot be imported"
    );

    // A broken JSON file dropped on the drop zone is reported too.
    drop_file(
        &app,
        "broken.json",
        "{\"format\": \"upr-dashboard-dataset\", \"version\": 1, ",
        "application/json",
    )
    .await?;

    // A file without a required column still has its rows checked: the missing column and the
    // rows' own problems are reported in one pass, not one after the other.
    drop_file(
        &app,
        "no-date.csv",
        "recommendation,assessor_kind,assessor,status\n\
         c1-84.1,nhri,NHRC 2024,done\n\
         c1-999.9,nhri,NHRC 2024,fully\n",
        "text/csv",
    )
    .await?;
    let problems = app.texts("import-problem").await?;
    let in_file: Vec<&String> = problems
        .iter()
        .filter(|p| p.contains("no-date.csv"))
        .collect();
    assert!(
        in_file.iter().any(|p| p.contains("“date”")),
        "the missing column: {in_file:#?}"
    );
    assert!(
        in_file.iter().any(|p| p.contains("done")),
        "the unknown status word of row 2: {in_file:#?}"
    );
    assert!(
        in_file.iter().any(|p| p.contains("c1-999.9")),
        "the unknown recommendation of row 3: {in_file:#?}"
    );
    assert_eq!(in_file.len(), 3, "{in_file:#?}");

    // The data is unchanged, now and after a reload.
    assert_eq!(app.count("data-banner").await?, 0);
    app.goto("/?view=recommendations").await?;
    wait_for_nhrc(&app, "c1-84.1", "Not assessed").await?;
    assert_eq!(app.count("data-banner").await?, 0);
    app.finish().await
}

#[tokio::test]
async fn a_link_made_on_imported_data_says_so_where_that_data_is_missing() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations&data=0badc0de&status=fully")
        .await?;
    let notice = app.wait_for_text("data-mismatch", "0badc0de").await?;
    assert!(notice.contains("the bundled data"), "{notice}");
    // The view still opens on the data this browser has.
    app.wait_for("recommendations-table").await?;
    app.finish().await
}

/// The importer is not part of the app's first download: it is in the import worker's WebAssembly,
/// fetched when someone imports. Read from the release build: text only the importer's code holds
/// (the title of a source an import makes, and the spellings of the assessor kinds it accepts) is in
/// the worker and not in the app.
#[test]
fn the_importer_is_built_into_the_import_worker_and_not_into_the_app() {
    let dist = upr_e2e::dist_dir();
    let read = |name: &str| {
        std::fs::read(dist.join(name)).unwrap_or_else(|e| panic!("{name} in {dist:?}: {e}"))
    };
    let has =
        |bytes: &[u8], needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    let app = upr_e2e::app_wasm(&dist);
    let worker = read("upr-import-worker_bg.wasm");
    for text in ["Imported from ", "national human rights institution"] {
        assert!(
            has(&worker, text),
            "the worker lacks the importer's {text:?}"
        );
        for (name, bytes) in &app {
            assert!(
                !has(bytes, text),
                "the app's {name} still carries the importer's {text:?}"
            );
        }
    }
    assert!(
        read("upr-import-worker_loader.js").starts_with(b"importScripts("),
        "the worker's loader"
    );
}

/// Where the import worker cannot be fetched (a partial deployment, say), choosing a file says so
/// and changes nothing; the page goes on working.
#[tokio::test]
async fn an_import_worker_that_cannot_be_fetched_is_reported_and_changes_nothing(
) -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("upr-import-no-worker")?;
    let file = dir.path().join("ratings.csv");
    std::fs::write(&file, GOOD).map_err(|e| e.to_string())?;

    let app = App::start().await?;
    app.server()
        .override_with_status("/upr-import-worker_loader.js", 404);
    app.goto("/?view=data").await?;
    app.choose_file("import-file", &file).await?;
    let error = app
        .wait_for_text("import-check-error", "upr-import-worker")
        .await?;
    assert!(error.contains("could not be checked"), "{error}");
    assert_eq!(app.count("import-report").await?, 0);
    assert_eq!(app.count("import-checking").await?, 0);
    app.goto("/?view=recommendations").await?;
    app.wait_for_text("recommendations-count", "129").await?;
    app.finish().await
}

/// While the worker checks the files (held back here: its file never arrives), the page says that
/// it is checking, and shows no report yet.
#[tokio::test]
async fn while_the_files_are_checked_the_page_says_so() -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("upr-import-checking")?;
    let file = dir.path().join("ratings.csv");
    std::fs::write(&file, GOOD).map_err(|e| e.to_string())?;

    let app = App::start().await?;
    app.server()
        .set_override("/upr-import-worker_loader.js", upr_e2e::Override::Stalled);
    app.goto("/?view=data").await?;
    app.choose_file("import-file", &file).await?;
    app.wait_for("import-checking").await?;
    assert_eq!(app.count("import-report").await?, 0);
    assert_eq!(app.count("import-check-error").await?, 0);
    app.finish().await
}

#[tokio::test]
async fn a_storage_that_does_not_answer_shows_the_bundled_data_with_a_notice() -> Result<(), String>
{
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    // Hold this origin's database, as a stuck storage does: a connection kept open, and a
    // deletion waiting for it to close. Every later opening of the database queues behind the
    // deletion and gets no answer.
    let held = app
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];\n\
             const open = indexedDB.open('upr-dashboard');\n\
             open.onerror = () => done('open failed');\n\
             open.onsuccess = () => {\n\
               window.__held = open.result;\n\
               const del = indexedDB.deleteDatabase('upr-dashboard');\n\
               del.onblocked = () => done('held');\n\
               del.onsuccess = () => done('deleted');\n\
             };",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    assert_eq!(held, json!("held"));
    // The app opened in another window of this browser meanwhile.
    app.open_window("/?view=recommendations&lang=mn", "")
        .await?;
    // Not "Loading…" for ever: the bundled data, and a notice that says why.
    app.wait_for_count("recommendation-row", 50).await?;
    let notice = app.text("data-storage-silent").await?;
    assert!(notice.contains("хөтчийн санах ой"), "{notice}");
    app.finish().await
}

#[tokio::test]
async fn thousands_of_problems_are_counted_by_kind_and_all_can_be_downloaded() -> Result<(), String>
{
    let dir = upr_e2e::TempDir::new("many")?;
    let path = dir.write(
        "ratings.csv",
        upr_core::synthetic::assessments_with_problems(20_000),
    )?;
    let app = App::start().await?;
    app.import_on_bundled_data(&[&path]).await?;
    let many = app
        .wait_for_text("import-many", "9525 problems were found")
        .await?;
    assert!(many.contains("the first 100 are listed"), "{many}");
    let groups = app.texts("import-group").await?;
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert!(groups[0].starts_with("6667\t"), "{groups:?}");
    assert!(groups[1].contains("row 2, column “date”"), "{groups:?}");
    assert_eq!(app.texts("import-problem").await?.len(), 100);
    let button = app.text("import-download-problems").await?;
    assert_eq!(button, "Download all 9525 problems (CSV)");
    assert_eq!(
        app.eval("document.querySelector('[data-testid=import-confirm]').disabled")
            .await?,
        json!(true)
    );
    app.finish().await
}

#[tokio::test]
async fn a_long_check_shows_what_it_does_and_can_be_stopped() -> Result<(), String> {
    let dir = upr_e2e::TempDir::new("long")?;
    let path = dir.write(
        "ratings.csv",
        upr_core::synthetic::assessments_with_problems(200_000),
    )?;
    let app = App::start().await?;
    app.import_on_bundled_data(&[&path]).await?;
    app.wait_for_text("import-progress", "rows").await?;
    app.click("import-stop").await?;
    app.wait_for_text("import-stopped", "nothing changed")
        .await?;
    assert!(app.texts("import-report").await?.is_empty());
    assert!(app.texts("import-checking").await?.is_empty());
    // The data shown is still the bundled data, and a new check works.
    assert!(app
        .text("data-shown")
        .await?
        .contains("comes with the dashboard"));
    let small = dir.write(
        "few.csv",
        upr_core::synthetic::assessments_with_problems(30),
    )?;
    app.choose_file("import-file", &small).await?;
    app.wait_for("import-report").await?;
    assert!(app.texts("import-stopped").await?.is_empty());
    app.finish().await
}

#[tokio::test]
async fn a_corrected_recommendation_shows_what_will_change_before_it_changes() -> Result<(), String>
{
    let dir = upr_e2e::TempDir::new("corrected")?;
    let path = dir.write(
        "corrected.csv",
        "id,cycle,paragraph,text,states,response\n\
         c1-84.5,1,84.5,Become party to the Optional Protocol to the International Covenant on Economic and Social Rights,Argentina,noted\n",
    )?;
    let app = App::start().await?;
    app.goto("/?view=data&lang=mn").await?;
    app.wait_for("data-shown").await?;
    app.choose_file("import-file", &path).await?;
    let detail = app.wait_for_text("import-change-detail", "c1-84.5").await?;
    assert!(
        detail.contains("response: “supported” → “noted”")
            && detail.contains(
                "“…Economic, Social and Cultural Rights” → “…Economic and Social Rights”"
            ),
        "{detail}"
    );
    app.finish().await
}
