//! Accessibility measured with a real checker: axe-core (from npm, `node_modules/axe-core`) runs in
//! the page on every view in both languages and must report no WCAG 2.1 A or AA violation.

use upr_e2e::serde_json::{json, Value};
use upr_e2e::{repo_root, App};

const TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// Injects axe-core (through WebDriver, not through the page's own scripts) and runs it.
async fn axe(app: &App) -> Result<Value, String> {
    let path = repo_root().join("node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (run npm ci)", path.display()))?;
    app.execute(&format!("{source}\nreturn true;"), vec![])
        .await?;
    let script = r#"
        const [tags, done] = arguments;
        axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then(r => done({
              rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
              violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary) })) }))
          .catch(e => done({ error: String(e) }));
    "#;
    app.client()
        .execute_async(script, vec![json!(TAGS)])
        .await
        .map_err(|e| e.to_string())
}

async fn check_views(lang: &str) -> Result<(), String> {
    let app = App::start().await?;
    let views = [
        ("overview", "/?", "cycle-1"),
        (
            "recommendations",
            "/?view=recommendations&",
            "recommendation-row",
        ),
        (
            "recommendation detail",
            "/?view=recommendations&rec=c1-84.7&",
            "recommendation-detail",
        ),
        ("map", "/?view=map&", "region-row"),
        ("consultations", "/?view=consultations&", "consultation"),
        ("charts alone", "/?view=charts&", "chart-canvas"),
        ("data and import", "/?view=data&", "import-file"),
        (
            "presentation",
            "/?deck=Map**%3Fview%3Dmap~Table**%3Fview%3Drecommendations&slide=2&",
            "presenter",
        ),
    ];
    let mut failures = Vec::new();
    for (name, path, ready) in views {
        app.goto(&format!("{path}lang={lang}")).await?;
        app.wait_for(ready).await?;
        let result = axe(&app).await?;
        if let Some(e) = result.get("error") {
            return Err(format!("axe failed on {name}: {e}"));
        }
        let rules = result["rules"].as_u64().unwrap_or(0);
        let violations = result["violations"].as_array().cloned().unwrap_or_default();
        println!(
            "axe {lang} {name}: {rules} rules checked, {} violations",
            violations.len()
        );
        assert!(rules > 20, "axe checked only {rules} rules on {name}");
        for v in violations {
            failures.push(format!(
                "{lang} {name}: {} ({}) {}\n    {}",
                v["id"], v["impact"], v["help"], v["nodes"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "WCAG 2.1 A/AA violations:\n{}",
        failures.join("\n")
    );
    app.finish().await
}

#[tokio::test]
async fn every_view_in_english_has_no_wcag_violations() -> Result<(), String> {
    check_views("en").await
}

#[tokio::test]
async fn every_view_in_mongolian_has_no_wcag_violations() -> Result<(), String> {
    check_views("mn").await
}
