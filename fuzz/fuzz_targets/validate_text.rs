//! `validate_text` on any text, with options chosen by the first byte.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tmt_validator::{validate_text, ContentType, DateTime, Lang, Options};

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_first().map_or((0, data), |(h, r)| (*h, r));
    let text = String::from_utf8_lossy(rest);
    let mut options = Options::default();
    options.now = DateTime::parse("2026-11-25T12:00:00", false).ok();
    options.lang = [Lang::Fi, Lang::Sv, Lang::En][usize::from(head % 3)];
    options.content_type = Some(if head & 4 != 0 { ContentType::Markdown } else { ContentType::Plain });
    options.field =
        (head & 8 != 0).then(|| ["position.jobDescription.fi", "position.title.sv", "x.en"][usize::from(head >> 4) % 3].to_owned());
    if head & 0x80 != 0 {
        // Allow phrases taken from the text itself, so that they sometimes cover findings.
        options.allow = text.split(['.', ',']).take(3).map(str::to_owned).collect();
    }
    let report = validate_text(&text, &options);
    let field = options.field.clone();
    check::report(&report, &|f| (f.map(str::to_owned) == field).then(|| text.to_string()));
});
