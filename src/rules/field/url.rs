//! `field.url`: the application URL (`application.url.<lang>`) must be an `http://` or
//! `https://` address with a host. `javascript:`, `data:` and other schemes are errors: they
//! would run code or carry content instead of opening the application page.

use crate::model::JobAd;
use crate::rule::{concat, rsplit_once_ascii, tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text, sub};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Url;

static INFO: RuleInfo = RuleInfo {
    id: "field.url",
    severity: Severity::Error,
    title: tr_text!( fi: "Virheellinen hakulinkki", sv: "Ogiltig ansökningslänk", en: "Invalid application URL" ),
    description: tr_text!(
        fi: "Hakulinkin pitää olla kokonainen http- tai https-osoite, esimerkiksi https://esimerkki.fi/rekry. Muut osoitetyypit (javascript:, data:) eivät käy.",
        sv: "Ansökningslänken ska vara en fullständig http- eller https-adress, till exempel https://exempel.fi/rekry. Andra typer (javascript:, data:) godtas inte.",
        en: "The application URL must be a full http or https address, e.g. https://example.fi/jobs. Other kinds (javascript:, data:) are not accepted.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

/// Why a URL is wrong.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Problem {
    /// A scheme other than http/https (`javascript`, `data`, `ftp`, `mailto`...), lowercased.
    Scheme(String),
    /// No scheme: `www.example.fi/jobs` (the fix adds `https://`).
    NoScheme(String),
    /// Spaces or control characters, or no host.
    Malformed,
}

/// Checks one URL.
pub(crate) fn check(url: &str) -> Result<(), Problem> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Problem::Malformed);
    }
    let scheme_end = url.find(':').filter(|&i| {
        let scheme = sub(url, ..i);
        !scheme.is_empty()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
    });
    let Some(i) = scheme_end else {
        return match host_ok(url) {
            true => Err(Problem::NoScheme(concat(&["https://", url]))),
            false => Err(Problem::Malformed),
        };
    };
    let scheme = sub(url, ..i).to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        // `localhost:8080/x` and `esimerkki.fi:8080` are hosts with ports, not schemes.
        if sub(url, i + 1..).starts_with(|c: char| c.is_ascii_digit()) && host_ok(url) {
            return Err(Problem::NoScheme(concat(&["https://", url])));
        }
        return Err(Problem::Scheme(scheme));
    }
    match sub(url, i + 1..).strip_prefix("//") {
        Some(rest) if host_ok(rest) => Ok(()),
        _ => Err(Problem::Malformed),
    }
}

/// Whether `rest` (after `scheme://`) starts with a plausible host: labels of letters, digits
/// and hyphens with at least one dot, optionally `user@` before and `:port` after.
fn host_ok(rest: &str) -> bool {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = rsplit_once_ascii(authority, b'@').map_or(authority, |(_, host_port)| host_port);
    let (host, port) = match rsplit_once_ascii(host_port, b':') {
        Some((h, p)) => (h, Some(p)),
        None => (host_port, None),
    };
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let labels: Vec<&str> = host.split('.').collect();
    let host_ok = (labels.len() >= 2 || host == "localhost")
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '-'))
        && labels.last().is_some_and(|t| t.chars().any(|c| !c.is_ascii_digit()) || labels.len() == 4);
    port_ok && host_ok
}

impl Rule for Url {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        let Some(urls) = ad.application.get().and_then(|a| a.url.get()) else { return };
        for (key, value) in urls.entries() {
            let Some(url) = value.as_str().filter(|u| !u.trim().is_empty()) else { continue };
            let finding = match check(url) {
                Ok(()) => continue,
                Err(Problem::Scheme(scheme)) => Finding::error(tr!(lang, [scheme],
                    fi: "Hakulinkki ”{scheme}:” ei ole verkko-osoite. Kirjoita linkki, joka alkaa https:// (tai http://).",
                    sv: "Ansökningslänken ”{scheme}:” är ingen webbadress. Skriv en länk som börjar med https:// (eller http://).",
                    en: "The application link “{scheme}:” is not a web address. Enter a link that starts with https:// (or http://).",
                )),
                Err(Problem::NoScheme(fix)) => Finding::error(tr!(lang, [fix],
                    fi: "Hakulinkin alusta puuttuu https://. Kirjoita koko osoite: {fix}",
                    sv: "Ansökningslänken saknar början https://. Skriv hela adressen: {fix}",
                    en: "The application link is missing https:// at the start. Write the full address: {fix}",
                ))
                .suggestion(fix),
                Err(Problem::Malformed) => Finding::error(tr!(lang, [url],
                    fi: "Hakulinkki ”{url}” ei ole kelvollinen verkko-osoite. Kopioi osoite selaimen osoiteriviltä, ilman välilyöntejä.",
                    sv: "Ansökningslänken ”{url}” är ingen giltig webbadress. Kopiera adressen från webbläsarens adressfält, utan mellanslag.",
                    en: "The application link “{url}” is not a valid web address. Copy it from the browser's address bar, without spaces.",
                )),
            };
            out.push(finding.field(concat(&["application.url.", key])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{check, Problem};
    use crate::test_util::{ad, fields_of};
    use serde_json::json;

    #[test]
    fn web_addresses_only() {
        let good = [
            "https://example.fi/rekry",
            "http://example.fi",
            "HTTPS://Example.FI/jobs?id=12#apply",
            "https://rekry.kunta.fi:8443/haku/123",
            "https://www.esimerkki.fi/työpaikat",
            "https://user@example.fi/x",
        ];
        for u in good {
            assert_eq!(check(u), Ok(()), "{u:?}");
        }
        let bad: &[(&str, Problem)] = &[
            ("javascript:alert(1)", Problem::Scheme("javascript".into())),
            ("JavaScript:void(0)", Problem::Scheme("javascript".into())),
            ("data:text/html;base64,PHNjcmlwdD4=", Problem::Scheme("data".into())),
            ("ftp://example.fi/file", Problem::Scheme("ftp".into())),
            ("mailto:rekry@example.fi", Problem::Scheme("mailto".into())),
            ("www.example.fi/rekry", Problem::NoScheme("https://www.example.fi/rekry".into())),
            ("example.fi:8080/x", Problem::NoScheme("https://example.fi:8080/x".into())),
            ("https://", Problem::Malformed),
            ("https:/example.fi", Problem::Malformed),
            ("https://example", Problem::Malformed),
            ("https://exa mple.fi", Problem::Malformed),
            ("https://example.fi:port/", Problem::Malformed),
            ("haku sivuillamme", Problem::Malformed),
            ("https://..fi", Problem::Malformed),
        ];
        for (u, want) in bad {
            assert_eq!(check(u), Err(want.clone()), "{u:?}");
        }
    }

    #[test]
    fn each_language_at_its_path() {
        let r = ad(json!({"application": {"url": {"fi": "https://example.fi", "sv": "javascript:x()", "en": ""}}}));
        assert_eq!(fields_of(&r, "field.url"), ["application.url.sv"]);
    }
}
