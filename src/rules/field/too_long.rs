//! `field.too_long`: a text longer than its limit, in characters (Unicode scalar values).
//!
//! The import schema's maximum lengths are not public (DOMAIN.md), so every finding is a
//! warning and every limit can be changed with `Options::max_lengths` (JS `maxLengths`, keys as
//! in [`LIMITS`]). Where the limit comes from:
//! * office name 80: the authority's legacy (TE-palvelut) ad form;
//! * email 254: the longest address mail systems accept (RFC 5321);
//! * the rest: this crate's defaults, generous enough that only a pasted document or a
//!   mistake reaches them (titles 100: longer ones are cut in listings).
//!
//! The span marks the part past the limit, so an editor can show what to cut.

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::field::{lookup, strings};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct TooLong;

static INFO: RuleInfo = RuleInfo {
    id: "field.too_long",
    severity: Severity::Warning,
    title: tr_text!( fi: "Teksti on liian pitkä", sv: "Texten är för lång", en: "Text too long" ),
    description: tr_text!(
        fi: "Teksti ylittää kentän enimmäispituuden (merkkeinä). Toimipaikan nimi saa olla enintään 80 merkkiä, otsikko 100 ja työn kuvaus 10 000; rajat voi muuttaa asetuksella maxLengths.",
        sv: "Texten är längre än fältets maxlängd (i tecken). Verksamhetsställets namn får vara högst 80 tecken, rubriken 100 och arbetsbeskrivningen 10 000; gränserna kan ändras med inställningen maxLengths.",
        en: "The text is longer than the field's limit (in characters). The office name may be at most 80 characters, the title 100 and the job description 10,000; the limits can be changed with the maxLengths option.",
    ),
    reference: Some(refs::LEGACY_FORM),
    scope: Scope::Ad,
};

/// The default limits, by path key (`contacts.*.email`; a multilingual field by its name).
pub(crate) static LIMITS: &[(&str, usize)] = &[
    ("owner.name", 200),
    ("owner.company", 200),
    ("owner.officeName", 80),
    ("client.name", 200),
    ("client.company", 200),
    ("client.officeName", 80),
    ("position.title", 100),
    ("position.jobDescription", 10_000),
    ("position.marketingDescription", 4_000),
    ("position.wagePrincipleInfo", 1_000),
    ("position.wagePrincipalInfo", 1_000),
    ("position.partTimeInfo", 1_000),
    ("position.permitCardsDescription", 1_000),
    ("position.workStart.details", 1_000),
    ("position.fixedTerm.duration", 200),
    ("position.fixedTerm.reason", 1_000),
    ("location.workplaceAddress", 200),
    ("location.workplacePostOffice", 100),
    ("location.workplaceName", 200),
    ("application.url", 2_000),
    ("application.helpText", 1_000),
    ("contacts.*.firstName", 100),
    ("contacts.*.lastName", 100),
    ("contacts.*.email", 254),
    ("contacts.*.telephone", 40),
    ("metadata.externalId", 100),
];

impl Rule for TooLong {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let custom = &out.options().max_lengths;
        let table = |key: &str| custom.get(key).or_else(|| LIMITS.iter().find(|(k, _)| *k == key).map(|(_, n)| n));
        // No text within the smallest limit can be over its own: most strings need no look-up.
        let smallest = LIMITS.iter().map(|(_, n)| *n).chain(custom.values().copied()).min().unwrap_or(0);
        let mut found = Vec::new();
        strings(ad, |path, _, value| {
            if value.len() <= smallest {
                return;
            }
            let Some(&limit) = lookup(table, path) else { return };
            // A text of at most `limit` bytes has at most `limit` characters (most texts).
            if value.len() <= limit {
                return;
            }
            // Count only as far as needed: linear in the limit, not a second pass over the text.
            let Some((cut, _)) = value.char_indices().nth(limit) else { return };
            found.push((path.to_owned(), crate::rule::char_count(value), limit, cut, value.len()));
        });
        for (path, count, limit, cut, end) in found {
            let over = count - limit;
            out.push(
                Finding::warning(tr!(lang, [count, limit, over],
                    fi: "Teksti on {count} merkkiä pitkä; enimmäispituus on {limit}. Lyhennä tekstiä {over} merkillä.",
                    sv: "Texten är {count} tecken lång; maxlängden är {limit}. Korta den med {over} tecken.",
                    en: "The text is {count} characters long; the limit is {limit}. Shorten it by {over} characters.",
                ))
                .field(path)
                .span(cut..end),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::{ad, options};
    use crate::{validate, JobAd};
    use serde_json::json;

    fn spans(json: serde_json::Value) -> Vec<(String, usize, usize)> {
        ad(json).of_rule("field.too_long").map(|d| (d.field.clone().unwrap(), d.span.unwrap().start, d.span.unwrap().end)).collect()
    }

    #[test]
    fn limits_in_characters_with_the_excess_marked() {
        let at = "ä".repeat(80); // 80 characters, 160 bytes
        let over = "ä".repeat(81);
        assert!(spans(json!({"owner": {"officeName": at}})).is_empty());
        assert_eq!(spans(json!({"owner": {"officeName": over}})), vec![("owner.officeName".into(), 160, 162)]);
        assert!(spans(json!({"position": {"title": {"sv": "S".repeat(100)}}})).is_empty());
        assert_eq!(spans(json!({"position": {"title": {"sv": "S".repeat(101)}}})), vec![("position.title.sv".into(), 100, 101)]);
        let email = format!("{}@example.fi", "a".repeat(250));
        assert_eq!(spans(json!({"contacts": [{"email": "a@example.fi"}, {"email": email}]})), vec![("contacts.1.email".into(), 254, 261)]);
        assert!(spans(json!({"position": {"jobDescription": {"fi": "x".repeat(10_000)}}})).is_empty());
        assert_eq!(spans(json!({"position": {"jobDescription": {"en": "x".repeat(10_001)}}})).len(), 1);
        assert!(spans(json!({"languages": ["x".repeat(500)]})).is_empty(), "codes have no length limit here");
    }

    #[test]
    fn the_limits_name_model_paths_and_every_written_text_has_one() {
        let paths = crate::model::all_paths();
        for (key, _) in super::LIMITS {
            let known = paths.iter().any(|(p, _)| p == key);
            assert!(known, "{key} is not a path of the model (src/model.rs)");
        }
        for (path, spec) in &paths {
            if spec.role.is_written() {
                assert!(super::LIMITS.iter().any(|(k, _)| k == path), "{path} is a text of the model but has no limit in LIMITS");
            }
        }
    }

    #[test]
    fn limits_are_configurable() {
        let ad_json = json!({"position": {"title": {"fi": "Myyjä Helsinkiin"}}, "owner": {"officeName": "x".repeat(90)}});
        let parsed = JobAd::from_json_value(&ad_json).unwrap();
        let mut o = options();
        o.max_lengths.insert("position.title".into(), 10);
        o.max_lengths.insert("owner.officeName".into(), 100);
        let r = validate(&parsed, &o);
        let fields: Vec<_> = r.of_rule("field.too_long").map(|d| d.field.clone().unwrap()).collect();
        assert_eq!(fields, ["position.title.fi"]);
    }
}
