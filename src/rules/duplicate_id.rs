//! Two register files with the same `meta.id`.

use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Related};
use crate::load::{Content, Workspace};
use std::collections::BTreeMap;

declare_rule! {
    /// Two register files have the same `meta.id`.
    ///
    /// ## What it checks
    /// Across every register checked in one run, each `meta.id` must be used by one file
    /// only. Both files are reported, each pointing at the other.
    ///
    /// ## Why
    /// The id names the register's published pages (`<out>/<id>/fi.html` …). Two
    /// registers with one id would overwrite each other's notice, and which one a reader
    /// finds would change from build to build: the published notice must be the one the
    /// register describes (Art 12(1), 13, 14).
    ///
    /// ## How to fix
    /// Give one of the registers another id. If one file is an old copy of the other,
    /// delete the copy. Changing an id changes the address of its published pages.
    pub struct DuplicateId { id: "duplicate-id", severity: Error, article: "GDPR Art 12(1)" }
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
                format!(
                    "the register id `{id}` is also the id of {}",
                    names.join(", ")
                ),
            )
            .with_label("used by another register too")
            .with_help(format!(
                "give one of the registers another `meta.id` (its pages are published under `<out>/{id}/`), or delete the file that is an old copy"
            ));
            for j in others {
                let (file, span) = at(j);
                d.related.push(Related {
                    file,
                    span,
                    label: format!("`{id}` is also used here").into(),
                    repeats: true,
                });
            }
            out.push(d);
        }
    }
    out
}
