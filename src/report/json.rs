//! Machine-readable diagnostics (`--format json`). The shape is documented in README.md
//! and versioned: fields are only ever added.

use crate::diagnostic::Span;
use crate::diagnostic::{Diagnostic, FileId, Files, Severity};
use crate::messages::Messages;
use crate::report::Summary;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    summary: &'a Summary,
    diagnostics: Vec<Item<'a>>,
    /// Every register that loaded, with its version id (left out when not given).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    registers: &'a [RegisterVersion],
}

/// A register and the version id of its facts (see src/diff/facts.rs), so that a
/// consent record or a support ticket can cite the version a person saw.
#[derive(Serialize, Clone, Debug)]
pub struct RegisterVersion {
    pub file: String,
    pub id: String,
    pub version: String,
}

/// The version of every register of `ws` that loaded, in file order.
pub fn versions(ws: &crate::load::Workspace, today: crate::model::Date) -> Vec<RegisterVersion> {
    (0..ws.docs.len())
        .filter_map(|i| crate::check::notice(ws, i, today))
        .map(|n| RegisterVersion {
            file: ws.files.get(n.reg.file).path.display().to_string(),
            id: n.register.meta.id.clone(),
            version: crate::diff::facts::version_of(&n),
        })
        .collect()
}

/// A file and a place in it; all `null` for a problem with the whole file.
#[derive(Serialize)]
struct Position {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    offset: Option<usize>,
    length: Option<usize>,
}

impl Position {
    fn of(files: &Files, file: FileId, span: Option<Span>) -> Position {
        let f = files.get(file);
        let end = span.map(|s| f.line_col(s.offset + s.len));
        Position {
            file: f.path.display().to_string(),
            line: span.map(|s| s.line),
            column: span.map(|s| s.column),
            end_line: end.map(|e| e.0),
            end_column: end.map(|e| e.1),
            offset: span.map(|s| s.offset),
            length: span.map(|s| s.len),
        }
    }
}

#[derive(Serialize)]
struct Item<'a> {
    #[serde(flatten)]
    at: Position,
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
    #[serde(flatten)]
    at: Position,
    label: &'a str,
    /// True when the place is the same defect again, to be fixed there too.
    repeats: bool,
}

pub fn render(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    m: &Messages,
) -> String {
    render_with_versions(diagnostics, files, summary, &[], m)
}

/// [`render`], with the registers' version ids (`check --format json`).
pub fn render_with_versions(
    diagnostics: &[Diagnostic],
    files: &Files,
    summary: &Summary,
    registers: &[RegisterVersion],
    m: &Messages,
) -> String {
    let texts: Vec<(String, Option<String>, Option<String>, Vec<String>)> = diagnostics
        .iter()
        .map(|d| {
            (
                m.text(&d.message),
                d.label.as_ref().map(|l| m.text(l)),
                d.help.as_ref().map(|h| m.text(h)),
                d.related.iter().map(|r| m.text(&r.label)).collect(),
            )
        })
        .collect();
    let items = diagnostics
        .iter()
        .zip(&texts)
        .map(|(d, (message, label, help, related))| Item {
            at: Position::of(files, d.file, d.span),
            rule: d.rule,
            severity: d.severity,
            article: d.article,
            message,
            label: label.as_deref(),
            help: help.as_deref(),
            suppressed: d.suppressed.as_deref(),
            related: d
                .related
                .iter()
                .zip(related)
                .map(|(r, label)| Place {
                    at: Position::of(files, r.file, r.span),
                    label,
                    repeats: r.repeats,
                })
                .collect(),
        })
        .collect();
    let mut s = crate::report::json_pretty(&Output {
        version: 1,
        summary,
        diagnostics: items,
        registers,
    });
    s.push('\n');
    s
}
