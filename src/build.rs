//! `build` as a library function: check every register, and render each one that has no
//! errors to every requested format and language under the output folder.
//!
//! Safety of the output: every path is `<out>/<id>/<lang>.<ext>` or `<out>/index*.html`,
//! where the id and the language have been checked to be plain names (letters, digits,
//! hyphens), so nothing is written outside `out`; no link inside `out` is ever followed
//! (see [`out`]). A register's files are all rendered in memory first, then all written to
//! temporary files, and renamed into place only when every one was written, so a failure
//! leaves the files of an earlier build untouched.
//!
//! The build runs in steps: `plan` (which registers an earlier build's files can be kept
//! for), check, `select` (which registers to render), render and write each
//! (`write_register`), then withdraw the files of registers that are gone (`withdraw`),
//! write the index pages (`write_index`) and the record ([`cache`]).
//!
//! Withdrawing: the files of a register that an earlier build wrote (as its record says)
//! are removed when its register file no longer exists and lay under one of the paths given
//! to this build. A build of some registers only (`seloste build notices/a.yaml`) leaves
//! the others' files, which are still in the record, alone.

pub mod cache;
pub mod out;

use crate::check::{Checked, notice};
use crate::diagnostic::{Msg, Severity};
use crate::load::Content;
use crate::model::Date;
use crate::msg;
use crate::render::templates::{TemplateError, Templates};
use crate::render::view::{self, AltLang};
use crate::render::{Format, HtmlRenderer, MarkdownRenderer, Renderer};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What to build.
pub struct BuildOptions {
    pub out: PathBuf,
    /// Formats to write; all when empty.
    pub formats: Vec<Format>,
    /// Languages to write; every declared language when empty.
    pub langs: Vec<String>,
    pub templates: Option<PathBuf>,
    pub fragment: bool,
    pub today: Date,
    /// Reuse the files of registers that did not change since the last build (see [`cache`]).
    pub reuse: bool,
    /// Where the output folder is published (`https://example.fi/tietosuoja/`): links
    /// between the notices, their languages, PDFs and index pages are made absolute under
    /// it, so they work from a fragment embedded in another page. `None`: relative links.
    pub base_url: Option<String>,
    /// The standard of the PDFs (`--pdf-standard`).
    pub pdf_standard: crate::render::pdf::PdfStandard,
}

/// True when `url` can start the links of a page: an http(s) address or a path from the
/// site's root, with nothing an attribute or a URL would read otherwise.
pub fn base_url_ok(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let scheme = lower.starts_with("https://") || lower.starts_with("http://");
    let path = url.starts_with('/') && !url.starts_with("//");
    (scheme || path)
        && url.len() <= 2048
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`' | '?' | '#')
        })
}

/// `base` as the start of a link: with exactly one `/` at its end (empty for `None`).
fn link_base(base: Option<&str>) -> String {
    match base {
        Some(b) if !b.trim().is_empty() => format!("{}/", b.trim().trim_end_matches('/')),
        _ => String::new(),
    }
}

/// A problem that stopped the build or a notice, in the officer's words
/// (`messages/build.<lang>.ftl`), with what to do about it when there is more to say than
/// the problem does. `Display` gives the English, the help on a line of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub error: Msg,
    pub help: Option<Msg>,
}

impl Failure {
    pub fn new(error: Msg) -> Failure {
        Failure { error, help: None }
    }
    pub fn with_help(error: Msg, help: Msg) -> Failure {
        Failure {
            error,
            help: Some(help),
        }
    }
    /// True when the English text holds `s` (for tests and logs).
    pub fn contains(&self, s: &str) -> bool {
        self.to_string().contains(s)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::en(&self.error))?;
        if let Some(h) = &self.help {
            let h = msg!("cli-help", text = crate::messages::en(h));
            write!(f, "\n  {}", crate::messages::en(&h))?;
        }
        Ok(())
    }
}

/// Why a build could not run or a notice could not be written.
#[derive(Debug)]
pub enum BuildError {
    Template(TemplateError),
    Io(Failure),
}

impl BuildError {
    /// The problem and its help, to print.
    pub fn failure(self) -> Failure {
        match self {
            BuildError::Template(e) => Failure::new(e.0),
            BuildError::Io(f) => f,
        }
    }
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Template(e) => write!(f, "{e}"),
            BuildError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<TemplateError> for BuildError {
    fn from(e: TemplateError) -> Self {
        BuildError::Template(e)
    }
}

/// One file to write, relative to the output folder.
pub struct Output {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// What a build did.
pub struct Built {
    pub checked: Checked,
    /// Registers written.
    pub notices: usize,
    /// Registers whose files from an earlier build were kept, unchanged since then.
    pub reused: usize,
    /// Registers not written because they have errors.
    pub skipped: Vec<String>,
    pub files: usize,
    /// Problems that stopped a notice from being written (templates, I/O).
    pub failures: Vec<Failure>,
    /// Ids of registers that are gone, whose pages were removed.
    pub withdrawn: Vec<String>,
}

pub(crate) fn plain_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Entry of the index page, as kept in the record: the names and the date shown. The link
/// is made from the register's id when the page is written, never taken from the record.
#[derive(serde::Serialize, serde::Deserialize, Clone)]
pub struct IndexEntry {
    name: String,
    controller: Option<String>,
    updated: String,
}

/// Entry of the index page, as the template sees it.
#[derive(serde::Serialize)]
struct IndexLink<'a> {
    name: &'a str,
    controller: Option<&'a str>,
    updated: &'a str,
    /// `<id>/<lang>.html`, both plain names.
    href: String,
    /// The same register in the other languages it is published in.
    others: Vec<IndexAlternate>,
    /// The register's PDFs, this language's first, each when the build wrote it.
    pdfs: Vec<IndexAlternate>,
}

/// A link from an index page to a register in another language, or to another
/// language's index page.
#[derive(serde::Serialize)]
struct IndexAlternate {
    lang: String,
    href: String,
}

/// Renders every file of one register in memory.
pub fn render_notice(
    n: &crate::rules::Notice,
    templates: &Templates,
    renderers: &[Box<dyn Renderer>],
    langs: &[String],
) -> Result<Vec<Output>, BuildError> {
    render_notice_on(n, templates, renderers, langs, false, None)
}

/// [`render_notice`], with the languages rendered on several threads when `parallel`.
fn render_notice_on(
    n: &crate::rules::Notice,
    templates: &Templates,
    renderers: &[Box<dyn Renderer>],
    langs: &[String],
    parallel: bool,
    base_url: Option<&str>,
) -> Result<Vec<Output>, BuildError> {
    let id = &n.register.meta.id;
    if !plain_name(id) {
        return Err(BuildError::Io(Failure::new(msg!("build-bad-id", id = id))));
    }
    let one = |lang: &String| render_lang(n, templates, renderers, langs, lang, base_url);
    let parts = if parallel {
        crate::par::map(langs, one)
    } else {
        langs.iter().map(one).collect()
    };
    let mut out = Vec::new();
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

/// The files of one register in one language.
fn render_lang(
    n: &crate::rules::Notice,
    templates: &Templates,
    renderers: &[Box<dyn Renderer>],
    langs: &[String],
    lang: &String,
    base_url: Option<&str>,
) -> Result<Vec<Output>, BuildError> {
    let id = &n.register.meta.id;
    if !plain_name(lang) {
        return Err(BuildError::Io(Failure::new(msg!(
            "build-bad-lang",
            lang = lang
        ))));
    }
    let cat = templates.catalogs.get(lang).ok_or_else(|| {
        BuildError::Template(TemplateError(msg!("template-no-catalog-add", lang = lang)))
    })?;
    // Relative to the page (`<out>/<id>/<lang>.html`), or absolute under the base URL.
    let base = link_base(base_url);
    let dir = if base.is_empty() {
        String::new()
    } else {
        format!("{base}{id}/")
    };
    let mut alternates = Vec::new();
    for other in langs.iter().filter(|l| *l != lang && plain_name(l)) {
        if let Some(oc) = templates.catalogs.get(other) {
            alternates.push(AltLang {
                lang: other.clone(),
                name: oc
                    .t("lang-name")
                    .map_err(|e| BuildError::Template(TemplateError(e.0)))?,
                href: format!("{dir}{other}.html"),
            });
        }
    }
    let links = view::Links {
        page: Some(format!("{dir}{lang}.html")),
        pdf: renderers
            .iter()
            .any(|r| r.format() == Format::Pdf)
            .then(|| format!("{dir}{lang}.pdf")),
        index: None,
    };
    let v = view::build(n, lang, cat, alternates, links)
        .map_err(|e| BuildError::Template(TemplateError(e.0)))?;
    let mut out = Vec::new();
    for r in renderers {
        let bytes = r.render(&v, templates)?;
        out.push(Output {
            path: PathBuf::from(id).join(format!("{lang}.{}", r.format().extension())),
            bytes,
        });
    }
    Ok(out)
}

/// The renderers for the requested formats (PDF/UA-1 PDFs).
pub fn renderers(formats: &[Format], fragment: bool) -> Vec<Box<dyn Renderer>> {
    renderers_with(formats, fragment, Default::default())
}

/// The renderers for the requested formats, the PDFs to `pdf_standard`.
pub fn renderers_with(
    formats: &[Format],
    fragment: bool,
    pdf_standard: crate::render::pdf::PdfStandard,
) -> Vec<Box<dyn Renderer>> {
    let all = [Format::Html, Format::Pdf, Format::Md];
    let wanted: BTreeSet<Format> = if formats.is_empty() {
        all.into_iter().collect()
    } else {
        formats.iter().copied().collect()
    };
    let mut v: Vec<Box<dyn Renderer>> = Vec::new();
    for f in wanted {
        match f {
            Format::Html => v.push(Box::new(HtmlRenderer { fragment })),
            Format::Md => v.push(Box::new(MarkdownRenderer)),
            Format::Pdf => v.push(Box::new(crate::render::PdfRenderer {
                standard: pdf_standard,
            })),
        }
    }
    v
}

/// Register and organisation files hashed in this build, with the stamps to record.
type Hashes = HashMap<PathBuf, (String, Option<cache::Stamp>)>;

/// The hash of the file at `path` and its stamp: from `hashes` when it was hashed already,
/// else read now.
fn known_hash(
    hashes: &Hashes,
    path: &Path,
    now: SystemTime,
) -> Option<(String, Option<cache::Stamp>)> {
    hashes
        .get(path)
        .cloned()
        .or_else(|| cache::hash_stamped(path, &Default::default(), now))
}

/// Checks `paths` and builds every register without errors.
pub fn build(
    paths: &[PathBuf],
    opts: &BuildOptions,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Built, BuildError> {
    if let Some(url) = &opts.base_url
        && !base_url_ok(url)
    {
        return Err(BuildError::Io(Failure::with_help(
            msg!(
                "build-bad-base-url",
                url = crate::report::visible(url).into_owned()
            ),
            msg!("build-bad-base-url-help"),
        )));
    }
    let renderers = renderers_with(&opts.formats, opts.fragment, opts.pdf_standard);
    // The schemas and the PDF fonts are made ready once per process: start now, on a core
    // that is mostly idle while the files are listed and compared.
    let pdf = renderers.iter().any(|r| r.format() == Format::Pdf);
    let html_or_md = renderers.iter().any(|r| r.format() != Format::Pdf);
    std::thread::spawn(move || {
        // In the order they are needed: the schemas when the files are read, the fonts
        // when the first PDF is laid out. The rules' word lists are not: loaded here, they
        // took the cores from reading the files and starting Typst, the path one notice
        // waits on, while the rules (which load them on first use) have time to spare
        // (one PDF: 52 against 48 ms).
        crate::load::schema::prepare();
        if pdf {
            crate::render::pdf::prepare();
        }
    });
    // Templates are parsed meanwhile too; nothing is written before they are ready.
    std::thread::scope(|s| {
        let templates = s.spawn(move || Templates::load_for(opts.templates.as_deref(), html_or_md));
        build_with(paths, opts, progress, renderers, templates)
    })
}

/// What can be kept from an earlier build, and what must be checked.
#[derive(Default)]
struct Plan {
    /// The new record, holding the registers kept (with the stamps of their files).
    record: cache::Cache,
    hashes: Hashes,
    /// Where each file comes in a full build's order (known when there is a record).
    position: HashMap<PathBuf, usize>,
    /// The files to check and render.
    to_load: Vec<PathBuf>,
}

/// Registers unchanged since the build that wrote `old` keep their files and are not read
/// again: the register (and organisation) file has the hash recorded, and every file written
/// for it still holds what was written.
fn plan(paths: &[PathBuf], out: &Path, old: Option<&cache::Cache>, now: SystemTime) -> Plan {
    let mut plan = Plan {
        to_load: paths.to_vec(),
        ..Default::default()
    };
    let (Some(old), Some(files)) = (old, crate::load::yaml_files(paths)) else {
        return plan;
    };
    let found = crate::par::map(&files, |p| cache::hash_stamped(p, &old.stamps, now));
    plan.hashes = files
        .iter()
        .cloned()
        .zip(found)
        .filter_map(|(p, h)| Some((p, h?)))
        .collect();
    let hashes = &plan.hashes;
    let current = |path: &str| known_hash(hashes, Path::new(path), now).map(|(h, _)| h);
    plan.to_load.clear();
    plan.position = files.iter().cloned().zip(0..).collect();
    let kept = crate::par::map(&files, |f| {
        let name = f.to_string_lossy();
        let e = old.registers.get(&*name).filter(|e| {
            e.reusable
                && current(&name).as_ref() == Some(&e.hash)
                && e.organisation
                    .as_ref()
                    .is_none_or(|(p, h)| current(p).as_ref() == Some(h))
        })?;
        // Every file written for it, checked by content (its stamp renewed), in a real
        // folder (not a link).
        if !std::fs::symlink_metadata(out.join(&e.id)).is_ok_and(|m| m.is_dir()) {
            return None;
        }
        let mut e = e.clone();
        for w in &mut e.outputs {
            w.stamp = cache::output_intact(out, w, now)?;
        }
        Some(e)
    });
    for (f, kept) in files.iter().zip(kept) {
        match kept {
            Some(e) => {
                let name = f.to_string_lossy().into_owned();
                for p in std::iter::once(&name).chain(e.organisation.as_ref().map(|(p, _)| p)) {
                    if let Some((_, Some(stamp))) = plan.hashes.get(Path::new(p)) {
                        plan.record.stamps.insert(p.clone(), stamp.clone());
                    }
                }
                plan.record.registers.insert(name, e);
            }
            None => plan.to_load.push(f.clone()),
        }
    }
    plan
}

/// A register to render: its notice, its languages, and whether it has nothing to report.
type Job<'a> = (crate::rules::Notice<'a>, Vec<String>, bool);

/// True when one of `diagnostics` is an error, not suppressed, in a file of `n`'s.
fn has_errors(n: &crate::rules::Notice, diagnostics: &[crate::diagnostic::Diagnostic]) -> bool {
    let own: Vec<usize> = n.origins().iter().map(|o| o.file).collect();
    diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error && d.suppressed.is_none() && own.contains(&d.file))
}

/// The languages of `n` this build writes.
fn langs_of(n: &crate::rules::Notice, opts: &BuildOptions) -> Vec<String> {
    n.register
        .meta
        .languages
        .iter()
        .filter(|l| opts.langs.is_empty() || opts.langs.contains(l))
        .cloned()
        .collect()
}

/// What was rendered while the registers were checked: by register id, the languages and
/// the outputs (see [`build_with`]).
type Early = std::sync::Mutex<HashMap<String, (Vec<String>, Result<Vec<Output>, BuildError>)>>;

/// Renders every register of `ws` that has no error of its own from loading, for
/// [`build_with`] to keep those the rules find no error in.
fn render_early(
    ws: &crate::load::Workspace,
    templates: &Templates,
    renderers: &[Box<dyn Renderer>],
    opts: &BuildOptions,
) -> Early {
    let mut early = HashMap::new();
    for i in 0..ws.docs.len() {
        let Some(n) = notice(ws, i, opts.today) else {
            continue;
        };
        let langs = langs_of(&n, opts);
        if has_errors(&n, &ws.diagnostics) || langs.is_empty() {
            continue;
        }
        let outputs = render_notice_on(
            &n,
            templates,
            renderers,
            &langs,
            true,
            opts.base_url.as_deref(),
        );
        early.insert(n.register.meta.id.clone(), (langs, outputs));
    }
    std::sync::Mutex::new(early)
}

/// Which registers to write, in order; the ids of those with errors go to `skipped`.
fn select<'a>(
    checked: &'a Checked,
    opts: &BuildOptions,
    progress: &mut dyn FnMut(usize, usize, &str),
    skipped: &mut Vec<String>,
) -> Vec<Job<'a>> {
    let ws = &checked.workspace;
    let registers: Vec<usize> = (0..ws.docs.len())
        .filter(|&i| matches!(ws.docs[i].content, Content::Register(_)))
        .collect();
    let mut jobs = Vec::new();
    for (k, &i) in registers.iter().enumerate() {
        let Some(n) = notice(ws, i, opts.today) else {
            continue;
        };
        let id = n.register.meta.id.clone();
        progress(k + 1, registers.len(), &id);
        let own_files: Vec<usize> = n.origins().iter().map(|o| o.file).collect();
        if has_errors(&n, &checked.diagnostics) {
            skipped.push(id);
            continue;
        }
        let clean = !checked
            .diagnostics
            .iter()
            .any(|d| own_files.contains(&d.file));
        let langs = langs_of(&n, opts);
        if langs.is_empty() {
            continue;
        }
        jobs.push((n, langs, clean));
    }
    jobs
}

/// Writes every file of one register: all to temporary files first, then all renamed into
/// place, so that a failure (a full disk) leaves the earlier files as they were.
fn write_register(
    out: &out::OutDir,
    id: &str,
    outputs: &[Output],
) -> Result<Vec<cache::Written>, Failure> {
    let dir = out.folder(id)?;
    let mut staged = Vec::new();
    for o in outputs {
        let path = out.path().join(&o.path);
        staged.push(out::stage(&dir, &path, &o.bytes).map_err(|e| out::write_error(&path, &e))?);
    }
    out::commit(staged)?;
    Ok(outputs
        .iter()
        .map(|o| cache::Written {
            path: o.path.to_string_lossy().into_owned(),
            hash: cache::hash(&o.bytes),
            // Taken right after the rename: another build would have to replace the file
            // (a new inode) and builds into one folder take turns (see `out`).
            stamp: cache::identity(&out.path().join(&o.path)).map(|(id, _)| id),
        })
        .collect())
}

/// Removes the files of registers of the `old` record that are gone (see the module
/// comment), and those of a register written now under another id; keeps the others in
/// `record` (not reusable: they were not checked now). Returns the ids withdrawn.
fn withdraw(
    out: &out::OutDir,
    paths: &[PathBuf],
    old: &cache::Cache,
    record: &mut cache::Cache,
) -> Vec<String> {
    let mut gone = Vec::new();
    for (file, e) in &old.registers {
        if let Some(now) = record.registers.get(file) {
            if now.id != e.id {
                gone.push(e);
            }
            continue;
        }
        let missing = std::fs::symlink_metadata(file)
            .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
        let ours = paths.iter().any(|p| Path::new(file).starts_with(p));
        if missing && ours {
            gone.push(e);
        } else {
            // Its files are still there (the register was not built now, or it could not
            // be): remember them, to withdraw them later.
            let mut e = e.clone();
            e.reusable = false;
            record.registers.insert(file.clone(), e);
        }
    }
    // Files that a register still in the record has (under the same id) stay.
    let live: HashSet<&str> = record
        .registers
        .values()
        .flat_map(|e| e.outputs.iter().map(|w| w.path.as_str()))
        .collect();
    let mut withdrawn = Vec::new();
    for e in gone {
        for w in e.outputs.iter().filter(|w| !live.contains(w.path.as_str())) {
            out::remove_written(out.path(), &w.path, &w.hash, cache::HASH_LIMIT);
        }
        // Only when empty: anything else in it is not ours.
        let dir = out.path().join(&e.id);
        if std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            let _ = std::fs::remove_dir(&dir);
        }
        withdrawn.push(e.id.clone());
    }
    withdrawn
}

/// Renders the index pages, one per language (and `index.html` in `default`), and writes
/// them all or none.
fn write_index(
    out: &out::OutDir,
    templates: &Templates,
    index: BTreeMap<String, Vec<(String, IndexEntry)>>,
    default: &str,
    order: &BTreeMap<&str, Vec<&str>>,
    pdfs: &HashSet<String>,
    base_url: Option<&str>,
) -> Result<usize, BuildError> {
    let base = link_base(base_url);
    // Each register's languages, and the languages that have an index page, so that every
    // index page links a register in all its languages and the other index pages.
    let mut langs_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (lang, entries) in &index {
        for (id, _) in entries {
            langs_of.entry(id.as_str()).or_default().push(lang.as_str());
        }
    }
    // In the register's own order of languages (`meta.languages`), as on its pages.
    let langs_of: BTreeMap<String, Vec<String>> = langs_of
        .into_iter()
        .map(|(id, mut ls)| {
            let own = order.get(id);
            ls.sort_by_key(|l| own.and_then(|o| o.iter().position(|x| x == l)));
            (id.to_string(), ls.into_iter().map(String::from).collect())
        })
        .collect();
    let index_langs: Vec<String> = index.keys().filter(|l| plain_name(l)).cloned().collect();
    let mut staged = Vec::new();
    for (lang, mut entries) in index {
        entries.sort_by(|(a_id, a), (b_id, b)| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a_id.cmp(b_id))
        });
        // The record was checked: ids and languages are plain names.
        let links: Vec<IndexLink> = entries
            .iter()
            .filter(|(id, _)| plain_name(id) && plain_name(&lang))
            .map(|(id, e)| IndexLink {
                name: &e.name,
                controller: e.controller.as_deref(),
                updated: &e.updated,
                href: format!("{base}{id}/{lang}.html"),
                pdfs: std::iter::once(&lang)
                    .chain(
                        langs_of
                            .get(id)
                            .into_iter()
                            .flatten()
                            .filter(|l| *l != &lang),
                    )
                    .filter(|l| plain_name(l) && pdfs.contains(&format!("{id}/{l}.pdf")))
                    .map(|l| IndexAlternate {
                        lang: l.clone(),
                        href: format!("{base}{id}/{l}.pdf"),
                    })
                    .collect(),
                others: langs_of
                    .get(id)
                    .into_iter()
                    .flatten()
                    .filter(|l| *l != &lang && plain_name(l))
                    .map(|l| IndexAlternate {
                        lang: l.clone(),
                        href: format!("{base}{id}/{l}.html"),
                    })
                    .collect(),
            })
            .collect();
        let other_indexes: Vec<IndexAlternate> = index_langs
            .iter()
            .filter(|l| **l != lang)
            .map(|l| IndexAlternate {
                lang: l.clone(),
                href: format!("{base}index.{l}.html"),
            })
            .collect();
        let mut ctx = tera::Context::new();
        ctx.insert("lang", &lang);
        ctx.insert("entries", &links);
        ctx.insert("other_indexes", &other_indexes);
        // The controller, for the page title, when every register on the page has the same.
        let mut controllers = links.iter().map(|l| l.controller);
        let first = controllers.next().flatten();
        let controller = first.filter(|c| controllers.all(|o| o == Some(*c)));
        ctx.insert("controller", &controller);
        let html = crate::render::tidy(&templates.render("index.html", &ctx)?);
        let names = if lang == default {
            vec![format!("index.{lang}.html"), "index.html".to_string()]
        } else {
            vec![format!("index.{lang}.html")]
        };
        for name in names {
            let path = out.path().join(&name);
            staged.push(
                out::stage(out.path(), &path, html.as_bytes())
                    .map_err(|e| BuildError::Io(out::write_error(&path, &e)))?,
            );
        }
    }
    let n = staged.len();
    out::commit(staged).map_err(BuildError::Io)?;
    Ok(n)
}

fn build_with(
    paths: &[PathBuf],
    opts: &BuildOptions,
    progress: &mut dyn FnMut(usize, usize, &str),
    renderers: Vec<Box<dyn Renderer>>,
    templates: std::thread::ScopedJoinHandle<'_, Result<Templates, TemplateError>>,
) -> Result<Built, BuildError> {
    // An existing output folder is checked and locked before its record is read; a new
    // one is made once the templates are known to be good.
    let exists = std::fs::symlink_metadata(&opts.out).is_ok();
    let mut outdir = if exists {
        Some(out::OutDir::open(&opts.out).map_err(BuildError::Io)?)
    } else {
        None
    };
    let key = if opts.reuse {
        let options = format!(
            "{:?} {:?} {} {:?} {:?}{}",
            renderers.iter().map(|r| r.format()).collect::<Vec<_>>(),
            opts.langs,
            opts.fragment,
            opts.base_url,
            opts.pdf_standard,
            // Which rules run decides which registers have errors.
            crate::config::policy()
                .filter(|p| !p.is_default())
                .map_or_else(String::new, |p| format!(" {}", p.fingerprint()))
        );
        cache::key(opts.templates.as_deref(), &options, opts.today)
    } else {
        None
    };
    // Read whatever its key: it says which files earlier builds wrote.
    let old = outdir.as_ref().and_then(|o| cache::read(o.path()));
    let same_key = old
        .as_ref()
        .filter(|o| key.as_deref().is_some_and(|k| k == o.key));
    let now = SystemTime::now();
    let Plan {
        mut record,
        hashes,
        position,
        to_load,
    } = plan(paths, &opts.out, same_key, now);
    record.key = key.clone().unwrap_or_default();
    let reused = record.registers.len();

    // With fewer registers than cores (one notice as a process), the notices are rendered
    // while the rules run: the cores would otherwise wait for the rules, then for Typst.
    // What a register the rules find an error in rendered is dropped, never written.
    let workspace = crate::load::Workspace::load(&to_load);
    let few = workspace.register_count() < crate::par::threads();
    let (checked, (templates, early)) =
        crate::check::check_during(workspace, opts.today, false, |ws| {
            let templates = templates
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let early = match &templates {
                Ok(t) if few => render_early(ws, t, &renderers, opts),
                _ => Early::default(),
            };
            (templates, early)
        });
    let ws = &checked.workspace;
    let templates = templates?;
    let outdir = match outdir.take() {
        Some(o) => o,
        None => out::OutDir::open(&opts.out).map_err(BuildError::Io)?,
    };

    let mut notices = 0;
    let mut files = 0;
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    let mut index: BTreeMap<String, Vec<(String, IndexEntry)>> = Default::default();
    // Each register's first language, by its place in a full build's order: the first
    // one written is the language of index.html, whether it was rendered or kept.
    let mut first_langs: Vec<(usize, String)> = Vec::new();
    for (name, entry) in &record.registers {
        if let Some((lang, _)) = entry.index.first() {
            let at = position.get(Path::new(name)).copied().unwrap_or(usize::MAX);
            first_langs.push((at, lang.clone()));
        }
        for (lang, e) in &entry.index {
            index
                .entry(lang.clone())
                .or_default()
                .push((entry.id.clone(), e.clone()));
        }
    }
    let jobs = select(&checked, opts, progress, &mut skipped);
    // With few registers the cores share out their languages instead.
    let parallel_langs = jobs.len() < 2 * crate::par::threads();
    let written = crate::par::map(&jobs, |(n, langs, _)| {
        let id = &n.register.meta.id;
        let rendered = early
            .lock()
            .ok()
            .and_then(|mut e| e.remove(id))
            .filter(|(l, _)| l == langs);
        let outputs = match rendered {
            Some((_, outputs)) => outputs,
            None => render_notice_on(
                n,
                &templates,
                &renderers,
                langs,
                parallel_langs,
                opts.base_url.as_deref(),
            ),
        }
        .map_err(|e| {
            let Failure { error, help } = e.failure();
            let error = msg!(
                "build-register-failed",
                id = &n.register.meta.id,
                error = error
            );
            Failure { error, help }
        })?;
        write_register(&outdir, &n.register.meta.id, &outputs)
    });
    for ((n, langs, clean), result) in jobs.iter().zip(written) {
        let id = &n.register.meta.id;
        let outputs = match result {
            Ok(outputs) => outputs,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        files += outputs.len();
        notices += 1;
        let path_of = |file: usize| ws.files.get(file).path.clone();
        let reg = path_of(n.reg.file);
        if let Some(first) = langs.first() {
            let at = position.get(&reg).copied().unwrap_or(usize::MAX);
            first_langs.push((at, first.clone()));
        }
        let mut entries = Vec::new();
        for lang in langs {
            let Some(cat) = templates.catalogs.get(lang) else {
                continue;
            };
            let updated = cat
                .date(&n.register.meta.updated)
                .map_err(|e| BuildError::Template(TemplateError(e.0)))?;
            let entry = IndexEntry {
                name: n.register.meta.name.get(lang).unwrap_or(id).to_string(),
                controller: n
                    .controller()
                    .and_then(|c| c.value.name.get(lang).map(str::to_string)),
                updated,
            };
            index
                .entry(lang.clone())
                .or_default()
                .push((id.clone(), entry.clone()));
            entries.push((lang.clone(), entry));
        }
        // Only a register with nothing to report is reused, so a rebuild prints the same
        // warnings as a full build.
        let mut hash_of = |p: &Path| {
            let (hash, stamp) = known_hash(&hashes, p, now)?;
            if let Some(stamp) = stamp {
                record
                    .stamps
                    .insert(p.to_string_lossy().into_owned(), stamp);
            }
            Some(hash)
        };
        let mut reusable = *clean && key.is_some();
        let mut hash = String::new();
        let mut organisation = None;
        if reusable {
            let org = n.org.as_ref().map(|(_, o)| path_of(o.file));
            hash = hash_of(&reg).unwrap_or_default();
            organisation = org.map(|p| (p.to_string_lossy().into_owned(), hash_of(&p)));
            reusable = !hash.is_empty() && organisation.as_ref().is_none_or(|(_, h)| h.is_some());
        }
        record.registers.insert(
            reg.to_string_lossy().into_owned(),
            cache::Entry {
                id: id.clone(),
                reusable,
                hash,
                organisation: organisation.and_then(|(p, h)| Some((p, h?))),
                outputs,
                index: entries,
            },
        );
    }
    let withdrawn = match &old {
        Some(old) => withdraw(&outdir, paths, old, &mut record),
        None => Vec::new(),
    };
    if renderers.iter().any(|r| r.format() == Format::Html) && !index.is_empty() {
        if failures.is_empty() {
            // Stable: without a record, registers keep the order they were rendered in.
            first_langs.sort_by_key(|(at, _)| *at);
            let default = first_langs
                .first()
                .map(|(_, l)| l.clone())
                .unwrap_or_default();
            let order: BTreeMap<&str, Vec<&str>> = record
                .registers
                .values()
                .map(|e| {
                    let langs = e.index.iter().map(|(l, _)| l.as_str()).collect();
                    (e.id.as_str(), langs)
                })
                .collect();
            // The PDFs on disk after this build, for the index pages' links.
            let pdfs: HashSet<String> = record
                .registers
                .values()
                .flat_map(|e| e.outputs.iter())
                .filter(|w| w.path.ends_with(".pdf"))
                .map(|w| w.path.clone())
                .collect();
            match write_index(
                &outdir,
                &templates,
                index,
                &default,
                &order,
                &pdfs,
                opts.base_url.as_deref(),
            ) {
                Ok(n) => files += n,
                Err(BuildError::Io(e)) => failures.push(e),
                Err(e) => return Err(e),
            }
        } else {
            failures.push(Failure::with_help(
                msg!(
                    "build-index-not-updated",
                    out = opts.out.display().to_string()
                ),
                msg!("build-index-not-updated-help"),
            ));
        }
    }
    if key.is_none() {
        // A record no build can reuse from only says which files were written: stamps
        // (inodes, times) would only make it differ from one build to the next.
        record.stamps.clear();
        for e in record.registers.values_mut() {
            for w in &mut e.outputs {
                w.stamp = None;
            }
        }
    }
    // A record that cannot be written only costs the next build its reuse.
    let _ = cache::write(&outdir, &record);
    Ok(Built {
        checked,
        notices,
        reused,
        skipped,
        files,
        failures,
        withdrawn,
    })
}
