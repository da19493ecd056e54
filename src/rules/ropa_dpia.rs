//! Special-category or large-scale processing has a DPIA status in the record (Art 35).
//! Checked only with `check --ropa`.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// Special-category or large-scale processing has no DPIA status in the record; documented in messages/rules/ropa-dpia.<lang>.md.
    pub struct RopaDpia { id: "ropa-dpia", severity: Warning, article: "GDPR Art 35(1), 35(3)(b)", reads: ["internal.dpia", "internal.large_scale", "categories.special"] }
}

impl_rule!(RopaDpia, check);

fn check(n: &Notice, sink: &mut Sink) {
    let r = n.register;
    let internal = r.internal.as_ref();
    if internal
        .and_then(|i| i.dpia.as_ref())
        .is_some_and(|d| d.status.is_some())
    {
        return;
    }
    let large = internal.is_some_and(|i| i.large_scale);
    let special = n.categories().find(|(_, c, _)| c.special.is_some());
    let (at, why) = match (large, special) {
        (true, _) => (
            n.at(&["internal", "large_scale"]),
            msg!("ropa-dpia-label-large-scale"),
        ),
        (false, Some((_, c, at))) => (
            at.child("special"),
            msg!("ropa-dpia-label-special", category = c.id.as_str()),
        ),
        (false, None) => return,
    };
    let at = match internal.and_then(|i| i.dpia.as_ref()) {
        Some(_) => n.at(&["internal", "dpia"]).key(),
        None => at,
    };
    sink.report(&RopaDpia::INFO, &at, msg!("ropa-dpia-message"))
        .set_label(why)
        .set_help(msg!("ropa-dpia-help"));
}
