//! `field.work_start_date`: work that starts on a date (`position.workStart.code` `02`) needs
//! the date (`position.workStart.date`); a date given with another code is a contradiction.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::filled;
use crate::rules::refs;
use crate::Severity;

pub(crate) struct WorkStartDate;

static INFO: RuleInfo = RuleInfo {
    id: "field.work_start_date",
    severity: Severity::Warning,
    title: tr_text!( fi: "Työn alkamispäivä puuttuu", sv: "Arbetets startdatum saknas", en: "Work start date missing" ),
    description: tr_text!(
        fi: "Kun työ alkaa tiettynä päivänä (koodi 02), anna alkamispäivä. Jos työ alkaa heti tai sopimuksen mukaan, jätä päivä pois.",
        sv: "När arbetet börjar ett visst datum (kod 02), ange startdatumet. Om arbetet börjar genast eller enligt överenskommelse, lämna datumet bort.",
        en: "When the work starts on a date (code 02), give the date. If it starts at once or by agreement, leave the date out.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for WorkStartDate {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(ws) = ad.position.get().and_then(|p| p.work_start.get()) else { return };
        let has_date = ws.date.as_str().is_some_and(filled) || ws.date.invalid().is_some();
        match ws.code.as_str() {
            Some("02") if !has_date => out.push(
                Finding::warning(tr!(lang, [],
                    fi: "Työn kerrotaan alkavan tiettynä päivänä, mutta päivää ei ole annettu. Lisää alkamispäivä.",
                    sv: "Arbetet sägs börja ett visst datum, men datumet saknas. Lägg till startdatumet.",
                    en: "The work is said to start on a date, but no date is given. Add the start date.",
                ))
                .field("position.workStart.date"),
            ),
            Some(code @ ("01" | "03")) if has_date && ws.date.as_str().is_some() => out.push(
                Finding::warning(tr!(lang, [code],
                    fi: "Alkamispäivä on annettu, mutta alkamistavaksi on valittu {code} (heti tai sopimuksen mukaan). Valitse koodi 02 (tiettynä päivänä) tai poista päivä.",
                    sv: "Ett startdatum är angivet, men sättet är {code} (genast eller enligt överenskommelse). Välj kod 02 (ett visst datum) eller ta bort datumet.",
                    en: "A start date is given, but the start is coded {code} (at once or by agreement). Choose code 02 (on a date) or remove the date.",
                ))
                .field("position.workStart.code"),
            ),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn code_and_date_agree() {
        let cases = [
            (json!({"code": "01"}), vec![]),
            (json!({"code": "03"}), vec![]),
            (json!({"code": "02", "date": "2027-01-15"}), vec![]),
            (json!({"code": "02"}), vec!["position.workStart.date"]),
            (json!({"code": "02", "date": ""}), vec!["position.workStart.date"]),
            (json!({"code": "01", "date": "2027-01-15"}), vec!["position.workStart.code"]),
            (json!({"code": "03", "date": "2027-01-15"}), vec!["position.workStart.code"]),
            (json!({"date": "2027-01-15"}), vec![]),
        ];
        for (ws, expected) in cases {
            assert_eq!(fields_of(&ad(json!({"position": {"workStart": ws.clone()}})), "field.work_start_date"), expected, "{ws}");
        }
    }
}
