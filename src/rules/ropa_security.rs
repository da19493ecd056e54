//! The record of processing activities describes the security measures (Art 30(1)(g)).
//! Checked only with `check --ropa`: the notice itself needs no such description.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The record of processing activities has no description of the security measures; documented in messages/rules/ropa-security.<lang>.md.
    pub struct RopaSecurity { id: "ropa-security", severity: Error, article: "GDPR Art 30(1)(g), 32(1)", reads: ["internal.security_measures", "security"] }
}

impl_rule!(RopaSecurity, check);

fn present(s: Option<&str>) -> bool {
    s.is_some_and(|s| !s.trim().is_empty())
}

fn check(n: &Notice, sink: &mut Sink) {
    let r = n.register;
    let own = r
        .internal
        .as_ref()
        .and_then(|i| i.security_measures.as_deref());
    let org = n
        .org
        .as_ref()
        .and_then(|(o, _)| o.internal.as_ref())
        .and_then(|i| i.security_measures.as_deref());
    let public = n.security().is_some_and(|s| !s.value.is_blank());
    if present(own) || present(org) || public {
        return;
    }
    let at = match &r.internal {
        Some(_) => n.at(&["internal"]).key(),
        None => n.at(&["meta"]).key(),
    };
    sink.report(&RopaSecurity::INFO, &at, msg!("ropa-security-message"))
        .set_label(msg!("ropa-security-label"))
        .set_help(msg!("ropa-security-help"));
}
