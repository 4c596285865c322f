//! `field.date_past`: the application deadline (`application.expires`) has already passed, so
//! the ad would never be shown. "Now" comes from the options (tests fix it; the wasm binding
//! passes the browser's clock).

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::date::parsed;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct DatePast;

static INFO: RuleInfo = RuleInfo {
    id: "field.date_past",
    severity: Severity::Error,
    title: tr_text!( fi: "Hakuaika on jo päättynyt", sv: "Ansökningstiden har redan gått ut", en: "Deadline already passed" ),
    description: tr_text!(
        fi: "Hakuajan päättymisaika on menneisyydessä, joten ilmoitusta ei näytettäisi lainkaan. Valitse tuleva päättymisaika.",
        sv: "Sista ansökningsdagen har redan passerat, så annonsen skulle inte visas alls. Välj en kommande tidpunkt.",
        en: "The application deadline is in the past, so the ad would never be shown. Choose a future deadline.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for DatePast {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let (Some(now), Some(expires)) = (out.now(), parsed(ad, "application.expires")) else { return };
        if expires <= now {
            out.push(
                Finding::error(tr!(lang, [expires],
                    fi: "Hakuaika päättyi jo ({expires}). Valitse tuleva päättymisaika.",
                    sv: "Ansökningstiden har redan gått ut ({expires}). Välj en kommande tidpunkt.",
                    en: "The application deadline ({expires}) has already passed. Choose a future one.",
                ))
                .field("application.expires"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn against_now() {
        // test_util fixes now at 2026-11-25T12:00:00.
        let cases = [
            ("2026-11-25T12:00:01", false),
            ("2027-01-31T16:00:00", false),
            ("2026-11-25T12:00:00", true),
            ("2026-11-25T11:59:59.999999", true),
            ("2025-12-31T16:00:00", true),
            ("2026-11-24T23:59:59Z", true),
            ("2025-02-29T12:00:00", false), // not a date: field.date's
        ];
        for (expires, past) in cases {
            let want: Vec<&str> = if past { vec!["application.expires"] } else { vec![] };
            assert_eq!(fields_of(&ad(json!({"application": {"expires": expires}})), "field.date_past"), want, "{expires}");
        }
    }
}
