//! Whether people must provide the data, and what happens if they do not (Art 13(2)(e)).

use super::{Notice, Sink};
use crate::model::{ProvisionRequirement, SourceKind};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The notice does not say whether people must provide their data, and what if not.
    ///
    /// ## What it checks
    /// When any source is the person themselves (`data-subject` or `observation`), or the
    /// notice names no sources at all (the data is then taken to come from the person, as
    /// Art 13 does), a `provision` section must be given with a `requirement` (statutory, contractual,
    /// contract-prerequisite or voluntary). Unless the requirement is `voluntary`, it must
    /// also give non-blank `consequences`.
    ///
    /// ## Why
    /// When data is collected from the person, the notice must say whether providing it is
    /// a statutory or contractual requirement or a requirement necessary to enter into a
    /// contract, whether the person is obliged to provide it, and the possible
    /// consequences of failure to do so (Art 13(2)(e)).
    ///
    /// ## How to fix
    /// Add e.g. `provision: {requirement: contract-prerequisite, obligatory: true,
    /// consequences: "Ilman yhteystietoja tilausta ei toimiteta."}`.
    pub struct ProvisionRequirementRule { id: "provision-requirement", severity: Error, article: "GDPR Art 13(2)(e)" }
}

impl_rule!(ProvisionRequirementRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    // A notice that names no sources at all is read as Art 13 does: the data comes from
    // the person.
    if !n.art13() && !n.register.sources.is_empty() {
        return;
    }
    let Some(p) = &n.register.provision else {
        let src = n
            .sources()
            .find(|(_, s, _)| matches!(s.kind, SourceKind::DataSubject | SourceKind::Observation));
        let (at, id) = match src {
            Some((_, s, at)) => (at.child("kind"), s.id.clone()),
            None => (n.at(&["meta"]), String::new()),
        };
        let message = if id.is_empty() {
            "the notice names no sources, so the data is taken to come from the person, but it \
             does not say whether they must provide it"
                .to_string()
        } else {
            format!(
                "data is collected from the person (source `{id}`) but the notice does not say whether they must provide it"
            )
        };
        sink.report(&ProvisionRequirementRule::INFO, &at, message)
            .set_label(if id.is_empty() {
                "no `provision`, and no sources named"
            } else {
                "collected from the person"
            })
        .set_help(
            "add `provision:` with `requirement:` (statutory, contractual, contract-prerequisite \
             or voluntary), `obligatory:` and `consequences:` of not providing the data",
        );
        return;
    };
    let at = n.at(&["provision"]);
    match p.requirement {
        None => {
            sink.report(
                &ProvisionRequirementRule::INFO,
                &at,
                "`provision` does not say whether providing the data is required",
            )
            .set_label("no `requirement`")
            .set_help(
                "add `requirement:` with statutory, contractual, contract-prerequisite or voluntary",
            );
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
                "the notice says providing the data is required but not what happens if it is not provided",
            )
            .set_label("no `consequences`")
            .set_help(
                "add `consequences:` saying what follows if the person does not provide the data, \
                 e.g. \"Ilman yhteystietoja tilausta ei toimiteta.\"",
            );
        }
        Some(_) => {}
    }
}
