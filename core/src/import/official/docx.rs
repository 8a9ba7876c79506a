//! The text of a Word (`.docx`) file's tables and page headers, read with the `zip` and
//! `quick-xml` crates: each table row's cells, each cell's lines. Word splits a paragraph's text
//! into runs; they are joined. A new paragraph, a line break (`<w:br/>`) and a carriage return
//! (`<w:cr/>`) start a new line; a tab is a space. Nothing else of the layout is kept.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The most a part of the file may hold once decompressed: a thematic list's document is about
/// 1 MB; a "zip bomb" that claims or unpacks to more is refused before it fills the memory.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// What a Word file's tables and page headers say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocxText {
    /// The page headers' text, one line per paragraph.
    pub header: Vec<String>,
    /// The rows of every table in the body, in order (a nested table's rows are lines of the cell
    /// that holds it).
    pub rows: Vec<Vec<Vec<String>>>,
    /// When the file was last changed (`YYYY-MM-DD`, from its document properties), if it says.
    pub modified: Option<String>,
}

/// Why a file could not be read as a Word document.
#[derive(Clone, Debug, PartialEq)]
pub enum DocxError {
    /// Not a zip file at all (or cut short).
    NotZip(String),
    /// A zip file without a Word document in it.
    NotWord,
    /// A password-protected document (its parts are encrypted).
    Encrypted,
    /// A part that unpacks to more than [`MAX_PART_BYTES`].
    TooLarge { part: String },
    /// A part whose XML or compression is damaged.
    Damaged { part: String, detail: String },
}

/// Whether `bytes` start like a zip file (every `.docx` and `.xlsx` does).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The names of the zip's parts, or why it is not one.
fn archive(bytes: &[u8]) -> Result<zip::ZipArchive<Cursor<&[u8]>>, DocxError> {
    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip(e.to_string()))
}

/// One part's text, refused past [`MAX_PART_BYTES`] whatever its entry claims.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<String, DocxError> {
    let damaged = |detail: String| DocxError::Damaged {
        part: name.to_string(),
        detail,
    };
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::UnsupportedArchive(m)) if m.contains("ncrypt") => {
            return Err(DocxError::Encrypted)
        }
        Err(e) => return Err(damaged(e.to_string())),
    };
    if file.encrypted() {
        return Err(DocxError::Encrypted);
    }
    if file.size() > MAX_PART_BYTES {
        return Err(DocxError::TooLarge {
            part: name.to_string(),
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| damaged(e.to_string()))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError::TooLarge {
            part: name.to_string(),
        });
    }
    String::from_utf8(bytes).map_err(|e| damaged(e.to_string()))
}

/// Reads the tables and the page headers of a `.docx` file.
pub fn read(bytes: &[u8]) -> Result<DocxText, DocxError> {
    let mut zip = archive(bytes)?;
    // A name that is not valid text cannot be one of the parts read.
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    if !names.iter().any(|n| n == "word/document.xml") {
        // An encrypted Office file is an OLE container, not a zip: `archive` refuses it; a zip
        // without the document part is some other file.
        return Err(DocxError::NotWord);
    }
    let mut headers: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .collect();
    headers.sort();
    let mut header = Vec::new();
    for name in headers {
        let xml = part(&mut zip, name)?;
        let text = lines_and_rows(&xml, name)?;
        header.extend(text.lines);
    }
    let body = part(&mut zip, "word/document.xml")?;
    let text = lines_and_rows(&body, "word/document.xml")?;
    let modified = names
        .iter()
        .any(|n| n == "docProps/core.xml")
        .then(|| part(&mut zip, "docProps/core.xml").ok())
        .flatten()
        .and_then(|xml| modified_date(&xml));
    Ok(DocxText {
        header,
        rows: text.rows,
        modified,
    })
}

/// The date of `<dcterms:modified>`, when it starts with a `YYYY-MM-DD` date.
fn modified_date(xml: &str) -> Option<String> {
    let start = xml.find("dcterms:modified")?;
    let after = &xml[start..];
    let value = &after[after.find('>')? + 1..];
    let date = value.get(..10)?;
    let ok = date.len() == 10
        && date.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    ok.then(|| date.to_string())
}

/// A part's paragraphs outside tables, and its tables' rows.
struct PartText {
    lines: Vec<String>,
    rows: Vec<Vec<Vec<String>>>,
}

/// Walks one part's XML: the text of `<w:t>` elements, paragraph by paragraph, each paragraph
/// into the cell it is in or into the part's lines.
fn lines_and_rows(xml: &str, name: &str) -> Result<PartText, DocxError> {
    let damaged = |detail: String| DocxError::Damaged {
        part: name.to_string(),
        detail,
    };
    let mut reader = Reader::from_str(xml);
    let mut out = PartText {
        lines: Vec::new(),
        rows: Vec::new(),
    };
    // How deep in tables; the row and cell of the outermost table.
    let mut depth = 0usize;
    let mut row: Vec<Vec<String>> = Vec::new();
    let mut cell: Vec<String> = Vec::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| damaged(format!("{e} at byte {}", reader.buffer_position())))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "tbl" => depth += 1,
                "tr" if depth == 1 => row.clear(),
                "tc" if depth == 1 => cell.clear(),
                "p" => paragraph.clear(),
                "t" => in_text = true,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "br" | "cr" => paragraph.push('\n'),
                "tab" => paragraph.push(' '),
                _ => {}
            },
            Event::Text(t) if in_text => {
                paragraph.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    paragraph.push(c);
                } else {
                    let name = r.xml10_content();
                    let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                        .ok_or_else(|| damaged(format!("unknown entity &{name};")))?;
                    paragraph.push_str(resolved);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let lines = paragraph.split('\n').map(str::to_string);
                    if depth == 0 {
                        out.lines.extend(lines);
                    } else {
                        cell.extend(lines);
                    }
                    paragraph.clear();
                }
                "tc" if depth == 1 => row.push(std::mem::take(&mut cell)),
                "tr" if depth == 1 => out.rows.push(std::mem::take(&mut row)),
                "tbl" => depth = depth.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_joined_and_breaks_paragraphs_and_entities_are_lines_and_text() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>Before</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>140.7 Ratify </w:t></w:r><w:r><w:t xml:space="preserve">the Protocol &amp; more (Maldives);</w:t></w:r><w:r><w:br/><w:t>Second line</w:t></w:r></w:p>
            <w:p><w:r><w:t>Source&#160;of Position</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:instrText>PAGE</w:instrText><w:t>Supported</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>"#;
        let text = lines_and_rows(xml, "word/document.xml").expect("reads");
        assert_eq!(text.lines, ["Before"]);
        assert_eq!(
            text.rows,
            vec![vec![
                vec![
                    "140.7 Ratify the Protocol & more (Maldives);".to_string(),
                    "Second line".into(),
                    "Source\u{a0}of Position x".into()
                ],
                vec!["Supported".to_string()],
            ]]
        );
    }

    #[test]
    fn what_is_not_a_word_file_says_why() {
        assert!(matches!(read(b"not a zip"), Err(DocxError::NotZip(_))));
        assert!(matches!(read(b""), Err(DocxError::NotZip(_))));
        assert!(matches!(
            lines_and_rows("<w:p><w:t>a</w:x>", "word/document.xml"),
            Err(DocxError::Damaged { .. })
        ));
    }
}

#[cfg(test)]
mod dates {
    #[test]
    fn the_modified_date_is_read_from_the_document_properties() {
        let xml = r#"<cp:coreProperties><dcterms:created>2025-07-03T14:10:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-03T14:18:00Z</dcterms:modified></cp:coreProperties>"#;
        assert_eq!(super::modified_date(xml), Some("2025-07-03".into()));
        assert_eq!(super::modified_date("<x/>"), None);
        assert_eq!(
            super::modified_date("<dcterms:modified>soon</dcterms:modified>"),
            None
        );
    }
}
