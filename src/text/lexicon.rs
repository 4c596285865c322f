//! Lexicons: phrase patterns loaded from data files, and the matcher that finds them in an
//! [`Analysis`].
//!
//! ## Lexicon files (`data/lexicon/*.tsv`)
//! Every `*.tsv` there but `cues.tsv` is a lexicon, found by the build script (`build.rs`) and
//! named by a generated constant (`lex::AGE`); a rule file names its lexicon by that constant.
//! One entry per line, tab-separated; `#` starts a comment line:
//!
//! ```text
//! sev  lang  mode  flags  pattern                                       suggestion  kind
//! E    fi    attr  -      nainen|naise+|nais+|!naisen|!naisten          -           female
//! ```
//!
//! * `sev`: `E` (error), `W` (warning), `I` (info); `-` for stance cues.
//! * `lang`: `fi`, `sv`, `en`: the language whose inflectional endings `+` uses. Entries of
//!   every language are tried on every text (Finnish ads often contain English phrases).
//! * `mode`: how the mention's finding depends on the stance of its clause toward the
//!   applicant ([`super::stance`]):
//!   - `crit`: a selection criterion by itself ("20–30-vuotias", "naispuolinen", "äidinkielenä
//!     suomi"): reported unless the clause states equality, encourages, negates it, or speaks
//!     of someone other than the applicant;
//!   - `attr`: an attribute ("nainen", "lapsia", "terve"): reported only when the clause (or
//!     the list heading it belongs to) requires, prefers, excludes, asks about or seeks it;
//!   - `word`: a finding wherever it is used, unless named as a word (gendered job titles);
//!   - `cue`: not a mention but a stance cue (`stance.tsv`; its `kind` is the stance).
//! * `flags`: `-`, or letters: `s` strict: only for texts in the entry's language (English "men"
//!   is Swedish "but"); `o`: speaking of others does not silence it ("nuorekas tiimi" describes
//!   the team and still deters older applicants).
//! * `pattern`: space-separated elements, each a `|`-list of alternatives in the word syntax
//!   of [`super::morph`] (`word`, `word*`, `stem+`, `~stem+`, `~~stem+`, `_`, `#`, `!form`);
//!   an element starting with `?` is optional; an element `:` alone is a colon right after the
//!   word before ("Asuinpaikka: Oulu"), `,` a comma there ("young, energetic"), after which the
//!   next word need not be linked. The words of a match are consecutive and
//!   linked (nothing but spaces, hyphens, colons or unit signs between them).
//! * `suggestion`: replacement text for the span, or `-`.
//! * `kind`: which message the rule gives (a rule handles every kind of its lexicon: a test
//!   checks it), or the stance of a cue.
//!
//! Matching tries the entries the word index selects at each word: with a fixed lexicon,
//! linear in the text.

use std::sync::OnceLock;

use super::morph::{lang_code, parse_alt, word_matches, Alt, LangCode};
use super::{Analysis, Kind};
use crate::rule::is_any;
use crate::Severity;

pub(crate) use super::cues::CueId;

/// A lexicon: its index in [`LEXICON_SOURCES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LexId(pub(crate) u8);

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

/// How a mention's finding depends on the stance of its clause (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A selection criterion by itself.
    Crit,
    /// An attribute: a finding only when the clause is directed at it.
    Attr,
    /// A finding wherever it is used (unless named as a word: "the word ...").
    Word,
    /// A stance cue, not a mention.
    Cue,
}

impl Mode {
    /// The name used in the files.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Crit => "crit",
            Mode::Attr => "attr",
            Mode::Word => "word",
            Mode::Cue => "cue",
        }
    }
}

#[derive(Debug)]
struct Elem {
    alts: Vec<Alt>,
    optional: bool,
    /// `:` or `,` for an element that is that sign after the word before (no word of its own).
    sign: Option<&'static str>,
}

/// A phrase pattern.
#[derive(Debug)]
pub(crate) struct Pattern {
    elems: Vec<Elem>,
}

/// One lexicon entry.
#[derive(Debug)]
pub(crate) struct Entry {
    /// The finding's severity (`Info` for cues, which make none).
    pub severity: Severity,
    lang: LangCode,
    pub mode: Mode,
    pub flags: &'static str,
    pattern: Pattern,
    pub suggestion: Option<&'static str>,
    pub kind: &'static str,
    /// The pattern as written (for test messages).
    #[allow(dead_code)]
    pub source: &'static str,
}

impl Entry {
    /// An entry for mentions found in code (no pattern), so they share the judging and emit path.
    pub const fn internal(severity: Severity, mode: Mode, kind: &'static str) -> Entry {
        Entry {
            severity,
            lang: LangCode::Fi,
            mode,
            flags: "-",
            pattern: Pattern { elems: Vec::new() },
            suggestion: None,
            kind,
            source: kind,
        }
    }

    /// Whether the entry carries flag `f` (an ASCII letter: a byte search, on every candidate).
    #[inline]
    pub fn has(&self, f: char) -> bool {
        self.flags.bytes().any(|b| u32::from(b) == u32::from(f))
    }
}

/// A parsed lexicon file.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    /// The lexicon's number in the registry; `None` for a lexicon parsed outside it (tests),
    /// which tries every entry at every word.
    pub(super) id: Option<u8>,
    /// The entries whose first element the word index cannot select (optional, `_`, `#`),
    /// tried at every word, in the engine's order.
    always: Vec<u16>,
}

/// The candidate entries of a word: `candidates(k, f)` calls `f` with each, in the engine's order.
type Candidates<'c> = dyn Fn(usize, &mut dyn FnMut(u16)) + 'c;

/// The judge of [`Lexicon::find`] without its verdict type: `keep(hit, false)` says whether a
/// hit is kept; `keep(hit, true)` takes the hit last kept (the longest kept at its word).
type Keep<'l, 'k> = dyn FnMut(&Hit<'l>, bool) -> bool + 'k;

/// A match: words `first..=last` (indexes into `Analysis::words`), byte span, entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'l> {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub entry: &'l Entry,
}

fn parse_pattern(s: &'static str, lang: LangCode) -> Pattern {
    let elems = s
        .split(' ')
        .filter(|e| !e.is_empty())
        .map(|e| {
            let (optional, e) = match e.strip_prefix('?') {
                Some(rest) => (true, rest),
                None => (false, e),
            };
            let sign = is_any(e, ":|,").then_some(e);
            Elem { alts: e.split('|').filter(|a| !a.is_empty()).map(|a| parse_alt(a, lang)).collect(), optional, sign }
        })
        .collect();
    Pattern { elems }
}

/// Parses one data line; `None` when it is malformed (the tests check every line parses).
#[cfg(test)]
pub(crate) fn parse_entry(line: &'static str) -> Option<Entry> {
    let cols: Vec<&'static str> = line.split('\t').collect();
    let [sev, lang, mode, flags, pattern, suggestion, kind] = cols.as_slice() else { return None };
    entry([sev, lang, mode, flags, pattern, suggestion, kind])
}

/// An entry from its seven columns (long or one-letter codes); `None` when one is malformed.
fn entry([sev, lang, mode, flags, pattern, suggestion, kind]: [&'static str; 7]) -> Option<Entry> {
    // (the build script writes the short columns in one letter: `E f c -`)
    let mode = match mode {
        "crit" | "c" => Mode::Crit,
        "attr" | "a" => Mode::Attr,
        "word" | "w" => Mode::Word,
        "cue" | "u" => Mode::Cue,
        _ => return None,
    };
    let severity = match (sev, mode) {
        ("E", m) if m != Mode::Cue => Severity::Error,
        ("W", m) if m != Mode::Cue => Severity::Warning,
        ("I", m) if m != Mode::Cue => Severity::Info,
        ("-", Mode::Cue) => Severity::Info,
        _ => return None,
    };
    if !is_any(lang, "fi|sv|en|f|s|e") || !(flags == "-" || flags.chars().all(|c| matches!(c, 's' | 'o'))) || kind.is_empty() {
        return None;
    }
    let lang = lang_code(lang);
    let source = pattern;
    let pattern = parse_pattern(pattern, lang);
    if pattern.elems.is_empty() || pattern.elems.iter().any(|e| e.alts.is_empty()) {
        return None;
    }
    let suggestion = (suggestion != "-").then_some(suggestion);
    Some(Entry { severity, lang, mode, flags, pattern, suggestion, kind, source })
}

/// Parses a lexicon as the build script writes it into the engine ([`LEXICON_SOURCES`]; see
/// `compact` in `build.rs`): a first line of the lexicon's kinds, space-separated, then the
/// entries, each under a line of its head, `⇥<sev><lang><mode><kind>flags` (a tab first), that
/// stands for the lines after it: one line per entry, `pattern[⇥suggestion]`. The four short
/// columns in one letter each, `<kind>` the kind's place in the first line (`0` the first), no
/// suggestion column for `-`, the patterns' alternatives front-coded ([`expand`]). Malformed
/// lines are skipped.
fn parse_compact(src: &'static str) -> Vec<Entry> {
    let mut lines = src.lines();
    let kinds: Vec<&'static str> = lines.next().unwrap_or_default().split(' ').collect();
    let mut head = "";
    lines
        .filter_map(|line| {
            if let Some(next) = line.strip_prefix('\t') {
                head = next;
                return None;
            }
            let (pattern, suggestion) = line.split_once('\t').unwrap_or((line, "-"));
            let pattern = expand(pattern);
            let kind = kinds.get(usize::from(head.as_bytes().get(3)?.wrapping_sub(b'0')))?;
            entry([head.get(..1)?, head.get(1..2)?, head.get(2..3)?, head.get(4..)?, pattern, suggestion, kind])
        })
        .collect()
}

/// A pattern of the engine's form written out: an alternative may start with a control
/// character instead of `|`, 10 more than the number of bytes it shares with the alternative
/// before it (`nuorekas+\u{10}kaa+` → `nuorekas+|nuorekkaa+`; see `front_coded` in `build.rs`). Leaked:
/// the lexicons live as long as the module.
pub(super) fn expand(pattern: &'static str) -> &'static str {
    if !pattern.bytes().any(|b| b < b' ') {
        return pattern;
    }
    let mut out = String::with_capacity(pattern.len() * 2);
    // (`start`: where the alternative being written begins; a coded one copies its prefix from there)
    let mut start = 0;
    for c in pattern.chars() {
        match c {
            ' ' | '|' | '\u{e}'..='\u{1f}' => {
                let prev = start;
                out.push(if c == ' ' { ' ' } else { '|' });
                start = out.len();
                if c < ' ' {
                    let shared = out.get(prev..prev + (c as usize - 10)).unwrap_or_default().to_owned();
                    out.push_str(&shared);
                }
            }
            _ => out.push(c),
        }
    }
    Box::leak(out.into_boxed_str())
}

impl Lexicon {
    /// A lexicon of `entries`, numbered `id` in the registry.
    fn new(entries: Vec<Entry>, id: Option<u8>) -> Lexicon {
        let always = entries.iter().enumerate().filter(|(_, e)| !indexable(e)).map(|(i, _)| i as u16).collect();
        Lexicon { entries, id, always }
    }

    /// Parses a lexicon file (see the module docs). Malformed lines are skipped (the tests
    /// check that every data line parses).
    #[cfg(test)]
    pub fn parse(src: &'static str) -> Lexicon {
        let lines = src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        Lexicon::new(lines.filter_map(parse_entry).collect(), None)
    }

    /// Every match of every entry in `a` that `judge` keeps, with its verdict, leftmost-longest
    /// without overlaps: at each word the longest kept match wins (of matches as long, the
    /// entry first in the engine's order, which `build.rs` sorts: an error's before a
    /// warning's), and matching resumes after it.
    ///
    /// `lang` is the text's language (declared, else guessed): entries flagged `s` (strict)
    /// apply only to texts of their language.
    pub fn find<'l, T>(&'l self, a: &Analysis, lang: Option<LangCode>, mut judge: impl FnMut(&Hit<'l>) -> Option<T>) -> Vec<(Hit<'l>, T)> {
        // The matching itself is not generic (one copy in the wasm, not one per verdict type):
        // it asks `keep` to judge a hit (`false`), and to take the last kept one (`true`).
        let mut hits = Vec::new();
        let mut verdict = None;
        self.find_kept(a, lang, &mut |hit, take| {
            if take {
                hits.extend(verdict.take().map(|v| (*hit, v)));
                return true;
            }
            let kept = judge(hit);
            let keep = kept.is_some();
            if keep {
                verdict = kept;
            }
            keep
        });
        hits
    }

    /// [`Lexicon::find`] through `keep(hit, false)`, which says whether a hit is kept, and
    /// `keep(hit, true)`, called with the longest kept hit at a word.
    fn find_kept<'l>(&'l self, a: &Analysis, lang: Option<LangCode>, keep: &mut Keep<'l, '_>) {
        match self.id {
            Some(id) => {
                let hits = a.word_hits();
                // Without entries tried everywhere, only words with a candidate of this lexicon.
                let only = self.always.is_empty().then_some((hits, id));
                self.find_with(a, lang, only, keep, &|k, f| {
                    // The word index's candidates (sorted by lexicon, entry) merged with the
                    // entries tried everywhere: the engine's order, each once.
                    let mut mine = hits.entries(k).iter().filter(|e| e.0 == id).map(|e| e.1).peekable();
                    let mut always = self.always.iter().copied().peekable();
                    loop {
                        let next = match (mine.peek().copied(), always.peek().copied()) {
                            (Some(x), Some(y)) if x == y => {
                                always.next();
                                mine.next()
                            }
                            (Some(x), Some(y)) if y < x => always.next(),
                            (Some(_), _) => mine.next(),
                            (None, _) => always.next(),
                        };
                        match next {
                            Some(i) => f(i),
                            None => break,
                        }
                    }
                })
            }
            None => self.find_with(a, lang, None, keep, &|_, f| (0..self.entries.len()).for_each(|i| f(i as u16))),
        }
    }

    /// [`Lexicon::find_kept`] over the candidate entries `candidates(k, f)` gives for each word;
    /// `only`: skip the words without a candidate of lexicon `id`.
    fn find_with<'l>(
        &'l self,
        a: &Analysis,
        lang: Option<LangCode>,
        only: Option<(&super::WordHits, u8)>,
        keep: &mut Keep<'l, '_>,
        candidates: &Candidates<'_>,
    ) {
        let mut k = 0;
        while k < a.words.len() {
            if let Some((word_hits, id)) = only {
                match word_hits.next_with_lexicon(k, id) {
                    Some(next) if next < a.words.len() => k = next,
                    _ => break,
                }
            }
            let mut best: Option<Hit<'l>> = None;
            candidates(k, &mut |i| {
                let Some(entry) = self.entries.get(i as usize) else { return };
                if entry.has('s') && lang.is_some_and(|l| l != entry.lang) {
                    return;
                }
                if let Some(last) = match_at(&entry.pattern.elems, a, k, k, None) {
                    if best.as_ref().is_none_or(|b| last > b.last) {
                        let hit = Hit { first: k, last, start: a.word_token(k).start, end: a.word_token(last).end, entry };
                        if keep(&hit, false) {
                            best = Some(hit);
                        }
                    }
                }
            });
            match best {
                Some(found) => {
                    k = found.last + 1;
                    keep(&found, true);
                }
                None => k += 1,
            }
        }
    }
}

/// Whether the word index can select `entry`: its first element is required and every
/// alternative of it is a word form (not `_`), or it is a number only (`#`: the index gives
/// such entries to every number).
pub(super) fn indexable(entry: &Entry) -> bool {
    entry.pattern.elems.first().is_some_and(|e| {
        !e.optional && (e.alts.iter().all(|a| !matches!(a, Alt::Any | Alt::Number)) || e.alts.iter().all(|a| matches!(a, Alt::Number)))
    })
}

/// The first-element alternatives of an indexable entry (for the word index).
pub(super) fn first_alts(entry: &Entry) -> &[Alt] {
    entry.pattern.elems.first().map_or(&[], |e| e.alts.as_slice())
}

/// Every lexicon, parsed once, numbered in the order of [`LEXICON_SOURCES`].
pub(super) fn lexicons() -> &'static [Lexicon] {
    static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
    ALL.get_or_init(|| LEXICON_SOURCES.iter().enumerate().map(|(i, src)| Lexicon::new(parse_compact(src), u8::try_from(i).ok())).collect())
}

/// The lexicon `id` (parsed once, with every other lexicon, on first use).
pub(crate) fn lexicon(id: LexId) -> &'static Lexicon {
    static EMPTY: Lexicon = Lexicon { entries: Vec::new(), id: None, always: Vec::new() };
    lexicons().get(usize::from(id.0)).unwrap_or(&EMPTY)
}

/// The lexicon `id` as the engine carries it, without the word index: every entry tried at
/// every word (the tests' reference for the index).
#[cfg(test)]
pub(super) fn scanning(id: LexId) -> Lexicon {
    Lexicon::new(parse_compact(LEXICON_SOURCES[usize::from(id.0)]), None)
}

/// Matches `elems` from word `k` (`first` = the pattern's first word, `last` = the last word
/// consumed so far); returns the last word of the match. Consuming is tried before skipping
/// an optional element (longest match); the backtracking is bounded by the pattern's length.
fn match_at(elems: &[Elem], a: &Analysis, k: usize, first: usize, last: Option<usize>) -> Option<usize> {
    let Some((elem, rest)) = elems.split_first() else {
        return last;
    };
    // ":" alone is the colon right after the word before ("Asuinpaikka: Oulu"); "," a comma
    // there, after which the next word need not be linked ("Young, energetic sales reps")
    if let Some(sign) = elem.sign {
        let after = k > first && a.words.get(k - 1).is_some_and(|&w| w + 1 < a.tokens.len() && a.text_of(w + 1) == sign);
        return match (after, elem.optional) {
            (true, _) => match_at(rest, a, k, if sign == "," { k } else { first }, last),
            (false, true) => match_at(rest, a, k, first, last),
            (false, false) => None,
        };
    }
    let usable = k < a.words.len() && (k == first || a.is_linked(k));
    if usable && elem_matches(elem, a, k) {
        if let Some(end) = match_at(rest, a, k + 1, first, Some(k)) {
            return Some(end);
        }
    }
    if elem.optional {
        return match_at(rest, a, k, first, last);
    }
    None
}

fn elem_matches(elem: &Elem, a: &Analysis, k: usize) -> bool {
    let word = a.word(k);
    let is_number = a.word_token(k).kind == Kind::Number;
    let mut ok = false;
    for alt in &elem.alts {
        match alt {
            Alt::Not(form) if word == *form => return false,
            Alt::Not(_) => {}
            _ if ok => {}
            Alt::Number => ok = is_number,
            Alt::Any => ok = true,
            _ if is_number => {}
            alt => ok = word_matches(alt, word),
        }
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(lex: &Lexicon, text: &str) -> Vec<String> {
        let a = Analysis::new(text);
        lex.find(&a, None, |_| Some(())).iter().map(|(h, ())| text[h.start..h.end].to_owned()).collect()
    }

    #[test]
    fn phrases_optional_elements_negative_forms_and_links() {
        let lex = Lexicon::parse(
            "E\tfi\tattr\t-\thakija+ ?_ tulee olla nainen|naise+|nais+|!naisen|!naisten\t-\treq\nW\ten\tcrit\t-\tyoung ?and dynamic\t-\tx\n",
        );
        assert_eq!(lex.entries.len(), 2);
        assert_eq!(spans(&lex, "Hakijan tulee olla nainen."), ["Hakijan tulee olla nainen"]);
        assert_eq!(spans(&lex, "Hakijan mielestään tulee olla naisena."), ["Hakijan mielestään tulee olla naisena"]);
        assert!(spans(&lex, "Hakijan tulee olla naisten").is_empty());
        assert!(spans(&lex, "Hakijan tulee, olla nainen").is_empty());
        assert_eq!(spans(&lex, "A young and dynamic team, young dynamic"), ["young and dynamic", "young dynamic"]);
        // Quotes do not hide words: an ad quotes its own wording for emphasis.
        assert_eq!(spans(&lex, "“young and dynamic”"), ["young and dynamic"]);
    }

    #[test]
    fn a_colon_element_is_a_colon_after_the_word_before() {
        let lex = Lexicon::parse("W\tfi\tcrit\t-\tasuinpaikka :\t-\tx\nW\ten\tcrit\t-\tgender ?: female\t-\ty\n");
        assert_eq!(spans(&lex, "Asuinpaikka: Oulu"), ["Asuinpaikka"]);
        assert_eq!(spans(&lex, "Asuinpaikka:Oulu"), ["Asuinpaikka"]);
        assert!(spans(&lex, "Asuinpaikka Oulussa").is_empty());
        assert!(spans(&lex, "Asuinpaikka").is_empty());
        assert_eq!(spans(&lex, "Gender: female, gender female"), ["Gender: female", "gender female"]);
        // A comma element: the next word follows the comma, linked or not.
        let lex = Lexicon::parse("W\ten\tcrit\t-\tyoung ?, energetic\t-\tx\n");
        assert_eq!(spans(&lex, "Young, energetic reps; young energetic reps"), ["Young, energetic", "young energetic"]);
        assert!(spans(&lex, "young. Energetic").is_empty());
        assert!(spans(&lex, "young; energetic").is_empty());
    }

    #[test]
    fn the_longest_kept_match_wins() {
        let lex = Lexicon::parse("E\ten\tattr\t-\tyoung\t-\tshort\nE\ten\tattr\t-\tyoung team\t-\tlong\n");
        let a = Analysis::new("a young team");
        let kinds = |keep_long: bool| -> Vec<&str> {
            lex.find(&a, None, |h| (keep_long || h.entry.kind != "long").then_some(())).iter().map(|(h, ())| h.entry.kind).collect()
        };
        assert_eq!(kinds(true), ["long"]);
        assert_eq!(kinds(false), ["short"]);
    }

    #[test]
    fn malformed_lines_do_not_parse() {
        for line in [
            "E\tfi\tattr\t-\tnainen\t-",    // six columns
            "X\tfi\tattr\t-\tnainen\t-\tk", // severity
            "E\tde\tattr\t-\tnainen\t-\tk", // language
            "E\tfi\tneed\t-\tnainen\t-\tk", // mode
            "E\tfi\tattr\tz\tnainen\t-\tk", // flag
            "E\tfi\tcue\t-\tnainen\t-\tk",  // a cue with a severity
            "-\tfi\tattr\t-\tnainen\t-\tk", // a mention without one
            "E\tfi\tattr\t-\t \t-\tk",      // no pattern
            "E\tfi\tattr\t-\tnainen\t-\t",  // no kind
        ] {
            assert!(parse_entry(line).is_none(), "{line:?}");
        }
        assert!(parse_entry("-\tfi\tcue\t-\tei saa\t-\texcludes").is_some());
    }

    #[test]
    fn every_data_line_parses() {
        for (name, src) in LEXICONS {
            for line in src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
                assert!(parse_entry(line).is_some(), "{name}: bad line {line:?}");
            }
        }
    }

    /// The engine's form of each lexicon (`compact` in `build.rs`: entries and alternatives
    /// sorted, front-coded) holds the entries of the file as written, no more and no fewer.
    #[test]
    fn the_engine_form_holds_the_entries_as_written() {
        let key = |e: &Entry| {
            let elems = e.source.split(' ').map(|elem| {
                let mut alts: Vec<&str> = elem.trim_start_matches('?').split('|').collect();
                alts.sort_unstable();
                format!("{}{}", if elem.starts_with('?') { "?" } else { "" }, alts.join("|"))
            });
            let pattern = elems.collect::<Vec<_>>().join(" ");
            format!("{:?} {:?} {:?} {} {pattern} {:?} {}", e.severity, e.lang, e.mode, e.flags, e.suggestion, e.kind)
        };
        assert_eq!(LEXICONS.len(), LEXICON_SOURCES.len());
        for ((name, written), engine) in LEXICONS.iter().zip(LEXICON_SOURCES) {
            let mut written: Vec<String> = Lexicon::parse(written).entries.iter().map(key).collect();
            let mut engine: Vec<String> = parse_compact(engine).iter().map(key).collect();
            written.sort();
            engine.sort();
            assert!(!engine.is_empty(), "{name}");
            assert_eq!(engine, written, "{name}");
        }
    }

    /// At a word, of two matches as long, the one first in the engine's order wins, and that
    /// order is sorted (`compact` in `build.rs`): an error's entry before a warning's, not
    /// whichever line came first in the file.
    #[test]
    fn of_matches_as_long_the_error_wins() {
        for src in LEXICON_SOURCES {
            // (each entry's line with its head in front, as `compact` sorted them)
            let mut head = "";
            let lines: Vec<String> = src
                .lines()
                .skip(1)
                .filter_map(|l| match l.strip_prefix('\t') {
                    Some(h) => {
                        head = h;
                        None
                    }
                    None => Some(format!("{head}\t{l}")),
                })
                .collect();
            assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{}", lines.first().cloned().unwrap_or_default());
        }
        let lex = |src: &'static str| Lexicon::new(parse_compact(src), None);
        let a = Analysis::new("nuori hakija");
        let kinds = |l: &Lexicon| l.find(&a, None, |_| Some(())).iter().map(|(h, ())| h.entry.kind).collect::<Vec<_>>();
        assert_eq!(kinds(&lex("x y\n\tEfa0-\nnuori\n\tWfa1-\nnuori\n")), ["x"]);
        assert_eq!(kinds(&lex("x y\n\tWfa1-\nnuori\n\tEfa0-\nnuori\n")), ["y"]);
    }

    /// An entry whose first element is optional or `_` is tried at every word of every text
    /// (one such line once made a typical ad about 20 % slower): start with a required word.
    #[test]
    fn every_entry_is_selected_by_the_word_index() {
        for (name, src) in LEXICONS {
            for line in src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
                let entry = parse_entry(line).expect("parses");
                assert!(indexable(&entry), "{name}: {line:?} starts with an optional element or `_`");
            }
        }
    }
}
