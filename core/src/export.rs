//! Download exactly the visible rows: CSV (UTF-8 with a byte-order mark, so that Excel shows
//! Cyrillic; the columns the table shows; statuses as words) and JSON.

use crate::explore::Prepared;
use crate::i18n::{t, Lang};
use crate::model::{AssessorKind, Dataset, Recommendation, Status, StatusCategory, UPR};
use crate::query::Query;
use serde_json::{json, Value};

/// The assessor kinds the table gives a column each.
pub const TABLE_ASSESSORS: [AssessorKind; 3] = [
    AssessorKind::Government,
    AssessorKind::Nhri,
    AssessorKind::CivilSociety,
];

/// The table's rows as CSV in the reader's language.
pub fn csv(
    ds: &Dataset,
    prep: &Prepared,
    q: &Query,
    rows: &[usize],
    lang: Lang,
) -> Result<String, String> {
    let mut w = ::csv::WriterBuilder::new().from_writer(Vec::new());
    let mut header = vec![
        "id".to_string(),
        t(lang, "paragraph"),
        t(lang, "recommendation"),
        t(lang, "recommending-state"),
        t(lang, "response"),
        t(lang, "col-position-source"),
        t(lang, "themes"),
        t(lang, "col-session"),
        t(lang, "col-ohchr-themes"),
        t(lang, "col-persons"),
        t(lang, "col-sdgs"),
        t(lang, "col-mechanism"),
    ];
    header.extend(TABLE_ASSESSORS.iter().map(|k| t(lang, k.message_key())));
    header.push(t(lang, "latest-status"));
    w.write_record(&header).map_err(|e| e.to_string())?;
    for &i in rows {
        let r = &ds.recommendations[i];
        let mut record = vec![
            r.id.clone(),
            r.paragraph.clone(),
            r.text.clone(),
            r.states.join("; "),
            r.response
                .map(|x| t(lang, x.message_key()))
                .unwrap_or_default(),
            position_source(ds, r),
            r.themes
                .iter()
                .map(|&th| ds.themes[th].name.get(lang).to_string())
                .collect::<Vec<_>>()
                .join("; "),
            r.session.map(|s| s.to_string()).unwrap_or_default(),
            r.ohchr_themes.join("; "),
            r.persons.join("; "),
            r.sdgs.join("; "),
            crate::facets::mechanism_name(r.mechanism.as_deref().unwrap_or(UPR), lang),
        ];
        record.extend(
            TABLE_ASSESSORS
                .iter()
                .map(|&k| t(lang, StatusCategory::of(prep.status_by(i, k)).message_key())),
        );
        record.push(t(
            lang,
            StatusCategory::of(prep.status(ds, i, q)).message_key(),
        ));
        w.write_record(&record).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    Ok(format!("\u{feff}{text}"))
}

/// `A/HRC/59/15/Add.1, para. 3`: where the State gave its position (empty: nowhere, as for
/// another mechanism's recommendation).
fn position_source(ds: &Dataset, r: &Recommendation) -> String {
    let Some(d) = r.response_document else {
        return String::new();
    };
    let document = &ds.documents[d].id;
    match &r.response_paragraph {
        Some(p) => format!("{document}, para. {p}"),
        None => document.clone(),
    }
}

fn status_word(s: Option<Status>) -> &'static str {
    StatusCategory::of(s).word()
}

/// The table's rows as JSON, with machine-readable status words.
pub fn json(ds: &Dataset, prep: &Prepared, q: &Query, rows: &[usize]) -> String {
    let items: Vec<Value> = rows
        .iter()
        .map(|&i| {
            let r = &ds.recommendations[i];
            let by: serde_json::Map<String, Value> = TABLE_ASSESSORS
                .iter()
                .map(|&k| {
                    (
                        k.word().to_string(),
                        json!(status_word(prep.status_by(i, k))),
                    )
                })
                .collect();
            json!({
                "id": r.id,
                "mechanism": r.mechanism.as_deref().unwrap_or(UPR),
                "cycle": r.cycle.map(|c| ds.cycles[c].number),
                "paragraph": r.paragraph,
                "text": r.text,
                "states": r.states,
                "response": r.response.map(|x| x.word()),
                "response_document": r.response_document.map(|d| &ds.documents[d].id),
                "annotation": r.annotation,
                "response_paragraph": r.response_paragraph,
                "themes": r.themes.iter().map(|&th| ds.themes[th].id.clone()).collect::<Vec<_>>(),
                "session": r.session,
                "ohchr_themes": r.ohchr_themes,
                "persons": r.persons,
                "sdgs": r.sdgs,
                "status_by_assessor": by,
                "status": status_word(prep.status(ds, i, q)),
                "document": ds.documents[r.document].id,
            })
        })
        .collect();
    let doc = json!({ "query": q.to_search(), "count": items.len(), "recommendations": items });
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "[]".into())
}
