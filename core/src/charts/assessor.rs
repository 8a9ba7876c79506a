//! The same rows as each kind of assessor rated them, and where the kinds agree and disagree.

use super::option::{bars_spec_with, with_notes_in_summary, Head};
use super::spec::{ChartSpec, DataTable};
use super::text::{kind_name, scope_line, source_line, status_name};
use super::ChartContext;
use crate::explore::about_regions;
use crate::i18n::{t, t_with, Arg};
use crate::model::{AssessorKind, Status, StatusCategory};
use crate::sort_by_dyn;
use crate::summary::StatusCounts;
use std::collections::BTreeSet;

/// The kinds of assessor the comparison shows (the same as the explorer's filter).
pub use crate::summary::shown_assessor_kinds as compared_kinds;

/// The same rows as rated by each kind of assessor, and a table of the rows that more than one
/// kind has rated: where they agree and where they disagree (disagreements first).
pub fn assessor_comparison(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let ds = cx.ds;
    let kinds = compared_kinds(ds);
    let bars: Vec<(String, StatusCounts)> = kinds
        .iter()
        .map(|&k| {
            (
                kind_name(lang, k),
                cx.counts(cx.rows.iter().copied(), |r| cx.status_by(r, k)),
            )
        })
        .collect();
    let rated: Vec<AssessorKind> = kinds
        .iter()
        .zip(&bars)
        .filter(|(_, (_, c))| c.assessed() > 0)
        .map(|(k, _)| *k)
        .collect();

    // Rows that two kinds or more have rated.
    let mut compared: Vec<(usize, Vec<Option<Status>>, bool)> = cx
        .rows
        .iter()
        .filter_map(|&r| {
            let statuses: Vec<Option<Status>> = kinds.iter().map(|&k| cx.status_by(r, k)).collect();
            let given: BTreeSet<Status> = statuses.iter().flatten().copied().collect();
            let raters = statuses.iter().flatten().count();
            (raters >= 2).then_some((r, statuses, given.len() > 1))
        })
        .collect();
    // Disagreements first, then in the order of the rows.
    sort_by_dyn(&mut compared, &|a, b| b.2.cmp(&a.2));
    let disagree = compared.iter().filter(|c| c.2).count();
    let agree = compared.len() - disagree;

    let mut columns = vec![t(lang, "recommendation")];
    columns.extend(kinds.iter().map(|k| kind_name(lang, *k)));
    columns.push(t(lang, "chart-col-agreement"));
    let agreement = DataTable {
        caption: t(lang, "chart-agreement-title"),
        columns,
        rows: compared
            .iter()
            .map(|(r, statuses, dis)| {
                let rec = &ds.recommendations[*r];
                let mut row = vec![format!("{} ({})", rec.paragraph, rec.states.join(", "))];
                row.extend(
                    statuses
                        .iter()
                        .map(|s| status_name(lang, StatusCategory::of(*s))),
                );
                row.push(t(
                    lang,
                    if *dis {
                        "chart-disagree"
                    } else {
                        "chart-agree"
                    },
                ));
                row
            })
            .collect(),
        empty: Some(t(lang, "chart-agreement-empty")),
    };

    let mut notes = Vec::new();
    match rated.as_slice() {
        [] => notes.push(t(lang, "chart-assessor-none")),
        [only] => notes.push(t_with(
            lang,
            "chart-assessor-one",
            &[("kind", Arg::Str(kind_name(lang, *only)))],
        )),
        _ => notes.push(t_with(
            lang,
            "chart-agreement-summary",
            &[
                ("both", Arg::Num(compared.len() as f64)),
                ("agree", Arg::Num(agree as f64)),
                ("disagree", Arg::Num(disagree as f64)),
            ],
        )),
    }

    let scope_text = scope_line(cx, &t(lang, "chart-basis-each-kind"));
    let used: BTreeSet<usize> = cx
        .rows
        .iter()
        .flat_map(|&r| {
            cx.prepared.assessments[r]
                .iter()
                .copied()
                .filter(|&a| about_regions(cx.ds, cx.query, a))
        })
        .collect();
    let source = source_line(cx, &used);
    let head = Head {
        id: "assessor",
        title: t(lang, "chart-assessor-title"),
        scope: scope_text,
        source,
        how: t(lang, "chart-assessor-how"),
    };
    let mut spec = bars_spec_with(cx, head, t(lang, "assessor"), bars, true);
    if !cx.rows.is_empty() {
        spec.notes = notes;
    }
    spec.extra_tables.push(agreement);
    with_notes_in_summary(spec)
}
