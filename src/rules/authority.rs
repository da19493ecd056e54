//! The supervisory authority named by id must be a built-in one.

use super::{Notice, Sink};
use crate::model::authority::{authorities, authority, ids};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The `authority` id names no supervisory authority seloste knows.
    ///
    /// ## What it checks
    /// The `authority` of the register (or, when the register gives none, of its
    /// organisation file) must be the id of a built-in supervisory authority, such as `fi`
    /// for the Finnish Office of the Data Protection Ombudsman. When neither file gives
    /// one, `fi` is used.
    ///
    /// ## Why
    /// Every notice must tell people they may lodge a complaint with a supervisory
    /// authority (Art 13(2)(d), 14(2)(e)). seloste prints that authority's name and current
    /// contact details from its built-in data, so an unknown id would leave the notice
    /// without them.
    ///
    /// ## How to fix
    /// Write one of the known ids, e.g. `authority: fi`, or leave the key out to use the
    /// Finnish authority.
    pub struct AuthorityId { id: "authority", severity: Error, article: "GDPR Art 13(2)(d), 14(2)(e)" }
}

impl_rule!(AuthorityId, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(a) = n.authority() else {
        return;
    };
    if authority(a.value).is_some() {
        return;
    }
    let known = ids();
    let best = known
        .iter()
        .find(|k| k.eq_ignore_ascii_case(a.value.trim()))
        .map(|k| format!("did you mean `{k}`? "))
        .unwrap_or_default();
    sink.report(
        &AuthorityId::INFO,
        &a.at,
        if a.value.trim().is_empty() {
            "`authority` is empty".to_string()
        } else {
            format!("`{}` is not a supervisory authority seloste knows", a.value)
        },
    )
    .set_label("unknown authority")
    .set_help(format!(
        "{best}known authorities: {}; leave `authority` out to use `fi`",
        authorities()
            .iter()
            .map(|a| format!(
                "`{}` ({})",
                a.id,
                a.name.get("en").or_else(|| a.name.get("fi")).unwrap_or("")
            ))
            .collect::<Vec<_>>()
            .join(", ")
    ));
}
