//! The sample ads and the broken ads, natively (the same files go through the wasm package in
//! `tests/js/fields.test.mjs`).
//!
//! * `www/samples/clean-*.json`: complete, realistic ads that must give no diagnostic at all.
//! * `tests/ads/broken/<rule-id>.json`: one per field rule, each a clean ad with one thing
//!   broken, that must give findings of exactly that rule.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tmt_validator::{rules, validate, DateTime, JobAd, Lang, Options, Report, Scope};

const NOW: &str = "2026-11-25T12:00:00";

fn options() -> Options {
    let mut o = Options::default();
    o.now = Some(DateTime::parse(NOW, false).unwrap());
    o
}

fn run(path: &Path) -> Report {
    run_in(path, Lang::Fi)
}

fn run_in(path: &Path, lang: Lang) -> Report {
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ad = JobAd::from_json_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut o = options();
    o.lang = lang;
    validate(&ad, &o)
}

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    v.sort();
    v
}

fn describe(r: &Report) -> String {
    r.diagnostics.iter().map(|d| format!("{} {:?} {:?}: {}", d.rule, d.severity, d.field, d.message)).collect::<Vec<_>>().join("\n")
}

#[test]
fn sample_ads_are_clean() {
    // The clean samples only: www/samples/ also holds the demo's deliberately broken ads.
    let samples: Vec<_> =
        files("www/samples").into_iter().filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("clean-"))).collect();
    let names: Vec<String> = samples.iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    for want in ["clean-en", "clean-fi", "clean-fi-sv", "clean-sv"] {
        assert!(names.iter().any(|n| n == want), "www/samples/{want}.json exists (the demo loads it)");
    }
    for path in &samples {
        let r = run(path);
        assert!(r.diagnostics.is_empty(), "{} should be clean:\n{}", path.display(), describe(&r));
    }
}

#[test]
fn each_broken_ad_gives_exactly_its_rule() {
    let broken = files("tests/ads/broken");
    for path in &broken {
        let rule = path.file_stem().unwrap().to_string_lossy().into_owned();
        let r = run(path);
        let fired: BTreeSet<&str> = r.diagnostics.iter().map(|d| d.rule).collect();
        assert_eq!(fired, BTreeSet::from([rule.as_str()]), "{}:\n{}", path.display(), describe(&r));
        // The message in each language, filled (a placeholder without a value panics in tests).
        let messages: BTreeSet<String> =
            [Lang::Fi, Lang::Sv, Lang::En].into_iter().map(|l| run_in(path, l).diagnostics[0].message.clone()).collect();
        assert_eq!(messages.len(), 3, "{}: {messages:?}", path.display());
        assert!(messages.iter().all(|m| !m.contains('{')), "{}: {messages:?}", path.display());
    }
    // Every field rule has its broken ad.
    let covered: BTreeSet<String> = broken.iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    for info in rules().into_iter().filter(|i| i.scope == Scope::Ad) {
        assert!(covered.contains(info.id), "tests/ads/broken/{}.json is missing", info.id);
    }
}

/// The demo's "Syrjivä" (discriminatory) sample: every one of its problems is found, each by its
/// rule, with a warning or an error (issue 12).
#[test]
fn the_discriminatory_sample_gets_every_problem() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples/discriminatory.json");
    let report = run(&path);
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let text_of = |field: &str| -> String {
        let mut v = &json;
        for part in field.split('.') {
            v = &v[part];
        }
        v.as_str().unwrap_or("").to_owned()
    };
    let found: Vec<(String, &str)> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("content.") && d.severity != tmt_validator::Severity::Info)
        .map(|d| {
            let text = text_of(d.field.as_deref().unwrap_or(""));
            (d.span.map(|s| text[s.start..s.end].to_owned()).unwrap_or_default(), d.rule)
        })
        .collect();
    for (words, rule) in [
        ("Nuori", "content.discrimination.age"),
        ("myyjätyttö", "content.discrimination.gender"),
        ("20–30-vuotiasta", "content.discrimination.age"),
        ("terveeltä vaikuttavaa", "content.discrimination.health"),
        ("äidinkieli on suomi", "content.discrimination.language"),
        ("lapsia", "content.discrimination.family"),
        ("naiselle", "content.discrimination.gender"),
    ] {
        assert!(found.iter().any(|(x, r)| x.contains(words) && *r == rule), "{words} ({rule}) not found in {found:?}");
    }
}
