//! The rule registry: every rule, once. A rule lives in its own file (logic, messages, tests);
//! adding one touches that file and one line here.

use crate::rule::{Registered, Rule};

/// References shared by several rules.
pub(crate) mod refs {
    /// The authority's guidance on good job ads (Työmarkkinatori "Laadukas työpaikkailmoitus").
    pub const TMT_GUIDE: &str = "Työmarkkinatori: Laadukas työpaikkailmoitus — https://tyomarkkinatori.fi/";
    /// Act on the Protection of Privacy in Working Life 759/2004 s. 3 and the Non-Discrimination
    /// Act, with the authority's guidance: a photo request "on syrjintää, jos pyynnölle ei ole
    /// selkeää työhön liittyvää perustetta".
    pub const PHOTO: &str = "Laki yksityisyyden suojasta työelämässä 759/2004 3 § / Act on the Protection of Privacy in Working Life 759/2004 s. 3 — https://www.finlex.fi/fi/laki/ajantasa/2004/20040759; Yhdenvertaisuuslaki 1325/2014 8 §; Työmarkkinatori: Laadukas työpaikkailmoitus — https://tyomarkkinatori.fi/fi/info/ohjeet-ja-usein-kysytyt-kysymykset/laadukas-tyopaikkailmoitus";
    /// Non-discrimination Act 1325/2014 s. 8 and the Criminal Code's employment discrimination (47:3).
    pub const DISCRIMINATION: &str = "Yhdenvertaisuuslaki 1325/2014 8 § / Non-Discrimination Act 1325/2014 s. 8 — https://www.finlex.fi/fi/laki/ajantasa/2014/20141325; Rikoslaki 47:3 (työsyrjintä) / Criminal Code 47:3 — https://www.finlex.fi/fi/laki/ajantasa/1889/18890039001";
    /// Equality Act 609/1986 (discriminatory job advertising, s. 14) and Criminal Code 47:3.
    pub const EQUALITY_ACT: &str = "Tasa-arvolaki 609/1986 14 § (syrjivä ilmoittaminen) / Act on Equality between Women and Men 609/1986 s. 14 — https://www.finlex.fi/fi/laki/ajantasa/1986/19860609; Rikoslaki 47:3 — https://www.finlex.fi/fi/laki/ajantasa/1889/18890039001";
    /// Non-Discrimination Act 1325/2014 s. 8 (family relationships) and the Equality Act 609/1986
    /// s. 7–8 (pregnancy and parenthood in recruitment).
    pub const FAMILY: &str = "Yhdenvertaisuuslaki 1325/2014 8 § / Non-Discrimination Act 1325/2014 s. 8 — https://www.finlex.fi/fi/laki/ajantasa/2014/20141325; Tasa-arvolaki 609/1986 7–8 § (raskaus ja vanhemmuus) / Act on Equality between Women and Men 609/1986 s. 7–8 — https://www.finlex.fi/fi/laki/ajantasa/1986/19860609";
    /// Act on Organising Employment Services 380/2023 (cited by name: no section verified).
    pub const EMPLOYMENT_SERVICES: &str = "Laki työvoimapalveluiden järjestämisestä 380/2023 / Act on Organising Employment Services 380/2023 — https://www.finlex.fi/fi/laki/ajantasa/2023/20230380";
    /// The import API's data model (JobPosting schema, code lists).
    pub const TMT_SCHEMA: &str = "Työmarkkinatori: Työpaikkailmoitusten rajapinnat (JobPosting) — https://tyomarkkinatori.fi/";
    /// The authority's legacy (TE-palvelut) ad form: its length and character limits.
    pub const LEGACY_FORM: &str =
        "TE-palvelujen työpaikkailmoituslomakkeen ohjeet (toimipaikka/tarkenne 80 merkkiä, länsieurooppalaiset merkit, otsikon alku) / legacy TE-palvelut ad form — https://tyomarkkinatori.fi/";
    /// The business ID (Y-tunnus) and its check digit.
    pub const BUSINESS_ID: &str = "Y-tunnus ja sen tarkistusmerkki / Business ID and its check digit — https://www.ytj.fi/";
    /// ESCO, the European classification of occupations and skills.
    pub const ESCO: &str = "ESCO – European Skills, Competences, Qualifications and Occupations — https://esco.ec.europa.eu/";
    /// Plain-text ads: the legacy TE-palvelut ad form allows no formatting characters (indents,
    /// bullets, bold, tags); markdown only when `descriptionsContentType` is `markdown`.
    pub const TMT_FORMAT: &str = "Työmarkkinatori: Laadukas työpaikkailmoitus; TE-palvelujen ilmoituslomake: ei muotoilumerkkejä (sisennykset, luettelomerkit, lihavointi, tagit) / no formatting characters — https://tyomarkkinatori.fi/";
    /// Act on the Protection of Privacy in Working Life 759/2004: only necessary data (s. 3),
    /// health data only under s. 5.
    pub const PRIVACY_WORKING_LIFE: &str = "Laki yksityisyyden suojasta työelämässä 759/2004 3 § ja 5 § / Act on the Protection of Privacy in Working Life 759/2004 s. 3 and 5 — https://www.finlex.fi/fi/laki/ajantasa/2004/20040759";
    /// Data Protection Act 1050/2018 s. 29: when a personal identity code may be processed.
    pub const PERSONAL_ID_CODE: &str = "Tietosuojalaki 1050/2018 29 § (henkilötunnuksen käsittely) / Data Protection Act 1050/2018 s. 29 — https://www.finlex.fi/fi/laki/ajantasa/2018/20181050";
}

/// Declares the rule families and every rule, once: each line `module::Rule` names the rule's
/// file (`src/rules/<family>/<module>.rs`) and its type, and becomes both the `mod` declaration
/// and the rule's entry in [`RULES`] (catalogue order = line order). Each family's shared
/// helpers live in its `shared.rs`; helper modules that are not rules are listed after `uses`.
macro_rules! registry {
    ($($(#[$doc:meta])* $family:ident $(uses $($helper:ident),+)? { $($module:ident :: $rule:ident),* $(,)? })*) => {
        $(
            $(#[$doc])*
            pub(crate) mod $family {
                mod shared;
                #[allow(unused_imports)]
                pub(crate) use shared::*;
                $($(pub(crate) mod $helper;)+)?
                $(pub(crate) mod $module;)*
            }
        )*
        /// Every rule, in catalogue order: field rules, then content rules, then format rules.
        pub(crate) static RULES: &[Registered] = &[$($(Registered {
            info: <$family::$module::$rule as Rule>::INFO,
            check_ad: <$family::$module::$rule as Rule>::check_ad,
            check_text: <$family::$module::$rule as Rule>::check_text,
        },)*)*];
    };
}

// Adding a rule: its file under src/rules/<family>/ (logic, messages, tests, and for a content
// rule a lexicon data/lexicon/<name>.tsv), and one line here.
registry! {
    /// Field rules (`field.*`): required data, types, formats, codes, dates, cross-field checks. Shared helpers: `shared.rs`; the code lists: `codes.rs`.
    field uses codes {
        required::Required,
        types::WrongType,
        empty_text::EmptyText,
        business_id::BusinessId,
        email::Email,
        phone::Phone,
        url::Url,
        postal_code::PostalCode,
        code::Code,
        occupation::Occupation,
        date::Date,
        date_order::DateOrder,
        date_past::DatePast,
        range::Range,
        too_long::TooLong,
        charset::Charset,
        title_start::TitleStart,
        language_mismatch::LanguageMismatch,
        wage_info::WageInfo,
        part_time_hours::PartTimeHours,
        fixed_term_duration::FixedTermDuration,
        work_start_date::WorkStartDate,
        contact::Contact,
    }
    /// Content-guideline rules (`content.*`): what the text says. Shared helpers: `shared.rs`.
    content {
        age::Age,
        gender::Gender,
        origin::Origin,
        language::Language,
        religion::Religion,
        health::Health,
        family::Family,
        sexual_orientation::SexualOrientation,
        other::Other,
        photo_request::PhotoRequest,
        fee_from_applicant::FeeFromApplicant,
        commission_only::CommissionOnly,
        mlm_scheme::MlmScheme,
        forbidden_ad_type::ForbiddenAdType,
        personal_data::PersonalData,
    }
    /// Format rules (`format.*`): how the text is written (markup, shouting, emoji, punctuation). Shared helpers: `shared.rs`.
    format {
        html::Html,
        all_caps::AllCaps,
        emoji::Emoji,
        repeated_punctuation::RepeatedPunctuation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_dotted_and_in_a_known_family() {
        let mut seen = std::collections::BTreeSet::new();
        for rule in RULES {
            let info = rule.info;
            assert!(seen.insert(info.id), "duplicate rule id {}", info.id);
            assert!(["field.", "content.", "format."].iter().any(|p| info.id.starts_with(p)), "{}", info.id);
            assert!(info.id.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'), "{}", info.id);
            // (three texts each: none has a NUL of its own)
            assert!(info.title.texts.split('\0').count() == 3 && info.description.texts.split('\0').count() == 3, "{}", info.id);
            for lang in [crate::Lang::Fi, crate::Lang::Sv, crate::Lang::En] {
                assert!(!info.title.get(lang).is_empty() && !info.description.get(lang).is_empty(), "{} {lang:?}", info.id);
            }
        }
    }
}
