//! The WebAssembly binding: converts JS values to the engine's types and the Report back to
//! plain JS objects. Nothing else lives here.
//!
//! * Input: the ad goes through `JSON.stringify` (it throws on cycles and BigInt, which become a
//!   `TypeError`), and its text crosses into wasm once, where a small reader of exactly what
//!   `JSON.stringify` writes turns it into a [`serde_json::Value`] (a nesting limit, serde_json's
//!   128, turns absurdly deep nesting into a `TypeError` instead of a stack overflow). The reader
//!   keeps serde_json's parser, and its float parser, out of the wasm (+6.6 KB gzip): the rare
//!   values it does not read itself JavaScript reads, each with one call, so every value is the
//!   one `JSON.parse` would give: a number's text through `Number`, a string with an escape other
//!   than `\n`, `\r`, `\t`, `\"`, `\\` (a control character, or a lone surrogate, which
//!   `JSON.stringify` writes as `\ud800`) through `JSON.parse`. Lone surrogates become U+FFFD when
//!   strings cross into Rust, which keeps every UTF-16 index the same.
//! * Output: the [`crate::wire`] form (UTF-16 spans) through `JSON.parse`, so JS gets plain
//!   objects and arrays, not wasm classes that need `.free()`.

use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::rule::concat;
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
/* BEGIN generated model types: from the ad model's one table (src/model.rs) by src/shape_docs.rs. Do not edit; run `UPDATE_SHAPE=1 cargo test --lib shape_docs`. Every field is optional: half-filled forms validate too. */
/** A multilingual text: `{ fi: "...", sv: "...", en: "..." }`. An empty text counts as absent. */
export type Localized = { fi?: string | null; sv?: string | null; en?: string | null };

/** A Työmarkkinatori job ad (`JobPosting`, v2). */
export interface JobAd {
  /** The ad's languages: `fi`, `sv`, `en`. Required. */
  languages?: string[] | null;
  /** `plain` or `markdown`: how the descriptions are written. */
  descriptionsContentType?: string | null;
  /** The advertising employer. */
  owner?: Company | null;
  /** The commissioning company, when a recruitment firm advertises for it. */
  client?: Company | null;
  /** The job itself. */
  position?: Position | null;
  /** Where the work is done. */
  location?: Location | null;
  /** Publication and how to apply. */
  application?: Application | null;
  /** Contact persons. */
  contacts?: Contact[] | null;
  /** Links shown with the ad (v2). Real postings seen so far send `[]`, so their shape is unknown: not checked. */
  externalLinks?: unknown | null;
  /** The sender's id for the ad, and what the service sets itself (accepted, never required). */
  metadata?: Metadata | null;
}

/** An employer (`owner`) or the commissioning company (`client`). */
export interface Company {
  /** `Organization` (a Finnish organisation), `International` (a foreign employer) or `Household` (v2). */
  employerType?: string | null;
  /** Y-tunnus, `1234567-8`; for an `International` employer its own registry's ID (`DK000138608`). */
  businessId?: string | null;
  /** The company's name as a form's plain field (this crate's name; v2 postings send `company`). */
  name?: string | null;
  /** The company's name per language. */
  company?: Localized | null;
  /** Office or unit name (the legacy form allowed 80 characters). */
  officeName?: string | null;
  /** The employer's own reference for the ad (v2). */
  reference?: string | null;
  /** Whether the commissioning company's name is shown (v2, on `client`). */
  companyVisible?: boolean | null;
  /** True for a household employer. */
  householdEmployer?: boolean | null;
}

/** The position: titles, texts and terms of employment. */
export interface Position {
  /** The job title per language. */
  title?: Localized | null;
  /** The job description per language. */
  jobDescription?: Localized | null;
  /** Marketing of the organisation per language (belongs here, not in the description). */
  marketingDescription?: Localized | null;
  /** Main occupation: an ESCO occupation URI (or an ISCO group, or the service's own extension). */
  mainOccupation?: string | null;
  /** Occupations: `{uri, prefLabel, altLabel}` as the service serves them, or bare URIs. */
  occupations?: Concept[] | null;
  /** Skills: `{uri, prefLabel, altLabel}` (ESCO skills, ISCED-F fields of education), or bare URIs. */
  skills?: Concept[] | null;
  /** Employment relationship code (`01` and `04` seen in real postings; the list is not public). */
  employmentRelationship?: string | null;
  /** Continuity codes: `01` until further notice, `02` fixed-term, `0201` seasonal, `0202` summer job; a child may come with its parent (`["02", "0201"]`). */
  continuityOfWork?: string[] | null;
  /** Working time: `01` full-time, `02` part-time. */
  workTime?: string | null;
  /** Working-time details (v2): `01` days, `02` evenings, `03` nights ... `08` shifts (`0801`–`0804`). */
  workTimeDetails?: string[] | null;
  /** Part-time details per language (hours and period). */
  partTimeInfo?: Localized | null;
  /** Wage basis code: `01`–`07`, and v2 codes such as `0101`. */
  wagePrinciple?: string | null;
  /** Free text about pay per language (base pay, commission share...), spelled as in real postings. */
  wagePrincipleInfo?: Localized | null;
  /** The same text as one reading of the v2 schema spells it; read like `wagePrincipleInfo`. */
  wagePrincipalInfo?: Localized | null;
  /** Work languages: ISO 639-1 codes, or `{ "code": "fi", "level": "B2" }`. */
  workLanguages?: WorkLanguage[] | null;
  /** Driving licence codes. */
  drivingLicenses?: string[] | null;
  /** Permit card codes `001`–`095`. */
  permitCards?: string[] | null;
  /** Free text about permit cards per language. */
  permitCardsDescription?: Localized | null;
  /** Criminal-record verification codes (v2; a structured field that some jobs may lawfully use). */
  criminalRecordVerification?: string[] | null;
  /** Education level code. */
  educationLevel?: string | null;
  /** When the work starts (this crate's names `{code, date, details}`; not seen in v2 postings). */
  workStart?: WorkStart | null;
  /** Fixed-term details (this crate's names `{duration, endDate, reason}`; not seen in v2 postings). */
  fixedTerm?: FixedTerm | null;
  /** Working hours (this crate's names `{min, max, period}`; not seen in v2 postings). */
  workingHours?: WorkingHours | null;
  /** On-call work (this crate's name). */
  onCall?: boolean | null;
  /** Apprenticeship (this crate's name). */
  apprenticeship?: boolean | null;
  /** Traineeship (this crate's name). */
  traineeship?: boolean | null;
  /** Temporary agency work (this crate's name). */
  tempAgencyWork?: boolean | null;
  /** Franchising (this crate's name). */
  franchising?: boolean | null;
  /** The worker must finance something themselves (this crate's name). */
  ownFinancingRequired?: boolean | null;
}

/** An occupation or a skill: a concept of ESCO (or of the service's Finnish extension), as the service serves it, or a bare URI (older clients). */
export type Concept = string | {
  /** The concept's URI. */
  uri?: string | null;
  /** The classification's name for it per language (`{"fi": "ohjelmistokehittäjä", ...}`): the classification's data, not checked. */
  prefLabel?: unknown | null;
  /** Its other names per language (`{"fi": ["koodaaja", ...]}`): the classification's data, not checked. */
  altLabel?: unknown | null;
};

/** A work language: a bare code, or a code with a level. */
export type WorkLanguage = string | {
  /** ISO 639-1 (or one of the few ISO 639-2/3) code. */
  code?: string | null;
  /** Level: `A1`, `B1`, `B2`, `C1` or `L1` (native). */
  level?: string | null;
};

/** When the work starts (this crate's names). */
export interface WorkStart {
  /** `01` as soon as possible, `02` on a date, `03` by agreement. */
  code?: string | null;
  /** The start date (`YYYY-MM-DD` or a full date-time) when the code is `02`. */
  date?: string | null;
  /** Free text per language. */
  details?: Localized | null;
}

/** Fixed-term details (this crate's names). */
export interface FixedTerm {
  /** The duration in words per language (e.g. "6 kuukautta"). */
  duration?: Localized | null;
  /** The end date. */
  endDate?: string | null;
  /** The reason for the fixed term per language. */
  reason?: Localized | null;
}

/** Working hours (this crate's names; the working-time codes are `position.workTimeDetails`). */
export interface WorkingHours {
  /** Minimum hours per period. */
  min?: number | null;
  /** Maximum hours per period. */
  max?: number | null;
  /** `0201` per week, `0202` per month. */
  period?: string | null;
}

/** Where the work is done. */
export interface Location {
  /** ISO 3166 alpha-2 country codes. */
  countries?: string[] | null;
  /** Region (maakunta) codes, 2 characters. */
  regions?: string[] | null;
  /** Municipality (kunta) codes; `91` and `091` are the same code. */
  municipalities?: string[] | null;
  /** Street address of the workplace. */
  workplaceAddress?: string | null;
  /** Postal code, 5 digits. */
  workplacePostalCode?: string | null;
  /** Post office. */
  workplacePostOffice?: string | null;
  /** Workplace name per language. */
  workplaceName?: Localized | null;
  /** Whether the work requires travelling (v2). */
  requiresTravelling?: boolean | null;
  /** Remote work possible (this crate's name). */
  remote?: boolean | null;
}

/** Publication and how to apply. */
export interface Application {
  /** Publication time, `YYYY-MM-DDTHH:MM:SS[.ffffff][Z]`; absent = publish at once. */
  published?: string | null;
  /** The application deadline, same format. Required. */
  expires?: string | null;
  /** Number of open positions, an integer 1–1000. */
  openPositions?: number | null;
  /** Application URL per language. */
  url?: Localized | null;
  /** Help text for applicants per language. */
  helpText?: Localized | null;
  /** Extra visibility (v2): `EURES_TRANSFER`. */
  extraVisibility?: string[] | null;
}

/** A contact person. */
export interface Contact {
  /** First name. */
  firstName?: string | null;
  /** Last name. */
  lastName?: string | null;
  /** Email address. */
  email?: string | null;
  /** Telephone number. */
  telephone?: string | null;
}

/** The sender's id for the ad. The service's own bookkeeping in real postings (`status`, `created`, `createdSource`, `lastModified`, `lastModifiedSource`, `etag`) is accepted and not checked: the service sets it, and it is never required. */
export interface Metadata {
  /** The sender's own id for the ad. */
  externalId?: string | null;
}
/* END generated model types */

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
  /** Add to each content finding why it was made (the clause's stance and the words it read): `Diagnostic.explain`. Default `false`. */
  explain?: boolean;
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
  /** Why the finding was made; only with `options.explain` (absent otherwise). */
  explain?: string;
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
    } else if value.is_array() {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
    }
}

// The few JavaScript built-ins the binding calls, imported here rather than through js-sys: the
// engine's build then links no js-sys, whose closure shims and JSPI task helpers stayed in the
// wasm's function table although nothing calls them (-1.2 KB gzip). The widget's build, which
// uses js-sys, is unchanged.
#[wasm_bindgen]
extern "C" {
    type TypeError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str) -> TypeError;
    /// `Error`, for `instanceof Error` and its `message`.
    #[wasm_bindgen(js_name = Error)]
    type JsError;
    #[wasm_bindgen(method, getter)]
    fn message(this: &JsError) -> JsValue;
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;
    /// `JSON.parse` of a string from wasm memory.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn parse_str(text: &str) -> Result<JsValue, JsValue>;
    /// `JSON.parse` of a JSON string's text (from `JSON.stringify`, so it never throws).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn parse_string(text: &str) -> String;
    /// JavaScript's `Number(text)`: for the text of a JSON number, the `f64` `JSON.parse` gives.
    #[wasm_bindgen(js_name = Number)]
    fn js_number(text: &str) -> f64;
    /// JavaScript's `String(number)`.
    #[wasm_bindgen(js_name = String)]
    fn number_string(n: f64) -> String;
}

/// `String(v)` in JavaScript: the shortest round-trip digits of `v` (for the range rule's
/// messages, `src/rules/field/range.rs`), without a float writer in the wasm.
pub(crate) fn js_number_string(v: f64) -> String {
    number_string(v)
}

/// `JSON.parse(JSON.stringify(value))` as a serde_json value: exactly the data `JSON.stringify`
/// sends (`toJSON`, dropped `undefined` and functions, `null` for `NaN`...), read as serde_json
/// reads that JSON text.
fn to_json(value: &JsValue, what: &str) -> Result<Value, JsValue> {
    let text = stringify(value).map_err(|e| {
        let reason = e.dyn_ref::<JsError>().map(|e| e.message().as_string().unwrap_throw()).unwrap_or_default();
        type_error(concat(&[what, " cannot be read as JSON data: ", &reason]))
    })?;
    // `undefined` (a `toJSON` that returns nothing) is no JSON text.
    let text = text.as_string().ok_or_else(|| type_error(concat(&[what, " cannot be read as JSON data"])))?;
    Reader { text: &text, at: 0 }.value(128).map_err(|too_deep| {
        type_error(concat(&[what, if too_deep { " cannot be read: recursion limit exceeded" } else { " cannot be read as JSON data" }]))
    })
}

/// A reader of the JSON text `JSON.stringify` writes (no whitespace between tokens), as
/// `JSON.parse` reads it. Its error is `true` past serde_json's nesting limit (`depth`
/// containers more are allowed, the last one not), `false` for text that is not such JSON.
struct Reader<'t> {
    text: &'t str,
    /// The byte offset of the next token (at a char boundary until an error).
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Steps over the ASCII character `byte` when the text continues with it.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: u32) -> Result<Value, bool> {
        let first = self.peek().ok_or(false)?;
        let start = self.at;
        self.at += 1;
        Ok(match first {
            b'"' => Value::String(self.string()?),
            b'[' => {
                let mut items = Vec::new();
                self.items(depth, b']', |reader, depth| {
                    items.push(reader.value(depth)?);
                    Ok(())
                })?;
                Value::Array(items)
            }
            b'{' => {
                let mut map = serde_json::Map::new();
                self.items(depth, b'}', |reader, depth| {
                    let key = if reader.eat(b'"') { reader.string()? } else { return Err(false) };
                    if !reader.eat(b':') {
                        return Err(false);
                    }
                    map.insert(key, reader.value(depth)?);
                    Ok(())
                })?;
                Value::Object(map)
            }
            _ => {
                while matches!(self.peek(), Some(b'a'..=b'z' | b'0'..=b'9' | b'-' | b'+' | b'.' | b'E')) {
                    self.at += 1;
                }
                match crate::rule::sub(self.text, start..self.at) {
                    "null" => Value::Null,
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    // `Number` reads a JSON number's text as `JSON.parse` does (a number an ad
                    // rarely has: one call each is cheap, a float reader in the wasm is not).
                    text if first == b'-' || first.is_ascii_digit() => number(js_number(text)),
                    _ => return Err(false),
                }
            }
        })
    }

    /// The items of an array or object after its opening bracket, each read by `item`, up to
    /// `close`.
    fn items(&mut self, depth: u32, close: u8, mut item: impl FnMut(&mut Self, u32) -> Result<(), bool>) -> Result<(), bool> {
        let depth = depth - 1;
        if depth == 0 {
            return Err(true);
        }
        if self.eat(close) {
            return Ok(());
        }
        loop {
            item(self, depth)?;
            if self.eat(close) {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(false);
            }
        }
    }

    /// The rest of a string after its opening quote. A string with a rarer escape than `\n`,
    /// `\r`, `\t`, `\"`, `\\`, `\/` (`\b`, `\f`, `\u`) `JSON.parse` reads.
    fn string(&mut self) -> Result<String, bool> {
        let start = self.at - 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            while !matches!(self.peek(), None | Some(b'"' | b'\\')) {
                self.at += 1;
            }
            out.push_str(crate::rule::sub(self.text, run..self.at));
            if self.eat(b'"') {
                return Ok(out);
            }
            if !self.eat(b'\\') {
                return Err(false);
            }
            let escape = self.peek().ok_or(false)?;
            self.at += 1;
            out.push(match escape {
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'"' | b'\\' | b'/' => char::from(escape),
                _ => {
                    // (to the closing quote, past each escaped character)
                    while !self.eat(b'"') {
                        self.eat(b'\\');
                        self.at += 1;
                        if self.at > self.text.len() {
                            return Err(false);
                        }
                    }
                    return Ok(parse_string(crate::rule::sub(self.text, start..self.at)));
                }
            });
        }
    }
}

/// A number as serde_json reads the text `JSON.stringify` writes for it: a whole number in
/// `u64` (or, negative, `i64`) range as an integer (`JSON.stringify` writes it in digits), any
/// other as a float.
fn number(n: f64) -> Value {
    let whole = n.fract() == 0.0;
    if whole && (0.0..18_446_744_073_709_551_616.0).contains(&n) {
        Value::Number((n as u64).into())
    } else if whole && (-9_223_372_036_854_775_808.0..0.0).contains(&n) {
        Value::Number((n as i64).into())
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

pub(crate) fn options_from(options: &JsValue, what: &str) -> Result<Options, JsValue> {
    let mut parsed = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() || options.is_array() {
        return Err(type_error(concat(&[what, ": options must be an object, not ", &typeof_name(options)])));
    } else {
        Options::from_json(&to_json(options, "options")?).map_err(|e| type_error(concat(&[what, ": invalid options: ", &e])))?
    };
    if parsed.now.is_none() {
        parsed.now = Some(DateTime::from_unix_millis(date_now() as i64));
    }
    Ok(parsed)
}

/// JSON text (from [`wire::JsonWriter`]) as plain JS objects.
pub(crate) fn to_js(json: &str) -> Result<JsValue, JsValue> {
    parse_str(json)
}

/// `validate(ad, options?)`: the whole ad. Throws a `TypeError` when `ad` is not an object.
#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate(ad: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if !ad.is_object() || ad.is_array() {
        return Err(type_error(concat(&["validate(ad): ad must be a job ad object, not ", &typeof_name(&ad)])));
    }
    let options = options_from(&options, "validate(ad, options)")?;
    let json = to_json(&ad, "validate(ad): ad")?;
    let ad = JobAd::from_json_value(&json).map_err(|e| type_error(concat(&["validate(ad): ", e.message()])))?;
    let report = crate::validate(&ad, &options);
    to_js(&wire::report(&report, |field| wire::text_at(&json, field?)).to_json())
}

/// `validateText(text, options?)`: the content rules on one text.
#[wasm_bindgen(js_name = validateText, skip_typescript)]
pub fn validate_text(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    // `as_string` encodes lone surrogates as U+FFFD: one code unit for one, so spans stay exact.
    let text =
        text.as_string().ok_or_else(|| type_error(concat(&["validateText(text): text must be a string, not ", &typeof_name(&text)])))?;
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
