//! The URL state: one typed struct, parsed leniently per key and written back in a fixed key order,
//! leaving out defaults. Readable values: `view=recommendations&status=partially~not&region=MN-043`.
//! Several values of one key are joined with `~` (as Our World in Data does); a literal `~` inside a
//! value is percent-encoded, so every value survives the round trip.

use crate::i18n::Lang;
use crate::model::{AssessorKind, Response, StatusCategory};
use std::collections::BTreeSet;

mod encoding;
mod words;

pub use encoding::{decode, encode};
pub use words::{MapMetric, Slide, Sort, SortKey, View};

pub const KEY_VIEW: &str = "view";
pub const KEY_LANG: &str = "lang";
pub const KEY_CYCLE: &str = "cycle";
pub const KEY_RESPONSE: &str = "response";
pub const KEY_STATUS: &str = "status";
pub const KEY_ASSESSOR: &str = "assessor";
pub const KEY_THEME: &str = "theme";
pub const KEY_STATE: &str = "state";
pub const KEY_REGION: &str = "region";
pub const KEY_SESSION: &str = "session";
pub const KEY_SDG: &str = "sdg";
pub const KEY_PERSONS: &str = "persons";
pub const KEY_OHCHR_THEME: &str = "ohchr-theme";
pub const KEY_MECHANISM: &str = "mechanism";
pub const KEY_DISAGREE: &str = "disagree";
pub const KEY_SEARCH: &str = "q";
pub const KEY_SORT: &str = "sort";
pub const KEY_REC: &str = "rec";
pub const KEY_METRIC: &str = "metric";
pub const KEY_PAGE: &str = "page";
pub const KEY_DECK: &str = "deck";
pub const KEY_SLIDE: &str = "slide";
pub const KEY_DATA: &str = "data";

/// The order keys are written in.
pub const KEYS: [&str; 23] = [
    KEY_VIEW,
    KEY_REC,
    KEY_MECHANISM,
    KEY_CYCLE,
    KEY_RESPONSE,
    KEY_STATUS,
    KEY_ASSESSOR,
    KEY_THEME,
    KEY_STATE,
    KEY_REGION,
    KEY_SESSION,
    KEY_SDG,
    KEY_PERSONS,
    KEY_OHCHR_THEME,
    KEY_DISAGREE,
    KEY_SEARCH,
    KEY_SORT,
    KEY_PAGE,
    KEY_METRIC,
    KEY_DECK,
    KEY_SLIDE,
    KEY_DATA,
    KEY_LANG,
];

/// Everything a link says about a view. Multi-valued filters are sets: their order in the URL is
/// canonical, so two links to the same view are the same string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    pub view: View,
    pub lang: Lang,
    /// UN mechanisms, by the word the data gives them (`UPR`, `CRC`).
    pub mechanisms: BTreeSet<String>,
    pub cycles: BTreeSet<u32>,
    pub responses: BTreeSet<Response>,
    pub statuses: BTreeSet<StatusCategory>,
    pub assessors: BTreeSet<AssessorKind>,
    pub themes: BTreeSet<String>,
    pub states: BTreeSet<String>,
    pub regions: BTreeSet<String>,
    /// Working Group sessions.
    pub sessions: BTreeSet<u32>,
    /// Sustainable Development Goals (1–17); a recommendation serving a target of a goal serves it.
    pub sdgs: BTreeSet<u32>,
    /// Groups of persons, as the data writes them.
    pub persons: BTreeSet<String>,
    /// OHCHR's themes, as the data writes them.
    pub ohchr_themes: BTreeSet<String>,
    pub disagree: bool,
    pub search: String,
    pub sort: Sort,
    /// The open recommendation (its detail view), by id.
    pub rec: Option<String>,
    pub metric: MapMetric,
    /// 1-based page of the table.
    pub page: u32,
    /// The presentation deck carried by the link.
    pub deck: Vec<Slide>,
    /// The slide being presented (1-based); `None` when not presenting.
    pub slide: Option<u32>,
    /// The identity of the imported dataset the view was made on (`None`: the bundled data), so
    /// that a link opened where that data is missing says so.
    pub data: Option<String>,
}

/// A key whose value could not be used; the rest of the URL still applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryIssue {
    pub key: String,
    pub value: String,
}

/// A number written in digits only (no sign, no spaces), within `range`.
fn number(v: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let n = v.parse::<u32>().ok()?;
    (v.bytes().all(|b| b.is_ascii_digit()) && range.contains(&n)).then_some(n)
}

/// Region codes look like ISO 3166-2 subdivision codes: `MN-043`.
fn is_region_code(v: &str) -> bool {
    let mut parts = v.splitn(2, '-');
    let (Some(country), Some(sub)) = (parts.next(), parts.next()) else {
        return false;
    };
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=3).contains(&sub.len())
        && sub.bytes().all(|b| b.is_ascii_alphanumeric())
}

impl Default for Query {
    fn default() -> Self {
        Self {
            view: View::default(),
            lang: Lang::default(),
            mechanisms: BTreeSet::new(),
            cycles: BTreeSet::new(),
            responses: BTreeSet::new(),
            statuses: BTreeSet::new(),
            assessors: BTreeSet::new(),
            themes: BTreeSet::new(),
            states: BTreeSet::new(),
            regions: BTreeSet::new(),
            sessions: BTreeSet::new(),
            sdgs: BTreeSet::new(),
            persons: BTreeSet::new(),
            ohchr_themes: BTreeSet::new(),
            disagree: false,
            search: String::new(),
            sort: Sort::default(),
            rec: None,
            metric: MapMetric::default(),
            page: 1,
            deck: Vec::new(),
            slide: None,
            data: None,
        }
    }
}

/// Dataset identities are short lowercase hex or word strings: `3f9a0c1e`.
fn is_dataset_id(v: &str) -> bool {
    (1..=32).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Query {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses a raw query string (`?a=b&c=d~e`, with or without the `?`).
    pub fn parse_search(search: &str) -> (Self, Vec<QueryIssue>) {
        let search = search.strip_prefix('?').unwrap_or(search);
        let pairs: Vec<(String, String)> = search
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (decode(k), v.to_string()),
                None => (decode(p), String::new()),
            })
            .collect();
        Self::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Reads key / raw-value pairs (values still percent-encoded, `~` separating several). Unknown
    /// keys are left alone (other tools' parameters); an invalid value is reported and skipped.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<QueryIssue>) {
        let mut q = Query::new();
        let mut issues = Vec::new();
        for (key, raw) in pairs {
            let values: Vec<String> = raw.split('~').map(decode).collect();
            let mut bad = |v: &str| {
                issues.push(QueryIssue {
                    key: key.to_string(),
                    value: v.to_string(),
                })
            };
            let single = decode(raw);
            match key {
                KEY_VIEW => match View::parse(&single) {
                    Some(v) => q.view = v,
                    None => bad(&single),
                },
                KEY_LANG => match Lang::parse(&single) {
                    Some(l) => q.lang = l,
                    None => bad(&single),
                },
                KEY_CYCLE => values.iter().for_each(|v| match number(v, 1..=u32::MAX) {
                    Some(n) => {
                        q.cycles.insert(n);
                    }
                    None => bad(v),
                }),
                KEY_RESPONSE => values.iter().for_each(|v| match Response::parse(v) {
                    Some(r) => {
                        q.responses.insert(r);
                    }
                    None => bad(v),
                }),
                KEY_STATUS => values.iter().for_each(|v| match StatusCategory::parse(v) {
                    Some(s) => {
                        q.statuses.insert(s);
                    }
                    None => bad(v),
                }),
                KEY_ASSESSOR => values.iter().for_each(|v| match AssessorKind::parse(v) {
                    Some(k) => {
                        q.assessors.insert(k);
                    }
                    None => bad(v),
                }),
                KEY_THEME => values.iter().for_each(|v| {
                    if v.is_empty() {
                        bad(v)
                    } else {
                        q.themes.insert(v.clone());
                    }
                }),
                KEY_STATE => values.iter().for_each(|v| {
                    if v.trim().is_empty() {
                        bad(v)
                    } else {
                        q.states.insert(v.clone());
                    }
                }),
                KEY_REGION => values.iter().for_each(|v| {
                    if is_region_code(v) {
                        q.regions.insert(v.clone());
                    } else {
                        bad(v)
                    }
                }),
                KEY_SESSION => values.iter().for_each(|v| match number(v, 1..=u32::MAX) {
                    Some(n) => {
                        q.sessions.insert(n);
                    }
                    None => bad(v),
                }),
                KEY_SDG => values.iter().for_each(|v| match number(v, 1..=17) {
                    Some(n) => {
                        q.sdgs.insert(n);
                    }
                    None => bad(v),
                }),
                KEY_PERSONS => values.iter().for_each(|v| {
                    if v.trim().is_empty() {
                        bad(v)
                    } else {
                        q.persons.insert(v.clone());
                    }
                }),
                KEY_MECHANISM => values.iter().for_each(|v| {
                    if v.trim().is_empty() {
                        bad(v)
                    } else {
                        q.mechanisms.insert(v.clone());
                    }
                }),
                KEY_OHCHR_THEME => values.iter().for_each(|v| {
                    if v.trim().is_empty() {
                        bad(v)
                    } else {
                        q.ohchr_themes.insert(v.clone());
                    }
                }),
                KEY_DISAGREE => match single.as_str() {
                    "yes" => q.disagree = true,
                    "no" => q.disagree = false,
                    _ => bad(&single),
                },
                KEY_SEARCH => q.search = single,
                KEY_SORT => match Sort::parse(&single) {
                    Some(s) => q.sort = s,
                    None => bad(&single),
                },
                KEY_REC => {
                    if single.is_empty() {
                        bad(&single)
                    } else {
                        q.rec = Some(single)
                    }
                }
                KEY_METRIC => match MapMetric::parse(&single) {
                    Some(m) => q.metric = m,
                    None => bad(&single),
                },
                KEY_DECK => {
                    for part in raw.split('~').filter(|p| !p.is_empty()) {
                        let fields: Vec<String> = part.split('*').map(decode).collect();
                        match fields.as_slice() {
                            [title, note, view] if Query::parse_search(view).1.is_empty() => {
                                q.deck.push(Slide {
                                    title: title.clone(),
                                    note: note.clone(),
                                    view: view.clone(),
                                })
                            }
                            _ => bad(&decode(part)),
                        }
                    }
                }
                KEY_SLIDE => match single.parse::<u32>() {
                    Ok(n) if n >= 1 && single.bytes().all(|b| b.is_ascii_digit()) => {
                        q.slide = Some(n)
                    }
                    _ => bad(&single),
                },
                KEY_DATA => {
                    if is_dataset_id(&single) {
                        q.data = Some(single)
                    } else {
                        bad(&single)
                    }
                }
                KEY_PAGE => match single.parse::<u32>() {
                    Ok(p) if p >= 1 && single.bytes().all(|b| b.is_ascii_digit()) => q.page = p,
                    _ => bad(&single),
                },
                _ => {}
            }
        }
        (q, issues)
    }

    /// The pairs to put in the URL (values encoded), in a fixed order, defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        fn join<'a>(values: impl Iterator<Item = &'a str>) -> String {
            values.map(encode).collect::<Vec<_>>().join("~")
        }
        fn numbers(set: &BTreeSet<u32>) -> String {
            set.iter().map(u32::to_string).collect::<Vec<_>>().join("~")
        }
        let d = Query::new();
        let mut pairs = Vec::new();
        for key in KEYS {
            let value = match key {
                KEY_VIEW if self.view != d.view => Some(self.view.word().to_string()),
                KEY_LANG if self.lang != d.lang => Some(self.lang.code().to_string()),
                KEY_CYCLE if !self.cycles.is_empty() => Some(numbers(&self.cycles)),
                KEY_RESPONSE if !self.responses.is_empty() => {
                    Some(join(self.responses.iter().map(|r| r.word())))
                }
                KEY_STATUS if !self.statuses.is_empty() => {
                    Some(join(self.statuses.iter().map(|s| s.word())))
                }
                KEY_ASSESSOR if !self.assessors.is_empty() => {
                    Some(join(self.assessors.iter().map(|a| a.word())))
                }
                KEY_THEME if !self.themes.is_empty() => {
                    Some(join(self.themes.iter().map(|s| s.as_str())))
                }
                KEY_STATE if !self.states.is_empty() => {
                    Some(join(self.states.iter().map(|s| s.as_str())))
                }
                KEY_REGION if !self.regions.is_empty() => {
                    Some(join(self.regions.iter().map(|s| s.as_str())))
                }
                KEY_SESSION if !self.sessions.is_empty() => Some(numbers(&self.sessions)),
                KEY_SDG if !self.sdgs.is_empty() => Some(numbers(&self.sdgs)),
                KEY_PERSONS if !self.persons.is_empty() => {
                    Some(join(self.persons.iter().map(|s| s.as_str())))
                }
                KEY_MECHANISM if !self.mechanisms.is_empty() => {
                    Some(join(self.mechanisms.iter().map(|s| s.as_str())))
                }
                KEY_OHCHR_THEME if !self.ohchr_themes.is_empty() => {
                    Some(join(self.ohchr_themes.iter().map(|s| s.as_str())))
                }
                KEY_DISAGREE if self.disagree => Some("yes".to_string()),
                KEY_SEARCH if !self.search.is_empty() => Some(encode(&self.search)),
                KEY_SORT if self.sort != d.sort => Some(self.sort.word()),
                KEY_REC => self.rec.as_deref().map(encode),
                KEY_METRIC if self.metric != d.metric => Some(self.metric.word().to_string()),
                KEY_PAGE if self.page != d.page => Some(self.page.to_string()),
                KEY_DECK if !self.deck.is_empty() => Some(
                    self.deck
                        .iter()
                        .map(|s| {
                            format!(
                                "{}*{}*{}",
                                encode(&s.title),
                                encode(&s.note),
                                encode(&s.view)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("~"),
                ),
                KEY_SLIDE => self.slide.map(|n| n.to_string()),
                KEY_DATA => self.data.clone(),
                _ => None,
            };
            if let Some(v) = value {
                pairs.push((key, v));
            }
        }
        pairs
    }

    /// `?view=map&lang=mn`, or the empty string for the default view.
    pub fn to_search(&self) -> String {
        let pairs = self.to_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("?{}", body.join("&"))
    }

    pub fn with_view(&self, view: View) -> Self {
        Self {
            view,
            ..self.clone()
        }
    }
    pub fn with_lang(&self, lang: Lang) -> Self {
        Self {
            lang,
            ..self.clone()
        }
    }

    /// The view alone (no deck, slide or language), as saved in a slide.
    pub fn view_only(&self) -> String {
        Query {
            deck: Vec::new(),
            slide: None,
            lang: Lang::default(),
            data: None,
            ..self.clone()
        }
        .to_search()
    }

    /// What the screen shows: while presenting, the current slide's view (in the chosen language,
    /// keeping the deck); otherwise the query itself. A slide number past the end shows the last.
    pub fn shown_view(&self) -> Query {
        let Some(n) = self.slide else {
            return self.clone();
        };
        let Some(last) = self.deck.len().checked_sub(1) else {
            return Query {
                slide: None,
                ..self.clone()
            };
        };
        let index = (n as usize).saturating_sub(1).min(last);
        let (view, _) = Query::parse_search(&self.deck[index].view);
        Query {
            lang: self.lang,
            deck: self.deck.clone(),
            slide: Some(index as u32 + 1),
            data: self.data.clone(),
            ..view
        }
    }

    /// Whether any filter or the search narrows the rows.
    pub fn has_filters(&self) -> bool {
        !(self.mechanisms.is_empty()
            && self.cycles.is_empty()
            && self.responses.is_empty()
            && self.statuses.is_empty()
            && self.assessors.is_empty()
            && self.themes.is_empty()
            && self.states.is_empty()
            && self.regions.is_empty()
            && self.sessions.is_empty()
            && self.sdgs.is_empty()
            && self.persons.is_empty()
            && self.ohchr_themes.is_empty()
            && !self.disagree
            && self.search.trim().is_empty())
    }

    /// The same view with every filter and the search cleared (view, language, sort kept).
    pub fn cleared(&self) -> Self {
        Self {
            view: self.view,
            lang: self.lang,
            sort: self.sort,
            metric: self.metric,
            deck: self.deck.clone(),
            slide: self.slide,
            data: self.data.clone(),
            ..Query::new()
        }
    }
}
