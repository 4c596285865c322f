//! Prints the content and format findings for each line of standard input (or each argument),
//! with the explanation of each: which mention and which stance produced it.
//!
//! `echo "Hakijalla ei saa olla pieniä lapsia." | cargo run --example explain`

use std::io::Read;

use tmt_validator::{validate_text, Options};

fn main() {
    let mut options = Options::default();
    options.explain = true;
    let mut texts: Vec<String> = std::env::args().skip(1).collect();
    if texts.is_empty() {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input).expect("stdin");
        texts = input.lines().filter(|l| !l.trim().is_empty()).map(|l| l.replace("\\n", "\n")).collect();
    }
    for text in texts {
        println!("{text}");
        for d in validate_text(&text, &options).diagnostics {
            let excerpt = d.span.map_or("", |s| &text[s.start..s.end]);
            println!("  {} {:?} “{excerpt}” — {}", d.rule, d.severity, d.explain.as_deref().unwrap_or("-"));
        }
    }
}
