//! Every transfer outside the EU/EEA names its country and a valid mechanism.

use super::transfer_data::decision_number;
use super::transfer_data::{eu_eea_country, facts};
use super::{Notice, Sink};
use crate::diagnostic::Arg;
use crate::model::TransferMechanism as M;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A transfer outside the EU/EEA does not say where the data goes or what protects it; documented in messages/rules/transfer-safeguard.<lang>.md.
    pub struct TransferSafeguard { id: "transfer-safeguard", severity: Error, article: "GDPR Art 13(1)(f), 14(1)(f), 44-49", reads: ["transfers.mechanism", "transfers.derogation", "transfers.safeguard_copy", "transfers.country"] }
}

impl_rule!(TransferSafeguard, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &TransferSafeguard::INFO;
    // The notice's (first) language: the example of `safeguard_copy` is written in it.
    let lang = n.languages().first().map(String::as_str).unwrap_or("fi");
    let decision = &facts().sccs.decision;
    for t in n.transfers() {
        let v = t.value;
        // Point at the entry's first line (its `recipient`) when a key is missing.
        let entry = if t.at.child("recipient").exists() {
            t.at.child("recipient")
        } else {
            t.at.clone()
        };
        let to = v.recipient.as_deref();
        match v.country.as_deref() {
            None => {
                sink.report(
                    info,
                    &entry,
                    match to {
                        Some(r) => msg!("transfer-safeguard-message-no-country-to", recipient = r),
                        None => msg!("transfer-safeguard-message-no-country"),
                    },
                )
                .set_label(msg!("transfer-safeguard-label-no-country"))
                .set_help(msg!("transfer-safeguard-help-no-country"));
            }
            Some(c) => {
                if let Some(eu) = eu_eea_country(c) {
                    sink.report(
                        info,
                        &t.at.child("country"),
                        msg!(
                            "transfer-safeguard-message-eu",
                            country = Arg::country(c),
                            area = if eu.eea_only { "eea" } else { "eu" }
                        ),
                    )
                    .set_label(msg!("transfer-safeguard-label-eu"))
                    .set_help(msg!("transfer-safeguard-help-eu"));
                    continue;
                }
            }
        }
        let Some(m) = v.mechanism else {
            // (The message's id sorts before the missing country's: findings at one place
            // are listed in the order of their message ids.)
            sink.report(
                info,
                &entry,
                match to {
                    Some(r) => msg!(
                        "transfer-safeguard-message-lacks-mechanism-to",
                        recipient = r
                    ),
                    None => msg!("transfer-safeguard-message-lacks-mechanism"),
                },
            )
            .set_label(msg!("transfer-safeguard-label-no-mechanism"))
            .set_help(match v.country.as_deref() {
                Some(c) => msg!(
                    "transfer-safeguard-help-no-mechanism",
                    country = Arg::country(c),
                    decision = decision,
                    number = decision_number(decision)
                ),
                None => msg!(
                    "transfer-safeguard-help-no-mechanism-no-country",
                    decision = decision,
                    number = decision_number(decision)
                ),
            });
            continue;
        };
        match m {
            M::Sccs | M::Bcr | M::CodeOfConduct | M::Certification => {
                let missing = v.safeguard_copy.as_ref().is_none_or(|t| t.is_blank());
                if missing {
                    let what = match m {
                        M::Sccs => "sccs",
                        M::Bcr => "bcr",
                        M::CodeOfConduct => "code-of-conduct",
                        _ => "certification",
                    };
                    sink.report(
                        info,
                        &t.at.child("mechanism"),
                        msg!("transfer-safeguard-message-no-copy", what = what),
                    )
                    .set_label(msg!("transfer-safeguard-label-no-copy"))
                    .set_help(msg!("transfer-safeguard-help-no-copy", lang = lang));
                }
            }
            M::Derogation if v.derogation.is_none() => {
                sink.report(
                    info,
                    &t.at.child("mechanism"),
                    msg!("transfer-safeguard-message-no-derogation"),
                )
                .set_label(msg!("transfer-safeguard-label-no-derogation"))
                .set_help(msg!("transfer-safeguard-help-no-derogation"));
            }
            _ => {}
        }
    }
}
