//! The overview's charts on the real dataset: what each one counts, that "not assessed" is never
//! dropped nor counted as "not implemented", that the assessor comparison says when only one kind of
//! assessor has rated, that filters change the figures, and golden files of every spec
//! (`core/tests/golden/charts-*.json`; after a reviewed change, rewrite them with
//! `UPDATE_GOLDEN=1 cargo test -p upr-core --test charts`).

use serde_json::{json, Value};
use upr_core::charts::{
    all_charts, assessor_comparison, filter_labels, layout, progress_over_time, showing_line,
    status_by_response, status_by_state, status_by_theme, status_distribution, ChartContext,
    ChartId, ChartSpec, TOP_STATES,
};
use upr_core::explore::{self, Prepared};
use upr_core::model::Dataset;
use upr_core::query::Query;
use upr_core::{load_dataset, Lang};

fn repo_file(path: &str) -> String {
    let full = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn load(text: &str) -> Dataset {
    let loaded =
        load_dataset(text).unwrap_or_else(|f| panic!("{:?}", f.errors().collect::<Vec<_>>()));
    loaded.dataset
}

fn shipped() -> Dataset {
    load(&repo_file("public/data/mongolia-upr.json"))
}

/// The real dataset with invented NHRC and civil-society ratings: for these tests only, never shown.
fn with_more_assessors() -> Dataset {
    let mut raw: Value = serde_json::from_str(&repo_file("public/data/mongolia-upr.json")).unwrap();
    let sources = raw["assessment_sources"].as_array_mut().unwrap();
    sources.push(
        json!({"id": "test-nhrc", "kind": "nhri", "title": {"en": "Test NHRC", "mn": "Туршилт"},
        "date": "2018-03", "document": "nhrc-statement-2015"}),
    );
    sources.push(json!({"id": "test-cso", "kind": "civil_society", "title": {"en": "Test CSO", "mn": "Туршилт"},
        "date": "2018-05", "document": "ngo-forum-2018-midterm"}));
    let gov_rated: Vec<(String, String)> = raw["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["recommendation"].as_str().unwrap().to_string(),
                a["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let assessments = raw["assessments"].as_array_mut().unwrap();
    // NHRC agrees with the government on the first three rated, disagrees ("not") on the next two.
    for (i, (rec, status)) in gov_rated.iter().take(5).enumerate() {
        let status = if i < 3 { status.as_str() } else { "not" };
        assessments.push(
            json!({"recommendation": rec, "source": "test-nhrc", "status": status,
            "date": "2018-03", "evidence": "test", "citation": "test"}),
        );
    }
    // Civil society rates one recommendation nobody else rated.
    assessments.push(
        json!({"recommendation": "c1-84.1", "source": "test-cso", "status": "not",
        "date": "2018-05", "evidence": "test", "citation": "test"}),
    );
    load(&raw.to_string())
}

struct World {
    ds: Dataset,
    prep: Prepared,
}

impl World {
    fn new(ds: Dataset) -> Self {
        let prep = Prepared::new(&ds);
        Self { ds, prep }
    }
    fn rows(&self, q: &Query) -> Vec<usize> {
        explore::filter(&self.ds, &self.prep, q)
    }
    fn charts(&self, search: &str, lang: Lang) -> Vec<ChartSpec> {
        let (q, issues) = Query::parse_search(search);
        assert!(issues.is_empty(), "{issues:?}");
        let rows = self.rows(&q);
        all_charts(&ChartContext {
            ds: &self.ds,
            prepared: &self.prep,
            rows: &rows,
            query: &q,
            lang,
            reduced_motion: false,
        })
    }
}

fn chart<'a>(charts: &'a [ChartSpec], id: &str) -> &'a ChartSpec {
    charts
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no chart {id}"))
}

fn option(spec: &ChartSpec) -> &Value {
    spec.option
        .as_ref()
        .unwrap_or_else(|| panic!("{} has no option", spec.id))
}

/// `series[name].data[i].value` of a bar chart, per series, in the order fully, partially, not, none.
fn bar_values(spec: &ChartSpec) -> Vec<Vec<u64>> {
    option(spec)["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["data"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["value"].as_u64().unwrap())
                .collect()
        })
        .collect()
}

fn categories(spec: &ChartSpec) -> Vec<String> {
    let o = option(spec);
    let axis = if o["yAxis"]["type"] == "category" {
        &o["yAxis"]
    } else {
        &o["xAxis"]
    };
    axis["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn there_are_six_charts_in_a_fixed_order() {
    let w = World::new(shipped());
    let ids: Vec<&str> = w.charts("", Lang::En).iter().map(|c| c.id).collect();
    // The chart by SDG has no place in data without SDGs (see tests/official_lists.rs).
    let expected: Vec<&str> = ChartId::ALL
        .into_iter()
        .filter(|c| *c != ChartId::Sdg)
        .map(ChartId::word)
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn the_donut_counts_19_rated_and_110_not_assessed_on_the_real_data() {
    let w = World::new(shipped());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "status");
    let data = option(spec)["series"][0]["data"]
        .as_array()
        .unwrap()
        .clone();
    let pairs: Vec<(String, u64)> = data
        .iter()
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["value"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("Fully implemented".to_string(), 4),
            ("Partially implemented".to_string(), 15),
            ("Not implemented".to_string(), 0),
            ("Not assessed".to_string(), 110),
        ]
    );
    // Not assessed is grey and never merged into not implemented.
    assert_eq!(
        data[3]["itemStyle"]["color"],
        upr_core::palette::NOT_ASSESSED
    );
    assert_eq!(data[2]["itemStyle"]["color"], upr_core::palette::NOT);
    // A zero slice keeps its legend entry but shows no label.
    assert_eq!(data[2]["label"]["show"], false);
    assert_eq!(spec.table.rows[3], vec!["Not assessed", "110", "85.3 %"]);
    assert_eq!(spec.table.rows[4], vec!["Total", "129", "100.0 %"]);
    assert!(
        spec.summary.contains("Not assessed 110"),
        "{}",
        spec.summary
    );
}

#[test]
fn every_chart_has_a_title_a_source_line_a_how_to_read_and_a_table() {
    let w = World::new(shipped());
    for lang in Lang::ALL {
        for spec in w.charts("", lang) {
            assert!(
                !spec.title.is_empty() && !spec.how_to_read.is_empty(),
                "{}",
                spec.id
            );
            assert!(
                spec.source_line.contains("A/HRC/16/5"),
                "{}: {}",
                spec.id,
                spec.source_line
            );
            assert!(
                !spec.table.columns.is_empty() && !spec.table.rows.is_empty(),
                "{}",
                spec.id
            );
            let o = option(&spec);
            // The picture carries the title and the source line (for PNG downloads).
            let text = o["title"]["text"].as_str().unwrap().replace('\n', " ");
            let sub = o["title"]["subtext"].as_str().unwrap().replace('\n', " ");
            assert_eq!(text, spec.title.replace('\n', " "));
            assert!(
                sub.contains(
                    &spec
                        .source_line
                        .split(' ')
                        .take(3)
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                "{sub}"
            );
            // Accessible: aria with decals, the description is ours, colour never alone.
            assert_eq!(o["aria"]["enabled"], true);
            assert_eq!(o["aria"]["decal"]["show"], true);
            assert_eq!(o["aria"]["label"]["description"], json!(spec.summary));
            assert_eq!(o["animation"], true);
            assert_eq!(
                o["legend"]["data"].as_array().unwrap().len(),
                4,
                "{}",
                spec.id
            );
        }
    }
}

#[test]
fn the_source_line_names_the_un_documents_and_the_government_self_assessments() {
    let w = World::new(shipped());
    let spec = &w.charts("", Lang::En)[0];
    assert!(spec
        .source_line
        .starts_with("Source: A/HRC/16/5, A/HRC/16/5/Add.1 (recommendations and responses)."));
    assert!(
        spec.source_line.contains("Ratings: Government — "),
        "{}",
        spec.source_line
    );
    assert!(
        spec.source_line.contains("A/HRC/16/5, para. 85"),
        "{}",
        spec.source_line
    );
    assert!(
        spec.source_line.contains("OHCHR media brief, 5 May 2015"),
        "{}",
        spec.source_line
    );
    assert!(
        spec.source_line.ends_with("Data as of 7 December 2026."),
        "{}",
        spec.source_line
    );
}

#[test]
fn reduced_motion_turns_animation_off() {
    let w = World::new(shipped());
    let q = Query::new();
    let rows = w.rows(&q);
    for spec in all_charts(&ChartContext {
        ds: &w.ds,
        prepared: &w.prep,
        rows: &rows,
        query: &q,
        lang: Lang::En,
        reduced_motion: true,
    }) {
        assert_eq!(option(&spec)["animation"], false, "{}", spec.id);
    }
}

#[test]
fn the_theme_chart_puts_the_largest_theme_first_and_counts_a_recommendation_in_each_of_its_themes()
{
    let w = World::new(shipped());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "theme");
    let cats = categories(spec);
    assert_eq!(cats.len(), 17);
    assert_eq!(
        cats[0],
        "Economic & social rights (health, education, poverty, housing, work)"
    );
    let values = bar_values(spec);
    let totals: Vec<u64> = (0..cats.len())
        .map(|i| values.iter().map(|s| s[i]).sum())
        .collect();
    assert_eq!(totals[0], 24);
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    // More than 129: recommendations with several themes count in each.
    assert!(totals.iter().sum::<u64>() > 129);
    assert_eq!(spec.table.rows.len(), 17);
    assert_eq!(spec.table.columns.last().unwrap(), "Total");
}

#[test]
fn the_state_chart_names_the_top_states_and_groups_the_others_counting_each_recommendation_once() {
    let w = World::new(shipped());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "state");
    let cats = categories(spec);
    assert_eq!(cats.len(), TOP_STATES + 1);
    assert_eq!(&cats[..3], ["Norway", "Canada", "United States"]);
    assert_eq!(cats[TOP_STATES], "All other States (28)");
    let values = bar_values(spec);
    let total = |i: usize| values.iter().map(|s| s[i]).sum::<u64>();
    assert_eq!(total(0), 11);
    // The "others" bar counts distinct recommendations: never more than all of them.
    assert!(total(TOP_STATES) <= 129);
}

#[test]
fn the_response_chart_has_supported_and_noted() {
    let w = World::new(shipped());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "response");
    assert_eq!(categories(spec), ["Supported", "Noted"]);
    let values = bar_values(spec);
    assert_eq!(values.iter().map(|s| s[0]).sum::<u64>(), 126);
    assert_eq!(values.iter().map(|s| s[1]).sum::<u64>(), 3);
    assert_eq!(
        values[3][1], 3,
        "the 3 noted recommendations are not assessed"
    );
}

#[test]
fn the_assessor_comparison_says_only_the_government_has_rated_and_invents_no_comparison() {
    let w = World::new(shipped());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "assessor");
    assert_eq!(
        categories(spec),
        [
            "Government",
            "National Human Rights Commission",
            "Civil society"
        ]
    );
    let values = bar_values(spec);
    // Government: 4 fully, 15 partially, 110 not assessed; the others: all 129 not assessed.
    assert_eq!(
        values,
        vec![
            vec![4, 0, 0],
            vec![15, 0, 0],
            vec![0, 0, 0],
            vec![110, 129, 129]
        ]
    );
    assert_eq!(spec.notes.len(), 1);
    assert!(
        spec.notes[0].starts_with("Only one kind of assessor (Government) has rated"),
        "{:?}",
        spec.notes
    );
    let agreement = &spec.extra_tables[0];
    assert!(agreement.rows.is_empty());
    assert_eq!(
        agreement.empty.as_deref(),
        Some("None of these recommendations is rated by more than one kind of assessor.")
    );
}

#[test]
fn the_agreement_table_lists_disagreements_first_when_two_assessors_have_rated() {
    let w = World::new(with_more_assessors());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "assessor");
    let agreement = &spec.extra_tables[0];
    assert_eq!(agreement.columns.len(), 5);
    assert_eq!(agreement.rows.len(), 5);
    let verdicts: Vec<&str> = agreement.rows.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(
        verdicts,
        ["Disagree", "Disagree", "Agree", "Agree", "Agree"]
    );
    assert_eq!(agreement.rows[0][2], "Not implemented");
    assert_eq!(agreement.rows[0][3], "Not assessed");
    assert_eq!(
        spec.notes,
        vec!["5 of these recommendations are rated by more than one kind of assessor: they agree on 3 and disagree on 2."]
    );
    // c1-84.1 is rated by civil society alone: in its bar, not in the agreement table.
    let values = bar_values(spec);
    assert_eq!(values[2][2], 1);
    assert_eq!(values[3][1], 124);
}

#[test]
fn progress_over_time_shows_the_status_at_each_of_the_two_assessment_dates() {
    let w = World::new(shipped());
    let charts = w.charts("", Lang::En);
    let spec = chart(&charts, "progress");
    assert_eq!(categories(spec), ["4 November 2010", "5 May 2015"]);
    // 2010: 6 partially; 2015: 4 fully, 15 partially. Unrated ones stay grey.
    assert_eq!(
        bar_values(spec),
        vec![vec![0, 4], vec![6, 15], vec![0, 0], vec![123, 110]]
    );
    assert!(spec.notes.is_empty());
}

#[test]
fn progress_over_time_is_not_drawn_from_a_single_date_and_says_why() {
    let w = World::new(shipped());
    // The 4 fully implemented ones were all rated on 5 May 2015.
    let charts = w.charts("?status=fully", Lang::En);
    let spec = chart(&charts, "progress");
    assert!(spec.option.is_none());
    assert_eq!(
        spec.table.rows,
        vec![vec!["5 May 2015", "4", "0", "0", "0", "4"]]
    );
    assert_eq!(
        spec.notes,
        vec!["Progress over time needs ratings made on more than one date; all ratings of these recommendations date from 5 May 2015."]
    );
    assert!(spec.summary.ends_with(&spec.notes[0]), "{}", spec.summary);
    // No rating at all: nothing to draw, and it says so.
    let charts = w.charts("?status=not-assessed", Lang::En);
    let spec = chart(&charts, "progress");
    assert!(spec.option.is_none());
    assert_eq!(
        spec.notes,
        vec!["None of these recommendations has been rated, so there is no progress to show."]
    );
}

#[test]
fn filters_change_the_figures_and_are_named_in_the_scope_line() {
    let w = World::new(shipped());
    let all = w.charts("", Lang::En);
    let some = w.charts("?cycle=1&status=partially", Lang::En);
    let donut = |c: &[ChartSpec]| option(chart(c, "status"))["series"][0]["data"].clone();
    assert_ne!(donut(&all), donut(&some));
    let values: Vec<u64> = donut(&some)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["value"].as_u64().unwrap())
        .collect();
    assert_eq!(values, vec![0, 15, 0, 0]);
    let spec = chart(&some, "status");
    assert_eq!(
        spec.scope_line,
        "15 of 129 recommendations (filters: Cycle 1; Partially implemented); status: the latest rating by any assessor"
    );
    assert_eq!(
        chart(&all, "status").scope_line,
        "129 recommendations; status: the latest rating by any assessor"
    );
}

#[test]
fn an_empty_selection_draws_nothing_and_says_so() {
    let w = World::new(shipped());
    for spec in w.charts("?status=not", Lang::En) {
        assert!(spec.option.is_none(), "{}", spec.id);
        assert_eq!(
            spec.notes,
            vec!["No recommendation matches the filters."],
            "{}",
            spec.id
        );
    }
}

#[test]
fn the_assessor_filter_counts_only_that_assessors_ratings() {
    let w = World::new(with_more_assessors());
    let charts = w.charts("?assessor=nhri", Lang::En);
    let spec = chart(&charts, "status");
    let values: Vec<u64> = option(spec)["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["value"].as_u64().unwrap())
        .collect();
    // The 5 NHRC-rated recommendations: 3 as the government rated them, 2 not implemented.
    assert_eq!(values.iter().sum::<u64>(), 5);
    assert_eq!(values[2], 2);
    assert!(
        spec.scope_line
            .contains("the latest rating by National Human Rights Commission"),
        "{}",
        spec.scope_line
    );
    assert!(
        spec.source_line
            .contains("Ratings: National Human Rights Commission — Test NHRC."),
        "{}",
        spec.source_line
    );
}

#[test]
fn chart_statuses_are_the_statuses_the_recommendations_table_shows() {
    let w = World::new(with_more_assessors());
    for search in [
        "",
        "?assessor=nhri",
        "?assessor=government~civil_society",
        "?status=not",
    ] {
        let (q, _) = Query::parse_search(search);
        let rows = w.rows(&q);
        let mut expected = [0u64; 4];
        for &r in &rows {
            let i = match w.prep.status(&w.ds, r, &q) {
                Some(upr_core::model::Status::Fully) => 0,
                Some(upr_core::model::Status::Partially) => 1,
                Some(upr_core::model::Status::Not) => 2,
                None => 3,
            };
            expected[i] += 1;
        }
        let spec = status_distribution(&ChartContext {
            ds: &w.ds,
            prepared: &w.prep,
            rows: &rows,
            query: &q,
            lang: Lang::En,
            reduced_motion: false,
        });
        let got: Vec<u64> = spec.table.rows[..4]
            .iter()
            .map(|r| r[1].parse().unwrap())
            .collect();
        assert_eq!(got, expected, "{search}");
    }
}

#[test]
fn each_chart_function_equals_its_entry_in_all_charts() {
    let w = World::new(shipped());
    let q = Query::new();
    let rows = w.rows(&q);
    let cx = ChartContext {
        ds: &w.ds,
        prepared: &w.prep,
        rows: &rows,
        query: &q,
        lang: Lang::Mn,
        reduced_motion: false,
    };
    let all = all_charts(&cx);
    let one_by_one = [
        status_distribution(&cx),
        status_by_theme(&cx),
        status_by_state(&cx),
        status_by_response(&cx),
        assessor_comparison(&cx),
        progress_over_time(&cx),
    ];
    assert_eq!(all, one_by_one);
}

#[test]
fn mongolian_charts_are_in_cyrillic_with_the_shared_status_words() {
    let w = World::new(shipped());
    let charts = w.charts("", Lang::Mn);
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    for spec in &charts {
        assert!(
            cyrillic(&spec.title) && cyrillic(&spec.how_to_read) && cyrillic(&spec.source_line),
            "{}",
            spec.id
        );
    }
    let legend: Vec<&str> = option(&charts[0])["legend"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        legend,
        [
            "Бүрэн хэрэгжсэн",
            "Хэсэгчлэн хэрэгжсэн",
            "Хэрэгжээгүй",
            "Үнэлээгүй"
        ]
    );
}

#[test]
fn the_showing_line_names_the_filters_and_is_absent_without_them() {
    let ds = shipped();
    assert_eq!(showing_line(&ds, &Query::new(), 129, Lang::En), None);
    let (q, _) =
        Query::parse_search("?cycle=1&theme=death-penalty&state=Norway&disagree=yes&q=torture");
    assert_eq!(
        filter_labels(&ds, &q, Lang::En),
        vec![
            "Cycle 1",
            "Theme: Death penalty",
            "Recommending State(s): Norway",
            "assessors disagree",
            "search “torture”"
        ]
    );
    assert_eq!(
        showing_line(&ds, &q, 0, Lang::En).unwrap(),
        "Showing 0 of 129 recommendations (filters: Cycle 1; Theme: Death penalty; Recommending State(s): Norway; assessors disagree; search “torture”)."
    );
}

#[test]
fn a_narrow_canvas_wraps_the_title_and_moves_the_plot_down() {
    let w = World::new(shipped());
    let charts = w.charts("?cycle=1&status=partially", Lang::Mn);
    for spec in &charts {
        let wide = spec.option_at(1200.0, spec.height.px()).unwrap();
        let narrow = spec.option_at(320.0, spec.height.px()).unwrap();
        let lines = |o: &Value| o["title"]["subtext"].as_str().unwrap().lines().count();
        assert!(lines(&narrow) > lines(&wide), "{}", spec.id);
        for l in narrow["title"]["subtext"].as_str().unwrap().lines() {
            assert!(
                layout::text_width(l, layout::SUBTITLE_SIZE) <= 320.0 - 2.0 * layout::MARGIN
                    || !l.contains(' '),
                "{l}"
            );
        }
        // A narrow canvas grows taller rather than squeezing the plot under the title.
        assert!(
            spec.height_at(320.0) > spec.height,
            "{}: {:?}",
            spec.id,
            spec.height_at(320.0)
        );
        if spec.id == "status" {
            assert!(
                narrow["series"][0]["center"][1].as_f64() > wide["series"][0]["center"][1].as_f64()
            );
        } else {
            assert!(
                narrow["grid"]["top"].as_f64() > wide["grid"]["top"].as_f64(),
                "{}",
                spec.id
            );
        }
    }
}

/// Compares with (or, with `UPDATE_GOLDEN=1`, writes) `core/tests/golden/<name>.json`.
fn golden(name: &str, value: &Value) {
    let path = format!("{}/tests/golden/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(format!("{}/tests/golden", env!("CARGO_MANIFEST_DIR"))).unwrap();
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run with UPDATE_GOLDEN=1"));
    let expected: Value = serde_json::from_str(&expected).unwrap();
    if &expected != value {
        let actual_path = format!("{path}.actual");
        std::fs::write(&actual_path, &text).unwrap();
        panic!("{name} differs from {path}; see {actual_path} (diff them, then UPDATE_GOLDEN=1 if the change is right)");
    }
}

#[test]
fn every_chart_spec_on_the_real_data_matches_its_golden_file() {
    let w = World::new(shipped());
    for (name, search, lang) in [
        ("charts-en", "", Lang::En),
        ("charts-mn", "?lang=mn", Lang::Mn),
        (
            "charts-en-cycle1-partially",
            "?cycle=1&status=partially",
            Lang::En,
        ),
    ] {
        let specs = w.charts(search, lang);
        golden(name, &serde_json::to_value(&specs).unwrap());
    }
}
