//! Public authorities cannot rely on legitimate interests for their tasks.

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A public authority bases a purpose on legitimate interests.
    ///
    /// ## What it checks
    /// When the controller's `kind` is `public-authority`, no purpose may have
    /// `basis: legitimate-interests`.
    ///
    /// ## Why
    /// Art 6(1)(f) "shall not apply to processing carried out by public authorities in
    /// the performance of their tasks" (Art 6(1), second subparagraph). An authority's
    /// processing normally rests on a legal obligation or a task in the public interest
    /// laid down by law.
    ///
    /// ## How to fix
    /// Use `basis: public-task` (or `legal-obligation`) and name the law in `law:`. If
    /// the processing is genuinely outside the authority's public tasks (for example
    /// running a café), use another basis and describe why in the purpose's description.
    pub struct PublicAuthorityLi { id: "public-authority-li", severity: Error, article: "GDPR Art 6(1) second subparagraph" }
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
                format!(
                    "purpose `{}` rests on legitimate interests, which a public authority cannot use for its tasks",
                    p.id
                ),
            )
            .set_label("not available to public authorities")
            .set_help(
                "use `basis: public-task` (or `legal-obligation`) and add `law:` naming the act \
                 that sets the task; if the processing is outside the authority's public tasks, \
                 explain that in `description:`",
            );
        }
    }
}
