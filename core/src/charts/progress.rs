//! The status of the rows as it stood at each date a counted rating was made.

use super::option::{bars_spec_with, counted_assessments, with_notes_in_summary, Head};
use super::spec::ChartSpec;
use super::text::{basis_phrase, scope_line, source_line};
use super::ChartContext;
use crate::date::PartialDate;
use crate::format;
use crate::i18n::{t, t_with, Arg};
use crate::summary::StatusCounts;
use std::collections::BTreeSet;

/// The status of the rows as it stood at each date on which a counted rating was made: stacked
/// bars, one per date. Drawn only when the ratings have more than one date.
pub fn progress_over_time(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let used = counted_assessments(cx);
    let dates: BTreeSet<PartialDate> = used.iter().map(|&a| cx.ds.assessments[a].date).collect();
    let bars: Vec<(String, StatusCounts)> = dates
        .iter()
        .map(|&d| {
            (
                format::date(lang, d),
                cx.counts(cx.rows.iter().copied(), |r| cx.status_as_of(r, d)),
            )
        })
        .collect();
    let scope_text = scope_line(
        cx,
        &format!("{}; {}", basis_phrase(cx), t(lang, "chart-basis-as-of")),
    );
    let source = source_line(cx, &used);
    let head = Head {
        id: "progress",
        title: t(lang, "chart-progress-title"),
        scope: scope_text,
        source,
        how: t(lang, "chart-progress-how"),
    };
    let mut spec = bars_spec_with(cx, head, t(lang, "chart-col-date"), bars, false);
    if !cx.rows.is_empty() && dates.len() < 2 {
        spec.option = None;
        spec.notes.push(match dates.iter().next() {
            Some(&d) => t_with(
                lang,
                "chart-progress-one-date",
                &[("date", Arg::Str(format::date(lang, d)))],
            ),
            None => t(lang, "chart-progress-no-dates"),
        });
    }
    spec.table.empty = Some(t(lang, "chart-progress-no-dates"));
    with_notes_in_summary(spec)
}
