//! The file as written: lenient serde structs. Enumerations, dates and references stay strings here;
//! `validate` turns them into the model and reports every problem with its place in the file.

use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;

#[derive(Deserialize, Debug, Default, Clone)]
pub struct RawText {
    pub en: String,
    #[serde(default)]
    pub mn: Option<String>,
}

#[derive(Deserialize, Debug)]
pub struct RawDataset<'t> {
    #[serde(default)]
    pub format: Option<serde_json::Value>,
    #[serde(default)]
    pub version: Option<serde_json::Value>,
    pub title: RawText,
    pub as_of: String,
    pub country: RawCountry,
    pub documents: Vec<RawDocument>,
    pub regions: Vec<RawRegion>,
    pub cycles: Vec<RawCycle>,
    pub themes: Vec<RawTheme>,
    /// The two long lists stay JSON text here, each element read only when `validate` comes to
    /// it (into a `RawRecommendation` or `RawAssessment`), so that the whole list is never in
    /// memory twice, as text and as structs. With 100,000 recommendations the app's WebAssembly
    /// memory was 163 MB when every element was read at once, and is 90 MB now.
    #[serde(borrow)]
    pub recommendations: Vec<&'t RawValue>,
    #[serde(default)]
    pub assessment_sources: Vec<RawAssessmentSource>,
    #[serde(default, borrow)]
    pub assessments: Vec<&'t RawValue>,
    #[serde(default)]
    pub consultations: Vec<RawConsultation>,
    /// Version 2: the GeoJSON of the State's first-level divisions, when the data brings its own
    /// map (a tracker for another State than Mongolia); kept as text for the map.
    #[serde(default, borrow)]
    pub map: Option<&'t RawValue>,
}

/// Only the header (every other member is skipped), read when the whole file does not fit the
/// format, so that a file of another format or version gets that message rather than a type error.
#[derive(Deserialize, Debug)]
pub struct RawHeader {
    #[serde(default)]
    pub format: Option<serde_json::Value>,
    #[serde(default)]
    pub version: Option<serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct RawCountry {
    pub code: String,
    pub name: RawText,
}

#[derive(Deserialize, Debug)]
pub struct RawDocument {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize, Debug)]
pub struct RawRegion {
    pub code: String,
    pub kind: String,
    pub name: RawText,
    /// Version 2: optional (a division read from a map file has none).
    #[serde(default)]
    pub capital: Option<RawText>,
}

#[derive(Deserialize, Debug)]
pub struct RawPublishedCounts {
    #[serde(default)]
    pub received: Option<u32>,
    #[serde(default)]
    pub supported: Option<u32>,
    #[serde(default)]
    pub noted: Option<u32>,
    #[serde(default)]
    pub recommending_states: Option<u32>,
    pub source: String,
    #[serde(default)]
    pub caveat: Option<RawText>,
}

#[derive(Deserialize, Debug)]
pub struct RawPublishedRating {
    pub assessor_kind: String,
    pub source: String,
    #[serde(default)]
    pub date: Option<String>,
    pub fully_pct: f64,
    pub partially_pct: f64,
    pub not_pct: f64,
    #[serde(default)]
    pub labels_as_published: Vec<String>,
    #[serde(default)]
    pub base: Option<RawText>,
    pub caveat: RawText,
}

#[derive(Deserialize, Debug)]
pub struct RawCycle {
    pub number: u32,
    #[serde(default)]
    pub review_date: Option<String>,
    #[serde(default)]
    pub wg_session: Option<u32>,
    #[serde(default)]
    pub documents: Vec<String>,
    #[serde(default)]
    pub recommendations_in_dataset: bool,
    #[serde(default)]
    pub published: Option<RawPublishedCounts>,
    #[serde(default)]
    pub published_ratings: Vec<RawPublishedRating>,
    #[serde(default)]
    pub note: Option<RawText>,
}

#[derive(Deserialize, Debug)]
pub struct RawTheme {
    pub id: String,
    pub name: RawText,
}

/// Only a recommendation's id, read first from every element, for the index that assessments
/// are checked against.
#[derive(Deserialize, Debug)]
pub struct RawId<'t> {
    #[serde(borrow)]
    pub id: Cow<'t, str>,
}

#[derive(Deserialize, Debug)]
pub struct RawRecommendation {
    pub id: String,
    /// Version 2: another UN mechanism than the UPR (absent, null or `UPR`: the UPR).
    #[serde(default)]
    pub mechanism: Option<String>,
    /// Required for the UPR's recommendations.
    #[serde(default)]
    pub cycle: Option<u32>,
    #[serde(default)]
    pub paragraph: String,
    pub text: String,
    #[serde(default)]
    pub states: Vec<String>,
    /// Required for the UPR's recommendations.
    #[serde(default)]
    pub response: Option<String>,
    /// Required for the UPR's recommendations.
    #[serde(default)]
    pub response_document: Option<String>,
    /// Version 2: the Universal Human Rights Index's annotation id.
    #[serde(default)]
    pub annotation: Option<String>,
    /// Version 2.
    #[serde(default)]
    pub response_paragraph: Option<String>,
    pub document: String,
    #[serde(default)]
    pub themes: Vec<String>,
    /// Version 2.
    #[serde(default)]
    pub session: Option<u32>,
    /// Version 2.
    #[serde(default)]
    pub ohchr_themes: Vec<String>,
    /// Version 2.
    #[serde(default)]
    pub persons: Vec<String>,
    /// Version 2.
    #[serde(default)]
    pub sdgs: Vec<String>,
}

#[derive(Deserialize, Debug)]
pub struct RawAssessmentSource {
    pub id: String,
    pub kind: String,
    pub title: RawText,
    #[serde(default)]
    pub date: Option<String>,
    pub document: String,
}

#[derive(Deserialize, Debug)]
pub struct RawAssessment {
    pub recommendation: String,
    pub source: String,
    pub status: String,
    pub date: String,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub citation: String,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub note: Option<RawText>,
}

#[derive(Deserialize, Debug)]
pub struct RawHost {
    #[serde(default)]
    pub region: Option<String>,
    pub town: RawText,
}

#[derive(Deserialize, Debug)]
pub struct RawGroup {
    pub label: RawText,
    #[serde(default)]
    pub count: Option<u32>,
}

#[derive(Deserialize, Debug)]
pub struct RawParticipants {
    #[serde(default)]
    pub total: Option<u32>,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub groups: Vec<RawGroup>,
    #[serde(default)]
    pub description: Option<RawText>,
}

#[derive(Deserialize, Debug)]
pub struct RawUnnamed {
    pub count: u32,
    pub of: u32,
}

#[derive(Deserialize, Debug)]
pub struct RawConsultation {
    pub id: String,
    pub kind: String,
    pub date: String,
    pub title: RawText,
    pub host: RawHost,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub regions_unnamed: Option<RawUnnamed>,
    #[serde(default)]
    pub organisers: Vec<RawText>,
    #[serde(default)]
    pub participants: Option<RawParticipants>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<RawText>,
}
