//! Transfers that rely on the standard contractual clauses from before 2021.

use super::transfer_data::facts;
use super::transfer_data::{decision_number, fact_date};
use super::{Notice, Sink};
use crate::model::TransferMechanism;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A transfer relies on standard contractual clauses that are no longer valid; documented in messages/rules/old-sccs.<lang>.md.
    pub struct OldSccs { id: "old-sccs", severity: Error, article: "Commission Decision (EU) 2021/914", reads: ["transfers.mechanism"] }
}

impl_rule!(OldSccs, check);

fn check(n: &Notice, sink: &mut Sink) {
    let s = &facts().sccs;
    for t in n.transfers() {
        if t.value.mechanism == Some(TransferMechanism::SccsPre2021) {
            sink.report(
                &OldSccs::INFO,
                &t.at.child("mechanism"),
                msg!(
                    "old-sccs-message",
                    decisions = &s.old_decisions,
                    end = fact_date(&s.old_transition_end)
                ),
            )
            .set_label(msg!("old-sccs-label"))
            .set_help(msg!(
                "old-sccs-help",
                decision = &s.decision,
                number = decision_number(&s.decision),
                date = fact_date(&s.date),
                modules = &s.modules
            ));
        }
    }
}
