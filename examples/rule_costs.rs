//! Where the time goes: each text rule's cost alone on a long text, and each rule's cost on the
//! typical benchmark ad (`cargo run --profile cli --example rule_costs`, or `--release` for the
//! size-optimised build that the .wasm uses).
//!
//! A rule's figure is the median time of a run with only that rule enabled, minus the run with
//! every rule disabled. The content rules share one analysis of the text (tokens and the word
//! index, built by whichever content rule runs first), so each content rule's figure includes
//! it; the line `content (shared analysis)` is the analysis alone, measured through the rule
//! that does the least on top of it. The first argument is the budget per figure in ms.

use std::time::{Duration, Instant};

use tmt_validator::{rules, validate, validate_text, JobAd, Options};

const ADS: &str = include_str!("../bench/ads.json");

fn median(mut f: impl FnMut(), budget: Duration) -> Duration {
    f();
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 5 || (start.elapsed() < budget && times.len() < 100_000) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn only(id: Option<&str>) -> Options {
    let disable = rules().iter().map(|r| r.id.to_owned()).filter(|r| Some(r.as_str()) != id).collect();
    let mut o = Options::default();
    o.disable = disable;
    o
}

fn with_now(o: &Options, now: Option<tmt_validator::DateTime>) -> Options {
    let mut o = o.clone();
    o.now = now;
    o
}

fn main() {
    let budget = Duration::from_millis(std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(300));
    let ads: serde_json::Value = serde_json::from_str(ADS).expect("bench/ads.json");
    let base = ads["long"]["position"]["jobDescription"]["fi"].as_str().expect("long ad's description").to_owned() + "\n\n";
    let text = base.repeat(100_000 / base.len() + 1);
    let typical = JobAd::from_json_value(&ads["typical"]).expect("typical ad");
    let now = Some(tmt_validator::DateTime::parse("2026-11-25T12:00:00", false).expect("now"));

    let text_time = |o: &Options| median(|| drop(std::hint::black_box(validate_text(&text, o))), budget);
    let ad_time = |o: &Options| median(|| drop(std::hint::black_box(validate(&typical, &with_now(o, now)))), budget);
    let (text_none, ad_none) = (text_time(&only(None)), ad_time(&only(None)));
    let all = Options::default();
    let (text_all, ad_all) = (text_time(&all), ad_time(&all));
    println!("{:<40} {:>14} {:>16}", "rule", format!("text {} KB", text.len() / 1000), "typical ad");
    println!("{:<40} {:>11.0} µs {:>13.1} µs", "(all rules)", text_all.as_secs_f64() * 1e6, ad_all.as_secs_f64() * 1e6);
    println!("{:<40} {:>11.0} µs {:>13.1} µs", "(none: fixed cost)", text_none.as_secs_f64() * 1e6, ad_none.as_secs_f64() * 1e6);
    let mut rows: Vec<(String, f64, f64)> = rules()
        .iter()
        .map(|r| {
            let o = only(Some(r.id));
            let t = text_time(&o).saturating_sub(text_none).as_secs_f64() * 1e6;
            let a = ad_time(&o).saturating_sub(ad_none).as_secs_f64() * 1e6;
            (r.id.to_owned(), t, a)
        })
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.2.total_cmp(&a.2)));
    for (id, t, a) in rows {
        println!("{id:<40} {t:>11.0} µs {a:>13.1} µs");
    }
}
