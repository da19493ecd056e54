//! How to exercise the data subject's rights.

use super::{Notice, Sink};
use crate::model::Text;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The notice does not say how people can exercise their rights.
    ///
    /// ## What it checks
    /// `rights_requests` must be given, in the register or the organisation file, with at
    /// least one channel: `email`, `phone`, `address` or `web_form`.
    ///
    /// ## Why
    /// The notice must tell people of their rights (Art 13(2)(b), 14(2)(c)); seloste
    /// derives which rights apply from the legal bases, but only the controller can say
    /// where to send a request. The controller must facilitate the exercise of the
    /// rights (Art 12(2)).
    ///
    /// ## How to fix
    /// Add `rights_requests:` with e.g. `email: tietosuoja@example.fi`, and optionally
    /// `how:` (identification, what to include) and `response_time: P1M`.
    pub struct Rights { id: "rights", severity: Error, article: "GDPR Art 13(2)(b), 12(2)" }
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
            "the notice does not say how people can exercise their rights",
        )
        .set_label("no `rights_requests` in this register or its organisation file")
        .set_help(
            "add `rights_requests:` with at least one of `email:`, `phone:`, `address:` or \
             `web_form:`, here or in the organisation file",
        );
        return;
    };
    let v = r.value;
    if blank_str(&v.email)
        && blank_str(&v.phone)
        && blank_str(&v.web_form)
        && v.address.as_ref().is_none_or(Text::is_blank)
    {
        sink.report(
            &Rights::INFO,
            &r.at,
            "`rights_requests` gives no channel for making a request",
        )
        .set_label("no e-mail, phone, address or web form")
        .set_help(
            "add at least one of `email:`, `phone:`, `address:` or `web_form:` to `rights_requests`",
        );
    }
}
