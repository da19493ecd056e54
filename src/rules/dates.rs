//! The notice's dates are plausible.

use super::{Notice, Sink};
use crate::model::Date;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The notice's creation or update date is impossible.
    ///
    /// ## What it checks
    /// `meta.updated` must not be before `meta.created`, nor in the future, and
    /// `meta.created` must not be before 1995-01-01.
    ///
    /// ## Why
    /// The dates tell the reader how current the notice is; an impossible date is a typo
    /// that makes the notice look unmaintained. Information must be accurate and
    /// transparent (Art 12(1)), and changes to it must be brought to people's attention
    /// (WP260 rev.01, paras. 29–32).
    ///
    /// ## How to fix
    /// Correct the date, written `YYYY-MM-DD`. `updated` is the date of the last change;
    /// `created` is when the notice was first published.
    pub struct Dates { id: "dates", severity: Error, article: "GDPR Art 12(1); WP260 rev.01" }
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
            format!(
                "the notice was updated ({}) before it was created ({})",
                m.updated, m.created
            ),
        )
        .set_label("before `created`")
        .set_help("correct `updated:` or `created:`; `updated` is the date of the last change");
    }
    if m.updated > n.today {
        sink.report(
            &Dates::INFO,
            &n.at(&["meta", "updated"]),
            format!("the update date {} is in the future", m.updated),
        )
        .set_label("in the future")
        .set_help(format!(
            "give the date of the last change, no later than today ({})",
            n.today
        ));
    }
    if m.created < EARLIEST {
        sink.report(
            &Dates::INFO,
            &n.at(&["meta", "created"]),
            format!("the creation date {} is before 1995", m.created),
        )
        .set_label("implausibly early")
        .set_help("correct `created:` to the date the notice was first published");
    }
}
