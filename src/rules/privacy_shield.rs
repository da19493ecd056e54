//! Transfers that still rely on the EU-US Privacy Shield.

use super::transfer_data::facts;
use super::{Notice, Sink};
use crate::model::TransferMechanism;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A transfer relies on the EU-US Privacy Shield, which is no longer valid.
    ///
    /// ## What it checks
    /// No entry of `transfers` may have `mechanism: privacy-shield`.
    ///
    /// ## Why
    /// The Court of Justice of the EU declared the Privacy Shield adequacy decision
    /// (Decision 2016/1250) invalid on 16 July 2020 in case C-311/18 (Schrems II).
    /// Since then no transfer can rely on it, and a notice that names it gives people a
    /// legal ground that does not exist (Art 13(1)(f), 14(1)(f)).
    ///
    /// ## How to fix
    /// If the US recipient is certified under the EU-US Data Privacy Framework (check the
    /// list at dataprivacyframework.gov), write `mechanism: dpf`. Otherwise conclude the
    /// standard contractual clauses of Decision (EU) 2021/914 and write `mechanism: sccs`
    /// with `safeguard_copy`.
    pub struct PrivacyShield { id: "privacy-shield", severity: Error, article: "CJEU C-311/18 (Schrems II)" }
}

impl_rule!(PrivacyShield, check);

fn check(n: &Notice, sink: &mut Sink) {
    let f = facts();
    for t in n.transfers() {
        if t.value.mechanism == Some(TransferMechanism::PrivacyShield) {
            sink.report(
                &PrivacyShield::INFO,
                &t.at.child("mechanism"),
                format!(
                    "the EU-US Privacy Shield has been invalid since {}: the Court of Justice annulled it in {}",
                    f.privacy_shield.invalidated, f.privacy_shield.case
                ),
            )
            .set_label("invalid transfer mechanism")
            .set_help(format!(
                "if the recipient is certified under the EU-US Data Privacy Framework ({}), write `mechanism: dpf`; otherwise conclude the standard contractual clauses of {} and write `mechanism: sccs` with `safeguard_copy`",
                f.dpf.list, f.sccs.decision
            ));
        }
    }
}
