//! Legal obligations and public tasks must name the law.

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A purpose based on a legal obligation or a public task does not name the law; documented in messages/rules/legal-provision.<lang>.md.
    pub struct LegalProvision { id: "legal-provision", severity: Error, article: "GDPR Art 6(3)", reads: ["purposes.basis", "purposes.law"] }
}

impl_rule!(LegalProvision, check);

fn check(n: &Notice, sink: &mut Sink) {
    // The example in the help is notice text: in the notice's (first) language.
    let lang = n.languages().first().map(String::as_str).unwrap_or("en");
    for (_, p, at) in n.purposes() {
        let basis = match p.basis {
            Some(LegalBasis::LegalObligation) => "legal-obligation",
            Some(LegalBasis::PublicTask) => "public-task",
            _ => continue,
        };
        let (place, label) = match &p.law {
            None => (at.child("basis"), msg!("legal-provision-label-missing")),
            Some(t) if t.is_blank() => (at.child("law"), msg!("legal-provision-label-blank")),
            Some(_) => continue,
        };
        sink.report(
            &LegalProvision::INFO,
            &place,
            msg!("legal-provision-message", purpose = &p.id, basis = basis),
        )
        .set_label(label)
        .set_help(msg!("legal-provision-help", lang = lang));
    }
}
