//! Text into HTML: every string from content or from a participant goes
//! through [`text`], so it reaches the page as text, never as markup.

use std::fmt::Write;

/// `s` escaped for an element's content or a quoted attribute, without the
/// characters a page should never carry (controls, bidi overrides).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter_map(crate::content::controls::shown) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A page being written: elements whose text is always escaped.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(4096))
    }

    /// Markup the page itself writes (tags, never a user's text).
    pub fn raw(&mut self, markup: &str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// `<tag attrs>text</tag>`; `attrs` is the page's own markup.
    pub fn el(&mut self, tag: &str, attrs: &str, content: &str) -> &mut Html {
        let _ = write!(self.0, "<{tag}{attrs}>{}</{tag}>", text(content));
        self
    }

    /// Paragraphs of a body text: a blank line starts a new one.
    pub fn paragraphs(&mut self, attrs: &str, body: &str) -> &mut Html {
        for para in body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            self.el("p", attrs, para);
        }
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_controls_from_text_never_reach_the_page() {
        let s = text("<script>alert('x')</script> & \"q\" \u{1b}[2J \u{202e}rev");
        assert_eq!(
            s,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;  [2J rev"
        );
    }
}
