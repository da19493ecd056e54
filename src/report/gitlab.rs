//! GitLab Code Quality (`--format gitlab`): a JSON array with one issue per unsuppressed
//! finding, which GitLab shows in the merge request's Code Quality widget and on the
//! diff when the job keeps it as `artifacts:reports:codequality`.
//!
//! Fields, as GitLab documents them (a subset of the Code Climate spec): `description`,
//! `check_name` (the rule id), `fingerprint` (unique in the report, stable when lines
//! move: [`crate::report::fingerprints`]), `severity` (`major` for an error, `minor` for a
//! warning), `location.path` (relative to the repository root, as given) and
//! `location.lines.begin`. A problem with a whole file is put on its line 1.
//!
//! See <https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format>.

use crate::diagnostic::{Diagnostic, Files, Severity};
use crate::messages::Messages;
use serde_json::{Value, json};

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
    }
}

pub fn render(diagnostics: &[Diagnostic], files: &Files, m: &Messages) -> String {
    let fingerprints = crate::report::fingerprints(diagnostics, files);
    let issues: Vec<Value> = diagnostics
        .iter()
        .zip(&fingerprints)
        .filter(|(d, _)| d.suppressed.is_none())
        .map(|(d, fingerprint)| {
            let file = files.get(d.file);
            let mut description = m.text(&d.message);
            if let Some(help) = &d.help {
                description.push('\n');
                description.push_str(&m.text(&crate::msg!("report-help", help = m.text(help))));
            }
            json!({
                "description": description,
                "check_name": d.rule,
                "fingerprint": fingerprint,
                "severity": severity(d.severity),
                "location": {
                    "path": crate::report::ci_path(&file.path),
                    "lines": { "begin": d.span.map(|s| s.line).unwrap_or(1) },
                },
            })
        })
        .collect();
    let mut s = crate::report::json_pretty(&issues);
    s.push('\n');
    s
}
