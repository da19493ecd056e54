//! Direct marketing, newsletters or ad targeting on the contract basis.

use super::text_scan::{TextItem, texts};
use super::word_cues::Cues;
use super::{Notice, Sink};
use crate::load::tree::Seg;
use crate::model::{ControllerKind, LegalBasis};
use crate::{declare_rule, impl_rule, msg};
use std::sync::OnceLock;

declare_rule! {
    /// Direct marketing, newsletters or ad targeting on the contract basis; documented in messages/rules/marketing-on-contract.<lang>.md.
    pub struct MarketingOnContract { id: "marketing-on-contract", severity: Warning, article: "GDPR Art 6(1)(b), 21(2); EDPB Guidelines 2/2019", precision: High, reads: ["purposes.basis", "purposes.direct_marketing", "controller.kind"], texts: true }
}

impl_rule!(MarketingOnContract, check);

const SOURCE: &str = include_str!("../../data/marketing_words.yaml");

/// The word lists of `data/marketing_words.yaml`, loaded once.
pub fn cues() -> Option<&'static Cues> {
    static C: OnceLock<Option<Cues>> = OnceLock::new();
    C.get_or_init(|| Cues::load(SOURCE).ok()).as_ref()
}

fn purpose_field(item: &TextItem) -> Option<usize> {
    let p = &item.path;
    match (p.first(), p.get(1), p.get(2)) {
        (Some(Seg::Key(k)), Some(Seg::Index(i)), Some(Seg::Key(f)))
            if k == "purposes" && (f == "name" || f == "description") =>
        {
            Some(*i)
        }
        _ => None,
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let purposes = &n.register.purposes;
    if !purposes
        .iter()
        .any(|p| p.basis == Some(LegalBasis::Contract))
    {
        return;
    }
    let Some(cues) = cues() else { return };
    // The first marketing word of each contract purpose: its kind and the word.
    let mut words: Vec<Option<(String, String)>> = vec![None; purposes.len()];
    for item in texts(n) {
        if item.origin.file != n.reg.file {
            continue;
        }
        let Some(i) = purpose_field(item) else {
            continue;
        };
        let Some(p) = purposes.get(i) else { continue };
        if p.basis != Some(LegalBasis::Contract) || words[i].is_some() {
            continue;
        }
        if let Some(h) = cues.find(item.text, item.lang).first() {
            let kind = h.entry.kind.clone().unwrap_or_else(|| "marketing".into());
            // A short name is quoted whole ("Mainonnan kohdistaminen"), else the word.
            let name = item.field() == "name" && item.text.chars().count() <= 60;
            let word = super::wording::quote(if name {
                item.text
            } else {
                &item.text[h.start..h.end]
            });
            words[i] = Some((kind, word));
        }
    }
    let lang = n.languages().first().map(String::as_str).unwrap_or("fi");
    // An association's or foundation's newsletter to its members can be part of the
    // membership itself; it counts here only when marked `direct_marketing`.
    let member_body = n
        .controller()
        .and_then(|c| c.value.kind)
        .is_some_and(|k| matches!(k, ControllerKind::Association | ControllerKind::Foundation));
    for (i, p, at) in n.purposes() {
        if p.basis != Some(LegalBasis::Contract) {
            continue;
        }
        let (message, ads) = match (&words[i], p.direct_marketing) {
            (Some((kind, _)), false) if member_body && kind == "newsletter" => continue,
            (Some((kind, word)), _) => (
                msg!(
                    "marketing-on-contract-message-word",
                    purpose = &p.id,
                    kind = kind,
                    word = word
                ),
                kind == "ads",
            ),
            (None, true) => (
                msg!("marketing-on-contract-message-marked", purpose = &p.id),
                false,
            ),
            (None, false) => continue,
        };
        // `split`: the purpose may also cover the contract itself. The example interest is
        // quoted in the notice's first language.
        let split = if p.direct_marketing { "no" } else { "yes" };
        let help = if ads {
            msg!("marketing-on-contract-help-ads", split = split)
        } else {
            msg!("marketing-on-contract-help", split = split, lang = lang)
        };
        sink.report(&MarketingOnContract::INFO, &at.child("basis"), message)
            .set_label(msg!("marketing-on-contract-label"))
            .set_help(help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, lang: &str) -> bool {
        !cues().expect("loads").find(text, lang).is_empty()
    }

    #[test]
    fn loads_and_compiles() {
        let c = Cues::load(SOURCE).expect("data/marketing_words.yaml parses");
        assert_eq!(c.invalid, 0);
        assert_eq!(c.compile_all(), Vec::<&str>::new());
    }

    #[test]
    fn words() {
        for (t, l) in [
            ("Suoramarkkinointi ja uutiskirjeet", "fi"),
            ("Lähetämme uutiskirjeen kuukausittain.", "fi"),
            ("kohdennettu mainonta sosiaalisessa mediassa", "fi"),
            ("Vi skickar nyhetsbrev och visar riktade annonser.", "sv"),
            ("direktmarknadsföring", "sv"),
            ("Marketing and newsletters", "en"),
            ("targeted advertising on social media", "en"),
        ] {
            assert!(found(t, l), "{t:?}");
        }
        for (t, l) in [
            ("Emme käytä tietoja markkinointiin.", "fi"),
            (
                "Markkinointipalvelujen toimittaminen asiakasyrityksille",
                "fi",
            ),
            ("Tilausten toimittaminen ja reklamaatiot", "fi"),
            ("Vi sköter reklamationer och returer.", "sv"),
            ("Uppgifterna används inte för marknadsföring.", "sv"),
            ("We do not use your data for marketing.", "en"),
            (
                "Delivering our marketing services to client companies",
                "en",
            ),
        ] {
            assert!(!found(t, l), "{t:?}");
        }
    }
}
