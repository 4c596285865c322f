//! `content.fee_from_applicant`: a fee charged to applicants (placement, programme, starter,
//! registration fees; deposits; "workers pay their own flights and visa fees"). Charging a
//! private person for job placement is an offence (Act on Organising Employment Services
//! 380/2023 by name; au pair placement is the one exemption). Lexicon:
//! `data/lexicon/fee_from_applicant.tsv`. Nothing when the employer or client pays, when the ad
//! says there is no fee ("maksuton", "emme peri", "no fee"), or for a generic "-maksu" word
//! without the applicant in its clause ("palkanmaksu").

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, contains_any, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::{self, Stance, StanceKind, REACH};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct FeeFromApplicant;

static INFO: RuleInfo = RuleInfo {
    id: "content.fee_from_applicant",
    severity: Severity::Error,
    title: tr_text!( fi: "Maksu työnhakijalta", sv: "Avgift från arbetssökande", en: "Fee charged to applicants" ),
    description: tr_text!(
        fi: "Ilmoituksen mukaan hakijalta peritään maksu (välitys-, ohjelma-, aloitus- tai rekisteröintimaksu). Yksityishenkilöltä ei saa periä maksua työnvälityksestä; se on rangaistavaa. Työnantajan maksama rekrytointipalkkio on sallittu.",
        sv: "Annonsen tar ut en avgift av den sökande (förmedlings-, program-, start- eller registreringsavgift). Det är förbjudet och straffbart att ta betalt av en privatperson för arbetsförmedling. En rekryteringsavgift som arbetsgivaren betalar är tillåten.",
        en: "The ad charges applicants a fee (placement, programme, starter or registration fee). Charging a private person for job placement is prohibited and punishable. A recruitment fee paid by the employer is fine.",
    ),
    reference: Some(refs::EMPLOYMENT_SERVICES),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    if !is_any(kind, "fee|fee_generic|fee_amount") {
        return None;
    }
    Some(tr!(lang, [excerpt],
        fi: "”{excerpt}”: työnhakijalta ei saa periä maksua työpaikasta tai työnvälityksestä (laki työvoimapalveluiden järjestämisestä). Poista maksu ilmoituksesta ja palvelusta.",
        sv: "”{excerpt}”: arbetssökande får inte avkrävas en avgift för ett jobb eller för arbetsförmedling. Ta bort avgiften ur annonsen och tjänsten.",
        en: "“{excerpt}”: applicants may not be charged for a job or for job placement (Act on Organising Employment Services). Remove the fee from the ad and the service.",
    ))
}

/// Whether a word is a form of "to pay" ("we pay your flights": the payer is its subject).
fn pays(word: &str) -> bool {
    starts_with_any(word, "pay|betal|maks")
}

/// Nothing when the employer (or client) pays, when the fee is negated, or for a generic fee
/// word without the applicant in its clause.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    // (a fee is no ground of discrimination: "tas ut av alla sökande" charges everyone; and a
    // negation elsewhere in the clause denies something else: "Rekisteröitymismaksu 50 €,
    // kokemusta ei tarvita". Only one at the fee denies it, below.)
    let everyone = matches!(stance.kind, StanceKind::Equality | StanceKind::Encourages | StanceKind::Negated).then_some(hit.entry.severity);
    let severity = by_mode.or(everyone)?;
    let cs = cues();
    // (charging negated right after the fee, in its stretch of linked words: "Välitysmaksua ei
    // peritä", "the fee will not be charged", "avgift tas inte ut"; not "maksua ei palauteta")
    let after = hit.last + 1..(hit.last + 6).min(a.words.len());
    let after = || after.clone().take_while(|&k| a.is_linked(k));
    let charge = |k: usize| starts_with_any(a.word(k), "peri|charg|collect|levi|tas|pay|maks|betal|requir|vaadi|kräv");
    // (or inside the matched words: "the fee is not charged")
    if (after().any(|k| cs.is(cue::NEG, a, k)) && after().any(charge)) || (hit.first + 1..hit.last).any(|k| cs.is(cue::NEG, a, k)) {
        return None;
    }
    // (the agency's own income, of which the employee's commission is a share: "provisio 20 %
    // välityspalkkioista", "commission on brokerage fees")
    // ("YOU WILL EARN 50% OF ALL EXTRA FEES CHARGED ON YOUR OWN DEALS")
    let commission = |k: usize| starts_with_any(a.word(k), "provisio|provision|commission|earn|ansaitse|tjäna");
    if (hit.first.saturating_sub(6)..hit.first).any(commission) {
        return None;
    }
    // (a union's dues, which members pay by choice: "Medlemsavgiften till facket kan dras från lönen")
    if after().any(|k| starts_with_any(a.word(k), "facket|fackför|ammattiliit|liiton|union")) {
        return None;
    }
    // (a fee to attend conferences is a benefit's: "travel and registration fees to attend
    // classes and conferences")
    if (hit.last + 1..(hit.last + 7).min(a.words.len())).any(|k| starts_with_any(a.word(k), "conferenc|seminar|konferens|konferenss|seminaar")) {
        return None;
    }
    // (nothing to pay: "candidates pay nothing at any stage")
    if after().any(|k| is_any(a.word(k), "nothing|ingenting|inget")) {
        return None;
    }
    // ("Candidates are required to pay attention to detail")
    if a.word(hit.last + 1) == "attention" {
        return None;
    }
    let clause = a.clause_words(hit.first);
    let near = hit.first.saturating_sub(8).max(clause.start)..(hit.last + 9).min(clause.end);
    // (a benefit list's "Paid state bar dues and professional membership fees")
    let employer_pays = a.word(clause.start) == "paid" && !is_any(a.word(clause.start + 1), "to|by")
        // (not the one the applicant is sent on to: "Betala anmälningsavgiften 45 € innan vi
        // skickar dig vidare till arbetsgivaren")
        || near.into_iter().any(|k| cs.is(cue::PAYER, a, k) && !(k > 0 && is_any(a.word(k - 1), "till|to")))
        || (pays(a.word(hit.first)) && hit.first > clause.start && cs.is(cue::PAYER_SUBJECT, a, hit.first - 1))
        // (the payer before the fee: "we pay the visa and residence permit fees")
        || (hit.first.saturating_sub(6).max(clause.start + 1)..hit.first).any(|k| pays(a.word(k)) && cs.is(cue::PAYER_SUBJECT, a, k - 1));
    // (or denied in its stretch of linked words: "will not be obligated to pay a placement fee")
    if employer_pays || stance::negated(a, hit.first, hit.last) || stance::denied(a, hit.first) {
        return None;
    }
    // (the applicant within reach in the clause, so that a clause of many fees stays linear)
    let reach = hit.first.saturating_sub(4 * REACH).max(clause.start)..(hit.last + 1 + 4 * REACH).min(clause.end);
    // (or what it buys is the job or the papers for it, where the fee is no wage's payment:
    // "Työluvan hankkimisesta peritään 500 euroa", "Hakemuksen käsittely maksaa 30 €")
    // (a fee word is no purpose: "Välitysmaksu 150 € maksetaan etukäteen" is one fee, found
    // at its name)
    let purpose = |k: usize| {
        let w = a.word(k);
        starts_with_any(
            w,
            "työlu|viisum|välity|hakemu|käsittel|rekrytoin|rekisteröi|koulutu|kurssi|jäsenyy|permit|visa|recruit|placement|registr|arbetstillst|visum|förmedl|utbildning|kurs|medlemskap|ansök|kontaktuppgift|yhteystie|ohje|instruktion|instructions|joining",
        ) && !contains_any(w, "maksu|avgift|palkkio|fee")
    };
    let wage = starts_with_any(a.word(hit.first), "palk|lön|wage|salar");
    // (a wage's payment is the employer's: "palkanmaksua varten tarvittavat tiedot")
    if wage && hit.entry.kind == "fee_generic" {
        return None;
    }
    if is_any(hit.entry.kind, "fee_generic|fee_amount") && cs.find_in(cue::APPLICANT, a, reach.clone()).is_none() && (wage || !reach.clone().any(purpose)) {
        return None;
    }
    // (a sum the applicant pays, not one paid to them: "Applicants were charged 300 euros", not
    // "you will be paid 500 euros" or "hakija maksaa ... tuntipalkka")
    if hit.entry.kind == "fee_amount" {
        let received = a.word(hit.first) == "paid" && hit.first > clause.start && cs.is(cue::BE, a, hit.first - 1);
        // (the number is a sum: "1 500 euroa", not "100% paid" or "Paid Time Off 401(k)"; nor a
        // rate: "pays up to $80/hour")
        let sum = (hit.last..clause.end.min(hit.last + 8)).take_while(|&k| stance::is_number(a, k)).last().is_some_and(|k| {
            stance::amount(a, k) && a.words.get(k).is_none_or(|&t| a.text_of(t + 1) != "/")
        });
        // (20 words either way, so that a clause of many sums stays linear)
        let around = hit.first.saturating_sub(20).max(clause.start)..(hit.last + 21).min(clause.end);
        let wage = around.into_iter().any(|k| cs.is(cue::PAY_NOUN, a, k) || cs.is(cue::BASEPAY, a, k));
        if received || wage || !sum {
            return None;
        }
    }
    Some(severity)
}

const SPEC: Spec = Spec { lexicon: lex::FEE_FROM_APPLICANT, exception: None, refine, message };

impl Rule for FeeFromApplicant {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, &SPEC);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check_cases, check_messages};
    use crate::Severity::Error as E;

    #[test]
    fn every_kind_has_its_messages() {
        check_messages(super::lex::FEE_FROM_APPLICANT, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.fee_from_applicant",
            &[
                ("To join, pay the registration fee of 50 € before the interview.", "pay the registration fee", E),
                ("Joining our talent pool costs 25 €/year – members get first access to all new jobs.", "costs 25", E),
                ("How it works:\n1. Register online\n2. Pay the administration charge of 60 €\n3. Get matched with an employer", "administration charge", E),
                ("Ennen haastattelua sinun tulee ostaa verkkokaupastamme perehdytysmateriaali (49,90 €).", "sinun tulee ostaa verkkokaupastamme perehdytysmateriaali", E),
                ("Vår service kostar 450 € per person och dras av från dina första plockintäkter.", "Vår service kostar", E),
                ("Before your first shift you purchase our mandatory trainer certification course (290 €).", "purchase our mandatory", E),
                ("The application is reviewed once the processing charge of 49 € has been paid via MobilePay.", "processing charge", E),
                ("Want to work in Finland? We find you a job within 4 weeks. Service fee 290 € paid in advance, money back if no job.", "Service fee 290 € paid in advance", E),
                ("Selected candidates have to deposit Rs 2,000 (refundable after 6 months) towards the tablet and ID card before joining.", "have to deposit Rs", E),
                ("Salary according to the collective agreement. Before starting, each worker pays our partner agency in Tallinn 450 € for arranging accommodation.", "worker pays our partner agency", E),
                ("Så här gör du:\n1. Fyll i formuläret\n2. Betala anmälningsavgiften 45 € innan vi skickar dig vidare till arbetsgivaren", "Betala anmälningsavgiften 45", E),
                ("Observera att vi tar ut en handläggningsavgift på 35 € för behandling av din ansökan.", "handläggningsavgift", E),
                ("Service charge: PHP 60,000 payable upon visa approval.", "Service charge: PHP 60", E),
                ("Laita 20e mobilepaylla niin lähetän työnhakupaketin ja yhteystiedot.", "Laita 20", E),
                ("Visa cost and air ticket to be borne by the candidate.", "borne by the candidate", E),
                ("Registration to our job database costs 39 €; after that we send you new job offers every week.", "costs 39", E),
                ("Palvelumme hinta työnhakijalle on 390 €, ja se sisältää CV:n käännöksen.", "hinta työnhakijalle", E),
                ("lähetä 20e mobilepayllä niin saat ohjeet ja ekat tilaukset postissa", "lähetä 20", E),
                ("Skicka 20 euro så skickar jag kontaktuppgifterna.", "Skicka 20", E),
                ("Du står själv för kostnaden för arbetskläder.", "står själv för kostnaden", E),
                ("Applicants are required to pay N5,000 for the aptitude test.", "Applicants are required to pay", E),
                ("Koulutuspaketti maksaa 199 €, jonka jälkeen pääset töihin.", "Koulutuspaketti maksaa 199", E),
                ("Rekisteröityminen palveluun maksaa 49 €.", "Rekisteröityminen palveluun maksaa 49", E),
                ("Registreringen kostar 300 kr.", "Registreringen kostar 300", E),
                ("Arbetskläder för 500 kr dras från första lönen.", "dras från första lönen", E),
                ("Kurssin hinta 300 € vähennetään ensimmäisestä palkastasi.", "vähennetään ensimmäisestä palkastasi", E),
                ("Sinun tulee maksaa 150 € koulutuksesta ennen työn alkua.", "tulee maksaa 150", E),
                ("Sijoita 1 000 euroa yhtiöön, niin pääset osakkaaksi ja töihin tiimiimme.", "Sijoita 1", E),
                ("Investera 2 000 euro i bolaget så får du en plats i vårt säljteam.", "Investera 2", E),
                ("Työluvan hankkimisesta peritään 500 euroa.", "peritään 500", E),
                ("Hakemuksen käsittely maksaa 30 €.", "käsittely maksaa 30", E),
                ("Hakijoilta perittiin satojen eurojen maksuja työpaikasta.", "perittiin satojen eurojen maksuja", E),
                ("Sinun tulee maksaa takuusumma 500 €.", "takuusumma", E),
                ("Kurssimaksu 150 €, jonka jälkeen työllistyt meille.", "Kurssimaksu", E),
                ("Vi tar ut en serviceavgift på 10 % av din första månadslön för förmedlingen.", "serviceavgift", E),
                ("Rekisteröitymismaksu 50 €, kokemusta ei tarvita.", "Rekisteröitymismaksu", E),
                ("Registration fee of $50 applies, no experience required.", "Registration fee", E),
                ("Registreringsavgift 50 €, ingen erfarenhet krävs.", "Registreringsavgift", E),
                ("The registration fee is not refundable.", "registration fee", E),
                ("Paid to the agency: a registration fee of 50 EUR.", "registration fee", E),
                ("To begin, all you need to do is pay for your own benefit membership for the first month.", "pay for your own benefit membership", E),
                ("Applicants were charged 300 euros for the training course before they could start work.", "charged 300", E),
                ("The agency required a deposit of 2,000 euros for the work permit.", "deposit of 2", E),
                ("The recruiter took 1,500 euros from each worker for arranging the job.", "took 1,500", E),
                ("Each seasonal worker paid the intermediary a fee of 3,000 euros to get the job.", "paid the intermediary", E),
                ("Before the interview you must transfer 200 euros to cover administration.", "transfer 200", E),
                ("Candidates pay for their own background check ($45) before the interview.", "Candidates pay", E),
                ("De sökande fick betala 300 euro för utbildningen innan de kunde börja.", "betala 300", E),
                ("Rekryteraren tog 1 500 euro av varje arbetare.", "tog 1 500", E),
                ("Innan intervjun måste du föra över 200 kronor för administrationen.", "föra över 200", E),
                ("Arbetarna fick själva stå för flyg och visum.", "själva stå för flyg", E),
                ("Hakijoilta perittiin 300 euroa koulutuksesta ennen töiden alkua.", "perittiin 300", E),
                ("Jokainen marjanpoimija maksoi välittäjälle 3 000 euroa päästäkseen töihin.", "maksoi välittäjälle", E),
                ("Ennen haastattelua sinun tulee siirtää 200 euroa hallintokuluihin.", "siirtää 200", E),
                ("Työntekijät joutuivat itse maksamaan lentonsa ja viisuminsa.", "itse maksamaan lentonsa", E),
                ("A deposit of 100 EUR is required before training.", "deposit of 100 EUR is required", E),
                ("Applicants must pay their own travel costs.", "travel costs", E),
                ("A deposit for the work permit is paid to the agency.", "deposit for the work permit is paid", E),
                ("Registreringsavgift 60 € tas ut av alla sökande före intervjun.", "Registreringsavgift", E),
                ("There's a €45 registration deposit for all new workers, paid before your first shift.", "registration deposit", E),
                ("Police warned about a website that charged jobseekers an 89-euro profile activation fee.", "charged jobseekers", E),
                ("Before your contract starts, every new agent pays a one-time onboarding fee of 300 EUR.", "onboarding fee", E),
                ("Uusi edustaja maksoi lisenssimaksuna yritykselle 549 €.", "lisenssimaksuna", E),
                ("Our induction training costs 300 EUR, payable by the candidate before the first shift.", "payable by the candidate", E),
                ("Työvaatteista ja avaimista peritään 150 euron pantti ennen työn aloittamista.", "peritään 150 euron pantti", E),
                ("Enligt polisen tvingades bärplockarna betala rekryteraren för flyg och visum.", "betala rekryteraren", E),
                ("Rekisteröitymismaksu 49 € maksetaan ennen ensimmäistä keikkaa.", "Rekisteröitymismaksu", E),
                ("Maksat välittäjälle lennot ja majoituksen.", "Maksat välittäjälle", E),
                ("Kursavgiften dras av från första lönen.", "dras av från första lönen", E),
                ("The course fee is deducted from your first paycheck.", "deducted from your first paycheck", E),
                ("The kit must be purchased upfront.", "purchased upfront", E),
                ("Ennen työn aloittamista sinun tulee maksaa koulutus, 350 €.", "sinun tulee maksaa koulutus", E),
                ("Työvaatteet ja -välineet veloitetaan ensimmäisestä palkasta.", "veloitetaan ensimmäisestä palkasta", E),
                ("Välittäjä peri työntekijöiltä 2000 euroa työpaikasta.", "peri työntekijöiltä 2000", E),
                ("En avgift på 100 euro tas ut vid registreringen.", "avgift på 100 euro tas", E),
                ("Ennen aloitusta maksat 50 € rekisteröitymisestä.", "maksat 50", E),
                ("Du betalar 200 euro för utbildningen innan du börjar.", "Du betalar 200", E),
                ("You will pay $100 for the training.", "You will pay $100", E),
                ("Förmedlingsarvodet på 300 € dras av från första lönen.", "Förmedlingsarvodet", E),
                ("A one-time fee of $99 is required to get started.", "one-time fee", E),
                ("Du betalar själv för utbildningen, 300 euro.", "betalar själv för utbildningen", E),
                ("Työntekijä maksaa itse lentonsa ja viisumin.", "maksaa itse lentonsa ja viisumin", E),
                ("Välitysmaksu 150 €.", "Välitysmaksu", E),
                ("Ohjelmamaksu 200 euroa maksetaan etukäteen.", "Ohjelmamaksu", E),
                ("Aloitusmaksu 49 €", "Aloitusmaksu", E),
                ("Förmedlingsavgift 100 euro.", "Förmedlingsavgift", E),
                ("A registration fee of 50 EUR applies.", "registration fee", E),
                ("Maksat itse koulutuksen.", "Maksat itse koulutuksen", E),
                ("You will need to pay a deposit.", "You will need to pay", E),
                ("Valituksi tulleelta peritään 90 euron välitysmaksu ennen työn alkua.", "peritään 90 euron välitysmaksu", E),
                ("Koulutusmaksu 150 € maksetaan etukäteen, ja se hyvitetään ensimmäisestä palkasta.", "Koulutusmaksu", E),
                ("Workers pay their own flights, visa and work permit fees before starting.", "pay their own flights", E),
                ("Työpaikka Suomesta elintarviketehtaaseen. Välityspalkkio maksetaan työnjohtajan tilille ennen töiden aloittamista.", "Välityspalkkio", E),
            ],
            &[
                "We'll invest in your career by providing 3 days of paid professional development every year, including travel and registration fees to attend classes and conferences.",
                "The swimming pool costs 5 € for staff, and parking is free.",
                "Vi följer kollektivavtalet. Medlemsavgiften till facket kan på begäran dras direkt från lönen.",
                "Vår service kostar ingenting för arbetssökande: arbetsgivaren betalar.",
                "Staff can buy our products at a 30 % discount.",
                "A service charge is added to restaurant bills and shared among the staff.",
                "PLUS: YOU WILL EARN 60% OF FUNDED AMOUNT COMMISSIONS ON YOUR OWN DEALS. YOU WILL EARN 50% OF ALL EXTRA FEES CHARGED ON YOUR OWN DEALS.",
                "As a bank teller you will have to deposit customers' cheques and count cash.",
                "Rekryteringsavgiften betalas av arbetsgivaren, inte av dig.",
                "This is a zero-fee recruitment: candidates pay nothing at any stage.",
                "Valitun henkilön kanssa sovitaan palkanmaksua varten tarvittavista tiedoista työsopimusta tehtäessä.",
                "Palkka: kiinteä peruspalkka 2 300 €/kk + provisio 20 % välityspalkkioista.",
                "We pay the visa and residence permit fees, flights and the first month's accommodation.",
                "Lunch costs 5 € at the staff canteen.",
                "The training costs 2 000 €, which the employer covers.",
                "All travel costs are borne by the employer.",
                "Lähetä 3 työnäytettä, niin saat ohjeet ennakkotehtävään.",
                "Skicka 2 referenser till oss.",
                "Arbetsgivaren står för kostnaden för arbetskläder.",
                "Candidates are required to pay attention to detail.",
                "Employees are required to pay attention to detail.",
                "Koulutus maksaa 3 000 €, jonka työnantaja maksaa puolestasi.",
                "Koulutus maksaa itsensä takaisin.",
                "Lunchen kostar 50 kr.",
                "Gymkortet kostar endast 100 kr i månaden.",
                "Kursen kostar 2 000 kr, som arbetsgivaren står för.",
                "Vi betalar för din utbildning, som kostar 20 000 kr.",
                "Työnantaja maksaa 150 € koulutuksesta.",
                "Sijoitamme vuosittain 2 miljoonaa euroa koulutukseen.",
                "Vi kommer att investera 2 miljoner euro i nya maskiner.",
                "Du köper lunch i personalrestaurangen för 7 euro.",
                "Hakemukseen pyydetään liittämään henkilötunnus palkanmaksua varten.",
                "Työnantaja maksaa työluvan käsittelymaksun.",
                "Yritys hoitaa työluvan ja maksaa 500 euron kulut.",
                "Koulutus maksaa 200 euroa, jonka työnantaja maksaa.",
                "Välitysmaksua ei peritä hakijoilta.",
                "Förmedlingsavgift tas inte ut.",
                "The registration fee is not charged to applicants.",
                "A placement fee will not be charged.",
                "- Paid state bar dues and professional membership fees (AILA).",
                "You will earn a referral fee of $500 for each hire.",
                "The membership fee of the club is paid by the employer.",
                "Du får 150 kr i timmen och betalar 0 kr för utbildningen.",
                "You will be paid 500 euros after the first month.",
                "This is a contract position that pays up to $80/hour for the successful candidate.",
                "Identity theft protection benefit paid 100% by the employee.",
                "Paid holidays plus Paid Time Off 401(k) plan and contributions.",
                "Du måste köpa ditt startpaket för 990 kr hos oss, sa ingen någonsin: utrustningen får du av oss.",
                "Du får betalt 150 kr i timmen.",
                "Lounas maksaa työntekijälle 6 euroa henkilöstöravintolassa.",
                "Vi står för resor och visum.",
                "Rekrytoija otti yhteyttä 3 hakijaan.",
                "Direct Deposit: You will be required to have all federal salary payments made by direct deposit.",
                "All unsolicited resumes will be considered the property of MEC and will not be obligated to pay a placement fee.",
                "Our platform helps teams reduce travel costs.",
                "We are lowering the costs of the current credit card processing costs.",
                "The deposit for your locker key is refunded when you leave.",
                "Vi tar inte ut någon avgift av sökande, alla sökande är välkomna.",
                "We do not charge applicants any fees.",
                "The company charges clients a monthly fee for the service.",
                "Invoices are payable by the client within 14 days.",
                "Skatt dras av från lönen varje månad.",
                "Asiakkaat maksavat välittäjälle palkkion kaupan jälkeen.",
                "Työnantaja maksaa koulutuksen.",
                "Palkka maksetaan ensimmäisestä palkasta alkaen tilille.",
                "The paralegal must prepare depositions and exhibits for trial.",
                "Maksat vain 24 % veroa.",
                "We pay 100% of your training costs.",
                "Vi betalar 200 kr i friskvårdsbidrag.",
                "Työnantaja maksaa 300 € koulutuksesta.",
                "We pay the one-time relocation costs.",
                "Työnantaja maksaa koulutuksen.",
                "The company pays for your flights and visa.",
                "Palvelu on hakijalle maksuton.",
                "Työnantaja maksaa rekrytointipalkkion.",
                "Emme peri hakijoilta välitysmaksua.",
                "No registration fee.",
                "Employer pays the placement fee.",
                "Avgiftsfri för sökande.",
                "Maksamme koulutuksen.",
                "Kilpailukykyinen palkka.",
                "Palkanmaksu kaksi kertaa kuukaudessa.",
                "We pay for your visa and flights.",
                "Visa costs are covered by the employer.",
                "Palkka maksetaan ennen juhannusta.",
            ],
        );
    }
}
