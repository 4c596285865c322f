//! `RULES.md`, the human-readable rule catalogue, is generated from `rules()`. This test fails
//! when it is stale; regenerate it with
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
        md.push_str(&format!("| [`{}`](#{}) | {} | {} | {} |\n", r.id, r.id.replace('.', ""), r.severity.as_str(), scope, r.title.en));
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
