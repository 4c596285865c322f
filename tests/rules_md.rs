//! `RULES.md`, the human-readable rule catalogue, and the rule tables of the README (between
//! `<!-- rules:content -->` / `<!-- rules:format -->` and `<!-- /rules -->`) are generated from
//! `rules()`, so a new rule needs no hand edit here. This test fails when they are stale;
//! regenerate them with
//!
//! ```sh
//! UPDATE_RULES=1 cargo test --test rules_md
//! ```
#![cfg(not(target_arch = "wasm32"))]

use tmt_validator::{rules, Lang, Scope};

fn render() -> String {
    let mut md = String::new();
    md.push_str("# Rule catalogue\n\n");
    md.push_str(
        "<!-- Generated from `rules()` by tests/rules_md.rs. Do not edit: run `UPDATE_RULES=1 cargo test --test rules_md`. -->\n\n",
    );
    md.push_str("Every rule of tmt-validator with its id, severity (the most severe level it reports; options can override it), ");
    md.push_str("title and description in Finnish, Swedish and English, and its reference. Field rules (`field.*`) run on the whole ad; ");
    md.push_str("content and format rules (`content.*`, `format.*`) run on each free text, and in `validateText`.\n\n");
    md.push_str("| id | severity | scope | title (en) |\n|---|---|---|---|\n");
    let all = rules();
    for r in &all {
        let scope = if r.scope == Scope::Ad { "ad" } else { "text" };
        md.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} |\n",
            r.id,
            r.id.replace('.', ""),
            r.severity.as_str(),
            scope,
            r.title.get(Lang::En)
        ));
    }
    for r in &all {
        md.push_str(&format!("\n## `{}`\n\n", r.id));
        md.push_str(&format!(
            "Severity: **{}**. Scope: {}.\n\n",
            r.severity.as_str(),
            if r.scope == Scope::Ad { "the ad (field rule)" } else { "each free text" }
        ));
        for (lang, name) in [(Lang::Fi, "fi"), (Lang::Sv, "sv"), (Lang::En, "en")] {
            md.push_str(&format!("- **{name}** — **{}.** {}\n", r.title.get(lang).trim_end_matches('.'), r.description.get(lang)));
        }
        if let Some(reference) = r.reference {
            md.push_str(&format!("\nReference: {reference}\n"));
        }
    }
    md
}

/// The README's table of the rules whose id starts with `prefix`.
fn readme_table(prefix: &str) -> String {
    let mut md = String::from("| rule | checks | severity (at most) |\n|---|---|---|\n");
    for r in rules().iter().filter(|r| r.id.starts_with(prefix)) {
        md.push_str(&format!(
            "| [`{}`](RULES.md#{}) | {} | {} |\n",
            r.id,
            r.id.replace('.', ""),
            r.title.get(Lang::En),
            r.severity.as_str()
        ));
    }
    md
}

/// The README with its generated tables replaced by fresh ones.
fn readme_with_tables(readme: &str) -> String {
    let mut out = readme.to_owned();
    for (marker, prefix) in [("<!-- rules:content -->", "content."), ("<!-- rules:format -->", "format.")] {
        let start = out.find(marker).unwrap_or_else(|| panic!("README.md has no {marker}")) + marker.len();
        let end = start + out[start..].find("<!-- /rules -->").expect("README.md: a table without <!-- /rules -->");
        out.replace_range(start..end, &format!("\n{}", readme_table(prefix)));
    }
    out
}

#[test]
fn readme_rule_tables_are_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let current = std::fs::read_to_string(&path).unwrap();
    let fresh = readme_with_tables(&current);
    if std::env::var_os("UPDATE_RULES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    assert!(current == fresh, "README.md's rule tables are stale: run `UPDATE_RULES=1 cargo test --test rules_md` and commit it");
}

#[test]
fn rules_md_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("RULES.md");
    let fresh = render();
    if std::env::var_os("UPDATE_RULES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(current == fresh, "RULES.md is stale: run `UPDATE_RULES=1 cargo test --test rules_md` and commit it");
}
