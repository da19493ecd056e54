//! Which of the data subject's rights apply, derived from the legal bases the way the
//! GDPR derives them, so a notice cannot forget a right or promise one that does not apply.

use super::register::{Art9Condition, LegalBasis, Purpose, Register};

/// The rights that depend on the bases. Access, rectification, erasure, restriction and
/// the right to complain always apply and are not listed here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DerivedRights {
    /// Art 20: processing based on consent (6(1)(a), 9(2)(a)) or a contract (6(1)(b)).
    pub portability: bool,
    /// Art 21(1): processing based on a public task (e) or legitimate interests (f).
    pub objection: bool,
    /// Art 21(2)-(3): direct marketing, objection at any time without reasons.
    pub objection_direct_marketing: bool,
    /// Art 7(3): consent can be withdrawn at any time.
    pub withdraw_consent: bool,
}

impl DerivedRights {
    /// The rights of a register, or `None` while some purpose has no basis (then they
    /// cannot be known; the `purpose-basis` rule reports that).
    pub fn of(register: &Register) -> Option<DerivedRights> {
        DerivedRights::of_purposes(register, register.purposes.iter(), |_| true)
    }

    /// The rights of one purpose (a row of the record of processing activities): its basis,
    /// and explicit consent for the special categories it uses.
    pub fn of_purpose(register: &Register, purpose: &Purpose) -> Option<DerivedRights> {
        DerivedRights::of_purposes(register, std::iter::once(purpose), |c| {
            purpose.categories.iter().any(|id| id == c)
        })
    }

    fn of_purposes<'a>(
        register: &'a Register,
        purposes: impl Iterator<Item = &'a Purpose>,
        uses: impl Fn(&str) -> bool,
    ) -> Option<DerivedRights> {
        let mut r = DerivedRights::default();
        for p in purposes {
            match p.basis? {
                LegalBasis::Consent => {
                    r.portability = true;
                    r.withdraw_consent = true;
                }
                LegalBasis::Contract => r.portability = true,
                LegalBasis::PublicTask | LegalBasis::LegitimateInterests => r.objection = true,
                LegalBasis::LegalObligation | LegalBasis::VitalInterests => {}
            }
            if p.direct_marketing {
                r.objection_direct_marketing = true;
            }
        }
        if register
            .categories
            .iter()
            .any(|c| c.special_condition == Some(Art9Condition::ExplicitConsent) && uses(&c.id))
        {
            r.portability = true;
            r.withdraw_consent = true;
        }
        Some(r)
    }
}
