//! How to exercise the data subject's rights.

use super::{Notice, Sink};
use crate::model::Text;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The notice does not say how people can exercise their rights; documented in messages/rules/rights.<lang>.md.
    pub struct Rights { id: "rights", severity: Error, article: "GDPR Art 13(2)(b), 12(2)", reads: ["rights_requests"] }
}

impl_rule!(Rights, check);

fn blank_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn check(n: &Notice, sink: &mut Sink) {
    let Some(r) = n.rights_requests() else {
        sink.report(
            &Rights::INFO,
            &n.at(&["meta"]),
            msg!("rights-message-missing"),
        )
        .set_label(msg!("rights-label-missing"))
        .set_help(msg!("rights-help-missing"));
        return;
    };
    let v = r.value;
    if blank_str(&v.email)
        && blank_str(&v.phone)
        && blank_str(&v.web_form)
        && v.address.as_ref().is_none_or(Text::is_blank)
    {
        sink.report(&Rights::INFO, &r.at, msg!("rights-message-no-channel"))
            .set_label(msg!("rights-label-no-channel"))
            .set_help(msg!("rights-help-no-channel"));
    }
}
