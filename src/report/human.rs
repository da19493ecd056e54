//! Human-readable diagnostics: miette's graphical report, a source snippet with the
//! span underlined, the rule id, a help line and the article.

use crate::diagnostic::{Arg, Diagnostic, FileId, Files, Severity, SourceFile};
use crate::messages::Messages;
use crate::msg;
use crate::report::{Summary, no_commands, visible, visible_path, visible_source};
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::sync::Arc;

struct Shown<'a> {
    d: &'a Diagnostic,
    source: Source<'a>,
    message: String,
    help: String,
    label: Option<String>,
    /// The labels of the related places, in the officer's language.
    related: Vec<String>,
}

/// A file's text for the snippet. miette counts the column in the heading
/// (`file:line:column`) in bytes, so each ä or ö before the span would shift it: this
/// gives it in characters, as every other format does.
///
/// Only the lines around the span are read (the file's line index finds them): reading the
/// text from its start for every finding took minutes for a 4 MiB file with many.
struct Source<'f> {
    name: String,
    /// The text as shown ([`visible_source`]: the same lengths as the file's).
    text: Arc<str>,
    file: &'f SourceFile,
}

impl SourceCode for Source<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let end = span.offset().saturating_add(span.len());
        let (lines, first_line) = self.file.lines_around(span.offset(), end, before, after);
        let window = self.text.get(lines.clone()).unwrap_or("");
        let local = SourceSpan::new(span.offset().saturating_sub(lines.start).into(), span.len());
        let inner = window.read_span(&local, before, after)?;
        let inner_span = SourceSpan::new(
            (inner.span().offset() + lines.start).into(),
            inner.span().len(),
        );
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
            inner_span,
            inner.line() + first_line,
            column,
            inner.line_count(),
        )))
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.message))
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
            .zip(&self.related)
            .filter(|(r, _)| in_snippet(self.d, r))
            .filter_map(|(r, label)| {
                let s = r.span?;
                Some(LabeledSpan::new_with_span(
                    Some(visible(label).into_owned()),
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
pub fn render(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    color: bool,
    m: &Messages,
) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    // Each file's text as shown, made once per file rather than once per finding.
    let mut shown_text: std::collections::HashMap<FileId, Arc<str>> = Default::default();
    // Suppressed findings are counted in the summary line; JSON and SARIF list them.
    for d in diagnostics.iter().filter(|d| d.suppressed.is_none()) {
        let file = files.get(d.file);
        // Every text that may come from input (a file name, a quoted value, the source
        // itself) is printed visibly: no line breaks, terminal escapes or bidi controls.
        let name = visible_path(&file.path);
        let help_text = d.help.as_ref().map(|h| m.text(h)).unwrap_or_default();
        let mut help = visible(&help_text).into_owned();
        if !d.article.is_empty() {
            if !help.is_empty() {
                help.push('\n');
            }
            let article = crate::messages::article(m, d.rule, d.article);
            help.push_str(&m.text(&msg!("report-see", article = article)));
        }
        if d.span.is_none() {
            help.push('\n');
            help.push_str(&m.text(&msg!("report-file", file = name.as_str())));
        }
        let related: Vec<String> = d.related.iter().map(|r| m.text(&r.label)).collect();
        // Places in other files, without a span or far away cannot share the snippet (it
        // would show every line in between): list them.
        for (r, label) in d.related.iter().zip(&related) {
            if !in_snippet(d, r) {
                help.push('\n');
                let also = msg!(
                    "report-also",
                    place = r.place(files),
                    label = label.as_str()
                );
                help.push_str(&visible(&m.text(&also)));
            }
        }
        let text = shown_text
            .entry(d.file)
            .or_insert_with(|| match visible_source(&file.text) {
                std::borrow::Cow::Borrowed(_) => file.text.clone(),
                std::borrow::Cow::Owned(t) => t.into(),
            })
            .clone();
        let shown = Shown {
            d,
            source: Source { name, text, file },
            message: m.text(&d.message),
            help,
            label: d.label.as_ref().map(|l| visible(&m.text(l)).into_owned()),
            related,
        };
        let mut one = String::new();
        let _ = handler.render_report(&mut one, &shown);
        out.push_str(&help_word(&one, m));
        out.push('\n');
    }
    out.push_str(&summary_line(summary, m));
    // The report wraps long messages: no wrapped line may start a CI workflow command.
    no_commands(&out).into_owned()
}

/// The report with miette's own "help:" (which it prints in English) in the officer's
/// language: the first line that starts with it, after any colour codes.
fn help_word(report: &str, m: &Messages) -> String {
    const MIETTE: &str = "  help: ";
    let word = format!("  {}: ", m.t("report-help-word"));
    if word == MIETTE {
        return report.to_string();
    }
    // The help's wrapped lines line up under its first word: as many more spaces as the
    // word is longer than "help" ("hjälp").
    let extra = " ".repeat(word.chars().count().saturating_sub(MIETTE.len()));
    let mut out = String::with_capacity(report.len() + 64);
    let (mut done, mut in_help) = (false, false);
    for line in report.split_inclusive('\n') {
        // Colour codes (ESC [ … m) before the text.
        let mut rest = line;
        while let Some(r) = rest.strip_prefix('\u{1b}') {
            rest = r.find('m').map_or(r, |i| &r[i + 1..]);
        }
        if !done && rest.starts_with(MIETTE) {
            let at = line.len() - rest.len();
            out.push_str(&line[..at]);
            out.push_str(&word);
            out.push_str(&rest[MIETTE.len()..]);
            done = true;
            in_help = true;
        } else if in_help && line.starts_with("        ") {
            out.push_str(&extra);
            out.push_str(line);
        } else {
            in_help = false;
            out.push_str(line);
        }
    }
    out
}

/// "2 errors, 1 warning in 3 files (2 registers)".
pub fn summary_line(s: &Summary, m: &Messages) -> String {
    let line = msg!(
        "summary-files",
        errors = s.errors,
        warnings = s.warnings,
        suppressed = s.suppressed,
        files = s.files,
        registers = s.registers
    );
    format!("{}\n", m.text(&line))
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
pub fn remaining(diagnostics: &[Diagnostic], files: &Files, m: &Messages) -> String {
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
    let mut counts: Vec<String> = Vec::new();
    if !errors.is_empty() {
        counts.push(m.text(&msg!("remaining-errors", n = errors.len())));
    }
    if !warnings.is_empty() {
        counts.push(m.text(&msg!("remaining-warnings", n = warnings.len())));
    }
    let heading = msg!("remaining-heading", counts = counts.join(", "));
    let mut out = format!("\n{}\n", m.text(&heading));
    let errors_text: Vec<(&Diagnostic, String)> =
        errors.iter().map(|d| (*d, m.text(&d.message))).collect();
    let warnings_text: Vec<(&Diagnostic, String)> =
        warnings.iter().map(|d| (*d, m.text(&d.message))).collect();
    // Errors first; when the list is too long, a few lines stay for the warnings, and
    // each kind says how many more there are.
    let (eg, wg) = (group(&errors_text), group(&warnings_text));
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
            1 => place.push_str(&m.text(&msg!("remaining-line", line = lines[0]))),
            n => {
                let shown: Vec<String> = lines.iter().take(6).map(usize::to_string).collect();
                let text = if n > 6 {
                    msg!(
                        "remaining-lines-more",
                        lines = shown.join(", "),
                        more = n - 6
                    )
                } else {
                    msg!("remaining-lines", lines = shown.join(", "))
                };
                place.push_str(&m.text(&text));
            }
        }
        let mut place = place.trim_end_matches(": ").to_string();
        if severity == Severity::Warning {
            if !place.is_empty() {
                place.push(' ');
            }
            place.push_str(&m.t("remaining-warning"));
        }
        let message = visible(message);
        if place.is_empty() {
            out.push_str(&format!("  {message}\n"));
        } else {
            out.push_str(&format!("  {place}: {message}\n"));
        }
    }
    for (shown, all, id) in [
        (e_show, eg.len(), "remaining-more-errors"),
        (w_show, wg.len(), "remaining-more-warnings"),
    ] {
        if all > shown {
            let more = m.format(id, &[("n", Arg::from(all - shown))]);
            out.push_str(&format!("  {more}\n"));
        }
    }
    no_commands(&out).into_owned()
}

/// At most this many lines in the "Not checked" list.
const NOT_CHECKED_LINES: usize = 15;

/// What could not be checked because it did not load: the officer must know the checks
/// did not cover it, and that fixing the errors above brings it back.
pub fn not_checked(s: &Summary, m: &Messages) -> String {
    if s.not_checked.is_empty() {
        return String::new();
    }
    let many_files = s
        .not_checked
        .iter()
        .any(|n| n.file != s.not_checked[0].file);
    let heading = msg!("not-checked-heading", n = s.not_checked.len());
    let mut out = format!("\n{}\n", m.text(&heading));
    for n in s.not_checked.iter().take(NOT_CHECKED_LINES) {
        let place = if many_files {
            m.text(&msg!(
                "not-checked-file-line",
                file = n.file.as_str(),
                line = n.line
            ))
        } else {
            m.text(&msg!("not-checked-line", line = n.line))
        };
        let rules = if n.rules.is_empty() {
            String::new()
        } else {
            let so = msg!(
                "not-checked-rules",
                rules = n.rules.join(", "),
                n = n.rules.len()
            );
            format!(" {}", m.text(&so))
        };
        out.push_str(&visible(&format!("  {place}: {}{rules}", m.text(&n.shown))));
        out.push('\n');
    }
    if s.not_checked.len() > NOT_CHECKED_LINES {
        let more = msg!(
            "not-checked-more",
            n = s.not_checked.len() - NOT_CHECKED_LINES
        );
        out.push_str(&format!("  {}\n", m.text(&more)));
    }
    out
}

/// One line of "What remains": a file, a message and the lines it occurs on.
type Group<'a> = (crate::diagnostic::FileId, &'a str, Vec<usize>);

/// Groups findings by (file, message), in the order of first appearance; a finding's
/// related places in the same file (a repeated text) add their lines.
fn group<'a>(found: &'a [(&'a Diagnostic, String)]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for (d, message) in found {
        let i = match groups
            .iter()
            .position(|(f, m, _)| *f == d.file && m.eq_ignore_ascii_case(message))
        {
            Some(i) => i,
            None => {
                groups.push((d.file, message, Vec::new()));
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
