//! Every purpose has a legal basis.

use super::case_kind::{Kind, example_lang, pick, purpose_kind};
use super::{Notice, Sink};
use crate::model::Purpose;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A purpose has no legal basis, or the register states no purposes at all.
    ///
    /// ## What it checks
    /// The register must list at least one entry in `purposes`, and every purpose must
    /// give its `basis`: one of `consent`, `contract`, `legal-obligation`,
    /// `vital-interests`, `public-task` or `legitimate-interests`.
    ///
    /// ## Why
    /// The notice must state the purposes of the processing and the legal basis of each
    /// (Art 13(1)(c), 14(1)(c)). Processing without one of the Art 6(1) bases is unlawful.
    ///
    /// ## How to fix
    /// Add `basis:` to each purpose, e.g. `basis: contract`. A purpose that rests on two
    /// bases is two purposes: split it.
    pub struct PurposeBasis { id: "purpose-basis", severity: Error, article: "GDPR Art 13(1)(c), 14(1)(c)" }
}

impl_rule!(PurposeBasis, check);

fn check(n: &Notice, sink: &mut Sink) {
    if n.register.purposes.is_empty() {
        let at = if n.at(&["purposes"]).exists() {
            n.at(&["purposes"]).key()
        } else {
            n.at(&["meta"])
        };
        sink.report(&PurposeBasis::INFO, &at, "the register states no purposes")
            .set_label("no purposes")
            .set_help(
                "add `purposes:` with at least one entry giving `id:`, `name:`, `basis:` and \
                 the `categories:` it uses",
            );
        return;
    }
    for (_, p, at) in n.purposes() {
        if p.basis.is_none() {
            sink.report(
                &PurposeBasis::INFO,
                &at.child("id"),
                format!("purpose `{}` has no legal basis", p.id),
            )
            .set_label("no `basis`")
            .set_help(basis_help(n, p));
        }
    }
}

/// The help for a purpose with no basis, fitted to what the purpose says (data/case_help.yaml),
/// with laws named in the notice's language.
fn basis_help(n: &Notice, p: &Purpose) -> String {
    let l = example_lang(n);
    match purpose_kind(p) {
        Kind::Marketing => {
            "this purpose is marketing: add `basis: consent` (e.g. for a newsletter \
            people subscribe to; they can withdraw consent at any time) or `basis: \
            legitimate-interests` with `direct_marketing: true` and the interest in \
            `legitimate_interest:` (e.g. marketing to existing customers; people can object at any \
            time, Art 21(2)). Marketing is not necessary for a contract, so not `basis: contract`"
                .to_string()
        }
        Kind::Bookkeeping => format!(
            "bookkeeping is required by law: add `basis: legal-obligation` with the law, e.g. \
             `law: {}`",
            pick(
                l,
                "kirjanpitolaki (1336/1997)",
                "bokföringslagen (1336/1997)",
                "Accounting Act (1336/1997)"
            )
        ),
        Kind::Recruitment => "for handling applications add `basis: contract` (steps taken at the \
            applicant's request before an employment contract, Art 6(1)(b)); keeping an \
            application for later openings needs its own purpose with `basis: consent`"
            .to_string(),
        Kind::Employment => format!(
            "for an employment add `basis: contract` for what the employment contract needs \
             (pay, working hours) and, as a separate purpose, `basis: legal-obligation` with the \
             law for what the employer must do by law, e.g. `law: {}`; not `consent`, which an \
             employee cannot give freely",
            pick(
                l,
                "laki yksityisyyden suojasta työelämässä (759/2004)",
                "lagen om integritetsskydd i arbetslivet (759/2004)",
                "Act on the Protection of Privacy in Working Life (759/2004)"
            )
        ),
        Kind::Membership => format!(
            "for a member register add `basis: contract` (membership under the association's \
             rules) or `basis: legal-obligation` with `law: {}` (the list of members the board \
             must keep)",
            pick(
                l,
                "yhdistyslaki (503/1989) 11 §",
                "föreningslagen (503/1989) 11 §",
                "Associations Act (503/1989), section 11"
            )
        ),
        Kind::Other => "add `basis:` with one of consent, contract, legal-obligation, \
            vital-interests, public-task or legitimate-interests, e.g. `basis: contract`"
            .to_string(),
    }
}
