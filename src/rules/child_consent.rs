//! A consent-based online service offered to children needs a guardian's consent for the
//! youngest (Art 8(1); 13 years in Finland, tietosuojalaki 1050/2018 5 §).

use super::{Notice, Sink};
use crate::model::LegalBasis;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// An online service offered to children rests on consent but the notice does not say how a guardian consents; documented in messages/rules/child-consent.<lang>.md.
    pub struct ChildConsent { id: "child-consent", severity: Warning, article: "GDPR Art 8(1)-(2); FI: tietosuojalaki 1050/2018 5 §", precision: High, reads: ["data_subjects.children", "data_subjects.guardian_consent", "purposes.basis", "purposes.online_service", "purposes.data_subjects"] }
}

impl_rule!(ChildConsent, check);

/// Only explicit facts: a purpose marked `online_service` with `basis: consent`, and a
/// group it concerns marked `children: true` with no `guardian_consent`. Reported once per
/// group, at its `children` key.
fn check(n: &Notice, sink: &mut Sink) {
    let groups = n.at(&["data_subjects"]);
    for (i, g) in n.register.data_subjects.iter().enumerate() {
        if !g.children || g.guardian_consent.as_ref().is_some_and(|t| !t.is_blank()) {
            continue;
        }
        let purpose = n.register.purposes.iter().find(|p| {
            p.online_service
                && p.basis == Some(LegalBasis::Consent)
                && (p.data_subjects.is_empty() || p.data_subjects.contains(&g.id))
        });
        let Some(p) = purpose else { continue };
        sink.report(
            &ChildConsent::INFO,
            &groups.child(i).child("children"),
            msg!("child-consent-message", group = &g.id, purpose = &p.id),
        )
        .set_label(msg!("child-consent-label"))
        .set_help(msg!("child-consent-help"));
    }
}
