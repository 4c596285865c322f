//! `content.discrimination.other`: other personal characteristics as selection criteria:
//! place of residence ("asuinpaikka pääkaupunkiseudulla", "hakijoiden tulee asua Espoossa",
//! "local candidates only"), trade-union and political activity ("ammattiliittoon kuuluvia
//! emme palkkaa"), sick-leave history, and a credit record outside finance and security work
//! (a warning). Lexicon: `data/lexicon/other.tsv`. The workplace's location ("työpaikka
//! sijaitsee Espoossa") and equality statements are not findings.

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::{Stance, StanceKind, REACH};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Other;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.other",
    severity: Severity::Error,
    title: tr_text!( fi: "Muu mahdollisesti syrjivä vaatimus", sv: "Annat möjligen diskriminerande krav", en: "Other possibly discriminatory requirement" ),
    description: tr_text!(
        fi: "Ilmoitus rajaa hakijoita asuinpaikan, ammattiyhdistys- tai poliittisen toiminnan, luottotietojen tai sairauspoissaolojen perusteella. Ne ovat henkilöön liittyviä syitä, jotka eivät saa vaikuttaa valintaan ilman hyväksyttävää perustetta.",
        sv: "Annonsen utesluter sökande på grund av bostadsort, facklig eller politisk verksamhet, kreditupplysning eller sjukfrånvaro. Det är personliga omständigheter som inte får påverka urvalet utan godtagbart skäl.",
        en: "The ad limits applicants by place of residence, union or political activity, credit record or sick-leave history. These are personal characteristics that may not affect selection without an acceptable reason.",
    ),
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    Some(match kind {
        "residence" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: hakijan asuinpaikkaa ei pidä vaatia ilman työhön liittyvää syytä. Kerro sen sijaan työpaikan sijainti ja työajat.",
            sv: "”{excerpt}”: den sökandes bostadsort ska inte krävas utan ett arbetsrelaterat skäl. Ange i stället var arbetsplatsen finns och arbetstiderna.",
            en: "“{excerpt}”: the applicant's place of residence should not be required without a job-related reason. State where the workplace is and the working hours instead.",
        ),
        "credit" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: luottotietoja saa edellyttää vain tehtävissä, joissa se on perusteltua (esim. rahaliikenne). Kerro peruste tai poista vaatimus.",
            sv: "”{excerpt}”: kreditupplysning får krävas bara i uppgifter där det är motiverat (t.ex. penninghantering). Ange skälet eller ta bort kravet.",
            en: "“{excerpt}”: a credit record may be required only where the job justifies it (e.g. handling money). State the reason or remove it.",
        ),
        "union" | "political" | "sick" | "unemployed" => tr!(lang, [excerpt],
            fi: "”{excerpt}” koskee hakijan henkilökohtaisia ominaisuuksia (ay- tai poliittinen toiminta, sairauspoissaolot, työttömyys), jotka eivät saa vaikuttaa valintaan. Poista vaatimus.",
            sv: "”{excerpt}” gäller personliga förhållanden (facklig eller politisk verksamhet, sjukfrånvaro, arbetslöshet) som inte får påverka urvalet. Ta bort kravet.",
            en: "“{excerpt}” concerns personal characteristics (union or political activity, sick leave, unemployment) that may not affect selection. Remove the requirement.",
        ),
        _ => return None,
    })
}

/// A credit-record requirement is fine where finance or security work is named; a credit union or
/// the European Union is no trade union.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    let severity = match by_mode {
        Some(severity) => severity,
        // a short item that opens with the verb states what is looked for, in a list whose
        // heading an export lost: "• Live near our office in Burlingame", "Living close to or in
        // Malibu"
        None if hit.entry.kind == "residence" && stance.kind == StanceKind::Plain && {
            let clause = a.clause_words(hit.first);
            // (not a question: "Live in Lapland? Join us.")
            hit.first == clause.start
                && clause.len() <= 8
                && is_any(a.word(hit.first), "live|living|reside|residing")
                && a.glued_sign(clause.end - 1, true) != Some("?")
        } =>
        {
            Severity::Warning
        }
        None => return None,
    };
    match hit.entry.kind {
        // a benefit for members or non-members, or help for those from elsewhere: "a benefits
        // package for Non-Union members", "help with residence permit paperwork for candidates
        // from outside the EU"
        "union" | "residence" if stance.kind == StanceKind::Offers => None,
        // (named in the title or within 60 words: "security" or "financial" somewhere in a
        // receptionist's ad makes no finance work)
        "credit" if {
            let near = hit.first.saturating_sub(60)..(hit.last + 61).min(a.words.len());
            cues().find_in(cue::EXC_CREDIT, a, a.clause_words(0)).is_some() || cues().find_in(cue::EXC_CREDIT, a, near).is_some()
        } =>
        {
            None
        }
        // (an immigration status, not a home: "lawful permanent resident of the U.S.")
        // (not "permanent residents of the city of Oulu")
        "residence"
            if hit.first > 0
                && a.word(hit.first).starts_with("resident")
                && a.word(hit.first - 1) == "permanent"
                && (hit.first > 1 && a.word(hit.first - 2) == "lawful"
                    || (hit.first + 1..(hit.first + 4).min(a.words.len())).any(|k| is_any(a.word(k), "u|us|u.s|usa|united|america|canada|australia|uk"))) =>
        {
            None
        }
        // (a place after "local to": "Business Analyst Local to Des Moines", not "from the local
        // to domain outages")
        "residence" if a.word(hit.first) == "local" && a.word(hit.last) == "to" && {
            let place = |k: usize| k < a.words.len() && a.word_token(k).capital;
            !(place(hit.last + 1) || a.word(hit.last + 1) == "the" && place(hit.last + 2))
        } =>
        {
            None
        }
        // the customers' credit, a duty: "run credit checks on new clients"
        "credit" if is_any(a.word(hit.last + 1), "on|of|for") && cues().find_in(cue::CLIENTS, a, hit.last + 2..(hit.last + 5).min(a.words.len())).is_some() => None,
        // "credit union members", "European Union member states"
        "union" if hit.first > 0 && cues().is(cue::NOT_UNION_BEFORE, a, hit.first - 1) => None,
        // the employer's own record: "Vi har få sjukskrivningar tack vare god arbetsmiljö",
        // "Meillä on vähän sairauslomia"
        "sick" if matches!(stance.kind, StanceKind::Offers | StanceKind::Employer)
            || {
                let c = a.clause_words(hit.first).start;
                is_any(a.word(c), "vi|we|meillä") && is_any(a.word(c + 1), "har|have|on")
            } =>
        {
            None
        }
        // sick leave among the benefits: "Vacation, sick leave, and observance of all federal
        // holidays", "Sick leave is accrued at 96 hours per year", "15 paid vacation days / Sick days"
        "sick" if hit.entry.mode == crate::text::lexicon::Mode::Attr && {
            let near = hit.first.saturating_sub(8)..(hit.last + 9).min(a.words.len());
            near.into_iter().any(|k| {
                let w = a.word(k);
                starts_with_any(w, "vacation|holiday|insurance|401|pto|paid|accru|benefit|semester|loma|försäkring")
            })
        } =>
        {
            None
        }
        // a place of residence as the condition of an option: "du kan också arbeta på distans om
        // du bor på annan ort", "you may work remotely if you live elsewhere"
        "residence" if {
            let clause = a.clause_words(hit.first);
            let cs = cues();
            let lo = hit.first.saturating_sub(3).max(clause.start);
            let option = |k: usize| cs.find_in(cue::OPTION, a, k.saturating_sub(2 * REACH).max(clause.start)..k).is_some();
            cs.find_in(cue::IF_WHEN, a, lo..hit.first).is_some_and(option)
        } =>
        {
            None
        }
        // the residence of the people the work is for, their subject right before the verb:
        // "sillä asiakkaamme asuvat haja-asutusalueella", "our clients live in rural areas"
        "residence" if hit.first > 0 && is_any(a.word(hit.first), "asuvat|asuu|bor|live|lives") && cues().is(cue::CLIENTS, a, hit.first - 1) => None,
        // Turning the unemployed away is the finding ("The unemployed need not apply"); seeking
        // them is a measure for them ("must have been unemployed for 13 weeks" in a programme
        // for the long-term unemployed), and "If you are unemployed..." invites them.
        "unemployed" if hit.entry.mode == crate::text::lexicon::Mode::Attr && !matches!(stance.kind, StanceKind::Excludes | StanceKind::Asks) => None,
        _ => Some(severity),
    }
}

const SPEC: Spec = Spec { lexicon: lex::OTHER, exception: None, refine, message };

impl Rule for Other {
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
        check_messages(super::lex::OTHER, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.other",
            &[
                ("Vi ser helst att du inte är medlem i någon fackförening.", "inte är medlem i någon fackförening", E),
                ("Active trade union members are not a good fit for our flexible working culture.", "trade union members", E),
                ("Applicants were asked to indicate which political party they support, according to a former employee.", "which political party they support", E),
                ("Liiton lakimiehen mukaan rekrytoija oli kirjoittanut ilmoitukseen, että ”ay-taustaiset hakijat karsitaan heti alkuunsa”.", "ay-taustaiset", E),
                ("Hakemukseen oli liitettävä selvitys viimeisen kolmen vuoden sairauspoissaoloista, kertoo Pardia.", "sairauspoissaoloista", E),
                ("Applicants from outside the city will not be considered.", "Applicants from outside", W),
                ("Must be a team player. Temporary position only. Must live local. Must be able to work from home on Fridays.", "live local", W),
                ("Job Location : Plano, TX/Columbus, OH/ Mclean, VA – Only Local", "Only Local", W),
                ("This position is fully remote, but we are looking for local talent in Utah or Salt Lake counties.", "local talent", W),
                ("Only candidates in Atlanta/Greater Atlanta Area will be considered at this time.", "Only candidates in", W),
                ("Technical Business Analyst Local to Des Moines, Iowa\n\nJob Description: requirements gathering.", "Local to", W),
                ("The ad required candidates to be permanent residents of the city of Oulu.", "residents of", W),
                ("Availability to work additional hours if needed. Successful completion of a pre-employment drug screening, employment history check, credit check and criminal background check. The receptionist greets visitors, answers the phone, books meeting rooms, orders office supplies, sorts the incoming mail, keeps the lobby tidy, helps new employees on their first day, arranges couriers, updates the visitor log, plans team lunches, welcomes candidates for interviews, handles lost and found items, keeps the kitchen stocked, and supports the office manager with events, travel bookings and small projects across the year. About us: we follow our information security and compliance policies, reviewed in our annual financial audit.", "credit check", W),
                ("Here are some of the things we're looking for:• Awesome work ethic• Live near our office in Burlingame• Outstanding written and verbal communication skills", "Live near", W),
                ("Columbus, OH - hybrid 3 days onsite 2 days remote (look for nearby candidates within 50 to 60 miles)", "nearby candidates", W),
                ("Other Criteria:\n\n- Strongly prefer domicile near the Boston/Cambridge metro area but will consider non-local domicile", "domicile near", W),
                ("For this role, we're prioritising candidates based in Stockholm and London, however we'd consider exceptional candidates elsewhere.", "candidates based in", W),
                ("For this role, we are looking for someone based in Skåne, as many of our clients and projects are located in the region.", "someone based in", W),
                ("Availability to work additional hours if needed. Successful completion of a pre-employment drug test, employment history check, credit check and criminal background check", "credit check", W),
                ("Edellytettävät luvat: Valitun henkilön luottotiedot tarkastetaan, Ennen valintaa on esitettävä hyväksyttävä työterveyshuollon todistus terveydentilasta", "luottotiedot tarkastetaan", W),
                ("Vi förutsätter att du inte engagerar dig i fackföreningsverksamhet.", "fackföreningsverksamhet", E),
                ("We expect our staff to stay out of union activity.", "union activity", E),
                ("You have a permanent home address in the Vaasa region; we do not hire commuters.", "permanent home address", W),
                ("Därför tar vi endast emot ansökningar från personer som redan är folkbokförda i Närpes.", "är folkbokförda i", W),
                ("Taustasi tarkistetaan: maksuhäiriömerkintä estää valinnan.", "maksuhäiriömerkintä", W),
                ("Edellytämme:\n• asiakaspalvelutaitoja\n• kotiosoitetta Vantaalla", "kotiosoitetta Vantaalla", W),
                ("Observera: partipolitiskt engagemang ses som ett hinder för anställning hos oss.", "partipolitiskt engagemang", E),
                ("Vi är ett fackfritt företag och förväntar oss att också våra medarbetare står utanför facket.", "står utanför facket", E),
                ("Vi förutsätter:\n- erfarenhet av butiksarbete\n- att du bor högst tio kilometer från butiken", "bor högst tio kilometer från", W),
                ("Endast sökande vars hemadress har postnummer som börjar på 65 behandlas.", "vars hemadress", W),
                ("Trade union members: this is probably not the workplace for you.", "Trade union members", E),
                ("Please note that we only hire people whose registered home municipality is Kuopio.", "home municipality", W),
                ("Edellytämme:\n- kiinteistönhoitajan ammattitutkintoa\n- B-ajokorttia\n- asuinpaikkaa Oulun kaupungin alueella", "asuinpaikkaa", W),
                ("Endast sökande som är skrivna i Esbo beaktas.", "som är skrivna i", W),
                ("Enligt Hufvudstadsbladet skrev arbetsgivaren i platsannonsen att ”fackligt engagerade personer inte passar in i vår företagskultur”.", "fackligt engagerade", E),
                ("The online listing described the plant as \"proudly union-free\" and stated that \"applicants with a history of union organizing need not apply.\"", "union organizing", E),
                ("Requirements: excellent customer service skills; must not be a member of, or hold office in, any political party.", "any political party", E),
                ("Requirements: Matric; 2 years' stock control experience; must not be blacklisted and must have no judgements or outstanding debt.", "blacklisted", W),
                ("Emme ota hakijoita, jotka ovat olleet mukana lakoissa tai luottamusmiestehtävissä aiemmissa työpaikoissaan.", "lakoissa", E),
                ("Tarjoamme hyvän porukan. (Vihervasemmistolaiset aktivistit, älkää viitsikö hakea.)", "Vihervasemmistolaiset", E),
                ("Requirements:\n- fluent Finnish\n- place of residence: Helsinki metropolitan area", "place of residence", W),
                ("Please mention whether you belong to a political party.", "belong to a political party", E),
                ("Union activists need not bother applying.", "Union activists", E),
                ("Toivomme, ettei hakijalla ole taustaa ay-liikkeessä.", "ay-liikkeessä", E),
                ("Ange i din ansökan hur många sjukfrånvarodagar du har haft under de senaste tre åren.", "hur många sjukfrånvarodagar", E),
                ("Sökande från Vasaregionen prioriteras.", "Sökande från Vasaregionen", W),
                ("Observera att vi gör en kreditupplysning på alla sökande innan intervju.", "kreditupplysning på alla sökande", W),
                ("Bifoga uppgifter om eventuella skulder.", "eventuella skulder", W),
                ("Membership in the ruling party is an advantage.", "Membership in the ruling party", E),
                ("Candidates who are active in political parties or movements will not be considered.", "active in political parties", E),
                ("Please attach a criminal record extract and a credit report to your application.", "credit report", W),
                ("Lisäksi edellytämme, että asut enintään 10 km:n päässä Oulun keskustasta.", "asut enintään", W),
                ("Toivomme, ettei hakija ole aktiivisesti mukana ammattiyhdistystoiminnassa.", "ammattiyhdistystoiminnassa", E),
                ("Arvostamme neutraaliutta: emme valitse tehtävään puolueissa tai poliittisissa järjestöissä aktiivisesti toimivia henkilöitä.", "poliittisissa järjestöissä", E),
                ("Etusijalla ovat Kuusamossa vakituisesti kirjoilla olevat hakijat.", "kirjoilla olevat", W),
                ("Ilmoituksessa toivottiin siivoojan tehtävään ”paikkakunnalla vakituisesti asuvia” hakijoita.", "paikkakunnalla vakituisesti asuvia", W),
                ("Hakemukseen: CV, suosittelijat sekä selvitys sairauspoissaoloistasi viimeisen kahden vuoden ajalta.", "sairauspoissaoloistasi", E),
                ("Krav: egen bil, erfarenhet av hemstädning och inga betalningsanmärkningar.", "inga betalningsanmärkningar", W),
                ("Edellytämme: ei maksuhäiriömerkintöjä.", "ei maksuhäiriömerkintöjä", W),
                ("Sökande skulle vara bosatta inom kommunen sedan minst två år.", "bosatta inom", W),
                ("Krav: boendeort Vasa eller Korsholm", "boendeort", W),
                ("Du måste vara boende i kommunen.", "boende i", W),
                ("Political affiliation: none.", "Political affiliation", E),
                ("Must support the ruling party.", "support the ruling party", E),
                ("Must not be involved in politics.", "involved in politics", E),
                ("Must belong to the ABC party.", "belong to the ABC party", E),
                ("Must not have any debts.", "any debts", W),
                ("Must have a local address.", "local address", W),
                ("Must reside on the Island.", "reside on", W),
                ("Must reside close to Falomo (for Lagos candidates).", "reside close", W),
                ("Vi vill att du inte har några sjukskrivningar.", "några sjukskrivningar", E),
                ("Edellytämme poliittista sitoutumattomuutta.", "poliittista sitoutumattomuutta", E),
                ("Hakijan tulee olla Helsingin kaupungin asukas.", "olla Helsingin kaupungin asukas", W),
                ("Hakijan kotikunnan tulee olla Espoo.", "kotikunnan tulee", W),
                ("Hakijalla ei saa olla ulosottovelkaa.", "ulosottovelkaa", W),
                ("Et saa olla ollut sairauslomalla viimeisen vuoden aikana.", "ollut sairauslomalla", E),
                ("Edellytämme, ettei hakijalla ole ollut sairauslomia viimeisen kahden vuoden aikana.", "sairauslomia", E),
                ("Candidates living around Mowe will be given preference.", "living around", W),
                ("Applicants must be resident in Abuja.", "resident in", W),
                ("Residential location: Ikeja", "Residential location", W),
                ("Du bör inte ha några sjukskrivningar de senaste två åren.", "några sjukskrivningar", E),
                ("Kotihoitaja\n\nAsuinpaikka: Oulu tai max. 30 km säteellä keskustasta.", "Asuinpaikka", W),
                ("Very Good English Level.\nMales Only.\nAlexandria Residences Only.", "Residences Only", W),
                ("Able to communicate English, Mandarin and Malay. Prefer staying in West area. Able to start work immediately.", "staying in West area", W),
                ("No unemployed candidates will be considered.", "unemployed candidates", W),
                ("The unemployed need not apply.", "unemployed", W),
                ("Must be currently employed.", "Must be currently employed", W),
                ("Työttömiä hakijoita emme ota.", "Työttömiä", W),
                ("No political activists.", "No political activists", E),
                ("Tell us which union you belong to.", "union you belong to", E),
                ("Do you belong to a trade union?", "belong to a trade union", E),
                ("We do not hire union members.", "union members", E),
                ("Om du bor i Järfälla kan du börja direkt.", "bor i", W),
                ("Kuulutko ay-liikkeeseen?", "Kuulutko ay-liikkeeseen", E),
                ("Hakijan on oltava luottotiedoiltaan moitteeton.", "luottotiedoiltaan moitteeton", W),
                ("Hakijan tulee olla sitoutumaton ammattiyhdistysliikkeeseen.", "sitoutumaton ammattiyhdistysliikkeeseen", E),
                ("Ilmoituksessa pyydettiin hakijoita kertomaan poliittinen kantansa.", "poliittinen kantansa", E),
                ("Location: Chicago. Local only", "Local only", W),
                ("Vi söker barn som bor i Malmö till en reklamfilm.", "bor i", W),
                ("Reside within 60 miles of hiring location.", "Reside within 60 miles", W),
                ("Candidates within 30 miles preferred.", "within 30 miles", W),
                ("Asuinpaikkana Helsingin talousalue.", "Asuinpaikkana Helsingin talousalue", W),
                ("Paikkakuntalainen hakija eduksi.", "Paikkakuntalainen", W),
                ("Fackförbundet rapporterade att ett transportföretag i sin annons frågade om de sökande var fackligt anslutna.", "fackligt anslutna", E),
                ("Siivoojan tehtävään edellytämme puhtaita luottotietoja.", "puhtaita luottotietoja", W),
                ("Ammattiliitto kertoi, että ilmoituksen mukaan ammattiliittoon kuuluvia hakijoita ei kutsuta haastatteluun.", "ammattiliittoon kuuluvia", E),
                ("Medlemmar i fackförbund ombeds att inte söka.", "Medlemmar i fackförbund", E),
                ("Ange vilket fackförbund du är medlem i.", "vilket fackförbund", E),
                ("Annonsen krävde att den sökande skulle vara mantalsskriven i kommunen.", "mantalsskriven i kommunen", E),
                ("Edellytyksenä on, että kotiosoitteesi on Turun keskustan alueella.", "kotiosoitteesi on", E),
                ("Ay-liikkeen aktiivit eivät sovi meidän porukkaan.", "Ay-liikkeen aktiivit", E),
                ("Ammattiliittoon kuuluvien ei kannata hakea.", "Ammattiliittoon kuuluvien", E),
                ("Vi anställer inte personer som är politiskt engagerade.", "politiskt engagerade", E),
                ("We do not hire political activists.", "political activists", E),
                ("Hakijan tulee asua Oulun keskustan alueella.", "asua Oulun keskustan alueella", W),
                ("Poliittisesti aktiivisia henkilöitä emme rekrytoi.", "Poliittisesti aktiivisia", E),
                ("Medlemmar i fackförbund anställs inte.", "Medlemmar i fackförbund", E),
                ("Toivomme hakijan asuvan lähellä, muualta hakevia emme haastattele.", "muualta hakevia", W),
                ("Applicants from elsewhere will not be interviewed.", "Applicants from elsewhere", W),
                ("Edellytämme, ettei hakija ole aktiivisesti mukana puoluepolitiikassa.", "puoluepolitiikassa", E),
                ("Ay-aktiiveja emme palkkaa.", "Ay-aktiiveja", E),
                ("Helsinki residents preferred.", "residents preferred", W),
                ("Please state whether you belong to a trade union.", "belong to a trade union", E),
                ("Must be a local resident.", "local resident", W),
                ("Preference will be given to candidates who live nearby.", "live nearby", W),
                ("Applicants from outside Uusimaa will not be considered.", "Applicants from outside", W),
                ("Candidates with a history of union activity need not apply.", "union activity", E),
                ("Must not belong to any political party.", "belong to any political party", E),
                ("Please tell us which party you vote for.", "which party you vote", E),
                ("Your credit history will be checked.", "credit history will be checked", W),
                ("Candidates with payment defaults will not be considered.", "payment defaults", W),
                ("Du får inte vara medlem i något fackförbund.", "medlem i något fackförbund", E),
                ("Ange hur många sjukdagar du hade förra året.", "hur många sjukdagar", E),
                ("Sökande från andra orter beaktas inte.", "Sökande från andra orter", W),
                ("Du är politiskt obunden.", "politiskt obunden", E),
                ("Vilket parti röstar du på?", "Vilket parti", E),
                ("Ulkopaikkakuntalaiset eivät sovellu.", "Ulkopaikkakuntalaiset", W),
                ("Luottotietojesi tulee olla kunnossa.", "Luottotietojesi tulee olla kunnossa", W),
                ("Kerro, mitä puoluetta äänestät.", "mitä puoluetta", E),
                ("Et kuulu mihinkään ammattiliittoon.", "Et kuulu mihinkään ammattiliittoon", E),
                ("Olet poliittisesti sitoutumaton.", "poliittisesti sitoutumaton", E),
                ("Must not be a member of any trade union.", "member of any trade union", E),
                ("Must not be politically active.", "politically active", E),
                ("Medlemskap i fackförening är inte önskvärt.", "Medlemskap i fackförening", E),
                ("Must be within commuting distance of our Boston office.", "within commuting distance", W),
                ("Sinulla ei saa olla maksuhäiriömerkintöjä.", "maksuhäiriömerkintöjä", W),
                ("No bankruptcies.", "No bankruptcies", W),
                ("Kerro puoluekantasi.", "puoluekantasi", E),
                ("Du får inte vara medlem i facket.", "medlem i facket", E),
                ("Ammattiliittoon kuuluminen ei ole suotavaa.", "Ammattiliittoon kuuluminen", E),
                ("Members of the Green party preferred.", "Members of the Green party", E),
                ("Only candidates living in the Bay Area will be considered.", "candidates living in", W),
                ("Must not be affiliated with any political party.", "affiliated with any political party", E),
                ("Candidates will be subject to a credit check.", "subject to a credit check", W),
                ("Du måste bo i Stockholm.", "bo i", W),
                ("Ange antal sjukdagar senaste året.", "Ange antal sjukdagar", E),
                ("Applicants must not be a member of a trade union.", "member of a trade union", E),
                ("Kerro hakemuksessa, kuulutko ammattiliittoon.", "kuulutko ammattiliittoon", E),
                ("Asuinpaikka Helsingin talousalue.", "Asuinpaikka Helsingin talousalue", W),
                ("Haemme Espoossa asuvaa myyjää.", "asuvaa", W),
                ("Ei ay-aktiiveja.", "Ei ay", E),
                ("Luottotiedot kunnossa.", "Luottotiedot kunnossa", W),
                ("Vähän sairauspoissaoloja.", "Vähän sairauspoissaoloja", E),
                ("Du ska vara bosatt i Vasa.", "bosatt i", W),
                ("Local candidates only.", "Local candidates only", W),
                ("Must live in Helsinki.", "live in", W),
                ("Hakijoiden tulee asua Espoossa tai Kauniaisissa.", "asua Espoossa", W),
                ("Ammattiliittoon kuuluvia emme palkkaa.", "Ammattiliittoon kuuluvia", E),
                ("Boningsort Helsingfors ekonomiområde.", "Boningsort Helsingfors ekonomiområde", W),
                ("In your application, tell us about your sick leave history and the reasons for your absences.", "sick leave history", E),
                ("Älä anna hakemuksessasi kuvaa itsestäsi ay-aktivistina.", "ay-aktivistina", E),
                ("Vi ser gärna att du bor i närheten av butiken.", "bor i", W),
                ("No union members.", "No union members", E),
            ],
            &[
                "Du behöver inte vara medlem i facket för att omfattas av kollektivavtalet.",
                "The union's members were a good fit for the new collective agreement.",
                "Työterveyshuolto tukee paluuta töihin pitkistä sairauspoissaoloista.",
                "We welcome interest from applicants from outside of the United States.",
                "Applicants must be a U.S. Citizen, lawful permanent resident of the U.S. (or, green card holder).",
                "The outages range from the local to domain level.",
                "We support local talent and local charities in Utah.",
                "Jobb\n\nDå tjänsten medför ekonomiskt ansvar kommer en kreditupplysning att genomföras avseende slutkandidaten.",
                "Live in Lapland? Join us.",
                "Living in Helsinki is not required.",
                "Living in Helsinki, you will enjoy the sea and a short commute to our office by the harbour.",
                "We hire nearby talent agencies for our events.",
                "We are prioritising the safety of our staff based in Stockholm.",
                "You will run credit checks on new clients and manage their accounts.",
                "We are a company based in Skåne with someone based in every office.",
                "Teemme asiakkaiden luottotietojen tarkistukset ja laskutuksen.",
                "Our shop stewards lead union activity on site, and membership is voluntary.",
                "Ilmoita kotiosoitteesi ja puhelinnumerosi hakemuksessa.",
                "Vi tar ut fakturor till kunder inom tio kilometer från butiken.",
                "We support trade union members' right to organise.",
                "We hire people from all backgrounds. You need the right to work in Finland; for candidates from outside the EU we apply for the residence permit on your behalf.",
                "Ansökan ska vara skriven i Word eller PDF.",
                "Our union organizing team supports members across the region.",
                "We offer relocation assistance and help with residence permit paperwork for candidates from outside the EU.",
                "The place of residence of our customers varies.",
                "Ay-liikkeen historiasta kertova näyttely avataan keväällä.",
                "Sökande från hela landet välkomnas.",
                "The ruling party won the election in 2023.",
                "We provide a free credit report service to our customers.",
                "Työ edellyttää B-ajokorttia ja oman auton käyttöä, sillä asiakkaamme asuvat haja-asutusalueella.",
                "Our clients live in rural areas, so a car is required.",
                "Puolueissa toimii paljon vapaaehtoisia.",
                "Vi har inga skulder och en stabil ekonomi.",
                "Yritykselle ei ole maksuhäiriöitä.",
                "Vår boendeort är vacker.",
                "Du behöver kunna kommunicera med de boende på svenska eller finska.",
                "Experience in debt collection required.",
                "You will help clients with no debts plan their savings.",
                "Must be able to support the party planning team.",
                "You will be involved in politics as a policy adviser at parliament.",
                "Our offices reside in a beautiful old building.",
                "Contacting residents within one week of move in.",
                "Recording of interactions with those living at all of our properties is critical.",
                "Vi har få sjukskrivningar tack vare god arbetsmiljö.",
                "Meillä on vähän sairauslomia.",
                "Sinulla on kokemusta asukkaiden hoidosta.",
                "Haemme ulosottomiestä Helsinkiin.",
                "Työterveyshuolto ja palkalliset sairauslomat.",
                "Sairauslomien sijaiseksi haemme hoitajaa.",
                "Haemme sijaista sairauslomalla olevan työntekijän tilalle.",
                "Our office is near the station and staff living around Espoo can cycle to work.",
                "We are proud residents in the Kalasatama area.",
                "Asuinpaikkasi ei vaikuta valintaan.",
                "Työpaikan sijainti: Oulu, Kotikunnan palvelukeskus.",
                "Meet client KPIs whilst staying in scope.",
                "Location: Willing to be based in Stockholm (or open to relocate).",
                "A valid residence permit is required.",
                "If you are unemployed or tired of mundane jobs, this is for you.",
                "Individuals with periods of unemployment are eligible.",
                "If you are currently employed by IHS Markit, please apply internally.",
                "We help unemployed people find work.",
                "Vi hjälper arbetslösa.",
                "Our staff belong to the union.",
                "We support political activism in our community.",
                "Blois Construction, Inc. offers a total compensation and benefits package for Non-Union members that includes ESOP.",
                "Tjänsten är placerad i Norrköping, men du kan också arbeta på distans om du bor på annan ort.",
                "You may work remotely if you live outside Helsinki.",
                "Ay-liikkeen historia on pitkä.",
                "Toimimme yhteistyössä ammattiyhdistysliikkeen kanssa.",
                "Yhtiön poliittinen kanta on neutraali.",
                "Our CEO lives in Helsinki.",
                "Ni skall även vara behjälplig med barn som bor i hushållet.",
                "You will care for children who live in the home.",
                "The hospital is located within 30-minutes of major university towns.",
                "10K Local move benefit to move within 10 miles of our office!",
                "Reach out to new members within 15 minutes of signup.",
                "Palvelemme paikkakuntalaisia ja matkailijoita.",
                "Olemme paikkakuntalainen perheyritys.",
                "Kerro hakemuksessa kotiosoitteesi ja puhelinnumerosi.",
                "Tatsi eli Työttömien ay- jäsenten tukiyhdistys ry tukee, auttaa ja palvelee ammattiliittoihin kuuluvia työttömiä. Autamme työnhaussa ja edistämme nuorten työttömien osallisuutta.\nOdotamme:\n- kokemusta",
                "Benefits: 401(k) plan. Health insurance. Vacation, sick leave, and observance of all federal holidays.",
                "Sick Leave. Sick leave is accrued at a rate of 96 hours per year.",
                "15 paid vacation days / Sick days - if you are sick, you stay home",
                "Tatsi eli Työttömien ay-jäsenten tukiyhdistys palvelee ammattiliittoihin kuuluvia työttömiä.",
                "Our company supports local residents through volunteering.",
                "Staff living nearby can walk to work.",
                "We work with people from outside the EU.",
                "Our union members get discounts.",
                "We help customers improve their credit history.",
                "Vi erbjuder pass i hela länet och rekryterar personer från andra orter också.",
                "Vi välkomnar sökande från andra orter.",
                "Tarjoamme ulkopaikkakuntalaisille asunnon.",
                "Requirements:\n- Benefits include health, dental, vacation time, sick leave, and 401K.",
                "Olemme poliittisesti sitoutumaton järjestö.",
                "Our members are politically active citizens.",
                "Vi har kollektivavtal och samarbetar med fackföreningen.",
                "Puoluekanta ei ratkaise.",
                "Ammattiliittoon kuuluminen on sinun oma asiasi.",
                "Our CEO is a member of the party committee.",
                "The office is within walking distance of the station.",
                "Relocation support for candidates living abroad.",
                "Du ansvarar för uppföljning av sjukfrånvaro.",
                "Applicants must live in or be willing to relocate to Finland.",
                "The role will be based in our Helsinki office.",
                "Join a union-friendly workplace.",
                "Työpaikka sijaitsee Helsingissä.",
                "Sairauslomat maksetaan TES:n mukaan.",
                "Paid sick leave and occupational health care.",
                "Pankki hakee kassaa: luottotiedot tarkistetaan.",
                "Arbetsplatsen ligger i Vasa.",
                "Boende ingår under sommaren.",
                "European Union member states.",
                "Olemme ammattiliiton jäsen ja noudatamme työehtosopimusta.",
                "Without regard to race, religion, union membership or political affiliation.",
                "Many of our staff live in Espoo.",
            ],
        );
    }
}
