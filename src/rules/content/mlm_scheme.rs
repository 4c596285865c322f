//! `content.mlm_scheme`: network marketing, pyramid and get-rich schemes: network marketing
//! named, recruiting a downline, passive income, "get rich working from home", a starter pack.
//! Lexicon: `data/lexicon/mlm_scheme.tsv`. Warnings (such ads may not be published as job ads);
//! a starter pack with a price is an error (the applicant pays). Not for "rekrytoimme uusia
//! myyjiä", onboarding packages or network engineers.

use super::{run, Spec};
use crate::options::Lang;
use crate::rule::{starts_with_any, tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, Hit};
use crate::text::stance::{self, Stance, StanceKind};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct MlmScheme;

static INFO: RuleInfo = RuleInfo {
    id: "content.mlm_scheme",
    severity: Severity::Warning,
    title: tr_text!( fi: "Verkostomarkkinointi tai pyramidihuijaus", sv: "Nätverksmarknadsföring eller pyramidspel", en: "Network marketing or pyramid scheme" ),
    description: tr_text!(
        fi: "Ilmoituksessa on verkostomarkkinoinnin tai pyramidin tunnusmerkkejä: alaisten rekrytointi, passiivinen tulo, maksullinen aloituspaketti. Tällainen ilmoitus ei ole työpaikkailmoitus; maksullinen aloituspaketti on virhe.",
        sv: "Annonsen har kännetecken för nätverksmarknadsföring eller pyramid: värvning av nya medlemmar, passiv inkomst, ett startpaket mot avgift. En sådan annons är ingen platsannons; ett startpaket mot avgift är ett fel.",
        en: "The ad shows signs of network marketing or a pyramid scheme: recruiting a downline, passive income, a paid starter pack. Such an ad is not a job ad; a paid starter pack is an error.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// The message for a finding of `kind`.
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    Some(match kind {
        "starter" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: aloituspaketti, josta hakijan on maksettava, on verkostomarkkinoinnin tunnusmerkki, eikä hakijalta saa periä maksua. Poista maksullinen paketti tai kerro, että se on maksuton.",
            sv: "”{excerpt}”: ett startpaket som den sökande betalar är ett kännetecken för nätverksmarknadsföring, och sökande får inte avkrävas avgifter. Ta bort det eller ange att det är kostnadsfritt.",
            en: "“{excerpt}”: a starter pack the applicant pays for is a sign of network marketing, and applicants may not be charged. Remove it or state that it is free.",
        ),
        "get_rich" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: lupaukset helposta rikastumisesta ovat huijausten ja pyramidihuijausten tunnusmerkki. Tällaista ilmoitusta ei välttämättä julkaista työpaikkailmoituksena: kuvaa työ, palkka ja työnantaja.",
            sv: "”{excerpt}”: löften om lätta pengar är ett kännetecken för bedrägerier och pyramidspel. En sådan annons publiceras inte nödvändigtvis som platsannons: beskriv arbetet, lönen och arbetsgivaren.",
            en: "“{excerpt}”: promises of easy riches are a sign of scams and pyramid schemes. Such an ad may not be published as a job ad: describe the work, the pay and the employer.",
        ),
        "network" | "downline" | "passive" => tr!(lang, [excerpt],
            fi: "”{excerpt}” viittaa verkostomarkkinointiin (uusien jäsenten värvääminen omaan verkostoon, passiivinen tulo). Tällaista ilmoitusta ei välttämättä julkaista työpaikkailmoituksena; maksullinen aloituspaketti merkitään virheeksi.",
            sv: "”{excerpt}” tyder på nätverksmarknadsföring (värvning av nya medlemmar, passiv inkomst). En sådan annons publiceras inte nödvändigtvis som platsannons; ett startpaket mot avgift markeras som fel.",
            en: "“{excerpt}” points to network marketing (recruiting a downline, passive income). Such an ad may not be published as a job ad; a paid starter pack is marked as an error.",
        ),
        _ => return None,
    })
}

/// A starter pack is an error with a price near it, and onboarding material without one.
fn refine(hit: &Hit<'_>, stance: &Stance, a: &Analysis, by_mode: Option<Severity>) -> Option<Severity> {
    // A negation elsewhere in the clause denies something else ("Home-based business
    // opportunity, no experience necessary"): only one before the mention denies the scheme.
    let severity = by_mode.or((stance.kind == StanceKind::Negated).then_some(hit.entry.severity))?;
    // "Et tee verkostomarkkinointia etkä osta tuotteita omaan lukuusi."
    if stance::denied(a, hit.first) {
        return None;
    }
    // (a starter pack the applicant sells to customers: "säljer våra startpaket för nybörjare")
    if hit.entry.kind == "starter" && (hit.first.saturating_sub(3)..hit.first).any(|k| starts_with_any(a.word(k), "säljer|sälja|sell|myyt|myydä|myymme")) {
        return None;
    }
    if hit.entry.kind == "starter" {
        let clause = a.clause_words(hit.first);
        let w = hit.first.saturating_sub(6).max(clause.start)..(hit.last + 6).min(clause.end);
        let priced = cues().find_in(cue::MONEY, a, w.clone()).is_some() || w.clone().any(|k| stance::is_number(a, k) && k != hit.first);
        return (priced && !stance::negated(a, hit.first, hit.last)).then_some(Severity::Error);
    }
    Some(severity)
}

const SPEC: Spec = Spec { lexicon: lex::MLM_SCHEME, exception: None, refine, message };

impl Rule for MlmScheme {
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
        check_messages(super::lex::MLM_SCHEME, &[], super::message);
    }

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.mlm_scheme",
            &[
                ("You earn on the sales of everyone you bring in, down to five levels.", "down to five levels", W),
                ("Mitä saat: palkkion omasta myynnistäsi sekä jokaisesta tiimiisi liittyvästä henkilöstä.", "tiimiisi liittyvästä", W),
                ("Mitä useampi liittyy allesi, sitä suuremmaksi kuukausitulosi kasvaa.", "liittyy allesi", W),
                ("Jokaisen uuden lähettilään myynnistä kertyy sinulle osuus.", "uuden lähettilään myynnistä", W),
                ("Du tjänar också på allt som säljs i din nedlinje.", "nedlinje", W),
                ("Du får en andel av omsättningen hos de ambassadörer du introducerar, i fem led.", "i fem led", W),
                ("You earn from every partner you bring in: the more people under you, the bigger your bonus.", "every partner you bring in", W),
                ("Etsin 3 motivoitunutta tyyppiä mukaan mun tiimiin 💸 Työ onnistuu puhelimella ja tienaat jokaisesta jonka tuot mukaan.", "tienaat jokaisesta jonka tuot", W),
                ("Jag söker 5 nya till mitt team inom hudvård, du får 25 % rabatt på produkterna + bonus på allt ditt team säljer.", "bonus på allt ditt team säljer", W),
                ("Rakennat oman jälleenmyyjäverkoston ja saat provision alatiimisi myynnistä.", "Rakennat oman jälleenmyyjäverkoston", W),
                ("Mahdollisuus rakentaa oma tiimi ja ansaita heidän myynneistään.", "rakentaa oma tiimi", W),
                ("Heidän piti värvätä uusia myyjiä verkostoon saadakseen palkkioita.", "värvätä uusia myyjiä verkostoon", W),
                ("Earn money recruiting your friends and family.", "Earn money recruiting", W),
                ("Get paid for every person you sign up to the program.", "paid for every person you sign", W),
                ("Start your own business for just $99.", "Start your own business for just $99", E),
                ("Home-based business opportunity, no experience necessary.", "Home-based business opportunity", W),
                ("Make $5,000 a week from home, no experience needed.", "Make $5,000 a week from home", W),
                ("Earn $500 per week in your spare time.", "Earn $500 per week in your spare time", W),
                ("Turn your spare time into extra cash.", "spare time into extra cash", W),
                ("Our top earners make over $10,000 a month.", "top earners make", W),
                ("Work from home 2 hours a day and earn $3,000 a month.", "from home 2 hours a day", W),
                ("Work from home stuffing envelopes, earn $500 per week.", "stuffing envelopes", W),
                ("Assemblers can reasonably expect to earn $360 to $720 or more per week.", "earn $360 to $720 or more per week", W),
                ("Internet Entrepeneur position available with a multilevel compensation plan.", "multilevel compensation", W),
                ("Build your financial freedom.", "your financial freedom", W),
                ("Itsenäinen jälleenmyyjä. Aloituspakkaus maksaa 249 €, minkä jälkeen ansaitset provisiota myös tiimisi myynnistä.", "Aloituspakkaus", E),
                ("Haluatko olla perheesi ensimmäinen miljonääri?", "miljonääri", W),
                ("Can earn $400 to $450 extra per day.", "earn $400 to $450 extra per day", W),
                ("An easy, proven and guaranteed way to earn money from your living room.", "guaranteed way to earn money", W),
                ("Tienaat jokaisesta rekrytoimastasi jäsenestä ja heidän tilauksistaan.", "rekrytoimastasi", W),
                ("Du tjänar på allt som personerna du värvar säljer.", "personerna du värvar", W),
                ("Bygg ditt eget nätverk av återförsäljare.", "Bygg ditt eget nätverk", W),
                ("Get paid for recruiting new members to your team.", "paid for recruiting", W),
                ("Voit tienata jopa 10 000 € kuukaudessa.", "tienata jopa 10 000 € kuukaudessa", W),
                ("Tjäna upp till 50 000 kr i månaden.", "Tjäna upp till 50 000 kr i månaden", W),
                ("Do you have what it takes to build a sales organization of your own?", "build a sales organization of your own", W),
                ("Earn up to $10,000 per month working from home.", "Earn up to $10,000 per month", W),
                ("Recruit others and earn commissions on their sales.", "Recruit others and earn", W),
                ("Earn $5,000 a week from home!", "Earn $5,000 a week from home", W),
                ("Earn $5,000 a month from home.", "Earn $5,000 a month from home", W),
                ("Earn up to $2,500 weekly.", "Earn up to $2,500 weekly", W),
                ("Tjäna 50 000 kr i månaden hemifrån!", "Tjäna 50 000 kr i månaden hemifrån", W),
                ("Verkostomarkkinointi on tulevaisuutta!", "Verkostomarkkinointi", W),
                ("Rekrytoi alaisia ja ansaitse.", "Rekrytoi alaisia", W),
                ("Aloituspaketti 99 €.", "Aloituspaketti", E),
                ("Join our network marketing team.", "network marketing", W),
                ("Build your own downline.", "Build your own downline", W),
                ("Nätverksmarknadsföring ger passiv inkomst.", "Nätverksmarknadsföring", W),
                ("Starter kit only 49 EUR.", "Starter kit", E),
                ("Get rich working two hours a day from home!", "Get rich", W),
                ("Bli återförsäljare hos oss! Köp startpaketet för 99 €, värva nya medlemmar till ditt team.", "startpaketet", E),
            ],
            &[
                "Vi söker en butikssäljare som säljer våra startpaket för nybörjare (från 89 €) och packar webbeställningar.",
                "Tiimiisi liittyy syksyllä kaksi uutta kehittäjää.",
                "Our team leads have six people under their supervision.",
                "Saat meiltä maksutta aloituspaketin: työpuhelimen, kannettavan ja työvaatteet.",
                "Rakennat oman asiakasverkostosi ja saat kiinteän palkan.",
                "Rakennamme yhdessä uutta tiimiä Tampereelle.",
                "Referral bonus for every friend you recruit who stays six months.",
                "We earn money by referring customers to partners.",
                "We are not a network marketing company.",
                "This is not MLM, no starter kit to buy.",
                "We pay a six figure income to senior engineers.",
                "Our mailroom assistant prepares and stuffs envelopes for the quarterly newsletter.",
                "Engineers earn 4,000 to 5,000 euros per month depending on experience.",
                "Our mission is helping millions of people find financial freedom.",
                "Tarjoamme kiinteän peruspalkan sekä provision. Et tee verkostomarkkinointia etkä osta tuotteita omaan lukuusi.",
                "You can expect to earn a competitive salary and benefits.",
                "Rekrytoimamme henkilöt saavat perehdytyksen.",
                "Som konsult erbjuder vi stora möjligheter att växa professionellt och bygga ditt nätverk.",
                "You will build your own team of engineers.",
                "Palkka 2500 € kuukaudessa.",
                "Lönen är 30 000 kr i månaden.",
                "You will build a sales organization for the Nordic market.",
                "Base salary plus commission on your own sales.",
                "You will recruit and train new team members.",
                "Earn a competitive salary and bonuses.",
                "You will earn a competitive salary.",
                "Rekrytoimme uusia myyjiä.",
                "Our recruiting team will contact you.",
                "Markkinointiassistentti verkkokauppaan.",
                "Perehdytys ja aloituspaketti uusille työntekijöille.",
                "Welcome package for new employees.",
                "Vi söker en nätverkstekniker.",
                "Kilpailukykyinen palkka ja hyvät ansiomahdollisuudet.",
            ],
        );
    }
}
