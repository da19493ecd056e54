//! Contact details of the data protection officer.

use super::{Notice, Sink};
use crate::model::Text;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The data protection officer is named but cannot be reached.
    ///
    /// ## What it checks
    /// A `dpo`, given in the register or in the organisation file, must have at least
    /// one of `email`, `phone` or `address`.
    ///
    /// ## Why
    /// Where a data protection officer is designated, the notice must give the officer's
    /// contact details (Art 13(1)(b), 14(1)(b)), so that people can reach the officer
    /// directly (Art 38(4)).
    ///
    /// ## How to fix
    /// Add `email:` (a role mailbox such as `tietosuojavastaava@…` is fine), `phone:` or
    /// `address:` to `dpo`.
    pub struct DpoContact { id: "dpo-contact", severity: Error, article: "GDPR Art 13(1)(b), 14(1)(b)" }
}

impl_rule!(DpoContact, check);

fn blank_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn check(n: &Notice, sink: &mut Sink) {
    let Some(d) = n.dpo() else { return };
    let v = d.value;
    if blank_str(&v.email) && blank_str(&v.phone) && v.address.as_ref().is_none_or(Text::is_blank) {
        sink.report(
            &DpoContact::INFO,
            &d.at,
            "the data protection officer has no contact details",
        )
        .set_label("no e-mail, phone or address")
        .set_help("add at least one of `email:`, `phone:` or `address:` to `dpo`");
    }
}
