//! `format.repeated_punctuation`: "!!!", "???", "?!?!", "....." → one mark is enough.
//!
//! Flagged with a suggestion: a warning for three or more `!`/`?` ("!!!", "?!?"), which shout;
//! a tip (info) for a pair ("!!") or extra dots, which are style (the severity policy):
//! - a run of two or more `!`/`?` (mixed or not), except the single pairs `?!` and `!?`
//!   (an accepted way to write a surprised question) → `!`, or `?` when the run holds one;
//! - a run of dots and ellipsis characters worth four or more dots ("....", ".....", "……",
//!   "…..") → `…`. A plain ellipsis ("..." or "…") and ".." are left alone.
//!
//! One pass over the text; each run is one finding.

use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, TextInput, tr_text, sub};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct RepeatedPunctuation;

static INFO: RuleInfo = RuleInfo {
    id: "format.repeated_punctuation",
    severity: Severity::Warning,
    title: tr_text!( fi: "Toistuvat välimerkit", sv: "Upprepade skiljetecken", en: "Repeated punctuation" ),
    description: tr_text!(
        fi: "Teksti toistaa huuto- tai kysymysmerkkejä (”!!!”, ”?!?!”) tai pisteitä (”.....”). Yksi merkki riittää; toisto näyttää huutamiselta ja heikentää ilmoituksen luotettavuutta.",
        sv: "Texten upprepar utrops- eller frågetecken (”!!!”, ”?!?!”) eller punkter (”.....”). Ett tecken räcker; upprepningen ser ut som skrik och gör annonsen mindre trovärdig.",
        en: "The text repeats exclamation or question marks (“!!!”, “?!?!”) or dots (“.....”). One mark is enough; repeats read as shouting and make the ad look less trustworthy.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// A run found in the text: its byte range and the mark to keep.
fn runs(s: &str) -> Vec<(usize, usize, &'static str)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'!' | b'?' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'!' | b'?') {
                    i += 1;
                }
                let run = sub(s, start..i);
                if run.len() >= 2 && run != "?!" && run != "!?" {
                    out.push((start, i, if run.contains('?') { "?" } else { "!" }));
                }
            }
            b'.' | 0xE2 => {
                // '.' or the first byte of '…' (E2 80 A6); other E2.. chars are skipped below.
                let start = i;
                let mut dots = 0;
                loop {
                    if b.get(i) == Some(&b'.') {
                        dots += 1;
                        i += 1;
                    } else if sub(s, i..).starts_with('…') {
                        dots += 3;
                        i += '…'.len_utf8();
                    } else {
                        break;
                    }
                }
                if i == start {
                    i += 1; // another character starting with E2; continuation bytes are never '.'/'!'/'?'
                } else if dots >= 4 {
                    out.push((start, i, "…"));
                }
            }
            _ => {
                i += 1 + b
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .position(|&c| matches!(c, b'!' | b'?' | b'.' | 0xE2))
                    .unwrap_or(b.len() - i - 1)
            }
        }
    }
    out
}

impl Rule for RepeatedPunctuation {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let lang = out.lang();
        for (start, end, keep) in runs(input.text) {
            let run = sub(input.text, start..end);
            let message = tr!(lang, [run, keep],
                fi: "Toistuvat välimerkit ”{run}”: yksi merkki riittää. Korvaa merkillä ”{keep}”.",
                sv: "Upprepade skiljetecken ”{run}”: ett tecken räcker. Ersätt med ”{keep}”.",
                en: "Repeated punctuation “{run}”: one mark is enough. Replace it with “{keep}”.",
            );
            // Three or more exclamation or question marks shout; a pair, or extra dots, is style.
            let shouts = run.chars().filter(|c| matches!(c, '!' | '?')).count() >= 3;
            let finding = if shouts { Finding::warning(message) } else { Finding::info(message) };
            out.push(finding.span(start..end).suggestion(keep));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{options, spans_of_text};
    use crate::validate_text;

    const ID: &str = "format.repeated_punctuation";

    /// (text, marked excerpts, suggestions)
    #[test]
    fn marks_repeats_and_leaves_single_marks_and_ellipses() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            // fi
            ("Hae heti!!!", &["!!!"], &["!"]),
            ("Kiinnostuitko??? Soita!", &["???"], &["?"]),
            ("Mitä odotat?!?! Hae nyt.", &["?!?!"], &["?"]),
            ("Palkka hyvä..... Hae!", &["....."], &["…"]),
            ("Hae heti!!", &["!!"], &["!"]),
            ("Hae heti! Soita jo tänään.", &[], &[]),
            ("Ja sitten... hae!", &[], &[]),
            ("Ja sitten… hae!", &[], &[]),
            ("Versio 1..5 ja www.esimerkki.fi", &[], &[]),
            ("Mitä?! Näin hyvä palkka?", &[], &[]),
            // sv
            ("Sök nu!!!", &["!!!"], &["!"]),
            ("Intresserad???", &["???"], &["?"]),
            ("Lön enligt avtal……", &["……"], &["…"]),
            ("Sök nu! Välkommen… eller?", &[], &[]),
            ("Vad väntar du på!?", &[], &[]),
            // en
            ("Apply now!!!!!", &["!!!!!"], &["!"]),
            ("Great pay?!!", &["?!!"], &["?"]),
            ("And more.... apply", &["...."], &["…"]),
            ("And more…. apply", &["…."], &["…"]),
            ("Wait... what? Apply!", &[], &[]),
            ("", &[], &[]),
        ];
        for (text, marked, suggestions) in cases {
            assert_eq!(spans_of_text(text, ID), *marked, "{text}");
            let report = validate_text(text, &options());
            let got: Vec<&str> = report.of_rule(ID).filter_map(|d| d.suggestion.as_deref()).collect();
            assert_eq!(got, *suggestions, "{text}");
            for d in report.of_rule(ID) {
                let run = &text[d.span.unwrap().start..d.span.unwrap().end];
                let shouts = run.chars().filter(|c| matches!(c, '!' | '?')).count() >= 3;
                let want = if shouts { crate::Severity::Warning } else { crate::Severity::Info };
                assert_eq!(d.severity, want, "{text}: {run}");
            }
        }
    }

    #[test]
    fn odd_unicode_around_the_marks() {
        // Multi-byte neighbours (E2-prefixed characters that are not '…': '–', '€', '‼').
        assert_eq!(spans_of_text("–!!–€?? ‼ ok", ID), vec!["!!", "??"]);
        assert_eq!(spans_of_text("ä…ä....ä", ID), vec!["...."]);
        assert!(spans_of_text("–—€‰…", ID).is_empty());
    }

    #[test]
    fn linear_on_a_megabyte_of_marks() {
        for unit in ["!", "?!", ".", "…", ". ", "!.", "–"] {
            let text = unit.repeat(1_000_000 / unit.len());
            let t = std::time::Instant::now();
            let report = validate_text(&text, &crate::rules::format::only(ID));
            assert!(t.elapsed().as_secs() < 10, "{unit:?} took {:?}", t.elapsed());
            assert!(report.of_rule(ID).count() <= text.len());
        }
    }
}
