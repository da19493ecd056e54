//! PDF output: the notice typeset by Typst, used as a library.
//!
//! The notice is laid out by a fixed Typst template (`templates/notice.typ`, replaceable
//! through `--templates` like the other templates) that reads the view model as data: the
//! renderer puts it into a virtual file `view.json` that the template loads with
//! `json("view.json")`. No register value is ever read as Typst code, so no value can
//! inject markup; Markdown fields arrive as a small tree (`render::markdown::to_tree`)
//! that the template walks.
//!
//! Typst runs in a [`World`] of seloste's own: the standard library and a font book of
//! the DejaVu faces shipped in `fonts/` (embedded with `include_bytes!`), built once per
//! process; no system font, no package, no file on disk, no clock (`today()` is `None`).
//! The PDF is tagged and, by default, passes Typst's PDF/UA-1 checks; a fixed document
//! identifier and no timestamp make the output byte-identical run to run.

use crate::diagnostic::Msg;
use crate::msg;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards};

static REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// The margins of the built-in template's pages in millimetres (`templates/notice.typ`
/// sets them; the tests check that every word lies inside them).
pub const MARGIN_TOP_MM: f32 = 20.0;
pub const MARGIN_RIGHT_MM: f32 = 20.0;
pub const MARGIN_BOTTOM_MM: f32 = 22.0;
pub const MARGIN_LEFT_MM: f32 = 20.0;

/// The virtual path of the template in the Typst world.
const TEMPLATE_PATH: &str = "/notice.typ";
/// The virtual path of the notice's data.
const VIEW_PATH: &str = "/view.json";

/// The PDF standard a notice is written to (`--pdf-standard`). Every PDF is tagged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum PdfStandard {
    /// PDF/UA-1 (accessible): Typst checks it on export.
    #[default]
    #[value(name = "ua-1")]
    Ua1,
    /// PDF/A-2b (archival) and PDF/UA-1.
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-3b (archival) and PDF/UA-1.
    #[value(name = "a-3b")]
    A3b,
}

impl PdfStandard {
    fn standards(self) -> Vec<typst_pdf::PdfStandard> {
        use typst_pdf::PdfStandard as S;
        match self {
            PdfStandard::Ua1 => vec![S::Ua_1],
            PdfStandard::A2b => vec![S::A_2b, S::Ua_1],
            PdfStandard::A3b => vec![S::A_3b, S::Ua_1],
        }
    }
}

/// Why no PDF could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The shipped fonts could not be read (a build problem, not an input one).
    Fonts,
    /// The Typst template failed on this notice: its file, the line, and Typst's words.
    Template {
        file: String,
        line: Option<usize>,
        error: String,
    },
    /// The document was typeset but could not be written as the standard asks.
    Export(String),
    /// Typst panicked on this input.
    Internal(String),
}

impl PdfError {
    /// The problem in the officer's words.
    pub fn msg(&self) -> Msg {
        match self {
            PdfError::Fonts => msg!("pdf-fonts"),
            PdfError::Template {
                file,
                line: Some(line),
                error,
            } => msg!("pdf-template", file = file, line = *line, error = error),
            PdfError::Template {
                file,
                line: None,
                error,
            } => msg!("pdf-template-no-line", file = file, error = error),
            PdfError::Export(e) => msg!("pdf-export", error = e),
            PdfError::Internal(m) => msg!("pdf-internal", error = m),
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::messages::en(&self.msg()))
    }
}

impl std::error::Error for PdfError {}

/// A Typst template, parsed once, with the name it is reported under.
pub struct TypstTemplate {
    source: Source,
    /// The file named in errors: the user's `notice.typ` or the built-in one's name.
    pub origin: String,
}

impl TypstTemplate {
    pub fn new(text: &str, origin: &str) -> TypstTemplate {
        TypstTemplate {
            source: Source::new(file_id(TEMPLATE_PATH), text.to_string()),
            origin: origin.to_string(),
        }
    }
}

fn file_id(path: &str) -> FileId {
    // The paths are constants that are valid virtual paths.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("{path}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// What every document shares: the standard library and the fonts, made once per process.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    view_id: FileId,
}

fn shared() -> Result<&'static Shared, PdfError> {
    static SHARED: OnceLock<Option<Shared>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            let fonts: Vec<Font> = [REGULAR_TTF, BOLD_TTF]
                .into_iter()
                .flat_map(|b| Font::iter(Bytes::new(b)))
                .collect();
            (fonts.len() == 2).then(|| Shared {
                library: LazyHash::new(Library::default()),
                book: LazyHash::new(FontBook::from_fonts(&fonts)),
                fonts,
                view_id: file_id(VIEW_PATH),
            })
        })
        .as_ref()
        .ok_or(PdfError::Fonts)
}

/// Reads the shipped fonts and builds the standard library now rather than at the first
/// PDF (once per process); a failure is reported by that PDF.
pub fn prepare() {
    let _ = shared();
}

/// The world one notice is typeset in: the shared library and fonts, the template, and
/// the notice's data. Nothing else can be read.
struct NoticeWorld<'a> {
    shared: &'static Shared,
    main: &'a Source,
    view: Bytes,
}

impl World for NoticeWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.shared.view_id {
            Err(FileError::NotSource)
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.view_id {
            Ok(self.view.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// A run of this many characters without white space may be too long for a line: the
/// template's rule (`\S{40,}` in `notice.typ`).
const LONG_RUN: usize = 40;

/// Values the template does not set as running text: the Markdown headings' anchors (not
/// in the PDF) and e-mail addresses, which `mail()` in the template breaks itself.
const NOT_RUNNING_TEXT: [&str; 2] = ["md_anchor", "email"];

/// Whether `value` (a part of the data the template reads) holds a run of [`LONG_RUN`]
/// characters or more without white space that Typst does not break by itself: anything
/// but a web address, which Typst breaks at its punctuation (from `://` or `www.` on, over
/// the characters a link may hold). The template watches all text for such runs only
/// when one is there (`layout.long_runs`): the rule costs every text it watches, 7 % of
/// a batch's time. A Markdown node counts as all its text run together, as Typst sets
/// it.
pub fn has_long_run(value: &serde_json::Value) -> bool {
    use serde_json::Value;
    match value {
        Value::String(s) => long_run_in(s),
        Value::Array(items) => items.iter().any(has_long_run),
        Value::Object(o) if o.contains_key("k") => {
            let mut text = String::new();
            leaves(value, &mut text);
            long_run_in(&text)
        }
        Value::Object(o) => o
            .iter()
            .any(|(k, v)| !NOT_RUNNING_TEXT.contains(&k.as_str()) && has_long_run(v)),
        _ => false,
    }
}

/// The text of a Markdown node (its children's, in order; not a link's address).
fn leaves(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::String(s) => out.push_str(s),
        Value::Array(items) => items.iter().for_each(|i| leaves(i, out)),
        Value::Object(o) => {
            if let Some(c) = o.get("c") {
                leaves(c, out);
            }
        }
        _ => {}
    }
}

fn long_run_in(text: &str) -> bool {
    text.split(char::is_whitespace)
        .filter(|run| !web_address(run))
        .flat_map(hyphen_parts)
        .any(|part| part.chars().count() >= LONG_RUN)
}

/// `run` cut after each hyphen that a letter follows, where a line may break (Unicode's
/// line breaking rules, which Typst follows): "HubSpot-asiakkuudenhallintajärjestelmä" is
/// two parts, neither of them long.
fn hyphen_parts(run: &str) -> impl Iterator<Item = &str> {
    let mut rest = run;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = rest
            .char_indices()
            .find(|&(i, c)| {
                c == '-'
                    && rest[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
            })
            .map_or(rest.len(), |(i, _)| i + 1);
        let (part, after) = rest.split_at(cut);
        rest = after;
        Some(part)
    })
}

/// A run Typst breaks as a link: a short start (`https`, `(www`), then `://` or `www.`,
/// then only the characters Typst lets a link hold.
fn web_address(run: &str) -> bool {
    let (head, address) = match run.find("://") {
        Some(i) => (&run[..i], &run[i + 3..]),
        None => match run.find("www.") {
            Some(i) => (&run[..i], &run[i..]),
            None => return false,
        },
    };
    head.chars().count() < LONG_RUN
        && address
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&*+,-./:;=?@_~'()[]".contains(c))
}

/// Documents typeset since the start of the process; Typst's memo cache (process-wide) is
/// trimmed every [`EVICT_EVERY`] of them.
static TYPESET: AtomicUsize = AtomicUsize::new(0);
/// How often the memo cache is trimmed. Every time would also drop what documents being
/// typeset on other threads share (fonts, the template); never grows memory by megabytes
/// a notice. On a batch of 2 000 notices (BENCHMARKS.md) every 8 with age 2 peaked at
/// 448 MB, every 2 with age 1 at 347 MB (the same build in HTML only: 246 MB) with no more
/// CPU time; every notice with age 1, 314 MB but more CPU. What every notice uses (fonts,
/// the catalog's fixed paragraphs) is hit again and stays young.
const EVICT_EVERY: usize = 2;
/// Entries unused for this many trims are dropped.
const EVICT_AGE: usize = 1;

/// Typesets `view` (the JSON the template reads as `view.json`) with `template` and
/// returns the bytes of the PDF. `ident` identifies the document (the same for every
/// rebuild of the same notice).
///
/// Same input, same bytes. Never panics: a failure of Typst is an error.
pub fn typeset(
    template: &TypstTemplate,
    view: Vec<u8>,
    ident: &str,
    standard: PdfStandard,
) -> Result<Vec<u8>, PdfError> {
    let shared = shared()?;
    let result = catch_unwind(AssertUnwindSafe(|| {
        typeset_in(shared, template, view, ident, standard)
    }));
    if (TYPESET.fetch_add(1, Ordering::Relaxed) + 1).is_multiple_of(EVICT_EVERY) {
        typst::comemo::evict(EVICT_AGE);
    }
    match result {
        Ok(r) => r,
        Err(panic) => Err(PdfError::Internal(
            panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string()),
        )),
    }
}

fn typeset_in(
    shared: &'static Shared,
    template: &TypstTemplate,
    view: Vec<u8>,
    ident: &str,
    standard: PdfStandard,
) -> Result<Vec<u8>, PdfError> {
    let world = NoticeWorld {
        shared,
        main: &template.source,
        view: Bytes::new(view),
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| template_error(&world, template, &errors))?;
    let standards = PdfStandards::new(&standard.standards())
        .map_err(|e| PdfError::Export(e.message().to_string()))?;
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some("seloste".to_string())),
        timestamp: None,
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        PdfError::Export(
            errors
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

/// The first error of a compilation, with the template's line when it has one.
fn template_error(
    world: &NoticeWorld,
    template: &TypstTemplate,
    errors: &[SourceDiagnostic],
) -> PdfError {
    let Some(first) = errors
        .iter()
        .find(|d| d.severity == Severity::Error)
        .or(errors.first())
    else {
        return PdfError::Internal(String::new());
    };
    let line = (first.span.id() == Some(template.source.id()))
        .then(|| world.range(first.span))
        .flatten()
        .and_then(|r| template.source.lines().byte_to_line(r.start))
        .map(|l| l + 1);
    let mut error = first.message.to_string();
    for hint in &first.hints {
        error.push_str(" (");
        error.push_str(&hint.v);
        error.push(')');
    }
    PdfError::Template {
        file: template.origin.clone(),
        line,
        error,
    }
}

#[cfg(test)]
mod tests {
    use super::has_long_run;
    use serde_json::json;

    #[test]
    fn long_runs_are_told_outside_web_addresses_and_e_mail_fields() {
        let code = "A".repeat(40);
        assert!(has_long_run(&json!({ "name": code })));
        assert!(!has_long_run(&json!({ "name": "A".repeat(39) })));
        // A line may break after a hyphen that a letter follows, not before a digit.
        let parts = format!("({}-{})", "e".repeat(30), "f".repeat(30));
        assert!(!has_long_run(&json!({ "name": parts })));
        assert!(has_long_run(
            &json!({ "name": format!("{}-{}", "g".repeat(30), "1".repeat(30)) })
        ));
        assert!(has_long_run(
            &json!({ "name": format!("{}-{}", "h".repeat(40), "i".repeat(3)) })
        ));
        // Typst breaks a web address itself; not one with a letter a link cannot hold.
        let url = format!("https://example.fi/{}", "a".repeat(60));
        assert!(!has_long_run(&json!({ "website": url })));
        assert!(!has_long_run(&json!(format!(
            "(www.{}.fi)",
            "a".repeat(60)
        ))));
        assert!(has_long_run(&json!(format!(
            "https://example.fi/{}",
            "ä".repeat(40)
        ))));
        assert!(has_long_run(&json!(format!(
            "{}https://x.fi",
            "b".repeat(40)
        ))));
        // `mail()` breaks an address itself; the same address in running text counts.
        let address = format!("{}@example.fi", "c".repeat(40));
        assert!(!has_long_run(&json!({ "dpo": { "email": address } })));
        assert!(has_long_run(
            &json!({ "text": format!("Write to {address}.") })
        ));
        // A Markdown node is its text run together: "x" then 39 emphasised letters.
        let md = json!([{ "k": "p", "c": ["x", { "k": "em", "c": ["d".repeat(39)] }] }]);
        assert!(has_long_run(&json!({ "introduction": md })));
        let apart = json!([{ "k": "p", "c": ["x ", { "k": "em", "c": ["d".repeat(39)] }] }]);
        assert!(!has_long_run(&json!({ "introduction": apart })));
        // A link's address is not set as text; a heading's Markdown anchor is not in the PDF.
        let link = json!({ "k": "a", "href": format!("mailto:{address}"), "c": ["us"] });
        assert!(!has_long_run(&json!([link])));
        assert!(!has_long_run(&json!({ "md_anchor": "e".repeat(60) })));
    }
}
