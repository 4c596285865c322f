//! `content.photo_request`: requests for a photo with the application ("liitä hakemukseen valokuva", "bifoga foto", "attach a photo"), except when the text is about modelling, acting or casting.
//!
//! Lexicon: `data/lexicon/photo_request.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct PhotoRequest;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/photo_request.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.photo_request",
    severity: Severity::Error,
    title: Tr { fi: "Valokuvapyyntö", sv: "Begäran om foto", en: "Photo request" },
    description: Tr {
        fi: "Ilmoitus pyytää liittämään hakemukseen valokuvan. Kuva kertoo ulkonäöstä, iästä ja alkuperästä, joilla ei saa olla merkitystä valinnassa, eikä sitä tarvita työhön (paitsi esim. malli- ja näyttelijätyössä).",
        sv: "Annonsen ber om ett foto i ansökan. Ett foto visar utseende, ålder och ursprung, som inte får påverka urvalet, och behövs inte för arbetet (utom t.ex. för modeller och skådespelare).",
        en: "The ad asks for a photo with the application. A photo shows appearance, age and origin, which may not affect selection, and the job does not need it (except e.g. modelling and acting).",
    },
    reference: Some(refs::PRIVACY_AND_NON_DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(_kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    tr!(lang,
        fi: "”{excerpt}”: älä pyydä valokuvaa. Se altistaa valinnan ulkonäköön, ikään ja alkuperään perustuvalle syrjinnälle eikä ole työn kannalta tarpeellinen tieto. Poista pyyntö.",
        sv: "”{excerpt}”: be inte om foto. Det utsätter urvalet för diskriminering på grund av utseende, ålder och ursprung och är inte nödvändigt för arbetet. Ta bort begäran.",
        en: "“{excerpt}”: do not ask for a photo. It exposes the selection to discrimination by appearance, age and origin and is not information the job needs. Remove the request.",
    )
}

/// No finding for modelling, acting or casting work, where a photo is part of the job.
fn decide(hit: &Hit<'_>, _a: &Analysis, excepted: bool) -> Option<Severity> {
    (!excepted).then_some(hit.entry.severity)
}

impl Rule for PhotoRequest {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("photo_request"), Some("exc_photo"), decide, message);
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
            "content.photo_request",
            &[
                ("Liitä hakemukseen valokuva.", "valokuva", E),
                ("Lähetä kuvallinen CV.", "kuvallinen CV", E),
                ("Bifoga foto.", "foto", E),
                ("Please attach a photo.", "photo", E),
                ("Hakemus ja CV kuvalla osoitteeseen rekry@example.fi.", "CV kuvalla", E),
                ("Include a recent picture with your application.", "picture", E),
            ],
            &[
                "Älä liitä hakemukseen valokuvaa.",
                "Haemme mallia: liitä hakemukseen kokovartalokuva.",
                "Casting: send a headshot.",
                "Liitä hakemukseen CV ja palkkatoive.",
                "Kuvaat tuotteita verkkokauppaan.",
                "Photo editing skills are a plus.",
                "Ansökan utan foto.",
            ],
        );
    }
}
