//! Stance: what a clause does with a mention, toward the applicant.
//!
//! The content rules find *mentions* (a protected attribute, an age, a fee...) with their
//! lexicons; whether a mention is a finding depends on the stance of its clause: the ad
//! **requires**, **prefers**, **excludes**, **asks about** or **seeks** it (a finding), or it
//! states **equality**, **encourages**, **negates** a requirement, **offers** a benefit or speaks
//! of **others** than the applicant (no finding). "Hakijalla ei saa olla pieniä lapsia"
//! excludes; "lapset ovat 5-vuotiaita" describes others; "ikä ei ratkaise" states equality.
//!
//! Stance cues are phrases of the lexicon `stance.tsv` (mode `cue`, the stance as the kind),
//! found once per text ([`StanceMap`]). A mention's stance ([`of`]) is decided in this order:
//! 1. **mentioned**: quoted, or after a word like "ilmaus", "the word", "such as";
//! 2. **equality** or **encourages** anywhere in the clause: an equality statement covers its
//!    whole coordinated list ("without regard to race, color, religion, sex..."); not across a
//!    "but" before the mention ("Sukupuolella ei ole väliä, mutta toivomme..."), and a general
//!    encouragement ("encourage you to apply") leaves what the clause seeks sought;
//! 3. **negated**: a negated requirement in the clause ("ei vaadita", "not required"), unless
//!    it denies another requirement in its own comma-separated part ("Haemme 20–30-vuotiasta
//!    myyjää, kokemusta ei vaadita");
//! 4. **others**: the mention is about someone other than the applicant: the people the work
//!    is for right after it ("13–17-vuotiaita nuoria"), a subject before it with a copula
//!    between ("asiakkaamme ovat yli 80-vuotiaita"), or the employer speaking of itself
//!    ("olen 33-vuotias", "olemme 25-vuotias perheyritys");
//! 5. **directed**: the nearest excludes/requires/prefers/asks cue in the clause (within
//!    [`REACH`] words), or a seeks cue right before the mention ("etsimme naista");
//! 6. **the list heading**: an item (a bulleted or short line) under "Edellytämme:",
//!    "Requirements", "Meriterande" takes the heading's stance when it has none of its own; a
//!    paragraph of prose ends the list;
//! 7. **offers** in the clause; else **plain**.
//!
//! Each verdict keeps the cue that decided it, so every finding can say which mention and which
//! stance produced it ([`Stance::explain`]).

use crate::rule::{concat, contains_any, is_any, starts_with_any};

use super::cues::cues;
use super::lexicon::{cue, lex, lexicon, Hit};
use super::morph::LangCode;
use super::{Analysis, Kind};

/// A clause's stance toward a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StanceKind {
    /// "edellytämme", "krävs", "must", "you are".
    Requires,
    /// "toivomme", "meriterande", "preferred", "sopii parhaiten".
    Prefers,
    /// "ei saa", "undanbedes", "need not apply", "emme palkkaa".
    Excludes,
    /// "kerro hakemuksessa", "bifoga", "please state".
    Asks,
    /// "etsimme", "vi söker", "looking for" (right before the mention).
    Seeks,
    /// "riippumatta", "oavsett", "regardless of", "ikä ei ratkaise".
    Equality,
    /// "kannustamme hakemaan", "vi välkomnar särskilt", "we encourage".
    Encourages,
    /// "ei vaadita", "krävs inte", "not required".
    Negated,
    /// "tarjoamme", "vi erbjuder", "we offer".
    Offers,
    /// The mention is about the clients, the children, the employer's company...
    Others,
    /// A private employer speaks of themselves ("olen 33-vuotias nainen", "I am a wheelchair
    /// user"): nothing of it is about the applicant.
    Employer,
    /// Quoted, or named as a word ("ilmaus", "the word").
    Mentioned,
    /// None of these.
    Plain,
}

impl StanceKind {
    /// Parses a cue's kind in `stance.tsv`.
    pub fn parse(kind: &str) -> Option<StanceKind> {
        Some(match kind {
            "requires" => StanceKind::Requires,
            "prefers" => StanceKind::Prefers,
            "excludes" => StanceKind::Excludes,
            "asks" => StanceKind::Asks,
            "seeks" | "sought" => StanceKind::Seeks,
            "welcomes" => StanceKind::Encourages,
            "equality" | "ground" => StanceKind::Equality,
            "encourages" => StanceKind::Encourages,
            "negated" => StanceKind::Negated,
            "offers" => StanceKind::Offers,
            "self" => StanceKind::Others,
            "employer" => StanceKind::Employer,
            _ => return None,
        })
    }

    /// The name used in explanations.
    pub fn as_str(self) -> &'static str {
        match self {
            StanceKind::Requires => "requires",
            StanceKind::Prefers => "prefers",
            StanceKind::Excludes => "excludes",
            StanceKind::Asks => "asks",
            StanceKind::Seeks => "seeks",
            StanceKind::Equality => "equality",
            StanceKind::Encourages => "encourages",
            StanceKind::Negated => "negated",
            StanceKind::Offers => "offers",
            StanceKind::Others => "others",
            StanceKind::Employer => "employer",
            StanceKind::Mentioned => "mentioned",
            StanceKind::Plain => "plain",
        }
    }

    /// Whether the clause is directed at the applicant: requires, prefers, excludes, asks, seeks.
    pub fn directed(self) -> bool {
        matches!(self, StanceKind::Requires | StanceKind::Prefers | StanceKind::Excludes | StanceKind::Asks | StanceKind::Seeks)
    }

    /// Whether the clause takes the mention out of selection: equality, encouragement, a negated
    /// requirement, quoting.
    pub fn neutral(self) -> bool {
        matches!(self, StanceKind::Equality | StanceKind::Encourages | StanceKind::Negated | StanceKind::Mentioned | StanceKind::Employer)
    }
}

/// The stance of one mention, with the words that decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stance {
    pub kind: StanceKind,
    /// Byte range of the deciding cue in the text (`None` for plain).
    pub cue: Option<(usize, usize)>,
    /// Where the stance comes from.
    pub via: Via,
}

/// Where a stance comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// The mention's own clause.
    Clause,
    /// The list heading the mention's line belongs to ("Edellytämme:").
    Heading,
    /// The text's title line ("Nuori myyjätyttö", "Au pair"): a title names who is sought.
    Title,
    /// The people the work is with or for, next to the mention ("avustajana nuorehkolle
    /// henkilölle", "children aged 5", "lasten kanssa"): never the applicant, whatever the word.
    Served,
}

impl Stance {
    const PLAIN: Stance = Stance { kind: StanceKind::Plain, cue: None, via: Via::Clause };

    /// Whether a list's heading asks for it: "Liitä hakemukseen:\n- CV\n- valokuva".
    pub(crate) fn asked_by_heading(&self) -> bool {
        self.via == Via::Heading && self.kind == StanceKind::Asks
    }

    fn at(kind: StanceKind, a: &Analysis, first: usize, last: usize) -> Stance {
        Stance { kind, cue: Some((a.word_token(first).start, a.word_token(last).end)), via: Via::Clause }
    }

    /// "stance requires “edellytämme”" (for explanations).
    pub fn explain(&self, text: &str) -> String {
        let mut s = concat(&["stance ", self.kind.as_str()]);
        if let Some((lo, hi)) = self.cue {
            s.push_str(" “");
            s.push_str(text.get(lo..hi).unwrap_or(""));
            s.push('”');
        }
        match self.via {
            Via::Clause => {}
            Via::Heading => s.push_str(" (list heading)"),
            Via::Title => s.push_str(" (the title)"),
            Via::Served => s.push_str(" (the people served)"),
        }
        s
    }
}

/// One stance cue found in the text: words `first..=last`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueHit {
    pub first: usize,
    pub last: usize,
    pub kind: StanceKind,
    /// How the cue reaches its mention.
    pub flavor: Flavor,
}

/// How a cue reaches its mention, besides its stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    /// As its stance says.
    Plain,
    /// A seeks cue that may also follow its mention, within a few linked words ("au pair
    /// sökes", "myyjää haetaan", "drivers wanted", "tjejer i 20-årsåldern sökes").
    Both,
    /// A welcome ("tervetulleita", "välkomna", "welcome") encourages only with an inclusive
    /// word in the clause ("all", "myös", "särskilt"): "Applicants aged 18–30 welcome" restricts.
    Weak,
    /// A negation with a ground ("ei ... perusteella", "inte ... på grund av", "not ... based
    /// on") states equality only for the grounds it names, from its first word on ("ketään ei
    /// syrjitä iän perusteella"); a mention before it is what the negation excludes ("sökande
    /// över 50 år är inte aktuella på grund av tempot").
    Ground,
}

/// The stance cues of a text and the stance each list heading gives its lines (made once per
/// text, on first use).
#[derive(Debug, Clone, Default)]
pub(crate) struct StanceMap {
    /// Every cue, in text order.
    cues: Vec<CueHit>,
    /// Per clause number, the directed or offers cue of the heading that governs it.
    heading: Vec<Option<CueHit>>,
    /// The clause of the text's title: its first line, when that is a heading-like short line.
    title: Option<u32>,
}

/// How far (in words, within the clause) a requires/prefers/excludes/asks cue reaches.
pub(crate) const REACH: usize = 12;

/// How far from a mention its clause is read for its stance (a real clause is shorter).
const CLAUSE_REACH: usize = 80;
/// How far (in words) before the mention the employer's "olen", "we are" reach.
const SELF_REACH: usize = 5;
/// How far (in words) before the mention a seeks cue reaches ("etsimme reipasta nuorta naista").
const SEEK_REACH: usize = 4;
/// How many words a line under a heading may have and still be a list item (prose does not
/// inherit the heading's stance, and a paragraph of prose ends the heading's list).
pub(crate) const ITEM_WORDS: usize = 14;

/// The stance and flavor of a stance cue of kind `kind` (read at each candidate: a few string
/// comparisons, where a table parsed once cost a lazily built static in the wasm).
fn cue_kind(kind: &str) -> Option<(StanceKind, Flavor)> {
    let flavor = match kind {
        "sought" => Flavor::Both,
        "welcomes" => Flavor::Weak,
        "ground" => Flavor::Ground,
        _ => Flavor::Plain,
    };
    StanceKind::parse(kind).map(|k| (k, flavor))
}

impl StanceMap {
    /// Finds the stance cues of `a` (every language's: ads mix them).
    pub fn new(a: &Analysis) -> StanceMap {
        let lex = lexicon(lex::STANCE);
        let cues: Vec<CueHit> = lex
            .find(a, None::<LangCode>, |h: &Hit<'_>| cue_kind(h.entry.kind))
            .into_iter()
            .map(|(h, (kind, flavor))| CueHit { first: h.first, last: h.last, kind, flavor })
            // ("share your preferred pronouns", "preferred name": the applicant's own choice)
            .filter(|c| {
                let next = |k: usize| a.word(c.last + k);
                !(a.word(c.first) == "preferred"
                    && (next(1).starts_with("pronoun") || next(1) == "name" || next(1) == "gender" && next(2).starts_with("pronoun")))
            })
            .collect();
        let mut map = StanceMap { cues, heading: Vec::new(), title: None };
        let infos = a.clause_infos();
        map.heading = map.headings(a, &infos);
        map.title = infos.iter().enumerate().find(|(_, i)| !i.words.is_empty()).filter(|(_, i)| i.heading).map(|(c, _)| c as u32);
        map
    }

    /// The cues inside the word range `r`.
    pub(crate) fn within(&self, r: std::ops::Range<usize>) -> &[CueHit] {
        let lo = self.cues.partition_point(|c| c.first < r.start);
        let hi = self.cues.partition_point(|c| c.first < r.end);
        self.cues.get(lo..hi).unwrap_or(&[])
    }

    /// For each clause, the stance cue of the heading governing it (see the module docs).
    fn headings(&self, a: &Analysis, infos: &[super::ClauseInfo]) -> Vec<Option<CueHit>> {
        let mut out = vec![None; infos.len()];
        let mut current: Option<CueHit> = None;
        // (whether `current` is a colon heading's: "Requirements:")
        let mut colon = false;
        for (info, slot) in infos.iter().zip(out.iter_mut()) {
            if info.words.is_empty() {
                continue;
            }
            // A label with its first item on its line opens a list as a heading does, for the
            // short lines after it whose bullets an export lost ("Requirements: Estonian
            // citizenship or Residence permit.\n\nGood mental and physical health."); the line
            // itself has the cue in its own clause.
            let label = || {
                let c = self.within(info.words.clone()).first().copied()?;
                let opens = c.first == info.words.start && c.kind.directed() && c.kind != StanceKind::Seeks;
                (opens && !info.heading && a.glued_sign(c.last, true) == Some(":")).then_some(c)
            };
            if let Some(c) = label() {
                (current, colon) = (Some(c), true);
                continue;
            }
            if info.heading {
                let cue = self
                    .within(info.words.clone())
                    .iter()
                    .find(|h| h.kind.directed() && h.kind != StanceKind::Seeks || h.kind == StanceKind::Offers)
                    .copied();
                // A short line under a colon heading is an item whose bullet an export lost
                // ("Requirements:\nU.S. Citizenship\nDriving licence", "Toivomme sinulta:\n...\nKatsomme
                // eduksi hygieniapassin\n18-vuoden ikää"), unless it opens what is offered.
                if colon && !info.colon && cue.is_none_or(|c| c.kind != StanceKind::Offers) {
                    *slot = current;
                    continue;
                }
                (current, colon) = (cue, info.colon);
                continue;
            }
            if info.bullet || info.line_words <= ITEM_WORDS {
                *slot = current;
            } else if !info.line_list {
                // a paragraph of prose ends the list
                current = None;
            }
        }
        out
    }
}

/// Whether the hit is mentioned rather than meant: right after a word like "sana", "ilmaus",
/// "ordet", "the word", "such as" up to three words before ("ilmaisuja kuten ”nuorekas” tai
/// ”alle 30-vuotias”"), or part of a name ([`in_name`]).
pub(crate) fn mentioned(a: &Analysis, first: usize, last: usize) -> bool {
    if in_name(a, last) {
        return true;
    }
    // Quotes alone do not make a mention: an ad quotes its own words for emphasis, and a report
    // quotes the ad. A word like "ilmaus", "the word", "such as" before does.
    let clause = a.clause_words(first);
    // (a quoted mention after such a word in its clause, up to twice REACH words before it (a
    // bound, so that a clause of quoted words stays linear): "emme käytä ilmauksia kuten
    // ”nuorekas tiimi” tai ”alle 30-vuotias”")
    let reach = first.saturating_sub(if a.word_token(first).quoted { 2 * REACH } else { 3 }).max(clause.start);
    (reach..first).any(|k| cues().is(cue::MENTION, a, k))
}

/// Whether the mention ends with a capitalised word whose linked capitalised words after it (up
/// to four) end in a name's head (`name_head`): "Gold Star Fathers Act", "Boys Town National
/// Research Hospital", "the Jewish Federation of Cleveland". A clause without a lowercase word is
/// a headline in capitals or in title case ("LOOKING FOR FEMALE NURSES"), not a name.
fn in_name(a: &Analysis, last: usize) -> bool {
    let cap = |k: usize| a.word_token(k).capital;
    // (a lowercase "of" or "for" between capitalised words: "Women of Power Tech Summit")
    let next = |k: usize| {
        k + 1 < a.words.len()
            && a.is_linked(k + 1)
            && (cap(k + 1) || is_any(a.word(k + 1), "of|for") && k + 2 < a.words.len() && a.is_linked(k + 2) && cap(k + 2))
    };
    let head = |k: usize| cues().is(cue::NAME_HEAD, a, k);
    // (the head ends the run, or comes right before its "of": "Federation of Cleveland")
    let mut named = false;
    let mut k = last;
    while k < last + 5 && next(k) {
        k += 1;
        named |= !cap(k) && k > last + 1 && head(k - 1);
    }
    (named || k > last && head(k)) && cap(last) && a.clause_words(last).any(|j| !cap(j))
}

/// Whether any word of `range` is a cue of `set`.
fn cues_in(a: &Analysis, range: std::ops::Range<usize>, set: super::cues::CueId) -> bool {
    cues().find_in(set, a, range).is_some()
}

/// Whether words `first..=last` speak of someone other than the applicant (see the module docs).
/// Returns the word that shows it.
pub(crate) fn others(a: &Analysis, first: usize, last: usize) -> Option<(usize, usize, Via)> {
    let cs = cues();
    let clause = a.clause_words(first);
    // The people the work is for, right after: "13–17-vuotiaita nuoria", "naisten vaatteita".
    // (not a genitive plural, whose wish it is: "emme palkkaa maahanmuuttajia asiakkaiden toiveesta")
    // (not after the applicant addressed: "Olet alle 30-vuotias nuori")
    let addressed = first > clause.start && cs.is(cue::APPLICANT, a, first - 1);
    // A population counted right before: "Tens of millions of Americans are eligible for ..."
    if first >= clause.start + 2 && a.word(first - 1) == "of" && is_any(a.word(first - 2), "millions|thousands|hundreds|billions") {
        return Some((first - 2, first - 1, Via::Served));
    }
    if let Some(j) = (last + 1 < clause.end && a.is_linked(last + 1) && !addressed).then_some(last + 1) {
        if cs.is(cue::CLIENTS, a, j) && !a.word(j).ends_with("iden") {
            return Some((j, j, Via::Served));
        }
    }
    // The people the work is for, right before across a bracket ("clients (ages 16–24)") or a
    // preposition ("ungdomar i åldern 13–19 år", "children of 5 to 7").
    // (a number right before belongs to the mention: "barn i 5-årsåldern")
    let first =
        if first > clause.start && a.is_linked(first) && a.word_token(first - 1).kind == super::Kind::Number { first - 1 } else { first };
    // ... unless they are who is sought: "vi söker glada ungdomar i åldern 16–19 år"
    let sought = |k: usize| a.stances().within(k.saturating_sub(3).max(clause.start)..k).iter().any(|c| c.kind == StanceKind::Seeks);
    if first > clause.start
        && cs.is(cue::CLIENTS, a, first - 1)
        && !sought(first - 1)
        && (!a.is_linked(first) || is_any(a.word(first), "aged|ages|iältään|i"))
    {
        return Some((first - 1, first - 1, Via::Served));
    }
    // ... or they are its subject, with a relative pronoun between ("barn som bor i hushållet",
    // "children who live in the home"), or a list of them, a client word joined to one before
    // it ("utreda barn och unga", "lasten ja nuorten parissa"; not "students and recent
    // graduates"), or any word after "with" ("with key stakeholders, including faculty,
    // students, and parents").
    if first > clause.start + 1
        && cs.is(cue::CLIENTS, a, first - 2)
        && !sought(first - 2)
        && (cs.is(cue::AGE_PREP, a, first - 1)
            || cs.is(cue::RELATIVE, a, first - 1)
            || (cs.is(cue::AND, a, first - 1)
                && (cs.is(cue::CLIENTS, a, first) || cs.find_in(cue::WITH_BEFORE, a, clause.start..first - 2).is_some())))
    {
        return Some((first - 2, first - 1, Via::Served));
    }
    // A preposition of company right before or a postposition right after: "with children",
    // "lasten kanssa", "med barn"; before it, words in the mention's case may stand ("avustajana
    // nuorehkolle naispuoliselle henkilölle"). ("Applicants with children" has them: a holder
    // before the preposition.)
    let mut p = first;
    while p > clause.start + 1 && p + 2 > first && same_case(a.word(p - 1), a.word(first)) && !cs.is(cue::WITH_BEFORE, a, p - 1) {
        p -= 1;
    }
    // ... unless the holder is itself the people the work is with: "arbetar med personer med
    // funktionsnedsättning".
    let holder = |k: usize| cs.is(cue::HOLDER, a, k) && !(k > clause.start && cs.is(cue::WITH_BEFORE, a, k - 1));
    // (past an article: "assistenter sökes till en kvinna på 67 år", "to help a young man";
    // not after "med"/"with", which also has: "med en ålder runt 25–30 år", "with a young team")
    if p > clause.start + 1 && is_any(a.word(p - 1), "en|ett|a|an|the|every|all") && !is_any(a.word(p - 2), "med|with") {
        p -= 1;
    }
    // (the people a service helps: "help every recent graduate worldwide find a job")
    if p > clause.start && is_any(a.word(p - 1), "help|helps|helping") {
        return Some((p - 1, p - 1, Via::Served));
    }
    // (a mention that opens with a negation is no one's company, "English with no accent",
    // unless the people are named before: "clients with no debts")
    let nobody = cs.is(cue::NEG, a, first) && !(p > clause.start + 1 && cs.is(cue::CLIENTS, a, p - 2));
    if p > clause.start && cs.is(cue::WITH_BEFORE, a, p - 1) && !(p > clause.start + 1 && holder(p - 2)) && !nobody {
        return Some((p - 1, p - 1, Via::Served));
    }
    // ... or after the help one is for: "Home help for an elderly lady", "Carer for a young man
    // with autism" (not "a job for a young woman")
    let care = |k: usize| is_any(a.word(k), "help|assistant|carer|caregiver|companion|nanny|babysitter|care|support|helper");
    if let Some(k) = (first.saturating_sub(4).max(clause.start + 1)..first.saturating_sub(1))
        .find(|&k| a.word(k) == "for" && is_any(a.word(k + 1), "a|an") && care(k - 1))
    {
        return Some((k, k, Via::Served));
    }
    // ... and a person's age after the person named so: "arbetet är hos en man i 60-årsåldern"
    // ("vi söker till vårt team en kvinna i 30-årsåldern" seeks)
    if first > clause.start + 3
        && cs.is(cue::AGE_PREP, a, first - 1)
        && is_any(a.word(first - 3), "en|ett")
        && cs.is(cue::WITH_BEFORE, a, first - 4)
        && a.word(first - 4) != "med"
    {
        return Some((first - 4, first - 4, Via::Served));
    }
    // (past a hyphenated "only": "women-only swimming sessions")
    let after = if last + 2 < clause.end && a.word(last + 1) == "only" && a.is_linked(last + 1) { last + 2 } else { last + 1 };
    if after < clause.end && cs.is(cue::WITH_AFTER, a, after) {
        return Some((after, after, Via::Served));
    }
    // The subject of the work or of a skill, close before and in the same phrase: "experience
    // working with people with disabilities", "kunskap om sjukdomar", "kokemusta
    // mielenterveysongelmien hoidosta".
    // (also across a list: "erfarenhet av lift, rullstol, sondmatning, epilepsi")
    if let Some(t) = cs.rfind_in(cue::TOPIC, a, first.saturating_sub(8).max(clause.start)..first) {
        // (not a language: "kunskaper i finska" is the applicant's)
        // (nor across what the clause asks of the applicant: "We do not need experience but we
        // prefer male candidates")
        // (nor to a negated item, which is a requirement of its own: "erfarenhet av hemstädning
        // och inga betalningsanmärkningar")
        if topic_reaches(a, t, first)
            && !cs.is(cue::NEG, a, first)
            && cs.find_in(cue::APPLICANT, a, t + 1..first).is_none()
            && !a.stances().within(t + 1..first).iter().any(|c| c.kind.directed())
            && cs.find_in(cue::LANGNAME, a, t + 1..last + 1).is_none()
        {
            return Some((t, t, Via::Served));
        }
    }
    // A subject before, with a copula between and no applicant word: "asiakkaamme ovat yli
    // 80-vuotiaita", "the children are aged 3 and 5".
    // The copula is close before the mention, with no stance cue between ("we are looking for a
    // female receptionist" seeks).
    let lo = first.saturating_sub(8).max(clause.start);
    // (five words across a person's age after a preposition: "Brukaren är en kvinna i
    // 50-årsåldern"; not "Kesätyöpaikat on tarkoitettu kaupungissa kirjoilla oleville 16–20
    // vuotiaille")
    let reach = if first > clause.start && cs.is(cue::AGE_PREP, a, first - 1) { 5 } else { 3 };
    if let Some(cop) = cs.rfind_in(cue::COPULA, a, first.saturating_sub(reach).max(clause.start)..first) {
        // ("våra kunder är främst pensionärer": "främst" right after the copula is "mainly")
        // (or opening the mention: "we are looking for volunteers")
        let cued = a
            .stances()
            .within(cop + 1..first + 1)
            .iter()
            .any(|c| c.kind.directed() && !(c.kind == StanceKind::Prefers && c.first == cop + 1 && c.last == c.first));
        // (the employer or its team describing itself speaks to the applicant about the team:
        // "Tiimimme on nuorekas", which flag `o` keeps)
        // (after a relative pronoun the employer is not the subject: "we want a cook who was born
        // in Finland" speaks of the applicant; "kunden är en kvinna som är över 40" still of
        // the client)
        let relative = cop > lo && cs.is(cue::RELATIVE, a, cop - 1);
        let subject = cs.rfind_in(cue::CLIENTS, a, lo..cop).map(|k| (k, Via::Served));
        let employer = || cs.rfind_in(cue::SELF, a, lo..cop).filter(|_| !relative).map(|k| (k, Via::Clause));
        if let Some((subject, via)) = subject.or_else(employer) {
            if !cued && cs.find_in(cue::APPLICANT, a, subject + 1..first).is_none() {
                return Some((subject, cop, via));
            }
        }
    }
    None
}

/// Whether a topic word at `t` reaches the mention at `first`: within five linked words, or
/// across a list of short items after a preposition (runs of at most three words between lone
/// commas: "erfarenhet av lift, rullstol, sondmatning, epilepsi", not "training costs 300 EUR,
/// payable by ...").
fn topic_reaches(a: &Analysis, t: usize, first: usize) -> bool {
    if (t + 1..=first).all(|k| a.is_linked(k)) {
        return first - t <= 5;
    }
    // (the list is the topic's: "experience of/with/in ...", not "Sales experience, driving
    // licence, max age 40")
    if !(t + 1 < first && a.is_linked(t + 1) && cues().is(cue::TOPIC_PREP, a, t + 1)) {
        return false;
    }
    let mut run = 1;
    for k in t + 1..=first {
        if a.is_linked(k) {
            run += 1;
        } else if a.comma_before(k) {
            run = 1;
        } else {
            return false;
        }
        if run > 3 {
            return false;
        }
    }
    true
}

/// Whether two Finnish words end in the same case ending (the last two letters, vowel harmony
/// aside): adjectives agree with their noun ("nuorehkolle naispuoliselle").
pub(crate) fn same_case(w1: &str, w2: &str) -> bool {
    let tail = |w: &str| -> [char; 2] {
        let mut it = w.chars().rev().map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'y' => 'u',
            c => c,
        });
        let last = it.next().unwrap_or(' ');
        [it.next().unwrap_or(' '), last]
    };
    w1.len() > 3 && tail(w1) == tail(w2)
}

/// The stance of the mention at words `first..=last` (see the module docs for the order).
pub(crate) fn of(a: &Analysis, first: usize, last: usize) -> Stance {
    if mentioned(a, first, last) {
        return Stance { kind: StanceKind::Mentioned, cue: None, via: Via::Clause };
    }
    // A question answered by a welcome right after it: "Suomi ei ole äidinkielesi? Ei haittaa!",
    // "Not a native speaker? No problem."
    let question = (last..(last + 3).min(a.words.len())).find(|&k| a.glued_sign(k, true) == Some("?"));
    if let Some(q) = question.filter(|&q| q + 2 < a.words.len()) {
        if is_any(a.word(q + 1), "ei|no|inget|ingen|not") && is_any(a.word(q + 2), "haittaa|hätää|problem|problems|worries|fara|matter")
        {
            return Stance::at(StanceKind::Encourages, a, q + 1, q + 2);
        }
    }
    let whole = a.clause_words(first);
    let map = a.stances();
    // (the clause within CLAUSE_REACH words of the mention: a clause of thousands of mentions,
    // a text without full stops, stays linear)
    let clause = whole.start.max(first.saturating_sub(CLAUSE_REACH))..whole.end.min(last + 1 + CLAUSE_REACH);
    let cues = map.within(clause.clone());
    // Equality and encouragement anywhere in the clause, then a negated requirement; not across
    // a "but", not a general encouragement of what the clause seeks, not a negation of another
    // requirement (below).
    let inclusive = || cues_in(a, clause.clone(), cue::INCLUSIVE);
    let distance = |c: &CueHit| if c.last < first { first - c.last } else { c.first.saturating_sub(last) };
    // (a "but" between turns from the cue to the mention: "Sukupuolella ei ole väliä, mutta
    // toivomme hakijan olevan alle 35", "No degree needed but must be a native English speaker")
    let turned = |c: &CueHit| {
        c.last < first
            && (c.last + 1..first).any(|k| {
                // (not "including, but not limited to", "not only ... but also")
                let on = !is_any(a.word(k + 1), "not|also|ei|myös|inte|även|också");
                on && match a.word(k) {
                    "but" | "mutta" | "however" | "kuitenkin" | "dock" => true,
                    "men" => a.guessed == Some(LangCode::Sv),
                    _ => false,
                }
            })
    };
    // (an encouragement of "you" or to apply, with no one named, is general; where something
    // seeks or requires the mention, it encourages no one of it: "Haemme nuorta naista myyjäksi ja
    // kannustamme hakemaan rohkeasti", "Vi söker en kvinna under 30 år och uppmuntrar dig att
    // söka"; not "Women are encouraged to apply", whose mention is right before)
    let general = |c: &CueHit| {
        let apply = |k: usize| is_any(a.word(k), "to|att|apply|söka|hakemaan|hakeutumaan");
        let you = (c.first..c.last + 2).any(|k| is_any(a.word(k), "you|dig|er|sinua|teitä")) && (c.last..c.last + 3).any(apply);
        let you_or_apply = you || is_any(a.word(c.last + 1), "hakemaan|hakeutumaan");
        let named = last < c.first && c.first - last <= 3 && !(last + 1..c.first).any(|k| super::cues::cues().is(cue::AND, a, k));
        you_or_apply
            && !named
            && cues.iter().any(|d| {
                d.kind.directed() && d.flavor != Flavor::Ground && distance(d) <= REACH && (d.kind != StanceKind::Seeks || d.last < first)
            })
    };
    for kind in [StanceKind::Equality, StanceKind::Encourages, StanceKind::Negated] {
        // "Only recent graduates are welcome to apply" encourages no one else.
        // ("women tend to apply only if they meet every requirement" restricts no one)
        let only = || {
            kind == StanceKind::Encourages
                && clause.clone().any(|k| {
                    super::cues::cues().is(cue::ONLY, a, k) && !(k + 1 < clause.end && super::cues::cues().is(cue::IF_WHEN, a, k + 1))
                })
        };
        // (a cue inside the mention is part of it: "applications without a photo")
        let inside = |c: &&CueHit| c.first >= first && c.last <= last;
        // ("Whether you're single, in a growing family or nearing retirement, we offer ..."
        // includes everyone only as the clause's opening: "tell us whether you are married" asks)
        let opening = |c: &&CueHit| a.word(c.first) != "whether" || c.first == clause.start;
        let named = |c: &&CueHit| c.flavor != Flavor::Ground || c.first <= first;
        // (an equality authority or act named in a report states no equality: "Tasa-arvovaltuutettu
        // katsoi, että rakennusliike rikkoi tasa-arvolakia, kun se haki ”reipasta miestä”")
        // (or the name's head right after the cue: "the Non-Discrimination Ombudsman", "the Equal
        // Employment Opportunity Commission")
        let head = |k: usize| {
            (k..(k + 3).min(a.words.len()))
                .take_while(|&j| a.is_linked(j) && a.word_token(j).capital)
                .any(|j| is_any(a.word(j), "ombudsman|commission|act|tribunal|board|authority|agency|council"))
        };
        let authority = |c: &&CueHit| {
            kind == StanceKind::Equality
                && (c.first == c.last && contains_any(a.word(c.first), "valtuutet|ombudsm|lagen|laki|lain|nämnd|lautakun")
                    || head(c.last + 1))
        };
        // (a negation of another requirement in its own part of the clause: "Haemme
        // 20–30-vuotiasta myyjää, kokemusta ei vaadita")
        let other = |c: &&CueHit| kind == StanceKind::Negated && negates_other(a, c, first, last, &clause);
        if let Some(c) = cues.iter().find(|c| {
            c.kind == kind
                && (c.flavor != Flavor::Weak || inclusive())
                && !only()
                && !inside(c)
                && opening(c)
                && named(c)
                && !authority(c)
                && !other(c)
                && !(kind == StanceKind::Encourages && general(c))
                // (nor one that turns this mention away right after it: "Female candidates are
                // encouraged, male candidates need not apply")
                && !(kind == StanceKind::Encourages && c.last < first && cues.iter().any(|d| d.kind == StanceKind::Excludes && d.first == last + 1))
                && !turned(c)
        }) {
            return Stance::at(kind, a, c.first, c.last);
        }
    }
    // The employer speaking of itself right before: "Olen 33-vuotias", "olemme 25-vuotias
    // perheyritys" (not "olemme kasvava yritys ja haemme 20–30-vuotiasta myyjää").
    let selfish = |k: StanceKind| matches!(k, StanceKind::Others | StanceKind::Employer);
    if let Some(c) = cues.iter().rev().find(|c| selfish(c.kind) && c.last < first && first - c.last <= SELF_REACH) {
        // (a directed cue between, or opening the mention: "we are looking for volunteers")
        if !cues.iter().any(|d| d.last > c.last && (d.last < first || d.first == first) && d.kind.directed()) {
            return Stance::at(c.kind, a, c.first, c.last);
        }
    }
    if let Some((lo, hi, via)) = others(a, first, last) {
        return Stance { via, ..Stance::at(StanceKind::Others, a, lo, hi) };
    }
    // The nearest directed cue: excludes/requires/prefers/asks within REACH, seeks right before.
    let best = cues
        .iter()
        .filter(|c| match c.kind {
            // before ("etsimme naista"), or a postposed one right after ("au pair sökes")
            // ("we seek to increase female representation" seeks no person, nor does a "Hiring
            // Manager: Christian Falck")
            // (a postposed one seeks what comes before it: "Lady needed to sell in my shop")
            // (not a passive, "Women needed to be consulted", nor a relative clause's verb, "a
            // woman who wanted to give")
            StanceKind::Seeks
                if c.last + 1 < a.words.len()
                    && is_any(a.word(c.last + 1), "to|manager")
                    && (c.last < first || c.first != last + 1 || a.word(c.last + 2) == "be") =>
            {
                false
            }
            // (or what it seeks is quoted right after it, up to REACH words: a report's "sökte
            // ”en ung och pigg tjej”")
            StanceKind::Seeks => {
                (c.last < first
                    && (first - c.last <= SEEK_REACH
                        // (or two adjectives joined before it: "vi söker en ung och pigg tjej")
                        || (first - c.last <= SEEK_REACH + 2
                            && (c.last + 1..=first).all(|k| a.is_linked(k))
                            && (c.last + 2..first).any(|k| is_any(a.word(k), "och|ja|and")))
                        || (first - c.last <= REACH && (c.last..=first).all(|k| a.word_token(k).quoted != (k == c.last)))))
                    || (c.flavor == Flavor::Both && c.first > last && c.first - last <= 4 && (last + 1..=c.first).all(|k| a.is_linked(k)))
            }
            // a negation with a ground after the mention excludes it: "sökande över 50 år är
            // inte aktuella på grund av tempot"
            _ if c.flavor == Flavor::Ground => c.first > last && distance(c) <= REACH,
            // (the head of the mention's compound is no stance: "ePassi-etu" is a benefit)
            _ if c.first == last + 1 && a.hyphen_after(last) => false,
            // (a cue after the mention that opens a list governs the list, not what came before:
            // a lost line break in "...InsuranceFamily Planning You could be right for this
            // opportunity if you have:")
            _ if c.first > last && a.glued_sign(c.last, true) == Some(":") => false,
            k => k.directed() && distance(c) <= REACH,
        })
        .min_by_key(|c| (distance(c), c.kind != StanceKind::Excludes));
    if let Some(c) = best {
        let kind = if c.flavor == Flavor::Ground { StanceKind::Excludes } else { c.kind };
        return Stance::at(kind, a, c.first, c.last);
    }
    // A benefit offered in the clause itself is not the list heading's requirement ("Benefits
    // include health, dental, vacation time, sick leave" under "Requirements").
    if let Some(c) = cues.iter().find(|c| c.kind == StanceKind::Offers) {
        return Stance::at(StanceKind::Offers, a, c.first, c.last);
    }
    if let Some(c) = map.heading.get(a.clause_of(first) as usize).copied().flatten() {
        return Stance { via: Via::Heading, ..Stance::at(c.kind, a, c.first, c.last) };
    }
    // (a capitalised word inside the title is part of a name: "Summer Intern for Women
    // International")
    if map.title == Some(a.clause_of(first)) && (first == clause.start || !a.text_starts_upper(first)) {
        return Stance { kind: StanceKind::Seeks, cue: None, via: Via::Title };
    }
    if let Some(c) = cues.iter().find(|c| c.kind == StanceKind::Offers) {
        return Stance::at(StanceKind::Offers, a, c.first, c.last);
    }
    Stance::PLAIN
}

/// Whether the negation at cue `c` denies another requirement of its own part of the clause,
/// apart from the mention at `first..=last` by a comma or a dash ("Ideally you're under 30 and
/// hungry to learn – no degree needed"): "Haemme 20–30-vuotiasta myyjää,
/// kokemusta ei vaadita", "Must be under 30, no experience required", "Native English speakers
/// only, no degree required". A list of grounds that one negation covers ("Ikä, sukupuoli tai
/// alkuperä ei vaikuta") names no such requirement, and equality is judged before.
fn negates_other(a: &Analysis, c: &CueHit, first: usize, last: usize, clause: &std::ops::Range<usize>) -> bool {
    // (the part: from the comma before the cue to the comma after it, up to REACH words each way)
    let mut lo = c.first;
    while lo > clause.start && c.first - lo < REACH && !a.part_before(lo) {
        lo -= 1;
    }
    let mut hi = c.last + 1;
    while hi < clause.end && hi - c.last <= REACH && !a.part_before(hi) {
        hi += 1;
    }
    let apart = (last < lo && a.part_before(lo)) || (first >= hi && a.part_before(hi));
    const REQUIREMENTS: &str =
        "experien|kokemu|erfaren|degree|tutkin|examen|koulutu|utbildn|education|training|qualific|licen|ajokort|körkort|skill|osaami";
    apart && (lo..hi).any(|k| starts_with_any(a.word(k), REQUIREMENTS))
}

/// Whether a negation word closely precedes words `first..` ("emme peri välitysmaksua", "no
/// fee"), or a no-charge word is near ("maksuton", "free of charge").
pub(crate) fn negated(a: &Analysis, first: usize, last: usize) -> bool {
    let clause = a.clause_words(first);
    let lo = first.saturating_sub(4).max(clause.start);
    let hi = (last + 6).min(clause.end);
    cues().find_in(cue::NEG, a, lo..first).is_some()
        || cues().find_in(cue::FREE, a, first.saturating_sub(6).max(clause.start)..hi).is_some()
}

/// Whether a negation earlier in the mention's stretch of linked words denies it ("meillä ei ole
/// tiedossa kalvosulkeisia ja palkatonta harjoittelua"), unless "vaan", "utan", "but" turns it
/// round ("ei palkkaa vaan vapaaehtoistyötä"). A comma ends the stretch: "Emme maksa palkkaa, työ
/// on vapaaehtoista" is the finding.
pub(crate) fn denied(a: &Analysis, first: usize) -> bool {
    let clause = a.clause_words(first);
    // (up to 2 × REACH words back: a clause of thousands of linked words stays linear)
    let start = clause.start.max(first.saturating_sub(2 * REACH));
    let mut k = first;
    while k > start && a.is_linked(k) {
        k -= 1;
        if cues().is(cue::TURN, a, k) {
            return false;
        }
        if cues().is(cue::NEG, a, k) {
            return true;
        }
    }
    false
}

/// Whether word `k` is a number token.
pub(crate) fn is_number(a: &Analysis, k: usize) -> bool {
    k < a.words.len() && a.word_token(k).kind == Kind::Number
}

/// Whether word `k` is a sum of money: a number with a currency sign or word next to it.
pub(crate) fn amount(a: &Analysis, k: usize) -> bool {
    let Some(&t) = a.words.get(k) else { return false };
    let sign = |u: usize| u < a.tokens.len() && is_any(a.text_of(u), "€|$|£");
    a.number(k).is_some() && (sign(t + 1) || t > 0 && sign(t - 1) || k + 1 < a.words.len() && cues().is(cue::CURRENCY, a, k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stance of the first mention of `word` in `text`.
    fn stance_of(text: &str, word: &str) -> StanceKind {
        let a = Analysis::new(text);
        let k = (0..a.words.len()).find(|&k| a.word(k) == word).unwrap_or_else(|| panic!("{word} not in {text}"));
        of(&a, k, k).kind
    }

    #[test]
    fn every_cue_has_a_known_stance() {
        for e in &lexicon(lex::STANCE).entries {
            assert!(StanceKind::parse(e.kind).is_some(), "stance.tsv: unknown stance {:?} ({})", e.kind, e.source);
            assert_eq!(e.mode, super::super::lexicon::Mode::Cue, "stance.tsv: {} is not a cue", e.source);
        }
    }

    #[test]
    fn the_clause_decides_per_language() {
        use StanceKind::*;
        let cases = [
            ("Hakijalla ei saa olla pieniä lapsia.", "lapsia", Excludes),
            ("Sopii parhaiten naiselle.", "naiselle", Prefers),
            ("Edellytämme hakijalta hyvää terveyttä.", "terveyttä", Requires),
            ("Kerro hakemuksessa ikäsi.", "ikäsi", Asks),
            ("Etsimme reipasta naista varastoon.", "naista", Seeks),
            ("Valitsemme hakijat iästä, sukupuolesta ja alkuperästä riippumatta.", "sukupuolesta", Equality),
            ("Ikä ei ratkaise.", "ikä", Equality),
            ("Toivomme hakijoiksi myös naisia.", "naisia", Encourages),
            ("Tens of millions of Americans are currently eligible for our programs.", "americans", Others),
            ("Asiakkaamme ovat yli 80-vuotiaita.", "80", Others),
            ("Olen 33-vuotias kahden lapsen äiti.", "33", Employer),
            ("Olemme 25-vuotias perheyritys.", "25", Others),
            ("Sökande med små barn kommer inte att beaktas.", "barn", Excludes),
            ("Vi välkomnar alla sökande oavsett kön och ålder.", "kön", Equality),
            ("Vi söker en kvinnlig säljare.", "kvinnlig", Seeks),
            // what a report says was sought, quoted right after the verb, at any length; not a
            // word further inside a quote that merely holds the verb
            ("Annonsen efterfrågade ”en ung och pigg tjej”.", "tjej", Seeks),
            ("Annonsen efterfrågade en ung, glad och mycket pigg tjej.", "tjej", Plain),
            ("I annonsen stod: ”Vi söker en säljare till en liten butik som drivs av två kvinnor”.", "kvinnor", Plain),
            ("Meriterande: körkort och goda kunskaper i finska.", "finska", Prefers),
            ("Applicants with young children need not apply.", "children", Excludes),
            ("We prefer candidates without children.", "children", Prefers),
            ("Candidates over 40 will not be considered.", "40", Excludes),
            (
                "All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
                "sex",
                Equality,
            ),
            ("We encourage women to apply.", "women", Encourages),
            ("You will work with children aged 5 to 7.", "children", Others),
            ("We offer childcare for employees' children.", "childcare", Offers),
            ("Naistenvaateliike Kemissä.", "naistenvaateliike", Plain),
            // a negation with a ground covers the grounds it names, not a mention before it
            ("Ketään ei syrjitä iän perusteella.", "iän", Equality),
            ("Vi diskriminerar inte på grund av kön eller ålder.", "ålder", Equality),
            ("Sökande över 50 år är tyvärr inte aktuella på grund av det höga tempot.", "50", Excludes),
            ("Yli 50-vuotiaita emme valitettavasti voi ottaa fyysisen työn vuoksi.", "50", Excludes),
            // a report names the authority or the act, and states no equality itself
            ("Tasa-arvovaltuutettu katsoi, että rakennusliike rikkoi tasa-arvolakia, kun se haki reipasta miestä työmaalle.", "miestä", Seeks),
            ("Yhdenvertaisuusvaltuutettu muistuttaa, että ketään ei saa syrjiä iän perusteella.", "iän", Equality),
            ("Alle 30-vuotiaiden ei kannata hakea.", "30", Excludes),
            ("Sökande med barn är inte välkomna.", "barn", Excludes),
            // a CV "with" a photo has no children: the photo is asked for
            ("Skicka ditt CV med porträttbild och löneanspråk.", "porträttbild", Asks),
            // the clients speak it; a list of what the work involves
            ("Iso osa asiakkaistamme puhuu äidinkielenään ruotsia.", "äidinkielenään", Others),
            ("En fördel är om du har erfarenhet av lift, rullstol, sondmatning, epilepsi och kommunikation.", "epilepsi", Others),
            ("WHAT WE EXPECT\nSales experience, driving licence, max age 40.", "max", Requires),
        ];
        for (text, word, want) in cases {
            assert_eq!(stance_of(text, word), want, "{text}");
        }
    }

    #[test]
    fn a_list_heading_gives_its_lines_their_stance() {
        let text = "Edellytämme:\n- B-ajokorttia\n- hoikkaa vartaloa\n\nTarjoamme:\n- lounasedun\n- perheystävälliset työajat";
        assert_eq!(stance_of(text, "hoikkaa"), StanceKind::Requires);
        assert_eq!(stance_of(text, "perheystävälliset"), StanceKind::Offers);
        let prose = "Requirements\n\nWe are a family company founded by a woman who wanted to give every young person a chance in working life, and we still do.";
        assert_eq!(stance_of(prose, "woman"), StanceKind::Plain);
        // A paragraph of prose ends the list: a short sentence after it is not an item (real
        // ad, 2023).
        let after = "Du har:\n• erfarenhet av IT-projekt\n\nAlla människor ska ha samma möjligheter, inte minst i sitt arbete, därför är jämställdhet en självklarhet för oss.\nSveriges största nätverk för kvinnor inom IT-branschen.";
        assert_eq!(stance_of(after, "kvinnor"), StanceKind::Plain);
        let before = "Du har:\n• erfarenhet av IT-projekt\nSveriges största nätverk för kvinnor inom IT-branschen.";
        assert_eq!(stance_of(before, "kvinnor"), StanceKind::Requires);
        // Items after bullets inside one line are items; a long run-on clause is not (real ad).
        let inline = "Requirements\nHere are some of the things we're looking for:• Awesome work ethic• Live near our office in Burlingame• A love of learning and a true desire to make an impact on young people in our city every day";
        assert_eq!(stance_of(inline, "live"), StanceKind::Requires);
        assert_eq!(stance_of(inline, "people"), StanceKind::Plain);
        // Lines whose bullets an export lost (real US ads, 2021): short lines under a colon
        // heading are its items; a heading of their own kind, or prose, ends the list.
        let lost = "Requirements:\nU.S. Citizenship\nFemale\nWe offer:\nHealthy snacks";
        assert_eq!(stance_of(lost, "citizenship"), StanceKind::Requires);
        assert_eq!(stance_of(lost, "female"), StanceKind::Requires);
        assert_eq!(stance_of(lost, "healthy"), StanceKind::Offers);
        assert_eq!(stance_of("Requirements\nU.S. Citizenship\nFemale", "female"), StanceKind::Plain);
        let own_cue =
            "Toivomme sinulta:\nReipasta asennetta\nKatsomme eduksi hygieniapassin\n18-vuoden ikää\nTarjoamme:\nPerheystävälliset työajat";
        assert_eq!(stance_of(own_cue, "ikää"), StanceKind::Prefers);
        assert_eq!(stance_of(own_cue, "perheystävälliset"), StanceKind::Offers);
        // A label with its first item on its own line opens a list too (a real embassy ad, 2026,
        // whose items are paragraphs); prose ends it, and a label that is no stance opens none.
        let label = "Requirements: Estonian citizenship or Residence permit.\n\nGood mental and physical health.\n\nThe embassy was founded in 1992 and has served the citizens of both countries ever since, in good times and bad.\n\nWoman of the year.";
        assert_eq!(stance_of(label, "health"), StanceKind::Requires);
        assert_eq!(stance_of(label, "woman"), StanceKind::Plain);
        assert_eq!(stance_of("Salary: by agreement.\n\nGood mental and physical health.", "health"), StanceKind::Plain);
    }

    #[test]
    fn named_words_are_mentioned() {
        assert_eq!(stance_of("Emme käytä ilmauksia kuten nuorekas.", "nuorekas"), StanceKind::Mentioned);
        assert_eq!(stance_of("Emme käytä ilmoituksissa sanaa “nuori”.", "nuori"), StanceKind::Mentioned);
        // Part of a name (real US ads, 2024), but not a headline in capitals or a name's head
        // that does not end the capitalised run.
        assert_eq!(
            stance_of("To claim status under Gold Star Fathers Act of 2015, you must submit a copy.", "fathers"),
            StanceKind::Mentioned
        );
        assert_eq!(stance_of("Scientists at Boys Town National Research Hospital must publish.", "boys"), StanceKind::Mentioned);
        assert_eq!(stance_of("Must be able to work at the Jewish Community Center of Greater Boston.", "jewish"), StanceKind::Mentioned);
        assert_ne!(stance_of("LOOKING FOR FEMALE STAFF FOR OUR NEW CLINIC", "female"), StanceKind::Mentioned);
        assert_ne!(stance_of("We are hiring Female Nurses for our Hospital.", "female"), StanceKind::Mentioned);
        assert_ne!(stance_of("Must be a member of the Catholic Church.", "catholic"), StanceKind::Mentioned);
        // Quotes alone do not: a report quotes the ad.
        assert_eq!(stance_of("Ilmoituksessa luki: ”Haetaan noin 50-vuotiasta naista.”", "naista"), StanceKind::Seeks);
    }
}
