//! `content.discrimination.religion`: religion, belief and church-membership requirements; warnings when the employer is a parish or church (a lawful exception may apply).
//!
//! Lexicon: `data/lexicon/religion.tsv` (format in `src/text/pattern.rs`).

use super::{keep_severity, lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::Severity;

pub(crate) struct Religion;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/religion.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.religion",
    severity: Severity::Error,
    title: Tr { fi: "Uskontoon perustuva syrjintä", sv: "Diskriminering på grund av religion", en: "Religious discrimination" },
    description: Tr {
        fi: "Ilmoitus vaatii tiettyä uskontoa, vakaumusta tai kirkon jäsenyyttä. Uskonto ja vakaumus ovat kiellettyjä syrjintäperusteita; vain uskonnollisen yhteisön tehtävissä vaatimus voi olla perusteltu.",
        sv: "Annonsen kräver en viss religion, övertygelse eller medlemskap i ett samfund. Religion och övertygelse är förbjudna diskrimineringsgrunder; endast i ett religiöst samfunds uppgifter kan kravet vara motiverat.",
        en: "The ad requires a religion, belief or church membership. Religion and belief are prohibited grounds; only in the duties of a religious community can such a requirement be justified.",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(_kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    tr!(lang,
        fi: "”{excerpt}” rajaa hakijat uskonnon tai vakaumuksen mukaan. Poista vaatimus, tai jos kyse on uskonnollisen yhteisön tehtävästä, kerro miksi se on välttämätön.",
        sv: "”{excerpt}” begränsar de sökande efter religion eller övertygelse. Ta bort kravet, eller om det gäller uppgifter i ett religiöst samfund, förklara varför det är nödvändigt.",
        en: "“{excerpt}” limits applicants by religion or belief. Remove the requirement, or if the work is for a religious community, explain why it is necessary.",
    )
}

impl Rule for Religion {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("religion"), Some("exc_religion"), keep_severity, message);
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
            "content.discrimination.religion",
            &[
                ("Hakijan tulee olla kristitty.", "kristitty", E),
                ("Edellytämme evankelis-luterilaisen kirkon jäsenyyttä.", "kirkon jäsenyyttä", E),
                ("Du ska vara troende.", "troende", E),
                ("Applicants must be Christian.", "Christian", E),
                ("Seurakunta hakee kanttoria; edellytämme kirkon jäsenyyttä.", "kirkon jäsenyyttä", W),
            ],
            &[
                "Kirkon nuorisotyö hakee ohjaajaa.",
                "Vakaumuksella ei ole merkitystä.",
                "We welcome applicants regardless of religion or belief.",
                "Työ on kristillisessä päiväkodissa Espoossa? Ei: tavallisessa päiväkodissa.",
                "Christmas party every December.",
            ],
        );
    }
}
