//! `seloste lsp` driven by a scripted JSON-RPC exchange over its standard input and output,
//! as an editor drives it: initialize, open a document whose unsaved text differs from the
//! file, receive the findings at the right places (UTF-16 columns after `ä`), apply a code
//! action and see the finding go, hover, edit an organisation file and see the register
//! that uses it republished, shut down. No timing is measured (see BENCHMARKS.md).

use crate::common;

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// A client talking to one `seloste lsp` process.
struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(init_options: Value) -> Client {
        let mut child = common::seloste_command()
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("seloste lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("a Content-Length header")];
                r.read_exact(&mut body).unwrap();
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        let mut c = Client {
            child,
            stdin,
            incoming,
            next_id: 1,
        };
        let init = c.request(
            "initialize",
            json!({ "capabilities": {}, "initializationOptions": init_options }),
        );
        assert_eq!(init["serverInfo"]["name"], "seloste");
        assert_eq!(init["capabilities"]["hoverProvider"], true);
        c.notify("initialized", json!({}));
        c
    }

    fn send(&mut self, msg: Value) {
        let body = serde_json::to_vec(&msg).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// The next message `pick` accepts (others are skipped); a generous bound keeps a
    /// broken server from hanging the test, and is no timing requirement.
    fn wait<T>(&mut self, what: &str, mut pick: impl FnMut(&Value) -> Option<T>) -> T {
        loop {
            let msg = self
                .incoming
                .recv_timeout(Duration::from_secs(120))
                .unwrap_or_else(|_| panic!("no {what} from seloste lsp"));
            if let Some(t) = pick(&msg) {
                return t;
            }
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait(method, |m| {
            (m["id"] == id).then(|| {
                assert!(m.get("error").is_none(), "{method}: {m}");
                m["result"].clone()
            })
        })
    }

    /// The diagnostics next published for `uri` at `version`.
    /// The code action offered for `diagnostic` whose title `pick` takes (failing with the
    /// titles offered when none).
    fn action(&mut self, uri: &str, diagnostic: &Value, pick: impl Fn(&str) -> bool) -> Value {
        let actions = self.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": uri },
                "range": diagnostic["range"],
                "context": { "diagnostics": [diagnostic] },
            }),
        );
        actions
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"].as_str().is_some_and(&pick))
            .cloned()
            .unwrap_or_else(|| panic!("not among {actions:#}"))
    }

    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        self.wait("publishDiagnostics", |m| {
            (m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version)
                .then(|| m["params"]["diagnostics"].as_array().unwrap().clone())
        })
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text } }),
        );
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
    }

    fn shutdown(mut self) {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "seloste lsp exited with {status}");
    }
}

fn uri_of(path: &Path) -> String {
    let p = std::fs::canonicalize(path).unwrap();
    let mut out = String::from("file://");
    for b in p.to_str().unwrap().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The 0-based line and UTF-16 column of the first `needle` in `text`.
fn utf16_position(text: &str, needle: &str) -> (u64, u64) {
    let at = text.find(needle).expect("needle in text");
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count();
    let col = text[line_start..at].encode_utf16().count();
    (line as u64, col as u64)
}

fn by_code<'a>(diags: &'a [Value], code: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

/// Applies the edits of a code action's `WorkspaceEdit` for `uri` to `text`.
fn apply(text: &str, action: &Value, uri: &str) -> String {
    let lines: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |p: &Value| {
        let start = lines[p["line"].as_u64().unwrap() as usize];
        let want = p["character"].as_u64().unwrap() as usize;
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= want || c == '\n' {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut edits: Vec<(usize, usize, String)> = action["edit"]["changes"][uri]
        .as_array()
        .expect("edits for the document")
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    edits.sort_by(|a, b| b.0.cmp(&a.0));
    let mut out = text.to_string();
    for (a, b, t) in edits {
        out.replace_range(a..b, &t);
    }
    out
}

#[test]
fn findings_fixes_and_hover_in_the_editor() {
    let dir = common::repo_tempdir();
    let path = dir.path().join("rekisteri.yaml");
    let saved = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("notices/asiakasrekisteri.yaml"),
    )
    .unwrap();
    std::fs::write(&path, &saved).unwrap();
    let uri = uri_of(&path);
    // Unsaved edits: a language that is not the notice's, after `Ää` on the same line, and a
    // Finnish word for an enum value.
    let name_line =
        "  name:\n    fi: Asiakasrekisteri\n    sv: Kundregister\n    en: Customer register\n";
    assert!(saved.contains(name_line));
    let edited = saved
        .replace(
            name_line,
            "  name: {fi: Äänirekisteri, fii: x, sv: Kundregister, en: Customer register}\n",
        )
        .replace("\n  kind: company\n", "\n  kind: yritys\n");

    let mut c = Client::start(json!({ "lang": "en" }));
    c.open(&uri, &edited);
    let diags = c.diagnostics(&uri, 1);

    // The language: on `fii`, counted in UTF-16 units (the byte column is larger).
    let translation = by_code(&diags, "translation");
    assert_eq!(translation.len(), 1, "{diags:#?}");
    let (line, col) = utf16_position(&edited, "fii: x");
    let range = &translation[0]["range"];
    assert_eq!(range["start"], json!({ "line": line, "character": col }));
    assert_eq!(range["end"], json!({ "line": line, "character": col + 3 }));
    let line_text = edited.lines().nth(line as usize).unwrap();
    assert!(line_text.find("fii").unwrap() as u64 > col, "{line_text}");
    assert_eq!(translation[0]["severity"], 1);
    assert_eq!(translation[0]["source"], "seloste");
    let message = translation[0]["message"].as_str().unwrap();
    assert!(message.contains("help: "), "{message}");
    assert!(message.contains("see: GDPR Art 12(1)"), "{message}");

    // The enum value, with its fix.
    let schema = by_code(&diags, "schema");
    assert_eq!(schema.len(), 1, "{diags:#?}");
    let (line, col) = utf16_position(&edited, "yritys");
    assert_eq!(
        schema[0]["range"]["start"],
        json!({ "line": line, "character": col })
    );
    let replace = c.action(&uri, &schema[0], |t| t == "Replace with `company`");
    assert_eq!(replace["kind"], "quickfix");
    let fixed = apply(&edited, &replace, &uri);
    assert!(fixed.contains("\n  kind: company\n"));
    c.change(&uri, 2, &fixed);
    let diags = c.diagnostics(&uri, 2);
    assert!(by_code(&diags, "schema").is_empty(), "{diags:#?}");
    assert_eq!(by_code(&diags, "translation").len(), 1, "{diags:#?}");

    // Silence the other one with a suppression, and explain its rule on hover.
    let translation = by_code(&diags, "translation")[0].clone();
    let silence = c.action(&uri, &translation, |t| {
        t == "Silence `translation` here, with a reason"
    });
    let silenced = apply(&fixed, &silence, &uri);
    assert!(silenced.contains("  - rule: translation\n"), "{silenced}");
    c.change(&uri, 3, &silenced);
    // The reason is left for the officer to write: until then it is flagged.
    let diags = c.diagnostics(&uri, 3);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["code"], "placeholder");
    let (line, _) = utf16_position(&silenced, "TODO: say why");
    assert_eq!(diags[0]["range"]["start"]["line"], line);
    let silenced = silenced.replace(
        "TODO: say why this finding does not apply here",
        "The extra language is removed in the next release.",
    );
    c.change(&uri, 4, &silenced);
    let diags = c.diagnostics(&uri, 4);
    assert!(diags.is_empty(), "{diags:#?}");
    let (line, col) = utf16_position(&silenced, "rule: translation");
    let hover = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": col + 8 } }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("## What it checks"), "{shown}");
    assert!(
        shown.ends_with(
            "\nKeys it reads: `meta.languages`.\n\nIt reads every text of the notice.\n"
        ),
        "{shown}"
    );

    // A key: its schema description.
    let (line, col) = utf16_position(&silenced, "business_id:");
    let hover = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": col + 2 } }),
    );
    assert_eq!(
        hover["range"]["start"],
        json!({ "line": line, "character": col })
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.starts_with("`business_id`\n\n"), "{shown}");

    // A purpose without a basis: the bases the rule suggests, one action each.
    let (line, _) = utf16_position(&saved, "\n    basis: ");
    let no_basis: String = saved
        .split_inclusive('\n')
        .enumerate()
        .filter(|(i, _)| *i != line as usize + 1)
        .map(|(_, l)| l)
        .collect();
    c.change(&uri, 5, &no_basis);
    let diags = c.diagnostics(&uri, 5);
    let missing = by_code(&diags, "purpose-basis");
    assert_eq!(missing.len(), 1, "{diags:#?}");
    let add = c.action(&uri, &missing[0], |t| t.starts_with("Add `basis: "));
    let with_basis = apply(&no_basis, &add, &uri);
    c.change(&uri, 6, &with_basis);
    let diags = c.diagnostics(&uri, 6);
    assert!(by_code(&diags, "purpose-basis").is_empty(), "{diags:#?}");
    assert!(by_code(&diags, "schema").is_empty(), "{with_basis}");

    // Back to the saved text: nothing to report; the file on disk was never touched.
    c.change(&uri, 7, &saved);
    assert!(c.diagnostics(&uri, 7).is_empty());
    c.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );

    // Another YAML file open in the editor (a CI workflow) is not seloste's business.
    let workflow = dir.path().join("ci.yaml");
    std::fs::write(&workflow, "on: push\njobs: {}\n").unwrap();
    let workflow = uri_of(&workflow);
    c.open(&workflow, "on: push\njobs: {}\n");
    assert!(c.diagnostics(&workflow, 1).is_empty());
    c.shutdown();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved);
}

#[test]
fn an_organisation_edit_republishes_its_registers() {
    let dir = common::repo_tempdir();
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("notices/kemin-kaupunki"),
        dir.path(),
    );
    let register = dir.path().join("asiakkuudenhallinta.yaml");
    let organisation = dir.path().join("organisation.yaml");
    let (reg_uri, org_uri) = (uri_of(&register), uri_of(&organisation));
    let org_text = std::fs::read_to_string(&organisation).unwrap();
    assert!(org_text.contains("\n  - id: hubspot\n"));

    let mut c = Client::start(json!({ "lang": "fi" }));
    c.open(&reg_uri, &std::fs::read_to_string(&register).unwrap());
    assert!(c.diagnostics(&reg_uri, 1).is_empty());
    // The register names recipient `hubspot` of the organisation file: renamed there
    // (unsaved), the register's reference has nothing to complete it.
    c.open(
        &org_uri,
        &org_text.replace("\n  - id: hubspot\n", "\n  - id: hubspot2\n"),
    );
    let diags = c.diagnostics(&reg_uri, 1);
    let recipients = by_code(&diags, "recipients");
    assert_eq!(recipients.len(), 1, "{diags:#?}");
    // In the officer's language (initializationOptions.lang).
    let message = recipients[0]["message"].as_str().unwrap();
    assert!(message.contains("ohje: "), "{message}");
    c.change(&org_uri, 2, &org_text);
    assert!(c.diagnostics(&reg_uri, 1).is_empty());
    c.shutdown();
}

#[test]
fn the_outdated_authority_address_is_replaced() {
    let dir = common::repo_tempdir();
    let path = dir.path().join("rekisteri.yaml");
    let saved = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/rules/authority-address/fail.yaml"),
    )
    .unwrap();
    let old = "PL 800, Ratapihantie 9, 00521 Helsinki";
    assert!(saved.contains(old));
    std::fs::write(&path, &saved).unwrap();
    let uri = uri_of(&path);

    let mut c = Client::start(json!({ "lang": "en" }));
    c.open(&uri, &saved);
    let diags = c.diagnostics(&uri, 1);
    // The old street and the old postcode, each where it stands.
    let outdated = by_code(&diags, "authority-address");
    assert_eq!(outdated.len(), 2, "{diags:#?}");
    let (line, col) = utf16_position(&saved, "Ratapihantie 9");
    assert_eq!(
        outdated[0]["range"]["start"],
        json!({ "line": line, "character": col })
    );
    let replace = c.action(&uri, &outdated[0], |t| {
        t == "Replace the outdated address with `PL 800, 00531 Helsinki`"
    });
    assert_eq!(replace["kind"], "quickfix");
    assert_eq!(replace["isPreferred"], true);
    // The whole old address is replaced, and nothing else.
    let (line, col) = utf16_position(&saved, old);
    let edit = &replace["edit"]["changes"][&uri][0];
    assert_eq!(
        edit["range"],
        json!({ "start": { "line": line, "character": col },
                "end": { "line": line, "character": col + old.len() as u64 } })
    );
    let fixed = apply(&saved, &replace, &uri);
    assert_eq!(fixed, saved.replace(old, "PL 800, 00531 Helsinki"));
    c.change(&uri, 2, &fixed);
    let diags = c.diagnostics(&uri, 2);
    assert!(diags.is_empty(), "{diags:#?}");
    c.shutdown();
}

#[test]
fn hover_on_a_key_names_the_rules_that_read_it() {
    let dir = common::repo_tempdir();
    let path = dir.path().join("rekisteri.yaml");
    let saved = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("notices/asiakasrekisteri.yaml"),
    )
    .unwrap();
    std::fs::write(&path, &saved).unwrap();
    let uri = uri_of(&path);
    let mut c = Client::start(json!({ "lang": "en" }));
    c.open(&uri, &saved);
    assert!(c.diagnostics(&uri, 1).is_empty());
    let hover = |c: &mut Client, needle: &str| {
        let (line, col) = utf16_position(&saved, needle);
        let h = c.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": col + 2 } }),
        );
        h["contents"]["value"].as_str().unwrap().to_string()
    };
    // A category's retention: its description, then the rules, each with its summary.
    let shown = hover(&mut c, "retention:");
    assert!(shown.starts_with("`retention`\n\n"), "{shown}");
    let (description, rules) = shown
        .split_once("\n\nRules that read this key:\n")
        .unwrap_or_else(|| panic!("no rules in {shown}"));
    assert!(description.len() > "`retention`".len() + 10, "{shown}");
    for id in ["vague-retention", "unused-retention", "retention"] {
        let line = rules
            .split("\n\n")
            .next()
            .unwrap()
            .lines()
            .find(|l| l.starts_with(&format!("- `{id}`: ")))
            .unwrap_or_else(|| panic!("no {id} in {shown}"));
        assert!(line.len() > id.len() + 10, "{line}");
    }
    assert!(!rules.contains("`purpose-basis`"), "{shown}");
    // The rules that read every text, by id after them (its `criteria` and `from` are texts).
    let (_, texts) = rules
        .split_once("\n\nEvery text in it is also read by: ")
        .unwrap_or_else(|| panic!("no text rules in {shown}"));
    assert!(texts.contains("`vague-wording`"), "{shown}");
    assert!(!texts.contains("`vague-retention`"), "{shown}");
    // A key no rule reads: only its description.
    let shown = hover(&mut c, "schema_version:");
    assert!(shown.starts_with("`schema_version`\n\n"), "{shown}");
    assert!(!shown.contains("Rules that read"), "{shown}");
    assert!(!shown.contains("also read by"), "{shown}");
    c.shutdown();
}
