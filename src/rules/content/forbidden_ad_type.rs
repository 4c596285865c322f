//! `content.forbidden_ad_type`: ads that are not job ads: au pair, volunteer posts, sales or letting of business premises, pure advertising (errors); invoicing cooperative (warning).
//!
//! Lexicon: `data/lexicon/forbidden_ad_type.tsv` (format in `src/text/pattern.rs`).

use super::{keep_severity, lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::Severity;

pub(crate) struct ForbiddenAdType;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/forbidden_ad_type.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.forbidden_ad_type",
    severity: Severity::Error,
    title: Tr { fi: "Ilmoitustyyppi, jota ei julkaista", sv: "Annonstyp som inte publiceras", en: "Ad type not accepted" },
    description: Tr {
        fi: "Työmarkkinatori ei hyväksy työpaikkailmoituksiksi au pair -ilmoituksia, vapaaehtoistehtäviä, liiketilojen myyntiä tai vuokrausta eikä pelkkiä mainoksia. Laskutusosuuskuntien ilmoituksia vanha lomakeohje ei hyväksynyt (varoitus).",
        sv: "Job Market Finland godtar inte au pair-annonser, frivilliguppdrag, försäljning eller uthyrning av affärslokaler eller rena reklam- och säljannonser som platsannonser. Faktureringsandelslag godtogs inte av den gamla blankettanvisningen (varning).",
        en: "Job Market Finland does not accept au pair ads, volunteer posts, sales or letting of business premises, or pure advertising or sales ads as job ads. Invoicing-cooperative ads were not accepted by the legacy form guidance (warning).",
    },
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    match kind {
        "invoicing" => tr!(lang,
            fi: "”{excerpt}”: laskutusosuuskunnan kautta tehtävä työ ei ole työsuhde, eikä vanha lomakeohje hyväksynyt tällaisia ilmoituksia. Kerro selvästi, kuka on työnantaja ja millä ehdoilla työtä tehdään.",
            sv: "”{excerpt}”: arbete via ett faktureringsandelslag är ingen anställning, och den gamla blankettanvisningen godtog inte sådana annonser. Ange tydligt vem som är arbetsgivare och på vilka villkor.",
            en: "“{excerpt}”: work through an invoicing cooperative is not employment, and the legacy guidance did not accept such ads. State clearly who the employer is and on what terms.",
        ),
        _ => tr!(lang,
            fi: "”{excerpt}”: tällaista ilmoitusta (au pair, vapaaehtoistyö, liiketilat, mainos) ei julkaista Työmarkkinatorilla työpaikkailmoituksena. Julkaise se muussa kanavassa.",
            sv: "”{excerpt}”: en sådan annons (au pair, frivilligarbete, lokaler, reklam) publiceras inte som platsannons på Jobbmarknaden. Publicera den i en annan kanal.",
            en: "“{excerpt}”: this kind of ad (au pair, volunteer work, premises, advertising) is not published as a job ad on Job Market Finland. Publish it elsewhere.",
        ),
    }
}

impl Rule for ForbiddenAdType {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("forbidden_ad_type"), None, keep_severity, message);
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
            "content.forbidden_ad_type",
            &[
                ("Haemme au pairia perheeseemme.", "au pairia", E),
                ("Etsimme vapaaehtoisia tapahtumaan.", "vapaaehtoisia", E),
                ("Liiketila vuokrataan keskustasta.", "Liiketila vuokrataan", E),
                ("Osta nyt ja säästä!", "Osta nyt", E),
                ("Volunteer position at our festival.", "Volunteer position", E),
                ("Au pair sökes till familj i London.", "Au pair", E),
                ("Työskentely laskutusosuuskunnan kautta.", "laskutusosuuskunnan", W),
                ("Office space for rent in Espoo.", "Office space for rent", E),
            ],
            &[
                "Vapaaehtoinen lisäeläkevakuutus.",
                "Volunteering experience is a plus.",
                "Kiinteistönvälittäjä myy liiketiloja ja asuntoja.",
                "Myyt asiakkaillemme tuotteita liikkeessämme.",
                "Kassatyössä myyt ja palvelet asiakkaita.",
                "Entrepreneurs welcome: franchising opportunity.",
            ],
        );
    }
}
