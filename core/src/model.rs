//! The validated dataset. Every reference is an index into the dataset's own lists, checked by the
//! loader, so code that reads the model never meets a dangling id.

use crate::date::{PartialDate, When};
use crate::i18n::Lang;

/// Text in English and, where available, Mongolian. English is the fallback.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LText {
    pub en: String,
    pub mn: Option<String>,
}

impl LText {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Mn => self
                .mn
                .as_deref()
                .filter(|s| !s.is_empty())
                .unwrap_or(&self.en),
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Response {
    Supported,
    Noted,
    /// Supported in part (lists write `Supported/Noted`).
    SupportedInPart,
}

impl Response {
    pub const ALL: [Response; 3] = [
        Response::Supported,
        Response::Noted,
        Response::SupportedInPart,
    ];
    /// The word in the dataset, the URL and the CSV files.
    pub fn word(self) -> &'static str {
        match self {
            Response::Supported => "supported",
            Response::Noted => "noted",
            Response::SupportedInPart => "supported-in-part",
        }
    }
    /// Its place in [`Self::ALL`].
    pub fn rank(self) -> usize {
        match self {
            Response::Supported => 0,
            Response::Noted => 1,
            Response::SupportedInPart => 2,
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.word() == word)
    }
    /// The message id of its name ("Supported").
    pub fn message_key(self) -> &'static str {
        match self {
            Response::Supported => "response-supported",
            Response::Noted => "response-noted",
            Response::SupportedInPart => "response-supported-in-part",
        }
    }
}

/// An implementation rating. "Not assessed" is not a status: it is the absence of any assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Fully,
    Partially,
    Not,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Fully, Status::Partially, Status::Not];
    pub fn word(self) -> &'static str {
        match self {
            Status::Fully => "fully",
            Status::Partially => "partially",
            Status::Not => "not",
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.word() == word)
    }
}

/// The four categories a recommendation's status falls in: the three ratings, and "not assessed".
/// The one home of their order, words, names and colours: the filters, the table, the charts, the
/// map and the exports all read them here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusCategory {
    Rated(Status),
    NotAssessed,
}

impl StatusCategory {
    /// In the order every list, legend and chart shows them.
    pub const ALL: [StatusCategory; 4] = [
        StatusCategory::Rated(Status::Fully),
        StatusCategory::Rated(Status::Partially),
        StatusCategory::Rated(Status::Not),
        StatusCategory::NotAssessed,
    ];
    pub fn of(status: Option<Status>) -> Self {
        status.map_or(StatusCategory::NotAssessed, StatusCategory::Rated)
    }
    pub fn status(self) -> Option<Status> {
        match self {
            StatusCategory::Rated(s) => Some(s),
            StatusCategory::NotAssessed => None,
        }
    }
    /// Its place in [`Self::ALL`].
    pub fn rank(self) -> usize {
        match self {
            StatusCategory::Rated(Status::Fully) => 0,
            StatusCategory::Rated(Status::Partially) => 1,
            StatusCategory::Rated(Status::Not) => 2,
            StatusCategory::NotAssessed => 3,
        }
    }
    /// Its word in a link (`status=not-assessed`).
    pub fn word(self) -> &'static str {
        match self {
            StatusCategory::Rated(s) => s.word(),
            StatusCategory::NotAssessed => "not-assessed",
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.word() == word)
    }
    /// The message id of its full name ("Partially implemented").
    pub fn message_key(self) -> &'static str {
        match self {
            StatusCategory::Rated(Status::Fully) => "status-fully",
            StatusCategory::Rated(Status::Partially) => "status-partially",
            StatusCategory::Rated(Status::Not) => "status-not",
            StatusCategory::NotAssessed => "status-not-assessed",
        }
    }
    /// The message id of its short name ("Partially"), for table cells.
    pub fn short_key(self) -> &'static str {
        match self {
            StatusCategory::Rated(Status::Fully) => "status-short-fully",
            StatusCategory::Rated(Status::Partially) => "status-short-partially",
            StatusCategory::Rated(Status::Not) => "status-short-not",
            StatusCategory::NotAssessed => "status-short-not-assessed",
        }
    }
    /// Its colour in charts and on the map (see `palette` for how they were chosen).
    pub fn colour(self) -> &'static str {
        use crate::palette;
        match self {
            StatusCategory::Rated(Status::Fully) => palette::FULLY,
            StatusCategory::Rated(Status::Partially) => palette::PARTIALLY,
            StatusCategory::Rated(Status::Not) => palette::NOT,
            StatusCategory::NotAssessed => palette::NOT_ASSESSED,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AssessorKind {
    Government,
    Nhri,
    CivilSociety,
    Other,
}

impl AssessorKind {
    pub const ALL: [AssessorKind; 4] = [
        AssessorKind::Government,
        AssessorKind::Nhri,
        AssessorKind::CivilSociety,
        AssessorKind::Other,
    ];
    pub fn word(self) -> &'static str {
        match self {
            AssessorKind::Government => "government",
            AssessorKind::Nhri => "nhri",
            AssessorKind::CivilSociety => "civil_society",
            AssessorKind::Other => "other",
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.word() == word)
    }
    /// The message id of its name ("Civil society").
    pub fn message_key(self) -> &'static str {
        match self {
            AssessorKind::Government => "assessor-government",
            AssessorKind::Nhri => "assessor-nhri",
            AssessorKind::CivilSociety => "assessor-civil_society",
            AssessorKind::Other => "assessor-other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConsultationKind {
    Provincial,
    Regional,
    National,
    Validation,
    Training,
}

impl ConsultationKind {
    pub const ALL: [ConsultationKind; 5] = [
        ConsultationKind::Provincial,
        ConsultationKind::Regional,
        ConsultationKind::National,
        ConsultationKind::Validation,
        ConsultationKind::Training,
    ];
    pub fn word(self) -> &'static str {
        match self {
            ConsultationKind::Provincial => "provincial",
            ConsultationKind::Regional => "regional",
            ConsultationKind::National => "national",
            ConsultationKind::Validation => "validation",
            ConsultationKind::Training => "training",
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.word() == word)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionKind {
    Aimag,
    Capital,
    /// A first-level division of another State, from a map file.
    Division,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    pub code: String,
    pub name: LText,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: Option<PartialDate>,
    pub url: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub code: String,
    pub kind: RegionKind,
    pub name: LText,
    /// Its centre (an aimag's), when known.
    pub capital: Option<LText>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PublishedCounts {
    pub received: Option<u32>,
    pub supported: Option<u32>,
    pub noted: Option<u32>,
    pub recommending_states: Option<u32>,
    pub source: usize,
    pub caveat: Option<LText>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PublishedRating {
    pub assessor_kind: AssessorKind,
    pub source: usize,
    pub date: Option<PartialDate>,
    pub fully_pct: f64,
    pub partially_pct: f64,
    pub not_pct: f64,
    pub labels_as_published: Vec<String>,
    pub base: Option<LText>,
    pub caveat: LText,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cycle {
    pub number: u32,
    pub review_date: Option<PartialDate>,
    pub wg_session: Option<u32>,
    pub documents: Vec<usize>,
    pub recommendations_in_dataset: bool,
    pub published: Option<PublishedCounts>,
    pub published_ratings: Vec<PublishedRating>,
    pub note: Option<LText>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub id: String,
    pub name: LText,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub id: String,
    /// The UN mechanism that made it, as the Universal Human Rights Index names it (`CRC`,
    /// `CEDAW`, `SR on torture`); `None` for the Universal Periodic Review.
    pub mechanism: Option<String>,
    /// Index into `Dataset::cycles`: every UPR recommendation has one, another mechanism's none.
    pub cycle: Option<usize>,
    /// Its paragraph in its document (may be empty for another mechanism's, which then has an
    /// `annotation`).
    pub paragraph: String,
    pub text: String,
    /// The recommending States (UPR only).
    pub states: Vec<String>,
    /// The State's position (UPR only: other mechanisms' recommendations are not answered so).
    pub response: Option<Response>,
    /// The document where the State gave its position, and its paragraph there when known.
    pub response_document: Option<usize>,
    pub response_paragraph: Option<String>,
    /// The document it is in (another mechanism's: its concluding observations, report, …).
    pub document: usize,
    /// The Universal Human Rights Index's annotation id, when it came from there.
    pub annotation: Option<String>,
    /// Our own theme coding (indices into `Dataset::themes`).
    pub themes: Vec<usize>,
    /// The Working Group session of the review, when known.
    pub session: Option<u32>,
    /// OHCHR's themes, as its lists and the Universal Human Rights Index write them.
    pub ohchr_themes: Vec<String>,
    /// The groups of persons it is about (OHCHR's "affected persons").
    pub persons: Vec<String>,
    /// The Sustainable Development Goals and targets it serves: `5`, `16.2`.
    pub sdgs: Vec<String>,
}

impl Recommendation {
    /// Whether it is the Universal Periodic Review's.
    pub fn is_upr(&self) -> bool {
        self.mechanism.is_none()
    }
}

/// The word for the Universal Periodic Review where mechanisms are named (filters, files).
pub const UPR: &str = "UPR";

/// What follows the cycle in the id of a UPR recommendation that has no paragraph number yet
/// (one from UPR Info's export: `c2-ui-3f2a9c1b`); its cycle's official list numbers it.
pub const UNNUMBERED: &str = "-ui-";

/// Whether a recommendation's id is one without a paragraph number yet.
pub fn is_unnumbered(id: &str) -> bool {
    id.contains(UNNUMBERED)
}

#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentSource {
    pub id: String,
    pub kind: AssessorKind,
    pub title: LText,
    pub date: Option<PartialDate>,
    pub document: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub recommendation: usize,
    pub source: usize,
    pub status: Status,
    pub date: PartialDate,
    pub evidence: String,
    pub citation: String,
    pub region: Option<usize>,
    pub note: Option<LText>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParticipantGroup {
    pub label: LText,
    pub count: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Participants {
    pub total: Option<u32>,
    pub approximate: bool,
    pub groups: Vec<ParticipantGroup>,
    pub description: Option<LText>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnnamedRegions {
    pub count: u32,
    pub of: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Consultation {
    pub id: String,
    pub kind: ConsultationKind,
    pub when: When,
    pub title: LText,
    pub host_region: Option<usize>,
    pub host_town: LText,
    pub regions: Vec<usize>,
    pub regions_unnamed: Option<UnnamedRegions>,
    pub organisers: Vec<LText>,
    pub participants: Option<Participants>,
    pub themes: Vec<usize>,
    pub sources: Vec<usize>,
    pub note: Option<LText>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub title: LText,
    pub as_of: PartialDate,
    pub country: Country,
    pub documents: Vec<Document>,
    pub regions: Vec<Region>,
    pub cycles: Vec<Cycle>,
    pub themes: Vec<Theme>,
    pub recommendations: Vec<Recommendation>,
    pub sources: Vec<AssessmentSource>,
    pub assessments: Vec<Assessment>,
    pub consultations: Vec<Consultation>,
    /// The GeoJSON of the regions' shapes, when the data brings its own (`None`: the bundled map
    /// of Mongolia's aimags, or no map).
    pub map: Option<String>,
}
