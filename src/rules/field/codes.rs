//! The code lists of the ad model, as data: `data/codes/*.tsv` (one `code<TAB>meaning` a line,
//! `#` header lines with the source and date). A list whose header says `# status: unverified`
//! is this crate's inference, and `field.code` reports an unknown code in it as a warning only.

/// One code list.
pub(crate) struct CodeList {
    /// The data file's name (for the data-file tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub file: &'static str,
    text: &'static str,
}

macro_rules! lists {
    ($($name:ident => $file:literal),* $(,)?) => {
        $(pub(crate) static $name: CodeList = CodeList { file: $file, text: include_str!(concat!("../../../data/codes/", $file)) };)*
        /// Every list (for the data-file tests).
        #[cfg(test)]
        pub(crate) static ALL: &[&CodeList] = &[$(&$name),*];
    };
}

lists! {
    AD_LANGUAGES => "ad_languages.tsv",
    CONTENT_TYPES => "content_types.tsv",
    COUNTRIES => "countries.tsv",
    REGIONS => "regions.tsv",
    MUNICIPALITIES => "municipalities.tsv",
    LANGUAGES => "languages.tsv",
    LANGUAGE_LEVELS => "language_levels.tsv",
    WAGE_PRINCIPLES => "wage_principles.tsv",
    WORK_TIMES => "work_times.tsv",
    CONTINUITIES => "continuities.tsv",
    WORK_STARTS => "work_starts.tsv",
    WORKING_HOURS => "working_hours.tsv",
    HOURS_PERIODS => "hours_periods.tsv",
    EMPLOYMENT_RELATIONSHIPS => "employment_relationships.tsv",
    DRIVING_LICENSES => "driving_licenses.tsv",
    EDUCATION_LEVELS => "education_levels.tsv",
    PERMIT_CARDS => "permit_cards.tsv",
}

impl CodeList {
    /// The codes, in file order.
    pub fn codes(&self) -> impl Iterator<Item = &'static str> {
        self.text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').next().unwrap_or(l))
    }

    /// Whether `code` is in the list (exactly).
    pub fn contains(&self, code: &str) -> bool {
        self.codes().any(|c| c == code)
    }

    /// False when the file's header says the codes are this crate's inference.
    pub fn verified(&self) -> bool {
        !self.text.lines().take_while(|l| l.starts_with('#')).any(|l| l.trim() == "# status: unverified")
    }
}

/// A municipality code as the classification writes it: `91` and `091` are both `091`.
/// `None` when the value is not 1–3 ASCII digits.
pub(crate) fn municipality_code(value: &str) -> Option<String> {
    if value.is_empty() || value.len() > 3 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!("{value:0>3}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_are_well_formed_and_dated() {
        for list in ALL {
            let header: Vec<&str> = list.text.lines().take_while(|l| l.starts_with('#')).collect();
            assert!(header.iter().any(|l| l.contains("Source")), "{} names its source", list.file);
            let codes: Vec<&str> = list.codes().collect();
            assert!(!codes.is_empty(), "{}", list.file);
            let mut seen = std::collections::BTreeSet::new();
            for c in &codes {
                assert!(!c.is_empty() && c.trim() == *c && seen.insert(*c), "{}: bad or repeated code {c:?}", list.file);
            }
        }
    }

    #[test]
    fn lists_have_their_known_sizes_and_members() {
        // Sizes from the classifications themselves (Statistics Finland 2026: 308 kuntaa, 19 maakuntaa).
        assert_eq!(MUNICIPALITIES.codes().count(), 308);
        assert_eq!(REGIONS.codes().count(), 19);
        assert_eq!(PERMIT_CARDS.codes().count(), 95);
        for (list, yes, no) in [
            (&MUNICIPALITIES, "091", "588"), // Pertunmaa merged into Mäntyharju in 2026
            (&MUNICIPALITIES, "992", "099"), // Honkajoki merged into Kankaanpää in 2021
            (&REGIONS, "21", "03"),
            (&COUNTRIES, "FI", "XX"),
            (&COUNTRIES, "SE", "fi"),
            (&LANGUAGES, "fi", "fin"),
            (&LANGUAGES, "smn", "xx"),
            (&LANGUAGE_LEVELS, "B2", "A2"),
            (&LANGUAGE_LEVELS, "L1", "C2"),
            (&WAGE_PRINCIPLES, "07", "08"),
            (&CONTINUITIES, "0202", "0203"),
            (&WORKING_HOURS, "0804", "09"),
            (&DRIVING_LICENSES, "B96BE", "BE"),
            (&EDUCATION_LEVELS, "4", "3"),
            (&PERMIT_CARDS, "001", "096"),
        ] {
            assert!(list.contains(yes), "{} has {yes}", list.file);
            assert!(!list.contains(no), "{} lacks {no}", list.file);
        }
        assert!(MUNICIPALITIES.verified() && COUNTRIES.verified());
        assert!(!EMPLOYMENT_RELATIONSHIPS.verified());
    }

    #[test]
    fn municipality_codes_are_padded() {
        for (input, want) in [("91", Some("091")), ("091", Some("091")), ("5", Some("005")), ("992", Some("992"))] {
            assert_eq!(municipality_code(input).as_deref(), want, "{input}");
        }
        for bad in ["", "0910", "9a", " 91", "-91", "٩١"] {
            assert_eq!(municipality_code(bad), None, "{bad:?}");
        }
    }
}
