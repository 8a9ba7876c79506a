//! Cell values: the words of each closed list in English and Mongolian, dates in the forms
//! spreadsheets write them, whole numbers and lists.

use super::text::norm;
use crate::date::{PartialDate, When};
use crate::model::{AssessorKind, ConsultationKind, Response, Status};

fn find<T: Copy>(table: &[(T, &[&str])], value: &str) -> Option<T> {
    let v = norm(value);
    table
        .iter()
        .find(|(_, words)| words.iter().any(|w| norm(w) == v))
        .map(|(t, _)| *t)
}

const STATUS_WORDS: &[(Status, &[&str])] = &[
    (
        Status::Fully,
        &[
            "fully",
            "full",
            "fully implemented",
            "implemented fully",
            "бүрэн",
            "бүрэн хэрэгжсэн",
            "бүрэн хэрэгжүүлсэн",
        ],
    ),
    (
        Status::Partially,
        &[
            "partially",
            "partial",
            "partly",
            "partially implemented",
            "хэсэгчлэн",
            "хэсэгчилсэн",
            "хэсэгчлэн хэрэгжсэн",
            "хэсэгчлэн хэрэгжүүлсэн",
        ],
    ),
    (
        Status::Not,
        &[
            "not",
            "not implemented",
            "none",
            "хэрэгжээгүй",
            "хэрэгжүүлээгүй",
            "хэрэгжсэнгүй",
        ],
    ),
];

const ASSESSOR_WORDS: &[(AssessorKind, &[&str])] = &[
    (
        AssessorKind::Government,
        &[
            "government",
            "gov",
            "govt",
            "state",
            "засгийн газар",
            "засаг",
            "төр",
        ],
    ),
    (
        AssessorKind::Nhri,
        &[
            "nhri",
            "nhrc",
            "national human rights commission",
            "national human rights institution",
            "хэүк",
            "ххүк",
            "хүний эрхийн үндэсний комисс",
        ],
    ),
    (
        AssessorKind::CivilSociety,
        &[
            "civil_society",
            "civil society",
            "cso",
            "ngo",
            "civil society organisation",
            "civil society organization",
            "иргэний нийгэм",
            "иргэний нийгмийн байгууллага",
            "тбб",
        ],
    ),
    (AssessorKind::Other, &["other", "бусад"]),
];

const CONSULTATION_WORDS: &[(ConsultationKind, &[&str])] = &[
    (
        ConsultationKind::Provincial,
        &["provincial", "province", "aimag", "аймгийн", "аймаг"],
    ),
    (ConsultationKind::Regional, &["regional", "бүсийн", "бүс"]),
    (ConsultationKind::National, &["national", "үндэсний"]),
    (
        ConsultationKind::Validation,
        &[
            "validation",
            "validation meeting",
            "баталгаажуулах",
            "баталгаажуулах уулзалт",
        ],
    ),
    (
        ConsultationKind::Training,
        &["training", "workshop", "сургалт"],
    ),
];

const RESPONSE_WORDS: &[(Response, &[&str])] = &[
    (
        Response::Supported,
        &[
            "supported",
            "support",
            "accepted",
            "дэмжсэн",
            "хүлээн зөвшөөрсөн",
        ],
    ),
    (
        Response::Noted,
        &["noted", "тэмдэглэсэн", "тэмдэглэж авсан"],
    ),
    (
        Response::SupportedInPart,
        &[
            "supported-in-part",
            "supported in part",
            "supported/noted",
            "supported / noted",
            "partially supported",
            "хэсэгчлэн дэмжсэн",
        ],
    ),
];

pub(crate) fn status(value: &str) -> Option<Status> {
    find(STATUS_WORDS, value)
}

pub(crate) fn assessor_kind(value: &str) -> Option<AssessorKind> {
    find(ASSESSOR_WORDS, value)
}

pub(crate) fn consultation_kind(value: &str) -> Option<ConsultationKind> {
    find(CONSULTATION_WORDS, value)
}

pub(crate) fn response(value: &str) -> Option<Response> {
    find(RESPONSE_WORDS, value)
}

/// Why a cell is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DateError {
    /// Not a date in any accepted form, or a day that does not exist.
    Bad,
    /// `03/05/2024`: the two readings, month first and day first, both ISO.
    Ambiguous(String, String),
}

fn digits(s: &str, min: usize, max: usize) -> Option<u32> {
    (s.len() >= min && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn ymd(y: u32, m: u32, d: Option<u32>) -> Result<PartialDate, DateError> {
    let text = match d {
        Some(d) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("{y:04}-{m:02}"),
    };
    if m > 99 || d.is_some_and(|d| d > 99) {
        return Err(DateError::Bad);
    }
    PartialDate::parse(&text).ok_or(DateError::Bad)
}

/// A day from an Excel serial number (days since 1899-12-30, counting Excel's false 29 February
/// 1900, which only matters before March 1900).
fn excel_serial(n: u32) -> Option<PartialDate> {
    // Days from 0000-03-01 (proleptic Gregorian) to 1899-12-30.
    let mut days = n as i64 + 693_899;
    let era = days.div_euclid(146_097);
    days = days.rem_euclid(146_097);
    let yoe = (days - days / 1460 + days / 36_524 - days / 146_096) / 365;
    let doy = days - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    PartialDate::parse(&format!("{year:04}-{month:02}-{day:02}"))
}

/// A date as a spreadsheet may write it: `2024-03-05`, `2024/03/05`, `2024.03.05`, `05.03.2024`
/// (day first), `2024-03`, `03.2024`, `2024`, `15/03/2024` or `03/15/2024` when one part is over 12,
/// or an Excel serial day number such as `45356`. A time after the date is ignored.
pub(crate) fn date(value: &str) -> Result<PartialDate, DateError> {
    let mut v = value.trim();
    // "2024-03-05 00:00:00" or "2024-03-05T00:00".
    if let Some(i) = v.find([' ', 'T']) {
        if v[i + 1..].contains(':') {
            v = v[..i].trim_end();
        }
    }
    let v = v.trim_end_matches('.');
    if v.bytes().all(|b| b.is_ascii_digit()) && v.len() == 5 {
        let n = digits(v, 5, 5).ok_or(DateError::Bad)?;
        return excel_serial(n).ok_or(DateError::Bad);
    }
    if let Some((whole, frac)) = v.split_once(['.', ',']) {
        // "45356.0" or "45356,5": a serial day with a time of day.
        if whole.len() == 5 && !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(n) = digits(whole, 5, 5) {
                return excel_serial(n).ok_or(DateError::Bad);
            }
        }
    }
    let sep = v.chars().find(|c| matches!(c, '-' | '/' | '.'));
    let parts: Vec<&str> = match sep {
        Some(s) => v.split(s).collect(),
        None => vec![v],
    };
    let year = |s: &str| digits(s, 4, 4).filter(|y| *y > 0);
    let small = |s: &str| digits(s, 1, 2);
    match parts.as_slice() {
        [y] => {
            let y = year(y).ok_or(DateError::Bad)?;
            PartialDate::parse(&format!("{y:04}")).ok_or(DateError::Bad)
        }
        [a, b] => {
            if let (Some(y), Some(m)) = (year(a), small(b)) {
                ymd(y, m, None)
            } else if let (Some(m), Some(y)) = (small(a), year(b)) {
                ymd(y, m, None)
            } else {
                Err(DateError::Bad)
            }
        }
        [a, b, c] => {
            if let (Some(y), Some(m), Some(d)) = (year(a), small(b), small(c)) {
                return ymd(y, m, Some(d));
            }
            let (Some(p), Some(q), Some(y)) = (small(a), small(b), year(c)) else {
                return Err(DateError::Bad);
            };
            if sep == Some('.') || p == q {
                // 05.03.2024 is always day first.
                return ymd(y, q, Some(p));
            }
            match (p > 12, q > 12) {
                (true, false) => ymd(y, q, Some(p)),
                (false, true) => ymd(y, p, Some(q)),
                (true, true) => Err(DateError::Bad),
                (false, false) => {
                    let day_first = ymd(y, q, Some(p))?;
                    let month_first = ymd(y, p, Some(q))?;
                    Err(DateError::Ambiguous(
                        month_first.to_string(),
                        day_first.to_string(),
                    ))
                }
            }
        }
        _ => Err(DateError::Bad),
    }
}

/// A consultation's date: one date in any form `date` reads, or a span `2018-03/2018-04` (ISO on
/// both sides) or `start – end` with an en dash or ` to `.
pub(crate) fn when(value: &str) -> Result<When, DateError> {
    let v = value.trim();
    if let Some(w) = When::parse(v) {
        return Ok(w);
    }
    for sep in ['–', '—'] {
        if let Some((a, b)) = v.split_once(sep) {
            let (a, b) = (date(a)?, date(b)?);
            return if a <= b {
                Ok(When::Between(a, b))
            } else {
                Err(DateError::Bad)
            };
        }
    }
    if let Some((a, b)) = v.split_once(" to ") {
        let (a, b) = (date(a)?, date(b)?);
        return if a <= b {
            Ok(When::Between(a, b))
        } else {
            Err(DateError::Bad)
        };
    }
    date(v).map(When::On)
}

/// A whole number; `~120` or `≈120` is approximate. Spaces and commas between digits are allowed.
pub(crate) fn count(value: &str) -> Option<(u32, bool)> {
    let v = value.trim();
    let (approximate, v) = match v.strip_prefix(['~', '≈']) {
        Some(rest) => (true, rest),
        None => (false, v),
    };
    let v = v.strip_suffix(".0").unwrap_or(v);
    let d: String = v
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '\'')
        .collect();
    digits(&d, 1, 9).map(|n| (n, approximate))
}

/// A cycle number: `1`, `1.0`, `cycle 1`.
pub(crate) fn cycle_number(value: &str) -> Option<u32> {
    let n = norm(value);
    let n = n
        .strip_prefix("cycle ")
        .or_else(|| n.strip_suffix(" мөчлөг"))
        .unwrap_or(&n);
    let n = n.strip_suffix(" 0").unwrap_or(n);
    digits(n, 1, 4).filter(|n| *n > 0)
}

/// The items of a list cell, separated by `;` or `~` (or new lines).
pub(crate) fn list(value: &str) -> Vec<String> {
    value
        .split([';', '~', '\n'])
        .map(|s| super::text::clean(s).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        date(s)
            .map(|d| d.to_string())
            .unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn dates_in_spreadsheet_forms() {
        for s in [
            "2024-03-05",
            "2024/03/05",
            "2024.03.05",
            "2024-3-5",
            "05.03.2024",
            "5.3.2024",
            "45356",
            "45356.0",
            "2024-03-05 00:00:00",
            "2024-03-05T10:00",
            "03/03/2024",
        ] {
            let want = if s == "03/03/2024" {
                "2024-03-03"
            } else {
                "2024-03-05"
            };
            assert_eq!(d(s), want, "{s}");
        }
        assert_eq!(d("15/03/2024"), "2024-03-15");
        assert_eq!(d("03/15/2024"), "2024-03-15");
        assert_eq!(d("2024-03"), "2024-03");
        assert_eq!(d("03.2024"), "2024-03");
        assert_eq!(d("2024"), "2024");
        assert_eq!(d("36526"), "2000-01-01");
        assert_eq!(d("03/05/2024"), "Ambiguous(\"2024-03-05\", \"2024-05-03\")");
        for bad in [
            "",
            "2024-02-30",
            "2023-02-29",
            "13.13.2024",
            "2024-13",
            "march",
            "12345678",
            "0000",
            "1/2/3",
            "24-03-05",
            "2024-03-05-01",
        ] {
            assert_eq!(d(bad), "Bad", "{bad}");
        }
    }

    #[test]
    fn spans_and_counts() {
        assert_eq!(
            when("2018-03/2018-04").unwrap().to_string(),
            "2018-03/2018-04"
        );
        assert_eq!(
            when("05.03.2018 – 07.03.2018").unwrap().to_string(),
            "2018-03-05/2018-03-07"
        );
        assert_eq!(when("2024/03/05").unwrap().to_string(), "2024-03-05");
        assert!(when("2018-04/2018-03").is_err());
        assert_eq!(count("~1 200"), Some((1200, true)));
        assert_eq!(count("40"), Some((40, false)));
        assert_eq!(count("forty"), None);
        assert_eq!(cycle_number("Cycle 2"), Some(2));
        assert_eq!(cycle_number("3.0"), Some(3));
        assert_eq!(cycle_number("0"), None);
    }

    #[test]
    fn words_in_both_languages() {
        assert_eq!(status("Fully implemented"), Some(Status::Fully));
        assert_eq!(status("ХЭСЭГЧЛЭН"), Some(Status::Partially));
        assert_eq!(status("хэрэгжээгүй"), Some(Status::Not));
        assert_eq!(status("maybe"), None);
        assert_eq!(
            assessor_kind("Civil society"),
            Some(AssessorKind::CivilSociety)
        );
        assert_eq!(assessor_kind("ХХҮК"), Some(AssessorKind::Nhri));
        assert_eq!(
            consultation_kind("Сургалт"),
            Some(ConsultationKind::Training)
        );
        assert_eq!(response("Тэмдэглэсэн"), Some(Response::Noted));
        assert_eq!(list(" a; b ~c;;"), vec!["a", "b", "c"]);
    }
}
