//! Transfers that rely on the standard contractual clauses from before 2021.

use super::transfer_data::facts;
use super::{Notice, Sink};
use crate::model::TransferMechanism;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A transfer relies on standard contractual clauses that are no longer valid.
    ///
    /// ## What it checks
    /// No entry of `transfers` may have `mechanism: sccs-pre-2021`: the clauses of
    /// Decisions 2001/497/EC, 2004/915/EC and 2010/87/EU.
    ///
    /// ## Why
    /// Commission Implementing Decision (EU) 2021/914 of 4 June 2021 repealed the old
    /// clauses. Contracts concluded on them were valid only until 27 December 2022; since
    /// then transfers on the old clauses have no safeguard (Art 46(2)(c)).
    ///
    /// ## How to fix
    /// Conclude the new clauses (Decision 2021/914, the module that fits: C2C, C2P, P2P or
    /// P2C) and write `mechanism: sccs` with `safeguard_copy` saying where to get a copy.
    pub struct OldSccs { id: "old-sccs", severity: Error, article: "Commission Decision (EU) 2021/914" }
}

impl_rule!(OldSccs, check);

fn check(n: &Notice, sink: &mut Sink) {
    let s = &facts().sccs;
    for t in n.transfers() {
        if t.value.mechanism == Some(TransferMechanism::SccsPre2021) {
            sink.report(
                &OldSccs::INFO,
                &t.at.child("mechanism"),
                format!(
                    "the old standard contractual clauses ({}) have not covered transfers since their transition period ended on {}",
                    s.old_decisions, s.old_transition_end
                ),
            )
            .set_label("expired clauses")
            .set_help(format!(
                "conclude the standard contractual clauses of {} of {} with the recipient (the module that fits: {}), then write `mechanism: sccs` and `safeguard_copy`",
                s.decision, s.date, s.modules
            ));
        }
    }
}
