//! Shared machinery of the content rules (`content.*`): what the text says.
//!
//! A content rule finds **mentions** with its lexicon (`data/lexicon/<rule>.tsv`, format in
//! [`crate::text::lexicon`]) or a scanner of its own (ages), and **judges** each by the
//! stance of its clause toward the applicant ([`crate::text::stance`]): a `crit` mention is a
//! finding unless the clause states equality, encourages, negates it or speaks of others; an
//! `attr` mention only when the clause requires, prefers, excludes, asks about or seeks it; a
//! `word` mention wherever it is used. A rule may refine the judgement (a lawful exception in
//! the text, physical work, the payer of a fee) and gives the message; every finding can say
//! which mention and which stance produced it (`Options::explain`).

use crate::options::Lang;
use crate::rule::{concat, is_any, Emitter, Finding, TextInput};
use crate::text::lexicon::{lexicon, CueId, Entry, Hit, LexId, Mode};
use crate::text::stance::{self, Stance, StanceKind, Via};
use crate::text::{cues::cues, fold, Analysis, LangCode};
use crate::Severity;

/// A message maker: (entry kind, message language, the marked words, a lawful exception
/// applies). `None` for a kind the rule does not know (a test checks every lexicon kind has one).
pub(crate) type Message = fn(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> Option<String>;

/// A judged mention: the hit, its stance, and what the rule made of it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verdict {
    pub severity: Severity,
    pub stance: Stance,
    /// The word of the lawful exception that made an error a warning (byte range).
    pub exception: Option<(usize, usize)>,
}

/// A rule's judgement of one mention, after the mode's: `Some(severity)` keeps it (possibly
/// milder), `None` drops it. Gets the mode's verdict (`None` when the mode alone drops it).
pub(crate) type Refine = fn(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity>;

/// A content rule's wiring: its lexicon, its lawful-exception cue set, its refinement and messages.
pub(crate) struct Spec {
    pub lexicon: LexId,
    /// A cue set whose presence anywhere in the text makes errors warnings that ask for the
    /// reason (an actor's role, a police office, a parish).
    pub exception: Option<CueId>,
    pub refine: Refine,
    pub message: Message,
}

/// The judgement by mode alone (see the module docs).
pub(crate) fn by_mode(entry: &Entry, stance: &Stance) -> Option<Severity> {
    let keep = match entry.mode {
        // (flag `o`: a team or workplace described still speaks to the applicant; the people
        // the work is for never do)
        Mode::Crit => !stance.kind.neutral() && (stance.kind != StanceKind::Others || (entry.has('o') && stance.via != Via::Served)),
        Mode::Attr => stance.kind.directed(),
        Mode::Word => stance.kind != StanceKind::Mentioned,
        Mode::Cue => false,
    };
    keep.then_some(entry.severity)
}

/// Keeps the mode's judgement.
pub(crate) fn plain(_hit: &Hit<'_>, _stance: &Stance, _a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    by_mode
}

/// Judges a mention: its stance, the mode's and the rule's verdict, and a lawful exception.
pub(crate) fn judge(hit: &Hit<'_>, a: &Analysis, refine: Refine, exception: Option<(usize, usize)>) -> Option<Verdict> {
    // A word of an e-mail address or a user name ("man_mas17@...") speaks of no one.
    if matches!(a.glued_sign(hit.first, false), Some("_" | "@")) || matches!(a.glued_sign(hit.last, true), Some("_" | "@")) {
        return None;
    }
    let stance = stance::of(a, hit.first, hit.last);
    let severity = refine(hit, &stance, a, by_mode(hit.entry, &stance))?;
    // (only an error is softened, so only an error looks for a hedge)
    let excepted = if severity == Severity::Error { exception.or_else(|| hedged(hit, a)) } else { None };
    Some(Verdict { severity: if excepted.is_some() { Severity::Warning } else { severity }, stance, exception: excepted })
}

/// A requirement said of only some posts or cases, near the mention in its clause ("U.S.
/// Citizenship is required for most positions", "I vissa fall krävs svenskt medborgarskap"): not
/// this job's own criterion for certain, so a warning that asks for the reason, as for a lawful
/// exception. The hedge's two words, as a byte range.
fn hedged(hit: &Hit<'_>, a: &Analysis) -> Option<(usize, usize)> {
    let clause = a.clause_words(hit.first);
    let near = hit.first.saturating_sub(8).max(clause.start)..(hit.last + 8).min(clause.end.saturating_sub(1));
    let k = near.into_iter().find(|&k| {
        is_any(a.word(k), "most|some|certain|vissa|joissakin|tietyissä|useimmissa")
            && is_any(a.word(k + 1), "positions|roles|jobs|posts|cases|befattningar|tjänster|roller|fall|tehtävissä|tapauksissa")
    })?;
    Some((a.word_token(k).start, a.word_token(k + 1).end))
}

/// The word of cue set `set` that occurs in the text (a lawful exception), as a byte range.
pub(crate) fn exception_in(input: &TextInput<'_>, set: Option<CueId>) -> Option<(usize, usize)> {
    let a = input.analysis();
    let k = cues().in_text(set?, a)?;
    let t = a.word_token(k);
    Some((t.start, t.end))
}

/// Runs a lexicon rule: every mention the rule keeps becomes a finding with its span, message,
/// suggestion and explanation.
pub(crate) fn run(input: &TextInput<'_>, out: &mut Emitter<'_>, spec: &Spec) {
    let a = input.analysis();
    let lex = lexicon(spec.lexicon);
    if lex.entries.is_empty() {
        return;
    }
    // Only texts with a candidate mention pay for the exception look-up and the stances.
    let mut exception = None;
    let mut looked = false;
    let found = lex.find(a, text_lang(input), |hit| {
        if !looked {
            exception = exception_in(input, spec.exception);
            looked = true;
        }
        judge(hit, a, spec.refine, exception)
    });
    for (hit, verdict) in found {
        emit(input, out, &hit, &verdict, spec.message);
    }
}

/// Pushes one finding for a judged mention.
pub(crate) fn emit(input: &TextInput<'_>, out: &mut Emitter<'_>, hit: &Hit<'_>, verdict: &Verdict, message: Message) {
    let excerpt = excerpt(input.text, hit);
    let Some(text) = message(hit.entry.kind, out.lang(), excerpt, verdict.exception.is_some()) else {
        debug_assert!(false, "no message for kind {}", hit.entry.kind);
        return;
    };
    let mut finding = Finding::new(verdict.severity, text).span(hit.start..hit.end);
    if let Some(s) = hit.entry.suggestion {
        finding = finding.suggestion(match_case(excerpt, s));
    }
    if out.explaining() {
        let stance = verdict.stance.explain(input.text);
        let mut why = concat(&["mention ", hit.entry.kind, " “", excerpt, "” (", hit.entry.mode.as_str(), "); ", &stance]);
        if let Some((lo, hi)) = verdict.exception {
            why.push_str("; lawful exception “");
            why.push_str(input.text.get(lo..hi).unwrap_or(""));
            why.push('”');
        }
        finding = finding.explain(why);
    }
    out.push(finding);
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
    let mut failed = Vec::new();
    for (text, want, severity) in positives {
        let got = findings(text, rule);
        if !got.iter().any(|(e, s, _)| e == want && s == severity) {
            failed.push(format!("{text:?} should mark {want:?} as {severity:?}, got {got:?}"));
        }
    }
    for text in negatives {
        let got = findings(text, rule);
        if !got.is_empty() {
            failed.push(format!("{text:?} should be silent, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{rule}:\n{}", failed.join("\n"));
}

/// Rule-test helper: every kind in the rule's lexicon has a message in every language, with and
/// without a lawful exception, and the message quotes the marked words.
#[cfg(test)]
pub(crate) fn check_messages(lex: LexId, extra_kinds: &[&str], message: Message) {
    let kinds = lexicon(lex).entries.iter().map(|e| e.kind).chain(extra_kinds.iter().copied());
    for kind in kinds {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for exception in [false, true] {
                let m = message(kind, lang, "XYZZY", exception);
                assert!(m.as_deref().is_some_and(|m| m.contains("XYZZY")), "kind {kind:?} ({lang:?}, exception {exception}): {m:?}");
            }
        }
    }
    assert!(message("no-such-kind", Lang::Fi, "x", false).is_none(), "an unknown kind must have no message");
}
