//! Markdown inside text fields, made safe.
//!
//! Authors may write paragraphs, lists, emphasis and links. For HTML output the text is
//! rendered with pulldown-cmark, and: raw HTML is shown as text, never passed through;
//! images become their alt text (no requests to remote hosts); only `http`, `https`,
//! `mailto` and `tel` links are kept (others become plain text); headings inside a field
//! are demoted to bold paragraphs so they cannot break the notice's outline.
//! For Markdown output, raw HTML is escaped the same way.

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH
}

/// True for link targets a notice may carry.
pub fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Renders a field's Markdown to safe HTML.
pub fn to_html(text: &str) -> String {
    let mut events: Vec<Event> = Vec::new();
    // Depth of links being dropped (unsafe target) and of images (alt text only).
    let mut dropped_links = Vec::new();
    let mut in_image = 0usize;
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                // An e-mail autolink (<a@b.fi>) has no scheme yet; it gets `mailto:` below.
                let keep = matches!(link_type, LinkType::Email) || safe_url(&dest_url);
                let dest_url =
                    if matches!(link_type, LinkType::Email) && !dest_url.starts_with("mailto:") {
                        CowStr::from(format!("mailto:{dest_url}"))
                    } else {
                        dest_url
                    };
                dropped_links.push(!keep);
                if keep && in_image == 0 {
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if dropped_links.pop() == Some(false) && in_image == 0 {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Heading { .. }) => {
                events.push(Event::Start(Tag::Paragraph));
                events.push(Event::Start(Tag::Strong));
            }
            Event::End(TagEnd::Heading(_)) => {
                events.push(Event::End(TagEnd::Strong));
                events.push(Event::End(TagEnd::Paragraph));
            }
            Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell)
            | Event::End(
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
            ) => {}
            other => events.push(other),
        }
    }
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

/// A field's Markdown for Markdown output: the same text with raw HTML escaped, so
/// a renderer such as GitHub's shows it as text.
pub fn to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // `![alt](url)` would make the reader's Markdown viewer fetch a remote image.
            '[' if prev == '!' => out.push_str("\\["),
            _ => out.push(c),
        }
        prev = c;
    }
    out.trim().to_string()
}

/// Escapes text for a single Markdown line (table cells, list items): no line breaks,
/// no pipes, no HTML.
pub fn inline_markdown(text: &str) -> String {
    to_markdown(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text() {
        let html = to_html("a <script>alert(1)</script> b\n\n<img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn only_safe_links_survive() {
        let html = to_html(
            "[a](javascript:alert(1)) [b](https://example.fi) [c](data:text/html,x) [d](mailto:a@b.fi) [e](tel:+358401234567)",
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains(r#"href="https://example.fi""#), "{html}");
        assert!(html.contains(r#"href="mailto:a@b.fi""#), "{html}");
        assert!(html.contains(r#"href="tel:+358401234567""#), "{html}");
        assert!(html.contains(">a<") || html.contains("a "), "{html}");
    }

    #[test]
    fn images_become_alt_text() {
        let html = to_html("![tracking pixel](https://evil.example/p.gif)");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("evil.example"), "{html}");
        assert!(html.contains("tracking pixel"), "{html}");
    }

    #[test]
    fn tables_and_html_blocks_cannot_shape_the_page() {
        let html = to_html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n<div style=\"position:fixed;inset:0\">x</div>\n\n<table><tr><td>t</td></tr></table>",
        );
        for tag in ["<table", "<tr", "<td", "<div", "<th"] {
            assert!(!html.contains(tag), "{tag} in {html}");
        }
        assert!(html.contains("&lt;div style="), "{html}");
    }

    #[test]
    fn headings_are_demoted() {
        let html = to_html("# Big\n\ntext");
        assert!(!html.contains("<h1"), "{html}");
        assert!(html.contains("<strong>Big</strong>"), "{html}");
    }

    #[test]
    fn markdown_output_escapes_html() {
        assert_eq!(to_markdown("a <b>c</b>"), "a &lt;b&gt;c&lt;/b&gt;");
        assert_eq!(inline_markdown("a | b\nc"), "a \\| b c");
        assert_eq!(
            to_markdown("![x](https://evil.example/p.gif)"),
            "!\\[x](https://evil.example/p.gif)"
        );
    }
}
