//! The content engine is linear in its input: adversarial texts of size n and 4n, timed.
//! (Every pattern and context look-up is bounded; see `src/text/mod.rs`.)

use std::time::{Duration, Instant};

use tmt_validator::{validate_text, Options};

/// Texts built to hit every expensive path: one endless clause full of trigger words, numbers
/// and ranges, negations, quotes, optional pattern gaps, a giant word, and many non-word tokens.
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
