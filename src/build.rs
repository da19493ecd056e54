//! `build` as a library function: check every register, and render each one that has no
//! errors to every requested format and language under the output folder.
//!
//! Safety of the output: every path is `<out>/<id>/<lang>.<ext>` or `<out>/index*.html`,
//! where the id and the language have been checked to be plain names (letters, digits,
//! hyphens), so nothing is written outside `out`. A register's files are all rendered in
//! memory first and then each written to a temporary file and renamed into place, so a
//! failure leaves the files of an earlier build untouched.

use crate::check::{Checked, check_paths_on, notice};
use crate::diagnostic::Severity;
use crate::load::Content;
use crate::model::Date;
use crate::render::templates::{TemplateError, Templates};
use crate::render::view::{self, AltLang};
use crate::render::{Format, HtmlRenderer, MarkdownRenderer, Renderer};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

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
}

/// Why a build could not run or a notice could not be written.
#[derive(Debug)]
pub enum BuildError {
    Template(TemplateError),
    Io(String),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Template(e) => write!(f, "{e}"),
            BuildError::Io(e) => f.write_str(e),
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
    /// Registers not written because they have errors.
    pub skipped: Vec<String>,
    pub files: usize,
    /// Problems that stopped a notice from being written (templates, I/O).
    pub failures: Vec<String>,
}

fn plain_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Entry of the index page.
#[derive(serde::Serialize)]
struct IndexEntry {
    name: String,
    controller: Option<String>,
    updated: String,
    href: String,
}

/// Renders every file of one register in memory.
pub fn render_notice(
    n: &crate::rules::Notice,
    templates: &Templates,
    renderers: &[Box<dyn Renderer>],
    langs: &[String],
) -> Result<Vec<Output>, BuildError> {
    let id = &n.register.meta.id;
    if !plain_name(id) {
        return Err(BuildError::Io(format!(
            "the register id `{id}` cannot be used as a folder name"
        )));
    }
    let mut out = Vec::new();
    for lang in langs {
        if !plain_name(lang) {
            return Err(BuildError::Io(format!(
                "the language `{lang}` cannot be used as a file name"
            )));
        }
        let cat = templates.catalogs.get(lang).ok_or_else(|| {
            BuildError::Template(TemplateError(format!(
                "there is no catalog for the language `{lang}`: add templates/locales/{lang}.ftl"
            )))
        })?;
        let mut alternates = Vec::new();
        for other in langs.iter().filter(|l| *l != lang) {
            if let Some(oc) = templates.catalogs.get(other) {
                alternates.push(AltLang {
                    lang: other.clone(),
                    name: oc
                        .t("lang-name")
                        .map_err(|e| BuildError::Template(TemplateError(e.0)))?,
                    href: format!("{other}.html"),
                });
            }
        }
        let v = view::build(n, lang, cat, alternates)
            .map_err(|e| BuildError::Template(TemplateError(e.0)))?;
        for r in renderers {
            let bytes = r.render(&v, templates)?;
            out.push(Output {
                path: PathBuf::from(id).join(format!("{lang}.{}", r.format().extension())),
                bytes,
            });
        }
    }
    Ok(out)
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    // An existing file with the same content is left alone (its timestamp too).
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The renderers for the requested formats.
pub fn renderers(formats: &[Format], fragment: bool) -> Vec<Box<dyn Renderer>> {
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
            Format::Pdf => v.extend(crate::render::pdf_renderer()),
        }
    }
    v
}

/// Checks `paths` and builds every register without errors.
pub fn build(
    paths: &[PathBuf],
    opts: &BuildOptions,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Built, BuildError> {
    let templates = Templates::load(opts.templates.as_deref())?;
    let checked = check_paths_on(paths, opts.today);
    let renderers = renderers(&opts.formats, opts.fragment);
    let ws = &checked.workspace;

    let registers: Vec<usize> = (0..ws.docs.len())
        .filter(|&i| matches!(ws.docs[i].content, Content::Register(_)))
        .collect();
    let mut notices = 0;
    let mut files = 0;
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    let mut index: std::collections::BTreeMap<String, Vec<IndexEntry>> = Default::default();
    let mut first_langs: Vec<String> = Vec::new();
    for (k, &i) in registers.iter().enumerate() {
        let Some(n) = notice(ws, i, opts.today) else {
            continue;
        };
        let id = n.register.meta.id.clone();
        progress(k + 1, registers.len(), &id);
        let own_files: Vec<usize> = n.origins().iter().map(|o| o.file).collect();
        let has_errors = checked.diagnostics.iter().any(|d| {
            d.severity == Severity::Error && d.suppressed.is_none() && own_files.contains(&d.file)
        });
        if has_errors {
            skipped.push(id);
            continue;
        }
        let langs: Vec<String> = n
            .register
            .meta
            .languages
            .iter()
            .filter(|l| opts.langs.is_empty() || opts.langs.contains(l))
            .cloned()
            .collect();
        if langs.is_empty() {
            continue;
        }
        match render_notice(&n, &templates, &renderers, &langs) {
            Ok(outputs) => {
                let mut ok = true;
                for o in &outputs {
                    if let Err(e) = write_atomic(&opts.out.join(&o.path), &o.bytes) {
                        failures.push(format!(
                            "{}: cannot write: {e}",
                            opts.out.join(&o.path).display()
                        ));
                        ok = false;
                        break;
                    }
                    files += 1;
                }
                if ok {
                    notices += 1;
                    if let Some(first) = langs.first()
                        && !first_langs.contains(first)
                    {
                        first_langs.push(first.clone());
                    }
                    for lang in &langs {
                        let Some(cat) = templates.catalogs.get(lang) else {
                            continue;
                        };
                        let updated = cat
                            .date(&n.register.meta.updated)
                            .map_err(|e| BuildError::Template(TemplateError(e.0)))?;
                        index.entry(lang.clone()).or_default().push(IndexEntry {
                            name: n.register.meta.name.get(lang).unwrap_or(&id).to_string(),
                            controller: n
                                .controller()
                                .and_then(|c| c.value.name.get(lang).map(str::to_string)),
                            updated,
                            href: format!("{id}/{lang}.html"),
                        });
                    }
                }
            }
            Err(e) => failures.push(format!("{id}: {e}")),
        }
    }
    if renderers.iter().any(|r| r.format() == Format::Html) && !index.is_empty() {
        let default = first_langs.first().cloned().unwrap_or_default();
        for (lang, mut entries) in index {
            entries.sort_by(|a, b| {
                a.name
                    .to_lowercase()
                    .cmp(&b.name.to_lowercase())
                    .then(a.href.cmp(&b.href))
            });
            let mut ctx = tera::Context::new();
            ctx.insert("lang", &lang);
            ctx.insert("entries", &entries);
            let html = crate::render::tidy(&templates.render("index.html", &ctx)?);
            let names = if lang == default {
                vec![format!("index.{lang}.html"), "index.html".to_string()]
            } else {
                vec![format!("index.{lang}.html")]
            };
            for name in names {
                match write_atomic(&opts.out.join(&name), html.as_bytes()) {
                    Ok(()) => files += 1,
                    Err(e) => failures.push(format!(
                        "{}: cannot write: {e}",
                        opts.out.join(&name).display()
                    )),
                }
            }
        }
    }
    Ok(Built {
        checked,
        notices,
        skipped,
        files,
        failures,
    })
}
