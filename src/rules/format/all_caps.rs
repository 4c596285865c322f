//! `format.all_caps`: shouting in capitals ("HAE HETI TÖIHIN", "KIIREELLINEN").
//!
//! Words are maximal runs of letters and digits. A word is a *caps word* when it has at least
//! two capital letters and no small ones; a word with a small letter ends a run, and so does a
//! line break; single capitals ("B-ajokortti"), digits and scripts without case neither start
//! nor end one. A run of caps words is shouting when
//! - it has **three or more caps words, at least one of them a real word** (four letters or
//!   more and not in `data/acronyms.txt`): "HAE NYT TÖIHIN", but not "SAP HR IT"; or
//! - its real words hold **twelve letters or more** in all: "KIIREELLINEN",
//!   "TERVETULOA STOCKMANNILLE", but not "MYYJÄ", "HAE HETI", "LVI-ASENTAJA".
//!
//! A run with a comma after each of its words (three or more) is a list of codes, not shouting
//! ("ICML, ICLR, KDD, CVPR").
//!
//! So acronyms and codes (ESCO, TE, SAP, HR, IT, EU, AMK, CV, UI/UX, Y-tunnus, B) and titles of
//! one or two short caps words never fire. Severity (DOMAIN.md's severity policy): a heading on a
//! line of its own ("KVALIFIKATIONER", "WHAT WE OFFER", up to twelve words) or up to seven words
//! of emphasis in a sentence is a tip (info); a longer run (a sentence or paragraph in capitals)
//! is a warning. The suggestion is the run in sentence case: listed
//! acronyms kept, other words lowercased, capitals after a sentence end (proper names have to be
//! fixed by hand, which the message says).


use crate::fold::is_letter_or_digit as is_word_char;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, TextInput, tr_text, sub};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct AllCaps;

static INFO: RuleInfo = RuleInfo {
    id: "format.all_caps",
    severity: Severity::Warning,
    title: tr_text!( fi: "Huutaminen isoilla kirjaimilla", sv: "Text i versaler", en: "Shouting in capitals" ),
    description: tr_text!(
        fi: "Tekstissä on isoilla kirjaimilla kirjoitettu virke tai kappale, joka luetaan huutamiseksi ja on vaikealukuinen (varoitus). Omalla rivillään oleva otsikko tai yksittäinen korostettu sana isoilla kirjaimilla on tyylikysymys (vinkki). Lyhenteet (ESCO, HR, IT) saavat olla isoilla.",
        sv: "Texten har en mening eller ett stycke i versaler, vilket läses som skrik och är svårläst (varning). En rubrik på egen rad eller ett enstaka betonat ord i versaler är en stilfråga (tips). Förkortningar (ESCO, HR, IT) får skrivas med versaler.",
        en: "A sentence or paragraph is written in capitals, which reads as shouting and is hard to read (warning). A heading on a line of its own or a single emphasised word in capitals is a matter of style (tip). Acronyms (ESCO, HR, IT) may stay in capitals.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// A run with three caps words is shouting when one of them is a real word.
const MIN_WORDS: usize = 3;
/// Real words of this many letters in all are shouting on their own.
const MIN_LETTERS: usize = 12;
/// Caps words this short count as acronyms.
const MAX_SHORT: usize = 3;

static ACRONYMS: &str = include_str!(concat!(env!("OUT_DIR"), "/acronyms.txt"));

fn is_listed(word: &str) -> bool {
    // (a scan of about 150 short lines, for the rare word in capitals: no table in the wasm;
    // a word is never empty nor starts with '#', so comment and empty lines never match)
    ACRONYMS.lines().any(|l| l.trim() == word)
}

/// The end of the word starting at byte `i` (`i` itself when no word starts there); ASCII
/// bytes are looked at without decoding a char.
fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            match sub(s, i..).chars().next() {
                Some(d) if is_word_char(d) => i += d.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

#[derive(Debug, PartialEq, Eq)]
enum Word {
    /// Has a small letter.
    Lower,
    /// Two or more capitals, no small letters: the number of letters.
    Caps(usize),
    /// A single capital, digits, caseless letters.
    Neutral,
}

fn classify(word: &str) -> Word {
    // Most words start with a small ASCII letter.
    if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return Word::Lower;
    }
    let (mut upper, mut letters) = (0, 0);
    for c in word.chars() {
        // ASCII without the Unicode tables; other letters by the crate's case folding (Latin,
        // Greek, Cyrillic: a capital is a letter that folds to another; a letter of a script
        // without capitals counts as small, so it never shouts).
        let (lower, up, letter) = if c.is_ascii() {
            (c.is_ascii_lowercase(), c.is_ascii_uppercase(), c.is_ascii_alphabetic())
        } else {
            let (letter, folded) = (crate::fold::is_letter(c), crate::fold::lower_char(c));
            (letter && folded == c, folded != c, letter)
        };
        if lower {
            return Word::Lower;
        }
        upper += usize::from(up);
        letters += usize::from(letter);
    }
    if upper >= 2 {
        Word::Caps(letters)
    } else {
        Word::Neutral
    }
}

#[derive(Default)]
struct Run {
    start: usize,
    end: usize,
    words: usize,
    real_words: usize,
    real_letters: usize,
    /// Commas after its words.
    commas: usize,
    /// A word with small letters stands before the run on its line.
    lower_before: bool,
    /// ... or after it.
    lower_after: bool,
}

impl Run {
    fn is_shouting(&self) -> bool {
        // (a list of codes, a comma after each: "ICML, ICLR, KDD, CVPR, ICCV")
        let list = self.words >= MIN_WORDS && self.commas + 1 >= self.words;
        !list && ((self.words >= MIN_WORDS && self.real_words >= 1) || self.real_letters >= MIN_LETTERS)
    }
}

/// Whether `s` may hold a real word in capitals (every shouting run has one: more than
/// `MAX_SHORT` letters, none small): a stretch between ASCII non-alphanumerics (where `word_end`
/// ends words too) with more than `MAX_SHORT` chars that may be capitals. Most ads have none,
/// and one pass over the bytes is cheaper than classifying every word.
fn may_shout(s: &str) -> bool {
    let b = s.as_bytes();
    let mut big = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'a'..=b'z' | b'0'..=b'9' | 0x80..=0xbf => {}
            // Latin-1's small letters (ä, ö, å, é) are C3 A0–BF
            0xc3 if b.get(i + 1).is_some_and(|&n| n >= 0xa0) => {}
            // a capital, or a char that may be one
            b'A'..=b'Z' | 0xc0.. => {
                big += 1;
                if big > MAX_SHORT {
                    return true;
                }
            }
            _ => big = 0,
        }
    }
    false
}

/// The shouting runs.
fn shouting(s: &str) -> Vec<Run> {
    if may_shout(s) {
        scan(s)
    } else {
        Vec::new()
    }
}

/// The shouting runs, by classifying every word.
fn scan(s: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let mut run: Option<Run> = None;
    // A word with small letters has been seen on the current line.
    let mut lower_on_line = false;
    let mut close = |run: &mut Option<Run>, by_lower: bool| {
        if let Some(mut r) = run.take().filter(Run::is_shouting) {
            r.lower_after = by_lower;
            out.push(r);
        }
    };
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        if b.is_ascii() && !b.is_ascii_alphanumeric() {
            if let (b',', Some(r)) = (b, run.as_mut()) {
                r.commas += 1;
            }
            if b == b'\n' {
                close(&mut run, false);
                lower_on_line = false;
            }
            i += 1;
            continue;
        }
        let end = word_end(s, i);
        if end == i {
            // Not a word character: a line break ends the run; other characters are skipped.
            let c = sub(s, i..).chars().next().unwrap_or('\n');
            if c == '\n' {
                close(&mut run, false);
                lower_on_line = false;
            }
            i += c.len_utf8();
            continue;
        }
        let word = sub(s, i..end);
        match classify(word) {
            Word::Lower => {
                close(&mut run, true);
                lower_on_line = true;
            }
            Word::Neutral => {}
            Word::Caps(letters) => {
                let r = run.get_or_insert(Run { start: i, lower_before: lower_on_line, ..Run::default() });
                r.end = end;
                r.words += 1;
                if letters > MAX_SHORT && !is_listed(word) {
                    r.real_words += 1;
                    r.real_letters += letters;
                }
            }
        }
        i = end;
    }
    close(&mut run, false);
    out
}

/// How many caps words a heading on a line of its own may have.
const HEADING_WORDS: usize = 12;
/// How many caps words (three of them real) make shouting inside a line.
const SHOUT_WORDS: usize = 8;

/// A run's severity: a heading or a short line on a line of its own ("KVALIFIKATIONER", "WHAT
/// WE OFFER", "TULE MEILLE TÖIHIN!") or a few words of emphasis inside a sentence ("Etsimme
/// HUOLTO-/SAUMAUSTYÖNTEKIJÄÄ") is style, a tip; a sentence or paragraph in capitals shouts.
fn severity(s: &str, r: &Run) -> Severity {
    let own_line = !r.lower_before && !r.lower_after;
    let limit = if own_line { HEADING_WORDS } else { SHOUT_WORDS - 1 };
    // A sentence in capitals ends with a full stop; a heading does not.
    let sentence = r.words >= SENTENCE_WORDS && sub(s, r.end..).trim_start_matches(' ').starts_with('.');
    if (r.words > limit || sentence) && r.real_words >= 3 {
        Severity::Warning
    } else {
        Severity::Info
    }
}

/// A run of this many caps words that ends with a full stop is a sentence in capitals.
const SENTENCE_WORDS: usize = 5;

/// The run `s[start..end]` in sentence case (listed acronyms kept).
fn sentence_case(s: &str, start: usize, end: usize) -> String {
    // A sentence starts here when no word stands between the run and the text's start or the
    // last sentence end (emoji, bullets and quotes may). The scan back stops at the previous
    // word, which ended the previous run, so all the scans together stay linear.
    let mut cap_next =
        sub(s, ..start).chars().rev().find(|&c| is_word_char(c) || matches!(c, '.' | '!' | '?' | ':' | '\n')).is_none_or(|c| !is_word_char(c));
    let run = sub(s, start..end);
    let mut out = String::with_capacity(run.len());
    let mut chars = run.char_indices().peekable();
    let mut after_stop = false;
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            if matches!(c, '.' | '!' | '?') {
                after_stop = true;
            } else if c.is_whitespace() && after_stop {
                cap_next = true;
            } else {
                after_stop = false;
            }
            out.push(c);
            continue;
        }
        after_stop = false;
        let mut w_end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if !is_word_char(d) {
                break;
            }
            w_end = j + d.len_utf8();
            chars.next();
        }
        let word = sub(run, i..w_end);
        if is_listed(word) || !matches!(classify(word), Word::Caps(_)) {
            out.push_str(word);
        } else {
            for (k, ch) in word.chars().enumerate() {
                if k == 0 && cap_next {
                    out.push(ch);
                } else {
                    out.push(crate::fold::lower_char(ch));
                }
            }
        }
        cap_next = false;
    }
    out
}

impl Rule for AllCaps {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let s = input.text;
        for run in shouting(s) {
            let (start, end) = (run.start, run.end);
            let message = match severity(s, &run) {
                Severity::Warning => tr!(lang, [],
                    fi: "Isoilla kirjaimilla kirjoitettu teksti luetaan huutamiseksi. Kirjoita se tavallisin kirjaimin (tarkista erisnimet).",
                    sv: "Text i versaler läses som skrik. Skriv den med gemener (kontrollera egennamn).",
                    en: "Text in capitals reads as shouting. Write it in normal case (check proper names).",
                ),
                _ => tr!(lang, [],
                    fi: "Vinkki: isoilla kirjaimilla kirjoitettu otsikko tai sana on raskaampi lukea kuin tavallinen kirjoitusasu.",
                    sv: "Tips: en rubrik eller ett ord i versaler är tyngre att läsa än gemener.",
                    en: "Tip: a heading or word in capitals is harder to read than normal case.",
                ),
            };
            let finding = if severity(s, &run) == Severity::Warning { Finding::warning(message) } else { Finding::info(message) };
            out.push(finding.span(start..end).suggestion(sentence_case(s, start, end)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{options, spans_of_text};
    use crate::validate_text;

    const ID: &str = "format.all_caps";

    fn suggestions(text: &str) -> Vec<String> {
        validate_text(text, &options()).of_rule(ID).filter_map(|d| d.suggestion.clone()).collect()
    }

    #[test]
    fn the_cheap_pass_never_skips_a_text_that_shouts() {
        // (every text of the corpus and the tests: where the full scan finds a run, the cheap
        // pass lets it through; texts with short capitals only are skipped)
        let texts = [include_str!("../../../tests/corpus/positives.tsv"), include_str!("../../../tests/corpus/negatives.tsv")];
        for text in texts.iter().flat_map(|t| t.lines()).chain(["HAE NYT TÖIHIN meille!", "ÄÄNI KUULUU", "X-RAY ÖÖ"]) {
            assert!(super::scan(text).is_empty() || super::may_shout(text), "{text}");
        }
        assert!(super::may_shout("Tehtävä on KIIREELLINEN."));
        assert!(!super::may_shout("CV, IT, HR ja SAP:n osaaminen; Oy:n B2B-myynti"));
    }

    #[test]
    fn shouting_runs_are_marked_with_a_sentence_case_suggestion() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // fi: three caps words with a real word; twelve letters of real words
            ("HAE NYT TÖIHIN meille!", &[("HAE NYT TÖIHIN", "Hae nyt töihin")]),
            ("Tehtävä on KIIREELLINEN.", &[("KIIREELLINEN", "kiireellinen")]),
            ("IT-TUKIHENKILÖ HAETAAN HETI", &[("IT-TUKIHENKILÖ HAETAAN HETI", "IT-tukihenkilö haetaan heti")]),
            ("HAE HETI! SOITA 040 123 TÄNÄÄN", &[("HAE HETI! SOITA 040 123 TÄNÄÄN", "Hae heti! Soita 040 123 tänään")]),
            ("Myyjä\nTERVETULOA STOCKMANNILLE", &[("TERVETULOA STOCKMANNILLE", "Tervetuloa stockmannille")]),
            ("Osaat SAP:n. MEILLÄ ON HR JA IT", &[("MEILLÄ ON HR JA IT", "Meillä on HR ja IT")]),
            // sv
            ("SÖK JOBBET IDAG", &[("SÖK JOBBET IDAG", "Sök jobbet idag")]),
            ("Vi söker en ARBETSLEDARE TILL", &[("ARBETSLEDARE TILL", "arbetsledare till")]),
            // en
            ("APPLY NOW FOR THIS JOB", &[("APPLY NOW FOR THIS JOB", "Apply now for this job")]),
            ("We are hiring – URGENTLY NEEDED", &[("URGENTLY NEEDED", "urgently needed")]),
            ("😀 • HAE NYT TÖIHIN", &[("HAE NYT TÖIHIN", "Hae nyt töihin")]),
            ("Ensin: ”HAE NYT TÖIHIN”", &[("HAE NYT TÖIHIN", "Hae nyt töihin")]),
        ];
        for (text, expected) in cases {
            let marked: Vec<&str> = expected.iter().map(|(m, _)| *m).collect();
            let sugg: Vec<String> = expected.iter().map(|(_, s)| s.to_string()).collect();
            assert_eq!(spans_of_text(text, ID), marked, "{text}");
            assert_eq!(suggestions(text), sugg, "{text}");
        }
    }

    #[test]
    fn headings_and_emphasis_are_tips_sentences_in_capitals_shout() {
        use crate::Severity::{Info as I, Warning as W};
        let cases = [
            ("KVALIFIKATIONER\nDu har körkort.", I),
            ("Responsibilities:\n\nWHAT WE OFFER\n- a salary", I),
            ("- ⭐ TARJOAMME SINULLE ⭐", I),
            ("Etsimme asiakkaallemme HUOLTO-/SAUMAUSTYÖNTEKIJÄÄ pääkaupunkiseudulle.", I),
            ("HAE HETI! SOITA 040 123 TÄNÄÄN", I),
            ("TULE MEILLE ÄÄNI- JA E-KIRJATUOTTAJAKSI!", I),
            ("STEELCRAFT FRAMING PRIDES ITSELF ON DELIVERING MARKET-LEADING FRAMING SOLUTIONS TO THE CONSTRUCTION SECTOR.", W),
            ("Tule meille töihin, SILLÄ TARJOAMME PARHAAT EDUT KOKO ALALLA JA HYVÄN PALKAN ja työsuhdeauton.", W),
            ("Tule meille töihin, SILLÄ TARJOAMME PARHAAT EDUT ja hyvän palkan.", I),
        ];
        for (text, want) in cases {
            let got: Vec<_> = validate_text(text, &options()).of_rule(ID).map(|d| d.severity).collect();
            assert_eq!(got, vec![want], "{text}");
        }
    }

    #[test]
    fn acronyms_codes_and_short_titles_stay_silent() {
        for text in [
            // fi
            "ESCO-luokitus, TE-toimisto ja SAP-osaaminen",
            "HR- ja IT-tehtävät, B-ajokortti, Y-tunnus 1234567-8",
            "EU-kansalainen, AMK-tutkinto, CV ja UI/UX-osaaminen",
            "SAP HR IT ESCO EU AMK CV",
            "MYYJÄ",
            "HAE HETI",
            "LVI-ASENTAJA",
            "TÄRKEÄÄ: hae viimeistään perjantaina",
            "TUKIHENKILÖ",
            "Oy ABC Ab, KONE Oyj",
            "OY AB KY",
            // sv
            "Vi söker en IT-SUPPORT till vår HR-avdelning",
            "SÄLJARE",
            // en
            "Senior Developer (AWS, SQL, REST API, JSON)",
            "UX DESIGNER",
            "NATO UNESCO UNICEF COVID",
            "CEO, CFO and COO",
            // lists of codes (real US ads, Glassdoor 2019)
            "Publications at ICML, ICLR, KDD, CVPR, ICCV, ECCV, ACL, ICWSM, EMNLP, NAACL, or similar venues.",
            "Certifications such as ITIL V3, CBAP, CBIP, CDMP, DGSP, PMP preferred.",
            "Board certified (ABB, ABCC, ABFT, ABHI, ABMGG, ABMLI, ABMM, NRCC).",
            "Experience with SAP S/4HANA and ISO 9001",
            "Vi söker en VVS-montör med B-körkort",
            "Lön enligt TES, ALV 0 %",
            "",
            "A B C D E F",
            "日本語 テキスト",
        ] {
            assert!(spans_of_text(text, ID).is_empty(), "{text}: {:?}", spans_of_text(text, ID));
        }
    }

    #[test]
    fn thresholds_both_sides() {
        // MIN_WORDS: two short words are silent, a third caps word with a real word fires.
        assert!(spans_of_text("HAE NYT", ID).is_empty());
        assert_eq!(spans_of_text("HAE NYT TÖIHIN", ID), vec!["HAE NYT TÖIHIN"]);
        // A comma after each word makes a list of codes; fewer commas still shout.
        assert!(spans_of_text("AWS, AZURE, DOCKER, KUBERNETES", ID).is_empty());
        assert_eq!(spans_of_text("TULE TÖIHIN, PALKKA HYVÄ", ID), vec!["TULE TÖIHIN, PALKKA HYVÄ"]);
        // ...but three acronyms do not.
        assert!(spans_of_text("SAP ERP CRM", ID).is_empty());
        // MIN_LETTERS: eleven letters silent, twelve fire.
        assert!(spans_of_text("TUKIHENKILÖ", ID).is_empty());
        assert_eq!(spans_of_text("TUKIHENKILÖT", ID), vec!["TUKIHENKILÖT"]);
        // A small-letter word splits a run into two short ones.
        assert!(spans_of_text("HAE NYT ja TÖIHIN NYT", ID).is_empty());
        // A line break ends a run.
        assert!(spans_of_text("HAE NYT\nTÖIHIN", ID).is_empty());
        // Capitals beyond ASCII by the crate's folding: Latin, Greek and Cyrillic shout; a
        // script without capitals never does, and its small letters break a run.
        assert_eq!(spans_of_text("ÄLÄ JÄTÄ TÄTÄ TILAISUUTTA", ID), vec!["ÄLÄ JÄTÄ TÄTÄ TILAISUUTTA"]);
        assert_eq!(spans_of_text("ΑΥΤΗ Η ΑΓΓΕΛΙΑ ΕΙΝΑΙ ΣΗΜΑΝΤΙΚΗ", ID), vec!["ΑΥΤΗ Η ΑΓΓΕΛΙΑ ΕΙΝΑΙ ΣΗΜΑΝΤΙΚΗ"]);
        assert_eq!(spans_of_text("ЭТО ОЧЕНЬ ВАЖНОЕ ОБЪЯВЛЕНИЕ", ID), vec!["ЭТО ОЧЕНЬ ВАЖНОЕ ОБЪЯВЛЕНИЕ"]);
        assert!(spans_of_text("这是一个非常好的工作机会 我们正在寻找 新的同事", ID).is_empty());
        assert!(spans_of_text("Это очень важное объявление для всех", ID).is_empty());
    }

    #[test]
    fn odd_unicode_never_panics() {
        for text in ["ǅǄǅ ǄǄǄ ǅ", "ẞTRASSE GROSSE ÜBUNG", "İSTANBUL İZMİR ÇANKAYA", "ﬀ ﬁ ΣΣΣΣ ΣΊΣΥΦΟΣ ΑΒΓ", "\u{301}\u{301} \u{200d}"]
        {
            for d in validate_text(text, &options()).of_rule(ID) {
                let s = d.span.unwrap();
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        // Lowered one character to one (crate::fold): İ becomes i, not std's i + combining dot.
        assert_eq!(suggestions("İSTANBUL İZMİR ÇANKAYA"), vec!["İstanbul izmir çankaya"]);
    }

    #[test]
    fn the_acronym_list_is_sorted_and_found() {
        let words: Vec<&str> = super::ACRONYMS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
        // (sorted and without repeats, so that an entry is easy to find and never doubled)
        assert!(words.windows(2).all(|w| w[0] < w[1]), "data/acronyms.txt must be sorted (LC_ALL=C sort -u)");
        assert!(words.iter().all(|w| super::is_listed(w)));
    }

    #[test]
    fn linear_on_a_megabyte_of_capitals() {
        for unit in ["AB ", "HAE NYT TÖIHIN ", "A", "ÄÖÅ", "X\n", "Ab "] {
            let text = unit.repeat(1_000_000 / unit.len());
            let t = std::time::Instant::now();
            let _ = validate_text(&text, &crate::rules::format::only(ID));
            assert!(t.elapsed().as_secs() < 10, "{unit:?} took {:?}", t.elapsed());
        }
    }
}
