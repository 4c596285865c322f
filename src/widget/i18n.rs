//! The widget's own UI texts in fi / sv / en (the findings' messages come from the engine).

use crate::Lang;

/// The words the widget writes around the engine's messages.
pub(super) struct Ui {
    /// Screen-reader prefix per severity: error, warning, info.
    pub severity: [&'static str; 3],
    /// "Replace with" on the apply button, before the quoted suggestion.
    pub replace_with: &'static str,
    /// Label of findings about the whole ad (no field of the form).
    pub whole_ad: &'static str,
    /// The summary when there is nothing to report.
    pub no_findings: &'static str,
    /// The close button of a highlight's card.
    pub close: &'static str,
    /// The accessible name of a highlight's card.
    pub finding: &'static str,
}

pub(super) fn ui(lang: Lang) -> Ui {
    match lang {
        Lang::Fi => Ui {
            severity: ["Virhe", "Varoitus", "Vinkki"],
            replace_with: "Korvaa tekstillä",
            whole_ad: "Koko ilmoitus",
            no_findings: "Ei huomautettavaa.",
            close: "Sulje",
            finding: "Huomautus",
        },
        Lang::Sv => Ui {
            severity: ["Fel", "Varning", "Tips"],
            replace_with: "Ersätt med",
            whole_ad: "Hela annonsen",
            no_findings: "Inga anmärkningar.",
            close: "Stäng",
            finding: "Anmärkning",
        },
        Lang::En => Ui {
            severity: ["Error", "Warning", "Tip"],
            replace_with: "Replace with",
            whole_ad: "Whole ad",
            no_findings: "No findings.",
            close: "Close",
            finding: "Finding",
        },
    }
}

/// "2 virhettä, 1 varoitus, 0 vinkkiä" with the right singular/plural forms.
pub(super) fn counts(lang: Lang, error: usize, warning: usize, info: usize) -> String {
    let words: [(&str, &str); 3] = match lang {
        Lang::Fi => [("virhe", "virhettä"), ("varoitus", "varoitusta"), ("vinkki", "vinkkiä")],
        Lang::Sv => [("fel", "fel"), ("varning", "varningar"), ("tips", "tips")],
        Lang::En => [("error", "errors"), ("warning", "warnings"), ("tip", "tips")],
    };
    let mut out = String::new();
    for (n, (one, many)) in [error, warning, info].into_iter().zip(words) {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&n.to_string());
        out.push(' ');
        out.push_str(if n == 1 { one } else { many });
    }
    out
}
