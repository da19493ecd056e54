//! `seloste lsp`: a language server over standard input and output. It publishes every
//! finding of `check` for the open register and organisation files as the officer types,
//! offers the fixes seloste knows as code actions, and explains keys and rule ids on hover.
//!
//! Synchronous: one thread reads the client's messages (lsp-server's), this one checks.
//! The open documents are checked in process, their unsaved text read from memory and
//! every other file of the project from disk ([`crate::check::check_paths_with`]). Edits
//! arriving while the last check is less than [`MIN_GAP`] old wait for the next one.

mod actions;
mod hover;
pub mod text;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::Root;
use crate::messages::Messages;
use crate::model::Date;
use crate::msg;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use text::Lines;

/// The shortest time between two checks while the officer types.
pub const MIN_GAP: Duration = Duration::from_millis(150);

/// An open document.
struct Doc {
    uri: lt::Uri,
    /// Canonical when the file exists on disk, else the path of the URI.
    path: PathBuf,
    text: String,
    version: i32,
}

/// A finding as published, with what a code action needs.
pub struct Finding {
    pub diagnostic: lt::Diagnostic,
    pub rule: &'static str,
    /// Byte range in the document.
    pub offset: usize,
    pub len: usize,
    /// Values to write instead of the text at the finding (did-you-mean).
    pub replacements: Vec<String>,
    /// Lines to add to the list item the finding is in (`basis: consent`).
    pub additions: Vec<String>,
    /// The fix the rule made itself ([`crate::diagnostic::Fix`]): its title, where and what.
    pub fix: Option<(String, lt::Range, String)>,
}

struct Server {
    conn: Connection,
    m: &'static Messages,
    /// By URI.
    docs: BTreeMap<String, Doc>,
    /// The findings last published, by URI.
    findings: HashMap<String, Vec<Finding>>,
    dirty: bool,
    last_check: Option<Instant>,
}

/// Runs the server until the client says `exit`. `lang`: `--lang`, which wins over the
/// client's `initializationOptions.lang` and its locale.
pub fn run(lang: Option<&str>) -> std::process::ExitCode {
    let (conn, io) = Connection::stdio();
    let caps = lt::ServerCapabilities {
        text_document_sync: Some(lt::TextDocumentSyncCapability::Options(
            lt::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lt::TextDocumentSyncKind::FULL),
                ..Default::default()
            },
        )),
        hover_provider: Some(lt::HoverProviderCapability::Simple(true)),
        code_action_provider: Some(lt::CodeActionProviderCapability::Options(
            lt::CodeActionOptions {
                code_action_kinds: Some(vec![lt::CodeActionKind::QUICKFIX]),
                ..Default::default()
            },
        )),
        ..Default::default()
    };
    let Ok((id, params)) = conn.initialize_start() else {
        return std::process::ExitCode::from(2);
    };
    let chosen = lang
        .map(str::to_string)
        .or_else(|| {
            params
                .pointer("/initializationOptions/lang")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .or_else(|| {
            params
                .get("locale")
                .and_then(Value::as_str)
                .map(str::to_string)
        });
    let m = Messages::get(crate::messages::choose(chosen.as_deref()));
    let result = json!({
        "capabilities": caps,
        "serverInfo": { "name": "seloste", "version": env!("CARGO_PKG_VERSION") },
    });
    if conn.initialize_finish(id, result).is_err() {
        return std::process::ExitCode::from(2);
    }
    let mut server = Server {
        conn,
        m,
        docs: BTreeMap::new(),
        findings: HashMap::new(),
        dirty: false,
        last_check: None,
    };
    let clean = server.main_loop();
    drop(server);
    let joined = io.join().is_ok();
    if clean && joined {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::from(1)
    }
}

impl Server {
    /// Returns true after `shutdown` and `exit`, false when the client went away.
    fn main_loop(&mut self) -> bool {
        loop {
            let msg = if self.dirty {
                let wait = self.last_check.map_or(Duration::ZERO, |t| {
                    (t + MIN_GAP).saturating_duration_since(Instant::now())
                });
                match self.conn.receiver.recv_timeout(wait) {
                    Ok(msg) => msg,
                    Err(e) if e.is_timeout() => {
                        self.check();
                        continue;
                    }
                    Err(_) => return false,
                }
            } else {
                match self.conn.receiver.recv() {
                    Ok(msg) => msg,
                    Err(_) => return false,
                }
            };
            match msg {
                Message::Request(req) => {
                    match self.conn.handle_shutdown(&req) {
                        Ok(true) => return true,
                        Ok(false) => {}
                        Err(_) => return false,
                    }
                    self.request(req);
                }
                Message::Notification(n) => {
                    if n.method == "exit" {
                        return false;
                    }
                    self.notification(n);
                }
                Message::Response(_) => {}
            }
        }
    }

    fn send(&self, msg: Message) {
        let _ = self.conn.sender.send(msg);
    }

    fn request(&mut self, req: Request) {
        let id: RequestId = req.id.clone();
        let result = match req.method.as_str() {
            "textDocument/codeAction" => {
                match serde_json::from_value::<lt::CodeActionParams>(req.params) {
                    Ok(p) => {
                        if self.dirty {
                            self.check();
                        }
                        Ok(json!(self.code_actions(&p)))
                    }
                    Err(e) => Err(e.to_string()),
                }
            }
            "textDocument/hover" => match serde_json::from_value::<lt::HoverParams>(req.params) {
                Ok(p) => Ok(json!(self.hover(&p))),
                Err(e) => Err(e.to_string()),
            },
            _ => {
                let r =
                    Response::new_err(id, lsp_server::ErrorCode::MethodNotFound as i32, req.method);
                self.send(r.into());
                return;
            }
        };
        let response = match result {
            Ok(v) => Response::new_ok(id, v),
            Err(e) => Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, e),
        };
        self.send(response.into());
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<lt::DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    let Some(path) = text::uri_path(d.uri.as_str()) else {
                        return;
                    };
                    let path = std::fs::canonicalize(&path).unwrap_or(path);
                    self.docs.insert(
                        d.uri.as_str().to_string(),
                        Doc {
                            uri: d.uri,
                            path,
                            text: d.text,
                            version: d.version,
                        },
                    );
                    self.dirty = true;
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<lt::DidChangeTextDocumentParams>(n.params)
                    && let Some(doc) = self.docs.get_mut(p.text_document.uri.as_str())
                {
                    for change in p.content_changes {
                        match change.range {
                            // Full sync is what we ask for; a range is applied all the same.
                            Some(r) => {
                                let lines = Lines::new(&doc.text);
                                let (a, b) = (lines.offset(r.start), lines.offset(r.end));
                                doc.text.replace_range(a..b.max(a), &change.text);
                            }
                            None => doc.text = change.text,
                        }
                    }
                    doc.version = p.text_document.version;
                    self.dirty = true;
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<lt::DidCloseTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    if self.docs.remove(uri.as_str()).is_some() {
                        self.findings.remove(uri.as_str());
                        self.publish(&uri, Vec::new(), None);
                        // What the closed file's unsaved text changed in the others.
                        self.dirty = true;
                    }
                }
            }
            _ => {}
        }
    }

    fn publish(&self, uri: &lt::Uri, diagnostics: Vec<lt::Diagnostic>, version: Option<i32>) {
        let params = lt::PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version,
        };
        self.send(Notification::new("textDocument/publishDiagnostics".into(), params).into());
    }

    /// Checks every open document and publishes the findings of each.
    fn check(&mut self) {
        self.dirty = false;
        self.last_check = Some(Instant::now());
        let mut groups: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
        let mut published = Vec::new();
        for (uri, doc) in &self.docs {
            // Other YAML files the editor has open (a CI workflow): not seloste's.
            if !looks_like_notice(&doc.text) {
                published.push((doc.uri.clone(), doc.version, Vec::new()));
                continue;
            }
            let dir = doc.path.parent().map(PathBuf::from).unwrap_or_default();
            let root = Root::discover_from(&dir)
                .map(|r| r.path().to_path_buf())
                .unwrap_or(dir);
            groups.entry(root).or_default().push(uri.clone());
        }
        for (root, uris) in groups {
            let Ok(root) = Root::discover_from(&root) else {
                continue;
            };
            let docs: Vec<&Doc> = uris.iter().filter_map(|u| self.docs.get(u)).collect();
            let found = check_docs(&root, &docs, self.m);
            for (doc, findings) in docs.iter().zip(found) {
                published.push((doc.uri.clone(), doc.version, findings));
            }
        }
        for (uri, version, findings) in published {
            let diagnostics = findings.iter().map(|f| f.diagnostic.clone()).collect();
            self.publish(&uri, diagnostics, Some(version));
            self.findings.insert(uri.as_str().to_string(), findings);
        }
    }
}

/// True when a text looks like a register or an organisation file: a line starts with
/// `meta:` or `organisation:` (the loader's own test, roughly; a file it would call "not a
/// notice" is left alone: the editor has every kind of YAML file open).
fn looks_like_notice(text: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with("meta:") || l.starts_with("organisation:"))
}

/// True when a text looks like an organisation file: a line starts with `organisation:`.
fn looks_like_organisation(text: &str) -> bool {
    text.lines().any(|l| l.starts_with("organisation:"))
}

/// Checks the open documents `docs` of the project `root` and returns the findings of each.
/// An organisation file also brings in the registers of its folder and the folders below,
/// whose findings in it (a rule reads the organisation through a register) are its own.
fn check_docs(root: &Root, docs: &[&Doc], m: &Messages) -> Vec<Vec<Finding>> {
    let overlay: HashMap<PathBuf, Arc<str>> = docs
        .iter()
        .map(|d| (d.path.clone(), Arc::from(d.text.as_str())))
        .collect();
    let mut paths: Vec<PathBuf> = docs.iter().map(|d| d.path.clone()).collect();
    for d in docs {
        if looks_like_organisation(&d.text)
            && let Some(dir) = d.path.parent()
        {
            paths.push(dir.to_path_buf());
        }
    }
    let checked = crate::check::check_paths_with(root, &paths, overlay, Date::today());
    let ws = &checked.workspace;
    // The canonical path of each file.
    let mut canonical: HashMap<usize, PathBuf> = HashMap::new();
    for doc in &ws.docs {
        if let Some(c) = &doc.canonical {
            canonical.insert(doc.file, c.clone());
        }
    }
    let path_of = |file: usize| {
        canonical
            .get(&file)
            .cloned()
            .unwrap_or_else(|| ws.files.get(file).path.clone())
    };
    docs.iter()
        .map(|doc| {
            let lines = Lines::new(&doc.text);
            checked
                .diagnostics
                .iter()
                .filter(|d| d.suppressed.is_none() && path_of(d.file) == doc.path)
                .map(|d| finding(d, &lines, &checked, &path_of, m))
                .collect()
        })
        .collect()
}

/// One seloste diagnostic as the protocol's, with its fixes.
fn finding(
    d: &Diagnostic,
    lines: &Lines,
    checked: &crate::check::Checked,
    path_of: &dyn Fn(usize) -> PathBuf,
    m: &Messages,
) -> Finding {
    let (offset, len) = d.span.map_or((0, 0), |s| (s.offset, s.len));
    let range = lines.range(offset, len);
    let mut message = m.text(&d.message);
    if let Some(help) = &d.help {
        message.push('\n');
        message.push_str(&m.text(&msg!("report-help", help = m.text(help))));
    }
    if !d.article.is_empty() {
        let article = crate::messages::article(m, d.rule, d.article);
        message.push('\n');
        message.push_str(&m.text(&msg!("report-see", article = article)));
    }
    let related: Vec<lt::DiagnosticRelatedInformation> = d
        .related
        .iter()
        .filter_map(|r| {
            let path = path_of(r.file);
            let uri: lt::Uri = text::path_uri(&path).parse().ok()?;
            let f = checked.workspace.files.get(r.file);
            let range = r.span.map_or_else(lt::Range::default, |s| {
                Lines::new(&f.text).range(s.offset, s.len)
            });
            Some(lt::DiagnosticRelatedInformation {
                location: lt::Location::new(uri, range),
                message: m.text(&r.label),
            })
        })
        .collect();
    let diagnostic = lt::Diagnostic {
        range,
        severity: Some(match d.severity {
            Severity::Error => lt::DiagnosticSeverity::ERROR,
            Severity::Warning => lt::DiagnosticSeverity::WARNING,
        }),
        code: Some(lt::NumberOrString::String(d.rule.to_string())),
        code_description: None,
        source: Some("seloste".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    };
    Finding {
        diagnostic,
        rule: d.rule,
        offset,
        len,
        replacements: d.span.map(|_| actions::replacements(d)).unwrap_or_default(),
        additions: d.span.map(|_| actions::additions(d)).unwrap_or_default(),
        fix: d.fix.as_ref().map(|f| {
            (
                m.text(&f.title),
                lines.range(f.span.offset, f.span.len),
                f.text.clone(),
            )
        }),
    }
}
