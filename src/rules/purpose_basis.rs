//! Every purpose has a legal basis.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A purpose has no legal basis, or the register states no purposes at all.
    ///
    /// ## What it checks
    /// The register must list at least one entry in `purposes`, and every purpose must
    /// give its `basis`: one of `consent`, `contract`, `legal-obligation`,
    /// `vital-interests`, `public-task` or `legitimate-interests`.
    ///
    /// ## Why
    /// The notice must state the purposes of the processing and the legal basis of each
    /// (Art 13(1)(c), 14(1)(c)). Processing without one of the Art 6(1) bases is unlawful.
    ///
    /// ## How to fix
    /// Add `basis:` to each purpose, e.g. `basis: contract`. A purpose that rests on two
    /// bases is two purposes: split it.
    pub struct PurposeBasis { id: "purpose-basis", severity: Error, article: "GDPR Art 13(1)(c), 14(1)(c)" }
}

impl_rule!(PurposeBasis, check);

fn check(n: &Notice, sink: &mut Sink) {
    if n.register.purposes.is_empty() {
        let at = if n.at(&["purposes"]).exists() {
            n.at(&["purposes"]).key()
        } else {
            n.at(&["meta"])
        };
        sink.report(&PurposeBasis::INFO, &at, "the register states no purposes")
            .set_label("no purposes")
            .set_help(
                "add `purposes:` with at least one entry giving `id:`, `name:`, `basis:` and \
                 the `categories:` it uses",
            );
        return;
    }
    for (_, p, at) in n.purposes() {
        if p.basis.is_none() {
            sink.report(
                &PurposeBasis::INFO,
                &at.child("id"),
                format!("purpose `{}` has no legal basis", p.id),
            )
            .set_label("no `basis`")
            .set_help(
                "add `basis:` with one of consent, contract, legal-obligation, vital-interests, \
                 public-task or legitimate-interests, e.g. `basis: contract`",
            );
        }
    }
}
