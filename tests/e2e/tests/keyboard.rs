//! One complete task by keyboard alone: skip to the content, search, filter, open a recommendation,
//! go back, switch the language — with a visible focus ring on the way.

use fantoccini::key::Key;
use fantoccini::Locator;
use upr_e2e::App;

fn k(key: Key) -> String {
    char::from(key).to_string()
}

async fn focused_testid(app: &App) -> Result<String, String> {
    Ok(app.eval("document.activeElement && document.activeElement.dataset.testid || document.activeElement.tagName").await?.as_str().unwrap_or_default().to_string())
}

/// Tabs forward until the element with `testid` has the focus (at most `limit` presses).
async fn tab_to(app: &App, testid: &str, limit: usize) -> Result<(), String> {
    for _ in 0..limit {
        if focused_testid(app).await? == testid {
            return Ok(());
        }
        app.keys(&k(Key::Tab)).await?;
    }
    Err(format!(
        "{testid} was not reached with {limit} presses of Tab (focus on {})",
        focused_testid(app).await?
    ))
}

#[tokio::test]
async fn a_whole_task_can_be_done_with_the_keyboard_alone() -> Result<(), String> {
    let app = App::start().await?;
    app.goto("/?view=recommendations").await?;
    app.wait_for_count("recommendation-row", 50).await?;
    let body = app
        .client()
        .find(Locator::Css("body"))
        .await
        .map_err(|e| e.to_string())?;
    body.send_keys(&k(Key::Tab))
        .await
        .map_err(|e| e.to_string())?;
    assert_eq!(
        app.eval("document.activeElement.className").await?,
        "skip-link"
    );
    let ring = app
        .eval("getComputedStyle(document.activeElement).outlineStyle")
        .await?;
    assert_ne!(ring, "none", "the focused skip link shows a focus ring");
    app.keys(&k(Key::Enter)).await?;
    app.wait_for_js("location.hash === '#main' || document.activeElement.id === 'main'")
        .await?;

    tab_to(&app, "search", 20).await?;
    app.keys("torture").await?;
    app.wait_for_url("q=torture").await?;
    tab_to(&app, "facet-response-supported", 20).await?;
    app.keys(" ").await?;
    app.wait_for_url("response=supported").await?;
    tab_to(&app, "open-recommendation", 200).await?;
    app.keys(&k(Key::Enter)).await?;
    app.wait_for("recommendation-detail").await?;
    tab_to(&app, "back-to-list", 30).await?;
    app.keys(&k(Key::Enter)).await?;
    app.wait_for("recommendation-row").await?;

    app.goto("/?view=recommendations").await?;
    app.wait_for("recommendation-row").await?;
    let body = app
        .client()
        .find(Locator::Css("body"))
        .await
        .map_err(|e| e.to_string())?;
    body.send_keys(&k(Key::Tab))
        .await
        .map_err(|e| e.to_string())?;
    tab_to(&app, "lang-mn", 20).await?;
    app.keys(&k(Key::Enter)).await?;
    app.wait_for_url("lang=mn").await?;
    assert_eq!(app.html_lang().await?, "mn");
    app.finish().await
}
