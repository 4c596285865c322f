//! The job-ad model: serde types shaped like a Työmarkkinatori `JobPosting` (JSON, camelCase).
//!
//! Every field is optional at the type level, and every field is *lenient*: a value of the
//! wrong JSON type does not fail deserialization, it becomes [`Field::Invalid`] so that the
//! `field.type` rule can report it at its exact path while the rest of the ad is still
//! validated. Half-filled forms therefore always deserialize (as long as the top level is an
//! object) and always get a full report.
//!
//! Field names and shapes follow `shared/DOMAIN.md`. Where the v2 import schema is not public
//! (work start, fixed-term details, working hours, flags), the names below are this crate's
//! choice, documented on each field.

use std::collections::BTreeMap;

use serde::de::Deserializer;
use serde::Deserialize;
use serde_json::Value;

/// The JSON type of a value, as reported by `field.type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonKind {
    /// `null`
    Null,
    /// `true` / `false`
    Bool,
    /// a number
    Number,
    /// a string
    String,
    /// an array
    Array,
    /// an object
    Object,
}

impl JsonKind {
    /// The kind of a JSON value.
    pub fn of(value: &Value) -> JsonKind {
        match value {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }

    /// The kind's name as JavaScript and JSON users know it.
    pub fn name(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "boolean",
            JsonKind::Number => "number",
            JsonKind::String => "string",
            JsonKind::Array => "array",
            JsonKind::Object => "object",
        }
    }
}

/// Which JSON kinds a model type accepts before its own deserialization is tried.
///
/// serde's derived structs also accept arrays (as tuples); checking the kind first keeps
/// `"position": ["x"]` an `Invalid(Array)` instead of a strangely filled struct.
pub trait Shape: Sized {
    /// The kind this type is written as in JSON.
    const KIND: JsonKind;
    /// Whether a value of `kind` may be deserialized into this type.
    fn accepts(kind: JsonKind) -> bool {
        kind == Self::KIND
    }
    /// Reads the value (of an accepted kind); `None` when it does not fit.
    fn from_json(value: Value) -> Option<Self>;
}

/// Implements [`Shape`] for types read with their serde `Deserialize`.
macro_rules! shapes {
    ($($t:ty => $kind:ident),* $(,)?) => {$(
        impl Shape for $t {
            const KIND: JsonKind = JsonKind::$kind;
            fn from_json(value: Value) -> Option<Self> {
                <$t>::deserialize(value).ok()
            }
        }
    )*};
}

shapes!(String => String, bool => Bool, f64 => Number);

impl<T: Shape> Shape for Vec<Field<T>> {
    const KIND: JsonKind = JsonKind::Array;
    fn from_json(value: Value) -> Option<Self> {
        match value {
            Value::Array(items) => Some(items.into_iter().map(Field::from_value).collect()),
            _ => None,
        }
    }
}

/// One value of the ad as it arrived.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Field<T> {
    /// Missing, or `null`.
    #[default]
    Absent,
    /// Present with the expected JSON type.
    Value(T),
    /// Present with another JSON type (reported by `field.type`).
    Invalid(JsonKind),
}

impl<T> From<T> for Field<T> {
    fn from(value: T) -> Self {
        Field::Value(value)
    }
}

impl<T> Field<T> {
    /// The value, when present with the expected type.
    pub fn get(&self) -> Option<&T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// True when the field is missing or `null`.
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }

    /// The JSON kind that was found instead of the expected one.
    pub fn invalid(&self) -> Option<JsonKind> {
        match self {
            Field::Invalid(kind) => Some(*kind),
            _ => None,
        }
    }
}

impl<T: Shape> Field<T> {
    /// Builds a field from a JSON value, never failing.
    pub fn from_value(value: Value) -> Self {
        if value.is_null() {
            return Field::Absent;
        }
        let kind = JsonKind::of(&value);
        if !T::accepts(kind) {
            return Field::Invalid(kind);
        }
        T::from_json(value).map_or(Field::Invalid(kind), Field::Value)
    }
}

impl<'de, T: Shape> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(Field::from_value)
    }
}

impl Field<String> {
    /// The string, when present as a string.
    pub fn as_str(&self) -> Option<&str> {
        self.get().map(String::as_str)
    }
}

impl<T> Field<Vec<Field<T>>> {
    /// The list's entries with their indexes (empty when the list is absent or not a list).
    pub fn items(&self) -> impl Iterator<Item = (usize, &Field<T>)> {
        self.get().into_iter().flatten().enumerate()
    }
}

/// A list of values, each lenient on its own (`["fi", 7]` reports only index 1).
pub type List<T> = Field<Vec<Field<T>>>;

/// A multilingual text: `{"fi": "...", "sv": "...", "en": "..."}`.
///
/// Keys are kept as given (sorted), so texts in an undeclared or unknown language can be
/// reported too.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, Field<String>>);

impl Localized {
    /// The text in `lang` (`"fi"`, `"sv"`, `"en"`), when present as a string.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).and_then(Field::as_str)
    }

    /// Every entry: language key and its field.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Field<String>)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// A Työmarkkinatori job ad.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct JobAd {
    /// The ad's languages: `fi`, `sv`, `en`. Required.
    pub languages: List<String>,
    /// `plain` or `markdown`: how the descriptions are written.
    pub descriptions_content_type: Field<String>,
    /// The advertising employer.
    pub owner: Field<Company>,
    /// The commissioning company, when a recruitment firm advertises for it.
    pub client: Field<Company>,
    /// The job itself.
    pub position: Field<Position>,
    /// Where the work is done.
    pub location: Field<Location>,
    /// Publication and how to apply.
    pub application: Field<Application>,
    /// Contact persons.
    pub contacts: List<Contact>,
    /// The sender's own bookkeeping (`externalId`).
    pub metadata: Field<Metadata>,
}

/// An employer (`owner`) or the commissioning company (`client`).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Company {
    /// Y-tunnus, `1234567-8`.
    pub business_id: Field<String>,
    /// The company's name as a form's plain field.
    pub name: Field<String>,
    /// The company's name per language (v2 consumers' shape).
    pub company: Field<Localized>,
    /// Office or unit name (the legacy form allowed 80 characters).
    pub office_name: Field<String>,
    /// True for a household employer.
    pub household_employer: Field<bool>,
}

/// The position: titles, texts and terms of employment.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Position {
    /// The job title per language.
    pub title: Field<Localized>,
    /// The job description per language.
    pub job_description: Field<Localized>,
    /// Marketing of the organisation per language (belongs here, not in the description).
    pub marketing_description: Field<Localized>,
    /// Main occupation, an ESCO occupation URI.
    pub main_occupation: Field<String>,
    /// Further occupations, ESCO URIs.
    pub occupations: List<String>,
    /// Employment relationship code.
    pub employment_relationship: Field<String>,
    /// Continuity codes: `01` until further notice, `02` fixed-term, `0201` seasonal, `0202` summer job.
    pub continuity_of_work: List<String>,
    /// Working time: `01` full-time, `02` part-time.
    pub work_time: Field<String>,
    /// Wage basis code `01`–`07`.
    pub wage_principle: Field<String>,
    /// Free text about pay per language (base pay, commission share...).
    pub wage_principal_info: Field<Localized>,
    /// Work languages: ISO 639-1 codes, or `{ "code": "fi", "level": "B2" }`.
    pub work_languages: List<WorkLanguage>,
    /// Driving licence codes.
    pub driving_licenses: List<String>,
    /// Permit card codes `001`–`095`.
    pub permit_cards: List<String>,
    /// Free text about permit cards per language.
    pub permit_cards_description: Field<Localized>,
    /// Part-time details per language (hours and period).
    pub part_time_info: Field<Localized>,
    /// Skills, ESCO URIs.
    pub skills: List<String>,
    /// Education level code.
    pub education_level: Field<String>,
    /// When the work starts (this crate's names: `{code, date, details}`).
    pub work_start: Field<WorkStart>,
    /// Fixed-term details (this crate's names: `{duration, endDate, reason}`).
    pub fixed_term: Field<FixedTerm>,
    /// Working hours (this crate's names: `{codes, min, max, period}`).
    pub working_hours: Field<WorkingHours>,
    /// On-call work.
    pub on_call: Field<bool>,
    /// Travel required.
    pub travel_required: Field<bool>,
    /// A criminal-record extract is required (a structured field that some jobs may lawfully use).
    pub criminal_record_extract: Field<bool>,
    /// Apprenticeship.
    pub apprenticeship: Field<bool>,
    /// Traineeship.
    pub traineeship: Field<bool>,
    /// Temporary agency work.
    pub temp_agency_work: Field<bool>,
    /// Franchising.
    pub franchising: Field<bool>,
    /// The worker must finance something themselves.
    pub own_financing_required: Field<bool>,
}

/// A work language, written either as a bare code or with a level.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default)]
pub struct WorkLanguage {
    /// ISO 639-1 (or one of the few ISO 639-2/3) code.
    pub code: Field<String>,
    /// Level: `A1`, `B1`, `B2`, `C1` or `L1` (native).
    pub level: Field<String>,
}

impl Shape for WorkLanguage {
    const KIND: JsonKind = JsonKind::Object;
    fn accepts(kind: JsonKind) -> bool {
        matches!(kind, JsonKind::Object | JsonKind::String)
    }
    fn from_json(value: Value) -> Option<Self> {
        match value {
            Value::String(code) => Some(WorkLanguage { code: Field::Value(code), level: Field::Absent }),
            other => WorkLanguage::deserialize(other).ok(),
        }
    }
}

/// When the work starts.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WorkStart {
    /// `01` as soon as possible, `02` on a date, `03` by agreement.
    pub code: Field<String>,
    /// The start date (`YYYY-MM-DD` or a full date-time) when the code is `02`.
    pub date: Field<String>,
    /// Free text per language.
    pub details: Field<Localized>,
}

/// Fixed-term details.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FixedTerm {
    /// The duration in words per language (e.g. "6 kuukautta").
    pub duration: Field<Localized>,
    /// The end date.
    pub end_date: Field<String>,
    /// The reason for the fixed term per language.
    pub reason: Field<Localized>,
}

/// Working hours.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WorkingHours {
    /// Working-hours codes (`01` days ... `08xx` shifts).
    pub codes: List<String>,
    /// Minimum hours per period.
    pub min: Field<f64>,
    /// Maximum hours per period.
    pub max: Field<f64>,
    /// `0201` per week, `0202` per month.
    pub period: Field<String>,
}

/// Where the work is done.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Location {
    /// ISO 3166 alpha-2 country codes.
    pub countries: List<String>,
    /// Region (maakunta) codes, 2 characters.
    pub regions: List<String>,
    /// Municipality (kunta) codes; `91` and `091` are the same code.
    pub municipalities: List<String>,
    /// Street address of the workplace.
    pub workplace_address: Field<String>,
    /// Postal code, 5 digits.
    pub workplace_postal_code: Field<String>,
    /// Post office.
    pub workplace_post_office: Field<String>,
    /// Workplace name.
    pub workplace_name: Field<String>,
    /// Remote work possible.
    pub remote: Field<bool>,
}

/// Publication and how to apply.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Application {
    /// Publication time `YYYY-MM-DDTHH:MM:SS[.ffffff]`; absent = publish at once.
    pub published: Field<String>,
    /// Last day to apply, same format. Required.
    pub expires: Field<String>,
    /// Number of open positions, an integer 1–1000.
    pub open_positions: Field<f64>,
    /// Application URL per language.
    pub url: Field<Localized>,
    /// Help text for applicants per language.
    pub help_text: Field<Localized>,
}

/// A contact person.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Contact {
    /// First name.
    pub first_name: Field<String>,
    /// Last name.
    pub last_name: Field<String>,
    /// Email address.
    pub email: Field<String>,
    /// Telephone number.
    pub telephone: Field<String>,
}

/// The sender's bookkeeping.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Metadata {
    /// The sender's own id for the ad.
    pub external_id: Field<String>,
}

shapes!(Localized => Object, JobAd => Object, Company => Object, Position => Object, WorkStart => Object, FixedTerm => Object,
        WorkingHours => Object, Location => Object, Application => Object, Contact => Object, Metadata => Object);

/// Why a value could not be read as a job ad at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdError {
    message: String,
}

impl AdError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        AdError { message: message.into() }
    }
}

impl std::fmt::Display for AdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AdError {}

/// How descriptions are written (`descriptionsContentType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentType {
    /// Plain text: no tags, no markup.
    #[default]
    Plain,
    /// Markdown.
    Markdown,
}

/// One free text of the ad, as the content rules see it.
#[derive(Debug, Clone)]
pub struct FreeText<'a> {
    /// Dotted path, e.g. `position.jobDescription.fi`.
    pub path: String,
    /// The language key of the text (`fi`, `sv`, `en`, or whatever key the map had).
    pub lang: &'a str,
    /// The text.
    pub text: &'a str,
    /// How the text is written (titles are always plain).
    pub content_type: ContentType,
}

impl JobAd {
    /// Reads an ad from a JSON value. Fails only when the value is not an object.
    pub fn from_json_value(value: &Value) -> Result<JobAd, AdError> {
        match value {
            Value::Object(_) => JobAd::deserialize(value).map_err(|e| AdError::new(e.to_string())),
            other => Err(AdError::new(format!("a job ad must be an object, not {}", describe(other)))),
        }
    }

    /// Reads an ad from JSON text. Fails on a syntax error or when the top level is not an object.
    pub fn from_json_str(json: &str) -> Result<JobAd, AdError> {
        let value: Value = serde_json::from_str(json).map_err(|e| AdError::new(format!("not valid JSON: {e}")))?;
        JobAd::from_json_value(&value)
    }

    /// The content type of the descriptions (`plain` unless `descriptionsContentType` says `markdown`).
    pub fn content_type(&self) -> ContentType {
        match self.descriptions_content_type.as_str() {
            Some("markdown") => ContentType::Markdown,
            _ => ContentType::Plain,
        }
    }

    /// Every free text of the ad with its path, in model order: the texts the content rules read.
    pub fn free_texts(&self) -> Vec<FreeText<'_>> {
        fn add<'a>(out: &mut Vec<FreeText<'a>>, prefix: &str, field: &'a Field<Localized>, content_type: ContentType) {
            for (lang, value) in field.get().into_iter().flat_map(Localized::entries) {
                if let Some(text) = value.as_str() {
                    out.push(FreeText { path: format!("{prefix}.{lang}"), lang, text, content_type });
                }
            }
        }
        let described = self.content_type();
        let mut out = Vec::new();
        if let Some(p) = self.position.get() {
            add(&mut out, "position.title", &p.title, ContentType::Plain);
            add(&mut out, "position.jobDescription", &p.job_description, described);
            add(&mut out, "position.marketingDescription", &p.marketing_description, described);
            add(&mut out, "position.wagePrincipalInfo", &p.wage_principal_info, ContentType::Plain);
            add(&mut out, "position.partTimeInfo", &p.part_time_info, ContentType::Plain);
            add(&mut out, "position.permitCardsDescription", &p.permit_cards_description, ContentType::Plain);
        }
        out
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        other => format!("a {}", JsonKind::of(other).name()),
    }
}

/// Receives the values of an ad, with their dotted paths, from [`JobAd::walk`].
pub trait Visitor {
    /// A value of the wrong JSON type: `found` where `expected` was wanted.
    fn invalid(&mut self, _path: &str, _found: JsonKind, _expected: JsonKind) {}
    /// A string value (codes, names, texts...).
    fn string(&mut self, _path: &str, _value: &str) {}
}

/// A dotted path under construction (`position.title.fi`).
#[derive(Debug, Default)]
pub struct PathBuf(String);

impl PathBuf {
    fn with<R>(&mut self, part: &str, f: impl FnOnce(&mut PathBuf) -> R) -> R {
        let len = self.0.len();
        if len > 0 {
            self.0.push('.');
        }
        self.0.push_str(part);
        let r = f(self);
        self.0.truncate(len);
        r
    }
    /// The path so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A model type whose values can be visited (implemented for every type of the model).
pub trait Walk {
    /// Visits this value at `path`.
    fn walk(&self, path: &mut PathBuf, visitor: &mut dyn Visitor);
}

impl Walk for String {
    fn walk(&self, path: &mut PathBuf, visitor: &mut dyn Visitor) {
        visitor.string(path.as_str(), self);
    }
}
impl Walk for bool {
    fn walk(&self, _: &mut PathBuf, _: &mut dyn Visitor) {}
}
impl Walk for f64 {
    fn walk(&self, _: &mut PathBuf, _: &mut dyn Visitor) {}
}
impl<T: Walk + Shape> Walk for Vec<Field<T>> {
    fn walk(&self, path: &mut PathBuf, visitor: &mut dyn Visitor) {
        for (i, item) in self.iter().enumerate() {
            path.with(&i.to_string(), |p| item.walk(p, visitor));
        }
    }
}
impl<T: Walk + Shape> Walk for Field<T> {
    fn walk(&self, path: &mut PathBuf, visitor: &mut dyn Visitor) {
        match self {
            Field::Absent => {}
            Field::Value(v) => v.walk(path, visitor),
            Field::Invalid(found) => visitor.invalid(path.as_str(), *found, T::KIND),
        }
    }
}
impl Walk for Localized {
    fn walk(&self, path: &mut PathBuf, visitor: &mut dyn Visitor) {
        for (lang, value) in &self.0 {
            path.with(lang, |p| value.walk(p, visitor));
        }
    }
}

/// Implements [`Walk`] for a model struct: each field with its JSON name.
macro_rules! walk_fields {
    ($($t:ty { $($field:ident : $name:literal),* $(,)? })*) => {$(
        impl Walk for $t {
            fn walk(&self, path: &mut PathBuf, visitor: &mut dyn Visitor) {
                $( path.with($name, |p| self.$field.walk(p, visitor)); )*
            }
        }
    )*};
}

walk_fields! {
    JobAd { languages: "languages", descriptions_content_type: "descriptionsContentType", owner: "owner", client: "client",
            position: "position", location: "location", application: "application", contacts: "contacts", metadata: "metadata" }
    Company { business_id: "businessId", name: "name", company: "company", office_name: "officeName", household_employer: "householdEmployer" }
    Position { title: "title", job_description: "jobDescription", marketing_description: "marketingDescription",
               main_occupation: "mainOccupation", occupations: "occupations", employment_relationship: "employmentRelationship",
               continuity_of_work: "continuityOfWork", work_time: "workTime", wage_principle: "wagePrinciple",
               wage_principal_info: "wagePrincipalInfo", work_languages: "workLanguages", driving_licenses: "drivingLicenses",
               permit_cards: "permitCards", permit_cards_description: "permitCardsDescription", part_time_info: "partTimeInfo",
               skills: "skills", education_level: "educationLevel", work_start: "workStart", fixed_term: "fixedTerm",
               working_hours: "workingHours", on_call: "onCall", travel_required: "travelRequired",
               criminal_record_extract: "criminalRecordExtract", apprenticeship: "apprenticeship", traineeship: "traineeship",
               temp_agency_work: "tempAgencyWork", franchising: "franchising", own_financing_required: "ownFinancingRequired" }
    WorkLanguage { code: "code", level: "level" }
    WorkStart { code: "code", date: "date", details: "details" }
    FixedTerm { duration: "duration", end_date: "endDate", reason: "reason" }
    WorkingHours { codes: "codes", min: "min", max: "max", period: "period" }
    Location { countries: "countries", regions: "regions", municipalities: "municipalities", workplace_address: "workplaceAddress",
               workplace_postal_code: "workplacePostalCode", workplace_post_office: "workplacePostOffice",
               workplace_name: "workplaceName", remote: "remote" }
    Application { published: "published", expires: "expires", open_positions: "openPositions", url: "url", help_text: "helpText" }
    Contact { first_name: "firstName", last_name: "lastName", email: "email", telephone: "telephone" }
    Metadata { external_id: "externalId" }
}

impl JobAd {
    /// Visits every value of the ad with its dotted path, in model order.
    pub fn walk(&self, visitor: &mut dyn Visitor) {
        Walk::walk(self, &mut PathBuf::default(), visitor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Collect(Vec<(String, String)>);
    impl Visitor for Collect {
        fn invalid(&mut self, path: &str, found: JsonKind, expected: JsonKind) {
            self.0.push((path.to_owned(), format!("{}!={}", found.name(), expected.name())));
        }
        fn string(&mut self, path: &str, value: &str) {
            self.0.push((path.to_owned(), value.to_owned()));
        }
    }

    fn walk(value: serde_json::Value) -> Vec<(String, String)> {
        let ad = JobAd::from_json_value(&value).expect("an object");
        let mut c = Collect(Vec::new());
        ad.walk(&mut c);
        c.0
    }

    #[test]
    fn wrong_types_become_invalid_at_their_path_and_the_rest_survives() {
        let seen = walk(json!({
            "languages": ["fi", 7],
            "position": { "title": { "fi": 42, "sv": "Säljare" }, "jobDescription": "not a map" },
            "application": { "openPositions": "many", "expires": "2026-12-01T00:00:00" },
            "contacts": [ { "email": ["a@b.fi"] }, null, "x" ],
            "location": ["Helsinki"],
            "unknownKey": { "deep": [1, 2, 3] }
        }));
        let expect: Vec<(String, String)> = [
            ("languages.0", "fi"),
            ("languages.1", "number!=string"),
            ("position.title.fi", "number!=string"),
            ("position.title.sv", "Säljare"),
            ("position.jobDescription", "string!=object"),
            ("location", "array!=object"),
            ("application.expires", "2026-12-01T00:00:00"),
            ("application.openPositions", "string!=number"),
            ("contacts.0.email", "array!=string"),
            ("contacts.2", "string!=object"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        assert_eq!(seen, expect);
    }

    #[test]
    fn work_languages_take_codes_or_objects() {
        let seen = walk(json!({ "position": { "workLanguages": ["fi", { "code": "sv", "level": "B1" }, 3] } }));
        assert_eq!(
            seen,
            vec![
                ("position.workLanguages.0.code".into(), "fi".into()),
                ("position.workLanguages.1.code".into(), "sv".into()),
                ("position.workLanguages.1.level".into(), "B1".into()),
                ("position.workLanguages.2".into(), "number!=object".into()),
            ]
        );
    }

    #[test]
    fn only_objects_are_ads() {
        for bad in [json!(null), json!(42), json!("x"), json!([]), json!(true)] {
            assert!(JobAd::from_json_value(&bad).is_err(), "{bad}");
        }
        assert_eq!(JobAd::from_json_value(&json!({})).unwrap(), JobAd::default());
        assert!(JobAd::from_json_str("{").is_err());
    }

    #[test]
    fn free_texts_follow_the_content_type() {
        let ad = JobAd::from_json_value(&json!({
            "descriptionsContentType": "markdown",
            "position": { "title": { "fi": "Myyjä" }, "jobDescription": { "fi": "**Tule**", "sv": 5 } }
        }))
        .unwrap();
        let texts: Vec<_> = ad.free_texts().into_iter().map(|t| (t.path, t.text, t.content_type)).collect();
        assert_eq!(
            texts,
            vec![
                ("position.title.fi".to_owned(), "Myyjä", ContentType::Plain),
                ("position.jobDescription.fi".to_owned(), "**Tule**", ContentType::Markdown),
            ]
        );
    }
}
