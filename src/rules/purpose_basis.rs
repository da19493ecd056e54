//! Every purpose has a legal basis.

use super::case_kind::{Kind, example_lang, purpose_kind};
use super::{Notice, Sink};
use crate::diagnostic::Msg;
use crate::model::Purpose;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A purpose has no legal basis, or the register states no purposes at all; documented in messages/rules/purpose-basis.<lang>.md.
    pub struct PurposeBasis { id: "purpose-basis", severity: Error, article: "GDPR Art 13(1)(c), 14(1)(c)", reads: ["purposes.basis"] }
}

impl_rule!(PurposeBasis, check);

fn check(n: &Notice, sink: &mut Sink) {
    if n.register.purposes.is_empty() {
        let at = if n.at(&["purposes"]).exists() {
            n.at(&["purposes"]).key()
        } else {
            n.at(&["meta"])
        };
        sink.report(&PurposeBasis::INFO, &at, msg!("purpose-basis-message-none"))
            .set_label(msg!("purpose-basis-label-none"))
            .set_help(msg!("purpose-basis-help-none"));
        return;
    }
    for (_, p, at) in n.purposes() {
        if p.basis.is_none() {
            sink.report(
                &PurposeBasis::INFO,
                &at.child("id"),
                msg!("purpose-basis-message", purpose = &p.id),
            )
            .set_label(msg!("purpose-basis-label"))
            .set_help(basis_help(n, p));
        }
    }
}

/// The help for a purpose with no basis, fitted to what the purpose says (data/case_help.yaml),
/// with laws named in the notice's language.
fn basis_help(n: &Notice, p: &Purpose) -> Msg {
    let lang = example_lang(n);
    match purpose_kind(p) {
        Kind::Marketing => msg!("purpose-basis-help-marketing"),
        Kind::Bookkeeping => msg!("purpose-basis-help-bookkeeping", lang = lang),
        Kind::Recruitment => msg!("purpose-basis-help-recruitment"),
        Kind::Employment => msg!("purpose-basis-help-employment", lang = lang),
        Kind::Membership => msg!("purpose-basis-help-membership", lang = lang),
        Kind::Other => msg!("purpose-basis-help-other"),
    }
}
