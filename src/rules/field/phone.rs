//! `field.phone`: a contact's phone number (`contacts.N.telephone`) in a Finnish or an
//! international form: `040 123 4567`, `09 123 4567`, `(09) 1234 567`, `+358 40 1234567`,
//! `00358 40 1234567`, `+46 8 123 456 78`. Spaces, hyphens and one pair of parentheses may
//! group the digits; letters and other characters may not.

use crate::model::JobAd;
use crate::rule::{concat, item_path, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Phone;

static INFO: RuleInfo = RuleInfo {
    id: "field.phone",
    severity: Severity::Error,
    title: tr_text!( fi: "Virheellinen puhelinnumero", sv: "Ogiltigt telefonnummer", en: "Invalid phone number" ),
    description: tr_text!(
        fi: "Yhteyshenkilön puhelinnumeron pitää olla suomalaisessa muodossa (040 123 4567, 09 123 4567) tai kansainvälisessä muodossa (+358 40 1234567).",
        sv: "Kontaktpersonens telefonnummer ska vara i finländsk form (040 123 4567, 09 123 4567) eller i internationell form (+358 40 1234567).",
        en: "A contact's phone number must be in a Finnish form (040 123 4567, 09 123 4567) or an international form (+358 40 1234567).",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// Why a phone number is wrong.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Problem {
    /// Characters other than digits, spaces, hyphens, parentheses and a leading `+`.
    Characters,
    /// Too few or too many digits.
    Length,
    /// Neither `0…` (Finnish) nor `+…`/`00…` (international).
    NoPrefix,
    /// `+358 0…`: the trunk zero must go after the country code; the fix is given.
    TrunkZero(String),
}

/// Checks one phone number.
pub(crate) fn check(s: &str) -> Result<(), Problem> {
    let s = s.trim();
    let (international, rest) = match s.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut digits = String::new();
    let mut open = false;
    let mut parens = 0;
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '\u{a0}' => {}
            '(' if !open && parens == 0 => {
                open = true;
                parens += 1;
            }
            ')' if open => open = false,
            _ => return Err(Problem::Characters),
        }
    }
    if open {
        return Err(Problem::Characters);
    }
    let (international, digits) = match digits.strip_prefix("00") {
        Some(d) if !international => (true, d.to_owned()),
        _ => (international, digits),
    };
    if international {
        if let Some(national) = digits.strip_prefix("358") {
            if national.starts_with('0') {
                return Err(Problem::TrunkZero(drop_trunk_zero(s)));
            }
            return if (5..=12).contains(&national.len()) { Ok(()) } else { Err(Problem::Length) };
        }
        return if (7..=15).contains(&digits.len()) { Ok(()) } else { Err(Problem::Length) };
    }
    if !digits.starts_with('0') {
        return Err(Problem::NoPrefix);
    }
    if (6..=12).contains(&digits.len()) {
        Ok(())
    } else {
        Err(Problem::Length)
    }
}

/// `+358 (0)40 123` / `00358 040 123` → `+358 40 123`, keeping the writer's grouping.
fn drop_trunk_zero(s: &str) -> String {
    let rest = s.strip_prefix("+358").or_else(|| s.strip_prefix("00358")).unwrap_or(s);
    let rest: String = rest.chars().filter(|c| !matches!(c, '(' | ')')).collect();
    let rest = rest.trim_start_matches([' ', '-', '\u{a0}']);
    let rest = rest.strip_prefix('0').unwrap_or(rest);
    concat(&["+358 ", rest.trim_start_matches([' ', '-'])])
}

impl Rule for Phone {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (i, contact) in ad.contacts.items() {
            let Some(phone) = contact.get().and_then(|c| c.telephone.as_str()) else { continue };
            if phone.trim().is_empty() {
                continue;
            }
            let finding = match check(phone) {
                Ok(()) => continue,
                Err(Problem::TrunkZero(fix)) => Finding::error(tr!(lang, [phone, fix],
                    fi: "Puhelinnumerossa ”{phone}” on suuntanumeron nolla maatunnuksen +358 jälkeen. Jätä nolla pois: {fix}.",
                    sv: "Telefonnumret ”{phone}” har riktnumrets nolla efter landsnumret +358. Ta bort nollan: {fix}.",
                    en: "The phone number “{phone}” keeps the trunk zero after the country code +358. Drop the zero: {fix}.",
                ))
                .suggestion(fix),
                Err(Problem::NoPrefix) => Finding::error(tr!(lang, [phone],
                    fi: "Puhelinnumero ”{phone}” ei ala nollalla eikä maatunnuksella. Kirjoita numero suuntanumeroineen (040 123 4567) tai maatunnuksen kanssa (+358 40 1234567).",
                    sv: "Telefonnumret ”{phone}” börjar varken med noll eller med landsnummer. Skriv numret med riktnummer (040 123 4567) eller med landsnummer (+358 40 1234567).",
                    en: "The phone number “{phone}” starts with neither a zero nor a country code. Write it with its area code (040 123 4567) or country code (+358 40 1234567).",
                )),
                Err(_) => Finding::error(tr!(lang, [phone],
                    fi: "”{phone}” ei ole kelvollinen puhelinnumero. Käytä vain numeroita, välilyöntejä ja väliviivoja, esimerkiksi 040 123 4567 tai +358 40 1234567.",
                    sv: "”{phone}” är inget giltigt telefonnummer. Använd bara siffror, mellanslag och bindestreck, till exempel 040 123 4567 eller +358 40 1234567.",
                    en: "“{phone}” is not a valid phone number. Use only digits, spaces and hyphens, e.g. 040 123 4567 or +358 40 1234567.",
                )),
            };
            out.push(finding.field(item_path("contacts", i) + ".telephone"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{check, Problem};
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn finnish_and_international_numbers() {
        let good = [
            "040 123 4567",
            "0401234567",
            "040-123 4567",
            "09 123 4567",
            "(09) 1234 567",
            "+358 40 1234567",
            "+358401234567",
            "+358 9 123 4567",
            "00358 40 1234567",
            "+46 8 123 456 78",
            "0800 123 456",
            "010 123 4567",
        ];
        for p in good {
            assert_eq!(check(p), Ok(()), "{p:?}");
        }
        let bad: &[(&str, Problem)] = &[
            ("+358 040 1234567", Problem::TrunkZero("+358 40 1234567".into())),
            ("00358 (09) 1234567", Problem::TrunkZero("+358 9 1234567".into())),
            ("40 123 4567", Problem::NoPrefix),
            ("040 123 4567 (vaihde)", Problem::Characters),
            ("040/1234567", Problem::Characters),
            ("puh. 040 123 4567", Problem::Characters),
            ("040 12", Problem::Length),
            ("+358 40", Problem::Length),
            ("+1 234", Problem::Length),
            ("040 1234 5678 9012", Problem::Length),
            ("(09 123 4567", Problem::Characters),
            ("09) 123 4567", Problem::Characters),
            ("++358 40 1234567", Problem::Characters),
            ("+", Problem::Length),
            ("٠٤٠ ١٢٣ ٤٥٦٧", Problem::Characters),
        ];
        for (p, want) in bad {
            assert_eq!(check(p), Err(want.clone()), "{p:?}");
        }
    }

    #[test]
    fn reported_at_the_contact() {
        let r = ad(json!({"contacts": [{"telephone": "+358 40 1234567"}, {"telephone": "+358 040 1234567"}, {"telephone": " "}]}));
        assert_eq!(fields_of(&r, "field.phone"), ["contacts.1.telephone"]);
        assert_eq!(r.of_rule("field.phone").next().and_then(|d| d.suggestion.as_deref()), Some("+358 40 1234567"));
    }
}
