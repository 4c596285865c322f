//! The documents generated from the model's one table (`model!` in `src/model.rs`), and the
//! tests that fail when they are stale:
//!
//! * the TypeScript types of the ad in the npm package (`src/wasm.rs`, between the
//!   `BEGIN generated model types` and `END` comments);
//! * the field table of the README (between the `BEGIN generated model fields` and `END`
//!   comments).
//!
//! Regenerate both with
//!
//! ```sh
//! UPDATE_SHAPE=1 cargo test --lib shape_docs
//! ```

use std::fmt::Write as _;

use crate::model::{all_paths, FieldSpec, JobAd, Role, Schema, Shape};

/// One line from a doc comment: its lines joined by spaces.
fn one_line(doc: &str) -> String {
    doc.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The TypeScript type of a shape, inside a field's declaration.
fn ts_type(schema: &Schema) -> String {
    match schema {
        Schema::String => "string".into(),
        Schema::Bool => "boolean".into(),
        Schema::Number => "number".into(),
        Schema::Localized => "Localized".into(),
        Schema::List(item) => format!("{}[]", ts_type(item)),
        Schema::Object { name, .. } => (*name).into(),
        Schema::Any => "unknown".into(),
    }
}

/// The model's structs in the order they are first reached from `JobAd`.
fn objects() -> Vec<&'static Schema> {
    fn visit(schema: &'static Schema, out: &mut Vec<&'static Schema>) {
        match schema {
            Schema::List(item) => visit(item, out),
            Schema::Object { name, fields, .. } => {
                if out.iter().any(|s| matches!(s, Schema::Object { name: n, .. } if n == name)) {
                    return;
                }
                out.push(schema);
                for f in *fields {
                    visit(f.schema, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    visit(&<JobAd as Shape>::SCHEMA, &mut out);
    out
}

fn ts_fields(out: &mut String, fields: &[FieldSpec]) {
    for f in fields {
        writeln!(out, "  /** {} */", one_line(f.doc)).unwrap();
        writeln!(out, "  {}?: {} | null;", f.name, ts_type(f.schema)).unwrap();
    }
}

/// The TypeScript declarations of the ad model.
pub(crate) fn typescript() -> String {
    let mut out = String::new();
    out.push_str("/** A multilingual text: `{ fi: \"...\", sv: \"...\", en: \"...\" }`. An empty text counts as absent. */\n");
    out.push_str("export type Localized = { fi?: string | null; sv?: string | null; en?: string | null };\n");
    for schema in objects() {
        let Schema::Object { name, fields, or_string, doc } = schema else { unreachable!() };
        out.push('\n');
        writeln!(out, "/** {} */", one_line(doc)).unwrap();
        if *or_string {
            writeln!(out, "export type {name} = string | {{").unwrap();
            ts_fields(&mut out, fields);
            out.push_str("};\n");
        } else {
            writeln!(out, "export interface {name} {{").unwrap();
            ts_fields(&mut out, fields);
            out.push_str("}\n");
        }
    }
    out
}

/// What the README says of a shape.
fn md_type(schema: &Schema) -> String {
    match schema {
        Schema::String => "text".into(),
        Schema::Bool => "boolean".into(),
        Schema::Number => "number".into(),
        Schema::Localized => "per language".into(),
        Schema::List(item) => format!("list of {}", md_type(item)),
        Schema::Object { name, or_string: true, .. } => format!("{name} (or a string)"),
        Schema::Object { name, .. } => (*name).into(),
        Schema::Any => "any (not checked)".into(),
    }
}

/// The README's table of every field of the model.
pub(crate) fn readme_table() -> String {
    let mut out = String::from("| field | type | read as | what |\n|---|---|---|---|\n");
    for (path, spec) in all_paths() {
        let read = match spec.role {
            Role::Data => "data",
            Role::Name => "name",
            Role::Text => "free text",
            Role::Described => "free text (content type)",
        };
        writeln!(out, "| `{path}` | {} | {read} | {} |", md_type(spec.schema), one_line(spec.doc).replace('|', "\\|")).unwrap();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Replaces what lies between the line containing `begin` and the line containing `end` in
    /// the file, or checks that it is `fresh` already.
    fn check_section(file: &str, begin: &str, end: &str, fresh: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let start = text.find(begin).unwrap_or_else(|| panic!("{file}: no {begin:?}"));
        let start = start + text[start..].find('\n').unwrap() + 1;
        let stop = start + text[start..].find(end).unwrap_or_else(|| panic!("{file}: no {end:?}"));
        let stop = text[..stop].rfind('\n').map_or(stop, |i| i + 1);
        if std::env::var_os("UPDATE_SHAPE").is_some() {
            std::fs::write(&path, format!("{}{}{}", &text[..start], fresh, &text[stop..])).unwrap();
            return;
        }
        assert!(
            text[start..stop] == *fresh,
            "{file} does not match the ad model (src/model.rs): run `UPDATE_SHAPE=1 cargo test --lib shape_docs` and commit it"
        );
    }

    #[test]
    fn typescript_types_are_the_models() {
        check_section("src/wasm.rs", "BEGIN generated model types", "END generated model types", &typescript());
    }

    #[test]
    fn readme_field_table_is_the_models() {
        check_section("README.md", "BEGIN generated model fields", "END generated model fields", &readme_table());
    }

    #[test]
    fn every_field_is_documented_and_the_types_name_every_field() {
        let ts = typescript();
        for (path, _) in all_paths() {
            let name = path.rsplit('.').next().unwrap();
            assert!(ts.contains(&format!("  {name}?: ")), "{path} is missing from the TypeScript types");
        }
        for schema in objects() {
            let Schema::Object { name, fields, doc, .. } = schema else { unreachable!() };
            assert!(!doc.trim().is_empty(), "{name} has no doc comment");
            for f in *fields {
                assert!(!f.doc.trim().is_empty(), "{name}.{} has no doc comment", f.name);
            }
        }
        // The shapes the real postings showed, as TypeScript users see them.
        for line in [
            "  occupations?: Concept[] | null;",
            "  workplaceName?: Localized | null;",
            "export type Concept = string | {",
            "  externalLinks?: unknown | null;",
        ] {
            assert!(ts.contains(line), "{line}");
        }
    }
}
