//! The supervisory authority named by id must be a built-in one; one written out must
//! have a name.

use super::{Notice, Sink};
use crate::model::authority::{AuthorityRef, authority, ids};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The `authority` id names no supervisory authority seloste knows; documented in messages/rules/authority.<lang>.md.
    pub struct AuthorityId { id: "authority", severity: Error, article: "GDPR Art 13(2)(d), 14(2)(e)", reads: ["authority"] }
}

impl_rule!(AuthorityId, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(named) = n.authority() else {
        return;
    };
    let id = match named.value {
        AuthorityRef::Id(id) => id,
        AuthorityRef::Custom(c) => {
            if c.name.is_blank() {
                sink.report(
                    &AuthorityId::INFO,
                    &named.at.child("name"),
                    msg!("authority-message-no-name"),
                )
                .set_label(msg!("authority-label-no-name"))
                .set_help(msg!("authority-help-no-name"));
            }
            return;
        }
    };
    let a = super::Located {
        value: id,
        at: named.at,
    };
    if authority(a.value).is_some() {
        return;
    }
    let known = ids();
    // The id written in other case, or the country named in words ("Irlanti", "Ireland").
    let given = a.value.trim();
    let best = known
        .iter()
        .find(|k| k.eq_ignore_ascii_case(given))
        .map(|k| k.to_string())
        .or_else(|| {
            crate::model::names::country_code(given)
                .map(|c| c.to_lowercase())
                .filter(|c| known.contains(&c.as_str()))
        });
    // The ids only: the authorities' names would make a help of some fifty lines.
    let list = known
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ");
    sink.report(
        &AuthorityId::INFO,
        &a.at,
        if a.value.trim().is_empty() {
            msg!("authority-message-empty")
        } else {
            msg!("authority-message", value = a.value)
        },
    )
    .set_label(msg!("authority-label"))
    .set_help(match best {
        Some(k) => msg!("authority-help-suggestion", suggestion = k, known = list),
        None => msg!("authority-help", known = list),
    });
}
