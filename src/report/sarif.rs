//! SARIF 2.1.0 (`--format sarif`), the format code-scanning services read (GitHub's
//! `upload-sarif`, GitLab, Azure DevOps, IDE viewers). One run; `tool.driver.rules`
//! lists every rule `seloste rules` knows, each result points at its rule by id and
//! index. Suppressed findings are kept, with an `inSource` suppression and its reason;
//! every other result has an empty `suppressions` list. Each result has a fingerprint
//! that survives lines moving, each rule its tags, precision and documentation link.
//! The output is deterministic: no timestamps, no absolute paths that were not given.
//!
//! Spec: <https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>.

use crate::diagnostic::{Diagnostic, Files, RuleInfo, Severity};
use crate::messages::{Messages, explanation};
use crate::rules::all_infos;
use serde_json::{Map, Value, json};
use std::path::Path;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of seloste's fingerprint in `partialFingerprints` (see
/// [`crate::report::fingerprints`]); the version changes if the hash ever does.
pub const FINGERPRINT: &str = "selosteFinding/v1";

/// `purpose-basis` → `PurposeBasis`, SARIF's `reportingDescriptor.name`.
pub fn pascal_case(id: &str) -> String {
    id.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A path as a SARIF URI reference: relative paths stay relative, with forward slashes
/// and a leading `./` dropped; absolute paths become `file://` URIs. Characters outside
/// the unreserved set are percent-encoded (UTF-8).
pub fn uri(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let absolute = path.is_absolute() || s.starts_with('/');
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    let mut out = String::with_capacity(s.len());
    if absolute {
        out.push_str("file://");
        // A Windows path (C:/x) needs a leading slash: file:///C:/x.
        if !s.starts_with('/') {
            out.push('/');
        }
    }
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            b':' if absolute => out.push(':'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// GitHub's limit on a rule's `shortDescription` and `fullDescription`, in characters.
pub const DESCRIPTION_LIMIT: usize = 1024;

/// `text` within `limit` characters: whole paragraphs while they fit, then a paragraph
/// `…`; else the first paragraph cut at a word and ended with `…`.
pub fn clip(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut out = String::new();
    for paragraph in text.split("\n\n") {
        let extra = if out.is_empty() { 0 } else { 2 };
        // Room for the closing "\n\n…".
        if out.chars().count() + extra + paragraph.chars().count() + 3 > limit {
            break;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(paragraph);
    }
    if !out.is_empty() {
        out.push_str("\n\n…");
        return out;
    }
    let cut: String = text.chars().take(limit - 1).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > 0 => cut[..i].trim_end().to_string(),
        _ => cut,
    };
    format!("{cut}…")
}

/// A rule's full description: its summary and what it checks (the documentation up to
/// its second section), headings left out, within [`DESCRIPTION_LIMIT`].
fn full_description(doc: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut sections = 0;
    let mut start = 0;
    let mut offset = 0;
    for line in doc.split_inclusive('\n') {
        if line.starts_with("## ") {
            parts.push(doc[start..offset].trim());
            sections += 1;
            if sections == 2 {
                start = doc.len();
                break;
            }
            start = offset + line.len();
        }
        offset += line.len();
    }
    if start < doc.len() {
        parts.push(doc[start..].trim());
    }
    let text = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    clip(&text, DESCRIPTION_LIMIT)
}

/// Where a rule is documented: `docs_url` with `{rule}` replaced by the rule's id (or the
/// id appended when it has no `{rule}`); without it, the rule's documentation file in
/// the repository named in Cargo.toml, in the language of the messages; `None` when there
/// is neither.
pub fn help_uri(id: &str, lang: &str, docs_url: Option<&str>) -> Option<String> {
    match docs_url.filter(|u| !u.is_empty()) {
        Some(url) if url.contains("{rule}") => Some(url.replace("{rule}", id)),
        Some(url) => Some(format!("{url}{id}")),
        None => {
            let repo = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
            (!repo.is_empty()).then(|| format!("{repo}/blob/HEAD/messages/rules/{id}.{lang}.md"))
        }
    }
}

/// A rule's tags for code scanning: `privacy` for a rule about the notice (then `gdpr`
/// when it enforces the GDPR, `national-law` when a national act), `input` for a check
/// of the files themselves.
fn tags(info: &RuleInfo) -> Vec<&'static str> {
    if info.article.starts_with("seloste") || info.article.starts_with("YAML") {
        return vec!["input"];
    }
    let mut tags = vec!["privacy"];
    if info.article.contains("GDPR") {
        tags.push("gdpr");
    }
    if info.article.contains("FI:") {
        tags.push("national-law");
    }
    tags
}

fn rule(info: &RuleInfo, m: &Messages, docs_url: Option<&str>) -> Value {
    let doc = info.doc_in(m.lang());
    let explained = explanation(info, m);
    let mut r = json!({
        "id": info.id,
        "name": pascal_case(info.id),
        "shortDescription": { "text": clip(info.summary_in(m.lang()), DESCRIPTION_LIMIT) },
        "fullDescription": { "text": full_description(doc) },
        "help": { "text": explained, "markdown": explained },
        "defaultConfiguration": { "level": level(info.severity) },
        "properties": {
            "article": info.article,
            "tags": tags(info),
            "precision": info.precision.as_str(),
        },
    });
    if let Some(uri) = help_uri(info.id, m.lang(), docs_url) {
        r["helpUri"] = json!(uri);
    }
    r
}

/// A SARIF region: where `span` is in `file`, in lines and characters and in bytes.
fn region(file: &crate::diagnostic::SourceFile, span: crate::diagnostic::Span) -> Value {
    let (end_line, end_column) = file.line_col(span.offset + span.len);
    json!({
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": end_line,
        "endColumn": end_column,
        "byteOffset": span.offset,
        "byteLength": span.len,
    })
}

/// Renders one SARIF log with one run.
/// Messages in the officer's language `m`; when that is not English, each result's
/// message carries the English text too (`message.properties.en`), so a tool that reads
/// English finds it. `docs_url` is where the rules are documented (see [`help_uri`]).
pub fn render(
    diagnostics: &[Diagnostic],
    files: &Files,
    m: &Messages,
    docs_url: Option<&str>,
) -> String {
    let infos = all_infos();
    let rules: Vec<Value> = infos.iter().map(|i| rule(i, m, docs_url)).collect();
    let fingerprints = crate::report::fingerprints(diagnostics, files);
    let en = Messages::english();
    let full = |m: &Messages, d: &Diagnostic| {
        let mut text = m.text(&d.message);
        if let Some(help) = &d.help {
            text.push('\n');
            text.push_str(&m.text(&crate::msg!("report-help", help = m.text(help))));
        }
        text
    };

    let artifacts: Vec<Value> = (0..files.len())
        .map(|id| {
            let f = files.get(id);
            json!({
                "location": { "uri": uri(&f.path) },
                "length": f.text.len(),
                "sourceLanguage": "yaml",
            })
        })
        .collect();

    let results: Vec<Value> = diagnostics
        .iter()
        .zip(&fingerprints)
        .map(|(d, fingerprint)| {
            let file = files.get(d.file);
            let text = full(m, d);
            let mut physical = Map::new();
            physical.insert(
                "artifactLocation".into(),
                json!({ "uri": uri(&file.path), "index": d.file }),
            );
            if let Some(span) = d.span {
                let mut region = region(file, span);
                if let Some(snippet) = file.text.get(span.offset..span.offset + span.len) {
                    region["snippet"] = json!({ "text": snippet });
                }
                if let Some(label) = &d.label {
                    region["message"] = json!({ "text": m.text(label) });
                }
                physical.insert("region".into(), region);
            }
            let mut result = json!({
                "ruleId": d.rule,
            });
            if let Some(index) = infos.iter().position(|i| i.id == d.rule) {
                result["ruleIndex"] = json!(index);
            }
            result["level"] = json!(level(d.severity));
            result["message"] = json!({ "text": text });
            if m.lang() != en.lang() {
                result["message"]["properties"] = json!({ "en": full(en, d) });
            }
            result["locations"] = json!([{ "physicalLocation": physical }]);
            if !d.related.is_empty() {
                let related: Vec<Value> = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(k, r)| {
                        let f = files.get(r.file);
                        let mut physical = json!({
                            "artifactLocation": { "uri": uri(&f.path), "index": r.file },
                        });
                        if let Some(span) = r.span {
                            physical["region"] = region(f, span);
                        }
                        json!({ "id": k, "physicalLocation": physical, "message": { "text": m.text(&r.label) } })
                    })
                    .collect();
                result["relatedLocations"] = json!(related);
            }
            // On every result or none (SARIF §3.27.23): empty when not suppressed.
            result["suppressions"] = match &d.suppressed {
                Some(reason) => json!([{ "kind": "inSource", "justification": reason }]),
                None => json!([]),
            };
            result["partialFingerprints"] = json!({ FINGERPRINT: fingerprint });
            result["properties"] = json!({ "article": d.article });
            result
        })
        .collect();

    let mut driver = json!({
        "name": "seloste",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
    });
    let repo = env!("CARGO_PKG_REPOSITORY");
    if !repo.is_empty() {
        driver["informationUri"] = json!(repo);
    }
    driver["rules"] = json!(rules);

    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    });
    let mut s = crate::report::json_pretty(&log);
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(pascal_case("purpose-basis"), "PurposeBasis");
        assert_eq!(pascal_case("yaml-syntax"), "YamlSyntax");
        assert_eq!(uri(Path::new("./notices/a.yaml")), "notices/a.yaml");
        assert_eq!(uri(Path::new("n/käy tö.yaml")), "n/k%C3%A4y%20t%C3%B6.yaml");
        assert_eq!(uri(Path::new("/tmp/a b.yaml")), "file:///tmp/a%20b.yaml");
    }

    #[test]
    fn clipped_at_a_paragraph_or_a_word() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("one two\n\nthree four", 12), "one two\n\n…");
        assert_eq!(clip("one two three", 10), "one two…");
        let long = "ä".repeat(2000);
        assert_eq!(clip(&long, 1024).chars().count(), 1024);
    }

    #[test]
    fn the_full_description_is_the_summary_and_what_it_checks() {
        let doc = "Summary.\n\n## What it checks\nThis.\n\n## Why\nBecause.\n";
        assert_eq!(full_description(doc), "Summary.\n\nThis.");
        assert_eq!(full_description("Only a summary."), "Only a summary.");
    }

    #[test]
    fn help_uri_from_the_option() {
        assert_eq!(
            help_uri("dates", "fi", Some("https://x.example/r/{rule}.html")).as_deref(),
            Some("https://x.example/r/dates.html")
        );
        assert_eq!(
            help_uri("dates", "en", Some("https://x.example/rules#")).as_deref(),
            Some("https://x.example/rules#dates")
        );
    }
}
