//! Dates: a machine date (`2019-11-19T10:31:00Z`) or a written one ("Nov
//! 16 2015 | 9:42 AM IST", "16 de noviembre de 2015"), read into ISO 8601,
//! and only where it can be a publication date (after the web opened).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat};

use crate::patterns::{written_month, MONTH_NAMES, TIME_ZONES, WRITTEN_DATE};

/// A date in ISO 8601: `2015-11-16T09:42:00+05:30` when the time and zone are
/// known, `2015-11-16T09:42:00` without a zone, `2015-11-16` without a time.
pub fn normalise_date(raw: &str) -> Option<String> {
    normalise_printed_date(raw, NumericOrder::Unknown)
}

/// Which figure of a numeric date that reads both ways ("05/12/2026") is
/// the month, as the page's language writes dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumericOrder {
    /// No language, or a region whose writers use both orders: such a date is no date.
    Unknown,
    /// American English (and English with no region): "05/12/2026" is May 12.
    MonthFirst,
    /// Every other language that writes the day before the year: 5 December.
    DayFirst,
}

/// English as written where the month comes first: the US's, and English
/// with no region, which on the web is mostly the US's (on wcxb, reading it
/// month first dated one more page right on each half; a British site
/// tagged `en`, dated wrong before, is now wrong the other way round, and
/// two pages with no gold date changed). Canada's English writes both orders.
const MONTH_FIRST_ENGLISH: [&str; 2] = ["en-us", "en"];

/// The tags that name no language: undetermined, several, none, private use.
const NO_LANGUAGE: [&str; 5] = ["und", "mul", "zxx", "mis", "x"];

/// English as written where the day comes first.
const DAY_FIRST_ENGLISH: [&str; 8] = ["en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-sg", "en-uk"];

impl NumericOrder {
    /// The order a page whose language tag is `lang` ("fr", "en-US") writes.
    pub(super) fn of_language(lang: Option<&str>) -> NumericOrder {
        let Some(lang) = lang.map(str::to_ascii_lowercase) else { return NumericOrder::Unknown };
        let primary = lang.split('-').next().unwrap_or_default();
        if NO_LANGUAGE.contains(&primary) {
            NumericOrder::Unknown
        } else if MONTH_FIRST_ENGLISH.contains(&lang.as_str()) {
            NumericOrder::MonthFirst
        } else if primary != "en" || DAY_FIRST_ENGLISH.contains(&lang.as_str()) {
            NumericOrder::DayFirst
        } else {
            NumericOrder::Unknown
        }
    }
}

/// [`normalise_date`] for a date printed on a page that writes numeric
/// dates in `order`.
pub(super) fn normalise_printed_date(raw: &str, order: NumericOrder) -> Option<String> {
    let date = parse_date(raw, order)?;
    // "0001-01-01T00:00:00Z" is a placeholder, not a date: nothing was
    // published on the web before it existed. (The clock is no test: output
    // must not depend on when it is made.)
    let year: i32 = date.get(..4)?.parse().ok()?;
    (FIRST_WEB_YEAR..=LAST_PLAUSIBLE_YEAR).contains(&year).then_some(date)
}

/// Whether two ISO dates fall on the same day.
pub(super) fn same_day(a: &str, b: &str) -> bool {
    let day = |date: &str| NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok();
    match (day(a), day(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The year the web opened; no page was published before it.
const FIRST_WEB_YEAR: i32 = 1991;
/// Nor after this year, which only placeholders and countdowns print
/// ("November 20, 9999"); a fixed bound, so that output never depends on the clock.
const LAST_PLAUSIBLE_YEAR: i32 = 2100;

/// [`normalise_date`] before its plausibility check.
fn parse_date(raw: &str, order: NumericOrder) -> Option<String> {
    let raw = raw.trim();
    if let Ok(stamp) = DateTime::parse_from_rfc3339(raw) {
        return Some(stamp.to_rfc3339_opts(SecondsFormat::Secs, false));
    }
    if let Ok(stamp) = DateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S%z") {
        return Some(stamp.to_rfc3339_opts(SecondsFormat::Secs, false));
    }
    for format in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(stamp) = NaiveDateTime::parse_from_str(raw, format) {
            return Some(stamp.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    if let Ok(day) = NaiveDate::parse_from_str(raw.get(..10).unwrap_or(raw), "%Y-%m-%d") {
        return Some(day.format("%Y-%m-%d").to_string());
    }
    written_date(raw, order)
}

/// A date written out: "Last Updated : Nov 16 2015 | 9:42 AM IST", "16. November 2015".
fn written_date(text: &str, order: NumericOrder) -> Option<String> {
    let caps = WRITTEN_DATE.captures(text)?;
    let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (day, month, year) = if let Some(month) = written_month(&caps) {
        let day = number("day1").or(number("day2")).or(number("day4"))?;
        (day, month_number(month.as_str())?, number("year1").or(number("year2")).or(number("year4"))?)
    } else if let Some(year) = number("year3") {
        // Dots put the day first ("16.11.2015"), unless the second figure
        // cannot be a month ("06.18.2025").
        let (first, second) = (number("day3")?, number("month3")?);
        if second > 12 { (second, first, year) } else { (first, second, year) }
    } else if let Some(year) = number("year7") {
        // Slashes and dashes: the US puts the month first ("11/29/2024"),
        // Britain the day ("29/11/2024").
        let (day, month) = one_reading(number("first7")?, number("second7")?, order)?;
        (day, month, year)
    } else if let Some(year) = number("year8") {
        (number("day8")?, number("month8")?, year)
    } else {
        (number("day5")?, number("month5")?, number("year5")?)
    };
    let day = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let Some(mut hour) = number("hour") else { return Some(day.format("%Y-%m-%d").to_string()) };
    match caps.name("ampm").map(|m| m.as_str().to_ascii_lowercase().starts_with('p')) {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    let stamp = day.and_time(NaiveTime::from_hms_opt(hour, number("minute")?, 0)?);
    let zone = caps.name("zone").and_then(|z| TIME_ZONES.iter().find(|(name, _)| *name == z.as_str()));
    Some(match zone.and_then(|(_, minutes)| FixedOffset::east_opt(minutes * 60)) {
        Some(offset) => stamp.and_local_timezone(offset).single()?.to_rfc3339_opts(SecondsFormat::Secs, false),
        None => stamp.format("%Y-%m-%dT%H:%M:%S").to_string(),
    })
}

/// The day and the month of a numeric date written in either order: the
/// day first where the second figure cannot be a month, the month first
/// where it cannot be a day, and either when the two are the same; `None`
/// when it reads both ways ("3/4/2025" is March 4 in the US and 3 April in
/// Britain), unless the page's language says which. (Reading those month
/// first everywhere, as the US does, gained 0.3 points of wcxb's HTML dates
/// on each half and 0.6 on the text track's tune half only, and dates every
/// British page wrong where it gave none.)
fn one_reading(first: u32, second: u32, order: NumericOrder) -> Option<(u32, u32)> {
    match (first <= 12, second <= 12, order) {
        (true, false, _) => Some((second, first)),
        (false, true, _) => Some((first, second)),
        (true, true, _) if first == second => Some((first, second)),
        (true, true, NumericOrder::MonthFirst) => Some((second, first)),
        (true, true, NumericOrder::DayFirst) => Some((first, second)),
        _ => None,
    }
}

/// The month a written name stands for, if all the names it begins agree.
pub(super) fn month_number(written: &str) -> Option<u32> {
    let written = written.trim_end_matches('.').to_lowercase();
    if written.chars().count() < 3 {
        return None;
    }
    let mut months = MONTH_NAMES.iter().filter(|(name, _)| name.starts_with(&written)).map(|&(_, month)| month);
    let first = months.next()?;
    months.all(|m| m == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_dates_become_iso_8601_with_their_offset() {
        assert_eq!(normalise_date("Last Updated : Nov 16 2015 | 9:42 AM IST").as_deref(), Some("2015-11-16T09:42:00+05:30"));
        assert_eq!(normalise_date("Published: June 3, 2024").as_deref(), Some("2024-06-03"));
        assert_eq!(normalise_date("16. November 2015, 14:05 Uhr").as_deref(), Some("2015-11-16T14:05:00"));
        assert_eq!(normalise_date("le 3 décembre 2019 à 18h30 CET").as_deref(), Some("2019-12-03T18:30:00+01:00"));
        assert_eq!(normalise_date("16 de noviembre de 2015").as_deref(), Some("2015-11-16"));
        assert_eq!(normalise_date("Monday November 18, 2019 12:45 pm PST").as_deref(), Some("2019-11-18T12:45:00-08:00"));
        assert_eq!(normalise_date("16.11.2015").as_deref(), Some("2015-11-16"));
        // And in Russian, Polish, Turkish, Indonesian, Swedish and Arabic.
        for text in ["3 марта 2024 г.", "3 marca 2024", "3 Mart 2024", "3 Maret 2024", "3 mars 2024", "3 مارس 2024"] {
            assert_eq!(normalise_date(text).as_deref(), Some("2024-03-03"), "{text}");
        }
        assert_eq!(normalise_date("15 ağustos 2023 14:05").as_deref(), Some("2023-08-15T14:05:00"));
        assert_eq!(normalise_date("1 сентября 2023").as_deref(), Some("2023-09-01"));
    }

    #[test]
    fn a_date_written_with_dashes_around_its_month_word_parses() {
        assert_eq!(normalise_date("By: FlowGuard EMEA on 04-ago-2021 5:11:10").as_deref(), Some("2021-08-04T05:11:00"));
        assert_eq!(normalise_date("19-Dec-2025").as_deref(), Some("2025-12-19"));
        // Near misses: a month word that is no month, a year of two digits, no year.
        for text in ["12-Top-2020", "19-Dec-25", "19-Dec"] {
            assert_eq!(normalise_date(text), None, "{text}");
        }
    }

    #[test]
    fn year_first_dates_parse_as_scholarly_indexes_and_iso_write_them() {
        let dates = [
            ("2023 Jan 7", "2023-01-07"),
            ("Cureus. 2023 Jan 7;15(1):e33475", "2023-01-07"),
            ("by Jon Foster - 2025-09-13", "2025-09-13"),
            ("2019/1/22", "2019-01-22"),
            // Dotted, as Korea, China and Japan write them, and with the year, month and day marked.
            ("by Ann Lee / 2016.12.01", "2016-12-01"),
            ("기사입력 2016. 12. 1. 14:30", "2016-12-01T14:30:00"),
            ("2024年3月3日", "2024-03-03"),
            ("2024년 3월 3일", "2024-03-03"),
        ];
        for (text, date) in dates {
            assert_eq!(normalise_date(text).as_deref(), Some(date), "{text}");
        }
        // Near misses: a year and a month with no day, an impossible day, a year beside a count.
        for text in ["2023 Jan", "2023-02-30", "Top 2019 10 picks", "rev 2025.12.19.38237", "2024年3月"] {
            assert_eq!(normalise_date(text), None, "{text}");
        }
    }

    #[test]
    fn numeric_dates_with_one_reading_parse_and_those_with_two_do_not() {
        let dates = [
            ("11/29/2024", Some("2024-11-29")),
            ("29/11/2024", Some("2024-11-29")),
            ("longshot · 03/03/2026 19:44", Some("2026-03-03T19:44:00")),
            ("11-29-2024, 09:03 AM #1", Some("2024-11-29T09:03:00")),
            ("06.18.2025", Some("2025-06-18")),
            // Dots put the day first where both orders could be meant; slashes and dashes read both ways.
            ("05.06.2024", Some("2024-06-05")),
            ("3/4/2025", None),
            ("11-12-2024", None),
            ("13/13/2024", None),
        ];
        for (text, date) in dates {
            assert_eq!(normalise_date(text).as_deref(), date, "{text}");
        }
    }

    #[test]
    fn a_numeric_date_that_reads_both_ways_is_read_as_the_pages_language_writes_dates() {
        let read = |text: &str, lang: Option<&str>| normalise_printed_date(text, NumericOrder::of_language(lang));
        assert_eq!(read("Publié le 05/12/2026", Some("fr")).as_deref(), Some("2026-12-05"));
        assert_eq!(read("05/12/2026", Some("es-ES")).as_deref(), Some("2026-12-05"));
        assert_eq!(read("05/12/2026", Some("en-GB")).as_deref(), Some("2026-12-05"));
        assert_eq!(read("Published 05/12/2026", Some("en-US")).as_deref(), Some("2026-05-12"));
        assert_eq!(read("05/12/2026", Some("en")).as_deref(), Some("2026-05-12"));
        // Near misses: no language, English written both ways, and a date with one reading whatever the language.
        assert_eq!(read("05/12/2026", None), None);
        assert_eq!(read("05/12/2026", Some("en-CA")), None);
        assert_eq!(read("05/12/2026", Some("und")), None);
        assert_eq!(read("11/29/2024", Some("fr")).as_deref(), Some("2024-11-29"));
        assert_eq!(read("29/11/2024", Some("en-US")).as_deref(), Some("2024-11-29"));
    }

    #[test]
    fn machine_dates_are_kept_in_iso_form() {
        assert_eq!(normalise_date("2019-11-19T10:31:00Z").as_deref(), Some("2019-11-19T10:31:00+00:00"));
        assert_eq!(normalise_date("2019-11-19T10:31:00+0100").as_deref(), Some("2019-11-19T10:31:00+01:00"));
        assert_eq!(normalise_date("2019-11-19T10:31:00").as_deref(), Some("2019-11-19T10:31:00"));
        assert_eq!(normalise_date("2019-11-19").as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn text_that_is_no_date_gives_none() {
        for text in ["Chris Davies", "3 hours ago", "February 30, 2020", "Top 10 of 2019", "Marching 12 2020"] {
            assert_eq!(normalise_date(text), None, "{text}");
        }
    }
}
