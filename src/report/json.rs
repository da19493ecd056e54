//! Machine-readable diagnostics (`--format json`). The shape is documented in README.md
//! and versioned: fields are only ever added.

use crate::diagnostic::{Diagnostic, Files, Severity};
use crate::report::Summary;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    summary: &'a Summary,
    diagnostics: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    offset: Option<usize>,
    length: Option<usize>,
    rule: &'a str,
    severity: Severity,
    article: &'a str,
    message: &'a str,
    label: Option<&'a str>,
    help: Option<&'a str>,
    /// The reason given in the `suppress:` entry that silences this finding.
    suppressed: Option<&'a str>,
    /// Other places the finding involves (e.g. the other file with the same id); left
    /// out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<Place<'a>>,
}

#[derive(Serialize)]
struct Place<'a> {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    offset: Option<usize>,
    length: Option<usize>,
    label: &'a str,
}

pub fn render(diagnostics: &[Diagnostic], files: &Files, summary: &Summary) -> String {
    let items = diagnostics
        .iter()
        .map(|d| {
            let file = files.get(d.file);
            let end = d.span.map(|s| file.line_col(s.offset + s.len));
            Item {
                file: file.path.display().to_string(),
                line: d.span.map(|s| s.line),
                column: d.span.map(|s| s.column),
                end_line: end.map(|e| e.0),
                end_column: end.map(|e| e.1),
                offset: d.span.map(|s| s.offset),
                length: d.span.map(|s| s.len),
                rule: d.rule,
                severity: d.severity,
                article: d.article,
                message: &d.message,
                label: d.label.as_deref(),
                help: d.help.as_deref(),
                suppressed: d.suppressed.as_deref(),
                related: d
                    .related
                    .iter()
                    .map(|r| {
                        let f = files.get(r.file);
                        let end = r.span.map(|s| f.line_col(s.offset + s.len));
                        Place {
                            file: f.path.display().to_string(),
                            line: r.span.map(|s| s.line),
                            column: r.span.map(|s| s.column),
                            end_line: end.map(|e| e.0),
                            end_column: end.map(|e| e.1),
                            offset: r.span.map(|s| s.offset),
                            length: r.span.map(|s| s.len),
                            label: &r.label,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let mut s = crate::report::json_pretty(&Output {
        version: 1,
        summary,
        diagnostics: items,
    });
    s.push('\n');
    s
}
