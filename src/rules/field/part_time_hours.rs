//! `field.part_time_hours`: part-time work (`position.workTime` `02`) should say how many hours
//! and per what period: `position.workingHours` with a minimum or maximum and a period
//! (`0201` per week, `0202` per month), or a text in `position.partTimeInfo` (DOMAIN.md).

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::{any_text, filled};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct PartTimeHours;

static INFO: RuleInfo = RuleInfo {
    id: "field.part_time_hours",
    severity: Severity::Warning,
    title: tr_text!( fi: "Osa-aikatyön tuntimäärä puuttuu", sv: "Timantalet för deltidsarbetet saknas", en: "Part-time hours missing" ),
    description: tr_text!(
        fi: "Kerro osa-aikatyöstä tuntimäärä ja jakso (esim. 20–25 h viikossa) joko työaikatiedoissa tai osa-aikatyön lisätiedoissa.",
        sv: "Ange timantalet och perioden för deltidsarbetet (t.ex. 20–25 h i veckan) antingen i arbetstidsuppgifterna eller i tilläggsuppgifterna om deltid.",
        en: "For part-time work, state the hours and the period (e.g. 20–25 h a week), either in the working hours or in the part-time details.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Ad,
};

impl Rule for PartTimeHours {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(p) = ad.position.get() else { return };
        if p.work_time.as_str() != Some("02") || any_text(&p.part_time_info) || p.part_time_info.invalid().is_some() {
            return;
        }
        let hours = p.working_hours.get().map(|wh| {
            let amount = wh.min.get().is_some() || wh.max.get().is_some();
            let period = wh.period.as_str().is_some_and(filled);
            (amount, period)
        });
        let (field, message) = match hours {
            Some((true, true)) => return,
            Some((true, false)) => (
                "position.workingHours.period",
                tr!(lang, [],
                    fi: "Osa-aikatyön tuntimäärälle puuttuu jakso. Valitse, onko tuntimäärä viikossa vai kuukaudessa.",
                    sv: "Timantalet för deltidsarbetet saknar period. Välj om timmarna gäller per vecka eller per månad.",
                    en: "The part-time hours lack a period. Choose whether they are per week or per month.",
                ),
            ),
            _ => (
                "position.partTimeInfo",
                tr!(lang, [],
                    fi: "Työ on osa-aikaista, mutta tuntimäärää ei kerrota. Kerro tunnit ja jakso, esimerkiksi ”20–25 h viikossa”.",
                    sv: "Arbetet är på deltid men timantalet anges inte. Ange timmarna och perioden, till exempel ”20–25 h i veckan”.",
                    en: "The job is part-time but the hours are not given. State the hours and the period, e.g. “20–25 hours a week”.",
                ),
            ),
        };
        out.push(Finding::warning(message).field(field));
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn part_time_needs_hours() {
        let cases = [
            (json!({"workTime": "01"}), vec![]),
            (json!({"workTime": "02"}), vec!["position.partTimeInfo"]),
            (json!({"workTime": "02", "partTimeInfo": {"fi": "20–25 h viikossa"}}), vec![]),
            (json!({"workTime": "02", "partTimeInfo": {"sv": "20 h i veckan"}}), vec![]),
            (json!({"workTime": "02", "partTimeInfo": {"fi": " "}}), vec!["position.partTimeInfo"]),
            (json!({"workTime": "02", "workingHours": {"min": 20, "max": 25, "period": "0201"}}), vec![]),
            (json!({"workTime": "02", "workingHours": {"max": 80, "period": "0202"}}), vec![]),
            (json!({"workTime": "02", "workingHours": {"min": 20}}), vec!["position.workingHours.period"]),
            (json!({"workTime": "02", "workingHours": {"period": "0201"}}), vec!["position.partTimeInfo"]),
            (json!({"workTime": "02", "workingHours": {"codes": ["01"]}}), vec!["position.partTimeInfo"]),
        ];
        for (position, expected) in cases {
            assert_eq!(fields_of(&ad(json!({"position": position.clone()})), "field.part_time_hours"), expected, "{position}");
        }
    }
}
