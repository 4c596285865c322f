//! Real Työmarkkinatori postings are the ground truth of the field rules (`tests/real/README.md`):
//! an ad the service accepted and publishes gets no finding. The same checks run through the
//! wasm package in `tests/js/real.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Map, Value};
use tmt_validator::{validate, DateTime, JobAd, Lang, Options, Report, Severity};

/// Inside every real posting's application period (the HUS posting runs 2026-09-07 – 2026-09-21).
const NOW: &str = "2026-09-08T12:00:00";

fn real(file: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real").join(file);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn check(ad: &Value, lang: Lang) -> Report {
    let mut o = Options::default();
    o.now = Some(DateTime::parse(NOW, false).unwrap());
    o.lang = lang;
    validate(&JobAd::from_json_value(ad).unwrap(), &o)
}

/// A finding as the tests compare it: rule, field, severity.
type Found = (String, String, Severity);

fn findings(r: &Report) -> Vec<Found> {
    r.diagnostics.iter().map(|d| (d.rule.to_owned(), d.field.clone().unwrap_or_default(), d.severity)).collect()
}

/// The real posting with `patch` merged into it (objects merge, anything else replaces; `null`
/// removes the key).
fn posting_with(patch: Value) -> Value {
    fn merge(a: &mut Value, b: Value) {
        match (a, b) {
            (Value::Object(a), Value::Object(b)) => {
                for (k, v) in b {
                    if v.is_null() {
                        a.remove(&k);
                    } else {
                        merge(a.entry(k).or_insert(Value::Null), v);
                    }
                }
            }
            (a, b) => *a = b,
        }
    }
    let mut ad = real("tyomarkkinatori_detail.json");
    merge(&mut ad, patch);
    ad
}

#[test]
fn the_real_posting_gives_no_finding() {
    let ad = real("tyomarkkinatori_detail.json");
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        let r = check(&ad, lang);
        assert_eq!(findings(&r), vec![], "the HUS posting ({lang:?})");
    }
    // The facts it rests on are really in it (so this test cannot pass on a trimmed copy).
    assert_eq!(ad["application"]["expires"], "2026-09-21T20:59:59Z");
    assert_eq!(ad["application"]["published"], "2026-09-07T02:08:24.444416Z");
    assert_eq!(ad["position"]["wagePrinciple"], "0101");
    assert!(ad["position"]["occupations"][0]["prefLabel"].is_object());
    assert!(ad["location"]["workplaceName"].is_object());
    assert_eq!(ad["position"]["wagePrincipleInfo"], json!({"fi": ""}));
}

#[test]
fn the_real_posting_outside_its_period_is_reported() {
    // The dates are read, not skipped: after the deadline the same ad is out of date.
    let mut o = Options::default();
    o.now = Some(DateTime::parse("2026-09-22T12:00:00", false).unwrap());
    let r = validate(&JobAd::from_json_value(&real("tyomarkkinatori_detail.json")).unwrap(), &o);
    assert_eq!(findings(&r), vec![("field.date_past".into(), "application.expires".into(), Severity::Error)]);
}

#[test]
fn variants_of_the_real_posting() {
    let none: Vec<Found> = vec![];
    let warning = |rule: &str, field: &str| vec![(rule.to_owned(), field.to_owned(), Severity::Warning)];
    let cases: Vec<(&str, Value, Vec<Found>)> = vec![
        (
            "an unknown wage-principle code is one warning",
            json!({"position": {"wagePrinciple": "0102"}}),
            warning("field.code", "position.wagePrinciple"),
        ),
        (
            "an unknown employment-relationship code is one warning",
            json!({"position": {"employmentRelationship": "0102"}}),
            warning("field.code", "position.employmentRelationship"),
        ),
        ("employment relationship 04, as in a real search result", json!({"position": {"employmentRelationship": "04"}}), none.clone()),
        (
            "a foreign registry ID for an International employer",
            json!({"owner": {"employerType": "International", "businessId": "DK000138608"}}),
            none.clone(),
        ),
        (
            "an ISCO group as the occupation",
            json!({"position": {"occupations": [{"uri": "http://data.europa.eu/esco/isco/C2512"}]}}),
            none.clone(),
        ),
        (
            "the service's own extension as the occupation",
            json!({"position": {"occupations": [{"uri": "http://data.tyomarkkinatori.fi/esco/occupation/finnish-extension-1"}]}}),
            none.clone(),
        ),
        (
            "an ISCED-F field as a skill",
            json!({"position": {"skills": [{"uri": "http://data.europa.eu/esco/isced-f/0613"}]}}),
            none.clone(),
        ),
        (
            "bare URIs, as older clients send them",
            json!({"position": {"occupations": ["http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"],
                "skills": ["http://data.europa.eu/esco/skill/f5308e60-d763-4ead-be95-88c96fb3e02b"]}}),
            none.clone(),
        ),
        (
            "commission pay stated in wagePrincipleInfo",
            json!({"position": {"wagePrinciple": "03", "wagePrincipleInfo": {"fi": "Peruspalkka 2 000 €/kk ja provisio 5 % myynnistä."}}}),
            none.clone(),
        ),
        (
            "wagePrincipalInfo is read like wagePrincipleInfo",
            json!({"position": {"wagePrinciple": "03", "wagePrincipleInfo": null,
                "wagePrincipalInfo": {"fi": "Peruspalkka 2 000 €/kk ja provisio 5 % myynnistä."}}}),
            none.clone(),
        ),
        (
            "commission pay with its text left empty, as the service sends it",
            json!({"position": {"wagePrinciple": "03"}}),
            warning("field.wage_info", "position.wagePrincipleInfo"),
        ),
        (
            "the same in the other spelling",
            json!({"position": {"wagePrinciple": "03", "wagePrincipleInfo": null, "wagePrincipalInfo": {"fi": ""}}}),
            warning("field.wage_info", "position.wagePrincipalInfo"),
        ),
        (
            "a seasonal job with its parent code: no error or warning, a tip about the duration",
            json!({"position": {"continuityOfWork": ["02", "0201"]}}),
            vec![("field.fixed_term_duration".into(), "position.fixedTerm.duration".into(), Severity::Info)],
        ),
    ];
    for (name, patch, want) in cases {
        assert_eq!(findings(&check(&posting_with(patch), Lang::Fi)), want, "{name}");
    }
}

#[test]
fn the_content_rules_read_the_new_free_texts() {
    // Texts the v1 model did not have (or did not read) reach the content rules, in either spelling.
    let photo = json!({"fi": "Liitä hakemukseen valokuva."});
    for (patch, field) in [
        (json!({"application": {"helpText": photo}}), "application.helpText.fi"),
        (json!({"position": {"wagePrincipleInfo": photo}}), "position.wagePrincipleInfo.fi"),
        (json!({"position": {"wagePrincipleInfo": null, "wagePrincipalInfo": photo}}), "position.wagePrincipalInfo.fi"),
        (json!({"position": {"partTimeInfo": photo}}), "position.partTimeInfo.fi"),
    ] {
        let r = check(&posting_with(patch), Lang::Fi);
        assert_eq!(findings(&r), vec![("content.photo_request".into(), field.into(), Severity::Error)], "{field}");
    }
}

/// A search result (the public site's summary of a posting) mapped onto the ad model, field by
/// field; what a summary does not carry is left out. The same mapping is written in
/// `tests/js/real.test.mjs`.
fn search_result_as_ad(hit: &Value) -> Value {
    fn put(ad: &mut Map<String, Value>, path: &str, value: &Value) {
        if value.is_null() {
            return;
        }
        let (parent, key) = path.split_once('.').unwrap();
        let node = ad.entry(parent).or_insert(json!({}));
        node.as_object_mut().unwrap().insert(key.to_owned(), value.clone());
    }
    let values = |list: &Value| Value::Array(list.as_array().unwrap().iter().map(|c| c["value"].clone()).collect());
    let mut ad = Map::new();
    // A summary has no `languages`: the title's languages are the ad's.
    let langs: Vec<Value> = hit["title"].as_object().unwrap().keys().map(|k| json!(k)).collect();
    ad.insert("languages".into(), Value::Array(langs));
    let employer = &hit["employer"];
    put(&mut ad, "owner.employerType", &hit["employerType"]);
    put(&mut ad, "owner.businessId", &employer["businessId"][0]);
    put(&mut ad, "owner.company", &employer["ownerName"]);
    put(&mut ad, "owner.officeName", &employer["ownerOfficeName"]);
    put(&mut ad, "owner.reference", &employer["reference"]);
    put(&mut ad, "position.title", &hit["title"]);
    put(&mut ad, "position.continuityOfWork", &hit["continuityOfWork"]);
    put(&mut ad, "position.employmentRelationship", &hit["employmentRelationships"]);
    put(&mut ad, "position.workTime", &hit["workTime"]);
    let location = &hit["location"];
    put(&mut ad, "location.countries", &values(&location["countries"]));
    put(&mut ad, "location.regions", &values(&location["regions"]));
    put(&mut ad, "location.municipalities", &values(&location["municipalities"]));
    put(&mut ad, "location.workplaceAddress", &location["address"]["streetAddress"]);
    put(&mut ad, "location.workplacePostalCode", &location["address"]["postalCode"]);
    put(&mut ad, "location.workplacePostOffice", &location["address"]["postOffice"]);
    put(&mut ad, "application.published", &hit["publishDate"]);
    put(&mut ad, "application.expires", &hit["applicationPeriodEndDate"]);
    put(&mut ad, "application.url", &hit["applicationUrl"]["values"]);
    put(&mut ad, "metadata.externalId", &hit["id"]);
    put(&mut ad, "metadata.created", &hit["created"]);
    put(&mut ad, "metadata.createdSource", &hit["createdSource"]);
    put(&mut ad, "metadata.lastModified", &hit["lastModified"]);
    put(&mut ad, "metadata.lastModifiedSource", &hit["lastModifiedSource"]);
    Value::Object(ad)
}

#[test]
fn the_real_search_results_give_no_finding_on_what_they_carry() {
    let page = real("tyomarkkinatori.json");
    let hits = page["content"].as_array().unwrap();
    assert_eq!(hits.len(), 4);
    assert_eq!(hits[3]["id"], "", "the fourth entry is empty (no id, no employer, no title): not a posting");
    let required = |field: &str| ("field.required".to_owned(), field.to_owned(), Severity::Error);
    let tip = ("field.fixed_term_duration".to_owned(), "position.fixedTerm.duration".to_owned(), Severity::Info);
    // What is left is only about data a summary does not carry (the job description, the
    // contacts: a way to apply when there is no URL, the part-time details), and the tip about
    // a fixed-term job's duration.
    let expected: [Vec<Found>; 3] = [
        vec![required("position.jobDescription.fi")],
        vec![required("application.url"), tip.clone(), required("position.jobDescription.en")],
        vec![
            tip,
            required("position.jobDescription.en"),
            required("position.jobDescription.fi"),
            required("position.jobDescription.sv"),
            ("field.part_time_hours".into(), "position.partTimeInfo".into(), Severity::Warning),
        ],
    ];
    for (hit, want) in hits.iter().take(3).zip(expected) {
        let ad = search_result_as_ad(hit);
        let r = check(&ad, Lang::En);
        assert_eq!(findings(&r), want, "{}: {:#?}", hit["id"], r.diagnostics);
    }
}
