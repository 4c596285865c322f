//! `content.discrimination.age`: age as a selection criterion. Mentions:
//! - **numeric ages**, found by a scanner over the analysed words: a number (14–99),
//!   optionally a range (`-`, `–`, `—`, "to", "till", "ja", "and", "och"), then an age unit. A
//!   *strong* unit (`-vuotias` in any case, `-årig`, "years old", "vuoden ikä") makes it an age
//!   by itself; a *weak* one ("v", "vuotta", "år", "years") only with an age word before ("ikä",
//!   "ålder", "aged"), so "kokemusta 2–3 vuotta" and "8–16" stay silent. Ranges and limits
//!   ("20–30-vuotias", "alle 30-vuotias", "ålder 25–35 år", "aged 18–30") are criteria by
//!   themselves (errors); one age ("25-vuotias") only where the clause requires or seeks it;
//!   a minimum of 18 or less ("vähintään 18-vuotias" to serve alcohol) and ages under 18 (a
//!   youth scheme's summer jobs) are warnings that ask for the reason;
//! - **words** (lexicon `data/lexicon/age.tsv`): indirect wording ("nuorekas tiimi", "young and
//!   dynamic", "recent graduates", "digital natives") as warnings, even where it describes the
//!   team; a request for the applicant's age or date of birth ("kerro hakemuksessa ikäsi").
//!
//! Each mention is judged by the stance of its clause ([`crate::text::stance`]): "ikä ei
//! ratkaise", "oavsett ålder", "toivomme hakijoiksi myös yli 50-vuotiaita", "asiakkaamme ovat yli
//! 80-vuotiaita", "olemme 25-vuotias perheyritys" and "13–17-vuotiaita nuoria" are silent.

use super::{emit, judge, run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, lexicon, Entry, Hit, Mode};
use crate::text::stance::{Stance, StanceKind, Via};
use crate::text::{Analysis, Kind};
use crate::Severity;

pub(crate) struct Age;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.age",
    severity: Severity::Error,
    title: tr_text!( fi: "Mahdollinen ikäsyrjintä", sv: "Möjlig åldersdiskriminering", en: "Possible age discrimination" ),
    description: tr_text!(
        fi: "Ilmoitus asettaa ikärajan tai -haarukan, suosii tietyn ikäisiä tai kysyy hakijan ikää. Ikä on yhdenvertaisuuslaissa kielletty syrjintäperuste: sitä saa käyttää valintaperusteena vain hyväksyttävästä, työhön liittyvästä syystä. Kerro sen sijaan työn vaatimukset. Laissa säädetty alaikäraja (esim. alkoholin anniskelu) ja nuorten kesätyöt ovat sallittuja, kun peruste kerrotaan.",
        sv: "Annonsen anger en åldersgräns eller ett åldersintervall, gynnar en viss ålder eller frågar efter den sökandes ålder. Ålder är en förbjuden diskrimineringsgrund: den får vara ett urvalskriterium bara av ett godtagbart, arbetsrelaterat skäl. Beskriv i stället arbetets krav. En lagstadgad minimiålder (t.ex. alkoholservering) och sommarjobb för unga är tillåtna när skälet anges.",
        en: "The ad sets an age limit or range, favours an age group or asks for the applicant's age. Age is a prohibited ground of discrimination: it may be a selection criterion only for an acceptable, job-related reason. Describe the job's requirements instead. A statutory minimum age (e.g. serving alcohol) and youth summer-job schemes are allowed when the reason is given.",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> Option<String> {
    Some(match kind {
        "legal" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: alaikäraja on sallittu vain, kun laki tai työ sitä vaatii (esim. alkoholin anniskelu 18 v). Kerro ilmoituksessa ikärajan peruste, tai poista se.",
            sv: "”{excerpt}”: en minimiålder är tillåten bara när lag eller arbetet kräver den (t.ex. alkoholservering 18 år). Ange skälet i annonsen eller ta bort gränsen.",
            en: "“{excerpt}”: a minimum age is allowed only when the law or the job requires it (e.g. serving alcohol, 18). State the reason in the ad, or remove the limit.",
        ),
        "youth" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: alle 18-vuotiaille rajattu haku sopii nuorten kesätyö- tai työllistämisohjelmaan. Kerro ilmoituksessa, mihin ohjelmaan haku kuuluu.",
            sv: "”{excerpt}”: en ansökan begränsad till personer under 18 år passar ett sommarjobbs- eller sysselsättningsprogram för unga. Ange i annonsen vilket program det gäller.",
            en: "“{excerpt}”: a call limited to under-18s fits a youth summer-job or employment scheme. Say in the ad which scheme it belongs to.",
        ),
        "indirect" | "graduate" | "over_experience" => tr!(lang, [excerpt],
            fi: "”{excerpt}” viittaa hakijan ikään ja voi karsia vanhempia hakijoita (välillinen ikäsyrjintä). Kuvaa mieluummin työtä ja työyhteisöä ilman ikään viittaavia sanoja.",
            sv: "”{excerpt}” syftar på den sökandes ålder och kan avskräcka äldre sökande (indirekt åldersdiskriminering). Beskriv hellre arbetet och arbetsplatsen utan ord som syftar på ålder.",
            en: "“{excerpt}” refers to the applicant's age and can deter older applicants (indirect age discrimination). Describe the job and the team without age-related words.",
        ),
        "ask" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: ilmoitus kysyy hakijan ikää. Ikää saa käyttää valintaperusteena vain hyväksyttävästä, työhön liittyvästä syystä, eikä hakijalta pidä kysyä tietoja, joita työ ei edellytä. Poista kysymys.",
            sv: "”{excerpt}”: annonsen frågar efter den sökandes ålder. Ålder får vara ett urvalskriterium bara av ett godtagbart, arbetsrelaterat skäl, och den sökande ska inte tillfrågas om uppgifter som arbetet inte kräver. Ta bort frågan.",
            en: "“{excerpt}”: the ad asks for the applicant's age. Age may be a selection criterion only for an acceptable, job-related reason, and applicants should not be asked for data the job does not need. Remove the question.",
        ),
        "range" | "upper" | "lower" | "single" if exception => tr!(lang, [excerpt],
            fi: "Ikävaatimus ”{excerpt}” voi olla syrjivä. Jos se perustuu lakiin tai työn luonteeseen, kerro peruste ilmoituksessa.",
            sv: "Ålderskravet ”{excerpt}” kan vara diskriminerande. Om det grundar sig på lag eller arbetets art, ange skälet i annonsen.",
            en: "The age requirement “{excerpt}” may be discriminatory. If it rests on the law or the nature of the work, state the reason in the ad.",
        ),
        "range" | "upper" | "lower" | "single" => tr!(lang, [excerpt],
            fi: "Ikävaatimus ”{excerpt}” voi olla syrjivä: ikää saa käyttää valintaperusteena vain hyväksyttävästä, työhön liittyvästä syystä. Poista ikäraja ja kuvaa työn vaatimukset.",
            sv: "Ålderskravet ”{excerpt}” kan vara diskriminerande: ålder får vara ett urvalskriterium bara av ett godtagbart, arbetsrelaterat skäl. Ta bort åldersgränsen och beskriv arbetets krav.",
            en: "The age requirement “{excerpt}” may be discriminatory: age may be a selection criterion only for an acceptable, job-related reason. Remove it and describe the job's requirements.",
        ),
        _ => return None,
    })
}

/// The scanner's mentions, as lexicon entries (so they share the judging and emit path).
static RANGE: Entry = Entry::internal(Severity::Error, Mode::Crit, "range");
static UPPER: Entry = Entry::internal(Severity::Error, Mode::Crit, "upper");
static LOWER: Entry = Entry::internal(Severity::Error, Mode::Crit, "lower");
static LOWER_LEGAL: Entry = Entry::internal(Severity::Warning, Mode::Crit, "legal");
static YOUTH: Entry = Entry::internal(Severity::Warning, Mode::Crit, "youth");
/// One age after an age word ("ikä 35 v", "age 40"): a criterion by itself.
static CUED: Entry = Entry::internal(Severity::Error, Mode::Crit, "single");
/// One age by its unit alone ("25-vuotias"): only where the clause makes it a criterion.
static SINGLE: Entry = Entry::internal(Severity::Error, Mode::Attr, "single");
static SINGLE_LEGAL: Entry = Entry::internal(Severity::Warning, Mode::Attr, "legal");

/// The scanner's kinds, which the lexicon does not list (for the messages test).
#[cfg(test)]
const SCANNED: &[&str] = &["range", "upper", "lower", "legal", "youth", "single"];

const SPEC: Spec = Spec { lexicon: lex::AGE, exception: Some(crate::text::lexicon::cue::EXC_AGE), refine, message };

/// Indirect wording about the company ("a young and dynamic company", "nuori ja kasvava yritys")
/// speaks of the company's age, not of people's.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    // A range of ages is nobody's own age: after the employer's or the team's own words it is
    // the age band of the team or of the one wanted ("Vi är ett gäng i åldern 25–35", "du är i
    // min egen ålder dvs. mellan 25 och 55 år"), indirect at least; after the clients' ("the
    // children are aged 5–7", "perheemme lapset ovat 3–5-vuotiaita") it is theirs.
    // A group that "ranges in age from 19 to 63" is described, not sought.
    let ranges = (hit.first.saturating_sub(3)..hit.first).any(|k| is_any(a.word(k), "range|ranges|ranging"));
    let own = stance.kind == StanceKind::Employer || (stance.kind == StanceKind::Others && stance.via == Via::Clause);
    if std::ptr::eq(hit.entry, &RANGE) && (ranges || (by_mode.is_none() && own)) {
        let clause = a.clause_words(hit.first);
        if cues().find_in(cue::CLIENTS, a, clause.start..hit.first).is_some() {
            return None;
        }
        // (a wide band is the team's diversity: "Vi är 22 personer mellan 25 och 63 år"; not
        // one the applicant is to fit: "du är i min egen ålder dvs. mellan 25 och 55 år")
        let mut ages = (hit.first..=hit.last).filter_map(|k| a.number(k));
        let wide = ages.next().zip(ages.last()).is_some_and(|(lo, hi)| hi >= lo + 20);
        let you = cues().find_in(cue::APPLICANT, a, clause.start..hit.first).is_some();
        return (!wide || you).then_some(Severity::Warning);
    }
    // The plural "i åldrarna 24–31 år" is a group's band: sought ("vi söker säljare i åldrarna
    // 20–30 år"), or the team's, which deters others only when narrow ("15 personer i åldrarna
    // 24–31 år", not "tio kollegor i åldrarna 25–60 år").
    if a.word(hit.first) == "åldrarna" && stance.kind == StanceKind::Plain {
        let hi = a.number(hit.last).or_else(|| a.number(hit.last - 1))?;
        return (hi < a.number(hit.first + 1)? + 20).then_some(Severity::Warning);
    }
    // A band or an upper limit welcomed is still a preference for the young: "du som är mellan
    // 18 och 25 år är välkommen att söka" (not "du som är över 50 är särskilt välkommen")
    if by_mode.is_none() && stance.kind == StanceKind::Encourages && is_any(hit.entry.kind, "range|upper") {
        return Some(Severity::Warning);
    }
    let severity = by_mode?;
    // A group the clause states a fact about, the subject in the nominative plural: "yli
    // 58-vuotiaat työntekijämme saavat lisävapaata" (not "yli 55-vuotiaita työnhakijoita")
    if matches!(stance.kind, StanceKind::Plain | StanceKind::Offers) && is_any(a.word(hit.last + 1), "työntekijämme|työntekijät|työnhakijat") {
        return None;
    }
    // The age a pension starts at, a benefit's condition: "pension för dig som är 25+ via FORA",
    // "pensionsavsättning för dig som fyllt 21 år" (not "pensionärer under 70", "Pensionatet")
    let clause = a.clause_words(hit.first);
    let pension = |w: &str| is_any(w, "pension|pensionen|tjänstepension") || w.starts_with("pensions");
    if (hit.first.saturating_sub(6).max(clause.start)..hit.first).any(|k| pension(a.word(k))) {
        return None;
    }
    // More experience than a limit is a requirement ("over 5 years of experience required");
    // only shutting it out caps experience ("candidates with more than four years of experience
    // will not be considered").
    if hit.entry.kind == "over_experience" && stance.kind != StanceKind::Excludes {
        return None;
    }
    // (a youthful company or product: "nuorekas yritys", "nuorekas ja värikäs mallistomme",
    // "vår nya ungdomliga och färgglada höstkollektion")
    if hit.entry.kind == "indirect" {
        let next = (hit.last + 1..(hit.last + 4).min(clause.end)).find(|&k| cues().is(cue::COMPANY_NOUN, a, k));
        if next.is_some() {
            return None;
        }
    }
    // Age as a topic: "may signal age bias", "ikäsyrjintä" is a word of its own
    if hit.entry.kind == "ask" && hit.first == hit.last && hit.last + 1 < a.words.len() && cues().is(cue::TOPIC_AFTER, a, hit.last + 1) {
        return None;
    }
    // a time that is no one's age: "yngre än 30 dagar", "no older than 3 months"
    if is_any(hit.entry.kind, "upper|lower|range|single") && hit.last + 1 < a.words.len() && is_measure(a.word(hit.last + 1)) {
        return None;
    }
    // "to be of age" is an adult's (the Alcohol Act's minimum), not an age asked for
    // (not "forty-five years of age")
    if hit.entry.kind == "ask" && hit.first > 1 && a.word(hit.first) == "age" && a.word(hit.first - 1) == "of" && a.word(hit.first - 2) != "years" {
        return None;
    }
    // An age of the person the assistant is for, in the allative: "avustajaa 44-vuotiaalle
    // MS-tautia sairastavalle miehelle" (not "sopii 25-vuotiaalle henkilölle").
    if a.word(hit.last).starts_with("vuotia")
        && a.word(hit.last).ends_with("lle")
        && cues().find_in(cue::SERVED_PERSON, a, hit.last + 1..(hit.last + 7).min(clause.end)).is_some()
    {
        return None;
    }
    // A limit denied: "There is no upper age limit", "ingen övre åldersgräns" (a number is not
    // denied so: "no older than 35" sets one; nor is an excluded group: "ei sovellu eläkeikää
    // lähestyville")
    let limit = |k: usize| starts_with_any(a.word(k), "limit|ikäraj|yläikäraj|åldersgräns|gräns");
    // (or asked: "Onko tehtävässä ikärajaa?", "Is there an age limit?")
    let asked = clause.end > 0 && a.glued_sign(clause.end - 1, true) == Some("?");
    if ((hit.first.saturating_sub(2).max(clause.start)..hit.first).any(|k| cues().is(cue::NEG, a, k)) || asked)
        && (hit.first..=hit.last).any(limit)
        && !(hit.first..=hit.last).any(|k| a.word_token(k).kind == Kind::Number)
    {
        return None;
    }
    // An anniversary: "fyller 24 år i 2024", "täyttää 50 vuotta vuonna 2025" (the employer's age).
    let year = |k: usize| k < a.words.len() && a.word_token(k).kind == Kind::Number && a.word(k).len() == 4;
    let years = is_any(a.word(hit.last), "år|vuotta|years");
    if years && (hit.last + 1..(hit.last + 3).min(a.words.len())).any(|k| is_any(a.word(k), "i|in|vuonna") && year(k + 1)) {
        return None;
    }
    // An award's name, a count before the age: "Crain's 20 in their 20's".
    if a.word(hit.first) == "in" && hit.first > 0 && a.word_token(hit.first - 1).kind == Kind::Number {
        return None;
    }
    // A career start offered as one of two ("nyexad ingenjör eller som har några års erfarenhet",
    // "experienced professionals or recent graduates"): the severity policy's alternative.
    if is_any(hit.entry.kind, "graduate|indirect") && career_alternative(a, hit) {
        return None;
    }
    Some(severity)
}

/// Whether "or" joins the mention to an experienced alternative within its clause (or "and" to a
/// career changer).
fn career_alternative(a: &Analysis, hit: &Hit<'_>) -> bool {
    let clause = a.clause_words(hit.first);
    let cs = cues();
    let or = |k: usize| cs.is(cue::OR, a, k);
    // ... or, joined by "and" too, a career changer: "alanvaihtajille ja vastavalmistuneille",
    // "career changers and recent graduates are equally welcome", "både nyutexaminerade och dig
    // som byter bransch" ("i början av din karriär och har något års erfarenhet" is one person)
    let and = |k: usize| or(k) || cs.is(cue::AND, a, k);
    // ("sekä X että Y" joins both: the "että" of a "sekä" right before the mention)
    let sekä = hit.first > clause.start && a.word(hit.first - 1) == "sekä";
    let either = |k: usize| or(k) || sekä && a.word(k) == "että";
    // ... or any conjunction, "from ... to" too, to the senior end of a range: "från nyexade
    // ingenjörer till seniora specialister", "senior developers as well as young talents"
    let from = (hit.first.saturating_sub(2).max(clause.start)..hit.first).any(|k| is_any(a.word(k), "från|from"));
    let range = |k: usize| and(k) || is_any(a.word(k), "well|kuin") || from && is_any(a.word(k), "till|to");
    let changer = |k: usize| cs.is(cue::CHANGER, a, k);
    let other = |conj: &dyn Fn(usize) -> bool, path: &dyn Fn(usize) -> bool| {
        let after = (hit.last + 1..(hit.last + 4).min(clause.end)).find(|&k| conj(k));
        let before = (hit.first.saturating_sub(3).max(clause.start)..hit.first).rev().find(|&k| conj(k));
        after.is_some_and(|o| (o + 1..(o + 9).min(clause.end)).any(path)) || before.is_some_and(|o| (o.saturating_sub(6).max(clause.start)..o).any(path))
    };
    other(&either, &|k| experience_word(a.word(k))) || other(&and, &changer) || other(&range, &|k| a.word(k).starts_with("senior"))
}

/// Work experience, or being experienced: "kokemusta", "työkokemus", "kokenut", "erfarenhet",
/// "erfaren", "experience(d)".
fn experience_word(w: &str) -> bool {
    starts_with_any(w, "kokemu|työkokemu|koken|erfar|experience|konkar|veteraan|veteran")
}

impl Rule for Age {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let a = input.analysis();
        let scanned = scan(a);
        let mut spans = Vec::new();
        if !scanned.is_empty() {
            let exception = super::exception_in(input, SPEC.exception);
            // (a driving licence or the alcohol law sets a minimum age, never a maximum)
            let minimum = exception.and_then(|(lo, hi)| input.text.get(lo..hi)).is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                starts_with_any(&w, "licen|alcohol|liquor|alkohol|ajokort|anniskel")
            });
            for hit in &scanned {
                let exception = exception.filter(|_| !(minimum && is_any(hit.entry.kind, "range|upper")));
                if let Some(verdict) = judge(hit, a, refine, exception) {
                    emit(input, out, hit, &verdict, message);
                }
                spans.push((hit.start, hit.end));
            }
        }
        // The words (a request for the age overlapping a numeric mention is the same finding).
        let lex = lexicon(SPEC.lexicon);
        if spans.is_empty() {
            run(input, out, &SPEC);
        } else {
            // Both come in text order: the scanned spans are passed with a cursor.
            let mut next = 0;
            let mut filtered = |hit: &Hit<'_>| {
                while spans.get(next).is_some_and(|s| s.1 <= hit.start) {
                    next += 1;
                }
                if spans.get(next).is_some_and(|&(s, _)| s < hit.end) {
                    None
                } else {
                    judge(hit, a, refine, None)
                }
            };
            for (hit, verdict) in lex.find(a, super::text_lang(input), &mut filtered) {
                emit(input, out, &hit, &verdict, message);
            }
        }
    }
}

/// Whether word `k` is one of `words`, a `|`-separated list (one string: a `&[&str]` would put a
/// table of pointers and lengths in the wasm).
fn word_is(a: &Analysis, k: usize, words: &str) -> bool {
    k < a.words.len() && a.word_token(k).kind == Kind::Word && is_any(a.word(k), words)
}

/// Whether a dash lies between word `k` and word `k + 1`.
fn dash_between(a: &Analysis, k: usize) -> bool {
    let (Some(&from), Some(&to)) = (a.words.get(k), a.words.get(k + 1)) else { return false };
    a.tokens.get(from + 1..to).is_some_and(|ts| ts.iter().any(|t| t.kind == Kind::Dash))
}

/// Linked to the previous word and in range.
fn next(a: &Analysis, k: usize) -> Option<usize> {
    (k + 1 < a.words.len() && a.is_linked(k + 1)).then_some(k + 1)
}

/// The age unit starting at word `k`: (last word, strong).
fn unit(a: &Analysis, k: usize) -> Option<(usize, bool)> {
    if k >= a.words.len() || a.word_token(k).kind != Kind::Word {
        return None;
    }
    let w = a.word(k);
    // (the genitive plural describes others: "13–17-vuotiaiden nuorten kanssa"; but not their
    // applications, nor them as who should or need not apply: "yli 45-vuotiaiden hakemuksia ei
    // käsitellä", "alle 30-vuotiaiden ei kannata hakea")
    let applications = || {
        k + 1 < a.words.len()
            && (starts_with_any(a.word(k + 1), "hakemu|hakij")
                || cues().is(cue::MODAL, a, k + 1))
    };
    if (w.starts_with("vuotia") && (w != "vuotiaiden" || applications())) || starts_with_any(w, "årig|åring") {
        return Some((k, true));
    }
    if is_any(w, "year|years|yrs|yr") {
        if let Some(j) = next(a, k).filter(|&j| word_is(a, j, "old|olds")) {
            return Some((j, true));
        }
        if let Some(j) = next(a, k).filter(|&j| word_is(a, j, "of")).and_then(|j| next(a, j)).filter(|&j| word_is(a, j, "age")) {
            return Some((j, true));
        }
        return Some((k, false));
    }
    // "under 30 y.o."
    if w == "y" && a.word(k + 1) == "o" && a.word_token(k + 1).start == a.word_token(k).end + 1 {
        return Some((k + 1, true));
    }
    if is_any(w, "vuoden|vuotta") {
        if let Some(j) = next(a, k).filter(|&j| starts_with_any(a.word(j), "ikä|iän")) {
            return Some((j, true));
        }
        return Some((k, false));
    }
    if is_any(w, "v|år|ans") {
        if let Some(j) = next(a, k).filter(|&j| word_is(a, j, "gammal|gamla|gammalt|fyllda|fyllt")) {
            return Some((j, true));
        }
        // an age right before the person sought: "20-30v. myyjää", "25v naista"
        let p = a.word(k + 1);
        let person = p.ends_with("jää") || p.ends_with("jaa") || word_is(a, k + 1, "naista|miestä|henkilöä|tyttöä|poikaa");
        return Some((k, w == "v" && person && before_dot(a, k + 1).is_some()));
    }
    None
}

const CUE_BEFORE: &str = "iältään|iältäsi|ikäsi|ikänsä|ikä|ika|ikä:|iän|ikää|ikäraja|ikärajan|ikärajana|ikähaarukka|ikähaarukan|ikäryhmä|ikävaatimus|ikävuodet|ålder|åldern|åldrarna|åldrar|täyttänyt|täyttäneet|åldersgräns|minimiålder|minimiåldern|maxålder|maxåldern|åldersgränsen|åldersintervall|idealålder|idealåldern|fyllt|fyller|age|aged|ages|age:|between";
const LOWER_WORDS: &str = "yli|vähintään|väh|min|minimi|minimum|över|minst|over|från|from|above";
const UPPER_WORDS: &str = "alle|enintään|korkeintaan|max|maks|maksimi|maximum|under|högst|upto|below|underneath";

/// The start word of an age cue right before word `k` (up to 2 words back, linked).
fn cue_before(a: &Analysis, k: usize) -> Option<usize> {
    let mut j = k;
    for _ in 0..2 {
        // (a flattened table's cell links its label to its value: "Ikä | 20–28", "Age | 25–45")
        let piped = match (j.checked_sub(1).and_then(|i| a.words.get(i)), a.words.get(j)) {
            (Some(&before), Some(&at)) => at == before + 2 && a.text_of(at - 1) == "|",
            _ => false,
        };
        if j == 0 || !(a.is_linked(j) || piped) {
            return None;
        }
        j -= 1;
        // also compounds: "ihanneikä", "toivottu ikä"
        if word_is(a, j, CUE_BEFORE) || (a.word_token(j).kind == Kind::Word && a.word(j).ends_with("ikä")) {
            // an average age describes a group ("asiakkaiden keski-ikä on 61 vuotta")
            let average = a.word(j).ends_with("keski-ikä")
                || a.word(j).ends_with("keskiikä")
                || (j > 0 && a.is_linked(j) && word_is(a, j - 1, "keski|average|mean|median"));
            return (!average).then_some(j);
        }
    }
    None
}

/// The word before word `k` when it is linked to it or ends in an abbreviation's dot ("n. 45 v.",
/// "max. age 35").
fn before_dot(a: &Analysis, k: usize) -> Option<usize> {
    let j = k.checked_sub(1)?;
    let (from, to) = (*a.words.get(j)?, *a.words.get(k)?);
    let dot = matches!(a.tokens.get(from..=to), Some([f, t, l]) if t.start == f.end && a.text_of(from + 1) == "." && f.clause == l.clause);
    (a.is_linked(k) || dot).then_some(j)
}

/// The approximation word right before word `k` ("noin", "n.", "about", "ca.").
fn approx_before(a: &Analysis, k: usize) -> Option<usize> {
    before_dot(a, k).filter(|&j| word_is(a, j, "noin|n|about|around|approx|approximately|circa|ca|c|runt|cirka|omkring|kring|ungefär"))
}

/// A limit word right before word `k`: (first word, upper?).
fn limit_before(a: &Analysis, k: usize) -> Option<(usize, bool)> {
    // (an abbreviation's dot between: "Max. 28-vuotiaat", "min. 25 år")
    let j = before_dot(a, k)?;
    if word_is(a, j, LOWER_WORDS) {
        return Some((j, false));
    }
    if word_is(a, j, UPPER_WORDS) {
        return Some((j, true));
    }
    if !a.is_linked(k) {
        return None;
    }
    // two-word limits: "at least", "at most", "up to", "younger than", "(no) older than"
    if j >= 1 && a.is_linked(j) {
        match (a.word(j - 1), a.word(j)) {
            ("at", "least") => return Some((j - 1, false)),
            ("at", "most") | ("up", "to") | ("younger", "than") => return Some((j - 1, true)),
            ("older" | "more", "than") if j >= 2 && a.is_linked(j - 1) && is_any(a.word(j - 2), "no|not") => return Some((j - 2, true)),
            ("not" | "no", "over" | "above" | "exceeding") => return Some((j - 1, true)),
            ("older", "than") => return Some((j - 1, false)),
            ("yngre", "än") => return Some((j - 1, true)),
            ("äldre", "än") if j >= 2 && a.is_linked(j - 1) && is_any(a.word(j - 2), "inte|ej") => return Some((j - 2, true)),
            ("äldre", "än") => return Some((j - 1, false)),
            _ => {}
        }
    }
    None
}

/// The end byte of a `+` right after number word `k` ("18+").
fn plus_after(a: &Analysis, k: usize) -> Option<usize> {
    let t = *a.words.get(k)?;
    let [cur, next] = a.tokens.get(t..t + 2)? else { return None };
    (next.start == cur.end && next.kind == Kind::Other && a.text_of(t + 1) == "+").then_some(next.end)
}

/// A limit after the age ("or under", "and below", "tai alle", "eller yngre") starting at word `j`:
/// (its last word, upper?).
fn limit_after(a: &Analysis, j: usize) -> Option<(usize, bool)> {
    if !word_is(a, j, "or|and|tai|ja|eller|och") {
        return None;
    }
    let w = next(a, j)?;
    if word_is(a, w, "under|younger|less|below|alle|nuorempi|nuorempia|yngre|mindre|nedåt") {
        return Some((w, true));
    }
    if word_is(a, w, "over|older|more|above|yli|vanhempi|vanhempia|äldre|mer|uppåt") {
        return Some((w, false));
    }
    None
}

/// "du är minst 18 år", "olet yli 18 v", "must be over 21 years": a be-verb right before the limit,
/// or a word of the person or of a wish ("någon under 30", "helst under 30", "mieluiten alle 30").
fn be_before(a: &Analysis, l: usize) -> bool {
    (1..=2).any(|d| {
        l >= d
            && a.is_linked(l - d + 1)
            && word_is(
                a,
                l - d,
                "är|vara|va|e|olet|oltava|olla|olevan|be|are|is|graduate|graduates|person|someone|anyone|någon|olette|applicants|candidates|people|persons|individuals|hakijat|hakijoiden|sökande|preferably|ideally|helst|gärna|mieluiten|mielellään",
            )
    })
}

/// Cue words that are limits by themselves (a minimum unless said otherwise).
const LIMIT_CUES: &str = "ikäraja|ikärajan|ikärajana|ikäraja:|åldersgräns|åldersgränsen|minimiålder|minimiåldern";

/// The limit a cue word at `c` states: "ikäraja" / "åldersgräns" (lower), or "maximum age" /
/// "minimum age" / "max ikä" (the word before the cue).
fn cue_limit_kind(a: &Analysis, c: usize) -> Option<(usize, bool)> {
    if word_is(a, c, LIMIT_CUES) || (word_is(a, c, "age") && word_is(a, c + 1, "limit|limits")) {
        return Some((c, false));
    }
    if word_is(a, c, "maxålder|maxåldern|yläikäraja") {
        return Some((c, true));
    }
    // ("max. age 35": the word before may end in an abbreviation's dot)
    if let Some(p) = before_dot(a, c) {
        if word_is(a, p, UPPER_WORDS) || word_is(a, p, "maximum|enimmäis|maksimi") {
            return Some((p, true));
        }
        if word_is(a, p, LOWER_WORDS) || word_is(a, p, "minimum|vähimmäis") {
            return Some((p, false));
        }
    }
    None
}

/// A unit after a number that makes it a weight, a time, a distance or a share, not an age.
fn is_measure(word: &str) -> bool {
    is_any(
        word,
        "pounds|lbs|lb|kg|kvadratmeter|square|neliötä|m2|kilos|kiloa|minutes|mins|minuuttia|minuter|km|miles|hours|tuntia|timmar|meters|metriä|percent|prosenttia|procent|month|months|kuukautta|månader|weeks|viikkoa|veckor|days|päivää|dagar",
    )
}

fn age_value(a: &Analysis, k: usize) -> Option<u32> {
    let v = a.number(k).filter(|v| (14..=99).contains(v))?;
    let next = k + 1 < a.words.len() && a.is_linked(k + 1);
    // (not the first group of a number written with spaces: "över 37 200 medarbetare")
    let thousands = next && a.word_token(k + 1).kind == Kind::Number && a.word(k + 1).len() == 3 && a.word_token(k).end + 1 == a.word_token(k + 1).start;
    // (nor a weight, a time or a distance: "if your dog is under 30 pounds", "a 24+ month
    // developmental role")
    let measure = (next || plus_after(a, k).is_some())
        && k + 1 < a.words.len()
        && is_measure(a.word(k + 1));
    // (nor money or a share: "pays between $23-28/hourly", "between 50% - 95% of work time")
    let t = *a.words.get(k)?;
    let tok = a.tokens.get(t)?;
    let touching = |u: usize| a.tokens.get(u).is_some_and(|o| o.end == tok.start || o.start == tok.end);
    let money = t > 0 && touching(t - 1) && is_any(a.text_of(t - 1), "$|€|£");
    let share = touching(t + 1) && a.text_of(t + 1) == "%";
    (!thousands && !measure && !money && !share).then_some(v)
}

/// Every numeric age limit or range in `a`, in order, without overlaps.
fn scan(a: &Analysis) -> Vec<Hit<'static>> {
    // (the `first` word of a hit is where its excerpt starts: the cue or the limit word)
    let mut hits = Vec::new();
    let mut k = 0;
    while k < a.words.len() {
        let Some(lo) = age_value(a, k) else {
            k += 1;
            continue;
        };
        // A range: N–M, N to M, N ja M ...
        let mut end_num = k;
        let mut is_range = false;
        // "19yrs to 25yrs", "20 v. – 30 v.": a unit after each number
        if let Some((u, _)) = next(a, k).and_then(|u| unit(a, u)) {
            if let Some(j) = next(a, u).filter(|&j| word_is(a, j, "to|till|ja|and|och") || dash_between(a, u)) {
                let m = if dash_between(a, u) && age_value(a, j).is_some() { Some(j) } else { next(a, j).filter(|&m| age_value(a, m).is_some()) };
                if let Some(m) = m.filter(|&m| age_value(a, m).is_some_and(|hi| hi > lo)) {
                    end_num = m;
                    is_range = true;
                }
            }
        }
        if let Some(j) = next(a, k).filter(|_| !is_range) {
            if dash_between(a, k) && age_value(a, j).is_some_and(|hi| hi > lo) {
                end_num = j;
                is_range = true;
            } else if word_is(a, j, "to|till|ja|and|och|-") {
                if let Some(m) = next(a, j).filter(|&m| age_value(a, m).is_some_and(|hi| hi > lo)) {
                    end_num = m;
                    is_range = true;
                }
            }
        }
        let unit = next(a, end_num).and_then(|u| unit(a, u));
        // "30 or under", "25 tai alle", "40 eller äldre": a limit after the number
        let after = next(a, unit.map_or(end_num, |(u, _)| u)).and_then(|j| limit_after(a, j));
        // "ikä n. 30–45 v.", "about 25 years": an approximation word before the age
        let approx = approx_before(a, k);
        let cue = cue_before(a, approx.unwrap_or(k));
        // (a limit behind an abbreviation's dot needs the age's unit: "Max. 28-vuotiaat", not "Min. 25 cold calls")
        // (or after an age word: "ikä max. 32")
        let limit = if is_range { None } else { limit_before(a, k).filter(|&(l, _)| a.is_linked(k) || unit.is_some() || cue_before(a, l).is_some()) };
        // (or the person sought right before: "Vi söker en kvinna under 30 år", "looking for a
        // nurse under 35")
        let sought = |l: usize| {
            let clause = a.clause_words(l);
            a.stances().within(l.saturating_sub(5).max(clause.start)..l).iter().any(|c| c.kind == StanceKind::Seeks && l - c.last <= 4)
        };
        // (an age, not a count: "haki kesäksi yli 50 lähihoitajaa")
        let counted_next = unit.is_none() && next(a, end_num).is_some_and(|j| !word_is(a, j, "and|och|ja|or|tai|eller"));
        let be_bare = limit.is_some_and(|(l, _)| be_before(a, l) || (sought(l) && !counted_next));
        let cue_limit = limit.and_then(|(l, _)| cue_before(a, l));
        // "ikäraja 18", "åldersgräns 20 år", "maximum age 40": the cue itself is the limit.
        let cue_lim = if is_range || limit.is_some() { None } else { cue.and_then(|c| cue_limit_kind(a, c)) };
        let limit = limit.or(cue_lim);
        let strong = unit.is_some_and(|(_, s)| s);
        let end_word = unit.map_or(end_num, |(u, _)| u);
        let mut end_after = None;
        // "older/younger than" are about age by themselves
        let comparative = limit.is_some_and(|(l, _)| word_is(a, l + 1, "older|younger") || word_is(a, l, "older|younger"));
        // "18+": a plus sign right after the number is a lower limit
        let plus = !is_range && unit.is_none() && plus_after(a, k).is_some() && (cue.is_some() || be_before(a, k));
        // One age ("25-vuotias", "21 years old", "18 vuoden ikää"): an age by its unit, a
        // criterion only where the clause makes it one ("edellytämme 18 vuoden ikää"), not in
        // "olemme 25-vuotias perheyritys".
        // ("noin 50 v.", "about 25 years": an approximate age is an age too)
        let approx = approx.is_some();
        let experience = || a.clause_words(k).any(|j| experience_word(a.word(j)));
        // (or a label with a colon and no unit: "Age: 25", "Ikä: 30")
        let label = || unit.is_none() && cue.is_some_and(|c| a.glued_sign(c, true) == Some(":")) && age_value(a, k).is_some();
        // (or an age turned, with no unit: "Sökande som fyllt 45 kommer inte att beaktas")
        // (a limit denied is the lexicon's: "Du får inte ha fyllt 30")
        let turned = || {
            unit.is_none()
                && cue.is_some_and(|c| c + 1 == k && word_is(a, c, "fyllt|fyllda|täyttänyt|täyttäneet") && cues().find_in(cue::NEG, a, c.saturating_sub(3)..c).is_none())
        };
        let single = !is_range && (unit.is_some() && (strong || cue.is_some() || (approx && !experience())) || label() || turned());
        // (a count, not an age: "candidates from 32 countries", "companies between 21 and 45
        // employees")
        let counted = unit.is_none() && next(a, end_num).is_some_and(|j| word_is(a, j, "countries|employees|länder|medarbetare|anställda"));
        // (nor years of experience: "between 15 and 20 years of experience", "mellan 15 och 20 år
        // erfarenhet")
        let counted = counted || unit.filter(|&(_, strong)| !strong).and_then(|(u, _)| next(a, u)).is_some_and(|j| experience_word(a.word(j)) || (word_is(a, j, "of|av") && experience_word(a.word(j + 1))));
        // ("du är mellan 20 och 30", "you are between 25 and 35": a person between two numbers)
        // ("du bör vara mellan 25 och 40", "applicants should be between 25 and 40", "Ideal
        // candidate is 25-35")
        let j = if k > 0 && word_is(a, k - 1, "mellan|between") { k - 1 } else { k };
        // (a wish between: "Den idealiska kandidaten är helst mellan 25 och 35")
        let j = if j > 0 && word_is(a, j - 1, "helst|gärna|preferably|ideally") { j - 1 } else { j };
        let you_between = j >= 2
            && word_is(a, j - 1, "är|vara|are|be|is")
            && (2..=3).any(|d| j >= d && word_is(a, j - d, "du|you|sökande|sökanden|kandidaten|applicant|applicants|candidate|candidates"));
        // (in the title line, a range with a unit right after the job's name, "Myymäläapulainen
        // 18–25 v.", not "We have been in business for 20–30 years"; or a bare range in
        // parentheses that ends the line, "Junior Sales Assistant (18–25)")
        // (not years of experience near it, "Projektipäällikkö, 15–20 v. kokemus": a bounded look,
        // so that a line of many ranges stays linear)
        let near_experience = || (k.saturating_sub(6)..(end_num + 7).min(a.words.len())).any(|j| experience_word(a.word(j)));
        let title_range = is_range
            && k > 0
            && a.word_token(k).line == 0
            && (unit.is_some() && k <= 3
                || (end_num + 1 >= a.words.len() || a.word_token(end_num + 1).line != 0)
                    && a.glued_sign(k, false) == Some("(")
                    && a.glued_sign(end_num, true) == Some(")"))
            && !near_experience();
        let found = if counted {
            None
        } else if plus {
            Some((cue.unwrap_or(k), if lo <= 18 { &LOWER_LEGAL } else { &LOWER }))
        } else if is_range && (strong || cue.is_some() || you_between || title_range || (unit.is_some() && (be_before(a, k) || (a.is_linked(k) && word_is(a, k - 1, "mellan"))))) {
            Some((cue.unwrap_or(k), &RANGE))
        } else if let Some((l, upper)) = limit.filter(|&(l, up)| {
            // (a limit, a number and a unit that are the whole clause: "Säljare till vår butik.
            // Max 35 år.")
            let whole = unit.is_some() && a.clause_words(k).start == l && a.clause_words(k).end == end_word + 1;
            whole
                || strong
                || cue_lim.is_some()
                || comparative
                || cue_limit.is_some()
                || be_bare
                || (unit.is_some() && (cue.is_some() || be_before(a, l)))
                // ("extrahjälp till glasskiosken i sommar, max 25 år": a maximum in years)
                || (up && unit.is_some() && word_is(a, l, "max|maks|maximum|högst"))
        }) {
            let entry = if upper {
                &UPPER
            } else if lo <= 18 {
                &LOWER_LEGAL
            } else {
                &LOWER
            };
            Some((cue_limit.unwrap_or(l), entry))
        } else if let Some((last, upper)) = after.filter(|_| !is_range && (strong || cue.is_some() || be_before(a, k))) {
            let entry = if upper {
                &UPPER
            } else if lo <= 18 {
                &LOWER_LEGAL
            } else {
                &LOWER
            };
            end_after = Some(last);
            Some((cue.unwrap_or(k), entry))
        } else if single {
            let entry = match (lo <= 18, cue.is_some()) {
                (true, true) => &LOWER_LEGAL,
                (true, false) => &SINGLE_LEGAL,
                (false, true) => &CUED,
                (false, false) => &SINGLE,
            };
            Some((cue.unwrap_or(k), entry))
        } else {
            None
        };
        let end_word = end_after.unwrap_or(end_word);
        // A limit or range of ages under 18 is a youth scheme's (summer jobs for 16–17-year-olds).
        let found = found.map(|(first, entry)| {
            let hi = if is_range { a.number(end_num).unwrap_or(lo) } else { lo };
            let youth = (is_range || std::ptr::eq(entry, &UPPER)) && hi <= 18;
            (first, if youth { &YOUTH } else { entry })
        });
        match found {
            Some((first, entry)) => {
                let end = if plus { plus_after(a, k).unwrap_or(a.word_token(end_word).end) } else { a.word_token(end_word).end };
                hits.push(Hit { first, last: end_word, start: a.word_token(first).start, end, entry });
                k = end_word + 1;
            }
            None => k = end_num + 1,
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::super::{check_cases, check_messages};
    use crate::test_util::spans_of_text;
    use crate::Severity::{Error as E, Warning as W};

    const ID: &str = "content.discrimination.age";

    #[test]
    fn every_kind_has_its_messages() {
        check_messages(super::lex::AGE, super::SCANNED, super::message);
    }

    #[test]
    fn finds_age_limits_and_ranges() {
        let cases = [
            ("Hakijan ikä 20–40 v.", "ikä 20–40 v"),
            ("Haemme 20–30-vuotiasta myyjää", "20–30-vuotiasta"),
            ("Olet alle 30-vuotias.", "alle 30-vuotias"),
            ("Ålder 25–35 år.", "Ålder 25–35 år"),
            ("Applicants aged 18-30 welcome", "aged 18-30"),
            ("You are under 30 years old", "under 30 years old"),
            ("Rekrytoimme nuoria 20-30 vuotiaita myyjiä kesäksi.", "20-30 vuotiaita"),
        ];
        for (text, expected) in cases {
            assert!(spans_of_text(text, ID).contains(&expected), "{text}: {:?}", spans_of_text(text, ID));
        }
    }

    #[test]
    fn leaves_other_numbers_alone() {
        for text in [
            "Työaika 8–16, palkka 2500–3000 €.",
            // money, a share and a duration (real US ads, 2024)
            "This full-time, hourly role pays between $18-$25 per hour, depending on experience.",
            "We are looking for candidates paying between $23-28/hourly depending on experience.",
            "Applicants must view a video display terminal between 50% - 95% of work time.",
            "The Clinical Territory Associate is a 24+ month developmental role for candidates.",
            // counts (real US ads, EMSCAD and 2024)
            "GI offers sourcing access to candidates from 32 countries around the world.",
            "Increasing revenue spend within companies between 21 and 45 employees.",
            "Vi rekryterar sökande från 25 länder.",
            "Kokemusta 2–3 vuotta.",
            "Avoinna 24/7, 30 henkilön tiimi.",
            "Ikä ei ratkaise.",
            "",
            "1234567890-",
        ] {
            assert!(spans_of_text(text, ID).is_empty(), "{text}");
        }
    }

    #[test]
    fn severities_spans_and_stances() {
        check_cases(
            ID,
            &[
                ("Sökande över 50 år behöver inte söka.", "över 50 år", E),
                ("Anmälan till DO gällde en annons där bemanningsföretaget skrev att sökande ”helst inte bör ha fyllt 45”.", "inte bör ha fyllt 45", E),
                ("Meriterande: yngre än 30, B-körkort och erfarenhet av kundtjänst.", "yngre än 30", E),
                ("Lagerarbetare\n\nDiskriminerings- och jämställdhetsnämnden konstaterade att kravet ”född 1995 eller senare” i annonsen för lagerarbetare saknade godtagbart skäl.", "född 1995 eller senare", E),
                ("A reader forwarded us a screenshot of the café's summer job post. Under \"How to apply\" it asked candidates to tell their age and which school year they had just finished.", "age", W),
                ("Tarkastuskertomuksen mukaan kuljetusliike oli asettanut kuljettajien yläikärajaksi 45 vuotta eikä esittänyt rajalle mitään perustetta.", "yläikärajaksi 45", E),
                ("We are looking for a recent graduate to help our team.", "recent graduate", W),
                ("Basic Qualifications\n\nMust be a Ph. D. graduate within the last three years in Chemical Engineering.", "graduate within the last three years", W),
                ("College Hire - Data Scientist - Open to December 2019 Graduates", "December 2019 Graduates", W),
                ("Subsidised gym membership (with pool)\nEasy commute to Central London office\nFun, young and very sociable team", "young and very sociable team", W),
                ("Qualifications:\n\n- Pursuing a Bachelor's, Master's, or PhD degree in Computer Science (or related field), and/or within 1 year of their post-graduation date", "within 1 year of their post-graduation", W),
                ("An AmLaw 200 Labor team is in search of exceptional lateral candidates (classes of 2017-2014) with expertise in employment law.", "classes of 2017", W),
                ("Toivomme:\n- vuonna 1996 tai sen jälkeen syntyneille", "vuonna 1996 tai sen jälkeen syntyneille", E),
                ("Ålder: högst fyrtiofem", "Ålder: högst fyrtiofem", E),
                ("Vi ber sökande som passerat femtio att avstå.", "som passerat femtio", E),
                ("Applicants should be between twenty and thirty-five years of age.", "between twenty and thirty", E),
                ("You have not yet reached your fortieth birthday.", "not yet reached your fortieth", E),
                ("For insurance reasons, drivers must not be above forty-five years of age.", "age", E),
                ("Hakuun voivat osallistua vuosina 2000–2006 syntyneet.", "vuosina 2000–2006 syntyneet", E),
                ("Hakijaprofiili:\n• kaupallinen koulutus\n• noin kolmekymppinen\n• sujuva suomi", "kolmekymppinen", E),
                ("pitäis olla alle kolmenkympin et sopii meidän porukkaan :)", "alle kolmenkympin", E),
                ("Toivomme myös, että olet henkilökuntamme valtaosaa nuorempi.", "valtaosaa nuorempi", W),
                ("Huom! Eläkkeellä olevia hakijoita emme tähän tehtävään huomioi.", "Eläkkeellä olevia", W),
                ("Ohjelmaan voivat hakea kolmeakymmentä vuotta nuoremmat.", "kolmeakymmentä vuotta nuoremmat", E),
                ("Haettiin kuljettajaa, joka ei ole vielä täyttänyt neljääkymmentäviittä.", "ei ole vielä täyttänyt neljääkymmentäviittä", E),
                ("- anniskelupassi edellytetään\n- energinen ote, ikä max. 32", "ikä max. 32", E),
                ("Uppdraget passar bäst en pensionerad herre eller dam med tid över.", "pensionerad", W),
                ("Eftersom gästerna är studenter önskar vi att också du är ungefär lika gammal som de.", "lika gammal som", W),
                ("Vi hoppas att du\n- har arbetat i butik tidigare\n- inte har fyllt trettiofem", "inte har fyllt trettiofem", E),
                ("Du är en digital infödd som vuxit upp med en smarttelefon i handen.", "digital infödd", W),
                ("Du kommer att smälta in fint i vårt gäng av tjugonånting.", "tjugonånting", W),
                ("Traineeprogram inom inköp (för dig under trettio)", "dig under trettio", E),
                ("Den idealiska kandidaten är helst mellan 25 och 35.", "25 och 35", E),
                ("Since the current team is on the senior side, we hope to find an assistant who is noticeably younger than the rest.", "younger than the rest", W),
                ("You:\n- have cleaning experience\n- are of working age but not yet close to retirement", "not yet close to retirement", W),
                ("Hej! Söker nån till pizzerian på helgerna. Du ska va runt 18-25 år o kunna börja direkt.", "18-25 år", E),
                ("Vi söker dig som har erfarenhet av försäljning. Sökande som fyllt 45 kommer inte att beaktas.", "fyllt 45", E),
                ("Eligibility criteria: minimum Bachelor's degree; age not exceeding 30 years as of the last date of application.", "age not exceeding 30 years", E),
                ("We need a junior full-stack dev to grow with us. Ideally you're under 30 and hungry to learn – no degree needed if you can show us your GitHub.", "under 30", E),
                ("Our team ranges in age from 22 to 29.", "age from 22 to 29", W),
                ("Mature lady needed to sell in my provisions shop at Kaneshie market.", "Mature lady", W),
                ("Hakijaprofiili\nKoulutus | kaupan alan perustutkinto\nIkä | 20–28\nTyöaika | 20–25 h/vko", "Ikä | 20–28", E),
                ("Requirements\nAge | 25–45\nLanguage | basic Finnish", "Age | 25–45", E),
                ("Myymäläapulainen 18–25 v. (osa-aikainen)\n\nLähikauppa hakee osa-aikaista myymäläapulaista.", "18–25 v", E),
                ("Työ sopii parhaiten varttuneelle rouvalle, jolla on kärsivällisyyttä.", "varttuneelle", W),
                ("Helst ngn som inte e över 50, det blir en del tunga grejer att bära.", "över 50", E),
                ("Junior Sales Assistant (18–25)\n\nFashion retailer is looking for part-time sales assistants.", "18–25", E),
                ("We have a job for a young woman in our shop.", "young woman", W),
                ("In your message, mention your age and whether you need staff accommodation.", "age", E),
                ("Työ sopii esim. opiskelijalle (ei eläkeläisille).", "ei eläkeläisille", W),
                ("Uppdraget passar bäst en mogen dam som själv har erfarenhet av äldre.", "mogen dam", W),
                ("The candidate should be in his twenties.", "in his twenties", E),
                ("Ideally in his 30s.", "in his 30s", E),
                ("Toivomme hakijan olevan noin kolmenkympin ikäinen.", "kolmenkympin ikäinen", E),
                ("Vi söker till vårt team en kvinna i 30-årsåldern.", "årsåldern", E),
                ("Personalen består av tolv personer i åldern 24–31 år.", "åldern 24–31 år", W),
                ("Kirjoita hakemukseen ikäsi ja perhetilanteesi.", "ikäsi", E),
                ("Fyll i ålder och civilstånd i formuläret.", "ålder", E),
                ("Age: 25.", "Age: 25", E),
                ("Ikä: 30.", "Ikä: 30", E),
                ("Haemme yli 55-vuotiaita työnhakijoita.", "yli 55-vuotiaita", E),
                ("Du är en mogen person, gärna medelålders.", "medelålders", W),
                ("Perfect for students and young people.", "young people", W),
                ("Candidates in the early stages of their career are preferred.", "early stages of their career", W),
                ("Must have graduated in 2022 or 2023.", "graduated in 2022 or 2023", W),
                ("Age should not exceed 35 years.", "Age should not exceed 35 years", E),
                ("Arbetsgivaren sökte personer i början av karriären med en ålder runt 25–30 år.", "ålder runt 25–30 år", E),
                ("Du är en glad person i 30-årsåldern.", "årsåldern", E),
                ("Must have graduated not more than 3 years ago.", "graduated not more than 3 years ago", W),
                ("Graduates of 2019 and above.", "Graduates of 2019 and above", W),
                ("Year of graduation: 2020 - 2023.", "Year of graduation: 2020", W),
                ("Ideal candidate is 25-35.", "25-35", E),
                ("Du bör vara mellan 25 och 40.", "25 och 40", E),
                ("Sökande ska vara mellan 20 och 35.", "20 och 35", E),
                ("Olet alle 30-vuotias nuori, joka haluaa oppia myyntiä.", "alle 30-vuotias", E),
                ("Sopii erityisesti nuorelle, joka haluaa kokemusta.", "Sopii erityisesti nuorelle", W),
                ("Vi söker en sommarvikarie, du som är mellan 18 och 25 år är välkommen att söka.", "18 och 25 år", W),
                ("Du blir en del av ett ungt, drivet team i Göteborg.", "ungt, drivet team", W),
                ("Meillä on nuori, innostunut tiimi.", "nuori, innostunut tiimi", W),
                ("Field Sales\nYoung, energetic sales reps wanted!", "Young, energetic", W),
                ("Waiter - no one over 50 pls, fast paced place", "no one over 50", E),
                ("Budbilsförare med B-körkort sökes. Minst 24 år fyllda.", "Minst 24 år fyllda", E),
                ("Vi söker pensionärer under 70 år till vår butik.", "under 70 år", E),
                ("Customer Service Apprenticeship Under NAS 16-24 Year Olds Only", "16-24 Year Olds", W),
                ("OPEN TO/ ELIGIBILITY CRITERIA:  Females under 30 y.o.", "under 30 y.o", E),
                ("TERM:  Full-time\nOPEN TO/ ELIGIBILITY CRITERIA:  Males and females, not more than 35\nyears of age\nINTENDED AUDIENCE:  English language specialists", "not more than 35\nyears of age", E),
                ("INTENDED AUDIENCE:  Male, age 25-30\nREQUIRED QUALIFICATIONS:\n- A valid driver's license.", "age 25-30", E),
                ("Valid driver's licence required. Age: 25-30.", "Age: 25-30", E),
                ("6) Job is NOT suitable for older worker", "older worker", E),
                ("Vi ser gärna att du är mellan 20 och 30.", "20 och 30", E),
                ("Vi söker dig som nyligen tagit studenten.", "nyligen tagit studenten", W),
                ("Sukupuolella ei ole väliä, mutta toivomme hakijan olevan alle 35.", "alle 35", E),
                ("Erfarenhet krävs inte men du ska vara under 30 år.", "under 30 år", E),
                ("Vi söker en kvinna under 30 år och uppmuntrar dig att söka.", "under 30 år", E),
                ("We are looking for a female nurse under 35 and encourage you to apply.", "under 35", E),
                ("Haemme nuorta naista myyjäksi ja kannustamme hakemaan rohkeasti.", "nuorta naista", W),
                ("Haemme 20-30-vuotiasta myyjää, kokemusta ei vaadita.", "20-30-vuotiasta", E),
                ("Must be under 30, no experience required.", "under 30", E),
                ("Perfect for someone just starting out in their career, preferably under 30.", "under 30", E),
                ("Helst under 30 år.", "under 30 år", E),
                ("Passar bäst för någon under 30.", "under 30", E),
                ("Vi söker en säljare, helst inte äldre än 30.", "inte äldre än 30", E),
                ("Toivomme hakijan olevan alle 35.", "alle 35", E),
                ("This role would suit a young person looking to start their career.", "suit a young person", W),
                ("The position would suit a younger person.", "suit a younger person", W),
                ("Vi söker en nyexaminerad ingenjör till vårt seniora team.", "nyexaminerad", W),
                ("We are looking for recent graduates to join our senior team.", "recent graduates", W),
                ("Maximum of 3 years of experience.", "Maximum of 3 years of experience", W),
                ("Candidates should have at most five years of relevant experience.", "at most five years of relevant experience", W),
                ("Du har tagit examen de senaste två åren.", "examen de senaste två åren", W),
                ("Du får inte ha fyllt 30.", "inte ha fyllt 30", E),
                ("Perfekt för dig som är student eller nyligen examinerad.", "nyligen examinerad", W),
                ("Vi vill föryngra vår personalstyrka.", "föryngra vår personalstyrka", W),
                ("Haluamme nuorentaa henkilöstöä.", "nuorentaa henkilöstöä", W),
                ("Olet kolmissakymmenissä ja innostunut myynnistä.", "kolmissakymmenissä", E),
                ("Sinulla on korkeintaan viiden vuoden kokemus alalta.", "korkeintaan viiden vuoden kokemus", W),
                ("Sopii erinomaisesti eläkeläiselle.", "eläkeläiselle", W),
                ("Ideal for a retired person.", "retired person", W),
                ("Overqualified candidates will not be considered.", "Overqualified", W),
                ("Candidates must be a rising 2L, 3L, or recent law school graduate.", "recent law school graduate", W),
                ("Ylipäteviä hakijoita emme huomioi.", "Ylipäteviä", W),
                ("Överkvalificerade sökande kommer inte att beaktas.", "Överkvalificerade", W),
                ("Hakijoita pyydettiin kertomaan ikänsä.", "ikänsä", E),
                ("Vi söker dig som har mindre än tre års heltidserfarenhet inom C#-utveckling.", "mindre än tre års heltidserfarenhet", W),
                ("You're an ambitious graduate seeking something different as a first job after university.", "first job after university", W),
                ("Avlagd doktorsexamen högst sju år innan tiden för ansökan.", "högst sju år innan", W),
                ("Detta är en unik möjlighet för dig som är ny i karriären och vill skaffa dig erfarenhet.", "ny i karriären", W),
                ("Är du redo att ta ditt första steg i din karriär som systemutvecklare?", "första steg i din karriär", W),
                ("Vi letar efter dig som nyligen har tagit en examen inom utveckling.", "nyligen har tagit en examen", W),
                ("Avlagd doktorsexamen som har avlagts högst tre år före ansökningstidens utgång.", "högst tre år före", W),
                ("Palkkaamme kesällä kesäsetelinuoria.", "kesäsetelinuoria", W),
                ("Myyjän tulee olla täyttänyt 18 vuotta.", "täyttänyt 18 vuotta", W),
                ("Etsimme yli 45-vuotiasta kokenutta kirjanpitäjää.", "yli 45-vuotiasta", E),
                ("Teamet arbetar agilt och består av cirka 15 personer i åldrarna 24–31 år.", "åldrarna 24–31 år", W),
                ("Vi söker säljare i åldrarna 20–30 år.", "åldrarna 20–30 år", E),
                ("Tar du studenten 2022 och brinner för personlig utveckling?", "Tar du studenten", W),
                ("Ska du ta studenten i vår?", "Ska du ta studenten", W),
                ("Har du precis tagit studenten? Sök till oss!", "precis tagit studenten", W),
                ("Vi är specialister på att rekrytera unga talanger, dvs. personer som är i början av sin karriär.", "unga talanger", W),
                ("Jag ser gärna att du är i min egen ålder dvs. mellan 25 och 55 år.", "25 och 55 år", W),
                ("Vi är ett gäng i åldrarna 25-35 år.", "åldrarna 25-35 år", W),
                ("Tiimimme jäsenet ovat 25-35-vuotiaita.", "25-35-vuotiaita", W),
                ("We are a team of 25-35 year olds.", "25-35 year olds", W),
                ("Vi söker dig i åldrarna 24–31 år.", "åldrarna 24–31 år", E),
                ("Vi söker dig mellan 25 och 40 år.", "25 och 40 år", E),
                ("Candidates must have graduated between 2018 and 2022.", "graduated between 2018", W),
                ("Olet syntynyt 1990-luvulla.", "syntynyt 1990", W),
                ("Olet valmistunut vuosina 2018-2022.", "valmistunut vuosina 2018", W),
                ("Du har tagit examen 2020 eller senare.", "examen 2020 eller senare", W),
                ("Haemme 20-30v. myyjää kesäksi.", "20-30v", E),
                ("Haemme nuorta 25v naista kassalle.", "25v", E),
                ("NYT Opiskelijat kuulolla! Meillä on alkanut opiskelijoille suunnattu talvirekry!", "Opiskelijat kuulolla", W),
                ("Vi söker dig som är kring 25 år.", "25 år", E),
                ("Young-thinking, 'new wave' progressive advertising firm has openings for entry-level position for graphic artist with no more than four years' experience.", "with no more than four years' experience", W),
                ("Haetaan keski-ikäistä naista kassalle.", "keski-ikäistä", W),
                ("Ideal candidate: middle-aged, reliable and calm.", "middle-aged", W),
                ("Looking for someone in their 20's.", "in their 20's", E),
                ("Haemme alle kolmekymppistä myyjää.", "alle kolmekymppistä", E),
                ("Vi söker unga säljare till vår butik.", "unga säljare", W),
                ("tja! vi söker extrahjälp till glasskiosken i sommar, max 25 år 🙂 skicka dm", "max 25 år", E),
                ("Vi söker en reservdelssäljare, idealålder 25–40 år.", "idealålder 25–40 år", E),
                ("Drivers must be at least 21 years of age, as required by federal regulations for interstate commercial driving.", "at least 21 years of age", W),
                ("Great fit for someone in their early twenties who wants a fun first job.", "in their early twenties", E),
                ("We are casting a female actor; we are looking for performers whose playing age is roughly 35–50.", "age", W),
                ("Vi söker dej som är i 20-års ålder.", "i 20-års ålder", E),
                ("Du är digitalt infödd och har vuxit upp med Snapchat.", "digitalt infödd", W),
                ("Applicants must be within five years of graduating from university.", "within five years of graduating", W),
                ("Alle 30-vuotiaiden ei kannata hakea.", "Alle 30-vuotiaiden", E),
                ("Yli 50-vuotiaiden ei tarvitse hakea.", "Yli 50-vuotiaiden", E),
                ("Sökande över 50 år är tyvärr inte aktuella på grund av det höga tempot.", "över 50 år", E),
                ("Yli viiden vuoden kokemuksella olevia hakijoita emme tällä kertaa huomioi.", "Yli viiden vuoden kokemuksella", W),
                ("Sökande med mer än fem års erfarenhet kommer inte att beaktas.", "mer än fem års erfarenhet", W),
                ("This is an early-career role: candidates with more than four years of professional experience will not be considered.", "more than four years of professional experience", W),
                ("Maximum 3 yrs of experience.", "Maximum 3 yrs of experience", W),
                ("Yli 45-vuotiaiden hakemuksia ei käsitellä.", "Yli 45-vuotiaiden", E),
                ("Säljare till vår butik i Jakobstad. Max 35 år.", "Max 35 år", E),
                ("Tyvärr letar vi efter någon som är äldre.", "någon som är äldre", W),
                ("Företaget sökte efter yngre kvinnor för städjobbet.", "yngre kvinnor", W),
                ("The program was intended for younger people.", "intended for younger people", W),
                ("There was a maximum limit of 27 years for the position.", "maximum limit of 27 years", E),
                ("Pensionatet tillämpade en 22-årsgräns vid rekryteringen.", "22-årsgräns", E),
                ("Minimiålder 25 år på grund av försäkringen.", "Minimiålder 25 år", E),
                ("Säljare sökes. Maxålder 35 år.", "Maxålder 35 år", E),
                ("Eläkeläisiä emme valitettavasti voi ottaa tähän tehtävään.", "Eläkeläisiä", W),
                ("Vi söker glada ungdomar i åldern 16–19 år till vår glasskiosk.", "åldern 16–19 år", E),
                ("We are after young, bubbly baristas aged 18–24 to join our store.", "aged 18–24", E),
                ("Only candidates who graduated in 2023 or later will be considered.", "graduated in 2023 or later", W),
                ("You are fresh out of uni and eager to learn.", "fresh out of uni", W),
                ("Työnhakijan ikää kysytään rekrytointilomakkeissa edelleen.", "ikää", E),
                ("Some of the ads sought recent graduates.", "recent graduates", W),
                ("Rooli on 40–50-vuotias äiti, joten haemme naisnäyttelijää.", "40–50-vuotias", W),
                ("Tehtävä ei sovellu eläkeikää lähestyville, sillä haemme pitkäaikaista sitoutumista.", "eläkeikää lähestyville", W),
                ("Tjänsten passar inte dig som närmar dig pensionsåldern.", "närmar dig pensionsåldern", W),
                ("This role is not suitable for candidates nearing retirement.", "nearing retirement", W),
                ("Ihanteellinen hakija on Z-sukupolven edustaja.", "Z-sukupolven", W),
                ("SYNTYMÄVUOSI 1985–2000.", "SYNTYMÄVUOSI 1985", E),
                ("Krav: högst fem års arbetserfarenhet.", "högst fem års arbetserfarenhet", W),
                ("Programmet riktar sig till dig vars examen får vara högst två år gammal.", "examen får vara högst två år gammal", W),
                ("Edellytyksenä on, että olet valmistunut korkeintaan kaksi vuotta sitten.", "valmistunut korkeintaan kaksi vuotta sitten", W),
                ("Haemme 1990-luvulla syntynyttä myyntiedustajaa.", "1990-luvulla syntynyttä", W),
                ("Kokemusta alalta saa olla enintään viisi vuotta.", "Kokemusta alalta saa olla enintään viisi vuotta", W),
                ("Hakijan tulee olla iältään kahdenkymmenen ja neljänkymmenen vuoden välillä.", "iältään", E),
                ("Haemme baarimikkoa. Max. 28-vuotiaat, kiitos!", "Max. 28-vuotiaat", E),
                ("siivoojaa haetaan, ika max 45v, kokemusta siivouksesta", "ika max 45v", E),
                ("Pyydämme ilmoittamaan syntymävuoden hakemuksessa.", "syntymävuoden", E),
                ("Du har tagit examen för högst tre år sedan.", "tagit examen för högst tre år sedan", W),
                ("Max fem års arbetslivserfarenhet.", "Max fem års arbetslivserfarenhet", W),
                ("Vi letar efter en millennial med känsla för sociala medier.", "millennial", W),
                ("Femtioåringar och äldre är inte aktuella.", "Femtioåringar", W),
                ("You graduated no more than two years ago.", "graduated no more than two years ago", W),
                ("Maximum 4 years of professional experience.", "Maximum 4 years of professional experience", W),
                ("An opportunity for a dynamic young accountant to grow with a rapidly expanding group.", "dynamic young accountant", W),
                ("The successful candidate MUST be pursuing their degree or have graduated within the past 12 months.", "graduated within the past 12 months", W),
                ("Applicants must have graduated in the last couple of years.", "graduated in the last couple of years", W),
                ("The successful applicant will not be an over entitled millennial.", "entitled millennial", W),
                ("Passar dig som är ung och hungrig.", "ung och hungrig", W),
                ("Sökande bör vara född 1990 eller senare.", "född 1990 eller senare", E),
                ("You graduated within the last two years.", "graduated within the last two years", W),
                ("Suitable for someone in their twenties.", "in their twenties", E),
                ("Candidates in their 40s or 50s need not apply.", "in their 40s", E),
                ("The ideal candidate is in their early 20s.", "in their early 20s", E),
                ("Born in the 90s.", "Born in the 90s", E),
                ("Applicants should be 25 years or younger.", "25 years or younger", E),
                ("Older applicants will not be considered.", "Older applicants", E),
                ("Äldre sökande kommer inte att beaktas.", "Äldre sökande", E),
                ("Iäkkäitä hakijoita emme palkkaa.", "Iäkkäitä hakijoita", E),
                ("Join our team of millennials.", "millennials", W),
                ("Vi ser gärna att du är yngre än 35 år.", "yngre än 35 år", E),
                ("Du har nyligen tagit examen.", "nyligen tagit examen", W),
                ("Du är i 30-årsåldern.", "årsåldern", E),
                ("Du är född på 90-talet.", "född på 90-talet", E),
                ("Olet vastavalmistunut.", "vastavalmistunut", W),
                ("Only recent graduates are welcome to apply.", "recent graduates", W),
                ("Etsimme 25-35 vuotiaita tarjoilijoita.", "25-35 vuotiaita", E),
                ("Sopiva ikä 25 — 45 vuotta.", "ikä 25 — 45 vuotta", E),
                ("Toivomme hakijoilta vähintään 23 vuoden ikää.", "vähintään 23 vuoden ikää", E),
                ("Olet vähintään 18-vuotias (alkoholin anniskelu).", "vähintään 18-vuotias", W),
                ("Ikäraja yli 16 v.", "Ikäraja yli 16 v", W),
                ("Haemme yli 40-vuotiasta kokenutta myyjää", "yli 40-vuotiasta", E),
                ("Nuorekas tiimimme odottaa!", "Nuorekas", W),
                ("Tule nuorekkaaseen porukkaan", "nuorekkaaseen", W),
                ("Tiimimme on iloinen, nuorekas ja puhallamme yhteen hiileen.", "nuorekas", W),
                ("Vi söker dig som är 20–30 år gammal", "20–30 år gammal", E),
                ("Vi söker 25–35-åriga säljare", "25–35-åriga", E),
                ("Ålder: max 35 år.", "Ålder: max 35 år", E),
                ("Ohjaat 7–12-vuotiaita lapsia; olet itse yli 30-vuotias.", "yli 30-vuotias", E),
                ("Du är minst 18 år och har körkort", "minst 18 år", W),
                ("Vi är ett ungt och dynamiskt team", "ungt och dynamiskt team", W),
                ("Candidates aged between 20 and 35", "between 20 and 35", E),
                ("Must be 21 to 30 years old", "21 to 30 years old", E),
                ("We are a young and dynamic team", "young and dynamic", W),
                ("You must be at least 18 years old to serve alcohol", "at least 18 years old", W),
                ("You must be at least 25 years old", "at least 25 years old", E),
                ("Täysi-ikäinen hakija", "Täysi-ikäinen", W),
                ("max 35 years of age", "max 35 years of age", E),
                ("Must be 18+.", "18+", W),
                ("Hakijan on oltava 21+", "21+", E),
                // one age, where the clause makes it a criterion
                ("Kampanja-apulainen tavarataloon. Tehtävä edellyttää 18 vuoden ikää.", "18 vuoden ikää", W),
                ("Edellytämme, että olet 25-vuotias.", "25-vuotias", E),
                ("Applicants must be age 21 or above.", "age 21 or above", E),
                // asking for the age
                ("Kerro hakemuksessa ikäsi.", "ikäsi", E),
                ("Please include a recent photograph and your date of birth.", "date of birth", E),
                // a youth scheme
                ("Kesätyöpaikkoja 16–17-vuotiaille kaupungin puistoissa.", "16–17-vuotiaille", W),
                // indirect
                ("This role is ideal for recent college graduates.", "recent college graduates", W),
                ("Vi söker dig som är i början av din karriär och vill utvecklas.", "i början av din karriär", W),
                ("Nuori myyjätyttö", "Nuori myyjätyttö", W),
                // approximate ages, experience caps, career stage, "too old"
                ("Ikä n. 30-45 v.", "Ikä n. 30-45 v", E),
                ("Du är nyexad och vill lära dig mer.", "nyexad", W),
                ("Du har nyss gått ut gymnasiet.", "nyss gått ut gymnasiet", W),
                ("This role is ideal for someone early in their career.", "early in their career", W),
                ("Candidates must have graduated in the last 3 years.", "graduated in the last 3 years", W),
                ("No more than 10 years of experience.", "No more than 10 years of experience", W),
                ("Korkeintaan 5 vuoden työkokemus.", "Korkeintaan 5 vuoden työkokemus", W),
                ("Högst 5 års erfarenhet.", "Högst 5 års erfarenhet", W),
                ("Looking for a mature person.", "mature person", W),
                ("Tell us how old you are.", "how old you are", E),
                ("Born between 1990 and 2000.", "Born between 1990 and 2000", E),
                ("Fresh blood wanted for our team.", "Fresh blood", W),
                ("Tjänsten passar en yngre förmåga.", "yngre förmåga", W),
                ("Liisalle on sanottu, että hän on liian vanha.", "liian vanha", W),
                ("Hon fick höra att hon var för gammal för jobbet.", "var för gammal", W),
                ("He was told he was too old for the role.", "too old", W),
                ("Less than 10 years since graduation.", "Less than 10 years since graduation", W),
                ("Looking for a 20-something marketing assistant.", "20-something", E),
                ("Under-30s only.", "Under-30s", E),
                ("Max. age 35.", "Max. age 35", E),
                ("Max. ålder 35 år.", "Max. ålder 35 år", E),
                ("We need digitally native team members.", "digitally native", W),
                ("Fresh faces wanted!", "Fresh faces", W),
                ("Youngsters wanted for summer jobs.", "Youngsters", W),
                ("Early twenties preferred.", "Early twenties", E),
                ("Olet syntynyt vuoden 1995 jälkeen.", "syntynyt vuoden 1995 jälkeen", E),
                ("Olet valmistunut viimeisen kahden vuoden aikana.", "valmistunut viimeisen kahden vuoden aikana", W),
                ("Toivomme hakijoilta nuorekkuutta.", "nuorekkuutta", W),
                ("Ikävuodet 20–30.", "Ikävuodet 20–30", E),
                ("This position is for a recent high school graduate.", "recent high school graduate", W),
                // "toivomme myös sinulta" asks something of the applicant: not an encouragement
                ("Työporukkamme on nuorta ja rentoa, joten toivomme myös sinulta positiivista asennetta.", "Työporukkamme on nuorta", W),
            ],
            &[
                "Ombudsmannen konstaterade att arbetsgivaren aldrig hade frågat om sökandens ålder; valet grundade sig på bristande yrkesbehörighet.",
                "Produkten är yngre än 30 dagar när den når butiken.",
                "The tribunal dismissed the age claim, finding that the advert's requirement of five years' post-qualification experience was justified by the supervisory nature of the role.",
                "Tehtävässä ei ole yläikärajaa, ja kaikenikäiset ovat tervetulleita.",
                "Our goal is to help every recent graduate worldwide find a job that aligns with their ambitions.",
                "Our 2019 graduates are now team leads.",
                "Our young and very popular brand is growing fast.",
                "Etsitään 69-vuotiaalle naishenkilölle naispuolista henkilökohtaista avustajaa.",
                "Our school has classes of 25 pupils.",
                "You will support students within 1 year of their graduation with career advice.",
                "Because the Alcohol Act requires anyone serving alcohol to be of age, we train new bar staff on the law.",
                "Vi har passerat femtio butiker i år.",
                "Porukassamme on monen ikäisiä tekijöitä: nuorimmat ovat parikymppisiä ja kokeneimmat jo yli kuusikymppisiä konkareita.",
                "Kokous kestää alle kolmekymmentä minuuttia.",
                "Our youngest employee is 19 and the oldest is 66.",
                "Personalen består av tolv personer i åldern 25–60 år.",
                "Vi är 22 personer mellan 25 och 63 år och tror att blandningen av erfarenhet och nya idéer är vår styrka. Nu söker vi en redovisningsekonom.",
                "Who we are: a family-owned electrical contractor with 28 employees. Our electricians range in age from 19 to 63, and our apprentices learn from people who have been in the trade for decades.",
                "Pension för dig som fyllt 21 via kollektivavtalet.",
                "UKK\nK: Onko tehtävässä ikärajaa?\nV: Ei ole. Valitsemme hakijat iästä riippumatta.",
                "FAQ\nQ: Is there an age limit?\nA: No. We hire summer workers of all ages.",
                "Yli 50-vuotiaat konkarit ovat meillä yhtä tervetulleita kuin alalle vasta tulevat.",
                "Tjänsten passar bra även för nyutexaminerade, och vi erbjuder en grundlig introduktion.",
                "There is no upper age limit – career changers are very welcome.",
                "Our customers range from students opening their first account to retirees aged 70 and over.",
                "We have been in business for 20–30 years.",
                "Projektipäällikkö, 15–20 v. kokemus\n\nHaemme kokenutta projektipäällikköä.",
                "Asiakkaamme on varttunut rouva, joka tarvitsee apua kaupassakäynnissä.",
                "Våra kunder är främst unga mellan 15 och 25 år.",
                "Arbetet passar bra för studerande och är också ett bra alternativ för dig som är pensionär och vill arbeta några dagar i veckan.",
                "Vi söker barnvakt till två barn mellan 3 och 6 år.",
                "Team leader (20-30 people)\n\nLead a team.",
                "Hitsaaja (18–25 €/h)\n\nHaemme hitsaajaa.",
                "Meillä on tiimejä (20–30) eri puolilla Suomea.",
                "Myyjä (2–3)\n\nHaemme myyjiä.",
                "Carer for a young man with autism.",
                "Companion for an elderly gentleman, two afternoons a week.",
                "If you need a reasonable accommodation during the process because of your age or a disability, please let us know.",
                "Toivomme hakijoiksi sekä juuri valmistuneita että pitkän uran tehneitä konkareita.",
                "Du får en mogen och trygg arbetsmiljö.",
                "Arbetet passar såväl studerande som pensionärer som vill ha några pass i veckan.",
                "Our client is a man in his forties who uses a wheelchair.",
                "The founder, now in his forties, started the company in 2010.",
                "Asiakkaamme on viidenkympin ikäinen mies.",
                "Arbetet är hos en man i 60-årsåldern i Lund.",
                "Du kommer att hjälpa en kvinna i 80-årsåldern med vardagen.",
                "Average age: 32.",
                "Age: 2 years (the company).",
                "Tarjoamme ikäohjelman, jonka mukaan yli 58-vuotiaat työntekijämme saavat lisävapaata.",
                "Våra kunder är medelålders kvinnor.",
                "This role is perfect for someone who loves people.",
                "Perfect for young families, our benefits include childcare.",
                "The total weight should not exceed 35 kg.",
                "Du kommer att assistera en ung kvinna som studerar på universitetet.",
                "Avustettava on iältään 70-vuotias.",
                "Brukaren är en kvinna i 50-årsåldern som behöver hjälp i vardagen.",
                "Kunden är en man i 40-årsåldern med MS.",
                "Year of graduation is not important.",
                "The candidate is 2-3 hours from Helsinki by train.",
                "You are 10-15 minutes from the city centre.",
                "Lönen bör vara mellan 25 och 40 tusen.",
                "Temperaturen ska vara mellan 18 och 22 grader.",
                "Du bör vara tillgänglig mellan 8 och 16.",
                "Työskentelet 13-17-vuotiaiden nuorten kanssa.",
                "Du som är över 50 år är särskilt välkommen att söka.",
                "Our team is young, and we value diverse experience.",
                "Young, old, everyone is welcome to apply.",
                "Som anställd erbjuder vi dig friskvårdsbidrag samt pension för dig som är 25+ via FORA.",
                "Vi erbjuder kollektivavtal med pensionsavsättning för dig som fyllt 21 år.",
                "The product is 3 y.o. in the market.",
                "Driver wanted. Minimum age 21 (insurance and licence terms).",
                "Our yoga studio welcomes students of every age.",
                "Lönen är mellan 20 och 30 tusen.",
                "You are between 20 and 30 minutes from the office.",
                "Ikä ei ratkaise, mutta kokemusta tarvitaan.",
                "Diversity not only includes race and gender identity, but also age, disability status and religion.",
                "Hoivayritys haki kesäksi yli 50 lähihoitajaa ja sairaanhoitajaa.",
                "Vi söker en lokal under 40 kvadratmeter.",
                "Passar även dig som är nyutexaminerad.",
                "Ikä, sukupuoli tai kokemus ei vaikuta valintaan.",
                "Kokemusta ei vaadita, ikä ei ratkaise.",
                "Ideally under 30 minutes from the office.",
                "Helst under 30 timmar i veckan.",
                "Työmatka mieluiten alle 30 minuuttia.",
                "A new study shows that jobseekers over 55 are invited to interviews less often than younger applicants with similar skills.",
                "A degree in computer science. (Being new graduate is ok for us)",
                "Att vara nyexaminerad går också bra.",
                "Kompetensen spänner från nyexade ingenjörer till seniora specialister.",
                "Our employees consist of senior technology developers as well as young talents that disrupt with new ideas.",
                "Our team ranges from recent graduates to senior architects.",
                "Nyligen utexaminerad utgör inget hinder.",
                "Nyligen utbildad utgör inget hinder.",
                "Ålder är inget hinder.",
                "Age is no barrier.",
                "Työ sopii eläkeläiselle.",
                "Maximum of 3 years of warranty on all parts.",
                "Vi har inte fyllt alla tjänster än, 30 platser kvar.",
                "Tiimimme jäsenet ovat kolmissakymmenissä maissa asuneita asiantuntijoita.",
                "Vi har föryngrat vår produktportfölj.",
                "Reseptit nuorentavat ihoa.",
                "Tuote sopii erinomaisesti lapsille.",
                "We serve retired people in our community center.",
                "Being overqualified is no problem for us; we value experience.",
                "Asiakkaamme ovat ikänsä puolesta riskiryhmässä.",
                "Student internship (recent graduates will also be considered).",
                "Jag tog mitt första steg i karriären här för tio år sedan.",
                "Vi hjälper dig att ta nästa steg i din karriär.",
                "Yritys on täyttänyt 30 vuotta.",
                "Olitpa sitten kokenut konkari taikka vastavalmistunut tulevaisuuden tekijä.",
                "Vår målgrupp är pojkar 16 - 21 år placerade enligt LSU.",
                "Tuition benefits for Dependents (under age 26)- undergraduate degree.",
                "Våra anställda levererar mellan 60-80 paket på ett arbetspass mellan 17-22.",
                "Start mellan 22–29 juni.",
                "Du kommer att arbeta i ett team med tio kollegor i åldrarna 25–60 år.",
                "Eleverna tar studenten i juni.",
                "Vi söker dig som har tagit studenten.",
                "Perheemme lapset ovat 3-5-vuotiaita.",
                "Barnen är mellan 6 och 12 år.",
                "Vår familj består av två barn i åldrarna 3 och 6 år.",
                "Vi har kunder i åldrarna 20-65 år.",
                "Olemme 25-vuotias perheyritys.",
                "Between 15 and 20 years of experience required.",
                "Du har mellan 15 och 20 år erfarenhet av branschen.",
                "Projektet pågår mellan 2025 och 2027.",
                "Our founders were named to Crain's Chicago 20 in their 20's.",
                "Our CEO graduated from Aalto in 2001.",
                "Olen valmistunut vuonna 1995 ja perustin yrityksen.",
                "Palvelemme 0-6v. lapsia ja heidän vanhempiaan.",
                "Haemme 2v. määräaikaiseen työsuhteeseen myyjää.",
                "Työ sopii myös opiskelijoille.",
                "Tarjoamme opiskelijoille suunnattuja palveluita.",
                "Candidates with more than four years' experience are welcome.",
                "Asiakkaamme ovat keski-ikäisiä naisia.",
                "Our readers are mostly middle-aged men.",
                "We work with no more than ten children per group.",
                "Du har arbetat med att utreda barn och unga samt erfarenhet av att möta våldsutsatta.",
                "Työskentelet lasten ja nuorten parissa koulussa.",
                "The EEOC published guidance warning that phrases such as recent graduates only may signal age bias.",
                "Our team members are mostly in their twenties and thirties.",
                "Hos oss jobbar både erfarna utvecklare och nyutexaminerade, och vi lär oss mycket av varandra.",
                "Våra kunder är främst pensionärer i Korsholm som behöver hjälp med vardagen.",
                "Vi firar att företaget är i 20-års ålder i år.",
                "Edellytämme yli viiden vuoden kokemusta alalta.",
                "Vi kräver mer än fem års erfarenhet.",
                "Over 5 years of experience required.",
                "Candidates with more than 5 years of experience are encouraged to apply.",
                "Työ sopii myös opiskelijoille.",
                "Students and graduates are welcome to apply.",
                "Työskentelet 13–17-vuotiaiden nuorten kanssa.",
                "Sinun ei tarvitse hakea erikseen, jos olet jo rekisteröitynyt.",
                "We are a 33 year-old company looking to add people to our team.",
                "Vincents i Varberg är en av Sveriges största handlare av begagnade husbilar och fyller 24 år i 2024.",
                "Anställningen är max 2 år med möjlighet till förlängning.",
                "Ohjaat 13–17-vuotiaiden nuorten ryhmää.",
                "If your dog is under 30 pounds, bring them to work!",
                "HAETAAN HENKILÖKOHTAISTA AVUSTAJAA 44-VUOTIAALLE MS-TAUTIA SAIRASTAVALLE MIEHELLE.",
                "Som en del av ALTEN Group är vi över 37 200 medarbetare.",
                "Uusi nuorekas ja värikäs mallistomme on suunniteltu 2–12-vuotiaille.",
                "Vår nya ungdomliga och färgglada höstkollektion kommer i augusti.",
                "You can expect to earn a competitive salary.",
                "Boendet är ett hem för vuxna i åldern 20–60 år. Vi söker en boendehandledare.",
                "Du arbetar med ungdomar i åldern 13–19 år.",
                "Whether you are single, in a growing family, or nearing retirement, we offer benefit programs to meet your needs.",
                "Tehtävä sopii alanvaihtajille ja vastavalmistuneille yhtä lailla.",
                "Vi välkomnar både nyutexaminerade och dig som byter bransch.",
                "Career changers and recent graduates are equally welcome.",
                "Kunden är en kvinna som är strax över 40 år gammal och bor i Västerås.",
                "The following sales activities are required: Min. 25 cold calls per week.",
                "Yrityksemme on perustettu 1990-luvulla.",
                "Tuotteen ikä ei vaikuta hintaan.",
                "Arbetet passar även dig som är nyutexaminerad.",
                "Max. 20 kg nostoja.",
                "We are a dynamic young company in Helsinki.",
                "Our app is popular with Gen Z and millennial travellers.",
                "She graduated in 2015 and has led the team since.",
                "Recent graduates are welcome to apply.",
                "Nyutexaminerade är välkomna att söka.",
                "Barn i 5-årsåldern behöver stöd.",
                "Olemme kolmekymppinen perheyritys.",
                "Work with seniors aged 65 and over in home care.",
                "Ikä ei ratkaise.",
                "Hakijan ikä ei ratkaise, 20–40 v tai vanhempi.",
                "Regardless of age, we welcome everyone.",
                "Vi välkomnar sökande oavsett ålder.",
                "Toivomme hakijoiksi myös yli 50-vuotiaita.",
                "Seniorikehittäjä, kokemusta 5–10 vuotta.",
                "Nuorisotyöntekijä, työskentelet 13–17-vuotiaiden nuorten kanssa.",
                "Yrityksemme on 25-vuotias perheyritys.",
                "Olemme 25-vuotias perheyritys Tampereelta.",
                "Olen 33-vuotias kahden lapsen äiti ja etsin siivoojaa kotiimme.",
                "Asiakkaamme ovat yli 80-vuotiaita.",
                "Our clients are in their 80s.",
                "Emme käytä ilmauksia kuten ”nuorekas tiimi” tai ”alle 30-vuotias”.",
                "We encourage older workers to apply.",
                "Du arbetar med äldre personer i hemtjänsten.",
                "Toivomme hakijoiksi myös iäkkäitä hakijoita.",
                "Our customers are millennials.",
                // a career stage offered as one of two (real ads)
                "Om du så är en erfaren veteran eller i början av din karriär så får du i Helsingfors daghem förverkliga dig själv.",
                // the person the assistant works for (a real ad)
                "Työtehtäväsi olisi toimia henkilökohtaisena avustajana nuorehkolle naispuoliselle henkilölle.",
                "Work with young people in our youth centre.",
                "Erfarenhet 2–3 år krävs.",
                "2-3 years of experience required",
                "Työaika klo 16–22, ikä ei ole este.",
                "Emme käytä ilmauksia kuten ”alle 30-vuotias” ilmoituksissa.",
                "Palkka 18–25 € tunnilta.",
                "Rikostaustaote vaaditaan, koska työ on 15–18-vuotiaiden parissa.",
                "Ohjaat 15–17-vuotiaita nuoria kesäleirillä.",
                "Olet toiminut alalla yli 20 vuotta.",
                "Minst 20 år erfarenhet av försäljning.",
                "Lapset ovat 3- ja 5-vuotiaita.",
                "The children are aged 3 and 5.",
                "Recent graduates are encouraged to apply.",
                "Olemme nuori ja kasvava yritys.",
                "Toimimme nuorten parissa.",
                "Vastavalmistuneet ovat tervetulleita hakemaan.",
                "We value diversity of age, gender and background.",
                "Tiimissä on n. 30 henkilöä.",
                "We welcome candidates early in their career as well as experienced professionals.",
                "The contract lasts no more than 2 years.",
                "Kokemusta vähintään 5 vuotta.",
                "Minst 5 års erfarenhet.",
                "You will work in a mature market.",
                "Et ole koskaan liian vanha oppimaan uutta.",
                "You are never too old to learn.",
                "Du är aldrig för gammal för att lära dig.",
                "Ett tryggt och inkluderande häng för unga med fokus på HBTQI+ frågor.",
                "Toivomme myös naisia hakemaan.",
                // an average age describes a group (a real ad: the clients')
                "Palvelukeskuksen asiakkaiden keski-ikä on 61 vuotta.",
                "The office has 20 something desks.",
                "Haemme hoitajaa ikääntyneiden palvelutaloon.",
                // a career start offered as one of two (a real ad, and its neighbours)
                "Vi söker dig som är nyexad ingenjör eller som har något till några års erfarenhet av systemutveckling.",
                "We hire experienced professionals or recent graduates.",
                "Olet vastavalmistunut tai sinulla on muutaman vuoden kokemus.",
                "She must be able to assess patient data relative to age specific needs.",
                "Our clients are in their early twenties.",
                "Not over budget.",
                // the person an assistant works for
                "Etsimme nuorelle naiselle avustajaa.",
                "Olemme toimineet vuoden 2005 jälkeen Tampereella.",
                "Over 50s welcome to apply.",
                "The average age of our team is 28 years.",
                // "de äldre": the elderly in care (a real ad)
                "För att prata med de äldre och skriva i journaler, behöver du vara bra på svenska.",
            ],
        );
    }
}
