//! `content.discrimination.sexual_orientation`: sexual orientation as a selection criterion
//! ("heterosexual applicants only", "vi söker heterosexuella säljare") or a question about it.
//! Lexicon: `data/lexicon/sexual_orientation.tsv`. Equality statements that list it are not findings.

use super::{plain, run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any};
use crate::rules::refs;
use crate::text::lexicon::lex;
use crate::Severity;

pub(crate) struct SexualOrientation;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.sexual_orientation",
    severity: Severity::Error,
    title: tr_text!( fi: "Mahdollinen seksuaaliseen suuntautumiseen perustuva syrjintä", sv: "Möjlig diskriminering på grund av sexuell läggning", en: "Possible discrimination by sexual orientation" ),
    description: tr_text!(
        fi: "Ilmoitus vaatii tai sulkee pois seksuaalisen suuntautumisen. Se on yhdenvertaisuuslaissa kielletty syrjintäperuste.",
        sv: "Annonsen kräver eller utesluter en sexuell läggning. Det är en förbjuden diskrimineringsgrund.",
        en: "The ad requires or excludes a sexual orientation. It is a prohibited ground of discrimination.",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    if !is_any(kind, "req|ask") {
        return None;
    }
    Some(tr!(lang, [excerpt],
        fi: "”{excerpt}” koskee hakijan seksuaalista suuntautumista, joka ei saa vaikuttaa valintaan. Poista maininta.",
        sv: "”{excerpt}” gäller den sökandes sexuella läggning, som inte får påverka urvalet. Ta bort det.",
        en: "“{excerpt}” concerns the applicant's sexual orientation, which may not affect selection. Remove it.",
    ))
}

const SPEC: Spec = Spec { lexicon: lex::SEXUAL_ORIENTATION, exception: None, refine: plain, message };

impl Rule for SexualOrientation {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, &SPEC);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check_cases, check_messages};
    use crate::Severity::Error as E;

    #[test]
    fn every_kind_has_its_messages() {
        check_messages(super::lex::SEXUAL_ORIENTATION, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.sexual_orientation",
            &[
                ("Vi är ett kristet familjeföretag och anställer inte personer som lever i samkönade förhållanden.", "samkönade förhållanden", E),
                ("Hän etsii työntekijää, joka ei edusta seksuaalivähemmistöjä.", "ei edusta seksuaalivähemmistöjä", E),
                ("Vår arbetsgemenskap är traditionell – HBTQ-personer passar inte in hos oss.", "HBTQ", E),
                ("Ilmoituksessa toivottiin hakijoiksi ”perinteisiä perhearvoja kunnioittavia heteroita”.", "heteroita", E),
                ("Ilmoituksessa mainittiin, ettei homoseksuaaleja palkata yrityksen imagon vuoksi.", "homoseksuaaleja", E),
                ("Annonsen angav att homosexuella inte var välkomna att söka.", "homosexuella", E),
                ("Homot ja muut sateenkaari-ihmiset eivät sovellu työyhteisöömme.", "Homot", E),
                ("Homoseksuaaleja emme palkkaa.", "Homoseksuaaleja", E),
                ("Please disclose your sexual orientation.", "sexual orientation", E),
                ("Straight applicants only.", "Straight applicants", E),
                ("Vi anställer inte homosexuella.", "homosexuella", E),
                ("Haemme heteroseksuaalista miestä.", "heteroseksuaalista", E),
                ("Lesbian people need not apply.", "Lesbian people", E),
                ("Gays need not apply.", "Gays", E),
                ("We don't hire smokers or gay people.", "gay people", E),
                ("Vi söker heterosexuella säljare.", "heterosexuella", E),
                ("Heterosexual applicants only.", "Heterosexual", E),
                ("Kerro seksuaalinen suuntautumisesi.", "seksuaalinen suuntautumisesi", E),
            ],
            &[
                "Vi erbjuder samma förmåner till anställda i samkönade förhållanden.",
                "Vi välkomnar HBTQ-personer och alla andra.",
                "We are proud to support LGBTQ+ rights.",
                "We're looking for people who can come straight in and be a top performer, so a similar personality is essential.",
                "Vi arbetar för att homosexuella ska bemötas med respekt.",
                "We provide services for gay people.",
                "Our support group serves lesbians and gay men.",
                "Kohtelemme hakijoita tasa-arvoisesti seksuaalisesta suuntautumisesta riippumatta.",
                "We welcome applicants regardless of sexual orientation.",
                "Vi välkomnar alla oavsett sexuell läggning.",
                "Go straight to the application form.",
                "Applicants will be considered without regard to race, color, religion, sex, sexual orientation, gender identity or national origin.",
            ],
        );
    }
}
