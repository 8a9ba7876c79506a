//! A Universal Human Rights Index Excel export made on the spot, in the layout of
//! `../shared/official-lists/README.md` (no real file could be obtained): for the end-to-end test
//! and the bench.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const HEADER: [&str; 16] = upr_core::import::official::uhri::EXCEL_COLUMNS;

const STATES: [&str; 6] = ["Portugal", "France", "Norway", "Chile", "Japan", "Kenya"];

/// `upr` UPR recommendations to `state` from the 50th session (paragraphs 120.1, 120.2, …, every
/// fifth noted), and `others` rows of the Committee on the Rights of the Child.
pub fn uhri_xlsx(state: &str, upr: usize, others: usize) -> Result<Vec<u8>, String> {
    uhri_xlsx_of(&[(state, upr, others)])
}

/// One export about several States: for each, `upr` UPR rows and `others` of the CRC, as
/// [`uhri_xlsx`] writes them.
pub fn uhri_xlsx_of(states: &[(&str, usize, usize)]) -> Result<Vec<u8>, String> {
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).map_err(err)?;
    }
    let mut r = 0u32;
    for &(state, upr, others) in states {
        let country = format!("- {state}");
        for i in 0..upr + others {
            r += 1;
            let cells: [String; 16] = if i < upr {
                let by = STATES[i % STATES.len()];
                [
                    format!(
                    "<p>120.{} Strengthen measure number {} for the rights of all&nbsp;({by});</p>",
                    i + 1,
                    i + 1
                ),
                    country.clone(),
                    "- UPR".into(),
                    "A/HRC/61/10".into(),
                    "- Death penalty\n- Rights of the Child".into(),
                    "- Children".into(),
                    format!("- {} - Goal", i % 17 + 1),
                    String::new(),
                    format!("- {by}"),
                    if i % 5 == 4 { "- Noted" } else { "- Supported" }.into(),
                    "- Recommendations".into(),
                    format!("a{i}"),
                    "- 50th Session - Cycle 4".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]
            } else {
                [
                    format!("Ensure free pre-school education, measure {i}."),
                    country.clone(),
                    "- CRC".into(),
                    "CRC/C/MNG/CO/6-7".into(),
                    "- Rights of the Child".into(),
                    "- Children".into(),
                    "- 4 - Quality education".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    "- Recommendations".into(),
                    format!("c{i}"),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]
            };
            for (c, cell) in cells.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(r, c as u16, cell).map_err(err)?;
                }
            }
            for (c, (y, m, d)) in [(7u16, (2026, 1, 9)), (15, (2026, 3, 2))] {
                let day = ExcelDateTime::from_ymd(y, m, d).map_err(err)?;
                sheet
                    .write_datetime_with_format(r, c, &day, &date)
                    .map_err(err)?;
            }
        }
    }
    book.save_to_buffer().map_err(err)
}
