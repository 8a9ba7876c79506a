//! Sharing what was recorded here: the entries as the assessments template (which the importer
//! takes back exactly), and how many changes have not been shared since the last download.

use super::log::EntryState;
use super::Entry;
use crate::i18n::Lang;
use crate::import::{Column, CsvKind};
use std::collections::BTreeMap;

/// The entries as the assessments template, with the headers of `lang`: UTF-8 with a byte-order
/// mark and CRLF line ends, as the empty template.
pub fn csv(entries: &[EntryState], lang: Lang) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let columns = CsvKind::Assessments.columns();
    let _ = w.write_record(columns.iter().map(|c| c.column.header(lang)));
    for state in entries {
        let e = &state.entry;
        let _ = w.write_record(columns.iter().map(|c| cell(e, c.column)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

fn cell(e: &Entry, column: Column) -> &str {
    match column {
        Column::Recommendation => &e.recommendation,
        Column::AssessorKind => &e.assessor.kind,
        Column::Assessor => &e.assessor.name,
        Column::Status => &e.status,
        Column::Date => &e.date,
        Column::Evidence => &e.evidence,
        Column::Citation => &e.citation,
        Column::Region => e.region.as_deref().unwrap_or(""),
        Column::Note => &e.note,
        _ => "",
    }
}

/// What had been recorded when it was last downloaded: each entry's id and version.
pub type Shared = BTreeMap<String, Entry>;

/// The entries as they are now, to compare with later ([`unshared`]).
pub fn snapshot(entries: &[EntryState]) -> Shared {
    entries
        .iter()
        .map(|e| (e.id.clone(), e.entry.clone()))
        .collect()
}

/// How many entries were added, edited or withdrawn since `shared` was taken.
pub fn unshared(entries: &[EntryState], shared: &Shared) -> usize {
    let changed = entries
        .iter()
        .filter(|e| shared.get(&e.id) != Some(&e.entry))
        .count();
    let gone = shared
        .keys()
        .filter(|id| !entries.iter().any(|e| &e.id == *id))
        .count();
    changed + gone
}
