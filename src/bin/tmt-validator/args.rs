//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Checks Työmarkkinatori (Job Market Finland) job ads: field rules and content guidelines in
/// Finnish, Swedish and English.
///
/// Exit status: 0 when no ad has an error, 1 when some ad has an error (or an input record is
/// not a readable ad, or there are more warnings than --max-warnings), 2 for usage errors and
/// unreadable input.
#[derive(Debug, Parser)]
#[command(name = "tmt-validator", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// When to use colours (NO_COLOR and CLICOLOR_FORCE are honoured with `auto`).
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value = "auto")]
    pub color: ColorArg,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validates job ads: JSON files (one ad or an array of ads), NDJSON files (one ad a line),
    /// directories (their *.json, *.ndjson and *.jsonl files, recursively) or standard input.
    Check(Check),
    /// Runs the content and format rules on one plain text (a file, or standard input).
    Text(TextCmd),
    /// Prints the rule catalogue.
    Rules(RulesCmd),
}

/// `check`
#[derive(Debug, Args)]
pub struct Check {
    /// Files or directories; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: the number of cores). Output order does not depend on it.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Never show the progress bar (it is shown only on a terminal, for batches that take a while).
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub common: Common,
}

/// `text`
#[derive(Debug, Args)]
pub struct TextCmd {
    /// The text file; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
    /// The field the text belongs to, e.g. `position.jobDescription.fi` (its last part tells
    /// the language).
    #[arg(long, value_name = "PATH")]
    pub field: Option<String>,
    /// How the text is written.
    #[arg(long, value_enum, value_name = "TYPE")]
    pub content_type: Option<ContentTypeArg>,
    #[command(flatten)]
    pub common: Common,
}

/// `rules`
#[derive(Debug, Args)]
pub struct RulesCmd {
    /// Language of the titles and descriptions.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Output format (`ndjson`: one rule a line).
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Options shared by `check` and `text`.
#[derive(Debug, Args)]
pub struct Common {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: Format,
    /// Language of the messages (default: the config file's, else fi).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Does not run a rule; `content.discrimination.*` disables a family. Repeatable.
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Reports a rule with another severity (error, warning, info) or turns it off. Repeatable.
    #[arg(long, value_name = "RULE=LEVEL")]
    pub severity: Vec<String>,
    /// A phrase the recruiter has justified: findings inside it are not reported. Repeatable.
    #[arg(long, value_name = "PHRASE")]
    pub allow: Vec<String>,
    /// Says why each content finding was made: the mention and the clause's stance toward the
    /// applicant (`explain` in JSON output).
    #[arg(long)]
    pub explain: bool,
    /// "Now" for the date rules, e.g. 2026-11-25T12:00:00 (default: the current time).
    #[arg(long, value_name = "DATETIME")]
    pub now: Option<String>,
    /// Config file (default: tmt-validator.toml in the working directory or the nearest parent).
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignores tmt-validator.toml files.
    #[arg(long)]
    pub no_config: bool,
    /// Fails (exit 1) when there are more than N warnings in all.
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<usize>,
    /// Prints only the findings: no summary line, no progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Diagnostics for people, grouped by ad, with the text excerpt underlined.
    Text,
    /// One JSON document: `{results: [entries], summary: {...}}`.
    Json,
    /// One JSON line per ad: `{source, index, line, externalId, report, error}`; `report` is the
    /// npm package's Report, with spans in UTF-16 code units of the field's text.
    Ndjson,
}

/// Message languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl From<LangArg> for tmt_validator::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Fi => tmt_validator::Lang::Fi,
            LangArg::Sv => tmt_validator::Lang::Sv,
            LangArg::En => tmt_validator::Lang::En,
        }
    }
}

/// Content types for `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContentTypeArg {
    /// Plain text.
    Plain,
    /// Markdown.
    Markdown,
}

impl From<ContentTypeArg> for tmt_validator::ContentType {
    fn from(c: ContentTypeArg) -> Self {
        match c {
            ContentTypeArg::Plain => tmt_validator::ContentType::Plain,
            ContentTypeArg::Markdown => tmt_validator::ContentType::Markdown,
        }
    }
}

/// `--color`
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colours on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colours.
    Always,
    /// Never colours.
    Never,
}

impl ColorArg {
    /// Sets the choice for every anstream stream of the process.
    pub fn write_global(self) {
        match self {
            ColorArg::Auto => anstream::ColorChoice::Auto,
            ColorArg::Always => anstream::ColorChoice::Always,
            ColorArg::Never => anstream::ColorChoice::Never,
        }
        .write_global();
    }
}
