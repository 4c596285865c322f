//! The findings of one run: the engine's [`crate::Report`] on the ad read from the form, and the
//! diagnostics `options.check` returned. Both are shown as the library's wire types
//! ([`wire::Diagnostic`], UTF-16 spans) and written by its JSON writer ([`wire::Report::to_json`]),
//! so that `onReport` and `handle.report()` get exactly what `validate()` returns.

use serde_json::Value;
use wasm_bindgen::prelude::*;

use super::{get, present, type_error};
use crate::wire::{self, Utf16Span};
use crate::{report, Counts, Severity};

/// A diagnostic from `options.check`: its texts, owned (the wire form borrows them).
struct Extra {
    rule: String,
    severity: Severity,
    field: Option<String>,
    span: Option<Utf16Span>,
    message: String,
    suggestion: Option<String>,
    reference: Option<String>,
    explain: Option<String>,
}

/// What one run found, and the ad it was found in.
pub(super) struct Findings {
    /// The ad read from the form (spans point into its texts).
    pub value: Value,
    engine: report::Report,
    extra: Vec<Extra>,
}

impl Findings {
    pub fn new(value: Value, engine: report::Report) -> Findings {
        Findings { value, engine, extra: Vec::new() }
    }

    /// Adds what `options.check` returned (checked: a `TypeError` names what is wrong).
    pub fn add_checked(&mut self, returned: &JsValue) -> Result<(), JsValue> {
        if returned.is_undefined() || returned.is_null() {
            return Ok(());
        }
        let items = returned.dyn_ref::<js_sys::Array>().ok_or_else(|| type_error("options.check must return an array of diagnostics"))?;
        for item in items.iter() {
            let s = |k: &str| get(&item, k).as_string();
            let severity = match s("severity").as_deref() {
                Some("error") => Severity::Error,
                Some("warning") => Severity::Warning,
                Some("info") => Severity::Info,
                _ => return Err(type_error("options.check: every diagnostic needs a severity: \"error\", \"warning\" or \"info\"")),
            };
            let message = s("message").ok_or_else(|| type_error("options.check: every diagnostic needs a message"))?;
            let span = match present(get(&item, "span")) {
                None => None,
                Some(span) => {
                    let unit = |k: &str| get(&span, k).as_f64().filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < 1.0e9).map(|n| n as usize);
                    match (unit("start"), unit("end")) {
                        (Some(start), Some(end)) if start <= end => Some(Utf16Span { start, end }),
                        _ => return Err(type_error("options.check: span must be { start, end } in UTF-16 units, start <= end")),
                    }
                }
            };
            self.extra.push(Extra {
                rule: s("rule").unwrap_or_else(|| "custom".to_owned()),
                severity,
                field: s("field"),
                span,
                message,
                suggestion: s("suggestion"),
                reference: s("reference"),
                explain: s("explain"),
            });
        }
        Ok(())
    }

    /// The report as JavaScript sees it: the engine's findings and the checked ones, in the
    /// report's order (by field, indexes as numbers, then span start; ties keep their order).
    pub fn wire(&self) -> wire::Report<'_> {
        let mut out = wire::report(&self.engine, |f| wire::text_at(&self.value, f?));
        if self.extra.is_empty() {
            return out;
        }
        for e in &self.extra {
            out.diagnostics.push(wire::Diagnostic {
                rule: &e.rule,
                severity: e.severity,
                field: e.field.as_deref(),
                span: e.span,
                message: &e.message,
                suggestion: e.suggestion.as_deref(),
                reference: e.reference.as_deref(),
                explain: e.explain.as_deref(),
            });
        }
        out.diagnostics = sorted(std::mem::take(&mut out.diagnostics));
        let mut counts = Counts::default();
        for d in &out.diagnostics {
            match d.severity {
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        out.ok = counts.error == 0;
        out.counts = counts;
        out
    }
}

/// Whether `a` comes before `b` in the report's order: by field (as [`crate::report`] orders
/// paths: the whole ad first, indexes as numbers), then by span start (none = 0).
fn before(a: &wire::Diagnostic, b: &wire::Diagnostic) -> bool {
    let start = |d: &wire::Diagnostic| d.span.map_or(0, |s| s.start);
    crate::report::compare_paths(a.field, b.field).then(start(a).cmp(&start(b))).is_lt()
}

/// A stable merge sort by [`before`] (bottom-up, O(n log n)): a few lines instead of an
/// instance of the standard library's sort for this type.
fn sorted<'a>(diags: Vec<wire::Diagnostic<'a>>) -> Vec<wire::Diagnostic<'a>> {
    let mut runs: Vec<Vec<wire::Diagnostic<'a>>> = Vec::with_capacity(diags.len());
    for d in diags {
        runs.push(vec![d]);
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        let mut pairs = runs.into_iter();
        while let Some(first) = pairs.next() {
            let Some(second) = pairs.next() else {
                merged.push(first);
                break;
            };
            let mut out = Vec::with_capacity(first.len() + second.len());
            let mut second = second.into_iter().peekable();
            for d in first {
                while let Some(earlier) = second.next_if(|e| before(e, &d)) {
                    out.push(earlier);
                }
                out.push(d);
            }
            out.extend(second);
            merged.push(out);
        }
        runs = merged;
    }
    runs.pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn merged_findings_are_sorted_stably_like_a_stable_sort() {
        let fields = [None, Some("contacts.10.email"), Some("contacts.2.email"), Some("position.title.fi"), Some("position")];
        let starts = [None, Some(0), Some(3), Some(12)];
        let names: Vec<String> = (0..40).map(|n| format!("r{n}")).collect();
        // Lists of every length up to 40 from a small generator, with many ties.
        let mut seed = 7u32;
        for len in 0..40 {
            let list: Vec<wire::Diagnostic> = (0..len)
                .map(|n| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    let r = (seed >> 16) as usize;
                    wire::Diagnostic {
                        rule: &names[n],
                        severity: Severity::Info,
                        field: fields[r % fields.len()],
                        span: starts[(r / 7) % starts.len()].map(|start| Utf16Span { start, end: start + 1 }),
                        message: "",
                        suggestion: None,
                        reference: None,
                        explain: None,
                    }
                })
                .collect();
            let mut expected = list.clone();
            expected.sort_by(|a, b| {
                let start = |d: &wire::Diagnostic| d.span.map_or(0, |s| s.start);
                crate::report::compare_paths(a.field, b.field).then(start(a).cmp(&start(b)))
            });
            let got: Vec<&str> = sorted(list).into_iter().map(|d| d.rule).collect();
            assert_eq!(got, expected.into_iter().map(|d| d.rule).collect::<Vec<_>>(), "length {len}");
        }
    }
}
