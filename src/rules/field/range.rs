//! `field.range`: numbers out of their range. `application.openPositions` is a whole number
//! 1–1000 (the schema's range: an error). Working hours (`position.workingHours.min`/`max`) are
//! non-negative with min ≤ max (this crate's fields: a warning).

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, Tr};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Range;

static INFO: RuleInfo = RuleInfo {
    id: "field.range",
    severity: Severity::Error,
    title: Tr { fi: "Luku sallitun alueen ulkopuolella", sv: "Talet utanför tillåtet intervall", en: "Number out of range" },
    description: Tr {
        fi: "Avoimien paikkojen määrä on kokonaisluku 1–1000. Työtuntien vähimmäis- ja enimmäismäärä eivät voi olla negatiivisia, eikä vähimmäismäärä voi ylittää enimmäismäärää.",
        sv: "Antalet lediga platser är ett heltal 1–1000. Minsta och högsta antal arbetstimmar kan inte vara negativa, och minimum kan inte vara större än maximum.",
        en: "The number of open positions is a whole number 1–1000. Minimum and maximum working hours cannot be negative, and the minimum cannot exceed the maximum.",
    },
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for Range {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_ad(&self, ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        if let Some(&n) = ad.application.get().and_then(|a| a.open_positions.get()) {
            if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
                out.push(
                    Finding::error(tr!(lang,
                        fi: "Avoimien paikkojen määrä {n} ei kelpaa: sen pitää olla kokonaisluku 1–1000.",
                        sv: "Antalet lediga platser {n} godtas inte: det ska vara ett heltal 1–1000.",
                        en: "{n} open positions is not accepted: it must be a whole number 1–1000.",
                    ))
                    .field("application.openPositions"),
                );
            }
        }
        let Some(wh) = ad.position.get().and_then(|p| p.working_hours.get()) else { return };
        let (min, max) = (wh.min.get().copied(), wh.max.get().copied());
        for (path, value) in [("position.workingHours.min", min), ("position.workingHours.max", max)] {
            if let Some(v) = value.filter(|v| *v < 0.0) {
                out.push(
                    Finding::warning(tr!(lang,
                        fi: "Työtuntien määrä {v} on negatiivinen. Kirjoita tuntimäärä nollana tai suurempana.",
                        sv: "Antalet arbetstimmar {v} är negativt. Ange noll eller mer.",
                        en: "{v} working hours is negative. Enter zero or more.",
                    ))
                    .field(path),
                );
            }
        }
        if let (Some(min), Some(max)) = (min, max) {
            if min > max && min >= 0.0 && max >= 0.0 {
                out.push(
                    Finding::warning(tr!(lang,
                        fi: "Työtuntien vähimmäismäärä {min} on suurempi kuin enimmäismäärä {max}. Vaihda luvut oikein päin.",
                        sv: "Minsta antal arbetstimmar {min} är större än högsta antal {max}. Byt plats på talen.",
                        en: "The minimum of {min} working hours exceeds the maximum of {max}. Swap the numbers.",
                    ))
                    .field("position.workingHours.min"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn open_positions() {
        for (n, ok) in [
            (json!(1), true),
            (json!(1000), true),
            (json!(3), true),
            (json!(0), false),
            (json!(1001), false),
            (json!(2.5), false),
            (json!(-1), false),
        ] {
            let want: Vec<&str> = if ok { vec![] } else { vec!["application.openPositions"] };
            assert_eq!(fields_of(&ad(json!({"application": {"openPositions": n}})), "field.range"), want, "{n}");
        }
        assert!(fields_of(&ad(json!({"application": {"openPositions": "3"}})), "field.range").is_empty(), "a string is field.type's");
    }

    #[test]
    fn working_hours() {
        let cases = [
            (json!({"min": 20, "max": 30}), vec![]),
            (json!({"min": 25, "max": 25}), vec![]),
            (json!({"min": 0}), vec![]),
            (json!({"min": 30, "max": 20}), vec!["position.workingHours.min"]),
            (json!({"min": -5, "max": 20}), vec!["position.workingHours.min"]),
            (json!({"max": -1}), vec!["position.workingHours.max"]),
        ];
        for (wh, expected) in cases {
            assert_eq!(fields_of(&ad(json!({"position": {"workingHours": wh.clone()}})), "field.range"), expected, "{wh}");
        }
    }
}
