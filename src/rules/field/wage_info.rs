//! `field.wage_info`: a wage basis with a performance part (`03`–`06`: commission, fixed +
//! performance, time-based + performance, per piece of work) needs the pay text
//! (`wagePrincipleInfo`, or `wagePrincipalInfo` as one reading of the schema spells it) saying
//! what the base pay and the commission (or piece rate) are. The authority requires
//! commission-paid work to say so and to state base pay and commission (DOMAIN.md).
//!
//! Reported when no language has the text; a text missing in one of the declared languages is
//! `field.language_mismatch`'s. What the text says is for the content rules.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, is_any};
use crate::rules::field::any_text;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct WageInfo;

static INFO: RuleInfo = RuleInfo {
    id: "field.wage_info",
    severity: Severity::Warning,
    title: tr_text!( fi: "Palkkatiedot puutteelliset", sv: "Löneuppgifter saknas", en: "Pay details missing" ),
    description: tr_text!(
        fi: "Kun palkka on kokonaan tai osittain suoritusperusteinen (palkkausperuste 03–06), kerro palkkauksen lisätiedoissa peruspalkka ja provision tai urakan osuus.",
        sv: "När lönen helt eller delvis är prestationsbaserad (lönegrund 03–06), ange grundlönen och provisionens eller ackordets andel i tilläggsuppgifterna om lönen.",
        en: "When pay is wholly or partly performance-based (wage basis 03–06), state the base pay and the commission or piece-rate share in the pay details.",
    ),
    reference: Some(refs::TMT_GUIDE),
    scope: Scope::Ad,
};

impl Rule for WageInfo {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(p) = ad.position.get() else { return };
        let Some(code) = p.wage_principle.as_str().filter(|c| is_any(c, "03|04|05|06")) else { return };
        let (path, info) = p.wage_info();
        if any_text(info) || info.invalid().is_some() {
            return;
        }
        out.push(
            Finding::warning(tr!(lang, [code],
                fi: "Palkkausperuste {code} sisältää suoritusperusteisen osan. Kerro palkkauksen lisätiedoissa peruspalkka ja provision (tai urakan) osuus, esimerkiksi ”peruspalkka 1 800 €/kk + provisio 5 % myynnistä”.",
                sv: "Lönegrund {code} innehåller en prestationsbaserad del. Ange grundlönen och provisionens (eller ackordets) andel i tilläggsuppgifterna, till exempel ”grundlön 1 800 €/mån + provision 5 % av försäljningen”.",
                en: "Wage basis {code} includes a performance-based part. State the base pay and the commission (or piece-rate) share in the pay details, e.g. “base pay €1,800/month + 5% commission on sales”.",
            ))
            .field(path),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn performance_pay_needs_details() {
        let info = json!({"fi": "Peruspalkka 1 800 €/kk + provisio 5 %."});
        const PRINCIPLE: &str = "position.wagePrincipleInfo";
        const PRINCIPAL: &str = "position.wagePrincipalInfo";
        let cases = [
            (json!({"wagePrinciple": "01"}), None),
            (json!({"wagePrinciple": "02"}), None),
            (json!({"wagePrinciple": "07"}), None),
            (json!({"wagePrinciple": "0101"}), None), // a v2 code: not one of the performance-pay codes
            (json!({"wagePrinciple": "03"}), Some(PRINCIPLE)),
            (json!({"wagePrinciple": "03", "wagePrincipleInfo": {"fi": ""}}), Some(PRINCIPLE)), // empty is absent
            (json!({"wagePrinciple": "04", "wagePrincipalInfo": {"fi": "  "}}), Some(PRINCIPAL)),
            (json!({"wagePrinciple": "05"}), Some(PRINCIPLE)),
            (json!({"wagePrinciple": "06"}), Some(PRINCIPLE)),
            (json!({"wagePrinciple": "03", "wagePrincipleInfo": info}), None),
            // The other spelling is the same field.
            (json!({"wagePrinciple": "03", "wagePrincipalInfo": info}), None),
            (json!({"wagePrinciple": "04", "wagePrincipalInfo": {"sv": "Grundlön 1 800 €/mån + provision."}}), None),
            (json!({"wagePrinciple": "03", "wagePrincipalInfo": "teksti"}), None), // field.type's
            (json!({"wagePrinciple": "03", "wagePrincipleInfo": 5}), None),        // field.type's
        ];
        for (position, fires) in cases {
            let want: Vec<&str> = fires.into_iter().collect();
            assert_eq!(fields_of(&ad(json!({"position": position.clone()})), "field.wage_info"), want, "{position}");
        }
    }
}
