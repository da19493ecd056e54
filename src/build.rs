//! `build` as a library function: check every register, and render each one that has no
//! errors to every requested format and language under the output folder.
//!
//! Safety of the output: every path is `<out>/<id>/<lang>.<ext>` or `<out>/index*.html`,
//! where the id and the language have been checked to be plain names (letters, digits,
//! hyphens), so nothing is written outside `out`. A register's files are all rendered in
//! memory first and then each written to a temporary file and renamed into place, so a
//! failure leaves the files of an earlier build untouched.

pub mod cache;

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
    /// Reuse the files of registers that did not change since the last build (see [`cache`]).
    pub reuse: bool,
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
    /// Registers whose files from an earlier build were kept, unchanged since then.
    pub reused: usize,
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
#[derive(serde::Serialize, serde::Deserialize, Clone)]
pub struct IndexEntry {
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
    render_notice_on(n, templates, renderers, langs, false)
}

/// [`render_notice`], with the languages rendered on several threads when `parallel`.
fn render_notice_on(
    n: &crate::rules::Notice,
    templates: &Templates,
    renderers: &[Box<dyn Renderer>],
    langs: &[String],
    parallel: bool,
) -> Result<Vec<Output>, BuildError> {
    let id = &n.register.meta.id;
    if !plain_name(id) {
        return Err(BuildError::Io(format!(
            "the register id `{id}` cannot be used as a folder name"
        )));
    }
    let one = |lang: &String| render_lang(n, templates, renderers, langs, lang);
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
) -> Result<Vec<Output>, BuildError> {
    let id = &n.register.meta.id;
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

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    // Asking first is much cheaper than a `mkdir` that fails or an `open` of a file that is
    // not there (a fresh build writes thousands of files).
    if !dir.is_dir() {
        std::fs::create_dir_all(dir)?;
    }
    // An existing file with the same content is left alone (its timestamp too).
    if std::fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        // No fsync: the rename is what makes a reader see the old file or the whole new
        // one; after a power cut, a build can be run again (thousands of fsyncs cost
        // more than the rendering).
        f.write_all(bytes)?;
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

/// Register and organisation files hashed in this build, with the stamps to record.
type Hashes = std::collections::HashMap<PathBuf, (String, Option<cache::Stamp>)>;

/// The hash of the file at `path` and its stamp: from `hashes` when it was hashed already,
/// else read now.
fn known_hash(
    hashes: &Hashes,
    path: &Path,
    now: std::time::SystemTime,
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
    let renderers = renderers(&opts.formats, opts.fragment);
    // The word lists the rules use and the PDF fonts are made ready once per process:
    // start now, on a core that is mostly idle while the files are listed and compared.
    let pdf = renderers.iter().any(|r| r.format() == Format::Pdf);
    std::thread::spawn(move || {
        crate::rules::wording::prepare();
        if pdf {
            crate::render::pdf::prepare();
        }
    });
    // Templates are parsed meanwhile too; nothing is written before they are ready.
    std::thread::scope(|s| {
        let templates = s.spawn(|| Templates::load(opts.templates.as_deref()));
        build_with(paths, opts, progress, renderers, templates)
    })
}

fn build_with(
    paths: &[PathBuf],
    opts: &BuildOptions,
    progress: &mut dyn FnMut(usize, usize, &str),
    renderers: Vec<Box<dyn Renderer>>,
    templates: std::thread::ScopedJoinHandle<'_, Result<Templates, TemplateError>>,
) -> Result<Built, BuildError> {
    // Registers unchanged since the last build keep their files and are not read again.
    let key = if opts.reuse {
        let options = format!(
            "{:?} {:?} {}",
            renderers.iter().map(|r| r.format()).collect::<Vec<_>>(),
            opts.langs,
            opts.fragment
        );
        cache::key(opts.templates.as_deref(), &options, opts.today)
    } else {
        None
    };
    let old = key.as_deref().and_then(|k| cache::read(&opts.out, k));
    let mut record = cache::Cache {
        key: key.clone().unwrap_or_default(),
        ..Default::default()
    };
    let now = std::time::SystemTime::now();
    let mut hashes: Hashes = Default::default();
    // Where each file comes in a full build's order (known when there is a record).
    let mut position: std::collections::HashMap<PathBuf, usize> = Default::default();
    let mut to_load = paths.to_vec();
    if let (Some(old), Some(files)) = (&old, crate::load::yaml_files(paths)) {
        let found = crate::par::map(&files, |p| cache::hash_stamped(p, &old.stamps, now));
        hashes = files
            .iter()
            .cloned()
            .zip(found)
            .filter_map(|(p, h)| Some((p, h?)))
            .collect();
        let current = |path: &str| known_hash(&hashes, Path::new(path), now).map(|(h, _)| h);
        to_load.clear();
        position = files.iter().cloned().zip(0..).collect();
        let kept = crate::par::map(&files, |f| {
            let name = f.to_string_lossy();
            old.registers.get(&*name).filter(|e| {
                current(&name).as_ref() == Some(&e.hash)
                    && e.organisation
                        .as_ref()
                        .is_none_or(|(p, h)| current(p).as_ref() == Some(h))
                    && cache::outputs_present(&opts.out, e)
            })
        });
        for (f, kept) in files.iter().zip(kept) {
            match kept {
                Some(e) => {
                    let name = f.to_string_lossy().into_owned();
                    for p in std::iter::once(&name).chain(e.organisation.as_ref().map(|(p, _)| p)) {
                        if let Some((_, Some(stamp))) = hashes.get(Path::new(p)) {
                            record.stamps.insert(p.clone(), stamp.clone());
                        }
                    }
                    record.registers.insert(name, e.clone());
                }
                None => to_load.push(f.clone()),
            }
        }
    }
    let reused = record.registers.len();

    let checked = check_paths_on(&to_load, opts.today);
    let ws = &checked.workspace;
    let templates = templates
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    // This build may overwrite files the record vouches for: remove it until a new one is
    // written at the end, so that a build without reuse (or one whose record cannot be
    // written) leaves none that a later build would trust.
    let _ = std::fs::remove_file(opts.out.join(cache::FILE));

    let registers: Vec<usize> = (0..ws.docs.len())
        .filter(|&i| matches!(ws.docs[i].content, Content::Register(_)))
        .collect();
    let mut notices = 0;
    let mut files = 0;
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    let mut index: std::collections::BTreeMap<String, Vec<IndexEntry>> = Default::default();
    // Each register's first language, by its place in a full build's order: the first
    // one written is the language of index.html, whether it was rendered or kept.
    let mut first_langs: Vec<(usize, String)> = Vec::new();
    for (name, entry) in &record.registers {
        if let Some((lang, _)) = entry.index.first() {
            let at = position.get(Path::new(name)).copied().unwrap_or(usize::MAX);
            first_langs.push((at, lang.clone()));
        }
        for (lang, e) in &entry.index {
            index.entry(lang.clone()).or_default().push(e.clone());
        }
    }
    // Which registers to write, in order; then render them on every core.
    let mut jobs = Vec::new();
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
        let clean = !checked
            .diagnostics
            .iter()
            .any(|d| own_files.contains(&d.file));
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
        jobs.push((n, langs, clean));
    }
    // With few registers the cores share out their languages instead.
    let parallel_langs = jobs.len() < 2 * crate::par::threads();
    let rendered = crate::par::map(&jobs, |(n, langs, _)| {
        let outputs = render_notice_on(n, &templates, &renderers, langs, parallel_langs)?;
        let written: Vec<Result<(String, u64), String>> = outputs
            .iter()
            .map(|o| {
                let path = opts.out.join(&o.path);
                write_atomic(&path, &o.bytes)
                    .map(|()| (o.path.to_string_lossy().into_owned(), o.bytes.len() as u64))
                    .map_err(|e| format!("{}: cannot write: {e}", path.display()))
            })
            .collect();
        Ok::<_, BuildError>(written)
    });
    for ((n, langs, clean), result) in jobs.iter().zip(rendered) {
        let id = &n.register.meta.id;
        let written = match result {
            Ok(written) => written,
            Err(e) => {
                failures.push(format!("{id}: {e}"));
                continue;
            }
        };
        let ok = written.iter().all(Result::is_ok);
        let mut outputs = Vec::new();
        for w in written {
            match w {
                Ok(o) => outputs.push(o),
                Err(e) => failures.push(e),
            }
        }
        files += outputs.len();
        if !ok {
            continue;
        }
        notices += 1;
        if let Some(first) = langs.first() {
            let reg = &ws.files.get(n.reg.file).path;
            let at = position.get(reg).copied().unwrap_or(usize::MAX);
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
                href: format!("{id}/{lang}.html"),
            };
            index.entry(lang.clone()).or_default().push(entry.clone());
            entries.push((lang.clone(), entry));
        }
        // Only a register with nothing to report is reused, so a rebuild prints the same
        // warnings as a full build.
        if *clean && key.is_some() {
            let path_of = |file: usize| ws.files.get(file).path.clone();
            let mut hash_of = |p: &Path| {
                let (hash, stamp) = known_hash(&hashes, p, now)?;
                if let Some(stamp) = stamp {
                    record
                        .stamps
                        .insert(p.to_string_lossy().into_owned(), stamp);
                }
                Some(hash)
            };
            let reg = path_of(n.reg.file);
            let org = n.org.as_ref().map(|(_, o)| path_of(o.file));
            let Some(hash) = hash_of(&reg) else {
                continue;
            };
            let organisation = match org.map(|p| (hash_of(&p), p)) {
                Some((Some(h), p)) => Some((p.to_string_lossy().into_owned(), h)),
                Some((None, _)) => continue,
                None => None,
            };
            record.registers.insert(
                reg.to_string_lossy().into_owned(),
                cache::Entry {
                    hash,
                    organisation,
                    outputs,
                    index: entries,
                },
            );
        }
    }
    if renderers.iter().any(|r| r.format() == Format::Html) && !index.is_empty() {
        // Stable: without a record, registers keep the order they were rendered in.
        first_langs.sort_by_key(|(at, _)| *at);
        let default = first_langs
            .first()
            .map(|(_, l)| l.clone())
            .unwrap_or_default();
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
    if key.is_some() {
        // A record that cannot be written only costs the next build its reuse.
        let _ = cache::write(&opts.out, &record);
    }
    Ok(Built {
        checked,
        notices,
        reused,
        skipped,
        files,
        failures,
    })
}
