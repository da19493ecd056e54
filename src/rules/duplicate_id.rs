//! Two register files with the same `meta.id`.

use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Related};
use crate::load::{Content, Workspace};
use crate::msg;
use std::collections::BTreeMap;

declare_rule! {
    /// Two register files have the same `meta.id`; documented in messages/rules/duplicate-id.<lang>.md.
    pub struct DuplicateId { id: "duplicate-id", severity: Error, article: "GDPR Art 12(1)", reads: ["meta.id"] }
}

/// Reports every register whose `meta.id` another register in `ws` also has.
pub fn check(ws: &Workspace) -> Vec<Diagnostic> {
    let mut by_id: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, doc) in ws.docs.iter().enumerate() {
        if let Content::Register(r) = &doc.content {
            by_id.entry(r.meta.id.as_str()).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (id, docs) in by_id {
        if docs.len() < 2 {
            continue;
        }
        let at = |i: usize| {
            let doc = &ws.docs[i];
            let span = doc
                .tree
                .as_ref()
                .map(|t| t.locate(&["meta".into(), "id".into()]));
            (doc.file, span)
        };
        for &i in &docs {
            let (file, span) = at(i);
            let others: Vec<usize> = docs.iter().copied().filter(|&j| j != i).collect();
            let names: Vec<String> = others
                .iter()
                .map(|&j| format!("`{}`", ws.files.get(ws.docs[j].file).path.display()))
                .collect();
            let mut d = Diagnostic::new(
                &DuplicateId::INFO,
                file,
                span,
                msg!(
                    "duplicate-id-message",
                    id = id,
                    files = names.join(", "),
                    n = names.len()
                ),
            )
            .with_label(msg!("duplicate-id-label"))
            .with_help(msg!("duplicate-id-help", id = id));
            for j in others {
                let (file, span) = at(j);
                d.related.push(Related {
                    file,
                    span,
                    label: msg!("duplicate-id-related", id = id),
                    repeats: true,
                });
            }
            out.push(d);
        }
    }
    out
}
