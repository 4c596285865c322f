// Checks shared by the fuzz targets: the Report invariants and sound spans, in bytes and UTF-16.

use tmt_validator::{wire, Report, Severity};

pub fn report(report: &Report, text_of: &dyn Fn(Option<&str>) -> Option<String>) {
    let count = |s: Severity| report.diagnostics.iter().filter(|d| d.severity == s).count();
    assert_eq!(report.counts.error, count(Severity::Error));
    assert_eq!(report.counts.warning, count(Severity::Warning));
    assert_eq!(report.counts.info, count(Severity::Info));
    assert_eq!(report.ok, report.counts.error == 0);
    let texts: Vec<(Option<String>, Option<String>)> =
        report.diagnostics.iter().map(|d| (d.field.clone(), text_of(d.field.as_deref()))).collect();
    let lookup = |field: Option<&str>| texts.iter().find(|(f, _)| f.as_deref() == field).and_then(|(_, t)| t.as_deref());
    for d in &report.diagnostics {
        assert!(!d.message.is_empty());
        if let Some(span) = d.span {
            let text = lookup(d.field.as_deref()).expect("a span points into a text");
            assert!(span.start <= span.end && span.end <= text.len(), "{} {:?} in {} bytes", d.rule, span, text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{} {:?}", d.rule, span);
        }
    }
    let wired = wire::report(report, lookup);
    for (w, d) in wired.diagnostics.iter().zip(&report.diagnostics) {
        if let (Some(u), Some(b)) = (w.span, d.span) {
            let text = lookup(d.field.as_deref()).unwrap_or_default();
            let units: Vec<u16> = text.encode_utf16().collect();
            assert!(u.start <= u.end && u.end <= units.len());
            assert_eq!(String::from_utf16(&units[u.start..u.end]).ok().as_deref(), Some(&text[b.start..b.end]));
        }
    }
}
