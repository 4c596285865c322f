//! Options: `tmt-validator.toml` (found upward from the working directory, or `--config`)
//! deserialized into the library's [`tmt_validator::Options`], then the command-line flags on
//! top (`--lang` and `--now` replace; `--disable`, `--severity` and `--allow` add).

use std::path::{Path, PathBuf};

use tmt_validator::{DateTime, Level, Options};

use crate::args::Common;
use crate::Failure;

/// The config file's name.
pub const FILE_NAME: &str = "tmt-validator.toml";

/// The options of a run: the config file's, then the flags.
pub fn options(common: &Common) -> Result<Options, Failure> {
    let mut options = match config_path(common) {
        Some(path) => load(&path)?,
        None => Options::default(),
    };
    if let Some(lang) = common.lang {
        options.lang = lang.into();
    }
    options.disable.extend(common.disable.iter().cloned());
    for pair in &common.severity {
        let (rule, level) = parse_severity(pair)?;
        options.severity.insert(rule, level);
    }
    options.allow.extend(common.allow.iter().cloned());
    options.explain |= common.explain;
    if let Some(now) = &common.now {
        let now = DateTime::parse(now, true)
            .map_err(|_| Failure::Usage(format!("--now must be a date-time like 2026-11-25T12:00:00, not {now:?}")))?;
        options.now = Some(now);
    }
    warn_unknown_rules(&options);
    Ok(options)
}

fn config_path(common: &Common) -> Option<PathBuf> {
    if common.no_config {
        return None;
    }
    if let Some(path) = &common.config {
        return Some(path.clone());
    }
    let cwd = std::env::current_dir().ok()?;
    find_upward(&cwd)
}

/// The nearest `tmt-validator.toml` in `dir` or one of its parents.
fn find_upward(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

fn load(path: &Path) -> Result<Options, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::Usage(format!("cannot read the config file {}: {e}", path.display())))?;
    toml::from_str::<Options>(&text).map_err(|e| Failure::Usage(format!("invalid config file {}: {e}", path.display())))
}

/// `RULE=LEVEL`.
fn parse_severity(pair: &str) -> Result<(String, Level), Failure> {
    let usage = || Failure::Usage(format!("--severity takes RULE=LEVEL with LEVEL error, warning, info or off, not {pair:?}"));
    let (rule, level) = pair.split_once('=').ok_or_else(usage)?;
    let level = match level.trim() {
        "error" => Level::Error,
        "warning" => Level::Warning,
        "info" => Level::Info,
        "off" => Level::Off,
        _ => return Err(usage()),
    };
    let rule = rule.trim();
    if rule.is_empty() {
        return Err(usage());
    }
    Ok((rule.to_owned(), level))
}

/// A rule id that matches no rule is most likely a typo: say so on stderr (the run goes on,
/// so that a config written for a newer version still works).
fn warn_unknown_rules(options: &Options) {
    let catalogue = tmt_validator::rules();
    let known = |id: &str| match id.strip_suffix('*') {
        Some(prefix) => catalogue.iter().any(|r| r.id.starts_with(prefix)),
        None => catalogue.iter().any(|r| r.id == id),
    };
    for id in options.disable.iter().chain(options.severity.keys()) {
        if !known(id) {
            crate::warn(&format!("no rule matches {id:?} (see `tmt-validator rules`)"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_pairs() {
        let cases = [
            ("field.required=warning", Some(("field.required", Level::Warning))),
            (" format.emoji = off ", Some(("format.emoji", Level::Off))),
            ("field.required", None),
            ("=warning", None),
            ("field.required=fatal", None),
        ];
        for (input, expected) in cases {
            let got = parse_severity(input).ok();
            assert_eq!(got.as_ref().map(|(r, l)| (r.as_str(), *l)), expected, "{input}");
        }
    }

    #[test]
    fn the_config_file_is_found_in_a_parent() {
        let root = tempfile::tempdir().unwrap();
        let deep = root.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(find_upward(&deep).filter(|p| p.starts_with(root.path())), None);
        std::fs::write(root.path().join(FILE_NAME), "lang = \"sv\"\n").unwrap();
        assert_eq!(find_upward(&deep), Some(root.path().join(FILE_NAME)));
    }
}
