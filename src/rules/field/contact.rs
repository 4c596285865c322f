//! `field.contact`: a contact person (`contacts.N`) needs a name and a way to be reached: an
//! email address or a phone number. Contact data belongs in `contacts`, not in free text.

use crate::model::JobAd;
use crate::rule::{item_path, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::filled;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Contact;

static INFO: RuleInfo = RuleInfo {
    id: "field.contact",
    severity: Severity::Warning,
    title: tr_text!(
        fi: "Yhteyshenkilön tiedot puutteelliset",
        sv: "Kontaktpersonens uppgifter ofullständiga",
        en: "Incomplete contact person",
    ),
    description: tr_text!(
        fi: "Yhteyshenkilöllä pitää olla nimi sekä sähköpostiosoite tai puhelinnumero.",
        sv: "En kontaktperson ska ha ett namn samt en e-postadress eller ett telefonnummer.",
        en: "A contact person needs a name and an email address or a phone number.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for Contact {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (i, contact) in ad.contacts.items() {
            let Some(c) = contact.get() else { continue };
            let has = |f: &crate::model::Field<String>| f.as_str().is_some_and(filled) || f.invalid().is_some();
            let named = has(&c.first_name) || has(&c.last_name);
            let reachable = has(&c.email) || has(&c.telephone);
            if !named && !reachable {
                out.push(
                    Finding::warning(tr!(lang, [],
                        fi: "Yhteyshenkilö on tyhjä. Täytä nimi ja sähköposti tai puhelinnumero, tai poista yhteyshenkilö.",
                        sv: "Kontaktpersonen är tom. Fyll i namn och e-post eller telefonnummer, eller ta bort kontaktpersonen.",
                        en: "The contact person is empty. Fill in a name and an email or phone number, or remove the contact.",
                    ))
                    .field(item_path("contacts", i)),
                );
                continue;
            }
            if !named {
                out.push(
                    Finding::warning(tr!(lang, [],
                        fi: "Yhteyshenkilöltä puuttuu nimi. Kirjoita etu- ja sukunimi, jotta hakija tietää, keneen on yhteydessä.",
                        sv: "Kontaktpersonen saknar namn. Skriv för- och efternamn så att den sökande vet vem hen kontaktar.",
                        en: "The contact person has no name. Enter a first and last name so applicants know whom they contact.",
                    ))
                    .field(item_path("contacts", i) + ".firstName"),
                );
            }
            if !reachable {
                out.push(
                    Finding::warning(tr!(lang, [],
                        fi: "Yhteyshenkilölle ei ole annettu sähköpostia eikä puhelinnumeroa. Lisää ainakin toinen.",
                        sv: "Kontaktpersonen har varken e-post eller telefonnummer. Lägg till minst det ena.",
                        en: "The contact person has neither an email nor a phone number. Add at least one.",
                    ))
                    .field(item_path("contacts", i) + ".email"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn contacts_need_a_name_and_a_way_to_reach() {
        let cases = [
            (json!([{"firstName": "Anna", "lastName": "Virtanen", "email": "anna@example.fi"}]), vec![]),
            (json!([{"lastName": "Virtanen", "telephone": "040 123 4567"}]), vec![]),
            (json!([{"firstName": "Anna", "email": 5}]), vec![]), // field.type's
            (json!([{"email": "rekry@example.fi"}]), vec!["contacts.0.firstName"]),
            (json!([{"firstName": "Anna", "lastName": "Virtanen"}]), vec!["contacts.0.email"]),
            (json!([{"firstName": " ", "telephone": ""}]), vec!["contacts.0"]),
            (json!([{}, {"firstName": "Anna", "email": "anna@example.fi"}]), vec!["contacts.0"]),
            (json!([]), vec![]),
        ];
        for (contacts, expected) in cases {
            assert_eq!(fields_of(&ad(json!({"contacts": contacts.clone()})), "field.contact"), expected, "{contacts}");
        }
    }
}
