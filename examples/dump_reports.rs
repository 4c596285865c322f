//! Prints every report (Debug form) for the corpus texts, the sample ads and the adversarial
//! texts, one per line: diff the output before and after an engine change to prove identical
//! results (`cargo run --release --example dump_reports > before.txt`).

use tmt_validator::{validate, validate_text, JobAd, Options};

fn main() {
    let base: Options = serde_json::from_str(r#"{"now":"2026-11-25T12:00:00"}"#).expect("options");
    let corpus = [include_str!("../tests/corpus/positives.tsv"), include_str!("../tests/corpus/negatives.tsv")];
    for src in corpus {
        for line in src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.splitn(3, '\t').collect();
            let (lang, text) = match cols.as_slice() {
                [lang, _, text] => (*lang, *text),
                _ => continue,
            };
            for field in [Some(format!("position.jobDescription.{lang}")), None] {
                let mut options = base.clone();
                options.field = field.clone();
                println!("{field:?} {text:?} => {:?}", validate_text(text, &options));
            }
        }
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
    let mut paths: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let json = std::fs::read_to_string(&path).unwrap_or_default();
        if let Ok(ad) = JobAd::from_json_str(&json) {
            println!("{} => {:?}", path.display(), validate(&ad, &base));
        }
    }
}
