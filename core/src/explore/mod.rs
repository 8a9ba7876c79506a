//! The recommendations explorer: which rows match the URL's filters and search (one evaluation
//! per query, which the facet counts in `facets` read too), in which order, one page at a time;
//! and the values of a link that the data does not know. What is computed once per dataset is in
//! `prepared`.

use crate::facets::Facet;
use crate::model::{Dataset, Response, Status, StatusCategory};
use crate::query::{
    Query, QueryIssue, SortKey, KEY_OHCHR_THEME, KEY_PERSONS, KEY_REC, KEY_REGION, KEY_STATE,
    KEY_THEME,
};
use crate::search;
use crate::sort_by_dyn;
use std::collections::BTreeSet;

mod prepared;

use prepared::kind_bit;
pub use prepared::{about_regions, Prepared};

/// Rows per page of the table: only these are rendered.
pub const PAGE_SIZE: usize = 50;

/// The least height of a table row on screen, in CSS pixels (one line of text with its padding).
pub const MIN_ROW_PX: f64 = 40.0;

/// How many rows of the table fill the window below the table's top edge (the header row counts as
/// one): the rows drawn in the frame that answers an input, the rest of the page following in the
/// next frame. `row_heights` are the heights of the rows last drawn: their median is the expected
/// height (never less than [`MIN_ROW_PX`]; that when none is known). At least one, at most a page.
pub fn rows_to_fill(table_top_px: f64, window_height_px: f64, row_heights: &[f64]) -> usize {
    if !(table_top_px.is_finite() && window_height_px.is_finite()) {
        return PAGE_SIZE;
    }
    let mut heights: Vec<f64> = row_heights
        .iter()
        .copied()
        .filter(|h| h.is_finite())
        .collect();
    heights.sort_by(f64::total_cmp);
    let row = heights
        .get(heights.len() / 2)
        .copied()
        .unwrap_or(MIN_ROW_PX)
        .max(MIN_ROW_PX);
    let visible = window_height_px - table_top_px.max(0.0);
    let rows = (visible / row).ceil();
    (rows.max(0.0) as usize).clamp(1, PAGE_SIZE)
}

/// Which filters each row fails (one bit per facet) and its status under the query: computed in
/// one pass, then shared by the row list and every facet count. It keeps which rows the search
/// matched, so that the next keystroke of the same word looks only at those.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub(crate) failed: Vec<u16>,
    pub status: Vec<Option<Status>>,
    /// The search words and, per row, whether it contains all of them (`None`: no search).
    search: Option<(Vec<String>, Vec<bool>)>,
}

impl Evaluation {
    fn passes(&self, row: usize) -> bool {
        self.failed[row] == 0
    }
}

pub fn evaluate(ds: &Dataset, prep: &Prepared, q: &Query) -> Evaluation {
    evaluate_after(ds, prep, q, None)
}

/// Rows that contain every search word. With the previous evaluation, when each of its words is
/// part of one of the new words (the user typed on), only the rows it matched are searched.
fn search_hits(
    prep: &Prepared,
    words: &[search::Word],
    previous: Option<&Evaluation>,
) -> Vec<bool> {
    let narrowed = previous
        .and_then(|p| p.search.as_ref())
        .filter(|(old, _)| {
            old.iter()
                .all(|o| words.iter().any(|w| w.text().contains(o.as_str())))
        })
        .map(|(_, hits)| hits.clone());
    let mut hits = narrowed;
    for word in words {
        hits = Some(prep.word_hits(word, hits.as_deref()));
    }
    hits.unwrap_or_default()
}

/// [`evaluate`], reusing the previous evaluation's search where the new search narrows it.
pub fn evaluate_after(
    ds: &Dataset,
    prep: &Prepared,
    q: &Query,
    previous: Option<&Evaluation>,
) -> Evaluation {
    let n = ds.recommendations.len();
    let cycles: Vec<bool> = ds
        .cycles
        .iter()
        .map(|c| q.cycles.contains(&c.number))
        .collect();
    let themes: Vec<bool> = ds.themes.iter().map(|t| q.themes.contains(&t.id)).collect();
    let states: Vec<bool> = prep
        .states
        .iter()
        .map(|(s, _)| q.states.contains(s))
        .collect();
    let regions: Vec<bool> = ds
        .regions
        .iter()
        .map(|r| q.regions.contains(&r.code))
        .collect();
    let persons: Vec<bool> = prep
        .persons
        .iter()
        .map(|(s, _)| q.persons.contains(s))
        .collect();
    let ohchr_themes: Vec<bool> = prep
        .ohchr_themes
        .iter()
        .map(|(s, _)| q.ohchr_themes.contains(s))
        .collect();
    let responses = Response::ALL.map(|r| q.responses.contains(&r));
    // Data of the UPR alone lists no mechanism: its one is the UPR.
    let mechanisms: Vec<bool> = if prep.mechanisms.is_empty() {
        vec![q.mechanisms.contains(crate::model::UPR)]
    } else {
        prep.mechanisms
            .iter()
            .map(|(m, _)| q.mechanisms.contains(m))
            .collect()
    };
    let kinds = q.assessors.iter().fold(0u8, |m, &k| m | kind_bit(k));
    let statuses: [bool; 4] = StatusCategory::ALL.map(|s| q.statuses.contains(&s));
    let words = search::words(&q.search);
    let search = (!words.is_empty()).then(|| {
        (
            words
                .iter()
                .map(|w| w.text().to_string())
                .collect::<Vec<_>>(),
            search_hits(prep, &words, previous),
        )
    });
    let mut failed = Vec::with_capacity(n);
    let mut status = Vec::with_capacity(n);
    for row in 0..n {
        let s = prep.status(ds, row, q);
        let mut f = 0u16;
        let mut fail = |facet: Facet, ok: bool| {
            if !ok {
                f |= facet.bit()
            }
        };
        fail(
            Facet::Cycle,
            q.cycles.is_empty() || prep.row_cycle[row].is_some_and(|c| cycles[c as usize]),
        );
        fail(
            Facet::Response,
            q.responses.is_empty() || prep.response[row].is_some_and(|r| responses[r as usize]),
        );
        fail(
            Facet::Theme,
            q.themes.is_empty() || prep.row_themes.get(row).iter().any(|&t| themes[t as usize]),
        );
        fail(
            Facet::State,
            q.states.is_empty() || prep.row_states.get(row).iter().any(|&s| states[s as usize]),
        );
        fail(
            Facet::Assessor,
            kinds == 0 || prep.rated_kinds[row] & kinds != 0,
        );
        fail(
            Facet::Region,
            q.regions.is_empty()
                || prep
                    .rated_regions
                    .get(row)
                    .iter()
                    .any(|&g| regions[g as usize]),
        );
        fail(
            Facet::Session,
            q.sessions.is_empty() || prep.row_session[row].is_some_and(|s| q.sessions.contains(&s)),
        );
        fail(
            Facet::Sdg,
            q.sdgs.is_empty() || prep.row_sdgs.get(row).iter().any(|g| q.sdgs.contains(g)),
        );
        fail(
            Facet::Mechanism,
            q.mechanisms.is_empty() || mechanisms[prep.row_mechanism[row] as usize],
        );
        fail(
            Facet::Persons,
            q.persons.is_empty()
                || prep
                    .row_persons
                    .get(row)
                    .iter()
                    .any(|&p| persons[p as usize]),
        );
        fail(
            Facet::OhchrTheme,
            q.ohchr_themes.is_empty()
                || prep
                    .row_ohchr_themes
                    .get(row)
                    .iter()
                    .any(|&t| ohchr_themes[t as usize]),
        );
        fail(Facet::Disagree, !q.disagree || prep.disagree[row]);
        fail(
            Facet::Status,
            q.statuses.is_empty() || statuses[StatusCategory::of(s).rank()],
        );
        fail(
            Facet::Search,
            search.as_ref().is_none_or(|(_, hits)| hits[row]),
        );
        failed.push(f);
        status.push(s);
    }
    Evaluation {
        failed,
        status,
        search,
    }
}

/// The matching rows of an evaluation, in the query's order.
pub fn rows_of(prep: &Prepared, q: &Query, e: &Evaluation) -> Vec<usize> {
    let in_order = |order: &[u32]| -> Vec<usize> {
        order
            .iter()
            .map(|&r| r as usize)
            .filter(|&r| e.passes(r))
            .collect()
    };
    let mut rows = match q.sort.key {
        SortKey::Paragraph => in_order(&prep.by_paragraph),
        SortKey::State => in_order(&prep.by_state),
        SortKey::Status => {
            // Paragraph order within each status.
            let mut buckets: [Vec<usize>; 4] = Default::default();
            for r in in_order(&prep.by_paragraph) {
                buckets[StatusCategory::of(e.status[r]).rank()].push(r);
            }
            buckets.concat()
        }
    };
    if q.sort.descending {
        rows.reverse();
    }
    rows
}

/// The rows (indices into `Dataset::recommendations`) that match the query, in the query's order.
pub fn filter(ds: &Dataset, prep: &Prepared, q: &Query) -> Vec<usize> {
    rows_of(prep, q, &evaluate(ds, prep, q))
}

/// Checks a query's values against the dataset: unknown themes, states, regions and recommendation
/// ids are dropped and reported, so that a stale link still opens.
pub fn check_query(ds: &Dataset, q: &Query) -> (Query, Vec<QueryIssue>) {
    let mut q = q.clone();
    let mut issues = Vec::new();
    let mut keep = |set: &mut BTreeSet<String>, key: &str, known: &dyn Fn(&str) -> bool| {
        set.retain(|v| {
            let ok = known(v);
            if !ok {
                issues.push(QueryIssue {
                    key: key.to_string(),
                    value: v.clone(),
                });
            }
            ok
        })
    };
    keep(&mut q.themes, KEY_THEME, &|v| {
        ds.themes.iter().any(|t| t.id == v)
    });
    keep(&mut q.states, KEY_STATE, &|v| {
        ds.recommendations
            .iter()
            .any(|r| r.states.iter().any(|s| s == v))
    });
    keep(&mut q.regions, KEY_REGION, &|v| {
        ds.regions.iter().any(|r| r.code == v)
    });
    keep(&mut q.persons, KEY_PERSONS, &|v| {
        ds.recommendations
            .iter()
            .any(|r| r.persons.iter().any(|p| p == v))
    });
    keep(&mut q.ohchr_themes, KEY_OHCHR_THEME, &|v| {
        ds.recommendations
            .iter()
            .any(|r| r.ohchr_themes.iter().any(|t| t == v))
    });
    if let Some(rec) = &q.rec {
        if !ds.recommendations.iter().any(|r| &r.id == rec) {
            issues.push(QueryIssue {
                key: KEY_REC.to_string(),
                value: rec.clone(),
            });
            q.rec = None;
        }
    }
    (q, issues)
}

/// The rows of one page (1-based, clamped to the last page) and the number of pages.
pub fn page(rows: &[usize], page: u32) -> (&[usize], u32, u32) {
    let pages = rows.len().div_ceil(PAGE_SIZE).max(1) as u32;
    let page = page.clamp(1, pages);
    let start = (page as usize - 1) * PAGE_SIZE;
    (
        &rows[start.min(rows.len())..(start + PAGE_SIZE).min(rows.len())],
        page,
        pages,
    )
}

/// The consultations that discussed any of the recommendation's themes.
pub fn consultations_for(ds: &Dataset, row: usize) -> Vec<usize> {
    let themes = &ds.recommendations[row].themes;
    let mut list: Vec<usize> = (0..ds.consultations.len())
        .filter(|&c| {
            ds.consultations[c]
                .themes
                .iter()
                .any(|t| themes.contains(t))
        })
        .collect();
    sort_by_dyn(&mut list, &|&a, &b| {
        ds.consultations[a]
            .when
            .cmp(&ds.consultations[b].when)
            .then(a.cmp(&b))
    });
    list
}

/// Position of a recommendation id, if any.
pub fn find(ds: &Dataset, id: &str) -> Option<usize> {
    ds.recommendations.iter().position(|r| r.id == id)
}
