//! Value types shared by register and organisation files: dates, durations, contacts.

use super::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = s[0..4].parse().ok()?;
        let month: u32 = s[5..7].parse().ok()?;
        let day: u32 = s[8..10].parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Today's date where the officer is: in the time zone `TZ` names, Europe/Helsinki when
    /// it names none (see [`Date::today_at`]); or `SELOSTE_TODAY` (YYYY-MM-DD) when set,
    /// so that checks that compare with today are reproducible in tests.
    pub fn today() -> Date {
        if let Some(d) = std::env::var("SELOSTE_TODAY")
            .ok()
            .and_then(|s| Date::parse(&s))
        {
            return d;
        }
        Date::today_at(jiff::Timestamp::now(), std::env::var("TZ").ok().as_deref())
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm), to count the days between two dates.
    pub fn days_since_epoch(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date at the instant `now` in the time zone `tz` (the value of `TZ`: an IANA name
    /// such as `Europe/Stockholm`, perhaps after a `:`, or a POSIX rule such as `UTC0`),
    /// read from the time zone database compiled into seloste. Europe/Helsinki when `tz`
    /// is unset, empty or not a time zone: a Finnish register's dates are Finnish dates,
    /// also on a CI runner that keeps UTC.
    pub fn today_at(now: jiff::Timestamp, tz: Option<&str>) -> Date {
        use jiff::tz::TimeZone;
        let named = tz
            .map(|t| t.trim_start_matches(':'))
            .filter(|t| !t.is_empty())
            .and_then(|t| TimeZone::get(t).or_else(|_| TimeZone::posix(t)).ok());
        let zone = named
            .or_else(|| TimeZone::get("Europe/Helsinki").ok())
            .unwrap_or(TimeZone::UTC);
        let d = now.to_zoned_datetime(zone).date();
        Date {
            year: i32::from(d.year()),
            month: d.month() as u32,
            day: d.day() as u32,
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(Unreadable::Date(s)))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written YYYY-MM-DD, e.g. 2026-03-02.",
            "examples": ["2026-03-02"]
        })
    }
}

/// A value of these types that could not be read: `Date`'s or `Duration`'s error. A serde
/// error carries only a string, so this travels in it as a tag and the value
/// ([`fmt::Display`]), and the loader, which puts reading errors into the officer's
/// words, gets it back with [`Unreadable::recognise`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a date `YYYY-MM-DD` (or one that does not exist).
    Date(String),
    /// Not an ISO 8601 period.
    Period(String),
}

impl Unreadable {
    const DATE: &'static str = "seloste-unreadable-date:";
    const PERIOD: &'static str = "seloste-unreadable-period:";

    /// The error a serde error's text carries, if it is one.
    pub fn recognise(error: &str) -> Option<Unreadable> {
        if let Some(v) = error.strip_prefix(Self::DATE) {
            Some(Unreadable::Date(v.to_string()))
        } else {
            error
                .strip_prefix(Self::PERIOD)
                .map(|v| Unreadable::Period(v.to_string()))
        }
    }
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::Date(v) => write!(f, "{}{v}", Self::DATE),
            Unreadable::Period(v) => write!(f, "{}{v}", Self::PERIOD),
        }
    }
}

/// A length of time in ISO 8601 form: `P10Y` (10 years), `P6M` (6 months), `P2W`, `P30D`,
/// or combinations such as `P1Y6M`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Duration {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
}

impl Duration {
    pub fn parse(s: &str) -> Option<Duration> {
        let rest = s.strip_prefix('P')?;
        if rest.is_empty() {
            return None;
        }
        let mut d = Duration::default();
        let mut num = String::new();
        let mut last_unit = 0;
        for c in rest.chars() {
            if c.is_ascii_digit() {
                num.push(c);
                continue;
            }
            let (order, slot) = match c {
                'Y' => (1, &mut d.years),
                'M' => (2, &mut d.months),
                'W' => (3, &mut d.weeks),
                'D' => (4, &mut d.days),
                _ => return None,
            };
            if num.is_empty() || order <= last_unit {
                return None;
            }
            *slot = num.parse().ok()?;
            num.clear();
            last_unit = order;
        }
        if !num.is_empty() {
            return None;
        }
        Some(d)
    }

    pub fn is_zero(&self) -> bool {
        self.years == 0 && self.months == 0 && self.weeks == 0 && self.days == 0
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        for (n, u) in [
            (self.years, 'Y'),
            (self.months, 'M'),
            (self.weeks, 'W'),
            (self.days, 'D'),
        ] {
            if n > 0 {
                write!(f, "{n}{u}")?;
            }
        }
        if self.is_zero() {
            f.write_str("0D")?;
        }
        Ok(())
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Duration::parse(&s).ok_or_else(|| serde::de::Error::custom(Unreadable::Period(s)))
    }
}

impl JsonSchema for Duration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$",
            "description": "A period in ISO 8601 form: P10Y = 10 years, P6M = 6 months, P2W = 2 weeks, P30D = 30 days, P1Y6M = 18 months.",
            "examples": ["P10Y", "P6M", "P1Y6M"]
        })
    }
}

/// How to reach a person or a function (a contact person, the DPO, a representative).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"name": "Kaija Savolainen", "title": {"fi": "toimitusjohtaja", "en": "managing director"}, "email": "kaija.savolainen@esimerkki.fi"}))]
pub struct Contact {
    /// The person's name, or a role such as "Tietosuojavastaava" when the contact is a shared mailbox.
    #[schemars(example = &"Kaija Savolainen")]
    pub name: Option<String>,
    /// Job title or role, e.g. "toimitusjohtaja" / "managing director".
    pub title: Option<Text>,
    /// E-mail address.
    #[schemars(example = &"tietosuoja@example.fi")]
    pub email: Option<String>,
    /// Telephone number, e.g. `017 266 3800` or `+358 17 266 3800`.
    #[schemars(example = &"+358 17 266 3800")]
    pub phone: Option<String>,
    /// Postal address, if letters are the way to reach this contact.
    pub address: Option<Text>,
}

#[cfg(test)]
mod today_tests {
    use super::Date;

    fn at(instant: &str, tz: Option<&str>) -> String {
        Date::today_at(instant.parse().unwrap(), tz).to_string()
    }

    /// Just before midnight in Helsinki it is still the day before in UTC, and the other
    /// way round; summer time moves the boundary by an hour.
    #[test]
    fn today_is_the_date_in_helsinki_unless_tz_names_another_zone() {
        assert_eq!(at("2026-11-29T21:59:59Z", None), "2026-11-29");
        assert_eq!(at("2026-11-29T22:00:00Z", None), "2026-11-30");
        assert_eq!(at("2026-11-29T22:00:00Z", Some("")), "2026-11-30");
        assert_eq!(at("2026-06-30T21:00:00Z", None), "2026-07-01");
        assert_eq!(at("2026-06-30T20:59:59Z", None), "2026-06-30");
        assert_eq!(at("2026-11-29T22:00:00Z", Some("UTC")), "2026-11-29");
        assert_eq!(at("2026-11-29T22:00:00Z", Some("UTC0")), "2026-11-29");
        assert_eq!(
            at("2026-11-29T22:30:00Z", Some(":Europe/Stockholm")),
            "2026-11-29"
        );
        assert_eq!(
            at("2026-11-29T23:30:00Z", Some("Europe/Stockholm")),
            "2026-11-30"
        );
        // Not a time zone: Helsinki.
        assert_eq!(
            at("2026-11-29T22:00:00Z", Some("Nowhere/Atlantis")),
            "2026-11-30"
        );
    }
}
