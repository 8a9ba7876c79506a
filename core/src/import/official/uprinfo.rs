//! UPR Info's database export (CSV): one row per recommendation and recommending State, for every
//! State under review, without paragraph numbers. Header
//! `To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session`; the old export
//! ends its lines with a bare carriage return and is not always UTF-8 (its texts were written on a
//! Mac: Mac OS Roman).

use crate::import::text;

/// The columns the reader takes, in the export's order.
const HEADER: [&str; 5] = ["to", "to-rgrp", "to-org", "text", "from"];

/// One row of the export.
#[derive(Clone, Debug, PartialEq)]
pub struct UprInfoRow {
    /// The spreadsheet row (the header is row 1).
    pub row: usize,
    /// The State under review, as the export names it.
    pub to: String,
    pub text: String,
    /// The recommending State (or the pledging State itself, for a voluntary pledge).
    pub from: String,
    /// `Accepted`, `Noted` or `Voluntary Pledge`, as written.
    pub response: String,
    /// UPR Info's issues (its own coding).
    pub issues: Vec<String>,
    /// The Working Group session (`None`: not a number).
    pub session: Option<u32>,
}

impl UprInfoRow {
    /// A State's pledge made at its own review: not a recommendation.
    pub fn is_pledge(&self) -> bool {
        self.response
            .trim()
            .eq_ignore_ascii_case("voluntary pledge")
    }
}

/// The export, read.
#[derive(Clone, Debug, PartialEq)]
pub struct UprInfoFile {
    pub rows: Vec<UprInfoRow>,
    /// The legacy encoding the text was decoded from (`None`: it was UTF-8).
    pub encoding: Option<&'static str>,
    /// Where the file could not be read further (the rows before it are kept).
    pub syntax_error: Option<(usize, String)>,
    /// Rows with fewer cells than the header (a file cut short, or a quote left open), left out:
    /// each row and its number of cells.
    pub short_rows: Vec<(usize, usize)>,
    /// The header's number of columns.
    pub columns: usize,
}

/// The file's bytes as text: UTF-8 (or UTF-16 with a mark) as any CSV; otherwise the legacy
/// encoding its line ends point to (a bare carriage return: an old Mac, Mac OS Roman; else
/// Windows-1252), and that encoding's name.
pub fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some(text) = text::decode(bytes) {
        return (text, None);
    }
    let mac = match memchr::memchr(b'\r', bytes) {
        Some(at) => bytes.get(at + 1) != Some(&b'\n'),
        None => false,
    };
    let encoding = if mac {
        encoding_rs::MACINTOSH
    } else {
        encoding_rs::WINDOWS_1252
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), Some(encoding.name()))
}

/// Whether the bytes start with the export's header, whatever the encoding.
pub fn is_upr_info(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(400)];
    let start = start.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(start);
    let line_end = memchr::memchr2(b'\r', b'\n', start).unwrap_or(start.len());
    let names: Vec<String> = String::from_utf8_lossy(&start[..line_end])
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    names.len() >= HEADER.len() && names.iter().zip(HEADER).all(|(a, b)| a == b)
}

/// Reads the export. Rows without a State under review or a text are left out; where the CSV
/// breaks, the rows read so far are kept and the place is said.
pub fn read(bytes: &[u8]) -> UprInfoFile {
    let (text, encoding) = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(|s| s.trim().to_ascii_lowercase()).collect())
        .unwrap_or_default();
    let at = |name: &str| headers.iter().position(|h| h == name);
    let columns = [
        at("to"),
        at("text"),
        at("from"),
        at("response"),
        at("issue"),
        at("session"),
    ];
    let mut rows = Vec::new();
    let mut syntax_error = None;
    let mut short_rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                syntax_error = Some((row, e.to_string()));
                break;
            }
        };
        // The export writes some characters as HTML entities (`&#40;Unknown&#41;`); a cell that
        // is not valid XML text (a bare `&`) is kept as written.
        let cell = |c: Option<usize>| {
            let v = c.and_then(|c| record.get(c)).unwrap_or("").trim();
            quick_xml::escape::unescape(v).map_or_else(|_| v.to_string(), |u| u.into_owned())
        };
        if record.len() < headers.len() {
            short_rows.push((row, record.len()));
            continue;
        }
        let [to, text, from, response, issue, session] = columns.map(cell);
        if to.is_empty() || text.is_empty() {
            continue;
        }
        rows.push(UprInfoRow {
            row,
            to,
            text,
            from,
            response,
            issues: issue
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            session: session.parse().ok(),
        });
    }
    UprInfoFile {
        rows,
        encoding,
        syntax_error,
        short_rows,
        columns: headers.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mac_file_is_decoded_from_mac_roman_and_its_bare_carriage_returns_end_rows() {
        let mut bytes =
            b"To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r"
                .to_vec();
        bytes.extend_from_slice(b"Brazil,GRULAC,,Protect the Guaran\x92 people ,Norway,WEOG,,Accepted,4,\"Indigenous peoples,Minorities\",1\r");
        bytes.extend_from_slice(b"Brazil,GRULAC,,A pledge,Brazil,GRULAC,,Voluntary Pledge,,,1\r");
        assert!(is_upr_info(&bytes));
        let file = read(&bytes);
        assert_eq!(file.encoding, Some("macintosh"));
        assert_eq!(file.rows.len(), 2);
        let first = &file.rows[0];
        assert_eq!(first.row, 2);
        assert_eq!(first.text, "Protect the Guaraní people");
        assert_eq!(first.issues, ["Indigenous peoples", "Minorities"]);
        assert_eq!(first.session, Some(1));
        assert!(!first.is_pledge());
        assert!(file.rows[1].is_pledge());
    }

    #[test]
    fn a_windows_file_is_decoded_from_windows_1252_and_utf8_is_kept() {
        let bytes = b"To,To-Rgrp,To-Org,Text,From\r\nChad,Africa,,Caf\xe9 law,France\r\n";
        let file = read(bytes);
        assert_eq!(file.encoding, Some("windows-1252"));
        assert_eq!(file.rows[0].text, "Café law");
        let file = read("To,To-Rgrp,To-Org,Text,From\nChad,Africa,,Café,France\n".as_bytes());
        assert_eq!(file.encoding, None);
        assert_eq!(file.rows[0].text, "Café");
    }

    #[test]
    fn other_csv_files_are_not_taken_for_the_export() {
        assert!(!is_upr_info(b"id,cycle,paragraph,text\r\n"));
        assert!(!is_upr_info(b"To,Text\r\n"));
        assert!(!is_upr_info(b""));
        assert!(is_upr_info(
            b"\xEF\xBB\xBF\"To\",\"To-Rgrp\",\"To-Org\",\"Text\",\"From\"\n"
        ));
    }
}
