//! `content.discrimination.gender`: an ad addressed to one sex. Mentions (lexicon
//! `data/lexicon/gender.tsv`): the sexes' words ("nainen", "kvinnlig", "male"), which are
//! findings only where the clause requires, prefers, excludes or seeks them ("hakijan tulee
//! olla mies", "sopii parhaiten naiselle", "vi söker en kvinnlig säljare"); criteria by
//! themselves ("naispuolinen", "male applicants only"); a required military service
//! (warning); and gendered job titles: explicitly gendered ones ("myyjätär", "städerska",
//! "waitress") are warnings with a neutral suggestion, generic masculine titles in common use
//! ("esimies", "palomies", "förman", "foreman") a tip (info).
//!
//! Both sexes in one clause ("naisia ja miehiä", "men and women") is inclusive, not a finding; an
//! actor's role, personal-assistant work or women-only swimming sessions in the text make the
//! requirements warnings that ask for the reason (lawful exceptions of the Equality Act).

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::{self, Stance, StanceKind};
use crate::text::{Analysis, Kind};
use crate::Severity;

pub(crate) struct Gender;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.gender",
    severity: Severity::Error,
    title: tr_text!( fi: "Mahdollinen sukupuoleen perustuva syrjintä", sv: "Möjlig könsdiskriminering", en: "Possible gender discrimination" ),
    description: tr_text!(
        fi: "Ilmoitus on suunnattu vain naisille tai miehille, edellyttää suoritettua varusmiespalvelusta tai käyttää sukupuolittunutta ammattinimikettä. Työpaikkaa ei saa ilmoittaa haettavaksi vain naisille tai miehille ilman painavaa, työn laatuun liittyvää syytä (tasa-arvolaki). Yleisesti käytetyistä nimikkeistä (esimies, palomies) annetaan vinkki.",
        sv: "Annonsen riktar sig bara till kvinnor eller män, kräver avtjänad värnplikt eller använder en könsbunden yrkesbenämning. En tjänst får inte utlysas bara för kvinnor eller män utan ett vägande skäl som hänger samman med arbetets art (jämställdhetslagen). För vanliga benämningar (förman) ges ett tips.",
        en: "The ad addresses only women or only men, requires completed military service or uses a gendered job title. A job may not be advertised to one sex only without a weighty reason related to the nature of the work (Equality Act). Generic titles in common use (foreman, chairman) get a tip.",
    ),
    reference: Some(refs::EQUALITY_ACT),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> Option<String> {
    Some(match kind {
        "female" | "male" | "object" | "req" if exception => tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijat sukupuolen mukaan. Se on sallittua vain painavasta, työn laatuun liittyvästä syystä (esim. rooli tai henkilökohtainen avustaja): kerro peruste ilmoituksessa.",
            sv: "”{excerpt}” utesluter sökande på grund av kön. Det är tillåtet bara av ett vägande skäl som hänger samman med arbetets art (t.ex. en roll eller personlig assistent): ange skälet i annonsen.",
            en: "“{excerpt}” limits applicants by sex. That is allowed only for a weighty reason related to the nature of the work (e.g. a role or a personal assistant): state the reason in the ad.",
        ),
        "female" | "male" | "object" | "req" => tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijat sukupuolen mukaan. Työpaikkaa ei saa ilmoittaa haettavaksi vain naisille tai miehille ilman painavaa, työn laatuun liittyvää syytä. Poista sukupuolivaatimus ja kuvaa työn vaatimukset.",
            sv: "”{excerpt}” utesluter sökande på grund av kön. En tjänst får inte utlysas bara för kvinnor eller män utan ett vägande skäl som hänger samman med arbetets art. Ta bort kravet på kön och beskriv arbetets krav.",
            en: "“{excerpt}” limits applicants by sex. A job may not be advertised to women or men only without a weighty reason related to the nature of the work. Remove the gender requirement and describe the job's requirements.",
        ),
        "military" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: suoritetun varusmiespalveluksen edellyttäminen voi syrjiä välillisesti naisia ja palveluksesta vapautettuja. Kerro mieluummin, mitä taitoja työssä tarvitaan.",
            sv: "”{excerpt}”: krav på avtjänad värnplikt kan indirekt diskriminera kvinnor och de som befriats från tjänst. Beskriv hellre vilka färdigheter arbetet kräver.",
            en: "“{excerpt}”: requiring completed military service can indirectly discriminate against women and those exempted. Say which skills the job needs instead.",
        ),
        "title_female" | "title_male" => tr!(lang, [excerpt],
            fi: "”{excerpt}” on sukupuolittunut ammattinimike. Käytä sukupuolineutraalia nimikettä, jotta ilmoitus puhuttelee kaikkia hakijoita.",
            sv: "”{excerpt}” är en könsbunden yrkesbenämning. Använd en könsneutral benämning så att annonsen vänder sig till alla sökande.",
            en: "“{excerpt}” is a gendered job title. Use a gender-neutral title so the ad addresses every applicant.",
        ),
        "title_generic" => tr!(lang, [excerpt],
            fi: "Vinkki: ”{excerpt}” on yleisesti käytetty mutta sukupuolittunut nimike. Sukupuolineutraali nimike puhuttelee kaikkia hakijoita.",
            sv: "Tips: ”{excerpt}” är en vanlig men könsbunden benämning. En könsneutral benämning vänder sig till alla sökande.",
            en: "Tip: “{excerpt}” is a common but gendered title. A gender-neutral title addresses every applicant.",
        ),
        _ => return None,
    })
}

/// The words of the other sex near a mention of one ("naisia ja miehiä", "men and women").
fn both_sexes(a: &Analysis, hit: &Hit<'_>) -> bool {
    let clause = a.clause_words(hit.first);
    let near = hit.first.saturating_sub(4).max(clause.start)..(hit.last + 5).min(clause.end);
    let cs = cues();
    // ("muuttomiehiä ja -naisia": the second half of a pair of compounds)
    let t = a.words.get(hit.first).copied().unwrap_or(0);
    let paired = t > 0
        && matches!(a.tokens.get(t - 1..=t), Some([dash, word]) if dash.kind == Kind::Dash && dash.end == word.start)
        && hit.first > 0
        && (cs.is(cue::AND, a, hit.first - 1) || cs.is(cue::OR, a, hit.first - 1));
    // (or within 16 words in a clause that encourages one of them: "består i dag enbart av
    // kvinnor, och vi uppmuntrar särskilt män att söka"; bounded, so that a clause of many
    // mentions stays linear)
    let wide = hit.first.saturating_sub(16).max(clause.start)..(hit.last + 17).min(clause.end);
    let near = if a.stances().within(wide.clone()).iter().any(|c| c.kind == StanceKind::Encourages) { wide } else { near };
    // (not across a spaced dash, which parts the clause: "Toivomme hakijaksi naista – asiakkaamme
    // ovat pääosin miehiä")
    // (but "naisia – ja miehiä" joins them)
    let dash = |k: usize| a.dash_before(k) && !cs.is(cue::AND, a, k) && !cs.is(cue::OR, a, k);
    let end = (hit.last + 1..near.end).find(|&k| dash(k)).unwrap_or(near.end);
    let start = (near.start + 1..=hit.first).rev().find(|&k| dash(k)).unwrap_or(near.start);
    let near = start..end;
    paired || cs.find_in(cue::FEMALE, a, near.clone()).is_some() && cs.find_in(cue::MALE, a, near).is_some()
}

/// Both sexes together are inclusive; "naisen"/"miehen" (genitive or accusative) is the sought
/// person only at the end of the phrase ("tarvitsemme nuoren miehen.") or before a place
/// ("haemme miehen varastoon"), not in "naisen vaatteet"; the statutory "luottamusmies" is no
/// title to change.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    // The sex alone in brackets after the job names whom it is for: "Receptionist (Female)",
    // "Gynecologist (Female)", "Kuljettaja (mies)"
    let bracketed = hit.first == hit.last
        && is_any(hit.entry.kind, "female|male")
        && stance.kind == StanceKind::Plain
        && a.glued_sign(hit.first, false) == Some("(")
        && a.glued_sign(hit.last, true) == Some(")");
    let severity = by_mode.or(bracketed.then_some(hit.entry.severity))?;
    match hit.entry.kind {
        "title_generic" | "title_female" | "title_male" if cues().is(cue::STATUTORY, a, hit.first) => None,
        // "Waiter/Waitress", "myyjätär/myyjä": the title with its other form (same stem)
        "title_generic" | "title_female" | "title_male"
            if (a.slash_before(hit.first) && same_stem(a.word(hit.first - 1), a.word(hit.first)))
                || (a.slash_before(hit.last + 1) && same_stem(a.word(hit.last + 1), a.word(hit.last))) =>
        {
            None
        }
        // (unless this one is turned away: "Female candidates are encouraged, male candidates
        // need not apply")
        "female" | "male" | "object" | "req" if stance.kind != StanceKind::Excludes && both_sexes(a, hit) => None,
        // "UN Women" is a name
        "female" | "male" if hit.first > 0 && cues().is(cue::NAME_BEFORE, a, hit.first - 1) => None,
        // "man" as a verb: "watch and man multiple robots", "to man the booth"
        "male"
            if hit.first == hit.last
                && a.word(hit.first) == "man"
                && hit.first > 0
                && is_any(a.word(hit.first - 1), "and|or|to|&|help|will|can")
                && is_any(a.word(hit.last + 1), "the|a|an|our|multiple|several|both|all") =>
        {
            None
        }
        "object" => {
            let next = (hit.last + 1 < a.words.len() && a.is_linked(hit.last + 1)).then(|| a.word(hit.last + 1));
            let place = |w: &str| "iin|aan|ään|oon|uun|yyn|öön|lle|ksi|hin|seen".split('|').any(|e| w.ends_with(e));
            // The seeking verb right before, or adjectives between ("tarvitsemme reippaan nuoren miehen").
            // (in the same case: "reippaan nuoren" agree with "miehen", "vahvaa" with "poikaa";
            // "haemme hoitajaa iäkkään naisen kotiin" seeks a carer)
            let right_after_verb = stance.cue.is_some_and(|(_, end)| {
                (1..=3).any(|d| {
                    hit.first >= d
                        && a.word_token(hit.first - d).end == end
                        && (hit.first - d + 1..hit.first).all(|k| {
                            let partitive = |w: &str| w.ends_with('a') || w.ends_with('ä');
                            a.word(k).ends_with('n') || stance::same_case(a.word(k), a.word(hit.first)) || partitive(a.word(k)) && partitive(a.word(hit.first))
                        })
                })
            });
            let object = (stance.kind == StanceKind::Seeks && right_after_verb && next.is_none_or(place)) || next.is_none();
            (object && stance.kind.directed() || next.is_none() && stance.kind.directed()).then_some(severity)
        }
        _ => Some(severity),
    }
}

/// Whether two words start alike (their first four letters): "waiter" and "waitress".
fn same_stem(w1: &str, w2: &str) -> bool {
    crate::rule::char_count(w1) >= 4 && w1.chars().take(4).eq(w2.chars().take(4))
}

const SPEC: Spec = Spec { lexicon: lex::GENDER, exception: Some(cue::EXC_GENDER), refine, message };

impl Rule for Gender {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, &SPEC);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check_cases, check_messages};
    use crate::Severity::{Error as E, Info as I, Warning as W};

    #[test]
    fn every_kind_has_its_messages() {
        check_messages(super::lex::GENDER, &[], super::message);
    }

    #[test]
    fn a_pair_of_compounds_names_both_sexes() {
        // (real-looking ad; the generic title stays an info tip)
        let text = "Muuttopalvelu Kantaja Oy hakee muuttomiehiä ja -naisia pääkaupunkiseudulle.";
        let got = super::super::findings(text, "content.discrimination.gender");
        assert!(got.iter().all(|(_, s, _)| *s == crate::Severity::Info), "{got:?}");
        let one = super::super::findings("Muuttopalvelu Kantaja Oy hakee naisia pääkaupunkiseudulle.", "content.discrimination.gender");
        assert!(one.iter().any(|(_, s, _)| *s == crate::Severity::Error), "{one:?}");
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.gender",
            &[
                ("Det framgick av annonsen att de sökande måste ha fullgjort beväringstjänsten.", "fullgjort beväringstjänsten", W),
                ("Veeshee is looking for talented seamstresses to sew bags, blankets and pillows.", "seamstresses", W),
                ("Rehab Therapy Manager\n\nAdditional Considerations\n\nExperience working as an Art Therapist in a psychiatric setting.\n\nVeterans and people with National Service.\n\nSpecial Instructions\n\nYou will be provided a confirmation.", "National Service", W),
                ("Military experience is highly valued by the employer; candidates with military experience can expect some flexibility.", "Military experience", W),
                ("Hemhjälp där ni som söker ska vara ordentliga. Ni som söker skall kunna tala franska samt vara kvinna.", "kvinna", W),
                ("The job suits a strong lad who does not mind physical work.", "lad", E),
                ("Toivomme hakijaksi naista – asiakkaamme ovat pääosin miehiä, ja naisellinen ote on todettu myynnissä toimivaksi.", "naista", E),
                ("Etsimme vastaanottoon kohteliasta herrasmiestä.", "herrasmiestä", E),
                ("Vi söker en person till småreparationer. Jobbet passar en händig karl som har egna verktyg.", "passar en händig karl", E),
                ("Du har:\n- kunskap om byggmaterial\n- B-körkort\n- beväringstjänsten avklarad", "beväringstjänsten avklarad", W),
                ("Must be willing to man the booth, and a man is preferred.", "man", E),
                ("Mature lady needed to sell in my provisions shop at Kaneshie market.", "lady", E),
                ("Du har:\n• yrkesexamen inom maskin- och metallteknik\n• avtjänad beväringstjänst", "avtjänad beväringstjänst", W),
                ("Requirements:\n- B.Sc. in Mechanical Engineering\n- Military status: completed or exempted", "Military status", W),
                ("Candidates who have completed full-time National Service will be given priority.", "completed full-time National Service", W),
                ("Työ sopii parhaiten varttuneelle rouvalle, jolla on kärsivällisyyttä.", "rouvalle", E),
                ("Lagerkille sökes till grossist i Sundsvall.", "Lagerkille", W),
                ("People who chose civilian service instead of military service do not fit our work community.", "civilian service", W),
                ("Vi förutsätter: genomgången beväring", "genomgången beväring", W),
                ("Reservofficerare är särskilt meriterande.", "Reservofficerare", W),
                ("Reserviupseerit ovat eduksi.", "Reserviupseerit", W),
                ("Till tjänsten anställs en man.", "en man", E),
                ("Vi tar in kvinnor till lagret.", "kvinnor", E),
                ("The role would suit a female.", "female", E),
                ("Women will be given priority.", "Women", E),
                ("Etsimämme henkilö on nainen.", "nainen", E),
                ("Tehtävään valitaan mies.", "mies", E),
                ("Kvinnor har företräde.", "Kvinnor", E),
                ("Män prioriteras.", "Män", E),
                ("We need a strong lad for the warehouse.", "lad", E),
                ("Female candidates are encouraged, male candidates need not apply.", "male candidates", E),
                ("Gents only.", "Gents only", E),
                ("Företaget ville ha en manlig montör.", "manlig", E),
                ("Sales Girl needed for our cosmetics counter.", "Sales Girl", W),
                ("Preferred offshore candidates have fulfilled military obligation or educational waivers of military obligation.", "fulfilled military obligation", W),
                ("Exemption / Completion of military services (for Egyptians).", "Completion of military services", W),
                ("INTENDED AUDIENCE:  Male, age 25-30", "Male", E),
                ("HAAD Licensed Doctors: Cardiologist, Gynecologist (Female), Neurologist", "Female", E),
                ("Receptionist (Female) needed urgently for a dental clinic.", "Female", E),
                ("Job Requirements\nGender: Female\nAge: 20-30", "Gender: Female", E),
                ("Candidate: Male, with a valid driving licence.", "Candidate: Male", E),
                ("We do not need experience but we prefer male candidates.", "male candidates", E),
                ("Vi söker en ung och pigg tjej till vår butik.", "tjej", E),
                ("Haemme nuorta naista myyjäksi ja kannustamme hakemaan rohkeasti.", "naista", E),
                ("Etsimme naista siivoojaksi, kokemusta ei vaadita.", "naista", E),
                ("Looking for females aged 18-25, no experience necessary.", "females", E),
                ("Males born after 12-31-59 must be registered for Selective Service.", "Males", W),
                ("Requirements:\nFemale\nDriving licence", "Female", E),
                ("we need a strong lad for the warehouse asap, cash paid weekly", "lad", E),
                ("haetaan reipasta poikaa varastohommiin, kesä + mahd. jatko", "poikaa", E),
                ("Etsitään vahvaa poikaa muuttoapuun viikonloppuisin, 15e/h käteen.", "poikaa", E),
                ("Behöver två starka grabbar till flytthjälp på lördag, 15 €/h.", "grabbar", E),
                ("Jämställdhetsombudsmannen ansåg att byggföretagets annons, där man sökte en händig karl till byggplatsen, var diskriminerande.", "karl", E),
                ("We want a male chef to balance out the kitchen.", "male", E),
                ("Etsimme kivoja naisäänisiä myyjiä.", "naisäänisiä", E),
                ("Törmäsin ilmoitukseen, jossa haettiin nimenomaan naista työntekijäksi.", "naista", E),
                ("Annonsen sökte kvinnor till städjobbet.", "kvinnor", E),
                ("Candidates who have done their army service will be preferred.", "done their army service", W),
                ("Only candidates who have completed their national service.", "completed their national service", W),
                ("Airbnb-Superemäntä / Siivous", "Superemäntä", W),
                ("Waitress wanted.", "Waitress", W),
                ("Olet käynyt armeijan.", "käynyt armeijan", W),
                ("Ex-military preferred.", "Ex-military", W),
                ("Työ sopii paremmin miehelle.", "miehelle", E),
                ("Vi söker en dam till vår butik.", "dam", E),
                ("This job is better suited to a man.", "man", E),
                ("The successful applicant will be a woman.", "will be a woman", E),
                ("Must have served in the armed forces.", "served in the armed forces", W),
                ("We do not hire women.", "women", E),
                ("Du får inte vara kvinna.", "kvinna", E),
                // "role" is in most English ads: only acting work is the lawful exception
                ("Female applicants are preferred for this role.", "Female applicants", E),
                ("Audition: female applicants only, for the role of Juliet.", "female applicants", W),
                ("We need a salesgirl for our shop.", "salesgirl", W),
                ("Tjejer i 20-årsåldern sökes.", "Tjejer", E),
                ("Hakijan tulee olla mies.", "mies", E),
                ("Haemme naispuolista myyjää", "naispuolista", E),
                ("Etsimme naista siivoojaksi", "naista", E),
                ("Vi söker en kvinnlig säljare", "kvinnlig", E),
                ("Male applicants only", "Male applicants", E),
                ("Palkkaamme vain miehiä.", "vain miehiä", E),
                ("Hakijoiden tulee olla naisia.", "naisia", E),
                ("Sopii parhaiten naiselle.", "naiselle", E),
                ("Etsimme mies- tai muunsukupuolista henkilöä.", "mies- tai muunsukupuolista", E),
                ("Endast manliga sökande beaktas.", "Endast manliga", E),
                ("Only men need apply; the job involves heavy lifting.", "Only men", E),
                ("Tarvitsemme nuoren miehen.", "miehen", E),
                ("Haemme miehen varastoon.", "miehen", E),
                ("Myyjätär", "Myyjätär", W),
                ("Varusmiespalvelus suoritettuna", "Varusmiespalvelus suoritettuna", W),
                ("Edellytämme suoritettua varusmiespalvelusta.", "suoritettua varusmiespalvelusta", W),
                ("Vi söker en servitris", "servitris", W),
                ("We need a waitress for the weekends", "waitress", W),
                ("Haemme palomiestä", "palomiestä", I),
                ("Asiantuntevat esimiehet", "esimiehet", I),
                ("Är du känd som en lösningsinriktad förman?", "förman", I),
                ("We need a salesman", "salesman", I),
                ("Haemme näyttelijää naisrooliin: hakijan tulee olla nainen.", "nainen", W),
                ("Uimahalli hakee naisten vuoroille naispuolista uinninvalvojaa; naisilla ja miehillä on omat uintivuorot.", "naispuolista", W),
                ("Toivomme hakijan olevan nainen.", "nainen", E),
            ],
            &[
                "We do not discriminate on the basis of race, sex, age, veteran status, or military service.",
                "Our founder left military service in 2010 to start the company.",
                "We offer a military leave policy and support employees in national service.",
                "Women of Power Tech Summit 2020\n\nApple is a proud partner of the Women of Power Tech Summit.",
                "The job suits anyone who does not mind physical work: you will lift tyres all day.",
                "Haemme naisia – ja miehiä – kaikkiin tehtäviin.",
                "Responsibilities: Remote monitoring of our robot fleet. This will require being able to multi-task & watch and man multiple robots at once.",
                "Women of Power Tech Summit 2020. Summary: Posted: Sep 23, 2020.",
                "Skills needed to succeed in this role: patience and care.",
                "Women needed to be consulted more in product design, the study found, and our team took note.",
                "Varusmiespalveluksen suorittaneille ja siviilipalveluksen suorittaneille sekä niille, jotka eivät ole suorittaneet kumpaakaan, on tehtävässä yhtäläiset mahdollisuudet.",
                "Jaamme kuukausittain kaikille tiimeille tiimirahaa.",
                "Haemme R-kioskille työntekijöitä.",
                "Vi söker en social, glad tjej/kille som har erfarenhet sedan tidigare.",
                "Home help for an elderly lady\n\nI am a 78-year-old widow and I need help twice a week with shopping and cleaning.",
                "Han gjorde civiltjänst på ett bibliotek.",
                "Du väljer själv dina arbetstider.",
                "Vi väljer ut sökande oavsett kön och ålder.",
                "Emergency cases will be given priority over routine work.",
                "Hoidat naisten ja miesten vaatteita.",
                "Vi prioriterar barnens säkerhet.",
                "Women and men are equally encouraged to apply.",
                "Vi söker assistenter till en pojke på 8 år med autism.",
                "Assistenter sökes till en kvinna på 67 år i Umeå.",
                "Vi vill ha din ansökan senast 1 maj.",
                "Arbetsgemenskapen på vårt daghem består i dag enbart av kvinnor, och vi uppmuntrar särskilt män att söka.",
                "APPLICATION PROCEDURES:  Send your resume to man_mas17@example.am or call us.",
                "Military Institute is looking for a Teacher of Information Technologies.",
                "Gender: Male/Female",
                "Sales Manager (m/f/d)",
                "Nurse (Male/Female)",
                "We sell clothing for women (female) and men (male) of all ages.",
                "Gender: any",
                "The study compares gender (male vs female) pay gaps.",
                "Experience in caring for elderly women preferred.",
                "Women, People of Color and LGBTQ people strongly urged to apply.",
                "If you are a woman, we encourage you to apply.",
                "Allt fler byggföretag uppmuntrar kvinnor att söka till arbetsplatserna.",
                "Age, gender and experience do not matter to us.",
                "McDonnell & Associates is a minority and woman owned litigation firm.",
                "Enabling individuals, businesses, and economies to thrive.",
                "You need a driving licence and a good attitude.",
                "Työskentelet 5-vuotiaan pojan kanssa.",
                "FemFit is a women-only gym in Tampere. We're hiring a front desk associate to greet members.",
                "Ett av de största företagen har som mål att 30 procent av arbetsledarna ska vara kvinnor år 2030.",
                "Då P 4 är en mansdominerad arbetsplats ser vi gärna kvinnliga sökanden.",
                "Jäsenemme ovat varusmiespalveluksen suorittaneita reserviläisiä.",
                "You supervise the pools, including women-only swimming sessions and baby swimming.",
                "Bilingual English/Spanish a plus Understanding of issues facing low-wage workers also a plus Women, People of Color, People with Disabilities and LGBTQ people strongly urged to apply.",
                "Positions: Chef, Receptionist, Waiter/Waitress, Nurses.",
                "You will be part of a Digital Asset Management (DAM) company; experience is an asset.",
                "Då vi arbetar för en jämnare könsfördelning ser vi gärna kvinnliga sökande till den här tjänsten.",
                "Research shows that women and underrepresented groups tend to apply only if they meet every requirement, so we encourage you to apply.",
                "Olemme käyneet läpi kaikki hakemukset.",
                "Our ex-army veterans charity helps families.",
                "Vi säljer damkläder och herrkläder.",
                "Kunderna är mest damer i medelåldern.",
                "Du får en trevlig arbetsplats med kvinnor och män.",
                "We never hire based on gender or age.",
                "Our founder served in the army for 20 years.",
                "The team will be led by a woman with 20 years in retail.",
                "Toivomme hakijoiksi myös naisia.",
                "We encourage women to apply.",
                "We encourage women and non-binary people to apply.",
                "Vi välkomnar sökande oavsett kön.",
                "Naistenvaateliike hakee myyjää.",
                "Myymme naisten ja miesten vaatteita.",
                "Haemme naisia ja miehiä tiimiimme.",
                "Tiimissämme on viisi naista ja kolme miestä.",
                "Man måste kunna svenska.",
                "Men vi söker dig som är glad.",
                "Ihmiset ovat meille tärkeitä.",
                "Haemme pelastajaa.",
                "Women's clothing store seeks a sales assistant.",
                "Haemme naisten ja miesten vaatteiden myyjää liikkeeseemme Kuopioon.",
                "Luottamusmies on tavattavissa joka tiistai.",
                "UN Women is looking for a programme analyst.",
                "Olemme naisten perustama yritys.",
                "Hoidat iäkästä naista hänen kotonaan.",
                "We are an equal opportunity employer: minorities, women, veterans and people with disabilities are encouraged to apply.",
            ],
        );
    }
}
