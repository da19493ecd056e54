//! Markdown inside text fields, made safe.
//!
//! Authors may write paragraphs, lists, emphasis and links. For HTML output the text is
//! rendered with pulldown-cmark, and: raw HTML is shown as text, never passed through;
//! images become their alt text (no requests to remote hosts); only `http`, `https`,
//! `mailto` and `tel` links are kept (others become plain text); headings inside a field
//! are demoted to bold paragraphs so they cannot break the notice's outline.
//! For Markdown output the same policy holds: the text is parsed and written again by
//! seloste (see `Writer`), never passed through.

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
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, safe_events(text).into_iter());
    out
}

/// A field's Markdown parsed, with the policy above applied: raw HTML as text, images as
/// their alt text, unsafe links as their text, headings as bold paragraphs, no tables.
fn safe_events(text: &str) -> Vec<Event<'_>> {
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
    events
}

/// How deep the tree of [`to_tree`] nests containers (lists, items, quotes); deeper ones
/// are kept as their content, so that every word is printed.
pub const TREE_DEPTH: usize = 12;

/// A field's Markdown as data for the PDF template (`templates/notice.typ`), with the
/// policy of [`to_html`]: an array of nodes, each a string (text) or an object with a kind
/// `k` (`p`, `em`, `strong`, `del`, `code`, `pre`, `br`, `hr`, `ul`, `ol` with `start`,
/// `li`, `quote`, `a` with `href`, `span`) and children `c`. The template turns each kind
/// into its Typst element; no text is ever read as markup.
pub fn to_tree(text: &str) -> serde_json::Value {
    use serde_json::{Map, Value};
    // Open nodes: the object (without children) and its children; the root has no object.
    let mut stack: Vec<(Option<Map<String, Value>>, Vec<Value>)> = vec![(None, Vec::new())];
    // For each open tag: whether it opened a node (too deep ones do not).
    let mut opened: Vec<bool> = Vec::new();
    let node = |k: &str| {
        let mut m = Map::new();
        m.insert("k".into(), Value::from(k));
        m
    };
    let push = |stack: &mut Vec<(Option<Map<String, Value>>, Vec<Value>)>, v: Value| {
        if let Some((_, c)) = stack.last_mut() {
            // Adjacent texts are joined, so that words are not split between nodes.
            if let (Value::String(s), Some(Value::String(prev))) = (&v, c.last_mut()) {
                prev.push_str(s);
                return;
            }
            c.push(v);
        }
    };
    let leaf = |k: &str, t: &str| {
        let mut m = node(k);
        m.insert("c".into(), Value::Array(vec![Value::from(t)]));
        Value::Object(m)
    };
    let containers = |stack: &Vec<(Option<Map<String, Value>>, Vec<Value>)>| {
        stack
            .iter()
            .filter(|(m, _)| {
                m.as_ref()
                    .and_then(|m| m.get("k"))
                    .and_then(Value::as_str)
                    .is_some_and(|k| matches!(k, "ul" | "ol" | "li" | "quote"))
            })
            .count()
    };
    for event in safe_events(text) {
        match event {
            Event::Start(tag) => {
                let m = match tag {
                    Tag::Paragraph => Some(node("p")),
                    Tag::Emphasis => Some(node("em")),
                    Tag::Strong => Some(node("strong")),
                    Tag::Strikethrough => Some(node("del")),
                    Tag::CodeBlock(_) => Some(node("pre")),
                    Tag::BlockQuote(_) => Some(node("quote")),
                    Tag::List(start) => Some(match start {
                        Some(n) => {
                            let mut m = node("ol");
                            m.insert("start".into(), Value::from(n));
                            m
                        }
                        None => node("ul"),
                    }),
                    Tag::Item => Some(node("li")),
                    Tag::Link { dest_url, .. } => {
                        let mut m = node("a");
                        m.insert("href".into(), Value::from(dest_url.trim()));
                        Some(m)
                    }
                    _ => Some(node("span")),
                };
                let deep = m
                    .as_ref()
                    .and_then(|m| m.get("k"))
                    .and_then(Value::as_str)
                    .is_some_and(|k| matches!(k, "ul" | "ol" | "li" | "quote"))
                    && containers(&stack) >= TREE_DEPTH;
                if deep {
                    // A space between flattened items keeps their words apart.
                    push(&mut stack, Value::from(" "));
                    opened.push(false);
                } else {
                    stack.push((m, Vec::new()));
                    opened.push(true);
                }
            }
            Event::End(_) => {
                if opened.pop() == Some(true)
                    && let Some((Some(mut m), c)) = stack.pop()
                {
                    m.insert("c".into(), Value::Array(c));
                    push(&mut stack, Value::Object(m));
                }
            }
            Event::Text(t) => push(&mut stack, Value::from(t.as_ref())),
            Event::Code(t) => push(&mut stack, leaf("code", &t)),
            Event::SoftBreak => push(&mut stack, Value::from(" ")),
            Event::HardBreak => push(&mut stack, Value::Object(node("br"))),
            Event::Rule => push(&mut stack, Value::Object(node("hr"))),
            Event::FootnoteReference(t) => push(&mut stack, Value::from(t.as_ref())),
            Event::Html(t) | Event::InlineHtml(t) => push(&mut stack, Value::from(t.as_ref())),
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                push(&mut stack, Value::from(t.as_ref()))
            }
            Event::TaskListMarker(_) => {}
        }
    }
    while stack.len() > 1 {
        if let Some((Some(mut m), c)) = stack.pop() {
            m.insert("c".into(), Value::Array(c));
            push(&mut stack, Value::Object(m));
        }
    }
    Value::Array(stack.pop().map(|(_, c)| c).unwrap_or_default())
}

/// `url` trimmed and percent-encoded for a Markdown link destination, when it is a
/// [`safe_url`]: every byte outside the URL characters that no Markdown dialect reads as
/// markup (letters, digits, `-._~:/?#@!$&'*+,;=%`) is written `%XX`, so the destination
/// has no space, parenthesis, angle bracket, backslash or control character left. (An
/// `&` that a renderer reads as an entity cannot change the scheme, checked before.)
pub fn link_destination(url: &str) -> Option<String> {
    let url = url.trim();
    if !safe_url(url) {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => out.push(b as char),
            b'-' | b'.' | b'_' | b'~' | b':' | b'/' | b'?' | b'#' | b'@' | b'!' | b'$' | b'\''
            | b'*' | b'+' | b',' | b';' | b'=' | b'%' | b'&' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    Some(out)
}

/// Writes Markdown from pulldown-cmark's events, so that only the markup seloste writes
/// itself reaches the output: text is escaped for CommonMark, GFM and Python-Markdown
/// alike, links keep only safe, normalised destinations, and headings, raw HTML, images,
/// reference definitions and code blocks cannot pass.
struct Writer {
    out: String,
    /// One line per notice field (table cells, list items) instead of blocks.
    inline: bool,
    /// Prefixes of the open containers (`> `, list indentation), written at each line start.
    prefixes: Vec<String>,
    /// The marker to write before the next text of a list item (`- `, `3. `).
    marker: Option<String>,
    /// Open lists: the next number of an ordered one.
    lists: Vec<Option<u64>>,
    /// For each open link: whether its destination was kept.
    links: Vec<bool>,
    /// Inside an image: text only (its alt text).
    images: usize,
    /// Destinations of the open kept links, written at their end.
    link_dest: Vec<String>,
    at_line_start: bool,
    /// A block ended: a blank line goes before the next one.
    pending_blank: bool,
}

impl Writer {
    fn new(inline: bool) -> Writer {
        Writer {
            out: String::new(),
            inline,
            prefixes: Vec::new(),
            marker: None,
            lists: Vec::new(),
            links: Vec::new(),
            images: 0,
            link_dest: Vec::new(),
            at_line_start: true,
            pending_blank: false,
        }
    }

    /// Starts a block: a blank line after the previous one (a space in inline mode).
    fn block(&mut self) {
        if self.out.is_empty() {
            self.pending_blank = false;
            return;
        }
        if self.inline {
            if !self.out.ends_with(' ') {
                self.out.push(' ');
            }
            self.pending_blank = false;
            return;
        }
        if self.pending_blank {
            if !self.at_line_start {
                self.newline();
            }
            self.push_prefix(true);
            self.out.truncate(self.out.trim_end_matches(' ').len());
            self.out.push('\n');
            self.at_line_start = true;
            self.pending_blank = false;
        } else if !self.at_line_start {
            self.newline();
        }
    }

    fn newline(&mut self) {
        if self.inline {
            self.out.push(' ');
        } else {
            self.out.push('\n');
            self.at_line_start = true;
        }
    }

    fn push_prefix(&mut self, blank_line: bool) {
        for p in &self.prefixes {
            if blank_line {
                self.out.push_str(p.trim_end());
            } else {
                self.out.push_str(p);
            }
        }
    }

    /// Called before anything is written on a line: its prefixes and a pending list marker.
    fn start_line(&mut self) {
        if self.inline || !self.at_line_start {
            self.at_line_start = false;
            if let Some(m) = self.marker.take().filter(|_| self.inline) {
                self.out.push_str(&m);
            }
            return;
        }
        self.at_line_start = false;
        let depth = self.prefixes.len();
        match self.marker.take() {
            Some(m) => {
                // The item's own indentation is the last prefix: the marker replaces it.
                for p in &self.prefixes[..depth.saturating_sub(1)] {
                    self.out.push_str(p);
                }
                self.out.push_str(&m);
            }
            None => self.push_prefix(false),
        }
    }

    /// Writes our own markup (emphasis markers, link brackets).
    fn markup(&mut self, s: &str) {
        self.start_line();
        self.out.push_str(s);
    }

    /// Writes text escaped: nothing in it can start markup in a common dialect.
    fn text(&mut self, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c == '\n' || c == '\r' {
                if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                    continue;
                }
                self.newline();
                continue;
            }
            let line_start = self.at_line_start || self.out.is_empty();
            if line_start && (c == ' ' || c == '\t') {
                // Leading spaces could make an indented code block.
                continue;
            }
            self.start_line();
            let next = chars.get(i + 1).copied();
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '{' | '}' | '|' => {
                    self.out.push('\\');
                    self.out.push(c);
                }
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '~' => self.out.push_str("&#126;"),
                '&' if next.is_some_and(|n| n == '#' || n.is_ascii_alphanumeric()) => {
                    self.out.push_str("&amp;")
                }
                '#' | '+' | '-' | '!' if line_start => {
                    self.out.push('\\');
                    self.out.push(c);
                }
                '=' | ':' if line_start => {
                    self.out.push_str(if c == '=' { "&#61;" } else { "&#58;" })
                }
                '.' | ')' if self.after_line_number() => {
                    self.out.push('\\');
                    self.out.push(c);
                }
                ':' if self.unsafe_scheme_before()
                    && next.is_some_and(|n| !n.is_whitespace())
                    && !(self.capitalised_word_before() && case_ending(&chars[i + 1..])) =>
                {
                    self.out.push_str("&#58;")
                }
                _ => self.out.push(c),
            }
        }
    }

    /// True when the current line, after its prefixes, is only digits so far (`12` of `12.`).
    fn after_line_number(&self) -> bool {
        let line = self.out.rsplit('\n').next().unwrap_or("");
        let prefix: String = self.prefixes.concat();
        let rest = line.strip_prefix(prefix.as_str()).unwrap_or(line);
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
    }

    /// The word just written (letters, digits, `+.-`).
    fn word_before(&self) -> String {
        let mut w: Vec<char> = self
            .out
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '+' | '.' | '-'))
            .collect();
        w.reverse();
        w.into_iter().collect()
    }

    /// True after a capitalised word that is no URL scheme (`EU`, `Kela`, not `Data`).
    fn capitalised_word_before(&self) -> bool {
        let w = self.word_before();
        w.chars().next().is_some_and(char::is_uppercase)
            && !["javascript", "vbscript", "data", "file", "xmpp"]
                .contains(&w.to_lowercase().as_str())
    }

    /// True when the word just written looks like a URL scheme other than a safe one
    /// (`javascript` of `javascript:`), so that the colon is written as `&#58;` and no
    /// autolinker sees a scheme.
    fn unsafe_scheme_before(&self) -> bool {
        let word: String = self
            .out
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let Some(first) = word.chars().next() else {
            return false;
        };
        first.is_ascii_alphabetic()
            && !["http", "https", "mailto", "tel"].contains(&word.to_ascii_lowercase().as_str())
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            // Code as plain text: a code span is read differently by each dialect (and
            // would split a table cell at `|`).
            Event::Code(t) => self.text(&t),
            // Raw HTML, comments included, is shown as text.
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::SoftBreak => self.newline(),
            Event::HardBreak => {
                // A hard break spelled alike in every dialect does not exist: a new line.
                self.newline()
            }
            Event::Rule => {
                self.block();
                self.markup("* * *");
                self.pending_blank = true;
            }
            Event::FootnoteReference(t) => self.text(&format!("[^{t}]")),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
        }
    }

    fn start(&mut self, tag: Tag) {
        if self.images > 0 {
            if matches!(tag, Tag::Image { .. }) {
                self.images += 1;
            }
            return;
        }
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock => {
                // After the text of a tight list item, a blank line keeps the block apart.
                if !matches!(tag, Tag::Paragraph) && !self.at_line_start {
                    self.pending_blank = true;
                }
                self.block();
                if matches!(tag, Tag::Heading { .. }) {
                    // A heading in a field would break the notice's outline: bold instead.
                    self.markup("**");
                }
            }
            Tag::BlockQuote(_) => {
                self.block();
                if !self.inline {
                    self.prefixes.push("> ".into());
                }
            }
            Tag::List(start) => {
                self.block();
                self.lists.push(start);
            }
            Tag::Item => {
                self.block();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "- ".to_string(),
                };
                self.pending_blank = false;
                self.marker = Some(if self.inline { String::new() } else { marker });
                if !self.inline {
                    self.prefixes.push("    ".into());
                }
            }
            Tag::Emphasis => self.markup("*"),
            Tag::Strong => self.markup("**"),
            Tag::Strikethrough => self.markup("~~"),
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let dest = if matches!(link_type, LinkType::Email) {
                    link_destination(&format!("mailto:{dest_url}"))
                } else {
                    link_destination(&dest_url)
                };
                // A link inside a link's text cannot be: keep only the outer one.
                let keep = dest.is_some() && !self.links.iter().any(|k| *k);
                self.links.push(keep);
                if keep {
                    self.markup("[");
                    self.link_dest.push(dest.unwrap_or_default());
                }
            }
            Tag::Image { .. } => self.images += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        if self.images > 0 {
            if matches!(tag, TagEnd::Image) {
                self.images -= 1;
            }
            return;
        }
        match tag {
            TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::HtmlBlock => self.pending_blank = true,
            TagEnd::Heading(_) => {
                self.markup("**");
                self.pending_blank = true;
            }
            TagEnd::BlockQuote(_) => {
                if !self.inline {
                    self.prefixes.pop();
                }
                self.pending_blank = true;
            }
            TagEnd::List(_) => {
                self.lists.pop();
                self.pending_blank = true;
            }
            TagEnd::Item => {
                if !self.inline {
                    self.prefixes.pop();
                }
                self.marker = None;
                self.pending_blank = false;
                if !self.at_line_start {
                    self.newline();
                }
            }
            TagEnd::Emphasis => self.markup("*"),
            TagEnd::Strong => self.markup("**"),
            TagEnd::Strikethrough => self.markup("~~"),
            // The guard pops the link's entry whether it was kept or not.
            TagEnd::Link if self.links.pop() == Some(true) => {
                let dest = self.link_dest.pop().unwrap_or_default();
                self.markup(&format!("]({dest})"));
            }
            _ => {}
        }
    }
}

/// True for a Finnish case ending after a colon (`EU:n`, `Kela:lle`, `LLC:ssä`): one to
/// four lowercase letters, then the end of the word. Such a colon is left as it is; any
/// other colon after a word (`javascript:`, `data:text`, `xmpp:a@b`) looks like a scheme.
fn case_ending(after: &[char]) -> bool {
    let letters = after.iter().take_while(|c| c.is_lowercase()).count();
    (1..=4).contains(&letters)
        && after
            .get(letters)
            .is_none_or(|c| c.is_whitespace() || ".,;!?)".contains(*c))
}

fn write_markdown(text: &str, inline: bool) -> String {
    let mut w = Writer::new(inline);
    for event in Parser::new_ext(text, options()) {
        w.event(event);
    }
    let out = w.out.trim();
    if inline {
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        out.to_string()
    }
}

/// A field's Markdown for Markdown output: parsed, and written again by seloste (see
/// [`Writer`]), so that a renderer such as GitHub's or MkDocs' shows raw HTML as text,
/// follows only http, https, mailto and tel links, and finds no heading, image or
/// reference definition of the field's own.
pub fn to_markdown(text: &str) -> String {
    write_markdown(text, false)
}

/// A field for a single Markdown line (table cells, list items): as [`to_markdown`],
/// with its blocks run together on one line, no line breaks, pipes escaped.
pub fn inline_markdown(text: &str) -> String {
    write_markdown(text, true)
}

/// A link to `url` for Markdown output (`[url](url)`) when it is a safe one, else `url`
/// as escaped text.
pub fn markdown_link(url: &str) -> String {
    match link_destination(url) {
        Some(dest) => format!("[{}]({dest})", inline_markdown_text(url.trim())),
        None => inline_markdown_text(url),
    }
}

/// An e-mail address as a `mailto:` link for Markdown output (`[a@b.fi](mailto:a@b.fi)`),
/// or escaped text when it does not look like one.
pub fn markdown_email(email: &str) -> String {
    let e = email.trim();
    let plain = e.contains('@')
        && !e
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\\"':".contains(c));
    match link_destination(&format!("mailto:{e}")).filter(|_| plain) {
        Some(dest) => format!("[{}]({dest})", inline_markdown_text(e)),
        None => inline_markdown_text(e),
    }
}

/// Plain text (not Markdown) escaped for one Markdown line, its line breaks made spaces.
pub fn inline_plain_text(text: &str) -> String {
    inline_markdown_text(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Plain text (not Markdown) escaped for one Markdown line.
fn inline_markdown_text(text: &str) -> String {
    let mut w = Writer::new(true);
    w.text(text);
    w.out.split_whitespace().collect::<Vec<_>>().join(" ")
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
        // An image is its alt text: no request to a remote host.
        assert_eq!(to_markdown("![x](https://evil.example/p.gif)"), "x");
    }
}
