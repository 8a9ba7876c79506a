//! Dates and numbers in the reader's language, keeping each date's real precision.

use crate::date::{PartialDate, When};
use crate::i18n::{t, t_with, Arg, Lang};

/// "17 May 2018", "February 2018", "2018" — or their Mongolian forms.
pub fn date(lang: Lang, d: PartialDate) -> String {
    let year = Arg::Num(d.year as f64);
    match (d.month, d.day) {
        (Some(m), Some(day)) => t_with(
            lang,
            "date-day",
            &[
                ("year", year),
                ("month", Arg::Str(t(lang, &format!("month-{m}")))),
                ("monthnum", Arg::Num(m as f64)),
                ("day", Arg::Num(day as f64)),
            ],
        ),
        (Some(m), None) => t_with(
            lang,
            "date-month",
            &[
                ("year", year),
                ("month", Arg::Str(t(lang, &format!("month-{m}")))),
                ("monthnum", Arg::Num(m as f64)),
            ],
        ),
        _ => t_with(lang, "date-year", &[("year", year)]),
    }
}

/// A date or a span such as "March 2018 – April 2018".
pub fn when(lang: Lang, w: When) -> String {
    match w {
        When::On(d) => date(lang, d),
        // Days of one month: "21–22 March 2018".
        When::Between(a, b) if a.year == b.year && a.month == b.month && a.day.is_some() => {
            let day = |d: PartialDate| Arg::Num(f64::from(d.day.unwrap_or(0)));
            let m = a.month.unwrap_or(1);
            t_with(
                lang,
                "date-days",
                &[
                    ("year", Arg::Num(f64::from(a.year))),
                    ("month", Arg::Str(t(lang, &format!("month-{m}")))),
                    ("monthnum", Arg::Num(f64::from(m))),
                    ("start", day(a)),
                    ("end", day(b)),
                ],
            )
        }
        When::Between(a, b) => t_with(
            lang,
            "date-span",
            &[
                ("start", Arg::Str(date(lang, a))),
                ("end", Arg::Str(date(lang, b))),
            ],
        ),
    }
}

/// How a list of documents names one: a UN document by its symbol (its id, `A/HRC/16/5`), any other
/// by its publisher and date (`MONTSAME, 5 November 2020`), or its id when it has neither.
pub fn document_name(lang: Lang, doc: &crate::model::Document) -> String {
    if doc.id.contains('/') || doc.publisher.trim().is_empty() {
        return doc.id.clone();
    }
    match doc.date {
        Some(d) => format!("{}, {}", doc.publisher, date(lang, d)),
        None => doc.publisher.clone(),
    }
}

/// How a list names a recommendation: a UPR one by its paragraph (`84.7`); another mechanism's by
/// its document and paragraph (`CRC/C/MNG/CO/5-6, 15`), or its document alone when it has no
/// paragraph (UHRI's annotations need not have one).
pub fn reference(ds: &crate::model::Dataset, r: &crate::model::Recommendation) -> String {
    if r.is_upr() {
        // Not numbered yet (from UPR Info): its id tells it apart.
        if r.paragraph.trim().is_empty() {
            return r.id.clone();
        }
        return r.paragraph.clone();
    }
    let document = &ds.documents[r.document].id;
    if r.paragraph.trim().is_empty() {
        document.clone()
    } else {
        format!("{document}, {}", r.paragraph)
    }
}

/// Where something was held: "Khovd, Khovd aimag" style, but a town that already names its region
/// ("Ulaanbaatar", "Ulaanbaatar (Ministry of Foreign Affairs)") is not followed by it again.
/// A browser timestamp (`Date.toISOString()`, UTC) as "2026-12-02 13:32 UTC"; anything else is
/// shown as written.
pub fn utc_minute(iso: &str) -> String {
    let digits = |r: std::ops::Range<usize>| {
        iso.get(r)
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
    };
    let shaped = digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && digits(11..13)
        && digits(14..16)
        && iso.get(10..11) == Some("T");
    if shaped {
        format!("{} {} UTC", &iso[..10], &iso[11..16])
    } else {
        iso.to_string()
    }
}

pub fn place(town: &str, region: Option<&str>) -> String {
    match region {
        Some(region) if !town.starts_with(region) => format!("{town}, {region}"),
        _ => town.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_place_names_its_region_once() {
        assert_eq!(
            super::place("Dalanzadgad", Some("Ömnögovi")),
            "Dalanzadgad, Ömnögovi"
        );
        assert_eq!(
            super::place("Ulaanbaatar", Some("Ulaanbaatar")),
            "Ulaanbaatar"
        );
        assert_eq!(
            super::place(
                "Ulaanbaatar (Ministry of Foreign Affairs)",
                Some("Ulaanbaatar")
            ),
            "Ulaanbaatar (Ministry of Foreign Affairs)"
        );
        assert_eq!(super::place("19 aimag centres", None), "19 aimag centres");
    }

    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn a_month_is_written_without_an_invented_day() {
        assert_eq!(date(Lang::En, d("2018-02")), "February 2018");
        assert_eq!(date(Lang::Mn, d("2018-02")), "2018 оны 2-р сар");
    }

    #[test]
    fn a_day_is_written_in_each_language() {
        assert_eq!(date(Lang::En, d("2018-05-17")), "17 May 2018");
        assert_eq!(date(Lang::Mn, d("2018-05-17")), "2018 оны 5-р сарын 17");
        assert_eq!(date(Lang::En, d("2010")), "2010");
    }

    #[test]
    fn a_document_is_named_by_its_symbol_or_its_publisher_and_date() {
        let doc = |id: &str, publisher: &str, date: Option<&str>| crate::model::Document {
            id: id.into(),
            title: "T".into(),
            publisher: publisher.into(),
            date: date.and_then(PartialDate::parse),
            url: None,
            note: None,
        };
        let un = doc(
            "A/HRC/16/5",
            "United Nations Human Rights Council",
            Some("2011-01"),
        );
        assert_eq!(document_name(Lang::En, &un), "A/HRC/16/5");
        let news = doc("montsame-2020-11-05", "MONTSAME", Some("2020-11-05"));
        assert_eq!(document_name(Lang::En, &news), "MONTSAME, 5 November 2020");
        assert_eq!(
            document_name(Lang::Mn, &news),
            "MONTSAME, 2020 оны 11-р сарын 5"
        );
        assert_eq!(document_name(Lang::En, &doc("x", "", None)), "x");
    }

    #[test]
    fn a_span_shows_both_ends() {
        let w = When::parse("2018-03/2018-04").unwrap();
        assert_eq!(when(Lang::En, w), "March 2018 – April 2018");
        let w = When::parse("2018-03-31/2018-04-01").unwrap();
        assert_eq!(when(Lang::En, w), "31 March 2018 – 1 April 2018");
        // Days of one month name it once.
        let w = When::parse("2018-03-21/2018-03-22").unwrap();
        assert_eq!(when(Lang::En, w), "21–22 March 2018");
        assert_eq!(when(Lang::Mn, w), "2018 оны 3-р сарын 21–22");
    }

    #[test]
    fn a_browser_timestamp_shows_to_the_minute_in_utc() {
        assert_eq!(
            utc_minute("2026-12-02T13:32:07.123Z"),
            "2026-12-02 13:32 UTC"
        );
        assert_eq!(utc_minute("yesterday"), "yesterday");
        assert_eq!(utc_minute("2026-12-02 13:32"), "2026-12-02 13:32");
        assert_eq!(utc_minute("éé"), "éé");
    }
}
