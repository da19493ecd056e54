//! The EU representative of a controller established outside the EU/EEA (Art 27).

use super::{At, Notice, Sink};
use crate::model::{Contact, Text};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A controller outside the EU/EEA has no EU representative, or it cannot be reached; documented in messages/rules/representative.<lang>.md.
    pub struct Representative { id: "representative", severity: Error, article: "GDPR Art 13(1)(a), 27", reads: ["representative", "controller.country"] }
}

impl_rule!(Representative, check);

fn blank_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn check_contact(rep: &Contact, at: &At, sink: &mut Sink) {
    if blank_str(&rep.name) {
        sink.report(
            &Representative::INFO,
            at,
            msg!("representative-message-no-name"),
        )
        .set_label(msg!("representative-label-no-name"))
        .set_help(msg!("representative-help-no-name"));
    }
    if blank_str(&rep.email)
        && blank_str(&rep.phone)
        && rep.address.as_ref().is_none_or(Text::is_blank)
    {
        sink.report(
            &Representative::INFO,
            at,
            msg!("representative-message-no-contact"),
        )
        .set_label(msg!("representative-label-no-contact"))
        .set_help(msg!("representative-help-no-contact"));
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let rep = n.representative();
    if let Some(r) = &rep {
        check_contact(r.value, &r.at, sink);
    }
    let Some(c) = n.controller() else { return };
    // `controller.country`, or the country its address names (`authority-country` reports
    // a controller whose country nothing tells).
    let Some((code, from)) = n.controller_country() else {
        return;
    };
    if code.is_empty() || super::transfer_data::in_eu_eea(&code) || rep.is_some() {
        return;
    }
    let at = if from == super::notice::CountryFrom::Stated {
        c.at.child("country")
    } else {
        c.at.clone().key()
    };
    sink.report(
        &Representative::INFO,
        &at,
        msg!("representative-message-missing", country = code.as_str()),
    )
    .set_label(msg!("representative-label-missing"))
    .set_help(msg!("representative-help-missing"));
}
