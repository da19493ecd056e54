//! Cross-references inside a register, and categories no purpose uses.

use super::{At, Notice, Sink};
use crate::{declare_rule, impl_rule, msg};
use std::collections::HashSet;

// Declared with the load codes: the loader reports `meta.organisation` problems with it.
pub use crate::load::codes::References;

declare_rule! {
    /// A data category that no purpose uses; documented in messages/rules/unused-category.<lang>.md.
    pub struct UnusedCategory { id: "unused-category", severity: Error, article: "GDPR Art 5(1)(b)-(c)", reads: ["categories.id", "purposes.categories"] }
}

impl_rule!(References, check_references);
impl_rule!(UnusedCategory, check_unused);

/// `kind` names the list for the catalog: purpose, category, source, data-subject, recipient,
/// retention-group.
fn duplicates<'a>(
    ids: impl Iterator<Item = (&'a str, At<'a>)>,
    kind: &'static str,
    sink: &mut Sink,
) {
    let mut seen = HashSet::new();
    for (id, at) in ids {
        if !seen.insert(id) {
            sink.report(
                &References::INFO,
                &at,
                msg!("references-message-duplicate", kind = kind, id = id),
            )
            .set_label(msg!("references-label-duplicate"))
            .set_help(msg!("references-help-duplicate"));
        }
    }
}

/// `kind` names what is referred to, for the catalog: as in [`duplicates`].
fn dangling(n: &Notice, at: &At, kind: &'static str, id: &str, known: &[&str], sink: &mut Sink) {
    // The item was written but did not load: its own error says so.
    if n.left_out_id(id) {
        return;
    }
    let d = sink
        .report(
            &References::INFO,
            at,
            msg!("references-message-dangling", kind = kind, id = id),
        )
        .set_label(msg!("references-label-dangling"));
    let best = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(id, k), *k))
        .filter(|(dist, _)| *dist <= 2)
        .min_by_key(|(dist, _)| *dist);
    match best {
        Some((_, k)) => d.set_help(msg!("references-help-did-you-mean", id = k)),
        None if known.is_empty() => d.set_help(msg!("references-help-none-yet", kind = kind)),
        None => d.set_help(msg!("references-help-known", ids = known.join(", "))),
    };
}

fn check_references(n: &Notice, sink: &mut Sink) {
    let r = n.register;
    let cats: Vec<&str> = r.categories.iter().map(|c| c.id.as_str()).collect();
    let subjects: Vec<&str> = r.data_subjects.iter().map(|c| c.id.as_str()).collect();
    let sources: Vec<&str> = r.sources.iter().map(|c| c.id.as_str()).collect();
    let purposes: Vec<&str> = r.purposes.iter().map(|c| c.id.as_str()).collect();
    let recipients: Vec<&str> = r.recipients.iter().map(|c| c.id.as_str()).collect();

    duplicates(
        n.purposes()
            .map(|(_, p, at)| (p.id.as_str(), at.child("id"))),
        "purpose",
        sink,
    );
    duplicates(
        n.categories()
            .map(|(_, c, at)| (c.id.as_str(), at.child("id"))),
        "category",
        sink,
    );
    duplicates(
        n.sources()
            .map(|(_, s, at)| (s.id.as_str(), at.child("id"))),
        "source",
        sink,
    );
    duplicates(
        r.data_subjects
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), n.at(&["data_subjects"]).child(i).child("id"))),
        "data-subject",
        sink,
    );
    duplicates(
        r.recipients
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), n.at(&["recipients"]).child(i).child("id"))),
        "recipient",
        sink,
    );

    duplicates(
        r.retention_groups.iter().enumerate().map(|(i, g)| {
            (
                g.id.as_str(),
                n.at(&["retention_groups"]).child(i).child("id"),
            )
        }),
        "retention-group",
        sink,
    );

    for (i, g) in r.retention_groups.iter().enumerate() {
        let at = n.at(&["retention_groups"]).child(i).child("categories");
        for (j, c) in g.categories.iter().enumerate() {
            if !cats.contains(&c.as_str()) {
                dangling(n, &at.child(j), "category", c, &cats, sink);
            }
        }
    }
    for (_, p, at) in n.purposes() {
        for (j, c) in p.categories.iter().enumerate() {
            if !cats.contains(&c.as_str()) {
                dangling(
                    n,
                    &at.child("categories").child(j),
                    "category",
                    c,
                    &cats,
                    sink,
                );
            }
        }
        for (j, s) in p.data_subjects.iter().enumerate() {
            if !subjects.contains(&s.as_str()) {
                dangling(
                    n,
                    &at.child("data_subjects").child(j),
                    "data-subject",
                    s,
                    &subjects,
                    sink,
                );
            }
        }
    }
    for (_, c, at) in n.categories() {
        for (j, s) in c.sources.iter().enumerate() {
            if !sources.contains(&s.as_str()) {
                dangling(
                    n,
                    &at.child("sources").child(j),
                    "source",
                    s,
                    &sources,
                    sink,
                );
            }
        }
    }
    for (i, rec) in r.recipients.iter().enumerate() {
        for (j, p) in rec.purposes.iter().enumerate() {
            if !purposes.contains(&p.as_str()) {
                dangling(
                    n,
                    &n.at(&["recipients"]).child(i).child("purposes").child(j),
                    "purpose",
                    p,
                    &purposes,
                    sink,
                );
            }
        }
    }
    for t in n.transfers() {
        if let Some(rec) = &t.value.recipient
            && !recipients.contains(&rec.as_str())
        {
            dangling(
                n,
                &t.at.child("recipient"),
                "recipient",
                rec,
                &recipients,
                sink,
            );
        }
    }
}

fn check_unused(n: &Notice, sink: &mut Sink) {
    // A purpose that did not load may be the one that uses the category.
    if n.purpose_left_out() {
        return;
    }
    for (_, c, at) in n.categories() {
        if !n
            .register
            .purposes
            .iter()
            .any(|p| p.categories.iter().any(|id| id == &c.id))
        {
            sink.report(
                &UnusedCategory::INFO,
                &at.child("id"),
                msg!("unused-category-message", category = &c.id),
            )
            .set_label(msg!("unused-category-label"))
            .set_help(msg!("unused-category-help", category = &c.id));
        }
    }
}
