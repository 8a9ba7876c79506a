//! Dates with their real precision: a year, a month or a day, or a span of two such dates.

use std::cmp::Ordering;
use std::fmt;

/// A calendar date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A date as a source gives it: one partial date, or a span whose exact days are not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum When {
    On(PartialDate),
    Between(PartialDate, PartialDate),
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        _ => 28,
    }
}

fn number<T: std::str::FromStr>(part: &str, len: usize) -> Option<T> {
    if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else or an impossible date.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('-');
        let year: u16 = number(parts.next()?, 4)?;
        let month: Option<u8> = match parts.next() {
            None => None,
            Some(p) => Some(number(p, 2).filter(|m| (1..=12).contains(m))?),
        };
        let day: Option<u8> = match parts.next() {
            None => None,
            Some(p) => {
                let m = month?;
                Some(number(p, 2).filter(|d| *d >= 1 && *d <= days_in_month(year, m))?)
            }
        };
        if parts.next().is_some() || year == 0 {
            return None;
        }
        Some(Self { year, month, day })
    }

    fn sort_key(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }

    /// The first and the last day the date may mean, as (year, month, day) (a month's last day
    /// counted as the 31st: only the order matters).
    pub(crate) fn span(&self) -> ((u16, u8, u8), (u16, u8, u8)) {
        let (m0, m1) = self.month.map_or((1, 12), |m| (m, m));
        let (d0, d1) = self.day.map_or((1, 31), |d| (d, d));
        ((self.year, m0, d0), (self.year, m1, d1))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl When {
    /// Parses a partial date or a span `start/end` whose end is not before its start.
    pub fn parse(text: &str) -> Option<Self> {
        match text.split_once('/') {
            None => PartialDate::parse(text).map(When::On),
            Some((a, b)) => {
                let (a, b) = (PartialDate::parse(a)?, PartialDate::parse(b)?);
                (a <= b).then_some(When::Between(a, b))
            }
        }
    }

    pub fn start(&self) -> PartialDate {
        match self {
            When::On(d) | When::Between(d, _) => *d,
        }
    }

    pub(crate) fn span(&self) -> ((u16, u8, u8), (u16, u8, u8)) {
        match self {
            When::On(d) => d.span(),
            When::Between(a, b) => (a.span().0, b.span().1),
        }
    }

    /// Whether every day this date may mean lies within `outer` (12 February 2018 is within
    /// February 2018; February 2018 is not within 12 February).
    pub fn within(&self, outer: &When) -> bool {
        let (inner, outer) = (self.span(), outer.span());
        inner.0 >= outer.0 && inner.1 <= outer.1
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::On(d) => d.fmt(f),
            When::Between(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl Ord for When {
    fn cmp(&self, other: &Self) -> Ordering {
        self.start()
            .cmp(&other.start())
            .then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

impl PartialOrd for When {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_within_a_month_or_a_span_that_covers_every_day_it_may_mean() {
        let w = |s: &str| When::parse(s).unwrap();
        assert!(w("2018-02-12").within(&w("2018-02")));
        assert!(w("2018-02").within(&w("2018-02")));
        assert!(!w("2018-02").within(&w("2018-02-12")));
        assert!(w("2018-03-21/2018-03-22").within(&w("2018-03/2018-04")));
        assert!(!w("2018-03-31/2018-05-01").within(&w("2018-03/2018-04")));
        assert!(!w("2019-02-12").within(&w("2018-02")));
    }

    #[test]
    fn a_date_keeps_the_precision_it_was_written_with() {
        assert_eq!(PartialDate::parse("2018").unwrap().to_string(), "2018");
        assert_eq!(
            PartialDate::parse("2018-02").unwrap().to_string(),
            "2018-02"
        );
        assert_eq!(
            PartialDate::parse("2018-05-17").unwrap().to_string(),
            "2018-05-17"
        );
    }

    #[test]
    fn impossible_or_malformed_dates_are_rejected() {
        for bad in [
            "",
            "18",
            "2018-13",
            "2018-02-30",
            "2019-02-29",
            "2018-5",
            "2018-05-17-1",
            "abcd",
            "0000",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert!(PartialDate::parse("2020-02-29").is_some());
    }

    #[test]
    fn a_span_must_not_end_before_it_starts() {
        assert!(matches!(
            When::parse("2018-03/2018-04"),
            Some(When::Between(..))
        ));
        assert_eq!(When::parse("2018-04/2018-03"), None);
        assert_eq!(
            When::parse("2018-03/2018-04").unwrap().to_string(),
            "2018-03/2018-04"
        );
    }

    #[test]
    fn less_precise_dates_sort_before_the_days_of_their_month() {
        let month = PartialDate::parse("2018-05").unwrap();
        let day = PartialDate::parse("2018-05-17").unwrap();
        assert!(month < day);
    }
}
