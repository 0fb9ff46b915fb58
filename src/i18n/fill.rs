//! Fills `{name}` placeholders of a translated template with values.
//!
//! leptos_i18n interpolates only into views unless its build script is used, and screen-reader
//! announcements and attributes need plain strings, so templates keep single-brace placeholders.

/// Replaces each `{key}` in `template` by its value, in one pass: values are never expanded again.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            let key = &after[..close];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (close, *v))
        }) {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `x` rounded to a whole number, as text: one compiled formatting for every count and percentage.
pub fn whole(x: f64) -> String {
    format!("{x:.0}")
}

#[cfg(test)]
mod tests {
    use super::{fill, whole};

    #[test]
    fn whole_numbers_round() {
        assert_eq!(whole(2249.6), "2250");
        assert_eq!(whole(0.4), "0");
    }

    #[test]
    fn fills_each_placeholder_once() {
        assert_eq!(
            fill("Stage {n} of {total}", &[("n", "2"), ("total", "7")]),
            "Stage 2 of 7"
        );
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    }
}
