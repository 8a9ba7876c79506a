//! What filtering needs, computed once when the data loads: each row's values as small numbers,
//! the searchable text in one piece, the orders to sort by, and each row's status as a query reads
//! it.

use crate::date::PartialDate;
use crate::model::{AssessorKind, Dataset, Recommendation, Response, Status};
use crate::query::Query;
use crate::search;
use crate::sort_by_dyn;
use crate::summary::{latest_statuses, LatestStatuses};
use std::collections::{BTreeSet, HashMap};

/// Everything about the dataset that filtering needs, computed once when the data loads: each
/// row's values as small numbers, the searchable text in one piece, and the orders to sort by.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    pub latest: LatestStatuses,
    /// Per recommendation: its assessments (indices into `Dataset::assessments`).
    pub assessments: Vec<Vec<usize>>,
    /// Every recommendation's id, paragraph and text, normalized for search, one after another;
    /// each ends with a newline (never part of a search word, so no word spans two rows).
    pub(crate) search_text: String,
    /// Per recommendation: where its text ends in `search_text` (just past its newline).
    pub(crate) search_end: Vec<u32>,
    /// Per theme: its names in both languages, normalized (a Mongolian reader searches in Cyrillic).
    pub(crate) theme_text: Vec<String>,
    /// Every recommending state with its number of recommendations, most recommendations first.
    pub states: Vec<(String, usize)>,
    /// `states`' names, normalized for search.
    pub(crate) state_text: Vec<String>,
    /// Per recommendation: its recommending states, as indices into `states`.
    pub(crate) row_states: Ragged,
    /// Per recommendation: its themes (indices into `Dataset::themes`).
    pub(crate) row_themes: Ragged,
    /// The sessions, groups of persons and OHCHR's themes the data has, with their number of
    /// recommendations (persons and themes most first; sessions in order), and per recommendation
    /// its own, as indices into them; per recommendation its SDG goals (1–17).
    pub sessions: Vec<(u32, usize)>,
    pub(crate) row_session: Vec<Option<u32>>,
    pub persons: Vec<(String, usize)>,
    pub(crate) row_persons: Ragged,
    pub ohchr_themes: Vec<(String, usize)>,
    pub(crate) row_ohchr_themes: Ragged,
    pub(crate) row_sdgs: Ragged,
    /// The UN mechanisms the data has (the UPR first, then by number of recommendations), with
    /// their number of recommendations; empty when the data holds the UPR's only. Per
    /// recommendation its mechanism, as an index into them.
    pub mechanisms: Vec<(String, usize)>,
    pub(crate) row_mechanism: Vec<u32>,
    /// The SDG goals the data has, in order, with their number of recommendations.
    pub sdg_goals: Vec<(u32, usize)>,
    /// Per recommendation: its cycle (index into `Dataset::cycles`) and its response (its place in
    /// `Response::ALL`); another mechanism's recommendation has neither.
    pub(crate) row_cycle: Vec<Option<u32>>,
    pub(crate) response: Vec<Option<u8>>,
    /// The responses the filter offers: supported and noted, and supported in part where the
    /// data has it.
    pub responses: Vec<Response>,
    /// Rows in natural paragraph order (cycle, then 84.2 before 84.10).
    pub(crate) by_paragraph: Vec<u32>,
    /// Rows in order of the first recommending State, then paragraph.
    pub(crate) by_state: Vec<u32>,
    /// Per recommendation: its place in `by_paragraph`.
    pub(crate) paragraph_rank: Vec<u32>,
    /// Per recommendation: one bit per kind of assessor that rated it.
    pub(crate) rated_kinds: Vec<u8>,
    /// Per recommendation: whether the kinds of assessor that rated it disagree.
    pub(crate) disagree: Vec<bool>,
    /// Per recommendation: the regions its region-specific ratings are about.
    pub(crate) rated_regions: Ragged,
    /// The cycle numbers that have recommendations, in order.
    pub(crate) cycle_numbers: Vec<u32>,
}

/// The mechanisms of the data's recommendations (see [`Prepared::mechanisms`]). A few at most, so
/// a list is searched rather than a map built.
fn mechanisms_of(ds: &Dataset) -> (Vec<(String, usize)>, Vec<u32>) {
    let upr = crate::model::UPR;
    let mut list: Vec<(String, usize)> = vec![(upr.to_string(), 0)];
    for r in &ds.recommendations {
        let word = r.mechanism.as_deref().unwrap_or(upr);
        match list.iter_mut().find(|(m, _)| m == word) {
            Some((_, n)) => *n += 1,
            None => list.push((word.to_string(), 1)),
        }
    }
    if list.len() == 1 {
        return (Vec::new(), vec![0; ds.recommendations.len()]);
    }
    // The UPR first, then the most recommendations first, then by name.
    sort_by_dyn(&mut list[1..], &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let rows = ds
        .recommendations
        .iter()
        .map(|r| {
            let word = r.mechanism.as_deref().unwrap_or(upr);
            list.iter().position(|(m, _)| m == word).unwrap_or(0) as u32
        })
        .collect();
    (list, rows)
}

impl Prepared {
    pub fn new(ds: &Dataset) -> Self {
        let n = ds.recommendations.len();
        let mut assessments = vec![Vec::new(); n];
        for (i, a) in ds.assessments.iter().enumerate() {
            assessments[a.recommendation].push(i);
        }
        let mut search_text = String::new();
        let mut search_end = Vec::with_capacity(n);
        for r in &ds.recommendations {
            search_text.push_str(&search::normalize(&format!(
                "{} {} {}",
                r.id, r.paragraph, r.text
            )));
            search_text.push('\n');
            search_end.push(search_text.len() as u32);
        }
        let theme_text = ds
            .themes
            .iter()
            .map(|t| {
                search::normalize(&format!(
                    "{} {}",
                    t.name.en,
                    t.name.mn.as_deref().unwrap_or_default()
                ))
            })
            .collect();

        let (states, row_states) = counted_values(ds, |r| &r.states);
        let (persons, row_persons) = counted_values(ds, |r| &r.persons);
        let (ohchr_themes, row_ohchr_themes) = counted_values(ds, |r| &r.ohchr_themes);
        let row_session: Vec<Option<u32>> = ds.recommendations.iter().map(|r| r.session).collect();
        let mut session_counts: std::collections::BTreeMap<u32, usize> = Default::default();
        for s in row_session.iter().flatten() {
            *session_counts.entry(*s).or_default() += 1;
        }
        let goals_of = |r: &Recommendation| -> BTreeSet<u32> {
            r.sdgs
                .iter()
                .filter_map(|s| s.split('.').next()?.parse::<u32>().ok())
                .collect()
        };
        let row_sdgs = Ragged::new(ds.recommendations.iter().map(goals_of));
        let mut goal_counts: std::collections::BTreeMap<u32, usize> = Default::default();
        for r in &ds.recommendations {
            for g in goals_of(r) {
                *goal_counts.entry(g).or_default() += 1;
            }
        }
        let row_themes = Ragged::new(
            ds.recommendations
                .iter()
                .map(|r| r.themes.iter().map(|&t| t as u32)),
        );
        let state_text = states.iter().map(|(s, _)| search::normalize(s)).collect();

        let (mechanisms, row_mechanism) = mechanisms_of(ds);
        // The UPR's cycles in order, then other mechanisms' recommendations, by mechanism.
        let paragraph_key: Vec<(u32, &str, Vec<u32>, &str)> = ds
            .recommendations
            .iter()
            .map(|r| {
                let parts = r
                    .paragraph
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|p| p.parse().ok())
                    .collect();
                let cycle = r.cycle.map_or(u32::MAX, |c| ds.cycles[c].number);
                let mechanism = r.mechanism.as_deref().unwrap_or_default();
                (cycle, mechanism, parts, r.paragraph.as_str())
            })
            .collect();
        let mut by_paragraph: Vec<u32> = (0..n as u32).collect();
        sort_by_dyn(&mut by_paragraph, &|a, b| {
            paragraph_key[*a as usize].cmp(&paragraph_key[*b as usize])
        });
        let mut paragraph_rank = vec![0u32; n];
        for (place, &row) in by_paragraph.iter().enumerate() {
            paragraph_rank[row as usize] = place as u32;
        }
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
        let mut by_state = by_paragraph.clone();
        // Stable: rows of the same State keep their paragraph order.
        sort_by_dyn(&mut by_state, &|a, b| {
            state_key[*a as usize].cmp(&state_key[*b as usize])
        });

        let latest = latest_statuses(ds);
        let rated_kinds = assessments
            .iter()
            .map(|list| {
                list.iter().fold(0u8, |m, &a| {
                    m | kind_bit(ds.sources[ds.assessments[a].source].kind)
                })
            })
            .collect();
        let disagree = latest
            .by_kind
            .iter()
            .map(|kinds| {
                let mut seen = kinds.iter().flatten();
                seen.next()
                    .is_some_and(|first| seen.any(|other| other != first))
            })
            .collect();
        let rated_regions = Ragged::new(assessments.iter().map(|list| {
            let mut regions: Vec<u32> = list
                .iter()
                .filter_map(|&a| ds.assessments[a].region.map(|g| g as u32))
                .collect();
            sort_by_dyn(&mut regions, &|a, b| a.cmp(b));
            regions.dedup();
            regions
        }));
        let cycle_numbers: Vec<u32> = ds
            .recommendations
            .iter()
            .filter_map(|r| Some(ds.cycles[r.cycle?].number))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        Self {
            latest,
            assessments,
            search_text,
            search_end,
            theme_text,
            states,
            state_text,
            row_states,
            row_themes,
            sessions: session_counts.into_iter().collect(),
            row_session,
            persons,
            row_persons,
            ohchr_themes,
            row_ohchr_themes,
            row_sdgs,
            sdg_goals: goal_counts.into_iter().collect(),
            mechanisms,
            row_mechanism,
            row_cycle: ds
                .recommendations
                .iter()
                .map(|r| r.cycle.map(|c| c as u32))
                .collect(),
            response: ds
                .recommendations
                .iter()
                .map(|r| r.response.map(|x| x.rank() as u8))
                .collect(),
            responses: Response::ALL
                .into_iter()
                .filter(|&r| {
                    r != Response::SupportedInPart
                        || ds.recommendations.iter().any(|x| x.response == Some(r))
                })
                .collect(),
            by_paragraph,
            by_state,
            paragraph_rank,
            rated_kinds,
            disagree,
            rated_regions,
            cycle_numbers,
        }
    }

    /// The assessments of `row` whose ratings count for the query: by the selected kinds of
    /// assessor (any when none is selected) and about the selected regions (any when none is).
    pub fn counted<'a>(
        &'a self,
        ds: &'a Dataset,
        row: usize,
        q: &'a Query,
    ) -> impl Iterator<Item = usize> + 'a {
        self.assessments[row].iter().copied().filter(move |&a| {
            (q.assessors.is_empty()
                || q.assessors
                    .contains(&ds.sources[ds.assessments[a].source].kind))
                && about_regions(ds, q, a)
        })
    }

    /// The row's status as the query sees it: the latest rating by the selected assessor kinds (all
    /// kinds when none is selected), counting only ratings about the selected regions when regions
    /// are selected. `None` is "not assessed".
    pub fn status(&self, ds: &Dataset, row: usize, q: &Query) -> Option<Status> {
        if q.assessors.is_empty() && q.regions.is_empty() {
            return self.latest.latest[row];
        }
        latest_of(ds, self.counted(ds, row, q))
    }

    /// The latest status by one kind of assessor (for the table's per-assessor cells).
    pub fn status_by(&self, row: usize, kind: AssessorKind) -> Option<Status> {
        self.latest.of(row, kind)
    }

    /// The latest status by one kind of assessor, counting only ratings about the query's regions
    /// when it selects some.
    pub fn status_by_in(
        &self,
        ds: &Dataset,
        row: usize,
        kind: AssessorKind,
        q: &Query,
    ) -> Option<Status> {
        if q.regions.is_empty() {
            return self.status_by(row, kind);
        }
        latest_of(
            ds,
            self.assessments[row].iter().copied().filter(|&a| {
                ds.sources[ds.assessments[a].source].kind == kind && about_regions(ds, q, a)
            }),
        )
    }

    /// The row's status as the query sees it as it stood on `date`: the latest counted rating made
    /// on or before it.
    pub fn status_as_of(
        &self,
        ds: &Dataset,
        row: usize,
        q: &Query,
        date: PartialDate,
    ) -> Option<Status> {
        latest_of(
            ds,
            self.counted(ds, row, q)
                .filter(|&a| ds.assessments[a].date <= date),
        )
    }

    /// The normalized searchable text of one row (without its newline).
    fn row_text(&self, row: usize) -> &[u8] {
        let start = if row == 0 {
            0
        } else {
            self.search_end[row - 1] as usize
        };
        &self.search_text.as_bytes()[start..self.search_end[row] as usize - 1]
    }

    /// Which rows contain the search word, in their text, a theme name or a State's name; only
    /// `candidates` are looked at, when given.
    pub(super) fn word_hits(&self, word: &search::Word, candidates: Option<&[bool]>) -> Vec<bool> {
        let n = self.search_end.len();
        let mut hits = vec![false; n];
        let themes: Vec<bool> = self
            .theme_text
            .iter()
            .map(|t| word.is_in(t.as_bytes()))
            .collect();
        let states: Vec<bool> = self
            .state_text
            .iter()
            .map(|s| word.is_in(s.as_bytes()))
            .collect();
        if themes.contains(&true) || states.contains(&true) {
            for (row, hit) in hits.iter_mut().enumerate() {
                *hit = self.row_themes.get(row).iter().any(|&t| themes[t as usize])
                    || self.row_states.get(row).iter().any(|&s| states[s as usize]);
            }
        }
        match candidates {
            // Few rows left (the word grew while typing): each is looked at on its own.
            Some(c) if c.iter().filter(|&&x| x).count() * 4 < n => {
                for (row, hit) in hits.iter_mut().enumerate() {
                    *hit = c[row] && (*hit || word.is_in(self.row_text(row)));
                }
            }
            // Otherwise one pass over all the text: from each hit straight on to the next row.
            _ => {
                let text = self.search_text.as_bytes();
                let (mut from, mut row) = (0usize, 0usize);
                while let Some(at) = word.find(&text[from..]) {
                    let at = from + at;
                    row += self.search_end[row..].partition_point(|&end| end as usize <= at);
                    hits[row] = true;
                    from = self.search_end[row] as usize;
                    row += 1;
                    if row >= n {
                        break;
                    }
                }
                if let Some(c) = candidates {
                    hits.iter_mut().zip(c).for_each(|(h, &c)| *h &= c);
                }
            }
        }
        hits
    }
}

/// A list of small lists (one per recommendation) in one allocation, so that a pass over all rows
/// reads memory in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Ragged {
    values: Vec<u32>,
    ends: Vec<u32>,
}

impl Ragged {
    fn new<L: IntoIterator<Item = u32>>(lists: impl Iterator<Item = L>) -> Self {
        let mut r = Self::default();
        for list in lists {
            r.values.extend(list);
            r.ends.push(r.values.len() as u32);
        }
        r
    }

    pub(crate) fn get(&self, row: usize) -> &[u32] {
        let start = if row == 0 { 0 } else { self.ends[row - 1] };
        &self.values[start as usize..self.ends[row] as usize]
    }
}

/// The distinct values of a list every recommendation has (its States, its groups of persons…),
/// each with its number of recommendations, most first (then by name); and per recommendation its
/// values as indices into them.
fn counted_values(
    ds: &Dataset,
    list: impl Fn(&Recommendation) -> &Vec<String>,
) -> (Vec<(String, usize)>, Ragged) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for r in &ds.recommendations {
        for v in list(r) {
            *counts.entry(v.as_str()).or_default() += 1;
        }
    }
    let mut values: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(s, n)| (s.to_string(), n))
        .collect();
    sort_by_dyn(&mut values, &|a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    let index: HashMap<&str, u32> = values
        .iter()
        .enumerate()
        .map(|(i, (s, _))| (s.as_str(), i as u32))
        .collect();
    let rows = Ragged::new(ds.recommendations.iter().map(|r| {
        list(r)
            .iter()
            .map(|s| index[s.as_str()])
            .collect::<Vec<_>>()
    }));
    (values, rows)
}

pub(super) fn kind_bit(kind: AssessorKind) -> u8 {
    1 << (kind as u8)
}

/// Whether assessment `a` is about one of the query's regions (any assessment when none is
/// selected).
pub fn about_regions(ds: &Dataset, q: &Query, a: usize) -> bool {
    q.regions.is_empty()
        || ds.assessments[a]
            .region
            .is_some_and(|r| q.regions.contains(&ds.regions[r].code))
}

/// The latest (by date, then by order in the file) rating of some assessments.
pub(super) fn latest_of(ds: &Dataset, assessments: impl Iterator<Item = usize>) -> Option<Status> {
    assessments
        .map(|a| &ds.assessments[a])
        .fold(None, |best: Option<(PartialDate, Status)>, a| match best {
            Some((d, _)) if d > a.date => best,
            _ => Some((a.date, a.status)),
        })
        .map(|(_, s)| s)
}
