//! Whether people must provide the data, and what happens if they do not (Art 13(2)(e)).

use super::case_kind::example_lang;
use super::{Notice, Sink};
use crate::model::ProvisionRequirement;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The notice does not say whether people must provide their data, and what if not; documented in messages/rules/provision-requirement.<lang>.md.
    pub struct ProvisionRequirementRule { id: "provision-requirement", severity: Error, article: "GDPR Art 13(2)(e)", reads: ["provision", "sources.kind"] }
}

impl_rule!(ProvisionRequirementRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    // A notice that names no sources at all is read as Art 13 does: the data comes from
    // the person.
    if !n.art13() && !n.register.sources.is_empty() {
        return;
    }
    let Some(p) = &n.register.provision else {
        let src = n.sources().find(|(_, s, _)| s.kind.is_art13());
        let (at, id) = match src {
            Some((_, s, at)) => (at.child("kind"), s.id.clone()),
            None => (n.at(&["meta"]), String::new()),
        };
        let (message, label) = if id.is_empty() {
            (
                msg!("provision-requirement-message-no-sources"),
                msg!("provision-requirement-label-no-sources"),
            )
        } else {
            (
                msg!("provision-requirement-message-from-person", source = id),
                msg!("provision-requirement-label-from-person"),
            )
        };
        sink.report(&ProvisionRequirementRule::INFO, &at, message)
            .set_label(label)
            .set_help(msg!("provision-requirement-help-missing"));
        return;
    };
    let at = n.at(&["provision"]);
    match p.requirement {
        None => {
            sink.report(
                &ProvisionRequirementRule::INFO,
                &at,
                msg!("provision-requirement-message-requirement"),
            )
            .set_label(msg!("provision-requirement-label-requirement"))
            .set_help(msg!("provision-requirement-help-requirement"));
        }
        // "Providing the data is voluntary" and "you are obliged to provide it" cannot both
        // be true: the notice would print both.
        Some(ProvisionRequirement::Voluntary) if p.obligatory == Some(true) => {
            sink.report(
                &ProvisionRequirementRule::INFO,
                &at.child("obligatory"),
                msg!("provision-requirement-message-voluntary-obligatory"),
            )
            .set_label(msg!("provision-requirement-label-voluntary-obligatory"))
            .set_help(msg!("provision-requirement-help-voluntary-obligatory"));
        }
        Some(ProvisionRequirement::Voluntary) => {}
        Some(_) if p.consequences.as_ref().is_none_or(|t| t.is_blank()) => {
            let place = if p.consequences.is_some() {
                at.child("consequences")
            } else {
                at.child("requirement")
            };
            sink.report(
                &ProvisionRequirementRule::INFO,
                &place,
                msg!("provision-requirement-message-consequences"),
            )
            .set_label(msg!("provision-requirement-label-consequences"))
            .set_help(msg!(
                "provision-requirement-help-consequences",
                lang = example_lang(n)
            ));
        }
        Some(_) => {}
    }
}
