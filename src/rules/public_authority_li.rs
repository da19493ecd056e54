//! Public authorities cannot rely on legitimate interests for their tasks.

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A public authority bases a purpose on legitimate interests; documented in messages/rules/public-authority-li.<lang>.md.
    pub struct PublicAuthorityLi { id: "public-authority-li", severity: Error, article: "GDPR Art 6(1) second subparagraph", reads: ["purposes.basis", "controller.kind"] }
}

impl_rule!(PublicAuthorityLi, check);

fn check(n: &Notice, sink: &mut Sink) {
    if !n.is_public_authority() {
        return;
    }
    for (_, p, at) in n.purposes() {
        if p.basis == Some(LegalBasis::LegitimateInterests) {
            sink.report(
                &PublicAuthorityLi::INFO,
                &at.child("basis"),
                msg!("public-authority-li-message", purpose = &p.id),
            )
            .set_label(msg!("public-authority-li-label"))
            .set_help(msg!("public-authority-li-help"));
        }
    }
}
