//! `field.email`: a contact's email address (`contacts.N.email`) must be an address mail can be
//! sent to. A pragmatic scanner, not RFC 5322: one `@`, a local part of the usual characters,
//! and a domain of at least two dot-separated labels with a letter-only top level. Letters
//! outside ASCII are accepted (internationalised addresses such as `päivi@esimerkki.fi`).

use crate::model::JobAd;
use crate::rule::{char_count, item_path, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Email;

static INFO: RuleInfo = RuleInfo {
    id: "field.email",
    severity: Severity::Error,
    title: tr_text!( fi: "Virheellinen sähköpostiosoite", sv: "Ogiltig e-postadress", en: "Invalid email address" ),
    description: tr_text!(
        fi: "Yhteyshenkilön sähköpostiosoitteen pitää olla muotoa nimi@esimerkki.fi, ilman välilyöntejä.",
        sv: "Kontaktpersonens e-postadress ska ha formen namn@exempel.fi, utan mellanslag.",
        en: "A contact's email address must look like name@example.fi, without spaces.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// Whether `s` is a usable email address.
pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    if local.is_empty() || char_count(local) > 64 || domain.contains('@') || char_count(s) > 254 {
        return false;
    }
    let local_ok = local.chars().all(|c| c.is_alphabetic() || c.is_ascii_digit() || "!#$%&'*+/=?^_`{|}~.-".chars().any(|x| x == c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.as_bytes().windows(2).any(|w| w == b".."); // (no `str` searcher in the wasm for this)
    let labels: Vec<&str> = domain.split('.').collect();
    let labels_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && char_count(l) <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '-')
        });
    let tld_ok = labels.last().is_some_and(|t| char_count(t) >= 2 && t.chars().all(char::is_alphabetic));
    local_ok && labels_ok && tld_ok
}

impl Rule for Email {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (i, contact) in ad.contacts.items() {
            let Some(email) = contact.get().and_then(|c| c.email.as_str()) else { continue };
            if email.trim().is_empty() || is_email(email) {
                continue;
            }
            let trimmed = email.trim();
            let mut f = Finding::error(tr!(lang, [email],
                fi: "”{email}” ei ole kelvollinen sähköpostiosoite. Kirjoita osoite muodossa nimi@esimerkki.fi.",
                sv: "”{email}” är ingen giltig e-postadress. Skriv adressen i formen namn@exempel.fi.",
                en: "“{email}” is not a valid email address. Write it as name@example.fi.",
            ))
            .field(item_path("contacts", i) + ".email");
            if trimmed != email && is_email(trimmed) {
                f = f.suggestion(trimmed);
            } else if let Some(fixed) = trimmed.strip_prefix("mailto:").filter(|m| is_email(m)) {
                f = f.suggestion(fixed);
            }
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_email;
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn addresses() {
        let good = [
            "rekry@example.fi",
            "anna.virtanen@kauppa.example.com",
            "first+tag@sub-domain.example.fi",
            "päivi@esimerkki.fi",
            "jobs@xn--kyl-0ma.fi",
            "o'brien@example.ie",
        ];
        let bad = [
            "rekry@example",
            "rekry example.fi",
            "rekry@@example.fi",
            "@example.fi",
            "rekry@",
            "rekry@.fi",
            "rekry@example..fi",
            ".anna@example.fi",
            "anna.@example.fi",
            "an..na@example.fi",
            "anna@-example.fi",
            "anna@example.f1",
            "anna virtanen@example.fi",
            "anna@example.fi ",
            "mailto:anna@example.fi",
            "anna(at)example.fi",
            "anna@exam_ple.fi",
        ];
        for e in good {
            assert!(is_email(e), "{e:?} should pass");
        }
        for e in bad {
            assert!(!is_email(e), "{e:?} should fail");
        }
        assert!(!is_email(&format!("{}@example.fi", "a".repeat(65))));
    }

    #[test]
    fn reported_at_the_contact_with_a_fix_where_obvious() {
        let r = ad(
            json!({"contacts": [{"email": "ok@example.fi"}, {"email": " anna@example.fi"}, {"email": ""}, {"email": "mailto:b@example.fi"}]}),
        );
        assert_eq!(fields_of(&r, "field.email"), ["contacts.1.email", "contacts.3.email"]);
        let fixes: Vec<_> = r.of_rule("field.email").map(|d| d.suggestion.as_deref()).collect();
        assert_eq!(fixes, [Some("anna@example.fi"), Some("b@example.fi")]);
    }
}
