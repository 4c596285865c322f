//! `validate` on a JSON ad: any bytes, read the way the wasm binding reads `JSON.stringify` output.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tmt_validator::{validate, wire, DateTime, JobAd, Options};

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The JSON text path (the CLI's), and the JS path (lone surrogates repaired first).
    let direct = JobAd::from_json_str(text);
    let Ok(value) = serde_json::from_str::<Value>(&wire::repair_lone_surrogates(text.to_owned())) else { return };
    let Ok(ad) = JobAd::from_json_value(&value) else {
        assert!(!value.is_object());
        return;
    };
    if let Ok(direct) = direct {
        assert_eq!(direct, ad, "the text and value paths read the same ad");
    }
    let mut options = Options::default();
    options.now = DateTime::parse("2026-11-25T12:00:00", false).ok();
    let report = validate(&ad, &options);
    check::report(&report, &|field| wire::text_at(&value, field?).map(str::to_owned));
});
