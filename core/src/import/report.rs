//! The check of an import as the reader sees it: every sentence already written in the reader's
//! language. It is what the import worker (import-worker/) sends back to the app, so the importer
//! and its messages are not part of the app's first download: the app only shows these lines.

use super::{plan_import, ImportFile, ImportPlan};
use crate::i18n::{t, t_with, Arg, Lang};
use serde::{Deserialize, Serialize};

/// One file of the import: its name, what it turned out to be, and its rows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportFile {
    pub name: String,
    /// What the file is (a template's name, "whole dataset" or "not recognised").
    pub kind: String,
    pub rows: usize,
    /// `rows` in words ("12 rows").
    pub rows_text: String,
    /// A secondary source: what its rows matched and what was left out, in words.
    #[serde(default)]
    pub note: String,
}

/// One problem: error or warning, where, and what.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportProblem {
    /// Errors block the import; warnings do not.
    pub error: bool,
    pub severity: String,
    /// The file, row and column.
    pub place: String,
    pub message: String,
}

/// What the import would do to one table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportChange {
    pub table: String,
    /// Added, changed, unchanged (and removed, where any), in words.
    pub counts: String,
}

/// The whole check: a one-sentence summary, the files, every problem, the changes, and the merged
/// dataset to keep when there is no error.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub summary: String,
    pub files: Vec<ReportFile>,
    pub problems: Vec<ReportProblem>,
    pub changes: Vec<ReportChange>,
    /// The merged dataset's JSON text; only when no problem is an error and something changes.
    pub merged_json: Option<String>,
    /// [`super::dataset_id`] of `merged_json`.
    pub dataset_id: Option<String>,
    /// A list about another State: the tracker it can start instead.
    #[serde(default)]
    pub tracker: Option<ReportTracker>,
}

/// A new tracker for another State, made from an official list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTracker {
    pub state: String,
    /// The offer, in words: "Start a tracker for Slovenia from this file (254 recommendations)".
    pub offer: String,
    /// What it replaces, in words.
    pub note: String,
    pub json: String,
    pub dataset_id: String,
}

impl ImportReport {
    /// Whether the import can be confirmed.
    pub fn ok(&self) -> bool {
        self.merged_json.is_some()
    }
}

/// Checks `files` against the current dataset `base_json` ([`plan_import`]) and writes the outcome
/// in `lang`.
pub fn check_import(lang: Lang, base_json: &str, files: &[ImportFile]) -> ImportReport {
    report(&plan_import(base_json, files), lang)
}

/// What a secondary source's rows matched, and what was left out, in words.
fn crosscheck_note(c: &super::crosscheck::CrossCheck, lang: Lang) -> String {
    let n = |v: usize| Arg::Num(v as f64);
    let state = Arg::Str(c.state.clone());
    let mut parts = vec![t_with(
        lang,
        "import-crosscheck",
        &[
            ("state", state.clone()),
            ("rows", n(c.rows)),
            ("matched", n(c.matched)),
            ("close", n(c.close)),
            ("unmatched", n(c.unmatched)),
        ],
    )];
    if c.pledges > 0 {
        parts.push(t_with(
            lang,
            "import-crosscheck-pledges",
            &[("state", state), ("count", n(c.pledges))],
        ));
    }
    if c.other_rows > 0 {
        parts.push(t_with(
            lang,
            "import-crosscheck-others",
            &[("rows", n(c.other_rows)), ("states", n(c.other_states))],
        ));
    }
    parts.join(" ")
}

/// `plan` in the reader's words.
pub fn report(plan: &ImportPlan, lang: Lang) -> ImportReport {
    let count = |key: &str, n: usize| t_with(lang, key, &[("count", Arg::Num(n as f64))]);
    let only_another_state = plan
        .errors()
        .all(|p| matches!(p.kind, super::ImportProblemKind::OtherState { .. }));
    let summary = if let (Some(tr), true) = (&plan.tracker, only_another_state) {
        t_with(
            lang,
            "import-tracker-summary",
            &[("state", Arg::Str(tr.state.clone()))],
        )
    } else if plan.merged_json.is_none() {
        count("import-blocked", plan.errors().count())
    } else if plan.changes.is_empty() {
        t(lang, "import-no-changes")
    } else {
        t(lang, "import-ready")
    };
    let files = plan
        .files
        .iter()
        .map(|f| ReportFile {
            name: f.name.clone(),
            kind: f.kind.name(lang),
            rows: f.rows,
            rows_text: t_with(
                lang,
                "import-file-rows",
                &[("rows", Arg::Num(f.rows as f64))],
            ),
            note: f
                .crosscheck
                .as_ref()
                .map(|c| crosscheck_note(c, lang))
                .unwrap_or_default(),
        })
        .collect();
    let problems = plan
        .problems
        .iter()
        .map(|p| ReportProblem {
            error: p.is_error(),
            severity: t(
                lang,
                if p.is_error() {
                    "import-error"
                } else {
                    "import-warning"
                },
            ),
            place: p.location(lang),
            message: p.message(lang),
        })
        .collect();
    let changes = plan
        .changes
        .iter()
        .map(|c| {
            let mut parts = vec![
                count("import-change-added", c.added),
                count("import-change-changed", c.changed),
                count("import-change-unchanged", c.unchanged),
            ];
            if c.removed > 0 {
                parts.push(count("import-change-removed", c.removed));
            }
            ReportChange {
                table: c.table.name(lang),
                counts: parts.join(", "),
            }
        })
        .collect();
    ImportReport {
        summary,
        files,
        problems,
        changes,
        merged_json: plan.merged_json.clone(),
        dataset_id: plan.dataset_id.clone(),
        tracker: plan.tracker.as_ref().map(|tr| ReportTracker {
            state: tr.state.clone(),
            offer: t_with(
                lang,
                "import-tracker-offer",
                &[
                    ("state", Arg::Str(tr.state.clone())),
                    ("count", Arg::Num(tr.recommendations as f64)),
                ],
            ),
            note: t(lang, "import-tracker-note"),
            json: tr.json.clone(),
            dataset_id: tr.dataset_id.clone(),
        }),
    }
}
