//! Legitimate interests must be described.

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A purpose based on legitimate interests does not say what the interest is; documented in messages/rules/legitimate-interest.<lang>.md.
    pub struct LegitimateInterest { id: "legitimate-interest", severity: Error, article: "GDPR Art 13(1)(d), 14(2)(b)", reads: ["purposes.basis", "purposes.legitimate_interest"] }
}

impl_rule!(LegitimateInterest, check);

fn check(n: &Notice, sink: &mut Sink) {
    // The example in the help is notice text: in the notice's (first) language.
    let lang = n.languages().first().map(String::as_str).unwrap_or("en");
    for (_, p, at) in n.purposes() {
        if p.basis != Some(LegalBasis::LegitimateInterests) {
            continue;
        }
        let (place, label) = match &p.legitimate_interest {
            None => (at.child("basis"), msg!("legitimate-interest-label-missing")),
            Some(t) if t.is_blank() => (
                at.child("legitimate_interest"),
                msg!("legitimate-interest-label-blank"),
            ),
            Some(_) => continue,
        };
        sink.report(
            &LegitimateInterest::INFO,
            &place,
            msg!("legitimate-interest-message", purpose = &p.id),
        )
        .set_label(label)
        .set_help(msg!("legitimate-interest-help", lang = lang));
    }
}
