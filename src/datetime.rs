//! Date-times as the ad writes them: `YYYY-MM-DDTHH:MM:SS[.ffffff]` (max 26 characters).
//!
//! No time-zone database: ad times are compared as civil (wall-clock) times, which is what a
//! recruiter means by "expires on the 31st". [`DateTime::from_unix_millis`] gives UTC.

use std::fmt;

use crate::rule::push_decimal;

/// A civil date-time, to the microsecond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    /// Year, 0–9999.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31 (checked against the month).
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–59.
    pub second: u8,
    /// Microseconds, 0–999 999.
    pub micros: u32,
}

/// Why a string is not a date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateError {
    /// Not the `YYYY-MM-DDTHH:MM:SS[.ffffff]` shape.
    Format,
    /// The shape is right but the date or time does not exist (e.g. 2025-02-29, 24:00).
    NotReal,
}

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year`.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
}

impl DateTime {
    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DDTHH:MM:SS.f` (1–6 fraction
    /// digits). With `allow_zone`, a trailing `Z` is accepted too (and ignored).
    pub fn parse(s: &str, allow_zone: bool) -> Result<DateTime, DateError> {
        let s = if allow_zone { s.strip_suffix('Z').unwrap_or(s) } else { s };
        let b = s.as_bytes();
        if b.len() != 10 && (b.len() < 19 || b.len() > 26) {
            return Err(DateError::Format);
        }
        let sep = |i: usize, c: u8| b.get(i) == Some(&c);
        if !(sep(4, b'-') && sep(7, b'-')) {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| b.get(r).and_then(digits).ok_or(DateError::Format);
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (mut hour, mut minute, mut second, mut micros) = (0, 0, 0, 0);
        if b.len() > 10 {
            if !(sep(10, b'T') && sep(13, b':') && sep(16, b':')) {
                return Err(DateError::Format);
            }
            hour = num(11..13)?;
            minute = num(14..16)?;
            second = num(17..19)?;
            if b.len() > 19 {
                if !sep(19, b'.') || b.len() == 20 {
                    return Err(DateError::Format);
                }
                let frac = b.get(20..).unwrap_or_default();
                let value = digits(frac).ok_or(DateError::Format)?;
                micros = value * 10u32.pow(6 - frac.len() as u32);
            }
        }
        let (year, month, day) = (year as u16, month as u8, day as u8);
        if month == 0 || month > 12 || day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 59 {
            return Err(DateError::NotReal);
        }
        Ok(DateTime { year, month, day, hour: hour as u8, minute: minute as u8, second: second as u8, micros })
    }

    /// The UTC civil time of a Unix timestamp in milliseconds (years 0–9999, clamped).
    pub fn from_unix_millis(ms: i64) -> DateTime {
        let ms = ms.clamp(-62_167_219_200_000, 253_402_300_799_999);
        let secs = ms.div_euclid(1000);
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        DateTime {
            year: year as u16,
            month: month as u8,
            day: day as u8,
            hour: (rem / 3600) as u8,
            minute: (rem % 3600 / 60) as u8,
            second: (rem % 60) as u8,
            micros: (ms.rem_euclid(1000) * 1000) as u32,
        }
    }

    /// The current UTC time from the system clock (not available in wasm: the binding passes
    /// `Date.now()` instead).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn now_utc() -> DateTime {
        let ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
        DateTime::from_unix_millis(ms)
    }
}

impl DateTime {
    /// The date-time as `2026-11-25T12:30:15` (what `Display` writes).
    pub(crate) fn text(&self) -> String {
        let mut text = String::with_capacity(19);
        self.append_to(&mut text);
        text
    }

    /// Appends [`DateTime::text`] to `out`, without `core::fmt` (which costs the wasm more).
    pub(crate) fn append_to(&self, out: &mut String) {
        push_decimal(out, self.year.into(), 4);
        for (separator, value) in "--T::".chars().zip([self.month, self.day, self.hour, self.minute, self.second]) {
            out.push(separator);
            push_decimal(out, value.into(), 2);
        }
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_ad_format_and_rejects_the_rest() {
        let ok = [
            ("2026-12-31T23:59:59", (2026, 12, 31, 23, 59, 59, 0)),
            ("2026-01-02T03:04:05.5", (2026, 1, 2, 3, 4, 5, 500_000)),
            ("2026-01-02T03:04:05.123456", (2026, 1, 2, 3, 4, 5, 123_456)),
            ("2028-02-29", (2028, 2, 29, 0, 0, 0, 0)),
            ("2000-02-29T00:00:00", (2000, 2, 29, 0, 0, 0, 0)),
        ];
        for (s, (y, mo, d, h, mi, se, us)) in ok {
            let t = DateTime::parse(s, false).unwrap_or_else(|e| panic!("{s}: {e:?}"));
            assert_eq!((t.year, t.month, t.day, t.hour, t.minute, t.second, t.micros), (y, mo, d, h, mi, se, us), "{s}");
        }
        let format = [
            "",
            "2026-1-02",
            "2026/01/02",
            "2026-01-02 03:04:05",
            "2026-01-02T03:04",
            "2026-01-02T03:04:05.",
            "2026-01-02T03:04:05.1234567",
            "2026-01-02T03:04:05Z",
            "२०२६-01-02",
            "2026-01-02T03:04:05+02:00",
        ];
        for s in format {
            assert_eq!(DateTime::parse(s, false), Err(DateError::Format), "{s:?}");
        }
        let not_real = ["2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-02T24:00:00", "2026-01-02T23:60:00"];
        for s in not_real {
            assert_eq!(DateTime::parse(s, false), Err(DateError::NotReal), "{s:?}");
        }
        assert!(DateTime::parse("2026-01-02T03:04:05Z", true).is_ok());
    }

    #[test]
    fn unix_millis_match_known_dates() {
        assert_eq!(DateTime::from_unix_millis(0).to_string(), "1970-01-01T00:00:00");
        assert_eq!(DateTime::from_unix_millis(951_782_400_000).to_string(), "2000-02-29T00:00:00");
        assert_eq!(DateTime::from_unix_millis(1_795_609_815_250).to_string(), "2026-11-25T12:30:15");
        assert_eq!(DateTime::from_unix_millis(-1000).to_string(), "1969-12-31T23:59:59");
        assert_eq!(DateTime::from_unix_millis(i64::MAX).year, 9999);
    }

    #[test]
    fn text_is_what_format_writes() {
        for ms in [i64::MIN, -62_167_219_200_000, -1000, 0, 951_782_400_000, 1_795_609_815_250, i64::MAX] {
            let t = DateTime::from_unix_millis(ms);
            let want = format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", t.year, t.month, t.day, t.hour, t.minute, t.second);
            assert_eq!((t.text(), t.to_string()), (want.clone(), want));
        }
    }
}
