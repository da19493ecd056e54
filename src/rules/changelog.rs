//! The version's effective date and its change history are consistent with announcing
//! material changes in advance.

use super::{Notice, Sink};
use crate::load::tree::Seg;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A material change takes effect without notice time, or the effective date is before the update; documented in messages/rules/changelog.<lang>.md.
    pub struct Changelog { id: "changelog", severity: Warning, article: "GDPR Art 12(1), 13(3), 14(4); WP260 rev.01 paras 29–33", reads: ["changes", "meta.updated", "meta.effective"] }
}

impl_rule!(Changelog, check);

/// The notice time seloste asks for before a material change takes effect, in days.
/// WP260 rev.01 (para 30) asks for the change to be announced "in advance" without a
/// number; 30 days is this project's default (README: "Versions and changes").
pub const NOTICE_DAYS: i64 = 30;

fn check(n: &Notice, sink: &mut Sink) {
    let m = &n.register.meta;
    if let Some(effective) = m.effective
        && effective < m.updated
    {
        sink.report(
            &Changelog::INFO,
            &n.at(&["meta", "effective"]),
            msg!(
                "changelog-message-effective-before-updated",
                effective = effective.to_string(),
                updated = m.updated.to_string()
            ),
        )
        .set_label(msg!("changelog-label-effective-before-updated"))
        .set_help(msg!("changelog-help-effective-before-updated"));
        return;
    }
    // The latest material entry: its change takes effect on `effective` (else `updated`).
    let Some((i, entry)) = n
        .register
        .changes
        .iter()
        .enumerate()
        .filter(|(_, e)| e.material)
        .max_by_key(|(_, e)| e.date)
    else {
        return;
    };
    let effective = m.effective.unwrap_or(m.updated);
    // An entry dated after this version is not this version's change.
    if entry.date > m.updated {
        return;
    }
    let days = effective.days_since_epoch() - entry.date.days_since_epoch();
    if days < NOTICE_DAYS {
        let at = n
            .at(&["changes"])
            .child(Seg::Index(i))
            .child(Seg::Key("date".into()));
        sink.report(
            &Changelog::INFO,
            &at,
            msg!(
                "changelog-message-no-notice-time",
                date = entry.date.to_string(),
                effective = effective.to_string(),
                days = days.max(0),
                minimum = NOTICE_DAYS
            ),
        )
        .set_label(msg!("changelog-label-no-notice-time"))
        .set_help(msg!("changelog-help-no-notice-time", minimum = NOTICE_DAYS));
    }
}
