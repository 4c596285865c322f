//! The word index: every first-element alternative of every lexicon and every cue alternative,
//! found for a word with a few hash probes instead of a scan of them all.
//!
//! Word-start alternatives (`word`, `word*`, `stem+`) are keyed by the first three bytes of
//! their stem (a word must begin with its whole stem to match), or two for two-byte stems;
//! compound heads (`~stem+`) the same way, tried at each position of the word. Each distinct word
//! of a text is looked up once ([`super::Analysis::word_hits`]); a test checks that the index
//! finds exactly what a scan of every alternative finds.

use std::sync::OnceLock;

use super::cues::cues;
use super::lexicon::{first_alts, indexable, lexicons};
use super::morph::{head_at, word_matches, Alt};

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

/// Up to the first eight bytes of `b` from byte `i`, little-endian, zero-padded.
fn key_at(b: &[u8], i: usize) -> u64 {
    let rest = b.get(i..).unwrap_or(&[]);
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => rest.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b)),
    }
}

/// An indexed alternative: its bucket, the first (up to) eight bytes of its stem ([`key_at`])
/// and their mask (a word can match it only where its bytes agree: most of a bucket is rejected
/// without reading the alternative), the alternative and its owner.
type Item = (usize, u64, u64, &'static Alt, Owner);

/// The [`Item`] of `alt` with stem `stem` in bucket `b`. An alternative that must end the
/// word (`word`, `~word`) also keys the byte after its stem, which is zero ([`key_at`]'s
/// padding) only at the word's end: a longer word is rejected without reading the alternative.
fn item(b: usize, stem: &str, alt: &'static Alt, owner: Owner) -> Item {
    let ends = matches!(alt, Alt::Exact(_) | Alt::Head(_, None) | Alt::Compound(_, None));
    let mask = u64::MAX.checked_shr(8 * (8 - (stem.len() + usize::from(ends)).min(8)) as u32).unwrap_or(0);
    (b, key_at(stem.as_bytes(), 0) & mask, mask, alt, owner)
}

/// Alternatives grouped by the bucket of their stem's first two bytes (compressed rows).
#[derive(Debug, Default)]
struct Table {
    start: Vec<u32>,
    items: Vec<Item>,
}

impl Table {
    fn build(list: Vec<Item>) -> Table {
        // A counting sort by bucket (stable: the engine's order within a bucket).
        // (look-ups without indexing keep panic paths out of the wasm)
        let mut start = vec![0u32; BUCKETS + 1];
        for &(b, ..) in &list {
            if let Some(n) = start.get_mut(b + 1) {
                *n += 1;
            }
        }
        let mut sum = 0;
        for n in &mut start {
            sum += *n;
            *n = sum;
        }
        let mut fill = start.clone();
        let mut items = list.clone();
        for item in list {
            if let Some(f) = fill.get_mut(item.0) {
                if let Some(slot) = items.get_mut(*f as usize) {
                    *slot = item;
                }
                *f += 1;
            }
        }
        Table { start, items }
    }

    /// Bucket `b`'s alternatives whose stem can start at byte `i` of `w`, to `f` (with `at`).
    fn probe(&self, b: usize, w: &[u8], i: usize, at: Option<usize>, f: &mut impl FnMut(&'static Alt, Owner, Option<usize>)) {
        let (lo, hi) = (self.start.get(b).copied().unwrap_or(0) as usize, self.start.get(b + 1).copied().unwrap_or(0) as usize);
        if lo < hi {
            let here = key_at(w, i);
            for &(_, key, mask, alt, owner) in self.items.get(lo..hi).unwrap_or(&[]) {
                if here & mask == key {
                    f(alt, owner, at);
                }
            }
        }
    }
}

/// The index (see the module docs).
#[derive(Debug, Default)]
struct WordIndex {
    /// Word-start alternatives with a stem of two bytes.
    anchored: Table,
    /// Word-start alternatives with a stem of three bytes or more.
    anchored3: Table,
    /// Compound heads with a stem of two bytes.
    heads: Table,
    /// Compound heads with a stem of three bytes or more (keyed by three bytes: fewer tries).
    heads3: Table,
    /// The entries whose first element is a number (`#`), in (lexicon, entry) order: every
    /// number's candidates.
    numbers: Vec<(u8, u16)>,
    /// Alternatives with a stem shorter than two bytes (or `_` cues): tried on every word (one
    /// bucket, 0; word-start alternatives keyed by their stem, the others by nothing).
    short: Table,
}

fn word_index() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut alts: Vec<(&'static Alt, Owner)> = Vec::new();
        let mut numbers = Vec::new();
        for lex in lexicons() {
            let Some(id) = lex.id else { continue };
            for (j, entry) in lex.entries.iter().enumerate() {
                let Ok(j) = u16::try_from(j) else { continue };
                if indexable(entry) && first_alts(entry).iter().all(|a| matches!(a, Alt::Number)) {
                    numbers.push((id, j));
                } else if indexable(entry) {
                    alts.extend(first_alts(entry).iter().filter(|a| !matches!(a, Alt::Not(_))).map(|a| (a, Owner::Entry(id, j))));
                }
            }
        }
        for (i, set) in cues().sets.iter().enumerate().take(64) {
            alts.extend(set.iter().filter(|a| !matches!(a, Alt::Not(_) | Alt::Number)).map(|a| (a, Owner::Cue(i as u8))));
        }
        let (mut anchored, mut anchored3, mut heads, mut heads3, mut short) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (alt, owner) in alts {
            match alt {
                Alt::Exact(w) | Alt::Prefix(w) | Alt::Stem(w, _) => match w.as_bytes() {
                    [b0, b1, b2, ..] => anchored3.push(item(bucket3(*b0, *b1, *b2), w, alt, owner)),
                    [b0, b1] => anchored.push(item(bucket(*b0, *b1), w, alt, owner)),
                    _ => short.push(item(0, w, alt, owner)),
                },
                Alt::Head(w, _) | Alt::Compound(w, _) => match w.as_bytes() {
                    [b0, b1, b2, ..] => heads3.push(item(bucket3(*b0, *b1, *b2), w, alt, owner)),
                    [b0, b1] => heads.push(item(bucket(*b0, *b1), w, alt, owner)),
                    _ => short.push((0, 0, 0, alt, owner)),
                },
                _ => short.push((0, 0, 0, alt, owner)),
            }
        }
        WordIndex {
            anchored: Table::build(anchored),
            anchored3: Table::build(anchored3),
            heads: Table::build(heads),
            heads3: Table::build(heads3),
            numbers,
            short: Table::build(short),
        }
    })
}

/// The entries every number is a candidate for (their first element is `#`).
pub(crate) fn number_entries() -> &'static [(u8, u16)] {
    &word_index().numbers
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
    let w = word.as_bytes();
    index.short.probe(0, w, 0, None, &mut take);
    if let [b0, b1, rest @ ..] = w {
        index.anchored.probe(bucket(*b0, *b1), w, 0, None, &mut take);
        if let [b2, ..] = rest {
            index.anchored3.probe(bucket3(*b0, *b1, *b2), w, 0, None, &mut take);
        }
        // (no compound head has a two-byte stem in today's lexicons: skip the empty table)
        for (i, pair) in w.windows(2).enumerate().filter(|_| !index.heads.items.is_empty()) {
            index.heads.probe(bucket(pair[0], pair[1]), w, i, Some(i), &mut take);
        }
        for (i, triple) in w.windows(3).enumerate() {
            index.heads3.probe(bucket3(triple[0], triple[1], triple[2]), w, i, Some(i), &mut take);
        }
    }
    // Sort this word's few pairs (an insertion sort: the lists are short), then drop repeats.
    // (look-ups without indexing keep panic paths out of the wasm)
    let tail = entries.get_mut(from..).unwrap_or(&mut []);
    for i in 1..tail.len() {
        let mut j = i;
        while let Some([x, y]) = tail.get_mut(j - 1..=j) {
            if *x <= *y {
                break;
            }
            std::mem::swap(x, y);
            j -= 1;
            if j == 0 {
                break;
            }
        }
    }
    let mut kept = 0;
    for i in 0..tail.len() {
        let e = tail.get(i).copied();
        if kept == 0 || tail.get(kept - 1).copied() != e {
            if let (Some(e), Some(slot)) = (e, tail.get_mut(kept)) {
                *slot = e;
            }
            kept += 1;
        }
    }
    entries.truncate(from + kept);
    mask
}

#[cfg(test)]
mod tests {
    use super::super::cues::cues;
    use super::super::lexicon::{scanning, Hit, LexId, LEXICONS};
    use super::super::{Analysis, Kind};

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
                "Edellytämme: ei saa olla lapsia; need not apply; kommer inte att beaktas; we encourage women",
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
            for (i, (name, _)) in LEXICONS.iter().enumerate() {
                let indexed = super::super::lexicon::lexicon(LexId(i as u8));
                let plain = scanning(LexId(i as u8));
                for lang in [None, Some(super::super::LangCode::Fi), Some(super::super::LangCode::Sv), Some(super::super::LangCode::En)] {
                    let key = |hits: Vec<(Hit<'_>, ())>| {
                        hits.iter().map(|(h, ())| (h.first, h.last, h.entry.source, h.entry.kind)).collect::<Vec<_>>()
                    };
                    assert_eq!(
                        key(indexed.find(&a, lang, |_| Some(()))),
                        key(plain.find(&a, lang, |_| Some(()))),
                        "{name} {lang:?}: {text:?}"
                    );
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
}
