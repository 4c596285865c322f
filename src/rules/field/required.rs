//! `field.required`: data without which the ad cannot be imported or makes no sense.
//!
//! The import schema's exact required set is not public (DOMAIN.md), so the set is this one
//! table, [`REQUIRED`]; the rule catalogue documents it. An empty string counts as missing
//! (forms send `""` for empty inputs); a value of the wrong type is left to `field.type`.

use crate::model::{Field, JobAd, Localized};
use crate::rule::{concat, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, Tr, is_any};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Required;

static INFO: RuleInfo = RuleInfo {
    id: "field.required",
    severity: Severity::Error,
    title: tr_text!( fi: "Pakollinen tieto puuttuu", sv: "Obligatorisk uppgift saknas", en: "Required data missing" ),
    description: tr_text!(
        fi: "Ilmoituksesta puuttuu pakollinen tieto. Pakollisia ovat: ilmoituksen kielet (languages); otsikko ja työn kuvaus jokaisella ilmoitetulla kielellä; työnantajan Y-tunnus (owner.businessId); hakuajan päättyminen (application.expires); työpaikan sijainti eli kunta, tai ulkomaan työssä maa; työaika (position.workTime); työn jatkuvuus (position.continuityOfWork); sekä hakutapa eli hakulinkki tai yhteyshenkilö, jolla on nimi ja sähköposti tai puhelin. Tuontirajapinnan pakollisia kenttiä ei ole julkaistu; luettelo perustuu ohjeisiin.",
        sv: "Annonsen saknar en obligatorisk uppgift. Obligatoriska är: annonsens språk (languages); rubrik och arbetsbeskrivning på varje angivet språk; arbetsgivarens FO-nummer (owner.businessId); sista ansökningsdag (application.expires); var arbetsplatsen finns, dvs. en kommun eller, vid arbete utomlands, ett land; arbetstid (position.workTime); anställningens varaktighet (position.continuityOfWork); samt ett sätt att söka, dvs. en ansökningslänk eller en kontaktperson med namn och e-post eller telefon. Importgränssnittets obligatoriska fält är inte offentliga; listan bygger på anvisningarna.",
        en: "The ad lacks required data. Required are: the ad's languages (languages); a title and a job description in every declared language; the employer's business ID (owner.businessId); the application deadline (application.expires); a work location, i.e. a municipality or, for work abroad, a country; the working time (position.workTime); the continuity of work (position.continuityOfWork); and a way to apply, i.e. an application URL or a contact person with a name and an email or phone. The import API's exact required set is not public; this set is inferred from the guidance.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// What must be there.
enum Need {
    /// A value at `path` (a non-empty string, a non-empty list, any number or boolean).
    Value { path: &'static str, what: Tr, present: fn(&JobAd) -> Presence },
    /// A text at `path.<lang>` for every declared language.
    PerLanguage { path: &'static str, what: Tr, texts: fn(&JobAd) -> &Field<Localized> },
}

/// Whether a required value is there.
#[derive(PartialEq)]
enum Presence {
    Missing,
    /// There, or of the wrong type (which `field.type` reports).
    Here,
}

fn string(f: &Field<String>) -> Presence {
    match f {
        Field::Value(s) if s.is_empty() => Presence::Missing,
        Field::Absent => Presence::Missing,
        _ => Presence::Here,
    }
}

fn list<T>(f: &Field<Vec<Field<T>>>) -> Presence {
    match f {
        Field::Value(v) if v.iter().all(Field::is_absent) => Presence::Missing,
        Field::Absent => Presence::Missing,
        _ => Presence::Here,
    }
}

/// A nested value: missing when its parent is missing, [`Presence::Here`] when the parent has
/// the wrong type (`field.type` reports that).
fn within<T>(parent: &Field<T>, present: impl Fn(&T) -> Presence) -> Presence {
    match parent {
        Field::Absent => Presence::Missing,
        Field::Invalid(_) => Presence::Here,
        Field::Value(v) => present(v),
    }
}

/// A multilingual text with a non-empty value in some language.
fn any_text(f: &Field<Localized>) -> Presence {
    within(f, |m| if m.entries().any(|(_, v)| string(v) == Presence::Here) { Presence::Here } else { Presence::Missing })
}

/// A municipality, or a country other than Finland (work abroad).
fn work_location(ad: &JobAd) -> Presence {
    within(&ad.location, |l| {
        let abroad = l.countries.items().any(|(_, c)| c.as_str().is_some_and(|c| !c.is_empty() && !c.eq_ignore_ascii_case("FI")));
        if list(&l.municipalities) == Presence::Here || abroad || l.countries.invalid().is_some() {
            Presence::Here
        } else {
            Presence::Missing
        }
    })
}

/// An application URL, or a contact person with a name and an email or a phone number.
fn way_to_apply(ad: &JobAd) -> Presence {
    let url = within(&ad.application, |a| any_text(&a.url));
    let contact = ad.contacts.items().any(|(_, c)| {
        c.get().is_some_and(|c| {
            let named = string(&c.first_name) == Presence::Here || string(&c.last_name) == Presence::Here;
            named && (string(&c.email) == Presence::Here || string(&c.telephone) == Presence::Here)
        })
    });
    if url == Presence::Here || contact {
        Presence::Here
    } else {
        Presence::Missing
    }
}

static NO_TEXTS: Field<Localized> = Field::Absent;

/// The required set. Keep it here, in one place.
static REQUIRED: &[Need] = &[
    Need::Value {
        path: "languages",
        what: tr_text!( fi: "ilmoituksen kielet", sv: "annonsens språk", en: "the ad's languages" ),
        present: |ad| list(&ad.languages),
    },
    Need::PerLanguage {
        path: "position.title",
        what: tr_text!( fi: "otsikko", sv: "rubrik", en: "title" ),
        texts: |ad| ad.position.get().map_or(&NO_TEXTS, |p| &p.title),
    },
    Need::PerLanguage {
        path: "position.jobDescription",
        what: tr_text!( fi: "työn kuvaus", sv: "arbetsbeskrivning", en: "job description" ),
        texts: |ad| ad.position.get().map_or(&NO_TEXTS, |p| &p.job_description),
    },
    Need::Value {
        path: "owner.businessId",
        what: tr_text!( fi: "työnantajan Y-tunnus", sv: "arbetsgivarens FO-nummer", en: "the employer's business ID" ),
        present: |ad| within(&ad.owner, |o| string(&o.business_id)),
    },
    Need::Value {
        path: "application.expires",
        what: tr_text!( fi: "hakuajan päättymisaika", sv: "sista ansökningsdag", en: "the application deadline" ),
        present: |ad| within(&ad.application, |a| string(&a.expires)),
    },
    Need::Value {
        path: "location.municipalities",
        what: tr_text!(
            fi: "työpaikan sijainti (kunta, tai ulkomaan työssä maa)",
            sv: "var arbetsplatsen finns (en kommun eller, vid arbete utomlands, ett land)",
            en: "the work location (a municipality or, for work abroad, a country)",
        ),
        present: work_location,
    },
    Need::Value {
        path: "position.workTime",
        what: tr_text!(
            fi: "työaika (kokoaikainen tai osa-aikainen)",
            sv: "arbetstid (heltid eller deltid)",
            en: "the working time (full-time or part-time)",
        ),
        present: |ad| within(&ad.position, |p| string(&p.work_time)),
    },
    Need::Value {
        path: "position.continuityOfWork",
        what: tr_text!(
            fi: "työn jatkuvuus (vakituinen tai määräaikainen)",
            sv: "anställningens varaktighet (tillsvidare eller visstid)",
            en: "the continuity of work (permanent or fixed-term)",
        ),
        present: |ad| within(&ad.position, |p| list(&p.continuity_of_work)),
    },
    Need::Value {
        path: "application.url",
        what: tr_text!(
            fi: "hakutapa: hakulinkki, tai yhteyshenkilö, jolla on nimi ja sähköposti tai puhelinnumero",
            sv: "ett sätt att söka: en ansökningslänk, eller en kontaktperson med namn och e-post eller telefonnummer",
            en: "a way to apply: an application URL, or a contact person with a name and an email or phone number",
        ),
        present: way_to_apply,
    },
];

/// Whether the value at `path` is required by itself (not as one of several alternatives, like
/// the application URL or a municipality): `field.empty_text` uses this to tell an empty
/// required value (an error) from an empty optional one. A per-language text is required in the
/// declared languages only.
pub(crate) fn is_required_path(ad: &JobAd, path: &str) -> bool {
    REQUIRED.iter().any(|need| match need {
        Need::Value { path: p, .. } => {
            !is_any(p, "application.url|location.municipalities")
                && (path == *p || path.strip_prefix(*p).is_some_and(|r| r.starts_with('.')))
        }
        Need::PerLanguage { path: p, .. } => {
            path.strip_prefix(*p).and_then(|r| r.strip_prefix('.')).is_some_and(|lang| ad.declared_languages().contains(&lang))
        }
    })
}

impl Rule for Required {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let declared = ad.declared_languages();
        for need in REQUIRED {
            match need {
                Need::Value { path, what, present } => {
                    if present(ad) == Presence::Missing {
                        let what = what.get(lang);
                        out.push(
                            Finding::error(tr!(lang, [what],
                                fi: "Pakollinen tieto puuttuu: {what}.",
                                sv: "Obligatorisk uppgift saknas: {what}.",
                                en: "Missing required data: {what}.",
                            ))
                            .field(*path),
                        );
                    }
                }
                Need::PerLanguage { path, what, texts } => {
                    let field = texts(ad);
                    if field.invalid().is_some() {
                        continue;
                    }
                    let map = field.get();
                    let what = what.get(lang);
                    if declared.is_empty() {
                        // No languages yet: ask for the text in some language, once.
                        let any = map.is_some_and(|m| m.entries().any(|(_, v)| string(v) == Presence::Here));
                        if !any {
                            out.push(
                                Finding::error(tr!(lang, [what],
                                    fi: "Pakollinen tieto puuttuu: {what}.",
                                    sv: "Obligatorisk uppgift saknas: {what}.",
                                    en: "Missing required data: {what}.",
                                ))
                                .field(*path),
                            );
                        }
                        continue;
                    }
                    for code in &declared {
                        let here = map.and_then(|m| m.0.get(code)).map_or(Presence::Missing, string);
                        if here == Presence::Missing {
                            out.push(
                                Finding::error(tr!(lang, [what, code],
                                    fi: "Pakollinen tieto puuttuu: {what} kielellä {code}.",
                                    sv: "Obligatorisk uppgift saknas: {what} på språket {code}.",
                                    en: "Missing required data: {what} in language {code}.",
                                ))
                                .field(concat(&[path, ".", code])),
                            );
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    /// Everything but the languages and texts, so the cases below test one thing each.
    fn rest() -> serde_json::Value {
        json!({
            "owner": {"businessId": "0112038-9"},
            "application": {"expires": "2026-12-31T16:00:00", "url": {"fi": "https://example.fi/haku"}},
            "location": {"municipalities": ["91"]},
        })
    }

    fn with(mut base: serde_json::Value, patch: serde_json::Value) -> serde_json::Value {
        fn merge(a: &mut serde_json::Value, b: serde_json::Value) {
            match (a, b) {
                (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
                    for (k, v) in b {
                        merge(a.entry(k).or_insert(serde_json::Value::Null), v);
                    }
                }
                (a, b) => *a = b,
            }
        }
        merge(&mut base, patch);
        base
    }

    #[test]
    fn the_rest_of_the_required_set() {
        let texts = json!({"languages": ["fi"], "position": {"title": {"fi": "Myyjä"}, "jobDescription": {"fi": "Myyt."}, "workTime": "01", "continuityOfWork": ["01"]}});
        let full = with(rest(), texts.clone());
        let cases: Vec<(&str, serde_json::Value, Vec<&str>)> = vec![
            ("complete", full.clone(), vec![]),
            (
                "all missing but texts",
                texts.clone(),
                vec!["application.expires", "application.url", "location.municipalities", "owner.businessId"],
            ),
            (
                "no work time or continuity",
                with(full.clone(), json!({"position": {"workTime": null, "continuityOfWork": []}})),
                vec!["position.continuityOfWork", "position.workTime"],
            ),
            ("empty business id", with(full.clone(), json!({"owner": {"businessId": ""}})), vec!["owner.businessId"]),
            ("owner of the wrong type is field.type's", with(full.clone(), json!({"owner": "Oy Ab"})), vec![]),
            (
                "work abroad: a country is enough",
                with(full.clone(), json!({"location": {"municipalities": null, "countries": ["SE"]}})),
                vec![],
            ),
            (
                "Finland alone is not a location",
                with(full.clone(), json!({"location": {"municipalities": [], "countries": ["FI"]}})),
                vec!["location.municipalities"],
            ),
            (
                "a region alone is not a location",
                with(full.clone(), json!({"location": {"municipalities": null, "regions": ["01"]}})),
                vec!["location.municipalities"],
            ),
            (
                "a complete contact is a way to apply",
                with(full.clone(), json!({"application": {"url": null}, "contacts": [{"firstName": "Anna", "telephone": "040 123 4567"}]})),
                vec![],
            ),
            (
                "a contact without a name is not",
                with(full.clone(), json!({"application": {"url": {"fi": ""}}, "contacts": [{"email": "rekry@example.fi"}]})),
                vec!["application.url"],
            ),
            (
                "a named contact without email or phone is not",
                with(full.clone(), json!({"application": {"url": null}, "contacts": [{"firstName": "Anna", "lastName": "Virtanen"}]})),
                vec!["application.url"],
            ),
        ];
        for (name, json, expected) in cases {
            assert_eq!(fields_of(&ad(json), "field.required"), expected, "{name}");
        }
    }

    #[test]
    fn required_paths() {
        let a = crate::JobAd::from_json_value(&json!({"languages": ["fi"]})).unwrap();
        let required = |p| super::is_required_path(&a, p);
        assert!(required("position.title.fi"));
        assert!(!required("position.title.sv"), "sv is not declared");
        assert!(required("owner.businessId"));
        assert!(required("position.continuityOfWork.0"));
        assert!(!required("owner.businessIdx"));
        assert!(!required("position.marketingDescription.fi"));
        assert!(!required("application.url.fi"), "one of several ways to apply");
    }

    #[test]
    fn table() {
        let cases = [
            (
                "empty ad",
                json!({}),
                vec![
                    "application.expires",
                    "application.url",
                    "languages",
                    "location.municipalities",
                    "owner.businessId",
                    "position.continuityOfWork",
                    "position.jobDescription",
                    "position.title",
                    "position.workTime",
                ],
            ),
            (
                "fi declared, fi texts",
                json!({"languages": ["fi"], "position": {"title": {"fi": "Myyjä"}, "jobDescription": {"fi": "Myyt."}}}),
                vec![],
            ),
            (
                "fi+sv declared, sv title missing, sv description empty",
                json!({"languages": ["fi", "sv"], "position": {"title": {"fi": "Myyjä"}, "jobDescription": {"fi": "Myyt.", "sv": ""}}}),
                vec!["position.jobDescription.sv", "position.title.sv"],
            ),
            (
                "no languages but texts",
                json!({"position": {"title": {"en": "Seller"}, "jobDescription": {"en": "You sell."}}}),
                vec!["languages"],
            ),
            (
                "empty language list",
                json!({"languages": [], "position": {"title": {"fi": "A"}, "jobDescription": {"fi": "B"}}}),
                vec!["languages"],
            ),
            (
                "wrong type is field.type's business",
                json!({"languages": ["fi"], "position": {"title": 5, "jobDescription": {"fi": "B"}}}),
                vec![],
            ),
        ];
        for (name, json, expected) in cases {
            let json = if name == "empty ad" {
                json
            } else {
                with(with(rest(), json!({"position": {"workTime": "01", "continuityOfWork": ["01"]}})), json)
            };
            assert_eq!(fields_of(&ad(json), "field.required"), expected, "{name}");
        }
    }
}
