//! The URL state round-trips, is canonical, and parsing any string never panics.

use proptest::prelude::*;
use std::collections::BTreeSet;
use upr_core::model::StatusCategory;
use upr_core::model::{AssessorKind, Response, Status};
use upr_core::query::{MapMetric, Query, QueryIssue, Slide, Sort, SortKey, View};
use upr_core::Lang;

fn set<T: Ord + Clone + std::fmt::Debug + 'static>(
    values: Vec<T>,
) -> impl Strategy<Value = BTreeSet<T>> {
    prop::sample::subsequence(values.clone(), 0..=values.len())
        .prop_map(|v| v.into_iter().collect())
}

prop_compose! {
    fn any_query()(
        view in prop::sample::select(View::ALL.to_vec()),
        lang in prop::sample::select(Lang::ALL.to_vec()),
        mechanisms in prop::collection::btree_set("[A-Za-z][A-Za-z &~-]{0,10}", 0..3),
        cycles in prop::collection::btree_set(1u32..6, 0..3),
        responses in set(Response::ALL.to_vec()),
        statuses in set(StatusCategory::ALL.to_vec()),
        assessors in set(AssessorKind::ALL.to_vec()),
        themes in prop::collection::btree_set("[a-z][a-z~ -]{0,11}", 0..3),
        states in prop::collection::btree_set("[A-Za-zА-я][A-Za-zÀ-ÿА-яӨөҮү' ~&=%+-]{0,15}", 0..3),
        regions in prop::collection::btree_set("MN-[0-9]{1,3}", 0..3),
        sessions in prop::collection::btree_set(1u32..60, 0..3),
        sdgs in prop::collection::btree_set(1u32..18, 0..3),
        persons in prop::collection::btree_set("[A-Za-z][A-Za-z &~/-]{0,15}", 0..3),
        ohchr_themes in prop::collection::btree_set("[A-Za-z][A-Za-z &~,-]{0,20}", 0..3),
        disagree in any::<bool>(),
        search in "\\PC{0,20}",
        sort_key in prop::sample::select(SortKey::ALL.to_vec()),
        descending in any::<bool>(),
        rec in prop::option::of("c[1-4]-[0-9]{2}\\.[0-9]{1,3}"),
        metric in prop::sample::select(MapMetric::ALL.to_vec()),
        page in 1u32..50,
        deck in prop::collection::vec(("\\PC{0,12}", "\\PC{0,20}", prop::sample::select(View::ALL.to_vec()), "MN-[0-9]{1,3}"), 0..3),
        slide in prop::option::of(1u32..5),
        data in prop::option::of("[0-9a-f]{8}"),
    ) -> Query {
        let deck = deck
            .into_iter()
            .map(|(title, note, view, region)| {
                let mut q = Query { view, ..Query::new() };
                q.regions.insert(region);
                Slide { title, note, view: q.to_search() }
            })
            .collect();
        Query { view, lang, mechanisms, cycles, responses, statuses, assessors, themes, states, regions,
                sessions, sdgs, persons, ohchr_themes, disagree, search,
                sort: Sort { key: sort_key, descending }, rec, metric, page, deck, slide, data }
    }
}

proptest! {
    #[test]
    fn any_query_survives_the_url_and_back(q in any_query()) {
        let (back, issues) = Query::parse_search(&q.to_search());
        prop_assert_eq!(&back, &q);
        prop_assert!(issues.is_empty(), "{:?}", issues);
    }

    #[test]
    fn parsing_any_string_never_panics(s in "\\PC{0,60}") {
        let _ = Query::parse_search(&s);
    }

    #[test]
    fn parsing_any_bytes_as_a_query_never_panics(s in "[%~&=?+a-z0-9A-F]{0,40}") {
        let (q, _) = Query::parse_search(&s);
        let _ = q.to_search();
    }
}

#[test]
fn the_default_view_writes_an_empty_query() {
    assert_eq!(Query::new().to_search(), "");
}

#[test]
fn values_are_readable_words_in_a_fixed_order() {
    let mut q = Query {
        view: View::Recommendations,
        lang: Lang::Mn,
        ..Query::new()
    };
    q.statuses.insert(StatusCategory::NotAssessed);
    q.statuses.insert(StatusCategory::Rated(Status::Partially));
    q.regions.insert("MN-043".into());
    q.sort = Sort {
        key: SortKey::Status,
        descending: true,
    };
    q.search = "death penalty".into();
    assert_eq!(q.to_search(), "?view=recommendations&status=partially~not-assessed&region=MN-043&q=death%20penalty&sort=-status&lang=mn");
}

#[test]
fn an_invalid_value_is_reported_and_the_rest_still_applies() {
    let (q, issues) =
        Query::parse_search("?view=nonsense&lang=mn&status=fully~bogus&utm_source=x&page=0");
    assert_eq!(q.view, View::Overview);
    assert_eq!(q.lang, Lang::Mn);
    assert_eq!(
        q.statuses,
        BTreeSet::from([StatusCategory::Rated(Status::Fully)])
    );
    assert_eq!(
        issues,
        vec![
            QueryIssue {
                key: "view".into(),
                value: "nonsense".into()
            },
            QueryIssue {
                key: "status".into(),
                value: "bogus".into()
            },
            QueryIssue {
                key: "page".into(),
                value: "0".into()
            },
        ]
    );
}

#[test]
fn a_tilde_inside_a_value_is_kept_apart_from_the_separator() {
    let mut q = Query::new();
    q.states.insert("A~B".into());
    q.states.insert("C".into());
    let (back, _) = Query::parse_search(&q.to_search());
    assert_eq!(
        back.states,
        BTreeSet::from(["A~B".to_string(), "C".to_string()])
    );
}

#[test]
fn clearing_keeps_the_view_language_and_sort() {
    let (q, _) =
        Query::parse_search("view=recommendations&lang=mn&theme=children&q=x&sort=state&page=3");
    let c = q.cleared();
    assert!(!c.has_filters());
    assert_eq!(c.to_search(), "?view=recommendations&sort=state&lang=mn");
}

#[test]
fn presenting_shows_the_current_slides_view_in_the_chosen_language() {
    let (q, issues) = Query::parse_search("deck=Map*Say%20hello*%3Fview%3Dmap%26region%3DMN-043~Table**%3Fview%3Drecommendations&slide=2&lang=mn");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(q.deck.len(), 2);
    assert_eq!(q.deck[0].note, "Say hello");
    let shown = q.shown_view();
    assert_eq!(shown.view, View::Recommendations);
    assert_eq!(shown.lang, Lang::Mn);
    assert_eq!(shown.slide, Some(2));
    assert_eq!(shown.deck, q.deck);
    // A slide number past the end shows the last slide; without a deck nothing is presented.
    let past = Query {
        slide: Some(9),
        ..q.clone()
    }
    .shown_view();
    assert_eq!(past.slide, Some(2));
    assert_eq!(
        Query {
            slide: Some(1),
            deck: vec![],
            ..Query::new()
        }
        .shown_view()
        .slide,
        None
    );
}

#[test]
fn a_deck_survives_its_file_and_a_broken_file_says_where() {
    let deck = vec![
        Slide {
            title: "Карта".into(),
            note: "Khovd first".into(),
            view: "?view=map&region=MN-043".into(),
        },
        Slide {
            title: "Table".into(),
            note: String::new(),
            view: String::new(),
        },
    ];
    let text = upr_core::deck::to_json(&deck);
    assert_eq!(upr_core::deck::from_json(&text).expect("reads back"), deck);
    let err = upr_core::deck::from_json("{\"format\": \"upr-dashboard-deck\", \"version\": 1, \"slides\": [{\"title\": \"x\", \"view\": \"?status=bogus\"}]}").unwrap_err();
    assert!(
        err.contains("slides[0].view") && err.contains("status=bogus"),
        "{err}"
    );
    assert!(upr_core::deck::from_json("not json")
        .unwrap_err()
        .contains("line 1"));
    assert!(
        upr_core::deck::from_json("{\"format\": \"other\", \"version\": 1, \"slides\": []}")
            .unwrap_err()
            .contains("format")
    );
}

#[test]
fn a_link_names_the_imported_dataset_it_was_made_on() {
    let (q, issues) = Query::parse_search("?view=data&data=3f9a0c1e&lang=mn");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(q.view, View::Data);
    assert_eq!(q.data.as_deref(), Some("3f9a0c1e"));
    assert_eq!(q.to_search(), "?view=data&data=3f9a0c1e&lang=mn");
    // The bundled data is the default and is left out; a malformed identity is reported.
    assert_eq!(Query::new().to_search(), "");
    let (bad, issues) = Query::parse_search("data=%3Cscript%3E");
    assert_eq!(bad.data, None);
    assert_eq!(
        issues,
        vec![QueryIssue {
            key: "data".into(),
            value: "<script>".into()
        }]
    );
    // A slide saves the view, not the dataset.
    assert!(!q.view_only().contains("data="));
}
