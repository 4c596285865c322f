//! The rule registry: every rule, once. A rule lives in its own file (logic, messages, tests);
//! adding one touches that file and one line here.

use crate::rule::Rule;

pub(crate) mod content;
pub(crate) mod field;

/// References shared by several rules.
pub(crate) mod refs {
    /// Non-Discrimination Act 1325/2014, section 8.
    pub const NON_DISCRIMINATION_8: &str =
        "Yhdenvertaisuuslaki 1325/2014 8 § / Non-Discrimination Act 1325/2014 s. 8 — https://www.finlex.fi/fi/laki/ajantasa/2014/20141325";
    #[allow(dead_code)]
    /// The authority's guidance on good job ads (Työmarkkinatori "Laadukas työpaikkailmoitus").
    pub const TMT_GUIDE: &str = "Työmarkkinatori: Laadukas työpaikkailmoitus — https://tyomarkkinatori.fi/";
    /// The import API's data model (JobPosting schema, code lists).
    pub const TMT_SCHEMA: &str = "Työmarkkinatori: Työpaikkailmoitusten rajapinnat (JobPosting) — https://tyomarkkinatori.fi/";
}

/// Every rule, in catalogue order: field rules, then content rules, then format rules.
pub(crate) static RULES: &[&dyn Rule] = &[
    // field.*
    &field::required::Required,
    &field::types::WrongType,
    // content.*
    &content::age::Age,
    // format.*
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_dotted_and_in_a_known_family() {
        let mut seen = std::collections::BTreeSet::new();
        for rule in RULES {
            let info = rule.info();
            assert!(seen.insert(info.id), "duplicate rule id {}", info.id);
            assert!(["field.", "content.", "format."].iter().any(|p| info.id.starts_with(p)), "{}", info.id);
            assert!(info.id.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'), "{}", info.id);
            for lang in [crate::Lang::Fi, crate::Lang::Sv, crate::Lang::En] {
                assert!(!info.title.get(lang).is_empty() && !info.description.get(lang).is_empty(), "{} {lang:?}", info.id);
            }
        }
    }
}
