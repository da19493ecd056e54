//! Legal obligations and public tasks must name the law.

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A purpose based on a legal obligation or a public task does not name the law.
    ///
    /// ## What it checks
    /// Every purpose with `basis: legal-obligation` or `basis: public-task` must have a
    /// non-blank `law` naming the act (and preferably the section) that sets the
    /// obligation or the task.
    ///
    /// ## Why
    /// The basis for processing under Art 6(1)(c) and (e) "shall be laid down by Union or
    /// Member State law" (Art 6(3)). Naming that law is what makes the basis checkable
    /// for the reader.
    ///
    /// ## How to fix
    /// Add `law:`, e.g. `law: kirjanpitolaki (1336/1997) 2:10`.
    pub struct LegalProvision { id: "legal-provision", severity: Error, article: "GDPR Art 6(3)" }
}

impl_rule!(LegalProvision, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, p, at) in n.purposes() {
        let what = match p.basis {
            Some(LegalBasis::LegalObligation) => "a legal obligation",
            Some(LegalBasis::PublicTask) => "a public task",
            _ => continue,
        };
        let (place, label) = match &p.law {
            None => (at.child("basis"), "no `law` given"),
            Some(t) if t.is_blank() => (at.child("law"), "blank"),
            Some(_) => continue,
        };
        sink.report(
            &LegalProvision::INFO,
            &place,
            format!(
                "purpose `{}` rests on {what} but does not name the law",
                p.id
            ),
        )
        .set_label(label)
        .set_help(
            "name the act and section in `law:`, e.g. `law: kirjanpitolaki (1336/1997) 2:10`",
        );
    }
}
