//! Adequacy claimed for a country that has no adequacy decision.

use super::transfer_data::{adequacy, adequacy_codes, facts, in_eu_eea};
use super::transfer_data::{decision_number, fact_date};
use super::{Notice, Sink};
use crate::diagnostic::Arg;
use crate::model::TransferMechanism;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A transfer claims an adequacy decision the destination country does not have; documented in messages/rules/adequacy-country.<lang>.md.
    pub struct AdequacyCountry { id: "adequacy-country", severity: Error, article: "GDPR Art 45", reads: ["transfers.country", "transfers.mechanism"] }
}

impl_rule!(AdequacyCountry, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &AdequacyCountry::INFO;
    let f = facts();
    let decision = &f.sccs.decision;
    let number = decision_number(decision);
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
                    let code = a.code.clone().unwrap_or_default();
                    sink.report(
                        info,
                        &at,
                        msg!(
                            "adequacy-country-message-dpf-only",
                            country = Arg::country(&code)
                        ),
                    )
                    .set_label(msg!("adequacy-country-label-dpf-only"))
                    .set_help(msg!(
                        "adequacy-country-help-dpf-only",
                        list = &f.dpf.list,
                        decision = decision,
                        number = number
                    ));
                }
                Some(a) => {
                    if let Some(from) = a.from_date().filter(|d| *d > n.today) {
                        sink.report(
                            info,
                            &at,
                            msg!(
                                "adequacy-country-message-not-yet",
                                country = Arg::country(country),
                                from = fact_date(&from.to_string())
                            ),
                        )
                        .set_label(msg!("adequacy-country-label-not-yet"))
                        .set_help(msg!(
                            "adequacy-country-help-not-yet",
                            from = fact_date(&from.to_string()),
                            decision = decision,
                            number = number
                        ));
                    } else if let Some(until) = a.until_date().filter(|d| *d < n.today) {
                        sink.report(
                            info,
                            &at,
                            msg!(
                                "adequacy-country-message-expired",
                                country = Arg::country(country),
                                until = fact_date(&until.to_string())
                            ),
                        )
                        .set_label(msg!("adequacy-country-label-expired"))
                        .set_help(msg!(
                            "adequacy-country-help-expired",
                            decision = decision,
                            number = number
                        ));
                    }
                }
                None => {
                    sink.report(
                        info,
                        &at,
                        msg!(
                            "adequacy-country-message-none",
                            country = Arg::country(country)
                        ),
                    )
                    .set_label(msg!("adequacy-country-label-none"))
                    .set_help(msg!(
                        "adequacy-country-help-none",
                        decision = decision,
                        number = number,
                        list = Arg::countries(adequacy_codes())
                    ));
                }
            },
            Some(TransferMechanism::Dpf) if country != "US" => {
                sink.report(
                    info,
                    &at,
                    msg!(
                        "adequacy-country-message-dpf-elsewhere",
                        country = Arg::country(country)
                    ),
                )
                .set_label(msg!("adequacy-country-label-dpf-elsewhere"))
                .set_help(match adequacy(country) {
                    Some(a) if a.mechanism.is_none() => msg!(
                        "adequacy-country-help-own-decision",
                        country = Arg::country(country),
                        decision = &a.decision
                    ),
                    _ => msg!(
                        "adequacy-country-help-dpf-elsewhere",
                        decision = decision,
                        number = number
                    ),
                });
            }
            _ => {}
        }
    }
}
