//! `content.discrimination.language`: native-language requirements ("suomi äidinkielenä", "äidinkielinen suomen kielen taito", "finska som modersmål", "native English speaker") as errors; "erinomainen suomen kielen taito" as a warning when the text is about work that does not need it (cleaning, driving, warehouse). Skill requirements ("hyvä suomen kielen taito", "svenska krävs") are fine.
//!
//! Lexicon: `data/lexicon/language.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Language;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/language.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.language",
    severity: Severity::Error,
    title: Tr { fi: "Kieleen perustuva syrjintä", sv: "Språkdiskriminering", en: "Language discrimination" },
    description: Tr {
        fi: "Ilmoitus vaatii tiettyä äidinkieltä tai natiivitasoa. Kielitaitoa saa vaatia työn edellyttämällä tasolla, mutta äidinkieli on yhdenvertaisuuslain kielletty syrjintäperuste. Erinomaista kielitaitoa työhön, joka ei sitä vaadi, kannattaa harkita.",
        sv: "Annonsen kräver ett visst modersmål eller infödd nivå. Språkkunskaper får krävas på den nivå arbetet kräver, men modersmål är en förbjuden diskrimineringsgrund. Överväg om utmärkta språkkunskaper verkligen behövs.",
        en: "The ad requires a native language or native-level skill. Language skills may be required at the level the job needs, but native language is a prohibited ground. Consider whether excellent skills are really needed.",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    match kind {
        "excellent" => tr!(lang,
            fi: "”{excerpt}”: vaadittu kielitaito vaikuttaa tähän työhön tarpeettoman korkealta ja voi syrjiä hakijoita. Kerro taso, jota työ todella edellyttää (esim. ”hyvä suomen kielen taito”).",
            sv: "”{excerpt}”: den krävda språknivån verkar onödigt hög för arbetet och kan diskriminera sökande. Ange den nivå arbetet verkligen kräver (t.ex. ”goda kunskaper i finska”).",
            en: "“{excerpt}”: the required language level seems higher than this job needs and can discriminate. State the level the work really requires (e.g. “good Finnish”).",
        ),
        _ => tr!(lang,
            fi: "”{excerpt}” vaatii tiettyä äidinkieltä. Äidinkieli on syrjintäperuste; vaadi sen sijaan kielitaidon taso, jota työ edellyttää (esim. ”erinomainen suomen kielen taito” tai taso C1).",
            sv: "”{excerpt}” kräver ett visst modersmål. Modersmål är en diskrimineringsgrund; kräv i stället den språknivå arbetet behöver (t.ex. ”utmärkta kunskaper i finska” eller nivå C1).",
            en: "“{excerpt}” requires a native language. Native language is a ground of discrimination; require the skill level the job needs instead (e.g. “excellent Finnish” or level C1).",
        ),
    }
}

/// Native-language requirements stay errors; "excellent Finnish" is a warning only when the
/// text names work that plainly does not need it (cleaning, driving, warehouse...).
fn decide(hit: &Hit<'_>, _a: &Analysis, excepted: bool) -> Option<Severity> {
    match hit.entry.kind {
        "excellent" => excepted.then_some(Severity::Warning),
        _ => Some(hit.entry.severity),
    }
}

impl Rule for Language {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("language"), Some("lowlang_jobs"), decide, message);
    }
}

#[cfg(test)]
mod tests {
    use super::super::check_cases;
    #[allow(unused_imports)]
    use crate::Severity::{Error as E, Warning as W};

    #[test]
    fn finds_positives_and_stays_silent_on_neighbours() {
        check_cases(
            "content.discrimination.language",
            &[
                ("Suomi äidinkielenä.", "Suomi äidinkielenä", E),
                ("Edellytämme äidinkielistä suomen kielen taitoa.", "äidinkielistä", E),
                ("Finska som modersmål.", "Finska som modersmål", E),
                ("Native English speaker required.", "Native English speaker", E),
                ("Haemme siivoojaa, jolla on erinomainen suomen kielen taito.", "erinomainen suomen kielen taito", W),
                ("Natiivi englannin kielen taito", "Natiivi englannin", E),
                ("Mother tongue Finnish", "Mother tongue Finnish", E),
            ],
            &[
                "Hyvä suomen kielen taito.",
                "Svenska krävs.",
                "Sujuva englanti.",
                "Haemme äidinkielen opettajaa.",
                "B-ajokortti vaaditaan.",
                "Erinomainen suomen kielen taito (viestintäasiantuntija).",
                "Opetat suomea toisena kielenä.",
                "Excellent written English.",
                "Goda kunskaper i finska och svenska.",
                "Kehität natiivisovelluksia.",
            ],
        );
    }
}
