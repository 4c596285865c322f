//! One run of the engine for a profiler: `validate_text` on the long ad's description repeated
//! to about 100 KB, and `validate` on the typical ad (bench/ads.json), N times (default 1);
//! a second argument `text` or `ad` runs only that one, and `corpus` runs `validate_text` on
//! the labelled corpus's texts joined to about 100 KB (varied wording, many findings).
//!
//! Instruction counts do not depend on the machine's load, so they compare two versions of a
//! hot path fairly on a shared machine:
//!
//! ```sh
//! cargo build --profile cli --example profile
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out target/cli/examples/profile
//! callgrind_annotate /tmp/cg.out | head -40
//! ```

use tmt_validator::{validate, validate_text, JobAd, Options};

const ADS: &str = include_str!("../bench/ads.json");

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let ads: serde_json::Value = serde_json::from_str(ADS).expect("bench/ads.json");
    let base = ads["long"]["position"]["jobDescription"]["fi"].as_str().expect("long ad's description").to_owned() + "\n\n";
    let text = base.repeat(100_000 / base.len() + 1);
    let typical = JobAd::from_json_value(&ads["typical"]).expect("typical ad");
    let options = Options::default();
    let only = std::env::args().nth(2);
    if only.as_deref() == Some("corpus") {
        let corpus: String = [include_str!("../tests/corpus/negatives.tsv"), include_str!("../tests/corpus/positives.tsv")]
            .iter()
            .flat_map(|src| src.lines())
            .filter_map(|l| l.splitn(3, '\t').nth(2))
            .flat_map(|l| [l, "\n"])
            .collect();
        let text = corpus.repeat(100_000 / corpus.len().max(1) + 1);
        let findings: usize = (0..n).map(|_| validate_text(&text, &options).diagnostics.len()).sum();
        println!("{findings} findings");
        return;
    }
    let (texts, ads) = (only.as_deref() != Some("ad"), only.as_deref() != Some("text"));
    let mut findings = 0;
    for _ in 0..n {
        if texts {
            findings += validate_text(&text, &options).diagnostics.len();
        }
        if ads {
            findings += validate(&typical, &options).diagnostics.len();
        }
    }
    println!("{findings} findings");
}
