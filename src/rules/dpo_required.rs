//! Public authorities must designate a data protection officer (Art 37(1)(a)).

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A public authority names no data protection officer.
    ///
    /// ## What it checks
    /// When the controller's `kind` is `public-authority`, a `dpo` must be given in the
    /// register or in the organisation file.
    ///
    /// ## Why
    /// Public authorities and bodies (except courts acting in their judicial capacity)
    /// must designate a data protection officer (Art 37(1)(a)), and the notice must give
    /// the officer's contact details (Art 13(1)(b), 14(1)(b)).
    ///
    /// ## How to fix
    /// Add a `dpo:` section with the officer's `name:` and `email:` or `phone:`, here or
    /// in the organisation file. If the controller is not a public authority, correct
    /// `controller.kind`.
    pub struct DpoRequired { id: "dpo-required", severity: Error, article: "GDPR Art 37(1)(a)" }
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
        "the controller is a public authority but no data protection officer is named",
    )
    .set_label("public authority")
    .set_help("add a `dpo:` section with the officer's `name:` and `email:` or `phone:`");
}
