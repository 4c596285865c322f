//! `content.commission_only`: commission pay without base-pay information. Commission-based
//! work is allowed, but the ad must say whether the pay is commission only, and state the base
//! pay and/or the commission share (Työmarkkinatori guidance, DOMAIN.md).
//!
//! Lexicon `data/lexicon/commission_only.tsv` finds where commission is mentioned; the text as
//! a whole decides: nothing when it states base pay ("peruspalkka", "grundlön", "base salary",
//! "tuntipalkka", "TES") or says plainly that the pay is commission only ("pelkkä provisio",
//! "100 % provisio", "commission only"). One warning per text, on the first mention.

use super::{emit, lexicon, text_lang};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
use crate::text::pattern::{cues, window};
use crate::Severity;

pub(crate) struct CommissionOnly;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/commission_only.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.commission_only",
    severity: Severity::Warning,
    title: Tr { fi: "Provisiopalkka ilman peruspalkkatietoa", sv: "Provisionslön utan uppgift om grundlön", en: "Commission pay without base-pay information" },
    description: Tr {
        fi: "Provisiopalkkaus on sallittu, mutta ilmoituksessa on kerrottava, onko palkka pelkkää provisiota, sekä peruspalkka ja/tai provision osuus.",
        sv: "Provisionslön är tillåten, men annonsen ska ange om lönen enbart är provision samt grundlönen och/eller provisionens andel.",
        en: "Commission pay is allowed, but the ad must say whether the pay is commission only, and state the base pay and/or the commission share.",
    },
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Text,
};

fn message(lang: Lang, excerpt: &str) -> String {
    tr!(lang,
        fi: "”{excerpt}”: kerro, onko palkka pelkkää provisiota vai onko työssä peruspalkka, ja mikä on provision osuus (esim. ”peruspalkka 1 800 €/kk + provisio 10 %” tai ”pelkkä provisiopalkka”).",
        sv: "”{excerpt}”: ange om lönen enbart är provision eller om det finns en grundlön, och hur stor provisionen är (t.ex. ”grundlön 1 800 €/mån + provision 10 %” eller ”enbart provisionslön”).",
        en: "“{excerpt}”: say whether the pay is commission only or includes a base pay, and what the commission share is (e.g. “base pay €1,800/month + 10% commission” or “commission only”).",
    )
}

impl Rule for CommissionOnly {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        let a = input.analysis();
        let cues = cues();
        let hits = lexicon("commission_only").find(a, text_lang(input));
        // English "commission" only when it is about pay.
        let mut pay_hits = hits.iter().filter(|h| {
            let is_english = a.word(h.first).starts_with("commission") || matches!(a.word(h.first), "on" | "per");
            let clause = a.clause_words(h.first);
            let near = h.first.saturating_sub(12).max(clause.start)..(h.last + 13).min(clause.end);
            !is_english || cues.find_in("paycue", a, near).is_some()
        });
        let Some(first) = pay_hits.next() else { return };
        if cues.in_text("basepay", a) {
            return;
        }
        let stated = hits.iter().any(|h| cues.find_in("commission_explicit", a, window(a, h.first, h.last)).is_some());
        if stated {
            return;
        }
        let excerpt = super::excerpt(input.text, first);
        emit(input, out, first, Severity::Warning, message(out.lang(), excerpt));
    }
}

#[cfg(test)]
mod tests {
    use super::super::check_cases;
    use crate::Severity::Warning as W;

    #[test]
    fn warns_on_commission_without_base_pay() {
        check_cases(
            "content.commission_only",
            &[
                ("Palkkaus on provisiopohjainen.", "provisiopohjainen", W),
                ("Hyvät ansiomahdollisuudet: provisio myynnistä.", "provisio", W),
                ("Lönen är provisionsbaserad.", "provisionsbaserad", W),
                ("Pay is commission-based with great earning potential.", "commission", W),
                ("Palkka: myyntiprovisio.", "myyntiprovisio", W),
            ],
            &[
                "Peruspalkka 2000 €/kk + provisio.",
                "Palkkaus on pelkkää provisiota, 20 % myynnistä.",
                "Grundlön och provision.",
                "Commission only: 15% of each sale.",
                "Base salary plus commission.",
                "The European Commission funds this project.",
                "Palkka TES:n mukaan.",
                "Tuntipalkka 13 € + provisio.",
            ],
        );
    }
}
