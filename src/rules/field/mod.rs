//! Field rules (`field.*`): required data, types, formats, codes, dates, cross-field checks.
//!
//! Shared helpers for them live here and in [`codes`] (the code lists, as data files).

pub(crate) mod codes;

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

use crate::model::{Field, JobAd, Localized, Role, Visitor};

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

/// Every string of the ad with its path and its field's role (a convenience over [`JobAd::walk`]).
pub(crate) fn strings(ad: &JobAd, mut f: impl FnMut(&str, Role, &str)) {
    struct Strings<'f>(&'f mut dyn FnMut(&str, Role, &str));
    impl Visitor<'_> for Strings<'_> {
        fn string(&mut self, path: &str, role: Role, value: &str) {
            (self.0)(path, role, value);
        }
    }
    ad.walk(&mut Strings(&mut f));
}

#[cfg(test)]
mod tests {
    use super::*;

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
