//! The content engine is linear in its input: adversarial texts of size n and 4n, timed.
//! (Every pattern and context look-up is bounded; see `src/text/mod.rs`.)

use std::time::{Duration, Instant};

use tmt_validator::{validate_text, Options};

/// Texts built to hit every expensive path: one endless clause full of trigger words, numbers
/// and ranges, negations, quotes, optional pattern gaps, a giant word, many non-word tokens, and
/// one long quote of mentions.
fn adversarial(units: usize) -> Vec<String> {
    let triggers = "hakijan tulee olla nainen naista miestä palomies 20–30-vuotias alle 30 v ikä 25–35 ei riippumatta “nuorekas” \
                    välitysmaksu provisio verkostomarkkinointi au pair liiketila vuokrataan valokuva liitä native speaker suomi äidinkielenä \
                    kvinnlig söker män young and dynamic aged 18 to 30 sick leave history regardless myös ";
    vec![
        triggers.repeat(units / 40),
        "a".repeat(units * 8),
        "😀–".repeat(units) + " nainen",
        "ei ".repeat(units) + "nainen",
        "20–".repeat(units),
        "\"".repeat(units) + "hakijan tulee olla mies",
        "olla ".repeat(units / 2) + &"mies ".repeat(units / 2),
        // one quote after a seek cue, full of mentions (a report quoting what was sought)
        "Vi söker ”".to_owned() + &"kvinna ".repeat(units * 2) + "”",
    ]
}

fn time_all(texts: &[String]) -> Duration {
    let options = Options::default();
    let start = Instant::now();
    for t in texts {
        let report = validate_text(t, &options);
        std::hint::black_box(report);
    }
    start.elapsed()
}

#[test]
fn adversarial_input_takes_linear_time() {
    let small = adversarial(5_000);
    let big = adversarial(20_000);
    // warm up lexicon parsing
    time_all(&adversarial(100));
    let t_small = time_all(&small);
    let t_big = time_all(&big);
    println!(
        "adversarial: 1x {:?}, 4x {:?} ({} / {} bytes)",
        t_small,
        t_big,
        small.iter().map(String::len).sum::<usize>(),
        big.iter().map(String::len).sum::<usize>()
    );
    // Linear: 4x the input, about 4x the time. Allow a wide margin for a shared machine;
    // a quadratic path would take ~16x.
    assert!(t_big <= t_small * 9 + Duration::from_millis(200), "not linear: {t_small:?} -> {t_big:?}");
}

/// Random texts over an alphabet of trigger words, digits, dashes, quotes, emoji and
/// combining marks: no panic, and every span lies on char boundaries inside the text.
#[test]
fn random_texts_never_panic_and_spans_are_exact() {
    const PIECES: &[&str] = &[
        "nainen",
        "mies",
        "palomies",
        "ikä",
        "alle",
        "yli",
        "vuotias",
        "v",
        "år",
        "aged",
        "to",
        "20",
        "35",
        "18",
        "–",
        "-",
        "—",
        " ",
        " ",
        "\n",
        ".",
        ",",
        ":",
        "“",
        "”",
        "\"",
        "😀",
        "e\u{301}",
        "Ä",
        "ö",
        "ei",
        "myös",
        "regardless",
        "välitysmaksu",
        "€",
        "%",
        "au",
        "pair",
        "native",
        "speaker",
        "suomi",
        "äidinkielenä",
        "kvinnlig",
        "söker",
        "hakijan",
        "tulee",
        "olla",
        "'",
        "’",
        "men's",
        "\u{0}",
        "\u{200b}",
        "ﬁ",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let options = Options::default();
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..(seed % 60) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
        }
        let report = validate_text(&text, &options);
        for d in &report.diagnostics {
            if let Some(span) = d.span {
                assert!(span.start <= span.end && span.end <= text.len(), "{text:?} {span:?}");
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{text:?} {span:?}");
            }
        }
    }
}
