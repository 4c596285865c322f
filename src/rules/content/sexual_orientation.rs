//! `content.discrimination.sexual_orientation`: requirements or exclusions by sexual orientation.
//!
//! Lexicon: `data/lexicon/sexual_orientation.tsv` (format in `src/text/pattern.rs`).

use super::{keep_severity, lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::Severity;

pub(crate) struct SexualOrientation;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/sexual_orientation.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.sexual_orientation",
    severity: Severity::Error,
    title: Tr {
        fi: "Seksuaaliseen suuntautumiseen perustuva syrjintä",
        sv: "Diskriminering på grund av sexuell läggning",
        en: "Discrimination by sexual orientation",
    },
    description: Tr {
        fi: "Ilmoitus vaatii tai sulkee pois seksuaalisen suuntautumisen. Se on yhdenvertaisuuslain kielletty syrjintäperuste.",
        sv: "Annonsen kräver eller utesluter en sexuell läggning. Det är en förbjuden diskrimineringsgrund.",
        en: "The ad requires or excludes a sexual orientation. It is a prohibited ground of discrimination.",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(_kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    tr!(lang,
        fi: "”{excerpt}” koskee hakijan seksuaalista suuntautumista, joka ei saa vaikuttaa valintaan. Poista maininta.",
        sv: "”{excerpt}” gäller den sökandes sexuella läggning, som inte får påverka urvalet. Ta bort det.",
        en: "“{excerpt}” concerns the applicant's sexual orientation, which may not affect selection. Remove it.",
    )
}

impl Rule for SexualOrientation {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("sexual_orientation"), None, keep_severity, message);
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
            "content.discrimination.sexual_orientation",
            &[
                ("Haemme heteroseksuaalista miestä.", "heteroseksuaalista", E),
                ("Vi söker heterosexuella säljare.", "heterosexuella", E),
                ("Heterosexual applicants only.", "Heterosexual", E),
                ("Kerro seksuaalinen suuntautumisesi.", "seksuaalinen suuntautumisesi", E),
            ],
            &[
                "Kohtelemme hakijoita tasa-arvoisesti seksuaalisesta suuntautumisesta riippumatta.",
                "We welcome applicants regardless of sexual orientation.",
                "Vi välkomnar alla oavsett sexuell läggning.",
                "Go straight to the application form.",
            ],
        );
    }
}
