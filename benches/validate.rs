//! Native benchmarks (criterion): `validate` on realistic ads, `validate_text` on 100 KB and
//! 1 MB, and adversarial inputs. Run with `scripts/bench.sh` or `cargo bench --bench validate`
//! (criterion's options follow `--`, e.g. `cargo bench --bench validate -- validate_text`).
//!
//! The ads are `bench/ads.json`, shared with the WebAssembly benchmark (`bench/wasm.mjs`).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
    use serde_json::Value;
    use tmt_validator::{validate, validate_text, DateTime, JobAd, Options};

    const ADS: &str = include_str!("../bench/ads.json");

    fn options() -> Options {
        let mut o = Options::default();
        o.now = DateTime::parse("2026-11-25T12:00:00", false).ok();
        o
    }

    fn ads() -> Value {
        serde_json::from_str(ADS).expect("bench/ads.json")
    }

    /// The long ad's Finnish description repeated to `len` bytes (cut on a char boundary).
    fn text_of_size(len: usize) -> String {
        let ads = ads();
        let base = ads["long"]["position"]["jobDescription"]["fi"].as_str().expect("a description");
        let mut s = String::with_capacity(len + base.len());
        while s.len() < len {
            s.push_str(base);
            s.push_str("\n\n");
        }
        let mut cut = len;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s
    }

    fn repeat_to(pattern: &str, len: usize) -> String {
        let mut s = pattern.repeat(len / pattern.len());
        s.extend(pattern.chars().take_while(|_| s.len() < len).collect::<Vec<_>>());
        s
    }

    fn ads_bench(c: &mut Criterion) {
        let ads = ads();
        let options = options();
        let mut group = c.benchmark_group("validate");
        for name in ["short", "typical", "long"] {
            let json = ads[name].to_string();
            let ad = JobAd::from_json_str(&json).expect("an ad");
            group.throughput(Throughput::Bytes(json.len() as u64));
            group.bench_with_input(BenchmarkId::new("ad", name), &ad, |b, ad| b.iter(|| validate(black_box(ad), &options)));
            group.bench_with_input(BenchmarkId::new("json+ad", name), &json, |b, json| {
                b.iter(|| validate(&JobAd::from_json_str(black_box(json)).expect("an ad"), &options))
            });
        }
        group.finish();
    }

    fn text_bench(c: &mut Criterion) {
        let options = options();
        let mut group = c.benchmark_group("validate_text");
        for (name, len) in [("100KB", 100_000), ("1MB", 1_000_000)] {
            let text = text_of_size(len);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new("text", name), &text, |b, t| b.iter(|| validate_text(black_box(t), &options)));
        }
        group.finish();
    }

    fn adversarial_bench(c: &mut Criterion) {
        let options = options();
        let mut group = c.benchmark_group("adversarial");
        let texts = [
            ("near-matches 1MB", repeat_to("ikä 20– alle 3-vuotia yli -v 25 – år aged 1 under x 18-30-vuotia ", 1_000_000)),
            ("age findings 1MB", repeat_to("Haemme 20–30-vuotiasta, alle 30-vuotias, ikä 20–40 v. ", 1_000_000)),
            ("one character 1MB", "a".repeat(1_000_000)),
            ("digits and dashes 1MB", repeat_to("1-2–3—4 5-6 -7- 89-", 1_000_000)),
        ];
        for (name, text) in &texts {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new("text", name), text, |b, t| b.iter(|| validate_text(black_box(t), &options)));
        }
        let nested = [
            ("nested arrays 1MB", format!("{}{}", "[".repeat(500_000), "]".repeat(500_000))),
            ("nested objects 1MB", {
                let depth = 1_000_000 / 6;
                format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
            }),
        ];
        for (name, json) in &nested {
            group.throughput(Throughput::Bytes(json.len() as u64));
            group.bench_with_input(BenchmarkId::new("json", name), json, |b, j| b.iter(|| JobAd::from_json_str(black_box(j)).is_err()));
        }
        group.finish();
    }

    criterion_group! {
        name = benches;
        // Short runs: the machines that run these are shared. Override on the command line
        // (`-- --measurement-time 10`) for steadier figures.
        config = Criterion::default().warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2)).sample_size(20);
        targets = ads_bench, text_bench, adversarial_bench
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::benches();
    criterion::Criterion::default().configure_from_args().final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
