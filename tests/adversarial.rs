//! Adversarial inputs run in linear time: 1 MB of near-matches, of one repeated character, of
//! digits and dashes, of many small values, and deeply nested JSON.
//!
//! Tests run unoptimised and on shared machines, so instead of absolute times each input is
//! timed at 100 KB and at 1 MB (best of three runs each) and the 1 MB run may take at most
//! `RATIO` (30) times as long, plus a small constant. Linear code takes about 10 times as long;
//! quadratic code about 100 times. A run that hangs fails after a generous timeout.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use tmt_validator::{validate, validate_text, DateTime, JobAd, Options};

const SMALL: usize = 100_000;
const LARGE: usize = 1_000_000;
/// How many times longer the 10 times larger input may take.
const RATIO: u32 = 30;
/// Slack for timer and scheduler noise.
const SLACK: Duration = Duration::from_millis(100);
/// Timings are taken one test at a time: tests running side by side would time each other.
static TIMING: Mutex<()> = Mutex::new(());

fn options() -> Options {
    let mut o = Options::default();
    o.now = DateTime::parse("2026-11-25T12:00:00", false).ok();
    o
}

/// `pattern` repeated to exactly `len` bytes or less (never splitting a character).
fn repeat_to(pattern: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + pattern.len());
    while s.len() + pattern.len() <= len {
        s.push_str(pattern);
    }
    for c in pattern.chars() {
        if s.len() + c.len_utf8() > len {
            break;
        }
        s.push(c);
    }
    s
}

/// Whole copies of `pattern`, at most `len` bytes in all (for JSON, which must not be cut).
fn repeat_whole(pattern: &str, len: usize) -> String {
    pattern.repeat(len / pattern.len())
}

/// Times `run` on the small and the large input, alternately, three rounds, on a thread (so
/// that a hang fails instead of blocking), and asserts that the best large time is within
/// `RATIO` times the best small time. Alternating means that load from other processes hits
/// both sizes alike.
fn assert_linear(name: &str, make: impl Fn(usize) -> String, run: fn(&str)) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let (small_input, large_input) = (make(SMALL), make(LARGE));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for _ in 0..3 {
            for input in [&small_input, &large_input] {
                let start = Instant::now();
                run(input);
                if tx.send(start.elapsed()).is_err() {
                    return;
                }
            }
        }
    });
    let (mut small, mut large) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        let took = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| panic!("{name}: 100 KB took over a minute"));
        small = small.min(took);
        let timeout = (small * RATIO + SLACK) * 2 + Duration::from_secs(5);
        let took = rx.recv_timeout(timeout).unwrap_or_else(|_| panic!("{name}: 1 MB took over {timeout:?} (100 KB: {small:?})"));
        large = large.min(took);
    }
    let allowed = small * RATIO + SLACK;
    eprintln!("{name}: 100 KB {small:?}, 1 MB {large:?} (allowed {allowed:?})");
    assert!(large <= allowed, "{name}: 1 MB took {large:?}, 100 KB took {small:?}: not linear (allowed {allowed:?})");
}

fn text_rules(text: &str) {
    let report = validate_text(text, &options());
    assert_eq!(report.counts.error + report.counts.warning + report.counts.info, report.diagnostics.len());
}

fn whole_ad(text: &str) {
    let json = serde_json::json!({
        "languages": ["fi"],
        "position": { "title": { "fi": "Myyjä" }, "jobDescription": { "fi": text } },
    });
    let ad = JobAd::from_json_value(&json).expect("an object");
    let report = validate(&ad, &options());
    assert_eq!(report.counts.error + report.counts.warning + report.counts.info, report.diagnostics.len());
}

fn json_ad(json: &str) {
    let ad = JobAd::from_json_str(json).expect("valid JSON");
    let report = validate(&ad, &options());
    assert_eq!(report.counts.error + report.counts.warning + report.counts.info, report.diagnostics.len());
}

/// Texts that look almost like what the rules look for, and texts that look like nothing.
const TEXT_PATTERNS: &[(&str, &str)] = &[
    ("near-matches", "ikä 20– alle 3-vuotia yli -v 25 – år aged 1 under x 18-30-vuotia "),
    ("age findings", "Haemme 20–30-vuotiasta, alle 30-vuotias, ikä 20–40 v. "),
    // one clause of thousands of mentions and stance cues (no full stop): every mention reads
    // its clause only so far, and a negation is looked for only so far back
    ("a clause of mentions", "Must be a young woman without children and vi söker en ung tjej utan barn och etsimme naista ja "),
    ("a clause of sums paid", "Applicants pay 5 € and hakijoilta perittiin 300 euroa och "),
    ("a clause of fees and residences", "registration fee charged and om du bor i Stockholm och "),
    (
        "a clause of mentions, negations and welcomes",
        "vi söker en kvinna under 30 år, ingen erfarenhet krävs och uppmuntrar dig att söka, looking for a nurse under 35, no experience required and encourage you to apply ",
    ),
    ("digits and dashes", "1-2–3—4 5-6 -7- 89-"),
    ("digits", "1"),
    ("dashes", "-"),
    ("spaces", " "),
    ("letter", "a"),
    ("ä", "ä"),
    ("emoji", "😀"),
    ("NUL", "\0"),
    (
        "numbers before a long word",
        "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 vuotiaaaaaaaaaaaaaaaaaaaaa",
    ),
];

#[test]
fn content_rules_run_in_linear_time() {
    for (name, pattern) in TEXT_PATTERNS {
        assert_linear(name, |len| repeat_to(pattern, len), text_rules);
    }
}

#[test]
fn whole_ads_with_adversarial_texts_run_in_linear_time() {
    for (name, pattern) in &TEXT_PATTERNS[..3] {
        assert_linear(name, |len| repeat_to(pattern, len), whole_ad);
    }
}

#[test]
fn a_word_as_long_as_the_text_is_linear() {
    assert_linear("one long word then a number", |len| format!("{}1-2 v", "a".repeat(len.saturating_sub(5))), text_rules);
    assert_linear("a number then one long word", |len| format!("1-2 {}", "v".repeat(len.saturating_sub(4))), text_rules);
}

#[test]
fn ads_with_many_values_run_in_linear_time() {
    // Thousands of contacts with wrong types, and long lists of languages: many diagnostics to sort.
    let many = |len: usize| {
        let item = r#"{"email":7,"firstName":["x"],"telephone":"+358 40 123"},"#;
        let items = repeat_whole(item, len.saturating_sub(100));
        format!(r#"{{"languages":["fi"],"contacts":[{}null]}}"#, items)
    };
    assert_linear("many contacts", many, json_ad);
    let langs = |len: usize| format!(r#"{{"languages":[{}"fi"]}}"#, repeat_whole(r#""fi",7,null,"xx","#, len.saturating_sub(40)));
    assert_linear("many languages", langs, json_ad);
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    for (open, close) in [("[", "]"), (r#"{"a":"#, "}"), (r#"{"position":"#, "}")] {
        let depth = LARGE / open.len();
        let json = format!("{}{}", open.repeat(depth), close.repeat(depth));
        let start = Instant::now();
        assert!(JobAd::from_json_str(&json).is_err(), "{open}: nesting {depth} deep must be refused");
        assert!(start.elapsed() < Duration::from_secs(20), "{open}: took {:?}", start.elapsed());
    }
    // Nesting inside a text field, within serde_json's limit: read, reported, not crashed.
    let nested = format!(r#"{{"position":{{"title":{{"fi":{}1{}}}}}}}"#, "[".repeat(100), "]".repeat(100));
    let ad = JobAd::from_json_str(&nested).expect("100 levels are within the limit");
    let report = validate(&ad, &options());
    assert!(report.diagnostics.iter().any(|d| d.field.as_deref() == Some("position.title.fi") && d.rule == "field.type"));
}
