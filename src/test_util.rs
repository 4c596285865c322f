//! Helpers for rule tests: build an ad from JSON, run the engine, look at one rule's findings.

use crate::{validate, validate_text, JobAd, Options, Report};

/// Validates the ad in `json` with default options (and a fixed "now": 2026-11-25T12:00:00).
pub(crate) fn ad(json: serde_json::Value) -> Report {
    let ad = JobAd::from_json_value(&json).expect("test ads are objects");
    validate(&ad, &options())
}

pub(crate) fn options() -> Options {
    Options { now: Some(crate::DateTime::parse("2026-11-25T12:00:00", false).unwrap()), ..Options::default() }
}

/// The fields of one rule's findings, sorted.
pub(crate) fn fields_of(report: &Report, rule: &str) -> Vec<String> {
    let mut v: Vec<String> = report.of_rule(rule).map(|d| d.field.clone().unwrap_or_default()).collect();
    v.sort();
    v
}

/// The excerpts one rule marks in a text (validated with `validate_text`).
pub(crate) fn spans_of_text<'t>(text: &'t str, rule: &str) -> Vec<&'t str> {
    let report = validate_text(text, &options());
    report.of_rule(rule).filter_map(|d| d.span).map(|s| &text[s.start..s.end]).collect()
}
