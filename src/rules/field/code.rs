//! `field.code`: a value that is not in its code list. The lists are data files under
//! `data/codes/` (see [`super::codes`]), each with its source and date.
//!
//! Municipality codes may be written unpadded (`91` = `091` Helsinki). A code in the wrong
//! case (`fi` for the country `FI`) gets the right one as a suggestion.
//!
//! Severity: an error where the list is complete and authoritative (municipalities, regions,
//! countries, ISO languages...). A list that is not known to be complete (header
//! `# status: incomplete YYYY-MM`: wage basis, employment relationship, working-time details,
//! criminal-record verification, employer type) gives a **warning** naming the list and its
//! date: real postings carry v2 codes the published lists lack (`wagePrinciple: "0101"`), and
//! the service accepted them. A list that knows no code yet checks nothing.

use crate::model::{Field, JobAd, List, WorkLanguage};
use crate::rule::{item_path, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, Tr};
use crate::rules::field::codes::{self, CodeList};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Code;

static INFO: RuleInfo = RuleInfo {
    id: "field.code",
    severity: Severity::Error,
    title: tr_text!( fi: "Tuntematon koodi", sv: "Okänd kod", en: "Unknown code" ),
    description: tr_text!(
        fi: "Arvoa ei löydy kentän koodistosta: kielet (fi, sv, en), kunnat (Tilastokeskus), maakunnat, maat (ISO 3166), työkielet (ISO 639-1), kielitaitotasot, työaika, jatkuvuus, työn alkaminen, ajokortit, koulutusaste ja luvat. Valitse arvo koodistosta. Palkkausperusteen, palvelussuhteen, työaikamuotojen ja työnantajatyypin koodistot eivät ole julkisia: niissä tuntematon koodi on varoitus.",
        sv: "Värdet finns inte i fältets kodlista: språk (fi, sv, en), kommuner (Statistikcentralen), landskap, länder (ISO 3166), arbetsspråk (ISO 639-1), språknivåer, arbetstid, varaktighet, arbetets början, körkort, utbildningsnivå och tillstånd. Välj ett värde ur kodlistan. Kodlistorna för lönegrund, anställningsförhållande, arbetstidsformer och arbetsgivartyp är inte offentliga: där är en okänd kod en varning.",
        en: "The value is not in the field's code list: languages (fi, sv, en), municipalities (Statistics Finland), regions, countries (ISO 3166), work languages (ISO 639-1), language levels, working time, continuity, work start, driving licences, education level and permits. Pick a value from the list. The lists of wage basis, employment relationship, working-time details and employer type are not public: there an unknown code is a warning.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// What a code names, for messages.
struct What(&'static Tr);

fn one(out: &mut Vec<(String, String)>, path: &str, f: &Field<String>) {
    if let Some(v) = f.as_str() {
        out.push((path.to_owned(), v.to_owned()));
    }
}

fn many(out: &mut Vec<(String, String)>, path: &str, f: &List<String>) {
    for (i, v) in f.items() {
        one(out, &item_path(path, i), v);
    }
}

/// Moves the collected values into `all`, each with its list and what it names (one function,
/// not inlined at each of its many calls: smaller wasm).
#[inline(never)]
fn add(
    all: &mut Vec<(String, String, &'static CodeList, What)>,
    values: &mut Vec<(String, String)>,
    list: &'static CodeList,
    what: &'static Tr,
) {
    for (p, v) in std::mem::take(values) {
        all.push((p, v, list, What(what)));
    }
}

/// Every coded value of the ad: (path, value, list, what it names).
fn coded(ad: &JobAd) -> Vec<(String, String, &'static CodeList, What)> {
    let mut all = Vec::new();
    let mut v = Vec::new();
    many(&mut v, "languages", &ad.languages);
    add(&mut all, &mut v, &codes::AD_LANGUAGES, &tr_text!( fi: "ilmoituksen kieli", sv: "annonsens språk", en: "ad language" ));
    one(&mut v, "descriptionsContentType", &ad.descriptions_content_type);
    add(&mut all, &mut v, &codes::CONTENT_TYPES, &tr_text!( fi: "sisältötyyppi", sv: "innehållstyp", en: "content type" ));
    for (path, company) in [("owner.employerType", &ad.owner), ("client.employerType", &ad.client)] {
        if let Some(c) = company.get() {
            one(&mut v, path, &c.employer_type);
        }
    }
    add(&mut all, &mut v, &codes::EMPLOYER_TYPES, &tr_text!( fi: "työnantajatyyppi", sv: "arbetsgivartyp", en: "employer type" ));
    if let Some(l) = ad.location.get() {
        many(&mut v, "location.countries", &l.countries);
        add(&mut all, &mut v, &codes::COUNTRIES, &tr_text!( fi: "maakoodi", sv: "landskod", en: "country code" ));
        many(&mut v, "location.regions", &l.regions);
        add(&mut all, &mut v, &codes::REGIONS, &tr_text!( fi: "maakuntakoodi", sv: "landskapskod", en: "region code" ));
        many(&mut v, "location.municipalities", &l.municipalities);
        add(&mut all, &mut v, &codes::MUNICIPALITIES, &tr_text!( fi: "kuntakoodi", sv: "kommunkod", en: "municipality code" ));
    }
    if let Some(p) = ad.position.get() {
        one(&mut v, "position.employmentRelationship", &p.employment_relationship);
        add(
            &mut all,
            &mut v,
            &codes::EMPLOYMENT_RELATIONSHIPS,
            &tr_text!( fi: "palvelussuhde", sv: "anställningsförhållande", en: "employment relationship" ),
        );
        many(&mut v, "position.continuityOfWork", &p.continuity_of_work);
        add(
            &mut all,
            &mut v,
            &codes::CONTINUITIES,
            &tr_text!( fi: "työn jatkuvuus", sv: "anställningens varaktighet", en: "continuity of work" ),
        );
        one(&mut v, "position.workTime", &p.work_time);
        add(&mut all, &mut v, &codes::WORK_TIMES, &tr_text!( fi: "työaika", sv: "arbetstid", en: "working time" ));
        many(&mut v, "position.workTimeDetails", &p.work_time_details);
        add(&mut all, &mut v, &codes::WORK_TIME_DETAILS, &tr_text!( fi: "työaikamuoto", sv: "arbetstidsform", en: "working-time detail" ));
        many(&mut v, "position.criminalRecordVerification", &p.criminal_record_verification);
        add(
            &mut all,
            &mut v,
            &codes::CRIMINAL_RECORD_VERIFICATIONS,
            &tr_text!( fi: "rikostausta", sv: "brottsbakgrund", en: "criminal record" ),
        );
        one(&mut v, "position.wagePrinciple", &p.wage_principle);
        add(&mut all, &mut v, &codes::WAGE_PRINCIPLES, &tr_text!( fi: "palkkausperuste", sv: "lönegrund", en: "wage basis" ));
        for (i, wl) in p.work_languages.items() {
            let Some(WorkLanguage { code, level, bare }) = wl.get() else { continue };
            let path = item_path("position.workLanguages", i);
            let path = if *bare { path } else { path + ".code" };
            one(&mut v, &path, code);
            add(&mut all, &mut v, &codes::LANGUAGES, &tr_text!( fi: "työkieli", sv: "arbetsspråk", en: "work language" ));
            one(&mut v, &(item_path("position.workLanguages", i) + ".level"), level);
            add(&mut all, &mut v, &codes::LANGUAGE_LEVELS, &tr_text!( fi: "kielitaitotaso", sv: "språknivå", en: "language level" ));
        }
        many(&mut v, "position.drivingLicenses", &p.driving_licenses);
        add(&mut all, &mut v, &codes::DRIVING_LICENSES, &tr_text!( fi: "ajokortti", sv: "körkort", en: "driving licence" ));
        many(&mut v, "position.permitCards", &p.permit_cards);
        add(&mut all, &mut v, &codes::PERMIT_CARDS, &tr_text!( fi: "lupakortti", sv: "tillståndskort", en: "permit card" ));
        one(&mut v, "position.educationLevel", &p.education_level);
        add(&mut all, &mut v, &codes::EDUCATION_LEVELS, &tr_text!( fi: "koulutusaste", sv: "utbildningsnivå", en: "education level" ));
        if let Some(ws) = p.work_start.get() {
            one(&mut v, "position.workStart.code", &ws.code);
            add(&mut all, &mut v, &codes::WORK_STARTS, &tr_text!( fi: "työn alkaminen", sv: "arbetets början", en: "work start" ));
        }
        if let Some(wh) = p.working_hours.get() {
            one(&mut v, "position.workingHours.period", &wh.period);
            add(&mut all, &mut v, &codes::HOURS_PERIODS, &tr_text!( fi: "työtuntien jakso", sv: "period för arbetstimmar", en: "hours period" ));
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
    let candidates = [trimmed.to_owned(), trimmed.to_ascii_uppercase(), trimmed.to_ascii_lowercase(), codes::zero_padded(trimmed, 2)];
    Err(candidates.into_iter().find(|c| c != value && list.contains(c)))
}

impl Rule for Code {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (path, value, list, What(what)) in coded(ad) {
            if value.trim().is_empty() || list.is_empty() {
                continue; // field.required, field.empty_text; a list that knows no code checks nothing
            }
            let Err(fix) = lookup(list, &value) else { continue };
            let what = what.get(lang);
            let mut f = match list.incomplete_since() {
                None => Finding::error(tr!(lang, [value, what],
                    fi: "”{value}” ei ole sallittu {what}. Valitse arvo koodistosta.",
                    sv: "Värdet ”{value}” finns inte i kodlistan ({what}). Välj ett värde ur kodlistan.",
                    en: "“{value}” is not a valid {what}. Pick a value from the code list.",
                )),
                Some(date) => Finding::warning(tr!(lang, [value, what, date],
                    fi: "”{value}” ei ole tämän version tuntemassa koodistossa ({what}, {date}). Tarkista koodi.",
                    sv: "”{value}” finns inte i den kodlista som den här versionen känner ({what}, {date}). Kontrollera koden.",
                    en: "“{value}” is not in the code list this version knows ({what}, {date}). Check the code.",
                )),
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
                    "workStart": {"code": "03"}, "workTimeDetails": ["01", "0802"], "workingHours": {"period": "0201"}, "employmentRelationship": "01"}}),
                vec![],
            ),
            // v2 codes seen in real postings; a parent with its child, and a child alone.
            (
                json!({"owner": {"employerType": "Organization"}, "client": {"employerType": "International"},
                    "position": {"wagePrinciple": "0101", "employmentRelationship": "04", "continuityOfWork": ["02", "0201"]}}),
                vec![],
            ),
            (json!({"position": {"continuityOfWork": ["0201"], "employmentRelationship": "0101"}}), vec![]),
            (
                json!({"position": {"workTime": "03", "continuityOfWork": ["2"], "wagePrinciple": "08", "educationLevel": "3",
                    "workLanguages": ["fin", {"code": "en", "level": "C2"}], "drivingLicenses": ["BE"], "permitCards": ["96"],
                    "workStart": {"code": "04"}, "workTimeDetails": ["09"], "workingHours": {"period": "0203"}}}),
                vec![
                    "position.continuityOfWork.0",
                    "position.drivingLicenses.0",
                    "position.educationLevel",
                    "position.permitCards.0",
                    "position.wagePrinciple",
                    "position.workLanguages.0",
                    "position.workLanguages.1.level",
                    "position.workStart.code",
                    "position.workTime",
                    "position.workTimeDetails.0",
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
    }

    #[test]
    fn lists_not_known_to_be_complete_warn_with_their_name_and_date() {
        let r = ad(json!({
            "owner": {"employerType": "Company"},
            "position": {"employmentRelationship": "99", "workTime": "99", "wagePrinciple": "0102", "workTimeDetails": ["0901"],
                "criminalRecordVerification": ["01", "anything"]},
            "location": {"municipalities": ["999"]}
        }));
        let sev: Vec<_> = r.of_rule("field.code").map(|d| (d.field.clone().unwrap(), d.severity)).collect();
        assert_eq!(
            sev,
            vec![
                ("location.municipalities.0".into(), Severity::Error),
                ("owner.employerType".into(), Severity::Warning),
                ("position.employmentRelationship".into(), Severity::Warning),
                ("position.wagePrinciple".into(), Severity::Warning),
                ("position.workTime".into(), Severity::Error),
                ("position.workTimeDetails.0".into(), Severity::Warning),
            ],
            "the criminal-record list knows no code yet, so it checks nothing"
        );
        let wage = r.of_rule("field.code").find(|d| d.field.as_deref() == Some("position.wagePrinciple")).unwrap();
        assert_eq!(wage.message, "”0102” ei ole tämän version tuntemassa koodistossa (palkkausperuste, 2026-12). Tarkista koodi.");
    }
}
