//! Public authorities must designate a data protection officer (Art 37(1)(a)).

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A public authority names no data protection officer; documented in messages/rules/dpo-required.<lang>.md.
    pub struct DpoRequired { id: "dpo-required", severity: Error, article: "GDPR Art 37(1)(a)", reads: ["dpo", "controller.kind"] }
}

impl_rule!(DpoRequired, check);

fn check(n: &Notice, sink: &mut Sink) {
    if !n.is_public_authority() || n.dpo().is_some() {
        return;
    }
    let Some(c) = n.controller() else { return };
    sink.report(
        &DpoRequired::INFO,
        &c.at.child("kind"),
        msg!("dpo-required-message"),
    )
    .set_label(msg!("dpo-required-label"))
    .set_help(msg!("dpo-required-help"));
}
