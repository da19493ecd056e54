//! Every transfer outside the EU/EEA names its country and a valid mechanism.

use super::transfer_data::{country_in_sentence, eu_eea_country, facts};
use super::{Notice, Sink};
use crate::model::TransferMechanism as M;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A transfer outside the EU/EEA does not say where the data goes or what protects it.
    ///
    /// ## What it checks
    /// Every entry of `transfers` (in the register, and in the organisation file for the
    /// recipients this register uses) must give the destination `country` and the
    /// `mechanism`. Art 46 safeguards (`sccs`, `bcr`, `code-of-conduct`, `certification`)
    /// also need `safeguard_copy`: where people can get a copy. A `derogation` needs the
    /// Art 49(1) ground in `derogation`. A transfer to an EU/EEA country is not a transfer.
    ///
    /// ## Why
    /// The notice must say that data is transferred to a third country and on what legal
    /// ground: an adequacy decision, appropriate safeguards and how to obtain a copy of
    /// them, or the derogation relied on (Art 13(1)(f), 14(1)(f), Chapter V Art 44-49).
    ///
    /// ## How to fix
    /// Fill in `country` (ISO code, e.g. `US`) and `mechanism`. For standard contractual
    /// clauses write e.g. `safeguard_copy: "Kopion saa tietosuojavastaavalta"`. Remove
    /// entries whose country is in the EU/EEA: data kept there needs no transfer entry.
    pub struct TransferSafeguard { id: "transfer-safeguard", severity: Error, article: "GDPR Art 13(1)(f), 14(1)(f), 44-49" }
}

impl_rule!(TransferSafeguard, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &TransferSafeguard::INFO;
    for t in n.transfers() {
        let v = t.value;
        // Point at the entry's first line (its `recipient`) when a key is missing.
        let entry = if t.at.child("recipient").exists() {
            t.at.child("recipient")
        } else {
            t.at.clone()
        };
        let to = v
            .recipient
            .as_deref()
            .map(|r| format!(" to `{r}`"))
            .unwrap_or_default();
        match v.country.as_deref() {
            None => {
                sink.report(info, &entry, format!("the transfer{to} names no country"))
                    .set_label("transfer without a country")
                    .set_help(
                        "add `country:` with the ISO code of the country the data goes to, e.g. `country: US`",
                    );
            }
            Some(c) => {
                if let Some(eu) = eu_eea_country(c) {
                    let area = if eu.eea_only { "the EEA" } else { "the EU" };
                    sink.report(
                        info,
                        &t.at.child("country"),
                        format!("{} ({c}) is in {area}: this is not a transfer outside the EU/EEA", eu.name),
                    )
                    .set_label("EU/EEA country")
                    .set_help(
                        "not a transfer: remove this entry. Data processed in the EU/EEA needs no transfer safeguard; list the recipient under `recipients` only",
                    );
                    continue;
                }
            }
        }
        let Some(m) = v.mechanism else {
            let where_ = v
                .country
                .as_deref()
                .map(country_in_sentence)
                .unwrap_or_default();
            sink.report(
                info,
                &entry,
                format!("the transfer{to} gives no legal mechanism"),
            )
            .set_label("transfer without a mechanism")
            .set_help(format!(
                "add `mechanism:`: `adequacy` if {} has an adequacy decision, `dpf` for DPF-certified US recipients, `sccs` for the standard contractual clauses of {}, `bcr`, `code-of-conduct`, `certification`, or `derogation` with the Art 49(1) ground",
                if where_.is_empty() { "the country".to_string() } else { where_ },
                facts().sccs.decision
            ));
            continue;
        };
        match m {
            M::Sccs | M::Bcr | M::CodeOfConduct | M::Certification => {
                let missing = v.safeguard_copy.as_ref().is_none_or(|t| t.is_blank());
                if missing {
                    let what = match m {
                        M::Sccs => "the standard contractual clauses",
                        M::Bcr => "the binding corporate rules",
                        M::CodeOfConduct => "the code of conduct",
                        _ => "the certification",
                    };
                    sink.report(
                        info,
                        &t.at.child("mechanism"),
                        format!("the notice does not say where to get a copy of {what}"),
                    )
                    .set_label("safeguard without a copy")
                    .set_help(
                        "add `safeguard_copy:` saying where people can obtain a copy, e.g. \"Kopion vakiosopimuslausekkeista saa tietosuojavastaavalta\" / \"A copy of the clauses is available from our DPO\", or a URL",
                    );
                }
            }
            M::Derogation if v.derogation.is_none() => {
                sink.report(
                    info,
                    &t.at.child("mechanism"),
                    "the transfer relies on a derogation but does not say which",
                )
                .set_label("derogation without a ground")
                .set_help(
                    "add `derogation:` with the Art 49(1) ground: explicit-consent, contract-with-subject, contract-in-interest, public-interest, legal-claims, vital-interests, public-register or compelling-legitimate-interests",
                );
            }
            _ => {}
        }
    }
}
