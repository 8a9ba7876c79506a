//! The words the charts share: the filters and the ratings a chart counts, its source line, its
//! table's columns and the sentence a screen reader hears.

use super::ChartContext;
use crate::format;
use crate::i18n::{t, t_with, Arg, Lang};
use crate::model::{AssessorKind, Dataset, StatusCategory};
use crate::query::Query;
use crate::summary::StatusCounts;
use std::collections::{BTreeMap, BTreeSet};

/// A status category's full name.
pub fn status_name(lang: Lang, s: StatusCategory) -> String {
    t(lang, s.message_key())
}

pub(super) fn list(items: &[String]) -> String {
    items.join(", ")
}

/// The active filters in words, one item per filter ("Cycle 1", "Partially implemented", …).
pub fn filter_labels(ds: &Dataset, q: &Query, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !q.cycles.is_empty() {
        let items: Vec<String> = q
            .cycles
            .iter()
            .map(|n| t_with(lang, "cycle-title", &[("number", Arg::Num(*n as f64))]))
            .collect();
        out.push(list(&items));
    }
    if !q.responses.is_empty() {
        let items: Vec<String> = q
            .responses
            .iter()
            .map(|r| t(lang, r.message_key()))
            .collect();
        out.push(list(&items));
    }
    if !q.statuses.is_empty() {
        let items: Vec<String> = q.statuses.iter().map(|s| status_name(lang, *s)).collect();
        out.push(list(&items));
    }
    if !q.assessors.is_empty() {
        out.push(t_with(
            lang,
            "charts-filter-assessor",
            &[("kinds", Arg::Str(kinds_text(lang, &q.assessors)))],
        ));
    }
    if !q.themes.is_empty() {
        let items: Vec<String> = q
            .themes
            .iter()
            .map(|id| {
                ds.themes
                    .iter()
                    .find(|th| &th.id == id)
                    .map_or(id.clone(), |th| th.name.get(lang).to_string())
            })
            .collect();
        out.push(format!("{}: {}", t(lang, "theme"), list(&items)));
    }
    if !q.states.is_empty() {
        let items: Vec<String> = q.states.iter().cloned().collect();
        out.push(format!(
            "{}: {}",
            t(lang, "recommending-state"),
            list(&items)
        ));
    }
    if !q.regions.is_empty() {
        out.push(format!(
            "{}: {}",
            t(lang, "region"),
            regions_text(ds, lang, &q.regions)
        ));
    }
    let named = |key: &str, items: Vec<String>| format!("{}: {}", t(lang, key), list(&items));
    if !q.sessions.is_empty() {
        out.push(named(
            "filter-session",
            q.sessions.iter().map(u32::to_string).collect(),
        ));
    }
    if !q.sdgs.is_empty() {
        out.push(named(
            "filter-sdg",
            q.sdgs
                .iter()
                .map(|g| t(lang, &format!("sdg-{g}")))
                .collect(),
        ));
    }
    if !q.persons.is_empty() {
        out.push(named("filter-persons", q.persons.iter().cloned().collect()));
    }
    if !q.ohchr_themes.is_empty() {
        out.push(named(
            "filter-ohchr-theme",
            q.ohchr_themes.iter().cloned().collect(),
        ));
    }
    if q.disagree {
        out.push(t(lang, "charts-filter-disagree"));
    }
    if !q.search.trim().is_empty() {
        out.push(t_with(
            lang,
            "charts-filter-search",
            &[("text", Arg::Str(q.search.trim().to_string()))],
        ));
    }
    out
}

pub(super) fn kind_name(lang: Lang, k: AssessorKind) -> String {
    t(lang, k.message_key())
}

pub(super) fn kinds_text(lang: Lang, kinds: &BTreeSet<AssessorKind>) -> String {
    list(
        &kinds
            .iter()
            .map(|k| kind_name(lang, *k))
            .collect::<Vec<_>>(),
    )
}

pub(super) fn regions_text(ds: &Dataset, lang: Lang, codes: &BTreeSet<String>) -> String {
    let items: Vec<String> = codes
        .iter()
        .map(|c| {
            ds.regions
                .iter()
                .find(|r| &r.code == c)
                .map_or(c.clone(), |r| r.name.get(lang).to_string())
        })
        .collect();
    list(&items)
}

/// "129 recommendations" or "12 of 129 recommendations that match the filters: …".
pub(super) fn count_phrase(cx: &ChartContext) -> String {
    let shown = Arg::Num(cx.rows.len() as f64);
    let labels = filter_labels(cx.ds, cx.query, cx.lang);
    if labels.is_empty() {
        t_with(cx.lang, "chart-scope-all", &[("shown", shown)])
    } else {
        t_with(
            cx.lang,
            "chart-scope-filtered",
            &[
                ("shown", shown),
                ("total", Arg::Num(cx.ds.recommendations.len() as f64)),
                ("filters", Arg::Str(labels.join("; "))),
            ],
        )
    }
}

/// Which ratings the statuses are: the selected kinds (or any) and the selected regions.
pub(super) fn basis_phrase(cx: &ChartContext) -> String {
    let q = cx.query;
    let mut basis = if q.assessors.is_empty() {
        t(cx.lang, "chart-basis-any")
    } else {
        t_with(
            cx.lang,
            "chart-basis-kinds",
            &[("kinds", Arg::Str(kinds_text(cx.lang, &q.assessors)))],
        )
    };
    if !q.regions.is_empty() {
        basis.push_str("; ");
        basis.push_str(&t_with(
            cx.lang,
            "chart-basis-regions",
            &[(
                "regions",
                Arg::Str(regions_text(cx.ds, cx.lang, &q.regions)),
            )],
        ));
    }
    basis
}

pub(super) fn scope_line(cx: &ChartContext, basis: &str) -> String {
    format!("{}; {}", count_phrase(cx), basis)
}

/// "Source: A/HRC/16/5, A/HRC/16/5/Add.1 (recommendations and responses). Ratings: Government — …
/// Data as of …". `assessments` are the ratings the chart counts.
pub(super) fn source_line(cx: &ChartContext, assessments: &BTreeSet<usize>) -> String {
    let ds = cx.ds;
    let mut docs: BTreeSet<usize> = BTreeSet::new();
    for &r in cx.rows {
        let rec = &ds.recommendations[r];
        docs.insert(rec.document);
        docs.extend(rec.response_document);
    }
    let docs_text = if docs.is_empty() {
        ds.cycles
            .iter()
            .flat_map(|c| c.documents.iter())
            .map(|&d| ds.documents[d].id.clone())
            .collect::<Vec<_>>()
    } else {
        docs.iter().map(|&d| ds.documents[d].id.clone()).collect()
    };
    let mut by_kind: BTreeMap<AssessorKind, BTreeSet<usize>> = BTreeMap::new();
    for &a in assessments {
        let s = ds.assessments[a].source;
        by_kind.entry(ds.sources[s].kind).or_default().insert(s);
    }
    let date = Arg::Str(format::date(cx.lang, ds.as_of));
    let docs_arg = Arg::Str(list(&docs_text));
    if by_kind.is_empty() {
        return t_with(
            cx.lang,
            "chart-source-unrated",
            &[("docs", docs_arg), ("date", date)],
        );
    }
    let ratings: Vec<String> = by_kind
        .iter()
        .map(|(k, sources)| {
            let titles: Vec<String> = sources
                .iter()
                .map(|&s| ds.sources[s].title.get(cx.lang).to_string())
                .collect();
            format!("{} — {}", kind_name(cx.lang, *k), titles.join("; "))
        })
        .collect();
    t_with(
        cx.lang,
        "chart-source",
        &[
            ("docs", docs_arg),
            ("ratings", Arg::Str(ratings.join("; "))),
            ("date", date),
        ],
    )
}

pub(super) fn share(n: usize, total: usize) -> String {
    if total == 0 {
        "—".into()
    } else {
        format!("{:.1} %", 100.0 * n as f64 / total as f64)
    }
}

/// Column headers: the first column, the four statuses, the total.
pub(super) fn status_columns(lang: Lang, first: String) -> Vec<String> {
    let mut cols = vec![first];
    cols.extend(StatusCategory::ALL.iter().map(|s| status_name(lang, *s)));
    cols.push(t(lang, "chart-col-total"));
    cols
}

pub(super) fn status_row(label: String, c: &StatusCounts) -> Vec<String> {
    let mut row = vec![label];
    row.extend(StatusCategory::ALL.iter().map(|s| c.of(*s).to_string()));
    row.push(c.total().to_string());
    row
}

pub(super) fn summary_text(cx: &ChartContext, title: &str, scope: &str) -> String {
    format!("{title}. {scope}. {}.", t(cx.lang, "chart-table-hint"))
}

/// "Showing 12 of 129 recommendations (filters: …)", or `None` when nothing is filtered.
pub fn showing_line(ds: &Dataset, q: &Query, shown: usize, lang: Lang) -> Option<String> {
    let labels = filter_labels(ds, q, lang);
    (!labels.is_empty()).then(|| {
        t_with(
            lang,
            "charts-showing",
            &[
                ("shown", Arg::Num(shown as f64)),
                ("total", Arg::Num(ds.recommendations.len() as f64)),
                ("filters", Arg::Str(labels.join("; "))),
            ],
        )
    })
}
