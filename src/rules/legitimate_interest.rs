//! Legitimate interests must be described.

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A purpose based on legitimate interests does not say what the interest is.
    ///
    /// ## What it checks
    /// Every purpose with `basis: legitimate-interests` must have a non-blank
    /// `legitimate_interest` text.
    ///
    /// ## Why
    /// When processing rests on Art 6(1)(f), the notice must state the specific
    /// legitimate interests pursued by the controller or a third party
    /// (Art 13(1)(d), 14(2)(b)). "Our legitimate interest" alone tells the reader nothing;
    /// WP260 asks for the specific interest, so people can weigh whether to object.
    ///
    /// ## How to fix
    /// Add `legitimate_interest:` describing the interest in plain words, e.g. "keeping
    /// existing customers informed of new products similar to those they bought".
    pub struct LegitimateInterest { id: "legitimate-interest", severity: Error, article: "GDPR Art 13(1)(d), 14(2)(b)" }
}

impl_rule!(LegitimateInterest, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, p, at) in n.purposes() {
        if p.basis != Some(LegalBasis::LegitimateInterests) {
            continue;
        }
        let (place, label) = match &p.legitimate_interest {
            None => (at.child("basis"), "no `legitimate_interest` given"),
            Some(t) if t.is_blank() => (at.child("legitimate_interest"), "blank"),
            Some(_) => continue,
        };
        sink.report(
            &LegitimateInterest::INFO,
            &place,
            format!(
                "purpose `{}` rests on legitimate interests but does not say what the interest is",
                p.id
            ),
        )
        .set_label(label)
        .set_help(
            "state in `legitimate_interest:` the specific interest pursued, in plain words, e.g. \
             \"keeping existing customers informed of similar products\"",
        );
    }
}
