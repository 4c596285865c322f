//! `content.photo_request`: a request for a photo with the application ("liitä hakemukseen
//! valokuva", "kuvallinen CV", "bifoga foto", "attach a photo"): the photo word is a finding
//! where the clause asks for or requires it, and a "CV with photo" by itself. Lexicon:
//! `data/lexicon/photo_request.tsv`. Not for modelling, acting or casting work, where a photo is
//! part of the job, nor for "photo editing skills" or "älä liitä kuvaa".

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any, starts_with_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit, Mode};
use crate::text::stance::{Stance, StanceKind, Via};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct PhotoRequest;

static INFO: RuleInfo = RuleInfo {
    id: "content.photo_request",
    severity: Severity::Error,
    title: tr_text!( fi: "Valokuvapyyntö", sv: "Begäran om foto", en: "Photo request" ),
    description: tr_text!(
        fi: "Ilmoitus pyytää liittämään hakemukseen valokuvan. Kuva kertoo ulkonäöstä, iästä ja alkuperästä, joilla ei saa olla merkitystä valinnassa, eikä sitä tarvita työhön (paitsi esim. malli- ja näyttelijätyössä).",
        sv: "Annonsen ber om ett foto i ansökan. Ett foto visar utseende, ålder och ursprung, som inte får påverka urvalet, och behövs inte för arbetet (utom t.ex. för modeller och skådespelare).",
        en: "The ad asks for a photo with the application. A photo shows appearance, age and origin, which may not affect selection, and the job does not need it (except e.g. modelling and acting).",
    ),
    reference: Some(refs::PHOTO),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    if kind != "photo" {
        return None;
    }
    Some(tr!(lang, [excerpt],
        fi: "”{excerpt}”: älä pyydä valokuvaa. Valokuva voi johtaa ulkonäköön, ikään tai alkuperään perustuvaan syrjintään, eikä se ole työn kannalta tarpeellinen tieto. Poista pyyntö.",
        sv: "”{excerpt}”: be inte om foto. Ett foto kan leda till diskriminering på grund av utseende, ålder eller ursprung och är inte nödvändigt för arbetet. Ta bort begäran.",
        en: "“{excerpt}”: do not ask for a photo. A photo can lead to discrimination by appearance, age or origin and is not information the job needs. Remove the request.",
    ))
}

/// Nothing for modelling, acting or casting work, a photo word that names something else
/// ("photo editing", "kuvankäsittely"), a negation ("ilman valokuvaa"), or an exclusion ("älä anna kuvaa itsestäsi...").
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    // (a list in brackets after the application's name is what it holds: "Hakemus (CV,
    // valokuva, palkkatoive ja kaksi suosittelijaa) pdf-muodossa")
    let listed = || {
        let clause = a.clause_words(hit.first);
        (hit.first.saturating_sub(6).max(clause.start + 1)..=hit.first)
            .any(|k| a.glued_sign(k, false) == Some("(") && is_any(a.word(k - 1), "hakemus|hakemukseen|ansökan|ansökningen|application|applications"))
    };
    let severity = match by_mode {
        Some(severity) => severity,
        None if stance.kind == StanceKind::Plain && listed() => hit.entry.severity,
        None => return None,
    };
    // "Älä anna kuvaa itsestäsi ..." is about an impression, not a photo to send; a photo is
    // asked for in its own clause, not by a list heading ("What we expect: ... the big picture").
    let cs = cues();
    // ... but "applications without a photo will not be considered" requires one.
    let without = (hit.first..=hit.last).any(|k| cs.is(cue::NEG, a, k));
    // (a photo by itself, "1 color photo", is asked for by its list's heading too; and any photo
    // word is by a heading that asks for attachments: "Liitä hakemukseen:\n- CV\n- valokuva")
    if (stance.kind == StanceKind::Excludes) != without || stance.via != Via::Clause && hit.entry.mode != Mode::Crit && !stance.asked_by_heading() {
        return None;
    }
    // the employer's own photo: "we will take a picture of you for your site ID card"
    // (not the applicant's: "take a photo of yourself and send it")
    let ours = |k: usize| is_any(a.word(k), "otamme|otetaan") || (a.word(k) == "take" && k > 0 && is_any(a.word(k - 1), "we|will"));
    if (hit.first.saturating_sub(3)..hit.first).any(ours) {
        return None;
    }
    // "the big picture", "a big-picture vision": a way of seeing
    if hit.first > 0 && a.is_linked(hit.first) && cs.is(cue::WHOLE, a, hit.first - 1) {
        return None;
    }
    // "a picture of your speed test result": a picture of a thing, not of the applicant
    let of = hit.last + 2 < a.words.len() && a.word(hit.last + 1) == "of" && (hit.last + 1..=hit.last + 2).all(|k| a.is_linked(k));
    if of {
        let k = if is_any(a.word(hit.last + 2), "your|the|a|an") { hit.last + 3 } else { hit.last + 2 };
        if k < a.words.len() && a.is_linked(k) && !cs.is(cue::SELF_OF, a, k) {
            return None;
        }
    }
    // "muutama kuva toteuttamistasi keittiöasennuksista": a picture of a thing (an elative after
    // it), not "kuva itsestäsi"
    let elative = |k: usize| {
        let w = a.word(k);
        (w.ends_with("sta") || w.ends_with("stä")) && !w.starts_with("itse") && (hit.last + 1..=k).all(|j| a.is_linked(j))
    };
    if (hit.last + 1..(hit.last + 3).min(a.words.len())).any(elative) {
        return None;
    }
    // "den komplexa bilden", "hela bilden": a situation; "jobbar med bild, video och ljud": the
    // work's subject
    let before = |n: usize| hit.first.checked_sub(n).filter(|&k| (k + 1..=hit.first).all(|j| a.is_linked(j))).map(|k| a.word(k));
    if a.word(hit.first) == "bilden" && (matches!(before(1), Some("hela")) || matches!(before(2), Some("den" | "hela")))
        || matches!(before(1), Some("med")) && before(2).is_some() && cs.is(cue::WORK_WITH, a, hit.first - 2)
    {
        return None;
    }
    let compound = hit.last + 1 < a.words.len() && a.is_linked(hit.last + 1) && cs.is(cue::PHOTO_COMPOUND, a, hit.last + 1)
        // the first part of a hyphenated compound ("valokuva-ala")
        || a.hyphen_after(hit.last)
        // ... or of one whose head comes later ("ett digitalt bild- och video-ekosystem")
        || a.suspended(hit.last);
    // "ilman valokuvaa", "without a photo", "utan foto"
    let clause = a.clause_words(hit.first);
    // "Hakemukseen kuva." asks by itself; after a verb ("Liitä hakemukseen kuva itsestäsi") the
    // photo is found by its own word
    if is_any(a.word(hit.first), "hakemukseen|hakemuksiin") && hit.first > clause.start {
        return None;
    }
    if (hit.first.saturating_sub(2).max(clause.start)..hit.first).any(|k| cs.is(cue::NEG, a, k)) {
        return None;
    }
    // (a portfolio of clients or investments is no work sample: "VAT returns for a portfolio of
    // client companies")
    let holdings = |k: usize| {
        is_any(a.word(k + 1), "management|manager|managers")
            || a.word(k + 1) == "of" && starts_with_any(a.word(k + 2), "client|customer|compan|invest|propert|account|fund|loan|asset")
    };
    // (nor is a business or data model modelling work: "our business model", "data models")
    let concept = |k: usize| {
        a.word(k).starts_with("model")
            && k > 0
            && is_any(
                a.word(k - 1),
                "business|data|role|operating|service|pricing|financial|delivery|language|ai|ml|3d|statistical|predictive|revenue|care|working|hybrid|mental|threat|risk|domain|process|mathematical|economic",
            )
    };
    let sample = |k: usize| cs.is(cue::EXC_PHOTO, a, k) && !(a.word(k).starts_with("portfolio") && holdings(k)) && !concept(k);
    let exception = cs.in_text(cue::EXC_PHOTO, a).is_some_and(|first| (first..a.words.len()).any(sample));
    (!compound && !exception).then_some(severity)
}

const SPEC: Spec = Spec { lexicon: lex::PHOTO_REQUEST, exception: None, refine, message };

impl Rule for PhotoRequest {
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
        check_messages(super::lex::PHOTO_REQUEST, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.photo_request",
            &[
                ("Hakemus (CV, valokuva, palkkatoive ja kaksi suosittelijaa) pdf-muodossa osoitteeseen haku@tilitoimistoaalto.fi.", "valokuva", E),
                ("You will build data models for our clients. Please send your CV with a recent photo.", "CV with a recent photo", E),
                ("Our business model is subscription-based. Attach a photo to your application.", "photo", E),
                ("drop us a selfie and a few lines about yourself on whatsapp", "selfie", E),
                ("Your tasks\n- bookkeeping and VAT returns for a portfolio of client companies\n\nYour background\n- a headshot attached to your application, so we can put a face to the name", "headshot", E),
                ("Skicka ett kort på dig och några rader om dig själv!", "ett kort på dig", E),
                ("Bifoga CV och ett nytaget porträtt.", "porträtt", E),
                ("Please include a passport-style image of you with your application.", "passport-style image", E),
                ("Your background\n- a degree in accounting\n- a headshot attached to your application, so we can put a face to the name", "headshot", E),
                ("Skicka CV och länk till din Instagram så att vi ser hur du ser ut.", "hur du ser ut", E),
                ("No video interview needed at this stage: just email us a snapshot of yourself and a few lines about your experience.", "snapshot of yourself", E),
                ("Applications without a recent portrait will not be processed.", "Applications without a recent portrait", E),
                ("Application form fields:\nName:\nPhone:\nPhoto:\nAvailable from:", "Photo", E),
                ("Interested candidates should send their CV with a recent full-length photograph.", "CV with a recent full-length photograph", E),
                ("Myyjä\n\nLiitä hakemukseen:\n- CV\n- valokuva\n", "valokuva", E),
                ("Säljare\n\nBifoga:\n- CV\n- foto\n", "foto", E),
                ("Ravintolapäällikkö\n\nHakemukseen mukaan:\n- CV\n- palkkatoive\n- valokuva\n", "valokuva", E),
                ("Documents to submit at interview: CV, passport copy (valid 18 months), 2 passport-size photographs.", "passport-size photographs", E),
                ("Ladda upp en profilbild.", "profilbild", E),
                ("Applications without photos will not be considered.", "Applications without photos", E),
                ("Applicants should submit a CV and a passport size photo.", "passport size photo", E),
                ("Hakemukseen kuva.", "Hakemukseen kuva", E),
                ("Hakemukset kuvan kera osoitteeseen rekry@firma.fi.", "Hakemukset kuvan kera", E),
                ("Vapaamuotoiset hakemukset kuvineen 1.5. mennessä.", "hakemukset kuvineen", E),
                ("Don't forget to add a selfie so we can put a face to the name!", "selfie", E),
                ("Record a 60-second video introducing yourself and upload it with your application.", "video introducing yourself", E),
                ("Liitä hakemukseen kuva itsestäsi ja palkkatoive.", "kuva itsestäsi", E),
                ("APPLICATION PROCEDURES:  Successful candidates should submit\n- CV;\n- Copy of Diploma;\n- 1 color photo (3x4)", "color photo", E),
                ("Please submit a resume, cover letter, 2 letters of recommendation, and one photo (3x4) to the office.", "one photo", E),
                ("Send CV with passport size photo to hr@example.com", "passport size photo", E),
                ("Send CV and pic to 040123.", "CV and pic", E),
                ("Kindly attach your recent passport photograph.", "passport photograph", E),
                ("Liitä hakemukseen kuva itsestäsi.", "kuva itsestäsi", E),
                ("Applicants should be good looking and should send a photo of themselves wearing a bathing suit.", "photo", E),
                ("Laittakaa kuva ittestänne mukaan niin tiedetään kuka tulee haastatteluun.", "kuva ittestänne", E),
                ("Skicka ditt CV med porträttbild och löneanspråk.", "porträttbild", E),
                ("Ansökningar utan fotografi kommer inte att behandlas.", "Ansökningar utan fotografi", E),
                ("Annonsen krävde att de sökande skickade in ett helkroppsfoto.", "helkroppsfoto", E),
                ("Previous hotel experience is welcome. To apply, please attach a recent headshot along with your CV.", "recent headshot", E),
                ("Upload a selfie with your application.", "selfie", E),
                ("Laita viestiin pari kuvaa itsestäs niin katotaan!", "kuvaa itsestäs", E),
                ("Hae lähettämällä lyhyt esittely ja kasvokuva WhatsAppiin.", "kasvokuva", E),
                ("Hakemukset, joissa ei ole valokuvaa, eivät etene.", "joissa ei ole valokuvaa", E),
                ("Applications without a photo will not be processed.", "Applications without a photo", E),
                ("Please send a full body pic.", "full body pic", E),
                ("Ansökan med CV och bild.", "CV och bild", E),
                ("Bild på helfigur.", "Bild på helfigur", E),
                ("Porträttfoto krävs.", "Porträttfoto", E),
                ("Muista liittää kuva!", "kuva", E),
                ("Hakemus ja valokuva osoitteeseen.", "Hakemus ja valokuva", E),
                ("Please send us your CV and a few pics.", "pics", E),
                ("Liitä hakemukseen valokuvaa ja CV.", "valokuvaa", E),
                ("Ansökningar utan bild behandlas inte.", "Ansökningar utan bild", E),
                ("Hakemukset ilman kuvaa jätetään huomiotta.", "Hakemukset ilman kuvaa", E),
                ("Email your headshot and resume.", "headshot", E),
                ("Send us a selfie and a short introduction.", "selfie", E),
                ("Vi vill ha ditt CV, personligt brev och en bild.", "bild", E),
                ("Liitä hakemukseen valokuva.", "valokuva", E),
                ("Lähetä kuvallinen CV.", "kuvallinen CV", E),
                ("Bifoga foto.", "foto", E),
                ("Please attach a photo.", "photo", E),
                ("Hakemus ja CV kuvalla osoitteeseen rekry@example.fi.", "CV kuvalla", E),
                ("Include a recent picture with your application.", "recent picture", E),
                ("Liitä hakemukseen kasvokuva ja tieto siviilisäädystä.", "kasvokuva", E),
                ("Bifoga ett foto och uppge din civilstånd.", "foto", E),
                ("Please include a recent photograph and your date of birth.", "recent photograph", E),
                ("Applications without a photo will not be considered.", "Applications without a photo", E),
                ("Hakemuksia ilman valokuvaa ei käsitellä.", "Hakemuksia ilman valokuvaa", E),
                // a photo listed with the CV, the applicant applying with it
                ("Apply with CV and photo.", "CV and photo", E),
                ("Resumes with pictures preferred.", "Resumes with pictures", E),
                ("Ansök med CV och bild senast 1.6.", "CV och bild", E),
                ("Ansökningar med bild prioriteras.", "Ansökningar med bild", E),
                ("Bifoga bilden du tog förra året till ansökan, det är ett krav.", "bilden", E),
                ("Lähetä CV ja kuva osoitteeseen rekry@example.fi.", "CV ja kuva", E),
            ],
            &[
                "Hakemus (CV ja palkkatoive) pdf-muodossa. Valokuva toimistostamme löytyy sivuiltamme.",
                "We are casting models for a spring campaign: please send a recent photo.",
                "Drop us a line about yourself on WhatsApp.",
                "Please attach your portfolio with photos of your finished projects.",
                "On your first day, we will take a picture of you for your site ID card.",
                "Vi erbjuder ett kort på gymmet för all personal.",
                "Customers see their courier's first name and profile photo in our app.",
                "Vi bryr oss inte om hur du ser ut, bara om hur du jobbar.",
                "Send your CV with a short cover letter.",
                "Designer\n\nWhat we expect:\n- you see the big picture\n- Photoshop skills\n",
                "Emme pyydä hakemukseen valokuvaa, syntymäaikaa tai henkilötunnusta – kerro meille mieluummin osaamisestasi.",
                "Du uppdaterar profilbilder på webbplatsen.",
                "Ladda upp ditt CV och personligt brev.",
                "The passport size is checked at the border.",
                "Päivität verkkokaupan tuotteet kuvineen.",
                "Hakemuksen kuvaus löytyy sivuiltamme.",
                "Add a photo of the damage to the ticket.",
                "You will edit product videos introducing our new collections.",
                "Liitä hakemukseen linkki portfolioosi tai muutama kuva toteuttamistasi keittiöasennuksista.",
                "Sinulta löytyy hyvää pelisilmää: kykenet hahmottamaan ison kuvan ja näkemään, missä työpanoksellesi on tarve.",
                "As we handle styling for celebrity clientele, we require the associate to act professional at all times (refrain from photo taking).",
                "Upload two photos of the apartment to the listing after each cleaning.",
                "Submit your portfolio with photos of your work.",
                "Send your CV and cover letter.",
                "Din kunskap inom IT (gärna från bild-, video- och/eller ljudprojekt) är meriterande.",
                "Email a picture of your speed test result to your leader.",
                "Skicka ditt CV med referenser och löneanspråk.",
                "Ansökningar som kommer in efter sista dagen kommer inte att behandlas.",
                "Haemme malleja urheiluvaatteiden mainoskuvaukseen. Liitä hakemukseen kaksi tuoretta kuvaa (kasvokuva ja kokovartalokuva).",
                "Hakemukseen ei tarvitse liittää valokuvaa.",
                "Photos of the full body of work are in our portfolio.",
                "Du arbetar med bild och form i skolan.",
                "Our team shares pics from events on Instagram.",
                "Vi arbetar med foto och video.",
                "You must possess a big-picture vision and the drive to make it real.",
                "You must be able to see the bigger picture.",
                "Applicants must have the full picture of our product line.",
                "Kuvaa hakemuksessa osaamistasi.",
                "Skicka ansökan utan bild.",
                // a situation and the work's subject (real ads, 2023), with a requirement or a
                // preference near
                "Den komplexa bilden ställer höga krav på polisiär förmåga.",
                "Distributed Medical AB jobbar med bild, video och ljud-hantering inom sjukvården och vill gärna växa.",
                "Vi utvecklar ett digitalt bild- och video-ekosystem till sjukhus och vill gärna växa.",
                "Haemme valokuva- ja videotuotannon osaajaa, toivomme kokemusta.",
                "Lähetä hakemus ilman kuvaa.",
                "Email your CV and cover letter to jobs@example.com.",
                "Please do not send a photo with your application.",
                "Älä liitä hakemukseen valokuvaa.",
                "Haemme mallia: liitä hakemukseen kokovartalokuva.",
                "Casting: send a headshot.",
                "Liitä hakemukseen CV ja palkkatoive.",
                "Kuvaat tuotteita verkkokauppaan.",
                "Photo editing skills are a plus.",
                "Ansökan utan foto.",
                "Photo editing skills are a plus.",
                "Do not include a photo with your application.",
                "Send your CV without a photo.",
                "Hakemukset käsitellään ilman valokuvaa.",
                "Please attach your CV and a cover letter.",
                "Experience with CV and photo editing tools.",
                "You will work with photos and videos every day.",
            ],
        );
    }
}
