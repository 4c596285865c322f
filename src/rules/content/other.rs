//! `content.discrimination.other`: residence requirements ("asuinpaikka Helsingin talousalue"), union or political activity, sick-leave history (errors) and credit-record requirements (warning; nothing where finance or security work is named). A workplace location is fine.
//!
//! Lexicon: `data/lexicon/other.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Other;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/other.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.other",
    severity: Severity::Error,
    title: Tr { fi: "Muu syrjivä vaatimus", sv: "Annat diskriminerande krav", en: "Other discriminatory requirement" },
    description: Tr {
        fi: "Ilmoitus rajaa hakijoita asuinpaikan, ammattiyhdistys- tai poliittisen toiminnan, luottotietojen tai sairauspoissaolojen perusteella. Ne ovat henkilöön liittyviä syitä, jotka eivät saa vaikuttaa valintaan ilman hyväksyttävää perustetta.",
        sv: "Annonsen begränsar sökande efter bostadsort, facklig eller politisk verksamhet, kreditupplysning eller sjukfrånvaro. Det är personliga omständigheter som inte får påverka urvalet utan godtagbart skäl.",
        en: "The ad limits applicants by place of residence, union or political activity, credit record or sick-leave history. These are personal characteristics that may not affect selection without an acceptable reason.",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    match kind {
        "residence" => tr!(lang,
            fi: "”{excerpt}”: hakijan asuinpaikkaa ei saa vaatia. Kerro sen sijaan työpaikan sijainti ja työajat.",
            sv: "”{excerpt}”: den sökandes bostadsort får inte krävas. Ange i stället var arbetsplatsen finns och arbetstiderna.",
            en: "“{excerpt}”: the applicant's place of residence may not be required. State where the workplace is and the working hours instead.",
        ),
        "credit" => tr!(lang,
            fi: "”{excerpt}”: luottotietoja saa edellyttää vain tehtävissä, joissa se on perusteltua (esim. rahaliikenne). Kerro peruste tai poista vaatimus.",
            sv: "”{excerpt}”: kreditupplysning får krävas bara i uppgifter där det är motiverat (t.ex. penninghantering). Ange skälet eller ta bort kravet.",
            en: "“{excerpt}”: a credit record may be required only where the job justifies it (e.g. handling money). State the reason or remove it.",
        ),
        _ => tr!(lang,
            fi: "”{excerpt}” koskee hakijan henkilökohtaisia ominaisuuksia (ay- tai poliittinen toiminta, sairauspoissaolot), jotka eivät saa vaikuttaa valintaan. Poista vaatimus.",
            sv: "”{excerpt}” gäller personliga förhållanden (facklig eller politisk verksamhet, sjukfrånvaro) som inte får påverka urvalet. Ta bort kravet.",
            en: "“{excerpt}” concerns personal characteristics (union or political activity, sick leave) that may not affect selection. Remove the requirement.",
        ),
    }
}

/// A credit-record requirement is dropped where finance or security work is named.
fn decide(hit: &Hit<'_>, _a: &Analysis, excepted: bool) -> Option<Severity> {
    match hit.entry.kind {
        "credit" if excepted => None,
        _ => Some(hit.entry.severity),
    }
}

impl Rule for Other {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("other"), Some("exc_credit"), decide, message);
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
            "content.discrimination.other",
            &[
                ("Asuinpaikka Helsingin talousalue.", "Asuinpaikka Helsingin talousalue", E),
                ("Haemme Espoossa asuvaa myyjää.", "asuvaa", E),
                ("Ei ay-aktiiveja.", "Ei ay", E),
                ("Luottotiedot kunnossa.", "Luottotiedot kunnossa", W),
                ("Vähän sairauspoissaoloja.", "Vähän sairauspoissaoloja", E),
                ("Du ska vara bosatt i Vasa.", "bosatt i", E),
                ("Local candidates only.", "Local candidates only", E),
                ("Must live in Helsinki.", "Must live in", E),
                ("No union members.", "No union members", E),
            ],
            &[
                "Työpaikka sijaitsee Helsingissä.",
                "Sairauslomat maksetaan TES:n mukaan.",
                "Paid sick leave and occupational health care.",
                "Pankki hakee kassaa: luottotiedot tarkistetaan.",
                "Arbetsplatsen ligger i Vasa.",
                "Boende ingår under sommaren.",
                "European Union member states.",
            ],
        );
    }
}
