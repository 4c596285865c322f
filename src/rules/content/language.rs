//! `content.discrimination.language`: a native language as a requirement ("suomi
//! äidinkielenä", "äidinkielistä suomea", "finska som modersmål", "native English speaker") is
//! an error: language is a ground of discrimination, and the skill the job needs can be asked
//! for as a level. "Native-level" wording is a warning that asks for the level instead, and
//! "excellent Finnish" a warning only where the text names work that plainly does not need it
//! (cleaning, driving, warehouse). Lexicon: `data/lexicon/language.tsv`. Language skills at any
//! level ("hyvä suomen kielen taito", "svenska krävs", "native or near-native proficiency") are
//! not findings.

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::{Stance, StanceKind};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Language;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.language",
    severity: Severity::Error,
    title: tr_text!( fi: "Mahdollinen kieleen perustuva syrjintä", sv: "Möjlig språkdiskriminering", en: "Possible language discrimination" ),
    description: tr_text!(
        fi: "Ilmoitus vaatii tiettyä äidinkieltä tai äidinkielen tasoista kielitaitoa. Kielitaitoa saa vaatia sillä tasolla, jota työ edellyttää, mutta kieli on yhdenvertaisuuslaissa kielletty syrjintäperuste: äidinkielen vaatiminen on kieleen perustuvaa syrjintää. Harkitse, tarvitaanko työssä todella erinomaista kielitaitoa.",
        sv: "Annonsen kräver ett visst modersmål eller språkkunskaper på modersmålsnivå. Språkkunskaper får krävas på den nivå arbetet kräver, men språk är en förbjuden diskrimineringsgrund: att kräva ett modersmål är språklig diskriminering. Överväg om arbetet verkligen kräver utmärkta språkkunskaper.",
        en: "The ad requires a native language or native-level skill. Language skills may be required at the level the job needs, but language is a prohibited ground of discrimination: requiring a mother tongue is discrimination by language. Consider whether the job really needs excellent skills.",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    Some(match kind {
        "excellent" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: varmista, että vaadittu kielitaidon taso vastaa työn tarpeita; tarpeettoman korkea vaatimus voi syrjiä hakijoita. Kerro taso, jota työ todella edellyttää (esim. ”hyvä suomen kielen taito”).",
            sv: "”{excerpt}”: kontrollera att den krävda språknivån motsvarar arbetets behov; ett onödigt högt krav kan diskriminera sökande. Ange den nivå arbetet verkligen kräver (t.ex. ”goda kunskaper i finska”).",
            en: "“{excerpt}”: make sure the required level matches what the job needs; a needlessly high requirement can discriminate. State the level the work really requires (e.g. “good Finnish”).",
        ),
        "level" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: äidinkielen tasoinen vaatimus voi sulkea pois hakijat, jotka osaavat kieltä erinomaisesti mutta eivät äidinkielenään. Kerro mieluummin taso, jota työ edellyttää (esim. ”erinomainen suomen kielen taito” tai C1).",
            sv: "”{excerpt}”: ett krav på modersmålsnivå kan utesluta sökande som behärskar språket utmärkt men inte som modersmål. Ange hellre den nivå arbetet kräver (t.ex. ”utmärkta kunskaper i finska” eller C1).",
            en: "“{excerpt}”: a native-level requirement can exclude applicants who master the language excellently but not as their mother tongue. State the level the job needs instead (e.g. “excellent Finnish” or C1).",
        ),
        "native" | "only" => tr!(lang, [excerpt],
            fi: "”{excerpt}” vaatii tiettyä äidinkieltä. Äidinkielen vaatiminen on kieleen perustuvaa syrjintää; vaadi sen sijaan sellaista kielitaitoa, jota työ edellyttää (esim. ”erinomainen suomen kielen taito” tai taso C1).",
            sv: "”{excerpt}” kräver ett visst modersmål. Att kräva ett modersmål är språklig diskriminering; kräv i stället de språkkunskaper arbetet behöver (t.ex. ”utmärkta kunskaper i finska” eller nivå C1).",
            en: "“{excerpt}” requires a particular mother tongue. Requiring a native language is discrimination by language; require the skill level the job needs instead (e.g. “excellent Finnish” or level C1).",
        ),
        _ => return None,
    })
}

/// "Excellent Finnish" only where the text names work that plainly does not need it; "near-native" is a level.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    let severity = by_mode?;
    // The people a benefit is for: "tarjoamme suomen kielen opetusta kaikille, joiden äidinkieli
    // ei ole suomi", "language lessons for all whose mother tongue is not Finnish"
    if stance.kind == StanceKind::Offers && hit.first > 0 && is_any(a.word(hit.first - 1), "joiden|jonka|vars|whose") {
        return None;
    }
    // "near-native", "lähes natiivi", "nästan modersmålsnivå" name a level, and so does the
    // native level offered with it ("äidinkielen tasoista tai lähes äidinkielen tasoista",
    // "på modersmålsnivå eller nära modersmålsnivå").
    let near = |k: usize| cues().is(cue::NEAR, a, k);
    let clause = a.clause_words(hit.first);
    if hit.first > 0 && a.is_linked(hit.first) && near(hit.first - 1) {
        return None;
    }
    if (hit.last + 1..(hit.last + 3).min(clause.end)).any(|k| is_any(a.word(k), "or|tai|eller") && k + 1 < clause.end && near(k + 1)) {
        return None;
    }
    // The mother tongue as a school subject: "Mother Tongue Teacher (Arabic)", "teach Arabic as a
    // mother tongue", "mother tongue instruction".
    let mother = (hit.first..=hit.last).any(|k| a.word(k) == "mother");
    let subject = |k: usize| k < a.words.len() && starts_with_any(a.word(k), "teach|instruction|lesson|class|education");
    if mother && (subject(hit.last + 1) || (hit.first.saturating_sub(6).max(clause.start)..hit.first).any(|k| a.word(k).starts_with("teach"))) {
        return None;
    }
    // A colleague described: "to assist the native English speaking classroom teacher", "our
    // native Swedish teachers" (not "a native English speaker")
    if hit.first > clause.start && is_any(a.word(hit.first - 1), "the|our|their") {
        return None;
    }
    // "Fluent, or native level Japanese": a level offered as one of two is no native requirement.
    let around = hit.first.saturating_sub(4).max(clause.start)..(hit.last + 5).min(clause.end);
    let either = around.clone().any(|k| is_any(a.word(k), "or|tai|eller"));
    if hit.entry.kind == "level" && either && cues().find_in(cue::FLUENT, a, around).is_some() {
        return None;
    }
    match hit.entry.kind {
        "excellent" => cues().in_text(cue::LOWLANG_JOBS, a).map(|_| severity),
        _ => Some(severity),
    }
}

const SPEC: Spec = Spec { lexicon: lex::LANGUAGE, exception: None, refine, message };

impl Rule for Language {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, &SPEC);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check_cases, check_messages};
    use crate::Severity::{Error as E, Warning as W};

    #[test]
    fn every_kind_has_its_messages() {
        check_messages(super::lex::LANGUAGE, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.language",
            &[
                ("Sökande ombads i annonsen att uppge sitt modersmål och sin nationalitet.", "sitt modersmål", E),
                ("Must speak English like a native – no strong accents please.", "speak English like a native", E),
                ("Rekrytoija oli kirjoittanut, että paras hakija on ”syntyjään ruotsinkielinen”, vaikka ilmoituksessa muuten riitti hyvä ruotsin taito.", "syntyjään ruotsinkielinen", E),
                ("Krav:\n∙ Ren svenska i tal & skrift\n∙ Motiverad inför försäljning", "Ren svenska", W),
                ("Edellytämme:\n- suomen tulee olla kotikielesi", "kotikielesi", E),
                ("You must have Finnish as your first language.", "Finnish as your first language", E),
                ("Neuvot asiakkaita verkkopankin käytössä. Toivomme, että puhut suomea ilman vierasta korostusta.", "ilman vierasta korostusta", W),
                ("Suomen kielen tulee olla ensikielesi.", "ensikielesi", E),
                ("Barnskötarexamen eller närvårdarexamen. Svenska ska vara ditt hemspråk.", "hemspråk", E),
                ("According to the state civil rights agency, the listing for call-center representatives required \"perfect American English with no accent,\" although the job consisted of processing claims by phone.", "no accent", W),
                ("Must speak English, no accent.", "no accent", W),
                ("Haemme natiivia englanninpuhujaa.", "natiivia englanninpuhujaa", E),
                ("Äidinkielenä viro.", "Äidinkielenä viro", E),
                ("Native Tagalog speaker required.", "Native Tagalog speaker", E),
                ("We are looking for a native English speaker to teach conversation.", "native English speaker", E),
                ("OPEN TO/ ELIGIBILITY CRITERIA:  All applicants with Native Armenian and Good knowledge of English", "Native Armenian", E),
                ("No degree needed but must be a native English speaker.", "native English speaker", E),
                ("Native English speakers only, no degree required.", "Native English speakers", E),
                ("Comfortable in a dynamic startup environmentEnglish native speakerLocated in Berlin or surroundings", "English native speaker", E),
                ("Fluent German. English native speaker. Located in Berlin.", "English native speaker", E),
                ("Haemme myyjää, jonka äidinkieli on muu kuin suomi.", "jonka äidinkieli on muu", E),
                ("Työsuojelutarkastajat löysivät ilmoituksia, joissa vaadittiin syntyperäistä suomen kielen taitoa.", "syntyperäistä suomen", E),
                ("Natiivi suomi pakollinen, englanti plussaa.", "Natiivi suomi", E),
                ("Kielitaitovaatimus: moitteeton suomi. Ei englanninkielisiä.", "Ei englanninkielisiä", E),
                ("Applicants must speak Finnish as their first language.", "as their first language", E),
                ("Vaadimme natiivin tason suomea.", "natiivin tason", W),
                ("Emme ota hakijoita, joiden äidinkieli on muu.", "joiden äidinkieli on muu", E),
                ("Vi kräver att du är modersmålstalare i finska.", "modersmålstalare", E),
                ("Excellent written and spoken Finnish required for this cleaner job.", "Excellent written and spoken Finnish", W),
                ("You should speak Finnish without any foreign accent.", "without any foreign accent", W),
                ("Kerro hakemuksessasi äidinkielesi.", "äidinkielesi", E),
                ("Ange ditt modersmål i ansökan.", "ditt modersmål", E),
                ("Please tell us your first language.", "your first language", E),
                ("Haemme syntyperäistä suomen kielen puhujaa toimittajaksi.", "syntyperäistä suomen kielen puhujaa", E),
                ("Sökande vars modersmål inte är svenska beaktas inte.", "modersmål inte är svenska", E),
                ("Modersmålet ska vara svenska.", "Modersmålet ska vara svenska", E),
                ("Du talar perfekt svenska utan accent.", "utan accent", W),
                ("You speak English without an accent.", "without an accent", W),
                ("Puhut suomea ilman aksenttia.", "ilman aksenttia", W),
                ("Rekkakuski. Täydellinen suomen kielen taito on edellytys.", "Täydellinen suomen kielen taito", W),
                ("Äidinkieleltään suomenkielinen.", "Äidinkieleltään suomenkielinen", E),
                ("Du talar svenska som ditt modersmål.", "svenska som ditt modersmål", E),
                ("Svenska som förstaspråk.", "Svenska som förstaspråk", E),
                ("Pickers and packers. Perfect Finnish required.", "Perfect Finnish", W),
                ("Infödd svensktalande.", "Infödd svensktalande", E),
                ("Olet syntyperäinen suomenpuhuja.", "syntyperäinen suomenpuhuja", E),
                ("Suomi äidinkielenä.", "Suomi äidinkielenä", E),
                ("Edellytämme äidinkielistä suomen kielen taitoa.", "äidinkielistä", E),
                ("Finska som modersmål.", "Finska som modersmål", E),
                ("Native English speaker required.", "Native English speaker", E),
                ("Haemme siivoojaa, jolla on erinomainen suomen kielen taito.", "erinomainen suomen kielen taito", W),
                ("Natiivi englannin kielen taito", "Natiivi englannin", E),
                ("Mother tongue Finnish", "Mother tongue Finnish", E),
                ("Edellytämme äidinkielenään suomea puhuvaa hakijaa.", "äidinkielenään suomea puhuvaa", E),
                ("Vaatimuksena on suomenkielinen äidinkieli ja hyvä asiakaspalveluasenne.", "suomenkielinen äidinkieli", E),
                ("Sökanden ska ha svenska som modersmål.", "svenska som modersmål", E),
                ("Haemme myyjää, jonka äidinkieli on suomi.", "äidinkieli on suomi", E),
                ("-Puhut suomea äidinkielenä", "Puhut suomea äidinkielenä", E),
                ("English teacher - native English speaker + Bachelor Degree", "native English speaker", E),
                ("Native-level Finnish is required.", "Native-level", W),
                ("Lastbilschaufför. Utmärkta kunskaper i finska krävs.", "Utmärkta kunskaper i finska", W),
            ],
            &[
                "Vi erbjuder kurser i svenska som andraspråk för alla anställda.",
                "Vi söker en legitimerad lärare som har inriktning svenska som andraspråk.",
                "You will help learners sound more like a native speaker in our pronunciation course.",
                "Opettajalta edellytämme englannin kielen erinomaista taitoa (äidinkielinen tai vähintään C1-taso).",
                "Vi har rent och snyggt, och svenska är vårt arbetsspråk.",
                "Du håller lagret rent; svenska eller engelska i tal och skrift.",
                "Suomi ei ole äidinkielesi? Ei haittaa! Riittää, että ymmärrät työohjeet.",
                "Not a native English speaker? No problem.",
                "Home Language Teacher (Arabic) for the city's schools",
                "Tarjoamme ensikielen opetusta maahanmuuttajataustaisille lapsille.",
                "Vi erbjuder hemspråksundervisning i arabiska.",
                "Työyhteisössämme puhutaan yli kymmentä kieltä, ja tarjoamme suomen kielen opetusta työajalla kaikille, joiden äidinkieli ei ole suomi.",
                "Iso osa asiakkaistamme puhuu äidinkielenään venäjää.",
                "Our native app speaker series starts in May.",
                "The teacher's aide will assist the native English speaking classroom teacher for children of ages 3-15.",
                "Du har engelska som modersmål eller motsvarande kunskaper.",
                "Native English or equivalent proficiency is required for this editing role.",
                "We welcome applications from German native speakers and learners alike, regardless of mother tongue.",
                "English native speaker level is not required.",
                "The HR director said that references to a mother tongue have been removed from job ads.",
                "Tehtävässä tarvitaan sujuvaa ruotsia, koska iso osa asiakkaistamme puhuu äidinkielenään ruotsia.",
                "Palvelemme myös englanninkielisiä asiakkaita.",
                "Vi rekryterar anonymt: namn, ålder, kön och modersmål syns inte för rekryterarna i det första skedet.",
                "Edellytämme äidinkielen tasoista tai lähes äidinkielen tasoista suomen kielen taitoa.",
                "Vi förutsätter kunskaper i svenska på modersmålsnivå eller nära modersmålsnivå.",
                "Mother Tongue Teacher (Arabic)\nYou teach Arabic as a mother tongue to pupils in grades 1-9.",
                "The City offers mother tongue instruction for pupils.",
                "Opetat oppilaiden omaa äidinkieltä, esimerkiksi somalia tai arabiaa.",
                "Your first language can be any language; we work in English.",
                "Du talar svenska med eller utan brytning, det spelar ingen roll.",
                "Du undervisar i svenska som andraspråk.",
                "Opetat suomea äidinkieleltään ruotsinkielisille oppilaille.",
                "Rekkakuski. Sujuva suomen kielen taito on edellytys.",
                "Fluent, or native level Japanese.",
                "Goda kunskaper i finska är meriterande.",
                "Hyvä suomen kielen taito.",
                "Svenska krävs.",
                "Sujuva englanti.",
                "Haemme äidinkielen opettajaa.",
                "B-ajokortti vaaditaan.",
                "Erinomainen suomen kielen taito (viestintäasiantuntija).",
                "Opetat suomea toisena kielenä.",
                "Excellent written English.",
                "Goda kunskaper i finska och svenska.",
                "Kehität natiivisovelluksia.",
                "Native or near-native proficiency in Swedish (language teacher).",
                "Native speakers of Finnish and Swedish are encouraged to apply.",
                "Albanska som modersmål är ett skolämne hos oss.",
            ],
        );
    }
}
