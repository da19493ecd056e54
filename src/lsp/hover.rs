//! Hover: on a key, its description from the JSON Schema (`seloste schema`) and the rules
//! that read it ([`crate::rules::readers`]); on a rule id (in a `suppress:` entry, or
//! anywhere a value is one), what `seloste explain` prints.

use super::Server;
use super::text::Lines;
use crate::load::schema::resolve;
use crate::load::tree::{Node, Seg, Value};
use lsp_types as lt;
use serde_json::Value as J;
use std::sync::OnceLock;

impl Server {
    pub(super) fn hover(&self, p: &lt::HoverParams) -> Option<lt::Hover> {
        let at = &p.text_document_position_params;
        let doc = self.docs.get(at.text_document.uri.as_str())?;
        if !super::looks_like_notice(&doc.text) {
            return None;
        }
        let lines = Lines::new(&doc.text);
        let offset = lines.offset(at.position);
        let tree = crate::load::Workspace::load_bytes(&doc.path, doc.text.as_bytes())
            .docs
            .into_iter()
            .next()
            .and_then(|d| d.tree)?;
        let mut path = Vec::new();
        let (node, is_key) = find(&tree, offset, &mut path)?;
        let text = if let (false, Some(s)) = (is_key, node.as_str())
            && let Some(info) = crate::rules::all_infos().into_iter().find(|i| i.id == s)
        {
            crate::messages::explanation(info, self.m) + &crate::cli::explain::reads(info, self.m)
        } else {
            let organisation = tree.entry("meta").is_none() && tree.entry("organisation").is_some();
            let schema = if organisation {
                organisation_schema()
            } else {
                register_schema()
            };
            let described = description(schema, &path)?;
            let key = path.iter().rev().find_map(|s| match s {
                Seg::Key(k) => Some(k.as_str()),
                Seg::Index(_) => None,
            })?;
            let mut text = format!("`{key}`\n\n{described}");
            let (by_key, by_text): (Vec<_>, Vec<_>) = crate::rules::readers(&key_path(&path))
                .into_iter()
                .partition(|(_, by_key)| *by_key);
            if !by_key.is_empty() {
                text.push_str("\n\n");
                text.push_str(&self.m.t("lsp-hover-readers"));
                for (info, _) in by_key {
                    let summary = info.summary_in(self.m.lang());
                    text.push_str(&format!("\n- `{}`: {summary}", info.id));
                }
            }
            if !by_text.is_empty() {
                let ids: Vec<String> = by_text.iter().map(|(i, _)| format!("`{}`", i.id)).collect();
                text.push_str("\n\n");
                text.push_str(&self.m.t("lsp-hover-text-readers"));
                text.push(' ');
                text.push_str(&ids.join(", "));
            }
            text
        };
        Some(lt::Hover {
            contents: lt::HoverContents::Markup(lt::MarkupContent {
                kind: lt::MarkupKind::Markdown,
                value: text,
            }),
            range: Some(lines.range(node.span.offset, node.span.len)),
        })
    }
}

/// `path` in the naming of [`crate::diagnostic::RuleInfo::reads`]: its keys joined by dots.
fn key_path(path: &[Seg]) -> String {
    let keys: Vec<&str> = path
        .iter()
        .filter_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
        .collect();
    keys.join(".")
}

fn register_schema() -> &'static J {
    static S: OnceLock<J> = OnceLock::new();
    S.get_or_init(crate::model::register_schema)
}

fn organisation_schema() -> &'static J {
    static S: OnceLock<J> = OnceLock::new();
    S.get_or_init(crate::model::organisation_schema)
}

/// The scalar or key at byte `offset`, and true for a key; `path` is left leading to it.
fn find<'a>(node: &'a Node, offset: usize, path: &mut Vec<Seg>) -> Option<(&'a Node, bool)> {
    let on = |n: &Node| n.span.offset <= offset && offset <= n.span.offset + n.span.len;
    let inside = |n: &Node| {
        let (lo, hi) = n.extent();
        lo <= offset && offset <= hi
    };
    match &node.value {
        Value::Map(entries) => {
            for (k, v) in entries {
                let Value::Str(key) = &k.value else {
                    continue;
                };
                if on(k) {
                    path.push(Seg::Key(key.clone()));
                    return Some((k, true));
                }
                if inside(v) {
                    path.push(Seg::Key(key.clone()));
                    return find(v, offset, path);
                }
            }
            None
        }
        Value::Seq(items) => {
            let (i, item) = items.iter().enumerate().find(|(_, i)| inside(i))?;
            path.push(Seg::Index(i));
            find(item, offset, path)
        }
        _ => on(node).then_some((node, false)),
    }
}

/// The schema of `seg` inside schema `s`: a property, a list's items, a map's values,
/// looking into `anyOf`/`oneOf`/`allOf` alternatives.
fn step<'a>(root: &'a J, s: &'a J, seg: &Seg) -> Option<&'a J> {
    let s = resolve(root, s);
    let own = match seg {
        Seg::Key(k) => s
            .get("properties")
            .and_then(|p| p.get(k))
            .or_else(|| s.get("additionalProperties").filter(|a| a.is_object())),
        Seg::Index(_) => s.get("items"),
    };
    own.or_else(|| {
        ["anyOf", "oneOf", "allOf"]
            .iter()
            .filter_map(|k| s.get(*k).and_then(J::as_array))
            .flatten()
            .find_map(|alt| step(root, alt, seg))
    })
}

/// The description of the value at `path`.
fn description(root: &J, path: &[Seg]) -> Option<String> {
    let mut s = root;
    for seg in path {
        s = step(root, s, seg)?;
    }
    let own = s.get("description").and_then(J::as_str);
    own.or_else(|| resolve(root, s).get("description").and_then(J::as_str))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_by_path() {
        let s = register_schema();
        let meta = description(s, &[Seg::Key("meta".into())]).unwrap();
        assert!(meta.starts_with("Identity of the register"), "{meta}");
        let basis = description(
            s,
            &[
                Seg::Key("purposes".into()),
                Seg::Index(0),
                Seg::Key("basis".into()),
            ],
        );
        assert!(basis.is_some());
    }
}
