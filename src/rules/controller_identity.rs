//! The controller's identity and contact details.

use super::{Notice, Sink};
use crate::model::{ControllerKind, Text};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The notice does not say who the controller is or how to reach it; documented in messages/rules/controller-identity.<lang>.md.
    pub struct ControllerIdentity { id: "controller-identity", severity: Error, article: "GDPR Art 13(1)(a), 14(1)(a)", reads: ["controller", "contact_person", "rights_requests"] }
}

impl_rule!(ControllerIdentity, check);

declare_rule! {
    /// A company, association or sole trader as controller gives no postal address; documented in messages/rules/controller-address.<lang>.md.
    pub struct ControllerAddress { id: "controller-address", severity: Error, article: "GDPR Art 13(1)(a), 14(1)(a)", reads: ["controller.kind", "controller.business_id", "controller.email", "controller.phone", "controller.postal_address", "controller.visiting_address", "rights_requests.address", "contact_person.address"] }
}

impl_rule!(ControllerAddress, check_address);

fn check_address(n: &Notice, sink: &mut Sink) {
    let Some(c) = n.controller() else { return };
    let v = c.value;
    let needs_address = match v.kind {
        Some(
            ControllerKind::Company
            | ControllerKind::Association
            | ControllerKind::Foundation
            | ControllerKind::Cooperative
            | ControllerKind::SoleTrader,
        ) => true,
        Some(ControllerKind::PublicAuthority | ControllerKind::Other) => false,
        None => !blank_str(&v.business_id),
    };
    if !needs_address {
        return;
    }
    let reachable = !blank_str(&v.email) || !blank_str(&v.phone);
    let address = !blank_text(&v.visiting_address)
        || !blank_text(&v.postal_address)
        || n.rights_requests()
            .is_some_and(|r| !blank_text(&r.value.address))
        || n.contact_person()
            .is_some_and(|p| !blank_text(&p.value.address));
    // With no contact details at all, `controller-identity` reports the controller.
    if !reachable || address {
        return;
    }
    // `kind`: which controller, `sole-trader`, `association` or `company`; `only`: the
    // contacts it gives, `phone`, `email` or `both`; `lang`: the notice's (first) language,
    // that of the example address.
    let kind = match v.kind {
        Some(ControllerKind::SoleTrader) => "sole-trader",
        Some(ControllerKind::Association) => "association",
        _ => "company",
    };
    let only = if blank_str(&v.email) {
        "phone"
    } else if blank_str(&v.phone) {
        "email"
    } else {
        "both"
    };
    let lang = n.languages().first().map(String::as_str).unwrap_or("fi");
    sink.report(
        &ControllerAddress::INFO,
        &c.at.clone().key(),
        msg!("controller-address-message", kind = kind, only = only),
    )
    .set_label(msg!("controller-address-label"))
    .set_help(msg!("controller-address-help", kind = kind, lang = lang));
}

fn blank_text(t: &Option<Text>) -> bool {
    t.as_ref().is_none_or(Text::is_blank)
}

fn blank_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn check(n: &Notice, sink: &mut Sink) {
    let Some(c) = n.controller() else {
        sink.report(
            &ControllerIdentity::INFO,
            &n.at(&["meta"]),
            msg!("controller-identity-message-missing"),
        )
        .set_label(msg!("controller-identity-label-missing"))
        .set_help(msg!("controller-identity-help-missing"));
        return;
    };
    let v = c.value;
    if v.name.is_blank() {
        sink.report(
            &ControllerIdentity::INFO,
            &c.at.child("name"),
            msg!("controller-identity-message-no-name"),
        )
        .set_label(msg!("controller-identity-label-no-name"))
        .set_help(msg!(
            "controller-identity-help-no-name",
            // The example name is in the notice's (first) language.
            lang = n.languages().first().map(String::as_str).unwrap_or("fi")
        ));
    }
    if blank_text(&v.visiting_address)
        && blank_text(&v.postal_address)
        && blank_str(&v.email)
        && blank_str(&v.phone)
    {
        sink.report(
            &ControllerIdentity::INFO,
            &c.at,
            msg!("controller-identity-message-no-contact"),
        )
        .set_label(msg!("controller-identity-label-no-contact"))
        .set_help(msg!("controller-identity-help-no-contact"));
    }
}
