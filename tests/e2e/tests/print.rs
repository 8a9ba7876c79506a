//! The A4 print layout: every matching row, the table's header repeated, the active filters and the
//! source line on each page, navigation hidden. Printed through WebDriver's own Print command and
//! read back with `pdftotext` (poppler-utils).

use fantoccini::wd::PrintConfiguration;
use upr_e2e::App;

/// Prints the page to PDF and returns the text of each page; `None` where the engine's WebDriver
/// has no Print command (WebKitWebDriver), which the test then says.
async fn print_pages(app: &App) -> Result<Option<Vec<String>>, String> {
    app.eval("window.dispatchEvent(new Event('beforeprint'))")
        .await?;
    let pdf = match app.client().print(PrintConfiguration::default()).await {
        Ok(pdf) => pdf,
        Err(e)
            if e.to_string().contains("Unknown command")
                || e.to_string().contains("unknown command") =>
        {
            println!(
                "NOT CHECKED in {}: its WebDriver has no Print command ({e})",
                app.browser().engine()
            );
            app.eval("window.dispatchEvent(new Event('afterprint'))")
                .await?;
            return Ok(None);
        }
        Err(e) => return Err(e.to_string()),
    };
    app.eval("window.dispatchEvent(new Event('afterprint'))")
        .await?;
    let dir = upr_e2e::TempDir::new("upr-print")?;
    let path = dir.path().join("view.pdf");
    std::fs::write(&path, &pdf).map_err(|e| e.to_string())?;
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .map_err(|e| format!("pdftotext (apt install poppler-utils): {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Ok(Some(
        text.split('\u{c}')
            .map(str::to_string)
            .filter(|p| !p.trim().is_empty())
            .collect(),
    ))
}

/// The printout's text as one line (words separated by single spaces); `None` as for `print_pages`.
async fn printed_text(app: &App) -> Result<Option<String>, String> {
    Ok(print_pages(app).await?.map(|pages| {
        pages
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }))
}

#[tokio::test]
async fn a_printed_table_repeats_its_header_the_filters_and_the_source_on_every_page(
) -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations&status=not-assessed")
        .await?;
    app.wait_for_count("recommendation-row", 50).await?;
    let Some(pages) = print_pages(&app).await? else {
        return app.finish().await;
    };
    assert!(
        pages.len() >= 3,
        "110 rows should take several A4 pages, got {}",
        pages.len()
    );
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Not assessed") && page.contains("status=not-assessed"),
            "page {}: no filters\n{page}",
            i + 1
        );
        assert!(
            page.contains("Source:") && page.contains("A/HRC/16/5"),
            "page {}: no source line\n{page}",
            i + 1
        );
        assert!(
            page.contains("Paragraph"),
            "page {}: no table header\n{page}",
            i + 1
        );
        for screen_only in [
            "Skip to main content",
            "Copy link",
            "Download CSV",
            "Consultations\n",
        ] {
            assert!(
                !page.contains(screen_only),
                "page {}: {screen_only:?} is printed",
                i + 1
            );
        }
    }
    // Every matching row is printed, not only the page on screen.
    let all = pages.join("\n");
    for paragraph in ["84.1", "84.118", "86.11"] {
        assert!(
            all.contains(paragraph),
            "{paragraph} is missing from the print"
        );
    }
    // Back on screen: one page of rows again.
    app.wait_for_count("recommendation-row", 50).await?;
    app.finish().await
}

#[tokio::test]
async fn a_province_pack_prints_as_a_clean_document_in_mongolian() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=map&region=MN-043&lang=mn").await?;
    app.wait_for("region-row").await?;
    let Some(pages) = print_pages(&app).await? else {
        return app.finish().await;
    };
    let first = pages.first().cloned().unwrap_or_default();
    assert!(first.contains("Ховд"), "the province is named\n{first}");
    assert!(first.contains("Эх сурвалж:"), "the source line\n{first}");
    assert!(
        !first.contains("Үндсэн агуулга руу шилжих"),
        "the skip link is printed\n{first}"
    );
    app.finish().await
}

/// Printed before the charts' library has arrived (the charts' code is here, and the library is
/// held back by the server), each chart prints its figures as a table rather than an empty box.
#[tokio::test]
async fn charts_printed_before_their_library_has_arrived_print_their_figures() -> Result<(), String>
{
    let app = App::start().await?;
    app.server()
        .set_override("/echarts.js", upr_e2e::Override::Stalled);
    app.goto("/").await?;
    app.show_charts().await?;
    // The first column's heading of the figures of the chart by recommending State: on the
    // overview it is nowhere else (the table under "Show the figures" stays folded in print).
    let heading = app
        .eval(
            "document.querySelector('[data-testid=\"chart-state\"] [data-testid=\"chart-table\"] thead th').textContent",
        )
        .await?;
    let heading = heading.as_str().unwrap_or_default().trim().to_string();
    assert!(!heading.is_empty(), "the chart by State has no table");
    let Some(text) = printed_text(&app).await? else {
        return app.finish().await;
    };
    assert!(
        text.contains(&heading),
        "the printout lacks the figures of the chart by State ({heading:?})"
    );
    app.finish().await
}

/// Printed before the charts' code has arrived (the reader has not scrolled to the charts, and the
/// code, asked for on printing, is held back by the server here), the page says where the charts
/// are instead of printing nothing about them.
#[tokio::test]
async fn charts_printed_before_their_code_has_arrived_say_why_they_are_missing(
) -> Result<(), String> {
    let app = App::start().await?;
    app.server().set_override(
        &format!("/{}", upr_e2e::chunk_file(&upr_e2e::dist_dir(), "charts")),
        upr_e2e::Override::Stalled,
    );
    app.open_overview_above_the_charts().await?;
    let Some(text) = printed_text(&app).await? else {
        return app.finish().await;
    };
    assert!(
        text.contains("The charts are not in this printout"),
        "the printout does not say why the charts are missing: {text}"
    );
    assert!(
        text.contains("Received"),
        "the overview's figures are printed: {text}"
    );
    app.finish().await
}
