//! `field.fixed_term_duration`: fixed-term work (`position.continuityOfWork` `02`, or its kinds
//! `0201` seasonal and `0202` summer job) should say how long it lasts: an end date
//! (`position.fixedTerm.endDate`) or a duration in words (`position.fixedTerm.duration`).
//!
//! Severity: **info**, a tip. `fixedTerm` is this crate's name: the v2 postings Työmarkkinatori
//! serves have no such field (`tests/real/`), so a real fixed-term posting states its duration
//! in the description, where this rule cannot see it. Two of the three real search results are
//! fixed-term; the service published them, so a missing `fixedTerm` never gets an ad refused
//! (DOMAIN.md's severity policy: such a finding is info).

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::{any_text, filled};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct FixedTermDuration;

static INFO: RuleInfo = RuleInfo {
    id: "field.fixed_term_duration",
    severity: Severity::Info,
    title: tr_text!( fi: "Määräaikaisuuden kesto puuttuu", sv: "Visstidens längd saknas", en: "Fixed-term duration missing" ),
    description: tr_text!(
        fi: "Vinkki: kerro määräaikaisen työn kesto, päättymispäivä tai kesto sanoin (esim. ”6 kuukautta”), myös työn kuvauksessa.",
        sv: "Tips: ange hur länge visstidsarbetet varar, ett slutdatum eller längden i ord (t.ex. ”6 månader”), också i arbetsbeskrivningen.",
        en: "Tip: state how long the fixed-term job lasts, an end date or the duration in words (e.g. “6 months”), in the job description too.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Ad,
};

impl Rule for FixedTermDuration {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(p) = ad.position.get() else { return };
        let fixed = p.continuity_of_work.items().any(|(_, c)| matches!(c.as_str(), Some("02" | "0201" | "0202")));
        if !fixed || p.fixed_term.invalid().is_some() {
            return;
        }
        let stated = p.fixed_term.get().is_some_and(|f| {
            any_text(&f.duration)
                || f.duration.invalid().is_some()
                || f.end_date.as_str().is_some_and(filled)
                || f.end_date.invalid().is_some()
        });
        if !stated {
            out.push(
                Finding::info(tr!(lang, [],
                    fi: "Työ on määräaikainen, mutta sen kestoa ei kerrota. Lisää päättymispäivä tai kesto, esimerkiksi ”6 kuukautta”.",
                    sv: "Arbetet är tidsbundet men dess längd anges inte. Lägg till ett slutdatum eller längden, till exempel ”6 månader”.",
                    en: "The job is fixed-term but its duration is not given. Add an end date or the duration, e.g. “6 months”.",
                ))
                .field("position.fixedTerm.duration"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn fixed_term_needs_a_duration() {
        let cases = [
            (json!({"continuityOfWork": ["01"]}), false),
            (json!({"continuityOfWork": ["02"]}), true),
            (json!({"continuityOfWork": ["0202"]}), true),
            (json!({"continuityOfWork": ["01", "0201"]}), true),
            (json!({"continuityOfWork": ["02"], "fixedTerm": {"endDate": "2027-08-31"}}), false),
            (json!({"continuityOfWork": ["02"], "fixedTerm": {"duration": {"fi": "6 kuukautta"}}}), false),
            (json!({"continuityOfWork": ["0202"], "fixedTerm": {"duration": {"en": "June–August"}}}), false),
            (json!({"continuityOfWork": ["02"], "fixedTerm": {"duration": {"fi": ""}, "reason": {"fi": "Sijaisuus"}}}), true),
            (json!({"continuityOfWork": ["02"], "fixedTerm": {"endDate": " "}}), true),
        ];
        for (position, fires) in cases {
            let want: Vec<&str> = if fires { vec!["position.fixedTerm.duration"] } else { vec![] };
            assert_eq!(fields_of(&ad(json!({"position": position.clone()})), "field.fixed_term_duration"), want, "{position}");
        }
    }
}
