//! `field.empty_text`: a value of only spaces, tabs or line breaks. It looks filled in but says
//! nothing. Error where the value is required (`field.required` treats only `""` as missing,
//! so this is where `"  "` is caught), warning elsewhere.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::required::is_required_path;
use crate::rules::field::strings;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct EmptyText;

static INFO: RuleInfo = RuleInfo {
    id: "field.empty_text",
    severity: Severity::Error,
    title: tr_text!( fi: "Kentässä on vain välilyöntejä", sv: "Fältet innehåller bara mellanslag", en: "Field holds only whitespace" ),
    description: tr_text!(
        fi: "Kentässä on pelkkiä välilyöntejä tai rivinvaihtoja. Kirjoita sisältö tai tyhjennä kenttä. Pakollisessa kentässä tämä on virhe.",
        sv: "Fältet innehåller bara mellanslag eller radbrytningar. Skriv innehållet eller töm fältet. I ett obligatoriskt fält är detta ett fel.",
        en: "The field holds only spaces or line breaks. Write the content or clear the field. In a required field this is an error.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for EmptyText {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let mut found = Vec::new();
        strings(ad, |path, _, value| {
            if !value.is_empty() && value.trim().is_empty() {
                found.push((path.to_owned(), value.len()));
            }
        });
        for (path, len) in found {
            let finding = if is_required_path(ad, &path) {
                Finding::error(tr!(lang, [],
                    fi: "Pakollisessa kentässä on vain välilyöntejä. Kirjoita kenttään sisältö.",
                    sv: "Det obligatoriska fältet innehåller bara mellanslag. Fyll i innehållet.",
                    en: "This required field holds only whitespace. Fill it in.",
                ))
            } else {
                Finding::warning(tr!(lang, [],
                    fi: "Kentässä on vain välilyöntejä. Kirjoita sisältö tai tyhjennä kenttä.",
                    sv: "Fältet innehåller bara mellanslag. Skriv innehållet eller töm fältet.",
                    en: "This field holds only whitespace. Fill it in or clear it.",
                ))
            };
            out.push(finding.field(path).span(0..len).suggestion(""));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::ad;
    use crate::Severity;
    use serde_json::json;

    #[test]
    fn whitespace_only_values() {
        let r = ad(json!({
            "languages": ["fi"],
            "owner": {"businessId": " ", "officeName": "\t"},
            "position": {"title": {"fi": "  ", "sv": " "}, "jobDescription": {"fi": "Myyt.\n"}, "marketingDescription": {"fi": "\n\n"}},
            "contacts": [{"firstName": "", "lastName": " Virtanen "}],
        }));
        let got: Vec<_> = r.of_rule("field.empty_text").map(|d| (d.field.clone().unwrap(), d.severity)).collect();
        assert_eq!(
            got,
            vec![
                ("owner.businessId".into(), Severity::Error),
                ("owner.officeName".into(), Severity::Warning),
                ("position.marketingDescription.fi".into(), Severity::Warning),
                ("position.title.fi".into(), Severity::Error),
                ("position.title.sv".into(), Severity::Warning), // sv is not declared
            ]
        );
    }
}
