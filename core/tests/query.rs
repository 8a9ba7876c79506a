//! The URL state round-trips and never panics.

use proptest::prelude::*;
use upr_core::query::{Query, QueryIssue, View};
use upr_core::Lang;

fn any_query() -> impl Strategy<Value = Query> {
    (
        prop::sample::select(View::ALL.to_vec()),
        prop::sample::select(Lang::ALL.to_vec()),
    )
        .prop_map(|(view, lang)| Query { view, lang })
}

fn reparse(q: &Query) -> (Query, Vec<QueryIssue>) {
    let pairs = q.to_pairs();
    Query::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())))
}

proptest! {
    #[test]
    fn any_query_survives_the_url_and_back(q in any_query()) {
        let (back, issues) = reparse(&q);
        prop_assert_eq!(back, q);
        prop_assert!(issues.is_empty());
    }

    #[test]
    fn parsing_any_pairs_never_panics(pairs in prop::collection::vec((".{0,12}", ".{0,12}"), 0..6)) {
        let (_q, issues) = Query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(issues.len() <= pairs.len());
    }
}

#[test]
fn the_default_view_writes_an_empty_query() {
    assert_eq!(Query::default().to_search(), "");
}

#[test]
fn values_are_readable_words() {
    let q = Query {
        view: View::Map,
        lang: Lang::Mn,
    };
    assert_eq!(q.to_search(), "?view=map&lang=mn");
}

#[test]
fn an_invalid_value_is_reported_and_the_rest_still_applies() {
    let (q, issues) = Query::parse([("view", "nonsense"), ("lang", "mn"), ("utm_source", "x")]);
    assert_eq!(
        q,
        Query {
            view: View::Overview,
            lang: Lang::Mn
        }
    );
    assert_eq!(
        issues,
        vec![QueryIssue {
            key: "view".into(),
            value: "nonsense".into()
        }]
    );
}
