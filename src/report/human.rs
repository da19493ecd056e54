//! Human-readable diagnostics: miette's graphical report, a source snippet with the
//! span underlined, the rule id, a help line and the article.

use crate::diagnostic::{Diagnostic, Files, Severity};
use crate::report::{Summary, no_commands, visible, visible_path, visible_source};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;
use std::sync::Arc;

struct Shown<'a> {
    d: &'a Diagnostic,
    source: NamedSource<Arc<str>>,
    help: String,
    label: Option<String>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}
impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.d.message))
    }
}
impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.d.rule))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.help))
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.d.span.map(|_| &self.source as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.d.span?;
        let s = SourceSpan::new(span.offset.into(), span.len);
        // Secondary places in the same file are underlined in the same snippet.
        let same_file = self
            .d
            .related
            .iter()
            .filter(|r| r.file == self.d.file)
            .filter_map(|r| {
                let s = r.span?;
                Some(LabeledSpan::new_with_span(
                    Some(visible(&r.label).into_owned()),
                    SourceSpan::new(s.offset.into(), s.len),
                ))
            });
        Some(Box::new(
            std::iter::once(LabeledSpan::new_with_span(self.label.clone(), s)).chain(same_file),
        ))
    }
}

/// Renders diagnostics; `color` for a terminal, plain Unicode otherwise (and in tests).
pub fn render(diagnostics: &[Diagnostic], files: &Files, summary: &Summary, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    // Suppressed findings are counted in the summary line; JSON and SARIF list them.
    for d in diagnostics.iter().filter(|d| d.suppressed.is_none()) {
        let file = files.get(d.file);
        // Every text that may come from input (a file name, a quoted value, the source
        // itself) is printed visibly: no line breaks, terminal escapes or bidi controls.
        let name = visible_path(&file.path);
        let mut help = visible(d.help.as_deref().unwrap_or_default()).into_owned();
        if !d.article.is_empty() {
            if !help.is_empty() {
                help.push('\n');
            }
            help.push_str(&format!("see: {}", d.article));
        }
        if d.span.is_none() {
            help.push_str(&format!("\nfile: {name}"));
        }
        // Places in other files (or without a span) cannot share the snippet: list them.
        for r in &d.related {
            if r.file != d.file || r.span.is_none() || d.span.is_none() {
                help.push_str("\nalso: ");
                help.push_str(&visible(&format!("{}: {}", r.place(files), r.label)));
            }
        }
        let text: Arc<str> = match visible_source(&file.text) {
            std::borrow::Cow::Borrowed(_) => file.text.clone(),
            std::borrow::Cow::Owned(t) => t.into(),
        };
        let shown = Shown {
            d,
            source: NamedSource::new(name, text),
            help,
            label: d.label.as_deref().map(|l| visible(l).into_owned()),
        };
        let _ = handler.render_report(&mut out, &shown);
        out.push('\n');
    }
    out.push_str(&summary_line(summary));
    // The report wraps long messages: no wrapped line may start a CI workflow command.
    no_commands(&out).into_owned()
}

/// "2 errors, 1 warning in 3 files (2 registers)".
pub fn summary_line(s: &Summary) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let suppressed = if s.suppressed > 0 {
        format!(", {} suppressed", s.suppressed)
    } else {
        String::new()
    };
    format!(
        "{}, {}{suppressed} in {} ({})\n",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.files, "file", "files"),
        plural(s.registers, "register", "registers"),
    )
}

/// At most this many lines in the "What remains" list.
const REMAINING_LINES: usize = 15;

/// A compact list of the errors still to fix, printed after the full report: one line
/// per message, with every line it occurs on ("lines 9, 14: …"), so a fresh skeleton's
/// dozens of placeholders read as a short to-do list. Empty when there are no errors.
pub fn remaining(diagnostics: &[Diagnostic], files: &Files) -> String {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.suppressed.is_none())
        .collect();
    if errors.is_empty() {
        return String::new();
    }
    let many_files = errors.iter().any(|d| d.file != errors[0].file);
    // (file, message) → lines, in the order of first appearance.
    let mut groups: Vec<(crate::diagnostic::FileId, &str, Vec<usize>)> = Vec::new();
    for d in &errors {
        let line = d.span.map(|s| s.line);
        match groups
            .iter_mut()
            .find(|(f, m, _)| *f == d.file && m.eq_ignore_ascii_case(&d.message))
        {
            Some((_, _, lines)) => {
                if let Some(l) = line.filter(|l| !lines.contains(l)) {
                    lines.push(l);
                }
            }
            None => groups.push((d.file, &d.message, line.into_iter().collect())),
        }
    }
    let mut out = format!("\nWhat remains ({}):\n", errors.len());
    for (file, message, lines) in groups.iter().take(REMAINING_LINES) {
        let mut place = if many_files {
            format!("{}: ", visible_path(&files.get(*file).path))
        } else {
            String::new()
        };
        match lines.len() {
            0 => {}
            1 => place.push_str(&format!("line {}", lines[0])),
            n => {
                let shown: Vec<String> = lines.iter().take(6).map(usize::to_string).collect();
                place.push_str(&format!("lines {}", shown.join(", ")));
                if n > 6 {
                    place.push_str(&format!(" and {} more", n - 6));
                }
            }
        }
        let message = visible(message);
        if place.is_empty() {
            out.push_str(&format!("  {message}\n"));
        } else {
            out.push_str(&format!("  {}: {message}\n", place.trim_end_matches(": ")));
        }
    }
    if groups.len() > REMAINING_LINES {
        out.push_str(&format!(
            "  … and {} more kinds of problem, listed above\n",
            groups.len() - REMAINING_LINES
        ));
    }
    no_commands(&out).into_owned()
}

/// At most this many lines in the "Not checked" list.
const NOT_CHECKED_LINES: usize = 15;

/// What could not be checked because it did not load: the officer must know the checks
/// did not cover it, and that fixing the errors above brings it back.
pub fn not_checked(s: &Summary) -> String {
    if s.not_checked.is_empty() {
        return String::new();
    }
    let many_files = s
        .not_checked
        .iter()
        .any(|n| n.file != s.not_checked[0].file);
    let mut out = format!(
        "\nNot checked, because it did not load ({}); fix the errors above and run again:\n",
        s.not_checked.len()
    );
    for n in s.not_checked.iter().take(NOT_CHECKED_LINES) {
        let place = if many_files {
            format!("{} line {}", n.file, n.line)
        } else {
            format!("line {}", n.line)
        };
        let rules = if n.rules.is_empty() {
            String::new()
        } else {
            let checks = if n.rules.len() == 1 {
                "check"
            } else {
                "checks"
            };
            format!(" (so the {} {checks} did not run)", n.rules.join(", "))
        };
        out.push_str(&visible(&format!("  {place}: {}{rules}", n.value)));
        out.push('\n');
    }
    if s.not_checked.len() > NOT_CHECKED_LINES {
        out.push_str(&format!(
            "  … and {} more\n",
            s.not_checked.len() - NOT_CHECKED_LINES
        ));
    }
    out
}
