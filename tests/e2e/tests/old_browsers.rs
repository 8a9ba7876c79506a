//! Old, unusual or locked-down browsers: with WebAssembly or scripts switched off by the engine's
//! own setting (never by changing the page), the page says so in English and Mongolian and tells
//! the user what to do, instead of staying blank or "loading" for ever. The settings per engine
//! are in `upr_e2e::Setting`.

use fantoccini::Locator;
use upr_e2e::{App, Setting};

/// Cyrillic letters in `text`?
fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

#[tokio::test]
async fn without_webassembly_the_page_says_so_in_both_languages() -> Result<(), String> {
    let app = App::start_with(&[Setting::NoWebAssembly]).await?;
    app.goto("/").await?;
    assert_eq!(
        app.eval("typeof WebAssembly").await?,
        "undefined",
        "the engine's switch did not take WebAssembly away"
    );
    app.wait_for_css("#boot-status[role=\"alert\"]").await?;
    let en = app
        .texts_css("#boot-status p[lang=\"en\"]")
        .await?
        .join(" ");
    let mn = app
        .texts_css("#boot-status p[lang=\"mn\"]")
        .await?
        .join(" ");
    assert!(
        en.contains("cannot run WebAssembly") && en.contains("Firefox"),
        "English: {en:?}"
    );
    assert!(
        mn.contains("WebAssembly") && has_cyrillic(&mn),
        "Mongolian: {mn:?}"
    );
    assert!(!en.contains("Loading"), "still says loading: {en:?}");
    assert_eq!(app.count("app-title").await?, 0, "the app started anyway");
    // The figures written into the page at build time stay: real data without the app.
    let glance = app.text("glance").await?;
    assert!(
        glance.contains("129") && glance.contains("Received") && glance.contains("Хүлээн авсан"),
        "figures: {glance:?}"
    );
    app.finish().await
}

#[tokio::test]
async fn without_javascript_the_page_says_so_in_both_languages() -> Result<(), String> {
    let app = App::start_with(&[Setting::NoJavaScript]).await?;
    app.goto("/").await?;
    let client = app.client();
    let text_of = |selector: &'static str| async move {
        let el = client
            .find(Locator::Css(selector))
            .await
            .map_err(|e| format!("{selector}: {e}"))?;
        el.text()
            .await
            .map_err(|e| format!("text of {selector}: {e}"))
    };
    // With scripts off the <noscript> content is ordinary, visible markup.
    let en = text_of("noscript p[lang=\"en\"]").await?;
    let mn = text_of("noscript p[lang=\"mn\"]").await?;
    assert!(
        en.contains("needs JavaScript") && en.contains("turn JavaScript on"),
        "English: {en:?}"
    );
    assert!(
        mn.contains("JavaScript") && has_cyrillic(&mn),
        "Mongolian: {mn:?}"
    );
    // The "Loading…" line, which only a script would replace, is hidden.
    let loading = client
        .find(Locator::Css("#boot-status"))
        .await
        .map_err(|e| e.to_string())?;
    let shown = loading.is_displayed().await.map_err(|e| e.to_string())?;
    assert!(!shown, "\"Loading…\" is still shown with scripts off");
    // The cycles' figures from the bundled dataset are there, in both languages.
    let glance = client
        .find(Locator::Css("[data-testid=glance]"))
        .await
        .map_err(|e| e.to_string())?;
    assert!(glance.is_displayed().await.map_err(|e| e.to_string())?);
    let figures = glance.text().await.map_err(|e| e.to_string())?;
    assert!(
        figures.contains("129") && figures.contains("164") && has_cyrillic(&figures),
        "figures: {figures:?}"
    );
    if let Ok(path) = std::env::var("UPR_E2E_SCREENSHOT_NOJS") {
        let png = client.screenshot().await.map_err(|e| e.to_string())?;
        std::fs::write(path, png).map_err(|e| e.to_string())?;
    }
    assert!(app.server().foreign_requests().is_empty());
    // No script ran, so there is no window.__appErrors to read: only the requests are checked.
    app.close().await;
    Ok(())
}

#[tokio::test]
async fn a_wasm_file_that_cannot_start_is_shown_and_recorded() -> Result<(), String> {
    let app = App::start().await?;
    app.server()
        .override_with_bytes("/upr-dashboard_bg.wasm", b"\0asm\x01\0\0\0 broken".to_vec());
    app.goto("/").await?;
    app.wait_for_css("#boot-status[role=\"alert\"]").await?;
    let en = app
        .texts_css("#boot-status p[lang=\"en\"]")
        .await?
        .join(" ");
    let mn = app
        .texts_css("#boot-status p[lang=\"mn\"]")
        .await?
        .join(" ");
    assert!(en.contains("could not start"), "English: {en:?}");
    assert!(has_cyrillic(&mn), "Mongolian: {mn:?}");
    let errors = app.app_errors().await?;
    assert!(
        errors.iter().any(|e| e.starts_with("boot: ")),
        "not recorded: {errors:?}"
    );
    let check = app.check_clean().await.unwrap_err();
    assert!(check.contains("boot: "), "{check}");
    app.close().await;
    Ok(())
}

/// `App::finish` fails a test on an uncaught error, an unhandled rejection or a blocked
/// foreign load: boot.js records them in `window.__appErrors` in every engine (WebKit's
/// WebDriver has no log to read them from). The failing script is a same-origin file (the
/// ECharts bundle replaced, asked for by scrolling to the charts), so the engines report its message rather than "Script error.".
#[tokio::test]
async fn uncaught_errors_and_blocked_loads_are_recorded_in_every_engine() -> Result<(), String> {
    let app = App::start().await?;
    app.server().override_with_bytes(
        "/echarts.js",
        "Promise.reject(new Error('e2e-rejected'));\nthrow new Error('e2e-uncaught');\n",
    );
    app.goto("/").await?;
    app.wait_for("app-title").await?;
    // The bundle is fetched when a chart comes near the screen.
    app.show_charts().await?;
    // A foreign image, stopped by the Content-Security-Policy before any request is made.
    app.execute(
        "const img = document.createElement('img'); \
         img.src = 'http://example.com/e2e-blocked.png'; \
         document.body.appendChild(img); return null;",
        vec![],
    )
    .await?;
    for (what, expr) in [
        ("the uncaught error", "e.includes('e2e-uncaught')"),
        ("the unhandled rejection", "e.includes('e2e-rejected')"),
        (
            "the CSP violation",
            "e.startsWith('CSP violation') && e.includes('example.com')",
        ),
    ] {
        if let Err(e) = app
            .wait_for_js(&format!("window.__appErrors.some(e => {expr})"))
            .await
        {
            let errors = app.app_errors().await?;
            return Err(format!(
                "{what} was not recorded: {e}\nwindow.__appErrors: {errors:?}"
            ));
        }
    }
    assert!(
        app.server().foreign_requests().is_empty(),
        "{:#?}",
        app.server().foreign_requests()
    );
    let check = app.check_clean().await.unwrap_err();
    assert!(check.contains("e2e-uncaught"), "{check}");
    app.close().await;
    Ok(())
}
