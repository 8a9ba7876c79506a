//! The closed lists of the address besides the filters (views, sort keys, map metrics) and the
//! slides of a deck, each with its word in the address.

use crate::model::Status;

/// One slide of a presentation deck: a saved view (its query string, without deck, slide and
/// language) with a title and a speaker note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Slide {
    pub title: String,
    pub note: String,
    /// The view, as a query string such as `?view=map&region=MN-043` (or empty: the overview).
    pub view: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum View {
    #[default]
    Overview,
    Recommendations,
    Map,
    Consultations,
    /// Which data is shown, and importing one's own.
    Data,
    /// The overview's charts on their own (a slide of the ready-made deck); part of the overview
    /// in the navigation.
    Charts,
    /// The rating session: the filtered list, one recommendation at a time.
    Rate,
    /// Compare and agree: each assessor's latest word side by side, disagreements first.
    Validate,
}

impl View {
    pub const ALL: [View; 8] = [
        View::Overview,
        View::Recommendations,
        View::Map,
        View::Consultations,
        View::Data,
        View::Charts,
        View::Rate,
        View::Validate,
    ];
    /// The views the navigation links to, in its order.
    pub const NAV: [View; 6] = [
        View::Overview,
        View::Recommendations,
        View::Map,
        View::Consultations,
        View::Rate,
        View::Data,
    ];
    pub fn word(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Recommendations => "recommendations",
            View::Map => "map",
            View::Consultations => "consultations",
            View::Data => "data",
            View::Charts => "charts",
            View::Rate => "rate",
            View::Validate => "validate",
        }
    }
    /// The view's name (a message id), as the navigation and a slide's title say it.
    pub fn message_key(self) -> &'static str {
        match self {
            View::Overview => "nav-overview",
            View::Recommendations => "nav-recommendations",
            View::Map => "nav-map",
            View::Consultations => "nav-consultations",
            View::Data => "nav-data",
            View::Charts => "nav-charts",
            View::Rate => "nav-rate",
            View::Validate => "nav-validate",
        }
    }
    /// The navigation entry that is current while this view is shown.
    pub fn in_nav(self) -> View {
        match self {
            View::Charts => View::Overview,
            View::Validate => View::Rate,
            v => v,
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.word() == word)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortKey {
    #[default]
    Paragraph,
    State,
    Status,
}

impl SortKey {
    pub const ALL: [SortKey; 3] = [SortKey::Paragraph, SortKey::State, SortKey::Status];
    pub fn word(self) -> &'static str {
        match self {
            SortKey::Paragraph => "paragraph",
            SortKey::State => "state",
            SortKey::Status => "status",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// `paragraph`, `-status` …
    pub fn word(self) -> String {
        format!(
            "{}{}",
            if self.descending { "-" } else { "" },
            self.key.word()
        )
    }
    pub fn parse(word: &str) -> Option<Self> {
        let (descending, key) = match word.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, word),
        };
        SortKey::ALL
            .into_iter()
            .find(|k| k.word() == key)
            .map(|key| Sort { key, descending })
    }
}

/// What the map colours the regions by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MapMetric {
    #[default]
    Consultations,
    Participants,
    /// Share of region-scoped ratings with this status.
    Share(Status),
}

impl MapMetric {
    pub const ALL: [MapMetric; 5] = [
        MapMetric::Consultations,
        MapMetric::Participants,
        MapMetric::Share(Status::Fully),
        MapMetric::Share(Status::Partially),
        MapMetric::Share(Status::Not),
    ];
    pub fn word(self) -> &'static str {
        match self {
            MapMetric::Consultations => "consultations",
            MapMetric::Participants => "participants",
            MapMetric::Share(s) => s.word(),
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.word() == word)
    }
}
