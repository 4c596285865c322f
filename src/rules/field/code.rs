//! `field.code`: a value that is not in its code list. The lists are data files under
//! `data/codes/` (see [`super::codes`]), each with its source and date.
//!
//! Municipality codes may be written unpadded (`91` = `091` Helsinki). A code in the wrong
//! case (`fi` for the country `FI`) gets the right one as a suggestion. Lists whose codes are
//! this crate's inference (header `# status: unverified`) give a warning, the rest an error.

use crate::model::{Field, JobAd, List, WorkLanguage};
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, Tr};
use crate::rules::field::codes::{self, CodeList};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Code;

static INFO: RuleInfo = RuleInfo {
    id: "field.code",
    severity: Severity::Error,
    title: Tr { fi: "Tuntematon koodi", sv: "Okänd kod", en: "Unknown code" },
    description: Tr {
        fi: "Arvo ei ole koodistossaan: kielet (fi, sv, en), kunnat (Tilastokeskus), maakunnat, maat (ISO 3166), työkielet (ISO 639-1), kielitaitotasot, palkkausperuste, työaika, jatkuvuus, työn alkaminen, työaikamuodot, palvelussuhde, ajokortit, koulutusaste ja luvat. Valitse arvo koodistosta.",
        sv: "Värdet finns inte i sin kodlista: språk (fi, sv, en), kommuner (Statistikcentralen), landskap, länder (ISO 3166), arbetsspråk (ISO 639-1), språknivåer, lönegrund, arbetstid, kontinuitet, arbetets början, arbetstidsformer, anställningsförhållande, körkort, utbildningsnivå och tillstånd. Välj ett värde ur kodlistan.",
        en: "The value is not in its code list: languages (fi, sv, en), municipalities (Statistics Finland), regions, countries (ISO 3166), work languages (ISO 639-1), language levels, wage basis, working time, continuity, work start, working hours, employment relationship, driving licences, education level and permits. Pick a value from the list.",
    },
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// What a code names, for messages.
struct What(Tr);

fn one(out: &mut Vec<(String, String)>, path: &str, f: &Field<String>) {
    if let Some(v) = f.as_str() {
        out.push((path.to_owned(), v.to_owned()));
    }
}

fn many(out: &mut Vec<(String, String)>, path: &str, f: &List<String>) {
    for (i, v) in f.items() {
        one(out, &format!("{path}.{i}"), v);
    }
}

/// Every coded value of the ad: (path, value, list, what it names).
fn coded(ad: &JobAd) -> Vec<(String, String, &'static CodeList, What)> {
    let mut all = Vec::new();
    let mut add = |values: Vec<(String, String)>, list: &'static CodeList, what: Tr| {
        for (p, v) in values {
            all.push((p, v, list, What(what)));
        }
    };
    let mut v = Vec::new();
    many(&mut v, "languages", &ad.languages);
    add(std::mem::take(&mut v), &codes::AD_LANGUAGES, Tr { fi: "ilmoituksen kieli", sv: "annonsens språk", en: "ad language" });
    one(&mut v, "descriptionsContentType", &ad.descriptions_content_type);
    add(std::mem::take(&mut v), &codes::CONTENT_TYPES, Tr { fi: "sisältötyyppi", sv: "innehållstyp", en: "content type" });
    if let Some(l) = ad.location.get() {
        many(&mut v, "location.countries", &l.countries);
        add(std::mem::take(&mut v), &codes::COUNTRIES, Tr { fi: "maakoodi", sv: "landskod", en: "country code" });
        many(&mut v, "location.regions", &l.regions);
        add(std::mem::take(&mut v), &codes::REGIONS, Tr { fi: "maakuntakoodi", sv: "landskapskod", en: "region code" });
        many(&mut v, "location.municipalities", &l.municipalities);
        add(std::mem::take(&mut v), &codes::MUNICIPALITIES, Tr { fi: "kuntakoodi", sv: "kommunkod", en: "municipality code" });
    }
    if let Some(p) = ad.position.get() {
        one(&mut v, "position.employmentRelationship", &p.employment_relationship);
        add(
            std::mem::take(&mut v),
            &codes::EMPLOYMENT_RELATIONSHIPS,
            Tr { fi: "palvelussuhde", sv: "anställningsförhållande", en: "employment relationship" },
        );
        many(&mut v, "position.continuityOfWork", &p.continuity_of_work);
        add(
            std::mem::take(&mut v),
            &codes::CONTINUITIES,
            Tr { fi: "työn jatkuvuus", sv: "arbetets kontinuitet", en: "continuity of work" },
        );
        one(&mut v, "position.workTime", &p.work_time);
        add(std::mem::take(&mut v), &codes::WORK_TIMES, Tr { fi: "työaika", sv: "arbetstid", en: "working time" });
        one(&mut v, "position.wagePrinciple", &p.wage_principle);
        add(std::mem::take(&mut v), &codes::WAGE_PRINCIPLES, Tr { fi: "palkkausperuste", sv: "lönegrund", en: "wage basis" });
        for (i, wl) in p.work_languages.items() {
            let Some(WorkLanguage { code, level }) = wl.get() else { continue };
            one(&mut v, &format!("position.workLanguages.{i}.code"), code);
            add(std::mem::take(&mut v), &codes::LANGUAGES, Tr { fi: "työkieli", sv: "arbetsspråk", en: "work language" });
            one(&mut v, &format!("position.workLanguages.{i}.level"), level);
            add(std::mem::take(&mut v), &codes::LANGUAGE_LEVELS, Tr { fi: "kielitaitotaso", sv: "språknivå", en: "language level" });
        }
        many(&mut v, "position.drivingLicenses", &p.driving_licenses);
        add(std::mem::take(&mut v), &codes::DRIVING_LICENSES, Tr { fi: "ajokortti", sv: "körkort", en: "driving licence" });
        many(&mut v, "position.permitCards", &p.permit_cards);
        add(std::mem::take(&mut v), &codes::PERMIT_CARDS, Tr { fi: "lupakortti", sv: "tillståndskort", en: "permit card" });
        one(&mut v, "position.educationLevel", &p.education_level);
        add(std::mem::take(&mut v), &codes::EDUCATION_LEVELS, Tr { fi: "koulutusaste", sv: "utbildningsnivå", en: "education level" });
        if let Some(ws) = p.work_start.get() {
            one(&mut v, "position.workStart.code", &ws.code);
            add(std::mem::take(&mut v), &codes::WORK_STARTS, Tr { fi: "työn alkaminen", sv: "arbetets början", en: "work start" });
        }
        if let Some(wh) = p.working_hours.get() {
            many(&mut v, "position.workingHours.codes", &wh.codes);
            add(std::mem::take(&mut v), &codes::WORKING_HOURS, Tr { fi: "työaikamuoto", sv: "arbetstidsform", en: "working hours" });
            one(&mut v, "position.workingHours.period", &wh.period);
            add(
                std::mem::take(&mut v),
                &codes::HOURS_PERIODS,
                Tr { fi: "työtuntien jakso", sv: "period för arbetstimmar", en: "hours period" },
            );
        }
    }
    all
}

/// Whether `value` is in `list` (municipalities also unpadded); otherwise a suggestion.
fn lookup(list: &CodeList, value: &str) -> Result<(), Option<String>> {
    if std::ptr::eq(list, &codes::MUNICIPALITIES) {
        return match codes::municipality_code(value) {
            Some(c) if list.contains(&c) => Ok(()),
            _ => Err(None),
        };
    }
    if list.contains(value) {
        return Ok(());
    }
    let trimmed = value.trim();
    let candidates = [trimmed.to_owned(), trimmed.to_ascii_uppercase(), trimmed.to_ascii_lowercase(), format!("{trimmed:0>2}")];
    Err(candidates.into_iter().find(|c| c != value && list.contains(c)))
}

impl Rule for Code {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_ad(&self, ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (path, value, list, What(what)) in coded(ad) {
            if value.trim().is_empty() {
                continue; // field.required, field.empty_text
            }
            let Err(fix) = lookup(list, &value) else { continue };
            let what = what.get(lang);
            let message = tr!(lang,
                fi: "”{value}” ei ole sallittu {what}. Valitse arvo koodistosta.",
                sv: "Värdet ”{value}” finns inte i kodlistan ({what}). Välj ett värde ur kodlistan.",
                en: "“{value}” is not a valid {what}. Pick a value from the code list.",
            );
            let mut f = if list.verified() { Finding::error(message) } else { Finding::warning(message) }.field(path);
            if let Some(fix) = fix {
                f = f.suggestion(fix);
            }
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use crate::Severity;
    use serde_json::json;

    #[test]
    fn codes_in_and_out_of_their_lists() {
        let cases = [
            (json!({"languages": ["fi", "sv", "en"]}), vec![]),
            (json!({"languages": ["fi", "de"]}), vec!["languages.1"]),
            (json!({"descriptionsContentType": "markdown"}), vec![]),
            (json!({"descriptionsContentType": "html"}), vec!["descriptionsContentType"]),
            (json!({"location": {"municipalities": ["91", "091", "049", "5"]}}), vec![]),
            (
                json!({"location": {"municipalities": ["588", "0091", "Helsinki", "99"]}}),
                vec!["location.municipalities.0", "location.municipalities.1", "location.municipalities.2", "location.municipalities.3"],
            ),
            (json!({"location": {"regions": ["01", "21"], "countries": ["FI", "SE"]}}), vec![]),
            (
                json!({"location": {"regions": ["03", "Uusimaa"], "countries": ["XX", "FIN"]}}),
                vec!["location.countries.0", "location.countries.1", "location.regions.0", "location.regions.1"],
            ),
            (
                json!({"position": {"workTime": "01", "continuityOfWork": ["02", "0202"], "wagePrinciple": "04", "educationLevel": "6",
                    "workLanguages": ["fi", {"code": "smn", "level": "B1"}], "drivingLicenses": ["B", "C1C"], "permitCards": ["001", "095"],
                    "workStart": {"code": "03"}, "workingHours": {"codes": ["01", "0802"], "period": "0201"}, "employmentRelationship": "01"}}),
                vec![],
            ),
            (
                json!({"position": {"workTime": "03", "continuityOfWork": ["2"], "wagePrinciple": "08", "educationLevel": "3",
                    "workLanguages": ["fin", {"code": "en", "level": "C2"}], "drivingLicenses": ["BE"], "permitCards": ["96"],
                    "workStart": {"code": "04"}, "workingHours": {"codes": ["09"], "period": "0203"}}}),
                vec![
                    "position.continuityOfWork.0",
                    "position.drivingLicenses.0",
                    "position.educationLevel",
                    "position.permitCards.0",
                    "position.wagePrinciple",
                    "position.workLanguages.0.code",
                    "position.workLanguages.1.level",
                    "position.workStart.code",
                    "position.workTime",
                    "position.workingHours.codes.0",
                    "position.workingHours.period",
                ],
            ),
            (json!({"location": {"municipalities": [""]}, "position": {"workTime": ""}}), vec![]),
        ];
        for (json, expected) in cases {
            assert_eq!(fields_of(&ad(json.clone()), "field.code"), expected, "{json}");
        }
    }

    #[test]
    fn fixes_and_severities() {
        let r = ad(
            json!({"location": {"countries": ["fi"]}, "position": {"continuityOfWork": ["2"], "workLanguages": [{"code": "EN", "level": "b2"}]}}),
        );
        let fixes: Vec<_> = r.of_rule("field.code").map(|d| (d.field.clone().unwrap(), d.suggestion.clone())).collect();
        assert_eq!(
            fixes,
            vec![
                ("location.countries.0".into(), Some("FI".into())),
                ("position.continuityOfWork.0".into(), Some("02".into())),
                ("position.workLanguages.0.code".into(), Some("en".into())),
                ("position.workLanguages.0.level".into(), Some("B2".into())),
            ]
        );
        // Unverified codes (employment relationship) only warn; the rest are errors.
        let r = ad(json!({"position": {"employmentRelationship": "99", "workTime": "99"}}));
        let sev: Vec<_> = r.of_rule("field.code").map(|d| (d.field.clone().unwrap(), d.severity)).collect();
        assert_eq!(sev, vec![("position.employmentRelationship".into(), Severity::Warning), ("position.workTime".into(), Severity::Error)]);
    }
}
