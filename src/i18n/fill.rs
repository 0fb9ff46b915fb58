//! Fills `{name}` placeholders of a translated template with values.
//!
//! leptos_i18n interpolates only into views unless its build script is used, and screen-reader
//! announcements and attributes need plain strings, so templates keep single-brace placeholders.
//! A test below reads every locale file and the code: a placeholder the code never fills, or one
//! that differs between the languages, fails it.

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

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_each_placeholder_once() {
        assert_eq!(
            fill("Stage {n} of {total}", &[("n", "2"), ("total", "7")]),
            "Stage 2 of 7"
        );
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    }

    /// The locale files and the code, read from disk: native only (`cargo test`).
    #[cfg(not(target_arch = "wasm32"))]
    mod locale_files {
        /// Every `{name}` in a template.
        fn placeholders(template: &str) -> Vec<String> {
            let mut names: Vec<String> = template
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}'))
                .map(|(name, _)| name.to_string())
                .filter(|name| {
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
                .collect();
            names.sort();
            names.dedup();
            names
        }

        /// Every string of a locale file, by its dotted key.
        fn strings(path: &std::path::Path) -> Vec<(String, String)> {
            fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
                match v {
                    serde_json::Value::Object(map) => {
                        for (k, v) in map {
                            walk(&format!("{prefix}{k}."), v, out);
                        }
                    }
                    serde_json::Value::String(s) => {
                        out.push((prefix.trim_end_matches('.').to_string(), s.clone()))
                    }
                    _ => {}
                }
            }
            let text = std::fs::read_to_string(path).expect("locale file");
            let mut out = Vec::new();
            walk(
                "",
                &serde_json::from_str(&text).expect("valid JSON"),
                &mut out,
            );
            out
        }

        /// All Rust source of the app, where templates are filled.
        fn source(dir: &std::path::Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    source(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push_str(&std::fs::read_to_string(&path).expect("source"));
                }
            }
        }

        #[test]
        fn every_placeholder_of_every_locale_is_filled_by_the_code() {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            let mut code = String::new();
            source(&root.join("src"), &mut code);
            // Without white space, so `(\n "name",` reads as `("name",`.
            code.retain(|c| !c.is_whitespace());
            let mut checked = 0;
            for file in std::fs::read_dir(root.join("locales/en"))
                .expect("locales")
                .flatten()
            {
                let name = file.file_name();
                let en = strings(&file.path());
                let es = strings(&root.join("locales/es").join(&name));
                for (key, template) in &en {
                    let wanted = placeholders(template);
                    let other = es
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, t)| placeholders(t));
                    assert_eq!(
                        Some(&wanted),
                        other.as_ref(),
                        "{name:?} {key}: the languages name different placeholders"
                    );
                    for p in &wanted {
                        // The code fills it as `("name", value)`.
                        assert!(
                            code.contains(&format!("(\"{p}\",")),
                            "{name:?} {key}: no code fills {{{p}}}"
                        );
                        checked += 1;
                    }
                }
            }
            assert!(checked > 20, "only {checked} placeholders found");
        }
    }
}
