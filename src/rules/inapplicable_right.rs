//! Texts that promise a right the register's legal bases do not give.

use super::text_scan::{match_span, texts};
use super::wording::{List, quote, wording};
use super::{Notice, Sink};
use crate::model::DerivedRights;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text states a right that does not apply to this register.
    ///
    /// ## What it checks
    /// seloste derives the rights that depend on the legal bases and prints them itself:
    /// data portability (Art 20) only for consent or a contract, objection (Art 21) only
    /// for a public task, legitimate interests or direct marketing, withdrawal of consent
    /// (Art 7(3)) only for consent. A text of the notice that promises one of these rights
    /// when no purpose has a basis that gives it is reported. The phrases are in
    /// `data/wording.yaml` (`stated_rights`). Nothing is checked while a purpose has no
    /// basis, because then the rights cannot be known.
    ///
    /// ## Why
    /// Promising portability for processing based on a legal obligation, or consent
    /// withdrawal where nothing rests on consent, misleads people about what they can
    /// ask for (Art 12(1)); templates copied between registers often carry such lists.
    ///
    /// ## How to fix
    /// Delete the sentence: the rights that apply are printed from the bases. If the right
    /// should apply, check the purposes' `basis`.
    pub struct InapplicableRight { id: "inapplicable-right", severity: Warning, article: "GDPR Art 7(3), 12(1), 20, 21" }
}

impl_rule!(InapplicableRight, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(rights) = DerivedRights::of(n.register) else {
        return;
    };
    let w = wording();
    let lists: [(&List, bool, &str, &str); 3] = [
        (
            &w.portability,
            rights.portability,
            "data portability (Art 20)",
            "it applies only to processing based on consent or a contract",
        ),
        (
            &w.withdraw_consent,
            rights.withdraw_consent,
            "withdrawal of consent (Art 7(3))",
            "no purpose of this register is based on consent",
        ),
        (
            &w.objection,
            rights.objection || rights.objection_direct_marketing,
            "the right to object (Art 21)",
            "it applies only to a public task, legitimate interests or direct marketing",
        ),
    ];
    for item in texts(n) {
        for (list, applies, right, why) in &lists {
            if *applies {
                continue;
            }
            for hit in list.find_item(item) {
                sink.report_span(
                    &InapplicableRight::INFO,
                    item.origin.file,
                    match_span(n, item, hit.start, hit.end),
                    format!("\"{}\" promises {right}, which does not apply to this register", quote(&item.text[hit.start..hit.end])),
                )
                .set_label("right that does not apply")
                .set_help(format!(
                    "{why}; delete the sentence (seloste prints the rights that apply), or correct the purposes' `basis`"
                ));
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
