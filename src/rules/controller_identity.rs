//! The controller's identity and contact details.

use super::{Notice, Sink};
use crate::model::Text;
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
