//! What a rule is, and how it reports.
//!
//! A rule lives in one file under `src/rules/` with its messages and tests, and is listed once
//! in `src/rules/mod.rs`. It implements [`Rule`]: `check_ad` for field and cross-field rules
//! (the whole ad), `check_text` for content and format rules (one free text at a time: every
//! free text of an ad, or the text given to `validate_text`). It reports through an
//! [`Emitter`], which applies the options *in the engine*: disabled rules never run, severity
//! overrides and `allow` phrases are applied as the finding is made.

use serde::Serialize;

use crate::datetime::DateTime;
use crate::model::{ContentType, JobAd};
use crate::options::{Lang, Options};
use crate::report::{Diagnostic, Severity, Span};

/// A static text in the three languages (written with the crate's `tr_text!`): the Finnish,
/// Swedish and English texts in one string, NUL-separated, read by [`Tr::get`]. One string
/// instead of three: the catalogue and the rules' names for what they check hold over a
/// hundred of these, and as three their pointers and lengths in the wasm's data (which gzip
/// hardly compresses) cost 1.3 KB of the gzipped engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    /// `fi\0sv\0en`.
    pub(crate) texts: &'static str,
}

impl Tr {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        part(self.texts, lang)
    }
}

/// A [`Tr`]: `tr_text!(fi: "otsikko", sv: "rubrik", en: "title")`. (A struct expression, so
/// `&tr_text!(...)` is a `&'static Tr`, like a struct literal.)
macro_rules! tr_text {
    (fi: $fi:literal, sv: $sv:literal, en: $en:literal $(,)?) => {
        $crate::rule::Tr { texts: concat!($fi, "\0", $sv, "\0", $en) }
    };
}
pub(crate) use tr_text;

/// A message in the requested language, its `{name}` placeholders filled with the listed
/// values (each an [`Arg`], written as `Display` would write it; `{{`, `}}` are braces):
///
/// ```text
/// tr!(lang, [path], fi: "Kenttä {path} puuttuu.", sv: "Fältet {path} saknas.", en: "{path} is missing.")
/// ```
///
/// One shared [`fill`] does the formatting, instead of three `format!` expansions per message:
/// a hundred messages cost a few kilobytes of wasm less. The three texts are one string
/// (`concat!`, NUL-separated) that [`fill_in`] cuts: a `match` on the language would compile to
/// a length table and a pointer table per message. A test checks that every placeholder of
/// every message in the sources is listed ([`tests::every_placeholder_is_listed`]).
macro_rules! tr {
    ($lang:expr, [$($arg:ident),*], fi: $fi:literal, sv: $sv:literal, en: $en:literal $(,)?) => {
        $crate::rule::fill_in($lang, concat!($fi, "\0", $sv, "\0", $en), &[$((stringify!($arg), &$arg as &dyn $crate::rule::Arg)),*])
    };
}
pub(crate) use tr;

/// A value a message's placeholder shows: a text, a whole number (in decimal) or a date-time,
/// written as its `Display` would write it. Messages and paths are built without `core::fmt`
/// (`format!`, `to_string`): its per-type code and argument tables stay out of the wasm, where
/// only the panic messages still need it.
pub(crate) trait Arg {
    /// Appends the value as the message shows it.
    fn push_to(&self, out: &mut String);
}

impl Arg for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Arg for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Arg for usize {
    fn push_to(&self, out: &mut String) {
        push_decimal(out, *self, 1);
    }
}

impl Arg for DateTime {
    fn push_to(&self, out: &mut String) {
        self.append_to(out);
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

/// The parts one after another, as `parts.concat()` (whose general join code is over a
/// kilobyte of wasm).
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// The dotted path of item `i` of the list at `list`: `"{list}.{i}"`.
pub(crate) fn item_path(list: &str, i: usize) -> String {
    let mut path = String::with_capacity(list.len() + 4);
    path.push_str(list);
    path.push('.');
    push_decimal(&mut path, i, 1);
    path
}

/// Appends `n` in decimal with at least `width` digits, zero-padded: what
/// `format!("{n:0width$}")` writes, without `core::fmt`.
pub(crate) fn push_decimal(out: &mut String, n: usize, width: usize) {
    if n >= 10 || width > 1 {
        push_decimal(out, n / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// `s` read as `u64::from_str_radix(s, radix)` reads it: an optional `+`, then at least one
/// digit; `None` for anything else and on overflow. Without core's generic integer parser, of
/// which each integer type read had its own copy in the .wasm.
pub(crate) fn parse_u64(s: &str, radix: u32) -> Option<u64> {
    let digits = match s.as_bytes() {
        [] | [b'+'] => return None,
        [b'+', digits @ ..] | digits => digits,
    };
    digits.iter().try_fold(0u64, |n, &b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'z' => b - b'a' + 10,
            b'A'..=b'Z' => b - b'A' + 10,
            _ => return None,
        };
        let (digit, radix) = (u64::from(digit), u64::from(radix));
        // (`n * radix + digit` when it fits: checked by a division, where `checked_mul` linked
        // a 128-bit multiplication)
        (digit < radix && n <= (u64::MAX - digit) / radix).then(|| n * radix + digit)
    })
}

/// [`fill`] with the text in `lang` of `texts`: the Finnish, Swedish and English texts of a
/// message separated by NUL (see [`tr!`]).
pub(crate) fn fill_in(lang: Lang, texts: &str, args: &[(&str, &dyn Arg)]) -> String {
    fill(part(texts, lang), args)
}

/// The text in `lang` of `texts`, the Finnish, Swedish and English texts separated by NUL (a
/// [`tr!`] message, a [`Tr`]).
fn part(texts: &str, lang: Lang) -> &str {
    // (`texts.split('\0').nth(lang)`, by a byte search: no char searcher inlined here)
    let mut parts = texts.as_bytes().split(|&b| b == 0).map(|p| p.len());
    let start: usize = parts.by_ref().take(lang as usize).map(|len| len + 1).sum();
    parts.next().map_or("", |len| sub(texts, start..start + len))
}

/// Fills the `{name}` placeholders of `template` with `args` (see [`tr!`]). An unknown name is
/// kept as written (the sources test makes that impossible).
pub(crate) fn fill(template: &str, args: &[(&str, &dyn Arg)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    // (a byte search: `{` and `}` are ASCII, never inside a multi-byte character)
    while let Some(i) = rest.bytes().position(|b| b == b'{' || b == b'}') {
        out.push_str(sub(rest, ..i));
        let tail = sub(rest, i..);
        if let Some(after) = tail.strip_prefix("{{").or_else(|| tail.strip_prefix("}}")) {
            out.push_str(sub(tail, ..1));
            rest = after;
            continue;
        }
        let close = if tail.starts_with('{') { tail.bytes().position(|b| b == b'}') } else { None };
        match close.and_then(|c| args.iter().find(|(n, _)| *n == sub(tail, 1..c)).map(|(_, v)| (c, v))) {
            Some((c, v)) => {
                v.push_to(&mut out);
                rest = sub(tail, c + 1..);
            }
            None => {
                out.push_str(sub(tail, ..1));
                rest = sub(tail, 1..);
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a rule looks at the whole ad or at free texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Field and cross-field rules: run by `validate` on the ad.
    Ad,
    /// Content and format rules: run on every free text, and by `validate_text`.
    Text,
}

/// A rule's entry in the catalogue.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable dotted id.
    pub id: &'static str,
    /// The most severe level the rule reports (some findings of a rule may be milder).
    pub severity: Severity,
    /// What it checks, as a short title.
    pub title: Tr,
    /// What it checks and why, and what to do.
    pub description: Tr,
    /// Law or guideline reference, with a URL where one exists.
    pub reference: Option<&'static str>,
    /// Ad or text rule.
    pub scope: Scope,
}

/// One free text under check.
///
/// Build it with [`TextInput::new`]; the content rules share one lazily computed analysis of
/// the text (tokens, folded forms, clauses), made on first use.
#[derive(Debug, Clone)]
pub struct TextInput<'a> {
    /// The text.
    pub text: &'a str,
    /// Its dotted path (`None` for `validate_text` without `options.field`).
    pub field: Option<&'a str>,
    /// Its language key when known (`fi`, `sv`, `en`); `None` = unknown, rules try all three.
    pub lang: Option<&'a str>,
    /// Plain or markdown.
    pub content_type: ContentType,
    /// The shared analysis, computed once on first use by a content rule.
    analysis: std::cell::OnceCell<crate::text::Analysis>,
}

impl<'a> TextInput<'a> {
    /// A text to check.
    pub fn new(text: &'a str, field: Option<&'a str>, lang: Option<&'a str>, content_type: ContentType) -> Self {
        TextInput { text, field, lang, content_type, analysis: std::cell::OnceCell::new() }
    }

    /// The text's analysis, shared by every rule that runs on it (computed once).
    pub(crate) fn analysis(&self) -> &crate::text::Analysis {
        once(&self.analysis, || crate::text::Analysis::new(self.text))
    }
}

/// A rule. Implement `check_ad` or `check_text` (or both).
pub(crate) trait Rule {
    /// The rule's catalogue entry (its id is the id of every finding it makes).
    const INFO: &'static RuleInfo;

    /// Checks the whole ad.
    fn check_ad(_ad: &JobAd, _out: &mut Emitter<'_>) {}

    /// Checks one free text.
    fn check_text(_text: &TextInput<'_>, _out: &mut Emitter<'_>) {}
}

/// A rule as the registry lists it (`rules::RULES`): its catalogue entry and its two checks.
/// Three words per rule in the wasm's data, where a `&dyn Rule` was a fat pointer and a vtable
/// of six, and no `info` function per rule.
pub(crate) struct Registered {
    /// The rule's catalogue entry ([`Rule::INFO`]).
    pub info: &'static RuleInfo,
    /// [`Rule::check_ad`].
    pub check_ad: fn(&JobAd, &mut Emitter<'_>),
    /// [`Rule::check_text`].
    pub check_text: fn(&TextInput<'_>, &mut Emitter<'_>),
}

/// A finding before the options are applied.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    severity: Severity,
    field: Option<String>,
    span: Option<Span>,
    message: String,
    suggestion: Option<String>,
    reference: Option<&'static str>,
    explain: Option<String>,
}

#[allow(dead_code)] // the builder is shared by every rule; not all rules use every part
impl Finding {
    pub fn new(severity: Severity, message: String) -> Finding {
        Finding { severity, field: None, span: None, message, suggestion: None, reference: None, explain: None }
    }
    pub fn error(message: String) -> Finding {
        Finding::new(Severity::Error, message)
    }
    pub fn warning(message: String) -> Finding {
        Finding::new(Severity::Warning, message)
    }
    pub fn info(message: String) -> Finding {
        Finding::new(Severity::Info, message)
    }
    /// The dotted path the finding is about (text rules get their text's path by default).
    pub fn field(mut self, path: impl Into<String>) -> Finding {
        self.field = Some(path.into());
        self
    }
    /// Byte range in the field's text.
    pub fn span(mut self, span: impl Into<Span>) -> Finding {
        self.span = Some(span.into());
        self
    }
    /// Replacement text for the span.
    pub fn suggestion(mut self, text: impl Into<String>) -> Finding {
        self.suggestion = Some(text.into());
        self
    }
    /// Why the finding was made (kept only when the options ask for explanations).
    pub fn explain(mut self, why: String) -> Finding {
        self.explain = Some(why);
        self
    }
    /// A reference other than the rule's own.
    #[allow(dead_code)]
    pub fn reference(mut self, reference: &'static str) -> Finding {
        self.reference = Some(reference);
        self
    }
}

/// Where a rule puts its findings.
pub(crate) struct Emitter<'a> {
    options: &'a Options,
    rule: &'static RuleInfo,
    now: Option<DateTime>,
    /// The text under check, for text rules (default field, `allow` phrases).
    text: Option<&'a TextInput<'a>>,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Emitter<'a> {
    pub fn new(
        options: &'a Options,
        rule: &'static RuleInfo,
        now: Option<DateTime>,
        text: Option<&'a TextInput<'a>>,
        out: &'a mut Vec<Diagnostic>,
    ) -> Self {
        Emitter { options, rule, now, text, out }
    }

    /// The language messages are written in.
    pub fn lang(&self) -> Lang {
        self.options.lang
    }

    /// The options of this run.
    #[allow(dead_code)]
    pub fn options(&self) -> &Options {
        self.options
    }

    /// Whether findings should say why they were made (`Options::explain`).
    pub fn explaining(&self) -> bool {
        self.options.explain
    }

    /// "Now" for date rules (`None` only when the caller gave no clock, which the wasm binding always does).
    #[allow(dead_code)]
    pub fn now(&self) -> Option<DateTime> {
        self.now
    }

    /// Reports a finding.
    pub fn push(&mut self, finding: Finding) {
        let Finding { severity, field, span, message, suggestion, reference, explain } = finding;
        let field = field.or_else(|| self.text.and_then(|t| t.field).map(str::to_owned));
        if let (Some(span), Some(input)) = (span, self.text) {
            if is_allowed(&self.options.allow, input.text, span) {
                return;
            }
        }
        self.out.push(Diagnostic {
            rule: self.rule.id,
            severity: self.options.severity_for(self.rule.id, severity),
            field,
            span,
            message,
            suggestion,
            reference: reference.or(self.rule.reference),
            explain: explain.filter(|_| self.options.explain),
        });
    }
}

/// Whether `span` of `text` lies inside an occurrence of one of the allowed phrases
/// (compared case-insensitively).
fn is_allowed(allow: &[String], text: &str, span: Span) -> bool {
    if allow.is_empty() {
        return false;
    }
    // Widen the window a little so that a phrase around the span is found; only this window is
    // folded ([`crate::fold`]), so the cost is bounded by the phrase lengths, not by the text.
    allow.iter().filter(|p| !p.trim().is_empty()).any(|phrase| {
        let phrase = crate::fold::lower(phrase.trim());
        let reach = phrase.len() * 2 + 8; // lowercasing can change byte lengths a little
        let lo = floor_char_boundary(text, span.start.saturating_sub(reach));
        let hi = ceil_char_boundary(text, (span.end + reach).min(text.len()));
        let window = sub(text, lo..hi);
        let lower = crate::fold::lower(window);
        // Map matches in the lowercased window back to the original by char counts. (A byte
        // search: a UTF-8 phrase can only match at a char boundary, and this keeps `str::find`'s
        // two-way searcher out of the wasm. `phrase` is not empty.)
        let mut from = 0;
        while let Some(pos) = find_bytes(lower.as_bytes().get(from..).unwrap_or_default(), phrase.as_bytes()) {
            let start_chars = char_count(sub(&lower, ..from + pos));
            let len_chars = char_count(&phrase);
            let start = lo + window.char_indices().nth(start_chars).map_or(window.len(), |(i, _)| i);
            let end = lo + window.char_indices().nth(start_chars + len_chars).map_or(window.len(), |(i, _)| i);
            if start <= span.start && span.end <= end {
                return true;
            }
            from += pos + phrase.len().max(1);
            if from >= lower.len() {
                break;
            }
        }
        false
    })
}

/// `s.rsplit_once(sep)` for an ASCII separator, found by a byte search (which keeps `str`'s
/// reverse char searcher out of the wasm).
/// `&s[range]` without core's panicking path for a bad string slice (its message formats a
/// `char` and a range with `Debug`, about 1.5 KB gzip of the .wasm): the empty string where
/// indexing would panic. Every caller slices at char boundaries it found in `s`, so the result
/// is always the same as indexing.
pub(crate) fn sub<R: std::slice::SliceIndex<str, Output = str>>(s: &str, range: R) -> &str {
    s.get(range).unwrap_or_default()
}

/// `cell.get_or_init(init)` without its panicking path for a reentrant `init` (none is: every
/// `init` here computes from the text alone), whose message and location stayed in the wasm
/// once per cell.
pub(crate) fn once<T>(cell: &std::cell::OnceCell<T>, init: impl FnOnce() -> T) -> &T {
    let mut init = Some(init);
    loop {
        if let Some(value) = cell.get() {
            return value;
        }
        if let Some(init) = init.take() {
            // (a value set meanwhile cannot happen; ours would be forgotten, not dropped, which
            // keeps `T`'s drop code out of this path: 70 B of wasm)
            if let Err(value) = cell.set(init()) {
                std::mem::forget(value);
            }
        }
    }
}

/// Where `needle` (a few bytes) first occurs in `hay`: a plain scan, linear for a needle this
/// short (and `str::find`'s two-way searcher stays out of the .wasm). An empty needle is never
/// found; `windows` of a length that cannot be 0 also keeps its panicking path (and with it
/// core's `&str` formatting for panic messages) out of the wasm.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len().max(1)).position(|w| w == needle)
}

/// Whether `word` is one of `words`, a `|`-separated list: `matches!(word, "a" | "b")` as one
/// call, for the wasm's size (`matches!` on strings compiles to a length test and a comparison
/// per pattern at each site: -1.3 KB gzip for the 70 of them). The list is split at its bytes
/// (`str::split` with a `char` looks for each `|` with a memchr: more code, and slower on lists
/// this short).
pub(crate) fn is_any(word: &str, words: &str) -> bool {
    words.as_bytes().split(|&b| b == b'|').any(|w| w == word.as_bytes())
}

/// Whether `word` starts with one of `prefixes`, a `|`-separated list (one string: a `&[&str]`
/// would put a table of pointers and lengths in the wasm; one function for every list).
pub(crate) fn starts_with_any(word: &str, prefixes: &str) -> bool {
    prefixes.as_bytes().split(|&b| b == b'|').any(|p| word.as_bytes().starts_with(p))
}

/// Whether `word` contains one of `parts`, a `|`-separated list (as [`starts_with_any`]).
pub(crate) fn contains_any(word: &str, parts: &str) -> bool {
    parts.as_bytes().split(|&b| b == b'|').any(|p| find_bytes(word.as_bytes(), p).is_some())
}

/// The number of chars in `s` (`s.chars().count()`): its bytes that do not continue a UTF-8
/// sequence. A plain loop instead of core's word-at-a-time `do_count_chars`, which each
/// `chars().count()` inlined a call to (-90 B gzip in the wasm; core's panic formatting still
/// links it); the texts counted are short, or counted once.
pub(crate) fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

pub(crate) fn rsplit_once_ascii(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().rposition(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_paths_are_written_as_format_writes_them() {
        for n in [0, 7, 10, 99, 100, 2026, 65_535, 1_000_000, usize::MAX] {
            for width in [0, 1, 2, 4, 12, 25] {
                let mut s = String::from("x");
                push_decimal(&mut s, n, width);
                assert_eq!(s, format!("x{n:0width$}"));
            }
            assert_eq!(item_path("contacts", n), format!("contacts.{n}"));
        }
    }

    #[test]
    fn numbers_are_read_as_from_str_radix_reads_them() {
        let texts = [
            "",
            "+",
            "-",
            "++1",
            "+-1",
            "-1",
            "-0",
            "0",
            "+0",
            "007",
            "+42",
            "42 ",
            " 42",
            "4_2",
            "1.5",
            "2026",
            "ff",
            "FF",
            "fF09",
            "0x1f",
            "g",
            "٣",
            "½",
            "١٢",
            "DFFF",
            "ffffffff",
            "100000000",
            "4294967295",
            "4294967296",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
            "ffffffffffffffff",
            "10000000000000000",
            "+ffffffffffffffff",
        ];
        for s in texts {
            for radix in [10, 16] {
                assert_eq!(parse_u64(s, radix), u64::from_str_radix(s, radix).ok(), "{s:?} in base {radix}");
                let read = parse_u64(s, radix);
                assert_eq!(read.and_then(|n| u32::try_from(n).ok()), u32::from_str_radix(s, radix).ok(), "{s:?}");
                assert_eq!(read.and_then(|n| u16::try_from(n).ok()), u16::from_str_radix(s, radix).ok(), "{s:?}");
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_and_keeps_the_rest() {
        let n = 3;
        let x = "ä😀";
        assert_eq!(fill("{x} and {n}, {{x}} {missing} }} {", &[("x", &x), ("n", &n)]), "ä😀 and 3, {x} {missing} } {");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("no placeholders", &[("x", &x)]), "no placeholders");
        let lang = Lang::Sv;
        assert_eq!(tr!(lang, [n], fi: "{n} kpl", sv: "{n} st", en: "{n} pcs"), "3 st");
        let t = tr_text!(fi: "otsikko", sv: "", en: "title");
        assert_eq!([Lang::Fi, Lang::Sv, Lang::En].map(|l| t.get(l)), ["otsikko", "", "title"]);
    }

    /// Every `{name}` in a `tr!` message is listed in its argument list, in all three languages,
    /// and every listed name is used: a placeholder cannot silently stay unfilled.
    #[test]
    fn every_placeholder_is_listed() {
        fn visit(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    visit(&p, files);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        let mut files = Vec::new();
        visit(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
        let mut checked = 0;
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap_or_default();
            for (i, _) in src.match_indices("tr!(") {
                let call = &src[i..];
                let Some(open) = call.find(", [") else { continue };
                if call[..open].contains('\n') || !call[open..].starts_with(", [") {
                    continue;
                }
                let close = open + call[open..].find(']').unwrap_or(0);
                let listed: Vec<&str> = call[open + 3..close].split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
                let mut used = Vec::new();
                for key in ["fi: \"", "sv: \"", "en: \""] {
                    let start = call.find(key).map(|k| k + key.len()).unwrap_or(0);
                    let lit = &call[start..];
                    let mut end = 0;
                    let b = lit.as_bytes();
                    while end < b.len() && !(b[end] == b'"' && (end == 0 || b[end - 1] != b'\\')) {
                        end += 1;
                    }
                    assert!(
                        !lit[..end].contains("\\0") && !lit[..end].contains("\\u{0}"),
                        "{}: NUL separates a message's texts",
                        f.display()
                    );
                    let lit = lit[..end].replace("{{", "").replace("}}", "");
                    let mut rest = lit.as_str();
                    while let Some(o) = rest.find('{') {
                        let c = rest[o..].find('}').map_or(rest.len(), |c| o + c);
                        let name = &rest[o + 1..c.min(rest.len())];
                        assert!(listed.contains(&name), "{}: placeholder {{{name}}} is not listed in {listed:?}", f.display());
                        used.push(name.to_owned());
                        rest = &rest[(c + 1).min(rest.len())..];
                    }
                }
                for name in &listed {
                    assert!(used.iter().any(|u| u == name), "{}: {name} is listed but never used", f.display());
                }
                checked += 1;
            }
        }
        assert!(checked > 90, "only {checked} messages found");
    }

    #[test]
    fn allow_covers_spans_inside_the_phrase_only() {
        let text = "Haemme Alle 30-vuotiasta myyjää. alle 30-vuotias";
        let allow = vec!["alle 30-vuotiasta".to_owned()];
        let first = text.find("30-vuotiasta").unwrap();
        assert!(is_allowed(&allow, text, Span::new(first, first + "30-vuotiasta".len())));
        let second = text.rfind("alle").unwrap();
        assert!(!is_allowed(&allow, text, Span::new(second, text.len())));
        assert!(!is_allowed(&[], text, Span::new(0, 3)));
        assert!(!is_allowed(&["  ".to_owned()], text, Span::new(0, 3)));
        // Case-insensitive beyond ASCII (å/Å), with spans still in the original's bytes.
        let sv = "Sökes: ÅLDER 25–35 ÅR, gärna.";
        let (start, end) = (sv.find("ÅLDER").unwrap(), sv.find(',').unwrap());
        assert!(is_allowed(&["ålder 25–35 år".to_owned()], sv, Span::new(start, end)));
        assert!(!is_allowed(&["ålder 25–35 år".to_owned()], sv, Span::new(start, end + 2)));
    }
}
