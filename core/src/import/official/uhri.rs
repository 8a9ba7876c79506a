//! The Universal Human Rights Index's exports of a State's recommendations: Excel (one sheet, a
//! header row naming its 16 columns) and JSON (an array of objects). Every UN mechanism is in them;
//! the UPR's rows become an [`OfficialList`] per State and cycle (paragraph, recommending States
//! and text from the `Text`, as the thematic list writes them), the State's replies
//! (`Response of …`) are left out, and the rows of other mechanisms (treaty bodies, special
//! procedures) become one list per State of recommendations of *their* mechanism, each known by
//! its annotation id (or its document and paragraph), with its document's symbol and date.
//! `../shared/official-lists/README.md` has the facts about both layouts.

use super::OfficialList;
use std::collections::BTreeMap;
use std::io::Cursor;

/// The Excel export's columns, in its order (`Reccomending` is OHCHR's spelling; some versions
/// write `Recommending`, which the reader takes too).
pub const EXCEL_COLUMNS: [&str; 16] = [
    "Text",
    "Countries Concerned",
    "Reccomending Body",
    "Document Symbol",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "Document Publication Date",
    "UPR Reccomending States",
    "UPR Position",
    "Type",
    "OHCHR Annotation Id",
    "UPR Session",
    "Regions Concerned",
    "Recommending Regions",
    "Date of publication on UHRI",
];

/// Cap on what an Excel file's parts may unpack to (a zip bomb is refused before it is read).
const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// One row of an export, with its lists split and its text made plain.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UhriRow {
    /// The spreadsheet row (header = 1); in JSON, the object's place in the array plus one.
    pub row: usize,
    pub text: String,
    pub countries: Vec<String>,
    /// `UPR`, `CRC`, … (the list's `- ` dropped).
    pub bodies: Vec<String>,
    pub symbol: String,
    pub themes: Vec<String>,
    pub persons: Vec<String>,
    pub sdgs: Vec<String>,
    /// The document's publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub recommending: Vec<String>,
    pub positions: Vec<String>,
    pub annotation_id: String,
    /// `28th Session - Cycle 2`.
    pub session: String,
    /// When UHRI published it, `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// Why a file is not read as a UHRI export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UhriError {
    /// An Excel file whose first sheet's header row is not UHRI's: the headers found.
    NotUhri { found: Vec<String> },
    /// An Excel file that cannot be read (truncated, damaged): what the reader said.
    Damaged(String),
    /// Its parts would unpack to more than the cap.
    TooLarge,
    /// JSON that is not an array of UHRI's objects: where it breaks.
    Json(String),
}

/// What an export gives: the UPR's lists (one per State and cycle) and what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UhriExport {
    pub lists: Vec<OfficialList>,
    /// Rows of other mechanisms, per body (`CRC` → 12): in the lists, as theirs.
    pub other_mechanisms: BTreeMap<String, usize>,
    /// The State's own replies (`Response of …`), which are not recommendations.
    pub replies: usize,
    /// The latest date UHRI published a row on (a new tracker's "as of").
    pub published: Option<String>,
}

/// The text of a UHRI cell without its HTML: tags dropped (a line break for `<br>` and the end of
/// a paragraph), entities resolved, spaces collapsed.
pub fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        // A tag starts with a letter, `/` or `!`; any other `<` is text.
        let starts_tag = rest[open + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        if !starts_tag {
            out.push('<');
            rest = &rest[open + 1..];
            continue;
        }
        let Some(close) = rest[open..].find('>') else {
            // A lone `<` is text.
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let name = name
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if matches!(name, "br" | "p" | "li" | "div" | "tr") {
            out.push('\n');
        } else if matches!(name, "script" | "style") && !tag.starts_with('/') {
            // What a script or style holds is not text: skip to its end tag.
            let end = format!("</{name}");
            let after = &rest[open + close + 1..];
            rest = match after.to_ascii_lowercase().find(&end) {
                Some(at) => &after[at..],
                None => "",
            };
            continue;
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    let text = unescape_html(&out);
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// HTML's character references: XML's and the numeric ones (quick-xml), `&nbsp;` and a few
/// typographic ones; an unknown reference stays as written.
fn unescape_html(text: &str) -> String {
    let resolved = quick_xml::escape::unescape_with(text, |name| match name {
        "nbsp" => Some(" "),
        "ndash" => Some("–"),
        "mdash" => Some("—"),
        "rsquo" | "lsquo" => Some("’"),
        "ldquo" => Some("“"),
        "rdquo" => Some("”"),
        "hellip" => Some("…"),
        _ => quick_xml::escape::resolve_predefined_entity(name),
    });
    resolved.map_or_else(|_| text.to_string(), |t| t.into_owned())
}

/// A cell of several values, one per line, each starting `- `.
fn items(cell: &str) -> Vec<String> {
    cell.lines()
        .map(|l| l.trim().trim_start_matches('-').trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// An Excel date (days since 30 December 1899) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A date as the JSON export writes it (`2025-02-12T00:00:00`): its day.
fn json_date(value: &str) -> Option<String> {
    let day = value.get(..10)?;
    crate::date::PartialDate::parse(day)
        .filter(|d| d.day.is_some())
        .map(|_| day.to_string())
}

/// The Excel export's columns, by header (both spellings of "Recommending").
#[derive(Clone, Copy, PartialEq)]
enum Col {
    Text,
    Countries,
    Body,
    Symbol,
    Themes,
    Persons,
    Sdgs,
    Date,
    Recommending,
    Position,
    AnnotationId,
    Session,
    Published,
}

fn column(header: &str) -> Option<Col> {
    let h = header
        .trim()
        .to_lowercase()
        .replace("reccomending", "recommending");
    Some(match h.as_str() {
        "text" => Col::Text,
        "countries concerned" => Col::Countries,
        "recommending body" => Col::Body,
        "document symbol" => Col::Symbol,
        "themes" => Col::Themes,
        "affected persons" => Col::Persons,
        "sdgs" => Col::Sdgs,
        "document publication date" => Col::Date,
        "upr recommending states" => Col::Recommending,
        "upr position" => Col::Position,
        "ohchr annotation id" => Col::AnnotationId,
        "upr session" => Col::Session,
        "date of publication on uhri" => Col::Published,
        _ => return None,
    })
}

/// Whether a zip's part names are an Excel workbook's.
pub fn is_workbook(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|z| z.index_for_name("xl/workbook.xml").is_some())
}

/// Reads the Excel export's first sheet.
pub fn read_xlsx(bytes: &[u8]) -> Result<Vec<UhriRow>, UhriError> {
    use calamine::{Data, Reader, Xlsx};
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| UhriError::Damaged(e.to_string()))?;
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        let size = archive
            .by_index_raw(i)
            .map_err(|e| UhriError::Damaged(e.to_string()))?
            .size();
        unpacked = unpacked.saturating_add(size);
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(UhriError::TooLarge);
    }
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| UhriError::Damaged(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| UhriError::NotUhri { found: Vec::new() })?
        .map_err(|e| UhriError::Damaged(e.to_string()))?;
    let text = |c: &Data| match c {
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()).unwrap_or_default(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    };
    let date = |c: &Data| match c {
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Float(f) => excel_date(*f),
        Data::Int(i) => excel_date(*i as f64),
        Data::String(s) | Data::DateTimeIso(s) => json_date(s),
        _ => None,
    };
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .map(|r| r.iter().map(text).collect())
        .unwrap_or_default();
    let cols: Vec<Option<Col>> = header.iter().map(|h| column(h)).collect();
    if !cols.contains(&Some(Col::Text)) || !cols.contains(&Some(Col::Body)) {
        return Err(UhriError::NotUhri { found: header });
    }
    let start = range.start().map_or(0, |(r, _)| r as usize);
    let mut out = Vec::new();
    for (i, cells) in rows.enumerate() {
        let mut row = UhriRow {
            row: start + i + 2,
            ..UhriRow::default()
        };
        for (cell, col) in cells.iter().zip(&cols) {
            let Some(col) = col else { continue };
            match col {
                Col::Date => row.date = date(cell),
                Col::Published => row.published = date(cell),
                col => set(&mut row, *col, &text(cell)),
            }
        }
        if !row.text.is_empty() || !row.bodies.is_empty() {
            out.push(row);
        }
    }
    Ok(out)
}

/// Sets a text column of a row.
fn set(row: &mut UhriRow, col: Col, value: &str) {
    match col {
        Col::Text => row.text = plain(value),
        Col::Countries => row.countries = items(value),
        Col::Body => row.bodies = items(value),
        Col::Symbol => row.symbol = value.trim().to_string(),
        Col::Themes => row.themes = items(value),
        Col::Persons => row.persons = items(value),
        Col::Sdgs => row.sdgs = items(value),
        Col::Recommending => row.recommending = items(value),
        Col::Position => row.positions = items(value),
        Col::AnnotationId => row.annotation_id = value.trim().to_string(),
        Col::Session => row.session = items(value).join(" "),
        Col::Date => row.date = json_date(value),
        Col::Published => row.published = json_date(value),
    }
}

/// Whether a JSON text is UHRI's export: an array whose first object has `AnnotationId` or `Body`
/// and `Text`.
pub fn is_json_export(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if !t.starts_with('[') {
        return false;
    }
    let mut end = t.len().min(4000);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let head = &t[..end];
    head.contains("\"Text\"") && (head.contains("\"AnnotationId\"") || head.contains("\"Body\""))
}

/// Reads the JSON export.
pub fn read_json(text: &str) -> Result<Vec<UhriRow>, UhriError> {
    let t = text.trim_start_matches('\u{feff}');
    let items: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(t).map_err(|e| UhriError::Json(e.to_string()))?;
    let strings = |v: Option<&serde_json::Value>| -> String {
        match v {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .filter_map(|x| match x {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let mut out = Vec::new();
    for (i, o) in items.iter().enumerate() {
        let mut row = UhriRow {
            row: i + 1,
            ..UhriRow::default()
        };
        for (key, col) in [
            ("Text", Col::Text),
            ("Countries", Col::Countries),
            ("Body", Col::Body),
            ("Symbol", Col::Symbol),
            ("Themes", Col::Themes),
            ("AffectedPersons", Col::Persons),
            ("Sdgs", Col::Sdgs),
            ("PublicationDate", Col::Date),
            ("UprRecommendingCountry", Col::Recommending),
            ("UprPositions", Col::Position),
            ("AnnotationId", Col::AnnotationId),
            ("UprSession", Col::Session),
            ("PublicationDateOnUhri", Col::Published),
        ] {
            set(&mut row, col, &strings(o.get(key)));
        }
        out.push(row);
    }
    Ok(out)
}

mod lists;
pub use lists::to_lists;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_plain_text_and_scripts_are_dropped() {
        assert_eq!(
            plain("<p>137.197 Improve&nbsp;access &amp; quality</p><p>(Germany);</p>"),
            "137.197 Improve access & quality\n(Germany);"
        );
        assert_eq!(plain("a<script>alert('x')</script>b"), "ab");
        assert_eq!(plain("3 < 4 and <b>bold</b>"), "3 < 4 and bold");
        assert_eq!(plain("x &unknown; y"), "x &unknown; y");
    }

    #[test]
    fn a_json_export_is_recognised_whatever_character_its_start_ends_in() {
        let mut text = String::from("[{\"Text\": \"x\", \"Body\": [\"- UPR\"], \"n\": \"");
        while text.len() < 3_999 {
            text.push('a');
        }
        text.push('ж');
        assert!(is_json_export(&text));
        assert!(!is_json_export("{\"format\": \"upr-dashboard-dataset\"}"));
    }

    #[test]
    fn excel_and_json_dates_give_their_day() {
        assert_eq!(excel_date(45700.0).as_deref(), Some("2025-02-12"));
        assert_eq!(excel_date(1.0).as_deref(), Some("1899-12-31"));
        assert_eq!(excel_date(-3.0), None);
        assert_eq!(
            json_date("2025-02-12T00:00:00").as_deref(),
            Some("2025-02-12")
        );
        assert_eq!(json_date("soon"), None);
    }
}
