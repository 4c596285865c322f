//! The rule registry: every rule, once. A rule lives in its own file (logic, messages, tests);
//! adding one touches that file and one line here.

use crate::rule::Rule;

pub(crate) mod content;
pub(crate) mod field;

/// References shared by several rules.
pub(crate) mod refs {
    /// Non-Discrimination Act 1325/2014, section 8.
    #[allow(dead_code)]
    pub const NON_DISCRIMINATION_8: &str =
        "Yhdenvertaisuuslaki 1325/2014 8 § / Non-Discrimination Act 1325/2014 s. 8 — https://www.finlex.fi/fi/laki/ajantasa/2014/20141325";
    /// The authority's guidance on good job ads (Työmarkkinatori "Laadukas työpaikkailmoitus").
    pub const TMT_GUIDE: &str = "Työmarkkinatori: Laadukas työpaikkailmoitus — https://tyomarkkinatori.fi/";
    /// Non-discrimination Act 1325/2014 s. 8 and the Criminal Code's employment discrimination (47:3).
    pub const DISCRIMINATION: &str = "Yhdenvertaisuuslaki 1325/2014 8 § / Non-Discrimination Act 1325/2014 s. 8 — https://www.finlex.fi/fi/laki/ajantasa/2014/20141325; Rikoslaki 47:3 (työsyrjintä) / Criminal Code 47:3 — https://www.finlex.fi/fi/laki/ajantasa/1889/18890039001";
    /// Equality Act 609/1986 (discriminatory job advertising, s. 14) and Criminal Code 47:3.
    pub const EQUALITY_ACT: &str = "Tasa-arvolaki 609/1986 14 § (syrjivä ilmoittaminen) / Act on Equality between Women and Men 609/1986 s. 14 — https://www.finlex.fi/fi/laki/ajantasa/1986/19860609; Rikoslaki 47:3 — https://www.finlex.fi/fi/laki/ajantasa/1889/18890039001";
    /// Act on the Protection of Privacy in Working Life 759/2004, s. 3 (only data the job needs).
    pub const PRIVACY_WORKING_LIFE: &str = "Laki yksityisyyden suojasta työelämässä 759/2004 3 § / Act on the Protection of Privacy in Working Life 759/2004 s. 3 — https://www.finlex.fi/fi/laki/ajantasa/2004/20040759; Yhdenvertaisuuslaki 1325/2014 8 §";
    /// Act on Organising Employment Services 380/2023 (cited by name: no section verified).
    pub const EMPLOYMENT_SERVICES: &str = "Laki työvoimapalvelujen järjestämisestä 380/2023 / Act on Organising Employment Services 380/2023 — https://www.finlex.fi/fi/laki/ajantasa/2023/20230380";
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
    &content::gender::Gender,
    &content::origin::Origin,
    &content::language::Language,
    &content::religion::Religion,
    &content::health::Health,
    &content::family::Family,
    &content::sexual_orientation::SexualOrientation,
    &content::other::Other,
    &content::photo_request::PhotoRequest,
    &content::fee_from_applicant::FeeFromApplicant,
    &content::commission_only::CommissionOnly,
    &content::mlm_scheme::MlmScheme,
    &content::forbidden_ad_type::ForbiddenAdType,
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
