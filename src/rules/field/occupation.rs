//! `field.occupation`: occupations (`position.mainOccupation`, `position.occupations.N`) and
//! skills (`position.skills.N`) are ESCO concept URIs:
//! `http://data.europa.eu/esco/occupation/<uuid>` and `http://data.europa.eu/esco/skill/<uuid>`.
//! A job title in words, an ISCO number or a web page of the ESCO portal is not such a URI.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, Tr};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Occupation;

static INFO: RuleInfo = RuleInfo {
    id: "field.occupation",
    severity: Severity::Error,
    title: Tr { fi: "Ammatti ei ole ESCO-tunniste", sv: "Yrket är ingen ESCO-identifierare", en: "Occupation is not an ESCO URI" },
    description: Tr {
        fi: "Ammatti ja osaamiset valitaan ESCO-luokituksesta, ja ne annetaan ESCO-tunnisteina (http://data.europa.eu/esco/occupation/…). Valitse ammatti luettelosta, älä kirjoita sitä itse.",
        sv: "Yrke och kompetenser väljs ur ESCO-klassificeringen och anges som ESCO-identifierare (http://data.europa.eu/esco/occupation/…). Välj yrket ur listan i stället för att skriva det själv.",
        en: "Occupations and skills come from the ESCO classification and are given as ESCO URIs (http://data.europa.eu/esco/occupation/…). Pick the occupation from the list instead of typing it.",
    },
    reference: Some(refs::ESCO),
    scope: Scope::Ad,
};

const ESCO: &str = "http://data.europa.eu/esco/";

/// Whether `s` is an 8-4-4-4-12 hexadecimal UUID.
fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5 && parts.iter().zip([8, 4, 4, 4, 12]).all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `Ok` for a URI of the ESCO concept `kind`; otherwise the corrected URI when one is evident
/// (`https://` instead of `http://`).
pub(crate) fn check(uri: &str, kind: &str) -> Result<(), Option<String>> {
    let ok = |u: &str| u.strip_prefix(ESCO).and_then(|r| r.strip_prefix(kind)).and_then(|r| r.strip_prefix('/')).is_some_and(is_uuid);
    if ok(uri) {
        return Ok(());
    }
    let fixed = uri.strip_prefix("https://").map(|r| format!("http://{r}"));
    Err(fixed.filter(|f| ok(f)))
}

impl Rule for Occupation {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_ad(&self, ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(p) = ad.position.get() else { return };
        let mut values: Vec<(String, &str, &str)> = Vec::new();
        if let Some(v) = p.main_occupation.as_str() {
            values.push(("position.mainOccupation".into(), v, "occupation"));
        }
        for (i, v) in p.occupations.items() {
            if let Some(v) = v.as_str() {
                values.push((format!("position.occupations.{i}"), v, "occupation"));
            }
        }
        for (i, v) in p.skills.items() {
            if let Some(v) = v.as_str() {
                values.push((format!("position.skills.{i}"), v, "skill"));
            }
        }
        for (path, value, kind) in values {
            if value.trim().is_empty() {
                continue;
            }
            let Err(fix) = check(value, kind) else { continue };
            let mut f = if kind == "skill" {
                Finding::error(tr!(lang,
                    fi: "”{value}” ei ole ESCO-osaamisen tunniste (http://data.europa.eu/esco/skill/…). Valitse osaaminen ESCO-luettelosta.",
                    sv: "”{value}” är ingen ESCO-identifierare för en kompetens (http://data.europa.eu/esco/skill/…). Välj kompetensen ur ESCO-listan.",
                    en: "“{value}” is not an ESCO skill URI (http://data.europa.eu/esco/skill/…). Pick the skill from the ESCO list.",
                ))
            } else {
                Finding::error(tr!(lang,
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
    use super::check;
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    const NURSE: &str = "http://data.europa.eu/esco/occupation/a6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2a";

    #[test]
    fn esco_uris() {
        assert_eq!(check(NURSE, "occupation"), Ok(()));
        assert_eq!(check("http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", "skill"), Ok(()));
        assert_eq!(check(&NURSE.replace("http:", "https:"), "occupation"), Err(Some(NURSE.to_owned())));
        for bad in [
            "sairaanhoitaja",
            "2221",
            "http://data.europa.eu/esco/skill/a6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2a",
            "http://data.europa.eu/esco/occupation/a6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2",
            "http://data.europa.eu/esco/occupation/a6a2e9f46c4a4e4d8b3e0d6c4d8f1b2a",
            "http://data.europa.eu/esco/occupation/g6a2e9f4-6c4a-4e4d-8b3e-0d6c4d8f1b2a",
            "https://esco.ec.europa.eu/en/classification/occupation?uri=x",
        ] {
            assert_eq!(check(bad, "occupation"), Err(None), "{bad:?}");
        }
    }

    #[test]
    fn paths() {
        let r = ad(json!({"position": {"mainOccupation": NURSE, "occupations": [NURSE, "myyjä"], "skills": ["asiakaspalvelu"]}}));
        assert_eq!(fields_of(&r, "field.occupation"), ["position.occupations.1", "position.skills.0"]);
    }
}
