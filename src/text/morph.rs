//! Morphology: the word forms a lexicon alternative matches (exact words, prefixes, stems with
//! the inflectional endings of Finnish, Swedish and English, compound heads).
//!
//! Finnish and Swedish inflect and compound heavily: "naisen", "naista", "naisille";
//! "palomies", "myyjätär"; "kvinnlig", "kvinnliga". An alternative is one of:
//! - `word` the exact folded word; `word*` any word starting with it;
//! - `stem+` the stem followed by an inflectional ending of the entry's language (Finnish
//!   case + possessive + clitic, Swedish and English endings: see [`ending_ok`]);
//! - `~stem+` / `~word` the same as the **last part of a compound** (palomies, myyjätär)
//!   or the whole word; `~~stem+` only as the last part of a real compound (not `mies`);
//! - `_` any one word; `#` any number; `!form` a form that does *not* match.
//!
//! Matching a word is constant time per alternative: a compound head is tried only at the last
//! few start positions of the word (the longest ending is 14 bytes).

/// A text or lexicon language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LangCode {
    Fi,
    Sv,
    En,
}

/// One alternative of a pattern element (see the module docs).
#[derive(Debug)]
pub(crate) enum Alt {
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

/// `fi`, `sv`, `en` (anything else is Finnish).
pub(crate) fn lang_code(s: &str) -> LangCode {
    match s {
        "sv" | "s" => LangCode::Sv,
        "en" | "e" => LangCode::En,
        _ => LangCode::Fi,
    }
}

/// Parses one alternative written in `lang`'s lexicon.
pub(crate) fn parse_alt(s: &'static str, lang: LangCode) -> Alt {
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

/// Whether the folded `word` is a form of `alt`.
pub(crate) fn word_matches(alt: &Alt, word: &str) -> bool {
    match *alt {
        Alt::Exact(w) => word == w,
        Alt::Prefix(p) => word.starts_with(p),
        Alt::Stem(stem, lang) => word.strip_prefix(stem).is_some_and(|rest| ending_ok(lang, rest)),
        Alt::Any => true,
        Alt::Head(stem, _) | Alt::Compound(stem, _) => {
            // The stem as the last part of a compound (or, for `~`, the whole word). The stem
            // ends at most 14 bytes (the longest ending) before the word's end, so only the
            // last few start positions are tried: constant time per word.
            let (last, first) = (word.len().saturating_sub(stem.len()), stem.as_bytes().first());
            (last.saturating_sub(14)..=last).any(|i| word.as_bytes().get(i) == first && head_at(alt, word, i))
        }
        Alt::Number | Alt::Not(_) => false,
    }
}

/// Whether the compound head `alt` (`~stem+`, `~~stem+`, `~word`) matches `word` with its
/// stem starting at byte `i`.
pub(crate) fn head_at(alt: &Alt, word: &str, i: usize) -> bool {
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
        && w.get(i..).is_some_and(|r| r.starts_with(st))
        && match lang {
            Some(lang) => word.get(i + st.len()..).is_some_and(|rest| ending_ok(lang, rest)),
            None => i == last,
        }
}

// Inflectional endings. Finnish: case/number ending, then an optional possessive suffix, then
// an optional clitic. Swedish and English: one ending. The lexicon supplies stem variants
// (nainen | naise+ | nais+) for the consonant gradation and stem changes the endings cannot.
// Each list is one `|`-separated string, the empty ending first (a `&[&str]` would put a table
// of pointers and lengths in the wasm).
const FI_CASE: &str = "|n|t|a|ä|ta|tä|na|nä|ksi|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|en|ten|den|iden|itten|tten|ia|iä|ja|jä|ita|itä|ina|inä|iksi|illa|illä|ille|ilta|iltä|issa|issä|ista|istä|iin|ihin|hin|han|hen|hon|hun|hyn|hän|hön|seen|siin|ineen|ne|tta|ttä|in|an|än|on|un|yn|ön|i|e|ko|kö|kaan|kään|kin";
const FI_POSS: &str = "|ni|si|mme|nne|nsa|nsä|an|än|en|n";
const FI_CLITIC: &str = "|kin|kaan|kään|ko|kö|han|hän|pa|pä";
const SV_END: &str = "|a|e|t|n|s|en|et|na|ne|er|ar|or|erna|arna|orna|as|es|ens|ets|nas|nes|ers|ars|ors|ernas|arnas|ornas|ns|ts";
const EN_END: &str = "|s|es|'s|s'|ed|d|ing|er|ers";

/// The length in bytes of the longest part of a `|`-separated list (computed at compile time).
const fn longest(list: &str) -> usize {
    let (b, mut i, mut run, mut max) = (list.as_bytes(), 0, 0, 0);
    while i < b.len() {
        run = if b[i] == b'|' { 0 } else { run + 1 };
        if run > max {
            max = run;
        }
        i += 1;
    }
    max
}
const FI_CASE_MAX: usize = longest(FI_CASE);
const FI_POSS_MAX: usize = longest(FI_POSS);

/// Whether `word` is one of the `|`-separated `list`.
fn is_one_of(list: &str, word: &[u8]) -> bool {
    parts(list).any(|w| w == word)
}

/// The `|`-separated parts of `list`, as bytes (a byte split: no `char` searcher).
fn parts(list: &str) -> impl Iterator<Item = &[u8]> {
    list.as_bytes().split(|&b| b == b'|')
}

/// Whether `rest` is an inflectional ending of `lang`.
pub(crate) fn ending_ok(lang: LangCode, rest: &str) -> bool {
    if rest.len() > 14 {
        return false;
    }
    match lang {
        LangCode::Sv => is_one_of(SV_END, rest.as_bytes()),
        LangCode::En => is_one_of(EN_END, rest.as_bytes()),
        // case + possessive + clitic, taken apart from the end: few clitics and possessives
        // end `rest`, so few case look-ups are needed (the case list is the long one).
        // A part longer than every case (and possessive) ending is rejected before the lists are
        // scanned: the rests that fail are mostly long (a compound's other words).
        LangCode::Fi => parts(FI_CLITIC).any(|clitic| {
            rest.as_bytes().strip_suffix(clitic).is_some_and(|r| {
                r.len() <= FI_CASE_MAX + FI_POSS_MAX
                    && parts(FI_POSS).any(|poss| r.strip_suffix(poss).is_some_and(|r| r.len() <= FI_CASE_MAX && is_one_of(FI_CASE, r)))
            })
        }),
    }
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
        let list = |l: &'static str| l.split('|').collect::<Vec<_>>();
        let (cases, possessives, clitics) = (list(FI_CASE), list(FI_POSS), list(FI_CLITIC));
        let by_definition = |rest: &str| {
            cases.iter().any(|case| {
                rest.strip_prefix(case)
                    .is_some_and(|r| possessives.iter().any(|poss| r.strip_prefix(poss).is_some_and(|r| clitics.contains(&r))))
            })
        };
        let mut tried = 0;
        for case in &cases {
            for poss in &possessives {
                for clitic in &clitics {
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
        assert_eq!(words_matching("työ*", LangCode::Fi, &["työ", "työntekijä", "etätyö"]), [true, true, false]);
    }
}
