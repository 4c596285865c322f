//! Content-guideline rules (`content.*`): what the text says.
//!
//! Each rule is one file: its catalogue entry, its messages, its tests, and (for most) a
//! lexicon data file under `data/lexicon/` matched by the text engine ([`crate::text`]).
//! The text is analysed once and shared by all of them ([`crate::TextInput`]).

use crate::options::Lang;
use crate::rule::{Emitter, Finding, TextInput};
use crate::text::pattern::{cues, Hit, LangCode, Lexicon};
use crate::text::{fold, Analysis};
use crate::Severity;

pub(crate) mod age;
pub(crate) mod commission_only;
pub(crate) mod family;
pub(crate) mod fee_from_applicant;
pub(crate) mod forbidden_ad_type;
pub(crate) mod gender;
pub(crate) mod health;
pub(crate) mod language;
pub(crate) mod mlm_scheme;
pub(crate) mod origin;
pub(crate) mod other;
pub(crate) mod personal_data;
pub(crate) mod photo_request;
pub(crate) mod religion;
pub(crate) mod sexual_orientation;

/// Every lexicon file with its name (the text engine parses and indexes them together, once).
pub(crate) const LEXICONS: &[(&str, &str)] = &[
    ("age", age::LEXICON),
    ("commission_only", commission_only::LEXICON),
    ("family", family::LEXICON),
    ("fee_from_applicant", fee_from_applicant::LEXICON),
    ("forbidden_ad_type", forbidden_ad_type::LEXICON),
    ("gender", gender::LEXICON),
    ("health", health::LEXICON),
    ("language", language::LEXICON),
    ("mlm_scheme", mlm_scheme::LEXICON),
    ("origin", origin::LEXICON),
    ("other", other::LEXICON),
    ("photo_request", photo_request::LEXICON),
    ("religion", religion::LEXICON),
    ("sexual_orientation", sexual_orientation::LEXICON),
];

/// A rule's parsed lexicon, by its name in [`LEXICONS`] (all are parsed and indexed once, on first use).
pub(crate) fn lexicon(name: &str) -> &'static Lexicon {
    crate::text::pattern::registry(name)
}

/// A message maker: (entry kind, message language, the marked words, exception applies).
pub(crate) type Message = fn(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String;

/// A rule's decision on one hit: its severity, or `None` to drop it. `excepted` says whether
/// a word of the rule's exception cue set occurs in the text.
pub(crate) type Decide = fn(hit: &Hit<'_>, a: &Analysis, excepted: bool) -> Option<Severity>;

/// The plain decision: the entry's own severity, or a warning when a lawful exception occurs in
/// the text.
pub(crate) fn keep_severity(hit: &Hit<'_>, _a: &Analysis, excepted: bool) -> Option<Severity> {
    Some(if excepted { Severity::Warning } else { hit.entry.severity })
}

/// Runs a lexicon rule: every hit the rule keeps becomes a finding with its span, message and
/// suggestion. `exception` names a cue set looked up once in the whole text (a lawful
/// exception: an actor's role, a police office...), passed on to `decide` and `message`.
pub(crate) fn run(input: &TextInput<'_>, out: &mut Emitter<'_>, lex: &Lexicon, exception: Option<&str>, decide: Decide, message: Message) {
    let a = input.analysis();
    let hits = lex.find(a, text_lang(input));
    if hits.is_empty() {
        return;
    }
    let excepted = exception.is_some_and(|set| cues().in_text(set, a));
    for hit in hits {
        if let Some(severity) = decide(&hit, a, excepted) {
            let changed = severity != hit.entry.severity;
            let mut text = message(hit.entry.kind, out.lang(), excerpt(input.text, &hit), excepted && changed);
            if excepted && changed {
                text.push(' ');
                text.push_str(exception_note(out.lang()));
            }
            emit(input, out, &hit, severity, text);
        }
    }
}

/// Appended to a finding that a lawful exception turned into a warning: ask for the reason.
fn exception_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Ilmoituksessa mainitaan tehtävä, jossa vaatimus voi olla sallittu (esim. rooli, henkilökohtainen avustaja, laissa säädetty virka): kerro vaatimuksen peruste ilmoituksessa.",
        Lang::Sv => "Annonsen nämner en uppgift där kravet kan vara tillåtet (t.ex. en roll, personlig assistent, en tjänst som lagen reglerar): ange skälet för kravet i annonsen.",
        Lang::En => "The ad names work where the requirement may be lawful (e.g. a role, a personal assistant, an office regulated by law): state the reason for it in the ad.",
    }
}

/// The text's language: guessed from its function words, else declared (the field's key).
pub(crate) fn text_lang(input: &TextInput<'_>) -> Option<LangCode> {
    // What the words say wins: recruiters often write English into the `fi` field.
    input.analysis().guessed.or(match input.lang.and_then(Lang::parse) {
        Some(Lang::Fi) => Some(LangCode::Fi),
        Some(Lang::Sv) => Some(LangCode::Sv),
        Some(Lang::En) => Some(LangCode::En),
        None => None,
    })
}

/// The marked words of a hit.
pub(crate) fn excerpt<'t>(text: &'t str, hit: &Hit<'_>) -> &'t str {
    text.get(hit.start..hit.end).unwrap_or("")
}

/// Pushes one finding for a hit.
pub(crate) fn emit(input: &TextInput<'_>, out: &mut Emitter<'_>, hit: &Hit<'_>, severity: Severity, message: String) {
    let mut finding = Finding::new(severity, message).span(hit.start..hit.end);
    if let Some(s) = hit.entry.suggestion {
        finding = finding.suggestion(match_case(excerpt(input.text, hit), s));
    }
    out.push(finding);
}

/// `suggestion` capitalised like `original` (Palomies → Pelastaja).
fn match_case(original: &str, suggestion: &str) -> String {
    // Without Unicode case tables: the letters `fold` knows (ASCII, Latin-1, Š, Ž).
    let mut chars = suggestion.chars();
    match (original.chars().next(), chars.next()) {
        (Some(o), Some(first)) if fold(o) != o => std::iter::once(unfold(first)).chain(chars).collect(),
        _ => suggestion.to_owned(),
    }
}

/// The upper case of a lower-case letter `fold` knows.
fn unfold(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 32).unwrap_or(c),
        'š' => 'Š',
        'ž' => 'Ž',
        _ => c,
    }
}

/// Rule-test helper: `(excerpt, severity, suggestion)` of one rule's findings on `text`.
#[cfg(test)]
pub(crate) fn findings(text: &str, rule: &str) -> Vec<(String, Severity, Option<String>)> {
    let report = crate::validate_text(text, &crate::test_util::options());
    report
        .of_rule(rule)
        .map(|d| (d.span.map(|s| text[s.start..s.end].to_owned()).unwrap_or_default(), d.severity, d.suggestion.clone()))
        .collect()
}

/// Rule-test helper: asserts each `(text, excerpt, severity)` is found and each negative is silent.
#[cfg(test)]
pub(crate) fn check_cases(rule: &str, positives: &[(&str, &str, Severity)], negatives: &[&str]) {
    for (text, want, severity) in positives {
        let got = findings(text, rule);
        assert!(
            got.iter().any(|(e, s, _)| e == want && s == severity),
            "{rule}: {text:?} should mark {want:?} as {severity:?}, got {got:?}"
        );
    }
    for text in negatives {
        let got = findings(text, rule);
        assert!(got.is_empty(), "{rule}: {text:?} should be silent, got {got:?}");
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::options;
    use crate::{validate_text, Severity};

    #[test]
    fn a_lawful_exception_makes_a_warning_that_asks_for_the_reason() {
        let cases = [
            ("Näyttelijä naisrooliin: hakijan tulee olla nainen.", Severity::Warning, true),
            ("Myyjä: hakijan tulee olla nainen.", Severity::Error, false),
        ];
        for (text, severity, asks) in cases {
            let report = validate_text(text, &options());
            let found: Vec<_> = report.of_rule("content.discrimination.gender").collect();
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].severity, severity, "{text}");
            assert_eq!(found[0].message.contains("kerro vaatimuksen peruste"), asks, "{text}: {}", found[0].message);
        }
    }
}
