//! Every number shown on screen, formatted for the language: a decimal comma and a thin grouping in
//! Spanish, a decimal point in English. In the browser this is `Intl.NumberFormat` (one formatter per
//! language and number of decimals, made once); natively (unit tests) a plain fallback.
//!
//! The URL and the CSV export stay machine-readable and do not use this module.

use crate::app::math::log10;
use crate::i18n::Locale;

/// The BCP 47 tag of a language, for `Intl` and the `lang` attribute.
pub fn tag(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en",
        Locale::es => "es",
    }
}

/// `x` with exactly `decimals` digits after the decimal separator (0 to 6), for `locale`.
/// Not-a-number and infinities show as "–", never "NaN".
pub fn fixed(locale: Locale, x: f64, decimals: u8) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let decimals = decimals.min(6);
    // −0 would print as "-0".
    let x = if x == 0.0 { 0.0 } else { x };
    imp::format(locale, x, decimals)
}

/// `x` rounded to a whole number.
pub fn whole(locale: Locale, x: f64) -> String {
    fixed(locale, x, 0)
}

/// `x` with as few decimals as it needs, at most `max_decimals` (0 to 6): 0.25 → "0.25", 2.0 → "2",
/// 1.23456 → "1.235" with 3. For settings a person chose on a slider or in a link.
pub fn up_to(locale: Locale, x: f64, max_decimals: u8) -> String {
    let max = max_decimals.min(6);
    let rounded = |d: u8| (x * 10f64.powi(d as i32)).round() / 10f64.powi(d as i32);
    let decimals = (0..max)
        .find(|&d| rounded(d) == rounded(max))
        .unwrap_or(max);
    fixed(locale, x, decimals)
}

/// `x` with enough decimals to show `significant` digits (at most 3 decimals): 0.0042 → "0.004",
/// 1.26 → "1.3" with 2, 1234 → "1,234".
pub fn significant(locale: Locale, x: f64, significant: u8) -> String {
    let magnitude = if x == 0.0 || !x.is_finite() {
        0
    } else {
        log10(x.abs()).floor() as i32
    };
    let decimals = (significant as i32 - 1 - magnitude).clamp(0, 3) as u8;
    fixed(locale, x, decimals)
}

/// A signed change to one decimal, as a percentage is read: "+12.3", "−0,4" (a true minus sign),
/// "0.0"; not-a-number shows as "0.0".
pub fn signed(locale: Locale, x: f64) -> String {
    let x = if x.is_finite() {
        (x * 10.0).round() / 10.0
    } else {
        0.0
    };
    let digits = fixed(locale, x.abs(), 1);
    if x > 0.0 {
        format!("+{digits}")
    } else if x < 0.0 {
        format!("−{digits}")
    } else {
        digits
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use super::{tag, Locale};

    thread_local! {
        /// `Intl.NumberFormat(..).format`, one per language and number of decimals.
        static FORMATTERS: RefCell<HashMap<(&'static str, u8), Function>> = RefCell::default();
    }

    pub fn format(locale: Locale, x: f64, decimals: u8) -> String {
        let key = (tag(locale), decimals);
        FORMATTERS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let format = cache.entry(key).or_insert_with(|| {
                let options = Object::new();
                let digits = JsValue::from(decimals);
                let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &digits);
                let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &digits);
                let locales = Array::of1(&JsValue::from_str(key.0));
                Intl::NumberFormat::new(&locales, &options).format()
            });
            format
                .call1(&JsValue::NULL, &JsValue::from_f64(x))
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
        })
    }
}

/// Natively there is no `Intl`: the decimal separator and grouping follow the same two rules
/// (Spanish groups from five digits, as CLDR says), so the app's native tests read the same text.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Locale;

    pub fn format(locale: Locale, x: f64, decimals: u8) -> String {
        let (point, group, min_grouping) = match locale {
            Locale::en => ('.', ',', 4),
            Locale::es => (',', '.', 5),
        };
        let plain = format!("{:.*}", decimals as usize, x.abs());
        let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut out = String::new();
        if x < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        for (i, c) in int.chars().enumerate() {
            if int.len() >= min_grouping && i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(point);
            out.push_str(frac);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_comma_in_spanish() {
        assert_eq!(fixed(Locale::en, 0.5, 1), "0.5");
        assert_eq!(fixed(Locale::es, 0.5, 1), "0,5");
        assert_eq!(whole(Locale::en, 2249.6), "2,250");
        assert_eq!(whole(Locale::es, 2249.6), "2250");
        assert_eq!(whole(Locale::es, 12345.0), "12.345");
        assert_eq!(fixed(Locale::en, -0.0, 1), "0.0");
        assert_eq!(fixed(Locale::en, f64::NAN, 1), "–");
    }

    #[test]
    fn as_few_decimals_as_needed() {
        assert_eq!(up_to(Locale::en, 0.25, 3), "0.25");
        assert_eq!(up_to(Locale::es, 0.25, 3), "0,25");
        assert_eq!(up_to(Locale::en, 2.0, 3), "2");
        assert_eq!(up_to(Locale::en, 1.23456, 3), "1.235");
        assert_eq!(up_to(Locale::en, 1.96, 1), "2");
    }

    #[test]
    fn significant_digits() {
        assert_eq!(significant(Locale::en, 0.0042, 1), "0.004");
        assert_eq!(significant(Locale::es, 1.26, 2), "1,3");
        assert_eq!(significant(Locale::en, 1234.0, 2), "1,234");
    }

    #[test]
    fn signed_changes() {
        assert_eq!(signed(Locale::en, 12.34), "+12.3");
        assert_eq!(signed(Locale::es, -0.44), "−0,4");
        assert_eq!(signed(Locale::en, 0.04), "0.0");
        assert_eq!(signed(Locale::en, f64::NAN), "0.0");
    }
}
