//! GitHub Actions workflow commands (`--format github`): one `::error` or `::warning`
//! line per unsuppressed diagnostic, which GitHub shows as an annotation on the line of
//! the pull request's diff, then a plain summary line for the job log, and a last line
//! saying how many GitHub leaves out (it shows [`ANNOTATIONS_PER_STEP`] of each kind).
//! In GitHub Actions every finding also goes to the job summary as a Markdown table
//! ([`step_summary`]).
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

/// GitHub shows at most this many error annotations, and as many warning annotations,
/// per step of a job.
pub const ANNOTATIONS_PER_STEP: usize = 10;

/// GitHub's limit on the job summary that one step writes, in bytes (1 MiB), less room
/// for the table's heading and the closing line.
pub const SUMMARY_BUDGET: usize = 1024 * 1024 - 4096;

/// The annotations, the summary line and, when there are more errors or warnings than
/// GitHub shows, a last line saying how many are not shown and where all of them are
/// (`in_step_summary`: in the job summary; else in the log).
pub fn render(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    m: &Messages,
    in_step_summary: bool,
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
    if let Some(line) = left_out(summary, m, in_step_summary) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// "GitHub shows at most 10 error and 10 warning annotations per step; not shown as
/// annotations: 3 errors. …", or `None` when GitHub shows them all.
pub fn left_out(summary: &Summary, m: &Messages, in_step_summary: bool) -> Option<String> {
    let errors = summary.errors.saturating_sub(ANNOTATIONS_PER_STEP);
    let warnings = summary.warnings.saturating_sub(ANNOTATIONS_PER_STEP);
    if errors == 0 && warnings == 0 {
        return None;
    }
    let mut counts = Vec::new();
    if errors > 0 {
        counts.push(m.text(&crate::msg!("remaining-errors", n = errors)));
    }
    if warnings > 0 {
        counts.push(m.text(&crate::msg!("remaining-warnings", n = warnings)));
    }
    let line = crate::msg!(
        "ci-left-out",
        limit = ANNOTATIONS_PER_STEP,
        counts = counts.join(", "),
        summary = if in_step_summary { "yes" } else { "no" }
    );
    Some(m.text(&line))
}

/// Text for a cell of a Markdown table: visible (no control characters), with `|` and
/// the characters of HTML escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        for c in crate::report::visible(line).chars() {
            match c {
                '|' => out.push_str("\\|"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                c => out.push(c),
            }
        }
    }
    out
}

/// Where a file's line is on GitHub, from the variables GitHub Actions sets
/// (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_SHA`); `None` outside it or for an
/// absolute path.
pub struct Links {
    base: Option<String>,
}

impl Links {
    /// From the environment.
    pub fn from_env() -> Links {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let base = match (
            var("GITHUB_SERVER_URL"),
            var("GITHUB_REPOSITORY"),
            var("GITHUB_SHA"),
        ) {
            (Some(server), Some(repo), Some(sha)) => Some(format!(
                "{}/{repo}/blob/{sha}/",
                server.trim_end_matches('/')
            )),
            _ => None,
        };
        Links { base }
    }

    /// No links.
    pub fn none() -> Links {
        Links { base: None }
    }

    fn to(&self, path: &std::path::Path, line: Option<usize>) -> Option<String> {
        let base = self.base.as_ref()?;
        if path.is_absolute() {
            return None;
        }
        let uri = crate::report::sarif::uri(path);
        Some(match line {
            Some(line) => format!("{base}{uri}#L{line}"),
            None => format!("{base}{uri}"),
        })
    }
}

/// The job summary (`$GITHUB_STEP_SUMMARY`): a heading with the summary line, then a
/// Markdown table of every finding, suppressed ones too (saying so, with the reason),
/// each file linked to its line when `links` can; rows past [`SUMMARY_BUDGET`] bytes
/// are counted instead of written.
pub fn step_summary(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    m: &Messages,
    links: &Links,
) -> String {
    let mut out = format!(
        "## {}\n\n{}\n",
        cell(&m.t("ci-summary-heading")),
        cell(summary_line(summary, m).trim_end())
    );
    if diagnostics.is_empty() {
        return out;
    }
    let _ = write!(
        out,
        "\n| {} | {} | {} | {} | {} |\n|---|---:|---|---|---|\n",
        cell(&m.t("ci-summary-file")),
        cell(&m.t("ci-summary-line")),
        cell(&m.t("ci-summary-severity")),
        cell(&m.t("ci-summary-rule")),
        cell(&m.t("ci-summary-message")),
    );
    let mut left = 0;
    for d in diagnostics {
        if left > 0 {
            left += 1;
            continue;
        }
        let file = files.get(d.file);
        let path = cell(&crate::report::visible_path(&file.path));
        let line = d.span.map(|s| s.line);
        let place = match links.to(&file.path, line) {
            Some(url) => format!("[{path}]({url})"),
            None => path,
        };
        let severity = crate::messages::severity(m, d.severity);
        let severity = match &d.suppressed {
            Some(reason) => m.text(&crate::msg!(
                "ci-summary-suppressed",
                severity = severity,
                reason = reason.as_str()
            )),
            None => severity,
        };
        let mut message = m.text(&d.message);
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(&m.text(&crate::msg!("report-help", help = m.text(help))));
        }
        let row = format!(
            "| {place} | {} | {} | `{}` | {} |\n",
            line.map(|l| l.to_string()).unwrap_or_default(),
            cell(&severity),
            cell(d.rule),
            cell(&message),
        );
        if out.len() + row.len() > SUMMARY_BUDGET {
            left = 1;
            continue;
        }
        out.push_str(&row);
    }
    if left > 0 {
        let _ = writeln!(
            out,
            "\n{}",
            cell(&m.text(&crate::msg!("ci-summary-more", n = left)))
        );
    }
    out
}

/// Appends the job summary to `$GITHUB_STEP_SUMMARY` when running in GitHub Actions
/// (`GITHUB_ACTIONS=true`). `Ok(false)` when not in GitHub Actions.
pub fn write_step_summary(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    m: &Messages,
) -> Result<bool, (String, std::io::Error)> {
    let in_actions = std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(false);
    };
    if !in_actions {
        return Ok(false);
    }
    let text = step_summary(diagnostics, files, summary, m, &Links::from_env());
    let shown = crate::report::visible_path(std::path::Path::new(&path));
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .map_err(|e| (shown.clone(), e))?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| (shown, e))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_in_their_column() {
        assert_eq!(
            cell("a|b <i>&\nc\u{1b}"),
            "a\\|b &lt;i&gt;&amp;<br>c\\u{1b}"
        );
    }

    #[test]
    fn escapes_as_github_documents() {
        assert_eq!(escape_data("100% a\r\nb: c, d"), "100%25 a%0D%0Ab: c, d");
        assert_eq!(
            escape_property("C:\\x,y%\n"),
            "C%3A\\x%2Cy%25%0A".to_string()
        );
    }
}
