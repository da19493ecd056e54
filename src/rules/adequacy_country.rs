//! Adequacy claimed for a country that has no adequacy decision.

use super::transfer_data::{adequacy, adequacy_list, country_in_sentence, facts, in_eu_eea};
use super::{Notice, Sink};
use crate::model::TransferMechanism;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A transfer claims an adequacy decision the destination country does not have.
    ///
    /// ## What it checks
    /// A transfer with `mechanism: adequacy` must go to a country on the Commission's
    /// adequacy list (kept in `data/transfers.yaml` with each decision and its dates), and
    /// the decision must be in force on the day of the check. The United States is on the
    /// list only for organisations certified under the EU-US Data Privacy Framework: use
    /// `mechanism: dpf` for those, and `dpf` only for the US.
    ///
    /// ## Why
    /// Only a Commission adequacy decision makes a transfer possible without further
    /// safeguards (Art 45(1)). Claiming one that does not exist leaves the transfer without
    /// a legal ground and misinforms people (Art 13(1)(f), 14(1)(f)).
    ///
    /// ## How to fix
    /// Check the country code. If the country has no adequacy decision, use standard
    /// contractual clauses (`mechanism: sccs`, Decision 2021/914) or another Art 46
    /// safeguard. For a US recipient, check that it is DPF-certified and write
    /// `mechanism: dpf`.
    pub struct AdequacyCountry { id: "adequacy-country", severity: Error, article: "GDPR Art 45" }
}

impl_rule!(AdequacyCountry, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &AdequacyCountry::INFO;
    let f = facts();
    for t in n.transfers() {
        let Some(country) = t.value.country.as_deref() else {
            continue;
        };
        if in_eu_eea(country) {
            continue; // transfer-safeguard reports this
        }
        let at = t.at.child("country");
        match t.value.mechanism {
            Some(TransferMechanism::Adequacy) => match adequacy(country) {
                Some(a) if a.mechanism.as_deref() == Some("dpf") => {
                    sink.report(
                        info,
                        &at,
                        format!(
                            "there is no general adequacy decision for {}: only organisations certified under the EU-US Data Privacy Framework are covered",
                            country_in_sentence(&a.code.clone().unwrap_or_default())
                        ),
                    )
                    .set_label("no general adequacy decision")
                    .set_help(format!(
                        "if the recipient is certified under the EU-US Data Privacy Framework ({}), write `mechanism: dpf`; otherwise use the standard contractual clauses (`mechanism: sccs`, {})",
                        f.dpf.list, f.sccs.decision
                    ));
                }
                Some(a) => {
                    if let Some(from) = a.from_date().filter(|d| *d > n.today) {
                        sink.report(
                            info,
                            &at,
                            format!("the adequacy decision for {} applies only from {from}", country_in_sentence(country)),
                        )
                        .set_label("not yet in force")
                        .set_help(format!(
                            "until {from}, use another safeguard such as the standard contractual clauses ({})",
                            f.sccs.decision
                        ));
                    } else if let Some(until) = a.until_date().filter(|d| *d < n.today) {
                        sink.report(
                            info,
                            &at,
                            format!("the adequacy decision for {} expired on {until}", country_in_sentence(country)),
                        )
                        .set_label("expired adequacy decision")
                        .set_help(format!(
                            "check whether the decision has been renewed (and update data/transfers.yaml); otherwise use the standard contractual clauses ({})",
                            f.sccs.decision
                        ));
                    }
                }
                None => {
                    sink.report(
                        info,
                        &at,
                        format!(
                            "the European Commission has made no adequacy decision for {}",
                            country_in_sentence(country)
                        ),
                    )
                    .set_label("no adequacy decision")
                    .set_help(format!(
                        "use the standard contractual clauses (`mechanism: sccs`, {}) or another Art 46 safeguard; adequacy decisions exist for: {}",
                        f.sccs.decision,
                        adequacy_list()
                    ));
                }
            },
            Some(TransferMechanism::Dpf) if country != "US" => {
                sink.report(
                    info,
                    &at,
                    format!(
                        "the EU-US Data Privacy Framework covers only recipients in the United States, not in {}",
                        country_in_sentence(country)
                    ),
                )
                .set_label("not a US recipient")
                .set_help(match adequacy(country) {
                    Some(a) if a.mechanism.is_none() => format!(
                        "{} has its own adequacy decision ({}): write `mechanism: adequacy`",
                        a.name, a.decision
                    ),
                    _ => format!(
                        "use the standard contractual clauses (`mechanism: sccs`, {}), or correct the country if the recipient is in the US",
                        f.sccs.decision
                    ),
                });
            }
            _ => {}
        }
    }
}
