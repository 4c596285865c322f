//! The rule registry: every rule, once. A rule lives in its own file (logic, messages, tests);
//! adding one touches that file and one line here.

use crate::rule::Rule;

pub(crate) mod content;
pub(crate) mod field;
pub(crate) mod format;

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
    /// Plain-text ads: the legacy TE-palvelut ad form allows no formatting characters (indents,
    /// bullets, bold, tags); markdown only when `descriptionsContentType` is `markdown`.
    pub const TMT_FORMAT: &str = "Työmarkkinatori: Laadukas työpaikkailmoitus; TE-palvelujen ilmoituslomake: ei muotoilumerkkejä (sisennykset, luettelomerkit, lihavointi, tagit) / no formatting characters — https://tyomarkkinatori.fi/";
    /// Act on the Protection of Privacy in Working Life 759/2004: only necessary data (s. 3),
    /// health data only under s. 5.
    pub const PRIVACY_WORKING_LIFE: &str = "Laki yksityisyyden suojasta työelämässä 759/2004 3 § ja 5 § / Act on the Protection of Privacy in Working Life 759/2004 s. 3 and 5 — https://www.finlex.fi/fi/laki/ajantasa/2004/20040759";
    /// Data Protection Act 1050/2018 s. 29: when a personal identity code may be processed.
    pub const PERSONAL_ID_CODE: &str = "Tietosuojalaki 1050/2018 29 § (henkilötunnuksen käsittely) / Data Protection Act 1050/2018 s. 29 — https://www.finlex.fi/fi/laki/ajantasa/2018/20181050";
}

/// Every rule, in catalogue order: field rules, then content rules, then format rules.
pub(crate) static RULES: &[&dyn Rule] = &[
    // field.*
    &field::required::Required,
    &field::types::WrongType,
    // content.*
    &content::age::Age,
    &content::personal_data::PersonalData,
    // format.*
    &format::html::Html,
    &format::all_caps::AllCaps,
    &format::emoji::Emoji,
    &format::repeated_punctuation::RepeatedPunctuation,
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
