//! One diagnostic type for every problem seloste finds, whatever found it: the YAML
//! parser, the schema, the loader or a rule. Reporters in `src/report/` turn a list of
//! them into terminal text (miette) or JSON.

use crate::load::tree::Span;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// Index of a file in [`Files`].
pub type FileId = usize;

/// A source file as read, kept so diagnostics can show snippets.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as given on the command line (or found under a directory given there).
    pub path: PathBuf,
    /// The text; empty when the file could not be read or decoded.
    pub text: Arc<str>,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: Arc<str>) -> SourceFile {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// Byte offset of 1-based `line` and character `column`, clamped into the text.
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        let end = rest.find('\n').unwrap_or(rest.len());
        rest[..end]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map(|(i, _)| start + i)
            .unwrap_or(start + end)
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        (line, col)
    }
}

/// Every file read in one run.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<SourceFile>,
}

impl Files {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        self.files.len() - 1
    }
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }
    pub fn len(&self) -> usize {
        self.files.len()
    }
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// A problem in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable rule id, e.g. `purpose-basis` or `yaml-syntax`.
    pub rule: &'static str,
    pub severity: Severity,
    /// The law or guideline the rule enforces, e.g. "GDPR Art 13(1)(c), 14(1)(c)".
    pub article: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What the underlined text is.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
    pub file: FileId,
    /// Where in the file; `None` for problems with the whole file (unreadable, too large).
    pub span: Option<Span>,
    /// Set when the register silences this rule here, with the reason it gives. A
    /// suppressed diagnostic is still reported (JSON, SARIF) but does not fail the check.
    pub suppressed: Option<String>,
    /// Other places the problem involves (the other file with the same id, the other
    /// items with the same text), shown as secondary locations.
    pub related: Vec<Related>,
}

impl Related {
    /// "path:line:column" (or just the path for a whole file), for plain-text reports.
    pub fn place(&self, files: &Files) -> String {
        let f = files.get(self.file);
        match self.span {
            Some(s) => format!("{}:{}:{}", f.path.display(), s.line, s.column),
            None => f.path.display().to_string(),
        }
    }
}

/// A secondary location of a [`Diagnostic`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub file: FileId,
    pub span: Option<Span>,
    /// What is at that place.
    pub label: String,
    /// True when the place is the same defect again (one text copied onto several items,
    /// one id in two files): it must be fixed there too. False for a place that only
    /// explains the finding (another word of the same kind in the same item).
    pub repeats: bool,
}

impl Diagnostic {
    pub fn new(
        info: &'static RuleInfo,
        file: FileId,
        span: Option<Span>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            rule: info.id,
            severity: info.severity,
            article: info.article,
            message: message.into(),
            label: None,
            help: None,
            file,
            span,
            suppressed: None,
            related: Vec::new(),
        }
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }
    pub fn set_help(&mut self, help: impl Into<String>) -> &mut Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn set_label(&mut self, label: impl Into<String>) -> &mut Diagnostic {
        self.label = Some(label.into());
        self
    }
    /// Sort key: file, position, rule.
    pub fn sort_key(&self) -> (FileId, usize, &'static str, &str) {
        (
            self.file,
            self.span.map(|s| s.offset).unwrap_or(0),
            self.rule,
            &self.message,
        )
    }
}

/// What a rule (or a load check) is: its id, severity, the article it enforces and its
/// documentation, which is what `seloste explain <id>` prints.
#[derive(Debug)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub article: &'static str,
    pub doc: &'static str,
}

impl RuleInfo {
    /// The documentation as Markdown: the doc comment without its leading spaces.
    pub fn doc_text(&self) -> String {
        self.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }

    /// The first line of the documentation: a one-line summary.
    pub fn summary(&self) -> &'static str {
        self.doc
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    }
}

/// Declares a rule or load check: a unit struct whose doc comment is its explanation.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            id: $id:literal,
            severity: $sev:ident,
            article: $article:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis struct $name;
        impl $name {
            pub const INFO: $crate::diagnostic::RuleInfo = $crate::diagnostic::RuleInfo {
                id: $id,
                severity: $crate::diagnostic::Severity::$sev,
                article: $article,
                doc: concat!($($doc, "\n"),*),
            };
        }
    };
}
