//! Property tests: arbitrary ads and texts never panic, every span lies inside its field's text
//! on character boundaries (UTF-16 spans never split a surrogate pair), and the Report
//! invariants hold.
//!
//! Case counts are kept modest so the suite stays fast in CI; set `PROPTEST_CASES` for a longer
//! run (e.g. `PROPTEST_CASES=5000 cargo test --release --test properties`).
#![cfg(not(target_arch = "wasm32"))]

use std::cmp::Ordering;

use proptest::prelude::*;
use serde_json::{Map, Value};
use tmt_validator::{validate, validate_text, wire, ContentType, DateTime, JobAd, Lang, Options, Report, Severity};

/// Cases per property, unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 96;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(CASES);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Words the rules look for, and characters that are awkward in offsets.
const WORDS: &[&str] = &[
    "ikä",
    "Ikä",
    "IKÄ",
    "ålder",
    "Ålder",
    "aged",
    "age",
    "alle",
    "under",
    "yli",
    "vuotias",
    "-vuotiasta",
    "v",
    "år",
    "years",
    "😀",
    "ikä 20–40 v",
    "20–30-vuotiasta",
    "alle 30-vuotias",
    "Ålder 25–35 år",
    "aged 18-30",
    "\u{feff}",
    "İ",
    "ß",
    "e\u{301}",
    "\u{200d}",
    "\r\n",
    "\t",
    "\u{fffd}",
    "Ÿ",
    "ΣΑ",
    "ЖЯ",
    "👩‍👩‍👧",
    "—",
    "–",
    "-",
    " ",
    "  ",
    ".",
    "€",
];

/// Text made of pieces: any Unicode, control characters, digits and dashes, rule words, very long tokens.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<String>(),
        2 => "[\\x00-\\x1f\\x7f]{1,6}",
        3 => "[0-9]{1,4}",
        4 => prop::sample::select(WORDS).prop_map(str::to_owned),
        1 => "[a-zåäöA-ZÅÄÖ0-9]{200,600}",
        1 => "[ \\-–0-9]{1,40}",
    ];
    prop::collection::vec(piece, 0..20).prop_map(|pieces| pieces.concat())
}

/// Any JSON value, keys partly taken from the model so that wrong shapes land on real fields.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..5).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

const KEYS: &[&str] = &[
    "languages",
    "descriptionsContentType",
    "owner",
    "client",
    "position",
    "location",
    "application",
    "contacts",
    "metadata",
    "title",
    "jobDescription",
    "marketingDescription",
    "workLanguages",
    "code",
    "level",
    "fi",
    "sv",
    "en",
    "de",
    "email",
    "openPositions",
    "expires",
    "published",
    "businessId",
    "name",
    "company",
    "0",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![3 => prop::sample::select(KEYS).prop_map(str::to_owned), 1 => any::<String>()]
}

/// Usually the expected shape, sometimes anything at all.
fn or_any(shaped: impl Strategy<Value = Value> + 'static) -> impl Strategy<Value = Value> {
    prop_oneof![6 => shaped, 1 => json()]
}

fn localized() -> impl Strategy<Value = Value> {
    // Keys are free-form: unknown ones, and ones with dots (which make dotted paths ambiguous).
    let lang = prop_oneof![
        4 => prop::sample::select(&["fi", "sv", "en"][..]).prop_map(str::to_owned),
        1 => prop::sample::select(&["fi.x", ".", "x.", "fi.", ".fi", "0"][..]).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    or_any(prop::collection::vec((lang, or_any(text().prop_map(Value::from))), 0..4).prop_map(|kv| Value::Object(kv.into_iter().collect())))
}

fn string() -> impl Strategy<Value = Value> {
    or_any(
        prop_oneof![text(), "(fi|sv|en|01|02|0201|[0-9]{7}-[0-9])", "20[0-9]{2}-[01][0-9]-[0-3][0-9](T[0-2][0-9]:[0-5][0-9]:[0-5][0-9])?"]
            .prop_map(Value::from),
    )
}

fn object(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> BoxedStrategy<Value> {
    let entries: Vec<_> = fields.into_iter().map(|(k, v)| prop::option::of(v).prop_map(move |v| (k, v))).collect();
    (entries, prop::collection::vec((key(), json()), 0..2))
        .prop_map(|(known, extra)| {
            let mut map = Map::new();
            for (k, v) in extra {
                map.insert(k, v);
            }
            for (k, v) in known {
                if let Some(v) = v {
                    map.insert(k.to_owned(), v);
                }
            }
            Value::Object(map)
        })
        .boxed()
}

/// A JSON value shaped like a job ad (mostly), with every kind of wrongness mixed in.
fn ad_json() -> impl Strategy<Value = Value> {
    let languages = or_any(prop::collection::vec(string(), 0..4).prop_map(Value::Array)).boxed();
    let position = object(vec![
        ("title", localized().boxed()),
        ("jobDescription", localized().boxed()),
        ("marketingDescription", localized().boxed()),
        ("wagePrincipalInfo", localized().boxed()),
        ("workLanguages", or_any(prop::collection::vec(or_any(string()), 0..3).prop_map(Value::Array)).boxed()),
        ("continuityOfWork", or_any(prop::collection::vec(string(), 0..3).prop_map(Value::Array)).boxed()),
        ("mainOccupation", string().boxed()),
    ]);
    let application = object(vec![
        ("expires", string().boxed()),
        ("published", string().boxed()),
        ("openPositions", json().boxed()),
        ("url", localized().boxed()),
    ]);
    let contact = object(vec![("email", string().boxed()), ("telephone", string().boxed()), ("firstName", string().boxed())]);
    let company = object(vec![("businessId", string().boxed()), ("name", string().boxed()), ("company", localized().boxed())]);
    object(vec![
        ("languages", languages),
        ("descriptionsContentType", or_any(prop::sample::select(&["plain", "markdown"][..]).prop_map(Value::from)).boxed()),
        ("position", or_any(position).boxed()),
        ("application", or_any(application).boxed()),
        ("contacts", or_any(prop::collection::vec(contact, 0..3).prop_map(Value::Array)).boxed()),
        ("owner", or_any(company).boxed()),
        ("location", json().boxed()),
    ])
}

fn options() -> impl Strategy<Value = Options> {
    let lang = prop::sample::select(&[Lang::Fi, Lang::Sv, Lang::En][..]);
    let allow = prop::collection::vec(prop_oneof![text(), prop::sample::select(WORDS).prop_map(str::to_owned)], 0..3);
    let field = prop::option::of(prop_oneof!["position\\.jobDescription\\.(fi|sv|en|de)", any::<String>()]);
    (lang, allow, field, any::<bool>()).prop_map(|(lang, allow, field, markdown)| {
        let mut o = Options::default();
        o.lang = lang;
        o.allow = allow;
        o.field = field;
        o.content_type = Some(if markdown { ContentType::Markdown } else { ContentType::Plain });
        o.now = DateTime::parse("2026-11-25T12:00:00", false).ok();
        o
    })
}

/// The report's order: the whole ad first, then by field (numeric parts as numbers), then span.
fn path_order(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => {
            let (xs, ys): (Vec<_>, Vec<_>) = (a.split('.').collect(), b.split('.').collect());
            for (x, y) in xs.iter().zip(&ys) {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(i), Ok(j)) => i.cmp(&j),
                    _ => x.cmp(y),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
            xs.len().cmp(&ys.len())
        }
    }
}

fn check_report_invariants(report: &Report) -> Result<(), TestCaseError> {
    let count = |s: Severity| report.diagnostics.iter().filter(|d| d.severity == s).count();
    prop_assert_eq!(report.counts.error, count(Severity::Error));
    prop_assert_eq!(report.counts.warning, count(Severity::Warning));
    prop_assert_eq!(report.counts.info, count(Severity::Info));
    prop_assert_eq!(report.ok, count(Severity::Error) == 0);
    for pair in report.diagnostics.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let order = path_order(a.field.as_deref(), b.field.as_deref()).then_with(|| a.span.cmp(&b.span));
        prop_assert!(order != Ordering::Greater, "out of order: {:?} before {:?}", (&a.field, a.span), (&b.field, b.span));
    }
    for d in &report.diagnostics {
        prop_assert!(!d.message.is_empty(), "{} has no message", d.rule);
    }
    Ok(())
}

/// Byte spans lie in their text on char boundaries; the wire form's UTF-16 spans lie inside the
/// JavaScript length, never split a surrogate pair, and select exactly the same text.
fn check_spans(report: &Report, text_of: &dyn Fn(Option<&str>) -> Option<String>) -> Result<(), TestCaseError> {
    for d in &report.diagnostics {
        let Some(span) = d.span else { continue };
        let text = text_of(d.field.as_deref());
        prop_assert!(text.is_some(), "{} has a span but {:?} is not a text", d.rule, d.field);
        let text = text.unwrap_or_default();
        prop_assert!(span.start <= span.end && span.end <= text.len(), "{} span {:?} outside {} bytes", d.rule, span, text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{} span {:?} splits a char", d.rule, span);
    }
    let texts: Vec<(Option<String>, Option<String>)> =
        report.diagnostics.iter().map(|d| (d.field.clone(), text_of(d.field.as_deref()))).collect();
    let lookup = |field: Option<&str>| texts.iter().find(|(f, _)| f.as_deref() == field).and_then(|(_, t)| t.as_deref());
    let wired = wire::report(report, lookup);
    prop_assert_eq!(wired.diagnostics.len(), report.diagnostics.len());
    for (w, d) in wired.diagnostics.iter().zip(&report.diagnostics) {
        let (Some(u), Some(b)) = (w.span, d.span) else {
            prop_assert_eq!(w.span.is_some(), d.span.is_some());
            continue;
        };
        let text = lookup(d.field.as_deref()).unwrap_or_default();
        let units: Vec<u16> = text.encode_utf16().collect();
        prop_assert!(u.start <= u.end && u.end <= units.len(), "UTF-16 span {:?} outside length {}", u, units.len());
        for i in [u.start, u.end] {
            let splits = i > 0 && i < units.len() && (0xD800..0xDC00).contains(&units[i - 1]) && (0xDC00..0xE000).contains(&units[i]);
            prop_assert!(!splits, "UTF-16 offset {} splits a surrogate pair", i);
        }
        prop_assert_eq!(String::from_utf16_lossy(&units[u.start..u.end]), &text[b.start..b.end]);
    }
    Ok(())
}

/// `JSON.stringify` of a JavaScript string given as UTF-16 code units (lone surrogates escaped).
fn js_stringify(units: &[u16]) -> String {
    let mut out = String::from("\"");
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok(c) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            Ok(c) => out.push(c),
            Err(lone) => out.push_str(&format!("\\u{:04x}", lone.unpaired_surrogate())),
        }
    }
    out.push('"');
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_ads_validate_with_sound_reports(json in ad_json(), options in options()) {
        let ad = JobAd::from_json_value(&json).expect("an object is an ad");
        let report = validate(&ad, &options);
        check_report_invariants(&report)?;
        check_spans(&report, &|field| wire::text_at(&json, field?).map(str::to_owned))?;
        // The JSON text path reads it too.
        prop_assert!(JobAd::from_json_str(&json.to_string()).is_ok());
    }

    #[test]
    fn arbitrary_json_values_never_panic(json in json()) {
        match JobAd::from_json_value(&json) {
            Ok(ad) => check_report_invariants(&validate(&ad, &Options::default()))?,
            Err(_) => prop_assert!(!json.is_object()),
        }
    }

    #[test]
    fn arbitrary_texts_validate_with_sound_reports(text in text(), options in options()) {
        let report = validate_text(&text, &options);
        check_report_invariants(&report)?;
        let field = options.field.clone();
        check_spans(&report, &|f| (f.map(str::to_owned) == field).then(|| text.clone()))?;
    }

    #[test]
    fn javascript_strings_with_lone_surrogates_keep_their_length(units in prop::collection::vec(
        prop_oneof![3 => any::<u16>(), 1 => 0xD800u16..0xE000, 2 => prop::sample::select(&[0x20u16, 0x2D, 0x2013, 0x31, 0x33, 0x76][..])], 0..200),
        prefix in prop::sample::select(&["", "ikä 20–40 v ", "alle 30-vuotias "][..]),
    ) {
        let mut all: Vec<u16> = prefix.encode_utf16().collect();
        all.extend(units);
        let json = format!("{{\"position\":{{\"jobDescription\":{{\"fi\":{}}}}}}}", js_stringify(&all));
        let value: Value = serde_json::from_str(&wire::repair_lone_surrogates(json)).expect("repaired JSON parses");
        let text = wire::text_at(&value, "position.jobDescription.fi").expect("the text").to_owned();
        prop_assert_eq!(wire::utf16_len(&text), all.len(), "every code unit keeps its index");
        let report = validate(&JobAd::from_json_value(&value).expect("an ad"), &Options::default());
        check_report_invariants(&report)?;
        check_spans(&report, &|field| wire::text_at(&value, field?).map(str::to_owned))?;
    }
}
