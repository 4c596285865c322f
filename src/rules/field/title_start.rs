//! `field.title_start`: a title (`position.title.<lang>`) may not start with a space or a
//! punctuation mark (the authority's legacy form rule, DOMAIN.md). Listings sort and show
//! titles by their first letters; `*** MYYJÄ ***` or `- Myyjä` look broken there.
//!
//! Severity: warning — the rule comes from the legacy form; the import's own rule is not public.
//! Emoji at the start are left to `format.emoji`; a whitespace-only title to `field.empty_text`.

use crate::model::JobAd;
use crate::rule::{concat, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, sub};
use crate::rules::field::charset::is_emoji;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct TitleStart;

static INFO: RuleInfo = RuleInfo {
    id: "field.title_start",
    severity: Severity::Warning,
    title: tr_text!(
        fi: "Otsikko alkaa välimerkillä tai välilyönnillä",
        sv: "Rubriken börjar med skiljetecken eller mellanslag",
        en: "Title starts with punctuation or a space",
    ),
    description: tr_text!(
        fi: "Otsikon pitää alkaa kirjaimella tai numerolla, ei välilyönnillä tai välimerkillä.",
        sv: "Rubriken ska börja med en bokstav eller en siffra, inte med mellanslag eller skiljetecken.",
        en: "The title must start with a letter or a digit, not with a space or punctuation.",
    ),
    reference: Some(refs::LEGACY_FORM),
    scope: Scope::Ad,
};

/// Spaces and punctuation that may not start a title.
fn leading(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c as u32, 0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F)
}

/// The byte length of the forbidden start of `title` (0 when it starts well).
pub(crate) fn bad_start(title: &str) -> usize {
    title.char_indices().find(|&(_, c)| !leading(c) || is_emoji(c)).map_or(title.len(), |(i, _)| i)
}

impl Rule for TitleStart {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(titles) = ad.position.get().and_then(|p| p.title.get()) else { return };
        for (key, value) in titles.entries() {
            let Some(title) = value.as_str().filter(|t| !t.trim().is_empty()) else { continue };
            let end = bad_start(title);
            if end == 0 {
                continue;
            }
            let start = sub(title, ..end);
            let shown = start.trim();
            let shown =
                if shown.is_empty() { tr!(lang, [], fi: "välilyönti", sv: "mellanslag", en: "a space") } else { concat(&["”", shown, "”"]) };
            out.push(
                Finding::warning(tr!(lang, [shown],
                    fi: "Otsikon alussa on {shown}. Aloita otsikko kirjaimella tai numerolla.",
                    sv: "Rubriken börjar med {shown}. Börja rubriken med en bokstav eller en siffra.",
                    en: "The title starts with {shown}. Start it with a letter or a digit.",
                ))
                .field(concat(&["position.title.", key]))
                .span(0..end)
                .suggestion(""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bad_start;
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn starts() {
        let cases = [
            ("Myyjä", 0),
            ("Åkeri söker chaufför", 0),
            ("3D-suunnittelija", 0),
            ("Über-Koordinator", 0),
            ("😀 Myyjä", 0), // format.emoji's
            (" Myyjä", 1),
            ("- Myyjä", 2),
            ("*** MYYJÄ ***", 4),
            ("\"Myyjä\"", 1),
            ("(Osa-aikainen) myyjä", 1),
            ("– Myyjä", 4), // en dash: 3 bytes + space
            ("• Myyjä", 4),
            ("¡Camarero!", 2),
            ("\u{a0}Myyjä", 2),
        ];
        for (title, want) in cases {
            assert_eq!(bad_start(title), want, "{title:?}");
        }
    }

    #[test]
    fn each_language_at_its_path() {
        let r = ad(json!({"position": {"title": {"fi": "Myyjä", "sv": "...Säljare", "en": "   "}}}));
        assert_eq!(fields_of(&r, "field.title_start"), ["position.title.sv"]);
        let d = r.of_rule("field.title_start").next().unwrap();
        assert_eq!((d.span.unwrap().start, d.span.unwrap().end, d.suggestion.as_deref()), (0, 3, Some("")));
    }
}
