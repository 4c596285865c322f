//! `format.html`: HTML and markdown markup where the text is not written in it.
//!
//! Decisions (DOMAIN.md: "HTML tags are an error in `plain` content; markdown only when the
//! content type is `markdown`"):
//! - **plain** content (titles and wage/part-time texts always; descriptions unless
//!   `descriptionsContentType` is `markdown`):
//!   - an HTML tag (`<b>`, `</p>`, `<br/>`, `<a href="…">`, `<!-- … -->`, `<!DOCTYPE …>`) → **error**;
//!   - an HTML character reference (`&nbsp;`, `&auml;`, `&#228;`) → warning, suggesting the character;
//!   - markdown → **info** (style: the severity policy of DOMAIN.md): a heading marker (`## ` at a line start), a `*`/`+` list marker at a
//!     line start, `**bold**`, a link `[text](url)`. A `- ` list and numbered lines are ordinary
//!     plain text and are left alone; so are `_underscores_` and single `*` (identifiers, footnotes).
//! - **markdown** content: markdown is fine; a raw HTML tag is a **warning** (markdown
//!   renderers may show it as text or strip it; write it in markdown instead). Inside an
//!   inline code span (`` `<br>` ``, on one line) a tag is text and is left alone.
//! - Not tags: `<` that is not followed by a known element name (data/html_tags.txt): "a < b",
//!   "<3 vuotta", "5 > 3", "->", "<nimi>", and addresses in angle brackets (`<matti@example.com>`,
//!   `<https://…>`) — contact data in free text is a content matter, not markup.
//!
//! One pass; every scan from a `<`, `[` or `**` stops at the next such character, so the whole
//! rule is linear in the text.


use crate::model::ContentType;
use crate::rule::{concat, find_bytes, parse_u64, sub, tr, Emitter, Finding, Rule, RuleInfo, Scope, TextInput, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Html;

static INFO: RuleInfo = RuleInfo {
    id: "format.html",
    severity: Severity::Error,
    title: tr_text!( fi: "HTML- tai markdown-muotoilu", sv: "HTML- eller markdown-formatering", en: "HTML or markdown markup" ),
    description: tr_text!(
        fi: "Tekstissä on HTML-tageja tai markdown-merkintöjä, vaikka se on pelkkää tekstiä. HTML-tagit ovat pelkässä tekstissä virhe; markdown on sallittu vain, kun kuvausten sisältötyyppi (descriptionsContentType) on markdown. Poista merkinnät.",
        sv: "Texten innehåller HTML-taggar eller markdown-markeringar fast den är ren text. HTML-taggar i ren text är ett fel; markdown är tillåtet bara när beskrivningarnas innehållstyp (descriptionsContentType) är markdown. Ta bort markeringarna.",
        en: "The text contains HTML tags or markdown although it is plain text. HTML tags in plain text are an error; markdown is allowed only when descriptionsContentType is markdown. Remove the markup.",
    ),
    reference: Some(refs::TMT_FORMAT),
    scope: Scope::Text,
};

static TAGS: &str = include_str!(concat!(env!("OUT_DIR"), "/html_tags.txt"));
static ENTITIES: &str = include_str!(concat!(env!("OUT_DIR"), "/html_entities.tsv"));

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn is_tag_name(name: &str) -> bool {
    // (a hundred short lines, looked up only at a `<`: a scan of the text costs less wasm than
    // a sorted list built once)
    name.len() <= 10 && {
        let name = name.to_ascii_lowercase();
        data_lines(TAGS).map(str::trim).any(|t| t == name)
    }
}

fn entity(name: &str) -> Option<&'static str> {
    data_lines(ENTITIES).find_map(|l| l.split_once('\t').filter(|(n, _)| *n == name).map(|(_, c)| c))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Tag,
    Entity,
    Heading,
    Bullet,
    Bold,
    Link,
}

#[derive(Debug)]
struct Hit {
    start: usize,
    end: usize,
    kind: Kind,
    suggestion: String,
}

/// The end of the HTML tag starting at `i` (`s[i] == '<'`), and its lowercase name.
fn tag_at(s: &str, i: usize, no_comment_end_after: &mut usize) -> Option<(usize, String)> {
    let b = s.as_bytes();
    let rest = sub(s, i..);
    if rest.starts_with("<!--") {
        if i < *no_comment_end_after {
            if let Some(p) = find_bytes(b.get(i + 4..).unwrap_or_default(), b"-->") {
                return Some((i + 4 + p + 3, "!--".into()));
            }
            *no_comment_end_after = i; // no "-->" anywhere after here: never search again
        }
        return Some((i + 4, "!--".into()));
    }
    let mut j = i + 1;
    let closing = b.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    if b.get(j) == Some(&b'!') && !closing && rest.as_bytes().get(2..9).is_some_and(|d| d.eq_ignore_ascii_case(b"doctype")) {
        j += 8;
    } else {
        if !b.get(j).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        while b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        if !is_tag_name(sub(s, name_start..j)) {
            return None;
        }
    }
    let name = sub(s, name_start..j).to_ascii_lowercase();
    match b.get(j) {
        Some(b'>') => Some((j + 1, name)),
        Some(b'/') if b.get(j + 1) == Some(&b'>') => Some((j + 2, name)),
        Some(c) if c.is_ascii_whitespace() => {
            // Attributes: up to the next '>' (a '<' first means this was not a tag).
            let k = sub(s, j..).find(['>', '<'])? + j;
            (b.get(k) == Some(&b'>')).then_some((k + 1, name))
        }
        _ => None,
    }
}

/// The end of an HTML character reference at `i` (`s[i] == '&'`) and the character it stands for.
fn entity_at(s: &str, i: usize) -> Option<(usize, String)> {
    let rest = sub(s, i + 1..);
    let semi = rest.bytes().take(12).position(|c| c == b';')?;
    let body = sub(rest, ..semi);
    let ch = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|c| c.is_ascii_hexdigit()) => u32::try_from(parse_u64(hex, 16)?).ok()?,
            None if !num.is_empty() && num.bytes().all(|c| c.is_ascii_digit()) => u32::try_from(parse_u64(num, 10)?).ok()?,
            _ => return None,
        };
        String::from(char::from_u32(code).filter(|c| !c.is_control())?)
    } else if !body.is_empty() && body.bytes().all(|c| c.is_ascii_alphanumeric()) {
        entity(body)?.to_owned()
    } else {
        return None;
    };
    Some((i + 1 + semi + 1, ch))
}

fn line_start_marker(s: &str, line: usize) -> Option<Hit> {
    let b = s.as_bytes();
    let mut i = line;
    while i < b.len() && b[i] == b' ' && i - line < 3 {
        i += 1;
    }
    let marker_start = i;
    match b.get(i) {
        Some(b'#') => {
            while b.get(i) == Some(&b'#') {
                i += 1;
            }
            let level = i - marker_start;
            if !(1..=6).contains(&level) || !matches!(b.get(i), Some(b' ' | b'\t')) {
                return None;
            }
            while matches!(b.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
            // A heading needs text after the marker.
            if matches!(b.get(i), None | Some(b'\n' | b'\r')) {
                return None;
            }
            Some(Hit { start: marker_start, end: i, kind: Kind::Heading, suggestion: String::new() })
        }
        Some(b'*' | b'+') if matches!(b.get(i + 1), Some(b' ' | b'\t')) => {
            let end = i + 2;
            if matches!(b.get(end), None | Some(b'\n' | b'\r' | b' ')) {
                return None;
            }
            Some(Hit { start: marker_start, end, kind: Kind::Bullet, suggestion: "- ".into() })
        }
        _ => None,
    }
}

fn bold_at(s: &str, i: usize) -> Option<(usize, &str)> {
    // s[i..] starts with "**"; the closing "**" is on the same line, inner text not padded.
    let inner_start = i + 2;
    let rest = sub(s, inner_start..);
    // Only up to the next "**" (so that scans never overlap), and not across a line break.
    let close = find_bytes(rest.as_bytes(), b"**")?;
    let inner = sub(rest, ..close);
    if inner.contains('\n') {
        return None;
    }
    let padded = inner.starts_with(char::is_whitespace) || inner.ends_with(char::is_whitespace);
    (!inner.is_empty() && !padded).then_some((inner_start + close + 2, inner))
}

fn link_at(s: &str, i: usize) -> Option<(usize, String)> {
    // s[i] == '['
    let rest = sub(s, i + 1..);
    let close = rest.find([']', '[', '\n'])?;
    if rest.as_bytes().get(close) != Some(&b']') || close == 0 {
        return None;
    }
    let text = sub(rest, ..close);
    let after = sub(rest, close + 1..);
    let url_part = after.strip_prefix('(')?;
    let url_len = url_part.find(|c: char| c == ')' || c == '[' || c == '<' || c.is_whitespace())?;
    if url_part.as_bytes().get(url_len) != Some(&b')') || url_len == 0 {
        return None;
    }
    let url = sub(url_part, ..url_len);
    let end = i + 1 + close + 1 + 1 + url_len + 1;
    Some((end, if text == url { url.to_owned() } else { concat(&[text, " (", url, ")"]) }))
}

fn scan(s: &str, plain: bool) -> Vec<Hit> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut no_comment_end_after = usize::MAX;
    let mut i = 0;
    let mut at_line_start = true;
    while i < b.len() {
        if plain && at_line_start {
            if let Some(hit) = line_start_marker(s, i) {
                i = hit.end;
                out.push(hit);
                at_line_start = false;
                continue;
            }
        }
        at_line_start = false;
        match b[i] {
            b'\n' => {
                at_line_start = true;
                i += 1;
            }
            b'<' => match tag_at(s, i, &mut no_comment_end_after) {
                Some((end, name)) => {
                    let opening = !sub(s, i..end).starts_with("</");
                    let suggestion = match name.as_str() {
                        "br" => "\n",
                        "li" if plain && opening => "- ",
                        _ => "",
                    };
                    out.push(Hit { start: i, end, kind: Kind::Tag, suggestion: suggestion.into() });
                    i = end;
                }
                None => i += 1,
            },
            b'&' if plain => match entity_at(s, i) {
                Some((end, ch)) => {
                    out.push(Hit { start: i, end, kind: Kind::Entity, suggestion: ch });
                    i = end;
                }
                None => i += 1,
            },
            b'*' if plain && b.get(i + 1) == Some(&b'*') => match bold_at(s, i) {
                Some((end, inner)) => {
                    out.push(Hit { start: i, end, kind: Kind::Bold, suggestion: inner.into() });
                    i = end;
                }
                None => i += 2,
            },
            // Inline code in markdown shows tags as text: skip to the closing backtick on the line.
            b'`' if !plain => {
                let rest = sub(s, i + 1..);
                i += 1 + rest.find(['`', '\n']).map_or(rest.len(), |p| p + 1);
            }
            b'[' if plain => match link_at(s, i) {
                Some((end, suggestion)) => {
                    out.push(Hit { start: i, end, kind: Kind::Link, suggestion });
                    i = end;
                }
                None => i += 1,
            },
            // Nothing starts before the next byte that can start markup or a line.
            _ => {
                i += 1 + b
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .position(|&c| matches!(c, b'\n' | b'<' | b'&' | b'*' | b'`' | b'['))
                    .unwrap_or(b.len() - i - 1)
            }
        }
    }
    out
}

impl Rule for Html {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let plain = input.content_type == ContentType::Plain;
        let describable = input.field.is_none_or(|f| find_bytes(f.as_bytes(), b"Description").is_some());
        let lang = out.lang();
        for hit in scan(input.text, plain) {
            let x = sub(input.text, hit.start..hit.end);
            let finding = match hit.kind {
                Kind::Tag if plain => Finding::error(tr!(lang, [x],
                    fi: "HTML-tagi ”{x}” pelkässä tekstissä: tagi näkyisi ilmoituksessa sellaisenaan, eikä tageja hyväksytä. Poista tagi.",
                    sv: "HTML-taggen ”{x}” i ren text: taggen skulle visas som den är i annonsen, och taggar godtas inte. Ta bort taggen.",
                    en: "HTML tag “{x}” in plain text: the tag would show as is in the ad, and tags are not accepted. Remove the tag.",
                )),
                Kind::Tag => Finding::warning(tr!(lang, [x],
                    fi: "HTML-tagi ”{x}” markdown-tekstissä: sitä ei välttämättä näytetä oikein. Käytä markdown-merkintää tai poista tagi.",
                    sv: "HTML-taggen ”{x}” i markdowntext: den visas kanske inte rätt. Använd markdown i stället eller ta bort taggen.",
                    en: "HTML tag “{x}” in markdown text: it may not be shown correctly. Use markdown instead, or remove the tag.",
                )),
                Kind::Entity => Finding::warning(tr!(lang, [x],
                    fi: "HTML-merkintä ”{x}” pelkässä tekstissä näkyy sellaisenaan. Kirjoita merkki itse.",
                    sv: "HTML-koden ”{x}” visas som den är i ren text. Skriv tecknet direkt.",
                    en: "The HTML reference “{x}” shows as is in plain text. Type the character itself.",
                )),
                // Only descriptions can be switched to markdown (titles and the other texts are plain).
                Kind::Heading | Kind::Bullet | Kind::Bold | Kind::Link if describable => Finding::info(tr!(lang, [x],
                    fi: "Vinkki: markdown-merkintä ”{x}” näkyy pelkässä tekstissä sellaisenaan. Poista merkintä tai ilmoita kuvausten sisältötyypiksi markdown.",
                    sv: "Tips: markdown-markeringen ”{x}” visas som den är i ren text. Ta bort markeringen eller ange markdown som beskrivningarnas innehållstyp.",
                    en: "Tip: the markdown “{x}” shows as is in plain text. Remove it, or set descriptionsContentType to markdown.",
                )),
                Kind::Heading | Kind::Bullet | Kind::Bold | Kind::Link => Finding::info(tr!(lang, [x],
                    fi: "Vinkki: markdown-merkintä ”{x}” näkyy tässä kentässä sellaisenaan, koska kenttä on aina pelkkää tekstiä. Poista merkintä.",
                    sv: "Tips: markdown-markeringen ”{x}” visas som den är i det här fältet, som alltid är ren text. Ta bort markeringen.",
                    en: "Tip: the markdown “{x}” shows as is in this field, which is always plain text. Remove it.",
                )),
            };
            out.push(finding.span(hit.start..hit.end).suggestion(hit.suggestion));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ContentType;
    use crate::test_util::ad;
    use crate::{validate_text, Severity};
    use serde_json::json;

    const ID: &str = "format.html";

    fn findings(text: &str, content_type: ContentType) -> Vec<(&str, Severity, String)> {
        let options = crate::Options { content_type: Some(content_type), ..crate::rules::format::only(ID) };
        let report = validate_text(text, &options);
        report
            .of_rule(ID)
            .map(|d| {
                let s = d.span.expect("every finding has a span");
                (&text[s.start..s.end], d.severity, d.suggestion.clone().unwrap_or_default())
            })
            .collect()
    }

    use Severity::{Error as E, Info as I, Warning as W};

    /// A text and what it marks: (excerpt, severity, suggestion).
    type Case = (&'static str, &'static [(&'static str, Severity, &'static str)]);

    #[test]
    fn tags_in_plain_text_are_errors_and_neighbours_are_not_tags() {
        let cases: &[Case] = &[
            // fi
            ("Haemme <b>myyjää</b> Helsinkiin.", &[("<b>", E, ""), ("</b>", E, "")]),
            ("Rivi<br>toinen<BR/>kolmas", &[("<br>", E, "\n"), ("<BR/>", E, "\n")]),
            ("<p class=\"intro\">Tervetuloa</p>", &[("<p class=\"intro\">", E, ""), ("</p>", E, "")]),
            ("<ul><li>kassatyö</li></ul>", &[("<ul>", E, ""), ("<li>", E, "- "), ("</li>", E, ""), ("</ul>", E, "")]),
            ("Teksti <!-- piilossa --> näkyy", &[("<!-- piilossa -->", E, "")]),
            ("Vaatimus: <3 vuotta kokemusta, a < b ja 5 > 3.", &[]),
            ("Laita sähköpostia <matti.meikalainen@example.com> tai katso <https://example.com>", &[]),
            ("Prosessi: haku -> haastattelu -> valinta <-> palaute", &[]),
            ("Kirjoita <nimi> ja <yritys> kenttiin.", &[]),
            ("x<b", &[]),
            ("<b >lihava", &[("<b >", E, "")]),
            ("<a href=x <b>", &[("<b>", E, "")]),
            // sv
            ("Vi söker <strong>säljare</strong>.", &[("<strong>", E, ""), ("</strong>", E, "")]),
            ("Lön < 3000 € och > 2000 €.", &[]),
            // en
            ("<!DOCTYPE html><h1>Developer</h1>", &[("<!DOCTYPE html>", E, ""), ("<h1>", E, ""), ("</h1>", E, "")]),
            ("Salary <€3000, experience <5 years, i<j", &[]),
            ("Unclosed comment <!-- and <!-- again", &[("<!--", E, ""), ("<!--", E, "")]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(&str, Severity, String)> = expected.iter().map(|(x, s, g)| (*x, *s, g.to_string())).collect();
            assert_eq!(findings(text, ContentType::Plain), expected, "{text}");
        }
    }

    #[test]
    fn markdown_in_plain_text_is_a_tip_and_fine_in_markdown() {
        let cases: &[Case] = &[
            // fi
            ("## Tehtävät\nMyyt tuotteita.", &[("## ", I, "")]),
            ("Olet **huolellinen** ja reipas.", &[("**huolellinen**", I, "huolellinen")]),
            ("* asiakaspalvelu\n* kassatyö", &[("* ", I, "- "), ("* ", I, "- ")]),
            (
                "Lue lisää [sivuiltamme](https://example.fi).",
                &[("[sivuiltamme](https://example.fi)", I, "sivuiltamme (https://example.fi)")],
            ),
            ("- asiakaspalvelu\n- kassatyö\n1. vaihe", &[]),
            ("#rekry #työ ja #1 myyjä", &[]),
            ("Palkka 2 500 € * 12 kk, tähdellä* merkityt", &[]),
            ("Katso [liite] (pdf) ja [a]()", &[]),
            ("**", &[]),
            ("** ei lihava **", &[]),
            // sv
            ("### Arbetsuppgifter\n+ kundtjänst", &[("### ", I, ""), ("+ ", I, "- ")]),
            ("Vi erbjuder **bra lön**.", &[("**bra lön**", I, "bra lön")]),
            ("Se [https://example.se](https://example.se)", &[("[https://example.se](https://example.se)", I, "https://example.se")]),
            ("Tel. 040 123 + 2 personer; pris 5*5", &[]),
            // en
            ("   # Responsibilities", &[("# ", I, "")]),
            ("#\n####### too deep\n#hashtag", &[]),
            ("We offer **great** pay &amp; benefits&nbsp;now", &[("**great**", I, "great"), ("&amp;", W, "&"), ("&nbsp;", W, " ")]),
            ("R&D, AT&T; &#228;&#xE4; &#0; &unknown; &#x110000;", &[("&#228;", W, "ä"), ("&#xE4;", W, "ä")]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(&str, Severity, String)> = expected.iter().map(|(x, s, g)| (*x, *s, g.to_string())).collect();
            assert_eq!(findings(text, ContentType::Plain), expected, "{text}");
            // In markdown content none of these is a finding (they hold no HTML tags).
            assert_eq!(findings(text, ContentType::Markdown), vec![], "markdown: {text}");
        }
    }

    #[test]
    fn html_in_markdown_is_a_warning() {
        assert_eq!(
            findings("## Tehtävät\n**Myynti** <b>ja</b> [linkki](https://x.fi)", ContentType::Markdown),
            vec![("<b>", W, String::new()), ("</b>", W, String::new())]
        );
        assert_eq!(findings("a < b, <3 v, <nimi>", ContentType::Markdown), vec![]);
        // Inline code shows a tag as text; outside the code span it is still a tag.
        assert_eq!(findings("Käytä `<br>`-tagia ja `a` <b>", ContentType::Markdown), vec![("<b>", W, String::new())]);
        assert_eq!(findings("`<br>\n<br>", ContentType::Markdown), vec![("<br>", W, "\n".to_owned())]);
        assert_eq!(findings("Käytä `<br>`", ContentType::Plain), vec![("<br>", E, "\n".to_owned())]);
    }

    #[test]
    fn descriptions_follow_the_ads_content_type_and_titles_are_always_plain() {
        let report = ad(json!({
            "descriptionsContentType": "markdown",
            "position": {
                "title": { "fi": "**Myyjä**" },
                "jobDescription": { "fi": "**Myyt** tuotteita <br>" },
                "wagePrincipalInfo": { "fi": "<b>Palkka</b>" }
            }
        }));
        let got: Vec<(String, Severity)> = report.of_rule(ID).map(|d| (d.field.clone().unwrap(), d.severity)).collect();
        assert_eq!(
            got,
            vec![
                ("position.jobDescription.fi".into(), W),
                ("position.title.fi".into(), I),
                ("position.wagePrincipalInfo.fi".into(), E),
                ("position.wagePrincipalInfo.fi".into(), E),
            ]
        );
        let title = report.diagnostics.iter().find(|d| d.field.as_deref() == Some("position.title.fi")).unwrap();
        let desc = report.diagnostics.iter().find(|d| d.field.as_deref() == Some("position.jobDescription.fi")).unwrap();
        assert!(!title.message.contains("sisältötyyp"), "a title cannot be switched to markdown: {}", title.message);
        assert!(desc.message.contains("tagi"), "{}", desc.message);
        let plain = ad(json!({ "position": { "jobDescription": { "fi": "**Myyt** tuotteita <br>" } } }));
        let md = plain.diagnostics.iter().find(|d| d.rule == ID && d.severity == I).unwrap();
        assert!(md.message.contains("sisältötyyp"), "a description can: {}", md.message);
        let sev: Vec<Severity> = plain.of_rule(ID).map(|d| d.severity).collect();
        assert_eq!(sev, vec![I, E]);
    }

    #[test]
    fn the_tag_list_is_sorted_and_found() {
        let tags: Vec<&str> = super::data_lines(super::TAGS).collect();
        assert!(tags.windows(2).all(|w| w[0] < w[1]), "data/html_tags.txt must be sorted (LC_ALL=C sort -u)");
        assert!(tags.iter().all(|t| super::is_tag_name(t) && super::is_tag_name(&t.to_uppercase())));
    }

    #[test]
    fn linear_on_a_megabyte_of_markup_characters() {
        for unit in ["<", "<a ", "<!--", "[a](", "[", "**a", "&", "&#", "## x\n", "* ", "<a href=\"", "[a](b[c](d", "`<b>", "`"] {
            let text = unit.repeat(1_000_000 / unit.len());
            for ct in [ContentType::Plain, ContentType::Markdown] {
                let t = std::time::Instant::now();
                let _ = findings(&text, ct);
                assert!(t.elapsed().as_secs() < 10, "{unit:?} took {:?}", t.elapsed());
            }
        }
    }
}
