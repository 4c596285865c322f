//! `field.occupation`: occupations (`position.mainOccupation`, `position.occupations.N`) and
//! skills (`position.skills.N`) are concept URIs of the classification the service uses
//! (FINESCO: ESCO and its Finnish extension):
//! * occupations: ESCO occupations `http://data.europa.eu/esco/occupation/<uuid>`, ISCO groups
//!   `http://data.europa.eu/esco/isco/C<1–4 digits>`, and the service's own extensions
//!   `http://data.tyomarkkinatori.fi/esco/...`;
//! * skills: ESCO skills `http://data.europa.eu/esco/skill/<uuid>` and ISCED-F fields of
//!   education `http://data.europa.eu/esco/isced-f/<2–4 digits>`.
//!
//! Real postings send occupations and skills as objects `{uri, prefLabel, altLabel}` (the URI is
//! checked at `….uri`); older clients send the bare URI (checked at the item's own path). A job
//! title in words, an ISCO number alone or a web page of the ESCO portal is not such a URI.

use crate::model::{Concept, Field, JobAd};
use crate::rule::{concat, item_path, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Occupation;

static INFO: RuleInfo = RuleInfo {
    id: "field.occupation",
    severity: Severity::Error,
    title: tr_text!( fi: "Ammatti ei ole ESCO-tunniste", sv: "Yrket är ingen ESCO-identifierare", en: "Occupation is not an ESCO URI" ),
    description: tr_text!(
        fi: "Ammatti ja osaamiset valitaan ESCO-luokituksesta (myös ISCO-ryhmät, ISCED-F ja Työmarkkinatorin oma laajennus), ja ne annetaan tunnisteina (http://data.europa.eu/esco/occupation/…). Valitse ammatti luettelosta, älä kirjoita sitä itse.",
        sv: "Yrke och kompetenser väljs ur ESCO-klassificeringen (även ISCO-grupper, ISCED-F och Jobbmarknadens eget tillägg) och anges som identifierare (http://data.europa.eu/esco/occupation/…). Välj yrket ur listan i stället för att skriva det själv.",
        en: "Occupations and skills come from the ESCO classification (also ISCO groups, ISCED-F and the service's own extension) and are given as URIs (http://data.europa.eu/esco/occupation/…). Pick the occupation from the list instead of typing it.",
    ),
    reference: Some(refs::ESCO),
    scope: Scope::Ad,
};

const ESCO: &str = "http://data.europa.eu/esco/";
/// The service's own extension of ESCO (FINESCO's national concepts).
const FINESCO: &str = "http://data.tyomarkkinatori.fi/esco/";

/// Whether `s` is an 8-4-4-4-12 hexadecimal UUID.
fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5 && parts.iter().zip([8, 4, 4, 4, 12]).all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// What a URI names.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Kind {
    /// An occupation (ESCO, an ISCO group or a FINESCO extension).
    Occupation,
    /// A skill (ESCO) or a field of education (ISCED-F).
    Skill,
}

/// Whether `uri` is a concept URI of `kind`.
fn valid(uri: &str, kind: Kind) -> bool {
    let Some(rest) = uri.strip_prefix(ESCO) else {
        // The service's own extension: a concept under its namespace.
        let extension = uri.strip_prefix(FINESCO).unwrap_or("");
        return kind == Kind::Occupation
            && !extension.is_empty()
            && !extension.ends_with('/')
            && extension.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    };
    let (scheme, id) = rest.split_once('/').unwrap_or_default();
    // ISCO groups are `C` and 1–4 digits, ISCED-F fields 2–4 digits.
    let (group, min) = match (kind, scheme) {
        (Kind::Occupation, "occupation") | (Kind::Skill, "skill") => return is_uuid(id),
        (Kind::Occupation, "isco") => (id.strip_prefix('C').unwrap_or(""), 1),
        (Kind::Skill, "isced-f") => (id, 2),
        _ => return false,
    };
    (min..=4).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit())
}

/// `Ok` for a concept URI of `kind`; otherwise the corrected URI when one is evident
/// (`https://` instead of `http://`).
pub(crate) fn check(uri: &str, kind: Kind) -> Result<(), Option<String>> {
    if valid(uri, kind) {
        return Ok(());
    }
    let fixed = uri.strip_prefix("https://").map(|r| concat(&["http://", r]));
    Err(fixed.filter(|f| valid(f, kind)))
}

impl Rule for Occupation {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(p) = ad.position.get() else { return };
        let mut values: Vec<(String, &str, Kind)> = Vec::new();
        if let Some(v) = p.main_occupation.as_str() {
            values.push(("position.mainOccupation".into(), v, Kind::Occupation));
        }
        for (list, name, kind) in [(&p.occupations, "occupations", Kind::Occupation), (&p.skills, "skills", Kind::Skill)] {
            for (i, item) in list.items() {
                let Some(Concept { uri: Field::Value(uri), bare, .. }) = item.get() else { continue };
                let path = item_path(&concat(&["position.", name]), i);
                let path = if *bare { path } else { path + ".uri" };
                values.push((path, uri, kind));
            }
        }
        for (path, value, kind) in values {
            if value.trim().is_empty() {
                continue;
            }
            let Err(fix) = check(value, kind) else { continue };
            let mut f = if kind == Kind::Skill {
                Finding::error(tr!(lang, [value],
                    fi: "”{value}” ei ole ESCO-osaamisen tunniste (http://data.europa.eu/esco/skill/…). Valitse osaaminen ESCO-luettelosta.",
                    sv: "”{value}” är ingen ESCO-identifierare för en kompetens (http://data.europa.eu/esco/skill/…). Välj kompetensen ur ESCO-listan.",
                    en: "“{value}” is not an ESCO skill URI (http://data.europa.eu/esco/skill/…). Pick the skill from the ESCO list.",
                ))
            } else {
                Finding::error(tr!(lang, [value],
                    fi: "”{value}” ei ole ESCO-ammatin tunniste (http://data.europa.eu/esco/occupation/…). Valitse ammatti ESCO-luettelosta.",
                    sv: "”{value}” är ingen ESCO-identifierare för ett yrke (http://data.europa.eu/esco/occupation/…). Välj yrket ur ESCO-listan.",
                    en: "“{value}” is not an ESCO occupation URI (http://data.europa.eu/esco/occupation/…). Pick the occupation from the ESCO list.",
                ))
            }
            .field(path);
            if let Some(fix) = fix {
                f = f.suggestion(fix);
            }
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{check, Kind};
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    const NURSE: &str = "http://data.europa.eu/esco/occupation/a6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2a";

    #[test]
    fn concept_uris() {
        let occupations = [
            NURSE,
            // From the real HUS posting (tests/real/tyomarkkinatori_detail.json).
            "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
            "http://data.europa.eu/esco/isco/C2511",
            "http://data.europa.eu/esco/isco/C2",
            "http://data.tyomarkkinatori.fi/esco/occupation/finnish-extension-1",
        ];
        for uri in occupations {
            assert_eq!(check(uri, Kind::Occupation), Ok(()), "{uri}");
        }
        let skills = [
            "http://data.europa.eu/esco/skill/f5308e60-d763-4ead-be95-88c96fb3e02b",
            "http://data.europa.eu/esco/isced-f/0611",
            "http://data.europa.eu/esco/isced-f/06",
        ];
        for uri in skills {
            assert_eq!(check(uri, Kind::Skill), Ok(()), "{uri}");
        }
        assert_eq!(check(&NURSE.replace("http:", "https:"), Kind::Occupation), Err(Some(NURSE.to_owned())));
        for bad in [
            "sairaanhoitaja",
            "2221",
            "http://data.europa.eu/esco/skill/a6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2a",
            "http://data.europa.eu/esco/occupation/a6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2",
            "http://data.europa.eu/esco/occupation/a6a2e9f46c4a4e4d8b3e0d6c4d8f1b2a",
            "http://data.europa.eu/esco/occupation/g6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2a",
            "https://esco.ec.europa.eu/en/classification/occupation?uri=x",
            "http://data.europa.eu/esco/isco/C25111",
            "http://data.europa.eu/esco/isco/2511",
            "http://data.europa.eu/esco/isced-f/0611",
            "http://data.tyomarkkinatori.fi/esco/",
            "http://data.tyomarkkinatori.fi/esco/occupation/",
            "http://data.tyomarkkinatori.fi/esco/occupation/a b",
            "http://data.tyomarkkinatori.fi/muu/occupation/x",
        ] {
            assert_eq!(check(bad, Kind::Occupation), Err(None), "{bad:?}");
        }
        for bad in [NURSE, "http://data.europa.eu/esco/isced-f/6", "http://data.europa.eu/esco/isco/C2511", "asiakaspalvelu"] {
            assert_eq!(check(bad, Kind::Skill), Err(None), "{bad:?}");
        }
    }

    #[test]
    fn paths_of_bare_uris_and_of_objects() {
        let r = ad(json!({"position": {"mainOccupation": NURSE, "occupations": [NURSE, "myyjä"], "skills": ["asiakaspalvelu"]}}));
        assert_eq!(fields_of(&r, "field.occupation"), ["position.occupations.1", "position.skills.0"]);
        let r = ad(json!({"position": {
            "occupations": [{"uri": NURSE, "prefLabel": {"fi": "sairaanhoitaja", "en": "nurse"}}, {"uri": "myyjä"}, {"prefLabel": {"fi": "x"}}],
            "skills": [{"uri": "http://data.europa.eu/esco/skill/f5308e60-d763-4ead-be95-88c96fb3e02b", "altLabel": {"fi": [], "en": ["a"]}},
                       {"uri": NURSE}]
        }}));
        assert_eq!(fields_of(&r, "field.occupation"), ["position.occupations.1.uri", "position.skills.1.uri"]);
        assert!(fields_of(&r, "field.type").is_empty(), "objects and labels have the model's shape");
    }
}
