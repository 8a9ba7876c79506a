//! From the text of a dataset file to a validated `Dataset`, or to the list of what is wrong with it.

use crate::date::{PartialDate, When};
use crate::issue::{DataIssue, Problem, Severity, Target};
use crate::model::*;
use crate::raw::*;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::HashMap;

pub const FORMAT: &str = "upr-dashboard-dataset";
pub const VERSION: u64 = 1;

/// A dataset that loaded, with the warnings to show beside it and what filtering needs, computed
/// once here rather than on every view.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<DataIssue>,
    pub prepared: crate::explore::Prepared,
}

/// A dataset that cannot be shown: every error found (and the warnings, for completeness).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadFailure {
    pub issues: Vec<DataIssue>,
}

impl LoadFailure {
    pub fn single(problem: Problem) -> Self {
        Self {
            issues: vec![DataIssue::error("", problem)],
        }
    }
    pub fn errors(&self) -> impl Iterator<Item = &DataIssue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

/// The file says it is a dataset of this format and version.
fn check_header(
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
) -> Result<(), LoadFailure> {
    let format = format.unwrap_or(serde_json::Value::Null);
    if format.as_str() != Some(FORMAT) {
        return Err(LoadFailure {
            issues: vec![DataIssue::error(
                "format",
                Problem::WrongFormat {
                    found: format.to_string(),
                },
            )],
        });
    }
    let version = version.unwrap_or(serde_json::Value::Null);
    if version.as_u64() != Some(VERSION) {
        return Err(LoadFailure {
            issues: vec![DataIssue::error(
                "version",
                Problem::WrongVersion {
                    found: version.to_string(),
                },
            )],
        });
    }
    Ok(())
}

/// Parses and validates a dataset file.
pub fn load_dataset(text: &str) -> Result<Loaded, LoadFailure> {
    let (dataset, warnings) = parse_and_validate(text)?;
    Ok(Loaded::new(dataset, warnings))
}

/// Parses and validates a dataset file as fetched, as bytes. The text is not copied (a browser's
/// text would be copied into the app's memory, at up to three bytes a character while it is
/// converted), and it is let go before the search index is built, so the two are never in memory
/// together: with 100,000 recommendations the file alone is 44 MB.
pub fn load_dataset_bytes(bytes: Vec<u8>) -> Result<Loaded, LoadFailure> {
    let text = String::from_utf8(bytes).map_err(|e| {
        // Everything before the first bad byte is text; the column counts its letters.
        let readable = String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        let (line, bytes_into_line) = crate::json_path::line_and_column(&readable, readable.len());
        let line_start = readable.len() - bytes_into_line;
        let column = readable[line_start..].chars().count() + 1;
        LoadFailure::single(Problem::NotUtf8 { line, column })
    })?;
    let (dataset, warnings) = parse_and_validate(&text)?;
    drop(text);
    Ok(Loaded::new(dataset, warnings))
}

impl Loaded {
    fn new(dataset: Dataset, warnings: Vec<DataIssue>) -> Self {
        let prepared = crate::explore::Prepared::new(&dataset);
        Self {
            dataset,
            warnings,
            prepared,
        }
    }
}

fn parse_and_validate(text: &str) -> Result<(Dataset, Vec<DataIssue>), LoadFailure> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadFailure::single(Problem::EmptyFile));
    }
    // One pass over the text; the header and the place of a problem are looked at only when it
    // fails.
    let raw = match serde_json::from_str::<RawDataset>(text) {
        Ok(raw) => raw,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(LoadFailure::single(Problem::Syntax {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            }))
        }
        Err(e) => {
            let header = serde_json::from_str::<RawHeader>(text).map_err(|h| {
                LoadFailure::single(Problem::Shape {
                    detail: h.to_string(),
                })
            })?;
            check_header(header.format, header.version)?;
            return Err(LoadFailure {
                issues: vec![DataIssue::error(
                    crate::json_path::path_at(text, e.line(), e.column()),
                    Problem::Shape {
                        detail: e.to_string(),
                    },
                )],
            });
        }
    };
    check_header(raw.format.clone(), raw.version.clone())?;
    validate(text, raw)
}

/// Reads one element of a list that `RawDataset` kept as text. A value of the wrong shape is
/// reported at its place in the whole file, with the same path and position as if the file had
/// been read in one pass.
fn element<'t, T: serde::Deserialize<'t>>(
    text: &'t str,
    value: &'t RawValue,
) -> Result<T, LoadFailure> {
    let json = value.get();
    serde_json::from_str(json).map_err(|e| {
        let start = json.as_ptr() as usize - text.as_ptr() as usize;
        let offset = start + crate::json_path::offset_of(json, e.line(), e.column());
        let (line, column) = crate::json_path::line_and_column(text, offset);
        let message = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&at).unwrap_or(&message);
        LoadFailure {
            issues: vec![DataIssue::error(
                crate::json_path::path_at_offset(text, offset),
                Problem::Shape {
                    detail: format!("{message} at line {line} column {column}"),
                },
            )],
        }
    })
}

/// Every recommendation's id, read before the rest of each so that assessments can be checked
/// against them.
fn recommendation_ids<'t>(
    text: &'t str,
    list: &[&'t RawValue],
) -> Result<Vec<Cow<'t, str>>, LoadFailure> {
    list.iter()
        .map(|v| match element::<RawId>(text, v) {
            Ok(r) => Ok(r.id),
            // The whole element's error, as a one-pass read would have reported it.
            Err(failure) => Err(element::<RawRecommendation>(text, v)
                .err()
                .unwrap_or(failure)),
        })
        .collect()
}

/// Looks up ids of one list; remembers duplicates.
struct Index<'a> {
    map: HashMap<&'a str, usize>,
}

impl<'a> Index<'a> {
    fn build(
        ids: impl Iterator<Item = &'a str>,
        list: &str,
        field: &str,
        issues: &mut Vec<DataIssue>,
    ) -> Self {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            if map.insert(id, i).is_some() {
                issues.push(DataIssue::error(
                    format!("{list}[{i}].{field}"),
                    Problem::Duplicate {
                        value: id.to_string(),
                    },
                ));
            }
        }
        Self { map }
    }
}

struct Checker<'a> {
    issues: Vec<DataIssue>,
    documents: Index<'a>,
    regions: Index<'a>,
    themes: Index<'a>,
    recommendations: Index<'a>,
    sources: Index<'a>,
    cycles: HashMap<u32, usize>,
}

impl<'a> Checker<'a> {
    fn resolve(&mut self, target: Target, value: &str, path: String) -> Option<usize> {
        let index = match target {
            Target::Document => &self.documents,
            Target::Region => &self.regions,
            Target::Theme => &self.themes,
            Target::Recommendation => &self.recommendations,
            Target::AssessmentSource => &self.sources,
            Target::Cycle => {
                let found = value
                    .parse::<u32>()
                    .ok()
                    .and_then(|n| self.cycles.get(&n).copied());
                if found.is_none() {
                    self.issues.push(DataIssue::error(
                        path,
                        Problem::UnknownReference {
                            target,
                            value: value.to_string(),
                        },
                    ));
                }
                return found;
            }
        };
        let found = index.map.get(value).copied();
        if found.is_none() {
            self.issues.push(DataIssue::error(
                path,
                Problem::UnknownReference {
                    target,
                    value: value.to_string(),
                },
            ));
        }
        found
    }

    fn resolve_all(&mut self, target: Target, values: &[String], path: &str) -> Vec<usize> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| self.resolve(target, v, format!("{path}[{i}]")))
            .collect()
    }

    fn date(&mut self, value: &str, path: String) -> Option<PartialDate> {
        let d = PartialDate::parse(value);
        if d.is_none() {
            self.issues.push(DataIssue::error(
                path,
                Problem::BadDate {
                    value: value.to_string(),
                },
            ));
        }
        d
    }

    fn opt_date(&mut self, value: &Option<String>, path: String) -> Option<PartialDate> {
        value.as_deref().and_then(|v| self.date(v, path))
    }

    fn word<T>(
        &mut self,
        value: &str,
        parse: fn(&str) -> Option<T>,
        expected: &'static str,
        path: String,
    ) -> Option<T> {
        let v = parse(value);
        if v.is_none() {
            self.issues.push(DataIssue::error(
                path,
                Problem::UnknownWord {
                    value: value.to_string(),
                    expected,
                },
            ));
        }
        v
    }

    fn text(&mut self, raw: &RawText, path: String) -> LText {
        if raw.mn.as_deref().is_none_or(|s| s.trim().is_empty()) {
            self.issues.push(DataIssue::warning(
                format!("{path}.mn"),
                Problem::MissingTranslation,
            ));
        }
        LText {
            en: raw.en.clone(),
            mn: raw.mn.clone(),
        }
    }

    fn opt_text(&mut self, raw: &Option<RawText>, path: String) -> Option<LText> {
        raw.as_ref().map(|r| self.text(r, path))
    }
}

fn validate<'t>(
    text: &'t str,
    raw: RawDataset<'t>,
) -> Result<(Dataset, Vec<DataIssue>), LoadFailure> {
    let recommendation_ids = recommendation_ids(text, &raw.recommendations)?;
    let mut issues = Vec::new();
    let documents = Index::build(
        raw.documents.iter().map(|d| d.id.as_str()),
        "documents",
        "id",
        &mut issues,
    );
    let regions = Index::build(
        raw.regions.iter().map(|r| r.code.as_str()),
        "regions",
        "code",
        &mut issues,
    );
    let themes = Index::build(
        raw.themes.iter().map(|t| t.id.as_str()),
        "themes",
        "id",
        &mut issues,
    );
    let recommendations = Index::build(
        recommendation_ids.iter().map(|id| id.as_ref()),
        "recommendations",
        "id",
        &mut issues,
    );
    let sources = Index::build(
        raw.assessment_sources.iter().map(|s| s.id.as_str()),
        "assessment_sources",
        "id",
        &mut issues,
    );
    let mut cycles = HashMap::new();
    for (i, c) in raw.cycles.iter().enumerate() {
        if cycles.insert(c.number, i).is_some() {
            issues.push(DataIssue::error(
                format!("cycles[{i}].number"),
                Problem::Duplicate {
                    value: c.number.to_string(),
                },
            ));
        }
    }
    let mut ck = Checker {
        issues,
        documents,
        regions,
        themes,
        recommendations,
        sources,
        cycles,
    };

    let as_of = ck.date(&raw.as_of, "as_of".into());
    let title = ck.text(&raw.title, "title".into());
    let country = Country {
        code: raw.country.code.clone(),
        name: ck.text(&raw.country.name, "country.name".into()),
    };

    let documents_out = raw
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| Document {
            id: d.id.clone(),
            title: d.title.clone(),
            publisher: d.publisher.clone(),
            date: ck.opt_date(&d.date, format!("documents[{i}].date")),
            url: d.url.clone(),
            note: d.note.clone(),
        })
        .collect();

    let regions_out: Vec<Region> = raw
        .regions
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let p = format!("regions[{i}]");
            let kind = ck.word(
                &r.kind,
                |w| match w {
                    "aimag" => Some(RegionKind::Aimag),
                    "capital" => Some(RegionKind::Capital),
                    _ => None,
                },
                "aimag, capital",
                format!("{p}.kind"),
            );
            let name = ck.text(&r.name, format!("{p}.name"));
            let capital = ck.text(&r.capital, format!("{p}.capital"));
            Some(Region {
                code: r.code.clone(),
                kind: kind?,
                name,
                capital,
            })
        })
        .collect();

    let themes_out = raw
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| Theme {
            id: t.id.clone(),
            name: ck.text(&t.name, format!("themes[{i}].name")),
        })
        .collect();

    let cycles_out: Vec<Cycle> = raw
        .cycles
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let p = format!("cycles[{i}]");
            let published = c.published.as_ref().and_then(|pc| {
                let source = ck.resolve(
                    Target::Document,
                    &pc.source,
                    format!("{p}.published.source"),
                );
                let caveat = ck.opt_text(&pc.caveat, format!("{p}.published.caveat"));
                Some(PublishedCounts {
                    received: pc.received,
                    supported: pc.supported,
                    noted: pc.noted,
                    recommending_states: pc.recommending_states,
                    source: source?,
                    caveat,
                })
            });
            let published_ratings = c
                .published_ratings
                .iter()
                .enumerate()
                .filter_map(|(j, r)| {
                    let q = format!("{p}.published_ratings[{j}]");
                    let kind = ck.word(
                        &r.assessor_kind,
                        AssessorKind::parse,
                        "government, nhri, civil_society, other",
                        format!("{q}.assessor_kind"),
                    );
                    let source = ck.resolve(Target::Document, &r.source, format!("{q}.source"));
                    let date = ck.opt_date(&r.date, format!("{q}.date"));
                    let total = r.fully_pct + r.partially_pct + r.not_pct;
                    if (total - 100.0).abs() > 1.5 {
                        ck.issues.push(DataIssue::warning(
                            q.clone(),
                            Problem::PercentagesDoNotAddUp { total },
                        ));
                    }
                    let base = ck.opt_text(&r.base, format!("{q}.base"));
                    let caveat = ck.text(&r.caveat, format!("{q}.caveat"));
                    Some(PublishedRating {
                        assessor_kind: kind?,
                        source: source?,
                        date,
                        fully_pct: r.fully_pct,
                        partially_pct: r.partially_pct,
                        not_pct: r.not_pct,
                        labels_as_published: r.labels_as_published.clone(),
                        base,
                        caveat,
                    })
                })
                .collect();
            Cycle {
                number: c.number,
                review_date: ck.opt_date(&c.review_date, format!("{p}.review_date")),
                wg_session: c.wg_session,
                documents: ck.resolve_all(
                    Target::Document,
                    &c.documents,
                    &format!("{p}.documents"),
                ),
                recommendations_in_dataset: c.recommendations_in_dataset,
                published,
                published_ratings,
                note: ck.opt_text(&c.note, format!("{p}.note")),
            }
        })
        .collect();

    let mut recommendations_out = Vec::with_capacity(raw.recommendations.len());
    for (i, value) in raw.recommendations.iter().enumerate() {
        let r: RawRecommendation = element(text, value)?;
        let p = format!("recommendations[{i}]");
        let cycle = ck.resolve(Target::Cycle, &r.cycle.to_string(), format!("{p}.cycle"));
        let response = ck.word(
            &r.response,
            Response::parse,
            "supported, noted",
            format!("{p}.response"),
        );
        let response_document = ck.resolve(
            Target::Document,
            &r.response_document,
            format!("{p}.response_document"),
        );
        let document = ck.resolve(Target::Document, &r.document, format!("{p}.document"));
        let themes = ck.resolve_all(Target::Theme, &r.themes, &format!("{p}.themes"));
        if r.states.is_empty() {
            ck.issues
                .push(DataIssue::error(format!("{p}.states"), Problem::Empty));
        }
        if r.text.trim().is_empty() {
            ck.issues
                .push(DataIssue::error(format!("{p}.text"), Problem::Empty));
        }
        if let (Some(cycle), Some(response), Some(response_document), Some(document)) =
            (cycle, response, response_document, document)
        {
            let mut states = r.states;
            states.shrink_to_fit();
            recommendations_out.push(Recommendation {
                id: r.id,
                cycle,
                paragraph: r.paragraph,
                text: r.text,
                states,
                response,
                response_document,
                document,
                themes,
            });
        }
    }

    let sources_out: Vec<AssessmentSource> = raw
        .assessment_sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let p = format!("assessment_sources[{i}]");
            let kind = ck.word(
                &s.kind,
                AssessorKind::parse,
                "government, nhri, civil_society, other",
                format!("{p}.kind"),
            );
            let title = ck.text(&s.title, format!("{p}.title"));
            let date = ck.opt_date(&s.date, format!("{p}.date"));
            let document = ck.resolve(Target::Document, &s.document, format!("{p}.document"));
            Some(AssessmentSource {
                id: s.id.clone(),
                kind: kind?,
                title,
                date,
                document: document?,
            })
        })
        .collect();

    let mut assessments_out = Vec::with_capacity(raw.assessments.len());
    for (i, value) in raw.assessments.iter().enumerate() {
        let a: RawAssessment = element(text, value)?;
        let p = format!("assessments[{i}]");
        let recommendation = ck.resolve(
            Target::Recommendation,
            &a.recommendation,
            format!("{p}.recommendation"),
        );
        let source = ck.resolve(Target::AssessmentSource, &a.source, format!("{p}.source"));
        let status = ck.word(
            &a.status,
            Status::parse,
            "fully, partially, not",
            format!("{p}.status"),
        );
        let date = ck.date(&a.date, format!("{p}.date"));
        // `Some(None)`: no region; `None`: a region that is not in the list.
        let region = match &a.region {
            Some(code) => ck
                .resolve(Target::Region, code, format!("{p}.region"))
                .map(Some),
            None => Some(None),
        };
        let note = ck.opt_text(&a.note, format!("{p}.note"));
        if let (Some(recommendation), Some(source), Some(status), Some(date), Some(region)) =
            (recommendation, source, status, date, region)
        {
            assessments_out.push(Assessment {
                recommendation,
                source,
                status,
                date,
                evidence: a.evidence,
                citation: a.citation,
                region,
                note,
            });
        }
    }

    let consultations_out: Vec<Consultation> = raw
        .consultations
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let p = format!("consultations[{i}]");
            let kind = ck.word(
                &c.kind,
                ConsultationKind::parse,
                "provincial, regional, national, validation, training",
                format!("{p}.kind"),
            );
            let when = When::parse(&c.date);
            if when.is_none() {
                ck.issues.push(DataIssue::error(
                    format!("{p}.date"),
                    Problem::BadDate {
                        value: c.date.clone(),
                    },
                ));
            }
            let title = ck.text(&c.title, format!("{p}.title"));
            let host_region = match &c.host.region {
                Some(code) => Some(ck.resolve(Target::Region, code, format!("{p}.host.region"))?),
                None => None,
            };
            let host_town = ck.text(&c.host.town, format!("{p}.host.town"));
            let regions = ck.resolve_all(Target::Region, &c.regions, &format!("{p}.regions"));
            let organisers = c
                .organisers
                .iter()
                .enumerate()
                .map(|(j, o)| ck.text(o, format!("{p}.organisers[{j}]")))
                .collect();
            let participants = c.participants.as_ref().map(|pp| Participants {
                total: pp.total,
                approximate: pp.approximate,
                groups: pp
                    .groups
                    .iter()
                    .enumerate()
                    .map(|(j, g)| ParticipantGroup {
                        label: ck.text(&g.label, format!("{p}.participants.groups[{j}].label")),
                        count: g.count,
                    })
                    .collect(),
                description: ck.opt_text(&pp.description, format!("{p}.participants.description")),
            });
            let themes = ck.resolve_all(Target::Theme, &c.themes, &format!("{p}.themes"));
            if c.sources.is_empty() {
                ck.issues
                    .push(DataIssue::error(format!("{p}.sources"), Problem::Empty));
            }
            let sources = ck.resolve_all(Target::Document, &c.sources, &format!("{p}.sources"));
            let note = ck.opt_text(&c.note, format!("{p}.note"));
            Some(Consultation {
                id: c.id.clone(),
                kind: kind?,
                when: when?,
                title,
                host_region,
                host_town,
                regions,
                regions_unnamed: c.regions_unnamed.as_ref().map(|u| UnnamedRegions {
                    count: u.count,
                    of: u.of,
                }),
                organisers,
                participants,
                themes,
                sources,
                note,
            })
        })
        .collect();

    for (i, c) in cycles_out.iter().enumerate() {
        if let Some(received) = c.published.as_ref().and_then(|p| p.received) {
            let listed = recommendations_out.iter().filter(|r| r.cycle == i).count();
            if c.recommendations_in_dataset && listed != received as usize {
                ck.issues.push(DataIssue::warning(
                    format!("cycles[{i}].published.received"),
                    Problem::CountMismatch {
                        listed,
                        published: received,
                    },
                ));
            }
        }
    }
    if raw.recommendations.is_empty() && cycles_out.iter().all(|c| c.published.is_none()) {
        ck.issues
            .push(DataIssue::error("recommendations", Problem::Empty));
    }

    let mut issues = ck.issues;
    let as_of = match as_of {
        Some(d) if !issues.iter().any(|i| i.severity == Severity::Error) => d,
        _ => {
            crate::sort_by_dyn(&mut issues, &|a, b| a.severity.cmp(&b.severity));
            return Err(LoadFailure { issues });
        }
    };
    let dataset = Dataset {
        title,
        as_of,
        country,
        documents: documents_out,
        regions: regions_out,
        cycles: cycles_out,
        themes: themes_out,
        recommendations: recommendations_out,
        sources: sources_out,
        assessments: assessments_out,
        consultations: consultations_out,
    };
    Ok((dataset, issues))
}
