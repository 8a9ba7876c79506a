//! The filter panel's facets: how many rows each value of each filter would give (one pass over an
//! [`Evaluation`]), and each value's word in the address and name on screen, so that the panel
//! shows every filter with one loop.

use crate::explore::{evaluate, Evaluation, Prepared};
use crate::i18n::{t, t_with, Arg, Lang};
use crate::model::{AssessorKind, Dataset, Response, StatusCategory};
use crate::query::{
    Query, KEY_ASSESSOR, KEY_CYCLE, KEY_REGION, KEY_RESPONSE, KEY_STATE, KEY_STATUS, KEY_THEME,
};
use std::collections::{BTreeMap, BTreeSet};

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
    pub(crate) fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// How many rows each value of each filter would give, the other filters staying as they are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    pub cycles: Vec<(u32, usize)>,
    pub responses: Vec<(Response, usize)>,
    pub statuses: Vec<(StatusCategory, usize)>,
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

/// One pass over the rows: a row that passes every filter counts in every facet; a row that fails
/// exactly one filter counts only in that filter's facet (choosing another value of it could show
/// the row); a row that fails two or more, or the search, counts nowhere.
pub fn facets_of(ds: &Dataset, prep: &Prepared, e: &Evaluation) -> Facets {
    let mut cycles = vec![0usize; ds.cycles.len()];
    let mut responses = [0usize; Response::ALL.len()];
    let mut statuses = [0usize; 4];
    let mut kinds = [0usize; AssessorKind::ALL.len()];
    let mut themes = vec![0usize; ds.themes.len()];
    let mut states = vec![0usize; prep.states.len()];
    let mut regions = vec![0usize; ds.regions.len()];
    let mut disagree = 0usize;
    let counts_in = |f: u16, facet: Facet| f & !facet.bit() == 0;
    for (row, &f) in e.failed.iter().enumerate() {
        if f & (f.wrapping_sub(1)) != 0 || f == Facet::Search.bit() {
            continue;
        }
        if counts_in(f, Facet::Cycle) {
            cycles[prep.row_cycle[row] as usize] += 1;
        }
        if counts_in(f, Facet::Response) {
            responses[prep.response[row] as usize] += 1;
        }
        // The status a row would show does not depend on the status filter itself.
        if counts_in(f, Facet::Status) {
            statuses[StatusCategory::of(e.status[row]).rank()] += 1;
        }
        if counts_in(f, Facet::Assessor) {
            for (k, c) in kinds.iter_mut().enumerate() {
                if prep.rated_kinds[row] & (1 << k) != 0 {
                    *c += 1;
                }
            }
        }
        if counts_in(f, Facet::Theme) {
            prep.row_themes
                .get(row)
                .iter()
                .for_each(|&t| themes[t as usize] += 1);
        }
        if counts_in(f, Facet::State) {
            prep.row_states
                .get(row)
                .iter()
                .for_each(|&s| states[s as usize] += 1);
        }
        if counts_in(f, Facet::Region) {
            prep.rated_regions
                .get(row)
                .iter()
                .for_each(|&g| regions[g as usize] += 1);
        }
        if counts_in(f, Facet::Disagree) && prep.disagree[row] {
            disagree += 1;
        }
    }
    let mut by_number = BTreeMap::new();
    for (i, c) in ds.cycles.iter().enumerate() {
        if prep.cycle_numbers.contains(&c.number) {
            *by_number.entry(c.number).or_insert(0) += cycles[i];
        }
    }
    Facets {
        cycles: by_number.into_iter().collect(),
        responses: prep
            .responses
            .iter()
            .map(|&r| (r, responses[r.rank()]))
            .collect(),
        statuses: StatusCategory::ALL.into_iter().zip(statuses).collect(),
        assessors: crate::summary::shown_assessor_kinds(ds)
            .into_iter()
            .map(|k| (k, kinds[k as usize]))
            .collect(),
        themes: themes.into_iter().enumerate().collect(),
        states: prep
            .states
            .iter()
            .zip(states)
            .map(|((s, _), c)| (s.clone(), c))
            .collect(),
        regions: regions.into_iter().enumerate().collect(),
        disagree,
    }
}

impl Facet {
    /// The filters the panel lists values of, in its order.
    pub const LISTS: [Facet; 7] = [
        Facet::Cycle,
        Facet::Response,
        Facet::Status,
        Facet::Assessor,
        Facet::Theme,
        Facet::State,
        Facet::Region,
    ];

    /// Its key in the address (`status=…`), also its name in test ids.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Cycle => KEY_CYCLE,
            Facet::Response => KEY_RESPONSE,
            Facet::Status => KEY_STATUS,
            Facet::Assessor => KEY_ASSESSOR,
            Facet::Theme => KEY_THEME,
            Facet::State => KEY_STATE,
            Facet::Region => KEY_REGION,
            Facet::Disagree => crate::query::KEY_DISAGREE,
            Facet::Search => crate::query::KEY_SEARCH,
        }
    }

    /// The message id of the panel's heading for it.
    pub fn title_key(self) -> &'static str {
        match self {
            Facet::Cycle => "filter-cycle",
            Facet::Response => "filter-response",
            Facet::Status => "filter-status",
            Facet::Assessor => "filter-assessor",
            Facet::Theme => "filter-theme",
            Facet::State => "filter-state",
            Facet::Region => "filter-region",
            Facet::Disagree => "filter-disagree",
            Facet::Search => "search",
        }
    }
}

/// One value of a filter as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetValue {
    /// Its word in the address.
    pub word: String,
    /// Its name on screen.
    pub label: String,
}

impl Facets {
    /// The values of `facet` (one of [`Facet::LISTS`]) in the panel's order: their words and their
    /// names in `lang`. The same for every query on the same data, so they are made once.
    pub fn values(&self, ds: &Dataset, facet: Facet, lang: Lang) -> Vec<FacetValue> {
        let value = |word: String, label: String| FacetValue { word, label };
        match facet {
            Facet::Cycle => self
                .cycles
                .iter()
                .map(|(n, _)| {
                    let label = t_with(lang, "cycle-n", &[("number", Arg::Num(*n as f64))]);
                    value(n.to_string(), label)
                })
                .collect(),
            Facet::Response => self
                .responses
                .iter()
                .map(|(r, _)| value(r.word().into(), t(lang, r.message_key())))
                .collect(),
            Facet::Status => self
                .statuses
                .iter()
                .map(|(s, _)| value(s.word().into(), t(lang, s.message_key())))
                .collect(),
            Facet::Assessor => self
                .assessors
                .iter()
                .map(|(k, _)| value(k.word().into(), t(lang, k.message_key())))
                .collect(),
            Facet::Theme => self
                .themes
                .iter()
                .map(|(i, _)| {
                    let theme = &ds.themes[*i];
                    value(theme.id.clone(), theme.name.get(lang).to_string())
                })
                .collect(),
            Facet::State => self
                .states
                .iter()
                .map(|(s, _)| value(s.clone(), s.clone()))
                .collect(),
            Facet::Region => self
                .regions
                .iter()
                .map(|(i, _)| {
                    let r = &ds.regions[*i];
                    value(r.code.clone(), r.name.get(lang).to_string())
                })
                .collect(),
            Facet::Disagree | Facet::Search => Vec::new(),
        }
    }

    /// The counts of `facet`'s values, in the order of [`Facets::values`].
    pub fn counts(&self, facet: Facet) -> Vec<usize> {
        fn second<T>(list: &[(T, usize)]) -> Vec<usize> {
            list.iter().map(|(_, c)| *c).collect()
        }
        match facet {
            Facet::Cycle => second(&self.cycles),
            Facet::Response => second(&self.responses),
            Facet::Status => second(&self.statuses),
            Facet::Assessor => second(&self.assessors),
            Facet::Theme => second(&self.themes),
            Facet::State => second(&self.states),
            Facet::Region => second(&self.regions),
            Facet::Disagree => vec![self.disagree],
            Facet::Search => Vec::new(),
        }
    }
}

/// The words chosen in a set of values.
fn words<T>(set: &BTreeSet<T>, word: impl Fn(&T) -> String) -> Vec<String> {
    set.iter().map(word).collect()
}

/// Adds `value` to `set`, or takes it out when it is there.
fn toggle_in<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

impl Query {
    /// The words chosen in `facet` (one of [`Facet::LISTS`]).
    pub fn chosen(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Cycle => words(&self.cycles, u32::to_string),
            Facet::Response => words(&self.responses, |r| r.word().into()),
            Facet::Status => words(&self.statuses, |s| s.word().into()),
            Facet::Assessor => words(&self.assessors, |k| k.word().into()),
            Facet::Theme => self.themes.iter().cloned().collect(),
            Facet::State => self.states.iter().cloned().collect(),
            Facet::Region => self.regions.iter().cloned().collect(),
            Facet::Disagree | Facet::Search => Vec::new(),
        }
    }

    /// Chooses `word` in `facet`, or un-chooses it when it is chosen; a word that is not one of
    /// the facet's (by its form) changes nothing.
    pub fn toggle(&mut self, facet: Facet, word: &str) {
        let word = word.to_string();
        match facet {
            Facet::Cycle => {
                if let Ok(n) = word.parse() {
                    toggle_in(&mut self.cycles, n)
                }
            }
            Facet::Response => {
                if let Some(r) = Response::parse(&word) {
                    toggle_in(&mut self.responses, r)
                }
            }
            Facet::Status => {
                if let Some(s) = StatusCategory::parse(&word) {
                    toggle_in(&mut self.statuses, s)
                }
            }
            Facet::Assessor => {
                if let Some(k) = AssessorKind::parse(&word) {
                    toggle_in(&mut self.assessors, k)
                }
            }
            Facet::Theme => toggle_in(&mut self.themes, word),
            Facet::State => toggle_in(&mut self.states, word),
            Facet::Region => toggle_in(&mut self.regions, word),
            Facet::Disagree => self.disagree = !self.disagree,
            Facet::Search => {}
        }
    }
}
