//! The supervisory authority follows the controller's country: the country must be known,
//! and an authority of another country needs a stated reason.

use super::notice::{CountryFrom, ResolvedAuthority};
use super::{Notice, Sink};
use crate::diagnostic::Arg;
use crate::model::authority::{AuthorityRef, of_country};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The controller's country is unknown, has no built-in authority, or differs from the named authority's without a reason; documented in messages/rules/authority-country.<lang>.md.
    pub struct AuthorityCountry { id: "authority-country", severity: Warning, article: "GDPR Art 13(2)(d), 14(2)(e), 55, 56, 77", reads: ["authority", "authority_reason", "controller.country", "controller.postal_address", "controller.visiting_address"] }
}

impl_rule!(AuthorityCountry, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(c) = n.controller() else {
        // `controller-identity` reports the missing controller.
        return;
    };
    let named = n.authority();
    let Some((country, from)) = n.controller_country() else {
        sink.report(
            &AuthorityCountry::INFO,
            &c.at.clone().key(),
            msg!("authority-country-message-unknown"),
        )
        .set_label(msg!("authority-country-label-unknown"))
        .set_help(msg!(
            "authority-country-help-unknown",
            named = if named.is_some() { "yes" } else { "no" }
        ));
        return;
    };
    // Where the country was read: `controller.country`, or the controller as a whole.
    let country_at = if from == CountryFrom::Stated {
        c.at.child("country")
    } else {
        c.at.clone().key()
    };
    let Some(named) = named else {
        match of_country(&country) {
            None => {
                sink.report(
                    &AuthorityCountry::INFO,
                    &country_at,
                    msg!(
                        "authority-country-message-none",
                        country = Arg::country(&country)
                    ),
                )
                .set_label(msg!("authority-country-label-none"))
                .set_help(msg!("authority-country-help-none"));
            }
            Some(a) if a.id == "de" => {
                sink.report(
                    &AuthorityCountry::INFO,
                    &country_at,
                    msg!("authority-country-message-federal"),
                )
                .set_label(msg!("authority-country-label-federal"))
                .set_help(msg!("authority-country-help-federal"));
            }
            Some(_) => {}
        }
        return;
    };
    if n.authority_reason().is_some_and(|r| !r.value.is_blank()) {
        return;
    }
    let Some(resolved) = n.resolved_authority() else {
        // An unknown id: `authority` reports it.
        return;
    };
    let Some(theirs) = resolved.country() else {
        return;
    };
    // The national authority answers for the whole country (Åland's businesses: Finland's).
    if theirs.eq_ignore_ascii_case(&country)
        || of_country(&country).is_some_and(|own| own.country.eq_ignore_ascii_case(theirs))
    {
        return;
    }
    let which = match (named.value, resolved) {
        (AuthorityRef::Id(id), _) => format!("`{}`", id.trim()),
        (_, ResolvedAuthority::Custom(a)) => a
            .name
            .variants()
            .first()
            .map(|(_, s)| s.to_string())
            .unwrap_or_default(),
        (_, ResolvedAuthority::BuiltIn(a)) => format!("`{}`", a.id),
    };
    let at = match named.value {
        AuthorityRef::Id(_) => named.at.clone(),
        AuthorityRef::Custom(_) => named.at.clone().key(),
    };
    sink.report(
        &AuthorityCountry::INFO,
        &at,
        msg!(
            "authority-country-message-other",
            authority = which,
            theirs = Arg::country(theirs),
            country = Arg::country(&country)
        ),
    )
    .set_label(msg!("authority-country-label-other"))
    .set_help(msg!(
        "authority-country-help-other",
        country = Arg::country(&country)
    ));
}
