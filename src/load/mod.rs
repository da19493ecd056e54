//! Reading register and organisation files: bytes → text → YAML tree with spans →
//! schema validation → model types. Every problem becomes a [`Diagnostic`] pointing at
//! its file and span; a broken file never stops the others.

pub mod codes;
pub mod fast;
pub mod hints;
pub mod recover;
pub mod root;
pub mod schema;
pub mod tree;

use crate::diagnostic::{Diagnostic, FileId, Files, Msg, SourceFile};
use crate::fsio::{self, ReadError};
use crate::model::{Organisation, Register};
use crate::msg;
pub use recover::Recovery;
pub use root::Root;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tree::{Node, Seg, Span, Value};

/// The largest file seloste reads. Real registers are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The deepest nesting seloste reads. Real registers nest about six levels.
pub const MAX_DEPTH: usize = 32;

/// Stack for the loader thread: ample for [`MAX_DEPTH`] levels of recursive parsing.
const PARSE_STACK_BYTES: usize = 64 * 1024 * 1024;

/// What a parsed file turned out to be.
#[derive(Debug)]
pub enum Content {
    Register(Box<Register>),
    Organisation(Box<Organisation>),
    /// The file had errors that stopped it from being read into the model.
    Invalid,
}

/// One file as loaded.
#[derive(Debug)]
pub struct Doc {
    pub file: FileId,
    /// The YAML tree; `None` when the file could not be parsed.
    pub tree: Option<Node>,
    pub content: Content,
    /// What did not load and was left out of the checks (see [`recover`]).
    pub recovery: Recovery,
    /// Canonical path, used to find organisation files that several registers share.
    pub canonical: Option<PathBuf>,
}

/// Everything loaded in one run.
#[derive(Debug, Default)]
pub struct Workspace {
    pub files: Files,
    pub docs: Vec<Doc>,
    pub diagnostics: Vec<Diagnostic>,
    /// True when a file could not be read at all (exit code 2).
    pub io_failed: bool,
    /// For each register doc: the doc of its organisation file, if it names one that loaded.
    pub organisation_of: HashMap<usize, usize>,
    by_path: HashMap<PathBuf, usize>,
    /// Files found in a folder search (not named): read only when they say they are a
    /// register or an organisation file (see [`signalled`]).
    walked: HashSet<PathBuf>,
    /// Texts read from memory instead of disk (an editor's unsaved documents), by canonical
    /// path, or by the path as given for a file not yet on disk (see [`Workspace::load_with`]).
    overlay: HashMap<PathBuf, Arc<str>>,
}

impl Workspace {
    /// How many of the files read are registers.
    pub fn register_count(&self) -> usize {
        self.docs
            .iter()
            .filter(|d| matches!(d.content, Content::Register(_)))
            .count()
    }

    /// [`Workspace::load_in`] the project folder of the current folder ([`Root::discover`]).
    pub fn load(paths: &[PathBuf]) -> Workspace {
        match Root::discover() {
            Ok(root) => Workspace::load_in(&root, paths),
            Err(e) => {
                let mut ws = Workspace::default();
                let file = ws
                    .files
                    .add(SourceFile::new(PathBuf::from("."), Arc::from("")));
                ws.io_failed = true;
                ws.diagnostics.push(
                    Diagnostic::new(
                        &codes::IoError::INFO,
                        file,
                        None,
                        msg!("io-error-no-project", error = e.to_string()),
                    )
                    .with_help(msg!("io-error-no-project-help")),
                );
                ws
            }
        }
    }

    /// Loads every YAML file named in `paths` (directories are searched recursively
    /// for `*.yaml` and `*.yml`), and the organisation files the registers refer to.
    /// Only files inside `root` are read (see [`root`]).
    pub fn load_in(root: &Root, paths: &[PathBuf]) -> Workspace {
        // Parsing recurses once per nesting level, and debug builds use large frames: run it
        // on a thread whose stack is sized for the depth limit, whatever thread calls us.
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("seloste-load".into())
                .stack_size(PARSE_STACK_BYTES)
                .spawn_scoped(s, || Workspace::load_here(root, paths))
                .expect("spawning the loader thread")
                .join()
                .expect("the loader does not panic")
        })
    }

    /// [`Workspace::load_in`], reading the files `overlay` names from it instead of from disk
    /// (`seloste lsp`: the open documents, saved or not). Keys are canonical paths, or the
    /// path as given for a file not on disk. Every other rule of reading holds: only files
    /// inside `root`, each once.
    pub fn load_with(
        root: &Root,
        paths: &[PathBuf],
        overlay: HashMap<PathBuf, Arc<str>>,
    ) -> Workspace {
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("seloste-load".into())
                .stack_size(PARSE_STACK_BYTES)
                .spawn_scoped(s, || {
                    let mut ws = Workspace {
                        overlay,
                        ..Workspace::default()
                    };
                    let wanted = expand(root, paths, &mut ws);
                    ws.load_files(root, &wanted);
                    ws.resolve_organisations(Some(root));
                    ws
                })
                .expect("spawning the loader thread")
                .join()
                .expect("the loader does not panic")
        })
    }

    /// The text of `path` (canonical `canonical`): from the overlay, else from disk.
    fn read(
        overlay: &HashMap<PathBuf, Arc<str>>,
        path: &Path,
        canonical: Option<&Path>,
    ) -> (Arc<str>, Option<ReadProblem>) {
        let key = canonical.unwrap_or(path);
        match overlay.get(key) {
            Some(text) => Self::bytes_text(text.as_bytes()),
            None => read_text(path),
        }
    }

    /// Loads one file given as bytes, as if read from `path`. Nothing is read from disk: an
    /// organisation file the register names is reported as missing.
    pub fn load_bytes(path: &Path, bytes: &[u8]) -> Workspace {
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("seloste-load".into())
                .stack_size(PARSE_STACK_BYTES)
                .spawn_scoped(s, || {
                    let mut ws = Workspace::default();
                    ws.add_doc(path, None, Self::bytes_text(bytes));
                    ws.resolve_organisations(None);
                    ws
                })
                .expect("spawning the loader thread")
                .join()
                .expect("the loader does not panic")
        })
    }

    fn bytes_text(bytes: &[u8]) -> (Arc<str>, Option<ReadProblem>) {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            let size = bytes.len();
            return (Arc::from(""), Some(too_large(size as u64)));
        }
        decode(bytes.to_vec())
    }

    fn load_here(root: &Root, paths: &[PathBuf]) -> Workspace {
        let mut ws = Workspace::default();
        let wanted = expand(root, paths, &mut ws);
        ws.load_files(root, &wanted);
        ws.resolve_organisations(Some(root));
        ws
    }

    /// Loads `paths` in order, each once, reading and parsing them on several threads.
    fn load_files(&mut self, root: &Root, paths: &[PathBuf]) {
        let canonical: Vec<Option<PathBuf>> =
            crate::par::map(paths, |p| std::fs::canonicalize(p).ok());
        let mut seen = HashSet::new();
        let mut todo: Vec<(&PathBuf, Option<PathBuf>)> = Vec::new();
        for (path, c) in paths.iter().zip(canonical) {
            if let Some(c) = &c {
                if self.by_path.contains_key(c) || !seen.insert(c.clone()) {
                    continue;
                }
                // Named paths and links in a walk were checked already; this holds also
                // if a folder changed since.
                if !root.contains(c) {
                    self.report_outside(root, path, false);
                    continue;
                }
            }
            todo.push((path, c));
        }
        let overlay = &self.overlay;
        let texts = crate::par::map(&todo, |(path, canonical)| {
            Self::read(overlay, path, canonical.as_deref())
        });
        // Other YAML found in a folder (a CI workflow, a tool's settings) is none of
        // seloste's business: left out without a word.
        let todo: Vec<_> = todo
            .into_iter()
            .zip(texts)
            .filter(|((path, _), (text, problem))| {
                !self.walked.contains(*path)
                    || matches!(problem, Some(ReadProblem::Io(..)))
                    || signalled(text)
            })
            .collect();
        let base = self.files.len();
        // Each text is taken once, by the thread that parses it.
        let jobs: Vec<(usize, _)> = todo
            .into_iter()
            .map(|(p, read)| (p, std::sync::Mutex::new(Some(read))))
            .enumerate()
            .collect();
        let loaded = crate::par::map(&jobs, |(k, ((path, canonical), read))| {
            let read = read.lock().ok().and_then(|mut r| r.take());
            let read = read.unwrap_or_else(|| (Arc::from(""), None));
            load_one(path, canonical.clone(), read, base + k)
        });
        for l in loaded {
            let canonical = l.doc.canonical.clone();
            let id = self.push(l);
            if let Some(c) = canonical {
                self.by_path.insert(c, id);
            }
        }
    }

    /// Loads one file whose canonical path is `canonical` (once: a file reached twice is
    /// loaded the first time only).
    fn load_file(&mut self, path: &Path, canonical: PathBuf) -> usize {
        if let Some(&doc) = self.by_path.get(&canonical) {
            return doc;
        }
        let read = Self::read(&self.overlay, path, Some(&canonical));
        let id = self.add_doc(path, Some(canonical.clone()), read);
        self.by_path.insert(canonical, id);
        id
    }

    /// Reports `path`, which leads outside the project folder, by name; it is not read.
    /// `named`: given on the command line (exit 2), else a link found in a folder.
    fn report_outside(&mut self, root: &Root, path: &Path, named: bool) {
        let file = self
            .files
            .add(SourceFile::new(path.to_path_buf(), Arc::from("")));
        let folder = root.path().display();
        let d = if named {
            self.io_failed = true;
            Diagnostic::new(
                &codes::OutsideProject::INFO,
                file,
                None,
                msg!(
                    "outside-project-message",
                    path = path.display().to_string(),
                    folder = folder.to_string()
                ),
            )
            .with_help(msg!("outside-project-help", project = root.explain()))
        } else {
            Diagnostic::new(
                &codes::OutsideProject::INFO,
                file,
                None,
                msg!(
                    "outside-project-link",
                    path = path.display().to_string(),
                    folder = folder.to_string()
                ),
            )
            .with_help(msg!("outside-project-link-help", project = root.explain()))
        };
        self.diagnostics.push(d);
    }

    /// Parses and reads one file's text (or records why it has none); returns its doc index.
    fn add_doc(
        &mut self,
        path: &Path,
        canonical: Option<PathBuf>,
        read: (Arc<str>, Option<ReadProblem>),
    ) -> usize {
        let loaded = load_one(path, canonical, read, self.files.len());
        self.push(loaded)
    }

    fn push(&mut self, loaded: Loaded) -> usize {
        let file = self.files.add(loaded.source);
        debug_assert_eq!(file, loaded.doc.file);
        self.io_failed |= loaded.io_failed;
        self.diagnostics.extend(loaded.diagnostics);
        self.docs.push(loaded.doc);
        self.docs.len() - 1
    }

    /// Loads the organisation file each register names, and reports names that lead nowhere
    /// or out of the project folder. With no `root` (text given in memory) no file is read:
    /// every name leads nowhere.
    fn resolve_organisations(&mut self, root: Option<&Root>) {
        let mut i = 0;
        while i < self.docs.len() {
            let reference = match &self.docs[i].content {
                Content::Register(r) => r.meta.organisation.clone(),
                _ => None,
            };
            if let Some(rel) = reference {
                let base = self
                    .files
                    .get(self.docs[i].file)
                    .path
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                let span = self.docs[i]
                    .tree
                    .as_ref()
                    .map(|t| t.locate(&["meta".into(), "organisation".into()]));
                let file = self.docs[i].file;
                let refers = |message: Msg, label: Msg, help: Msg| {
                    Diagnostic::new(&codes::References::INFO, file, span, message)
                        .with_label(label)
                        .with_help(help)
                };
                match organisation_target(root, &base, &rel) {
                    Err(Refused::Absolute) => self.diagnostics.push(refers(
                        msg!("load-organisation-absolute", path = rel.as_str()),
                        msg!("load-organisation-absolute-label"),
                        msg!(
                            "load-organisation-absolute-help",
                            folder = shown(&base),
                            project = root
                                .map_or_else(|| msg!("load-project-folder-only"), Root::explain)
                        ),
                    )),
                    Err(Refused::Missing) => self.diagnostics.push(refers(
                        msg!("load-organisation-missing", path = rel.as_str()),
                        msg!("load-organisation-missing-label"),
                        msg!("load-organisation-missing-help", folder = shown(&base)),
                    )),
                    Err(Refused::Outside { root, by_link }) => self.diagnostics.push(refers(
                        if by_link {
                            msg!(
                                "load-organisation-link",
                                path = rel.as_str(),
                                folder = root.path().display().to_string()
                            )
                        } else {
                            msg!(
                                "load-organisation-outside",
                                path = rel.as_str(),
                                folder = root.path().display().to_string()
                            )
                        },
                        msg!("load-organisation-outside-label"),
                        msg!(
                            "load-organisation-outside-help",
                            project = root.explain(),
                            folder = shown(&base)
                        ),
                    )),
                    Ok((target, canonical)) => {
                        let org = self.load_file(&target, canonical);
                        match &self.docs[org].content {
                            Content::Organisation(_) => {
                                self.organisation_of.insert(i, org);
                            }
                            Content::Register(_) => self.diagnostics.push(
                                Diagnostic::new(
                                    &codes::References::INFO,
                                    file,
                                    span,
                                    msg!("load-organisation-is-register", path = rel.as_str()),
                                )
                                .with_help(msg!("load-organisation-is-register-help")),
                            ),
                            // Its own diagnostics say what is wrong with it (by its name
                            // only, when it is not a register or an organisation file).
                            Content::Invalid => {}
                        }
                    }
                }
            }
            i += 1;
        }
    }
}

/// A folder for messages: `.` for the current one.
fn shown(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        ".".to_string()
    } else {
        dir.display().to_string()
    }
}

/// Why `meta.organisation` is not read.
enum Refused<'a> {
    /// An absolute path: never read, whatever it names.
    Absolute,
    /// No regular file there (or no disk to read from).
    Missing,
    /// It resolves outside the project folder: by its `..` steps, or through a link.
    Outside { root: &'a Root, by_link: bool },
}

/// The file `meta.organisation: rel` of a register in folder `base` names, and its
/// canonical path, if it may be read.
fn organisation_target<'a>(
    root: Option<&'a Root>,
    base: &Path,
    rel: &str,
) -> Result<(PathBuf, PathBuf), Refused<'a>> {
    let relative = Path::new(rel);
    if relative.has_root()
        || relative.is_absolute()
        || matches!(
            relative.components().next(),
            Some(std::path::Component::Prefix(_))
        )
    {
        return Err(Refused::Absolute);
    }
    let Some(root) = root else {
        return Err(Refused::Missing);
    };
    let target = base.join(relative);
    let canonical = std::fs::canonicalize(&target).map_err(|_| Refused::Missing)?;
    if !root.contains(&canonical) {
        // Without following links, would the `..` steps alone stay inside?
        let by_link = std::fs::canonicalize(if base.as_os_str().is_empty() {
            Path::new(".")
        } else {
            base
        })
        .map(|mut lexical| {
            for c in relative.components() {
                match c {
                    std::path::Component::ParentDir => {
                        lexical.pop();
                    }
                    std::path::Component::Normal(n) => lexical.push(n),
                    _ => {}
                }
            }
            root.contains(&lexical)
        })
        .unwrap_or(true);
        return Err(Refused::Outside { root, by_link });
    }
    // A folder, FIFO or device is not an organisation file (and is never opened here).
    if !canonical.is_file() {
        return Err(Refused::Missing);
    }
    Ok((target, canonical))
}

/// The YAML files `paths` name, in the order [`Workspace::load`] reads them (folders
/// searched recursively, each folder's files sorted), in the project folder of the current
/// folder; `None` when a folder cannot be read or something was refused.
pub fn yaml_files(paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    yaml_files_in(&Root::discover().ok()?, paths)
}

/// [`yaml_files`] in the project folder `root`.
pub fn yaml_files_in(root: &Root, paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let mut ws = Workspace::default();
    let mut all = expand(root, paths, &mut ws);
    // Found in a folder and not a register or an organisation file: not read by a load.
    let keep = crate::par::map(&all, |p| {
        !ws.walked.contains(p) || {
            let (text, problem) = read_text(p);
            matches!(problem, Some(ReadProblem::Io(..))) || signalled(&text)
        }
    });
    let mut keep = keep.into_iter();
    all.retain(|_| keep.next().unwrap_or(true));
    // Anything reported (a link out of the project, an unreadable folder) must be reported
    // again by the load that follows: `None` makes callers load `paths` themselves.
    (!ws.io_failed && ws.diagnostics.is_empty()).then_some(all)
}

/// Files named in `paths`, folders replaced by their YAML files (sorted per folder). A path
/// that leads outside the project folder, and a folder that cannot be read, are reported in
/// `ws`; a named path that does not exist is kept (reading it says so).
fn expand(root: &Root, paths: &[PathBuf], ws: &mut Workspace) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for path in paths {
        let Ok(canonical) = std::fs::canonicalize(path) else {
            all.push(path.clone());
            continue;
        };
        if !root.contains(&canonical) {
            ws.report_outside(root, path, true);
        } else if canonical.is_dir() {
            let mut found = walk(root, path, ws);
            found.sort();
            ws.walked.extend(found.iter().cloned());
            all.extend(found);
        } else {
            all.push(path.clone());
        }
    }
    all
}

/// One file read, parsed and validated, not yet added to a workspace.
struct Loaded {
    source: SourceFile,
    doc: Doc,
    diagnostics: Vec<Diagnostic>,
    io_failed: bool,
}

/// Reads one file into a [`Loaded`] whose file id will be `file`. Touches nothing shared,
/// so files load on several threads at once.
///
/// A file that is not a register or an organisation file (no `meta:` or `organisation:` at
/// its top level; when it cannot be parsed, no line starting with either) may be any file
/// that holds secrets: it is reported by name only. Its text is not kept, and its
/// diagnostics have no place in it and quote nothing from it.
fn load_one(
    path: &Path,
    canonical: Option<PathBuf>,
    (text, problem): (Arc<str>, Option<ReadProblem>),
    file: FileId,
) -> Loaded {
    let mut source = SourceFile::new(path.to_path_buf(), text);
    let mut doc = Doc {
        file,
        tree: None,
        content: Content::Invalid,
        recovery: Recovery::default(),
        canonical,
    };
    let mut diagnostics = Vec::new();
    let mut io_failed = false;
    let shown = match problem {
        Some(ReadProblem::Io(msg, help)) => {
            io_failed = true;
            diagnostics.push(
                Diagnostic::new(
                    &codes::IoError::INFO,
                    file,
                    None,
                    msg!(
                        "io-error-message",
                        path = path.display().to_string(),
                        reason = msg
                    ),
                )
                .with_help(help),
            );
            true
        }
        Some(ReadProblem::Other(d)) => {
            diagnostics.push(d(file));
            looks_like_notice(&source.text)
        }
        None => match parse_yaml(&source, file) {
            Ok(mut node) if is_notice(&node) => {
                (doc.content, doc.recovery) =
                    schema::validate_and_read(&mut node, file, &mut diagnostics);
                doc.tree = Some(node);
                true
            }
            Ok(_) => {
                diagnostics.push(
                    Diagnostic::new(
                        &codes::NotANotice::INFO,
                        file,
                        None,
                        msg!("not-a-notice-message"),
                    )
                    .with_help(msg!("not-a-notice-help")),
                );
                false
            }
            Err(d) => {
                let shown = d.rule != codes::NotANotice::INFO.id && looks_like_notice(&source.text);
                diagnostics.push(*d);
                shown
            }
        },
    };
    if !shown {
        source = SourceFile::new(path.to_path_buf(), Arc::from(""));
        diagnostics = diagnostics.into_iter().map(conceal).collect();
    }
    Loaded {
        source,
        doc,
        diagnostics,
        io_failed,
    }
}

/// True when a text says it is a register or an organisation file: a top-level `meta:` or
/// `organisation:` key (see [`looks_like_notice`]), or the editor's schema comment naming
/// seloste's schemas (`# yaml-language-server: $schema=…/register.schema.json`).
fn signalled(text: &str) -> bool {
    looks_like_notice(text)
        || text.lines().take_while(|l| l.starts_with('#')).any(|l| {
            l.contains("$schema=")
                && (l.contains("register.schema.json") || l.contains("organisation.schema.json"))
        })
}

/// True when a parsed file is a register or an organisation file.
fn is_notice(node: &Node) -> bool {
    node.entry("meta").is_some() || node.entry("organisation").is_some()
}

/// True when a text that could not be parsed still looks like a register or an
/// organisation file: a line starts with the key `meta` or `organisation` (perhaps quoted,
/// perhaps after the `{` of a flow mapping), followed by `:`.
fn looks_like_notice(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.strip_prefix('{').map_or(line, str::trim_start);
        let (line, quote) = match line.chars().next() {
            Some(q @ ('"' | '\'')) => (&line[1..], Some(q)),
            _ => (line, None),
        };
        ["meta", "organisation"].iter().any(|key| {
            line.strip_prefix(key)
                .map(|rest| match quote {
                    Some(q) => rest.strip_prefix(q).unwrap_or("?"),
                    None => rest,
                })
                .is_some_and(|rest| rest.trim_start_matches(' ').starts_with(':'))
        })
    })
}

/// `d` about a file that is not a register: no place in the file, no label, and a message
/// that quotes nothing from it (parser messages and key names may).
fn conceal(mut d: Diagnostic) -> Diagnostic {
    d.span = None;
    d.label = None;
    let message = if d.rule == codes::YamlSyntax::INFO.id {
        Some(msg!("yaml-syntax-concealed"))
    } else if d.rule == codes::DuplicateKey::INFO.id {
        Some(msg!("duplicate-key-concealed"))
    } else if d.rule == codes::YamlLimits::INFO.id {
        Some(msg!("yaml-limits-concealed"))
    } else {
        None
    };
    if let Some(message) = message {
        d.message = message;
        d.help = Some(msg!("load-concealed-help"));
    }
    d
}

fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// What makes a folder the same folder, however it is reached.
#[derive(Hash, PartialEq, Eq)]
enum FolderKey {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn folder_key(path: &Path) -> Option<FolderKey> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(FolderKey::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(FolderKey::Path)
    }
}

/// The `*.yaml` and `*.yml` files under `dir` (a folder inside `root`), following links.
/// Each real folder is walked once: a second way to reach it (a link to a folder already
/// walked, or back to one of its parents: a loop) is skipped silently, as its files are
/// found anyway. A link that leads outside `root` is reported by name and not followed
/// or read. The walk opens folders only; it never opens a file.
fn walk(root: &Root, dir: &Path, ws: &mut Workspace) -> Vec<PathBuf> {
    use std::sync::{Arc, Mutex};
    #[derive(Default)]
    struct Seen {
        folders: HashSet<FolderKey>,
        outside: Vec<PathBuf>,
    }
    let seen = Arc::new(Mutex::new(Seen::default()));
    if let Some(k) = folder_key(dir) {
        seen.lock().unwrap().folders.insert(k);
    }
    let keep = {
        let seen = Arc::clone(&seen);
        let root = root.clone();
        move |e: &ignore::DirEntry| {
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            if e.depth() > 0
                && let Some(f) = crate::config::active().and_then(|a| a.filter())
                && f.excluded(e.path())
            {
                return false;
            }
            if !is_dir && !is_yaml(e.path()) {
                return true;
            }
            let mut seen = seen.lock().unwrap();
            if e.path_is_symlink()
                && std::fs::canonicalize(e.path()).is_ok_and(|c| !root.contains(&c))
            {
                seen.outside.push(e.path().to_path_buf());
                return false;
            }
            !is_dir || folder_key(e.path()).is_none_or(|k| seen.folders.insert(k))
        }
    };
    // What git and ripgrep skip is skipped: hidden files and folders (`.github/`, `.git/`),
    // and what `.gitignore`, `.ignore` and git's excludes name (also outside a git work
    // tree); then seloste.toml's `exclude`.
    let walker = ignore::WalkBuilder::new(dir)
        .standard_filters(true)
        .require_git(false)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(keep)
        .build();
    let mut out = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) => {
                if e.depth() > 0
                    && !e.file_type().is_some_and(|t| t.is_dir())
                    && is_yaml(e.path())
                    && crate::config::active()
                        .and_then(|a| a.filter())
                        .is_none_or(|f| f.included(e.path()))
                {
                    out.push(e.into_path());
                }
            }
            Err(err) => walk_error(err, &mut out, ws),
        }
    }
    let outside = std::mem::take(&mut seen.lock().unwrap().outside);
    for p in outside {
        ws.report_outside(root, &p, false);
    }
    out
}

/// A problem met in a walk: a loop is skipped silently; a `*.yaml` entry that cannot be
/// followed (a dangling link) is kept, so that reading it says why; a folder that cannot
/// be read is reported.
fn walk_error(err: ignore::Error, out: &mut Vec<PathBuf>, ws: &mut Workspace) {
    let mut err = &err;
    let mut path = None;
    loop {
        match err {
            ignore::Error::WithDepth { err: inner, .. }
            | ignore::Error::WithLineNumber { err: inner, .. } => err = inner,
            ignore::Error::WithPath {
                path: p,
                err: inner,
            } => {
                path = Some(p.clone());
                err = inner;
            }
            _ => break,
        }
    }
    if matches!(err, ignore::Error::Loop { .. }) {
        return;
    }
    let Some(path) = path else { return };
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
        let file = ws.files.add(SourceFile::new(path.clone(), Arc::from("")));
        ws.io_failed = true;
        ws.diagnostics.push(
            Diagnostic::new(
                &codes::IoError::INFO,
                file,
                None,
                msg!(
                    "io-error-folder",
                    path = path.display().to_string(),
                    error = err.to_string()
                ),
            )
            .with_help(msg!("io-error-folder-help")),
        );
    } else if is_yaml(&path) {
        out.push(path);
    }
}

type DiagFn = Box<dyn FnOnce(FileId) -> Diagnostic + Send>;

enum ReadProblem {
    /// Not read: the reason, and what to do.
    Io(Msg, Msg),
    Other(DiagFn),
}

/// Reads a file as UTF-8 text, refusing what is not: not a regular file (a folder, FIFO or
/// device, after following links), too large, binary, UTF-16, invalid UTF-8. A UTF-8
/// byte-order mark is removed; CRLF line ends are kept (the parser handles them).
fn read_text(path: &Path) -> (Arc<str>, Option<ReadProblem>) {
    let empty: Arc<str> = Arc::from("");
    let not_regular = msg!("io-error-not-regular-help");
    match fsio::read_regular(path, MAX_FILE_BYTES) {
        Ok(bytes) => decode(bytes),
        Err(ReadError::Io(e)) => (
            empty,
            Some(ReadProblem::Io(
                // The system's own words ("No such file or directory (os error 2)"), and
                // what kind of error it is, for the languages the system does not speak.
                msg!(
                    "io-error-system",
                    error = e.to_string(),
                    kind = match e.kind() {
                        std::io::ErrorKind::NotFound => "not-found",
                        std::io::ErrorKind::PermissionDenied => "denied",
                        _ => "other",
                    }
                ),
                msg!("io-error-help"),
            )),
        ),
        Err(ReadError::NotRegular(kind)) => {
            let what = match kind {
                fsio::Kind::Folder => msg!("io-error-folder-not-file"),
                fsio::Kind::Fifo => msg!("io-error-fifo"),
                fsio::Kind::Socket => msg!("io-error-socket"),
                fsio::Kind::Device => msg!("io-error-device"),
                fsio::Kind::Other => msg!("io-error-not-regular"),
            };
            (empty, Some(ReadProblem::Io(what, not_regular)))
        }
        Err(ReadError::TooLarge { at_least, .. }) => (empty, Some(too_large(at_least))),
    }
}

/// A file of `size` bytes, or more when `size` is one past the limit (reading stopped there).
fn too_large(size: u64) -> ReadProblem {
    ReadProblem::Other(Box::new(move |file| {
        let message = if size == MAX_FILE_BYTES + 1 {
            msg!("too-large-message-more", limit = MAX_FILE_BYTES)
        } else {
            msg!("too-large-message", size = size, limit = MAX_FILE_BYTES)
        };
        Diagnostic::new(&codes::TooLarge::INFO, file, None, message)
            .with_help(msg!("too-large-help"))
    }))
}

fn decode(bytes: Vec<u8>) -> (Arc<str>, Option<ReadProblem>) {
    let empty: Arc<str> = Arc::from("");
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return (
            empty,
            Some(ReadProblem::Other(Box::new(|file| {
                Diagnostic::new(&codes::Encoding::INFO, file, None, msg!("encoding-utf16"))
                    .with_help(msg!("encoding-utf16-help"))
            }))),
        );
    }
    let body = bytes
        .strip_prefix(&[0xEF, 0xBB, 0xBF][..])
        .unwrap_or(&bytes);
    let nul = body.iter().position(|&b| b == 0);
    match std::str::from_utf8(body) {
        Ok(text) if nul.is_none() => (Arc::from(text), None),
        result => {
            let bad = match result {
                Ok(_) => nul.unwrap_or(0),
                Err(e) => e.valid_up_to().min(nul.unwrap_or(usize::MAX)),
            };
            let lossy: Arc<str> =
                Arc::from(String::from_utf8_lossy(&body[..bad]).into_owned() + "\u{FFFD}");
            let is_binary = nul.is_some_and(|n| n <= bad);
            let text = lossy.clone();
            (
                lossy,
                Some(ReadProblem::Other(Box::new(move |file| {
                    let src = SourceFile::new(PathBuf::new(), text);
                    let (line, column) = src.line_col(bad);
                    let span = Some(Span {
                        offset: bad,
                        len: 0,
                        line,
                        column,
                    });
                    if is_binary {
                        Diagnostic::new(&codes::Encoding::INFO, file, span, msg!("encoding-binary"))
                            .with_label(msg!("encoding-binary-label"))
                            .with_help(msg!("encoding-binary-help"))
                    } else {
                        Diagnostic::new(
                            &codes::Encoding::INFO,
                            file,
                            span,
                            msg!("encoding-invalid"),
                        )
                        .with_label(msg!("encoding-invalid-label"))
                        .with_help(msg!("encoding-invalid-help"))
                    }
                }))),
            )
        }
    }
}

/// Parses YAML text into a tree, within the budgets that keep hostile input cheap.
fn parse_yaml(src: &SourceFile, file: FileId) -> Result<Node, Box<Diagnostic>> {
    let text: &str = &src.text;
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Box::new(
            Diagnostic::new(
                &codes::NotANotice::INFO,
                file,
                None,
                msg!("not-a-notice-empty"),
            )
            .with_help(msg!("not-a-notice-empty-help")),
        ));
    }
    let node = match fast::parse(text) {
        Some(node) => node,
        None => serde_tree(src).map_err(|e| Box::new(yaml_error(e, src, file)))?,
    };
    if !matches!(node.value, Value::Map(_)) {
        return Err(Box::new(
            Diagnostic::new(
                &codes::NotANotice::INFO,
                file,
                None,
                msg!("not-a-notice-not-a-mapping"),
            )
            .with_help(msg!("not-a-notice-not-a-mapping-help")),
        ));
    }
    Ok(node)
}

/// The tree of `src` read through serde-saphyr (every YAML feature, every error
/// message), within the budgets that keep hostile input cheap. Spans in bytes.
pub fn serde_tree(src: &SourceFile) -> Result<Node, serde_saphyr::Error> {
    use serde_saphyr::options::DuplicateKeyPolicy;
    let budget = serde_saphyr::budget! {
        max_depth: MAX_DEPTH,
        max_nodes: 250_000,
        max_aliases: 1_000,
        max_anchors: 1_000,
    };
    let options = serde_saphyr::options! {
        duplicate_keys: DuplicateKeyPolicy::Error,
        budget: budget,
        with_snippet: false,
        strict_booleans: true,
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 100_000,
            max_replay_stack_depth: 16,
            max_alias_expansions_per_anchor: 1_000,
        },
    };
    let mut node = serde_saphyr::from_str_with_options::<Node>(&src.text, options)?;
    // Spans from the parser count characters; the rest of seloste works in bytes.
    fix_offsets(&mut node, src);
    Ok(node)
}

/// Recomputes byte offsets from line and column, and byte lengths from character lengths.
fn fix_offsets(node: &mut Node, src: &SourceFile) {
    fn fix(span: &mut Span, src: &SourceFile) {
        if span.line == 0 {
            return;
        }
        let start = src.offset_of(span.line, span.column);
        let chars = span.len;
        let end = src.text[start..]
            .char_indices()
            .nth(chars)
            .map(|(i, _)| start + i)
            .unwrap_or(src.text.len());
        span.offset = start;
        span.len = end - start;
    }
    // Iterative, so that a deep tree cannot exhaust the stack (the parser already bounds depth).
    let mut stack: Vec<&mut Node> = vec![node];
    while let Some(n) = stack.pop() {
        fix(&mut n.span, src);
        match &mut n.value {
            Value::Seq(items) => stack.extend(items.iter_mut()),
            Value::Map(entries) => {
                for (k, v) in entries.iter_mut() {
                    stack.push(k);
                    stack.push(v);
                }
            }
            _ => {}
        }
    }
}

fn yaml_error(e: serde_saphyr::Error, src: &SourceFile, file: FileId) -> Diagnostic {
    let span = e.location().filter(|l| l.line() > 0).map(|l| {
        let offset = src.offset_of(l.line() as usize, l.column() as usize);
        let len = src.text[offset..]
            .chars()
            .next()
            .map(char::len_utf8)
            .unwrap_or(0);
        Span {
            offset,
            len,
            line: l.line() as usize,
            column: l.column() as usize,
        }
    });
    let full = e.to_string();
    // The parser's text starts with "line N column M: "; the span already says that.
    let message = match full.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest.to_string(),
        _ => full,
    };
    let message = message.lines().next().unwrap_or("").trim();
    // …and often ends with " at line N, column M", which the snippet shows too.
    let message = match message.rfind(" at line ") {
        Some(i) if message[i..].contains("column") => message[..i].to_string(),
        _ => message.to_string(),
    };
    let lower = message.to_lowercase();
    if lower.contains("duplicate mapping key") {
        let key = message
            .split("duplicate mapping key:")
            .nth(1)
            .and_then(|r| r.split(',').next())
            .unwrap_or("")
            .trim();
        return Diagnostic::new(
            &codes::DuplicateKey::INFO,
            file,
            span,
            match span.and_then(|s| text_place(src, s.line)) {
                Some(place) => msg!("duplicate-key-message", key = key, place = place),
                None => msg!("duplicate-key-message-same", key = key),
            },
        )
        .with_label(msg!("duplicate-key-label"))
        .with_help(msg!("duplicate-key-help"));
    }
    if lower.contains("budget")
        || lower.contains("alias")
        || lower.contains("depth")
        || lower.contains("limit")
    {
        // The parser's own words say which limit.
        return Diagnostic::new(
            &codes::YamlLimits::INFO,
            file,
            span,
            msg!("yaml-limits-message", error = message),
        )
        .with_help(msg!("yaml-limits-help"));
    }
    if let Some(d) = tab_in_indentation(&lower, span, src, file) {
        return d;
    }
    if let Some(d) = colon_in_text(&lower, span, src, file) {
        return d;
    }
    let (message, help, place) = plain_words(&lower, span, src).unwrap_or((
        // The parser's own words.
        msg!("yaml-syntax-message", error = message),
        msg!("yaml-syntax-help"),
        None,
    ));
    Diagnostic::new(&codes::YamlSyntax::INFO, file, place.or(span), message).with_help(help)
}

/// One line of a file that did not parse, read as far as its indentation goes.
struct Line<'a> {
    indent: usize,
    /// The line is a list item (`- …`).
    dash: bool,
    /// The column (0-based) where the line's key or value starts, after a dash.
    column: usize,
    /// The line's key, when it has one: `key:` or `key: value`.
    key: Option<&'a str>,
    /// What follows the key's `: ` (without a comment), or the line after the dash.
    value: &'a str,
}

fn read_line(text: &str) -> Option<Line<'_>> {
    let indent = text.len() - text.trim_start_matches(' ').len();
    let body = &text[indent..];
    if body.trim().is_empty() || body.starts_with('#') {
        return None;
    }
    let dash = body == "-" || body.starts_with("- ");
    let rest = if dash { body[1..].trim_start() } else { body };
    let column = text.len() - rest.len();
    let (key, value) = match rest.split_once(':') {
        Some((k, v))
            if !k.is_empty()
                && (v.is_empty() || v.starts_with(' '))
                && k.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '$')) =>
        {
            let v = v.trim();
            let v = if v.starts_with('#') {
                ""
            } else {
                v.split(" #").next().unwrap_or(v)
            };
            (Some(k), v.trim())
        }
        _ => (None, rest.trim()),
    };
    Some(Line {
        indent,
        dash,
        column,
        key,
        value,
    })
}

/// What the list item that starts on `line` (a `- ` line) calls itself: its `id`, else its
/// `name`, else its place ("the 2nd").
fn item_name_in_text(src: &SourceFile, line: usize, list: &str) -> (Msg, Msg) {
    let first = line_text(src, line).and_then(read_line);
    let Some(first) = first else {
        return (
            msg!("place-any-item", list = list),
            msg!("place-any-item-gen", list = list),
        );
    };
    let mut found: Option<(&str, String)> = None;
    let mut l = line;
    while let Some(t) = line_text(src, l) {
        if let Some(r) = read_line(t) {
            if l > line && (r.indent < first.column || r.indent == first.indent && r.dash) {
                break;
            }
            if r.column == first.column
                && let Some(k @ ("id" | "name")) = r.key
                && !r.value.is_empty()
                && found.as_ref().is_none_or(|(f, _)| *f != "id")
            {
                found = Some((k, r.value.trim_matches(['"', '\'']).to_string()));
            }
        }
        l += 1;
    }
    if let Some((_, name)) = found {
        return schema::item_in_text(list, Some(name.replace('`', "'")), 0);
    }
    // Count the items of the same list above this one.
    let mut n = 1;
    for l in (1..line).rev() {
        let Some(r) = line_text(src, l).and_then(read_line) else {
            continue;
        };
        if r.indent < first.indent || r.indent == first.indent && !r.dash {
            break;
        }
        if r.dash && r.indent == first.indent {
            n += 1;
        }
    }
    schema::item_in_text(list, None, n)
}

/// The mapping that holds the key on 1-based `line` of a file that did not parse, named
/// from the text alone as the schema errors name it: "purpose `newsletter`", "the
/// `retention` of category `contact-details`", "`meta`"; `None` at the top level.
fn text_place(src: &SourceFile, line: usize) -> Option<Msg> {
    enum Part {
        Key(String),
        Item((Msg, Msg)),
    }
    let here = read_line(line_text(src, line)?)?;
    let mut target = here.column;
    let mut parts: Vec<Part> = Vec::new(); // innermost first
    let mut pending: Option<usize> = None; // the line of an item whose list is not yet known
    for l in (1..line).rev() {
        if target == 0 && pending.is_none() {
            break;
        }
        let Some(r) = line_text(src, l).and_then(read_line) else {
            continue;
        };
        if r.dash && r.indent < target && pending.is_none() {
            pending = Some(l);
            target = r.indent;
            continue;
        }
        let parent = r.indent < target || pending.is_some() && r.indent <= target && !r.dash;
        if !parent || r.dash {
            continue;
        }
        match (r.key, r.value.is_empty()) {
            (Some(k), true) => {
                match pending.take() {
                    Some(item) => parts.push(Part::Item(item_name_in_text(src, item, k))),
                    None => parts.push(Part::Key(k.to_string())),
                }
                target = r.indent;
            }
            _ => return None,
        }
    }
    // Outermost first: keys after the last item belong to it.
    parts.reverse();
    let last_item = parts.iter().rposition(|p| matches!(p, Part::Item(_)));
    let keys = |ps: &[Part]| -> Vec<String> {
        ps.iter()
            .filter_map(|p| match p {
                Part::Key(k) => Some(k.clone()),
                Part::Item(_) => None,
            })
            .collect()
    };
    match last_item {
        None if parts.is_empty() => None,
        None => Some(msg!("place-key", key = keys(&parts).join("."))),
        Some(i) => {
            // Outermost first, as `schema::describe` chains them.
            let (chain, chain_gen) = parts[..=i]
                .iter()
                .filter_map(|p| match p {
                    Part::Item(s) => Some(s.clone()),
                    Part::Key(_) => None,
                })
                .reduce(schema::nest)?;
            let tail = keys(&parts[i + 1..]);
            Some(if tail.is_empty() {
                chain
            } else {
                msg!(
                    "place-key-of",
                    key = tail.join("."),
                    chain = chain,
                    chain_gen = chain_gen
                )
            })
        }
    }
}

/// The text of 1-based `line`, without its line end.
fn line_text(src: &SourceFile, line: usize) -> Option<&str> {
    if line == 0 {
        return None;
    }
    let start = src.offset_of(line, 1);
    if start >= src.text.len() && line > 1 {
        return None;
    }
    src.text[start..]
        .split('\n')
        .next()
        .map(|l| l.trim_end_matches('\r'))
}

/// A tab in the indentation, reported on its own line and column: the parser often stops
/// on the line before it, or a column after it. The tab is looked for on the marked line,
/// then the next, then (when the parser's message speaks of a tab) the lines above.
fn tab_in_indentation(
    lower: &str,
    span: Option<Span>,
    src: &SourceFile,
    file: FileId,
) -> Option<Diagnostic> {
    let at = span.map_or(1, |s| s.line);
    let tab_at = |line: usize| -> Option<usize> {
        let text = line_text(src, line)?;
        let indent = text.len() - text.trim_start_matches([' ', '\t']).len();
        text[..indent].find('\t')
    };
    let mut candidates = vec![at, at + 1];
    if lower.contains("tab") {
        candidates.extend((1..at).rev());
    }
    let (line, index) = candidates
        .into_iter()
        .find_map(|l| tab_at(l).map(|i| (l, i)))?;
    let offset = src.offset_of(line, 1) + index;
    let (line, column) = src.line_col(offset);
    Some(
        Diagnostic::new(
            &codes::YamlSyntax::INFO,
            file,
            Some(Span {
                offset,
                len: 1,
                line,
                column,
            }),
            msg!("yaml-syntax-tab"),
        )
        .with_label(msg!("yaml-syntax-tab-label"))
        .with_help(msg!("yaml-syntax-tab-help")),
    )
}

/// `key: text with: a colon`: YAML reads the second `: ` as the start of a new key. Said so,
/// with the line written in quotes.
fn colon_in_text(
    lower: &str,
    span: Option<Span>,
    src: &SourceFile,
    file: FileId,
) -> Option<Diagnostic> {
    if !lower.contains("mapping values are not allowed") {
        return None;
    }
    let span = span?;
    if src.text.get(span.offset..span.offset + 1) != Some(":") {
        return None;
    }
    let text = line_text(src, span.line)?;
    let start = src.offset_of(span.line, 1);
    let colon = span.offset - start;
    let indent = text.len() - text.trim_start_matches(' ').len();
    let body = &text[indent..];
    let item = if body.starts_with("- ") { 2 } else { 0 };
    let body = &body[item..];
    // The key of this line, if the marked colon comes after `key: ` on it.
    let key = body
        .find(": ")
        .filter(|&k| indent + item + k < colon)
        .map(|k| &body[..k])
        .filter(|k| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '$'))
        });
    let quoted = |t: &str| -> String {
        let t = t.trim();
        if !t.contains('"') && !t.contains('\\') {
            format!("\"{t}\"")
        } else {
            format!("'{}'", t.replace('\'', "''"))
        }
    };
    // `   created: b` indented deeper than the key above: a key, not a text.
    let misplaced = body[..colon - indent - item]
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'))
        && colon > indent + item;
    if key.is_none() && misplaced && span.line > 1 {
        let name = &body[..colon - indent - item];
        return Some(
            Diagnostic::new(
                &codes::YamlSyntax::INFO,
                file,
                Some(span),
                msg!("yaml-syntax-misplaced-key", key = name),
            )
            .with_label(msg!("yaml-syntax-misplaced-key-label"))
            .with_help(msg!("yaml-syntax-misplaced-key-help", key = name)),
        );
    }
    let d = match key {
        Some(key) => {
            let value = &body[key.len() + 2..];
            let value = value.split(" #").next().unwrap_or(value);
            let dash = if item > 0 { "- " } else { "" };
            let fixed = format!("{dash}{key}: {}", quoted(value));
            Diagnostic::new(
                &codes::YamlSyntax::INFO,
                file,
                Some(span),
                match text_place(src, span.line) {
                    Some(place) => msg!("yaml-syntax-colon-in", key = key, place = place),
                    None => msg!("yaml-syntax-colon-of", key = key),
                },
            )
            .with_label(msg!("yaml-syntax-colon-label"))
            .with_help(msg!("yaml-syntax-colon-help", fixed = fixed))
        }
        None => Diagnostic::new(
            &codes::YamlSyntax::INFO,
            file,
            Some(span),
            msg!("yaml-syntax-colon"),
        )
        .with_label(msg!("yaml-syntax-colon-label"))
        .with_help(msg!("yaml-syntax-colon-help-whole")),
    };
    Some(d)
}

/// Other parser messages in plain words: (message, help), or `None` to keep the parser's.
/// The third part, when given, is a better place than the parser's.
fn plain_words(
    lower: &str,
    span: Option<Span>,
    src: &SourceFile,
) -> Option<(Msg, Msg, Option<Span>)> {
    let found = span.and_then(|s| src.text.get(s.offset..).and_then(|t| t.chars().next()));
    if lower.contains("unexpected character") || lower.contains("cannot start any token") {
        let c = found.filter(|c| matches!(c, '@' | '`' | '%' | '&' | '*' | '!' | '|' | '>'))?;
        let shown = if c == '`' {
            msg!("yaml-syntax-backquote")
        } else {
            msg!("yaml-syntax-character", character = c.to_string())
        };
        return Some((
            msg!("yaml-syntax-reserved", character = shown.clone()),
            msg!("yaml-syntax-reserved-help", character = shown),
            None,
        ));
    }
    if lower.contains("trailing content after single-quoted") {
        return Some((
            msg!("yaml-syntax-apostrophe"),
            msg!("yaml-syntax-apostrophe-help"),
            None,
        ));
    }
    if lower.contains("trailing content after double-quoted") {
        return Some((
            msg!("yaml-syntax-quotation-mark"),
            msg!("yaml-syntax-quotation-mark-help"),
            None,
        ));
    }
    if lower.contains("quoted scalar") || lower.contains("end of stream") && lower.contains("quot")
    {
        return Some((
            msg!("yaml-syntax-unclosed-quote"),
            msg!("yaml-syntax-unclosed-quote-help"),
            None,
        ));
    }
    if lower.contains("flow sequence") || lower.contains("expected ',' or ']'") {
        return Some((
            msg!("yaml-syntax-unclosed-list"),
            msg!("yaml-syntax-unclosed-list-help"),
            None,
        ));
    }
    if lower.contains("flow mapping") || lower.contains("expected ',' or '}'") {
        return Some((
            msg!("yaml-syntax-unclosed-mapping"),
            msg!("yaml-syntax-unclosed-mapping-help"),
            None,
        ));
    }
    // A bracket opened on the marked line or the one above and not closed there.
    let line = span.map_or(1, |s| s.line);
    for l in [line.saturating_sub(1), line] {
        let Some(text) = line_text(src, l) else {
            continue;
        };
        let text = text.split(" #").next().unwrap_or(text);
        for (open, close, what) in [
            ('[', ']', msg!("yaml-syntax-unclosed-list")),
            ('{', '}', msg!("yaml-syntax-unclosed-mapping")),
        ] {
            if text.matches(open).count() > text.matches(close).count() {
                let at = src.offset_of(l, 1) + text.rfind(open).unwrap_or(0);
                let (line, column) = src.line_col(at);
                return Some((
                    what,
                    msg!("yaml-syntax-unclosed-help", close = close.to_string()),
                    Some(Span {
                        offset: at,
                        len: 1,
                        line,
                        column,
                    }),
                ));
            }
        }
    }
    None
}

/// A path segment list from string keys, for readability at call sites.
pub fn path(segs: &[&str]) -> Vec<Seg> {
    segs.iter().map(|s| Seg::Key(s.to_string())).collect()
}
