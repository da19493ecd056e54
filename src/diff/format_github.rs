//! `seloste diff --format github`: a GitHub Actions workflow command per change (a
//! warning for a material change without a changelog entry, else a notice), shown on the
//! line of the pull request's diff, and the Markdown report appended to the job summary
//! (the file `$GITHUB_STEP_SUMMARY` names) when run in a job.
//!
//! `check --format github` (src/report/github.rs) writes only workflow commands; the job
//! summary is new here, documented with the command in README.md.

use super::RegisterDiff;
use super::format_human::{class, values, what};
use crate::messages::Messages;
use crate::report::github::{escape_data, escape_property};
use crate::report::visible;

pub fn render(diffs: &[RegisterDiff], m: &Messages) -> String {
    let lang = m.lang();
    let mut out = String::new();
    for d in diffs {
        for c in &d.changes {
            let command = if c.class == super::Class::Material && !d.changelog_entry {
                "warning"
            } else {
                "notice"
            };
            let mut props = String::new();
            if let Some(at) = &c.at {
                props.push_str(&format!("file={}", escape_property(&visible(&at.file))));
                if let Some(line) = at.line {
                    props.push_str(&format!(",line={line}"));
                }
                props.push(',');
            }
            props.push_str(&format!(
                "title={}",
                escape_property(&visible(&format!("{} ({})", d.id, class(c.class, m))))
            ));
            let mut message = visible(&what(c, m)).into_owned();
            if let Some(v) = values(c, lang, m) {
                message.push('\n');
                message.push_str(&visible(&v));
            }
            message.push('\n');
            message.push_str(&visible(
                &m.format(&format!("diff-reason-{}", c.reason), &[]),
            ));
            out.push_str(&format!("::{command} {props}::{}\n", escape_data(&message)));
        }
    }
    out.push_str(&visible(&super::format_human::summary(diffs, m)));
    out.push('\n');
    out
}

/// Appends the Markdown report to the job summary file, when `$GITHUB_STEP_SUMMARY` names
/// one. An error writing it is returned for the caller to report.
pub fn write_summary(diffs: &[RegisterDiff], m: &Messages) -> std::io::Result<()> {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)?;
    f.write_all(super::format_markdown::render(diffs, m).as_bytes())
}
