//! `field.business_id`: the Y-tunnus (`owner.businessId`, `client.businessId`) must be
//! `1234567-8` with a correct check digit. The import creates the ad for the company in the
//! request, so a wrong ID is an error.
//!
//! The check applies to Finnish organisations only: an employer whose `employerType` is
//! `International` carries its own country's registry ID (a real posting: `DK000138608`), which
//! is fine.
//!
//! Check digit (DOMAIN.md): weights 7, 9, 10, 5, 8, 4, 2 over the first seven digits, sum mod 11;
//! remainder 0 → check 0, remainder 1 → no valid ID, otherwise 11 − remainder.

use crate::model::{Company, JobAd};
use crate::rule::{concat, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, sub};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct BusinessId;

static INFO: RuleInfo = RuleInfo {
    id: "field.business_id",
    severity: Severity::Error,
    title: tr_text!( fi: "Virheellinen Y-tunnus", sv: "Felaktigt FO-nummer", en: "Invalid business ID" ),
    description: tr_text!(
        fi: "Y-tunnuksen muoto on 1234567-8 ja viimeinen numero on tarkiste. Tarkista tunnus esimerkiksi YTJ:stä.",
        sv: "FO-numret skrivs 1234567-8 och den sista siffran är en kontrollsiffra. Kontrollera numret till exempel i FODS.",
        en: "A Finnish business ID (Y-tunnus) is written 1234567-8, and its last digit is a check digit. Check the ID, e.g. in the YTJ register.",
    ),
    reference: Some(refs::BUSINESS_ID),
    scope: Scope::Ad,
};

/// Why a business ID is wrong.
#[derive(Debug, PartialEq)]
pub(crate) enum Problem {
    /// Not `1234567-8`; with the right form when it can be guessed (`12345678` → `1234567-8`).
    Format(Option<String>),
    /// The check digit does not match (or no ID can have these seven digits).
    CheckDigit,
    /// `0000000-0`: a placeholder, not a company.
    Placeholder,
}

/// The check digit of seven digits, or `None` when the remainder is 1 (no valid ID).
fn check_digit(digits: &[u8]) -> Option<u8> {
    let sum: u32 = digits.iter().zip([7u32, 9, 10, 5, 8, 4, 2]).map(|(d, w)| u32::from(d - b'0') * w).sum();
    match sum % 11 {
        0 => Some(0),
        1 => None,
        r => Some(11 - r as u8),
    }
}

/// Checks one business ID.
pub(crate) fn check(id: &str) -> Result<(), Problem> {
    let b = id.as_bytes();
    let well_formed = b.len() == 9 && b[7] == b'-' && b[..7].iter().chain(&b[8..]).all(u8::is_ascii_digit);
    if !well_formed {
        // Guess the intended form from the digits alone (spaces, no hyphen, a dot...).
        let digits: String = id.chars().filter(char::is_ascii_digit).collect();
        let others = id.chars().filter(|c| !c.is_ascii_digit() && !matches!(c, ' ' | '-' | '.' | '\u{2010}'..='\u{2015}')).count();
        let guess = (digits.len() == 8 && others == 0).then(|| concat(&[sub(&digits, ..7), "-", sub(&digits, 7..)]));
        return Err(Problem::Format(guess.filter(|g| check(g).is_ok())));
    }
    if b[..7].iter().all(|&d| d == b'0') {
        return Err(Problem::Placeholder);
    }
    match check_digit(&b[..7]) {
        Some(c) if c == b[8] - b'0' => Ok(()),
        _ => Err(Problem::CheckDigit),
    }
}

/// Whether the company is a foreign employer, whose ID is not a Y-tunnus.
fn is_foreign(company: &Company) -> bool {
    company.employer_type.as_str() == Some("International")
}

impl Rule for BusinessId {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (path, company) in [("owner.businessId", &ad.owner), ("client.businessId", &ad.client)] {
            let Some(company) = company.get() else { continue };
            let Some(id) = company.business_id.as_str() else { continue };
            if id.trim().is_empty() || is_foreign(company) {
                continue; // field.required, field.empty_text; a foreign registry's ID
            }
            let finding = match check(id) {
                Ok(()) => continue,
                Err(Problem::Format(guess)) => {
                    let f = Finding::error(tr!(lang, [id],
                        fi: "Y-tunnus ”{id}” ei ole muotoa 1234567-8 (seitsemän numeroa, väliviiva ja tarkiste).",
                        sv: "FO-numret ”{id}” har inte formen 1234567-8 (sju siffror, bindestreck och kontrollsiffra).",
                        en: "The business ID “{id}” is not of the form 1234567-8 (seven digits, a hyphen and a check digit).",
                    ));
                    match guess {
                        Some(g) => f.suggestion(g),
                        None => f,
                    }
                }
                Err(Problem::CheckDigit) => Finding::error(tr!(lang, [id],
                    fi: "Y-tunnuksen ”{id}” tarkiste ei täsmää: tunnuksessa on kirjoitusvirhe. Tarkista tunnus YTJ:stä.",
                    sv: "Kontrollsiffran i FO-numret ”{id}” stämmer inte: numret innehåller ett skrivfel. Kontrollera det i FODS.",
                    en: "The check digit of the business ID “{id}” does not match: the ID has a typo. Check it in the YTJ register.",
                )),
                Err(Problem::Placeholder) => Finding::error(tr!(lang, [id],
                    fi: "”{id}” on esimerkkiarvo, ei yrityksen Y-tunnus. Kirjoita työnantajan oikea Y-tunnus.",
                    sv: "”{id}” är ett platshållarvärde, inte ett företags FO-nummer. Skriv arbetsgivarens riktiga FO-nummer.",
                    en: "“{id}” is a placeholder, not a company's business ID. Enter the employer's real business ID.",
                )),
            };
            out.push(finding.field(path));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{check, Problem};
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn check_digits() {
        // Valid IDs next to one-digit neighbours that must fail.
        let cases: &[(&str, Result<(), Problem>)] = &[
            ("0112038-9", Ok(())),
            ("0112038-8", Err(Problem::CheckDigit)),
            ("1234567-1", Ok(())),
            ("1234567-0", Err(Problem::CheckDigit)),
            ("2617416-4", Ok(())),
            ("2617416-5", Err(Problem::CheckDigit)),
            ("1000008-0", Err(Problem::CheckDigit)), // remainder 1: no check digit is valid
            ("1000008-1", Err(Problem::CheckDigit)),
            ("0000000-0", Err(Problem::Placeholder)),
            ("01120389", Err(Problem::Format(Some("0112038-9".into())))),
            ("0112038 9", Err(Problem::Format(Some("0112038-9".into())))),
            ("01120388", Err(Problem::Format(None))), // the guess would not be valid either
            ("FI01120389", Err(Problem::Format(None))),
            ("112038-9", Err(Problem::Format(None))),
            ("0112038-99", Err(Problem::Format(None))),
            (" 0112038-9", Err(Problem::Format(Some("0112038-9".into())))),
            ("０１１２０３８-９", Err(Problem::Format(None))),
            ("", Err(Problem::Format(None))),
        ];
        for (id, want) in cases {
            assert_eq!(&check(id), want, "{id:?}");
        }
    }

    #[test]
    fn owner_and_client_are_checked_at_their_paths() {
        let r = ad(json!({"owner": {"businessId": "0112038-8"}, "client": {"businessId": "2617416-4"}}));
        assert_eq!(fields_of(&r, "field.business_id"), ["owner.businessId"]);
        let r = ad(json!({"owner": {"businessId": "0112038-9"}, "client": {"businessId": "123"}}));
        assert_eq!(fields_of(&r, "field.business_id"), ["client.businessId"]);
        let r = ad(json!({"owner": {"businessId": ""}, "client": {"businessId": 5}}));
        assert!(fields_of(&r, "field.business_id").is_empty(), "empty is field.required's, a number field.type's");
    }

    #[test]
    fn a_foreign_employer_has_its_own_registry_id() {
        // The Danish university of a real posting (tests/real/tyomarkkinatori.json).
        let r = ad(json!({"owner": {"employerType": "International", "businessId": "DK000138608"}}));
        assert!(fields_of(&r, "field.business_id").is_empty());
        // A Finnish organisation, or no type given: the Y-tunnus check.
        for owner in [
            json!({"employerType": "Organization", "businessId": "DK000138608"}),
            json!({"businessId": "DK000138608"}),
            json!({"employerType": "Household", "businessId": "0112038-8"}),
        ] {
            assert_eq!(fields_of(&ad(json!({"owner": owner.clone()})), "field.business_id"), ["owner.businessId"], "{owner}");
        }
    }
}
