//! `field.charset`: characters outside the Western European letters, digits and punctuation
//! that the authority's legacy ad form accepted (DOMAIN.md): one finding, with a span, per run
//! of such characters (runs joined by single spaces count as one).
//!
//! Accepted: printable ASCII, tab and line breaks, Latin-1 (U+00A0–U+00FF) and the
//! typographic extras of Windows-1252 (€ „ … ‘ ’ “ ” • – — ™ Š š Ž ž Œ œ Ÿ …). Emoji are not
//! reported here: `format.emoji` covers them, and one problem should give one finding.
//!
//! Severity: **warning**. The limit comes from the legacy form; the import API's character set
//! is not public, and Unicode JSON may well be accepted. What is known is that text outside
//! this set may not display everywhere the ad is shown, so the recruiter should know.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, sub};
use crate::rules::field::strings;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Charset;

static INFO: RuleInfo = RuleInfo {
    id: "field.charset",
    severity: Severity::Warning,
    title: tr_text!( fi: "Merkkejä länsieurooppalaisen merkistön ulkopuolelta", sv: "Tecken utanför den västeuropeiska teckenuppsättningen", en: "Characters outside the Western European set" ),
    description: tr_text!(
        fi: "Tekstissä on merkkejä, jotka eivät kuulu länsieurooppalaisiin kirjaimiin, numeroihin ja välimerkkeihin (esim. kyrilliset kirjaimet, erikoisvälilyönnit). Ne eivät välttämättä näy oikein kaikkialla, missä ilmoitus näytetään.",
        sv: "Texten innehåller tecken utanför västeuropeiska bokstäver, siffror och skiljetecken (t.ex. kyrilliska bokstäver, specialmellanslag). De visas kanske inte rätt överallt där annonsen visas.",
        en: "The text has characters outside Western European letters, digits and punctuation (e.g. Cyrillic letters, special spaces). They may not display correctly everywhere the ad is shown.",
    ),
    reference: Some(refs::LEGACY_FORM),
    scope: Scope::Ad,
};

/// The Windows-1252 characters above U+007F that are not in Latin-1.
const CP1252_EXTRAS: &str = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/// Whether the authority's character set has `c`.
pub(crate) fn accepted(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{a0}'..='\u{ff}') || CP1252_EXTRAS.chars().any(|x| x == c)
}

/// Emoji and their joiners and modifiers (left to `format.emoji`).
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF // pictographs, emoticons, transport, flags, skin tones...
        | 0x2600..=0x27BF // miscellaneous symbols, dingbats
        | 0x2B00..=0x2BFF // arrows and stars (⭐ ⬆)
        | 0x2300..=0x23FF // ⌚ ⏰
        | 0x2190..=0x21FF // arrows (↔ ↩)
        | 0x25A0..=0x25FF // geometric shapes (▶ ◀)
        | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x24C2 | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0x200D | 0x20E3 | 0xFE0E | 0xFE0F | 0xE0020..=0xE007F)
}

/// A replacement for a lone character that has a Western European equivalent.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => "-",
        '\u{2015}' => "—",
        '\u{2032}' => "'",
        '\u{2033}' => "\"",
        '\u{2009}' | '\u{200A}' | '\u{202F}' | '\u{2002}' | '\u{2003}' | '\u{2007}' | '\u{2008}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}' => "",
        '\u{2028}' | '\u{2029}' => "\n",
        _ => return None,
    })
}

/// `c` as `U+` and at least four upper-case hex digits (`U+00A0`), as `format!("U+{:04X}")`.
fn code_point(c: char) -> String {
    let n = u32::from(c);
    let digits = (32 - n.leading_zeros()).div_ceil(4).max(4);
    let mut shown = String::from("U+");
    for shift in (0..digits).rev() {
        shown.push(char::from(b"0123456789ABCDEF"[(n >> (4 * shift) & 0xF) as usize]));
    }
    shown
}

/// Whether `text` has a character that is neither accepted nor an emoji. ASCII and Latin-1
/// (nearly every character of an ad) are told by their bytes, without decoding a char.
fn has_unaccepted(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&byte) = b.get(i) {
        match byte {
            b'\t' | b'\n' | b'\r' | 0x20..=0x7E => i += 1,
            // U+00C0–U+00FF and U+00A0–U+00BF: two bytes each
            0xC3 => i += 2,
            0xC2 if b.get(i + 1).is_some_and(|&next| next >= 0xA0) => i += 2,
            _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if accepted(c) || is_emoji(c) => i += c.len_utf8(),
                _ => return true,
            },
        }
    }
    false
}

/// At most this many findings per field: a text in another script would otherwise give one
/// per word. The last one spans every run from there to the end.
const MAX_RUNS: usize = 20;

/// The byte ranges of the runs of unaccepted characters in `text` (emoji excluded), at most
/// [`MAX_RUNS`].
pub(crate) fn runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    if !has_unaccepted(text) {
        return out;
    }
    let mut prev_space_after_run = false;
    for (i, c) in text.char_indices() {
        let bad = !accepted(c) && !is_emoji(c);
        if bad {
            match out.last_mut() {
                Some(run) if run.end == i => run.end = i + c.len_utf8(),
                Some(run) if prev_space_after_run && run.end + 1 == i => run.end = i + c.len_utf8(),
                _ => out.push(i..i + c.len_utf8()),
            }
        }
        prev_space_after_run = c == ' ' && out.last().is_some_and(|r| r.end == i);
    }
    if out.len() > MAX_RUNS {
        let end = out[out.len() - 1].end;
        out.truncate(MAX_RUNS);
        out[MAX_RUNS - 1].end = end;
    }
    out
}

impl Rule for Charset {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let mut found = Vec::new();
        // The names and free texts the advertiser wrote (`Role::is_written`, from the model's
        // table); codes, dates, URLs and emails have their own rules.
        strings(ad, |path, role, value| {
            if !role.is_written() {
                return;
            }
            let runs = runs(value);
            if !runs.is_empty() {
                for run in runs {
                    found.push((path.to_owned(), sub(value, run.clone()).to_owned(), run));
                }
            }
        });
        for (path, excerpt, span) in found {
            let shown: String = excerpt
                .chars()
                .map(|c| if c.is_whitespace() || c.is_control() { code_point(c) } else { String::from(c) })
                .collect();
            let mut f = Finding::warning(tr!(lang, [shown],
                fi: "”{shown}” sisältää merkkejä, joita ei välttämättä näytetä oikein (vain länsieurooppalaiset kirjaimet, numerot ja välimerkit ovat varmoja). Kirjoita teksti latinalaisin kirjaimin tai poista merkit.",
                sv: "”{shown}” innehåller tecken som kanske inte visas rätt (bara västeuropeiska bokstäver, siffror och skiljetecken är säkra). Skriv texten med latinska bokstäver eller ta bort tecknen.",
                en: "“{shown}” has characters that may not display correctly (only Western European letters, digits and punctuation are safe). Write it in Latin letters or remove them.",
            ))
            .field(path)
            .span(span);
            let mut chars = excerpt.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                if let Some(r) = replacement(c) {
                    f = f.suggestion(r);
                }
            }
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::runs;
    use crate::test_util::ad;
    use serde_json::json;

    fn marked(text: &str) -> Vec<&str> {
        runs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn code_points_are_written_as_format_writes_them() {
        for c in ['\0', '\t', ' ', '\u{a0}', '\u{2028}', '\u{3000}', '\u{FEFF}', '\u{1F600}', '\u{10FFFF}'] {
            assert_eq!(super::code_point(c), format!("U+{:04X}", c as u32));
        }
    }

    #[test]
    fn the_byte_level_prefilter_agrees_with_the_char_rule() {
        // Every character of the first 0x3100 code points and some beyond, alone and in text.
        let chars = (0..0x3100).chain([0xFE0F, 0xFEFF, 0x1F600, 0xE0041, 0x10FFFF]).filter_map(char::from_u32);
        for c in chars {
            for text in [c.to_string(), format!("ab {c}ä"), format!("€{c}{c}–")] {
                let by_char = text.chars().any(|c| !super::accepted(c) && !super::is_emoji(c));
                assert_eq!(super::has_unaccepted(&text), by_char, "{text:?}");
            }
        }
    }

    #[test]
    fn western_european_text_passes() {
        for text in [
            "Myyjä Åbo Akademiin – kesä 2027",
            "Säljare till butiken i Vasa, 20 h/vecka",
            "Sales assistant (m/f/d) — “great team”, 2 500 € / month…",
            "Crème brûlée, Smørrebrød, Straße, façade, niño, Œuvre",
            "• Asiakaspalvelu\n• Kassatyöt\t(osa-aikainen)",
            "Hyvä työpaikka 😀👍🏽 – emoji are format.emoji's",
            "Family: 👨‍👩‍👧 ❤️ ✅",
        ] {
            assert!(marked(text).is_empty(), "{text:?}: {:?}", marked(text));
        }
    }

    #[test]
    fn runs_outside_are_marked() {
        let cases: &[(&str, &[&str])] = &[
            ("Ищем продавца в Хельсинки", &["Ищем продавца в Хельсинки"]),
            ("Myyjä (продавец) Helsinkiin", &["продавец"]),
            ("Kokki 厨师 / Cook", &["厨师"]),
            ("Čiekčamat ja Đ", &["Č", "č", "Đ"]),
            ("10\u{2009}000 €", &["\u{2009}"]),
            ("a\u{200B}b", &["\u{200B}"]),
            ("Ⅻ😀Ω", &["Ⅻ", "Ω"]),
            ("αβ γδ  εζ", &["αβ γδ", "εζ"]),
        ];
        for (text, want) in cases {
            assert_eq!(&marked(text), want, "{text:?}");
        }
    }

    #[test]
    fn many_runs_are_capped_and_a_megabyte_is_linear() {
        let text = "ж, ".repeat(400_000); // 1.6 MB ("ж" is 2 bytes), 400 000 runs
        let r = runs(&text);
        assert_eq!(r.len(), super::MAX_RUNS);
        assert_eq!(r[0], 0..2);
        assert_eq!(r.last().unwrap().end, text.len() - 2); // the last "ж", before ", "
        let report = ad(json!({"position": {"jobDescription": {"fi": text}}}));
        assert_eq!(report.of_rule("field.charset").count(), super::MAX_RUNS);
    }

    #[test]
    fn only_texts_and_names_with_spans_and_fixes() {
        let r = ad(json!({
            "position": {"title": {"fi": "Myyjä\u{2010}kassa"}, "jobDescription": {"en": "Speak русский"}, "workTime": "０１"},
            "contacts": [{"firstName": "Ольга", "email": "olga@example.fi"}],
        }));
        let got: Vec<_> =
            r.of_rule("field.charset").map(|d| (d.field.clone().unwrap(), d.span.unwrap().start, d.suggestion.clone())).collect();
        assert_eq!(
            got,
            vec![
                ("contacts.0.firstName".into(), 0, None),
                ("position.jobDescription.en".into(), 6, None),
                ("position.title.fi".into(), 6, Some("-".into())),
            ]
        );
    }
}
