//! The supervisory authority named by id must be a built-in one.

use super::{Notice, Sink};
use crate::model::authority::{authorities, authority, ids};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The `authority` id names no supervisory authority seloste knows; documented in messages/rules/authority.<lang>.md.
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
        .find(|k| k.eq_ignore_ascii_case(a.value.trim()));
    // The known authorities with their names in each language the officer may read.
    let list = |lang: &str| {
        authorities()
            .iter()
            .map(|a| {
                format!(
                    "`{}` ({})",
                    a.id,
                    a.name.get(lang).or_else(|| a.name.get("fi")).unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (known_en, known_fi, known_sv) = (list("en"), list("fi"), list("sv"));
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
        Some(k) => msg!(
            "authority-help-suggestion",
            suggestion = *k,
            known_en = known_en,
            known_fi = known_fi,
            known_sv = known_sv
        ),
        None => msg!(
            "authority-help",
            known_en = known_en,
            known_fi = known_fi,
            known_sv = known_sv
        ),
    });
}
