//! `content.forbidden_ad_type`: ads that Työmarkkinatori does not accept as job ads (its guide
//! "Laadukas työpaikkailmoitus"): au pair, volunteer and unpaid posts, a person advertising
//! their own services or looking for work, business premises for sale or rent, and pure sales
//! ads; invoicing cooperatives (a warning: only the legacy form guidance banned them).
//! Lexicon: `data/lexicon/forbidden_ad_type.tsv`. "Au pair" in a list of links, volunteer
//! experience as a merit or unpaid leave are not findings.

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::{self, Stance, StanceKind};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct ForbiddenAdType;

static INFO: RuleInfo = RuleInfo {
    id: "content.forbidden_ad_type",
    severity: Severity::Error,
    title: tr_text!( fi: "Ilmoitustyyppi, jota ei julkaista", sv: "Annonstyp som inte publiceras", en: "Ad type not accepted" ),
    description: tr_text!(
        fi: "Työmarkkinatori ei hyväksy työpaikkailmoituksiksi au pair -ilmoituksia, vapaaehtoistehtäviä, liiketilojen myyntiä tai vuokrausta eikä pelkkiä mainoksia. Laskutusosuuskuntien ilmoituksia vanha lomakeohje ei hyväksynyt (varoitus).",
        sv: "Jobbmarknaden godtar inte au pair-annonser, frivilliguppdrag, försäljning eller uthyrning av affärslokaler eller rena reklam- och säljannonser som platsannonser. Faktureringsandelslag godtogs inte av den gamla blankettanvisningen (varning).",
        en: "Job Market Finland does not accept au pair ads, volunteer posts, sales or letting of business premises, or pure advertising or sales ads as job ads. Invoicing-cooperative ads were not accepted by the legacy form guidance (warning).",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    Some(match kind {
        "invoicing" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: vanha lomakeohje ei hyväksynyt laskutusosuuskuntien ilmoituksia. Kerro, onko kyse työsuhteesta vai toimeksiannosta ja kuka maksaa palkan.",
            sv: "”{excerpt}”: den gamla blankettanvisningen godtog inte annonser från faktureringsandelslag. Ange om det gäller en anställning eller ett uppdrag och vem som betalar lönen.",
            en: "“{excerpt}”: the legacy form guidance did not accept invoicing-cooperative ads. Say whether this is employment or a commission, and who pays the wages.",
        ),
        "self_ad" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: ilmoitus näyttää henkilön omalta palvelu- tai työnhakuilmoitukselta. Työmarkkinatori julkaisee vain työnantajien työpaikkailmoituksia; työnhakija voi tehdä profiilin palveluun.",
            sv: "”{excerpt}”: annonsen ser ut som en persons egen tjänste- eller jobbsökaranons. Jobbmarknaden publicerar bara arbetsgivares platsannonser; den som söker arbete kan skapa en profil i tjänsten.",
            en: "“{excerpt}”: this looks like a person advertising their own services or looking for work. Job Market Finland publishes only employers' job ads; a jobseeker can create a profile in the service.",
        ),
        "au_pair" | "volunteer" | "premises" | "advert" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: tällaista ilmoitusta (au pair, vapaaehtois- tai palkaton työ, liiketilat, mainos) ei julkaista Työmarkkinatorilla työpaikkailmoituksena. Julkaise se muussa kanavassa.",
            sv: "”{excerpt}”: en sådan annons (au pair, frivilligt eller oavlönat arbete, affärslokaler, reklam) publiceras inte som platsannons på Jobbmarknaden. Publicera den i en annan kanal.",
            en: "“{excerpt}”: this kind of ad (au pair, volunteer or unpaid work, business premises, advertising) is not published as a job ad on Job Market Finland. Use another channel.",
        ),
        _ => return None,
    })
}


/// Invoicing through a cooperative offered as an option ("tai voit laskuttaa kevytyrittäjänä")
/// beside employment is not the ad's type.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    // A person advertising themselves speaks of themselves: that is the finding.
    // (so does one who offers "sina tjänster", whatever the clause says before: "Erfaren
    // snickare med 20 års erfarenhet erbjuder sina tjänster")
    let own_offer = a.word(hit.first) == "erbjuder" && a.word(hit.first + 1) == "sina";
    if hit.entry.kind == "self_ad" && (stance.kind == StanceKind::Employer || own_offer) {
        return Some(hit.entry.severity);
    }
    // (an offer of the employer's is no one's own service: "Vi erbjuder produkter till bra pris")
    if a.word(hit.first) == "erbjuder" && hit.first > a.clause_words(hit.first).start {
        return None;
    }
    let severity = by_mode?;
    // (the volunteers the applicant works with: "Du rekryterar, utbildar och stöder frivilliga",
    // "you will recruit and train volunteers")
    let recruit = |j: usize| starts_with_any(a.word(j), "rekryter|recruit");
    let task = |k: usize| is_any(a.word(k), "du|you") && (recruit(k + 1) || recruit(k + 2));
    if hit.entry.kind == "volunteer" && (hit.first.saturating_sub(6).max(a.clause_words(hit.first).start)..hit.first).any(task) {
        return None;
    }
    // (a trade term, not a sales pitch: "buy-now-pay-later")
    if hit.entry.kind == "advert" && a.hyphen_after(hit.last) {
        return None;
    }
    if hit.entry.kind != "self_ad" && stance::denied(a, hit.first) {
        return None;
    }
    if hit.entry.kind == "invoicing" {
        let clause = a.clause_words(hit.first);
        if cues().find_in(cue::OPTION, a, hit.first.saturating_sub(6).max(clause.start)..hit.first).is_some() {
            return None;
        }
    }
    Some(severity)
}

const SPEC: Spec = Spec { lexicon: lex::FORBIDDEN_AD_TYPE, exception: None, refine, message };

impl Rule for ForbiddenAdType {
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
        check_messages(super::lex::FORBIDDEN_AD_TYPE, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.forbidden_ad_type",
            &[
                ("UNPAID Public Relations\n\nPublic Relations Specialist Wanted!", "UNPAID Public", E),
                ("We are looking for Influencer Interns to voluntarily work with CEOs and Founders.", "to voluntarily work", E),
                ("Role Description\nThis is a volunteer remote role for a Board Member at Ripple Effect Artists.", "volunteer remote role", E),
                ("Festival crew wanted! Helping out is voluntary and not paid in money: you get a pass and meals.", "voluntary and not paid", E),
                ("Trukkikorttikurssi järjestetään 2.6. Vantaalla. Kurssin hinta 190 € + alv.", "Kurssin hinta 190", E),
                ("Harjoittelu tapahtuu korvauksetta, mutta saat arvokasta kokemusta ja suosituskirjeen.", "Harjoittelu tapahtuu korvauksetta", E),
                ("Myydään kannattava kolmen tuolin kampaamo. Hintapyyntö 35 000 €.", "Hintapyyntö", E),
                ("Olen viisitoista vuotta alalla toiminut kirjanpitäjä ja otan vastaan uusia asiakkaita.", "otan vastaan uusia asiakkaita", E),
                ("Vi söker glada krafter som kan ta emot donationer. Arbetet sker helt på ideell basis.", "på ideell basis", E),
                ("Gå vår tvådagars truckkurs och få truckkort. Nästa kurs startar 2.9.", "Nästa kurs startar", E),
                ("Lönsam pizzeria i centrala Jakobstad överlåts.", "överlåts", E),
                ("Någon lön betalas inte, men du får ett gott arbetsintyg.", "Någon lön betalas", E),
                ("Experienced bookkeeper offering services to small businesses. Ask for a quote: info@example.fi.", "Ask for a quote", E),
                ("In return you get a free festival pass and meals. No wage is paid; this is voluntary work.", "No wage is paid", E),
                ("Reliable handyman, 20 years of experience. Call now for a free quote!", "for a free quote", E),
                ("Hei! Olen kokenut ja luotettava siivooja ja teen koti- ja muuttosiivouksia Lahden alueella. Hinta 28 €/h, kotitalousvähennyskelpoinen.", "kotitalousvähennyskelpoinen", E),
                ("Erfaren trädgårdsmästare erbjuder trädgårdsskötsel och snöröjning i Åbo. Hushållsavdrag gäller! Ring för gratis offert.", "Hushållsavdrag gäller", E),
                ("The company is offering attachment opportunities to students. Attachees will not be paid any allowance.", "will not be paid any allowance", E),
                ("Note: this internship does not come with a stipend or transport allowance.", "not come with a stipend", E),
                ("Well-established pizzeria for sale in Tampere city centre. Asking price 65 000 €.", "Asking price", E),
                ("Become an SAP consultant in 8 weeks! Course fee 1 190 €. Enrol now!", "Enrol now", E),
                ("Työ alkaa kahden viikon palkattomalla koeajalla.", "palkattomalla koeajalla", E),
                ("Kokenut kirvesmies tarjoaa palveluitaan Jyväskylän seudulla.", "Kokenut kirvesmies tarjoaa palveluitaan", E),
                ("Our summer music festival is looking for 150 volunteers!", "looking for 150 volunteers", E),
                ("im a web developer looking for freelance projects, DM me", "looking for freelance projects", E),
                ("Hairdresser – chair for rent in Kallio", "chair for rent", E),
                ("Tarjoan palveluitani remonttitöihin Turun seudulla!", "Tarjoan palveluitani", E),
                ("Join our volunteer crew at the festival!", "volunteer crew", E),
                ("Olen kokenut ja luotettava siivooja ja etsin kotisiivoustöitä Vantaalta.", "etsin kotisiivoustöitä", E),
                ("Erfaren snickare med 20 års erfarenhet erbjuder sina tjänster för renoveringar.", "erbjuder sina tjänster", E),
                ("Jag utför städning och fönsterputs åt privatpersoner.", "Jag utför städning och fönsterputs åt privatpersoner", E),
                ("Erbjuder flytthjälp till bra pris.", "Erbjuder flytthjälp till bra pris", E),
                ("Korvauksena ilmainen ruoka ja majoitus.", "Korvauksena ilmainen", E),
                ("Palkkiona tuotteita ja näkyvyyttä.", "Palkkiona tuotteita", E),
                ("Palkka maksetaan tuotteina.", "Palkka maksetaan tuotteina", E),
                ("Ei rahapalkkaa, mutta hyvä kokemus.", "Ei rahapalkkaa", E),
                ("Ersättning: fri kost och logi.", "Ersättning: fri", E),
                ("Ersättning i form av produkter och synlighet.", "Ersättning i form av produkter", E),
                ("Ingen lön, men bra erfarenhet.", "Ingen lön", E),
                ("You will be paid in exposure and free products.", "paid in exposure", E),
                ("Praktiken är obetald.", "Praktiken är obetald", E),
                ("Ersättning: kost och logi, ingen lön.", "logi, ingen lön", E),
                ("Jag erbjuder städtjänster i Vasa med omnejd.", "Jag erbjuder städtjänster", E),
                ("Korvauksena ruoka ja majoitus, ei palkkaa.", "majoitus, ei palkkaa", E),
                ("Haemme talkoolaisia, palkkiona ilmainen pääsy festareille.", "talkoolaisia", E),
                ("We are looking for volunteers to help at our charity run.", "looking for volunteers", E),
                ("This is a non-paid position. After completion a letter of reference will be available.", "non-paid position", E),
                ("TERM:  Part time\nREMUNERATION/ SALARY:  Unpaid\nAPPLICATION PROCEDURES:  Send a CV.", "SALARY:  Unpaid", E),
                ("Ensimmäinen viikko on palkaton koeaika.", "palkaton koeaika", E),
                ("Successful applicants will complete an unpaid trial shift.", "unpaid trial shift", E),
                ("Vi börjar med en obetald provdag.", "obetald provdag", E),
                ("Palkaton harjoittelupaikka markkinoinnissa, kesto 3 kk.", "Palkaton harjoittelupaikka", E),
                ("Harjoittelupaikka on palkaton.", "Harjoittelupaikka on palkaton", E),
                ("Hej! Jag söker extrajobb på helger, ring mig.", "Jag söker extrajobb", E),
                ("Harjoittelu on palkaton.", "Harjoittelu on palkaton", E),
                ("I offer cleaning services, contact me.", "I offer cleaning services", E),
                ("Harjoittelusta ei makseta palkkaa eikä kulukorvauksia.", "Harjoittelusta ei makseta palkkaa", E),
                ("Obetald praktik på sex månader; ingen ersättning utgår.", "Obetald praktik", E),
                ("Erfaren städare erbjuder hemstädning i Esbo. Ring mig för offert!", "Ring mig för offert", E),
                ("Tarjoan kotisiivousta Lahden alueella edullisesti.", "Tarjoan kotisiivousta", E),
                ("Experienced web designer available for freelance projects - contact me for a quote.", "contact me for a quote", E),
                ("Työ on vapaaehtoista. Palkkaa ei makseta.", "Palkkaa ei makseta", E),
                ("It's best to approach this as a pure volunteer opportunity.", "volunteer opportunity", E),
                ("Estimated time commitment we are looking for while this is a volunteer position is 8-12 hours a week.", "volunteer position", E),
                ("We are currently interviewing full- and part-time unpaid interns.", "unpaid interns", E),
                ("This position is unpaid.", "position is unpaid", E),
                ("Palkaton työharjoittelu.", "Palkaton työharjoittelu", E),
                ("Vapaaehtoistyö ilman palkkaa.", "Vapaaehtoistyö ilman palkkaa", E),
                ("Haemme au pairia perheeseemme.", "au pairia", E),
                ("Etsimme vapaaehtoisia tapahtumaan.", "vapaaehtoisia", E),
                ("Liiketila vuokrataan keskustasta.", "Liiketila vuokrataan", E),
                ("Osta nyt ja säästä!", "Osta nyt", E),
                ("Volunteer position at our festival.", "Volunteer position", E),
                ("Au pair sökes till familj i London.", "Au pair", E),
                ("Työskentely laskutusosuuskunnan kautta.", "laskutusosuuskunnan", W),
                ("Office space for rent in Espoo.", "Office space for rent", E),
                ("Work is done on a voluntary basis.", "on a voluntary basis", E),
                ("Perheemme etsii au pairia syksyksi.", "au pairia", E),
                ("Olen 25-vuotias siivooja ja tarjoan siivouspalveluita Espoossa.", "tarjoan siivouspalveluita", E),
                ("Vapaaehtoistyö: palkaton.", "Vapaaehtoistyö: palkaton", E),
                ("Työharjoittelu ilman palkkaa.", "Työharjoittelu ilman palkkaa", E),
                ("We offer unpaid internships.", "unpaid internships", E),
                ("Jobbet är ideellt.", "Jobbet är ideellt", E),
                ("Ingen lön utgår.", "Ingen lön utgår", E),
                // a negation turned round, or behind a comma
                ("Meillä ei ole palkallisia paikkoja vaan palkatonta harjoittelua.", "palkatonta harjoittelua", E),
                ("Emme maksa palkkaa, työ on vapaaehtoista.", "työ on vapaaehtoista", E),
                ("This is not a paid job but a volunteer position.", "volunteer position", E),
                ("Buy now and save 50 %!", "Buy now", E),
            ],
            &[
                "You will help clients with unpaid invoices and unpaid leave requests.",
                "Employees may voluntarily work overtime, which is paid at 150 %.",
                "We are hiring a Volunteer Coordinator role to recruit and support our volunteers.",
                "Palkka maksetaan TES:n mukaan, ja harjoittelu tapahtuu työajalla.",
                "Kurssin hinta maksetaan kokonaan työnantajan puolesta.",
                "Customers can ask for a quote through our website, and you will prepare it.",
                "Laskutamme asiakkaita, ja asiakkaamme saavat kotitalousvähennyksen. Haemme siivoojaa vakituiseen työsuhteeseen.",
                "You will prepare free quotes for customers in our sales team.",
                "Trainees are paid a monthly allowance of 800 €.",
                "Du rekryterar, utbildar och stöder frivilliga som arbetar med vänverksamhet.",
                "You will recruit and train volunteers for our programmes.",
                "We are looking for freelance translators for Finnish and Swedish.",
                "Yrityksemme tarjoaa palveluita kunnille ja yrityksille ympäri Suomen.",
                "Etsimme kotisiivoustöihin luotettavaa työntekijää.",
                "Vi erbjuder våra tjänster till företag i hela Finland.",
                "Vi erbjuder produkter till bra pris.",
                "Vi erbjuder personalrabatt och produkter till bra pris.",
                "Jag hjälper dig gärna med frågor om tjänsten.",
                "Palkka TES:n mukaan. Lisäksi ilmainen majoitus.",
                "Palkkiona saat 20 % myynnistä ja ilmaiset tuotteet.",
                "Lön: enligt avtal. Fri parkering.",
                "Ersättning: fast månadslön plus provision.",
                "Ingen lön utan arbete, säger chefen.",
                "You will be paid in full every month.",
                "Praktiken är betald enligt avtal.",
                "Vi har mat, boende och bra lön.",
                "Talkoolaiset ovat tärkeä osa yhdistyksemme toimintaa; tämä tehtävä on palkallinen.",
                "We are looking for a volunteer coordinator (full-time, salaried position).",
                "Salary: competitive, paid monthly.",
                "Koeaika 4 kk.",
                "Koeaika on palkallinen.",
                "Paid trial shift.",
                "Provdagen är betald.",
                "Harjoittelupaikka on palkallinen.",
                "Kiitos kaikille talkoolaisille viime vuoden tapahtumasta!",
                "Jag söker uppdrag åt våra kunder inom IT.",
                "Harjoittelu on palkallinen.",
                "We provide IT services to our clients and are hiring a developer.",
                "Koulutuksesta ei makseta palkkaa, mutta matkat korvataan ja majoitus järjestetään.",
                "Yritys tarjoaa palveluitaan koko Suomessa ja haemme myyjää.",
                "Vi erbjuder betalda praktikplatser för studenter.",
                "Tarjoamme kotisiivousta asiakkaillemme; haemme siivoojaa.",
                "Palkka maksetaan kuukausittain.",
                "We participate in community events and provide volunteer opportunities throughout the year.",
                "Contribute to our community through company-sponsored volunteer opportunities with local non-profits.",
                "Our interns are paid and get a mentor.",
                "The position is paid according to the collective agreement.",
                "Vapaaehtoinen lisäeläkevakuutus.",
                "Volunteering experience is a plus.",
                "Kiinteistönvälittäjä myy liiketiloja ja asuntoja.",
                "Myyt asiakkaillemme tuotteita liikkeessämme.",
                "Kassatyössä myyt ja palvelet asiakkaita.",
                "Entrepreneurs welcome: franchising opportunity.",
                "Au pair i USA: https://my-nanny.se/au-pair/",
                "Experience in volunteer work is an advantage.",
                "Mahdollisuus palkattomaan vapaaseen.",
                // an offer negated
                "We do not offer unpaid internships.",
                "Emme tarjoa palkatonta harjoittelua.",
                "Vi erbjuder inte oavlönad praktik.",
                // a negation further back (real ad, 2023) and a trade term
                "CodeMatch Academyssa ei ole tiedossa kalvosulkeisia ja palkatonta harjoittelua, vaan yksilöllistä valmennusta.",
                "We offer different type of loan product like instalment loan, credit line, and buy-now-pay-later.",
                "Hos oss finns ingen oavlönad provanställning.",
            ],
        );
    }
}
