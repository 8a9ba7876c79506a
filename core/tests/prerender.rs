//! The figures written into index.html at build time: the shipped dataset's cycle figures in both
//! languages, every one marked for the benchmark, text from the dataset escaped.

use upr_core::load_dataset;
use upr_core::prerender::{at_a_glance, escape, fill, PLACEHOLDER};

fn shipped() -> upr_core::Loaded {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    load_dataset(&std::fs::read_to_string(path).expect("dataset")).expect("loads")
}

#[test]
fn the_shipped_figures_of_each_cycle_are_written_in_both_languages() {
    let html = at_a_glance(&shipped());
    for row in [["129", "126", "3", "19"], ["164", "150", "14", "—"]] {
        let cells: String = row
            .iter()
            .map(|n| format!(r#"<td elementtiming="upr-data-prerendered">{n}</td>"#))
            .collect();
        assert!(html.contains(&cells), "{row:?} not in {html}");
    }
    for words in [
        "Received",
        "Хүлээн авсан",
        "Cycle 1",
        "1-р мөчлөг",
        "7 December 2026",
    ] {
        assert!(html.contains(words), "{words} not in {html}");
    }
    assert_eq!(
        html.matches(r#"lang="en""#).count(),
        html.matches(r#"lang="mn""#).count()
    );
}

#[test]
fn text_from_the_dataset_cannot_become_markup() {
    assert_eq!(
        escape(r#"<script>alert("x")</script> & 'y'"#),
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
    );
    let mut loaded = shipped();
    loaded.dataset.title.en = "<img src=x onerror=alert(1)>".into();
    let html = at_a_glance(&loaded);
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn the_page_gets_the_figures_in_place_of_its_placeholder_and_a_page_without_one_is_refused() {
    let loaded = shipped();
    let page = format!("<body><p>before</p>{PLACEHOLDER}<p>after</p></body>");
    let filled = fill(&page, &loaded).expect("filled");
    assert!(!filled.contains(PLACEHOLDER));
    assert!(filled.contains(r#"<p>before</p><section id="glance""#));
    assert!(filled.ends_with("</section><p>after</p></body>"));
    assert!(fill("<body></body>", &loaded).is_err());
}
