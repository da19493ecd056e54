//! Invisible control characters and bidirectional overrides in texts.

use super::{Notice, Sink};
use crate::diagnostic::Span;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text contains an invisible control character or a bidirectional override; documented in messages/rules/control-characters.<lang>.md.
    pub struct ControlCharacters { id: "control-characters", severity: Error, article: "GDPR Art 12(1)", texts: true }
}

impl_rule!(ControlCharacters, check);

fn is_hidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn check(n: &Notice, sink: &mut Sink) {
    for origin in n.origins() {
        let found: Vec<(Span, char)> = super::text_scan::strings(n)
            .iter()
            .filter(|t| t.origin.file == origin.file)
            .filter_map(|t| Some((t.node.span, t.text.chars().find(|c| is_hidden(*c))?)))
            .collect();
        for (span, c) in found {
            let kind = match c {
                '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "bidi",
                _ => "control",
            };
            sink.report_span(
                &ControlCharacters::INFO,
                origin.file,
                span,
                msg!(
                    "control-characters-message",
                    kind = kind,
                    code = format!("{:04X}", c as u32)
                ),
            )
            .set_label(msg!("control-characters-label"))
            .set_help(msg!("control-characters-help"));
        }
    }
}
