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
    Mechanism,
    Cycle,
    Response,
    Status,
    Assessor,
    Theme,
    State,
    Region,
    Session,
    Sdg,
    Persons,
    OhchrTheme,
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
    /// The data's mechanisms (empty when it holds the UPR's only).
    pub mechanisms: Vec<(String, usize)>,
    pub cycles: Vec<(u32, usize)>,
    pub responses: Vec<(Response, usize)>,
    pub statuses: Vec<(StatusCategory, usize)>,
    pub assessors: Vec<(AssessorKind, usize)>,
    /// Theme index and count.
    pub themes: Vec<(usize, usize)>,
    pub states: Vec<(String, usize)>,
    /// Region index and count.
    pub regions: Vec<(usize, usize)>,
    pub sessions: Vec<(u32, usize)>,
    /// SDG goals (1–17) the data has.
    pub sdgs: Vec<(u32, usize)>,
    pub persons: Vec<(String, usize)>,
    pub ohchr_themes: Vec<(String, usize)>,
    pub disagree: usize,
}

pub fn facets(ds: &Dataset, prep: &Prepared, q: &Query) -> Facets {
    facets_of(ds, prep, &evaluate(ds, prep, q))
}

/// One pass over the rows: a row that passes every filter counts in every facet; a row that fails
/// exactly one filter counts only in that filter's facet (choosing another value of it could show
/// the row); a row that fails two or more, or the search, counts nowhere.
pub fn facets_of(ds: &Dataset, prep: &Prepared, e: &Evaluation) -> Facets {
    let mut mechanisms = vec![0usize; prep.mechanisms.len()];
    let mut cycles = vec![0usize; ds.cycles.len()];
    let mut responses = [0usize; Response::ALL.len()];
    let mut statuses = [0usize; 4];
    let mut kinds = [0usize; AssessorKind::ALL.len()];
    let mut themes = vec![0usize; ds.themes.len()];
    let mut states = vec![0usize; prep.states.len()];
    let mut regions = vec![0usize; ds.regions.len()];
    let mut sessions: std::collections::BTreeMap<u32, usize> =
        prep.sessions.iter().map(|(s, _)| (*s, 0)).collect();
    let mut goals = [0usize; 18];
    let mut persons = vec![0usize; prep.persons.len()];
    let mut ohchr_themes = vec![0usize; prep.ohchr_themes.len()];
    let mut disagree = 0usize;
    let counts_in = |f: u16, facet: Facet| f & !facet.bit() == 0;
    for (row, &f) in e.failed.iter().enumerate() {
        if f & (f.wrapping_sub(1)) != 0 || f == Facet::Search.bit() {
            continue;
        }
        if counts_in(f, Facet::Mechanism) {
            if let Some(c) = mechanisms.get_mut(prep.row_mechanism[row] as usize) {
                *c += 1;
            }
        }
        if counts_in(f, Facet::Cycle) {
            if let Some(c) = prep.row_cycle[row] {
                cycles[c as usize] += 1;
            }
        }
        if counts_in(f, Facet::Response) {
            if let Some(r) = prep.response[row] {
                responses[r as usize] += 1;
            }
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
        if counts_in(f, Facet::Session) {
            if let Some(s) = prep.row_session[row] {
                *sessions.entry(s).or_default() += 1;
            }
        }
        if counts_in(f, Facet::Sdg) {
            prep.row_sdgs
                .get(row)
                .iter()
                .for_each(|&g| goals[(g as usize).min(17)] += 1);
        }
        if counts_in(f, Facet::Persons) {
            prep.row_persons
                .get(row)
                .iter()
                .for_each(|&p| persons[p as usize] += 1);
        }
        if counts_in(f, Facet::OhchrTheme) {
            prep.row_ohchr_themes
                .get(row)
                .iter()
                .for_each(|&t| ohchr_themes[t as usize] += 1);
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
        mechanisms: prep
            .mechanisms
            .iter()
            .zip(mechanisms)
            .map(|((m, _), c)| (m.clone(), c))
            .collect(),
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
        sessions: sessions.into_iter().collect(),
        sdgs: prep
            .sdg_goals
            .iter()
            .map(|(g, _)| (*g, goals[*g as usize]))
            .collect(),
        persons: prep
            .persons
            .iter()
            .zip(persons)
            .map(|((p, _), c)| (p.clone(), c))
            .collect(),
        ohchr_themes: prep
            .ohchr_themes
            .iter()
            .zip(ohchr_themes)
            .map(|((t, _), c)| (t.clone(), c))
            .collect(),
        disagree,
    }
}

impl Facet {
    /// The filters the panel lists values of, in its order (a filter without values in the data
    /// is not shown).
    pub const LISTS: [Facet; 12] = [
        Facet::Mechanism,
        Facet::Cycle,
        Facet::Session,
        Facet::Response,
        Facet::Status,
        Facet::Assessor,
        Facet::Theme,
        Facet::OhchrTheme,
        Facet::Sdg,
        Facet::Persons,
        Facet::State,
        Facet::Region,
    ];

    /// Its key in the address (`status=…`), also its name in test ids.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Mechanism => crate::query::KEY_MECHANISM,
            Facet::Cycle => KEY_CYCLE,
            Facet::Response => KEY_RESPONSE,
            Facet::Status => KEY_STATUS,
            Facet::Assessor => KEY_ASSESSOR,
            Facet::Theme => KEY_THEME,
            Facet::State => KEY_STATE,
            Facet::Region => KEY_REGION,
            Facet::Session => crate::query::KEY_SESSION,
            Facet::Sdg => crate::query::KEY_SDG,
            Facet::Persons => crate::query::KEY_PERSONS,
            Facet::OhchrTheme => crate::query::KEY_OHCHR_THEME,
            Facet::Disagree => crate::query::KEY_DISAGREE,
            Facet::Search => crate::query::KEY_SEARCH,
        }
    }

    /// The message id of the panel's heading for it.
    pub fn title_key(self) -> &'static str {
        match self {
            Facet::Mechanism => "filter-mechanism",
            Facet::Cycle => "filter-cycle",
            Facet::Response => "filter-response",
            Facet::Status => "filter-status",
            Facet::Assessor => "filter-assessor",
            Facet::Theme => "filter-theme",
            Facet::State => "filter-state",
            Facet::Region => "filter-region",
            Facet::Session => "filter-session",
            Facet::Sdg => "filter-sdg",
            Facet::Persons => "filter-persons",
            Facet::OhchrTheme => "filter-ohchr-theme",
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
            Facet::Mechanism => self
                .mechanisms
                .iter()
                .map(|(m, _)| value(m.clone(), mechanism_name(m, lang)))
                .collect(),
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
            Facet::Session => self
                .sessions
                .iter()
                .map(|(s, _)| {
                    value(
                        s.to_string(),
                        t_with(lang, "session-n", &[("number", Arg::Num(*s as f64))]),
                    )
                })
                .collect(),
            Facet::Sdg => self
                .sdgs
                .iter()
                .map(|(g, _)| value(g.to_string(), t(lang, &format!("sdg-{g}"))))
                .collect(),
            Facet::Persons => self
                .persons
                .iter()
                .map(|(p, _)| value(p.clone(), p.clone()))
                .collect(),
            Facet::OhchrTheme => self
                .ohchr_themes
                .iter()
                .map(|(p, _)| value(p.clone(), p.clone()))
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
            Facet::Mechanism => second(&self.mechanisms),
            Facet::Cycle => second(&self.cycles),
            Facet::Response => second(&self.responses),
            Facet::Status => second(&self.statuses),
            Facet::Assessor => second(&self.assessors),
            Facet::Theme => second(&self.themes),
            Facet::State => second(&self.states),
            Facet::Region => second(&self.regions),
            Facet::Session => second(&self.sessions),
            Facet::Sdg => second(&self.sdgs),
            Facet::Persons => second(&self.persons),
            Facet::OhchrTheme => second(&self.ohchr_themes),
            Facet::Disagree => vec![self.disagree],
            Facet::Search => Vec::new(),
        }
    }
}

/// A mechanism's name on screen: the Universal Periodic Review in words, another by the name the
/// data gives it (`CRC`).
pub fn mechanism_name(word: &str, lang: Lang) -> String {
    if word == crate::model::UPR {
        t(lang, "mechanism-upr")
    } else {
        word.to_string()
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
            Facet::Mechanism => self.mechanisms.iter().cloned().collect(),
            Facet::Cycle => words(&self.cycles, u32::to_string),
            Facet::Response => words(&self.responses, |r| r.word().into()),
            Facet::Status => words(&self.statuses, |s| s.word().into()),
            Facet::Assessor => words(&self.assessors, |k| k.word().into()),
            Facet::Theme => self.themes.iter().cloned().collect(),
            Facet::State => self.states.iter().cloned().collect(),
            Facet::Region => self.regions.iter().cloned().collect(),
            Facet::Session => words(&self.sessions, u32::to_string),
            Facet::Sdg => words(&self.sdgs, u32::to_string),
            Facet::Persons => self.persons.iter().cloned().collect(),
            Facet::OhchrTheme => self.ohchr_themes.iter().cloned().collect(),
            Facet::Disagree | Facet::Search => Vec::new(),
        }
    }

    /// Chooses `word` in `facet`, or un-chooses it when it is chosen; a word that is not one of
    /// the facet's (by its form) changes nothing.
    pub fn toggle(&mut self, facet: Facet, word: &str) {
        let word = word.to_string();
        match facet {
            Facet::Mechanism => toggle_in(&mut self.mechanisms, word),
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
            Facet::Session => {
                if let Ok(n) = word.parse() {
                    toggle_in(&mut self.sessions, n)
                }
            }
            Facet::Sdg => {
                if let Ok(n) = word.parse::<u32>() {
                    if (1..=17).contains(&n) {
                        toggle_in(&mut self.sdgs, n)
                    }
                }
            }
            Facet::Persons => toggle_in(&mut self.persons, word),
            Facet::OhchrTheme => toggle_in(&mut self.ohchr_themes, word),
            Facet::Disagree => self.disagree = !self.disagree,
            Facet::Search => {}
        }
    }
}
