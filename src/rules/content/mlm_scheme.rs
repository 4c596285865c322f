//! `content.mlm_scheme`: network marketing, recruit-your-downline and passive-income signals (warnings), a starter pack with a price or fee (error). Inference, kept as data (DOMAIN.md).
//!
//! Lexicon: `data/lexicon/mlm_scheme.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct MlmScheme;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/mlm_scheme.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.mlm_scheme",
    severity: Severity::Warning,
    title: Tr { fi: "Verkostomarkkinointi tai pyramidi", sv: "Nätverksmarknadsföring eller pyramid", en: "Network marketing or pyramid scheme" },
    description: Tr {
        fi: "Ilmoituksessa on verkostomarkkinoinnin tai pyramidin tunnusmerkkejä: alaisten rekrytointi, passiivinen tulo, maksullinen aloituspaketti. Tällainen ilmoitus ei ole työpaikkailmoitus; maksullinen aloituspaketti on virhe.",
        sv: "Annonsen har kännetecken för nätverksmarknadsföring eller pyramid: värvning av nya medlemmar, passiv inkomst, ett startpaket mot avgift. En sådan annons är ingen platsannons; ett startpaket mot avgift är ett fel.",
        en: "The ad shows signs of network marketing or a pyramid scheme: recruiting a downline, passive income, a paid starter pack. Such an ad is not a job ad; a paid starter pack is an error.",
    },
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    match kind {
        "starter" => tr!(lang,
            fi: "”{excerpt}”: hakijalta perittävä aloituspaketti on verkostomarkkinoinnin tunnusmerkki, eikä hakijalta saa periä maksua. Poista maksullinen paketti tai kerro, että se on maksuton.",
            sv: "”{excerpt}”: ett startpaket som den sökande betalar är ett kännetecken för nätverksmarknadsföring, och sökande får inte avkrävas avgifter. Ta bort det eller ange att det är kostnadsfritt.",
            en: "“{excerpt}”: a starter pack the applicant pays for is a sign of network marketing, and applicants may not be charged. Remove it or state that it is free.",
        ),
        _ => tr!(lang,
            fi: "”{excerpt}” viittaa verkostomarkkinointiin tai pyramidiin. Työmarkkinatori ei julkaise tällaisia ilmoituksia työpaikkoina. Kerro palkka, työnantaja ja työtehtävät selvästi, tai älä julkaise ilmoitusta.",
            sv: "”{excerpt}” tyder på nätverksmarknadsföring eller en pyramid. Sådana annonser publiceras inte som lediga jobb. Ange lön, arbetsgivare och uppgifter tydligt, eller publicera inte annonsen.",
            en: "“{excerpt}” points to network marketing or a pyramid scheme. Such ads are not published as jobs. State the pay, employer and duties clearly, or do not publish the ad.",
        ),
    }
}

/// A starter pack with a price or fee nearby is an error (without one, nothing); other signals warnings.
fn decide(hit: &Hit<'_>, a: &Analysis, _excepted: bool) -> Option<Severity> {
    if hit.entry.kind == "starter" {
        let w = window(a, hit.first, hit.last);
        let priced = cues().find_in("money", a, w.clone()).is_some() || w.clone().any(|k| a.number(k).is_some() && k != hit.first);
        // a starter pack without a price is onboarding material, not a scheme
        return priced.then_some(Severity::Error);
    }
    Some(hit.entry.severity)
}

impl Rule for MlmScheme {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("mlm_scheme"), None, decide, message);
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
            "content.mlm_scheme",
            &[
                ("Verkostomarkkinointi on tulevaisuutta!", "Verkostomarkkinointi", W),
                ("Rekrytoi alaisia ja ansaitse.", "Rekrytoi alaisia", W),
                ("Aloituspaketti 99 €.", "Aloituspaketti", E),
                ("Join our network marketing team.", "network marketing", W),
                ("Build your own downline.", "Build your own downline", W),
                ("Nätverksmarknadsföring ger passiv inkomst.", "Nätverksmarknadsföring", W),
                ("Starter kit only 49 EUR.", "Starter kit", E),
            ],
            &[
                "Rekrytoimme uusia myyjiä.",
                "Our recruiting team will contact you.",
                "Markkinointiassistentti verkkokauppaan.",
                "Perehdytys ja aloituspaketti uusille työntekijöille.",
                "Welcome package for new employees.",
                "Vi söker en nätverkstekniker.",
            ],
        );
    }
}
