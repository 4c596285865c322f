//! `content.personal_data`: personal data that has no place in a job ad (Act on the Protection
//! of Privacy in Working Life 759/2004: only data the job needs; health data only under s. 5).
//!
//! - A Finnish **personal identity code** (henkilötunnus) with a valid check character →
//!   **error** (publishing one is never needed; Data Protection Act 1050/2018 s. 29). The code
//!   is `DDMMYY` + century sign + 3-digit serial (002–999) + check character, where the check
//!   is the 9-digit number `DDMMYYNNN` mod 31 indexed into `0123456789ABCDEFHJKLMNPRSTUVWXY`,
//!   and the century signs are `+` (1800s), `-` `Y` `X` `W` `V` `U` (1900s) and `A`–`F` (2000s,
//!   since the 2023 reform). A wrong check character, an impossible date (31 April, 29 February
//!   1900) or serial 000/001 → nothing: it is some other number. A `-` sign that a word
//!   processor turned into `–`, U+2011 or `−` still counts (the code is still the person's).
//! - A **request for health data** in the application ("liitä terveystodistus hakemukseen",
//!   "kerro terveydentilastasi", "bifoga läkarintyg", "include your medical history") →
//!   **error**: an employer may process an applicant's health data only as s. 5 allows, never by
//!   asking for it with the application. Sick-leave history and health *requirements*
//!   ("hyvä fyysinen kunto") are `content.discrimination.*`, not this rule.
//! - A **request for the applicant's identity code** ("ilmoita hakemuksessa henkilötunnuksesi",
//!   "ange din personbeteckning", "include your personal identity code") → **error**: an
//!   application never needs it (Data Protection Act 1050/2018 s. 29). A request the ad
//!   negates ("älä lähetä henkilötunnustasi", "utesluta de sista fyra siffrorna i ditt
//!   personnummer") is none, for health data too.
//!
//! The lexicon `data/health_data.tsv` has lines `kind<TAB>words`; a word ending in `*`
//! matches any word it begins. Words are those of the shared text analysis (`crate::text`:
//! folded to lowercase, `’` read as `'`), so the rule does not tokenize the text again. Kinds:
//! - `doc`: a document or record about the applicant's health ("terveystodistus",
//!   "läkarintyg", "medical history") — flagged when a `cue` is near;
//! - `own`: health words flagged only when they are the applicant's — a Finnish possessive
//!   ending (-si, -nne: "terveydentilastasi", "sairautesi") or a `poss` word one or two words
//!   before ("your health", "ditt hälsotillstånd", "any medical conditions") — and a `cue` near;
//! - `cue`: request words (imperatives, "hakemukseen", "ansökan", "application") within 8 words
//!   in the same clause (clauses end at `.`, `!`, `?`, `;`, bullets and line breaks);
//! - `except`: words that begin like a health word but are something else: sick leave
//!   ("sairauspoissaolot"), insurance, "health and safety", "health care";
//! - `poss`: the possessive words for `own`;
//! - `id`: the personal identity code asked of the applicant ("ilmoita henkilötunnuksesi",
//!   "ange din personbeteckning", "include your personal identity code"), as `own` words are;
//!   a request the ad negates ("älä lähetä henkilötunnustasi", "do not include") is none.
//!
//! E-mail addresses and phone numbers in free text are left alone here (the wording around a
//! company address and a private person's cannot be told apart without false alarms).

use std::sync::OnceLock;

use crate::fold::is_letter_or_digit as is_word_char;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, TextInput, tr_text, sub, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct PersonalData;

static INFO: RuleInfo = RuleInfo {
    id: "content.personal_data",
    severity: Severity::Error,
    title: tr_text!( fi: "Henkilötiedot", sv: "Personuppgifter", en: "Personal data" ),
    description: tr_text!(
        fi: "Ilmoituksessa on henkilötunnus, tai se pyytää hakijalta henkilötunnusta tai terveystietoja. Ilmoituksessa ja hakemuksessa saa käsitellä vain työn kannalta tarpeellisia tietoja; henkilötunnusta tai terveystietoja ei pyydetä hakemuksessa. Poista tunnus tai pyyntö.",
        sv: "Annonsen innehåller en personbeteckning, eller ber den sökande om personbeteckningen eller hälsouppgifter. I annonsen och ansökan får bara uppgifter som behövs för arbetet behandlas; personbeteckning och hälsouppgifter begärs inte i ansökan. Ta bort beteckningen eller begäran.",
        en: "The ad contains a personal identity code, or asks applicants for their identity code or health data. Only data the job needs may be processed; neither is asked for in the application. Remove the code or the request.",
    ),
    reference: Some(refs::PRIVACY_WORKING_LIFE),
    scope: Scope::Text,
};

// ---- personal identity code -----------------------------------------------------------------

const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

fn century(sign: u8) -> Option<u32> {
    match sign.to_ascii_uppercase() {
        b'+' => Some(1800),
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => Some(1900),
        b'A'..=b'F' => Some(2000),
        _ => None,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}

/// Whether `code` (11 ASCII bytes) is a valid personal identity code.
fn is_valid_hetu(code: &[u8]) -> bool {
    let digits = |r: std::ops::Range<usize>| code.get(r).filter(|d| d.iter().all(u8::is_ascii_digit));
    let (Some(date), Some(serial), Some(&sign), Some(&check)) = (digits(0..6), digits(7..10), code.get(6), code.get(10)) else {
        return false;
    };
    let Some(century) = century(sign) else { return false };
    let part = |r: std::ops::Range<usize>| date.get(r).map_or(0, number);
    let (day, month, year) = (part(0..2), part(2..4), century + part(4..6));
    if day == 0 || day > days_in_month(year, month) || number(serial) < 2 {
        return false;
    }
    let n = number(date) * 1000 + number(serial);
    CHECK_CHARS[(n % 31) as usize] == check.to_ascii_uppercase()
}

/// Byte ranges of valid identity codes standing as words of their own.
/// Word processors turn the `-` sign into these; the code is still the person's code.
const DASH_LOOKALIKES: [char; 3] = ['–', '\u{2011}', '−'];

/// The end of a valid identity code starting at byte `i` (an ASCII digit, so a char boundary).
fn identity_code_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    // (arrays taken whole, not copied into slices of the code: no length-mismatch panic path)
    let &[d0, d1, d2, d3, d4, d5] = <&[u8; 6]>::try_from(b.get(i..i + 6)?).ok()?;
    // The century sign: one ASCII byte, or a dash look-alike read as '-'.
    let (sign, sign_len) = match DASH_LOOKALIKES.iter().find(|d| s.get(i + 6..).is_some_and(|r| r.starts_with(**d))) {
        Some(d) => (b'-', d.len_utf8()),
        None => (*b.get(i + 6)?, 1),
    };
    let rest = i + 6 + sign_len;
    let &[s0, s1, s2, s3] = <&[u8; 4]>::try_from(b.get(rest..rest + 4)?).ok()?;
    let code = [d0, d1, d2, d3, d4, d5, sign, s0, s1, s2, s3];
    let end = rest + 4;
    // Valid codes are ASCII from `rest` on, so `end` is a char boundary.
    (is_valid_hetu(&code) && !sub(s, end..).chars().next().is_some_and(is_word_char)).then_some(end)
}

/// Byte ranges of valid identity codes standing as words of their own.
fn identity_codes(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rest @ [first, ..]) = b.get(i..) {
        if !first.is_ascii_digit() {
            // on to the next digit
            i += rest.iter().position(u8::is_ascii_digit).unwrap_or(rest.len());
            continue;
        }
        // A code starts with exactly six digits at the start of a word; no other position of a
        // run of digits starts a word, so the scan goes on after the run.
        let run = rest.iter().take_while(|d| d.is_ascii_digit()).count();
        let starts_word = run == 6 && !sub(s, ..i).chars().next_back().is_some_and(is_word_char);
        match if starts_word { identity_code_at(s, i) } else { None } {
            Some(end) => {
                out.push((i, end));
                i = end;
            }
            None => i += run,
        }
    }
    out
}

// ---- health data requests -------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Doc,
    Own,
    Cue,
    Except,
    Poss,
    Disease,
    Third,
    Id,
}

struct Pattern {
    /// Each word with whether it is a prefix (`word*`, the `*` removed).
    words: Vec<(&'static str, bool)>,
}

static LEXICON: &str = include_str!(concat!(env!("OUT_DIR"), "/health_data.tsv"));

/// The lexicon's patterns in buckets by kind and the first byte of their first word
/// (`kind * 256 + byte`), so that a word is compared only with the few patterns that can
/// start with it; and a 4096-bit filter of the first two bytes of every `doc` and `own`
/// pattern, which turns away most words of a text (no health word can start there) at the
/// cost of one bit test.
struct Lexicon {
    buckets: Vec<Vec<Pattern>>,
    starts: [u64; 64],
    /// A `doc` or `own` pattern starts with a one-byte word: the filter lets every word through.
    short_start: bool,
}

fn start_bit(word: &str) -> Option<usize> {
    match word.as_bytes() {
        [b0, b1, ..] => Some((usize::from(*b0) * 131 + usize::from(*b1)) & 4095),
        _ => None,
    }
}

impl Lexicon {
    /// Whether a `doc`, `own` or `disease` pattern may start at a word that reads `word`.
    fn may_start(&self, word: &str) -> bool {
        self.short_start || start_bit(word).is_some_and(|b| self.starts.get(b / 64).is_some_and(|s| s & (1 << (b % 64)) != 0))
    }
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon { buckets: (0..256 * 8).map(|_| Vec::new()).collect(), starts: [0; 64], short_start: false };
        // (the build script writes each kind once, `⇥kind`, before the lines of its words)
        let mut kind = None;
        for pattern in LEXICON.lines() {
            if let Some(name) = pattern.strip_prefix('\t') {
                kind = match name {
                    "doc" => Some(Kind::Doc),
                    "own" => Some(Kind::Own),
                    "cue" => Some(Kind::Cue),
                    "except" => Some(Kind::Except),
                    "poss" => Some(Kind::Poss),
                    "disease" => Some(Kind::Disease),
                    "third" => Some(Kind::Third),
                    "id" => Some(Kind::Id),
                    _ => None,
                };
                continue;
            }
            let Some(kind) = kind else { continue };
            let words: Vec<(&str, bool)> =
                pattern.split_whitespace().map(|w| w.strip_suffix('*').map_or((w, false), |prefix| (prefix, true))).collect();
            let Some(&(first, _)) = words.first() else { continue };
            if matches!(kind, Kind::Doc | Kind::Own | Kind::Disease | Kind::Id) {
                match start_bit(first) {
                    Some(b) => {
                        if let Some(s) = lex.starts.get_mut(b / 64) {
                            *s |= 1 << (b % 64);
                        }
                    }
                    None => lex.short_start = true,
                }
            }
            if let Some(bucket) = first.as_bytes().first().and_then(|&b| lex.buckets.get_mut(kind as usize * 256 + usize::from(b))) {
                bucket.push(Pattern { words });
            }
        }
        lex
    })
}

fn word_matches(&(pattern, prefix): &(&str, bool), word: &str) -> bool {
    if prefix {
        word.starts_with(pattern)
    } else {
        word == pattern
    }
}

/// The number of words `p` matches at word `k` of the analysis, within `k`'s clause.
fn match_at(p: &Pattern, a: &Analysis, k: usize, clause_end: usize) -> Option<usize> {
    let n = p.words.len();
    (k + n <= clause_end && p.words.iter().enumerate().all(|(i, pw)| word_matches(pw, a.word(k + i)))).then_some(n)
}

/// The longest pattern of `kind` matching at word `k` (within its clause), as a number of words.
fn matches_kind(kind: Kind, a: &Analysis, k: usize, clause_end: usize) -> Option<usize> {
    let first = *a.word(k).as_bytes().first()?;
    lexicon().buckets.get(kind as usize * 256 + usize::from(first))?.iter().filter_map(|p| match_at(p, a, k, clause_end)).max()
}

const CUE_WINDOW: usize = 8;

fn is_finnish_possessive(word: &str) -> bool {
    let w = word.strip_suffix("han").or_else(|| word.strip_suffix("hän")).unwrap_or(word);
    w.ends_with("si") || w.ends_with("nne")
}

/// Byte ranges of health words requested from the applicant. Words are the shared analysis's
/// (folded: lowercase, `’` as `'`); a request and its cue lie in one clause (a clause ends at
/// `.`, `!`, `?`, `;`, a bullet or a line break).
/// Also returns the words where a health word may start (for [`named_health`]).
fn health_requests(a: &Analysis) -> (Vec<(usize, usize, bool)>, Vec<usize>) {
    let mut out = Vec::new();
    let mut starts = Vec::new();
    let lex = lexicon();
    let mut k = 0;
    while k < a.words.len() {
        // Most words cannot start a health word: skip them at once (an `except` match only
        // matters where a `doc` or `own` one could start).
        if !lex.may_start(a.word(k)) {
            k += 1;
            continue;
        }
        starts.push(k);
        let clause = a.clause_words(k);
        let end = clause.end;
        if matches_kind(Kind::Except, a, k, end).is_some() {
            k += 1;
            continue;
        }
        let possessive = |n: usize| {
            let possessive_before = (1..=2).any(|d| k >= clause.start + d && matches_kind(Kind::Poss, a, k - d, end).is_some());
            is_finnish_possessive(a.word(k + n - 1)) || possessive_before
        };
        // (the identity code asked of the applicant, as own words are: "henkilötunnuksesi",
        // "din personbeteckning", or right after the request: "Bifoga personnummer"; not
        // "henkilötunnus pyydetään vasta työsopimusta tehtäessä")
        let asked = || k > clause.start && matches_kind(Kind::Cue, a, k - 1, end).is_some();
        // (or listed under a heading that asks for it: "Skicka följande till oss:\n- CV\n-
        // personbeteckning och adress")
        let id = matches_kind(Kind::Id, a, k, end);
        let listed = id.is_some() && crate::text::stance::of(a, k, k).asked_by_heading();
        let id = id.filter(|&n| possessive(n) || asked() || listed);
        let doc = matches_kind(Kind::Doc, a, k, end).or(id);
        let own = matches_kind(Kind::Own, a, k, end).filter(|&n| possessive(n));
        let Some(n) = doc.max(own) else {
            k += 1;
            continue;
        };
        let lo = k.saturating_sub(CUE_WINDOW).max(clause.start);
        let hi = (k + n + CUE_WINDOW).min(end);
        // (not a cue of the employer giving: "We care about your health, which is why we
        // provide ...")
        let cued = (lo..hi)
            .filter(|&j| j < k || j >= k + n)
            .any(|j| matches_kind(Kind::Cue, a, j, end).is_some() && a.word(j.wrapping_sub(1)) != "we" && a.word(j.wrapping_sub(2)) != "we");
        if (cued || listed) && !told_not(a, lo, k) {
            out.push((a.word_token(k).start, a.word_token(k + n - 1).end, id.is_some() && doc == id));
            k += n;
        } else {
            k += 1;
        }
    }
    (out, starts)
}

/// Whether the words `lo..k` tell the applicant *not* to give it: "älä lähetä henkilötunnustasi
/// tai terveystietojasi", "do not include", "skicka inte", "ei tarvitse liittää", "utesluta de
/// sista fyra siffrorna i ditt personnummer".
fn told_not(a: &Analysis, lo: usize, k: usize) -> bool {
    (lo..k).any(|j| {
        let before = if j > lo { a.word(j - 1) } else { "" };
        match a.word(j) {
            "älä" | "älkää" | "emme" | "don't" | "never" => true,
            "not" => is_any(before, "do|please"),
            // (and before the request: "vi ber dig att inte skicka personbeteckning")
            "inte" | "ej" => is_any(before, "skicka|bifoga|ange|uppge|lämna|behöver|att"),
            "tarvitse" | "tarvitsee" => before == "ei",
            w => starts_with_any(w, "utesluta|exclude|omit|poista|jätä"),
        }
    })
}

/// Byte ranges of diagnoses told of a named person ("Ensimmäinen asiakkaasi on Pirjo K.
/// Kontulasta, jolla on pitkälle edennyt Alzheimerin tauti"): a disease after a "who has" word
/// ("jolla", "who has", "som har") in the same clause, and a person's name before it (a
/// capitalised word and an initial, "Pirjo K.", or two capitalised words not at the clause's
/// start). An unnamed client ("asiakkaamme, jolla on MS-tauti") or the employer telling of
/// themselves is not this.
/// `starts`: the words where a health word may start (from [`health_requests`]; a word inside a
/// request it skipped is no disease told of a named person either).
fn named_health(a: &Analysis, starts: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &k in starts {
        let clause = a.clause_words(k);
        let Some(n) = matches_kind(Kind::Disease, a, k, clause.end) else { continue };
        let lo = k.saturating_sub(6).max(clause.start);
        let Some(t) = (lo..k).rev().find(|&j| matches_kind(Kind::Third, a, j, clause.end).is_some()) else { continue };
        let name = (t.saturating_sub(6).max(clause.start + 1)..t).any(|j| {
            let initial = j + 1 < t && a.text_starts_upper(j + 1) && crate::rule::char_count(a.word(j + 1)) == 1;
            a.text_starts_upper(j) && crate::rule::char_count(a.word(j)) > 1 && (initial || (j + 1 < t && a.text_starts_upper(j + 1)))
        });
        if name {
            out.push((a.word_token(k).start, a.word_token(k + n - 1).end));
        }
    }
    out
}

impl Rule for PersonalData {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let s = input.text;
        for (start, end) in identity_codes(s) {
            out.push(
                Finding::error(tr!(lang, [],
                    fi: "Tekstissä on henkilötunnus. Henkilötunnusta ei saa julkaista työpaikkailmoituksessa: poista se.",
                    sv: "Texten innehåller en personbeteckning. En personbeteckning får inte publiceras i en platsannons: ta bort den.",
                    en: "The text contains a Finnish personal identity code. It must not be published in a job ad: remove it.",
                ))
                .span(start..end)
                .reference(refs::PERSONAL_ID_CODE),
            );
        }
        let (requests, starts) = health_requests(input.analysis());
        for (start, end, id) in requests {
            let x = sub(s, start..end);
            if id {
                out.push(
                    Finding::error(tr!(lang, [x],
                        fi: "Ilmoitus pyytää hakijan henkilötunnusta (”{x}”). Sitä ei tarvita hakemuksessa: henkilötunnusta saa käsitellä vain, kun se on välttämätöntä (tietosuojalaki 29 §). Poista pyyntö.",
                        sv: "Annonsen ber om den sökandes personbeteckning (”{x}”). Den behövs inte i ansökan: en personbeteckning får behandlas bara när det är nödvändigt (dataskyddslagen 29 §). Ta bort begäran.",
                        en: "The ad asks for the applicant's personal identity code (“{x}”). An application does not need it: the code may be processed only where necessary (Data Protection Act s. 29). Remove the request.",
                    ))
                    .span(start..end)
                    .reference(refs::PERSONAL_ID_CODE),
                );
                continue;
            }
            out.push(
                Finding::error(tr!(lang, [x],
                    fi: "Ilmoitus pyytää hakijalta terveystietoja (”{x}”). Työnantaja saa käsitellä terveydentilaa koskevia tietoja vain laissa säädetyin edellytyksin, eikä niitä pyydetä hakemuksessa. Poista pyyntö.",
                    sv: "Annonsen ber den sökande om hälsouppgifter (”{x}”). Arbetsgivaren får behandla uppgifter om hälsotillstånd bara på de villkor som lagen anger, och de begärs inte i ansökan. Ta bort begäran.",
                    en: "The ad asks applicants for health data (“{x}”). An employer may process health data only as the law allows, and it is not asked for in the application. Remove the request.",
                ))
                .span(start..end),
            );
        }
        for (start, end) in named_health(input.analysis(), &starts) {
            let x = sub(s, start..end);
            out.push(
                Finding::error(tr!(lang, [x],
                    fi: "Ilmoitus kertoo nimetyn henkilön terveystietoja (”{x}”). Terveydentilaa koskevat tiedot ovat arkaluonteisia eivätkä kuulu työpaikkailmoitukseen: poista ne.",
                    sv: "Annonsen berättar om en namngiven persons hälsa (”{x}”). Uppgifter om hälsotillstånd är känsliga och hör inte hemma i en platsannons: ta bort dem.",
                    en: "The ad tells a named person's health data (“{x}”). Health data are sensitive and have no place in a job ad: remove them.",
                ))
                .span(start..end),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{options, spans_of_text};
    use crate::validate_text;

    const ID: &str = "content.personal_data";

    #[test]
    fn valid_identity_codes_are_errors_and_lookalikes_are_not() {
        let cases: &[(&str, &[&str])] = &[
            // valid codes (the 1900s, 2000s, 1800s signs; the 2023 signs Y and B; serial 999)
            ("Yhteyshenkilö Matti, hetu 131052-308T.", &["131052-308T"]),
            ("Henkilötunnus: 010594Y9021", &["010594Y9021"]),
            ("Personbeteckning 290200A1239 (skottdag 2000)", &["290200A1239"]),
            ("ID 150323B456R, 311299-999E and 010101+002S", &["150323B456R", "311299-999E", "010101+002S"]),
            ("lowercase 131052-308t works too", &["131052-308t"]),
            // the '-' sign turned into a dash by a word processor
            ("hetu 131052–308T, 131052\u{2011}308T ja 131052−308T", &["131052–308T", "131052\u{2011}308T", "131052−308T"]),
            ("131052—308T (em dash) ja 131052_308T", &[]),
            // wrong check character
            ("hetu 131052-308U", &[]),
            // impossible dates: 29 Feb 1900 (same digits as the valid 2000 code), 31 April, 29 Feb 2001
            ("290200-1239", &[]),
            ("310452-1117", &[]),
            ("290201A123J", &[]),
            // serial 001
            ("131052-001W", &[]),
            // part of a longer token, other numbers with dashes
            ("X131052-308T", &[]),
            ("131052-308T5", &[]),
            ("9131052-308T", &[]),
            ("Y-tunnus 1234567-8, puhelin 040-1234567, tili FI21 1234 5600 0007 85", &[]),
            ("Työaika 010190-311290 ja 123456-7890", &[]),
            ("ä131052-308T", &[]),
            ("131052-308Tä", &[]),
            ("131052-308", &[]),
            ("131052–308", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(spans_of_text(text, ID), *expected, "{text}");
        }
        let report = validate_text("hetu 131052-308T", &options());
        let d = report.of_rule(ID).next().unwrap();
        assert!(d.reference.unwrap().contains("1050/2018"));
        assert!(!d.message.contains("131052"), "the message does not repeat the code");
    }

    #[test]
    fn a_named_persons_diagnoses_and_their_neighbours() {
        for (text, want) in [
            ("Ensimmäinen asiakkaasi on Pirjo K. Kontulasta, jolla on pitkälle edennyt Alzheimerin tauti ja diabetes.", Some("Alzheimerin")),
            ("You will care for Mary Smith, who has advanced dementia.", Some("dementia")),
            ("Asiakkaanamme on iäkäs nainen, jolla on Alzheimerin tauti.", None),
            ("Olen viisikymppinen nainen, jolla on selkäydinvamma ja diabetes.", None),
            ("Alzheimer Society of Finland hakee koordinaattoria.", None),
        ] {
            let got = spans_of_text(text, ID);
            match want {
                Some(w) => assert!(got.iter().any(|g| g.starts_with(w)), "{text}: {got:?}"),
                None => assert!(got.is_empty(), "{text}: {got:?}"),
            }
        }
    }

    #[test]
    fn requests_for_health_data_and_their_neighbours() {
        let cases: &[(&str, &[&str])] = &[
            // fi
            ("Liitä terveystodistus hakemukseen.", &["terveystodistus"]),
            // an identity code right after the request, or with a possessive
            ("Bifoga personnummer i ansökan.", &["personnummer"]),
            ("Please provide your SSN and date of birth with the application.", &["SSN"]),
            ("Henkilötunnus pyydetään vasta työsopimusta tehtäessä.", &[]),
            ("Do not send SSN by e-mail.", &[]),
            ("Emme pyydä henkilötunnusta hakuvaiheessa; tarvitsemme sen vasta työsopimusta tehtäessä.", &[]),
            ("Kerro terveydentilastasi hakemuksessa.", &["terveydentilastasi"]),
            ("Kerrothan myös mahdollisista sairauksista.", &["sairauksista"]),
            ("Toimita lääkärintodistus CV:n kanssa", &["lääkärintodistus"]),
            ("Hakemukseen tulee liittää sairaushistoria ja lääkityksesi.", &["sairaushistoria", "lääkityksesi"]),
            ("Työterveyshuolto tekee työhöntulotarkastuksen.", &[]),
            ("Tarjoamme kattavan työterveyshuollon ja sairausvakuutuksen.", &[]),
            ("Kerro kokemuksestasi terveystiedon opettajana.", &[]),
            ("Seuraat asukkaiden terveydentilaa. Kerro hakemuksessa kokemuksestasi.", &[]),
            ("Terveystodistus esitetään ennen työn aloittamista.", &[]),
            ("Kerro sairauspoissaoloistasi.", &[]),
            ("Työ edellyttää hyvää fyysistä kuntoa.", &[]),
            // sv
            ("Bifoga läkarintyg till ansökan.", &["läkarintyg"]),
            ("Berätta om ditt hälsotillstånd.", &["hälsotillstånd"]),
            ("Ange eventuella sjukdomar i ansökan", &["sjukdomar"]),
            ("Vi erbjuder företagshälsovård och sjukförsäkring.", &[]),
            ("Du arbetar med patienters hälsa. Skicka ansökan senast 1.12.", &[]),
            ("Berätta om din sjukdomsfrånvaro.", &[]),
            // en
            ("Please include your medical history.", &["medical history"]),
            ("Attach a doctor's certificate to your application", &["doctor's certificate"]),
            ("Tell us about any medical conditions.", &["medical conditions"]),
            ("Describe your health and your diagnosis", &["health", "diagnosis"]),
            ("Provide your health and safety card.", &[]),
            ("We care about your health and wellbeing: send your application today", &[]),
            // (real ad, 2024)
            ("You'll be supported by leaders who care about your health and well-being and provide you with opportunities.", &[]),
            ("You will monitor patients' medical conditions; tell us about your experience.", &[]),
            ("We offer occupational health care. Send your application by 1 December.", &[]),
            ("Medical history taking is part of the nurse's job.", &[]),
            // (real US ads, 2021: the employer giving, a tool)
            ("Health Insurance: We care about your health, which is why we provide a robust health insurance.", &[]),
            ("We will provide HIPAA compliant video platform and electronic medical record software.", &[]),
            ("We ask you to provide your medical records.", &["medical records"]),
            // (real US ad, 2020: a product's data)
            ("You would build the integration engine required for a smooth integration with our providers' electronic health record data.", &[]),
            ("Please attach your health records to the application.", &["health records"]),
            ("Please submit your application and a health certificate", &["health certificate"]),
            ("Tell us about your experience in mental health.", &[]),
            ("Kerro hakemuksessasi mahdollisista allergioista.", &["allergioista"]),
            ("Työpaikkamme on allergiaystävällinen, lähetä hakemus!", &[]),
            ("Ange eventuella allergier i ansökan.", &["allergier"]),
            ("Skicka ansökan med CV. Läkarintyg krävs före anställningen.", &[]),
            ("List any allergies in your application.", &["allergies"]),
            // the identity code asked of the applicant, and requests the ad negates
            ("Ilmoita hakemuksessa henkilötunnuksesi ja pankkitilisi numero.", &["henkilötunnuksesi"]),
            ("Ange din personbeteckning och ditt kontonummer i ansökan.", &["personbeteckning"]),
            ("Hakulomakkeeseen täytä nimesi, henkilötunnuksesi ja pankkitilisi numero.", &["henkilötunnuksesi"]),
            ("Fyll i ditt personnummer i formuläret.", &["personnummer"]),
            ("Lagerarbetare\n\nSkicka följande till oss:\n- CV\n- personbeteckning och adress\n", &["personbeteckning"]),
            ("Myyjä\n\nTarjoamme:\n- perehdytyksen\n- henkilötunnus pyydetään vasta sopimusvaiheessa\n", &[]),
            ("Vi ber dig att inte skicka personbeteckning, foto eller andra uppgifter som inte behövs.", &[]),
            ("Include your Finnish personal identity code in your application.", &["personal identity code"]),
            ("Henkilötunnus pyydetään vasta työsopimusta tehtäessä.", &[]),
            ("Älä lähetä hakemuksen mukana henkilötunnustasi tai terveystietojasi.", &[]),
            ("Please do not include your medical history in the application.", &[]),
            ("Bifoga inte läkarintyg till ansökan.", &[]),
            ("Med anledning av GDPR ber vi dig att utesluta de sista fyra siffrorna i ditt personnummer i din ansökan.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(spans_of_text(text, ID), *expected, "{text}");
        }
    }

    #[test]
    fn the_cue_window_is_bounded() {
        assert_eq!(spans_of_text("Liitä yksi kaksi kolme neljä viisi kuusi seitsemän terveystodistus", ID), vec!["terveystodistus"]);
        assert!(spans_of_text("Liitä yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan terveystodistus", ID).is_empty());
    }

    #[test]
    fn odd_unicode_never_panics() {
        for text in [
            "131052-308",
            "131052-30",
            "1310ä2-308T",
            "131052\u{2011}308T",
            "’’’",
            "doctor’s note’",
            "\u{301}kerro\u{301} sairautesi\u{301}",
            "ǅ'ǅ",
        ] {
            for d in validate_text(text, &options()).of_rule(ID) {
                let s = d.span.unwrap();
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        assert_eq!(spans_of_text("Attach your doctor’s note.", ID), vec!["doctor’s note"]);
    }

    #[test]
    fn linear_on_a_megabyte_of_digits_dashes_and_words() {
        for unit in ["1", "131052-", "131052-308T ", "0-", "liitä ", "kerro sairautesi ", "a ", "your health ", "."] {
            let text = unit.repeat(1_000_000 / unit.len());
            let t = std::time::Instant::now();
            let _ = validate_text(&text, &crate::rules::format::only(ID));
            assert!(t.elapsed().as_secs() < 10, "{unit:?} took {:?}", t.elapsed());
        }
    }
}
