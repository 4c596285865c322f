//! The text engine behind the content rules: tokenizer, normalisation, morphology-aware
//! matching ([`pattern`]) and context (negation, positive action, quotes).
//!
//! A text is analysed **once** ([`Analysis::new`], cached in [`crate::TextInput`]) and the
//! analysis is shared by every content rule.
//!
//! Pipeline:
//! 1. **Tokenizer**: words (letters, with inner apostrophes), numbers (ASCII digits), dashes
//!    (`-`, `‐`, `‑`, `‒`, `–`, `—`, `−`, all one kind), quotes and other punctuation. Every
//!    token keeps its **byte offsets into the original text**, so findings mark exactly what
//!    the recruiter wrote.
//! 2. **Normalisation**: case folding per character into a separate buffer (`À`–`Þ`, `Š`, `Ž`
//!    and ASCII; other letters are kept), curly apostrophes to `'`. The folded form of a token
//!    is looked up through the token, so offsets always map back.
//! 3. **Clauses and quotes**: a clause ends at `.`, `!`, `?`, `;`, a bullet or a line break;
//!    text between quotation marks (within a line) is marked as quoted (a mention, not a
//!    requirement).
//! 4. **Words stream**: the word and number tokens, each knowing whether it is *linked* to the
//!    previous one (nothing but spaces, a hyphen, a colon or a unit sign `€ $ £ % & +` in
//!    between), so phrase patterns
//!    do not match across commas or sentences.
//!
//! 5. **Lines**: which clauses are list headings ("Edellytämme:", "Requirements") and which are
//!    bulleted list items ([`Analysis::clause_info`]), for the stance a heading gives its list.
//!
//! On top of it: [`morph`] (word forms), [`lexicon`] (the data files and the phrase matcher),
//! [`index`] (the word index over every lexicon and cue set), [`cues`] (single-word cue sets)
//! and [`stance`] (what a clause does with a mention: requires, excludes, states equality...).
//!
//! Every step is a single pass; matching tries a bounded number of patterns of bounded length
//! at each word, so the whole analysis is **linear in the input** (tested with a large
//! adversarial input in `tests`).

pub(crate) mod cues;
pub(crate) mod index;
pub(crate) mod lexicon;
pub(crate) mod morph;
pub(crate) mod stance;

pub(crate) use morph::LangCode;

use crate::fold::is_letter as is_word_char;
use crate::rule::{is_any, parse_u64};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and inner apostrophes).
    Word,
    /// ASCII digits.
    Number,
    /// Any dash or hyphen.
    Dash,
    /// A colon (kept inside phrases: "Äidinkieli: suomi").
    Colon,
    /// A quotation mark.
    Quote,
    /// Other punctuation or symbols (comma, %, €, emoji...).
    Other,
}

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Byte range of the folded form in [`Analysis::folded`].
    norm: (usize, usize),
    /// Clause number (0, 1, ...).
    pub clause: u32,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Line number (0, 1, ...).
    pub line: u32,
    /// A word that starts with a capital letter.
    pub capital: bool,
}

/// The shared analysis of one text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Analysis {
    pub tokens: Vec<Token>,
    folded: String,
    /// Indexes (into `tokens`) of the word and number tokens.
    pub words: Vec<usize>,
    /// `linked[k]`: words[k] follows words[k-1] with only spaces, a hyphen or a colon between.
    pub linked: Vec<bool>,
    /// For each clause number, the range of its words (indexes into `words`).
    clauses: Vec<(usize, usize)>,
    /// Per word, the cue sets it belongs to and the lexicon entries whose first element it
    /// matches (computed once, on first use, through the word index).
    hits: std::cell::OnceCell<WordHits>,
    /// The language guessed from function words (`None` when there are none).
    pub guessed: Option<LangCode>,
    /// The stance cues and list headings (computed once, on first use).
    stances: std::cell::OnceCell<stance::StanceMap>,
    /// Per cue set, its first unquoted word in the text (`u32::MAX`: none), made once.
    first_cues: std::cell::OnceCell<[u32; 64]>,
}

/// What a clause is on its line ([`Analysis::clause_info`]).
#[derive(Debug, Clone)]
pub(crate) struct ClauseInfo {
    /// Its words (indexes into `words`).
    pub words: std::ops::Range<usize>,
    /// A heading: a whole line that ends with a colon, or a short line without a full stop
    /// ("Edellytämme:", "TARJOAMME SINULLE", "What do we offer?").
    pub heading: bool,
    /// A heading that ends with a colon ("Requirements:").
    pub colon: bool,
    /// A list item: its line starts with a bullet or a dash, or a short clause after a bullet
    /// inside the line.
    pub bullet: bool,
    /// The number of words on its line (a prose paragraph is not a list item).
    pub line_words: usize,
    /// Its line has list items in it (bullets inside the line: "we offer:• pay• training").
    pub line_list: bool,
}

/// What the word index ([`index::word_matches_all`]) says about each word of a text.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordHits {
    /// Per word, its cue-set mask.
    masks: Vec<u64>,
    /// Per word, bit `l` set when it has an entry of lexicon `l` (lexicons from 32 on: all bits).
    lexicons: Vec<u32>,
    /// Per word, the end of its range in `entries` (the start is the previous word's end).
    ends: Vec<u32>,
    /// The (lexicon, entry) pairs whose first element each word matches, sorted per word.
    entries: Vec<(u8, u16)>,
}

impl WordHits {
    /// The first word from `k` on with a candidate entry of lexicon `id` (one scan of the masks).
    #[inline]
    pub fn next_with_lexicon(&self, k: usize, id: u8) -> Option<usize> {
        let bit = 1u32.checked_shl(u32::from(id)).unwrap_or(u32::MAX);
        self.lexicons.get(k..)?.iter().position(|m| m & bit != 0).map(|p| k + p)
    }

    /// The (lexicon, entry) pairs whose first element word `k` matches, sorted.
    #[inline]
    pub fn entries(&self, k: usize) -> &[(u8, u16)] {
        let lo = if k == 0 { 0 } else { self.ends.get(k - 1).copied().unwrap_or(0) };
        let hi = self.ends.get(k).copied().unwrap_or(lo);
        self.entries.get(lo as usize..hi as usize).unwrap_or(&[])
    }
}

/// Frequent function words, distinct per language, for [`Analysis::guessed`]. A table, not one
/// `|`-separated string as other word lists are ([`crate::rule::is_any`]): every word of every
/// text is looked up here, and a string scanned per word cost 9 % more instructions natively.
const FUNCTION_WORDS: [(LangCode, &[&str]); 3] = [
    (
        LangCode::Fi,
        &[
            "ja", "on", "ei", "että", "olet", "sinulla", "meillä", "tai", "myös", "kanssa", "haemme", "etsimme", "olla", "voit", "tulee",
            "sekä", "työ", "sinun", "meidän", "sinulla", "olemme",
        ],
    ),
    (
        LangCode::Sv,
        &[
            "och", "är", "att", "som", "det", "för", "med", "på", "vi", "av", "till", "har", "söker", "eller", "inte", "ska", "du",
            "måste", "kunna", "kan", "vara", "oss", "dig", "din", "ditt", "hos",
        ],
    ),
    (
        LangCode::En,
        &[
            "the", "and", "to", "of", "you", "we", "is", "are", "for", "with", "our", "will", "be", "have", "or", "in", "a", "must",
            "your", "can", "this",
        ],
    ),
];

/// A prefilter per language of [`FUNCTION_WORDS`]: for each first byte, the lengths (bits) of
/// its function words starting with it; a word is compared only with the lists that pass it.
/// Computed at compile time (a table in the data, no code to build it).
static FUNCTION_WORD_LENGTHS: [[u32; 256]; 3] = function_word_lengths();

const fn function_word_lengths() -> [[u32; 256]; 3] {
    let mut lengths = [[0u32; 256]; 3];
    let mut i = 0;
    while i < FUNCTION_WORDS.len() {
        let list = FUNCTION_WORDS[i].1;
        let mut j = 0;
        while j < list.len() {
            let w = list[j].as_bytes();
            if !w.is_empty() && w.len() < 32 {
                lengths[i][w[0] as usize] |= 1 << w.len();
            }
            j += 1;
        }
        i += 1;
    }
    lengths
}

/// Whether the dot ending at byte `end` is followed (after spaces on the same line) by a small
/// letter or a digit (beyond ASCII, a small letter of Latin-1, Latin Extended-A, Greek or
/// Cyrillic: [`crate::fold::is_lower`]).
fn abbreviation_dot(bytes: &[u8], text: &str, end: usize) -> bool {
    let mut i = end;
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    match bytes.get(i) {
        Some(b) if b.is_ascii_digit() || b.is_ascii_lowercase() => true,
        Some(b) if !b.is_ascii() => text.get(i..).and_then(|r| r.chars().next()).is_some_and(crate::fold::is_lower),
        _ => false,
    }
}

/// Characters that start a list item.
fn is_bullet(s: &str) -> bool {
    is_any(s, "*|+|•|·|▪|●|○|◦|►|▸|✓|✔|➢|→|■|□|◆|❖|✅")
}

/// Dashes and hyphens, all treated alike.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '‚' | '「' | '」')
}

fn ends_clause(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n' | '\r' | '•' | '·' | '▪' | '●' | '…')
}

/// Folding of one character for matching: apostrophe variants become `'`, and letters are
/// lowercased by the crate's table-free [`crate::fold::lower_char`] (one character to one).
pub(crate) fn fold(c: char) -> char {
    match c {
        '’' | 'ʼ' | '`' | '´' => '\'',
        _ => crate::fold::lower_char(c),
    }
}

impl Analysis {
    /// Analyses `text` in one pass.
    pub fn new(text: &str) -> Analysis {
        let mut a = Analysis {
            // Ads average six to seven bytes per token: room for most texts without regrowing.
            tokens: Vec::with_capacity(text.len() / 6),
            folded: String::with_capacity(text.len()),
            words: Vec::with_capacity(text.len() / 8),
            linked: Vec::with_capacity(text.len() / 8),
            clauses: Vec::new(),
            hits: std::cell::OnceCell::new(),
            guessed: None,
            stances: std::cell::OnceCell::new(),
            first_cues: std::cell::OnceCell::new(),
        };
        let mut line = 0u32;
        let mut clause = 0u32;
        let mut quoted = false;
        // Whether the word just ended where a glued line starts (see below).
        let mut glued = false;
        // The token index of the open quotation mark: a quote left open at the end of a line
        // (an inch mark, a typo) quotes nothing, so its tokens are unmarked again.
        let mut open_at = 0usize;
        // Where the current line starts (bytes).
        let mut line_from = 0usize;
        let bytes = text.as_bytes();
        // The char at byte `i` (always a char boundary here): ASCII without decoding.
        let char_at = |i: usize| match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => text.get(i..).and_then(|r| r.chars().next()),
            None => None,
        };
        let mut i = 0;
        while let Some(c) = char_at(i) {
            let start = i;
            if c.is_whitespace() {
                // A hard-wrapped line (mail at 72 columns) goes on in the next one: a long line
                // that ends inside a sentence, with a small letter right after the break (or
                // after a blank line: scraped text doubles every break).
                let blank = c == '\n' && bytes.get(i + 1) == Some(&b'\n');
                let wrapped = c == '\n'
                    && i - line_from >= 60
                    && bytes.get(i + 1 + usize::from(blank)).is_some_and(u8::is_ascii_lowercase)
                    && a.tokens.last().is_some_and(|t| {
                        t.line == line && (matches!(t.kind, Kind::Word | Kind::Number) || a.folded.get(t.norm.0..t.norm.1) == Some(","))
                    });
                if c == '\n' || (c == '\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    line += 1;
                    line_from = i;
                }
                if wrapped && blank {
                    line += 1;
                    i += 1;
                    line_from = i;
                }
                if (c == '\n' || c == '\r') && !wrapped {
                    clause += 1;
                    if quoted {
                        a.tokens.iter_mut().skip(open_at).for_each(|t| t.quoted = false);
                    }
                    quoted = false;
                }
                i += c.len_utf8();
                continue;
            }
            // Text whose line breaks were lost (lists flattened by an export: "experience
            // preferredMust be 21", "BENEFITS:Medical") has a capitalised word glued to the end
            // of the previous line: it starts a new line.
            let capital_next = || c.is_ascii_uppercase() && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            // (not after a comma that follows a space: "EAD ,Green Card" is a list typed loosely)
            let loose = || bytes.get(start.wrapping_sub(2)..start) == Some(b" ,");
            if glued || (start > 0 && matches!(bytes.get(start - 1), Some(b'.' | b',' | b':' | b';' | b')')) && capital_next() && !loose())
            {
                glued = false;
                line += 1;
                clause += 1;
                if quoted {
                    a.tokens.iter_mut().skip(open_at).for_each(|t| t.quoted = false);
                }
                quoted = false;
            }
            let kind;
            let mut end = start + c.len_utf8();
            let norm_start = a.folded.len();
            if is_word_char(c) {
                kind = Kind::Word;
                a.folded.push(fold(c));
                // (not in a web address or a file name: "…/BestPlacesforNewGrads")
                let linked_in =
                    start > 0 && matches!(bytes.get(start - 1), Some(b'/' | b'-' | b'_' | b'=' | b'?' | b'#' | b'&' | b'@' | b'.'));
                loop {
                    // A run of ASCII letters is copied and lowercased at once, up to a glued
                    // line start: a lowercase letter, then a capital and a lowercase letter.
                    let lower = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_lowercase);
                    let mut run = 0;
                    while let Some(&b) = bytes.get(end + run).filter(|b| b.is_ascii_alphabetic()) {
                        if b.is_ascii_uppercase() && !linked_in && lower(end + run - 1) && lower(end + run + 1) {
                            glued = true;
                            break;
                        }
                        run += 1;
                    }
                    if run > 0 {
                        let from = a.folded.len();
                        a.folded.push_str(text.get(end..end + run).unwrap_or(""));
                        if let Some(folded) = a.folded.get_mut(from..) {
                            folded.make_ascii_lowercase();
                        }
                        end += run;
                    }
                    if glued {
                        break;
                    }
                    let Some(d) = char_at(end) else { break };
                    if is_word_char(d) {
                        a.folded.push(fold(d));
                    } else if matches!(d, '\'' | '’') {
                        // An inner apostrophe (men's, don't): only when a letter follows.
                        if !char_at(end + d.len_utf8()).is_some_and(is_word_char) {
                            break;
                        }
                        a.folded.push('\'');
                    } else if !(matches!(d, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
                        && char_at(end + d.len_utf8()).is_some_and(is_word_char))
                    {
                        // (an invisible soft hyphen or zero-width space inside a word, from text
                        // copied off a web page, "työ\u{ad}paikka", is no part of the folded word)
                        break;
                    }
                    end += d.len_utf8();
                }
            } else if c.is_ascii_digit() {
                kind = Kind::Number;
                let run = bytes.get(start..).unwrap_or(&[]).iter().take_while(|b| b.is_ascii_digit()).count();
                end = start + run;
                a.folded.push_str(text.get(start..end).unwrap_or(""));
            } else if is_dash(c) {
                kind = Kind::Dash;
                a.folded.push('-');
            } else if c == ':' {
                kind = Kind::Colon;
                a.folded.push(':');
            } else if is_quote(c) {
                kind = Kind::Quote;
                a.folded.push('"');
                quoted = !quoted;
                open_at = a.tokens.len();
            } else {
                kind = Kind::Other;
                a.folded.push(fold(c));
            }
            let capital = kind == Kind::Word && fold(c) != c;
            let token = Token {
                start,
                end,
                kind,
                norm: (norm_start, a.folded.len()),
                clause,
                quoted: quoted && kind != Kind::Quote,
                line,
                capital,
            };
            if kind == Kind::Word || kind == Kind::Number {
                let linked = a.tokens.last().is_some_and(|prev| prev.clause == clause) && {
                    // Linked when the tokens since the previous word are only dashes/colons.
                    let prev_word = a.words.last().copied();
                    match prev_word {
                        Some(pw) => {
                            let (prev, between) = a.tokens.get(pw..).and_then(|ts| ts.split_first()).unwrap_or((&token, &[]));
                            // a digit group after a comma: "5,000", "$1,200"
                            let grouped = kind == Kind::Number
                                && prev.kind == Kind::Number
                                && matches!(between, [t] if t.start == prev.end && t.end == start
                                    && a.folded.get(t.norm.0..t.norm.1) == Some(",") && end - start == 3);
                            grouped
                                || between.iter().all(|t| {
                                    matches!(t.kind, Kind::Dash | Kind::Colon)
                                        || (t.kind == Kind::Other
                                            && matches!(a.folded.get(t.norm.0..t.norm.1), Some("€" | "$" | "£" | "%" | "&" | "+" | "'")))
                                })
                        }
                        None => false,
                    }
                };
                a.words.push(a.tokens.len());
                a.linked.push(linked);
            }
            a.tokens.push(token);
            i = end;
            if ends_clause(c) {
                clause += 1;
                // A decimal point ("2.5"), or an abbreviation's dot before a small letter or a
                // number on the same line ("U.S. or", "esim. kassatyö", "n. 45 v."), is not a
                // clause end: sentences start with a capital.
                // So is a dot between single letters ("U.S", "t.ex", "e.g").
                let after_letter = matches!(a.tokens.as_slice(), [.., prev, _] if prev.kind == Kind::Word && prev.end == start && prev.end - prev.start == 1);
                // And the dot of an initial after a name ("Pirjo K. Kontulasta").
                let initial = after_letter
                    && matches!(a.tokens.as_slice(), [.., name, letter, _] if letter.capital && name.capital && name.kind == Kind::Word && name.end - name.start > 1 && name.line == letter.line);
                // And the last dot of letters with dots ("a U.S. Citizen", "U.S. Army").
                let dotted = after_letter
                    && matches!(a.tokens.as_slice(), [.., l, d, _, _] if l.end == d.start && l.end - l.start == 1 && l.kind == Kind::Word && a.folded.get(d.norm.0..d.norm.1) == Some("."));
                if c == '.'
                    && (abbreviation_dot(bytes, text, end)
                        || initial
                        || dotted
                        || (after_letter && bytes.get(end).is_some_and(u8::is_ascii_alphabetic)))
                {
                    clause -= 1;
                }
            }
        }
        if quoted {
            a.tokens.iter_mut().skip(open_at).for_each(|t| t.quoted = false);
        }
        for (k, &t) in a.words.iter().enumerate() {
            let c = a.tokens.get(t).map_or(0, |t| t.clause as usize);
            if a.clauses.len() <= c {
                a.clauses.resize(c + 1, (k, k));
            }
            if let Some(span) = a.clauses.get_mut(c) {
                span.1 = k + 1;
            }
        }
        a.guessed = a.guess();
        a
    }

    fn guess(&self) -> Option<LangCode> {
        let mut scores = [0usize; 3];
        let lengths = &FUNCTION_WORD_LENGTHS;
        for k in 0..self.words.len() {
            let w = self.word(k);
            let Some(&b) = w.as_bytes().first().filter(|_| w.len() < 32) else { continue };
            for ((_, list), (lens, score)) in FUNCTION_WORDS.iter().zip(lengths.iter().zip(scores.iter_mut())) {
                if lens[usize::from(b)] & (1 << w.len()) != 0 && list.contains(&w) {
                    *score += 1;
                }
            }
        }
        let (best, &score) = scores.iter().enumerate().max_by_key(|&(i, s)| (*s, std::cmp::Reverse(i)))?;
        FUNCTION_WORDS.get(best).filter(|_| score > 0).map(|&(lang, _)| lang)
    }

    /// The folded form of token `t`.
    #[inline]
    pub fn norm(&self, t: usize) -> &str {
        self.tokens.get(t).and_then(|tok| self.folded.get(tok.norm.0..tok.norm.1)).unwrap_or("")
    }

    /// Whether word `k` follows word `k - 1` with just a slash between ("Waiter/Waitress").
    pub fn slash_before(&self, k: usize) -> bool {
        let (Some(&from), Some(&to)) = (k.checked_sub(1).and_then(|j| self.words.get(j)), self.words.get(k)) else { return false };
        matches!(self.tokens.get(from + 1..to), Some([t]) if self.folded.get(t.norm.0..t.norm.1) == Some("/"))
    }

    /// The folded form of token `t` (any kind).
    #[inline]
    pub fn text_of(&self, t: usize) -> &str {
        self.norm(t)
    }

    /// The folded form of word `k` (an index into `words`).
    #[inline]
    pub fn word(&self, k: usize) -> &str {
        self.words.get(k).map_or("", |&t| self.norm(t))
    }

    /// Whether word `k` is linked to the word before it ([`Analysis::linked`]; false past the end).
    #[inline]
    pub fn is_linked(&self, k: usize) -> bool {
        self.linked.get(k) == Some(&true)
    }

    /// The token of word `k`.
    #[inline]
    /// (Past the end, an empty token of its own clause and line: no caller relies on a panic,
    /// and the wasm does without one at every call.)
    pub fn word_token(&self, k: usize) -> &Token {
        const NONE: Token =
            Token { start: 0, end: 0, kind: Kind::Other, norm: (0, 0), clause: u32::MAX, quoted: false, line: u32::MAX, capital: false };
        self.words.get(k).and_then(|&t| self.tokens.get(t)).unwrap_or(&NONE)
    }

    /// The numeric value of word `k` when it is a number of at most 4 digits.
    #[inline]
    pub fn number(&self, k: usize) -> Option<u32> {
        let t = self.words.get(k).and_then(|&t| self.tokens.get(t))?;
        if t.kind != Kind::Number || t.end - t.start > 4 {
            return None;
        }
        parse_u64(self.word(k), 10).and_then(|n| u32::try_from(n).ok())
    }

    /// The word index's matches for every word (computed once per text, on first use).
    pub fn word_hits(&self) -> &WordHits {
        crate::rule::once(&self.hits, || {
            let n = self.words.len();
            let mut hits = WordHits {
                masks: Vec::with_capacity(n),
                lexicons: Vec::with_capacity(n),
                ends: Vec::with_capacity(n),
                entries: Vec::new(),
            };
            // Each distinct word is looked up once: an open-addressing table (FNV-1a hash,
            // linear probing) from a word to the first word index with the same form.
            let size = (2 * n).next_power_of_two().max(16);
            let mut first_of = vec![u32::MAX; size];
            for k in 0..n {
                let mut mask = 0;
                if self.word_token(k).kind == Kind::Number {
                    // entries that start with a number (`# cm tall`)
                    hits.entries.extend_from_slice(index::number_entries());
                } else {
                    let w = self.word(k);
                    let hash = w.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
                    let mut slot = hash as usize & (size - 1);
                    loop {
                        match first_of.get(slot).copied() {
                            Some(u32::MAX) | None => {
                                if let Some(first) = first_of.get_mut(slot) {
                                    *first = u32::try_from(k).unwrap_or(u32::MAX);
                                }
                                mask = index::word_matches_all(w, &mut hits.entries);
                                break;
                            }
                            Some(j) if self.word(j as usize) == w => {
                                // (the same entries again: look-ups without indexing keep panic
                                // paths out of the wasm)
                                let j = j as usize;
                                let end = |i: usize| hits.ends.get(i).map_or(0, |&e| e as usize);
                                let (lo, hi) = (j.checked_sub(1).map_or(0, end), end(j));
                                for i in lo..hi {
                                    if let Some(&e) = hits.entries.get(i) {
                                        hits.entries.push(e);
                                    }
                                }
                                mask = hits.masks.get(j).copied().unwrap_or(0);
                                break;
                            }
                            Some(_) => slot = (slot + 1) & (size - 1),
                        }
                    }
                }
                let from = hits.ends.last().copied().unwrap_or(0) as usize;
                let lexicons = hits
                    .entries
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .fold(0u32, |m, e| m | 1u32.checked_shl(u32::from(e.0)).unwrap_or(u32::MAX));
                hits.masks.push(mask);
                hits.lexicons.push(lexicons);
                hits.ends.push(u32::try_from(hits.entries.len()).unwrap_or(u32::MAX));
            }
            hits
        })
    }

    /// The cue-set mask of word `k` (bit i = cue set i); numbers have none.
    #[inline]
    pub fn cue_mask(&self, k: usize) -> u64 {
        self.word_hits().masks.get(k).copied().unwrap_or(0)
    }

    /// The first unquoted word of the text in cue set `bit` (one pass for every set, made once).
    pub fn first_cue(&self, bit: u8) -> Option<usize> {
        let firsts = crate::rule::once(&self.first_cues, || {
            let mut firsts = [u32::MAX; 64];
            for k in 0..self.words.len() {
                let mut mask = self.cue_mask(k);
                if mask == 0 || self.word_token(k).quoted {
                    continue;
                }
                while mask != 0 {
                    let b = mask.trailing_zeros() as usize;
                    if let Some(first) = firsts.get_mut(b).filter(|f| **f == u32::MAX) {
                        *first = k as u32;
                    }
                    mask &= mask - 1;
                }
            }
            firsts
        });
        firsts.get(usize::from(bit)).copied().filter(|&k| k != u32::MAX).map(|k| k as usize)
    }

    /// The stance cues of the text and the stance its list headings give ([`stance`]).
    pub fn stances(&self) -> &stance::StanceMap {
        crate::rule::once(&self.stances, || stance::StanceMap::new(self))
    }

    /// What each clause is on its line (one pass over the tokens).
    pub fn clause_infos(&self) -> Vec<ClauseInfo> {
        let mut out: Vec<ClauseInfo> = self
            .clauses
            .iter()
            .map(|&(lo, hi)| ClauseInfo { words: lo..hi, heading: false, colon: false, bullet: false, line_words: 0, line_list: false })
            .collect();
        // Per clause: (line start, bullet, line end, colon end, full stop, bullet inside the
        // line), filled as the tokens pass.
        let mut facts = vec![(true, false, false, false, false, false); out.len()];
        let mut line = u32::MAX;
        // Only bullets or dashes so far on this line.
        let mut only_bullets = true;
        let mut bullet_on_line = false;
        let mut prev: Option<&Token> = None;
        for (t, tok) in self.tokens.iter().enumerate() {
            let before = prev.replace(tok);
            if tok.line != line {
                line = tok.line;
                only_bullets = true;
                bullet_on_line = false;
            }
            let is_bullet_tok = tok.kind == Kind::Dash || (tok.kind == Kind::Other && is_bullet(self.norm(t)));
            let Some(f) = facts.get_mut(tok.clause as usize) else { continue };
            if before.is_none_or(|b| b.clause != tok.clause) {
                f.0 = only_bullets;
                f.1 = bullet_on_line;
                // (a bullet inside the line: "we're looking for:• Awesome work ethic• Live near...")
                f.5 = before.is_some_and(|b| b.line == tok.line && b.kind == Kind::Other && is_bullet(self.norm(t - 1)));
            }
            if is_bullet_tok && only_bullets {
                bullet_on_line = true;
                f.1 = true;
            }
            if !is_bullet_tok {
                only_bullets = false;
            }
            let last_of_clause = self.tokens.get(t + 1).is_none_or(|n| n.clause != tok.clause);
            if last_of_clause {
                f.2 = self.tokens.get(t + 1).is_none_or(|n| n.line != tok.line);
                f.3 = tok.kind == Kind::Colon;
                f.4 = tok.kind == Kind::Other && self.norm(t) == ".";
            }
        }
        // Per line (its clauses are consecutive), its words and whether it has list items.
        let line_of = |info: &ClauseInfo| self.words.get(info.words.start).and_then(|&t| self.tokens.get(t)).map_or(u32::MAX, |t| t.line);
        let mut i = 0;
        for group in out.chunk_by_mut(|x, y| line_of(x) == line_of(y)) {
            let n = group.len();
            let words = group.iter().map(|c| c.words.len()).sum();
            let list = facts.get(i..i + n).unwrap_or(&[]).iter().any(|f| f.1 || f.5);
            for info in group {
                (info.line_words, info.line_list) = (words, list);
            }
            i += n;
        }
        for (info, (line_start, bullet, line_end, colon_end, full_stop, inline)) in out.iter_mut().zip(facts) {
            let n = info.words.len();
            // (an item inside a line only when short: the line may run on as prose)
            info.bullet = bullet || inline && n <= stance::ITEM_WORDS;
            info.heading = n > 0 && line_start && line_end && !bullet && (colon_end || (n <= 6 && !full_stop));
            info.colon = info.heading && colon_end;
        }
        out
    }

    /// Whether word `k` is the first part of a compound whose head comes later ("bild- och
    /// videoteknik", "valokuva- ja videotuotanto"): a hyphen right after it, then a space.
    pub fn suspended(&self, k: usize) -> bool {
        let Some(&t) = self.words.get(k) else { return false };
        match (self.tokens.get(t), self.tokens.get(t + 1), self.tokens.get(t + 2)) {
            (Some(w), Some(d), Some(n)) => d.kind == Kind::Dash && d.start == w.end && (n.start > d.end || n.kind != Kind::Word),
            _ => false,
        }
    }

    /// Whether a lone comma is all that stands between word `k` and the word before it (a
    /// list: "lift, rullstol, epilepsi").
    pub fn comma_before(&self, k: usize) -> bool {
        match (k.checked_sub(1).and_then(|j| self.words.get(j)), self.words.get(k)) {
            (Some(&p), Some(&t)) => t == p + 2 && self.norm(p + 1) == ",",
            _ => false,
        }
    }

    /// Whether a comma or a spaced dash stands right before word `k`: where a clause's parts
    /// part ("under 30 – no degree needed").
    pub fn part_before(&self, k: usize) -> bool {
        self.comma_before(k) || self.dash_before(k)
    }

    /// Whether a dash (`-`, `–`, `—`) with a space before it stands right before word `k`,
    /// between it and the word before ("valokuva-ala" is one word's parts).
    pub fn dash_before(&self, k: usize) -> bool {
        match (k.checked_sub(1).and_then(|j| self.words.get(j)), self.words.get(k)) {
            (Some(&p), Some(&t)) => {
                let spaced = || self.tokens.get(p).zip(self.tokens.get(p + 1)).is_some_and(|(w, d)| w.end < d.start);
                t == p + 2 && is_any(self.norm(p + 1), "-|–|—") && spaced()
            }
            _ => false,
        }
    }

    /// The sign glued to word `k` (no space between): the token right before it, or with `after`
    /// right after it, when that is no word or number ("(" in "(Female)", "_" in "man_mas17@").
    pub fn glued_sign(&self, k: usize, after: bool) -> Option<&str> {
        let &t = self.words.get(k)?;
        let word = self.tokens.get(t)?;
        let s = if after { t + 1 } else { t.checked_sub(1)? };
        let sign = self.tokens.get(s)?;
        let touching = if after { sign.start == word.end } else { sign.end == word.start };
        (touching && !matches!(sign.kind, Kind::Word | Kind::Number)).then(|| self.norm(s))
    }

    /// Whether word `k` is followed directly by a hyphen and another word ("valokuva-ala").
    pub fn hyphen_after(&self, k: usize) -> bool {
        let Some(&t) = self.words.get(k) else { return false };
        match (self.tokens.get(t), self.tokens.get(t + 1), self.tokens.get(t + 2)) {
            (Some(v), Some(d), Some(w)) => d.kind == Kind::Dash && d.start == v.end && w.start == d.end && w.kind == Kind::Word,
            _ => false,
        }
    }

    /// Whether word `k` starts with a capital letter in the original text.
    pub fn text_starts_upper(&self, k: usize) -> bool {
        self.word_token(k).capital
    }

    /// The clause of word `k`.
    #[inline]
    pub fn clause_of(&self, k: usize) -> u32 {
        self.word_token(k).clause
    }

    /// The range of words (indexes into `words`) in the same clause as word `k` (constant time).
    #[inline]
    pub fn clause_words(&self, k: usize) -> std::ops::Range<usize> {
        let c = self.clause_of(k) as usize;
        self.clauses.get(c).map_or(k..k, |&(lo, hi)| lo..hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_byte_offsets_into_the_original() {
        let text = "ÄIDINKIELI: Suomi — 25–35-vuotias 😀 “Naisen” men's.";
        let a = Analysis::new(text);
        let words: Vec<(&str, &str)> = (0..a.words.len()).map(|k| (a.word(k), &text[a.word_token(k).start..a.word_token(k).end])).collect();
        assert_eq!(
            words,
            vec![
                ("äidinkieli", "ÄIDINKIELI"),
                ("suomi", "Suomi"),
                ("25", "25"),
                ("35", "35"),
                ("vuotias", "vuotias"),
                ("naisen", "Naisen"),
                ("men's", "men's"),
            ]
        );
        // linked across the colon and the dashes, not across the emoji or the quote
        assert_eq!(a.linked, vec![false, true, true, true, true, false, false]);
        assert!(a.word_token(5).quoted && !a.word_token(6).quoted);
        // a plural's apostrophe links ("four years' experience", "in their 20’s"); a comma does not
        let a = Analysis::new("four years' experience, in their 20’s");
        assert_eq!(a.linked, vec![false, true, true, false, true, true, true]);
        // a soft hyphen or a zero-width space inside a word is invisible; at a word's edge, not
        let a = Analysis::new("työ\u{ad}paikka, äidin\u{200b}kielenä \u{ad}x");
        assert_eq!((0..a.words.len()).map(|k| a.word(k)).collect::<Vec<_>>(), ["työpaikka", "äidinkielenä", "x"]);
    }

    #[test]
    fn an_unclosed_quote_quotes_nothing() {
        let a = Analysis::new("Näyttö 24\" ja nainen\n“ja mies”");
        let quoted: Vec<bool> = (0..a.words.len()).map(|k| a.word_token(k).quoted).collect();
        assert_eq!(quoted, vec![false, false, false, false, true, true]);
    }

    #[test]
    fn clauses_split_at_sentence_ends_and_lines_not_at_decimals() {
        let a = Analysis::new("Palkka 2.5 k. Ikä\nx; y");
        let clauses: Vec<u32> = (0..a.words.len()).map(|k| a.clause_of(k)).collect();
        assert_eq!(clauses[0], clauses[1]);
        assert_ne!(clauses[3], clauses[4]);
        assert_ne!(clauses[4], clauses[5]);
        assert_ne!(clauses[5], clauses[6]);
        assert_eq!(a.clause_words(0), 0..4);
    }

    #[test]
    fn a_hard_wrapped_line_goes_on_in_the_next_one() {
        // A mailing-list post wrapped at 72 columns (a real CareerCenter.am ad) ...
        let a = Analysis::new("OPEN TO/ ELIGIBILITY CRITERIA:  Males and females, not more than 35\nyears of age\nSTART DATE:  Immediately\nshort line\nnext one\nA long line that ends its sentence with a full stop right here.\nand then");
        let k = |w: &str| (0..a.words.len()).find(|&k| a.word(k) == w).unwrap_or(usize::MAX);
        assert_eq!(a.clause_of(k("males")), a.clause_of(k("age")));
        assert_ne!(a.word_token(k("males")).line, a.word_token(k("age")).line);
        // ... but not a short line, a capital after the break, or a sentence's end.
        assert_ne!(a.clause_of(k("age")), a.clause_of(k("start")));
        assert_ne!(a.clause_of(k("short")), a.clause_of(k("next")));
        assert_ne!(a.clause_of(k("here")), a.clause_of(k("then")));
        // Scraped text doubles every break (a real Indeed ad): a blank line after a long line,
        // then a small letter, goes on too; a paragraph after a short line does not.
        let a = Analysis::new("does not discriminate against any applicant because of race, religion, national\n\norigin, ethnicity or disability\n\nshort line\n\nnext one");
        let k = |w: &str| (0..a.words.len()).find(|&k| a.word(k) == w).unwrap_or(usize::MAX);
        assert_eq!(a.clause_of(k("national")), a.clause_of(k("origin")));
        assert_eq!(a.word_token(k("origin")).line, a.word_token(k("national")).line + 2);
        assert_ne!(a.clause_of(k("short")), a.clause_of(k("next")));
    }

    #[test]
    fn a_capitalised_word_glued_to_a_line_starts_a_new_line() {
        // A list flattened by an export (a real LinkedIn ad) ...
        let a = Analysis::new("sales experience preferredMust be 21 years of age. BENEFITS:Medical, LinkedIn");
        let words: Vec<&str> = (0..a.words.len()).map(|k| a.word(k)).collect();
        assert_eq!(
            words,
            ["sales", "experience", "preferred", "must", "be", "21", "years", "of", "age", "benefits", "medical", "linked", "in"]
        );
        let line = |k: usize| a.word_token(k).line;
        assert_eq!(line(0), line(2));
        assert_ne!(line(2), line(3));
        assert_ne!(a.clause_of(2), a.clause_of(3));
        assert_eq!(line(3), line(8));
        assert_ne!(line(9), line(10));
        // The last dot of letters with dots does not end the clause: "a U.S. Citizen".
        let a = Analysis::new("Must be a U.S. Citizen. Then apply.");
        let k = |w: &str| (0..a.words.len()).find(|&k| a.word(k) == w).unwrap_or(usize::MAX);
        assert_eq!(a.clause_of(k("must")), a.clause_of(k("citizen")));
        assert_ne!(a.clause_of(k("citizen")), a.clause_of(k("then")));
        // A comma typed loosely before a capitalised word starts no line: "EAD ,Green Card".
        let a = Analysis::new("Work status: EAD ,Green Card, US Citizens");
        assert_eq!(a.clause_of(0), a.clause_of(a.words.len() - 1));
        // ... but a web address, a file name or a capital alone stays one word.
        let a = Analysis::new("http://bit.ly/LibertyMutual-BestPlacesforNewGrads iPhone McD");
        let words: Vec<&str> = (0..a.words.len()).map(|k| a.word(k)).collect();
        assert_eq!(words, ["http", "bit", "ly", "libertymutual", "bestplacesfornewgrads", "i", "phone", "mcd"]);
    }

    #[test]
    fn odd_input_is_fine() {
        for text in ["", "-", "''", "'a", "a'", "\u{0}", "999999999999999", "“", "\r\n\r\n"] {
            let a = Analysis::new(text);
            for t in &a.tokens {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
            }
        }
    }
}
