//! `field.date`: date-times must be `YYYY-MM-DDTHH:MM:SS[.f…][Z]` (1–6 fraction digits) and
//! real (no 29 February outside leap years, no 24:00). `application.published` and
//! `application.expires` need the time part; the work start and the fixed-term end date (this
//! crate's fields) may be plain dates.
//!
//! A trailing `Z` (UTC) and fractions of a second are valid: they are how Työmarkkinatori itself
//! writes its times (`"expires": "2026-09-21T20:59:59Z"`, `"published":
//! "2026-09-07T02:08:24.444416Z"` in a real posting; DOMAIN.md, which replaced the older note
//! that a `Z` might be rejected). Other time-zone forms (`+02:00`) are not.

use crate::datetime::{DateError, DateTime};
use crate::model::JobAd;
use crate::rule::{concat, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Date;

static INFO: RuleInfo = RuleInfo {
    id: "field.date",
    severity: Severity::Error,
    title: tr_text!( fi: "Virheellinen päivämäärä", sv: "Ogiltigt datum", en: "Invalid date" ),
    description: tr_text!(
        fi: "Ajankohdat kirjoitetaan muodossa VVVV-KK-PPTHH:MM:SS (esim. 2026-12-31T16:00:00 tai UTC-aikana 2026-12-31T14:00:00Z), ja päivän pitää olla olemassa.",
        sv: "Tidpunkter skrivs i formen ÅÅÅÅ-MM-DDTHH:MM:SS (t.ex. 2026-12-31T16:00:00 eller i UTC 2026-12-31T14:00:00Z), och dagen ska finnas.",
        en: "Date-times are written YYYY-MM-DDTHH:MM:SS (e.g. 2026-12-31T16:00:00, or in UTC 2026-12-31T14:00:00Z), and the day must exist.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// A date field of the ad.
pub(crate) struct DateField<'a> {
    pub path: &'static str,
    pub value: &'a str,
    /// Whether the time part is required.
    pub needs_time: bool,
}

/// Every date field with a non-empty value.
pub(crate) fn date_fields(ad: &JobAd) -> Vec<DateField<'_>> {
    fn add<'a>(out: &mut Vec<DateField<'a>>, path: &'static str, value: Option<&'a str>, needs_time: bool) {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            out.push(DateField { path, value, needs_time });
        }
    }
    let mut out = Vec::new();
    if let Some(a) = ad.application.get() {
        add(&mut out, "application.published", a.published.as_str(), true);
        add(&mut out, "application.expires", a.expires.as_str(), true);
    }
    if let Some(p) = ad.position.get() {
        add(&mut out, "position.workStart.date", p.work_start.get().and_then(|w| w.date.as_str()), false);
        add(&mut out, "position.fixedTerm.endDate", p.fixed_term.get().and_then(|f| f.end_date.as_str()), false);
    }
    out
}

/// The value of a date field as the other date rules read it (a trailing `Z` ignored), or
/// `None` when it is not a valid date (this rule reports that).
pub(crate) fn parsed(ad: &JobAd, path: &str) -> Option<DateTime> {
    date_fields(ad).into_iter().find(|d| d.path == path).and_then(|d| DateTime::parse(d.value, true).ok())
}

impl Rule for Date {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for DateField { path, value, needs_time } in date_fields(ad) {
            // A `Z` (UTC) is valid after a time of day, as the service itself writes it.
            let zoned = value.strip_suffix('Z');
            let plain = zoned.unwrap_or(value);
            let parsed = if zoned.is_some() && plain.len() == 10 { Err(DateError::Format) } else { DateTime::parse(plain, false) };
            let finding = match parsed {
                Ok(_) if needs_time && plain.len() == 10 => {
                    let fix = concat(&[value, if path.ends_with("expires") { "T23:59:59" } else { "T00:00:00" }]);
                    Finding::error(tr!(lang, [value, fix],
                        fi: "Ajankohdasta ”{value}” puuttuu kellonaika. Kirjoita muodossa {fix}.",
                        sv: "Tidpunkten ”{value}” saknar klockslag. Skriv den i formen {fix}.",
                        en: "“{value}” lacks the time of day. Write it as {fix}.",
                    ))
                    .suggestion(fix)
                }
                Ok(_) => continue,
                Err(DateError::NotReal) => Finding::error(tr!(lang, [value],
                    fi: "Päivämäärää ”{value}” ei ole olemassa (tarkista päivä, kuukausi ja kellonaika). Korjaa päivämäärä.",
                    sv: "Datumet ”{value}” finns inte (kontrollera dag, månad och klockslag). Rätta datumet.",
                    en: "The date “{value}” does not exist (check the day, month and time). Correct it.",
                )),
                Err(_) => Finding::error(tr!(lang, [value],
                    fi: "”{value}” ei ole muotoa VVVV-KK-PPTHH:MM:SS. Kirjoita esimerkiksi 2026-12-31T16:00:00.",
                    sv: "”{value}” har inte formen ÅÅÅÅ-MM-DDTHH:MM:SS. Skriv till exempel 2026-12-31T16:00:00.",
                    en: "“{value}” is not of the form YYYY-MM-DDTHH:MM:SS. Write e.g. 2026-12-31T16:00:00.",
                )),
            };
            out.push(finding.field(path));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::ad;
    use crate::Severity;
    use serde_json::json;

    fn found(json: serde_json::Value) -> Vec<(String, Severity)> {
        ad(json).of_rule("field.date").map(|d| (d.field.clone().unwrap_or_default(), d.severity)).collect()
    }

    #[test]
    fn formats_leap_days_and_zones() {
        use Severity::*;
        let cases: Vec<(&str, Option<Severity>)> = vec![
            ("2026-12-31T16:00:00", None),
            ("2026-12-31T16:00:00.5", None),
            ("2026-12-31T16:00:00.123456", None),
            ("2028-02-29T12:00:00", None),        // leap year
            ("2000-02-29T12:00:00", None),        // divisible by 400
            ("2027-02-29T12:00:00", Some(Error)), // not a leap year
            ("2100-02-29T12:00:00", Some(Error)), // divisible by 100, not 400
            ("2026-04-31T12:00:00", Some(Error)),
            ("2026-12-31T24:00:00", Some(Error)),
            // As the service writes them (real postings, tests/real/): UTC, with fractions.
            ("2026-09-21T20:59:59Z", None),
            ("2026-09-07T02:08:24.444416Z", None),
            ("2026-09-07T02:08:24.442Z", None),
            ("2026-09-04T20:17:20.78Z", None),
            ("2026-12-31T16:00:00.1234567Z", Some(Error)),
            ("2026-12-31T16:00:00ZZ", Some(Error)),
            ("2026-12-31T16:00:00z", Some(Error)),
            ("2026-12-31T16:00Z", Some(Error)),
            ("2026-12-31T16:00:00+02:00", Some(Error)),
            ("2026-12-31T16:00:00.1234567", Some(Error)),
            ("31.12.2026", Some(Error)),
            ("2026-12-31 16:00:00", Some(Error)),
            ("2026-12-31", Some(Error)), // the time is required here
            ("2027-02-29Z", Some(Error)),
        ];
        for (value, want) in cases {
            let got = found(json!({"application": {"expires": value}}));
            let want: Vec<(String, Severity)> = want.map(|s| ("application.expires".to_owned(), s)).into_iter().collect();
            assert_eq!(got, want, "{value:?}");
        }
    }

    #[test]
    fn plain_dates_where_allowed_and_suggestions() {
        assert!(found(json!({"position": {"workStart": {"date": "2027-01-15"}, "fixedTerm": {"endDate": "2027-06-30"}}})).is_empty());
        assert_eq!(
            found(json!({"position": {"workStart": {"date": "2027-02-30"}}})),
            vec![("position.workStart.date".to_owned(), Severity::Error)]
        );
        let r = ad(json!({"application": {"published": "2026-12-01", "expires": "2026-12-31"}}));
        let fixes: Vec<_> = r.of_rule("field.date").map(|d| d.suggestion.clone()).collect();
        assert_eq!(fixes, vec![Some("2026-12-31T23:59:59".into()), Some("2026-12-01T00:00:00".into())]); // sorted by field: expires, published
        assert_eq!(
            found(json!({"position": {"workStart": {"date": "2027-01-15Z"}}})),
            vec![("position.workStart.date".to_owned(), Severity::Error)]
        );
        assert!(found(json!({"application": {"published": "", "expires": null}})).is_empty());
    }
}
