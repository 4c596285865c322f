//! Options for a validation run. They deserialize from the JS `options` object and from the
//! CLI's config file (camelCase keys; unknown keys are ignored).

use serde::de::{self, Deserializer};
use serde::Deserialize;
use serde_json::Value;

use crate::datetime::DateTime;
use crate::map::SortedMap;
use crate::model::ContentType;
use crate::report::Severity;
use crate::rule::concat;

/// The language of messages (and of the rule catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish (the default).
    #[default]
    Fi,
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl Lang {
    /// `fi`, `sv` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// `fi`, `sv`, `en` exactly (as options and JSON write them).
    fn parse_exact(code: &str) -> Option<Lang> {
        match code {
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Parses `fi`, `sv`, `en` (case-insensitive).
    pub fn parse(code: &str) -> Option<Lang> {
        // (no allocation: this runs for every rule on every text)
        [("fi", Lang::Fi), ("sv", Lang::Sv), ("en", Lang::En)].into_iter().find(|(c, _)| code.eq_ignore_ascii_case(c)).map(|(_, l)| l)
    }
}

/// A per-rule severity override: a severity, or `off` to disable the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as a tip.
    Info,
    /// Do not run the rule.
    Off,
}

/// Options for [`crate::validate`] and [`crate::validate_text`].
///
/// ```
/// let mut options = tmt_validator::Options::default();
/// options.lang = tmt_validator::Lang::En;
/// options.disable.push("format.emoji".into());
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Options {
    /// Language of the messages.
    pub lang: Lang,
    /// Rule ids not to run. An id ending in `.*` disables a family (`content.discrimination.*`).
    pub disable: Vec<String>,
    /// Severity overrides per rule id (`"error"`, `"warning"`, `"info"` or `"off"`).
    pub severity: SortedMap<Level>,
    /// Phrases the recruiter has justified: a finding whose span lies inside an occurrence of
    /// one of them (case-insensitively) is not reported.
    pub allow: Vec<String>,
    /// "Now" for the date rules. From JS: a date-time string or milliseconds since the epoch.
    /// Default: the current time.
    pub now: Option<DateTime>,
    /// For `validate_text`: the dotted path of the field the text belongs to (echoed in the
    /// diagnostics; a path ending in `.fi`/`.sv`/`.en` also tells the text's language).
    pub field: Option<String>,
    /// For `validate_text`: how the text is written (`plain` by default).
    pub content_type: Option<ContentType>,
    /// Maximum lengths in characters for `field.too_long`, by path key: `"position.title"`
    /// (every language), `"contacts.*.email"` (every contact). Overrides the defaults listed in
    /// the rule catalogue; unknown keys add limits to other fields.
    pub max_lengths: SortedMap<usize>,
    /// Each content finding says why it was made: which mention (and its mode) and which
    /// stance of its clause produced it, and a lawful exception that made it a warning
    /// (`Diagnostic::explain`). For tuning and for users who ask "why?".
    pub explain: bool,
}

impl Options {
    /// Whether the rule `id` runs under these options.
    pub fn is_enabled(&self, id: &str) -> bool {
        if !self.severity.is_empty() && self.severity.get(id) == Some(&Level::Off) {
            return false;
        }
        // Byte comparisons: a long `disable` list (every rule but one) is checked per rule.
        let id = id.as_bytes();
        !self.disable.iter().any(|d| match d.as_bytes() {
            [prefix @ .., b'*'] => id.starts_with(prefix),
            d => d == id,
        })
    }

    /// The severity a finding of rule `id` is reported with.
    pub fn severity_for(&self, id: &str, found: Severity) -> Severity {
        match self.severity.get(id) {
            Some(Level::Error) => Severity::Error,
            Some(Level::Warning) => Severity::Warning,
            Some(Level::Info) => Severity::Info,
            Some(Level::Off) | None => found,
        }
    }

    /// "Now" for the date rules.
    pub fn now(&self) -> Option<DateTime> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Some(self.now.unwrap_or_else(DateTime::now_utc))
        }
        #[cfg(target_arch = "wasm32")]
        {
            self.now
        }
    }
}

/// Options deserialize through [`serde_json::Value`] and a small hand-written reader (see
/// `Options::from_json`): serde's derived code for this struct cost more in the WebAssembly
/// build than the rest of the options handling together.
impl<'de> Deserialize<'de> for Options {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Options::from_json(&Value::deserialize(deserializer)?).map_err(de::Error::custom)
    }
}

fn string_list(key: &str, value: &Value) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    if let Value::Array(items) = value {
        for item in items {
            match item {
                Value::String(s) => out.push(s.clone()),
                _ => return Err(concat(&["`", key, "` must be a list of strings"])),
            }
        }
        return Ok(out);
    }
    Err(concat(&["`", key, "` must be a list of strings"]))
}

impl Options {
    /// Reads options from a JSON value (camelCase keys, unknown keys ignored, `null` = default).
    /// A known key with a bad value is an error, not a silent default.
    pub(crate) fn from_json(value: &Value) -> Result<Options, String> {
        let map = match value {
            Value::Null => return Ok(Options::default()),
            Value::Object(map) => map,
            _ => return Err("options must be an object".into()),
        };
        let mut options = Options::default();
        for (key, value) in map {
            if value.is_null() {
                continue;
            }
            match key.as_str() {
                "lang" => {
                    options.lang = value.as_str().and_then(Lang::parse_exact).ok_or("`lang` must be \"fi\", \"sv\" or \"en\"")?;
                }
                "disable" => options.disable = string_list("disable", value)?,
                "allow" => options.allow = string_list("allow", value)?,
                "severity" => {
                    let Value::Object(levels) = value else { return Err("`severity` must be an object".into()) };
                    for (rule, level) in levels {
                        let level = match level.as_str() {
                            Some("error") => Level::Error,
                            Some("warning") => Level::Warning,
                            Some("info") => Level::Info,
                            Some("off") => Level::Off,
                            _ => return Err(concat(&["`severity.", rule, "` must be \"error\", \"warning\", \"info\" or \"off\""])),
                        };
                        options.severity.insert(rule.clone(), level);
                    }
                }
                "now" => options.now = Some(now_from(value)?),
                "maxLengths" => {
                    let Value::Object(limits) = value else { return Err("`maxLengths` must be an object".into()) };
                    for (path, limit) in limits {
                        let limit = limit
                            .as_u64()
                            .and_then(|n| usize::try_from(n).ok())
                            .ok_or_else(|| concat(&["`maxLengths.", path, "` must be a whole number of characters"]))?;
                        options.max_lengths.insert(path.clone(), limit);
                    }
                }
                "explain" => options.explain = value.as_bool().ok_or("`explain` must be true or false")?,
                "field" => match value {
                    Value::String(s) => options.field = Some(s.clone()),
                    _ => return Err("`field` must be a string".into()),
                },
                "contentType" => {
                    options.content_type = Some(match value.as_str() {
                        Some("plain") => ContentType::Plain,
                        Some("markdown") => ContentType::Markdown,
                        _ => return Err("`contentType` must be \"plain\" or \"markdown\"".into()),
                    })
                }
                _ => {}
            }
        }
        Ok(options)
    }
}

fn now_from(value: &Value) -> Result<DateTime, String> {
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(ms) if ms.is_finite() => Ok(DateTime::from_unix_millis(ms as i64)),
            _ => Err("`now` must be a finite number of milliseconds".into()),
        },
        Value::String(s) => {
            DateTime::parse(s, true).map_err(|_| concat(&["`now` must be a date-time like 2026-11-25T12:00:00, not \"", s, "\""]))
        }
        _ => Err("`now` must be a date-time string or milliseconds since the epoch".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disable_and_severity_overrides() {
        let o: Options = serde_json::from_str(
            r#"{"lang":"sv","disable":["format.emoji","content.discrimination.*"],"severity":{"field.url":"info","format.html":"off"},"now":"2026-01-01T00:00:00Z","unknown":1}"#,
        )
        .unwrap();
        assert_eq!(o.lang, Lang::Sv);
        assert!(!o.is_enabled("format.emoji"));
        assert!(o.is_enabled("format.emojis"));
        assert!(!o.is_enabled("content.discrimination.age"));
        assert!(o.is_enabled("content.discriminationx"));
        assert!(!o.is_enabled("format.html"));
        assert_eq!(o.severity_for("field.url", Severity::Error), Severity::Info);
        assert_eq!(o.severity_for("field.email", Severity::Error), Severity::Error);
        assert_eq!(o.now.unwrap().to_string(), "2026-01-01T00:00:00");
    }

    #[test]
    fn max_lengths_are_read_and_checked() {
        let o: Options = serde_json::from_str(r#"{"maxLengths":{"position.title":60,"owner.officeName":80}}"#).unwrap();
        assert_eq!(o.max_lengths.get("position.title"), Some(&60));
        assert_eq!(o.max_lengths.get("owner.officeName"), Some(&80));
        for bad in [r#"{"maxLengths":5}"#, r#"{"maxLengths":{"position.title":-1}}"#, r#"{"maxLengths":{"position.title":"60"}}"#] {
            assert!(serde_json::from_str::<Options>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_options_are_errors_not_defaults() {
        assert!(serde_json::from_str::<Options>(r#"{"lang":"de"}"#).is_err());
        assert!(serde_json::from_str::<Options>(r#"{"now":"tomorrow"}"#).is_err());
        assert!(serde_json::from_str::<Options>(r#"{"disable":"x"}"#).is_err());
        let o: Options = serde_json::from_str(r#"{"now":0}"#).unwrap();
        assert_eq!(o.now.unwrap().to_string(), "1970-01-01T00:00:00");
        let bad = [
            r#"{"lang":"FI"}"#,
            r#"{"lang":1}"#,
            r#"{"disable":[1]}"#,
            r#"{"allow":"x"}"#,
            r#"{"severity":{"field.url":"loud"}}"#,
            r#"{"severity":["error"]}"#,
            r#"{"now":true}"#,
            r#"{"field":3}"#,
            r#"{"contentType":"html"}"#,
            r#"[]"#,
        ];
        for json in bad {
            assert!(serde_json::from_str::<Options>(json).is_err(), "{json}");
        }
    }

    #[test]
    fn every_key_is_read_and_null_means_default() {
        let o: Options = serde_json::from_str(
            r#"{"lang":"en","allow":["alle 30"],"field":"position.title.sv","contentType":"markdown","severity":{"a.b":"warning","c.d":"error"}}"#,
        )
        .unwrap();
        assert_eq!((o.lang, o.allow.as_slice(), o.field.as_deref()), (Lang::En, &["alle 30".to_owned()][..], Some("position.title.sv")));
        assert_eq!(o.content_type, Some(ContentType::Markdown));
        assert_eq!((o.severity_for("a.b", Severity::Error), o.severity_for("c.d", Severity::Info)), (Severity::Warning, Severity::Error));
        let o: Options = serde_json::from_str(r#"{"lang":null,"disable":null,"now":null,"contentType":null}"#).unwrap();
        assert_eq!((o.lang, o.disable.len(), o.now, o.content_type), (Lang::Fi, 0, None, None));
        assert!(serde_json::from_str::<Options>("null").unwrap().allow.is_empty());
    }
}
