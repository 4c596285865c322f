//! `field.date_order`: dates that contradict each other. `application.expires` must come after
//! `application.published` (when `published` is empty the ad is published at once, and
//! `field.date_past` checks `expires` against now); a fixed term must end after the work starts.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, sub};
use crate::rules::field::date::parsed;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct DateOrder;

static INFO: RuleInfo = RuleInfo {
    id: "field.date_order",
    severity: Severity::Error,
    title: tr_text!( fi: "Päivämäärät väärässä järjestyksessä", sv: "Datumen i fel ordning", en: "Dates out of order" ),
    description: tr_text!(
        fi: "Hakuajan pitää päättyä julkaisun jälkeen, ja määräaikaisen työn pitää päättyä sen alkamisen jälkeen.",
        sv: "Ansökningstiden ska gå ut efter publiceringen, och ett visstidsarbete ska sluta efter att det börjat.",
        en: "The application period must end after publication, and a fixed-term job must end after it starts.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for DateOrder {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        if let (Some(published), Some(expires)) = (parsed(ad, "application.published"), parsed(ad, "application.expires")) {
            if expires <= published {
                out.push(
                    Finding::error(tr!(lang, [expires, published],
                        fi: "Hakuaika päättyy ({expires}) ennen julkaisua ({published}) tai samaan aikaan. Siirrä päättymisaikaa myöhemmäksi.",
                        sv: "Ansökningstiden går ut ({expires}) före eller samtidigt som publiceringen ({published}). Flytta sista ansökningsdagen framåt.",
                        en: "The application period ends ({expires}) before or when the ad is published ({published}). Move the deadline later.",
                    ))
                    .field("application.expires"),
                );
            }
        }
        if let (Some(start), Some(end)) = (parsed(ad, "position.workStart.date"), parsed(ad, "position.fixedTerm.endDate")) {
            if end < start {
                let (start, end) = (start.text(), end.text());
                let (start, end) = (sub(&start, ..10), sub(&end, ..10));
                out.push(
                    Finding::error(tr!(lang, [end, start],
                        fi: "Määräaikainen työ päättyy ({end}) ennen kuin se alkaa ({start}). Korjaa päättymis- tai alkamispäivä.",
                        sv: "Visstidsarbetet slutar ({end}) innan det börjar ({start}). Rätta slut- eller startdatumet.",
                        en: "The fixed-term job ends ({end}) before it starts ({start}). Correct the end or start date.",
                    ))
                    .field("position.fixedTerm.endDate"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn order() {
        let cases = [
            (json!({"application": {"published": "2026-12-01T08:00:00", "expires": "2026-12-31T16:00:00"}}), vec![]),
            (json!({"application": {"published": "2026-12-31T16:00:00", "expires": "2026-12-01T08:00:00"}}), vec!["application.expires"]),
            (json!({"application": {"published": "2026-12-01T08:00:00", "expires": "2026-12-01T08:00:00"}}), vec!["application.expires"]),
            (json!({"application": {"published": "2026-12-01T08:00:00Z", "expires": "2026-11-30T08:00:00"}}), vec!["application.expires"]),
            (json!({"application": {"published": "2026-12-31T16:00:00", "expires": "2026-02-30T08:00:00"}}), vec![]), // field.date's
            (json!({"application": {"expires": "2026-12-01T08:00:00"}}), vec![]),
            (json!({"position": {"workStart": {"code": "02", "date": "2027-01-15"}, "fixedTerm": {"endDate": "2027-06-30"}}}), vec![]),
            (json!({"position": {"workStart": {"date": "2027-01-15"}, "fixedTerm": {"endDate": "2027-01-15"}}}), vec![]), // a one-day job
            (
                json!({"position": {"workStart": {"date": "2027-06-30"}, "fixedTerm": {"endDate": "2027-01-15"}}}),
                vec!["position.fixedTerm.endDate"],
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(fields_of(&ad(json.clone()), "field.date_order"), expected, "{json}");
        }
    }
}
