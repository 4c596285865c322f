//! `content.discrimination.origin`: citizenship, birthplace and ethnic origin as selection
//! criteria ("Suomen kansalaisuus", "Suomessa syntynyt", "finskt medborgarskap", "Finnish
//! citizens only"). Lexicon: `data/lexicon/origin.tsv`. Nothing where the clause is about the
//! right to work ("EU citizens do not need a work permit"); a warning that asks for the
//! statute where the text names an office or a security clearance for which the law can
//! require citizenship (police, judge, defence, "säkerhetsprövning", "security clearance").

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::Stance;
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Origin;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.origin",
    severity: Severity::Error,
    title: tr_text!(
        fi: "Mahdollinen alkuperään tai kansalaisuuteen perustuva syrjintä",
        sv: "Möjlig diskriminering på grund av ursprung eller medborgarskap",
        en: "Possible discrimination by origin or nationality",
    ),
    description: tr_text!(
        fi: "Ilmoitus vaatii tiettyä kansalaisuutta, syntymämaata tai etnistä taustaa. Ne ovat yhdenvertaisuuslaissa kiellettyjä syrjintäperusteita; vaadi sen sijaan työnteko-oikeutta ja työn edellyttämiä taitoja. Vain tehtävissä, joissa laki sitä edellyttää (esim. poliisi, tuomari, turvallisuusselvitys), kansalaisuutta voidaan vaatia.",
        sv: "Annonsen kräver ett visst medborgarskap, födelseland eller etniskt ursprung. Det är förbjudna diskrimineringsgrunder; kräv i stället rätt att arbeta och de färdigheter arbetet kräver. Endast i tjänster där lagen kräver det (t.ex. polis, domare, säkerhetsprövning) får medborgarskap krävas.",
        en: "The ad requires a nationality, birthplace or ethnic origin. These are prohibited grounds of discrimination; require the right to work and the skills the job needs instead. Only offices where the law requires it (e.g. police, judges, a security clearance) may require citizenship.",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> Option<String> {
    if !is_any(kind, "citizen|ethnic|birth|exclude") {
        return None;
    }
    Some(if exception {
        tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijat kansalaisuuden tai alkuperän mukaan. Se on sallittua vain, kun laki sitä edellyttää (esim. poliisi, tuomari, turvallisuusselvitys): mainitse peruste ilmoituksessa.",
            sv: "”{excerpt}” begränsar sökande efter medborgarskap eller ursprung. Det är tillåtet bara när lagen kräver det (t.ex. polis, domare, säkerhetsprövning): ange grunden i annonsen.",
            en: "“{excerpt}” limits applicants by nationality or origin. That is allowed only where the law requires it (e.g. police, judges, a security clearance): state the legal basis in the ad.",
        )
    } else {
        tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijat alkuperän tai kansalaisuuden mukaan, mikä voi olla syrjintää. Vaadi sen sijaan työnteko-oikeutta Suomessa ja työn edellyttämiä taitoja.",
            sv: "”{excerpt}” utesluter sökande på grund av ursprung eller medborgarskap, vilket kan vara diskriminering. Kräv i stället rätt att arbeta i Finland och de färdigheter arbetet kräver.",
            en: "“{excerpt}” limits applicants by origin or nationality, which may be discrimination. Require the right to work in Finland and the skills the job needs instead.",
        )
    })
}

/// Nothing when the clause, or the next, is about the right to work ("EU citizens do not need a
/// work permit").
fn refine(hit: &Hit<'_>, _stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    let severity = by_mode?;
    let clause = a.clause_words(hit.first);
    // A contest, not a race: "Walk/Race for the Cure", "the race for talent".
    if a.word(hit.last) == "race" && a.word(hit.last + 1) == "for" {
        return None;
    }
    // A language, not an origin: "somalin kielen opettaja", "excellent Somali required".
    let next = hit.last + 1;
    let language = |w: &str| starts_with_any(w, "kiel|språk|language");
    if (a.is_linked(next) && language(a.word(next))) || (hit.first > 0 && cues().is(cue::FLUENT, a, hit.first - 1)) {
        return None;
    }
    // (or listed with languages: "kunskaper i ryska, arabiska eller somaliska", "venäjän,
    // viron tai somalin taito")
    let list = |k: usize| cues().is(cue::OR, a, k) || cues().is(cue::AND, a, k);
    let before = (hit.first.saturating_sub(3).max(clause.start)..hit.first).rev().find(|&k| !list(k));
    let after = (hit.last + 1..(hit.last + 4).min(clause.end)).find(|&k| !list(k));
    // (a list word or a comma between: not "Finnish Somali applicants")
    let listed = |k: usize, lo: usize, hi: usize| cues().is(cue::LANGNAME, a, k) && (lo + 1 < hi || !a.is_linked(hi));
    // (one word that names a language too: not "finskt medborgarskap, finska som modersmål",
    // "Finnish or Swedish nationals")
    if hit.first == hit.last && cues().is(cue::LANGNAME, a, hit.first) && (before.is_some_and(|k| listed(k, k, hit.first)) || after.is_some_and(|k| listed(k, hit.last, k))) {
        return None;
    }
    // English "Finns" is written with a capital; Swedish "finns" (there is) is not: "Vi finns
    // för våra kunder" in a text of both languages.
    if hit.first == hit.last && a.word(hit.first) == "finns" && !a.text_starts_upper(hit.first) {
        return None;
    }
    // A passport as one of the identity documents: "voimassaoleva passi tai kuvallinen
    // henkilökortti", "passport or ID card", "hygiene passport", "alcohol licence passport".
    let id_doc = |k: usize| {
        let w = a.word(k);
        starts_with_any(w, "henkilökort|kuvallinen|id-kort|identitetskort|legitimation|identity|ajokort|körkort|driver|hygien|food|licen|anniskelu|dispens|alcohol|alkohol|suorit|copy|kopio|kopia")
    };
    // (or a photo of passport size: "a passport-size photo", "passport photograph")
    let photo = || starts_with_any(a.word(hit.last + 1), "photo|pic|size|kuva|foto|bild");
    if (hit.first..=hit.last).any(|k| a.word(k).starts_with("pass"))
        && ((hit.first.saturating_sub(4).max(clause.start)..(hit.last + 5).min(a.words.len())).any(id_doc) || photo())
    {
        return None;
    }
    // A condition, not a requirement: "kopia av pass om sökanden inte är svensk medborgare",
    // "if you are not an EU citizen".
    let lo = hit.first.saturating_sub(5).max(clause.start);
    if cues().find_in(cue::IF_WHEN, a, lo..hit.first).is_some() && (lo..hit.first).any(|k| is_any(a.word(k), "inte|ej|not|ei|et")) {
        return None;
    }
    // (in its clause or the next: "Ange medborgarskap. Om du inte är medborgare i EU måste du
    // ha ett arbetstillstånd.")
    let next = if clause.end < a.words.len() { a.clause_words(clause.end) } else { clause.end..clause.end };
    let near = hit.first.saturating_sub(10).max(clause.start)..(hit.last + 11).min(clause.end);
    let next = next.start..(next.start + 30).min(next.end);
    (cues().find_in(cue::PERMIT, a, near).is_none() && cues().find_in(cue::PERMIT, a, next).is_none()).then_some(severity)
}

const SPEC: Spec = Spec { lexicon: lex::ORIGIN, exception: Some(cue::EXC_ORIGIN), refine, message };

impl Rule for Origin {
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
        check_messages(super::lex::ORIGIN, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.origin",
            &[
                ("In the case before the tribunal, the firm's listing said it was looking for \"a proper Finn\" who would fit in with the existing crew.", "proper Finn", E),
                ("Maahanmuuttajataustaiset hakijat eivät tällä kertaa sovellu tehtävään.", "Maahanmuuttajataustaiset", E),
                ("Please share your age and ethnicity in the cover letter.", "ethnicity", E),
                ("Please include your name, age and nationality.", "nationality", E),
                ("Ethnicity: Chinese preferred.", "Ethnicity", E),
                ("U.S. Citizenship is required for most positions.", "Citizenship", W),
                ("I vissa fall krävs svenskt medborgarskap.", "svenskt medborgarskap", W),
                ("Joissakin tehtävissä edellytetään Suomen kansalaisuutta.", "Suomen kansalaisuutta", W),
                ("U.S. Citizenship is required for this position.", "Citizenship", E),
                ("Haemme henkilöä, jonka juuret ovat Suomessa, jotta tiimi pysyy yhtenäisenä.", "jonka juuret ovat Suomessa", E),
                ("Emme tällä kertaa rekrytoi maahanmuuttajataustaisia hakijoita.", "maahanmuuttajataustaisia", E),
                ("Truckförare. Krav: nordiskt medborgarskap.", "nordiskt medborgarskap", E),
                ("Meriterande: finländsk härkomst.", "finländsk härkomst", E),
                ("Eftersom många av våra kunder är äldre ger vi företräde åt sökande med inhemsk bakgrund framför personer som flyttat hit från utlandet.", "inhemsk bakgrund", E),
                ("Windowsinriktad systemutvecklare till säkerhetsinriktat IT-bolag! Vi söker dig som:\n* Besitter goda kunskaper i svenska och engelska.\n* Har svenskt medborgarskap.", "svenskt medborgarskap", W),
                ("Emme ota tähän rekrytointiin hakijoita Venäjältä.", "hakijoita Venäjältä", E),
                ("Toivomme:\n– kokemusta elintarvikemyynnistä\n– suomalaiset sukujuuret (katsotaan eduksi)", "suomalaiset sukujuuret", E),
                ("Uppgiften passar bäst en person med finlandssvenska rötter.", "finlandssvenska rötter", E),
                ("Lön: enligt TES\nTruckkort: meriterande\nMedborgarskap: FI", "Medborgarskap: FI", E),
                ("Endast innehavare av nordiskt pass tas i beaktande.", "nordiskt pass", E),
                ("I en annons stod det att ”personer med romsk bakgrund inte kommer i fråga”.", "romsk bakgrund", E),
                ("Ansökningar från personer från länder utanför Norden behandlas inte.", "personer från länder utanför Norden", E),
                ("Ansök genom att skicka CV och uppgift om vilket land du kommer ifrån.", "vilket land du kommer ifrån", E),
                ("Our regular customers are used to local faces, so we prefer someone from the Finnish majority population.", "majority population", E),
                ("Our customers trust a native-born Finn more, so that is who we are looking for.", "native-born Finn", E),
                ("we are looking for a cleaner for our house 2x per week. finnish person preferred.", "finnish person", E),
                ("A driver ad told people \"with a foreign background\" not to bother applying.", "foreign background", E),
                ("Skolmåltidsbiträde. Sökande ska vara född och uppvuxen i Finland.", "född och uppvuxen i", E),
                ("Requirements: Bumiputera candidates only; Degree in Accounting; 2 years' experience.", "Bumiputera", E),
                ("Polisman till polisinrättningen i Österbotten. Behörighetsvillkor: polisexamen. Finskt medborgarskap krävs enligt polisförvaltningslagen.", "Finskt medborgarskap", W),
                ("The Non-Discrimination Ombudsman criticised an ad that sought a salesperson from Finland only, 'Finnish citizens only'.", "Finnish citizens", E),
                ("Requirements: Preferably Nepali or Indian nationals", "Preferably Nepali or Indian nationals", E),
                ("You speak Finnish fluently and without a foreign accent.", "without a foreign accent", E),
                ("Ideally you were born and raised in Finland.", "born and raised in", E),
                ("Brahmin cook preferred.", "Brahmin", E),
                ("Vi tar inte emot ansökningar från personer med utländsk bakgrund.", "utländsk bakgrund", E),
                ("State of origin: Lagos.", "State of origin", E),
                ("Must be from Lagos State.", "from Lagos State", E),
                ("Applicants from the Northern region only.", "from the Northern region", E),
                ("Hakijan tulee olla Viron kansalainen.", "Viron kansalainen", E),
                ("Du måste vara estnisk medborgare.", "estnisk medborgare", E),
                ("Must be a Ghanaian national.", "be a Ghanaian national", E),
                ("Only Egyptian nationals.", "Only Egyptian nationals", E),
                ("Preference for Filipino nationals.", "Preference for Filipino nationals", E),
                ("Candidates from the Yoruba tribe only.", "tribe", E),
                ("Malaysians only.", "Malaysians", E),
                ("Preference will be given to Kenyans.", "Kenyans", E),
                ("Hakijan tulee olla kotoisin Lapista.", "kotoisin", E),
                ("Suomenruotsalainen tausta on eduksi.", "Suomenruotsalainen tausta", E),
                ("Must be an indigene of Delta State.", "indigene of", E),
                ("Job Requirements\n. Mandrain speaking is a must.\n. Only Singaporean  and PR need apply.\n. Training will be provided.", "Only Singaporean  and PR", E),
                ("Requirements:\nSingaporean/PR Only\nHave a bank account for salary", "PR Only", E),
                ("OPEN TO/ ELIGIBILITY CRITERIA:  Applicants must be US citizens willing\nto relocate to Vermont.", "US citizens", E),
                ("JOB TITLE:   Scriptwriters\nOPEN TO:   Armenian citizens\nPOSITION LOCATION:   Yerevan, Armenia", "citizens", E),
                ("Must hold a US passport.", "US passport", E),
                ("Due to the nature of the work, US citizenship is required.", "US citizenship", W),
                ("Must be a US Citizen.", "US Citizen", E),
                ("American-born candidates preferred.", "American-born", E),
                ("Conditions of Employment: Must be a U.S. Citizen.", "Citizen", E),
                ("Applicants must be born in the US.", "born in the US", E),
                ("Haemme suomalaista naista siivoojaksi.", "suomalaista naista", E),
                ("Vi söker en svensk tjej till butiken.", "svensk tjej", E),
                ("Hispanic candidates preferred.", "Hispanic candidates", E),
                ("Residency Status: US Citizen or Green Card Holder ONLY", "US Citizen", E),
                ("Ett bemanningsföretag uppgav att man endast söker personer med finländsk bakgrund till fabriksarbete.", "finländsk bakgrund", E),
                ("Granskningen visade att brukarna kunde välja bort personal med utländsk bakgrund.", "utländsk bakgrund", E),
                ("Emme palkkaa maahanmuuttajia asiakkaiden toiveesta.", "Emme palkkaa maahanmuuttajia", E),
                ("Sökanden ska vara svensk medborgare.", "svensk medborgare", E),
                ("Kunde företaget erbjuda städning utförd av enbart svenska lokalvårdare?", "svenska lokalvårdare", E),
                ("Yritykset mainostavat, että heidän kaikki työntekijänsä ovat suomalaisia.", "työntekijänsä ovat suomalaisia", E),
                ("Requirements: Must identify as First Nations, Metis or Inuit.", "First Nations", E),
                ("We want a cook who was born in Finland.", "born in Finland", E),
                ("Krav: endast EU-medborgare.", "EU-medborgare", E),
                ("Tjänsten vid Gränsbevakningsväsendet förutsätter finskt medborgarskap.", "finskt medborgarskap", W),
                ("Vastaanottoon haetaan edustavaa, valkoihoista virkailijaa.", "valkoihoista", E),
                ("Työ soveltuu vain Suomen kansalaisille.", "Suomen kansalaisille", E),
                ("Race: White preferred.", "Race: White", E),
                ("Applicants must have a Finnish-sounding name.", "Finnish-sounding name", E),
                ("Sökande ska vara svenskfödda.", "svenskfödda", E),
                ("Du ska vara infödd svensk.", "infödd svensk", E),
                ("Du ska vara etnisk svensk.", "etnisk svensk", E),
                ("Local Finns preferred.", "Finns", E),
                ("Finnish background required.", "Finnish background", E),
                ("Kerro hakemuksessa kansallisuutesi.", "kansallisuutesi", E),
                ("Vaatimuksena Suomen kansalaisuus.", "Suomen kansalaisuus", E),
                ("Olet Suomessa syntynyt.", "Suomessa syntynyt", E),
                ("Finskt medborgarskap krävs.", "Finskt medborgarskap", E),
                ("Finnish citizens only.", "Finnish citizens", E),
                ("Poliisin virkaan vaaditaan Suomen kansalaisuus.", "Suomen kansalaisuus", W),
                ("Haemme kantasuomalaista siivoojaa", "kantasuomalaista", E),
                ("Född i Finland.", "Född i Finland", E),
                ("Hakijan tulee olla Suomessa syntynyt Suomen kansalainen.", "Suomessa syntynyt", E),
                ("Etsimme syntyperäistä suomalaista asiakaspalvelijaa puhelinmyyntiin.", "syntyperäistä suomalaista", E),
                ("Cleaner. Applicants must have Finnish citizenship.", "Finnish citizenship", E),
                ("Tjänsten kräver säkerhetsprövning och svenskt medborgarskap.", "svenskt medborgarskap", W),
            ],
            &[
                "You will work with real Finns and Swedes in our Nordic customer team, and English is our working language.",
                "Below, you have the opportunity to share your preferred gender pronouns, gender, ethnicity, and veteran status with Cruise to help us identify areas of improvement in our hiring.",
                "The interns will develop courseware for sociology courses, including but not limited to Criminology and Race and Ethnicity.",
                "Our founder grew up in Finland and moved to Texas in 1990.",
                "Tarjoamme suomen kielen koulutusta maahanmuuttajataustaisille työntekijöillemme.",
                "Vi har kunder från länder utanför Norden och i hela EU.",
                "Tuomme tuotteita Venäjältä ja Virosta.",
                "Our founder is a Finnish woman who moved to Texas in 1990.",
                "Vår grundare är född och uppvuxen i Jakobstad.",
                "Requirements:\nNationality: Any\nLanguage: basic English",
                "To speed up the process, please attach a copy of your passport.",
                "Hygieniapassi vaaditaan, mutta jos sinulla ei vielä ole sitä, maksamme passin suorittamisen.",
                "A hygiene passport is required and an alcohol passport is a plus.",
                "Our founder was born and raised in Oulu.",
                "Kunskaper i ryska, arabiska eller somaliska är meriterande.",
                "We serve customers from every state.",
                "You will manage accounts from the Northern region.",
                "The country of origin of the goods must be stated.",
                "Vi söker dig som talar polska och svenska.",
                "Experience recruiting foreign nationals is required.",
                "We help foreign nationals obtain work permits.",
                "You will work with indigenous tribes in the Amazon.",
                "Our customers include Germans, Swedes and Norwegians.",
                "We help Ukrainians find jobs in Finland.",
                "Fluent Japanese required.",
                "CareStarter is an Equal Opportunity Employer. CareStarter does not discriminate against any\n\napplicant for employment because of age, gender, sexual orientation, race, religion, national\n\norigin, ethnicity, veteran status or disability.",
                "Tiimimme jäsenet ovat kotoisin eri puolilta maailmaa.",
                "Olen itse kotoisin Porista.",
                "Sinulla on vahva kaupallinen tausta.",
                "The indigenous peoples of Lapland are our customers.",
                "Our only Singaporean office is in Jurong; colleagues from many countries work there.",
                "We need a PR officer only for events.",
                "Applicants must live in or be willing to relocate to Finland.",
                "We would like to ask you not to include any sensitive personal data in your application, for example information about ethnic origin, political opinions or religious beliefs.",
                "We require:Hygiene passportDispensing passport",
                "We are open to candidates of any nationality.",
                "Applicants should submit a passport-size photo.",
                "Kindly attach your recent passport photograph.",
                "Us work status required : H1B,EAD ,Green Card, US Citizens",
                "Our founder, an American-born chef, opened the restaurant in 1990.",
                "Expected to meet monthly fundraising goals for the Walk/Race for the Cure.",
                "Only U.S. Citizens and those authorized to work in the U.S. can be considered as W2 candidates.",
                "Federal law requires that the District employ only U.S. citizens and persons authorized to work in the United States.",
                "US Citizens, Green Card holder and EAD Card holders who can work on W2 are eligible to apply.",
                "Our founder was born in the US and moved to Helsinki.",
                "Asiakkaamme ovat suomalaisia naisia.",
                "Forskningen handlar om svenska kvinnor i arbetslivet.",
                "We serve Hispanic and Latino communities across the county.",
                "As the job involves serving alcohol, you must hold a Finnish alcohol licence passport (anniskelupassi).",
                "Työterveyshuolto kattaa sairaanhoidon. Lisäksi käytössäsi on ePassi-etu.",
                "Du arbetar med personer med utländsk bakgrund.",
                "Sinulla tulee olla voimassaoleva passi tai kuvallinen henkilökortti kulkukorttia varten.",
                "Bifoga kopia av pass om sökanden inte är svensk medborgare.",
                "Vi finns för våra kunder när de behöver. We are looking for a Senior Engineer.",
                "Vi är ett indigenous-owned företag.",
                "Du undervisar i svenska språket.",
                "Haemme somalin kielen oman äidinkielen opettajaa.",
                "Teach Somali as a home language; excellent Somali required.",
                "Avlagd doktorsexamen eller utländsk examen som motsvarar en doktorsexamen krävs.",
                "The race is on to confront the climate crisis.",
                "Work with the Race Committee Chair to coordinate sailing events.",
                "Applicants will be considered without attention to race, color, religion, sex or national origin.",
                "We hire candidates of any race, color, ancestry, religion, sex, national origin.",
                "Applicants shall not be discriminated against because of race, religion, sex, national origin.",
                "We look for talent from a wide range of backgrounds - including but not limited to - race, age, sexual orientation, national origin.",
                "Du ska kunna arbeta pass på kvällar och helger.",
                "Vi arbetar med etniska minoriteter i Sverige.",
                "We welcome applicants with an immigrant background.",
                "Our customers are Finns and Swedes living in Spain.",
                "Det finns krav på körkort.",
                "Työnteko-oikeus Suomessa vaaditaan.",
                "Rätt att arbeta i Finland krävs.",
                "Suomalainen perheyritys hakee myyjää.",
                "We welcome applicants regardless of nationality or ethnic origin.",
                "Kansalaisuudella ei ole merkitystä.",
                "Valid work permit required.",
                "Asiakkaamme ovat suomalaisia ja ruotsalaisia yrityksiä.",
                "EU citizens do not need a work permit; others must hold a valid residence permit.",
                "Without regard to race, color, religion, sex, national origin, citizenship status or disability.",
                "Kansalaisuus: ei merkitystä.",
            ],
        );
    }
}
