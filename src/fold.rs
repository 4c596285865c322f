//! Small case folding for matching: one character in, one character out.
//!
//! `str::to_lowercase` links the whole Unicode lowercase table into the WebAssembly build
//! (about 18 KB raw, 7 KB gzip, measured). The texts this crate matches are Finnish, Swedish
//! and English (and names and places in other European languages), so folding ASCII, Latin-1,
//! Latin Extended-A, Greek and Cyrillic capitals covers them; every other character is left
//! as it is. Because each character maps to exactly one character, character counts (and so
//! positions counted in characters) are the same before and after folding.

/// The lowercase of `c` for the scripts above; any other character unchanged.
#[inline]
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    // The common cases first: ASCII and Latin-1 (no capitals in U+0080–U+00BF or after U+00DE).
    if u < 0xC0 {
        return c.to_ascii_lowercase();
    }
    if u <= 0xFF {
        return if u <= 0xDE && u != 0xD7 { char::from_u32(u + 0x20).unwrap_or(c) } else { c };
    }
    let lowered = match u {
        0x41..=0x5A => u + 0x20,                              // A–Z
        0xC0..=0xDE if u != 0xD7 => u + 0x20,                 // À–Þ, not ×
        0x130 => 0x69,                                        // İ → i (the simple mapping)
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1, // Ā ā … Ķ ķ, Ŋ ŋ … Ŷ ŷ
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1, // Ĺ ĺ … Ň ň, Ź ź … Ž ž
        0x178 => 0xFF,                                        // Ÿ → ÿ
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,              // Greek Α–Ϋ
        0x400..=0x40F => u + 0x50,                            // Cyrillic Ѐ–Џ
        0x410..=0x42F => u + 0x20,                            // Cyrillic А–Я
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// `char::is_alphabetic`, answered without the Unicode table for ASCII and the Latin blocks the
/// ads are written in (U+00C0–U+024F: every character there but `×` and `÷` is a letter), which
/// is where nearly every character of an ad lies; other characters ask the table.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        _ => c.is_alphabetic(),
    }
}

/// A letter ([`is_letter`]) or an ASCII digit: the word characters of the format and
/// personal-data scanners (`char::is_alphanumeric` would pull in the numeric table).
#[inline]
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// `char::is_lowercase` for ASCII, Latin-1, Latin Extended-A and the basic Greek (U+0386–U+03CE)
/// and Cyrillic (U+0400–U+045F) letters (the same answers there, a test checks every one);
/// `false` for any other character. std's
/// answer needs its Unicode lowercase table in the wasm (0.7 KB gzip) for this one question.
pub(crate) fn is_lower(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7F => c.is_ascii_lowercase(),
        0xAA | 0xB5 | 0xBA | 0xDF..=0xFF => u != 0xF7, // ª µ º ß–ÿ, not ÷
        0x138 | 0x149 | 0x17F => true,                 // ĸ ŉ ſ
        0x100..=0x137 | 0x14A..=0x177 => u % 2 == 1,   // ā … ķ, ŋ … ŷ (and ı)
        0x139..=0x148 | 0x179..=0x17E => u % 2 == 0,   // ĺ … ň, ź … ž
        0x390 | 0x3AC..=0x3CE => true,                 // Greek ΐ, ά–ώ
        0x430..=0x45F => true,                         // Cyrillic а–џ
        _ => false,
    }
}

/// `text` with [`lower_char`] applied to every character.
pub(crate) fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_where_it_folds_and_leaves_the_rest_alone() {
        let mut folded = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours = lower_char(c);
            let mut std = c.to_lowercase();
            let (first, more) = (std.next(), std.next());
            if ours != c {
                folded += 1;
                // The simple mapping: the first character of std's full mapping (İ → i + dot).
                assert_eq!(Some(ours), first, "{c:?} U+{:04X}", c as u32);
                assert!(more.is_none() || c == 'İ', "{c:?}");
            }
            let covered = matches!(c as u32, 0..=0x17F | 0x391..=0x3AB | 0x400..=0x42F);
            if covered && more.is_none() {
                // Inside the covered blocks, whatever std lowers we lower the same way.
                assert_eq!(Some(ours), first, "{c:?} U+{:04X}", c as u32);
            }
        }
        assert!(folded >= 190, "only {folded} characters fold");
    }

    #[test]
    fn is_lower_is_is_lowercase_in_its_blocks() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if matches!(c as u32, 0..=0x17F | 0x386..=0x3CE | 0x400..=0x45F) {
                assert_eq!(is_lower(c), c.is_lowercase(), "{c:?} U+{:04X}", c as u32);
            } else {
                assert!(!is_lower(c), "{c:?}");
            }
        }
    }

    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn folds_the_letters_of_the_ads_languages() {
        let cases =
            [("ÅÄÖ åäö", "åäö åäö"), ("ALLE 30-VUOTIAS", "alle 30-vuotias"), ("ŽŠ Ÿ ÆØ", "žš ÿ æø"), ("ΣΩ ЖЯ", "σω жя"), ("😀 ß", "😀 ß")];
        for (text, expected) in cases {
            assert_eq!(lower(text), expected);
            assert_eq!(lower(text).chars().count(), text.chars().count());
        }
    }
}
