//! An Art 49 derogation used as the routine mechanism for a processor's or a regular transfer.

use super::word_cues::Cues;
use super::{Notice, Sink};
use crate::model::{Art49Derogation, RecipientRole, TransferMechanism};
use crate::{declare_rule, impl_rule};
use std::sync::OnceLock;

declare_rule! {
    /// A transfer to a processor, or a regular transfer, relies on an Art 49 derogation.
    ///
    /// ## What it checks
    /// A transfer with `mechanism: derogation` whose `derogation` is not one that a
    /// transfer for the person's own contract needs (`contract-with-subject`,
    /// `contract-in-interest`), when the recipient is a processor (`role: processor`) or
    /// the transfer's description says it happens regularly ("jokaisen varauksen",
    /// "säännöllisesti", "varje", "löpande", "every registration", "on an ongoing basis").
    /// The words are in `data/routine_transfer_words.yaml`.
    ///
    /// ## Why
    /// The derogations of Art 49(1) are exceptions for occasional, non-repetitive
    /// transfers and must be read restrictively (EDPB Guidelines 2/2018, section 2.1): a
    /// service provider's ongoing processing, or every customer's data, cannot rest on the
    /// explicit consent of Art 49(1)(a). Such transfers need an Art 45 adequacy decision
    /// or Art 46 safeguards, and the notice must name them (Art 13(1)(f), 14(1)(f)).
    ///
    /// ## How to fix
    /// Use `mechanism: dpf` when the US recipient is certified under the EU-US Data
    /// Privacy Framework, `mechanism: sccs` for the standard contractual clauses of 2021
    /// (usually part of the provider's data processing agreement), or `mechanism:
    /// adequacy` when the country has an adequacy decision. Keep a derogation only for a
    /// transfer that is occasional, such as a single booking with a hotel abroad.
    pub struct DerogationRoutine { id: "derogation-routine", severity: Warning, article: "GDPR Art 49(1); EDPB Guidelines 2/2018" }
}

impl_rule!(DerogationRoutine, check);

const SOURCE: &str = include_str!("../../data/routine_transfer_words.yaml");

/// The word lists of `data/routine_transfer_words.yaml`, loaded once.
pub fn cues() -> Option<&'static Cues> {
    static C: OnceLock<Option<Cues>> = OnceLock::new();
    C.get_or_init(|| Cues::load(SOURCE).ok()).as_ref()
}

fn ground(d: Art49Derogation) -> &'static str {
    use Art49Derogation as D;
    match d {
        D::ExplicitConsent => "explicit consent (Art 49(1)(a))",
        D::ContractWithSubject => "a contract with the person (Art 49(1)(b))",
        D::ContractInInterest => "a contract in the person's interest (Art 49(1)(c))",
        D::PublicInterest => "important reasons of public interest (Art 49(1)(d))",
        D::LegalClaims => "legal claims (Art 49(1)(e))",
        D::VitalInterests => "vital interests (Art 49(1)(f))",
        D::PublicRegister => "a public register (Art 49(1)(g))",
        D::CompellingLegitimateInterests => {
            "compelling legitimate interests (Art 49(1), second subparagraph)"
        }
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let transfers = n.transfers();
    if !transfers
        .iter()
        .any(|t| t.value.mechanism == Some(TransferMechanism::Derogation))
    {
        return;
    }
    let recipients = n.recipients();
    let langs = n.languages();
    for t in &transfers {
        let v = t.value;
        if v.mechanism != Some(TransferMechanism::Derogation) {
            continue;
        }
        let Some(d) = v.derogation else { continue };
        if matches!(
            d,
            Art49Derogation::ContractWithSubject | Art49Derogation::ContractInInterest
        ) {
            continue;
        }
        let recipient = v
            .recipient
            .as_deref()
            .and_then(|id| recipients.iter().find(|r| r.merged.id == id));
        let processor = recipient.is_some_and(|r| r.merged.role == Some(RecipientRole::Processor));
        let regular = !processor
            && v.description.as_ref().is_some_and(|text| {
                cues().is_some_and(|c| {
                    text.variants().iter().any(|(lang, s)| {
                        let lang = lang.or(langs.first().map(String::as_str)).unwrap_or("fi");
                        !c.find(s, lang).is_empty()
                    })
                })
            });
        if !processor && !regular {
            continue;
        }
        let who = v
            .recipient
            .as_deref()
            .map(|r| format!("`{r}`"))
            .unwrap_or_else(|| "the recipient".into());
        let message = if processor {
            format!(
                "the transfer to {who}, a processor, relies on the derogation of {}, which is for occasional transfers only",
                ground(d)
            )
        } else {
            format!(
                "the transfer to {who} happens regularly but relies on the derogation of {}, which is for occasional transfers only",
                ground(d)
            )
        };
        let country = v
            .country
            .clone()
            .or_else(|| recipient.and_then(|r| r.merged.country.clone()));
        let mut help = String::from("use an Art 45 or 46 mechanism instead: ");
        if country.as_deref() == Some("US") {
            help.push_str(&format!(
                "`mechanism: dpf` if {who} is certified under the EU-US Data Privacy Framework \
                 (check its entry on dataprivacyframework.gov), otherwise "
            ));
        }
        help.push_str(
            "`mechanism: sccs` with the standard contractual clauses of 2021 (usually part of \
             the provider's data processing agreement), or `mechanism: adequacy` if the country \
             has an adequacy decision; add `safeguard_copy:` saying where people get a copy",
        );
        sink.report(&DerogationRoutine::INFO, &t.at.child("mechanism"), message)
            .set_label(if processor {
                "derogation for a processor"
            } else {
                "derogation for regular transfers"
            })
            .set_help(help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_compiles() {
        let c = Cues::load(SOURCE).expect("data/routine_transfer_words.yaml parses");
        assert_eq!(c.invalid, 0);
        assert_eq!(c.compile_all(), Vec::<&str>::new());
        assert!(
            !c.find("Jokaisen varauksen tiedot siirretään.", "fi")
                .is_empty()
        );
        assert!(!c.find("on an ongoing basis", "en").is_empty());
        assert!(c.find("Tiedot siirretään kerran.", "fi").is_empty());
    }
}
