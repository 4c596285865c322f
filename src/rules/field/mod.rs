//! Field rules (`field.*`): required data, types, formats, codes, dates, cross-field checks.
//!
//! Shared helpers for them live here and in [`codes`] (the code lists, as data files).

pub(crate) mod codes;

/// Like [`crate::rule::tr`], but fills the `{name}` placeholders at run time from the listed
/// variables: one call per message instead of three `format!` expansions, which keeps the wasm
/// small (the field rules have about fifty messages).
///
/// ```text
/// msg!(lang, [value], fi: "”{value}” ei kelpaa.", sv: "”{value}” duger inte.", en: "“{value}” is not valid.")
/// ```
macro_rules! msg {
    ($lang:expr, [$($arg:ident),*], fi: $fi:literal, sv: $sv:literal, en: $en:literal $(,)?) => {
        $crate::rules::field::fill(
            $crate::rule::Tr { fi: $fi, sv: $sv, en: $en }.get($lang),
            &[$((stringify!($arg), &$arg as &dyn ::std::fmt::Display)),*],
        )
    };
}

/// Fills `{name}` placeholders in a message template. A placeholder without an argument is a
/// bug in the rule: debug builds (and so every test) panic on it; release builds keep the text.
pub(crate) fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push_str(&rest[..open]);
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => {
                debug_assert!(false, "message placeholder {{{name}}} has no argument: {template}");
                out.push_str(&rest[open..open + close + 2]);
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

pub(crate) mod business_id;
pub(crate) mod charset;
pub(crate) mod code;
pub(crate) mod contact;
pub(crate) mod date;
pub(crate) mod date_order;
pub(crate) mod date_past;
pub(crate) mod email;
pub(crate) mod empty_text;
pub(crate) mod fixed_term_duration;
pub(crate) mod language_mismatch;
pub(crate) mod occupation;
pub(crate) mod part_time_hours;
pub(crate) mod phone;
pub(crate) mod postal_code;
pub(crate) mod range;
pub(crate) mod required;
pub(crate) mod title_start;
pub(crate) mod too_long;
pub(crate) mod types;
pub(crate) mod url;
pub(crate) mod wage_info;
pub(crate) mod work_start_date;

use crate::model::{Field, JobAd, Localized, Visitor};

/// A path's key in tables of limits and text fields: list indexes become `*`
/// (`contacts.0.email` → `contacts.*.email`).
pub(crate) fn path_key(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    for (i, part) in path.split('.').enumerate() {
        if i > 0 {
            key.push('.');
        }
        key.push_str(if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) { "*" } else { part });
    }
    key
}

/// Looks a path up in a table keyed by [`path_key`]; a multilingual text's path
/// (`position.title.fi`) also matches its field's key (`position.title`).
pub(crate) fn lookup<'t, V>(table: impl Fn(&str) -> Option<&'t V>, path: &str) -> Option<&'t V> {
    let key = path_key(path);
    table(&key).or_else(|| key.rsplit_once('.').and_then(|(field, _lang)| table(field)))
}

/// True when the string has visible content.
pub(crate) fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// True when the multilingual text has visible content in some language.
pub(crate) fn any_text(field: &Field<Localized>) -> bool {
    field.get().is_some_and(|m| m.entries().any(|(_, v)| v.as_str().is_some_and(filled)))
}

/// Every string of the ad with its path (a convenience over [`JobAd::walk`]).
pub(crate) fn strings(ad: &JobAd, mut f: impl FnMut(&str, &str)) {
    struct Strings<'f>(&'f mut dyn FnMut(&str, &str));
    impl Visitor for Strings<'_> {
        fn string(&mut self, path: &str, value: &str) {
            (self.0)(path, value);
        }
    }
    ad.walk(&mut Strings(&mut f));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_filled_at_run_time() {
        let (value, n) = ("ä{x}", 3);
        assert_eq!(fill("”{value}” × {n}, {n}.", &[("value", &value), ("n", &n)]), "”ä{x}” × 3, 3.");
        assert_eq!(fill("no placeholders", &[]), "no placeholders");
        assert_eq!(fill("open { only", &[]), "open { only");
        let lang = crate::Lang::Sv;
        assert_eq!(msg!(lang, [n], fi: "{n} kpl", sv: "{n} st", en: "{n} pcs"), "3 st");
    }

    #[test]
    #[should_panic(expected = "has no argument")]
    fn a_missing_argument_is_caught_in_tests() {
        fill("{missing}", &[]);
    }

    #[test]
    fn path_keys_and_lookup() {
        assert_eq!(path_key("contacts.10.email"), "contacts.*.email");
        assert_eq!(path_key("position.title.fi"), "position.title.fi");
        let table = |k: &str| match k {
            "position.title" => Some(&1),
            "contacts.*.email" => Some(&2),
            _ => None,
        };
        assert_eq!(lookup(table, "position.title.sv"), Some(&1));
        assert_eq!(lookup(table, "contacts.3.email"), Some(&2));
        assert_eq!(lookup(table, "position.jobDescription.fi"), None);
        assert!(filled(" a ") && !filled(" \n\t"));
    }
}
