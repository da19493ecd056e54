//! Reading register and organisation files: bytes → text → YAML tree with spans →
//! schema validation → model types. Every problem becomes a [`Diagnostic`] pointing at
//! its file and span; a broken file never stops the others.

pub mod codes;
pub mod fast;
pub mod schema;
pub mod tree;

use crate::diagnostic::{Diagnostic, FileId, Files, SourceFile};
use crate::model::{Organisation, Register};
use std::collections::HashMap;
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
}

impl Workspace {
    /// Loads every YAML file named in `paths` (directories are searched recursively
    /// for `*.yaml` and `*.yml`), and the organisation files the registers refer to.
    pub fn load(paths: &[PathBuf]) -> Workspace {
        // Parsing recurses once per nesting level, and debug builds use large frames: run it
        // on a thread whose stack is sized for the depth limit, whatever thread calls us.
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("seloste-load".into())
                .stack_size(PARSE_STACK_BYTES)
                .spawn_scoped(s, || Workspace::load_here(paths))
                .expect("spawning the loader thread")
                .join()
                .expect("the loader does not panic")
        })
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
                    ws.resolve_organisations(false);
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

    fn load_here(paths: &[PathBuf]) -> Workspace {
        let mut ws = Workspace::default();
        let wanted = expand(paths, &mut ws);
        ws.load_files(&wanted);
        ws.resolve_organisations(true);
        ws
    }

    /// Loads `paths` in order, each once, reading and parsing them on several threads.
    fn load_files(&mut self, paths: &[PathBuf]) {
        let canonical: Vec<Option<PathBuf>> =
            crate::par::map(paths, |p| std::fs::canonicalize(p).ok());
        let mut seen = std::collections::HashSet::new();
        let mut todo: Vec<(&PathBuf, Option<PathBuf>)> = Vec::new();
        for (path, c) in paths.iter().zip(canonical) {
            if let Some(c) = &c
                && (self.by_path.contains_key(c) || !seen.insert(c.clone()))
            {
                continue;
            }
            todo.push((path, c));
        }
        let base = self.files.len();
        let jobs: Vec<(usize, &(&PathBuf, Option<PathBuf>))> = todo.iter().enumerate().collect();
        let loaded = crate::par::map(&jobs, |(k, (path, canonical))| {
            load_one(path, canonical.clone(), read_text(path), base + k)
        });
        for l in loaded {
            let canonical = l.doc.canonical.clone();
            let id = self.push(l);
            if let Some(c) = canonical {
                self.by_path.insert(c, id);
            }
        }
    }

    /// Loads one file (once: a file reached twice is loaded the first time only).
    fn load_file(&mut self, path: &Path) -> usize {
        let canonical = std::fs::canonicalize(path).ok();
        if let Some(c) = &canonical
            && let Some(&doc) = self.by_path.get(c)
        {
            return doc;
        }
        let (text, problem) = read_text(path);
        let id = self.add_doc(path, canonical.clone(), (text, problem));
        if let Some(c) = canonical {
            self.by_path.insert(c, id);
        }
        id
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

    /// Loads the organisation file each register names, and reports names that lead nowhere.
    /// With `on_disk` false (text given in memory) no file is read: every name leads nowhere.
    fn resolve_organisations(&mut self, on_disk: bool) {
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
                let target = base.join(&rel);
                let span = self.docs[i]
                    .tree
                    .as_ref()
                    .map(|t| t.locate(&["meta".into(), "organisation".into()]));
                let file = self.docs[i].file;
                if !on_disk || !target.is_file() {
                    self.diagnostics.push(
                        Diagnostic::new(
                            &crate::rules::references::References::INFO,
                            file,
                            span,
                            format!("the organisation file `{rel}` does not exist"),
                        )
                        .with_label("no file at this path")
                        .with_help(format!(
                            "the path is relative to this file's folder ({}); correct it or remove `meta.organisation`",
                            if base.as_os_str().is_empty() { ".".to_string() } else { base.display().to_string() }
                        )),
                    );
                } else {
                    let org = self.load_file(&target);
                    match &self.docs[org].content {
                        Content::Organisation(_) => {
                            self.organisation_of.insert(i, org);
                        }
                        Content::Register(_) => self.diagnostics.push(
                            Diagnostic::new(
                                &crate::rules::references::References::INFO,
                                file,
                                span,
                                format!("`{rel}` is a register file, not an organisation file"),
                            )
                            .with_help("`meta.organisation` must name a file whose top level has `organisation: <id>`"),
                        ),
                        // Its own diagnostics say what is wrong with it.
                        Content::Invalid => {}
                    }
                }
            }
            i += 1;
        }
    }
}

/// The YAML files `paths` name, in the order [`Workspace::load`] reads them (folders
/// searched recursively, each folder's files sorted); `None` when a folder cannot be read.
pub fn yaml_files(paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let mut ws = Workspace::default();
    let all = expand(paths, &mut ws);
    (!ws.io_failed).then_some(all)
}

/// Files named in `paths`, folders replaced by their YAML files (sorted per folder); a
/// folder that cannot be read is reported in `ws`.
fn expand(paths: &[PathBuf], ws: &mut Workspace) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            collect_yaml(path, &mut found, ws);
            found.sort();
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
fn load_one(
    path: &Path,
    canonical: Option<PathBuf>,
    (text, problem): (Arc<str>, Option<ReadProblem>),
    file: FileId,
) -> Loaded {
    let source = SourceFile::new(path.to_path_buf(), text);
    let mut doc = Doc {
        file,
        tree: None,
        content: Content::Invalid,
        canonical,
    };
    let mut diagnostics = Vec::new();
    let mut io_failed = false;
    match problem {
        Some(ReadProblem::Io(msg)) => {
            io_failed = true;
            diagnostics.push(
                Diagnostic::new(
                    &codes::IoError::INFO,
                    file,
                    None,
                    format!("cannot read {}: {msg}", path.display()),
                )
                .with_help("check that the path exists and that you may read it"),
            );
        }
        Some(ReadProblem::Other(d)) => diagnostics.push(d(file)),
        None => match parse_yaml(&source, file) {
            Ok(node) => {
                doc.content = schema::validate_and_read(&node, file, &mut diagnostics);
                doc.tree = Some(node);
            }
            Err(d) => diagnostics.push(*d),
        },
    }
    Loaded {
        source,
        doc,
        diagnostics,
        io_failed,
    }
}

fn collect_yaml(dir: &Path, out: &mut Vec<PathBuf>, ws: &mut Workspace) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            let file = ws
                .files
                .add(SourceFile::new(dir.to_path_buf(), Arc::from("")));
            ws.io_failed = true;
            ws.diagnostics.push(Diagnostic::new(
                &codes::IoError::INFO,
                file,
                None,
                format!("cannot read the folder {}: {e}", dir.display()),
            ));
            return;
        }
    };
    // The entry's type comes with the folder listing on most file systems: no stat per file.
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let dir = match e.file_type() {
                Ok(t) if t.is_symlink() => e.path().is_dir(),
                Ok(t) => t.is_dir(),
                Err(_) => e.path().is_dir(),
            };
            Some((e.path(), dir))
        })
        .collect();
    paths.sort();
    for (p, dir) in paths {
        if dir {
            collect_yaml(&p, out, ws);
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            out.push(p);
        }
    }
}

type DiagFn = Box<dyn FnOnce(FileId) -> Diagnostic + Send>;

enum ReadProblem {
    Io(String),
    Other(DiagFn),
}

/// Reads a file as UTF-8 text, refusing what is not: too large, binary, UTF-16, invalid UTF-8.
/// A UTF-8 byte-order mark is removed; CRLF line ends are kept (the parser handles them).
fn read_text(path: &Path) -> (Arc<str>, Option<ReadProblem>) {
    let empty: Arc<str> = Arc::from("");
    match std::fs::metadata(path) {
        Err(e) => return (empty, Some(ReadProblem::Io(e.to_string()))),
        Ok(m) if m.is_dir() => {
            return (
                empty,
                Some(ReadProblem::Io("it is a folder, not a file".into())),
            );
        }
        Ok(m) if m.len() > MAX_FILE_BYTES => return (empty, Some(too_large(m.len()))),
        Ok(_) => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return (empty, Some(ReadProblem::Io(e.to_string()))),
    };
    decode(bytes)
}

fn too_large(size: u64) -> ReadProblem {
    ReadProblem::Other(Box::new(move |file| {
        Diagnostic::new(
            &codes::TooLarge::INFO,
            file,
            None,
            format!("the file is {} bytes; seloste reads register files up to {} bytes", size, MAX_FILE_BYTES),
        )
        .with_help("a register is normally a few kilobytes: split the file or move shared facts to an organisation file")
    }))
}

fn decode(bytes: Vec<u8>) -> (Arc<str>, Option<ReadProblem>) {
    let empty: Arc<str> = Arc::from("");
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return (
            empty,
            Some(ReadProblem::Other(Box::new(|file| {
                Diagnostic::new(
                    &codes::Encoding::INFO,
                    file,
                    None,
                    "the file is UTF-16 text; seloste reads UTF-8",
                )
                .with_help("open the file in your editor and save it with the encoding UTF-8")
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
                        Diagnostic::new(&codes::Encoding::INFO, file, span, "the file is binary, not YAML text")
                            .with_label("a NUL byte")
                            .with_help("register files are YAML text saved as UTF-8; check that you named the right file")
                    } else {
                        Diagnostic::new(&codes::Encoding::INFO, file, span, "the file is not valid UTF-8")
                            .with_label("this byte is not UTF-8")
                            .with_help("the file was probably saved as Latin-1 or Windows-1252: save it again with the encoding UTF-8")
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
            Diagnostic::new(&codes::NotANotice::INFO, file, Some(Span { offset: 0, len: 0, line: 1, column: 1 }), "the file is empty")
                .with_help("a register file starts with a `meta:` section; run `seloste init` for a skeleton to fill in"),
        ));
    }
    let node = match fast::parse(text) {
        Some(node) => node,
        None => serde_tree(src).map_err(|e| Box::new(yaml_error(e, src, file)))?,
    };
    if !matches!(node.value, Value::Map(_)) {
        return Err(Box::new(
            Diagnostic::new(&codes::NotANotice::INFO, file, Some(node.span), "the top level of the file is not a mapping of keys")
                .with_label("expected `meta:` or `organisation:` here")
                .with_help("a register file is a mapping that starts with `meta:`; an organisation file has `organisation: <id>`"),
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
            format!("the key `{key}` appears twice in the same mapping"),
        )
        .with_label("second occurrence")
        .with_help(
            "delete one of them or merge their values: seloste does not guess which one you meant",
        );
    }
    if lower.contains("budget")
        || lower.contains("alias")
        || lower.contains("depth")
        || lower.contains("limit")
    {
        return Diagnostic::new(&codes::YamlLimits::INFO, file, span, format!("the YAML is too large or too deeply nested to read: {message}"))
            .with_help("write values out instead of repeating aliases, keep nesting shallow, and split very large files");
    }
    let line_text = span.map(|s| {
        let start = src.offset_of(s.line, 1);
        src.text[start..].lines().next().unwrap_or("").to_string()
    });
    let help = if lower.contains("tab")
        || line_text
            .as_deref()
            .is_some_and(|l| l.starts_with('\t') || l.trim_start_matches(' ').starts_with('\t'))
    {
        "YAML indentation must use spaces, not tabs: replace the tab at the start of the line with spaces"
    } else {
        "check the marked line and the one above it: indentation, a space after `:`, unclosed quotes or brackets"
    };
    Diagnostic::new(
        &codes::YamlSyntax::INFO,
        file,
        span,
        format!("invalid YAML: {message}"),
    )
    .with_help(help)
}

/// A path segment list from string keys, for readability at call sites.
pub fn path(segs: &[&str]) -> Vec<Seg> {
    segs.iter().map(|s| Seg::Key(s.to_string())).collect()
}
