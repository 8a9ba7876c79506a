//! A newer version of a recommendation updates it in place: the report says, field by field, what
//! will change before anything changes, and the recommendation's assessments stay attached.

use upr_core::i18n::Lang;
use upr_core::import::{check_import, plan_import, FieldChange, ImportFile, Table};
use upr_core::load::load_dataset;

fn bundled() -> String {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// 84.5 reworded and noted, as a corrected list would give it.
fn corrected() -> ImportFile {
    ImportFile {
        name: "corrected.csv".into(),
        bytes: "id,cycle,paragraph,text,states,response\n\
                c1-84.5,1,84.5,Become party to the Optional Protocol to the International Covenant on Economic and Social Rights,Argentina,noted\n"
            .as_bytes()
            .to_vec(),
    }
}

#[test]
fn the_report_says_what_changes_in_each_recommendation_before_it_changes() {
    let base = bundled();
    let plan = plan_import(&base, &[corrected()]);
    let recs = plan.changes_of(Table::Recommendations).unwrap();
    assert_eq!((recs.added, recs.changed), (0, 1));
    assert_eq!(
        recs.changed_fields,
        [vec![
            FieldChange {
                field: "text".into(),
                before: "Become party to the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights".into(),
                after: "Become party to the Optional Protocol to the International Covenant on Economic and Social Rights".into(),
            },
            FieldChange {
                field: "response".into(),
                before: "supported".into(),
                after: "noted".into(),
            },
        ]]
    );
    let report = check_import(Lang::En, &base, &[corrected()]);
    let change = report
        .changes
        .iter()
        .find(|c| c.table == "Recommendations")
        .unwrap();
    // A long text shows the words that differ, with a word either side.
    assert_eq!(
        change.details,
        ["c1-84.5 — text: “…Economic, Social and Cultural Rights” → “…Economic and Social Rights”; response: “supported” → “noted”"]
    );
    assert!(report.can_apply());
    // Nothing has changed yet: the plan only holds what would be kept.
    assert!(base.contains("Economic, Social and Cultural Rights"));
}

#[test]
fn a_recommendation_updated_in_place_keeps_its_assessments() {
    let base = bundled();
    let before = load_dataset(&base).unwrap().dataset;
    let rated = |ds: &upr_core::model::Dataset| {
        let i = ds
            .recommendations
            .iter()
            .position(|r| r.id == "c1-84.5")
            .unwrap();
        ds.assessments
            .iter()
            .filter(|a| a.recommendation == i)
            .map(|a| {
                (
                    ds.sources[a.source].id.clone(),
                    a.status,
                    a.date.to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let plan = plan_import(&base, &[corrected()]);
    let after = load_dataset(plan.merged_json.as_deref().unwrap())
        .unwrap()
        .dataset;
    assert_eq!(rated(&after), rated(&before));
    assert_eq!(rated(&after).len(), 1);
    assert_eq!(after.assessments.len(), before.assessments.len());
    assert_eq!(after.recommendations.len(), before.recommendations.len());
}
