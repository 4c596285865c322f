//! Integration tests of the `tmt-validator` binary (built with the `cli` feature).
//!
//! Assertions name only `field.required`, `field.charset` and `content.discrimination.age`, and
//! compare reports with what the library itself returns for the same input (never with
//! hard-coded message texts), so that they hold while rules are added. The fixture ads in
//! `tests/cli/ads/` are complete, realistic ads (`ok.json` gives no finding at all), so that an
//! ad meant to show one problem shows exactly that one.
#![cfg(feature = "cli")]

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tmt_validator::{validate, validate_text, wire, JobAd, Options};

const FIXTURES: &str = "tests/cli/ads";
const NOW: &str = "2026-11-25T12:00:00";

fn cli() -> Command {
    let mut cmd = Command::cargo_bin("tmt-validator").unwrap();
    // A fixed clock, no config from the developer's directories, no colour from their terminal.
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("CLICOLOR");
    cmd
}

fn check(args: &[&str]) -> Command {
    let mut cmd = cli();
    cmd.arg("check").args(["--now", NOW, "--no-config"]).args(args);
    cmd
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn options() -> Options {
    let mut o = Options::default();
    o.now = Some(tmt_validator::DateTime::parse(NOW, false).unwrap());
    o
}

/// The library's wire report for an ad given as JSON: what the CLI must print in `report`.
fn library_report(ad: &Value) -> Value {
    let report = validate(&JobAd::from_json_value(ad).unwrap(), &options());
    serde_json::to_value(wire::report(&report, |f| wire::text_at(ad, f?))).unwrap()
}

fn ndjson_lines(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn rules_of(report: &Value) -> Vec<&str> {
    report["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap()).collect()
}

/// A complete ad, the clean `ok.json` (which must give no finding: `exit_status_0_1_2`), with
/// `text` as its Finnish job description and no external id, as one line of JSON. Whatever
/// such an ad gets comes from that text alone.
fn ad_with_description(text: &str) -> String {
    let mut ad: Value = serde_json::from_str(include_str!("cli/ads/ok.json")).unwrap();
    ad["position"]["jobDescription"]["fi"] = text.into();
    ad.as_object_mut().unwrap().remove("metadata");
    ad.to_string()
}

#[test]
fn ndjson_output_is_the_library_report_per_ad_and_a_bad_line_loses_nothing() {
    let path = fixture("batch.ndjson");
    let run = check(&["--format", "ndjson", "-j", "1", &path]).assert().code(1);
    let (out, err) = (run.get_output().stdout.clone(), String::from_utf8(run.get_output().stderr.clone()).unwrap());
    // stderr is not a terminal here: no progress bar, only the summary line.
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.contains("3 ads checked"), "{err:?}");
    check(&["--format", "ndjson", "-q", &path]).assert().code(1).stderr(predicate::str::is_empty());
    let lines = ndjson_lines(&out);
    let input: Vec<&str> = include_str!("cli/ads/batch.ndjson").lines().collect();
    assert_eq!(lines.len(), input.len(), "one entry per line, the malformed one included");
    for (i, (entry, line)) in lines.iter().zip(&input).enumerate() {
        assert_eq!(entry["source"], path.as_str());
        assert_eq!(entry["line"], i + 1);
        assert_eq!(entry["index"], i);
        match serde_json::from_str::<Value>(line) {
            Ok(ad) => {
                assert_eq!(entry["report"], library_report(&ad), "line {}", i + 1);
                assert_eq!(entry["error"], Value::Null);
                assert_eq!(entry["externalId"], ad["metadata"]["externalId"]);
            }
            Err(_) => {
                assert_eq!(entry["report"], Value::Null);
                assert!(entry["error"].as_str().unwrap().contains("JSON"), "{entry}");
            }
        }
    }
    // The ads around the malformed line 3 are still validated.
    assert_eq!(rules_of(&lines[0]["report"]), ["content.discrimination.age"]);
    assert_eq!(rules_of(&lines[3]["report"]), ["field.required"]);
}

#[test]
fn json_output_is_one_document_with_a_summary() {
    let out = check(&["--format", "json", &fixture("array.json")]).assert().code(1).get_output().stdout.clone();
    let doc: Value = serde_json::from_slice(&out).unwrap();
    let results = doc["results"].as_array().unwrap();
    let ads: Vec<Value> = serde_json::from_str(include_str!("cli/ads/array.json")).unwrap();
    assert_eq!(results.len(), ads.len());
    for (i, (entry, ad)) in results.iter().zip(&ads).enumerate() {
        assert_eq!(entry["index"], i);
        assert_eq!(entry["line"], Value::Null);
        if ad.is_object() {
            assert_eq!(entry["report"], library_report(ad));
        } else {
            assert!(entry["error"].as_str().unwrap().contains("object"), "{entry}");
        }
    }
    assert_eq!(results[2]["externalId"], 17);
    let summary = &doc["summary"];
    assert_eq!(summary["ads"], 2);
    assert_eq!(summary["unreadableRecords"], 1);
    let errors: u64 = results.iter().filter_map(|e| e["report"]["counts"]["error"].as_u64()).sum();
    assert_eq!(summary["errors"], errors);
}

#[test]
fn text_output_groups_by_ad_and_underlines_the_span() {
    let path = fixture("batch.ndjson");
    let ad: Value = serde_json::from_str(include_str!("cli/ads/batch.ndjson").lines().next().unwrap()).unwrap();
    let text = ad["position"]["jobDescription"]["fi"].as_str().unwrap();
    let report = validate(&JobAd::from_json_value(&ad).unwrap(), &options());
    let span = report.of_rule("content.discrimination.age").next().unwrap().span.unwrap();
    let excerpt = &text[span.start..span.end];
    let column = text[..span.start].chars().count();
    let underline = format!("{}{}", " ".repeat(column), "^".repeat(excerpt.chars().count()));

    let out = check(&[&path]).assert().code(1).get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(&format!("{path}:1 (externalId AGE-1)")), "{out}");
    assert!(out.contains("error[content.discrimination.age]"), "{out}");
    assert!(out.contains(&format!("--> position.jobDescription.fi:1:{}", column + 1)), "{out}");
    assert!(out.contains(&format!("| {text}")), "{out}");
    assert!(out.contains(&format!("| {underline}\n")), "{out}");
    assert!(out.contains("error[input]") && out.contains(&format!("{path}:3")), "{out}");
    assert!(out.contains(&format!("{path}:4")) && out.contains("error[field.required]"), "{out}");
    assert!(!out.contains(&format!("{path}:2")), "an ad without findings prints nothing: {out}");
    assert!(out.contains("3 ads checked") && out.contains("1 unreadable record"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour into a pipe: {out:?}");
}

#[test]
fn exit_status_0_1_2() {
    check(&[&fixture("ok.json")]).assert().code(0).stdout(predicate::str::contains("1 ad checked: 0 errors"));
    check(&[&fixture("batch.ndjson")]).assert().code(1);
    // Unreadable input: a missing file is reported, the other sources are still checked.
    check(&["--format", "ndjson", "tests/cli/nope.json", &fixture("ok.json")])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("nope.json").and(predicate::str::contains("OK-1")));
    // Warnings that do not change the outcome: an empty directory, a rule id that matches nothing.
    let empty = tempfile::tempdir().unwrap();
    check(&[empty.path().to_str().unwrap()]).assert().code(0).stderr(predicate::str::contains("no *.json"));
    check(&["--disable", "no.such.rule", &fixture("ok.json")]).assert().code(0).stderr(predicate::str::contains("no.such.rule"));
    // Usage errors.
    check(&["--format", "yaml"]).assert().code(2);
    check(&["--severity", "field.required"]).assert().code(2).stderr(predicate::str::contains("RULE=LEVEL"));
    check(&["--now", "tomorrow"]).assert().code(2);
    cli().args(["check", "--config", "tests/cli/missing.toml"]).assert().code(2).stderr(predicate::str::contains("missing.toml"));
}

#[test]
fn a_broken_json_array_reports_what_came_before_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.json");
    let ad = ad_with_description("Ikä 20–40 v.");
    std::fs::write(&path, format!("[{ad},\n{ad},\n{{\"languages\": ]")).unwrap();
    let out = check(&["--format", "ndjson", path.to_str().unwrap()]).assert().code(2).get_output().stdout.clone();
    let lines = ndjson_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(rules_of(&lines[0]["report"]), ["content.discrimination.age"]);
    assert_eq!(lines[1]["index"], 1);
    assert!(lines[2]["error"].as_str().unwrap().contains("line 3"), "{}", lines[2]);
}

#[test]
fn stdin_ndjson_single_pretty_ad_and_array() {
    let batch = include_str!("cli/ads/batch.ndjson");
    let out = check(&["--format", "ndjson"]).write_stdin(batch).assert().code(1).get_output().stdout.clone();
    let lines = ndjson_lines(&out);
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().all(|l| l["source"] == "-"));
    let out = check(&["--format", "ndjson", "-"]).write_stdin(include_str!("cli/ads/ok.json")).assert().code(0).get_output().stdout.clone();
    assert_eq!(ndjson_lines(&out).len(), 1);
    let out = check(&["--format", "ndjson"]).write_stdin(include_str!("cli/ads/array.json")).assert().code(1).get_output().stdout.clone();
    assert_eq!(ndjson_lines(&out).len(), 3);
    // A lone surrogate escape (JSON.stringify writes them) is read as the npm package reads it:
    // the ad is validated, and the span after it counts the surrogate as one UTF-16 unit. It is
    // read as U+FFFD, which `field.charset` reports (0..1); the rest of the ad is clean.
    let ad = ad_with_description("LONE Ikä 20–40 v.").replace("LONE", r"\ud800");
    let out = check(&["--format", "ndjson"]).write_stdin(ad.clone()).assert().code(1).get_output().stdout.clone();
    let entry = &ndjson_lines(&out)[0];
    assert_eq!(rules_of(&entry["report"]), ["field.charset", "content.discrimination.age"]);
    let expected = library_report(&serde_json::from_str(&wire::repair_lone_surrogates(ad)).unwrap());
    assert_eq!(entry["report"], expected);
    let spans: Vec<_> =
        entry["report"]["diagnostics"].as_array().unwrap().iter().map(|d| (&d["span"]["start"], &d["span"]["end"])).collect();
    assert_eq!(spans, [(&0.into(), &1.into()), (&2.into(), &13.into())]);
}

#[test]
fn a_directory_is_checked_recursively_in_name_order() {
    let out = check(&["--format", "ndjson", FIXTURES]).assert().code(1).get_output().stdout.clone();
    let lines = ndjson_lines(&out);
    let mut sources: Vec<&str> = lines.iter().map(|l| l["source"].as_str().unwrap()).collect();
    sources.dedup();
    let expected: Vec<String> = ["array.json", "batch.ndjson", "more/two.jsonl", "ok.json"]
        .iter()
        .map(|f| Path::new(FIXTURES).join(f).display().to_string())
        .collect();
    assert_eq!(sources, expected, "notes.txt is not an ad file");
    let second_sv = lines.iter().find(|l| l["source"].as_str().unwrap().ends_with("two.jsonl") && l["line"] == 2).unwrap();
    assert_eq!(rules_of(&second_sv["report"]), ["content.discrimination.age"]);
}

#[test]
fn output_does_not_depend_on_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.ndjson");
    let mut text = String::new();
    for i in 0..2000 {
        let line = match i % 4 {
            0 => format!(
                r#"{{"languages":["fi"],"position":{{"title":{{"fi":"Myyjä {i}"}},"jobDescription":{{"fi":"Ikä {}–40 v."}}}}}}"#,
                18 + i % 10
            ),
            1 => format!(r#"{{"languages":["fi"],"position":{{"title":{{"fi":"Kokki {i}"}}}},"metadata":{{"externalId":"K{i}"}}}}"#),
            2 => "{broken".to_owned(),
            _ => format!(r#"{{"languages":["fi"],"position":{{"title":{{"fi":{i}}},"jobDescription":{{"fi":"Teet ruokaa."}}}}}}"#),
        };
        text.push_str(&line);
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    let run = |jobs: &str| check(&["--format", "ndjson", "-j", jobs, path.to_str().unwrap()]).assert().code(1).get_output().stdout.clone();
    let one = run("1");
    assert_eq!(ndjson_lines(&one).len(), 2000);
    assert_eq!(one, run("4"));
    assert_eq!(one, run("3"));
}

#[test]
fn the_config_file_is_found_upward_and_flags_go_on_top() {
    let root = tempfile::tempdir().unwrap();
    let deep = root.path().join("team/ads");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::copy(fixture("batch.ndjson"), deep.join("batch.ndjson")).unwrap();
    // Without a config: errors.
    let mut cmd = cli();
    cmd.current_dir(&deep).args(["check", "--now", NOW, "batch.ndjson", "--format", "ndjson"]);
    cmd.assert().code(1);
    std::fs::write(
        root.path().join("tmt-validator.toml"),
        "# team settings\nlang = \"en\"\ndisable = [\"field.required\"]\nallow = []\n\n[severity]\n\"content.discrimination.age\" = \"warning\"\n",
    )
    .unwrap();
    let out = cli()
        .current_dir(&deep)
        .args(["check", "--now", NOW, "batch.ndjson", "--format", "ndjson"])
        .assert()
        .code(1) // the malformed line is still an error
        .get_output()
        .stdout
        .clone();
    let lines = ndjson_lines(&out);
    let age = &lines[0]["report"]["diagnostics"][0];
    assert_eq!(age["rule"], "content.discrimination.age");
    assert_eq!(age["severity"], "warning");
    assert!(rules_of(&lines[3]["report"]).is_empty(), "field.required is disabled by the config");
    // The config's lang: the message is the library's English one.
    let ad: Value = serde_json::from_str(include_str!("cli/ads/batch.ndjson").lines().next().unwrap()).unwrap();
    let mut en = options();
    en.lang = tmt_validator::Lang::En;
    let report = validate(&JobAd::from_json_value(&ad).unwrap(), &en);
    assert_eq!(age["message"], report.diagnostics[0].message.as_str());
    // A flag on top of the config: back to an error.
    cli()
        .current_dir(&deep)
        .args(["check", "--now", NOW, "--severity", "content.discrimination.age=error", "--format", "ndjson"])
        .arg(deep.join("batch.ndjson"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(r#""severity":"error""#));
    // --no-config ignores it; --config names another one.
    let other = root.path().join("other.toml");
    std::fs::write(&other, "lang = \"klingon\"\n").unwrap();
    cli()
        .current_dir(&deep)
        .args(["check", "--config"])
        .arg(&other)
        .arg("batch.ndjson")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("other.toml"));
}

#[test]
fn max_warnings_turns_warnings_into_a_failure() {
    let ok_but_age = ad_with_description("Ikä 20–40 v.");
    let ok_but_age = ok_but_age.as_str();
    let demote = ["--severity", "content.discrimination.age=warning"];
    check(&demote).write_stdin(ok_but_age).assert().code(0).stdout(predicate::str::contains("1 warning"));
    check(&[&demote[..], &["--max-warnings", "0"]].concat()).write_stdin(ok_but_age).assert().code(1);
    check(&[&demote[..], &["--max-warnings", "1"]].concat()).write_stdin(ok_but_age).assert().code(0);
    check(&["--disable", "content.discrimination.*"])
        .write_stdin(ok_but_age)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 warnings"));
    check(&["--allow", "ikä 20–40 v"]).write_stdin(ok_but_age).assert().code(0);
}

#[test]
fn colour_follows_no_color_and_the_terminal() {
    let path = fixture("batch.ndjson");
    let forced = check(&[&path]).env("CLICOLOR_FORCE", "1").assert().code(1).get_output().stdout.clone();
    assert!(forced.contains(&0x1b), "CLICOLOR_FORCE gives colours");
    let no_color = check(&[&path]).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").assert().code(1).get_output().stdout.clone();
    assert!(!no_color.contains(&0x1b), "NO_COLOR wins");
    let never = check(&["--color", "never", &path]).env("CLICOLOR_FORCE", "1").assert().get_output().stdout.clone();
    assert!(!never.contains(&0x1b));
    let always = check(&["--color", "always", &path]).env("NO_COLOR", "1").assert().get_output().stdout.clone();
    assert!(always.contains(&0x1b), "--color always is explicit");
    let json = check(&["--format", "ndjson", &path]).env("CLICOLOR_FORCE", "1").assert().get_output().stdout.clone();
    assert!(!json.contains(&0x1b), "machine formats never carry colour");
}

#[test]
fn text_command_runs_the_content_rules_on_plain_text() {
    let text = "Haemme 20–30-vuotiasta myyjää.\nIkä ei muuten ratkaise.";
    let field = "position.jobDescription.fi";
    let out = cli()
        .args(["text", "--now", NOW, "--no-config", "--field", field, "--format", "ndjson", "-"])
        .write_stdin(text)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let entry = &ndjson_lines(&out)[0];
    let mut o = options();
    o.field = Some(field.to_owned());
    let report = validate_text(text, &o);
    assert_eq!(entry["report"], serde_json::to_value(wire::report(&report, |_| Some(text))).unwrap());
    assert_eq!(rules_of(&entry["report"]), ["content.discrimination.age"]);
    cli().args(["text", "--no-config", "-"]).write_stdin("Myyt kodinkoneita.").assert().code(0);
    cli()
        .args(["text", "--no-config", "--field", field])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[content.discrimination.age]").and(predicate::str::contains(field)));
    cli().args(["text", "--no-config", "-"]).write_stdin(vec![0xff, 0xfe]).assert().code(2);
}

#[test]
fn rules_prints_the_catalogue() {
    let out = cli().args(["rules", "--format", "json", "--lang", "sv"]).assert().code(0).get_output().stdout.clone();
    let entries: Vec<Value> = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = tmt_validator::rules().iter().map(|r| r.id).collect();
    assert_eq!(ids, expected);
    let sv: Vec<&str> = tmt_validator::rules().iter().map(|r| r.title.get(tmt_validator::Lang::Sv)).collect();
    assert_eq!(entries.iter().map(|e| e["title"].as_str().unwrap()).collect::<Vec<_>>(), sv);
    cli()
        .args(["rules"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("field.required").and(predicate::str::contains("content.discrimination.age")));
}

#[test]
fn the_readme_config_example_works() {
    let readme = include_str!("../README.md");
    let start = readme.find("```toml\n").expect("a toml block in the README") + "```toml\n".len();
    let block: String = readme[start..][..readme[start..].find("```").unwrap()].lines().map(|l| l.trim_start().to_owned() + "\n").collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tmt-validator.toml"), &block).unwrap();
    let ad = ad_with_description("Haemme 20–30-vuotiasta myyjää.");
    let out = cli()
        .current_dir(dir.path())
        .args(["check", "--format", "ndjson"])
        .write_stdin(ad.as_str())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let d = &ndjson_lines(&out)[0]["report"]["diagnostics"][0];
    assert_eq!(d["severity"], "warning", "{block}");
    let mut en = options();
    en.lang = tmt_validator::Lang::En;
    let report = validate(&JobAd::from_json_str(&ad).unwrap(), &en);
    assert_eq!(d["message"], report.diagnostics[0].message.as_str());
}

#[test]
fn explain_says_which_mention_and_which_stance_made_each_finding() {
    let text = "Haemme 20–30-vuotiasta myyjää. Ikä ei muuten ratkaise.";
    cli()
        .args(["text", "--no-config", "--explain", "-"])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("why: mention range “20–30-vuotiasta” (crit); stance seeks “Haemme”"));
    let out = cli()
        .args(["text", "--no-config", "--explain", "--format", "ndjson", "-"])
        .write_stdin(text)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let report = &ndjson_lines(&out)[0]["report"];
    assert_eq!(report["diagnostics"][0]["explain"], "mention range “20–30-vuotiasta” (crit); stance seeks “Haemme”");
    // without the flag, no explanation
    let out = cli().args(["text", "--no-config", "--format", "ndjson", "-"]).write_stdin(text).assert().code(1).get_output().stdout.clone();
    assert!(ndjson_lines(&out)[0]["report"]["diagnostics"][0].get("explain").is_none());
}
