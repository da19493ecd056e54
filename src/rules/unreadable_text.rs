//! Texts built in a way no reader can read and no page can hold: a letter buried under
//! dozens of combining marks, or Markdown lists and quotes nested many levels deep.

use super::text_scan::{TextItem, match_span};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// A text is built so that no reader can read it and no page can hold it; documented in messages/rules/unreadable-text.<lang>.md.
    pub struct UnreadableText { id: "unreadable-text", severity: Error, article: "GDPR Art 12(1)", texts: true }
}

impl_rule!(UnreadableText, check);

/// Most combining marks one letter may carry (Unicode's stream-safe limit, UAX #15).
pub const MAX_MARKS: usize = 30;
/// Most levels of Markdown lists and quotes, counted together, one text may nest.
pub const MAX_NESTING: usize = 8;

/// A run of characters that attach to the one before: combining marks, a zero-width
/// joiner together with the character it joins, and variation selectors (marks too).
static ATTACHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\p{M}|\u{200D}[^\s\u{200D}]?)+").expect("valid regex"));

/// The first run of more than [`MAX_MARKS`] attached characters: (byte start of the run's
/// base character, byte end of the run, number of attached characters).
pub fn stacked_marks(text: &str) -> Option<(usize, usize, usize)> {
    // Marks are never ASCII: plain text needs no search.
    if text.is_ascii() {
        return None;
    }
    ATTACHED.find_iter(text).find_map(|m| {
        let count = m.as_str().chars().count();
        (count > MAX_MARKS).then(|| {
            let base = text[..m.start()]
                .char_indices()
                .next_back()
                .map_or(m.start(), |(i, _)| i);
            (base, m.end(), count)
        })
    })
}

/// The deepest nesting of Markdown lists and quotes in `text`, and the byte offset where
/// it first goes deeper than [`MAX_NESTING`] (None when it never does).
pub fn deepest_nesting(text: &str) -> (usize, Option<usize>) {
    // Without one of these characters there is no list or quote at all.
    if !text
        .bytes()
        .any(|b| matches!(b, b'>' | b'-' | b'*' | b'+' | b'.' | b')'))
    {
        return (0, None);
    }
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut first_too_deep = None;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH).into_offset_iter() {
        match event {
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > MAX_NESTING && first_too_deep.is_none() {
                    first_too_deep = Some(range.start);
                }
            }
            Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_)) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    (deepest, first_too_deep)
}

/// The line of `text` around byte `at`, trimmed, as a byte range (for the snippet).
fn line_around(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    let lead = line.len() - line.trim_start().len();
    let trail = line.len() - line.trim_end().len();
    if start + lead < end - trail {
        (start + lead, end - trail)
    } else {
        (start, end)
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    for origin in n.origins() {
        let items: Vec<&TextItem> = super::text_scan::strings(n)
            .iter()
            .filter(|t| t.origin.file == origin.file)
            .collect();
        for t in items {
            if let Some((start, end, count)) = stacked_marks(t.text) {
                let span = match_span(n, t, start, end);
                sink.report_span(
                    &UnreadableText::INFO,
                    origin.file,
                    span,
                    msg!(
                        "unreadable-text-message-marks",
                        field = t.field(),
                        count = count,
                        max = MAX_MARKS
                    ),
                )
                .set_label(msg!("unreadable-text-label-marks"))
                .set_help(msg!("unreadable-text-help-marks"));
            }
            if !t.prose {
                continue;
            }
            let (deepest, too_deep) = deepest_nesting(t.text);
            if let Some(at) = too_deep {
                let (start, end) = line_around(t.text, at);
                let span = match_span(n, t, start, end);
                sink.report_span(
                    &UnreadableText::INFO,
                    origin.file,
                    span,
                    msg!(
                        "unreadable-text-message-nesting",
                        field = t.field(),
                        depth = deepest,
                        max = MAX_NESTING
                    ),
                )
                .set_label(msg!("unreadable-text-label-nesting"))
                .set_help(msg!("unreadable-text-help-nesting", max = MAX_NESTING));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_accents_pass_and_stacks_do_not() {
        // Vietnamese (two marks), Finnish, a family emoji with skin tones (11 code points).
        for ok in [
            "Tiếng Việt",
            "Äijä",
            "👨🏻\u{200d}👩🏻\u{200d}👧🏻\u{200d}👦🏻",
            &format!("a{}", "\u{301}".repeat(MAX_MARKS)),
        ] {
            assert_eq!(stacked_marks(ok), None, "{ok:?}");
        }
        let text = format!("ab{}c", "\u{301}".repeat(MAX_MARKS + 1));
        assert_eq!(
            stacked_marks(&text),
            Some((1, 2 + 2 * (MAX_MARKS + 1), MAX_MARKS + 1))
        );
        let zwj = format!("x{}", "\u{200d}y".repeat(40));
        assert!(stacked_marks(&zwj).is_some());
    }

    #[test]
    fn nesting_counts_lists_and_quotes_together() {
        assert_eq!(deepest_nesting("plain text. 1. not a list"), (0, None));
        assert_eq!(deepest_nesting("- a\n  - b\n\n> c").0, 2);
        let ok = format!("{} x", "> ".repeat(4) + &"- ".repeat(4));
        assert_eq!(deepest_nesting(&ok), (8, None));
        let deep = format!("intro\n\n{} x", ">".repeat(600));
        let (depth, at) = deepest_nesting(&deep);
        assert_eq!(depth, 600);
        assert_eq!(at, Some(7 + MAX_NESTING));
        assert_eq!(line_around(&deep, at.unwrap()), (7, deep.len()));
    }
}
