//! The labelled corpus (`tests/corpus/*.tsv`): precision and recall of the content rules per
//! category and language, through the public `validate_text`.
//!
//! Run with `cargo test --test corpus -- --nocapture` to see the table. Fails when recall of
//! any category (or overall) is below 90 %, or when more than 3 % of the negatives get a finding.

use std::collections::BTreeMap;

use tmt_validator::{validate_text, Options, Severity};

/// Short corpus names of the rules under test (the content rules of the text engine).
const RULES: &[(&str, &str)] = &[
    ("age", "content.discrimination.age"),
    ("gender", "content.discrimination.gender"),
    ("origin", "content.discrimination.origin"),
    ("language", "content.discrimination.language"),
    ("religion", "content.discrimination.religion"),
    ("health", "content.discrimination.health"),
    ("family", "content.discrimination.family"),
    ("sexual_orientation", "content.discrimination.sexual_orientation"),
    ("other", "content.discrimination.other"),
    ("photo", "content.photo_request"),
    ("fee", "content.fee_from_applicant"),
    ("commission", "content.commission_only"),
    ("mlm", "content.mlm_scheme"),
    ("adtype", "content.forbidden_ad_type"),
];

struct Case {
    lang: &'static str,
    expected: Vec<&'static str>,
    text: &'static str,
    source: &'static str,
}

fn load() -> Vec<Case> {
    let files = [("positives.tsv", include_str!("corpus/positives.tsv")), ("negatives.tsv", include_str!("corpus/negatives.tsv"))];
    let mut cases = Vec::new();
    for (name, src) in files {
        for (i, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.splitn(3, '\t').collect();
            assert_eq!(cols.len(), 3, "{name}:{}: expected lang, ids, text", i + 1);
            assert!(["fi", "sv", "en"].contains(&cols[0]), "{name}:{}: language {}", i + 1, cols[0]);
            let expected: Vec<&str> = if cols[1] == "-" { Vec::new() } else { cols[1].split(',').collect() };
            for id in &expected {
                assert!(RULES.iter().any(|(short, _)| short == id), "{name}:{}: unknown id {id}", i + 1);
            }
            cases.push(Case { lang: cols[0], expected, text: cols[2], source: name });
        }
    }
    cases
}

/// The short ids the engine reports for `text` in `lang`.
fn found(text: &str, lang: &str) -> Vec<&'static str> {
    let options: Options =
        serde_json::from_value(serde_json::json!({ "field": format!("position.jobDescription.{lang}"), "now": "2026-11-25T12:00:00" }))
            .expect("valid options");
    let report = validate_text(text, &options);
    // Tips (info) count neither way: style under the severity policy (DOMAIN.md), as in
    // ../shared/eval-dev/score.mjs.
    let mut ids: Vec<&'static str> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .filter_map(|d| RULES.iter().find(|(_, id)| *id == d.rule).map(|(short, _)| *short))
        .collect();
    ids.dedup();
    ids
}

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fn_: usize,
    fp: usize,
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "    –".to_owned()
    } else {
        format!("{:5.1}", 100.0 * n as f64 / d as f64)
    }
}

#[test]
fn corpus_precision_and_recall() {
    let cases = load();
    let positives = cases.iter().filter(|c| !c.expected.is_empty()).count();
    let negatives = cases.len() - positives;
    assert!(cases.len() >= 250 && negatives >= 100, "corpus too small: {} cases, {negatives} negatives", cases.len());

    let mut table: BTreeMap<(&str, &str), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut noisy_negatives = Vec::new();
    for case in &cases {
        let got = found(case.text, case.lang);
        for (short, _) in RULES {
            let want = case.expected.contains(short);
            let has = got.contains(short);
            let t = table.entry((short, case.lang)).or_default();
            match (want, has) {
                (true, true) => t.tp += 1,
                (true, false) => {
                    t.fn_ += 1;
                    misses.push(format!("  missed {short} [{}] {}", case.lang, case.text));
                }
                (false, true) => {
                    t.fp += 1;
                    misses.push(format!("  extra  {short} [{}] ({}) {}", case.lang, case.source, case.text));
                }
                (false, false) => {}
            }
        }
        if case.expected.is_empty() && !got.is_empty() {
            noisy_negatives.push(case.text);
        }
    }

    println!("\ncontent corpus: {} snippets ({positives} with findings expected, {negatives} hard negatives)", cases.len());
    println!("{:<20} {:>4} {:>5} {:>5} {:>5} {:>7} {:>7}", "category", "lang", "tp", "fn", "fp", "prec%", "recall%");
    let mut by_cat: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    for ((cat, lang), t) in &table {
        if t.tp + t.fn_ + t.fp > 0 {
            println!(
                "{cat:<20} {lang:>4} {:>5} {:>5} {:>5} {:>7} {:>7}",
                t.tp,
                t.fn_,
                t.fp,
                pct(t.tp, t.tp + t.fp),
                pct(t.tp, t.tp + t.fn_)
            );
        }
        let c = by_cat.entry(cat).or_default();
        c.tp += t.tp;
        c.fn_ += t.fn_;
        c.fp += t.fp;
        total.tp += t.tp;
        total.fn_ += t.fn_;
        total.fp += t.fp;
    }
    println!("{}", "-".repeat(58));
    for (cat, t) in &by_cat {
        println!(
            "{cat:<20} {:>4} {:>5} {:>5} {:>5} {:>7} {:>7}",
            "all",
            t.tp,
            t.fn_,
            t.fp,
            pct(t.tp, t.tp + t.fp),
            pct(t.tp, t.tp + t.fn_)
        );
    }
    println!(
        "{:<20} {:>4} {:>5} {:>5} {:>5} {:>7} {:>7}",
        "ALL",
        "all",
        total.tp,
        total.fn_,
        total.fp,
        pct(total.tp, total.tp + total.fp),
        pct(total.tp, total.tp + total.fn_)
    );
    println!("negatives with any finding: {} of {negatives} ({}%)", noisy_negatives.len(), pct(noisy_negatives.len(), negatives).trim());
    for m in &misses {
        println!("{m}");
    }

    let recall = |t: &Tally| t.tp as f64 / (t.tp + t.fn_).max(1) as f64;
    for (cat, t) in &by_cat {
        assert!(recall(t) >= 0.9, "recall of {cat} is {:.1} % (< 90 %)", 100.0 * recall(t));
    }
    assert!(recall(&total) >= 0.9, "overall recall {:.1} % (< 90 %)", 100.0 * recall(&total));
    let fp_rate = noisy_negatives.len() as f64 / negatives as f64;
    assert!(fp_rate <= 0.03, "{:.1} % of the negatives get a finding (> 3 %): {noisy_negatives:?}", 100.0 * fp_rate);
}
