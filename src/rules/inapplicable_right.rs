//! Texts that promise a right the register's legal bases do not give.

use super::text_scan::{match_span, texts};
use super::wording::{List, quote, wording};
use super::{Notice, Sink};
use crate::model::DerivedRights;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text states a right that does not apply to this register; documented in messages/rules/inapplicable-right.<lang>.md.
    pub struct InapplicableRight { id: "inapplicable-right", severity: Warning, article: "GDPR Art 7(3), 12(1), 20, 21", precision: High, reads: ["purposes.basis", "purposes.direct_marketing"], texts: true }
}

impl_rule!(InapplicableRight, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(rights) = DerivedRights::of(n.register) else {
        return;
    };
    let w = wording();
    // The right, as the catalog's selector: portability, withdraw-consent, objection.
    let lists: [(&List, bool, &str); 3] = [
        (&w.portability, rights.portability, "portability"),
        (
            &w.withdraw_consent,
            rights.withdraw_consent,
            "withdraw-consent",
        ),
        (
            &w.objection,
            rights.objection || rights.objection_direct_marketing,
            "objection",
        ),
    ];
    for item in texts(n) {
        for (list, applies, right) in &lists {
            if *applies {
                continue;
            }
            for hit in list.find_item(item) {
                sink.report_span(
                    &InapplicableRight::INFO,
                    item.origin.file,
                    match_span(n, item, hit.start, hit.end),
                    msg!(
                        "inapplicable-right-message",
                        text = quote(&item.text[hit.start..hit.end]),
                        right = *right
                    ),
                )
                .set_label(msg!("inapplicable-right-label"))
                .set_help(msg!("inapplicable-right-help", right = *right));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wording;

    #[test]
    fn phrases_match() {
        let w = wording();
        assert!(
            !w.portability
                .find("Rekisteröidyllä on oikeus siirtää tiedot järjestelmästä toiseen.")
                .is_empty()
        );
        assert!(
            !w.portability
                .find("You have the right to data portability.")
                .is_empty()
        );
        assert!(
            !w.withdraw_consent
                .find("Voit peruuttaa suostumuksesi milloin tahansa.")
                .is_empty()
        );
        assert!(!w.objection.find("Sinulla on vastustamisoikeus.").is_empty());
        assert!(
            w.portability
                .find("Tiedot siirretään arkistoon.")
                .is_empty()
        );
    }
}
