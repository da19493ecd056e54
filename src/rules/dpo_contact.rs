//! Contact details of the data protection officer.

use super::{Notice, Sink};
use crate::model::Text;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The data protection officer is named but cannot be reached; documented in messages/rules/dpo-contact.<lang>.md.
    pub struct DpoContact { id: "dpo-contact", severity: Error, article: "GDPR Art 13(1)(b), 14(1)(b)", reads: ["dpo"] }
}

impl_rule!(DpoContact, check);

fn blank_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn check(n: &Notice, sink: &mut Sink) {
    let Some(d) = n.dpo() else { return };
    let v = d.value;
    if blank_str(&v.email) && blank_str(&v.phone) && v.address.as_ref().is_none_or(Text::is_blank) {
        sink.report(&DpoContact::INFO, &d.at, msg!("dpo-contact-message"))
            .set_label(msg!("dpo-contact-label"))
            .set_help(msg!("dpo-contact-help"));
    }
}
