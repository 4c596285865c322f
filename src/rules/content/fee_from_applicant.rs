//! `content.fee_from_applicant`: fees charged to applicants ("välitysmaksu", "ohjelmamaksu", "aloitusmaksu", "förmedlingsavgift", "registration fee"). Nothing for "maksuton"/"no fee" or when the employer pays.
//!
//! Lexicon: `data/lexicon/fee_from_applicant.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct FeeFromApplicant;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/fee_from_applicant.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.fee_from_applicant",
    severity: Severity::Error,
    title: Tr { fi: "Maksu työnhakijalta", sv: "Avgift från arbetssökande", en: "Fee charged to applicants" },
    description: Tr {
        fi: "Ilmoitus perii hakijalta maksun (välitys-, ohjelma-, aloitus- tai rekisteröintimaksu). Yksityishenkilöltä ei saa periä maksua työnvälityksestä; se on rangaistavaa. Työnantajan maksama rekrytointipalkkio on sallittu.",
        sv: "Annonsen tar ut en avgift av den sökande (förmedlings-, program-, start- eller registreringsavgift). Det är förbjudet och straffbart att ta betalt av en privatperson för arbetsförmedling. En rekryteringsavgift som arbetsgivaren betalar är tillåten.",
        en: "The ad charges applicants a fee (placement, programme, starter or registration fee). Charging a private person for job placement is prohibited and punishable. A recruitment fee paid by the employer is fine.",
    },
    reference: Some(refs::EMPLOYMENT_SERVICES),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(_kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    tr!(lang,
        fi: "”{excerpt}”: työnhakijalta ei saa periä maksua työpaikasta tai työnvälityksestä (laki työvoimapalvelujen järjestämisestä). Poista maksu ilmoituksesta ja palvelusta.",
        sv: "”{excerpt}”: arbetssökande får inte avkrävas en avgift för ett jobb eller för arbetsförmedling. Ta bort avgiften ur annonsen och tjänsten.",
        en: "“{excerpt}”: applicants may not be charged for a job or for job placement (Act on Organising Employment Services). Remove the fee from the ad and the service.",
    )
}

/// Nothing when the employer (or client) is the one who pays.
fn decide(hit: &Hit<'_>, a: &Analysis, _excepted: bool) -> Option<Severity> {
    let clause = a.clause_words(hit.first);
    let near = hit.first.saturating_sub(8).max(clause.start)..(hit.last + 9).min(clause.end);
    cues().find_in("payer", a, near).is_none().then_some(hit.entry.severity)
}

impl Rule for FeeFromApplicant {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("fee_from_applicant"), None, decide, message);
    }
}

#[cfg(test)]
mod tests {
    use super::super::check_cases;
    #[allow(unused_imports)]
    use crate::Severity::{Error as E, Warning as W};

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.fee_from_applicant",
            &[
                ("Välitysmaksu 150 €.", "Välitysmaksu", E),
                ("Ohjelmamaksu 200 euroa maksetaan etukäteen.", "Ohjelmamaksu", E),
                ("Aloitusmaksu 49 €", "Aloitusmaksu", E),
                ("Förmedlingsavgift 100 euro.", "Förmedlingsavgift", E),
                ("A registration fee of 50 EUR applies.", "registration fee", E),
                ("Maksat itse koulutuksen.", "Maksat itse koulutuksen", E),
                ("You will need to pay a deposit.", "You will need to pay", E),
            ],
            &[
                "Palvelu on hakijalle maksuton.",
                "Työnantaja maksaa rekrytointipalkkion.",
                "Emme peri hakijoilta välitysmaksua.",
                "No registration fee.",
                "Employer pays the placement fee.",
                "Avgiftsfri för sökande.",
                "Maksamme koulutuksen.",
                "Kilpailukykyinen palkka.",
            ],
        );
    }
}
