//! Quick timing of the engine on a typical ad (`cargo run --release --example bench`).
//!
//! Times `validate_text` on www/samples/clean-fi.json's job description repeated to about
//! 3 KB, 20 KB and 100 KB, the labelled corpus's texts (varied wording, few repeats) joined to
//! 3 KB and 100 KB, and `validate` on the whole sample ad; prints medians. The first argument
//! is the time budget per figure in milliseconds (default 1000).

use std::time::{Duration, Instant};

use tmt_validator::{validate, validate_text, JobAd, Options};

const SAMPLE: &str = include_str!("../www/samples/clean-fi.json");

fn median(mut f: impl FnMut(), budget: Duration) -> Duration {
    f();
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 5 || (start.elapsed() < budget && times.len() < 10_000) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let ad = JobAd::from_json_str(SAMPLE).expect("sample ad");
    let json: serde_json::Value = serde_json::from_str(SAMPLE).expect("sample json");
    let desc = json["position"]["jobDescription"]["fi"].as_str().expect("description");
    let options = Options::default();
    let budget = Duration::from_millis(std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1000));
    for size in [3_000usize, 20_000, 100_000] {
        let mut text = String::new();
        while text.len() < size {
            text.push_str(desc);
            text.push_str("\n\n");
        }
        let d = median(|| drop(std::hint::black_box(validate_text(&text, &options))), budget);
        let mbs = text.len() as f64 / d.as_secs_f64() / 1e6;
        println!("validate_text {:>7} B: {:>10.1} µs  {:>7.1} MB/s", text.len(), d.as_secs_f64() * 1e6, mbs);
    }
    let corpus: Vec<&str> = [include_str!("../tests/corpus/negatives.tsv"), include_str!("../tests/corpus/positives.tsv")]
        .iter()
        .flat_map(|src| src.lines())
        .filter_map(|l| l.splitn(3, '\t').nth(2))
        .collect();
    for size in [3_000usize, 100_000] {
        let mut text = String::new();
        for line in corpus.iter().cycle().take(100_000) {
            if text.len() >= size {
                break;
            }
            text.push_str(line);
            text.push('\n');
        }
        let d = median(|| drop(std::hint::black_box(validate_text(&text, &options))), budget);
        let mbs = text.len() as f64 / d.as_secs_f64() / 1e6;
        println!("corpus text   {:>7} B: {:>10.1} µs  {:>7.1} MB/s", text.len(), d.as_secs_f64() * 1e6, mbs);
    }
    let d = median(|| drop(std::hint::black_box(validate(&ad, &options))), budget);
    println!("validate (clean-fi.json ad):  {:>10.1} µs", d.as_secs_f64() * 1e6);
}
