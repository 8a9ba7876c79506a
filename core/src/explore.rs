//! The recommendations explorer: which rows match the URL's filters and search, in which order, how
//! many rows each facet value would give, and each row's status as the chosen assessors see it.

use crate::model::{AssessorKind, Dataset, Response, Status};
use crate::query::{
    Query, QueryIssue, SortKey, StatusFilter, KEY_REC, KEY_REGION, KEY_STATE, KEY_THEME,
};
use crate::search;
use crate::summary::{latest_statuses, LatestStatuses};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Rows per page of the table: only these are rendered.
pub const PAGE_SIZE: usize = 50;

/// Everything about the dataset that filtering needs, computed once when the data loads.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    pub latest: LatestStatuses,
    /// Per recommendation: its assessments (indices into `Dataset::assessments`).
    pub assessments: Vec<Vec<usize>>,
    /// Per recommendation: paragraph, text and states, normalized for search.
    search_text: Vec<String>,
    /// Per recommendation: its place in natural paragraph order (cycle, then 84.2 before 84.10).
    paragraph_rank: Vec<u32>,
    /// Per recommendation: its place in order of the first recommending State, then paragraph.
    state_rank: Vec<u32>,
    /// Per recommendation: one bit per kind of assessor that rated it.
    rated_kinds: Vec<u8>,
    /// Per recommendation: the regions its region-specific ratings are about.
    rated_regions: Vec<Vec<usize>>,
    /// Every recommending state with its number of recommendations.
    pub states: Vec<(String, usize)>,
}

impl Prepared {
    pub fn new(ds: &Dataset) -> Self {
        let mut assessments = vec![Vec::new(); ds.recommendations.len()];
        for (i, a) in ds.assessments.iter().enumerate() {
            assessments[a.recommendation].push(i);
        }
        let search_text = ds
            .recommendations
            .iter()
            .map(|r| {
                // Theme names in both languages let a Mongolian reader search in Cyrillic.
                let themes: Vec<String> = r
                    .themes
                    .iter()
                    .flat_map(|&t| {
                        [
                            ds.themes[t].name.en.clone(),
                            ds.themes[t].name.mn.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                search::normalize(&format!(
                    "{} {} {} {} {}",
                    r.id,
                    r.paragraph,
                    r.text,
                    r.states.join(" "),
                    themes.join(" ")
                ))
            })
            .collect();
        let paragraph_key: Vec<(u32, Vec<u32>, String)> = ds
            .recommendations
            .iter()
            .map(|r| {
                let parts = r
                    .paragraph
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|p| p.parse().ok())
                    .collect();
                (ds.cycles[r.cycle].number, parts, r.paragraph.clone())
            })
            .collect();
        let state_key: Vec<String> = ds
            .recommendations
            .iter()
            .map(|r| {
                r.states
                    .first()
                    .map(|s| search::normalize(s))
                    .unwrap_or_default()
            })
            .collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for r in &ds.recommendations {
            for s in &r.states {
                *counts.entry(s.as_str()).or_default() += 1;
            }
        }
        let mut states: Vec<(String, usize)> = counts
            .into_iter()
            .map(|(s, n)| (s.to_string(), n))
            .collect();
        states.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let rank = |order: Vec<usize>| {
            let mut rank = vec![0u32; order.len()];
            for (place, row) in order.into_iter().enumerate() {
                rank[row] = place as u32;
            }
            rank
        };
        let mut by_paragraph: Vec<usize> = (0..ds.recommendations.len()).collect();
        by_paragraph.sort_by(|a, b| paragraph_key[*a].cmp(&paragraph_key[*b]));
        let paragraph_rank = rank(by_paragraph);
        let mut by_state: Vec<usize> = (0..ds.recommendations.len()).collect();
        by_state.sort_by(|a, b| {
            state_key[*a]
                .cmp(&state_key[*b])
                .then(paragraph_rank[*a].cmp(&paragraph_rank[*b]))
        });
        let state_rank = rank(by_state);
        let rated_kinds = assessments
            .iter()
            .map(|list| {
                list.iter().fold(0u8, |m, &a| {
                    m | kind_bit(ds.sources[ds.assessments[a].source].kind)
                })
            })
            .collect();
        let rated_regions = assessments
            .iter()
            .map(|list| {
                let mut regions: Vec<usize> = list
                    .iter()
                    .filter_map(|&a| ds.assessments[a].region)
                    .collect();
                regions.sort_unstable();
                regions.dedup();
                regions
            })
            .collect();
        Self {
            latest: latest_statuses(ds),
            assessments,
            search_text,
            paragraph_rank,
            state_rank,
            rated_kinds,
            rated_regions,
            states,
        }
    }

    /// The row's status as the query sees it: the latest rating by the selected assessor kinds (all
    /// kinds when none is selected), counting only ratings about the selected regions when regions
    /// are selected. `None` is "not assessed".
    pub fn status(&self, ds: &Dataset, row: usize, q: &Query) -> Option<Status> {
        if q.assessors.is_empty() && q.regions.is_empty() {
            return self.latest.latest[row];
        }
        self.assessments[row]
            .iter()
            .map(|&a| &ds.assessments[a])
            .filter(|a| q.assessors.is_empty() || q.assessors.contains(&ds.sources[a.source].kind))
            .filter(|a| {
                q.regions.is_empty()
                    || a.region
                        .is_some_and(|r| q.regions.contains(&ds.regions[r].code))
            })
            .fold(
                None,
                |best: Option<(crate::date::PartialDate, Status)>, a| match best {
                    Some((d, _)) if d > a.date => best,
                    _ => Some((a.date, a.status)),
                },
            )
            .map(|(_, s)| s)
    }

    /// The latest status by one kind of assessor (for the table's per-assessor cells).
    pub fn status_by(&self, row: usize, kind: AssessorKind) -> Option<Status> {
        self.latest.by_kind[row].get(&kind).copied()
    }

    /// Whether the kinds of assessor that rated this row disagree.
    pub fn disagrees(&self, row: usize) -> bool {
        let statuses: BTreeSet<Status> = self.latest.by_kind[row].values().copied().collect();
        statuses.len() > 1
    }

    fn rated_by(&self, row: usize, kinds: &BTreeSet<AssessorKind>) -> bool {
        kinds
            .iter()
            .any(|&k| self.rated_kinds[row] & kind_bit(k) != 0)
    }

    fn in_regions(&self, ds: &Dataset, row: usize, regions: &BTreeSet<String>) -> bool {
        self.assessments[row].iter().any(|&a| {
            ds.assessments[a]
                .region
                .is_some_and(|r| regions.contains(&ds.regions[r].code))
        })
    }
}

fn kind_bit(kind: AssessorKind) -> u8 {
    1 << (kind as u8)
}

/// A filter, named so that facet counts can leave their own filter out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Cycle,
    Response,
    Status,
    Assessor,
    Theme,
    State,
    Region,
    Disagree,
    /// The free-text search: never left out.
    Search,
}

impl Facet {
    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// Which filters each row fails (one bit per facet) and its status under the query: computed in
/// one pass, then shared by the row list and every facet count.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    failed: Vec<u16>,
    pub status: Vec<Option<Status>>,
}

impl Evaluation {
    fn passes(&self, row: usize) -> bool {
        self.failed[row] == 0
    }
    fn passes_without(&self, row: usize, facet: Facet) -> bool {
        self.failed[row] & !facet.bit() == 0
    }
}

pub fn evaluate(ds: &Dataset, prep: &Prepared, q: &Query) -> Evaluation {
    let cycles: BTreeSet<usize> = ds
        .cycles
        .iter()
        .enumerate()
        .filter(|(_, c)| q.cycles.contains(&c.number))
        .map(|(i, _)| i)
        .collect();
    let themes: BTreeSet<usize> = ds
        .themes
        .iter()
        .enumerate()
        .filter(|(_, t)| q.themes.contains(&t.id))
        .map(|(i, _)| i)
        .collect();
    let terms = search::terms(&q.search);
    let n = ds.recommendations.len();
    let mut failed = Vec::with_capacity(n);
    let mut status = Vec::with_capacity(n);
    for row in 0..n {
        let r = &ds.recommendations[row];
        let s = prep.status(ds, row, q);
        let mut f = 0u16;
        let mut fail = |facet: Facet, ok: bool| {
            if !ok {
                f |= facet.bit()
            }
        };
        fail(
            Facet::Cycle,
            q.cycles.is_empty() || cycles.contains(&r.cycle),
        );
        fail(
            Facet::Response,
            q.responses.is_empty() || q.responses.contains(&r.response),
        );
        fail(
            Facet::Theme,
            q.themes.is_empty() || r.themes.iter().any(|t| themes.contains(t)),
        );
        fail(
            Facet::State,
            q.states.is_empty() || r.states.iter().any(|st| q.states.contains(st)),
        );
        fail(
            Facet::Assessor,
            q.assessors.is_empty() || prep.rated_by(row, &q.assessors),
        );
        fail(
            Facet::Region,
            q.regions.is_empty() || prep.in_regions(ds, row, &q.regions),
        );
        fail(Facet::Disagree, !q.disagree || prep.disagrees(row));
        fail(
            Facet::Status,
            q.statuses.is_empty() || q.statuses.contains(&StatusFilter::of(s)),
        );
        fail(
            Facet::Search,
            terms.is_empty() || search::matches(&prep.search_text[row], &terms),
        );
        failed.push(f);
        status.push(s);
    }
    Evaluation { failed, status }
}

fn status_rank(s: Option<Status>) -> u8 {
    match s {
        Some(Status::Fully) => 0,
        Some(Status::Partially) => 1,
        Some(Status::Not) => 2,
        None => 3,
    }
}

/// The matching rows of an evaluation, in the query's order.
pub fn rows_of(prep: &Prepared, q: &Query, e: &Evaluation) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..e.failed.len()).filter(|&i| e.passes(i)).collect();
    match q.sort.key {
        SortKey::Paragraph => rows.sort_unstable_by_key(|&r| prep.paragraph_rank[r]),
        SortKey::State => rows.sort_unstable_by_key(|&r| prep.state_rank[r]),
        SortKey::Status => {
            rows.sort_unstable_by_key(|&r| (status_rank(e.status[r]), prep.paragraph_rank[r]))
        }
    }
    if q.sort.descending {
        rows.reverse();
    }
    rows
}

/// The rows (indices into `Dataset::recommendations`) that match the query, in the query's order.
pub fn filter(ds: &Dataset, prep: &Prepared, q: &Query) -> Vec<usize> {
    rows_of(prep, q, &evaluate(ds, prep, q))
}

/// How many rows each value of each filter would give, the other filters staying as they are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    pub cycles: Vec<(u32, usize)>,
    pub responses: Vec<(Response, usize)>,
    pub statuses: Vec<(StatusFilter, usize)>,
    pub assessors: Vec<(AssessorKind, usize)>,
    /// Theme index and count.
    pub themes: Vec<(usize, usize)>,
    pub states: Vec<(String, usize)>,
    /// Region index and count.
    pub regions: Vec<(usize, usize)>,
    pub disagree: usize,
}

pub fn facets(ds: &Dataset, prep: &Prepared, q: &Query) -> Facets {
    facets_of(ds, prep, &evaluate(ds, prep, q))
}

pub fn facets_of(ds: &Dataset, prep: &Prepared, e: &Evaluation) -> Facets {
    let n = ds.recommendations.len();
    let rows_without = |f: Facet| (0..n).filter(move |&i| e.passes_without(i, f));

    let mut cycles: BTreeMap<u32, usize> = BTreeMap::new();
    for r in &ds.recommendations {
        cycles.insert(ds.cycles[r.cycle].number, 0);
    }
    rows_without(Facet::Cycle).for_each(|i| {
        *cycles
            .entry(ds.cycles[ds.recommendations[i].cycle].number)
            .or_default() += 1
    });

    let mut responses = [(Response::Supported, 0), (Response::Noted, 0)];
    rows_without(Facet::Response).for_each(|i| {
        let k = usize::from(ds.recommendations[i].response == Response::Noted);
        responses[k].1 += 1;
    });

    // The status a row would show does not depend on the status filter itself.
    let mut statuses: Vec<(StatusFilter, usize)> =
        StatusFilter::ALL.into_iter().map(|s| (s, 0)).collect();
    rows_without(Facet::Status).for_each(|i| {
        let k = StatusFilter::ALL
            .iter()
            .position(|s| *s == StatusFilter::of(e.status[i]))
            .unwrap_or(3);
        statuses[k].1 += 1;
    });

    let mut assessors: Vec<(AssessorKind, usize)> = crate::summary::shown_assessor_kinds(ds)
        .into_iter()
        .map(|k| (k, 0))
        .collect();
    rows_without(Facet::Assessor).for_each(|i| {
        for (k, c) in assessors.iter_mut() {
            if prep.rated_kinds[i] & kind_bit(*k) != 0 {
                *c += 1;
            }
        }
    });

    let mut theme_counts = vec![0usize; ds.themes.len()];
    rows_without(Facet::Theme).for_each(|i| {
        ds.recommendations[i]
            .themes
            .iter()
            .for_each(|&t| theme_counts[t] += 1)
    });
    let themes = theme_counts.into_iter().enumerate().collect();

    let mut state_counts: HashMap<&str, usize> = HashMap::new();
    rows_without(Facet::State).for_each(|i| {
        ds.recommendations[i]
            .states
            .iter()
            .for_each(|s| *state_counts.entry(s.as_str()).or_default() += 1)
    });
    let states = prep
        .states
        .iter()
        .map(|(s, _)| {
            (
                s.clone(),
                state_counts.get(s.as_str()).copied().unwrap_or(0),
            )
        })
        .collect();

    let mut region_counts = vec![0usize; ds.regions.len()];
    rows_without(Facet::Region).for_each(|i| {
        prep.rated_regions[i]
            .iter()
            .for_each(|&r| region_counts[r] += 1)
    });
    let regions = region_counts.into_iter().enumerate().collect();

    let disagree = rows_without(Facet::Disagree)
        .filter(|&i| prep.disagrees(i))
        .count();
    Facets {
        cycles: cycles.into_iter().collect(),
        responses: responses.to_vec(),
        statuses,
        assessors,
        themes,
        states,
        regions,
        disagree,
    }
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
    list.sort_by(|&a, &b| {
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
