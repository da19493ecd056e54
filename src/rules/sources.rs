//! Where the data comes from (Art 14(2)(f)).

use super::{Notice, Sink};
use crate::model::SourceKind;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A source does not say whether it is public, or a category does not name its source; documented in messages/rules/sources.<lang>.md.
    pub struct Sources { id: "sources", severity: Error, article: "GDPR Art 14(2)(f)", reads: ["sources", "categories.sources"] }
}

impl_rule!(Sources, check);

fn check(n: &Notice, sink: &mut Sink) {
    let r = n.register;
    // No sources named: the data is taken to come from the person (Art 13), which needs
    // no statement of its source.
    if r.sources.is_empty() {
        return;
    }
    for (_, s, at) in n.sources() {
        // The person, their observed activity and public registers or sources need no
        // statement: whether they are publicly accessible follows from the kind.
        if s.kind != SourceKind::OtherOrganisation {
            continue;
        }
        if s.publicly_accessible.is_none() {
            sink.report(
                &Sources::INFO,
                &at.child("kind"),
                msg!("sources-message-public", source = &s.id),
            )
            .set_label(msg!("sources-label-public"))
            .set_help(msg!("sources-help-public"));
        }
    }
    if r.sources.len() > 1 {
        let ids: Vec<String> = r.sources.iter().map(|s| format!("`{}`", s.id)).collect();
        for (_, c, at) in n.categories() {
            if c.sources.is_empty() {
                sink.report(
                    &Sources::INFO,
                    &at.child("id"),
                    msg!("sources-message-category", category = &c.id),
                )
                .set_label(msg!("sources-label-category"))
                .set_help(msg!("sources-help-category", sources = ids.join(", ")));
            }
        }
    }
}
