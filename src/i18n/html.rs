//! Static HTML built as a string, for blocks that only change with the language: leptos inserts
//! it as one inert element, much less code than a view of many elements. It must have a single
//! root element.

/// HTML built as a string: tags as written in HTML, text escaped.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// An opening tag: `open` is the tag name and its attributes, e.g. `p class="caveat"`.
    pub fn open(&mut self, open: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(open);
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// An element holding only text.
    pub fn el(&mut self, open: &str, text: &str) -> &mut Self {
        let tag = open.split(' ').next().unwrap_or(open);
        self.open(open).text(text).close(tag)
    }

    /// A list of texts, one `<li>` each.
    pub fn list(&mut self, open: &str, items: &[&str]) -> &mut Self {
        self.open(open);
        for item in items {
            self.el("li", item);
        }
        self.close(open.split(' ').next().unwrap_or(open))
    }

    /// The HTML so far, leaving the builder empty.
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Html;

    #[test]
    fn html_text_is_escaped() {
        let mut h = Html::default();
        h.el(r#"p class="caveat""#, "a < b & c > d")
            .list("ul", &["x", "<y>"]);
        assert_eq!(
            h.take(),
            r#"<p class="caveat">a &lt; b &amp; c &gt; d</p><ul><li>x</li><li>&lt;y&gt;</li></ul>"#
        );
        assert!(h.take().is_empty());
    }
}
