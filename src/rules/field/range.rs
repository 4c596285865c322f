//! `field.range`: numbers out of their range. `application.openPositions` is a whole number
//! 1–1000 (the schema's range: an error). Working hours (`position.workingHours.min`/`max`) are
//! non-negative with min ≤ max (this crate's fields: a warning).

use crate::model::JobAd;
use crate::rule::{tr, Emitter, Finding, Rule, RuleInfo, Scope, tr_text};
use crate::rules::refs;
use crate::Severity;

pub(crate) struct Range;

static INFO: RuleInfo = RuleInfo {
    id: "field.range",
    severity: Severity::Error,
    title: tr_text!( fi: "Luku sallitun alueen ulkopuolella", sv: "Talet utanför tillåtet intervall", en: "Number out of range" ),
    description: tr_text!(
        fi: "Avoimien paikkojen määrä on kokonaisluku 1–1000. Työtuntien vähimmäis- ja enimmäismäärä eivät voi olla negatiivisia, eikä vähimmäismäärä voi ylittää enimmäismäärää.",
        sv: "Antalet lediga platser är ett heltal 1–1000. Minsta och högsta antal arbetstimmar kan inte vara negativa, och minimum kan inte vara större än maximum.",
        en: "The number of open positions is a whole number 1–1000. Minimum and maximum working hours cannot be negative, and the minimum cannot exceed the maximum.",
    ),
    reference: Some(refs::TMT_SCHEMA),
    scope: Scope::Ad,
};

impl Rule for Range {
    const INFO: &'static RuleInfo = &INFO;

    fn check_ad(ad: &JobAd, out: &mut Emitter<'_>) {
        let lang = out.lang();
        if let Some(&n) = ad.application.get().and_then(|a| a.open_positions.get()) {
            if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
                let n = number(n);
                out.push(
                    Finding::error(tr!(lang, [n],
                        fi: "Avoimien paikkojen määrä {n} ei kelpaa: sen pitää olla kokonaisluku 1–1000.",
                        sv: "Antalet lediga platser {n} godtas inte: det ska vara ett heltal 1–1000.",
                        en: "{n} open positions is not accepted: it must be a whole number 1–1000.",
                    ))
                    .field("application.openPositions"),
                );
            }
        }
        let Some(wh) = ad.position.get().and_then(|p| p.working_hours.get()) else { return };
        let (min, max) = (wh.min.get().copied(), wh.max.get().copied());
        for (path, value) in [("position.workingHours.min", min), ("position.workingHours.max", max)] {
            if let Some(v) = value.filter(|v| *v < 0.0) {
                let v = number(v);
                out.push(
                    Finding::warning(tr!(lang, [v],
                        fi: "Työtuntien määrä {v} on negatiivinen. Kirjoita tuntimäärä nollana tai suurempana.",
                        sv: "Antalet arbetstimmar {v} är negativt. Ange noll eller mer.",
                        en: "{v} working hours is negative. Enter zero or more.",
                    ))
                    .field(path),
                );
            }
        }
        if let (Some(min), Some(max)) = (min, max) {
            if min > max && min >= 0.0 && max >= 0.0 {
                let (min, max) = (number(min), number(max));
                out.push(
                    Finding::warning(tr!(lang, [min, max],
                        fi: "Työtuntien vähimmäismäärä {min} on suurempi kuin enimmäismäärä {max}. Vaihda luvut oikein päin.",
                        sv: "Minsta antal arbetstimmar {min} är större än högsta antal {max}. Byt plats på talen.",
                        en: "The minimum of {min} working hours exceeds the maximum of {max}. Swap the numbers.",
                    ))
                    .field("position.workingHours.min"),
                );
            }
        }
    }
}

/// `v` as `format!("{v}")` writes it (shortest round-trip digits, ties rounded up, never an
/// exponent), from the digits of [`shortest`]: core's float formatting (Grisu + Dragon4) would
/// add about 20 KB of code for these few messages.
fn number(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN".into()
        } else if v > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let json = shortest(v);
    let (mantissa, exponent) = json.split_once(['e', 'E']).unwrap_or((&json, "0"));
    // The significant digits, and the decimal point's place after `point` of them.
    let mut digits: Vec<u8> = Vec::new();
    let mut point = exponent.trim_start_matches('+').parse::<i32>().unwrap_or(0);
    let mut seen_point = false;
    for b in mantissa.bytes() {
        match b {
            b'.' => seen_point = true,
            b'0'..=b'9' if b == b'0' && digits.is_empty() => point -= i32::from(seen_point),
            b'0'..=b'9' => {
                digits.push(b);
                point += i32::from(!seen_point);
            }
            _ => {}
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    // When `v` lies exactly halfway between these digits and the next ones up, std rounds up.
    if is_upper_midpoint(v.abs(), &digits, point) {
        while digits.last() == Some(&b'9') {
            digits.pop();
        }
        match digits.last_mut() {
            Some(d) => *d += 1,
            None => {
                digits.push(b'1');
                point += 1;
            }
        }
    }
    let digit = |i: i32| usize::try_from(i).ok().and_then(|i| digits.get(i)).map_or('0', |&d| char::from(d));
    let mut out = String::from(if v.is_sign_negative() { "-" } else { "" });
    for i in point.min(1) - 1..point {
        out.push(digit(i)); // a lone '0' when point <= 0
    }
    if (point.max(0) as usize) < digits.len() {
        out.push('.');
        for i in point..digits.len() as i32 {
            out.push(digit(i)); // '0' before the first digit
        }
    }
    out
}

/// The shortest round-trip digits of finite `v` as a JSON number or JavaScript's `String(v)`
/// writes them (`1.5`, `1e21`, `1e+21`, `5e-324`; the sign is not read): serde_json's float
/// writer natively, and JavaScript's own in the wasm build, which keeps a float writer (and its
/// tables) out of the wasm. Both write the shortest digits that read back as `v`, the closest
/// to it when several are as short; [`number`] settles exact ties itself.
fn shortest(v: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    return crate::wasm::js_number_string(v);
    #[cfg(not(target_arch = "wasm32"))]
    serde_json::Number::from_f64(v).map_or_else(String::new, |n| n.to_string())
}

/// Whether `v` (finite, >= 0) is exactly `0.d1d2...dn5 * 10^point` (`digits` in ASCII).
fn is_upper_midpoint(v: f64, digits: &[u8], point: i32) -> bool {
    if digits.is_empty() || digits.len() > 18 {
        return false;
    }
    let m = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d - b'0')) * 10 + 5;
    let q = point - digits.len() as i32 - 1; // the midpoint is m * 10^q
    let bits = v.to_bits();
    let (exp, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (mant, e2) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    // v = b * 2^be and m * 10^q = a * 5^q * 2^ae, with a and b odd.
    let (b, be) = (mant >> mant.trailing_zeros(), e2 + mant.trailing_zeros() as i32);
    let (a, ae) = (m >> m.trailing_zeros(), q + m.trailing_zeros() as i32);
    // The odd parts must agree (5^|q| multiplies the side it belongs to), then the powers of two.
    let (mut small, big) = if q >= 0 { (a, b) } else { (b, a) };
    for _ in 0..q.unsigned_abs() {
        // (`small * 5 <= big`, without a 128-bit multiplication to check the product)
        if small > big / 5 {
            return false;
        }
        small *= 5;
    }
    mant != 0 && small == big && ae == be
}

#[cfg(test)]
mod tests {
    use super::number;
    use crate::test_util::{ad, fields_of};
    use serde_json::json;
    // In the wasm build too (`wasm-pack test`), where the digits come from JavaScript.
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn open_positions() {
        for (n, ok) in [
            (json!(1), true),
            (json!(1000), true),
            (json!(3), true),
            (json!(0), false),
            (json!(1001), false),
            (json!(2.5), false),
            (json!(-1), false),
        ] {
            let want: Vec<&str> = if ok { vec![] } else { vec!["application.openPositions"] };
            assert_eq!(fields_of(&ad(json!({"application": {"openPositions": n}})), "field.range"), want, "{n}");
        }
        assert!(fields_of(&ad(json!({"application": {"openPositions": "3"}})), "field.range").is_empty(), "a string is field.type's");
    }

    #[test]
    fn numbers_are_written_as_std_writes_them() {
        let mut values = vec![0.0, -0.0, 1.0, -1.0, 2.5, 0.1, 0.3, 1.0 / 3.0, 1e-7, 1.5e-7, 1e15, 1e16, 1e21, 1.5e300, 5e-324];
        values.extend([f64::MAX, f64::MIN_POSITIVE, f64::EPSILON, 123456.789, 1000.0, 1001.0, 20.25, -5.0, f64::NAN, f64::INFINITY]);
        values.push(f64::NEG_INFINITY);
        // A spread of bit patterns over the whole range.
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            bits = bits.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            values.push(f64::from_bits(bits));
        }
        // Halfway cases (std rounds them up), e.g. 667082108456853.25 -> "667082108456853.3".
        for k in 0..2_000u64 {
            let big = (k * 7_919_993_111) as f64;
            for base in [(1u64 << 49) as f64, (1u64 << 50) as f64, (1u64 << 51) as f64, 1e15, 5e15] {
                values.extend([base + big + 0.25, base + big + 0.5, base + big + 0.75, -(base + big + 0.25)]);
            }
            values.extend([k as f64 / 8.0, k as f64 / 100.0, k as f64 * 0.1, 1.0 / (k as f64 + 1.0)]);
        }
        for v in values {
            assert_eq!(number(v), format!("{v}"), "{:#x}", v.to_bits());
        }
    }

    #[test]
    fn working_hours() {
        let cases = [
            (json!({"min": 20, "max": 30}), vec![]),
            (json!({"min": 25, "max": 25}), vec![]),
            (json!({"min": 0}), vec![]),
            (json!({"min": 30, "max": 20}), vec!["position.workingHours.min"]),
            (json!({"min": -5, "max": 20}), vec!["position.workingHours.min"]),
            (json!({"max": -1}), vec!["position.workingHours.max"]),
        ];
        for (wh, expected) in cases {
            assert_eq!(fields_of(&ad(json!({"position": {"workingHours": wh.clone()}})), "field.range"), expected, "{wh}");
        }
    }
}
