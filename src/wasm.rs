//! The WebAssembly binding: converts JS values to the engine's types and the Report back to
//! plain JS objects. Nothing else lives here.
//!
//! * Input: the ad goes through `JSON.stringify` (it throws on cycles and BigInt, which become a
//!   `TypeError`) and serde_json (whose recursion limit turns absurdly deep nesting into a
//!   `TypeError` instead of a stack overflow). Lone surrogates, which `JSON.stringify` escapes,
//!   become U+FFFD, which keeps every UTF-16 index the same.
//! * Output: the [`crate::wire`] form (UTF-16 spans) through `JSON.parse`, so JS gets plain
//!   objects and arrays, not wasm classes that need `.free()`.

use js_sys::{JsString, TypeError, JSON};
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::{wire, DateTime, JobAd, Lang, Options};

/// The heap: talc instead of std's dlmalloc, 6.8 KB smaller (2.9 KB gzip) in the optimised wasm.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Language of messages and catalogue texts. */
export type Lang = "fi" | "sv" | "en";
/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";
/** A multilingual text: `{ fi: "...", sv: "...", en: "..." }`. */
export type Localized = { fi?: string | null; sv?: string | null; en?: string | null };

/** The employer (`owner`) or the commissioning company (`client`). */
export interface Company {
  /** Y-tunnus, `1234567-8`. */
  businessId?: string | null;
  name?: string | null;
  company?: Localized | null;
  officeName?: string | null;
  householdEmployer?: boolean | null;
}
/** A work language: an ISO 639-1 code, or a code with a level (A1, B1, B2, C1, L1). */
export type WorkLanguage = string | { code?: string | null; level?: string | null };
export interface Position {
  title?: Localized | null;
  jobDescription?: Localized | null;
  marketingDescription?: Localized | null;
  /** ESCO occupation URI. */
  mainOccupation?: string | null;
  occupations?: string[] | null;
  employmentRelationship?: string | null;
  /** `01` until further notice, `02` fixed-term, `0201` seasonal, `0202` summer job. */
  continuityOfWork?: string[] | null;
  /** `01` full-time, `02` part-time. */
  workTime?: string | null;
  /** Wage basis `01`–`07`. */
  wagePrinciple?: string | null;
  wagePrincipalInfo?: Localized | null;
  workLanguages?: WorkLanguage[] | null;
  drivingLicenses?: string[] | null;
  permitCards?: string[] | null;
  permitCardsDescription?: Localized | null;
  partTimeInfo?: Localized | null;
  skills?: string[] | null;
  educationLevel?: string | null;
  /** `code`: `01` as soon as possible, `02` on a date, `03` by agreement. */
  workStart?: { code?: string | null; date?: string | null; details?: Localized | null } | null;
  fixedTerm?: { duration?: Localized | null; endDate?: string | null; reason?: Localized | null } | null;
  /** `period`: `0201` per week, `0202` per month. */
  workingHours?: { codes?: string[] | null; min?: number | null; max?: number | null; period?: string | null } | null;
  onCall?: boolean | null;
  travelRequired?: boolean | null;
  criminalRecordExtract?: boolean | null;
  apprenticeship?: boolean | null;
  traineeship?: boolean | null;
  tempAgencyWork?: boolean | null;
  franchising?: boolean | null;
  ownFinancingRequired?: boolean | null;
}
export interface Location {
  /** ISO 3166 alpha-2 codes. */
  countries?: string[] | null;
  /** Region (maakunta) codes. */
  regions?: string[] | null;
  /** Municipality (kunta) codes; `91` and `091` are the same. */
  municipalities?: string[] | null;
  workplaceAddress?: string | null;
  /** 5 digits. */
  workplacePostalCode?: string | null;
  workplacePostOffice?: string | null;
  workplaceName?: string | null;
  remote?: boolean | null;
}
export interface Application {
  /** `YYYY-MM-DDTHH:MM:SS[.ffffff]`; absent = publish at once. */
  published?: string | null;
  /** `YYYY-MM-DDTHH:MM:SS[.ffffff]`. */
  expires?: string | null;
  /** An integer 1–1000. */
  openPositions?: number | null;
  url?: Localized | null;
  helpText?: Localized | null;
}
export interface Contact {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  telephone?: string | null;
}
/** A Työmarkkinatori job ad. Every field is optional: half-filled forms validate too. */
export interface JobAd {
  /** The ad's languages. */
  languages?: Lang[] | string[] | null;
  descriptionsContentType?: "plain" | "markdown" | null;
  owner?: Company | null;
  client?: Company | null;
  position?: Position | null;
  location?: Location | null;
  application?: Application | null;
  contacts?: Contact[] | null;
  metadata?: { externalId?: string | null } | null;
}

/** Options for `validate`. */
export interface Options {
  /** Language of the messages (default `"fi"`). */
  lang?: Lang;
  /** Rule ids not to run; `"content.discrimination.*"` disables a family. */
  disable?: string[];
  /** Severity overrides per rule id, or `"off"`. */
  severity?: Record<string, Severity | "off">;
  /** Phrases the recruiter has justified: findings inside them are not reported. */
  allow?: string[];
  /** "Now" for the date rules: a date-time string, milliseconds since the epoch, or a Date. Default: the current time. */
  now?: string | number | Date;
  /** Maximum lengths in characters for `field.too_long`, e.g. `{ "position.title": 80, "contacts.*.email": 100 }`. */
  maxLengths?: Record<string, number>;
}
/** Options for `validateText`. */
export interface TextOptions extends Options {
  /** The field the text belongs to, e.g. `"position.jobDescription.fi"` (its last part tells the language). */
  field?: string;
  /** How the text is written (default `"plain"`). */
  contentType?: "plain" | "markdown";
}
/** A half-open range of UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number }
/** One finding. */
export interface Diagnostic {
  /** Stable dotted rule id, e.g. `"field.required"`, `"content.discrimination.age"`. */
  rule: string;
  severity: Severity;
  /** Dotted path into the ad, e.g. `"position.jobDescription.fi"`; `null` = the whole ad. */
  field: string | null;
  /** UTF-16 code units into that field's text (JS string indexes). */
  span: Span | null;
  /** The message, in `options.lang`. */
  message: string;
  /** Replacement text for the span, when one fits. */
  suggestion: string | null;
  /** Law or guideline reference, with a URL where one exists. */
  reference: string | null;
}
/** The result of a validation: plain objects, nothing to free. */
export interface Report {
  /** True when there is no diagnostic of severity `"error"`. */
  ok: boolean;
  counts: { error: number; warning: number; info: number };
  /** Sorted by field, then span. */
  diagnostics: Diagnostic[];
}
/** A rule in the catalogue. */
export interface RuleInfo {
  id: string;
  /** The most severe level the rule reports. */
  severity: Severity;
  /** `"ad"`: field rules run by `validate`; `"text"`: content rules, also run by `validateText`. */
  scope: "ad" | "text";
  title: string;
  description: string;
  reference: string | null;
}

/** Validates a whole ad. Throws a `TypeError` when `ad` is not an object (or `options` are invalid). */
export function validate(ad: JobAd, options?: Options): Report;
/** Runs the content and format rules on one free text. Throws a `TypeError` when `text` is not a string. */
export function validateText(text: string, options?: TextOptions): Report;
/** The rule catalogue, in `lang` (default `"fi"`). */
export function rules(lang?: Lang): RuleInfo[];
/** The package version. */
export function version(): string;
"#;

fn type_error(message: impl AsRef<str>) -> JsValue {
    TypeError::new(message.as_ref()).into()
}

fn typeof_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
    }
}

/// `JSON.stringify(value)` parsed by serde_json, with lone surrogates repaired.
fn to_json(value: &JsValue, what: &str) -> Result<Value, JsValue> {
    let text: JsString = JSON::stringify(value).map_err(|e| {
        let reason = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
        type_error(format!("{what} cannot be read as JSON data: {reason}"))
    })?;
    let text = wire::repair_lone_surrogates(String::from(text));
    serde_json::from_str(&text).map_err(|e| type_error(format!("{what} cannot be read: {e}")))
}

pub(crate) fn options_from(options: &JsValue, what: &str) -> Result<Options, JsValue> {
    let mut parsed = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(type_error(format!("{what}: options must be an object, not {}", typeof_name(options))));
    } else {
        Options::from_json(to_json(options, "options")?).map_err(|e| type_error(format!("{what}: invalid options: {e}")))?
    };
    if parsed.now.is_none() {
        parsed.now = Some(DateTime::from_unix_millis(js_sys::Date::now() as i64));
    }
    Ok(parsed)
}

/// JSON text (from [`wire::JsonWriter`]) as plain JS objects.
pub(crate) fn to_js(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

/// `validate(ad, options?)`: the whole ad. Throws a `TypeError` when `ad` is not an object.
#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate(ad: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if !ad.is_object() || js_sys::Array::is_array(&ad) {
        return Err(type_error(format!("validate(ad): ad must be a job ad object, not {}", typeof_name(&ad))));
    }
    let options = options_from(&options, "validate(ad, options)")?;
    let json = to_json(&ad, "validate(ad): ad")?;
    let ad = JobAd::from_json_value(&json).map_err(|e| type_error(format!("validate(ad): {e}")))?;
    let report = crate::validate(&ad, &options);
    to_js(&wire::report(&report, |field| wire::text_at(&json, field?)).to_json())
}

/// `validateText(text, options?)`: the content rules on one text.
#[wasm_bindgen(js_name = validateText, skip_typescript)]
pub fn validate_text(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    // `as_string` encodes lone surrogates as U+FFFD: one code unit for one, so spans stay exact.
    let text =
        text.as_string().ok_or_else(|| type_error(format!("validateText(text): text must be a string, not {}", typeof_name(&text))))?;
    let options = options_from(&options, "validateText(text, options)")?;
    let report = crate::validate_text(&text, &options);
    to_js(&wire::report(&report, |_| Some(text.as_str())).to_json())
}

/// `rules(lang?)`: the catalogue in one language.
#[wasm_bindgen(js_name = rules, skip_typescript)]
pub fn rules(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = if lang.is_undefined() || lang.is_null() {
        Lang::default()
    } else {
        lang.as_string().and_then(|l| Lang::parse(&l)).ok_or_else(|| type_error("rules(lang): lang must be \"fi\", \"sv\" or \"en\""))?
    };
    let entries: Vec<_> = crate::rules().into_iter().map(|info| wire::rule_entry(info, lang)).collect();
    to_js(&wire::rule_entries_json(&entries))
}

/// `version()`: the package version.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
