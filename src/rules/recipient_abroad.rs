//! Recipients outside the EU/EEA without a transfer entry, and texts that deny transfers.

use super::text_scan::{match_span, texts};
use super::transfer_data::{country_in_sentence, in_eu_eea};
use super::wording::wording;
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A recipient outside the EU/EEA has no transfer entry, or a text denies transfers.
    ///
    /// ## What it checks
    /// Every recipient (with details merged from the organisation file) whose `country` is
    /// outside the EU/EEA must have an entry in `transfers` whose `recipient` is the
    /// recipient's id. And while such a recipient exists, no text may say that data is not
    /// transferred outside the EU/EEA ("ei siirretä EU:n tai ETA:n ulkopuolelle", "not
    /// transferred outside the EU/EEA").
    ///
    /// ## Why
    /// Giving data to a recipient located outside the EU/EEA is a transfer, and the notice
    /// must say so and on what ground (Art 13(1)(f), 14(1)(f)). A notice that names a US
    /// service provider and says nothing leaves the EU is contradictory and misleads people.
    ///
    /// ## How to fix
    /// Add a transfer for the recipient: `transfers: [{recipient: <id>, country: US,
    /// mechanism: dpf}]` (or `sccs` with `safeguard_copy`). If the recipient in fact
    /// processes the data in the EU/EEA (e.g. an EU data centre), correct its `country`.
    /// Remove or correct sentences that say nothing is transferred.
    pub struct RecipientAbroad { id: "recipient-abroad", severity: Error, article: "GDPR Art 13(1)(f), 14(1)(f)" }
}

impl_rule!(RecipientAbroad, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &RecipientAbroad::INFO;
    let transfers = n.transfers();
    let mut abroad: Vec<String> = Vec::new();
    for r in n.recipients() {
        let Some(country) = r.merged.country.as_deref() else {
            continue;
        };
        if in_eu_eea(country) {
            continue;
        }
        let name = r
            .merged
            .name
            .as_ref()
            .and_then(|t| t.variants().first().map(|(_, s)| s.to_string()))
            .unwrap_or_else(|| r.merged.id.clone());
        abroad.push(format!("{name} ({country})"));
        let covered = transfers
            .iter()
            .any(|t| t.value.recipient.as_deref() == Some(r.merged.id.as_str()));
        if !covered {
            sink.report(
                info,
                &r.field_at("country"),
                format!(
                    "the recipient `{}` is in {}, outside the EU/EEA, but no transfer is listed for it",
                    r.merged.id,
                    country_in_sentence(country)
                ),
            )
            .set_label("recipient outside the EU/EEA")
            .set_help(format!(
                "add to `transfers`: `- {{recipient: {}, country: {country}, mechanism: …}}` with the mechanism ({}), or correct the country if the data stays in the EU/EEA",
                r.merged.id,
                if country == "US" {
                    "`dpf` if the recipient is DPF-certified, else `sccs` with `safeguard_copy`"
                } else {
                    "`adequacy`, `sccs` with `safeguard_copy`, `bcr`, …"
                }
            ));
        }
    }
    if abroad.is_empty() {
        return;
    }
    let claims = &wording().no_transfer_claims;
    for item in texts(n) {
        for hit in claims.find_item(item) {
            sink.report_span(
                info,
                item.origin.file,
                match_span(n, item, hit.start, hit.end),
                "the text says no data leaves the EU/EEA, but a recipient is outside it",
            )
            .set_label("contradicted by the recipients")
            .set_help(format!(
                "say which data is transferred, to whom and on what ground, or remove the sentence: seloste prints the transfers itself. Recipients outside the EU/EEA: {}",
                abroad.join(", ")
            ));
        }
    }
}
