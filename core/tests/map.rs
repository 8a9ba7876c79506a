//! The province map's figures per region, on the shipped dataset and on fixtures: counted only where
//! the sources name the region, "no data" rather than zero, shares only from region-specific ratings.

use upr_core::map::*;
use upr_core::model::{Dataset, Status};
use upr_core::query::{MapMetric, Query, View};
use upr_core::{load_dataset, Lang};

fn repo_file(path: &str) -> String {
    let full = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn load(path: &str) -> Dataset {
    let loaded = load_dataset(&repo_file(path)).unwrap_or_else(|e| panic!("{path}: {e:?}"));
    assert!(loaded.warnings.is_empty(), "{path}: {:?}", loaded.warnings);
    loaded.dataset
}

fn shipped() -> Dataset {
    load("public/data/mongolia-upr.json")
}

fn regional() -> Dataset {
    load("tests/fixtures/regional-ratings.json")
}

fn idx(ds: &Dataset, code: &str) -> usize {
    region_index(ds, code).unwrap_or_else(|| panic!("{code} missing"))
}

fn value(ds: &Dataset, metric: MapMetric, code: &str) -> Option<f64> {
    region_values(ds, metric)[idx(ds, code)].value
}

// --- the shipped dataset -------------------------------------------------------------------------

#[test]
fn every_one_of_the_22_regions_gets_a_figure_or_no_data() {
    let ds = shipped();
    assert_eq!(ds.regions.len(), 22);
    for metric in MapMetric::ALL {
        let values = region_values(&ds, metric);
        assert_eq!(values.len(), 22, "{metric:?}");
        assert!(
            values.iter().enumerate().all(|(i, v)| v.region == i),
            "{metric:?}"
        );
        assert!(
            values.iter().all(|v| v.value != Some(0.0)),
            "{metric:?}: a zero instead of no data"
        );
    }
}

#[test]
fn consultations_are_counted_only_where_the_sources_name_the_region() {
    let ds = shipped();
    let m = MapMetric::Consultations;
    // The regional consultations of spring 2018 and the February meetings the NHRC's pages name;
    // Dalanzadgad (Ömnögovi) had one of each.
    for code in ["MN-043", "MN-047", "MN-039", "MN-057", "MN-041", "MN-069"] {
        assert_eq!(value(&ds, m, code), Some(1.0), "{code}");
    }
    assert_eq!(value(&ds, m, "MN-053"), Some(2.0));
    // Six events were held in Ulaanbaatar.
    assert_eq!(value(&ds, m, "MN-1"), Some(6.0));
    // The February 2018 round's 15 unnamed aimags are not spread over guessed provinces.
    let with_data = region_values(&ds, m)
        .iter()
        .filter(|v| v.value.is_some())
        .count();
    assert_eq!(with_data, 8);
    assert_eq!(value(&ds, m, "MN-073"), None);
    assert_eq!(consultations_metric(&ds), region_values(&ds, m));
}

#[test]
fn participants_sum_the_known_totals_and_say_when_they_are_approximate() {
    let ds = shipped();
    let values = region_values(&ds, MapMetric::Participants);
    let ub = &values[idx(&ds, "MN-1")];
    // About 70 at the 2015 dialogue day and about 100 at the 2018 validation meeting.
    assert_eq!(ub.value, Some(170.0));
    assert!(ub.approximate);
    assert_eq!(value_text(Lang::En, ub), "about 170");
    assert_eq!(value_text(Lang::Mn, ub), "ойролцоогоор 170");
    // No total is published for the regional consultations: no data, not zero.
    let khovd = &values[idx(&ds, "MN-043")];
    assert_eq!(khovd.value, None);
    assert_eq!(value_text(Lang::En, khovd), "no data");
}

#[test]
fn the_shipped_dataset_has_no_region_specific_ratings_so_the_shares_are_unavailable() {
    let ds = shipped();
    assert!(!has_regional_ratings(&ds));
    for status in Status::ALL {
        let metric = MapMetric::Share(status);
        assert!(!metric_available(&ds, metric));
        assert!(region_values(&ds, metric).iter().all(|v| v.value.is_none()));
    }
    let choices = metric_choices(&ds, Lang::En);
    assert_eq!(choices.len(), 5);
    assert!(choices[0].available && choices[1].available);
    for c in &choices[2..] {
        assert!(!c.available);
        assert_eq!(
            c.reason.as_deref(),
            Some("No region-specific ratings in this dataset")
        );
    }
}

#[test]
fn the_february_2018_round_is_offered_to_each_aimag_as_possible_never_as_held() {
    let ds = shipped();
    let khovd = region_facts(&ds, idx(&ds, "MN-043"));
    let titles: Vec<&str> = khovd
        .consultations
        .iter()
        .map(|&c| ds.consultations[c].id.as_str())
        .collect();
    assert_eq!(titles, ["2018-regional-khovd"]);
    let possibly: Vec<&str> = khovd
        .possibly
        .iter()
        .map(|&c| ds.consultations[c].id.as_str())
        .collect();
    assert_eq!(possibly, ["2018-02-provincial"]);
    assert_eq!(khovd.rated_recommendations, 0);
    // An aimag whose meeting of the round is listed on its own is not offered the round again.
    let omnogovi = region_facts(&ds, idx(&ds, "MN-053"));
    let held: Vec<&str> = omnogovi
        .consultations
        .iter()
        .map(|&c| ds.consultations[c].id.as_str())
        .collect();
    assert_eq!(held, ["2018-02-12-omnogovi", "2018-regional-dalanzadgad"]);
    assert!(omnogovi.possibly.is_empty());
    let arkhangai = region_facts(&ds, idx(&ds, "MN-073"));
    assert!(arkhangai.consultations.is_empty());
    assert_eq!(arkhangai.possibly.len(), 1);
    // Ulaanbaatar is not an aimag: the round of "19 of 21 aimags" does not concern it.
    let ub = region_facts(&ds, idx(&ds, "MN-1"));
    assert!(ub.possibly.is_empty());
    assert_eq!(ub.consultations.len(), 6);
}

#[test]
fn a_regions_consultations_are_listed_earliest_first() {
    let ds = shipped();
    let per = consultations_by_region(&ds);
    for list in &per {
        assert!(list
            .windows(2)
            .all(|w| ds.consultations[w[0]].when <= ds.consultations[w[1]].when));
    }
    let ub = &per[idx(&ds, "MN-1")];
    assert_eq!(ds.consultations[ub[0]].id, "2015-05-cso-workshop");
    assert_eq!(
        ds.consultations[*ub.last().unwrap()].id,
        "2018-05-17-validation"
    );
}

#[test]
fn the_timeline_of_a_region_keeps_the_unnamed_round_and_drops_the_others() {
    let ds = shipped();
    assert_eq!(timeline(&ds, &[]).len(), ds.consultations.len());
    let ids: Vec<&str> = timeline(&ds, &[idx(&ds, "MN-043")])
        .iter()
        .map(|&c| ds.consultations[c].id.as_str())
        .collect();
    assert_eq!(ids, ["2018-02-provincial", "2018-regional-khovd"]);
}

// --- region-specific ratings (fixture) -----------------------------------------------------------

#[test]
fn shares_count_the_latest_region_specific_rating_of_each_recommendation() {
    let ds = regional();
    assert!(has_regional_ratings(&ds));
    let khovd = idx(&ds, "MN-043");
    // Khovd: c1-1.1 fully (2016) then partially (2018-03): partially counts; c1-1.2 not; c1-1.3 fully.
    for (status, expected) in [
        (Status::Fully, (1, 3)),
        (Status::Partially, (1, 3)),
        (Status::Not, (1, 3)),
    ] {
        let v = &region_values(&ds, MapMetric::Share(status))[khovd];
        assert_eq!(v.share_of, Some(expected), "{status:?}");
        assert!((v.value.unwrap() - 100.0 / 3.0).abs() < 1e-9);
    }
    let v = &region_values(&ds, MapMetric::Share(Status::Fully))[khovd];
    assert_eq!(value_text(Lang::En, v), "33 % (1 of 3 ratings)");
    // Ömnögovi: one rating, fully.
    assert_eq!(
        value(&ds, MapMetric::Share(Status::Fully), "MN-053"),
        Some(100.0)
    );
    // A status nobody gave is a real 0 % of rated recommendations, not "no data".
    assert_eq!(
        value(&ds, MapMetric::Share(Status::Not), "MN-053"),
        Some(0.0)
    );
    // The national rating (no region) counts nowhere; Ulaanbaatar and Khentii have no rating.
    assert_eq!(value(&ds, MapMetric::Share(Status::Fully), "MN-1"), None);
    assert_eq!(value(&ds, MapMetric::Share(Status::Fully), "MN-039"), None);
    assert!(metric_choices(&ds, Lang::En)
        .iter()
        .all(|c| c.available && c.reason.is_none()));
    assert_eq!(region_facts(&ds, khovd).rated_recommendations, 3);
}

#[test]
fn participants_count_each_consultation_in_every_region_it_covered() {
    let ds = regional();
    let values = region_values(&ds, MapMetric::Participants);
    let khovd = &values[idx(&ds, "MN-043")];
    assert_eq!((khovd.value, khovd.approximate), (Some(70.0), true));
    let south = &values[idx(&ds, "MN-053")];
    assert_eq!((south.value, south.approximate), (Some(30.0), true));
    // Ulaanbaatar held a meeting whose groups are known but not its total: no data.
    assert_eq!(values[idx(&ds, "MN-1")].value, None);
    assert_eq!(value(&ds, MapMetric::Consultations, "MN-1"), Some(1.0));
    assert_eq!(value(&ds, MapMetric::Consultations, "MN-043"), Some(2.0));
    assert_eq!(value(&ds, MapMetric::Consultations, "MN-039"), None);
}

#[test]
fn the_minimal_fixture_counts_its_one_consultation_in_khovd() {
    let ds = load("tests/fixtures/minimal.json");
    assert_eq!(value(&ds, MapMetric::Consultations, "MN-043"), Some(1.0));
    assert_eq!(value(&ds, MapMetric::Consultations, "MN-1"), None);
    assert_eq!(value(&ds, MapMetric::Participants, "MN-043"), None);
    assert!(!metric_available(&ds, MapMetric::Share(Status::Fully)));
    let facts = region_facts(&ds, idx(&ds, "MN-043"));
    assert_eq!(
        consultation_themes(&ds, Lang::Mn, facts.consultations[0]),
        ["Нэгдүгээр сэдэв"]
    );
}

// --- selection -----------------------------------------------------------------------------------

#[test]
fn choosing_a_region_selects_it_alone_and_choosing_it_again_clears_it() {
    let q = Query {
        view: View::Map,
        page: 3,
        ..Query::new()
    };
    let one = choose_region(&q, "MN-043");
    assert_eq!(one.to_search(), "?view=map&region=MN-043");
    let other = choose_region(&one, "MN-053");
    assert_eq!(other.to_search(), "?view=map&region=MN-053");
    assert_eq!(choose_region(&other, "MN-053").to_search(), "?view=map");
    // From several regions (a filter of the explorer) a choice keeps only that one.
    let several = Query {
        regions: ["MN-043".into(), "MN-053".into()].into(),
        ..q.clone()
    };
    assert_eq!(
        choose_region(&several, "MN-043").to_search(),
        "?view=map&region=MN-043"
    );
    assert_eq!(clear_regions(&several).to_search(), "?view=map");
}

#[test]
fn a_region_links_to_its_recommendations_charts_and_timeline() {
    let q = Query {
        view: View::Map,
        lang: Lang::Mn,
        rec: Some("c1-84.1".into()),
        ..Query::new()
    };
    assert_eq!(
        recommendations_link(&q, "MN-043").to_search(),
        "?view=recommendations&region=MN-043&lang=mn"
    );
    assert_eq!(
        charts_link(&q, "MN-043").to_search(),
        "?region=MN-043&lang=mn"
    );
    assert_eq!(
        timeline_link(&q, "MN-043").to_search(),
        "?view=consultations&region=MN-043&lang=mn"
    );
}

#[test]
fn unknown_region_codes_in_a_link_select_nothing() {
    let ds = shipped();
    let (q, issues) = Query::parse_search("?view=map&region=MN-999");
    assert!(issues.is_empty());
    assert!(selected_regions(&ds, &q).is_empty());
    let (q, _) = Query::parse_search("?view=map&region=MN-043");
    assert_eq!(selected_regions(&ds, &q), [idx(&ds, "MN-043")]);
}

// --- the ECharts option --------------------------------------------------------------------------

#[test]
fn the_option_draws_all_22_regions_keyed_by_iso_code_with_no_data_as_null() {
    let ds = shipped();
    let data = MapData::new(&ds, MapMetric::Consultations);
    let khovd = idx(&ds, "MN-043");
    let option = map_option(&ds, Lang::En, &data, &[khovd]);
    let series = &option["series"][0];
    assert_eq!(series["type"], "map");
    assert_eq!(series["map"], MAP_NAME);
    assert_eq!(series["nameProperty"], "iso_3166_2");
    assert_eq!(series["selectedMode"], "single");
    let items = series["data"].as_array().unwrap();
    assert_eq!(items.len(), 22);
    let item = |code: &str| items.iter().find(|i| i["name"] == code).unwrap();
    assert_eq!(item("MN-043")["value"], 1.0);
    assert_eq!(item("MN-043")["selected"], true);
    assert_eq!(item("MN-043")["label"]["formatter"], "Khovd");
    assert_eq!(item("MN-1")["selected"], false);
    // Too small for a permanent label: named on hover and in the list.
    assert_eq!(item("MN-1")["label"]["show"], false);
    // No data: null and hatched, never 0.
    assert!(item("MN-073")["value"].is_null());
    assert!(item("MN-073")["itemStyle"]["decal"].is_object());
    assert!(option["tooltip"]["renderMode"] == "richText");
}

#[test]
fn names_follow_the_language_and_the_tooltip_gives_both_names_the_figure_and_the_consultations() {
    let ds = shipped();
    let data = MapData::new(&ds, MapMetric::Consultations);
    let khovd = idx(&ds, "MN-043");
    let tip = region_tooltip(&ds, Lang::En, &data, khovd);
    assert!(tip.starts_with("Khovd · Ховд\n"), "{tip}");
    assert!(tip.contains(": 1\n"), "{tip}");
    assert!(
        tip.contains("Regional UPR consultation of the western aimags in Khovd (21–22 March 2018)"),
        "{tip}"
    );
    let tip = region_tooltip(&ds, Lang::Mn, &data, khovd);
    assert!(tip.starts_with("Ховд · Khovd\n"), "{tip}");
    // Six titles in Ulaanbaatar: four shown, the rest counted.
    let tip = region_tooltip(&ds, Lang::En, &data, idx(&ds, "MN-1"));
    assert!(tip.ends_with("and 2 more"), "{tip}");
    let option = map_option(&ds, Lang::Mn, &data, &[]);
    let items = option["series"][0]["data"].as_array().unwrap();
    assert!(items.iter().any(|i| i["label"]["formatter"] == "Ховд"));
}

#[test]
fn tooltips_of_other_metrics_still_count_the_consultations() {
    let ds = shipped();
    let data = MapData::new(&ds, MapMetric::Participants);
    let tip = region_tooltip(&ds, Lang::En, &data, idx(&ds, "MN-043"));
    assert!(tip.contains(": no data\n1 consultation\n"), "{tip}");
}

#[test]
fn a_share_metric_without_data_hides_the_scale_instead_of_drawing_zeros() {
    let ds = shipped();
    let data = MapData::new(&ds, MapMetric::Share(Status::Fully));
    assert!(!data.available);
    assert_eq!(data.with_data(), 0);
    let option = map_option(&ds, Lang::En, &data, &[]);
    assert_eq!(option["visualMap"][0]["show"], false);
    let items = option["series"][0]["data"].as_array().unwrap();
    assert!(items.iter().all(|i| i["value"].is_null()));
}

#[test]
fn text_from_the_data_cannot_become_an_echarts_template() {
    let mut ds = regional();
    ds.consultations[0].title.en = "{b|bold} {c}".into();
    let data = MapData::new(&ds, MapMetric::Consultations);
    let tip = region_tooltip(&ds, Lang::En, &data, idx(&ds, "MN-043"));
    assert!(!tip.contains('{') && !tip.contains('}'), "{tip}");
}

#[test]
fn the_summary_says_how_many_regions_have_data() {
    let ds = shipped();
    let data = MapData::new(&ds, MapMetric::Consultations);
    let summary = map_summary(&ds, Lang::En, &data);
    assert!(summary.contains("8 of 22 regions have data"), "{summary}");
}
