//! The EU representative of a controller established outside the EU/EEA (Art 27).

use super::{At, Notice, Sink};
use crate::model::{Contact, Text};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A controller outside the EU/EEA has no EU representative, or it cannot be reached.
    ///
    /// ## What it checks
    /// When `controller.country` is a country outside the EU/EEA (the 27 member states
    /// and Iceland, Liechtenstein and Norway), a `representative` must be given. A
    /// representative, whenever one is given, must have a `name` and at least one of
    /// `email`, `phone` or `address`.
    ///
    /// ## Why
    /// A controller established outside the Union must designate a representative in
    /// the Union (Art 27), and the notice must give the representative's identity and
    /// contact details (Art 13(1)(a), 14(1)(a)).
    ///
    /// ## How to fix
    /// Add a `representative:` section with `name:` and `email:`, `phone:` or `address:`.
    /// If the controller is in fact established in the EU/EEA, correct `controller.country`.
    pub struct Representative { id: "representative", severity: Error, article: "GDPR Art 13(1)(a), 27" }
}

impl_rule!(Representative, check);

/// The EU member states and the other EEA countries (ISO 3166-1 alpha-2).
const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

fn blank_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn check_contact(rep: &Contact, at: &At, sink: &mut Sink) {
    if blank_str(&rep.name) {
        sink.report(&Representative::INFO, at, "the representative has no name")
            .set_label("no `name`")
            .set_help("add `name:` with the representative's name (a person or an organisation)");
    }
    if blank_str(&rep.email)
        && blank_str(&rep.phone)
        && rep.address.as_ref().is_none_or(Text::is_blank)
    {
        sink.report(
            &Representative::INFO,
            at,
            "the representative has no contact details",
        )
        .set_label("no e-mail, phone or address")
        .set_help("add at least one of `email:`, `phone:` or `address:` to `representative`");
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let rep = n.representative();
    if let Some(r) = &rep {
        check_contact(r.value, &r.at, sink);
    }
    let Some(c) = n.controller() else { return };
    let Some(country) = c.value.country.as_deref() else {
        return;
    };
    let code = country.trim().to_ascii_uppercase();
    if code.is_empty() || EEA.contains(&code.as_str()) || rep.is_some() {
        return;
    }
    sink.report(
        &Representative::INFO,
        &c.at.child("country"),
        format!("the controller is established outside the EU/EEA (`{country}`) but no representative in the EU is named"),
    )
    .set_label("outside the EU/EEA")
    .set_help(
        "add a `representative:` section with the EU representative's `name:` and `email:`, \
         `phone:` or `address:`",
    );
}
