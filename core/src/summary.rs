//! The counts the views show: per cycle, per assessor kind, per theme, per region.

use crate::model::*;
use crate::sort_by_dyn;

/// How many recommendations fall in each status, with "not assessed" as a state of its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub fully: usize,
    pub partially: usize,
    pub not: usize,
    pub not_assessed: usize,
}

impl StatusCounts {
    pub fn add(&mut self, status: Option<Status>) {
        match status {
            Some(Status::Fully) => self.fully += 1,
            Some(Status::Partially) => self.partially += 1,
            Some(Status::Not) => self.not += 1,
            None => self.not_assessed += 1,
        }
    }
    /// How many are in `category`.
    pub fn of(&self, category: StatusCategory) -> usize {
        match category {
            StatusCategory::Rated(Status::Fully) => self.fully,
            StatusCategory::Rated(Status::Partially) => self.partially,
            StatusCategory::Rated(Status::Not) => self.not,
            StatusCategory::NotAssessed => self.not_assessed,
        }
    }
    pub fn assessed(&self) -> usize {
        self.fully + self.partially + self.not
    }
    pub fn total(&self) -> usize {
        self.assessed() + self.not_assessed
    }
}

/// For each recommendation, its latest rating by each assessor kind (by assessment date, then by
/// order in the file), and its latest rating by anyone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LatestStatuses {
    /// Indexed like `Dataset::recommendations`, then by `AssessorKind as usize`.
    pub by_kind: Vec<[Option<Status>; AssessorKind::ALL.len()]>,
    pub latest: Vec<Option<Status>>,
}

impl LatestStatuses {
    /// The latest rating of recommendation `row` by one kind of assessor.
    pub fn of(&self, row: usize, kind: AssessorKind) -> Option<Status> {
        self.by_kind.get(row).and_then(|k| k[kind as usize])
    }
}

pub fn latest_statuses(ds: &Dataset) -> LatestStatuses {
    type Dated = Option<(crate::date::PartialDate, Status)>;
    let n = ds.recommendations.len();
    let mut by_kind: Vec<[Dated; AssessorKind::ALL.len()]> =
        vec![[None; AssessorKind::ALL.len()]; n];
    let mut latest: Vec<Dated> = vec![None; n];
    for a in &ds.assessments {
        let kind = ds.sources[a.source].kind;
        for slot in [
            &mut by_kind[a.recommendation][kind as usize],
            &mut latest[a.recommendation],
        ] {
            if slot.is_none_or(|(d, _)| a.date >= d) {
                *slot = Some((a.date, a.status));
            }
        }
    }
    let status = |d: Dated| d.map(|(_, s)| s);
    LatestStatuses {
        by_kind: by_kind.into_iter().map(|k| k.map(status)).collect(),
        latest: latest.into_iter().map(status).collect(),
    }
}

/// Where a cycle's counts come from.
#[derive(Clone, Debug, PartialEq)]
pub enum CountsOrigin {
    /// Counted from the listed recommendations.
    Dataset,
    /// Published by a source (document index); the list is not in the dataset.
    Published {
        source: usize,
    },
    Unknown,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CycleSummary {
    pub cycle: usize,
    pub origin: CountsOrigin,
    pub received: Option<usize>,
    pub supported: Option<usize>,
    pub noted: Option<usize>,
    /// Supported in part (counted from the data only; a cycle without any has `None`).
    pub supported_in_part: Option<usize>,
    pub recommending_states: Option<usize>,
    /// Latest status by each assessor kind that rated anything in this cycle, and by anyone.
    pub by_kind: Vec<(AssessorKind, StatusCounts)>,
    pub overall: StatusCounts,
}

pub fn cycle_summaries(ds: &Dataset, latest: &LatestStatuses) -> Vec<CycleSummary> {
    let mut kinds_used: Vec<AssessorKind> = ds.sources.iter().map(|s| s.kind).collect();
    sort_by_dyn(&mut kinds_used, &|a, b| a.cmp(b));
    kinds_used.dedup();
    ds.cycles
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let recs: Vec<usize> = (0..ds.recommendations.len())
                .filter(|&i| ds.recommendations[i].cycle == Some(ci))
                .collect();
            if c.recommendations_in_dataset && !recs.is_empty() {
                let with = |response: Response| {
                    recs.iter()
                        .filter(|&&i| ds.recommendations[i].response == Some(response))
                        .count()
                };
                let in_part = with(Response::SupportedInPart);
                let mut states: Vec<&str> = recs
                    .iter()
                    .flat_map(|&i| ds.recommendations[i].states.iter().map(|s| s.as_str()))
                    .collect();
                sort_by_dyn(&mut states, &|a, b| a.cmp(b));
                states.dedup();
                let mut overall = StatusCounts::default();
                let by_kind = kinds_used
                    .iter()
                    .map(|&k| {
                        let mut sc = StatusCounts::default();
                        for &i in &recs {
                            sc.add(latest.of(i, k));
                        }
                        (k, sc)
                    })
                    .collect();
                for &i in &recs {
                    overall.add(latest.latest[i]);
                }
                CycleSummary {
                    cycle: ci,
                    origin: CountsOrigin::Dataset,
                    received: Some(recs.len()),
                    supported: Some(with(Response::Supported)),
                    noted: Some(with(Response::Noted)),
                    supported_in_part: (in_part > 0).then_some(in_part),
                    recommending_states: Some(states.len()),
                    by_kind,
                    overall,
                }
            } else if let Some(p) = &c.published {
                CycleSummary {
                    cycle: ci,
                    origin: CountsOrigin::Published { source: p.source },
                    received: p.received.map(|v| v as usize),
                    supported: p.supported.map(|v| v as usize),
                    noted: p.noted.map(|v| v as usize),
                    supported_in_part: None,
                    recommending_states: p.recommending_states.map(|v| v as usize),
                    by_kind: vec![],
                    overall: StatusCounts::default(),
                }
            } else {
                CycleSummary {
                    cycle: ci,
                    origin: CountsOrigin::Unknown,
                    received: None,
                    supported: None,
                    noted: None,
                    supported_in_part: None,
                    recommending_states: None,
                    by_kind: vec![],
                    overall: StatusCounts::default(),
                }
            }
        })
        .collect()
}

/// Consultations held in or covering each region (indexed like `Dataset::regions`). A consultation
/// whose regions the sources do not name counts for none of them.
pub fn consultations_per_region(ds: &Dataset) -> Vec<Vec<usize>> {
    let mut per = vec![Vec::new(); ds.regions.len()];
    for (ci, c) in ds.consultations.iter().enumerate() {
        let mut regions: Vec<usize> = c.regions.iter().copied().chain(c.host_region).collect();
        sort_by_dyn(&mut regions, &|a, b| a.cmp(b));
        regions.dedup();
        for r in regions {
            per[r].push(ci);
        }
    }
    per
}

/// Consultations in date order (earliest first), as indices.
pub fn consultations_by_date(ds: &Dataset) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ds.consultations.len()).collect();
    sort_by_dyn(&mut order, &|&a, &b| {
        ds.consultations[a]
            .when
            .cmp(&ds.consultations[b].when)
            .then(a.cmp(&b))
    });
    order
}

/// The kinds of assessor the app offers and compares: the three the review process names, and
/// "other" when the dataset has such a source.
pub fn shown_assessor_kinds(ds: &Dataset) -> Vec<AssessorKind> {
    let mut kinds = vec![
        AssessorKind::Government,
        AssessorKind::Nhri,
        AssessorKind::CivilSociety,
    ];
    if ds.sources.iter().any(|s| s.kind == AssessorKind::Other) {
        kinds.push(AssessorKind::Other);
    }
    kinds
}
