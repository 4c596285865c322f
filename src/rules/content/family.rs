//! `content.discrimination.family`: civil status, children, family plans and pregnancy ("ei lapsia", "naimaton", "raskaana", "inga barn", "no children").
//!
//! Lexicon: `data/lexicon/family.tsv` (format in `src/text/pattern.rs`).

use super::{keep_severity, lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::Severity;

pub(crate) struct Family;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/family.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.family",
    severity: Severity::Error,
    title: Tr { fi: "Perhesuhteisiin perustuva syrjintä", sv: "Diskriminering på grund av familjeförhållanden", en: "Discrimination by family status" },
    description: Tr {
        fi: "Ilmoitus kysyy tai rajaa siviilisäätyä, lapsia, perhesuunnitelmia tai raskautta. Perhesuhteet ovat yhdenvertaisuuslain ja raskaus tasa-arvolain mukaan kiellettyjä syrjintäperusteita.",
        sv: "Annonsen frågar efter eller begränsar civilstånd, barn, familjeplaner eller graviditet. Familjeförhållanden och graviditet är förbjudna diskrimineringsgrunder.",
        en: "The ad asks about or restricts civil status, children, family plans or pregnancy. Family relationships and pregnancy are prohibited grounds of discrimination.",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(_kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    tr!(lang,
        fi: "”{excerpt}” koskee hakijan perhesuhteita, jotka eivät saa vaikuttaa valintaan. Poista maininta; kerro tarvittaessa työajoista tai matkustamisesta.",
        sv: "”{excerpt}” gäller den sökandes familjeförhållanden, som inte får påverka urvalet. Ta bort det; beskriv vid behov arbetstider eller resor.",
        en: "“{excerpt}” concerns the applicant's family situation, which may not affect selection. Remove it; describe working hours or travel instead if relevant.",
    )
}

impl Rule for Family {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("family"), None, keep_severity, message);
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
            "content.discrimination.family",
            &[
                ("Hakijalla ei lapsia.", "ei lapsia", E),
                ("Olet naimaton ja joustava.", "naimaton", E),
                ("Et saa olla raskaana.", "raskaana", E),
                ("Kerro hakemuksessa siviilisäätysi? Siviilisääty ja lasten määrä.", "Siviilisääty", E),
                ("Inga barn.", "Inga barn", E),
                ("No children or family commitments.", "No children", E),
                ("Civilstånd anges i ansökan.", "Civilstånd", E),
            ],
            &[
                "Perhevapaat TES:n mukaan.",
                "Lasten kanssa työskentely on eduksi.",
                "Tarjoamme perheystävälliset työajat.",
                "We offer parental leave and childcare support.",
                "Vi erbjuder föräldraledighet.",
                "Ei vaadita aiempaa kokemusta.",
            ],
        );
    }
}
