//! Phrase patterns over the words of an [`Analysis`], loaded from lexicon data files.
//!
//! ## Lexicon files (`data/lexicon/*.tsv`)
//! One entry per line, tab-separated; `#` starts a comment line:
//!
//! ```text
//! sev  lang  flags  need  pattern  suggestion  kind
//! E    fi    np     recruit  nainen|naise+|nais+|!naisen|!naisten   -   req
//! ```
//!
//! * `sev`: `E` (error) or `W` (warning).
//! * `lang`: `fi`, `sv`, `en`: the language whose inflectional endings `+` uses. Entries of
//!   every language are tried on every text (Finnish ads often contain English phrases).
//! * `flags`: `n` = not when neutralised ("regardless of", "oavsett", "ikä ei ratkaise");
//!   `N` = not after any negation ("emme peri maksua", "no fee"); `p` = not in a clause with a
//!   positive-action cue ("myös", "encourage", "välkomnar"); quoted text is always skipped.
//!   `s` = strict: only for texts in the entry's language; `-` = none.
//! * `need`: a cue set (from `cues.tsv`) that must occur in the same clause, or `-`.
//! * `pattern`: space-separated elements, each a `|`-list of alternatives:
//!   - `word` the exact folded word; `word*` any word starting with it;
//!   - `stem+` the stem followed by an inflectional ending of the entry's language (Finnish
//!     case + possessive + clitic, Swedish and English endings: see [`ending_ok`]);
//!   - `~stem+` / `~word` the same as the **last part of a compound** (palomies, myyjätär)
//!     or the whole word; `~~stem+` only as the last part of a real compound (not `mies`);
//!   - `_` any one word; `#` any number; `!form` a form that does *not* match (a genitive that
//!     only modifies: `!naisten`);
//!   - an element starting with `?` is optional.
//! * `suggestion`: replacement text for the span (only offered for the base form), or `-`.
//! * `kind`: which message the rule gives.
//!
//! Matching tries every entry at every word: with a fixed lexicon, linear in the text.

use std::sync::OnceLock;

use super::{Analysis, Kind};
use crate::Severity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LangCode {
    Fi,
    Sv,
    En,
}

#[derive(Debug)]
enum Alt {
    Exact(&'static str),
    Prefix(&'static str),
    Stem(&'static str, LangCode),
    Head(&'static str, Option<LangCode>),
    /// A compound head with a non-empty first part (`~~mies+`: palomies, not mies).
    Compound(&'static str, Option<LangCode>),
    Any,
    Number,
    Not(&'static str),
}

#[derive(Debug)]
struct Elem {
    alts: Vec<Alt>,
    optional: bool,
}

/// A phrase pattern.
#[derive(Debug)]
pub(crate) struct Pattern {
    elems: Vec<Elem>,
}

/// One lexicon entry.
#[derive(Debug)]
pub(crate) struct Entry {
    pub severity: Severity,
    lang: LangCode,
    pub flags: &'static str,
    pub need: Option<&'static str>,
    pattern: Pattern,
    pub suggestion: Option<&'static str>,
    pub kind: &'static str,
    /// The pattern as written (for test messages).
    #[allow(dead_code)]
    pub source: &'static str,
}

impl Entry {
    /// An entry for findings made in code (no pattern), so they share the emit path.
    pub const fn internal(severity: Severity, kind: &'static str) -> Entry {
        Entry {
            severity,
            lang: LangCode::Fi,
            flags: "-",
            need: None,
            pattern: Pattern { elems: Vec::new() },
            suggestion: None,
            kind,
            source: "",
        }
    }
}

/// A parsed lexicon file.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    /// The lexicon's number in the registry ([`registry`]); `None` for a lexicon parsed
    /// outside it (tests), which tries every entry at every word.
    id: Option<u8>,
    /// The entries whose first element the word index cannot select (optional, `_`, `#`),
    /// tried at every word, in file order.
    always: Vec<u16>,
}

/// The candidate entries of a word: `candidates(k, f)` calls `f` with each, in file order.
type Candidates<'c> = dyn Fn(usize, &mut dyn FnMut(u16)) + 'c;

/// A match: words `first..=last` (indexes into `Analysis::words`), byte span, entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'l> {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub entry: &'l Entry,
}

fn lang_code(s: &str) -> LangCode {
    match s {
        "sv" => LangCode::Sv,
        "en" => LangCode::En,
        _ => LangCode::Fi,
    }
}

fn parse_alt(s: &'static str, lang: LangCode) -> Alt {
    if s == "_" {
        return Alt::Any;
    }
    if s == "#" {
        return Alt::Number;
    }
    if let Some(rest) = s.strip_prefix('!') {
        return Alt::Not(rest);
    }
    if let Some(rest) = s.strip_prefix("~~") {
        return match rest.strip_suffix('+') {
            Some(stem) => Alt::Compound(stem, Some(lang)),
            None => Alt::Compound(rest, None),
        };
    }
    if let Some(rest) = s.strip_prefix('~') {
        return match rest.strip_suffix('+') {
            Some(stem) => Alt::Head(stem, Some(lang)),
            None => Alt::Head(rest, None),
        };
    }
    if let Some(stem) = s.strip_suffix('+') {
        return Alt::Stem(stem, lang);
    }
    if let Some(stem) = s.strip_suffix('*') {
        return Alt::Prefix(stem);
    }
    Alt::Exact(s)
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
            Elem { alts: e.split('|').filter(|a| !a.is_empty()).map(|a| parse_alt(a, lang)).collect(), optional }
        })
        .collect();
    Pattern { elems }
}

impl Lexicon {
    /// Parses a lexicon file (see the module docs). Malformed lines are skipped (the tests
    /// check that every data line parses).
    pub fn parse(src: &'static str) -> Lexicon {
        let mut entries = Vec::new();
        for line in src.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(entry) = parse_entry(line) {
                entries.push(entry);
            }
        }
        let always = (0..entries.len()).filter(|&i| !indexable(&entries[i])).map(|i| i as u16).collect();
        Lexicon { entries, id: None, always }
    }

    /// Every match of every entry in `a`, after the context filters, leftmost-longest
    /// without overlaps.
    ///
    /// `lang` is the text's language (declared, else guessed): entries flagged `s` (strict)
    /// apply only to texts of their language (English "men" is Swedish "but").
    pub fn find<'l>(&'l self, a: &Analysis, lang: Option<LangCode>) -> Vec<Hit<'l>> {
        match self.id {
            Some(id) => {
                let hits = a.word_hits();
                // Without entries tried everywhere, only words with a candidate of this lexicon.
                let only = self.always.is_empty().then_some((hits, id));
                self.find_with(a, lang, only, &|k, f| {
                    // The word index's candidates (sorted by lexicon, entry) merged with the
                    // entries tried everywhere: file order, each once.
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
            None => self.find_with(a, lang, None, &|_, f| (0..self.entries.len()).for_each(|i| f(i as u16))),
        }
    }

    /// [`Lexicon::find`] over the candidate entries `candidates(k, f)` gives for each word;
    /// `only`: skip the words without a candidate of lexicon `id`.
    fn find_with<'l>(
        &'l self,
        a: &Analysis,
        lang: Option<LangCode>,
        only: Option<(&super::WordHits, u8)>,
        candidates: &Candidates<'_>,
    ) -> Vec<Hit<'l>> {
        let mut hits: Vec<Hit<'l>> = Vec::new();
        let mut k = 0;
        while k < a.words.len() {
            if let Some((word_hits, id)) = only {
                while k < a.words.len() && !word_hits.has_lexicon(k, id) {
                    k += 1;
                }
                if k >= a.words.len() {
                    break;
                }
            }
            let mut best: Option<Hit<'l>> = None;
            candidates(k, &mut |i| {
                let Some(entry) = self.entries.get(i as usize) else { return };
                if entry.flags.contains('s') && lang.is_some_and(|l| l != entry.lang) {
                    return;
                }
                if let Some(last) = match_at(&entry.pattern.elems, a, k, k, None) {
                    if best.is_none_or(|b| last > b.last) {
                        let hit = Hit { first: k, last, start: a.word_token(k).start, end: a.word_token(last).end, entry };
                        if context_ok(a, &hit) {
                            best = Some(hit);
                        }
                    }
                }
            });
            match best {
                Some(hit) => {
                    k = hit.last + 1;
                    hits.push(hit);
                }
                None => k += 1,
            }
        }
        hits
    }
}

/// Whether the word index can select `entry`: its first element is required and every
/// alternative of it is a word form (not `_` or `#`).
fn indexable(entry: &Entry) -> bool {
    entry.pattern.elems.first().is_some_and(|e| !e.optional && e.alts.iter().all(|a| !matches!(a, Alt::Any | Alt::Number)))
}

/// Every lexicon of the content rules, parsed once, numbered in the order of
/// [`crate::rules::content::LEXICONS`].
fn lexicons() -> &'static [Lexicon] {
    static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
    ALL.get_or_init(|| {
        crate::rules::content::LEXICONS
            .iter()
            .enumerate()
            .map(|(i, (_, src))| Lexicon { id: u8::try_from(i).ok(), ..Lexicon::parse(src) })
            .collect()
    })
}

/// The lexicon named `name` in [`crate::rules::content::LEXICONS`] (parsed once, with every
/// other lexicon, on first use). An unknown name gets an empty lexicon.
pub(crate) fn registry(name: &str) -> &'static Lexicon {
    static EMPTY: Lexicon = Lexicon { entries: Vec::new(), id: None, always: Vec::new() };
    crate::rules::content::LEXICONS.iter().position(|(n, _)| *n == name).and_then(|i| lexicons().get(i)).unwrap_or(&EMPTY)
}

/// What an indexed alternative belongs to: the first element of a lexicon entry, or a cue set.
#[derive(Debug, Clone, Copy)]
enum Owner {
    Entry(u8, u16),
    Cue(u8),
}

/// Number of hash buckets of the word index (a power of two).
const BUCKETS: usize = 4096;

/// The bucket of a two-byte key.
fn bucket(b0: u8, b1: u8) -> usize {
    (usize::from(b0) * 131 + usize::from(b1)) & (BUCKETS - 1)
}

/// The bucket of a three-byte key.
fn bucket3(b0: u8, b1: u8, b2: u8) -> usize {
    ((usize::from(b0) * 131 + usize::from(b1)) * 131 + usize::from(b2)) & (BUCKETS - 1)
}

/// Alternatives grouped by the bucket of their stem's first two bytes (compressed rows).
#[derive(Debug, Default)]
struct Table {
    start: Vec<u32>,
    items: Vec<(&'static Alt, Owner)>,
}

impl Table {
    fn build(list: Vec<(usize, &'static Alt, Owner)>) -> Table {
        // A counting sort by bucket (stable: file order within a bucket).
        let mut start = vec![0u32; BUCKETS + 1];
        for &(b, ..) in &list {
            start[b + 1] += 1;
        }
        for b in 0..BUCKETS {
            start[b + 1] += start[b];
        }
        let mut fill = start.clone();
        let mut items: Vec<Option<(&'static Alt, Owner)>> = vec![None; list.len()];
        for (b, alt, owner) in list {
            items[fill[b] as usize] = Some((alt, owner));
            fill[b] += 1;
        }
        Table { start, items: items.into_iter().flatten().collect() }
    }

    fn get(&self, b: usize) -> &[(&'static Alt, Owner)] {
        let (lo, hi) = (self.start.get(b).copied().unwrap_or(0), self.start.get(b + 1).copied().unwrap_or(0));
        self.items.get(lo as usize..hi as usize).unwrap_or(&[])
    }
}

/// The word index: every first-element alternative of every registered lexicon and every
/// cue alternative, found for a word with a few hash probes instead of a scan of them all.
/// Word-start alternatives (`word`, `word*`, `stem+`) are keyed by the first three bytes of
/// their stem (a word must begin with its whole stem to match), or two for two-byte stems;
/// compound heads (`~stem+`) by the two bytes at each position of the word.
#[derive(Debug, Default)]
struct WordIndex {
    /// Word-start alternatives with a stem of two bytes.
    anchored: Table,
    /// Word-start alternatives with a stem of three bytes or more.
    anchored3: Table,
    heads: Table,
    /// Alternatives with a stem shorter than two bytes (or `_` cues): tried on every word.
    short: Vec<(&'static Alt, Owner)>,
}

fn word_index() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut alts: Vec<(&'static Alt, Owner)> = Vec::new();
        for lex in lexicons() {
            let Some(id) = lex.id else { continue };
            for (j, entry) in lex.entries.iter().enumerate() {
                let (Some(first), Ok(j)) = (entry.pattern.elems.first(), u16::try_from(j)) else { continue };
                if indexable(entry) {
                    alts.extend(first.alts.iter().filter(|a| !matches!(a, Alt::Not(_))).map(|a| (a, Owner::Entry(id, j))));
                }
            }
        }
        for (i, (_, set)) in cues().sets.iter().enumerate().take(64) {
            alts.extend(set.iter().filter(|a| !matches!(a, Alt::Not(_) | Alt::Number)).map(|a| (a, Owner::Cue(i as u8))));
        }
        let (mut anchored, mut anchored3, mut heads, mut short) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (alt, owner) in alts {
            match alt {
                Alt::Exact(w) | Alt::Prefix(w) | Alt::Stem(w, _) => match w.as_bytes() {
                    [b0, b1, b2, ..] => anchored3.push((bucket3(*b0, *b1, *b2), alt, owner)),
                    [b0, b1] => anchored.push((bucket(*b0, *b1), alt, owner)),
                    _ => short.push((alt, owner)),
                },
                Alt::Head(w, _) | Alt::Compound(w, _) => match w.as_bytes() {
                    [b0, b1, ..] => heads.push((bucket(*b0, *b1), alt, owner)),
                    _ => short.push((alt, owner)),
                },
                _ => short.push((alt, owner)),
            }
        }
        WordIndex { anchored: Table::build(anchored), anchored3: Table::build(anchored3), heads: Table::build(heads), short }
    })
}

/// The index's matches for a folded word: cue sets as a mask, and the (lexicon, entry) pairs
/// whose first element matches it, sorted, each once (appended to `entries`).
pub(crate) fn word_matches_all(word: &str, entries: &mut Vec<(u8, u16)>) -> u64 {
    let index = word_index();
    let from = entries.len();
    let mut mask = 0u64;
    // `at`: for a compound head, the byte where its stem's first two bytes were found.
    let mut take = |alt: &Alt, owner: Owner, at: Option<usize>| {
        let pending = match owner {
            Owner::Cue(i) => mask & (1 << i) == 0,
            Owner::Entry(..) => true,
        };
        if pending && at.map_or_else(|| word_matches(alt, word), |i| head_at(alt, word, i)) {
            match owner {
                Owner::Cue(i) => mask |= 1 << i,
                Owner::Entry(l, e) => entries.push((l, e)),
            }
        }
    };
    for &(alt, owner) in &index.short {
        take(alt, owner, None);
    }
    let w = word.as_bytes();
    if let [b0, b1, rest @ ..] = w {
        for &(alt, owner) in index.anchored.get(bucket(*b0, *b1)) {
            take(alt, owner, None);
        }
        if let [b2, ..] = rest {
            for &(alt, owner) in index.anchored3.get(bucket3(*b0, *b1, *b2)) {
                take(alt, owner, None);
            }
        }
        for (i, pair) in w.windows(2).enumerate() {
            for &(alt, owner) in index.heads.get(bucket(pair[0], pair[1])) {
                take(alt, owner, Some(i));
            }
        }
    }
    // Sort this word's few pairs (an insertion sort: the lists are short), then drop repeats.
    for i in from + 1..entries.len() {
        let mut j = i;
        while j > from && entries[j - 1] > entries[j] {
            entries.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut kept = from;
    for i in from..entries.len() {
        if kept == from || entries[kept - 1] != entries[i] {
            entries[kept] = entries[i];
            kept += 1;
        }
    }
    entries.truncate(kept);
    mask
}

fn parse_entry(line: &'static str) -> Option<Entry> {
    let cols: Vec<&'static str> = line.split('\t').collect();
    if cols.len() < 7 {
        return None;
    }
    let severity = match cols[0] {
        "E" => Severity::Error,
        "W" => Severity::Warning,
        _ => return None,
    };
    let lang = lang_code(cols[1]);
    let dash = |s: &'static str| (s != "-").then_some(s);
    let pattern = parse_pattern(cols[4], lang);
    if pattern.elems.is_empty() || pattern.elems.iter().any(|e| e.alts.is_empty()) {
        return None;
    }
    Some(Entry { severity, lang, flags: cols[2], need: dash(cols[3]), pattern, suggestion: dash(cols[5]), kind: cols[6], source: cols[4] })
}

/// Matches `elems` from word `k` (`first` = the pattern's first word, `last` = the last word
/// consumed so far); returns the last word of the match. Consuming is tried before skipping
/// an optional element (longest match); the backtracking is bounded by the pattern's length.
fn match_at(elems: &[Elem], a: &Analysis, k: usize, first: usize, last: Option<usize>) -> Option<usize> {
    let Some((elem, rest)) = elems.split_first() else {
        return last;
    };
    let usable = k < a.words.len() && (k == first || a.linked[k]) && !a.word_token(k).quoted;
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

fn word_matches(alt: &Alt, word: &str) -> bool {
    match *alt {
        Alt::Exact(w) => word == w,
        Alt::Prefix(p) => word.starts_with(p),
        Alt::Stem(stem, lang) => word.strip_prefix(stem).is_some_and(|rest| ending_ok(lang, rest)),
        Alt::Any => true,
        Alt::Head(stem, _) | Alt::Compound(stem, _) => {
            // The stem as the last part of a compound (or, for `~`, the whole word). The stem
            // ends at most 14 bytes (the longest ending) before the word's end, so only the
            // last few start positions are tried: constant time per word.
            let last = word.len().saturating_sub(stem.len());
            (last.saturating_sub(14)..=last).any(|i| head_at(alt, word, i))
        }
        Alt::Number | Alt::Not(_) => false,
    }
}

/// Whether the compound head `alt` (`~stem+`, `~~stem+`, `~word`) matches `word` with its
/// stem starting at byte `i`.
fn head_at(alt: &Alt, word: &str, i: usize) -> bool {
    let (Alt::Head(stem, lang) | Alt::Compound(stem, lang)) = *alt else { return false };
    let min = if matches!(alt, Alt::Compound(..)) { 2 } else { 0 };
    let (w, st) = (word.as_bytes(), stem.as_bytes());
    if w.len() < st.len() + min {
        return false;
    }
    let last = w.len() - st.len();
    i >= last.saturating_sub(14).max(min)
        && i <= last
        && word.is_char_boundary(i)
        && w[i..].starts_with(st)
        && match lang {
            Some(lang) => word.get(i + st.len()..).is_some_and(|rest| ending_ok(lang, rest)),
            None => i == last,
        }
}

// Inflectional endings. Finnish: case/number ending, then an optional possessive suffix, then
// an optional clitic. Swedish and English: one ending. The lexicon supplies stem variants
// (nainen | naise+ | nais+) for the consonant gradation and stem changes the endings cannot.
const FI_CASE: &[&str] = &[
    "", "n", "t", "a", "ä", "ta", "tä", "na", "nä", "ksi", "lla", "llä", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "en", "ten",
    "den", "iden", "itten", "tten", "ia", "iä", "ja", "jä", "ita", "itä", "ina", "inä", "iksi", "illa", "illä", "ille", "ilta", "iltä",
    "issa", "issä", "ista", "istä", "iin", "ihin", "hin", "han", "hen", "hon", "hun", "hyn", "hän", "hön", "seen", "siin", "ineen", "ne",
    "tta", "ttä", "in", "an", "än", "on", "un", "yn", "ön", "i", "e", "ko", "kö", "kaan", "kään", "kin",
];
const FI_POSS: &[&str] = &["", "ni", "si", "mme", "nne", "nsa", "nsä", "an", "än", "en", "n"];
const FI_CLITIC: &[&str] = &["", "kin", "kaan", "kään", "ko", "kö", "han", "hän", "pa", "pä"];
const SV_END: &[&str] = &[
    "", "a", "e", "t", "n", "s", "en", "et", "na", "ne", "er", "ar", "or", "erna", "arna", "orna", "as", "es", "ens", "ets", "nas", "nes",
    "ers", "ars", "ors", "ernas", "arnas", "ornas", "ns", "ts",
];
const EN_END: &[&str] = &["", "s", "es", "'s", "s'", "ed", "d", "ing", "er", "ers"];

/// Whether `rest` is an inflectional ending of `lang`.
pub(crate) fn ending_ok(lang: LangCode, rest: &str) -> bool {
    if rest.len() > 14 {
        return false;
    }
    match lang {
        LangCode::Sv => SV_END.contains(&rest),
        LangCode::En => EN_END.contains(&rest),
        // case + possessive + clitic, taken apart from the end: few clitics and possessives
        // end `rest`, so few case look-ups are needed (the case list is the long one).
        LangCode::Fi => FI_CLITIC.iter().any(|clitic| {
            rest.strip_suffix(clitic).is_some_and(|r| FI_POSS.iter().any(|poss| r.strip_suffix(poss).is_some_and(|r| FI_CASE.contains(&r))))
        }),
    }
}

// ---- cue sets and context ----

/// Named sets of single-word cues (`data/lexicon/cues.tsv`: `set<TAB>lang<TAB>alternatives`).
#[derive(Debug)]
pub(crate) struct Cues {
    sets: Vec<(&'static str, Vec<Alt>)>,
}

impl Cues {
    fn parse(src: &'static str) -> Cues {
        let mut sets: Vec<(&'static str, Vec<Alt>)> = Vec::new();
        for line in src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let lang = lang_code(cols[1]);
            let alts: Vec<Alt> = cols[2].split([' ', '|']).filter(|s| !s.is_empty()).map(|s| parse_alt(s, lang)).collect();
            match sets.iter_mut().find(|(n, _)| *n == cols[0]) {
                Some((_, v)) => v.extend(alts),
                None => sets.push((cols[0], alts)),
            }
        }
        Cues { sets }
    }

    /// The cue sets `word` belongs to, as a bit mask (bit i = set i), by a plain scan of
    /// every alternative (the reference the word index is tested against).
    #[cfg(test)]
    pub fn mask_of(&self, word: &str) -> u64 {
        let mut mask = 0u64;
        for (i, (_, alts)) in self.sets.iter().enumerate().take(64) {
            if alts.iter().any(|alt| word_matches(alt, word)) {
                mask |= 1 << i;
            }
        }
        mask
    }

    fn bit(&self, set: &str) -> u64 {
        self.sets.iter().position(|(n, _)| *n == set).filter(|&i| i < 64).map_or(0, |i| 1 << i)
    }

    /// Whether word `k` is a cue of `set` (a look-up in the text's cue masks, made once).
    pub fn is(&self, set: &str, a: &Analysis, k: usize) -> bool {
        // Most words are in no set: the set's bit is looked up only for the others.
        let mask = a.cue_mask(k);
        mask != 0 && mask & self.bit(set) != 0
    }

    /// The first word in `range` that is a cue of `set`.
    pub fn find_in(&self, set: &str, a: &Analysis, range: std::ops::Range<usize>) -> Option<usize> {
        let bit = self.bit(set);
        range.into_iter().find(|&k| a.cue_mask(k) & bit != 0)
    }

    /// Whether any word of the text is a cue of `set` (for text-level exceptions).
    pub fn in_text(&self, set: &str, a: &Analysis) -> bool {
        let bit = self.bit(set);
        (0..a.words.len()).any(|k| a.cue_mask(k) & bit != 0 && !a.word_token(k).quoted)
    }

    #[cfg(test)]
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.sets.iter().map(|(n, _)| *n)
    }
}

/// The shared cue sets.
pub(crate) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues::parse(include_str!("../../data/lexicon/cues.tsv")))
}

/// How far (in words) negation and positive-action cues reach around a match.
const BEFORE: usize = 6;
const AFTER: usize = 5;
/// How far back (in words) a neutraliser ("regardless of", "oavsett") reaches.
const NEUTRAL_REACH: usize = 20;
/// How far (in words) a `need` cue may be from the match, within its clause.
const NEED_REACH: usize = 10;

/// The words around a hit in its clause: `BEFORE` before its first word, `AFTER` after its last.
pub(crate) fn window(a: &Analysis, first: usize, last: usize) -> std::ops::Range<usize> {
    let clause = a.clause_words(first);
    first.saturating_sub(BEFORE).max(clause.start)..(last + 1 + AFTER).min(clause.end)
}

/// Whether the words around `first..=last` neutralise it: "regardless of", "oavsett",
/// "riippumatta", or a negated relevance verb ("ikä ei ratkaise", "age does not matter").
pub(crate) fn neutralised(a: &Analysis, first: usize, last: usize) -> bool {
    let cues = cues();
    let w = window(a, first, last);
    // "regardless of gender, age, origin, religion or sexual orientation": a neutraliser
    // reaches over a list, so look further back for it (still bounded).
    let clause = a.clause_words(first);
    let far = first.saturating_sub(NEUTRAL_REACH).max(clause.start)..w.end;
    if cues.find_in("neutral", a, far).is_some() {
        return true;
    }
    w.clone().any(|k| cues.is("neg", a, k) && (k + 1..(k + 4).min(w.end)).any(|j| cues.is("relevance", a, j)))
}

/// Whether a negation precedes the hit closely ("emme peri välitysmaksua", "no fee").
pub(crate) fn negated(a: &Analysis, first: usize, last: usize) -> bool {
    let w = window(a, first, last);
    let lo = first.saturating_sub(4).max(w.start);
    cues().find_in("neg", a, lo..first).is_some() || cues().find_in("free", a, w).is_some()
}

/// Whether the hit's clause has a positive-action cue ("myös", "encourage", "välkomnar").
pub(crate) fn positive_action(a: &Analysis, first: usize, last: usize) -> bool {
    cues().find_in("positive", a, window(a, first, last)).is_some()
}

/// Whether the hit is mentioned rather than meant: quoted, or right after a word like
/// "sana", "ilmaus", "ordet", "the word", "such as" up to three words before
/// ("ilmaisuja kuten nuorekas tai alle 30-vuotias").
pub(crate) fn mentioned(a: &Analysis, first: usize, last: usize) -> bool {
    if (first..=last).any(|k| a.word_token(k).quoted) {
        return true;
    }
    // up to 3 words back, without crossing a clause end ("kuten nuorekas tai alle 30-vuotias")
    let clause = a.clause_words(first);
    (first.saturating_sub(3).max(clause.start)..first).any(|k| cues().is("mention", a, k))
}

fn context_ok(a: &Analysis, hit: &Hit<'_>) -> bool {
    let flags = hit.entry.flags;
    if mentioned(a, hit.first, hit.last) {
        return false;
    }
    if let Some(need) = hit.entry.need {
        let clause = a.clause_words(hit.first);
        let reach = hit.first.saturating_sub(NEED_REACH).max(clause.start)..(hit.last + 1 + NEED_REACH).min(clause.end);
        if cues().find_in(need, a, reach).is_none() {
            return false;
        }
    }
    if flags.contains('n') && neutralised(a, hit.first, hit.last) {
        return false;
    }
    if flags.contains('N') && (negated(a, hit.first, hit.last) || neutralised(a, hit.first, hit.last)) {
        return false;
    }
    if flags.contains('p') && positive_action(a, hit.first, hit.last) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_endings_cover_case_possessive_and_clitic() {
        for rest in ["", "n", "ta", "lle", "ille", "iksi", "nsa", "kin", "mmekin", "ssanikin", "llä"] {
            assert!(ending_ok(LangCode::Fi, rest), "{rest}");
        }
        for rest in ["tenvaateliike", "vaate", "x", "kauppa", "ty"] {
            assert!(!ending_ok(LangCode::Fi, rest), "{rest}");
        }
    }

    #[test]
    fn finnish_endings_taken_apart_from_the_end_agree_with_the_definition() {
        // The definition: some case, then some possessive, then some clitic.
        let by_definition = |rest: &str| {
            FI_CASE.iter().any(|case| {
                rest.strip_prefix(case)
                    .is_some_and(|r| FI_POSS.iter().any(|poss| r.strip_prefix(poss).is_some_and(|r| FI_CLITIC.contains(&r))))
            })
        };
        let mut tried = 0;
        for case in FI_CASE {
            for poss in FI_POSS {
                for clitic in FI_CLITIC {
                    let ending = format!("{case}{poss}{clitic}");
                    // every ending, and its neighbours one letter longer or shorter
                    let mut variants = vec![ending.clone(), format!("{ending}a"), format!("x{ending}")];
                    variants.extend(ending.char_indices().map(|(i, _)| ending[..i].to_owned()));
                    for v in variants {
                        assert_eq!(ending_ok(LangCode::Fi, &v), v.len() <= 14 && by_definition(&v), "{v:?}");
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 20_000, "{tried}");
    }

    fn words_matching(pattern: &'static str, lang: LangCode, words: &[&str]) -> Vec<bool> {
        let alt = parse_alt(pattern, lang);
        words.iter().map(|w| word_matches(&alt, w)).collect()
    }

    #[test]
    fn stems_and_compound_heads() {
        assert_eq!(
            words_matching("nais+", LangCode::Fi, &["naista", "naisille", "naisiksi", "naistenvaateliike", "naiskuoro"]),
            [true, true, true, false, false]
        );
        assert_eq!(
            words_matching("~mies+", LangCode::Fi, &["palomies", "palomiestä", "mies", "miesten", "miestenvaatteet", "ihminen"]),
            [true, true, true, true, false, false]
        );
        assert_eq!(
            words_matching("kvinnlig+", LangCode::Sv, &["kvinnlig", "kvinnliga", "kvinnligt", "kvinnligheten"]),
            [true, true, true, false]
        );
        assert_eq!(words_matching("~~mies+", LangCode::Fi, &["palomies", "mies", "miestä"]), [true, false, false]);
        assert_eq!(words_matching("~tär", LangCode::Fi, &["myyjätär", "myyjättären"]), [true, false]);
    }

    fn spans(lex: &Lexicon, text: &str) -> Vec<String> {
        let a = Analysis::new(text);
        lex.find(&a, None).iter().map(|h| text[h.start..h.end].to_owned()).collect()
    }

    #[test]
    fn phrases_optional_elements_negative_forms_and_links() {
        let lex = Lexicon::parse(
            "E\tfi\t-\t-\thakija+ ?_ tulee olla nainen|naise+|nais+|!naisen|!naisten\t-\treq\nW\ten\t-\t-\tyoung ?and dynamic\t-\tx\n",
        );
        assert_eq!(spans(&lex, "Hakijan tulee olla nainen."), ["Hakijan tulee olla nainen"]);
        assert_eq!(spans(&lex, "Hakijan mielestään tulee olla naisena."), ["Hakijan mielestään tulee olla naisena"]);
        assert!(spans(&lex, "Hakijan tulee olla naisten").is_empty());
        assert!(spans(&lex, "Hakijan tulee, olla nainen").is_empty());
        assert_eq!(spans(&lex, "A young and dynamic team, young dynamic"), ["young and dynamic", "young dynamic"]);
        assert!(spans(&lex, "“young and dynamic”").is_empty());
    }

    /// Texts for the index-versus-scan tests: the labelled corpus, the sample ads' texts and
    /// odd inputs (compounds, inflections, numbers, short words, non-Latin letters).
    fn sample_texts() -> Vec<String> {
        let mut texts: Vec<String> = [include_str!("../../tests/corpus/positives.tsv"), include_str!("../../tests/corpus/negatives.tsv")]
            .iter()
            .flat_map(|src| src.lines())
            .filter_map(|l| l.splitn(3, '\t').nth(2))
            .map(str::to_owned)
            .collect();
        texts.extend(
            [
                "a i ä ö å é x 1 22 333 4444 a' 'a palomiehet naisvaltainen myyjättärille kvinnliga män men's 20–30-vuotiaalle",
                "ÄIDINKIELI: Suomi — Σ Ж 漢字 😀 hakijan tulee olla nainen, naistenvaateliike, ei riippumatta \"nuorekas\"",
                "",
            ]
            .map(str::to_owned),
        );
        texts
    }

    #[test]
    fn the_word_index_finds_what_a_scan_of_every_entry_finds() {
        // The index only narrows which entries are tried: every lexicon must give the same
        // hits through it as by trying every entry at every word, in every text language.
        for text in sample_texts() {
            let a = Analysis::new(&text);
            for (name, _) in crate::rules::content::LEXICONS {
                let indexed = registry(name);
                let plain = Lexicon {
                    id: None,
                    ..Lexicon::parse(crate::rules::content::LEXICONS.iter().find(|(n, _)| n == name).map_or("", |l| l.1))
                };
                for lang in [None, Some(LangCode::Fi), Some(LangCode::Sv), Some(LangCode::En)] {
                    let key = |hits: Vec<Hit<'_>>| hits.iter().map(|h| (h.first, h.last, h.entry.source, h.entry.kind)).collect::<Vec<_>>();
                    assert_eq!(key(indexed.find(&a, lang)), key(plain.find(&a, lang)), "{name} {lang:?}: {text:?}");
                }
            }
        }
    }

    #[test]
    fn the_word_index_gives_the_cue_sets_a_scan_gives() {
        let cues = cues();
        for text in sample_texts() {
            let a = Analysis::new(&text);
            for k in 0..a.words.len() {
                let want = if a.word_token(k).kind == Kind::Number { 0 } else { cues.mask_of(a.word(k)) };
                assert_eq!(a.cue_mask(k), want, "{:?} in {text:?}", a.word(k));
            }
        }
    }

    #[test]
    fn every_data_line_parses() {
        for (name, src) in crate::rules::content::LEXICONS {
            for line in src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
                let entry = parse_entry(line);
                assert!(entry.is_some(), "{name}: bad line {line:?}");
                let entry = entry.unwrap_or_else(|| unreachable!());
                assert!(entry.flags == "-" || entry.flags.chars().all(|c| "nNps".contains(c)), "{name}: flags in {line:?}");
                if let Some(need) = entry.need {
                    assert!(cues().names().any(|n| n == need), "{name}: unknown cue set {need}");
                }
            }
        }
    }
}
