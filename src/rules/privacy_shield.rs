//! Transfers that still rely on the EU-US Privacy Shield.

use super::transfer_data::facts;
use super::transfer_data::{decision_number, fact_date};
use super::{Notice, Sink};
use crate::model::TransferMechanism;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A transfer relies on the EU-US Privacy Shield, which is no longer valid; documented in messages/rules/privacy-shield.<lang>.md.
    pub struct PrivacyShield { id: "privacy-shield", severity: Error, article: "CJEU C-311/18 (Schrems II)", reads: ["transfers.mechanism"] }
}

impl_rule!(PrivacyShield, check);

fn check(n: &Notice, sink: &mut Sink) {
    let f = facts();
    for t in n.transfers() {
        if t.value.mechanism == Some(TransferMechanism::PrivacyShield) {
            sink.report(
                &PrivacyShield::INFO,
                &t.at.child("mechanism"),
                msg!(
                    "privacy-shield-message",
                    date = fact_date(&f.privacy_shield.invalidated),
                    case = &f.privacy_shield.case
                ),
            )
            .set_label(msg!("privacy-shield-label"))
            .set_help(msg!(
                "privacy-shield-help",
                list = &f.dpf.list,
                decision = &f.sccs.decision,
                number = decision_number(&f.sccs.decision)
            ));
        }
    }
}
