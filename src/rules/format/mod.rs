//! Format rules (`format.*`): how the text is written (markup, shouting, emoji, punctuation).
//!
//! Each rule is a small single-pass scanner over the text (no shared tokenizer): linear in the
//! input, never slicing inside a `char`.

pub(crate) mod all_caps;
pub(crate) mod emoji;
pub(crate) mod html;
pub(crate) mod repeated_punctuation;

/// Options that run only the rule `id` (for the timing tests: a rule's time alone).
#[cfg(test)]
pub(crate) fn only(id: &str) -> crate::Options {
    let disable = crate::rules().iter().map(|r| r.id.to_owned()).filter(|r| r != id).collect();
    crate::Options { disable, ..crate::test_util::options() }
}
