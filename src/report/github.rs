//! GitHub Actions workflow commands (`--format github`): one `::error` or `::warning`
//! line per unsuppressed diagnostic, which GitHub shows as an annotation on the line of
//! the pull request's diff, then a plain summary line for the job log.
//!
//! See <https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions>.

use crate::diagnostic::{Diagnostic, Files, Severity};
use crate::messages::Messages;
use crate::report::Summary;
use crate::report::human::summary_line;
use std::fmt::Write;

/// Escapes the message (the part after `::`) of a workflow command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`) of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    m: &Messages,
) -> String {
    let mut out = String::new();
    for d in diagnostics.iter().filter(|d| d.suppressed.is_none()) {
        let file = files.get(d.file);
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // A file name may hold a line break or an escape: shown visibly, then escaped.
        let path = crate::report::visible_path(&file.path);
        let mut props = format!("file={}", escape_property(&path));
        if let Some(span) = d.span {
            let (end_line, end_column) = file.line_col(span.offset + span.len);
            let _ = write!(
                props,
                ",line={},col={},endLine={end_line},endColumn={end_column}",
                span.line, span.column
            );
        }
        let _ = write!(
            props,
            ",title={}",
            escape_property(&crate::report::visible(d.rule))
        );
        // Each part made visible first (no control characters from input), then joined
        // with the line breaks GitHub shows in the annotation, escaped as it documents.
        let mut message = crate::report::visible(&m.text(&d.message)).into_owned();
        if let Some(help) = &d.help {
            message.push('\n');
            let help = crate::msg!("report-help", help = m.text(help));
            message.push_str(&crate::report::visible(&m.text(&help)));
        }
        for r in &d.related {
            message.push('\n');
            let also = crate::msg!(
                "report-also",
                place = r.place(files),
                label = m.text(&r.label)
            );
            message.push_str(&crate::report::visible(&m.text(&also)));
        }
        if !d.article.is_empty() {
            message.push('\n');
            let article = crate::messages::article(m, d.rule, d.article);
            message.push_str(&m.text(&crate::msg!("report-see", article = article)));
        }
        let _ = writeln!(out, "::{command} {props}::{}", escape_data(&message));
    }
    out.push_str(&summary_line(summary, m));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_documents() {
        assert_eq!(escape_data("100% a\r\nb: c, d"), "100%25 a%0D%0Ab: c, d");
        assert_eq!(
            escape_property("C:\\x,y%\n"),
            "C%3A\\x%2Cy%25%0A".to_string()
        );
    }
}
