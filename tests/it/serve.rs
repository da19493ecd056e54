//! `seloste serve` on port 0, fetched with a plain std `TcpStream` client on 127.0.0.1:
//! the index and the notices in every format, the findings above a notice, the reload
//! event when a file changes, the last good render while the register has errors, and
//! requests that are refused. And `build`'s HTML stays script-free: only the preview adds
//! its reload script. No timing is measured.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

/// Kills the server when the test ends, however it ends.
struct Server(Child, u16);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(dir: &Path) -> Server {
    let mut child = common::seloste_command()
        .args(["serve", ".", "--port", "0"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("seloste serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    Server(child, port)
}

/// Sends one request and returns the status and the body.
fn request(port: u16, path: &str, host: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a response");
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_string())
}

fn get(port: u16, path: &str) -> (u16, String) {
    request(port, path, &format!("127.0.0.1:{port}"))
}

/// The generation a preview page was rendered at (its reload script's `since=`).
fn generation(page: &str) -> u64 {
    page.split("/events?since=")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|n| n.parse().ok())
        .expect("a reload script")
}

/// Waits until the page at `path` satisfies `ok` (after a change: a writer may be seen
/// halfway, so more than one change may come), and returns it.
fn wait_for_page(port: u16, path: &str, since: u64, ok: impl Fn(&str) -> bool) -> String {
    let mut since = since;
    for _ in 0..20 {
        since = wait_for_change(port, since);
        let (status, page) = get(port, path);
        assert_eq!(status, 200, "{path}");
        if ok(&page) {
            return page;
        }
    }
    panic!("{path} never showed the change");
}

/// Waits on `/events` for the event after generation `since`.
fn wait_for_change(port: u16, since: u64) -> u64 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(
        s,
        "GET /events?since={since} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    for line in BufReader::new(s).lines() {
        let line = line.expect("the event stream stays open until the change");
        if let Some(g) = line.strip_prefix("data: ") {
            return g.parse().unwrap();
        }
    }
    panic!("the event stream ended without an event");
}

#[test]
fn preview_serves_reloads_and_keeps_the_last_good_render() {
    let dir = common::repo_tempdir();
    let file = dir.path().join("asiakasrekisteri.yaml");
    let good = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("notices/asiakasrekisteri.yaml"),
    )
    .unwrap();
    std::fs::write(&file, &good).unwrap();
    let server = start(dir.path());
    let port = server.1;

    let (status, index) = get(port, "/");
    assert_eq!(status, 200);
    for lang in ["fi", "sv", "en"] {
        for ext in ["html", "pdf", "md"] {
            let href = format!("/asiakasrekisteri/{lang}.{ext}");
            assert!(index.contains(&format!("href=\"{href}\"")), "{index}");
            let (status, body) = get(port, &href);
            assert_eq!(status, 200, "{href}");
            assert!(!body.is_empty(), "{href}");
        }
    }
    assert!(index.contains("No findings."), "{index}");

    let (_, page) = get(port, "/asiakasrekisteri/fi.html");
    assert!(page.contains("<aside class=\"seloste-preview\""), "{page}");
    assert!(page.contains("No findings."));
    assert!(page.contains("Tietosuojaseloste"));
    let since = generation(&page);

    // A mistake: the reload event, then the findings above the last good render.
    std::fs::write(
        &file,
        good.replace("\n  kind: company\n", "\n  kind: yritys\n"),
    )
    .unwrap();
    let page = wait_for_page(port, "/asiakasrekisteri/fi.html", since, |p| {
        p.contains("`yritys` is not a valid value for `controller.kind`")
    });
    assert!(page.contains("The register has errors now"), "{page}");
    assert!(page.contains("Pohjolan Puutarhatukku Oy"));
    let (_, index) = get(port, "/");
    assert!(index.contains("asiakasrekisteri.yaml:"), "{index}");

    // Fixed: the findings are gone.
    std::fs::write(&file, &good).unwrap();
    let page = wait_for_page(port, "/asiakasrekisteri/fi.html", generation(&page), |p| {
        p.contains("No findings.")
    });
    assert!(!page.contains("The register has errors now"));

    // What is refused or not there.
    assert_eq!(get(port, "/asiakasrekisteri/de.html").0, 404);
    assert_eq!(get(port, "/nothing/fi.html").0, 404);
    assert_eq!(get(port, "/../../etc/passwd").0, 404);
    assert_eq!(request(port, "/", "example.com").0, 403);
    assert_eq!(request(port, "/", &format!("localhost:{port}")).0, 200);
}

#[test]
fn only_the_preview_has_a_script() {
    let dir = common::repo_tempdir();
    let out = dir.path().join("out");
    let status = common::seloste_command()
        .args(["build", "notices/", "--format", "html", "--out"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let mut pages = 0;
    let mut stack = vec![out];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                pages += 1;
                let html = std::fs::read_to_string(&p).unwrap().to_lowercase();
                assert!(!html.contains("<script"), "{}", p.display());
            }
        }
    }
    assert!(pages > 3);
}
