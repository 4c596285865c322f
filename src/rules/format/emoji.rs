//! `format.emoji`: emoji in titles, and emoji spam in the other texts.
//!
//! Decisions (DOMAIN.md: "emoji spam → warning"; the legacy ad form allows no formatting
//! characters):
//! - in a **title** (`position.title.*`) every emoji is marked: titles are plain job titles;
//! - in other texts a single emoji ("Tervetuloa tiimiin 😊") is fine; a few (two to seven
//!   scattered, two side by side, a few bullets) are a tip (info: the severity policy counts a few
//!   emoji as style); emoji are a warning when they are **spam**: eight or more in the text,
//!   three or more side by side ("🍕🍕🍕"), or five or more **list bullets** ("✅ kassatyö").
//!
//! An emoji is counted once however it is written: with a variation selector (❤️), a skin tone
//! (👍🏽), a ZWJ sequence (👩‍💻, 👨‍👩‍👧), a keycap (1️⃣), a flag (🇫🇮, two regional indicators;
//! 🏴󠁧󠁢󠁳󠁣󠁴󠁿, tag characters). Emoji side by side are one span. What counts as an emoji is
//! code-point ranges below (no tables crate): the pictograph blocks, dingbats and
//! miscellaneous symbols (☎ ✔ ★ count: they are formatting characters in an ad), and the
//! text-style symbols © ® ™ ‼ ↔ ▶ only when followed by the emoji selector U+FE0F. Arrows
//! (→), bullets (•) and dashes are not emoji (`field.charset` owns other characters).

use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, TextInput, tr_text, sub};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Emoji;

static INFO: RuleInfo = RuleInfo {
    id: "format.emoji",
    severity: Severity::Warning,
    title: tr_text!( fi: "Emojit", sv: "Emojier", en: "Emoji" ),
    description: tr_text!(
        fi: "Otsikossa on emoji tai tekstissä on runsaasti emojeja (myös luettelomerkkeinä). Ilmoitus on pelkkää tekstiä: poista emojit otsikosta ja karsi ne muusta tekstistä.",
        sv: "Rubriken har en emoji eller texten har många emojier (även som punkter i listor). Annonsen är ren text: ta bort emojierna ur rubriken och gallra dem i övrig text.",
        en: "The title has an emoji, or the text has many emoji (also as list bullets). The ad is plain text: remove emoji from the title and cut them from the rest.",
    ),
    reference: Some(refs::TMT_FORMAT),
    scope: Scope::Text,
};

/// Emoji in all that make spam.
const SPAM_TOTAL: usize = 8;
/// Emoji side by side that make spam ("🍕🍕🍕").
const SPAM_GROUP: usize = 3;
/// Lines starting with an emoji that make spam (emoji bullets).
const SPAM_BULLETS: usize = 5;

const VS15: char = '\u{FE0E}';
const VS16: char = '\u{FE0F}';
const ZWJ: char = '\u{200D}';
const KEYCAP: char = '\u{20E3}';

/// Pictographs that are emoji on their own.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1F02F | 0x1F0A0..=0x1F0FF | 0x1F170..=0x1F1FF | 0x1F200..=0x1F2FF
        | 0x1F300..=0x1F6FF | 0x1F7E0..=0x1F7FF | 0x1F900..=0x1F9FF | 0x1FA70..=0x1FAFF
        | 0x2600..=0x27BF | 0x231A..=0x231B | 0x23E9..=0x23F3 | 0x23F8..=0x23FA
        | 0x2B05..=0x2B07 | 0x2B1B..=0x2B1C | 0x2B50 | 0x2B55)
}

/// Symbols that are text by default and emoji only with U+FE0F.
fn is_text_symbol(c: char) -> bool {
    matches!(c as u32,
        0xA9 | 0xAE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x2199 | 0x21A9..=0x21AA
        | 0x2328 | 0x23CF | 0x24C2 | 0x25AA..=0x25AB | 0x25B6 | 0x25C0 | 0x25FB..=0x25FE
        | 0x2934..=0x2935 | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Characters that attach to the emoji before them.
fn is_modifier(c: char) -> bool {
    c == VS15 || c == VS16 || c == KEYCAP || matches!(c as u32, 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

/// The byte end of the emoji starting at `i`, if one starts there.
fn emoji_at(s: &str, i: usize) -> Option<usize> {
    let mut it = sub(s, i..).char_indices().map(|(k, c)| (i + k, c));
    let (_, c) = it.next()?;
    let mut end = i + c.len_utf8();
    let peek = |at: usize| s.get(at..).and_then(|r| r.chars().next());
    if is_regional_indicator(c) {
        if let Some(d) = peek(end).filter(|&d| is_regional_indicator(d)) {
            end += d.len_utf8();
        }
        return Some(end);
    }
    if c.is_ascii_digit() || c == '#' || c == '*' {
        // Keycap: digit, optional U+FE0F, U+20E3.
        let mut j = end;
        if peek(j) == Some(VS16) {
            j += VS16.len_utf8();
        }
        return (peek(j) == Some(KEYCAP)).then_some(j + KEYCAP.len_utf8());
    }
    if !(is_pictograph(c) || (is_text_symbol(c) && peek(end) == Some(VS16))) {
        return None;
    }
    loop {
        match peek(end) {
            Some(m) if is_modifier(m) => end += m.len_utf8(),
            Some(ZWJ) => match peek(end + ZWJ.len_utf8()) {
                Some(n) if is_pictograph(n) || is_text_symbol(n) => end += ZWJ.len_utf8() + n.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    Some(end)
}

/// A group of emoji side by side: byte range, number of emoji, whether it starts a line.
#[derive(Debug)]
struct Group {
    start: usize,
    end: usize,
    count: usize,
    line_start: bool,
}

fn groups(s: &str) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut i = 0;
    // Whether only horizontal space has been seen since the last line break / the last group.
    let mut line_start = true;
    let mut touching_last = false;
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // ASCII other than a keycap base (digit, `#`, `*`): most of any text, told by its byte.
        if b.is_ascii() && !(b.is_ascii_digit() || b == b'#' || b == b'*') {
            match b {
                b'\n' => {
                    line_start = true;
                    touching_last = false;
                }
                b' ' | b'\t' | b'\r' => {}
                _ => {
                    line_start = false;
                    touching_last = false;
                }
            }
            i += 1;
            continue;
        }
        // Only a keycap base or a character with one of these UTF-8 lead bytes can start an
        // emoji: C2 (© ®), E2 (U+2000–U+2FFF), E3 (U+3000–U+3FFF), F0 (U+10000–U+3FFFF).
        let may_start = b.is_ascii() || matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xF0);
        if let Some(end) = if may_start { emoji_at(s, i) } else { None } {
            match out.last_mut() {
                Some(g) if touching_last => {
                    g.end = end;
                    g.count += 1;
                }
                _ => out.push(Group { start: i, end, count: 1, line_start }),
            }
            touching_last = true;
            line_start = false;
            i = end;
            continue;
        }
        let c = sub(s, i..).chars().next().unwrap_or(' ');
        // A no-break space is space; stray selectors and joiners belong to the emoji next to them.
        if !matches!(c, '\u{a0}' | VS15 | VS16 | ZWJ) {
            line_start = false;
            touching_last = false;
        }
        i += c.len_utf8();
    }
    out
}

impl Rule for Emoji {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let s = input.text;
        let groups = groups(s);
        let is_title = input.field.is_some_and(|f| f.starts_with("position.title"));
        let total: usize = groups.iter().map(|g| g.count).sum();
        // Spam: three side by side, eight in all, or five list bullets. A few (two to seven
        // scattered, a pair, a few bullets) are style: a tip.
        let bullets = groups.iter().filter(|g| g.line_start).count();
        let spam = total >= SPAM_TOTAL || groups.iter().any(|g| g.count >= SPAM_GROUP) || bullets >= SPAM_BULLETS;
        let a_few = total >= 2;
        if !(is_title || spam || a_few) {
            return;
        }
        let lang = out.lang();
        for g in &groups {
            let x = sub(s, g.start..g.end);
            let message = if is_title {
                tr!(lang, [x],
                    fi: "Emoji ”{x}” otsikossa: otsikon tulee olla pelkkä tehtävänimike. Poista emoji.",
                    sv: "Emoji ”{x}” i rubriken: rubriken ska bara innehålla yrkesbenämningen. Ta bort emojin.",
                    en: "Emoji “{x}” in the title: the title should be the job title only. Remove the emoji.",
                )
            } else if spam {
                tr!(lang, [x, total],
                    fi: "Liikaa emojeja (”{x}”; tekstissä {total}): ilmoitus on pelkkää tekstiä, eikä emojeja käytetä muotoiluun tai luettelomerkkeinä. Poista emojit tai jätä korkeintaan yksi.",
                    sv: "För många emojier (”{x}”; {total} i texten): annonsen är ren text och emojier används inte som formatering eller listpunkter. Ta bort dem eller behåll högst en.",
                    en: "Too many emoji (“{x}”; {total} in the text): the ad is plain text, and emoji are not used as formatting or list bullets. Remove them, or keep one at most.",
                )
            } else {
                tr!(lang, [x, total],
                    fi: "Vinkki: emoji ”{x}” (tekstissä {total}). Muutama emoji ei haittaa, mutta ilmoitus näytetään pelkkänä tekstinä.",
                    sv: "Tips: emoji ”{x}” ({total} i texten). Några emojier gör inget, men annonsen visas som ren text.",
                    en: "Tip: emoji “{x}” ({total} in the text). A few emoji do no harm, but the ad is shown as plain text.",
                )
            };
            let finding = if is_title || spam { Finding::warning(message) } else { Finding::info(message) };
            out.push(finding.span(g.start..g.end).suggestion(""));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::ad;
    use crate::{validate_text, Options};
    use serde_json::json;

    const ID: &str = "format.emoji";

    fn marked<'t>(text: &'t str, field: Option<&str>) -> Vec<&'t str> {
        let options = Options { field: field.map(str::to_owned), ..crate::rules::format::only(ID) };
        validate_text(text, &options).of_rule(ID).map(|d| d.span.unwrap()).map(|s| &text[s.start..s.end]).collect()
    }

    const TITLE: Option<&str> = Some("position.title.fi");
    const DESC: Option<&str> = Some("position.jobDescription.fi");

    #[test]
    fn every_emoji_in_a_title() {
        let cases: &[(&str, &[&str])] = &[
            ("Myyjä 😀", &["😀"]),
            ("🔥 Kokki 🔥", &["🔥", "🔥"]),
            ("Säljare 🇸🇪🇫🇮", &["🇸🇪🇫🇮"]),
            ("Developer 👩‍💻", &["👩‍💻"]),
            ("Myyjä ❤️ Helsinki", &["❤️"]),
            ("Kokki ☕", &["☕"]),
            // neighbours: no emoji
            ("Myyjä – Helsinki", &[]),
            ("Myyjä, Åbo/Turku (osa-aikainen)", &[]),
            ("Myyjä © Yritys Oy", &[]),
            ("Palkka 2 500 € → 3 000 €", &[]),
            ("Kokki 1/2", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(marked(text, TITLE), *expected, "{text}");
        }
    }

    #[test]
    fn emoji_spam_in_descriptions_a_few_are_a_tip_one_is_fine() {
        use crate::Severity::{Info as I, Warning as W};
        let cases: &[(&str, &[&str], crate::Severity)] = &[
            // fi: one emoji is fine; a few are a tip; a cluster of three, eight, or bullets spam
            ("Tervetuloa tiimiin 😊", &[], I),
            ("Tervetuloa 😊 ja hae heti 👍", &["😊", "👍"], I),
            ("Hae heti 🔥🔥🔥", &["🔥🔥🔥"], W),
            ("Hae heti 🔥 🚀", &["🔥 🚀"], I),
            ("Kiva 😊 työ 👍 hyvä 💰 palkka", &["😊", "👍", "💰"], I),
            ("✅ kassatyö\n✅ asiakaspalvelu", &["✅", "✅"], I),
            ("✅ a\n✅ b\n✅ c\n✅ d\n✅ e", &["✅", "✅", "✅", "✅", "✅"], W),
            ("  ✔ kassatyö\n  ✔ hyllytys", &["✔", "✔"], I),
            ("Tehtävät:\n- kassatyö\n- hyllytys ✅", &[], I),
            ("🍕 a 🍕 b 🍕 c 🍕 d 🍕 e 🍕 f 🍕 g 🍕 h", &["🍕", "🍕", "🍕", "🍕", "🍕", "🍕", "🍕", "🍕"], W),
            // sv
            ("Välkommen 👋🏽👋🏽", &["👋🏽👋🏽"], I),
            ("Sök nu 🇸🇪 🇫🇮 🇳🇴", &["🇸🇪 🇫🇮 🇳🇴"], W),
            ("Välkommen till oss! 🙂", &[], I),
            // en
            ("Join us 👨‍👩‍👧 1️⃣ 2️⃣", &["👨‍👩‍👧 1️⃣ 2️⃣"], W),
            ("Join us 👨‍👩‍👧", &[], I),
            ("Steps: 1. apply 2. interview #3 *4", &[], I),
            ("© 2026 Company ® ™ ‼ ↔", &[], I),
            ("Great ©️ ®️ ™️", &["©️ ®️ ™️"], W),
            ("Perks: 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏳️‍🌈", &["🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏳️‍🌈"], I),
            ("Rating ★★★★☆", &["★★★★☆"], W),
            ("Process: apply → interview → offer • start", &[], I),
            ("C++ / C# developer, 24/7 support", &[], I),
        ];
        for (text, expected, severity) in cases {
            assert_eq!(marked(text, DESC), *expected, "{text}");
            // validate_text without a field treats the text as a description.
            assert_eq!(marked(text, None), *expected, "no field: {text}");
            let options = crate::rules::format::only(ID);
            assert!(validate_text(text, &options).of_rule(ID).all(|d| d.severity == *severity), "{text}: {severity:?}");
        }
    }

    #[test]
    fn one_emoji_is_one_unit_however_it_is_written() {
        for emoji in ["👍", "👍🏽", "❤️", "❤︎", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇮", "1️⃣", "#⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👩🏽‍🚒", "☕", "🟢", "🫶"]
        {
            let end = super::emoji_at(emoji, 0);
            assert_eq!(end, Some(emoji.len()), "{emoji:?}");
            assert_eq!(super::groups(emoji).len(), 1, "{emoji:?}");
        }
        for not_emoji in ["1", "#", "©", "→", "•", "–", "ä", "\u{FE0F}", "\u{200D}", "\u{20E3}"] {
            assert_eq!(super::emoji_at(not_emoji, 0), None, "{not_emoji:?}");
        }
    }

    #[test]
    fn through_the_ad_titles_and_descriptions() {
        let report = ad(json!({ "position": {
            "title": { "fi": "Myyjä 😀", "sv": "Säljare" },
            "jobDescription": { "fi": "Tervetuloa 😀", "en": "Apply 🚀🚀" }
        }}));
        let fields: Vec<String> = report.of_rule(ID).map(|d| d.field.clone().unwrap()).collect();
        assert_eq!(fields, vec!["position.jobDescription.en", "position.title.fi"]);
    }

    #[test]
    fn odd_unicode_never_panics_and_spans_are_on_boundaries() {
        for text in [
            "\u{200D}\u{200D}😀",
            "😀\u{200D}",
            "😀\u{200D}a",
            "🇫",
            "🇫🇮🇸",
            "\u{1F3FB}\u{1F3FB}",
            "1\u{FE0F}",
            "©\u{FE0E}",
            "\u{E0067}\u{E007F}",
            "a\u{FE0F}\u{20E3}",
        ] {
            for field in [TITLE, DESC] {
                for m in marked(text, field) {
                    assert!(!m.is_empty());
                }
            }
        }
        assert_eq!(marked("🇫🇮🇸", TITLE), vec!["🇫🇮🇸"]);
        assert_eq!(super::groups("🇫🇮🇸")[0].count, 2);
    }

    #[test]
    fn linear_on_a_megabyte_of_emoji() {
        for unit in ["😀", "😀 ", "👩‍💻", "\u{200D}", "🇫", "1\u{FE0F}", "✅ x\n"] {
            let text = unit.repeat(1_000_000 / unit.len());
            for field in [TITLE, DESC] {
                let t = std::time::Instant::now();
                let _ = marked(&text, field);
                assert!(t.elapsed().as_secs() < 10, "{unit:?} took {:?}", t.elapsed());
            }
        }
    }
}
