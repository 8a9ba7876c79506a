//! What every step of the validation shares: the ids of each list, and the problems found so far,
//! each with the path of the value it is about.

use crate::date::PartialDate;
use crate::issue::{DataIssue, Problem, Target};
use crate::model::LText;
use crate::raw::RawText;
use std::collections::HashMap;

/// Looks up ids of one list; remembers duplicates.
pub(super) struct Index<'a> {
    map: HashMap<&'a str, usize>,
}

impl<'a> Index<'a> {
    pub(super) fn build(
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

pub(super) struct Checker<'a> {
    pub(super) issues: Vec<DataIssue>,
    pub(super) documents: Index<'a>,
    pub(super) regions: Index<'a>,
    pub(super) themes: Index<'a>,
    pub(super) recommendations: Index<'a>,
    pub(super) sources: Index<'a>,
    pub(super) cycles: HashMap<u32, usize>,
}

impl<'a> Checker<'a> {
    pub(super) fn resolve(&mut self, target: Target, value: &str, path: String) -> Option<usize> {
        let found = match target {
            Target::Document => self.documents.map.get(value).copied(),
            Target::Region => self.regions.map.get(value).copied(),
            Target::Theme => self.themes.map.get(value).copied(),
            Target::Recommendation => self.recommendations.map.get(value).copied(),
            Target::AssessmentSource => self.sources.map.get(value).copied(),
            Target::Cycle => value
                .parse::<u32>()
                .ok()
                .and_then(|n| self.cycles.get(&n).copied()),
        };
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

    pub(super) fn resolve_all(
        &mut self,
        target: Target,
        values: &[String],
        path: &str,
    ) -> Vec<usize> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| self.resolve(target, v, format!("{path}[{i}]")))
            .collect()
    }

    pub(super) fn date(&mut self, value: &str, path: String) -> Option<PartialDate> {
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

    pub(super) fn opt_date(&mut self, value: &Option<String>, path: String) -> Option<PartialDate> {
        value.as_deref().and_then(|v| self.date(v, path))
    }

    pub(super) fn word<T>(
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

    pub(super) fn text(&mut self, raw: &RawText, path: String) -> LText {
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

    pub(super) fn opt_text(&mut self, raw: &Option<RawText>, path: String) -> Option<LText> {
        raw.as_ref().map(|r| self.text(r, path))
    }
}
