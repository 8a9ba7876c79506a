//! The checks of a parsed file, in named steps: the ids of every list first (so that references
//! can be resolved), then each list in the file's order, then what holds across lists. Every step
//! records its problems with their paths and goes on, so one load reports them all.

use super::checker::{Checker, Index};
use super::{element, recommendation_ids, LoadFailure};
use crate::date::When;
use crate::issue::{DataIssue, Problem, Severity, Target};
use crate::model::*;
use crate::raw::*;
use serde_json::value::RawValue;
use std::collections::HashMap;

const ASSESSOR_WORDS: &str = "government, nhri, civil_society, other";

pub(super) fn validate<'t>(
    text: &'t str,
    raw: RawDataset<'t>,
) -> Result<(Dataset, Vec<DataIssue>), LoadFailure> {
    let recommendation_ids = recommendation_ids(text, &raw.recommendations)?;
    let mut ck = Checker::indexing(&raw, &recommendation_ids);

    let as_of = ck.date(&raw.as_of, "as_of".into());
    let title = ck.text(&raw.title, "title".into());
    let country = Country {
        code: raw.country.code.clone(),
        name: ck.text(&raw.country.name, "country.name".into()),
    };
    let documents = ck.documents(&raw.documents);
    let regions = ck.regions(&raw.regions);
    let themes = ck.themes(&raw.themes);
    let cycles = ck.cycles(&raw.cycles);
    let recommendations = ck.recommendations(text, &raw.recommendations)?;
    let sources = ck.sources(&raw.assessment_sources);
    let assessments = ck.assessments(text, &raw.assessments)?;
    let consultations = ck.consultations(&raw.consultations);
    ck.published_counts(&cycles, &recommendations);
    if raw.recommendations.is_empty() && cycles.iter().all(|c| c.published.is_none()) {
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
        documents,
        regions,
        cycles,
        themes,
        recommendations,
        sources,
        assessments,
        consultations,
        map: raw.map.map(|m| m.get().to_string()),
    };
    Ok((dataset, issues))
}

impl<'a> Checker<'a> {
    /// The ids of every list (a duplicate is an error), before anything refers to them.
    fn indexing<'t: 'a>(
        raw: &'a RawDataset<'t>,
        recommendation_ids: &'a [std::borrow::Cow<'t, str>],
    ) -> Self {
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
        Checker {
            issues,
            documents,
            regions,
            themes,
            recommendations,
            sources,
            cycles,
        }
    }

    fn documents(&mut self, raw: &[RawDocument]) -> Vec<Document> {
        raw.iter()
            .enumerate()
            .map(|(i, d)| Document {
                id: d.id.clone(),
                title: d.title.clone(),
                publisher: d.publisher.clone(),
                date: self.opt_date(&d.date, format!("documents[{i}].date")),
                url: d.url.clone(),
                note: d.note.clone(),
            })
            .collect()
    }

    fn regions(&mut self, raw: &[RawRegion]) -> Vec<Region> {
        raw.iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let p = format!("regions[{i}]");
                let kind = self.word(
                    &r.kind,
                    |w| match w {
                        "aimag" => Some(RegionKind::Aimag),
                        "capital" => Some(RegionKind::Capital),
                        "division" => Some(RegionKind::Division),
                        _ => None,
                    },
                    "aimag, capital, division",
                    format!("{p}.kind"),
                );
                // A division read from a map file is named as the file names it: no Mongolian
                // name is to be expected of it (and none is asked for).
                let name = if kind == Some(RegionKind::Division) {
                    LText {
                        en: r.name.en.clone(),
                        mn: r.name.mn.clone(),
                    }
                } else {
                    self.text(&r.name, format!("{p}.name"))
                };
                let capital = r
                    .capital
                    .as_ref()
                    .map(|c| self.text(c, format!("{p}.capital")));
                Some(Region {
                    code: r.code.clone(),
                    kind: kind?,
                    name,
                    capital,
                })
            })
            .collect()
    }

    fn themes(&mut self, raw: &[RawTheme]) -> Vec<Theme> {
        raw.iter()
            .enumerate()
            .map(|(i, t)| Theme {
                id: t.id.clone(),
                name: self.text(&t.name, format!("themes[{i}].name")),
            })
            .collect()
    }

    fn cycles(&mut self, raw: &[RawCycle]) -> Vec<Cycle> {
        raw.iter()
            .enumerate()
            .map(|(i, c)| {
                let p = format!("cycles[{i}]");
                let published = c
                    .published
                    .as_ref()
                    .and_then(|pc| self.published(pc, &format!("{p}.published")));
                let published_ratings = c
                    .published_ratings
                    .iter()
                    .enumerate()
                    .filter_map(|(j, r)| {
                        self.published_rating(r, format!("{p}.published_ratings[{j}]"))
                    })
                    .collect();
                Cycle {
                    number: c.number,
                    review_date: self.opt_date(&c.review_date, format!("{p}.review_date")),
                    wg_session: c.wg_session,
                    documents: self.resolve_all(
                        Target::Document,
                        &c.documents,
                        &format!("{p}.documents"),
                    ),
                    recommendations_in_dataset: c.recommendations_in_dataset,
                    published,
                    published_ratings,
                    note: self.opt_text(&c.note, format!("{p}.note")),
                }
            })
            .collect()
    }

    /// A cycle's counts as its documents published them.
    fn published(&mut self, pc: &RawPublishedCounts, p: &str) -> Option<PublishedCounts> {
        let source = self.resolve(Target::Document, &pc.source, format!("{p}.source"));
        let caveat = self.opt_text(&pc.caveat, format!("{p}.caveat"));
        Some(PublishedCounts {
            received: pc.received,
            supported: pc.supported,
            noted: pc.noted,
            recommending_states: pc.recommending_states,
            source: source?,
            caveat,
        })
    }

    /// A rating of a whole cycle as an assessor published it, in percentages.
    fn published_rating(&mut self, r: &RawPublishedRating, q: String) -> Option<PublishedRating> {
        let kind = self.word(
            &r.assessor_kind,
            AssessorKind::parse,
            ASSESSOR_WORDS,
            format!("{q}.assessor_kind"),
        );
        let source = self.resolve(Target::Document, &r.source, format!("{q}.source"));
        let date = self.opt_date(&r.date, format!("{q}.date"));
        let total = r.fully_pct + r.partially_pct + r.not_pct;
        if (total - 100.0).abs() > 1.5 {
            self.issues.push(DataIssue::warning(
                q.clone(),
                Problem::PercentagesDoNotAddUp { total },
            ));
        }
        let base = self.opt_text(&r.base, format!("{q}.base"));
        let caveat = self.text(&r.caveat, format!("{q}.caveat"));
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
    }

    /// The recommendations, each read from its text only now (the file's largest list).
    fn recommendations(
        &mut self,
        text: &str,
        raw: &[&RawValue],
    ) -> Result<Vec<Recommendation>, LoadFailure> {
        let mut out = Vec::with_capacity(raw.len());
        for (i, value) in raw.iter().enumerate() {
            let r: RawRecommendation = element(text, value)?;
            let p = format!("recommendations[{i}]");
            let mechanism = r
                .mechanism
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty() && !m.eq_ignore_ascii_case(crate::model::UPR));
            let upr = mechanism.is_none();
            // The UPR's recommendations have a cycle, a paragraph, recommending States and a
            // position; another mechanism's have a paragraph or an annotation id.
            let needed = |ck: &mut Self, missing: bool, field: &str| {
                if missing {
                    ck.issues
                        .push(DataIssue::error(format!("{p}.{field}"), Problem::Empty));
                }
            };
            let cycle = r
                .cycle
                .map(|c| self.resolve(Target::Cycle, &c.to_string(), format!("{p}.cycle")));
            needed(self, upr && cycle.is_none(), "cycle");
            let response = r.response.as_deref().map(|w| {
                self.word(
                    w,
                    Response::parse,
                    "supported, noted, supported-in-part",
                    format!("{p}.response"),
                )
            });
            needed(self, upr && response.is_none(), "response");
            let response_document = r
                .response_document
                .as_deref()
                .map(|d| self.resolve(Target::Document, d, format!("{p}.response_document")));
            needed(
                self,
                upr && response_document.is_none(),
                "response_document",
            );
            needed(self, upr && r.states.is_empty(), "states");
            let annotation = r
                .annotation
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty());
            // A UPR recommendation from UPR Info has no paragraph until its list numbers it.
            let unnumbered = upr && crate::model::is_unnumbered(&r.id);
            needed(
                self,
                r.paragraph.trim().is_empty() && !unnumbered && (upr || annotation.is_none()),
                "paragraph",
            );
            let document = self.resolve(Target::Document, &r.document, format!("{p}.document"));
            let themes = self.resolve_all(Target::Theme, &r.themes, &format!("{p}.themes"));
            if r.text.trim().is_empty() {
                self.issues
                    .push(DataIssue::error(format!("{p}.text"), Problem::Empty));
            }
            // A value given must be valid (`Some(None)`: given, and wrong).
            let valid = |v: &Option<Option<usize>>| !matches!(v, Some(None));
            if let Some(document) = document {
                if !(valid(&cycle) && valid(&response_document))
                    || matches!(response, Some(None))
                    || (upr
                        && (cycle.is_none() || response.is_none() || response_document.is_none()))
                {
                    continue;
                }
                let mut states = r.states;
                states.shrink_to_fit();
                let sdgs = self.sdgs(r.sdgs, &p);
                out.push(Recommendation {
                    id: r.id,
                    mechanism,
                    cycle: cycle.flatten(),
                    paragraph: r.paragraph,
                    text: r.text,
                    states,
                    response: response.flatten(),
                    response_document: response_document.flatten(),
                    response_paragraph: r.response_paragraph,
                    document,
                    annotation,
                    themes,
                    session: r.session,
                    ohchr_themes: r.ohchr_themes,
                    persons: r.persons,
                    sdgs,
                });
            }
        }
        Ok(out)
    }

    /// SDGs are goals (`5`) or targets (`16.2`, `5.a`): numbers from 1 to 17, then a target.
    fn sdgs(&mut self, sdgs: Vec<String>, p: &str) -> Vec<String> {
        sdgs.into_iter()
            .enumerate()
            .filter_map(|(j, sdg)| {
                let goal = sdg.split('.').next().and_then(|g| g.parse::<u32>().ok());
                let target_ok = sdg.split_once('.').is_none_or(|(_, t)| {
                    !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric())
                });
                if goal.is_some_and(|g| (1..=17).contains(&g)) && target_ok {
                    Some(sdg)
                } else {
                    self.issues.push(DataIssue::error(
                        format!("{p}.sdgs[{j}]"),
                        Problem::UnknownWord {
                            value: sdg,
                            expected: "a goal from 1 to 17, or a target such as 16.2",
                        },
                    ));
                    None
                }
            })
            .collect()
    }

    fn sources(&mut self, raw: &[RawAssessmentSource]) -> Vec<AssessmentSource> {
        raw.iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let p = format!("assessment_sources[{i}]");
                let kind = self.word(
                    &s.kind,
                    AssessorKind::parse,
                    ASSESSOR_WORDS,
                    format!("{p}.kind"),
                );
                let title = self.text(&s.title, format!("{p}.title"));
                let date = self.opt_date(&s.date, format!("{p}.date"));
                let document = self.resolve(Target::Document, &s.document, format!("{p}.document"));
                Some(AssessmentSource {
                    id: s.id.clone(),
                    kind: kind?,
                    title,
                    date,
                    document: document?,
                })
            })
            .collect()
    }

    /// The assessments, each read from its text only now.
    fn assessments(
        &mut self,
        text: &str,
        raw: &[&RawValue],
    ) -> Result<Vec<Assessment>, LoadFailure> {
        let mut out = Vec::with_capacity(raw.len());
        for (i, value) in raw.iter().enumerate() {
            let a: RawAssessment = element(text, value)?;
            let p = format!("assessments[{i}]");
            let recommendation = self.resolve(
                Target::Recommendation,
                &a.recommendation,
                format!("{p}.recommendation"),
            );
            let source = self.resolve(Target::AssessmentSource, &a.source, format!("{p}.source"));
            let status = self.word(
                &a.status,
                Status::parse,
                "fully, partially, not",
                format!("{p}.status"),
            );
            let date = self.date(&a.date, format!("{p}.date"));
            // `Some(None)`: no region; `None`: a region that is not in the list.
            let region = match &a.region {
                Some(code) => self
                    .resolve(Target::Region, code, format!("{p}.region"))
                    .map(Some),
                None => Some(None),
            };
            let note = self.opt_text(&a.note, format!("{p}.note"));
            if let (Some(recommendation), Some(source), Some(status), Some(date), Some(region)) =
                (recommendation, source, status, date, region)
            {
                out.push(Assessment {
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
        Ok(out)
    }

    fn consultations(&mut self, raw: &[RawConsultation]) -> Vec<Consultation> {
        raw.iter()
            .enumerate()
            .filter_map(|(i, c)| self.consultation(c, format!("consultations[{i}]")))
            .collect()
    }

    fn consultation(&mut self, c: &RawConsultation, p: String) -> Option<Consultation> {
        let kind = self.word(
            &c.kind,
            ConsultationKind::parse,
            "provincial, regional, national, validation, training",
            format!("{p}.kind"),
        );
        let when = When::parse(&c.date);
        if when.is_none() {
            self.issues.push(DataIssue::error(
                format!("{p}.date"),
                Problem::BadDate {
                    value: c.date.clone(),
                },
            ));
        }
        let title = self.text(&c.title, format!("{p}.title"));
        let host_region = match &c.host.region {
            Some(code) => Some(self.resolve(Target::Region, code, format!("{p}.host.region"))?),
            None => None,
        };
        let host_town = self.text(&c.host.town, format!("{p}.host.town"));
        let regions = self.resolve_all(Target::Region, &c.regions, &format!("{p}.regions"));
        let organisers = c
            .organisers
            .iter()
            .enumerate()
            .map(|(j, o)| self.text(o, format!("{p}.organisers[{j}]")))
            .collect();
        let participants = c
            .participants
            .as_ref()
            .map(|pp| self.participants(pp, &format!("{p}.participants")));
        let themes = self.resolve_all(Target::Theme, &c.themes, &format!("{p}.themes"));
        if c.sources.is_empty() {
            self.issues
                .push(DataIssue::error(format!("{p}.sources"), Problem::Empty));
        }
        let sources = self.resolve_all(Target::Document, &c.sources, &format!("{p}.sources"));
        let note = self.opt_text(&c.note, format!("{p}.note"));
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
    }

    fn participants(&mut self, pp: &RawParticipants, p: &str) -> Participants {
        Participants {
            total: pp.total,
            approximate: pp.approximate,
            groups: pp
                .groups
                .iter()
                .enumerate()
                .map(|(j, g)| ParticipantGroup {
                    label: self.text(&g.label, format!("{p}.groups[{j}].label")),
                    count: g.count,
                })
                .collect(),
            description: self.opt_text(&pp.description, format!("{p}.description")),
        }
    }

    /// A cycle whose recommendations are all in the file should list as many as were published.
    fn published_counts(&mut self, cycles: &[Cycle], recommendations: &[Recommendation]) {
        for (i, c) in cycles.iter().enumerate() {
            if let Some(received) = c.published.as_ref().and_then(|p| p.received) {
                let listed = recommendations
                    .iter()
                    .filter(|r| r.cycle == Some(i))
                    .count();
                if c.recommendations_in_dataset && listed != received as usize {
                    self.issues.push(DataIssue::warning(
                        format!("cycles[{i}].published.received"),
                        Problem::CountMismatch {
                            listed,
                            published: received,
                        },
                    ));
                }
            }
        }
    }
}
