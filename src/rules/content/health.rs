//! `content.discrimination.health`: health, disability, fitness and appearance as selection
//! criteria. Appearance ("hoikka", "hyvännäköinen", "good-looking", "snygg") and the absence of
//! illness or disability ("ei sairauksia", "able-bodied") are errors; health and fitness
//! ("hyvä terveys", "erinomainen kunto", "physically fit") warnings where the clause requires
//! them, and nothing where the text names physical work (care transfers, warehouse, rescue,
//! construction: a physical demand of the job). Lexicon: `data/lexicon/health.tsv`. In
//! modelling or acting work, appearance requirements are warnings that ask for the reason.

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit, Mode};
use crate::text::stance::{Stance, StanceKind};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Health;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.health",
    severity: Severity::Error,
    title: tr_text!(
        fi: "Mahdollinen terveydentilaan tai ulkonäköön perustuva syrjintä",
        sv: "Möjlig diskriminering på grund av hälsotillstånd eller utseende",
        en: "Possible discrimination by health or appearance",
    ),
    description: tr_text!(
        fi: "Ilmoitus vaatii terveyttä, kuntoa, vammattomuutta tai tiettyä ulkonäköä. Terveydentila ja vammaisuus ovat yhdenvertaisuuslaissa kiellettyjä syrjintäperusteita; fyysistä kuntoa saa vaatia, kun työ sitä edellyttää (esim. pelastaja, hoitotyön siirrot).",
        sv: "Annonsen kräver hälsa, kondition, att man saknar funktionsnedsättning eller ett visst utseende. Hälsotillstånd och funktionsnedsättning är förbjudna diskrimineringsgrunder; fysisk kondition får krävas när arbetet kräver det (t.ex. brandman, förflyttningar i vården).",
        en: "The ad requires health, fitness, absence of disability or a certain appearance. Health and disability are prohibited grounds of discrimination; fitness may be required when the job needs it (e.g. firefighting, patient transfers).",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: modelling or acting work).
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> Option<String> {
    Some(match kind {
        "fitness" | "fitness_high" | "health" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: terveys- tai kuntovaatimus on perusteltu vain, jos työ sitä todella edellyttää. Kerro, mitä työssä fyysisesti tehdään, tai poista vaatimus.",
            sv: "”{excerpt}”: krav på hälsa eller kondition är motiverade bara om arbetet verkligen kräver det. Beskriv vad arbetet fysiskt innebär eller ta bort kravet.",
            en: "“{excerpt}”: a health or fitness requirement is justified only if the job really needs it. Describe what the work physically involves, or remove it.",
        ),
        "appearance" if exception => tr!(lang, [excerpt],
            fi: "”{excerpt}” arvioi hakijan ulkonäköä. Se voi olla perusteltua malli- tai roolityössä: kerro peruste ilmoituksessa.",
            sv: "”{excerpt}” bedömer den sökandes utseende. Det kan vara motiverat i modell- eller rollarbete: ange skälet i annonsen.",
            en: "“{excerpt}” judges the applicant's appearance. That can be justified in modelling or acting work: state the reason in the ad.",
        ),
        "appearance" => tr!(lang, [excerpt],
            fi: "”{excerpt}” arvioi hakijan ulkonäköä, mikä ei yleensä liity työhön ja voi olla syrjivää. Poista ulkonäköä koskeva vaatimus.",
            sv: "”{excerpt}” bedömer den sökandes utseende, vilket vanligen inte hör till arbetet och kan vara diskriminerande. Ta bort kravet på utseende.",
            en: "“{excerpt}” judges the applicant's appearance, which usually has nothing to do with the work and can be discriminatory. Remove the appearance requirement.",
        ),
        "disability" if exception => tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijoita terveydentilan tai vamman perusteella. Jos työ sitä edellyttää, kerro peruste ja tarvittaessa kohtuulliset mukautukset.",
            sv: "”{excerpt}” begränsar sökande på grund av hälsa eller funktionsnedsättning. Om arbetet kräver det, ange skälet och vid behov rimliga anpassningar.",
            en: "“{excerpt}” limits applicants by health or disability. If the job requires it, state the reason and, where needed, reasonable accommodation.",
        ),
        "disability" => tr!(lang, [excerpt],
            fi: "”{excerpt}” sulkee pois hakijat terveydentilan tai vamman perusteella, mikä voi olla syrjintää. Kuvaa työn tehtävät ja tarvittaessa kohtuulliset mukautukset.",
            sv: "”{excerpt}” utesluter sökande på grund av hälsotillstånd eller funktionsnedsättning, vilket kan vara diskriminering. Beskriv arbetsuppgifterna och vid behov rimliga anpassningar.",
            en: "“{excerpt}” excludes applicants by health or disability, which may be discrimination. Describe the tasks and, where needed, reasonable accommodation.",
        ),
        _ => return None,
    })
}

/// Fitness is a physical demand of physical work: "good" fitness is a finding only where the
/// text names office work ("Toimistoassistentti: hyvä fyysinen kunto"), "excellent" fitness
/// wherever no physical work is named (the authority's case: excellent fitness for office
/// cleaning). General health ("hyvä terveys", "frisk") is no physical demand. An attribute of
/// appearance ("kaunis", "tall") is about the applicant only as their predicate ("olet kaunis")
/// or in what is sought ("etsimme kaunista..."), not in "vackra Gryts skärgård".
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    let severity = by_mode?;
    let cs = cues();
    let physical = || cs.in_text(cue::PHYSICAL, a).is_some();
    match hit.entry.kind {
        "fitness_high" if physical() => None,
        "fitness" if physical() || cs.in_text(cue::OFFICE, a).is_none() => None,
        // A lone adjective ("attractive") describes the applicant only as a predicate ("you are
        // attractive") or in who is sought; a noun phrase ("slim figure") is a criterion itself.
        // the state a thing is kept in: "håller butiken snygg", "keep the lobby tidy"
        "appearance" if (hit.first.saturating_sub(3)..hit.first).any(|k| is_any(a.word(k), "håller|hålla|hålls|keep|keeps|keeping")) => None,
        "appearance" if hit.entry.mode == Mode::Attr && hit.first == hit.last => {
            let clause = a.clause_words(hit.first);
            // (also the second of two: "you must be friendly and attractive")
            let and = hit.first > clause.start && cs.is(cue::AND, a, hit.first - 1);
            let back = if and { 4 } else { 2 };
            let before = hit.first.saturating_sub(back).max(clause.start)..hit.first;
            // ("you are attractive", "someone slim and attractive")
            let predicate = cs.find_in(cue::BE, a, before.clone()).is_some() || before.into_iter().any(|k| is_any(a.word(k), "someone|somebody"));
            // (an adjective before its noun describes the noun: "pitkä kokemus", "pretty good";
            // but what is sought is the person: "advertising for an attractive female secretary")
            let next = hit.last + 1;
            // (the excluded people themselves: "Överviktiga passar inte", the cue right after)
            let excluded = stance.kind == StanceKind::Excludes && next < a.words.len() && stance.cue.is_some_and(|(lo, _)| lo == a.word_token(next).start);
            if stance.kind != StanceKind::Seeks && !excluded && before_noun(a, hit.last) {
                return None;
            }
            (predicate || excluded || stance.kind == StanceKind::Seeks).then_some(severity)
        }
        // A bare "disease", "illness" or "disability" is the applicant's only when the ad excludes
        // or asks about it ("applicants with disabilities need not apply"), and not to offer help
        // with applying; otherwise it is the work's subject or a benefit ("vaccine-preventable
        // illnesses", "Short-Term Disability").
        "disability"
            if hit.entry.mode == Mode::Attr
                && hit.first == hit.last
                && is_any(a.word(hit.first), "disease|diseases|illness|illnesses|disability|disabilities|funktionsnedsättning|funktionsvariation")
                && (!matches!(stance.kind, StanceKind::Excludes | StanceKind::Asks) || cs.find_in(cue::ACCOMMODATION, a, a.clause_words(hit.first)).is_some()) =>
        {
            None
        }
        // "healthy" before its noun describes the noun, not the applicant's health ("healthy
        // lifestyle", "a healthy work life balance", "cook healthy meals"), unless the noun is the
        // person ("healthy candidates").
        "health"
            if a.word(hit.first) == "healthy"
                && before_noun(a, hit.last)
                && !cs.is(cue::APPLICANT, a, hit.last + 1)
                && !cs.is(cue::HOLDER, a, hit.last + 1) =>
        {
            None
        }
        // An allergy to the animals of the home or workplace is a job-related reason to ask
        // about ("Du har ingen allergi mot pälsdjur", "ei allergiaa lemmikeille"): a warning
        // that asks for it, not an error.
        // (or to the allergens handled: "Tehtaalla käsitellään allergeeneja, joten eihän sinulla
        // ole voimakkaita herkkyyksiä tai allergioita")
        "disability"
            if a.word(hit.first).starts_with("allerg")
                && (cs.find_in(cue::ANIMAL, a, a.clause_words(hit.first)).is_some()
                    || a.clause_words(hit.first).any(|k| starts_with_any(a.word(k), "allergee|allergen"))) =>
        {
            Some(Severity::Warning)
        }
        _ => Some(severity),
    }
}



/// Whether the word after `k` is linked to it in its clause and is not "and" / "or": an
/// adjective at `k` stands before its noun ("pitkä kokemus", "healthy lifestyle").
fn before_noun(a: &Analysis, k: usize) -> bool {
    let next = k + 1;
    next < a.clause_words(k).end && a.is_linked(next) && !cues().is(cue::AND, a, next) && !cues().is(cue::OR, a, next)
}

const SPEC: Spec = Spec { lexicon: lex::HEALTH, exception: Some(cue::EXC_PHOTO), refine, message };

impl Rule for Health {
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
        check_messages(super::lex::HEALTH, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.health",
            &[
                ("The disability federation highlighted a call-centre listing which stated that \"people with disabilities are not suited to our fast pace\".", "disabilities", E),
                ("Ilmoituksessa luki, ettei tehtävä sovellu pyörätuolia käyttävälle, vaikka työ tehtiin kokonaan etänä puhelimessa.", "pyörätuolia", E),
                ("Krav:\n- goda kunskaper i engelska\n- BMI inom normalintervallet", "BMI inom", E),
                ("Tehtaalla käsitellään allergeeneja, joten eihän sinulla ole voimakkaita herkkyyksiä tai allergioita.", "allergioita", W),
                ("Edellytämme:\n- trukkikorttia\n\nIlmoita hakemuksessa pituutesi, painosi ja vaatekokosi.", "pituutesi", E),
                ("Kuljetusyritys edellytti hakijoilta ”täysin tervettä selkää eikä aiempia tuki- ja liikuntaelinsairauksia”.", "tervettä selkää", E),
                ("Söker trevlig personal till vårt café. Ska va smal o ha ett fräscht yttre 😊", "smal", E),
                ("Din profil:\n- erfarenhet av kundbetjäning\n- representativt utseende\n- noggrann och serviceinriktad", "representativt utseende", E),
                ("The hiring notice for servers required men to be clean-shaven, no exceptions.", "clean-shaven", W),
                ("Odotamme asiakaspalvelutaitoja, täsmällisyyttä sekä normaalipainoisuutta.", "normaalipainoisuutta", E),
                ("Requirements: customer service experience, BMI within the normal range", "BMI within", E),
                ("Tehtävänä on jakaa esitteitä. Vaatekoko 36–40.", "Vaatekoko", E),
                ("Height: 170 cm minimum.", "Height: 170 cm", E),
                ("Complexion: fair.", "Complexion", E),
                ("Du ska vara fri från sjukdomar.", "fri från sjukdomar", E),
                ("Du är psykiskt stabil.", "psykiskt stabil", W),
                ("Du har god psykisk hälsa.", "god psykisk hälsa", W),
                ("Du är inte rullstolsburen.", "rullstolsburen", E),
                ("Et saa olla masentunut.", "masentunut", E),
                ("Sinulla on täydellinen näkö.", "täydellinen näkö", W),
                ("Should not suffer from any chronic illness.", "chronic illness", E),
                ("Must not be diabetic.", "diabetic", E),
                ("Must be physically and mentally sound.", "physically and mentally sound", W),
                ("Must be at least 5 feet 6 inches tall.", "at least 5 feet 6 inches", E),
                ("Eftersom du är hotellets ansikte utåt förutsätter vi ett välvårdat och attraktivt utseende.", "attraktivt utseende", E),
                ("Free from chronic illness.", "Free from chronic illness", E),
                ("Medically fit candidates only.", "Medically fit", W),
                ("Good figure essential.", "Good figure", E),
                ("Good physical appearance is a must.", "Good physical appearance", E),
                ("Vi söker dig som är vältränad, till receptionen.", "vältränad", W),
                ("Height: minimum 170 cm.", "Height: minimum 170 cm", E),
                ("Height: at least 5 ft 8 in.", "Height: at least 5 ft", E),
                ("Must be at least 6 feet tall.", "at least 6 feet tall", E),
                ("We only hire healthy candidates.", "healthy", W),
                ("Vi söker friska personer till lagret.", "friska", W),
                ("Etsimme terveitä henkilöitä varastoon.", "terveitä", W),
                ("Candidates with a BMI over 30 cannot be considered for this front-desk role.", "BMI over", E),
                ("Annonsen efterfrågade sökande med normal vikt och gott utseende.", "normal vikt", E),
                ("Personer med psykisk ohälsa i bakgrunden bör inte söka tjänsten.", "psykisk ohälsa", E),
                ("Annonsen efterfrågade sökande med normalvikt och gott utseende.", "normalvikt", E),
                ("Sökande får inte ha kroniska sjukdomar.", "kroniska sjukdomar", E),
                ("We want someone slim and attractive, as you will be the face of our brand.", "slim", E),
                ("Vastaanottovirkailijan pituus vähintään 170 cm.", "pituus vähintään 170 cm", E),
                ("Längd minst 175 cm och representativt utseende.", "Längd minst 175 cm", E),
                ("Liikuntarajoitteiset eivät sovellu tehtävään.", "Liikuntarajoitteiset", E),
                ("Tatuoinnittomat ja lävistyksettömät hakijat eduksi.", "Tatuoinnittomat", E),
                ("Överviktiga passar inte för tjänsten.", "Överviktiga", E),
                ("A classic look, brown long hair with a B-C cup.", "B-C cup", E),
                ("Please state your bra size.", "bra size", E),
                ("Applicants with disabilities need not apply.", "disabilities", E),
                ("Please tell us about any illnesses.", "illnesses", E),
                ("Must weigh no more than 150 pounds.", "weigh no more than 150", E),
                ("Please state your dress size.", "dress size", E),
                ("Must not wear glasses.", "Must not wear glasses", E),
                ("Must be between 160-175 cm tall.", "160-175 cm tall", E),
                ("Du har inga fysiska begränsningar.", "inga fysiska begränsningar", E),
                // an allergy: to the home's animals a warning (real ad, 2023), else an error
                ("Krav för att ansöka till tjänsten\n- Du har B-körkort\n- Du har ingen allergi mot pälsdjur", "allergi", W),
                ("Edellytämme, ettei sinulla ole allergiaa koirille, sillä perheessä on kaksi koiraa.", "allergiaa", W),
                ("Krav: Du har ingen allergi och är frisk.", "allergi", E),
                ("A card in a window advertising for an attractive female secretary.", "attractive", E),
                ("Olet pitkä ja hoikka.", "pitkä", E),
                ("Olet edustavan näköinen.", "edustavan näköinen", E),
                ("Et sairasta pitkäaikaissairauksia.", "Et sairasta pitkäaikaissairauksia", E),
                ("Du ska vara smärt och ha ett fräscht utseende.", "smärt", E),
                ("Du ska ha ett välvårdat utseende.", "välvårdat utseende", E),
                ("Must be presentable and attractive.", "attractive", E),
                ("No wheelchair users.", "No wheelchair users", E),
                ("Must be of normal weight.", "normal weight", E),
                ("Du får inte ha några sjukdomar.", "några sjukdomar", E),
                ("Applicants must be at least 170 cm tall.", "at least 170 cm tall", E),
                ("Please include your height and weight.", "height and weight", E),
                ("Kerro hakemuksessa pituutesi ja painosi.", "pituutesi ja painosi", E),
                ("Ange längd och vikt i ansökan.", "längd och vikt", E),
                ("Sökande med diabetes kommer inte att beaktas.", "diabetes", E),
                ("Du bör vara slank.", "slank", E),
                ("Du har ett trevligt och välvårdat yttre.", "välvårdat yttre", E),
                ("Du har inga hälsoproblem.", "inga hälsoproblem", E),
                ("Et saa sairastaa diabetesta.", "diabetesta", E),
                ("No history of mental illness.", "No history of mental illness", E),
                ("Slim figure preferred.", "Slim figure", E),
                ("Olet vähintään 170 cm pitkä.", "170 cm pitkä", E),
                // a spoken-language requirement shuts out sign-language users (an Ombudsman case)
                ("Edellytämme puhutun suomen kielen taitoa sekä hyviä yhteistyötaitoja.", "puhutun suomen kielen taitoa", W),
                ("Must pass a drug test and have no history of mental illness.", "no history of mental illness", E),
                ("Applicants with a history of back problems need not apply.", "back problems", E),
                ("Sökande med funktionsnedsättning kan tyvärr inte anställas.", "funktionsnedsättning", E),
                ("Hakijalla ei saa olla selkävaivoja.", "selkävaivoja", E),
                ("Toimistosiivoojalta edellytetään erinomaista fyysistä kuntoa.", "erinomaista fyysistä kuntoa", W),
                ("Olet hoikka ja hyvännäköinen.", "hoikka", E),
                ("Edustava ulkonäkö on eduksi.", "Edustava ulkonäkö", E),
                ("Ei pitkäaikaissairauksia.", "Ei pitkäaikaissairauksia", E),
                ("Du är smal och snygg.", "smal", E),
                ("Office assistant: must be physically fit.", "physically fit", W),
                ("No disabilities.", "No disabilities", E),
                ("Kontorsassistent. God fysisk kondition krävs.", "God fysisk kondition", W),
                ("Du är frisk med god fysik. Arbetet består av att lasta och lossa gods.", "frisk", W),
                ("Height: 5'3 minimum height for female cabin crew.", "minimum height", E),
                ("Toimistosiivooja. Edellytämme erinomaista kuntoa.", "erinomaista kuntoa", W),
                ("Hakijan tulee olla terve, hoikka ja hyväkuntoinen. Tehtävä on toimistoassistentti.", "terve", W),
                ("Haemme 20–30-vuotiasta, terveeltä vaikuttavaa myyjää.", "terveeltä vaikuttavaa", E),
                ("Cool and good-looking", "good-looking", E),
                ("TV-seriesnygg eller söderhipster", "seriesnygg", E),
                ("Kontorsstädare. Utmärkt hälsotillstånd krävs.", "Utmärkt hälsotillstånd", W),
            ],
            &[
                "Our offices suit people with disabilities: step-free access and adjustable desks.",
                "Toimitilamme ovat esteettömät, ja pyörätuolilla pääsee kaikkiin kerroksiin.",
                "Vi är en tillgänglig arbetsplats och anpassar gärna arbetsuppgifterna om du har en funktionsnedsättning.",
                "Vi erbjuder hälsokontroller där BMI inom normalintervallet följs upp frivilligt.",
                "Ilmoita hakemuksessa vaatekokosi, niin tilaamme työvaatteet valmiiksi.",
                "Haemme malleja urheiluvaatteiden mainoskuvaukseen. Liitä hakemukseen kaksi tuoretta kuvaa sekä vaatekokosi.",
                "Tuemme työntekijöidemme tervettä selkää ergonomisilla työpisteillä.",
                "Du betjänar kunder, tar emot leveranser och håller butiken snygg.",
                "Our app helps customers track their BMI.",
                "Työvaatteet saat omassa vaatekoossasi.",
                "Ceiling height: 3 m.",
                "Du kommer att arbeta med rullstolsburna barn.",
                "Vi jobbar för god psykisk hälsa hos unga.",
                "Kunden är rullstolsburen och behöver hjälp.",
                "Työskentelet diabeetikkojen kanssa.",
                "Tuemme työntekijöiden hyvää psyykkistä terveyttä.",
                "Avustettava on diabeetikko.",
                "Candidates with disabilities should not hesitate to apply.",
                "Loads should not weigh more than 20 kg.",
                "Vi erbjuder en attraktiv lön och ett vackert kontor.",
                "Experience working with people with disabilities is a plus.",
                "We help overweight patients lose weight.",
                "Our nurses support obese children and their families.",
                "The program helps you get a good figure.",
                "Butiken har ett trevligt utseende.",
                "Body shop technician, good body work skills.",
                "Lift height over 10 m.",
                "The shelf is minimum 170 cm wide.",
                "Staff are required to work at least 6 feet apart.",
                "Interest in fitness and promotion of a healthy lifestyle.",
                "You would also be required to cook healthy meals for the child.",
                "You are comfortable with the pace while maintaining a healthy work life balance.",
                "For the past century, the clinic has provided healthcare for those who need a healthy home the most.",
                "If you are unable to submit an application because of a disability, please contact us.",
                "This email address is reserved for individuals with disabilities in need of assistance. Please note that it is not for inquiries.",
                "Our wellness programme includes free BMI measurements.",
                "En fördel är om du har erfarenhet av lift, rullstol, sondmatning, epilepsi och alternativ kommunikation.",
                "Jäsenemme ovat varusmiespalveluksen suorittaneita reserviläisiä.",
                "Pitkä kokemus ei ole välttämätön.",
                "Työvuoron pituus vähintään 8 tuntia.",
                "You serve a cup of coffee to every customer.",
                "The World Cup season is our busiest time.",
                "Employees will be required to provide evidence of immunity for vaccine-preventable illnesses.",
                "Benefits: Short-Term Disability, Long-Term Disability, Critical Illness.",
                "Lifting and carrying boxes of documents weighing 10-30 pounds on a frequent basis is required.",
                "The bridal work can include taking gowns down a dress size.",
                "Background in metabolic, cardiovascular, inflammatory, or rare genetic diseases preferred.",
                "The shelves are 160-180 cm tall.",
                "Vi arbetar för att personer med fysiska begränsningar ska få stöd.",
                "These are essential job functions and requirements and are subject to possible modification to reasonably accommodate individuals with disabilities.",
                "Sinulla on pitkä kokemus asiakaspalvelusta.",
                "You are pretty good at spreadsheets.",
                "Du håller rent och snyggt i köket.",
                "Requirements:\n- Benefits include paid short-term and long-term disability insurance.",
                "Health promotion and the management of stable chronic diseases.",
                "Hoidat pitkäaikaissairauksia sairastavia asiakkaita.",
                "Hotellet har ett fräscht och välvårdat utseende.",
                "The hotel is friendly and attractive.",
                "We offer an attractive salary and benefits.",
                "Our office is wheelchair accessible; wheelchair users are welcome.",
                "Du har kunskap om sjukdomar och deras behandling.",
                "Husets yttre är prydligt.",
                "Erfarenhet av att arbeta med personer med autism krävs.",
                "Kokemus diabetesta sairastavien hoidosta on eduksi.",
                "Hoidat asiakkaita, joilla on diabetes.",
                "Lift boxes of varying height and weight.",
                "Mittaat tuotteiden pituuden ja painon.",
                "You must be comfortable working at heights.",
                "Edellytämme puhutun ja kirjoitetun suomen kielen taitoa.",
                "Du behärskar svenska i tal och skrift.",
                "Experience working with people with disabilities is required.",
                "You will care for patients with chronic illnesses.",
                "Du behöver ha kunskap om sjukdomar hos äldre.",
                "Du arbetar med personer med funktionsnedsättning.",
                "If you need an accommodation because of a medical condition or disability, please send an email to hr@example.com.",
                "Tuemme työntekijöitä, joilla on selkävaivoja, ergonomisin ratkaisuin.",
                "Työterveyshuolto ja liikuntaetu.",
                "Pelastaja: erinomainen fyysinen kunto on välttämätön.",
                "Terveydenhoitaja vastaanotolle.",
                "Auto on hyvässä kunnossa? Työsuhdeauto hyvässä kunnossa.",
                "Kilpailukykyinen palkka ja attraktiv lön.",
                "We offer an attractive salary and a handsome bonus.",
                "Työ on fyysisesti vaativaa.",
                "Terve työyhteisö ja hyvä ilmapiiri.",
                "A beautiful office by the sea.",
                "Attractive salary package and benefits.",
                "Hoitajana teet potilassiirtoja, joten edellytämme hyvää fyysistä kuntoa.",
                "Warehouse associate: must be physically fit and able to lift 50 lbs.",
                "Hyvä fyysinen kunto on edellytys, sillä työssä ollaan paljon jaloillaan.",
                "Kock till Harstena i vackra Gryts skärgård, vilket kräver att du trivs på en ö.",
                "Toivomme hakijalta hyvää fyysistä kuntoa ja B-ajokorttia.",
            ],
        );
    }
}
