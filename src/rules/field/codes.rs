//! The code lists of the ad model, as data: `data/codes/*.tsv` (one `code<TAB>meaning` a line,
//! optionally `<TAB>where the code comes from`; `#` header lines with the source and date).
//!
//! A list that is not known to be complete (the v2 code sets are served by the service's own
//! code API, not published, and real postings carry codes the v1 lists lack) has the header
//! line `# status: incomplete YYYY-MM`: the codes known at that date. `field.code` reports an
//! unknown code in such a list as a warning that names the list and the date, never an error.
//! Complete, authoritative lists (municipalities, regions, countries, ISO languages) give errors.

/// One code list: only its codes are compiled in (see [`codes_of`]); a long list of short codes
/// (`as DIGITS3` in `lists!`) as a bitset ([`bits_of`]).
pub(crate) struct CodeList {
    /// The data file's name (for the data-file tests).
    #[cfg(test)]
    pub file: &'static str,
    /// The codes, one per line (`\n`-terminated), but those of [`Self::dense`]'s form.
    codes: &'static [u8],
    /// The codes of one fixed form (three digits, two lowercase letters...) as a bitset: a
    /// long list of short codes is some 1 KB gzip smaller in the wasm as bits than as text.
    dense: Option<(Dense, &'static [u8])>,
    /// `YYYY-MM` when the file's header says `# status: incomplete YYYY-MM` (copied out of the
    /// header, so that the header itself stays out of the wasm).
    incomplete_since: Option<[u8; 7]>,
    /// The whole file, for the data-file tests.
    #[cfg(test)]
    text: &'static str,
}

/// A form of code stored as a bitset: `len` characters from `first` to `first + base - 1`.
#[derive(Clone, Copy)]
pub(crate) struct Dense {
    len: usize,
    first: u8,
    base: usize,
}

/// Three digits (municipalities, permit cards).
const DIGITS3: Dense = Dense { len: 3, first: b'0', base: 10 };
/// Two uppercase letters (countries).
const UPPER2: Dense = Dense { len: 2, first: b'A', base: 26 };
/// Two lowercase letters (ISO 639-1 languages).
const LOWER2: Dense = Dense { len: 2, first: b'a', base: 26 };

impl Dense {
    /// The number of codes of this form (the bitset's bits).
    const fn size(self) -> usize {
        let (mut n, mut i) = (1, 0);
        while i < self.len {
            n *= self.base;
            i += 1;
        }
        n
    }

    /// The bit of a code of this form; `None` for a code of another form.
    const fn bit(self, code: &[u8]) -> Option<usize> {
        if code.len() != self.len {
            return None;
        }
        let (mut n, mut i) = (0, 0);
        while i < code.len() {
            let d = code[i].wrapping_sub(self.first) as usize;
            if d >= self.base {
                return None;
            }
            n = n * self.base + d;
            i += 1;
        }
        Some(n)
    }
}

/// Whether byte `i` of a data file starts a data line (not a header, not an empty line).
const fn data_line_at(file: &[u8], i: usize) -> bool {
    (i == 0 || file[i - 1] == b'\n') && file[i] != b'#' && file[i] != b'\n'
}

/// The first column of the data line that starts at byte `i`.
const fn code_at(file: &[u8], i: usize) -> &[u8] {
    let mut end = i;
    while end < file.len() && file[end] != b'\t' && file[end] != b'\n' {
        end += 1;
    }
    file.split_at(end).0.split_at(i).1
}

/// A list's `as` form, if it has one.
const fn first(forms: &[Dense]) -> Option<Dense> {
    match forms {
        [form, ..] => Some(*form),
        [] => None,
    }
}

/// The length of [`bits_of`]'s output.
const fn bits_len(dense: Option<Dense>) -> usize {
    match dense {
        Some(d) => d.size().div_ceil(8),
        None => 0,
    }
}

/// The codes of a data file that are of `dense`'s form, as a bitset.
const fn bits_of<const N: usize>(file: &[u8], dense: Option<Dense>) -> [u8; N] {
    let mut out = [0u8; N];
    let Some(dense) = dense else { return out };
    let mut i = 0;
    while i < file.len() {
        if data_line_at(file, i) {
            if let Some(b) = dense.bit(code_at(file, i)) {
                out[b / 8] |= 1 << (b % 8);
            }
        }
        i += 1;
    }
    out
}

/// Whether a data line's code goes into the text list: not of `dense`'s form.
const fn in_text(file: &[u8], i: usize, dense: Option<Dense>) -> bool {
    match dense {
        Some(d) => d.bit(code_at(file, i)).is_none(),
        None => true,
    }
}

/// The length of [`codes_of`]'s output for a data file.
const fn codes_len(file: &[u8], dense: Option<Dense>) -> usize {
    let (mut i, mut n, mut line_start, mut in_code) = (0, 0, true, false);
    while i < file.len() {
        let b = file[i];
        if line_start {
            in_code = b != b'#' && b != b'\n' && in_text(file, i, dense);
        }
        if in_code && (b == b'\t' || b == b'\n') {
            n += 1; // the line's terminator
            in_code = false;
        } else if in_code {
            n += 1;
        }
        line_start = b == b'\n';
        i += 1;
    }
    if in_code {
        n += 1;
    }
    n
}

/// The first column of every data line, each ended by `\n`: the code lists' names and headers
/// stay in the data files (for people) and out of the wasm (for size).
const fn codes_of<const N: usize>(file: &[u8], dense: Option<Dense>) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut i, mut n, mut line_start, mut in_code) = (0, 0, true, false);
    while i < file.len() {
        let b = file[i];
        if line_start {
            in_code = b != b'#' && b != b'\n' && in_text(file, i, dense);
        }
        if in_code && (b == b'\t' || b == b'\n') {
            out[n] = b'\n';
            n += 1;
            in_code = false;
        } else if in_code {
            out[n] = b;
            n += 1;
        }
        line_start = b == b'\n';
        i += 1;
    }
    if in_code {
        out[n] = b'\n';
    }
    out
}

/// The `YYYY-MM` of the header line `# status: incomplete YYYY-MM`, if the file has one.
const fn incomplete_since(file: &[u8]) -> Option<[u8; 7]> {
    let tag = b"# status: incomplete ";
    let mut i = 0;
    while i + tag.len() + 7 <= file.len() {
        if i == 0 || file[i - 1] == b'\n' {
            let mut j = 0;
            while j < tag.len() && file[i + j] == tag[j] {
                j += 1;
            }
            if j == tag.len() {
                let mut date = [0u8; 7];
                let mut k = 0;
                while k < 7 {
                    date[k] = file[i + tag.len() + k];
                    k += 1;
                }
                return Some(date);
            }
        }
        i += 1;
    }
    None
}

macro_rules! lists {
    ($($name:ident => $file:literal $(as $dense:ident)?),* $(,)?) => {
        $(pub(crate) static $name: CodeList = {
            const FILE: &[u8] = include_bytes!(concat!("../../../data/codes/", $file));
            const DENSE: Option<Dense> = first(&[$($dense)?]);
            const CODES: [u8; codes_len(FILE, DENSE)] = codes_of(FILE, DENSE);
            const BITS: [u8; bits_len(DENSE)] = bits_of(FILE, DENSE);
            CodeList {
                #[cfg(test)]
                file: $file,
                codes: &CODES,
                dense: match DENSE {
                    Some(d) => Some((d, &BITS)),
                    None => None,
                },
                incomplete_since: incomplete_since(FILE),
                #[cfg(test)]
                text: include_str!(concat!("../../../data/codes/", $file)),
            }
        };)*
        /// Every list (for the data-file tests).
        #[cfg(test)]
        pub(crate) static ALL: &[&CodeList] = &[$(&$name),*];
    };
}

lists! {
    AD_LANGUAGES => "ad_languages.tsv",
    CONTENT_TYPES => "content_types.tsv",
    COUNTRIES => "countries.tsv" as UPPER2,
    REGIONS => "regions.tsv",
    MUNICIPALITIES => "municipalities.tsv" as DIGITS3,
    LANGUAGES => "languages.tsv" as LOWER2,
    LANGUAGE_LEVELS => "language_levels.tsv",
    WAGE_PRINCIPLES => "wage_principles.tsv",
    WORK_TIMES => "work_times.tsv",
    CONTINUITIES => "continuities.tsv",
    WORK_STARTS => "work_starts.tsv",
    WORK_TIME_DETAILS => "work_time_details.tsv",
    HOURS_PERIODS => "hours_periods.tsv",
    EMPLOYMENT_RELATIONSHIPS => "employment_relationships.tsv",
    CRIMINAL_RECORD_VERIFICATIONS => "criminal_record_verifications.tsv",
    EMPLOYER_TYPES => "employer_types.tsv",
    DRIVING_LICENSES => "driving_licenses.tsv",
    EDUCATION_LEVELS => "education_levels.tsv",
    PERMIT_CARDS => "permit_cards.tsv" as DIGITS3,
}

impl CodeList {
    /// The codes: those of the text list in file order, then those of the bitset in order.
    #[cfg(test)]
    pub fn codes(&self) -> impl Iterator<Item = Vec<u8>> {
        let codes: &'static [u8] = self.codes;
        let text = codes.split(|&b| b == b'\n').filter(|c| !c.is_empty()).map(<[u8]>::to_vec);
        let dense = self.dense.into_iter().flat_map(|(d, bits)| {
            (0..d.size()).filter(move |&b| bits[b / 8] >> (b % 8) & 1 == 1).map(move |mut b| {
                let mut code = vec![0; d.len];
                for c in code.iter_mut().rev() {
                    *c = d.first + (b % d.base) as u8;
                    b /= d.base;
                }
                code
            })
        });
        text.chain(dense)
    }

    /// Whether `code` is in the list (exactly).
    pub fn contains(&self, code: &str) -> bool {
        let code = code.as_bytes();
        match self.dense.and_then(|(d, bits)| Some((d.bit(code)?, bits))) {
            Some((b, bits)) => bits.get(b / 8).is_some_and(|byte| byte >> (b % 8) & 1 == 1),
            None => self.codes.split(|&b| b == b'\n').any(|c| !c.is_empty() && c == code),
        }
    }

    /// `Some("YYYY-MM")` when the list is not known to be complete: the date of the codes it knows.
    /// (Its bytes are ASCII, a test checks it: read as chars, without a UTF-8 validator in the wasm.)
    pub fn incomplete_since(&self) -> Option<String> {
        self.incomplete_since.map(|d| d.iter().map(|&b| char::from(b)).collect())
    }

    /// True when the list knows no code at all (nothing to check a value against).
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty() && self.dense.is_none_or(|(_, bits)| bits.iter().all(|&b| b == 0))
    }
}

/// A municipality code as the classification writes it: `91` and `091` are both `091`.
/// `None` when the value is not 1–3 ASCII digits.
pub(crate) fn municipality_code(value: &str) -> Option<String> {
    if value.is_empty() || value.len() > 3 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(zero_padded(value, 3))
}

/// `value` with zeros before it up to `width` characters, as `format!("{value:0>width$}")`.
pub(crate) fn zero_padded(value: &str, width: usize) -> String {
    let mut padded = "0".repeat(width.saturating_sub(crate::rule::char_count(value)));
    padded.push_str(value);
    padded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_padding_is_what_format_writes() {
        for value in ["", "1", "12", "123", "1234", "ä", "äö", " 7"] {
            for width in [0, 2, 3] {
                assert_eq!(zero_padded(value, width), format!("{value:0>width$}"));
            }
        }
    }

    #[test]
    fn data_files_are_well_formed_and_dated() {
        for list in ALL {
            let header: Vec<&str> = list.text.lines().take_while(|l| l.starts_with('#')).collect();
            assert!(header.iter().any(|l| l.contains("Source")), "{} names its source", list.file);
            // The compiled codes are exactly the first column of the file's data lines.
            let codes: Vec<&str> =
                list.text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').next().unwrap()).collect();
            let mut compiled: Vec<Vec<u8>> = list.codes().collect();
            let mut want: Vec<Vec<u8>> = codes.iter().map(|c| c.as_bytes().to_vec()).collect();
            compiled.sort();
            want.sort();
            assert_eq!(want, compiled, "{}", list.file);
            assert!(codes.iter().all(|c| list.contains(c)), "{}", list.file);
            // Every code of a bitset's form: in the list exactly when in the file.
            if let Some((d, _)) = list.dense {
                for b in 0..d.size() {
                    let code: String =
                        (0..d.len).rev().map(|k| char::from(d.first + (b / d.base.pow(k as u32) % d.base) as u8)).collect();
                    assert_eq!(list.contains(&code), codes.contains(&code.as_str()), "{}: {code}", list.file);
                }
            }
            // Only a list not known to be complete may know no code yet.
            assert!(!codes.is_empty() || list.incomplete_since().is_some(), "{}", list.file);
            if let Some(date) = list.incomplete_since() {
                let b = date.as_bytes();
                assert!(b.len() == 7 && b[4] == b'-' && date.replace('-', "").bytes().all(|c| c.is_ascii_digit()), "{}: {date}", list.file);
            }
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
            (&WORK_TIME_DETAILS, "0804", "09"),
            (&WAGE_PRINCIPLES, "0101", "0102"),
            (&EMPLOYMENT_RELATIONSHIPS, "04", "05"),
            (&EMPLOYMENT_RELATIONSHIPS, "0101", "0102"),
            (&EMPLOYER_TYPES, "International", "international"),
            (&DRIVING_LICENSES, "B96BE", "BE"),
            (&EDUCATION_LEVELS, "4", "3"),
            (&PERMIT_CARDS, "001", "096"),
        ] {
            assert!(list.contains(yes), "{} has {yes}", list.file);
            assert!(!list.contains(no), "{} lacks {no}", list.file);
        }
        // Complete, authoritative lists give errors; the ones not known to be complete, warnings.
        for complete in [&MUNICIPALITIES, &REGIONS, &COUNTRIES, &LANGUAGES] {
            assert_eq!(complete.incomplete_since(), None, "{}", complete.file);
        }
        for incomplete in [&WAGE_PRINCIPLES, &EMPLOYMENT_RELATIONSHIPS, &WORK_TIME_DETAILS, &CRIMINAL_RECORD_VERIFICATIONS, &EMPLOYER_TYPES]
        {
            assert_eq!(incomplete.incomplete_since().as_deref(), Some("2026-12"), "{}", incomplete.file);
        }
        assert!(CRIMINAL_RECORD_VERIFICATIONS.is_empty(), "no code seen yet");
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
