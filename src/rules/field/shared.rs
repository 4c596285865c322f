//! Shared helpers of the field rules (`field.*`); the code lists are in [`super::codes`].

use crate::model::{Field, JobAd, Localized, Role, Visitor};
use crate::rule::rsplit_once_ascii;

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
    table(&key).or_else(|| rsplit_once_ascii(&key, b'.').and_then(|(field, _lang)| table(field)))
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
