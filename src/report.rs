//! The Report: what `validate` returns.
//!
//! In Rust, spans are **byte offsets** into the field's text ([`Span`]). JavaScript and JSON
//! consumers see UTF-16 code units instead: the conversion happens once, at the boundary, in
//! [`crate::wire`].

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use crate::rule::parse_u64;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The import would reject it, or the law forbids it.
    Error,
    /// The guidance asks otherwise, or it may be justified.
    Warning,
    /// A tip.
    Info,
}

impl Severity {
    /// The name used in JSON and options: `error`, `warning`, `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A half-open byte range `start..end` into one field's text, always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from a byte range.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable dotted rule id, e.g. `field.required`, `content.discrimination.age`.
    pub rule: &'static str,
    /// Severity after the options' overrides.
    pub severity: Severity,
    /// Dotted path into the ad, e.g. `position.jobDescription.fi`; `None` = the whole ad.
    pub field: Option<String>,
    /// Where in that field's text, in bytes; `None` when the finding is about the whole value.
    pub span: Option<Span>,
    /// The message in the requested language.
    pub message: String,
    /// Replacement text for the span, when one fits.
    pub suggestion: Option<String>,
    /// Law or guideline reference, with a URL where one exists.
    pub reference: Option<&'static str>,
    /// Why the finding was made (which mention, which stance), only with `Options::explain`.
    pub explain: Option<String>,
}

/// Number of findings per severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Counts {
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Tips.
    pub info: usize,
}

/// The result of a validation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// True when there is no diagnostic of severity error.
    pub ok: bool,
    /// Findings per severity.
    pub counts: Counts,
    /// Findings, sorted by field (numeric path parts numerically, the whole ad first), then span.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Builds a report: sorts the findings and derives `ok` and `counts` from them.
    pub fn new(diagnostics: Vec<Diagnostic>) -> Report {
        let diagnostics = sorted(diagnostics);
        let mut counts = Counts::default();
        for d in &diagnostics {
            match d.severity {
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        Report { ok: counts.error == 0, counts, diagnostics }
    }

    /// The findings of one rule.
    pub fn of_rule<'a>(&'a self, rule: &'a str) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        self.diagnostics.iter().filter(move |d| d.rule == rule)
    }
}

/// The findings in [`compare`]'s order, stable: a bottom-up merge sort of their indexes
/// (O(n log n)), a few lines instead of an instance of the standard library's sort.
fn sorted(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let n = diagnostics.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let (mid, hi) = ((lo + width).min(n), (lo + 2 * width).min(n));
            let (mut i, mut j) = (lo, mid);
            // (`get`: no panicking paths in the wasm; every index is in range)
            let at = |k: usize| order.get(k).and_then(|&d| diagnostics.get(d));
            for slot in merged.get_mut(lo..hi).unwrap_or_default() {
                // From the right run only when strictly before the left one's next: stable.
                let right = j < hi && (i >= mid || at(j).zip(at(i)).is_some_and(|(r, l)| compare(r, l).is_lt()));
                let next = if right { &mut j } else { &mut i };
                *slot = order.get(*next).copied().unwrap_or_default();
                *next += 1;
            }
            lo = hi;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    let mut slots: Vec<Option<Diagnostic>> = diagnostics.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)).collect()
}

fn compare(a: &Diagnostic, b: &Diagnostic) -> Ordering {
    compare_paths(a.field.as_deref(), b.field.as_deref())
        .then_with(|| a.span.cmp(&b.span))
        .then_with(|| a.rule.cmp(b.rule))
        .then_with(|| a.severity.cmp(&b.severity))
}

/// Orders dotted paths part by part, numeric parts as numbers (`contacts.2` before `contacts.10`).
pub(crate) fn compare_paths(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => {
            let mut xs = a.split('.');
            let mut ys = b.split('.');
            loop {
                match (xs.next(), ys.next()) {
                    (None, None) => return Ordering::Equal,
                    (None, Some(_)) => return Ordering::Less,
                    (Some(_), None) => return Ordering::Greater,
                    (Some(x), Some(y)) => {
                        let ord = match (parse_u64(x, 10), parse_u64(y, 10)) {
                            (Some(i), Some(j)) => i.cmp(&j),
                            _ => x.cmp(y),
                        };
                        if ord != Ordering::Equal {
                            return ord;
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(field: Option<&str>, span: Option<(usize, usize)>, severity: Severity) -> Diagnostic {
        Diagnostic {
            rule: "field.required",
            severity,
            field: field.map(str::to_owned),
            span: span.map(|(s, e)| Span::new(s, e)),
            message: String::new(),
            suggestion: None,
            reference: None,
            explain: None,
        }
    }

    #[test]
    fn sorts_by_field_then_span_with_numeric_indexes() {
        let r = Report::new(vec![
            diag(Some("contacts.10.email"), None, Severity::Error),
            diag(Some("contacts.2.email"), None, Severity::Warning),
            diag(Some("position.title.fi"), Some((5, 7)), Severity::Info),
            diag(Some("position.title.fi"), Some((0, 3)), Severity::Info),
            diag(None, None, Severity::Warning),
        ]);
        let order: Vec<_> = r.diagnostics.iter().map(|d| (d.field.clone(), d.span.map(|s| s.start))).collect();
        assert_eq!(
            order,
            vec![
                (None, None),
                (Some("contacts.2.email".into()), None),
                (Some("contacts.10.email".into()), None),
                (Some("position.title.fi".into()), Some(0)),
                (Some("position.title.fi".into()), Some(5)),
            ]
        );
    }

    #[test]
    fn the_merge_sort_orders_like_the_standard_stable_sort() {
        let fields =
            [None, Some("a"), Some("contacts.2.email"), Some("contacts.10.email"), Some("position.title.fi"), Some("position.title")];
        let rules = ["field.required", "field.type", "format.emoji"];
        let severities = [Severity::Error, Severity::Warning, Severity::Info];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for len in (0..40).chain([100, 257, 1000]) {
            let all: Vec<Diagnostic> = (0..len)
                .map(|i| Diagnostic {
                    rule: rules[next(3)],
                    message: i.to_string(), // equal findings stay in this order
                    ..diag(fields[next(6)], (next(3) > 0).then(|| (next(4), next(4) + 4)), severities[next(3)])
                })
                .collect();
            let mut want = all.clone();
            want.sort_by(compare);
            assert_eq!(sorted(all), want, "{len}");
        }
    }

    #[test]
    fn ok_and_counts_follow_the_findings() {
        let clean = Report::new(vec![diag(None, None, Severity::Warning), diag(None, None, Severity::Info)]);
        assert!(clean.ok);
        assert_eq!(clean.counts, Counts { error: 0, warning: 1, info: 1 });
        let bad = Report::new(vec![diag(None, None, Severity::Error)]);
        assert!(!bad.ok);
        assert_eq!(bad.counts.error, 1);
        assert!(Report::new(vec![]).ok);
    }
}
