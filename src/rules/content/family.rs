//! `content.discrimination.family`: civil status, children, family plans and pregnancy as
//! selection criteria or questions ("Hakijalla ei saa olla pieniä lapsia", "lapseton",
//! "please state your marital status", "sökande med små barn kommer inte att beaktas"). Lexicon:
//! `data/lexicon/family.tsv`. Children in the work ("lapset ovat 3- ja 5-vuotiaita", "work with
//! children"), family-friendly benefits and equality statements are not findings.

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit, Mode};
use crate::text::stance::{Stance, StanceKind};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Family;

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.family",
    severity: Severity::Error,
    title: tr_text!(
        fi: "Mahdollinen perhesuhteisiin perustuva syrjintä",
        sv: "Möjlig diskriminering på grund av familjeförhållanden",
        en: "Possible discrimination by family status",
    ),
    description: tr_text!(
        fi: "Ilmoitus kysyy tai rajaa siviilisäätyä, lapsia, perhesuunnitelmia tai raskautta. Perhesuhteet ovat yhdenvertaisuuslaissa ja raskaus ja vanhemmuus tasa-arvolaissa kiellettyjä syrjintäperusteita.",
        sv: "Annonsen frågar efter eller begränsar civilstånd, barn, familjeplaner eller graviditet. Familjeförhållanden är en förbjuden diskrimineringsgrund enligt diskrimineringslagen, och graviditet och föräldraskap enligt jämställdhetslagen.",
        en: "The ad asks about or restricts marital status, children, family plans or pregnancy. Family relationships are a prohibited ground under the Non-Discrimination Act, and pregnancy and parenthood under the Equality Act.",
    ),
    reference: Some(refs::FAMILY),
    scope: Scope::Text,
};

fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    if !is_any(kind, "family|parent|ask") {
        return None;
    }
    Some(tr!(lang, [excerpt],
        fi: "”{excerpt}” koskee hakijan perhesuhteita, jotka eivät saa vaikuttaa valintaan. Poista maininta; kerro tarvittaessa työajoista tai matkustamisesta.",
        sv: "”{excerpt}” gäller den sökandes familjeförhållanden, som inte får påverka urvalet. Ta bort det; beskriv vid behov arbetstider eller resor.",
        en: "“{excerpt}” concerns the applicant's family situation, which may not affect selection. Remove it; describe working hours or travel instead if relevant.",
    ))
}

/// A bare word for children, marriage or pregnancy is about the applicant only where the
/// applicant would have or be it: "hakijalla ei saa olla lapsia", "applicants with young
/// children", "sökande med små barn" (not "lapsia innostava toteutus", "Barn- och
/// utbildningsförvaltningen").
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    let severity = by_mode?;
    // Children are the applicant's only when had ("sinulla ei saa olla lapsia", "applicants with
    // children"); the children of a care job are not. A person word ("mothers", "raskaana
    // olevat") is the applicant's by itself.
    if hit.entry.mode == Mode::Attr && cues().is(cue::CLIENTS, a, hit.first) {
        let clause = a.clause_words(hit.first);
        let h = cues().find_in(cue::HAVE, a, hit.first.saturating_sub(3).max(clause.start)..hit.first)?;
        // "with" / "med" has the children only after a person: "sökande med små barn", not "ett
        // hem med fyra barn", "arbete med barn".
        if is_any(a.word(h), "with|med") && !(h > clause.start && (cues().is(cue::APPLICANT, a, h - 1) || cues().is(cue::CLIENTS, a, h - 1))) {
            return None;
        }
    } else if hit.entry.kind == "parent" && hit.first > 1 && is_any(a.word(hit.first - 2), "play|playing|portray|portraying") {
        // a role to act: "a casting call for a woman in her sixties to play the mother"
        return None;
    } else if hit.entry.mode == Mode::Attr && hit.entry.kind == "parent" {
        // ... and parents are a criterion only when required, preferred or excluded ("mothers
        // need not apply"), not as the people a service is for ("advise new parents").
        matches!(stance.kind, StanceKind::Requires | StanceKind::Prefers | StanceKind::Excludes).then_some(())?;
        // (not a person: "mother tongue", "parent company")
        let next = hit.last + 1;
        if a.is_linked(next) && cues().is(cue::NOT_PERSON, a, next) {
            return None;
        }
    }
    Some(severity)
}

const SPEC: Spec = Spec { lexicon: lex::FAMILY, exception: None, refine, message };

impl Rule for Family {
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
        check_messages(super::lex::FAMILY, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.family",
            &[
                ("Sökande med små barn hemma kommer tyvärr inte att beaktas.", "barn", E),
                ("Enligt rapporten frågade rekryteraren i ansökningsformuläret om den sökande planerade att skaffa barn under de närmaste åren.", "planerade att skaffa barn", E),
                ("In your cover letter, please mention whether your spouse is also willing to relocate.", "your spouse", E),
                ("Tjänsten med mycket resor är inte lämplig för småbarnsföräldrar.", "småbarnsföräldrar", E),
                ("Ange i din ansökan om du planerar att utöka familjen de närmaste åren.", "utöka familjen", E),
                ("Hae sähköisellä hakulomakkeella. Hakulomakkeessa kysymme myös lastesi lukumäärää ja ikää.", "lastesi", E),
                ("Enligt jämställdhetsombudsmannen stod det i annonsen att sökande ”inte bör planera graviditet under de närmaste två åren”.", "planera graviditet", E),
                ("Hakija ei saa suunnitella raskautta seuraavan kahden vuoden aikana.", "suunnitella raskautta", E),
                ("Because the position involves frequent travel, it suits best a person without small children.", "small children", E),
                ("Huomioithan, että raskaana olevia emme voi valita tähän sijaisuuteen.", "raskaana", E),
                ("Odotamme hakijalta naimattomuutta.", "naimattomuutta", E),
                ("Nämn om du har barn.", "barn", E),
                ("Please mention your age and marital status.", "marital status", E),
                ("Candidates should not be married.", "married", E),
                ("Ilmoituksessa kerrottiin, ettei raskaana olevia palkata.", "raskaana", E),
                ("Single applicants preferred due to travel.", "Single applicants", E),
                ("A consultancy's application form asked candidates whether they planned to have children in the next few years.", "planned to have children", E),
                ("Please tell us about your family planning.", "family planning", E),
                ("Ilmoituksessa toivottiin hakijan olevan perheellinen, mutta lapset jo kouluikäisiä.", "perheellinen", E),
                ("Sökande med barn är inte välkomna.", "barn", E),
                ("Kvinnan var inte aktuell för anställningen eftersom hon skulle vara föräldraledig.", "föräldraledig", E),
                ("Kvinnan var inte aktuell eftersom hon skulle vara föräldraledig.", "föräldraledig", E),
                ("Minulta udeltiin, aionko tehdä lapsia.", "aionko tehdä lapsia", E),
                ("Tell us whether you are married and whether you have kids.", "married", E),
                ("Haastattelussa kysyttiin, onko hakijalla pikkuväkeä.", "pikkuväkeä", E),
                ("Toivomme, ettei hakijalla ole perheenlisäyssuunnitelmia lähivuosina.", "perheenlisäyssuunnitelmia", E),
                ("Vi önskar att du inte planerar familjeökning de närmaste åren.", "familjeökning", E),
                ("Ethän ole raskaana tai suunnittele perheenlisäystä lähivuosina.", "Ethän ole raskaana", E),
                ("We cannot consider pregnant applicants for this role.", "pregnant", E),
                ("Applicants with a child under school age need not apply.", "child", E),
                ("Do you have a child?", "child", E),
                ("Et ole raskaana.", "Et ole raskaana", E),
                ("Barnfria sökande föredras.", "Barnfria", E),
                ("Du planerar inte att bilda familj.", "planerar inte att bilda familj", E),
                ("We prefer candidates without family commitments.", "without family commitments", E),
                ("Not suitable for mothers of young children.", "mothers", E),
                ("Hakijalla ei lapsia.", "ei lapsia", E),
                ("Olet naimaton ja joustava.", "naimaton", E),
                ("Et saa olla raskaana.", "raskaana", E),
                ("Kerro hakemuksessa siviilisäätysi? Siviilisääty ja lasten määrä.", "Siviilisääty", E),
                ("Inga barn.", "Inga barn", E),
                ("No children or family commitments.", "No children", E),
                ("Civilstånd anges i ansökan.", "Civilstånd", E),
                ("Hakijalla ei saa olla pieniä lapsia.", "lapsia", E),
                ("Persons with young children need not apply.", "young children", E),
                ("Please state your marital status and the number of your children.", "marital status", E),
                ("We prefer candidates without children.", "without children", E),
                ("Sökande med små barn kommer inte att beaktas.", "barn", E),
                ("Sopii parhaiten sinkulle.", "sinkulle", E),
                ("Planerar du att skaffa barn?", "Planerar du att skaffa barn", E),
                ("Are you planning a family?", "planning a family", E),
                ("Singles preferred.", "Singles", E),
                ("Candidates without dependents preferred.", "without dependents", E),
            ],
            &[
                "Diskrimineringsombudsmannen påminner om att frågor om graviditet eller familjeplaner inte hör hemma i en anställningsintervju.",
                "The Ombudsman for Equality found no breach in the theatre's casting call for a woman in her sixties to play the mother, as the requirement followed from the role itself.",
                "We offer relocation support for you and your spouse.",
                "Compensation & BenefitsRetirement Package and Pension PlanMedical, Dental, Vision, Life Insurance and Disability Income InsuranceFamily Planning You could be right for this opportunity if you have:Entrepreneurial ambitions",
                "Vi erbjuder flexibla arbetstider för dig som vill skaffa familj.",
                "Voit tuoda lapsesi mukaan työpaikan perhepäivään.",
                "Vi erbjuder en generös föräldraledighet för dig som planerar barn.", "Vi erbjuder stöd under graviditeten.",
                "Meddela oss om du har frågor om tjänsten.",
                "Kirjoitat lapsille suunnattuja tekstejä.",
                "Participate in school meetings, student/parent meetings and individual student advisory meetings as requested and required.",
                "Huolehdimme siitä, ettei kukaan ota turhia riskejä.",
                "We hire without regard to race (including hair texture), pregnancy, childbirth, (or related medical conditions, including, but not limited to lactation), age, marital status or civil union status.",
                "Parental leave (for both parents) - we offer 16 weeks of paid parental leave for all new parents so you have time to adjust.",
                "Centering Pregnancy experience preferred.",
                "Demonstrated ability to work in a collaborative environment with key stakeholders, including faculty, students, and parents.",
                "A single applicant tracking system is used for every role.",
                "Valtuutettu muistuttaa, että raskaudesta tai perhevapaista ei saa kysyä työhaastattelussa.",
                "Ombudsmannen påminner om att man inte får fråga om graviditet i en anställningsintervju.",
                "Benefits: Medical, Dental, Vision, Life Insurance · Family Planning",
                "Olemme perheellinen yrittäjäpariskunta ja haemme myyjää.",
                "Alla sökande är välkomna, även de med barn.",
                "Vi erbjuder förmånlig föräldraledighet.",
                "Sköta om ett hem med fyra barn, erfarenhet av barn är ett krav.",
                "Tarjoamme joustavat työajat perheenlisäystä suunnitteleville.",
                "Decisions are based on merit, not on race, color, citizenship status, national origin, ancestry, gender, age, religion, physical or mental disability, pregnancy, childbirth or related medical condition, genetic information of the employee or family member of the employee, marital status, veteran status, political affiliation, or any other factor protected by federal, state or local law.",
                "Requirements: experience in retail; we sell custom gifts and gift packaging.",
                "The nanny would be responsible for the personal and mental development and care of the child 5 days per week.",
                "Per the Child Abuse and Neglect Reporting Act, this position is a mandated reporter; a background check is required.",
                "Position requires reporting known or suspected child abuse.",
                "12 weeks of paid Bonding Leave following the birth or adoption of a new child, plus up to 12 weeks of Medical Leave for birthing parents.",
                "Hoidat raskaana olevia asiakkaita neuvolassa.",
                "Vi erbjuder flexibla arbetstider som passar dig som vill bilda familj.",
                "We offer flexible hours for parents of young children.",
                "Experience of working with young children is an advantage.",
                "Perhevapaat TES:n mukaan.",
                "Lasten kanssa työskentely on eduksi.",
                "Tarjoamme perheystävälliset työajat.",
                "We offer parental leave and childcare support.",
                "Vi erbjuder föräldraledighet.",
                "Ei vaadita aiempaa kokemusta.",
                "Lapset ovat 3- ja 5-vuotiaita.",
                "Olet tottunut hoitamaan lapsia.",
                "You will work with children aged 5 to 7.",
                "Voima suits people with and without families.",
                "We do not discriminate on the basis of race, color, religion, sex, marital status, pregnancy or disability.",
                "Perheessä on kaksi lasta, ja etsimme heille hoitajaa.",
                "We support employees who plan to start a family with generous leave.",
                "English must be your mother tongue or you must speak it at C2 level.",
                "Applicants must be approved by our parent company.",
                "Families with or without children are welcome at our resort.",
            ],
        );
    }
}
