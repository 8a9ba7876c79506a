//! What the page shows before the app has started: each review cycle's figures from the bundled
//! dataset, in English and Mongolian, written into `index.html` when the release is built. On a
//! slow link the real figures are on screen as soon as the page itself has arrived, long before
//! the WebAssembly app; without JavaScript or WebAssembly they are still there. The app replaces
//! them when it starts.

use crate::i18n::{t, t_with, Arg, Lang};
use crate::summary::{cycle_summaries, latest_statuses};
use crate::{format, Loaded};

/// Where `index.html` receives the figures (replaced whole).
pub const PLACEHOLDER: &str = r#"<div id="prerendered"></div>"#;

/// Text made safe for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One phrase in both languages, each marked with its language.
fn both(en: String, mn: String) -> String {
    format!(
        r#"<span lang="en">{}</span> · <span lang="mn">{}</span>"#,
        escape(&en),
        escape(&mn)
    )
}

fn both_t(id: &str) -> String {
    both(t(Lang::En, id), t(Lang::Mn, id))
}

/// The figures as an HTML fragment (it replaces [`PLACEHOLDER`]). Each figure is marked
/// `elementtiming="upr-data-prerendered"` so that the benchmark sees when real data was painted.
pub fn at_a_glance(loaded: &Loaded) -> String {
    let ds = &loaded.dataset;
    let summaries = cycle_summaries(ds, &latest_statuses(ds));
    let source = |lang: Lang| {
        t_with(
            lang,
            "glance-source",
            &[
                ("title", Arg::Str(ds.title.get(lang).to_string())),
                ("date", Arg::Str(format::date(lang, ds.as_of))),
            ],
        )
    };
    let figure = |n: Option<usize>| {
        format!(
            r#"<td elementtiming="upr-data-prerendered">{}</td>"#,
            n.map_or_else(|| "—".to_string(), |n| n.to_string())
        )
    };
    let rows: String = summaries
        .iter()
        .map(|s| {
            let number = ds.cycles[s.cycle].number as f64;
            let heading = both(
                t_with(Lang::En, "cycle-title", &[("number", Arg::Num(number))]),
                t_with(Lang::Mn, "cycle-title", &[("number", Arg::Num(number))]),
            );
            let assessed =
                (s.origin == crate::summary::CountsOrigin::Dataset).then(|| s.overall.assessed());
            format!(
                r#"<tr><th scope="row">{heading}</th>{}{}{}{}</tr>"#,
                figure(s.received),
                figure(s.supported),
                figure(s.noted),
                figure(assessed)
            )
        })
        .collect();
    format!(
        concat!(
            r#"<section id="glance" class="glance" aria-labelledby="glance-title" data-testid="glance">"#,
            r#"<h2 id="glance-title">{title}</h2>"#,
            r#"<p class="small">{source}</p>"#,
            r#"<div class="table-scroll"><table class="glance-table"><thead><tr><td></td>"#,
            r#"<th scope="col">{received}</th><th scope="col">{supported}</th>"#,
            r#"<th scope="col">{noted}</th><th scope="col">{assessed}</th></tr></thead>"#,
            r#"<tbody>{rows}</tbody></table></div><p class="small">{missing}</p></section>"#
        ),
        title = both_t("glance-title"),
        source = both(source(Lang::En), source(Lang::Mn)),
        received = both_t("received"),
        supported = both_t("supported"),
        noted = both_t("noted"),
        assessed = both_t("assessed"),
        rows = rows,
        missing = both_t("glance-missing"),
    )
}

/// `index_html` with the figures in place of [`PLACEHOLDER`]; an error when the page has no
/// placeholder (the build then fails rather than ship a page without the figures).
pub fn fill(index_html: &str, loaded: &Loaded) -> Result<String, String> {
    if !index_html.contains(PLACEHOLDER) {
        return Err(format!("index.html has no {PLACEHOLDER}"));
    }
    Ok(index_html.replacen(PLACEHOLDER, &at_a_glance(loaded), 1))
}
