//! `recipients: none` and `transfers: none` that the rest of the notice contradicts.
//!
//! "None" is a statement printed on the notice ("the data is not disclosed outside the
//! controller"), unlike a section left out, which says nothing: the rest of the notice
//! must agree with it.

use super::notice::At;
use super::text_scan::texts;
use super::transfer_data::in_eu_eea;
use super::vendor_data::catalogue;
use super::{Notice, Sink};
use crate::diagnostic::Arg;
use crate::load::tree::Seg;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// `recipients: none` or `transfers: none` is contradicted by a transfer, a recipient outside the EU/EEA or a service named in a text; documented in messages/rules/none-contradicted.<lang>.md.
    pub struct NoneContradicted { id: "none-contradicted", severity: Error, article: "GDPR Art 13(1)(e)-(f), 14(1)(e)-(f)", precision: High, reads: ["recipients", "transfers"], texts: true }
}

impl_rule!(NoneContradicted, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &NoneContradicted::INFO;
    let r = n.register;
    let transfers = n.transfers();
    if r.recipients.is_stated_none() {
        let none_line = n.at(&["recipients"]).span().line;
        for t in &transfers {
            let at = if t.at.child("recipient").exists() {
                t.at.child("recipient")
            } else {
                t.at.clone()
            };
            let to = t
                .value
                .recipient
                .clone()
                .or_else(|| t.value.country.clone())
                .unwrap_or_default();
            sink.report(
                info,
                &at,
                msg!("none-contradicted-message-transfer", to = to),
            )
            .set_label(msg!("none-contradicted-label-transfer"))
            .set_help(msg!(
                "none-contradicted-help-transfer",
                line = none_line as i64
            ));
        }
        // A known service (a cloud service, a mailing service) named in a text processes
        // the data for the controller: a processor is a recipient. The organisation file's
        // recipients and transfers are for its other registers: not read.
        let cat = catalogue();
        let listed = |item: &&super::text_scan::TextItem| matches!(item.path.first(), Some(Seg::Key(k)) if k == "recipients" || k == "transfers");
        for item in texts(n).filter(|i| !listed(i)) {
            if let Some(m) = cat.match_recipient("", &[item.text]) {
                sink.report(
                    info,
                    &At::new(item.origin, item.path.clone()),
                    msg!("none-contradicted-message-service", named = m.named),
                )
                .set_label(msg!("none-contradicted-label-service"))
                .set_help(msg!(
                    "none-contradicted-help-service",
                    named = m.named,
                    line = none_line as i64
                ));
            }
        }
    }
    if r.transfers.is_stated_none() {
        let none_line = n.at(&["transfers"]).span().line;
        // Transfers the organisation file makes for a recipient this register uses.
        for t in &transfers {
            sink.report(
                info,
                &t.at,
                msg!(
                    "none-contradicted-message-organisation",
                    recipient = t.value.recipient.clone().unwrap_or_default()
                ),
            )
            .set_label(msg!("none-contradicted-label-organisation"))
            .set_help(msg!(
                "none-contradicted-help-organisation",
                line = none_line as i64
            ));
        }
        for rv in n.recipients() {
            let Some(country) = rv.merged.country.as_deref() else {
                continue;
            };
            // A transfer of the organisation file for it is reported above.
            let covered = transfers
                .iter()
                .any(|t| t.value.recipient.as_deref() == Some(rv.merged.id.as_str()));
            if in_eu_eea(country) || covered {
                continue;
            }
            sink.report(
                info,
                &rv.field_at("country"),
                msg!(
                    "none-contradicted-message-abroad",
                    id = &rv.merged.id,
                    country = Arg::country(country)
                ),
            )
            .set_label(msg!("none-contradicted-label-abroad"))
            .set_help(msg!(
                "none-contradicted-help-abroad",
                line = none_line as i64,
                id = &rv.merged.id,
                country = country
            ));
        }
    }
}
