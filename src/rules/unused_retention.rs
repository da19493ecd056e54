//! A retention policy written once for the register or a group of categories that applies
//! to no category: every category it would cover states its own (or is in an earlier
//! group), so the sentence the officer wrote and checks is not the one printed.

use super::{Notice, Sink};
use crate::model::RetentionSource;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The register's `retention` or a `retention_groups` entry applies to no category; documented in messages/rules/unused-retention.<lang>.md.
    pub struct UnusedRetention { id: "unused-retention", severity: Warning, article: "GDPR Art 13(2)(a), 14(2)(a)", reads: ["retention", "retention_groups", "categories.retention"] }
}

impl_rule!(UnusedRetention, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &UnusedRetention::INFO;
    let r = n.register;
    if r.categories.is_empty() {
        return;
    }
    let used: Vec<RetentionSource> = r
        .categories
        .iter()
        .filter_map(|c| r.retention_of(c).map(|(_, s)| s))
        .collect();
    if r.retention.is_some() && !used.contains(&RetentionSource::Register) {
        sink.report(
            info,
            &n.at(&["retention"]),
            msg!("unused-retention-message-register"),
        )
        .set_label(msg!("unused-retention-label"))
        .set_help(msg!("unused-retention-help-register"));
    }
    for (i, g) in r.retention_groups.iter().enumerate() {
        // Only a group whose every category states its own retention: a category in two
        // groups is reported by `retention`, one that does not exist by `references`.
        let listed: Vec<_> = r
            .categories
            .iter()
            .filter(|c| g.categories.contains(&c.id))
            .collect();
        if !listed.is_empty() && listed.iter().all(|c| c.retention.is_some()) {
            sink.report(
                info,
                &n.at(&["retention_groups"]).child(i).child("retention"),
                msg!("unused-retention-message-group", group = &g.id),
            )
            .set_label(msg!("unused-retention-label"))
            .set_help(msg!("unused-retention-help-group", group = &g.id));
        }
    }
}
