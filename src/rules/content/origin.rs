//! `content.discrimination.origin`: citizenship, birthplace and ethnic-origin requirements ("Suomen kansalaisuus", "Suomessa syntynyt", "finskt medborgarskap", "Finnish citizens only"); warnings when the text names an office where the law can require citizenship (police, judge, defence).
//!
//! Lexicon: `data/lexicon/origin.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Origin;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/origin.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.origin",
    severity: Severity::Error,
    title: Tr { fi: "Alkuperään tai kansalaisuuteen perustuva syrjintä", sv: "Diskriminering på grund av ursprung eller medborgarskap", en: "Discrimination by origin or nationality" },
    description: Tr {
        fi: "Ilmoitus vaatii tiettyä kansalaisuutta, syntymämaata tai etnistä taustaa. Ne ovat yhdenvertaisuuslain kiellettyjä syrjintäperusteita; vaadi sen sijaan työnteko-oikeutta ja työn edellyttämiä taitoja. Vain laissa säädetyissä tehtävissä (esim. poliisi, tuomari) kansalaisuus voidaan vaatia.",
        sv: "Annonsen kräver ett visst medborgarskap, födelseland eller etniskt ursprung. Det är förbjudna diskrimineringsgrunder; kräv i stället rätt att arbeta och de färdigheter arbetet kräver. Endast i tjänster där lagen kräver det (t.ex. polis, domare) får medborgarskap krävas.",
        en: "The ad requires a nationality, birthplace or ethnic origin. These are prohibited grounds of discrimination; require the right to work and the skills the job needs instead. Only offices where the law requires it (e.g. police, judges) may require citizenship.",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(_kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    tr!(lang,
        fi: "”{excerpt}” rajaa hakijat alkuperän tai kansalaisuuden mukaan, mikä on syrjintää. Vaadi sen sijaan työnteko-oikeutta Suomessa ja työn edellyttämiä taitoja.",
        sv: "”{excerpt}” begränsar de sökande efter ursprung eller medborgarskap, vilket är diskriminering. Kräv i stället rätt att arbeta i Finland och de färdigheter arbetet kräver.",
        en: "“{excerpt}” limits applicants by origin or nationality, which is discrimination. Require the right to work in Finland and the skills the job needs instead.",
    )
}

/// Nothing when the clause is about work permits ("EU citizens do not need a work permit");
/// a lawful exception (police, judge) in the text makes it a warning.
fn decide(hit: &Hit<'_>, a: &Analysis, excepted: bool) -> Option<Severity> {
    let clause = a.clause_words(hit.first);
    let near = hit.first.saturating_sub(10).max(clause.start)..(hit.last + 11).min(clause.end);
    if cues().find_in("permit", a, near).is_some() {
        return None;
    }
    Some(if excepted { Severity::Warning } else { hit.entry.severity })
}

impl Rule for Origin {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("origin"), Some("exc_origin"), decide, message);
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
            "content.discrimination.origin",
            &[
                ("Vaatimuksena Suomen kansalaisuus.", "Suomen kansalaisuus", E),
                ("Olet Suomessa syntynyt.", "Suomessa syntynyt", E),
                ("Finskt medborgarskap krävs.", "Finskt medborgarskap", E),
                ("Finnish citizens only.", "Finnish citizens", E),
                ("Poliisin virkaan vaaditaan Suomen kansalaisuus.", "Suomen kansalaisuus", W),
                ("Haemme kantasuomalaista siivoojaa", "kantasuomalaista", E),
                ("Född i Finland.", "Född i Finland", E),
            ],
            &[
                "Työnteko-oikeus Suomessa vaaditaan.",
                "Rätt att arbeta i Finland krävs.",
                "Suomalainen perheyritys hakee myyjää.",
                "We welcome applicants regardless of nationality or ethnic origin.",
                "Kansalaisuudella ei ole merkitystä.",
                "Valid work permit required.",
                "Asiakkaamme ovat suomalaisia ja ruotsalaisia yrityksiä.",
            ],
        );
    }
}
