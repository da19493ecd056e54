//! An Art 49 derogation used as the routine mechanism for a processor's or a regular transfer.

use super::word_cues::Cues;
use super::{Notice, Sink};
use crate::model::{Art49Derogation, RecipientRole, TransferMechanism};
use crate::{declare_rule, impl_rule, msg};
use std::sync::OnceLock;

declare_rule! {
    /// A transfer to a processor, or a regular transfer, relies on an Art 49 derogation; documented in messages/rules/derogation-routine.<lang>.md.
    pub struct DerogationRoutine { id: "derogation-routine", severity: Warning, article: "GDPR Art 49(1); EDPB Guidelines 2/2018", precision: High, reads: ["transfers.derogation", "transfers.description", "transfers.recipient", "recipients.role"] }
}

impl_rule!(DerogationRoutine, check);

const SOURCE: &str = include_str!("../../data/routine_transfer_words.yaml");

/// The word lists of `data/routine_transfer_words.yaml`, loaded once.
pub fn cues() -> Option<&'static Cues> {
    static C: OnceLock<Option<Cues>> = OnceLock::new();
    C.get_or_init(|| Cues::load(SOURCE).ok()).as_ref()
}

/// The derogation's name in the catalogs' selectors.
fn ground(d: Art49Derogation) -> &'static str {
    use Art49Derogation as D;
    match d {
        D::ExplicitConsent => "explicit-consent",
        D::ContractWithSubject => "contract-with-subject",
        D::ContractInInterest => "contract-in-interest",
        D::PublicInterest => "public-interest",
        D::LegalClaims => "legal-claims",
        D::VitalInterests => "vital-interests",
        D::PublicRegister => "public-register",
        D::CompellingLegitimateInterests => "compelling-legitimate-interests",
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
        // `named`: `yes` when the transfer names its recipient (`recipient`), else `no`.
        let named = if v.recipient.is_some() { "yes" } else { "no" };
        let id = v.recipient.clone().unwrap_or_default();
        let message = if processor {
            msg!(
                "derogation-routine-message-processor",
                named = named,
                recipient = &id,
                ground = ground(d)
            )
        } else {
            msg!(
                "derogation-routine-message-regular",
                named = named,
                recipient = &id,
                ground = ground(d)
            )
        };
        let country = v
            .country
            .clone()
            .or_else(|| recipient.and_then(|r| r.merged.country.clone()));
        let help = if country.as_deref() == Some("US") {
            msg!("derogation-routine-help-us", named = named, recipient = &id)
        } else {
            msg!("derogation-routine-help")
        };
        sink.report(&DerogationRoutine::INFO, &t.at.child("mechanism"), message)
            .set_label(if processor {
                msg!("derogation-routine-label-processor")
            } else {
                msg!("derogation-routine-label-regular")
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
