//! `content.discrimination.gender`: requirements addressed to one sex ("hakijan tulee olla mies", "vi söker en kvinnlig", "male applicants only") as errors; gendered titles (palomies → pelastaja, myyjätär → myyjä) and military-service requirements as warnings. An actor's role or personal-assistant work in the text turns requirements into warnings.
//!
//! Lexicon: `data/lexicon/gender.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Gender;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/gender.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.gender",
    severity: Severity::Error,
    title: Tr { fi: "Sukupuoleen perustuva syrjintä", sv: "Könsdiskriminering", en: "Gender discrimination" },
    description: Tr {
        fi: "Ilmoitus on suunnattu vain naisille tai miehille, vaatii asepalveluksen tai käyttää sukupuolittunutta ammattinimikettä. Tasa-arvolain mukaan työpaikkailmoitus ei saa koskea vain toista sukupuolta ilman painavaa, työhön liittyvää syytä.",
        sv: "Annonsen riktar sig bara till kvinnor eller män, kräver militärtjänst eller använder en könad yrkestitel. En platsannons får inte rikta sig till bara det ena könet utan ett vägande, arbetsrelaterat skäl.",
        en: "The ad addresses only women or only men, requires military service or uses a gendered job title. A job ad may not address one sex only without a weighty, job-related reason.",
    },
    reference: Some(refs::EQUALITY_ACT),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    match kind {
        "req" | "req_object" => tr!(lang,
            fi: "”{excerpt}” rajaa hakijat sukupuolen mukaan. Se on tasa-arvolain vastaista, ellei työlle ole painavaa syytä. Poista sukupuolivaatimus ja kuvaa työn vaatimukset.",
            sv: "”{excerpt}” begränsar de sökande efter kön. Det strider mot jämställdhetslagen om det inte finns ett vägande skäl. Ta bort kravet på kön och beskriv arbetets krav.",
            en: "“{excerpt}” limits applicants by sex. That breaks the Equality Act unless the job has a weighty reason. Remove the gender requirement and describe the job's requirements.",
        ),
        "military" => tr!(lang,
            fi: "”{excerpt}”: asepalvelusvaatimus syrjii välillisesti naisia ja palveluksesta vapautettuja. Kerro mieluummin, mitä taitoja työssä tarvitaan.",
            sv: "”{excerpt}”: krav på militärtjänst diskriminerar indirekt kvinnor och de som befriats från tjänst. Beskriv hellre vilka färdigheter arbetet kräver.",
            en: "“{excerpt}”: requiring military service indirectly discriminates against women and those exempted. Say which skills the job needs instead.",
        ),
        _ => tr!(lang,
            fi: "”{excerpt}” on sukupuolittunut ammattinimike. Käytä sukupuolineutraalia nimikettä, jotta ilmoitus puhuttelee kaikkia hakijoita.",
            sv: "”{excerpt}” är en könad yrkestitel. Använd en könsneutral titel så att annonsen vänder sig till alla sökande.",
            en: "“{excerpt}” is a gendered job title. Use a gender-neutral title so the ad addresses every applicant.",
        ),
    }
}

/// Drops one-sex words in an inclusive clause ("naisia ja miehiä", "men and women"); an
/// actor's role or a personal assistant's work in the text makes requirements warnings.
fn decide(hit: &Hit<'_>, a: &Analysis, excepted: bool) -> Option<Severity> {
    // "luottamusmies" is the statutory term of collective agreements: not flagged.
    if hit.entry.kind == "ignore" {
        return None;
    }
    // "naisen"/"miehen" is a genitive ("naisen vaatteet", "iäkkään naisen kotiin") unless it
    // ends the phrase ("tarvitsemme nuoren miehen.") or follows the recruiting verb with a
    // place after it ("haemme miehen varastoon"): then it is the object sought.
    if hit.entry.kind == "req_object" {
        let next = (hit.last + 1 < a.words.len() && a.linked[hit.last + 1]).then(|| a.word(hit.last + 1));
        let after_verb = hit.first > 0 && a.linked[hit.first] && cues().is("recruit", a, hit.first - 1);
        let place = |w: &str| ["iin", "aan", "ään", "oon", "uun", "yyn", "öön", "lle", "ksi", "hin", "seen"].iter().any(|e| w.ends_with(e));
        if next.is_some_and(|w| !(after_verb && place(w))) {
            return None;
        }
    }
    if hit.entry.kind.starts_with("req") {
        let w = window(a, hit.first, hit.last);
        let cues = cues();
        if cues.find_in("female", a, w.clone()).is_some() && cues.find_in("male", a, w).is_some() {
            return None;
        }
        if excepted {
            return Some(Severity::Warning);
        }
    }
    Some(hit.entry.severity)
}

impl Rule for Gender {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("gender"), Some("exc_gender"), decide, message);
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
            "content.discrimination.gender",
            &[
                ("Hakijan tulee olla mies.", "mies", E),
                ("Haemme naispuolista myyjää", "naispuolista", E),
                ("Etsimme naista siivoojaksi", "naista", E),
                ("Vi söker en kvinnlig säljare", "kvinnlig", E),
                ("Male applicants only", "Male applicants", E),
                ("Palkkaamme vain miehiä.", "vain miehiä", E),
                ("Haemme palomiestä", "palomiestä", W),
                ("Myyjätär", "Myyjätär", W),
                ("Varusmiespalvelus suoritettuna", "Varusmiespalvelus suoritettuna", W),
                ("Vi söker en servitris", "servitris", W),
                ("We need a salesman", "salesman", W),
                ("Haemme näyttelijää naisrooliin: hakijan tulee olla nainen.", "nainen", W),
                ("Toivomme hakijan olevan nainen.", "nainen", E),
            ],
            &[
                "Toivomme hakijoiksi myös naisia.",
                "We encourage women to apply.",
                "Vi välkomnar sökande oavsett kön.",
                "Naistenvaateliike hakee myyjää.",
                "Myymme naisten ja miesten vaatteita.",
                "Haemme naisia ja miehiä tiimiimme.",
                "Tiimissämme on viisi naista ja kolme miestä.",
                "Man måste kunna svenska.",
                "Men vi söker dig som är glad.",
                "Ihmiset ovat meille tärkeitä.",
                "Haemme pelastajaa.",
                "Women's clothing store seeks a sales assistant.",
            ],
        );
    }
}
