//! One diagnostic type for every problem seloste finds, whatever found it: the YAML
//! parser, the schema, the loader or a rule. Reporters in `src/report/` turn a list of
//! them into terminal text (miette) or JSON.

use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

/// Where a node is: byte offset and length in the source, 1-based line and column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub offset: usize,
    pub len: usize,
    pub line: usize,
    pub column: usize,
}

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

    /// The bytes of the lines `before` lines above the one `offset` is on to `after` lines
    /// below the one `end` is on (as far as the text goes), and the 0-based number of its
    /// first line: a snippet's lines, found without reading the text from its start.
    pub fn lines_around(
        &self,
        offset: usize,
        end: usize,
        before: usize,
        after: usize,
    ) -> (std::ops::Range<usize>, usize) {
        let line_of = |at: usize| {
            self.line_starts
                .partition_point(|&s| s <= at.min(self.text.len()))
                - 1
        };
        let first = line_of(offset).saturating_sub(before);
        let last = line_of(end.max(offset)).saturating_add(after);
        let start = self.line_starts[first];
        let stop = self
            .line_starts
            .get(last.saturating_add(1))
            .copied()
            .unwrap_or(self.text.len());
        (start..stop, first)
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

/// Words for the officer: a message of the catalogs (`messages/`) with its arguments, put
/// into words by the reporter in the language the officer reads (see `crate::messages`), or
/// a text that is not translated (a file name, the YAML parser's own words).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Msg {
    /// A catalog message and its arguments.
    Id(&'static str, Vec<(&'static str, Arg)>),
    /// Text as it is.
    Raw(String),
}

/// An argument of a catalog message.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Str(String),
    Num(i64),
    /// Words that are themselves a message (a section's name, a basis's name).
    Msg(Box<Msg>),
    /// A country by its ISO 3166 code (`US`), named in the officer's language.
    Country(String),
    /// Several arguments, joined into one list in the officer's language.
    List(Vec<Arg>),
}

impl Arg {
    /// The country `code`, named in the officer's language.
    pub fn country(code: &str) -> Arg {
        Arg::Country(code.to_string())
    }
    /// The countries `codes`, named and joined in the officer's language.
    pub fn countries<S: AsRef<str>>(codes: impl IntoIterator<Item = S>) -> Arg {
        Arg::List(
            codes
                .into_iter()
                .map(|c| Arg::country(c.as_ref()))
                .collect(),
        )
    }
}

impl Msg {
    /// The message `id` with `args`.
    pub fn id(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg::Id(id, args)
    }
    /// True for a text that has not been given in a catalog.
    pub fn is_raw(&self) -> bool {
        matches!(self, Msg::Raw(_))
    }
}

impl From<String> for Msg {
    fn from(s: String) -> Msg {
        Msg::Raw(s)
    }
}
impl From<&str> for Msg {
    fn from(s: &str) -> Msg {
        Msg::Raw(s.to_string())
    }
}
impl From<&String> for Msg {
    fn from(s: &String) -> Msg {
        Msg::Raw(s.clone())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(usize, u32, u64, i32, i64);

/// A catalog message: `msg!("vague-wording-message", word = w)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::diagnostic::Msg::id($id, vec![$((stringify!($k), $crate::diagnostic::Arg::from($v))),*])
    };
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
    pub message: Msg,
    /// What the underlined text is.
    pub label: Option<Msg>,
    /// How to fix it.
    pub help: Option<Msg>,
    pub file: FileId,
    /// Where in the file; `None` for problems with the whole file (unreadable, too large).
    pub span: Option<Span>,
    /// Set when the register silences this rule here, with the reason it gives. A
    /// suppressed diagnostic is still reported (JSON, SARIF) but does not fail the check.
    pub suppressed: Option<String>,
    /// Other places the problem involves (the other file with the same id, the other
    /// items with the same text), shown as secondary locations.
    pub related: Vec<Related>,
    /// A fix seloste can make itself: text to write instead of a span of the file (the
    /// editor's quick fix, `seloste lsp`).
    pub fix: Option<Fix>,
}

/// A machine-readable fix of a [`Diagnostic`]: write `text` instead of the bytes at
/// `span` (of the diagnostic's file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub span: Span,
    pub text: String,
    /// What the fix does, for the officer (the code action's title).
    pub title: Msg,
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
    pub label: Msg,
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
        message: impl Into<Msg>,
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
            fix: None,
        }
    }
    pub fn with_help(mut self, help: impl Into<Msg>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn with_label(mut self, label: impl Into<Msg>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }
    pub fn set_help(&mut self, help: impl Into<Msg>) -> &mut Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn set_label(&mut self, label: impl Into<Msg>) -> &mut Diagnostic {
        self.label = Some(label.into());
        self
    }
    pub fn set_fix(&mut self, fix: Fix) -> &mut Diagnostic {
        self.fix = Some(fix);
        self
    }
    /// Sort key: file, position, rule.
    pub fn sort_key(&self) -> (FileId, usize, &'static str, &Msg) {
        (
            self.file,
            self.span.map(|s| s.offset).unwrap_or(0),
            self.rule,
            &self.message,
        )
    }
}

/// What a rule (or a load check) is: its id, severity, the article it enforces, and its
/// words in each language: its documentation (what `seloste explain <id>` prints) and its
/// messages, both kept in `messages/rules/` beside each other (`<id>.<lang>.md`,
/// `<id>.<lang>.ftl`), built into the binary.
#[derive(Debug)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub article: &'static str,
    /// The documentation per language (Markdown), English first.
    pub docs: &'static [(&'static str, &'static str)],
    /// The rule's catalog per language (Fluent), English first.
    pub catalog: &'static [(&'static str, &'static str)],
    /// How often a finding of the rule is a real defect (SARIF's `precision`).
    pub precision: Precision,
    /// The keys of a register or organisation file the rule reads, as paths in the
    /// schema's naming with list items left out (`purposes.basis`,
    /// `categories.retention`, `controller.email`): a path stands for the key and
    /// everything under it. Shown on hover in the editor (`seloste lsp`).
    pub reads: &'static [&'static str],
    /// True when the rule reads every text of the notice (the prose fields:
    /// `crate::rules::text_scan::PROSE_KEYS`), besides `reads`.
    pub reads_texts: bool,
}

/// How far a rule's findings can be trusted, in SARIF's words (`very-high`, `high`,
/// `medium`, `low`). A rule that reads the structure of a register is `VeryHigh`; one
/// that reads words in free text is declared lower, going by its held-out figures in
/// RULES.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    VeryHigh,
    High,
    Medium,
    Low,
}

impl Precision {
    /// The value of SARIF's `properties.precision`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::VeryHigh => "very-high",
            Precision::High => "high",
            Precision::Medium => "medium",
            Precision::Low => "low",
        }
    }
}

/// The languages seloste speaks to the officer, English (the fallback) first.
pub const LANGUAGES: [&str; 3] = ["en", "fi", "sv"];

impl RuleInfo {
    /// The documentation in `lang` (English when there is none in it), as Markdown.
    pub fn doc_in(&self, lang: &str) -> &'static str {
        let find = |l: &str| {
            self.docs
                .iter()
                .find(|(d, t)| *d == l && !t.trim().is_empty())
                .map(|(_, t)| t.trim())
        };
        find(lang).or_else(|| find("en")).unwrap_or("")
    }

    /// The documentation in English.
    pub fn doc_text(&self) -> String {
        self.doc_in("en").to_string()
    }

    /// The first line of the documentation in `lang`: a one-line summary.
    pub fn summary_in(&self, lang: &str) -> &'static str {
        self.doc_in(lang)
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    }

    /// The one-line summary in English.
    pub fn summary(&self) -> &'static str {
        self.summary_in("en")
    }
}

/// Declares a rule or load check: a unit struct with its id, severity and article (and
/// its [`Precision`] when lower than `VeryHigh`), then the keys it reads (`reads: [...]`,
/// see [`RuleInfo::reads`]) and `texts: true` when it reads every text; its words are read from
/// `messages/rules/<id>.<lang>.md` and `.ftl` (a missing file is a compile error).
#[macro_export]
macro_rules! declare_rule {
    (@precision) => { $crate::diagnostic::Precision::VeryHigh };
    (@precision $precision:ident) => { $crate::diagnostic::Precision::$precision };
    (@texts) => { false };
    (@texts $texts:literal) => { $texts };
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            id: $id:literal,
            severity: $sev:ident,
            article: $article:literal
            $(, precision: $precision:ident)?
            $(, reads: [$($reads:literal),* $(,)?])?
            $(, texts: $texts:literal)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis struct $name;
        impl $name {
            pub const INFO: $crate::diagnostic::RuleInfo = $crate::diagnostic::RuleInfo {
                id: $id,
                severity: $crate::diagnostic::Severity::$sev,
                article: $article,
                docs: &[
                    ("en", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/rules/", $id, ".en.md"))),
                    ("fi", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/rules/", $id, ".fi.md"))),
                    ("sv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/rules/", $id, ".sv.md"))),
                ],
                catalog: &[
                    ("en", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/rules/", $id, ".en.ftl"))),
                    ("fi", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/rules/", $id, ".fi.ftl"))),
                    ("sv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/rules/", $id, ".sv.ftl"))),
                ],
                precision: $crate::declare_rule!(@precision $($precision)?),
                reads: &[$($($reads),*)?],
                reads_texts: $crate::declare_rule!(@texts $($texts)?),
            };
        }
    };
}
