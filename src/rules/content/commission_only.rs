//! `content.commission_only`: commission pay without base-pay information. Commission-based
//! work is allowed, but the ad must say whether the pay is commission only, and state the base
//! pay and/or the commission share (Työmarkkinatori guidance, DOMAIN.md).
//!
//! Lexicon `data/lexicon/commission_only.tsv` finds where commission is mentioned; the text as
//! a whole decides: nothing when it states base pay ("peruspalkka", "grundlön", "base salary",
//! "tuntipalkka", "TES"); a tip (info) when it says openly that the pay is commission only
//! ("pelkkä provisio", "100 % provisio", "commission only": it complies); otherwise one
//! warning per text, on the first mention (the terms are unclear: "Provisiopalkka.").

use super::{emit, text_lang, Verdict};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, tr_text, is_any};
use crate::rules::refs;
use crate::text::cues::cues;
use crate::text::lexicon::{cue, lex, lexicon, Entry, Hit, Mode};
use crate::text::stance;
use crate::Severity;

pub(crate) struct CommissionOnly;

static INFO: RuleInfo = RuleInfo {
    id: "content.commission_only",
    severity: Severity::Warning,
    title: tr_text!( fi: "Provisiopalkka ilman peruspalkkatietoa", sv: "Provisionslön utan uppgift om grundlön", en: "Commission pay without base-pay information" ),
    description: tr_text!(
        fi: "Provisiopalkkaus on sallittu, mutta ilmoituksessa on kerrottava, onko palkka pelkkää provisiota, sekä peruspalkka ja/tai provision osuus.",
        sv: "Provisionslön är tillåten, men annonsen ska ange om lönen enbart är provision samt grundlönen och/eller provisionens andel.",
        en: "Commission pay is allowed, but the ad must say whether the pay is commission only, and state the base pay and/or the commission share.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

/// The message for a finding of `kind`: `commission` (the terms are unclear, a warning) or
/// `stated` (the ad says openly that the pay is commission only: a tip).
fn message(kind: &str, lang: Lang, excerpt: &str, _exception: bool) -> Option<String> {
    Some(match kind {
        "commission" => tr!(lang, [excerpt],
            fi: "”{excerpt}”: kerro, onko palkka pelkkää provisiota vai onko työssä peruspalkka, ja mikä on provision osuus (esim. ”peruspalkka 1 800 €/kk + provisio 10 %” tai ”pelkkä provisiopalkka”).",
            sv: "”{excerpt}”: ange om lönen enbart är provision eller om det finns en grundlön, och hur stor provisionen är (t.ex. ”grundlön 1 800 €/mån + provision 10 %” eller ”enbart provisionslön”).",
            en: "“{excerpt}”: say whether the pay is commission only or includes a base pay, and what the commission share is (e.g. “base pay €1,800/month + 10% commission” or “commission only”).",
        ),
        "stated" => tr!(lang, [excerpt],
            fi: "Vinkki: ”{excerpt}”: ilmoitus kertoo palkan olevan pelkkää provisiota. Valitse myös palkkausperusteeksi provisio ja kerro provision osuus palkkatiedoissa.",
            sv: "Tips: ”{excerpt}”: annonsen säger att lönen enbart är provision. Välj också provision som lönegrund och ange provisionens andel i löneuppgifterna.",
            en: "Tip: “{excerpt}”: the ad says the pay is commission only. Also set the wage basis to commission and state the commission share in the wage information.",
        ),
        _ => return None,
    })
}

/// How the openly stated commission-only pay is reported.
static STATED: Entry = Entry::internal(Severity::Info, Mode::Word, "stated");

impl Rule for CommissionOnly {
    const INFO: &'static RuleInfo = &INFO;

    fn check_text(input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let a = input.analysis();
        let cs = cues();
        let hits = lexicon(lex::COMMISSION_ONLY).find(a, text_lang(input), |h| {
            // English "commission" only when it is about pay (not the European Commission).
            let is_english = a.word(h.first).starts_with("commission") || is_any(a.word(h.first), "on|per");
            let clause = a.clause_words(h.first);
            let near = h.first.saturating_sub(12).max(clause.start)..(h.last + 13).min(clause.end);
            // (nor pay said not to be commission: "Din lön är fast och inte provisionsbaserad")
            ((!is_english || cs.find_in(cue::PAYCUE, a, near).is_some()) && !stance::denied(a, h.first)).then_some(())
        });
        let Some((first, ())) = hits.first() else { return };
        // Base pay stated (not "ei peruspalkkaa", "no base salary": that says commission only).
        let mut no_base = None;
        // ("fast lön", "fixed salary": an adjective of base pay counts before a pay noun)
        let base = |k: usize| cs.is(cue::BASEPAY, a, k) || (cs.is(cue::BASEPAY_ADJ, a, k) && k + 1 < a.words.len() && cs.is(cue::PAY_NOUN, a, k + 1));
        for k in (0..a.words.len()).filter(|&k| base(k)) {
            if stance::negated(a, k, k) {
                no_base.get_or_insert(k);
            } else {
                return;
            }
        }
        // ("Palkka: 2 300 €/kk + provisio", "€2,400/month plus commission": a base amount before)
        let paid = hits.iter().any(|(h, ())| {
            let clause = a.clause_words(h.first);
            // (not what one can earn or pay: "Earn up to 5000 EUR per month in commissions!",
            // "Aloituspakkaus maksaa 249 €, minkä jälkeen ansaitset provisiota")
            let earnings = |k: usize| cs.find_in(cue::EARN, a, k.saturating_sub(3)..k).is_some();
            (h.first.saturating_sub(6).max(clause.start)..h.first).any(|k| stance::amount(a, k) && !earnings(k))
        });
        if paid {
            return;
        }
        let stated = hits.iter().find_map(|(h, ())| {
            let clause = a.clause_words(h.first);
            let near = h.first.saturating_sub(6).max(clause.start)..(h.last + 6).min(clause.end);
            let hundred = near.clone().find(|&k| a.number(k) == Some(100));
            cs.find_in(cue::COMMISSION_EXPLICIT, a, near).or(hundred).or(no_base).map(|k| (h, k))
        });
        let stance = stance::of(a, first.first, first.last);
        match stated {
            Some((h, k)) => {
                let k = if a.clause_of(k) == a.clause_of(h.first) { k } else { h.first };
                let (lo, hi) = (h.first.min(k), h.last.max(k));
                let hit = Hit { first: lo, last: hi, start: a.word_token(lo).start, end: a.word_token(hi).end, entry: &STATED };
                emit(input, out, &hit, &Verdict { severity: Severity::Info, stance, exception: None }, message);
            }
            None => emit(input, out, first, &Verdict { severity: Severity::Warning, stance, exception: None }, message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check_cases, check_messages};
    use crate::Severity::{Info as I, Warning as W};

    #[test]
    fn every_kind_has_its_messages() {
        check_messages(super::lex::COMMISSION_ONLY, &["stated"], super::message);
    }

    #[test]
    fn warns_on_commission_without_base_pay() {
        check_cases(
            "content.commission_only",
            &[
                ("Myyntiedustaja\nPalkkaus: tulospalkkaus.\nTyöaika: joustava.", "tulospalkkaus", W),
                ("Työ on itsenäistä ja ansiot määräytyvät tekemiesi kauppojen mukaan.", "määräytyvät tekemiesi kauppojen mukaan", W),
                ("Esittelet ja myyt kuukausilahjoittajuuksia. Korvaus maksetaan myyntipalkkioina.", "maksetaan myyntipalkkioina", W),
                ("Palkkaus: kilpailukykyinen, tulospohjainen.", "tulospohjainen", W),
                ("Förtjänst: 20 % av varje avslutad affär.", "av varje avslutad affär", W),
                ("Hos oss bestämmer du själv hur stor din lön blir.", "bestämmer du själv hur stor din lön", W),
                ("Salary: attractive and based on your own results.", "based on your own results", W),
                ("Pay: you keep 25 % of the net value of each deal you close.", "of each deal you close", W),
                ("Kampanjamyyjä\nPalkka: tulospohjainen\nTyöaika: joustava", "Palkka: tulospohjainen", W),
                ("Ansiosi riippuvat täysin omasta aktiivisuudestasi – parhaat myyjämme tienaavat yli 6 000 € kuussa!", "riippuvat täysin omasta aktiivisuudestasi", W),
                ("Prenumerationssäljare. Ersättning: 20 % på varje såld prenumeration.", "på varje såld", W),
                ("Vi erbjuder:\n- flexibla arbetstider\n- du får betalt per avslutad affär", "betalt per avslutad affär", W),
                ("The more you sell, the more you earn!", "The more you sell", W),
                ("Du bestämmer själv din lön – ju mer du säljer, desto mer tjänar du!", "bestämmer själv din lön", W),
                ("Ansiosi riippuvat täysin myynnistäsi.", "riippuvat täysin myynnistäsi", W),
                ("Ansiot määräytyvät kokonaan tekemäsi myynnin mukaan.", "määräytyvät kokonaan tekemäsi myynnin mukaan", W),
                ("Din lön beror helt på hur mycket du säljer.", "beror helt på hur mycket du säljer", W),
                ("Din ersättning baseras helt och hållet på dina resultat.", "baseras helt och hållet på dina resultat", W),
                ("Salary is not included; pay is commission.", "commission", W),
                ("Palkkaus on provisiopohjainen.", "provisiopohjainen", W),
                ("Hyvät ansiomahdollisuudet: provisio myynnistä.", "provisio", W),
                ("Lönen är provisionsbaserad.", "provisionsbaserad", W),
                ("Pay is commission-based with great earning potential.", "commission", W),
                ("Palkka: myyntiprovisio.", "myyntiprovisio", W),
                ("Provisiopalkkaus + bonusjärjestelmä", "Provisiopalkkaus", W),
                ("Palkkaus on pelkkää provisiota, 20 % myynnistä.", "pelkkää provisiota", I),
                ("Commission only: 15% of each sale.", "Commission only", I),
                ("100 % provisiopalkka, ei peruspalkkaa.", "100 % provisiopalkka", I),
                ("Pay: straight commission.", "straight commission", I),
                ("Uncapped commission, no base.", "commission, no base", I),
                // an amount one can earn is no base pay
                ("Earn up to 5000 EUR per month in commissions!", "commissions", W),
            ],
            &[
                "Palkkaus: kuukausipalkka 2 900 € ja tulospalkkaus tiimin tavoitteista.",
                "Palkka: kiinteä kuukausipalkka 2 800 € sekä tulospohjainen bonus.",
                "Base salary 3 000 € and a bonus based on your own results.",
                "Palkka: kiinteä kuukausipalkka 2 600 € ja tulospohjainen bonus.",
                "Lön: fast grundlön 2 400 € + provision på varje såld bil.",
                "Grundlön 2 000 € i månaden, och ju mer du säljer, desto mer tjänar du.",
                "Base salary of $40,000 plus commission: the more you sell, the more you earn.",
                "Tuotteiden hinnat riippuvat täysin markkinatilanteesta.",
                "Vår framgång beror helt på våra medarbetare.",
                "Din lön är fast och inte provisionsbaserad.",
                "The pay is not commission based.",
                "Palkkaus pohja plus provisio.",
                "Interact with internal teams to assure accurate provision of services to the patient.",
                "We offer a competitive six figure salary for this executive role as well as commission.",
                "Peruspalkka 2000 €/kk + provisio.",
                "Grundlön och provision.",
                "Base salary plus commission.",
                "The European Commission funds this project.",
                "Palkka TES:n mukaan.",
                "Tuntipalkka 13 € + provisio.",
                "Uncapped commission on top of a base salary.",
                // a base amount before the commission
                "Palkka: 2 300 €/kk + provisio myynnin mukaan.",
                "Lön: 2 400 €/mån + provision enligt försäljning.",
                "Salary: €2,400/month plus commission on sales.",
                "Compensation: $35/hr + Commission",
            ],
        );
    }
}
