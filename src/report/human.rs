//! Human-readable diagnostics: miette's graphical report, a source snippet with the
//! span underlined, the rule id, a help line and the article.

use crate::diagnostic::{Diagnostic, Files, Severity};
use crate::report::{Summary, no_commands, visible, visible_path, visible_source};
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::sync::Arc;

struct Shown<'a> {
    d: &'a Diagnostic,
    source: Source,
    help: String,
    label: Option<String>,
}

/// A file's text for the snippet. miette counts the column in the heading
/// (`file:line:column`) in bytes, so each ä or ö before the span would shift it: this
/// gives it in characters, as every other format does.
struct Source {
    name: String,
    text: Arc<str>,
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        let mut column = inner.column();
        if column > 0 {
            // The column is the bytes from the start of the line to the span.
            let start = span.offset().min(self.text.len());
            column = self
                .text
                .get(start.saturating_sub(column)..start)
                .map_or(column, |s| s.chars().count());
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
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
        // Secondary places near the primary one are underlined in the same snippet.
        let same_file = self
            .d
            .related
            .iter()
            .filter(|r| in_snippet(self.d, r))
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

/// How many lines a related place may be from the primary one to be underlined in the
/// same snippet; further ones are listed as "also:" lines.
const SNIPPET_REACH: usize = 3;

/// True when related place `r` is shown in the snippet of `d`, not as an "also:" line.
fn in_snippet(d: &Diagnostic, r: &crate::diagnostic::Related) -> bool {
    match (d.span, r.span) {
        (Some(a), Some(b)) => r.file == d.file && a.line.abs_diff(b.line) <= SNIPPET_REACH,
        _ => false,
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
        // Places in other files, without a span or far away cannot share the snippet (it
        // would show every line in between): list them.
        for r in &d.related {
            if !in_snippet(d, r) {
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
            source: Source { name, text },
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

/// At most this many lines in the "What remains" list (and a "… and N more" line for the
/// errors and one for the warnings when it is cut).
const REMAINING_LINES: usize = 15;

/// Lines kept for warnings when errors alone would fill the list.
const WARNING_LINES: usize = 4;

/// A compact list of what is still to fix, printed after the full report: the errors,
/// then the warnings, counted apart in the heading ("What remains (3 errors, 2 warnings):"),
/// one line per message with every line it occurs on ("lines 9, 14: …"; a warning's
/// line says "(warning)"), so a fresh skeleton's dozens of placeholders read as a short
/// to-do list. Empty when nothing unsuppressed remains.
pub fn remaining(diagnostics: &[Diagnostic], files: &Files) -> String {
    let open = |severity: Severity| -> Vec<&Diagnostic> {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity && d.suppressed.is_none())
            .collect()
    };
    let (errors, warnings) = (open(Severity::Error), open(Severity::Warning));
    let Some(first) = errors.first().or(warnings.first()) else {
        return String::new();
    };
    let many_files = errors.iter().chain(&warnings).any(|d| d.file != first.file);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let counts: Vec<String> = [
        (errors.len(), "error", "errors"),
        (warnings.len(), "warning", "warnings"),
    ]
    .into_iter()
    .filter(|c| c.0 > 0)
    .map(|(n, one, many)| plural(n, one, many))
    .collect();
    let mut out = format!("\nWhat remains ({}):\n", counts.join(", "));
    // Errors first; when the list is too long, a few lines stay for the warnings, and
    // each kind says how many more there are.
    let (eg, wg) = (group(&errors), group(&warnings));
    let (mut e_show, mut w_show) = (eg.len(), wg.len());
    if e_show + w_show > REMAINING_LINES {
        let room = REMAINING_LINES - 2;
        w_show = w_show.min(room.saturating_sub(e_show).max(WARNING_LINES));
        e_show = e_show.min(room - w_show);
    }
    let groups: Vec<(Severity, &Group)> = eg
        .iter()
        .take(e_show)
        .map(|g| (Severity::Error, g))
        .chain(wg.iter().take(w_show).map(|g| (Severity::Warning, g)))
        .collect();
    for (severity, (file, message, lines)) in groups {
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
        let mut place = place.trim_end_matches(": ").to_string();
        if severity == Severity::Warning {
            place.push_str(if place.is_empty() {
                "(warning)"
            } else {
                " (warning)"
            });
        }
        let message = visible(message);
        if place.is_empty() {
            out.push_str(&format!("  {message}\n"));
        } else {
            out.push_str(&format!("  {place}: {message}\n"));
        }
    }
    for (shown, all, kind) in [(e_show, eg.len(), "error"), (w_show, wg.len(), "warning")] {
        if all > shown {
            out.push_str(&format!(
                "  … and {} more kinds of {kind}, listed above\n",
                all - shown
            ));
        }
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

/// One line of "What remains": a file, a message and the lines it occurs on.
type Group<'a> = (crate::diagnostic::FileId, &'a str, Vec<usize>);

/// Groups findings by (file, message), in the order of first appearance; a finding's
/// related places in the same file (a repeated text) add their lines.
fn group<'a>(found: &[&'a Diagnostic]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for d in found {
        let i = match groups
            .iter()
            .position(|(f, m, _)| *f == d.file && m.eq_ignore_ascii_case(&d.message))
        {
            Some(i) => i,
            None => {
                groups.push((d.file, &d.message, Vec::new()));
                groups.len() - 1
            }
        };
        let lines = &mut groups[i].2;
        let places = std::iter::once(d.span).chain(
            d.related
                .iter()
                .filter(|r| r.file == d.file)
                .map(|r| r.span),
        );
        for l in places.flatten().map(|s| s.line) {
            if !lines.contains(&l) {
                lines.push(l);
            }
        }
    }
    groups
}
