//! The accuracy of the content and format checks on labelled corpora: recall per rule and per
//! language, and false positives (`fp_error`, `fp_any`) per language, for each corpus and split.
//! Run through `scripts/accuracy.sh` (see its header); `--help` lists the flags.
//!
//! Corpora are JSONL in the format of `../shared/eval-dev/README.md` (`id`, `lang`, `title`,
//! `text`, `expected`, `tolerate`, and here also `split`: `tune` or `heldout`), or the project's
//! own TSV corpus (`tests/corpus/*.tsv`: `lang<TAB>ids<TAB>text`). Scoring is exactly that of
//! `../shared/eval-dev/score.mjs`: the title and the text joined by a blank line are checked with
//! `validate_text` (message language = the text's language, no field); `info` findings count
//! neither way; a tolerated rule's warnings are ignored; a text with expected findings is caught
//! when it gets any error or warning, and each expected entry counts on its own when a finding
//! of that rule (or an alternative, `a|b`) is there; of the clean texts, `fp_error` is the share
//! with an error and `fp_any` the share with an error or warning.

use std::collections::BTreeMap;
use std::process::ExitCode;

use serde_json::Value;
use tmt_validator::{validate_text, Lang, Options, Severity};

struct Case {
    id: String,
    lang: String,
    split: String,
    text: String,
    expected: Vec<String>,
    tolerate: Vec<String>,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    pos: usize,
    caught: usize,
    labels: usize,
    label_hits: usize,
    neg: usize,
    err: usize,
    any: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        ratio(self.caught, self.pos)
    }
    fn fp_error(&self) -> f64 {
        ratio(self.err, self.neg)
    }
    fn fp_any(&self) -> f64 {
        ratio(self.any, self.neg)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "n/a".into()
    } else {
        format!("{:.1}%", 100.0 * a as f64 / b as f64)
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array).map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

/// Loads a corpus: JSONL (eval-dev format) or the project's TSV.
fn load(path: &str) -> Result<Vec<Case>, String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut cases = Vec::new();
    if path.ends_with(".tsv") {
        for (i, line) in src.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.splitn(3, '\t').collect();
            let [lang, ids, text] = cols.as_slice() else { return Err(format!("{path}:{}: expected 3 columns", i + 1)) };
            let short = |s: &str| -> String {
                match s {
                    "photo" => "photo_request",
                    "fee" => "fee_from_applicant",
                    "commission" => "commission_only",
                    "mlm" => "mlm_scheme",
                    "adtype" => "forbidden_ad_type",
                    other => return format!("discrimination.{other}"),
                }
                .into()
            };
            let expected = if *ids == "-" { Vec::new() } else { ids.split(',').map(short).collect() };
            cases.push(Case {
                id: format!("{}:{}", path.rsplit('/').next().unwrap_or(path), i + 1),
                lang: (*lang).into(),
                split: "all".into(),
                text: (*text).into(),
                expected,
                tolerate: Vec::new(),
            });
        }
        return Ok(cases);
    }
    for (i, line) in src.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        // As score.mjs: [title, text].filter(Boolean).join('\n\n')
        let text = [s("title"), s("text")].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n\n");
        let split = v.get("split").and_then(Value::as_str).unwrap_or("all").to_owned();
        cases.push(Case {
            id: s("id"),
            lang: s("lang"),
            split,
            text,
            expected: strings(v.get("expected")),
            tolerate: strings(v.get("tolerate")),
        });
    }
    Ok(cases)
}

/// A label's rule-id prefix (as score.mjs's `ruleOf`).
fn rule_of(label: &str) -> String {
    if label == "formatting" {
        "format.".into()
    } else if label.starts_with("content.") || label.starts_with("field.") || label.starts_with("format.") {
        label.into()
    } else {
        format!("content.{label}")
    }
}

struct Found {
    rule: &'static str,
    severity: Severity,
    excerpt: String,
    explain: Option<String>,
}

fn check(case: &Case, explain: bool) -> Vec<Found> {
    let mut options = Options::default();
    options.lang = Lang::parse(&case.lang).unwrap_or_default();
    options.explain = explain;
    let tolerated: Vec<String> = case.tolerate.iter().map(|t| rule_of(t)).collect();
    validate_text(&case.text, &options)
        .diagnostics
        .into_iter()
        .filter(|d| (d.rule.starts_with("content.") || d.rule.starts_with("format.")) && d.severity != Severity::Info)
        .filter(|d| !(d.severity == Severity::Warning && tolerated.iter().any(|t| d.rule.starts_with(t.as_str()))))
        .map(|d| Found {
            rule: d.rule,
            severity: d.severity,
            excerpt: d.span.map(|s| case.text[s.start..s.end].to_owned()).unwrap_or_default(),
            explain: d.explain,
        })
        .collect()
}

/// A group's figures: per language, and per expected rule (label-level recall).
#[derive(Default)]
struct Group {
    per_lang: BTreeMap<String, Tally>,
    /// rule label -> lang -> (hits, labels)
    per_rule: BTreeMap<String, BTreeMap<String, (usize, usize)>>,
    lines: Vec<String>,
}

fn score(cases: &[&Case], explain: bool) -> Group {
    let mut g = Group::default();
    for case in cases {
        let found = check(case, explain);
        let t = g.per_lang.entry(case.lang.clone()).or_default();
        let show = |f: &Found| {
            let sev = if f.severity == Severity::Error { "error" } else { "warning" };
            let mut s = format!("{}:{sev} \"{}\"", f.rule, f.excerpt.replace('\n', " "));
            if let Some(why) = &f.explain {
                s.push_str(&format!(" [{why}]"));
            }
            s
        };
        if case.expected.is_empty() {
            t.neg += 1;
            if found.iter().any(|f| f.severity == Severity::Error) {
                t.err += 1;
            }
            if !found.is_empty() {
                t.any += 1;
                g.lines.push(format!(
                    "FALSE POSITIVE {} [{}] {}",
                    case.id,
                    case.lang,
                    found.iter().map(show).collect::<Vec<_>>().join("; ")
                ));
            }
            continue;
        }
        t.pos += 1;
        if !found.is_empty() {
            t.caught += 1;
        }
        for label in &case.expected {
            let alts: Vec<String> = label.split('|').map(rule_of).collect();
            let hit = found.iter().any(|f| alts.iter().any(|a| f.rule.starts_with(a.as_str())));
            t.labels += 1;
            if hit {
                t.label_hits += 1;
            }
            let e = g.per_rule.entry(label.clone()).or_default().entry(case.lang.clone()).or_default();
            e.1 += 1;
            if hit {
                e.0 += 1;
            } else {
                let start: String = case.text.chars().take(110).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
                let got = if found.is_empty() { "nothing".to_owned() } else { found.iter().map(show).collect::<Vec<_>>().join("; ") };
                g.lines.push(format!("MISS {} [{}] want {label}, got {got}: {start}", case.id, case.lang));
            }
        }
    }
    g
}

/// Floors: `{"<group>": {"<lang>": {"recall": min, "fp_error": max, "fp_any": max}}}`.
fn check_floors(name: &str, g: &Group, floors: &Value, failures: &mut Vec<String>) {
    let Some(langs) = floors.get(name).and_then(Value::as_object) else { return };
    for (lang, f) in langs {
        let Some(t) = g.per_lang.get(lang) else {
            failures.push(format!("{name} {lang}: no texts"));
            continue;
        };
        let get = |k: &str| f.get(k).and_then(Value::as_f64);
        if let Some(min) = get("recall") {
            // (no positives: NaN, which fails the floor)
            if t.recall().is_nan() || t.recall() < min {
                failures.push(format!("{name} {lang}: recall {:.3} < floor {min}", t.recall()));
            }
        }
        if let Some(max) = get("fp_error") {
            if t.fp_error() > max {
                failures.push(format!("{name} {lang}: fp_error {:.3} > ceiling {max}", t.fp_error()));
            }
        }
        if let Some(max) = get("fp_any") {
            if t.fp_any() > max {
                failures.push(format!("{name} {lang}: fp_any {:.3} > ceiling {max}", t.fp_any()));
            }
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("usage: accuracy [--misses] [--explain] [--rules] [--only SPLIT] [--floors FILE] CORPUS...");
        return ExitCode::SUCCESS;
    }
    let misses = args.iter().any(|a| a == "--misses");
    let explain = args.iter().any(|a| a == "--explain");
    let per_rule = args.iter().any(|a| a == "--rules");
    let value_of = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let floors_path = value_of("--floors");
    let only = value_of("--only");
    let skip: Vec<&String> = [floors_path.as_ref(), only.as_ref()].into_iter().flatten().collect();
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--") && !skip.contains(a)).collect();
    let floors: Value = match &floors_path {
        Some(p) => {
            match std::fs::read_to_string(p).map_err(|e| e.to_string()).and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string())) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("accuracy: {p}: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        None => Value::Null,
    };
    let mut failures = Vec::new();
    for file in files {
        let cases = match load(file) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("accuracy: {e}");
                return ExitCode::from(2);
            }
        };
        let corpus = file.rsplit('/').next().unwrap_or(file).trim_end_matches(".jsonl").trim_end_matches(".tsv");
        let mut splits: Vec<&str> = cases.iter().map(|c| c.split.as_str()).collect();
        splits.sort_unstable();
        splits.dedup();
        for split in splits {
            if only.as_deref().is_some_and(|o| o != split) {
                continue;
            }
            let subset: Vec<&Case> = cases.iter().filter(|c| c.split == split).collect();
            let name = if split == "all" { corpus.to_owned() } else { format!("{corpus}/{split}") };
            let g = score(&subset, explain);
            println!("== {name} ({} texts)", subset.len());
            for (lang, t) in &g.per_lang {
                println!(
                    "  {lang}: recall {} ({}/{}; per label {}), fp_error {}, fp_any {} ({} clean)",
                    pct(t.caught, t.pos),
                    t.caught,
                    t.pos,
                    pct(t.label_hits, t.labels),
                    pct(t.err, t.neg),
                    pct(t.any, t.neg),
                    t.neg
                );
            }
            if per_rule {
                for (rule, langs) in &g.per_rule {
                    let cells: Vec<String> = langs.iter().map(|(l, (h, n))| format!("{l} {h}/{n}")).collect();
                    println!("    {rule}: {}", cells.join(", "));
                }
            }
            // The held-out split is for measuring: its misses are listed only when asked for.
            if misses && (split != "heldout" || only.as_deref() == Some("heldout")) {
                for line in &g.lines {
                    println!("  {line}");
                }
            }
            check_floors(&name, &g, &floors, &mut failures);
        }
    }
    if floors_path.is_some() {
        if failures.is_empty() {
            println!("accuracy floors: all met");
        } else {
            for f in &failures {
                println!("accuracy floor missed: {f}");
            }
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
