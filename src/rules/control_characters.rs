//! Invisible control characters and bidirectional overrides in texts.

use super::{Notice, Sink};
use crate::load::tree::Span;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text contains an invisible control character or a bidirectional override.
    ///
    /// ## What it checks
    /// Every string of the register and its organisation file, identifiers included, is
    /// searched for C0 and C1 control characters (other than tab and line feed), DEL, and
    /// the Unicode bidirectional embedding, override and isolate characters
    /// (U+202A–U+202E, U+2066–U+2069).
    ///
    /// ## Why
    /// They are invisible in most editors and in code review, but change what the reader
    /// sees: a right-to-left override can make "exe.tsil" display as "list.exe", and
    /// terminal escape codes can rewrite what a CI log shows. A privacy notice must say
    /// what it appears to say (Art 12(1)).
    ///
    /// ## How to fix
    /// Delete the character; retype the text if you cannot find it. For right-to-left
    /// languages use the language's own script, not override characters.
    pub struct ControlCharacters { id: "control-characters", severity: Error, article: "GDPR Art 12(1)" }
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
            let name = match c {
                '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                    "a bidirectional text control character"
                }
                _ => "an invisible control character",
            };
            sink.report_span(
                &ControlCharacters::INFO,
                origin.file,
                span,
                format!("the text contains {name} (U+{:04X})", c as u32),
            )
            .set_label("hidden character in this text")
            .set_help(
                "delete the character (it is invisible in most editors: retype the text if needed)",
            );
        }
    }
}
