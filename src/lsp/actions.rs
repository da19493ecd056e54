//! Code actions: the fixes seloste already knows: the one a rule made itself (the
//! finding's [`crate::diagnostic::Fix`]: the outdated authority address), those read from
//! a finding's help (the did-you-mean values the loader and the rules suggest), and a
//! suppression with a reason for a rule's finding.

use super::text::Lines;
use super::{Finding, Server};
use crate::diagnostic::{Arg, Diagnostic, Msg};
use crate::load::tree::{Node, Value};
use crate::msg;
use lsp_types as lt;
use std::collections::HashMap;

/// Help messages that name one value to write instead, and the argument that holds it.
const ONE_VALUE: &[(&str, &str)] = &[
    ("unknown-key-help-closest", "key"),
    ("schema-enum-help-closest", "value"),
    ("schema-form-help-date", "date"),
    ("schema-form-help-period", "period"),
    ("schema-form-help-id", "id"),
    ("references-help-did-you-mean", "id"),
    ("suppression-help-closest", "rule"),
    ("authority-help-suggestion", "suggestion"),
];

/// Findings that cannot be silenced with `suppress:` in any useful way: the checks of
/// reading a file (the file must be fixed to be read at all) and the suppressions' own.
fn suppressible(rule: &str) -> bool {
    !crate::config::FIXED.contains(&rule) && !matches!(rule, "suppression" | "unused-suppression")
}

/// The values `d`'s help suggests writing at its place, best first.
pub fn replacements(d: &Diagnostic) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(help) = &d.help {
        collect(help, &mut out);
    }
    out.dedup();
    out
}

/// Keys with the values `d`'s help suggests adding to the item it is in: the bases the
/// `purpose-basis` rule names for a purpose without one (`basis: consent`).
pub fn additions(d: &Diagnostic) -> Vec<String> {
    if d.rule != "purpose-basis" {
        return Vec::new();
    }
    let Some(help) = &d.help else {
        return Vec::new();
    };
    // The values are English whatever the officer's language: read them from English.
    let text = crate::messages::en(help);
    let mut out: Vec<String> = Vec::new();
    for quoted in text.split('`').skip(1).step_by(2) {
        if let Some(value) = quoted.strip_prefix("basis: ")
            && !value.is_empty()
            && value.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !out.iter().any(|o| o == quoted)
        {
            out.push(quoted.to_string());
        }
    }
    out
}

fn collect(m: &Msg, out: &mut Vec<String>) {
    let Msg::Id(id, args) = m else {
        return;
    };
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, a)| a);
    if *id == "load-did-you-mean" {
        // "`contract` (sopimus)": the values are the backquoted words.
        for name in ["first", "last"] {
            if let Some(Arg::Str(s)) = arg(name) {
                out.extend(s.split('`').skip(1).step_by(2).map(str::to_string));
            }
        }
        return;
    }
    if let Some((_, name)) = ONE_VALUE.iter().find(|(i, _)| i == id)
        && let Some(Arg::Str(v)) = arg(name)
        && !v.is_empty()
    {
        out.push(v.clone());
        return;
    }
    for (_, a) in args {
        if let Arg::Msg(inner) = a {
            collect(inner, out);
        }
    }
}

impl Server {
    pub(super) fn code_actions(&self, p: &lt::CodeActionParams) -> Vec<lt::CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let (Some(doc), Some(findings)) =
            (self.docs.get(uri.as_str()), self.findings.get(uri.as_str()))
        else {
            return Vec::new();
        };
        let overlaps = |r: &lt::Range| r.start <= p.range.end && p.range.start <= r.end;
        let mut out = Vec::new();
        let mut tree = None;
        for f in findings.iter().filter(|f| overlaps(&f.diagnostic.range)) {
            if let Some((title, range, text)) = &f.fix {
                out.push(action(title.clone(), f, uri, *range, text.clone(), true));
            }
            for value in &f.replacements {
                out.push(action(
                    self.m
                        .text(&msg!("lsp-action-replace", value = value.as_str())),
                    f,
                    uri,
                    f.diagnostic.range,
                    value.clone(),
                    f.replacements.len() == 1,
                ));
            }
            if f.len == 0 {
                continue;
            }
            let tree = tree.get_or_insert_with(|| {
                crate::load::Workspace::load_bytes(&doc.path, doc.text.as_bytes())
                    .docs
                    .into_iter()
                    .next()
                    .and_then(|d| d.tree)
            });
            for line in &f.additions {
                if let Some(tree) = tree
                    && let Some((at, text)) = addition(tree, &doc.text, f.offset, line)
                {
                    let pos = Lines::new(&doc.text).position(at);
                    out.push(action(
                        self.m.text(&msg!("lsp-action-add", line = line.as_str())),
                        f,
                        uri,
                        lt::Range::new(pos, pos),
                        text,
                        f.additions.len() == 1,
                    ));
                }
            }
            if suppressible(f.rule) {
                if let Some(tree) = tree
                    && let Some((at, text)) = suppression(
                        tree,
                        &doc.text,
                        f.offset,
                        f.rule,
                        &self.m.t("lsp-suppress-reason"),
                    )
                {
                    let pos = Lines::new(&doc.text).position(at);
                    out.push(action(
                        self.m.text(&msg!("lsp-action-suppress", rule = f.rule)),
                        f,
                        uri,
                        lt::Range::new(pos, pos),
                        text,
                        false,
                    ));
                }
            }
        }
        out
    }
}

fn action(
    title: String,
    f: &Finding,
    uri: &lt::Uri,
    range: lt::Range,
    new_text: String,
    preferred: bool,
) -> lt::CodeActionOrCommand {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), vec![lt::TextEdit { range, new_text }]);
    lt::CodeActionOrCommand::CodeAction(lt::CodeAction {
        title,
        kind: Some(lt::CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![f.diagnostic.clone()]),
        edit: Some(lt::WorkspaceEdit {
            changes: Some(changes),
            ..Default::default()
        }),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    })
}

/// Where to insert, and what, to add `line` (a key and its value) to the innermost list
/// item that holds byte `offset`, as its last key.
fn addition(tree: &Node, text: &str, offset: usize, line: &str) -> Option<(usize, String)> {
    let item = innermost_item(tree, offset)?;
    let Value::Map(entries) = &item.value else {
        return None;
    };
    let indent = entries.first()?.0.span.column.checked_sub(1)?;
    let (_, hi) = item.extent();
    let at = hi.saturating_sub(1).min(text.len());
    let at = text[at..].find('\n').map_or(text.len(), |i| at + i);
    Some((at, format!("\n{}{line}", " ".repeat(indent))))
}

/// Where to insert, and what, to silence `rule` at byte `offset`: a `suppress:` entry in
/// the innermost list item that holds it (a purpose, a category, a recipient…), or at the
/// top of the file when it is in none. Appended to the item's `suppress:` list when it
/// has one in block style; `None` when it has one in flow style (`suppress: []`).
fn suppression(
    tree: &Node,
    text: &str,
    offset: usize,
    rule: &str,
    reason: &str,
) -> Option<(usize, String)> {
    let item = innermost_item(tree, offset).unwrap_or(tree);
    let Value::Map(entries) = &item.value else {
        return None;
    };
    let first_key = entries.first().map(|(k, _)| k)?;
    let indent = first_key.span.column.saturating_sub(1);
    let reason = quoted(reason);
    let end_of_line = |at: usize| {
        let at = at.min(text.len());
        text[at..].find('\n').map_or(text.len(), |i| at + i)
    };
    if let Some((_, list)) = item.entry("suppress") {
        let Value::Seq(items) = &list.value else {
            return None;
        };
        let last = items.last()?;
        let Value::Map(e) = &last.value else {
            return None;
        };
        let col = e.first()?.0.span.column.saturating_sub(1);
        // A flow list (`[...]`) cannot take a block item.
        if text.get(list.span.offset..list.span.offset + 1) == Some("[") || col < 2 {
            return None;
        }
        let at = end_of_line(last.extent().1.saturating_sub(1));
        let dash = " ".repeat(col - 2);
        let pad = " ".repeat(col);
        return Some((at, format!("\n{dash}- rule: {rule}\n{pad}reason: {reason}")));
    }
    let pad = " ".repeat(indent);
    let (_, hi) = item.extent();
    let at = end_of_line(hi.saturating_sub(1));
    let lead = if at == 0 || text[..at].ends_with('\n') && at == text.len() {
        ""
    } else {
        "\n"
    };
    let tail = if at == text.len() && lead.is_empty() {
        "\n"
    } else {
        ""
    };
    Some((
        at,
        format!("{lead}{pad}suppress:\n{pad}  - rule: {rule}\n{pad}    reason: {reason}{tail}"),
    ))
}

/// A YAML double-quoted string.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// The innermost mapping that is a list item and holds byte `offset`.
fn innermost_item(node: &Node, offset: usize) -> Option<&Node> {
    let inside = |n: &Node| {
        let (lo, hi) = n.extent();
        lo <= offset && offset < hi
    };
    match &node.value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, v)| inside(k) || inside(v))
            .and_then(|(_, v)| innermost_item(v, offset)),
        Value::Seq(items) => items
            .iter()
            .find(|i| inside(i))
            .map(|i| innermost_item(i, offset).unwrap_or(i))
            .filter(|n| matches!(n.value, Value::Map(_))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Node {
        crate::load::Workspace::load_bytes(std::path::Path::new("r.yaml"), text.as_bytes())
            .docs
            .into_iter()
            .next()
            .and_then(|d| d.tree)
            .expect("parses")
    }

    #[test]
    fn suppression_goes_into_the_innermost_item() {
        let text = "meta:\n  id: x\npurposes:\n  - id: a\n    description: Jotain\n  - id: b\n    description: Muuta\n";
        let t = tree(text);
        let at = text.find("Jotain").unwrap();
        let (pos, ins) = suppression(&t, text, at, "vague-wording", "R").unwrap();
        let mut out = text.to_string();
        out.insert_str(pos, &ins);
        assert_eq!(
            out,
            "meta:\n  id: x\npurposes:\n  - id: a\n    description: Jotain\n    suppress:\n      - rule: vague-wording\n        reason: \"R\"\n  - id: b\n    description: Muuta\n"
        );
        // And a second one goes into the same list.
        let t = tree(&out);
        let (pos, ins) = suppression(&t, &out, at, "other", "S").unwrap();
        out.insert_str(pos, &ins);
        assert!(
            out.contains(
                "        reason: \"R\"\n      - rule: other\n        reason: \"S\"\n  - id: b"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_basis_goes_into_the_purpose() {
        let text = "meta:\n  id: x\npurposes:\n  - id: a\n    name: A\n  - id: b\n";
        let t = tree(text);
        let (pos, ins) = addition(&t, text, text.find("a\n").unwrap(), "basis: consent").unwrap();
        let mut out = text.to_string();
        out.insert_str(pos, &ins);
        assert_eq!(
            out,
            "meta:\n  id: x\npurposes:\n  - id: a\n    name: A\n    basis: consent\n  - id: b\n"
        );
    }

    #[test]
    fn suppression_at_the_top_of_the_file() {
        let text = "meta:\n  id: x\ncontroller: y\n";
        let t = tree(text);
        let (pos, ins) = suppression(&t, text, text.find('y').unwrap(), "r", "R").unwrap();
        let mut out = text.to_string();
        out.insert_str(pos, &ins);
        assert_eq!(
            out,
            "meta:\n  id: x\ncontroller: y\nsuppress:\n  - rule: r\n    reason: \"R\"\n"
        );
    }

    #[test]
    fn replacements_from_the_help() {
        let d = |help: Msg| Diagnostic {
            help: Some(help),
            ..Diagnostic::new(
                &crate::load::codes::Schema::INFO,
                0,
                None,
                Msg::Raw(String::new()),
            )
        };
        let dym = crate::load::hints::did_you_mean(&[
            crate::load::hints::Suggestion {
                value: "contract".into(),
                gloss: Some("sopimus".into()),
            },
            crate::load::hints::Suggestion {
                value: "consent".into(),
                gloss: None,
            },
        ])
        .unwrap();
        assert_eq!(
            replacements(&d(msg!(
                "schema-enum-help-translated",
                suggestion = dym,
                allowed = "a, b"
            ))),
            ["contract", "consent"]
        );
        assert_eq!(
            replacements(&d(msg!("unknown-key-help-closest", key = "name"))),
            ["name"]
        );
        assert!(replacements(&d(msg!("schema-missing-help"))).is_empty());
    }
}
