//! The controller's identity and contact details.

use super::{Notice, Sink};
use crate::model::{ControllerKind, Text};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The notice does not say who the controller is or how to reach it.
    ///
    /// ## What it checks
    /// A `controller` must be given, in the register file or in its organisation file,
    /// with a `name` and at least one way to contact it: `visiting_address`,
    /// `postal_address`, `email` or `phone`.
    ///
    /// ## Why
    /// People must be told the identity and the contact details of the controller
    /// (Art 13(1)(a), 14(1)(a)): it is who they turn to with questions and requests.
    ///
    /// ## How to fix
    /// Add a `controller:` section with `name:` and at least one of `visiting_address:`,
    /// `postal_address:`, `email:` or `phone:`, or give them once in the organisation file.
    pub struct ControllerIdentity { id: "controller-identity", severity: Error, article: "GDPR Art 13(1)(a), 14(1)(a)" }
}

impl_rule!(ControllerIdentity, check);

declare_rule! {
    /// A company, association or sole trader as controller gives no postal address.
    ///
    /// ## What it checks
    /// When the controller is a company, association, foundation, cooperative or sole
    /// trader (`kind`, or no `kind` but a `business_id`) and gives a way to reach it (an
    /// e-mail or a phone) but no address: no `visiting_address` or `postal_address`, and no
    /// address for requests in `rights_requests` or for the contact person. A controller
    /// with no contact details at all is `controller-identity`; a public authority or
    /// `kind: other` is left alone.
    ///
    /// ## Why
    /// People must be told the identity and the contact details of the controller
    /// (Art 13(1)(a), 14(1)(a)). An e-mail address alone (often a free mailbox of a board
    /// member, or of a sole trader who is a natural person) can change or lapse, and it is
    /// not a place where the controller can be written to by post or served with a
    /// complaint or a claim; the transparency guidelines (WP260 rev.01, Annex) expect
    /// several forms of contact, a postal address among them.
    ///
    /// ## How to fix
    /// Add `postal_address:` (or `visiting_address:`) to `controller`, e.g. `postal_address:
    /// "Koivukuja 5, 00100 Helsinki"`, here or in the organisation file. A sole trader may
    /// give a business address or a P.O. box rather than a home address.
    pub struct ControllerAddress { id: "controller-address", severity: Error, article: "GDPR Art 13(1)(a), 14(1)(a)" }
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
    let (who, example) = match v.kind {
        Some(ControllerKind::SoleTrader) => (
            "the controller is a sole trader, a natural person,",
            "a business address or a P.O. box, e.g. `postal_address: \"PL 12, 00101 Helsinki\"`",
        ),
        Some(ControllerKind::Association) => (
            "the controller is an association",
            "the association's postal address, e.g. `postal_address: \"c/o sihteeri, Kylätie 1, 52420 Pellosniemi\"`",
        ),
        _ => (
            "the controller is a company",
            "its postal or street address, e.g. `postal_address: \"Koivukuja 5, 00100 Helsinki\"`",
        ),
    };
    let only = if blank_str(&v.email) {
        "a phone number"
    } else if blank_str(&v.phone) {
        "an e-mail address"
    } else {
        "an e-mail address and a phone number"
    };
    sink.report(
        &ControllerAddress::INFO,
        &c.at.clone().key(),
        format!("{who} but the notice gives only {only} and no postal address"),
    )
    .set_label("no postal or street address")
    .set_help(format!(
        "add `postal_address:` (or `visiting_address:`) to `controller`: {example}, here or in \
         the organisation file"
    ));
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
            "the notice does not name the controller",
        )
        .set_label("no `controller` in this register or its organisation file")
        .set_help(
            "add a `controller:` section with `name:` and a contact such as `email:`, `phone:` \
             or `postal_address:`, here or in the organisation file",
        );
        return;
    };
    let v = c.value;
    if v.name.is_blank() {
        sink.report(
            &ControllerIdentity::INFO,
            &c.at.child("name"),
            "the controller's name is blank",
        )
        .set_label("blank name")
        .set_help("give the controller's official name, e.g. `name: Esimerkki Oy`");
    }
    if blank_text(&v.visiting_address)
        && blank_text(&v.postal_address)
        && blank_str(&v.email)
        && blank_str(&v.phone)
    {
        sink.report(
            &ControllerIdentity::INFO,
            &c.at,
            "the controller has no contact details",
        )
        .set_label("no address, e-mail or phone")
        .set_help(
            "add at least one of `visiting_address:`, `postal_address:`, `email:` or `phone:` \
             to `controller`",
        );
    }
}
