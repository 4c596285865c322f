//! `content.discrimination.health`: health, fitness, disability and appearance requirements ("hoikka", "edustava ulkonäkö", "ei pitkäaikaissairauksia", "erinomainen fyysinen kunto"); fitness and health as warnings (lawful where the job needs them, e.g. firefighting), appearance and disability exclusions as errors.
//!
//! Lexicon: `data/lexicon/health.tsv` (format in `src/text/pattern.rs`).

use super::{lexicon, run};
use crate::options::Lang;
use crate::rule::{tr, Emitter, Rule, RuleInfo, Scope, TextInput, Tr};
use crate::rules::refs;
#[allow(unused_imports)]
use crate::text::pattern::{cues, window, Hit, Lexicon};
use crate::text::Analysis;
use crate::Severity;

pub(crate) struct Health;

pub(crate) const LEXICON: &str = include_str!("../../../data/lexicon/health.tsv");

static INFO: RuleInfo = RuleInfo {
    id: "content.discrimination.health",
    severity: Severity::Error,
    title: Tr { fi: "Terveyteen tai ulkonäköön perustuva syrjintä", sv: "Diskriminering på grund av hälsa eller utseende", en: "Discrimination by health or appearance" },
    description: Tr {
        fi: "Ilmoitus vaatii terveyttä, kuntoa, vammattomuutta tai tiettyä ulkonäköä. Terveys ja vammaisuus ovat kiellettyjä syrjintäperusteita; fyysistä kuntoa saa vaatia vain, kun työ sitä edellyttää (esim. pelastaja).",
        sv: "Annonsen kräver hälsa, kondition, att man saknar funktionsnedsättning eller ett visst utseende. Hälsa och funktionsnedsättning är förbjudna grunder; fysisk kondition får krävas bara när arbetet kräver det (t.ex. brandman).",
        en: "The ad requires health, fitness, absence of disability or a certain appearance. Health and disability are prohibited grounds; fitness may be required only when the job needs it (e.g. firefighting).",
    },
    reference: Some(refs::DISCRIMINATION),
    scope: Scope::Text,
};

/// The message for a finding of `kind` (`exception`: a lawful exception was found in the text).
#[allow(unused_variables)]
fn message(kind: &str, lang: Lang, excerpt: &str, exception: bool) -> String {
    match kind {
        "fitness" | "health" => tr!(lang,
            fi: "”{excerpt}”: terveys- tai kuntovaatimus on sallittu vain, jos työ sitä todella edellyttää. Kerro, mitä työssä fyysisesti tehdään, tai poista vaatimus.",
            sv: "”{excerpt}”: krav på hälsa eller kondition är tillåtna bara om arbetet verkligen kräver det. Beskriv vad arbetet fysiskt innebär eller ta bort kravet.",
            en: "“{excerpt}”: a health or fitness requirement is allowed only if the job really needs it. Describe what the work physically involves, or remove it.",
        ),
        "appearance" => tr!(lang,
            fi: "”{excerpt}” arvioi hakijan ulkonäköä, mikä ei liity työn tekemiseen ja on syrjivää. Poista ulkonäköä koskeva vaatimus.",
            sv: "”{excerpt}” bedömer den sökandes utseende, vilket inte hör till arbetet och är diskriminerande. Ta bort kravet på utseende.",
            en: "“{excerpt}” judges the applicant's appearance, which has nothing to do with the work and is discriminatory. Remove the appearance requirement.",
        ),
        _ => tr!(lang,
            fi: "”{excerpt}” sulkee pois hakijat terveydentilan tai vamman perusteella, mikä on syrjintää. Kuvaa työn tehtävät ja tarvittaessa kohtuulliset mukautukset.",
            sv: "”{excerpt}” utesluter sökande på grund av hälsa eller funktionsnedsättning, vilket är diskriminering. Beskriv arbetsuppgifterna och vid behov rimliga anpassningar.",
            en: "“{excerpt}” excludes applicants by health or disability, which is discrimination. Describe the tasks and, where needed, reasonable accommodation.",
        ),
    }
}

/// Fitness is a genuine requirement for firefighters, police, soldiers...: nothing there.
fn decide(hit: &Hit<'_>, _a: &Analysis, excepted: bool) -> Option<Severity> {
    match hit.entry.kind {
        "fitness" if excepted => None,
        _ => Some(hit.entry.severity),
    }
}

impl Rule for Health {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_text(&self, input: &TextInput<'_>, out: &mut Emitter<'_>) {
        run(input, out, lexicon("health"), Some("exc_fitness"), decide, message);
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
            "content.discrimination.health",
            &[
                ("Toimistosiivoojalta edellytetään erinomaista fyysistä kuntoa.", "erinomaista fyysistä kuntoa", W),
                ("Olet hoikka ja hyvännäköinen.", "hoikka", E),
                ("Edustava ulkonäkö on eduksi.", "Edustava ulkonäkö", E),
                ("Ei pitkäaikaissairauksia.", "Ei pitkäaikaissairauksia", E),
                ("Du är smal och snygg.", "smal", E),
                ("Must be physically fit.", "physically fit", W),
                ("No disabilities.", "No disabilities", E),
                ("God fysisk kondition krävs.", "God fysisk kondition", W),
            ],
            &[
                "Työterveyshuolto ja liikuntaetu.",
                "Pelastaja: erinomainen fyysinen kunto on välttämätön.",
                "Terveydenhoitaja vastaanotolle.",
                "Auto on hyvässä kunnossa? Työsuhdeauto hyvässä kunnossa.",
                "Kilpailukykyinen palkka ja attraktiv lön.",
                "We offer an attractive salary and a handsome bonus.",
                "Työ on fyysisesti vaativaa.",
                "Terve työyhteisö ja hyvä ilmapiiri.",
                "A beautiful office by the sea.",
            ],
        );
    }
}
