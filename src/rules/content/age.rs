//! `content.discrimination.age`: age limits and ranges ("ikä 20–40 v", "25–35-vuotias",
//! "alle 30-vuotias", "ålder 25–35 år", "aged 18–30", "under 30 years old").
//!
//! A first, deliberately narrow scanner proving the pipeline end to end; the content engine
//! replaces it with the morphology-aware matcher.

use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Age;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.age",
    severity: Severity::Error,
    title: Tr { fi: "Ikäsyrjintä", sv: "Åldersdiskriminering", en: "Age discrimination" },
    description: Tr {
        fi: "Ilmoitus asettaa ikärajan tai -haarukan. Ikä on yhdenvertaisuuslain kielletty syrjintäperuste; kerro sen sijaan työn vaatimukset.",
        sv: "Annonsen anger en åldersgräns eller ett åldersintervall. Ålder är en förbjuden diskrimineringsgrund; beskriv i stället arbetets krav.",
        en: "The ad sets an age limit or range. Age is a prohibited ground of discrimination; describe the job's requirements instead.",
    },
    reference: Some(refs::NON_DISCRIMINATION_8),
    scope: Scope::Text,
};

const DASHES: [char; 3] = ['-', '–', '—'];
/// Words after a number or range that make it an age (lowercase prefixes).
const AFTER: [&str; 4] = ["vuotia", "v", "år", "years"];
/// Words before a range that make it an age.
const BEFORE: [&str; 4] = ["ikä", "ålder", "aged", "age"];
/// Words before a single number that make it a limit.
const LIMIT: [&str; 3] = ["alle", "under", "yli"];

fn digits_at(s: &str, i: usize) -> usize {
    s[i..].bytes().take_while(u8::is_ascii_digit).count()
}

fn skip_ws(s: &str, mut i: usize) -> usize {
    while s[i..].starts_with(' ') {
        i += 1;
    }
    i
}

/// The age word starting at `i` (after an optional dash), as its end offset.
fn age_word_after(s: &str, i: usize) -> Option<usize> {
    let mut j = skip_ws(s, i);
    if s[j..].starts_with('-') {
        j += 1;
    }
    let rest = &s[j..];
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = crate::fold::lower(&rest[..word_len]);
    AFTER.iter().any(|a| if *a == "v" { word == "v" } else { word.starts_with(a) }).then_some(j + word_len)
}

/// The start of the age word ending just before `i` (with spaces between).
fn age_word_before(s: &str, i: usize, words: &[&str]) -> Option<usize> {
    let head = s[..i].trim_end_matches(' ');
    let start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
    let word = crate::fold::lower(&head[start..]);
    words.contains(&word.as_str()).then_some(start)
}

impl Rule for Age {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let s = input.text;
        let mut i = 0;
        while i < s.len() {
            // Jump to the next digit (ASCII, so always on a char boundary).
            match s.as_bytes()[i..].iter().position(u8::is_ascii_digit) {
                Some(p) => i += p,
                None => break,
            }
            let n = digits_at(s, i);
            if i > 0 && s.as_bytes()[i - 1].is_ascii_digit() {
                i += n;
                continue;
            }
            let first_end = i + n;
            // A range: N–M
            let mut j = skip_ws(s, first_end);
            let mut found = None;
            if let Some(dash) = s[j..].chars().next().filter(|c| DASHES.contains(c)) {
                j = skip_ws(s, j + dash.len_utf8());
                let m = digits_at(s, j);
                if m > 0 {
                    let end = j + m;
                    if let Some(word_end) = age_word_after(s, end) {
                        found = Some((age_word_before(s, i, &BEFORE).unwrap_or(i), word_end));
                    } else if let Some(start) = age_word_before(s, i, &BEFORE) {
                        found = Some((start, end));
                    }
                }
            }
            // A limit: alle N-vuotias / under N years
            if found.is_none() {
                if let (Some(start), Some(end)) = (age_word_before(s, i, &LIMIT), age_word_after(s, first_end)) {
                    found = Some((start, end));
                }
            }
            if let Some((start, end)) = found {
                let lang = out.lang();
                let excerpt = &s[start..end];
                out.push(
                    Finding::error(tr!(lang,
                        fi: "Ikävaatimus ”{excerpt}” on syrjivä: ikä ei saa olla valintaperuste ilman hyväksyttävää syytä. Poista ikäraja ja kuvaa työn vaatimukset.",
                        sv: "Ålderskravet ”{excerpt}” är diskriminerande: ålder får inte vara ett urvalskriterium utan godtagbart skäl. Ta bort åldersgränsen och beskriv arbetets krav.",
                        en: "The age requirement “{excerpt}” is discriminatory: age may not be a selection criterion without an acceptable reason. Remove it and describe the job's requirements.",
                    ))
                    .span(start..end),
                );
                i = end;
            } else {
                i = first_end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::spans_of_text;

    #[test]
    fn finds_age_limits_and_ranges() {
        let cases = [
            ("Hakijan ikä 20–40 v.", "ikä 20–40 v"),
            ("Haemme 20–30-vuotiasta myyjää", "20–30-vuotiasta"),
            ("Olet alle 30-vuotias.", "alle 30-vuotias"),
            ("Ålder 25–35 år.", "Ålder 25–35 år"),
            ("Applicants aged 18-30 welcome", "aged 18-30"),
            ("You are under 30 years old", "under 30 years"),
        ];
        for (text, expected) in cases {
            assert_eq!(spans_of_text(text, "content.discrimination.age"), vec![expected], "{text}");
        }
    }

    #[test]
    fn leaves_other_numbers_alone() {
        for text in [
            "Työaika 8–16, palkka 2500–3000 €.",
            "Kokemusta 2–3 vuotta.",
            "Avoinna 24/7, 30 henkilön tiimi.",
            "Ikä ei ratkaise.",
            "",
            "1234567890-",
        ] {
            assert!(spans_of_text(text, "content.discrimination.age").is_empty(), "{text}");
        }
    }
}
