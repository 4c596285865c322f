//! # tmt-validator
//!
//! Validates job ads for Työmarkkinatori (Job Market Finland) before they are imported: the
//! **field rules** of the ad model (required data, types, formats, codes, dates, cross-field
//! rules) and the **content guidelines** on its free text in Finnish, Swedish and English
//! (discrimination, fees, commission-only pay, pyramid schemes, personal data, formatting).
//!
//! The engine is plain Rust with no WebAssembly or web dependency; the npm package is a thin
//! binding over it (compiled only for `wasm32`).
//!
//! ```
//! use tmt_validator::{validate, validate_text, JobAd, Options};
//!
//! let ad = JobAd::from_json_str(r#"{
//!     "languages": ["fi"],
//!     "position": { "title": { "fi": "Myyjä" }, "jobDescription": { "fi": "Haemme 20–30-vuotiasta myyjää." } }
//! }"#).unwrap();
//! let report = validate(&ad, &Options::default());
//! assert!(!report.ok);
//! let age = report.of_rule("content.discrimination.age").next().unwrap();
//! assert_eq!(age.field.as_deref(), Some("position.jobDescription.fi"));
//!
//! let report = validate_text("Ikä ei ratkaise.", &Options::default());
//! assert!(report.ok);
//! ```
//!
//! ## Offsets
//! [`Span`]s are half-open **byte** ranges into the text of the diagnostic's field, on `char`
//! boundaries. The JSON/JavaScript form of the report ([`wire`]) uses **UTF-16 code units**
//! (JavaScript string indexes); the conversion is done once, in [`wire::report`].
#![deny(missing_docs)]
#![cfg_attr(not(target_arch = "wasm32"), forbid(unsafe_code))]
// A string slice `&s[a..b]` can panic, and its panic message pulls ~4 KB of char-escaping
// code and Unicode tables into the .wasm: the engine slices with `rule::sub` (`str::get`).
#![cfg_attr(not(test), deny(clippy::string_slice))]

mod datetime;
mod fold;
mod map;
mod model;
mod options;
mod report;
mod rule;
mod rules;
mod text;
pub mod wire;

/// The WebAssembly binding (only on `wasm32`): the functions JavaScript calls.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The form widget (only on `wasm32`, feature `widget`, on by default): `attach(form, options)` (web-sys, gloo).
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
mod widget;

#[cfg(test)]
mod shape_docs;
#[cfg(test)]
mod test_util;

pub use datetime::{DateError, DateTime};
pub use map::SortedMap;
pub use model::{
    AdError, Application, Company, Concept, Contact, ContentType, Field, FieldPath, FieldSpec, FixedTerm, FreeText, JobAd, JsonKind, List,
    Localized, Location, Metadata, Position, Role, Schema, Shape, Unchecked, Visitor, Walk, WorkLanguage, WorkStart, WorkingHours,
};
pub use options::{Lang, Level, Options};
pub use report::{Counts, Diagnostic, Report, Severity, Span};
pub use rule::{RuleInfo, Scope, TextInput, Tr};

use rule::Emitter;

/// Validates a whole ad: every field rule on the ad, then every content and format rule on
/// each of its free texts.
pub fn validate(ad: &JobAd, options: &Options) -> Report {
    let now = options.now();
    let mut out = Vec::new();
    // The options are matched against the rules once, not once per text.
    let rules: Vec<_> = enabled(options).collect();
    for rule in &rules {
        (rule.check_ad)(ad, &mut Emitter::new(options, rule.info, now, None, &mut out));
    }
    for text in ad.free_texts() {
        let input = TextInput::new(text.text, Some(&text.path), Some(text.lang), text.content_type);
        check_text(&rules, &input, options, now, &mut out);
    }
    Report::new(out)
}

/// Runs the content and format rules on one free text (for editors with their own field model).
///
/// `options.field` names the field (it is echoed in the diagnostics, and a path ending in
/// `.fi`, `.sv` or `.en` tells the text's language); `options.content_type` says whether it
/// is markdown.
pub fn validate_text(text: &str, options: &Options) -> Report {
    let field = options.field.as_deref();
    let lang = field.map(|f| rule::rsplit_once_ascii(f, b'.').map_or(f, |(_, last)| last)).filter(|l| Lang::parse(l).is_some());
    let input = TextInput::new(text, field, lang, options.content_type.unwrap_or_default());
    let mut out = Vec::new();
    let rules: Vec<_> = enabled(options).collect();
    check_text(&rules, &input, options, options.now(), &mut out);
    Report::new(out)
}

/// The rule catalogue: every rule with its id, severity, title, description and reference.
pub fn rules() -> Vec<&'static RuleInfo> {
    rules::RULES.iter().map(|r| r.info).collect()
}

fn enabled(options: &Options) -> impl Iterator<Item = &'static rule::Registered> + '_ {
    rules::RULES.iter().filter(|r| options.is_enabled(r.info.id))
}

fn check_text(rules: &[&rule::Registered], input: &TextInput<'_>, options: &Options, now: Option<DateTime>, out: &mut Vec<Diagnostic>) {
    for rule in rules {
        (rule.check_text)(input, &mut Emitter::new(options, rule.info, now, Some(input), out));
    }
}

impl JobAd {
    /// The declared languages (`languages`) that are valid codes, in order, without repeats.
    pub fn declared_languages(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (_, code) in self.languages.items() {
            if let Some(code) = code.as_str().filter(|c| Lang::parse(c).is_some()) {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
        }
        out
    }
}

/// The README's Rust examples, compiled and run as doctests so they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
