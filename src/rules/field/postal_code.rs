//! `field.postal_code`: a Finnish postal code (`location.workplacePostalCode`) is five digits.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct PostalCode;

static INFO: RuleInfo = RuleInfo {
    id: "field.postal_code",
    severity: Severity::Error,
    title: tr_text!( fi: "Virheellinen postinumero", sv: "Ogiltigt postnummer", en: "Invalid postal code" ),
    description: tr_text!(
        fi: "Työpaikan postinumero on viisi numeroa, esimerkiksi 00100.",
        sv: "Arbetsplatsens postnummer består av fem siffror, till exempel 00100.",
        en: "The workplace's postal code is five digits, e.g. 00100.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// Whether `s` is five ASCII digits.
pub(crate) fn is_postal_code(s: &str) -> bool {
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit())
}

impl Rule for PostalCode {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(code) = ad.location.get().and_then(|l| l.workplace_postal_code.as_str()) else { return };
        if code.trim().is_empty() || is_postal_code(code) {
            return;
        }
        let mut f = Finding::error(tr!(lang, [code],
            fi: "Postinumero ”{code}” ei ole viisi numeroa. Kirjoita pelkkä postinumero, esimerkiksi 00100, ja postitoimipaikka omaan kenttäänsä.",
            sv: "Postnumret ”{code}” består inte av fem siffror. Skriv bara postnumret, till exempel 00100, och postanstalten i sitt eget fält.",
            en: "The postal code “{code}” is not five digits. Enter just the code, e.g. 00100, and the post office in its own field.",
        ))
        .field("location.workplacePostalCode");
        let digits: String = code.chars().filter(char::is_ascii_digit).collect();
        if is_postal_code(&digits) && code.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || c == '-') {
            f = f.suggestion(digits);
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn five_digits() {
        let cases = [
            ("00100", true),
            ("99999", true),
            ("33100", true),
            ("0010", false),
            ("001000", false),
            ("00 100", false),
            ("FI-00100", false),
            ("00100 Helsinki", false),
            ("OO1OO", false),
            ("", true), // empty is not this rule's business
        ];
        for (code, ok) in cases {
            let r = ad(json!({"location": {"workplacePostalCode": code}}));
            let want: Vec<&str> = if ok { vec![] } else { vec!["location.workplacePostalCode"] };
            assert_eq!(fields_of(&r, "field.postal_code"), want, "{code:?}");
        }
        let r = ad(json!({"location": {"workplacePostalCode": " 00100"}}));
        assert_eq!(r.of_rule("field.postal_code").next().and_then(|d| d.suggestion.as_deref()), Some("00100"));
    }
}
