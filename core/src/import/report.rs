//! The check of an import as the reader sees it: every sentence already written in the reader's
//! language. It is what the import worker (import-worker/) sends back to the app, so the importer
//! and its messages are not part of the app's first download: the app only shows these lines.

use super::{plan_import_observed, ImportFile, ImportPlan, Stage};
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

/// Problems of one kind, counted: when a check finds more than [`PROBLEMS_SHOWN`], the report lists
/// these, each with its first place, and the first problems themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportGroup {
    pub error: bool,
    pub count: usize,
    /// The place of the first problem of the kind, and its message.
    pub place: String,
    pub message: String,
    /// "12,345 problems like this one" in words.
    pub count_text: String,
}

/// How many problems a report lists one by one; all of them are in the downloadable list.
pub const PROBLEMS_SHOWN: usize = 100;

/// What the import would do to one table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportChange {
    pub table: String,
    /// Added, changed, unchanged (and removed, where any), in words.
    pub counts: String,
    /// What changes in each changed entry (the first ones), in words: `c4-140.7 — text: “…” → “…”`.
    #[serde(default)]
    pub details: Vec<String>,
}

/// The whole check: a one-sentence summary, the files, every problem, the changes, and the merged
/// dataset to keep when there is no error.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub summary: String,
    pub files: Vec<ReportFile>,
    /// The first [`PROBLEMS_SHOWN`] problems (errors first).
    pub problems: Vec<ReportProblem>,
    /// How many problems there are in all, and how many are errors.
    #[serde(default)]
    pub problem_count: usize,
    #[serde(default)]
    pub error_count: usize,
    /// When there are more problems than are listed: every kind, counted (the most frequent first).
    #[serde(default)]
    pub groups: Vec<ReportGroup>,
    pub changes: Vec<ReportChange>,
    /// The merged dataset's JSON text; only when no problem is an error and something changes.
    pub merged_json: Option<String>,
    /// [`super::dataset_id`] of `merged_json`.
    pub dataset_id: Option<String>,
    /// Lists about other States: the trackers they can start instead, one per State, most
    /// recommendations first.
    #[serde(default)]
    pub trackers: Vec<ReportTracker>,
    /// States a tracker can be started for once chosen (a UPR Info export's): the choice is sent
    /// back with the files, and that check's report carries the tracker.
    #[serde(default)]
    pub tracker_choices: Vec<ReportTrackerChoice>,
}

/// A State to choose for a new tracker, in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTrackerChoice {
    /// Its ISO code, sent back when chosen.
    pub code: String,
    /// "Start a tracker for Slovenia from this file (180 recommendations)".
    pub offer: String,
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
    /// Whether the files can be imported: no problem is an error.
    pub fn ok(&self) -> bool {
        self.merged_json.is_some()
    }

    /// Whether there is anything to confirm: the files can be imported and they change something
    /// (a cross-check, or the same file again, offers nothing to use).
    pub fn can_apply(&self) -> bool {
        self.ok() && !self.changes.is_empty()
    }
}

/// Checks `files` against the current dataset `base_json` ([`super::plan_import`]) and writes the
/// outcome in `lang`.
pub fn check_import(lang: Lang, base_json: &str, files: &[ImportFile]) -> ImportReport {
    check_import_observed(lang, base_json, files, &mut |_| {}).0
}

/// [`check_import`], saying in `lang` what it is doing as it goes (`observe`), and with every
/// problem as a CSV file when there are more than the report lists.
pub fn check_import_observed(
    lang: Lang,
    base_json: &str,
    files: &[ImportFile],
    observe: &mut dyn FnMut(String),
) -> (ImportReport, Option<String>) {
    let plan = plan_import_observed(base_json, files, &mut |stage| {
        observe(stage_text(&stage, lang))
    });
    observe(t(lang, "import-stage-report"));
    let all = (plan.problems.len() > PROBLEMS_SHOWN).then(|| problems_csv(&plan, lang));
    (report(&plan, lang), all)
}

/// What the check is doing, in words.
fn stage_text(stage: &Stage, lang: Lang) -> String {
    match stage {
        Stage::Reading { file, index, total } => t_with(
            lang,
            "import-stage-reading",
            &[
                ("file", Arg::Str(file.to_string())),
                ("index", Arg::Num(*index as f64 + 1.0)),
                ("total", Arg::Num(*total as f64)),
            ],
        ),
        Stage::Rows { rows } => t_with(
            lang,
            "import-stage-rows",
            &[("rows", Arg::Num(*rows as f64))],
        ),
        Stage::Data => t(lang, "import-stage-data"),
    }
}

/// Every problem of a plan as a CSV file (UTF-8 with a byte-order mark, for spreadsheets): file,
/// row, column, severity and message, in the reader's language.
pub fn problems_csv(plan: &ImportPlan, lang: Lang) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = t(lang, "import-problems-csv-header");
    let _ = out.write_record(header.split(','));
    for p in &plan.problems {
        let severity = t(
            lang,
            if p.is_error() {
                "import-error"
            } else {
                "import-warning"
            },
        );
        let _ = out.write_record([
            p.file.as_str(),
            &p.row.map(|r| r.to_string()).unwrap_or_default(),
            p.column.as_deref().unwrap_or(""),
            &severity,
            &p.message(lang),
        ]);
    }
    let bytes = out.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The problems of a plan by kind (severity, kind, file and column), the most frequent first.
fn groups(plan: &ImportPlan, lang: Lang) -> Vec<ReportGroup> {
    use std::collections::HashMap;
    type Key<'a> = (
        bool,
        std::mem::Discriminant<super::ImportProblemKind>,
        &'a str,
        Option<&'a str>,
    );
    let mut order: Vec<Key> = Vec::new();
    let mut found: HashMap<Key, (usize, &super::ImportProblem)> = HashMap::new();
    for p in &plan.problems {
        let key = (
            p.is_error(),
            std::mem::discriminant(&p.kind),
            p.file.as_str(),
            p.column.as_deref(),
        );
        found
            .entry(key)
            .and_modify(|(n, _)| *n += 1)
            .or_insert_with(|| {
                order.push(key);
                (1, p)
            });
    }
    let mut out: Vec<ReportGroup> = order
        .iter()
        .map(|k| {
            let (count, first) = found[k];
            ReportGroup {
                error: first.is_error(),
                count,
                place: first.location(lang),
                message: first.message(lang),
                count_text: t_with(
                    lang,
                    "import-group-count",
                    &[("count", Arg::Num(count as f64))],
                ),
            }
        })
        .collect();
    out.sort_by(|a, b| b.error.cmp(&a.error).then(b.count.cmp(&a.count)));
    out
}

/// One changed entry in words: each field with its value before and after; a long text shows only
/// the words that differ, with a word either side.
fn change_detail(key: &str, fields: &[super::FieldChange], lang: Lang) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|f| {
            let (before, after) = if f.before.chars().count() > 80 || f.after.chars().count() > 80 {
                let (after, before) = super::crosscheck::difference(&f.after, &f.before);
                (before, after)
            } else {
                (f.before.clone(), f.after.clone())
            };
            t_with(
                lang,
                "import-change-field",
                &[
                    ("field", Arg::Str(f.field.clone())),
                    ("before", Arg::Str(before)),
                    ("after", Arg::Str(after)),
                ],
            )
        })
        .collect();
    format!("{key} — {}", parts.join("; "))
}

/// What a secondary source's rows matched, and what was left out, in words.
fn crosscheck_note(c: &super::crosscheck::CrossCheck, lang: Lang) -> String {
    let n = |v: usize| Arg::Num(v as f64);
    let name = match (lang, &c.state_mn) {
        (Lang::Mn, Some(mn)) => mn.clone(),
        _ => c.state.clone(),
    };
    let state = Arg::Str(name);
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
    let summary = if let ([tr], true) = (&plan.trackers[..], only_another_state) {
        t_with(
            lang,
            "import-tracker-summary",
            &[("state", Arg::Str(tr.state.clone()))],
        )
    } else if let (true, true) = (plan.trackers.len() > 1, only_another_state) {
        let names: Vec<&str> = plan.trackers.iter().map(|t| t.state.as_str()).collect();
        t_with(
            lang,
            "import-trackers-summary",
            &[
                ("count", Arg::Num(names.len() as f64)),
                ("states", Arg::Str(names.join(", "))),
            ],
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
        .take(PROBLEMS_SHOWN)
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
                details: c
                    .changed_keys
                    .iter()
                    .zip(&c.changed_fields)
                    .map(|(key, fields)| change_detail(key, fields, lang))
                    .collect(),
            }
        })
        .collect();
    // "Start a tracker for Slovenia from this file (254 recommendations)".
    let offer = |state: &str, count: usize| {
        t_with(
            lang,
            "import-tracker-offer",
            &[
                ("state", Arg::Str(state.to_string())),
                ("count", Arg::Num(count as f64)),
            ],
        )
    };
    let many = plan.problems.len() > PROBLEMS_SHOWN;
    ImportReport {
        summary,
        files,
        problems,
        problem_count: plan.problems.len(),
        error_count: plan.errors().count(),
        groups: if many { groups(plan, lang) } else { Vec::new() },
        changes,
        merged_json: plan.merged_json.clone(),
        dataset_id: plan.dataset_id.clone(),
        trackers: plan
            .trackers
            .iter()
            .map(|tr| ReportTracker {
                state: tr.state.clone(),
                offer: offer(&tr.state, tr.recommendations),
                note: t(lang, "import-tracker-note"),
                json: tr.json.clone(),
                dataset_id: tr.dataset_id.clone(),
            })
            .collect(),
        tracker_choices: plan
            .tracker_choices
            .iter()
            .map(|c| ReportTrackerChoice {
                code: c.code.clone(),
                offer: offer(&c.state, c.recommendations),
            })
            .collect(),
    }
}
