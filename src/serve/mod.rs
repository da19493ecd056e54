//! `seloste serve`: a local preview. Checks the registers in memory, serves an index page
//! and every notice in every language and format (rendered on request by the build's
//! renderers, nothing written to disk), each HTML notice with the findings of its files
//! above it, and reloads the page in the browser when a file changes.
//!
//! Only 127.0.0.1 is listened on, and a request naming another host is refused (a web page
//! elsewhere cannot reach the preview through a name that resolves here). The published
//! HTML stays script-free: only the preview pages get the small reload script, which
//! listens on `/events` (server-sent events). A register that has errors now keeps its
//! last render without errors, with the findings shown above it; bad input never stops
//! the server.
//!
//! Files are watched by polling their modification time and size (std only): a few dozen
//! YAML files cost nothing to look at a few times a second.

mod page;

use crate::check::{Checked, check_paths_in, notice};
use crate::diagnostic::Severity;
use crate::load::{Content, Root};
use crate::messages::Messages;
use crate::model::Date;
use crate::msg;
use crate::render::Format;
use crate::render::templates::Templates;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

/// How often the files are looked at.
const POLL: Duration = Duration::from_millis(250);

/// How long a changed file must stay the same before it is read.
const SETTLE: Duration = Duration::from_millis(100);

/// A register's last render without errors.
struct Good {
    checked: Arc<Checked>,
    doc: usize,
    /// The register's file and its organisation file, as loaded.
    files: Vec<PathBuf>,
}

struct State {
    /// Raised after each check; pages wait for it to change on `/events`.
    generation: u64,
    latest: Arc<Checked>,
    good: BTreeMap<String, Good>,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
    templates: Templates,
    m: &'static Messages,
    port: u16,
}

/// Runs the preview of `paths` on 127.0.0.1:`port` (0: any free port) until killed.
pub fn run(paths: Vec<PathBuf>, port: u16) -> std::process::ExitCode {
    let m = Messages::get(crate::messages::choose(None));
    let fail = |error: crate::diagnostic::Msg, help: Option<crate::diagnostic::Msg>| {
        crate::messages::error(m, error, help);
        std::process::ExitCode::from(2)
    };
    let root = match Root::discover() {
        Ok(r) => r,
        Err(e) => {
            return fail(
                msg!("check-no-project", error = e.to_string()),
                Some(msg!("check-no-project-help")),
            );
        }
    };
    let templates = match Templates::load(None) {
        Ok(t) => t,
        Err(e) => return fail(e.0, None),
    };
    let listener = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => l,
        Err(e) => {
            return fail(
                msg!(
                    "serve-cannot-listen",
                    port = u64::from(port),
                    error = e.to_string()
                ),
                Some(msg!("serve-cannot-listen-help")),
            );
        }
    };
    let port = listener.local_addr().map_or(port, |a| a.port());
    let checked = Arc::new(check_paths_in(&root, &paths, Date::today()));
    let mut state = State {
        generation: 1,
        latest: checked.clone(),
        good: BTreeMap::new(),
    };
    keep_good(&mut state, &checked);
    let shared = Arc::new(Shared {
        state: Mutex::new(state),
        changed: Condvar::new(),
        templates,
        m,
        port,
    });
    println!(
        "{}",
        m.text(&msg!(
            "serve-listening",
            url = format!("http://127.0.0.1:{port}/")
        ))
    );
    let _ = std::io::stdout().flush();
    {
        let shared = shared.clone();
        std::thread::spawn(move || watch(&root, &paths, &shared));
    }
    for stream in listener.incoming().flatten() {
        let shared = shared.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &shared);
        });
    }
    std::process::ExitCode::SUCCESS
}

/// Records the registers of `checked` that have no errors as their last good render, and
/// forgets those whose file is gone.
fn keep_good(state: &mut State, checked: &Arc<Checked>) {
    let ws = &checked.workspace;
    let today = Date::today();
    for i in 0..ws.docs.len() {
        if !matches!(ws.docs[i].content, Content::Register(_)) {
            continue;
        }
        let Some(n) = notice(ws, i, today) else {
            continue;
        };
        let own: Vec<usize> = n.origins().iter().map(|o| o.file).collect();
        let errors = checked.diagnostics.iter().any(|d| {
            d.severity == Severity::Error && d.suppressed.is_none() && own.contains(&d.file)
        });
        if errors || !crate::build::plain_name(&n.register.meta.id) {
            continue;
        }
        let files = own.iter().map(|&f| ws.files.get(f).path.clone()).collect();
        state.good.insert(
            n.register.meta.id.clone(),
            Good {
                checked: checked.clone(),
                doc: i,
                files,
            },
        );
    }
    state
        .good
        .retain(|_, g| g.files.first().is_some_and(|f| f.exists()));
    state.latest = checked.clone();
}

/// What the watched files look like now: every YAML file under `paths`, and the
/// organisation files the registers name, with their modification time and size.
fn fingerprint(
    root: &Root,
    paths: &[PathBuf],
    extra: &[PathBuf],
) -> Vec<(PathBuf, Option<(SystemTime, u64)>)> {
    let mut files = crate::load::yaml_files_in(root, paths).unwrap_or_default();
    files.extend(extra.iter().cloned());
    files.sort();
    files.dedup();
    files
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p)
                .ok()
                .and_then(|m| Some((m.modified().ok()?, m.len())));
            (p, meta)
        })
        .collect()
}

/// Checks again whenever a file changes, and wakes the pages waiting on `/events`.
fn watch(root: &Root, paths: &[PathBuf], shared: &Shared) {
    let read_files = |s: &Shared| -> Vec<PathBuf> {
        let state = s.state.lock().unwrap_or_else(|e| e.into_inner());
        let files = &state.latest.workspace.files;
        (0..files.len())
            .map(|i| files.get(i).path.clone())
            .collect()
    };
    let mut last = fingerprint(root, paths, &read_files(shared));
    loop {
        std::thread::sleep(POLL);
        let mut now = fingerprint(root, paths, &read_files(shared));
        if now == last {
            continue;
        }
        // An editor writing a file may be seen halfway: wait until it stays the same.
        loop {
            std::thread::sleep(SETTLE);
            let again = fingerprint(root, paths, &read_files(shared));
            if again == now {
                break;
            }
            now = again;
        }
        last = now;
        let checked = Arc::new(check_paths_in(root, paths, Date::today()));
        let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        keep_good(&mut state, &checked);
        state.generation += 1;
        drop(state);
        shared.changed.notify_all();
    }
}

/// One request: `GET` or `HEAD` of a path; the connection is closed after the answer.
fn handle(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut host = None;
    let mut read = line.len();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        read += h.len();
        if read > 16 * 1024 {
            break;
        }
        if let Some((k, v)) = h.split_once(':')
            && k.trim().eq_ignore_ascii_case("host")
        {
            host = Some(v.trim().to_string());
        }
    }
    let mut out = stream;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let port = shared.port;
    let allowed = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    if !host.as_ref().is_some_and(|h| allowed.contains(h)) {
        return respond(&mut out, 403, "text/plain; charset=utf-8", b"", true);
    }
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, 405, "text/plain; charset=utf-8", b"", true);
    }
    let head = method == "HEAD";
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path == "/events" {
        let since = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("since="))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0);
        return events(&mut out, shared, since);
    }
    let (status, kind, body) = page::answer(path, shared);
    respond(&mut out, status, kind, &body, head)
}

fn respond(
    out: &mut TcpStream,
    status: u16,
    kind: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    // No reason phrase (RFC 9112 allows it empty): the status code is what clients read.
    write!(
        out,
        "HTTP/1.1 {status} \r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head {
        out.write_all(body)?;
    }
    out.flush()
}

/// Server-sent events: one `reload` event when the files change after generation `since`
/// (at once when they already have), then the stream ends. A comment line now and then
/// finds out whether the page is still there.
fn events(out: &mut TcpStream, shared: &Shared, since: u64) -> std::io::Result<()> {
    write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: {since}\n\n"
    )?;
    out.flush()?;
    let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        if state.generation > since {
            let generation = state.generation;
            drop(state);
            write!(out, "data: {generation}\n\n")?;
            return out.flush();
        }
        let (s, timeout) = shared
            .changed
            .wait_timeout(state, Duration::from_secs(15))
            .unwrap_or_else(|e| e.into_inner());
        state = s;
        if timeout.timed_out() {
            drop(state);
            out.write_all(b": -\n\n")?;
            out.flush()?;
            state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// The formats the preview serves, in the order the index links them.
const FORMATS: [Format; 3] = [Format::Html, Format::Pdf, Format::Md];

/// The path of a file for messages: relative to the current folder when inside it.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    crate::report::visible_path(rel)
}
