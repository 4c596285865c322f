//! Cue sets: named sets of single words (`data/lexicon/cues.tsv`: `set<TAB>lang<TAB>alternatives`,
//! the alternatives in the lexicons' word syntax, [`super::morph`]). They mark the *kind* of a
//! word for the decisions around a mention: a lawful exception somewhere in the text (an
//! actor's role, a police office), the people the work is for (customers, children), money,
//! base pay, the payer of a fee...
//!
//! Which sets a word belongs to is found once per text, through the word index, as a bit mask
//! ([`super::Analysis::cue_mask`]). Code names a set by its generated constant
//! (`cue::CLIENTS`), so an unknown set is a compile error.

use std::sync::OnceLock;

use super::lexicon::{expand, CUE_SETS};
use super::morph::{lang_code, parse_alt, Alt, LangCode};
use super::Analysis;

/// A cue set: its number in `cues.tsv` (the order in which the sets first appear there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueId(pub(crate) u8);

impl CueId {
    /// The set's bit in a word's cue mask.
    #[inline]
    fn bit(self) -> u64 {
        1u64.checked_shl(u32::from(self.0)).unwrap_or(0)
    }
}

/// The parsed cue sets, by number.
#[derive(Debug)]
pub(crate) struct Cues {
    pub(super) sets: Vec<Vec<Alt>>,
}

impl Cues {
    /// Parses the sets in the engine's form ([`CUE_SETS`]; see `minify_cues` in `build.rs`): a
    /// language's letter on its own line, then that language's lines, `<set><words>`, the set's
    /// number as a character (`0` the first), the words front-coded ([`expand`]).
    fn parse(src: &'static str) -> Cues {
        let mut sets: Vec<Vec<Alt>> = Vec::new();
        let mut lang = LangCode::Fi;
        for line in src.lines() {
            let [set, ..] = line.as_bytes() else { continue };
            let Some(words) = line.get(1..).filter(|w| !w.is_empty()) else {
                lang = lang_code(line);
                continue;
            };
            let set = usize::from(set.wrapping_sub(b'0'));
            if sets.len() <= set {
                sets.resize_with(set + 1, Vec::new);
            }
            if let Some(alts) = sets.get_mut(set) {
                alts.extend(expand(words).split('|').filter(|s| !s.is_empty()).map(|s| parse_alt(s, lang)));
            }
        }
        Cues { sets }
    }

    /// The cue sets `word` belongs to, as a bit mask (bit i = set i), by a plain scan of
    /// every alternative (the reference the word index is tested against).
    #[cfg(test)]
    pub fn mask_of(&self, word: &str) -> u64 {
        let mut mask = 0u64;
        for (i, alts) in self.sets.iter().enumerate().take(64) {
            if alts.iter().any(|alt| super::morph::word_matches(alt, word)) {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// Whether word `k` is a cue of `set`.
    #[inline]
    pub fn is(&self, set: CueId, a: &Analysis, k: usize) -> bool {
        a.cue_mask(k) & set.bit() != 0
    }

    /// The first word in `range` that is a cue of `set`.
    pub fn find_in(&self, set: CueId, a: &Analysis, range: std::ops::Range<usize>) -> Option<usize> {
        let bit = set.bit();
        range.into_iter().find(|&k| a.cue_mask(k) & bit != 0)
    }

    /// The last word in `range` that is a cue of `set`.
    pub fn rfind_in(&self, set: CueId, a: &Analysis, range: std::ops::Range<usize>) -> Option<usize> {
        let bit = set.bit();
        range.into_iter().rev().find(|&k| a.cue_mask(k) & bit != 0)
    }

    /// The first unquoted word of the text that is a cue of `set` (for text-level exceptions and
    /// contexts: constant time after one pass for every set).
    pub fn in_text(&self, set: CueId, a: &Analysis) -> Option<usize> {
        a.first_cue(set.0)
    }
}

/// The shared cue sets, parsed once.
pub(crate) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues::parse(CUE_SETS))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::CUE_NAMES;
    use super::*;

    /// `cues.tsv` as written (`set<TAB>lang<TAB>words`, words separated by spaces): the sets in
    /// the order they first appear, with their names.
    fn parse_written(src: &'static str) -> Vec<(&'static str, Vec<Alt>)> {
        let mut sets: Vec<(&'static str, Vec<Alt>)> = Vec::new();
        for line in src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [name, lang, words, ..] = cols[..] else { continue };
            let alts = words.split(' ').filter(|s| !s.is_empty()).map(|s| parse_alt(s, lang_code(lang)));
            match sets.iter_mut().find(|(n, _)| *n == name) {
                Some((_, v)) => v.extend(alts),
                None => sets.push((name, alts.collect())),
            }
        }
        sets
    }

    #[test]
    fn the_engine_form_parses_as_the_file_as_written() {
        // (the build script sorts each set's words and groups the lines by language: a set is a set)
        let sorted = |alts: &[Alt]| {
            let mut alts: Vec<String> = alts.iter().map(|alt| format!("{alt:?}")).collect();
            alts.sort();
            alts
        };
        let written = parse_written(include_str!("../../data/lexicon/cues.tsv"));
        let engine: Vec<Vec<String>> = cues().sets.iter().map(|alts| sorted(alts)).collect();
        assert_eq!(engine, written.iter().map(|(_, alts)| sorted(alts)).collect::<Vec<_>>());
        // The generated constants number the sets in file order.
        assert_eq!(written.iter().map(|(n, _)| *n).collect::<Vec<_>>(), CUE_NAMES);
    }

    #[test]
    fn every_set_has_words() {
        assert!(cues().sets.len() <= 64);
        for (set, alts) in cues().sets.iter().enumerate() {
            assert!(!alts.is_empty(), "cue set {} is empty", CUE_NAMES[set]);
        }
    }
}
