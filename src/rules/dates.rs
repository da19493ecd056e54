//! The notice's dates are plausible.

use super::{Notice, Sink};
use crate::model::Date;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The notice's creation or update date is impossible; documented in messages/rules/dates.<lang>.md.
    pub struct Dates { id: "dates", severity: Error, article: "GDPR Art 12(1); WP260 rev.01", reads: ["meta.created", "meta.updated"] }
}

impl_rule!(Dates, check);

const EARLIEST: Date = Date {
    year: 1995,
    month: 1,
    day: 1,
};

fn check(n: &Notice, sink: &mut Sink) {
    let m = &n.register.meta;
    if m.updated < m.created {
        sink.report(
            &Dates::INFO,
            &n.at(&["meta", "updated"]),
            msg!(
                "dates-message-updated-before-created",
                updated = m.updated.to_string(),
                created = m.created.to_string()
            ),
        )
        .set_label(msg!("dates-label-updated-before-created"))
        .set_help(msg!("dates-help-updated-before-created"));
    }
    if m.updated > n.today {
        sink.report(
            &Dates::INFO,
            &n.at(&["meta", "updated"]),
            msg!("dates-message-future", date = m.updated.to_string()),
        )
        .set_label(msg!("dates-label-future"))
        .set_help(msg!("dates-help-future", today = n.today.to_string()));
    }
    if m.created < EARLIEST {
        sink.report(
            &Dates::INFO,
            &n.at(&["meta", "created"]),
            msg!(
                "dates-message-too-early",
                date = m.created.to_string(),
                year = EARLIEST.year
            ),
        )
        .set_label(msg!("dates-label-too-early"))
        .set_help(msg!("dates-help-too-early"));
    }
}
