//! SARIF 2.1.0 (`--format sarif`), the format code-scanning services read (GitHub's
//! `upload-sarif`, GitLab, Azure DevOps, IDE viewers). One run; `tool.driver.rules`
//! lists every rule `seloste rules` knows, each result points at its rule by id and
//! index. Suppressed findings are kept, with an `inSource` suppression and its reason.
//! The output is deterministic: no timestamps, no absolute paths that were not given.
//!
//! Spec: <https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>.

use crate::diagnostic::{Diagnostic, Files, RuleInfo, Severity};
use crate::messages::{Messages, explanation};
use crate::rules::all_infos;
use serde_json::{Map, Value, json};
use std::path::Path;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

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

fn rule(info: &RuleInfo, m: &Messages) -> Value {
    let doc = info.doc_in(m.lang());
    let explained = explanation(info, m);
    let mut r = json!({
        "id": info.id,
        "name": pascal_case(info.id),
        "shortDescription": { "text": info.summary_in(m.lang()) },
        "fullDescription": { "text": doc.trim() },
        "help": { "text": explained, "markdown": explained },
        "defaultConfiguration": { "level": level(info.severity) },
        "properties": { "article": info.article },
    });
    let repo = env!("CARGO_PKG_REPOSITORY");
    if !repo.is_empty() {
        r["helpUri"] = json!(format!("{repo}#rules"));
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
/// English finds it.
pub fn render(diagnostics: &[Diagnostic], files: &Files, m: &Messages) -> String {
    let infos = all_infos();
    let rules: Vec<Value> = infos.iter().map(|i| rule(i, m)).collect();
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
        .map(|d| {
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
            if let Some(reason) = &d.suppressed {
                result["suppressions"] = json!([{ "kind": "inSource", "justification": reason }]);
            }
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
}
