//! `field.type`: a value of the wrong JSON type (a title that is a number, `openPositions: "many"`).
//! Reported at its exact path; the rest of the ad is still validated.

use crate::model::{JobAd, JsonKind, Visitor};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct WrongType;

static INFO: RuleInfo = RuleInfo {
    id: "field.type",
    severity: Severity::Error,
    title: tr_text!( fi: "Väärä tietotyyppi", sv: "Fel datatyp", en: "Wrong data type" ),
    description: tr_text!(
        fi: "Kentän arvo on väärää tyyppiä (esimerkiksi luku tekstin paikalla). Tuonti hylkää ilmoituksen.",
        sv: "Fältets värde har fel typ (till exempel ett tal i stället för text). Importen avvisar annonsen.",
        en: "The field's value has the wrong type (for example a number where text is expected). The import rejects the ad.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

fn kind_name(kind: JsonKind, lang: Lang) -> &'static str {
    let t = match kind {
        JsonKind::Null => tr_text!( fi: "tyhjä (null)", sv: "tomt (null)", en: "null" ),
        JsonKind::Bool => tr_text!( fi: "totuusarvo", sv: "sanningsvärde", en: "a boolean" ),
        JsonKind::Number => tr_text!( fi: "luku", sv: "tal", en: "a number" ),
        JsonKind::String => tr_text!( fi: "teksti", sv: "text", en: "text" ),
        JsonKind::Array => tr_text!( fi: "lista", sv: "lista", en: "a list" ),
        JsonKind::Object => {
            tr_text!( fi: "objekti (esim. kieliversiot)", sv: "objekt (t.ex. språkversioner)", en: "an object (e.g. language versions)" )
        }
    };
    t.get(lang)
}

struct Collect<'e, 'a> {
    out: &'e mut Emitter<'a>,
}

impl Visitor<'_> for Collect<'_, '_> {
    fn invalid(&mut self, path: &str, found: JsonKind, expected: JsonKind) {
        let lang = self.out.lang();
        let (want, got) = (kind_name(expected, lang), kind_name(found, lang));
        let message = tr!(lang, [path, want, got],
            fi: "Kentän {path} pitää olla {want}, nyt se on {got}.",
            sv: "Fältet {path} ska vara {want}, nu är det {got}.",
            en: "{path} must be {want}, but it is {got}.",
        );
        self.out.push(Finding::error(message).field(path));
    }
}

impl Rule for WrongType {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        ad.walk(&mut Collect { out });
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn reports_each_wrong_type_at_its_path() {
        let a = ad(json!({
            "languages": ["fi", 1],
            "position": { "title": { "fi": 42 }, "jobDescription": { "fi": "Kuvaus" } },
            "application": { "openPositions": "many" },
            "contacts": [{ "firstName": true }]
        }));
        assert_eq!(fields_of(&a, "field.type"), ["application.openPositions", "contacts.0.firstName", "languages.1", "position.title.fi"]);
    }

    #[test]
    fn right_types_and_nulls_are_fine() {
        let a = ad(json!({
            "languages": ["fi"],
            "position": { "title": { "fi": "Myyjä", "sv": null }, "workLanguages": ["fi", {"code": "en"}] },
            "application": { "openPositions": 2, "published": null },
            "contacts": []
        }));
        assert!(fields_of(&a, "field.type").is_empty());
    }
}
