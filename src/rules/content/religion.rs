//! `content.discrimination.religion`: a religion, belief or church membership as a selection
//! criterion ("hakijan tulee olla kristitty", "du ska vara troende", "applicants must be
//! Christian") or a question about it. Lexicon: `data/lexicon/religion.tsv`. Where the text names
//! a religious community's own duties (a parish, a priest, a cantor), a warning that asks for
//! the reason; equality statements and church employers' descriptions are not findings.

use super::{plain, run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any};
use crate::rules::refs;
use crate::text::lexicon::{cue, lex};
use crate::Severity;

pub(crate) struct Religion;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.religion",
    severity: Severity::Error,
    title: tr_text!( fi: "Mahdollinen uskontoon perustuva syrjintä", sv: "Möjlig diskriminering på grund av religion", en: "Possible religious discrimination" ),
    description: tr_text!(
        fi: "Ilmoitus vaatii tiettyä uskontoa, vakaumusta tai kirkon jäsenyyttä. Uskonto ja vakaumus ovat kiellettyjä syrjintäperusteita; vain uskonnollisen yhteisön tehtävissä vaatimus voi olla perusteltu.",
        sv: "Annonsen kräver en viss religion, övertygelse eller medlemskap i ett samfund. Religion och övertygelse är förbjudna diskrimineringsgrunder; endast i ett religiöst samfunds uppgifter kan kravet vara motiverat.",
        en: "The ad requires a religion, belief or church membership. Religion and belief are prohibited grounds; only in the duties of a religious community can such a requirement be justified.",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> Option<String> {
    if !is_any(kind, "req|member|ask") {
        return None;
    }
    Some(if exception {
        tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijat uskonnon tai vakaumuksen mukaan. Uskonnollisen yhteisön tehtävissä vaatimus voi olla perusteltu: kerro ilmoituksessa, miksi se on tehtävässä välttämätön.",
            sv: "”{excerpt}” begränsar sökande efter religion eller övertygelse. I ett religiöst samfunds uppgifter kan kravet vara motiverat: ange i annonsen varför det är nödvändigt i tjänsten.",
            en: "“{excerpt}” limits applicants by religion or belief. In a religious community's duties the requirement can be justified: state in the ad why the role needs it.",
        )
    } else {
        tr!(lang, [excerpt],
            fi: "”{excerpt}” rajaa hakijat uskonnon tai vakaumuksen mukaan, mikä voi olla syrjintää. Poista vaatimus, tai jos kyse on uskonnollisen yhteisön tehtävästä, kerro miksi se on välttämätön.",
            sv: "”{excerpt}” utesluter sökande på grund av religion eller övertygelse, vilket kan vara diskriminering. Ta bort kravet, eller om det gäller uppgifter i ett religiöst samfund, förklara varför det är nödvändigt.",
            en: "“{excerpt}” limits applicants by religion or belief, which may be discrimination. Remove the requirement, or if the work is for a religious community, explain why it is necessary.",
        )
    })
}

const SPEC: Spec = Spec { lexicon: lex::RELIGION, exception: Some(cue::EXC_RELIGION), refine: plain, message };

impl Rule for Religion {
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
        check_messages(super::lex::RELIGION, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.religion",
            &[
                ("Yksityinen päiväkoti oli edellyttänyt ilmoituksessaan siivoojalta ”elävää kristillistä vakaumusta”.", "kristillistä vakaumusta", E),
                ("Vi är ett företag med kristen värdegrund och önskar att du är aktiv i en frikyrkoförsamling.", "frikyrkoförsamling", W),
                ("Olemme kristillisten arvojen pohjalle rakentunut yritys, ja toivomme, että hakija jakaa yrityksemme kristillisen elämänkatsomuksen.", "jakaa yrityksemme kristillisen elämänkatsomuksen", E),
                ("Edellytämme kristillisen elämänkatsomuksen jakamista.", "kristillisen elämänkatsomuksen", E),
                ("Must be a Sikh.", "Sikh", E),
                ("Christian applicants preferred.", "Christian applicants", E),
                ("REQUIRED QUALIFICATIONS:\nThe successful candidate for the Health Manager position will poses the\nfollowing knowledge, skills and abilities acquired through a combination\nof formal education, self-education, prior experience or on-the-job\ntraining:\n- Medical background.\n- Agreement with World Vision's Christian ethos.", "Christian ethos", E),
                ("REQUIRED QUALIFICATIONS:\n- Agreement with World Vision's Christian ethos\n- Driving licence", "Christian ethos", E),
                ("Requirements:\n- Age: 25-35\n- Religion: Muslim\n- Fluent English", "Religion: Muslim", E),
                ("Du ska dela vår kristna tro.", "dela vår kristna tro", E),
                ("Familiarity with the Archdiocese of Detroit Catholic faith community desirable.", "Catholic", W),
                ("Preference given to members of our church.", "members of our church", E),
                ("Worthiness Qualification\nMust be a member of The Church of Jesus Christ of Latter-day Saints and currently temple worthy.", "member of The Church", W),
                ("Du delar vår värdegrund som bygger på en kristen människosyn.", "kristen människosyn", W),
                ("Du måste vara kristen och dela vår passion för kunderna.", "kristen", E),
                ("Must be Jewish and knowledgeable about Israeli culture.", "Jewish", E),
                ("Tjänsten som kyrkoherde förutsätter medlemskap i Evangelisk-lutherska kyrkan i Finland.", "medlemskap i Evangelisk-lutherska kyrkan", W),
                ("Practising Christian preferred.", "Practising Christian", E),
                ("Vi söker en troende kristen till vårt städteam.", "troende kristen", E),
                ("Applicants must be members of the Lutheran church.", "members of the Lutheran church", E),
                ("Seurakuntayhtymä hakee suntiota. Edellytämme evankelis-luterilaisen kirkon jäsenyyttä.", "kirkon jäsenyyttä", W),
                ("Yksityinen päiväkoti toivoo hakijalta kristillistä elämänkatsomusta.", "kristillistä elämänkatsomusta", E),
                ("Kerro hakemuksessa uskontokuntasi.", "uskontokuntasi", E),
                ("Uppge religionstillhörighet.", "religionstillhörighet", E),
                ("Huivia käyttäviä hakijoita ei huomioida valinnassa.", "Huivia käyttäviä", E),
                ("Sökande som bär slöja beaktas inte.", "bär slöja", E),
                ("Applicants who wear a hijab will not be considered.", "wear a hijab", E),
                ("Catholic faith a plus.", "Catholic", E),
                ("Must attend church regularly.", "attend church", E),
                ("No Muslims.", "No Muslims", E),
                ("Applicants should share our Christian faith.", "share our Christian faith", E),
                ("Hakijan tulee kuulua evankelis-luterilaiseen kirkkoon.", "kuulua evankelis-luterilaiseen kirkkoon", E),
                ("Hakijan tulee olla kristitty.", "kristitty", E),
                ("Edellytämme evankelis-luterilaisen kirkon jäsenyyttä.", "kirkon jäsenyyttä", E),
                ("Du ska vara troende.", "troende", E),
                ("Applicants must be Christian.", "Christian", E),
                ("Seurakunta hakee kanttoria; edellytämme kirkon jäsenyyttä.", "kirkon jäsenyyttä", W),
                ("Erikshjälpen söker butiksansvarig. Du delar vår kristna människosyn.", "kristna människosyn", E),
            ],
            &[
                "Päiväkotimme kunnioittaa jokaisen perheen uskonnollista vakaumusta.",
                "Olemme kristillisen elämänkatsomuksen pohjalta toimiva järjestö, ja jaamme ruoka-apua kaikille.",
                "Christian Dior is hiring candidates for the store.",
                "You will need the following skills: Excel, SQL and patience. Our founders met at a Christian youth camp in 1990.",
                "Our company ethos is open and Christian holidays are days off.",
                "Location: Malmö\nDepartment: AI Models & Alarm Intelligence\nHiring Manager: Christian Falck\n\nThe role is fun.",
                "Religion: any. Gender: any.",
                "Faith Christian School is hiring a teacher.",
                "We respect every religion. Christian, Muslim and secular staff all work here.",
                "Du delar vår tro på hållbarhet.",
                "The members of our church choir sing on Sundays; we are hiring a cook for the parish café.",
                "A psychologist who is knowledgeable about Jewish and Israeli culture is desired.",
                "The Jewish Federation of Cleveland is the only organization in Cleveland that focuses on the community.",
                "Huivi tai hiusverkko kuuluu keittiön työasuun.",
                "Olemme kristillisellä arvopohjalla toimiva järjestö.",
                "We welcome Christians, Muslims, Jews and atheists alike.",
                "Our clients attend church on Sundays.",
                "GoldLeaf is a family of people who love others & honor God (you don't have to be Christian or even religious!).",
                "We are a Christian organisation providing care for the elderly.",
                "We share our values openly.",
                "Kirkon nuorisotyö hakee ohjaajaa.",
                "Vakaumuksella ei ole merkitystä.",
                "We welcome applicants regardless of religion or belief.",
                "Työ on kristillisessä päiväkodissa Espoossa? Ei: tavallisessa päiväkodissa.",
                "Christmas party every December.",
                "Equal opportunity employer: we do not discriminate on the basis of religion, creed or belief.",
            ],
        );
    }
}
