//! Reading a number that a link or a control gives as text: a URL value, a slider's value, a CSS
//! variable. The one place the app turns text into an `f64`.
//!
//! Rust's `str::parse::<f64>` carries a 10 KB table of powers of five that no compressor can shrink,
//! about 4 % of the download; the browser reads decimals as well, so in the browser the digits go to
//! JavaScript's `parseFloat` (docs/architecture.md, "Size by structure"). Both read the same strings:
//! Rust's grammar, checked here first, so the native tests and the browser agree.

/// `s` read as Rust's `str::parse::<f64>` reads it ("2", "-0.5", ".5", "1.", "1e-3", "inf", "NaN"),
/// or `None`: no spaces, no hexadecimal, no empty string.
pub fn parse_f64(s: &str) -> Option<f64> {
    let negative = s.starts_with('-');
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let special =
        if unsigned.eq_ignore_ascii_case("inf") || unsigned.eq_ignore_ascii_case("infinity") {
            Some(f64::INFINITY)
        } else if unsigned.eq_ignore_ascii_case("nan") {
            Some(f64::NAN)
        } else {
            None
        };
    if let Some(x) = special {
        return Some(if negative { -x } else { x });
    }
    is_decimal(unsigned).then(|| imp::read(s))
}

/// Digits with at most one point and at least one digit, then an optional exponent with digits:
/// "12", ".5", "2.", "1.5e-3".
fn is_decimal(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).count();
    let points = mantissa.bytes().filter(|&b| b == b'.').count();
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    digits > 0 && points <= 1 && digits + points == mantissa.len() && exponent_ok
}

#[cfg(target_arch = "wasm32")]
mod imp {
    /// A string that [`super::is_decimal`] accepted, read by the browser.
    pub fn read(s: &str) -> f64 {
        js_sys::Number::parse_float(s)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    /// A string that [`super::is_decimal`] accepted, read natively (tests).
    pub fn read(s: &str) -> f64 {
        s.parse().unwrap_or(f64::NAN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Same value, NaN equal to NaN, and −0 told apart from 0.
    fn same(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
            (a, b) => a.is_none() && b.is_none(),
        }
    }

    #[test]
    fn reads_what_rust_reads_and_nothing_else() {
        for s in [
            "0",
            "2",
            "-0.5",
            "+.5",
            ".5",
            "1.",
            "1e3",
            "1E-3",
            "2.5e+2",
            "-0",
            "007",
            "1e400",
            "inf",
            "-Infinity",
            "NaN",
            "nan",
            "",
            " 1",
            "1 ",
            ".",
            "-",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "0x10",
            "1_000",
            "1,5",
            "--1",
            "+-1",
            "in",
            "infinit",
            "1f",
            "½",
            "٣",
        ] {
            assert!(
                same(parse_f64(s), s.parse().ok()),
                "{s:?}: {:?} but Rust reads {:?}",
                parse_f64(s),
                s.parse::<f64>()
            );
        }
    }

    #[test]
    fn the_grammar_is_rusts() {
        assert!(is_decimal("12") && is_decimal(".5") && is_decimal("2.") && is_decimal("1.5e-3"));
        assert!(
            !is_decimal("")
                && !is_decimal(".")
                && !is_decimal("1e")
                && !is_decimal("1.2.3")
                && !is_decimal("+1")
        );
    }
}
