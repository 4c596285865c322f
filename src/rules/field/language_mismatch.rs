//! `field.language_mismatch`: the texts and the declared `languages` disagree.
//! * A text in a language the ad does not declare (`position.title.sv` when `languages` is
//!   `["fi"]`), or in a language Työmarkkinatori does not have (`de`): it will not be shown.
//! * A text given in one declared language but missing in another (a Swedish pay text in a
//!   fi+sv ad with only the Finnish one). Missing titles and job descriptions are
//!   `field.required`'s, so they are not repeated here.

use crate::model::{JobAd, Localized, Role, Visitor};
use crate::rule::{concat, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, is_any};
use crate::rules::field::filled;
use crate::rules::refs;
use crate::{Lang, Severity};

pub(crate) struct LanguageMismatch;

static INFO: RuleInfo = RuleInfo {
    id: "field.language_mismatch",
    severity: Severity::Warning,
    title: tr_text!( fi: "Kieliversiot eivät vastaa ilmoituksen kieliä", sv: "Språkversionerna motsvarar inte annonsens språk", en: "Language versions do not match the ad's languages" ),
    description: tr_text!(
        fi: "Tekstejä on kielellä, jota ilmoitukselle ei ole valittu (niitä ei näytetä), tai teksti puuttuu jostakin ilmoituksen kielestä, vaikka se on annettu toisella kielellä.",
        sv: "Det finns texter på ett språk som inte valts för annonsen (de visas inte), eller en text saknas på något av annonsens språk fast den finns på ett annat.",
        en: "There are texts in a language the ad does not declare (they will not be shown), or a text is missing in one of the ad's languages although it is given in another.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// Every multilingual field of the ad with its path (the model's walk finds them all), and
/// whether `field.required` covers it.
fn localized(ad: &JobAd) -> Vec<(String, &Localized, bool)> {
    struct Texts<'a>(Vec<(String, &'a Localized, bool)>);
    impl<'a> Visitor<'a> for Texts<'a> {
        fn localized(&mut self, path: &str, _: Role, texts: &'a Localized) {
            let required = is_any(path, "position.title|position.jobDescription");
            self.0.push((path.to_owned(), texts, required));
        }
    }
    let mut texts = Texts(Vec::new());
    ad.walk(&mut texts);
    texts.0
}

/// `a, b, c` (a loop rather than `[&str]::join`, whose generic code would be in the wasm for this alone).
fn joined<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for code in codes {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(code);
    }
    out
}

impl Rule for LanguageMismatch {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let declared = ad.declared_languages();
        if declared.is_empty() {
            return; // field.required asks for the languages first
        }
        let list = joined(declared.iter().copied());
        for (path, map, required) in localized(ad) {
            let present: Vec<&str> = map.entries().filter(|(_, v)| v.as_str().is_some_and(filled)).map(|(k, _)| k).collect();
            for key in &present {
                if declared.contains(key) {
                    continue;
                }
                let message = if Lang::parse(key).is_some() {
                    tr!(lang, [key, list],
                        fi: "Teksti on kielellä {key}, mutta ilmoituksen kielet ovat {list}. Lisää {key} ilmoituksen kieliin tai poista teksti.",
                        sv: "Texten är på språket {key}, men annonsens språk är {list}. Lägg till {key} bland annonsens språk eller ta bort texten.",
                        en: "This text is in {key}, but the ad's languages are {list}. Add {key} to the ad's languages or remove the text.",
                    )
                } else {
                    tr!(lang, [key],
                        fi: "”{key}” ei ole Työmarkkinatorin kieli (fi, sv, en), joten tekstiä ei näytetä. Siirrä teksti oikean kielen alle.",
                        sv: "”{key}” är inget språk på Jobbmarknaden (fi, sv, en), så texten visas inte. Flytta texten under rätt språk.",
                        en: "“{key}” is not a Job Market Finland language (fi, sv, en), so the text will not be shown. Move it under the right language.",
                    )
                };
                out.push(Finding::warning(message).field(concat(&[&path, ".", key])));
            }
            if required || !present.iter().any(|k| declared.contains(k)) {
                continue;
            }
            for code in &declared {
                if !present.contains(code) {
                    let given = joined(present.iter().copied().filter(|k| declared.contains(k)));
                    out.push(
                        Finding::warning(tr!(lang, [given, code],
                            fi: "Teksti on annettu kielellä {given}, mutta ei kielellä {code}, vaikka se on ilmoituksen kieli. Lisää {code}-kielinen versio.",
                            sv: "Texten finns på {given} men inte på {code}, fast det är ett av annonsens språk. Lägg till versionen på {code}.",
                            en: "This text is given in {given} but not in {code}, which is one of the ad's languages. Add the {code} version.",
                        ))
                        .field(concat(&[&path, ".", code])),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn texts_follow_the_declared_languages() {
        let cases = [
            (json!({"languages": ["fi"], "position": {"title": {"fi": "Myyjä"}, "wagePrincipalInfo": {"fi": "TES"}}}), vec![]),
            (json!({"languages": ["fi"], "position": {"title": {"fi": "Myyjä", "sv": "Säljare"}}}), vec!["position.title.sv"]),
            (json!({"languages": ["fi"], "position": {"title": {"fi": "Myyjä", "sv": ""}}}), vec![]),
            (
                json!({"languages": ["en"], "application": {"url": {"en": "https://example.fi", "de": "https://example.de"}}}),
                vec!["application.url.de"],
            ),
            (
                json!({"languages": ["fi", "sv"], "position": {"wagePrincipalInfo": {"fi": "TES"}, "marketingDescription": {"sv": "Vi är"}}}),
                vec!["position.marketingDescription.fi", "position.wagePrincipalInfo.sv"],
            ),
            // Missing titles are field.required's, not repeated here.
            (json!({"languages": ["fi", "sv"], "position": {"title": {"fi": "Myyjä"}}}), vec![]),
            (json!({"languages": ["fi", "sv"], "position": {"wagePrincipalInfo": {"fi": "TES", "sv": "KA"}}}), vec![]),
            // No declared languages: field.required asks for them first.
            (json!({"position": {"title": {"de": "Verkäufer"}}}), vec![]),
        ];
        for (json, expected) in cases {
            assert_eq!(fields_of(&ad(json.clone()), "field.language_mismatch"), expected, "{json}");
        }
    }
}
