//! Shared helpers of the format rules (`format.*`). Each rule is a small single-pass scanner over the text (no shared tokenizer): linear in the
//! input, never slicing inside a `char`.

/// Options that run only the rule `id` (for the timing tests: a rule's time alone).
#[cfg(test)]
pub(crate) fn only(id: &str) -> crate::Options {
    let disable = crate::rules().iter().map(|r| r.id.to_owned()).filter(|r| r != id).collect();
    crate::Options { disable, ..crate::test_util::options() }
}

#[cfg(test)]
mod tests {
    use crate::model::ContentType;
    use crate::{validate_text, Options};

    /// Pieces that are hard on scanners: markup openers, selectors, joiners, combining marks,
    /// case oddities, a valid identity code, half a flag.
    const PIECES: &[&str] = &[
        "<",
        ">",
        "/",
        "b",
        "br",
        "<!--",
        "-->",
        "!",
        "?",
        ".",
        "…",
        "😀",
        "\u{200D}",
        "\u{FE0F}",
        "\u{FE0E}",
        "🇫",
        "🏽",
        "\u{20E3}",
        "1",
        "-",
        "A",
        "Ä",
        "ä",
        "ß",
        "İ",
        "ǅ",
        "\u{301}",
        "*",
        "**",
        "[",
        "]",
        "(",
        ")",
        "#",
        "\n",
        " ",
        "&",
        ";",
        "&#",
        "x",
        "131052-308T",
        "HAE",
        "terveystodistus",
        "liitä",
        "your",
        "health",
        "’",
        "\u{0}",
        "日",
    ];

    /// Every format and personal-data rule on thousands of generated texts: never a panic, and
    /// every span is non-empty, in bounds and on char boundaries.
    #[test]
    fn generated_texts_give_spans_on_char_boundaries() {
        let ids = ["format.html", "format.all_caps", "format.emoji", "format.repeated_punctuation", "content.personal_data"];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut findings = 0;
        for round in 0..3000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
            let field = ["position.title.fi", "position.jobDescription.sv", "position.wagePrincipalInfo.en"][round % 3];
            for content_type in [ContentType::Plain, ContentType::Markdown] {
                let options = Options { field: Some(field.into()), content_type: Some(content_type), ..crate::test_util::options() };
                for d in validate_text(&text, &options).diagnostics.iter().filter(|d| ids.contains(&d.rule)) {
                    let s = d.span.unwrap_or_else(|| panic!("{} has no span on {text:?}", d.rule));
                    assert!(s.start < s.end && s.end <= text.len(), "{} {s:?} on {text:?}", d.rule);
                    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{} {s:?} on {text:?}", d.rule);
                    findings += 1;
                }
            }
        }
        assert!(findings > 1000, "the generator reaches the rules ({findings} findings)");
    }
}

#[cfg(test)]
mod realistic {
    use crate::test_util::ad;
    use serde_json::json;

    /// Ordinary, well-written ads in fi, sv and en, full of near misses (acronyms, codes,
    /// dashes, arrows, a single emoji, "?!", "...", `- ` lists, e-mail in angle brackets, a
    /// business ID, a health-care job's vocabulary): none of these rules may fire.
    #[test]
    fn well_written_ads_give_no_format_or_personal_data_findings() {
        let report = ad(json!({
            "languages": ["fi", "sv", "en"],
            "position": {
                "title": { "fi": "Sairaanhoitaja (TE-palvelut, AMK)", "sv": "Sjuksköterska, Vasa", "en": "UI/UX Designer – B2B SaaS" },
                "jobDescription": {
                    "fi": "Haemme sairaanhoitajaa HUS:n päivystykseen 1.1.2027 alkaen. Tehtäviisi kuuluu potilaiden terveydentilan seuranta, lääkityksen toteuttaminen ja kirjaaminen.\n\nEdellytämme:\n- sairaanhoitajan AMK-tutkinto ja Valviran laillistus\n- hyvä suomen kielen taito\n- B-ajokortti\n\nTarjoamme kattavan työterveyshuollon ja sairausvakuutuksen 😊 Työaika klo 8–16, palkka n. 3 200 €/kk (TES).\nHakemus -> haastattelu -> valinta. Kiinnostuitko?! Lue lisää... ja hae viimeistään 15.12.!\nKysyttävää? Ota yhteyttä: <rekry@esimerkki.fi>. Y-tunnus 1234567-8.",
                    "sv": "Vi söker en sjuksköterska till vår avdelning i Vasa. Du ansvarar för patienternas vård och följer upp deras hälsotillstånd.\n\n• legitimation som sjuksköterska\n• goda kunskaper i svenska och finska\n\nVi erbjuder företagshälsovård och friskvårdsförmåner. Lön enligt AVTAL/TES, ca 3 100 €/mån. Skicka din ansökan senast 15.12. Välkommen!",
                    "en": "We are looking for a UI/UX designer for our B2B SaaS product (React, TypeScript, REST API, AWS). You will work with the CEO and the CTO; experience with GDPR and WCAG 2.1 is a plus.\n\nWhat we offer:\n1. flexible hours (24/7 support is NOT required)\n2. occupational health care\n\nSalary 4 000–5 000 €/month. Tell us about yourself and your portfolio in your application... Questions? Ask our recruiter at <jobs@example.com>."
                },
                "wagePrincipalInfo": { "fi": "Kuukausipalkka TES:n mukaan + lisät", "en": "Monthly salary, 4 000–5 000 €" }
            }
        }));
        let ours: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule.starts_with("format.") || d.rule == "content.personal_data")
            .map(|d| format!("{} {:?} {:?}", d.rule, d.field, d.span))
            .collect();
        assert!(ours.is_empty(), "{ours:#?}");
    }
}
