//! `field.required`: data without which the ad cannot be imported or makes no sense.
//!
//! The import schema's exact required set is not public (DOMAIN.md), so the set is this one
//! table, [`REQUIRED`]; the rule catalogue documents it. An empty string counts as missing
//! (forms send `""` for empty inputs); a value of the wrong type is left to `field.type`.

use crate::model::{Field, JobAd, Localized};
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, Tr};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Required;

static INFO: RuleInfo = RuleInfo {
    id: "field.required",
    severity: Severity::Error,
    title: Tr { fi: "Pakollinen tieto puuttuu", sv: "Obligatorisk uppgift saknas", en: "Required data missing" },
    description: Tr {
        fi: "Ilmoituksesta puuttuu pakollinen tieto: kielet sekä otsikko ja kuvaus jokaisella ilmoitetulla kielellä.",
        sv: "Annonsen saknar en obligatorisk uppgift: språk samt rubrik och beskrivning på varje angivet språk.",
        en: "The ad lacks required data: its languages, and a title and a description in every declared language.",
    },
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

static NO_TEXTS: Field<Localized> = Field::Absent;

/// The required set. Keep it here, in one place.
static REQUIRED: &[Need] = &[
    Need::Value {
        path: "languages",
        what: Tr { fi: "ilmoituksen kielet", sv: "annonsens språk", en: "the ad's languages" },
        present: |ad| list(&ad.languages),
    },
    Need::PerLanguage {
        path: "position.title",
        what: Tr { fi: "otsikko", sv: "rubrik", en: "title" },
        texts: |ad| ad.position.get().map_or(&NO_TEXTS, |p| &p.title),
    },
    Need::PerLanguage {
        path: "position.jobDescription",
        what: Tr { fi: "työn kuvaus", sv: "arbetsbeskrivning", en: "job description" },
        texts: |ad| ad.position.get().map_or(&NO_TEXTS, |p| &p.job_description),
    },
];

impl Rule for Required {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_ad(&self, ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let declared = ad.declared_languages();
        for need in REQUIRED {
            match need {
                Need::Value { path, what, present } => {
                    if present(ad) == Presence::Missing {
                        let what = what.get(lang);
                        out.push(
                            Finding::error(tr!(lang,
                                fi: "Pakollinen tieto puuttuu: {what}.",
                                sv: "Obligatorisk uppgift saknas: {what}.",
                                en: "Required: {what}.",
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
                                Finding::error(tr!(lang,
                                    fi: "Pakollinen tieto puuttuu: {what}.",
                                    sv: "Obligatorisk uppgift saknas: {what}.",
                                    en: "Required: {what}.",
                                ))
                                .field(*path),
                            );
                        }
                        continue;
                    }
                    for code in &declared {
                        let here = map.and_then(|m| m.0.get(*code)).map_or(Presence::Missing, string);
                        if here == Presence::Missing {
                            out.push(
                                Finding::error(tr!(lang,
                                    fi: "Pakollinen tieto puuttuu: {what} kielellä {code}.",
                                    sv: "Obligatorisk uppgift saknas: {what} på språket {code}.",
                                    en: "Required: {what} in language {code}.",
                                ))
                                .field(format!("{path}.{code}")),
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

    #[test]
    fn table() {
        let cases = [
            ("empty ad", json!({}), vec!["languages", "position.jobDescription", "position.title"]),
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
            assert_eq!(fields_of(&ad(json), "field.required"), expected, "{name}");
        }
    }
}
