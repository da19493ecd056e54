//! Latency of `seloste lsp`: from an edit (`didChange`) to the findings of the edited text
//! (`publishDiagnostics` for that version), for the sample registers, as an editor sees it.
//!
//!     cargo bench --bench lsp
//!
//! Starts the release binary as the editor would, opens a register (its text in memory,
//! never written), then makes edits that alternately introduce and fix a mistake (an
//! enum value written in Finnish), each after a pause longer than the server's
//! [`MIN_GAP`](seloste::lsp::MIN_GAP) (one keystroke after a typing pause), and measures
//! each until its findings arrive. Then bursts of edits sent back to back, measured to the
//! findings of the last one (the throttle at work). Prints a Markdown table for
//! BENCHMARKS.md.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

struct Client {
    stdin: ChildStdin,
    incoming: Receiver<Value>,
}

impl Client {
    fn send(&mut self, msg: Value) {
        let body = serde_json::to_vec(&msg).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn wait(&mut self, pick: impl Fn(&Value) -> bool) -> Value {
        loop {
            let m = self.incoming.recv_timeout(Duration::from_secs(60)).unwrap();
            if pick(&m) {
                return m;
            }
        }
    }

    fn diagnostics(&mut self, uri: &str, version: i64) -> usize {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        m["params"]["diagnostics"].as_array().unwrap().len()
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.send(
            json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "text": text }] } }),
        );
    }
}

fn start() -> Client {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .arg("lsp")
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, incoming) = channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(stdout);
        loop {
            let mut len = 0;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                if line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.trim().strip_prefix("Content-Length: ") {
                    len = v.parse().unwrap();
                }
            }
            let mut body = vec![0; len];
            r.read_exact(&mut body).unwrap();
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        }
    });
    let mut c = Client { stdin, incoming };
    c.send(json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": { "capabilities": {} } }));
    c.wait(|m| m["id"] == 1);
    c.send(json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }));
    c
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let edits = 60;
    let bursts = 10;
    println!(
        "| register | size | first check | edit → findings: median | p90 | max | burst of 10 → findings of the last: median |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for name in ["cykelverkstad", "rekrytointi", "asiakasrekisteri"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("notices")
            .join(format!("{name}.yaml"));
        let path = std::fs::canonicalize(path).unwrap();
        let uri = format!("file://{}", path.display());
        let text = std::fs::read_to_string(&path).unwrap();
        let (good, bad) = if text.contains("\n  kind: company\n") {
            ("\n  kind: company\n", "\n  kind: yritys\n".to_string())
        } else {
            ("\nmeta:\n", "\nmeta:\n  nimi: x\n".to_string())
        };
        let broken = text.replacen(good, &bad, 1);
        assert_ne!(broken, text);
        let mut c = start();
        let t = Instant::now();
        c.send(
            json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text } } }),
        );
        assert_eq!(c.diagnostics(&uri, 1), 0, "{name} has findings");
        let first = ms(t.elapsed());
        let mut version = 1;
        let mut times = Vec::new();
        for k in 0..edits {
            std::thread::sleep(Duration::from_millis(200));
            version += 1;
            let now = if k % 2 == 0 { &broken } else { &text };
            let t = Instant::now();
            c.change(&uri, version, now);
            let n = c.diagnostics(&uri, version);
            times.push(ms(t.elapsed()));
            assert_eq!(n > 0, k % 2 == 0);
        }
        let mut burst = Vec::new();
        for _ in 0..bursts {
            std::thread::sleep(Duration::from_millis(200));
            let t = Instant::now();
            for k in 0..10 {
                version += 1;
                c.change(&uri, version, if k % 2 == 0 { &broken } else { &text });
            }
            c.diagnostics(&uri, version);
            burst.push(ms(t.elapsed()));
        }
        times.sort_by(f64::total_cmp);
        burst.sort_by(f64::total_cmp);
        println!(
            "| {name}.yaml | {:.1} KB | {first:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms |",
            text.len() as f64 / 1000.0,
            percentile(&times, 0.5),
            percentile(&times, 0.9),
            times[times.len() - 1],
            percentile(&burst, 0.5),
        );
        c.send(json!({ "jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": null }));
        c.wait(|m| m["id"] == 2);
        c.send(json!({ "jsonrpc": "2.0", "method": "exit", "params": null }));
    }
}
