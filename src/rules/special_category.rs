//! Special-category data needs an Art 9(2) condition.

use super::case_kind::{
    Kind, category_kind, example_lang, health_care_controller, member_register, pick,
};
use super::{Notice, Sink};
use crate::model::{DataCategory, SpecialCategory};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// Special-category data without an Art 9(2) condition, or a condition without data.
    ///
    /// ## What it checks
    /// A category with `special` (health, religious beliefs, trade-union membership …)
    /// must give its `special_condition`. A `special_condition` on a category without
    /// `special` is also an error: either the category is special-category data and
    /// should say which kind, or the condition does not belong there.
    ///
    /// ## Why
    /// Processing special categories of personal data is prohibited (Art 9(1)) unless one
    /// of the conditions of Art 9(2)(a)–(j) applies, in addition to an Art 6(1) basis.
    ///
    /// ## How to fix
    /// Add `special_condition:`, e.g. `special_condition: explicit-consent` for dietary
    /// needs collected with explicit consent, or remove the stray condition / add
    /// `special:` saying which kind of special-category data it is.
    pub struct SpecialCategoryRule { id: "special-category", severity: Error, article: "GDPR Art 9(1)-(2)" }
}

impl_rule!(SpecialCategoryRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, c, at) in n.categories() {
        match (c.special, c.special_condition) {
            (Some(_), None) => {
                sink.report(
                    &SpecialCategoryRule::INFO,
                    &at.child("special"),
                    format!(
                        "category `{}` is special-category data but gives no Art 9(2) condition",
                        c.id
                    ),
                )
                .set_label("special-category data")
                .set_help(condition_help(n, c));
            }
            (None, Some(_)) => {
                sink.report(
                    &SpecialCategoryRule::INFO,
                    &at.child("special_condition"),
                    format!(
                        "category `{}` gives an Art 9(2) condition but is not marked as special-category data",
                        c.id
                    ),
                )
                .set_label("condition without `special`")
                .set_help(
                    "add `special:` saying which kind of special-category data this is (e.g. \
                     `special: health`), or remove `special_condition`",
                );
            }
            _ => {}
        }
    }
}

/// The help for special-category data with no Art 9(2) condition, fitted to the category and
/// the controller: health data at a health care provider → 9(2)(h); beliefs, politics or union
/// membership in the member register of such an association → 9(2)(d); an employer's
/// obligations → 9(2)(b); else explicit consent, 9(2)(a).
fn condition_help(n: &Notice, c: &DataCategory) -> String {
    let l = example_lang(n);
    let special = c.special;
    let kind = category_kind(n, c);
    if special == Some(SpecialCategory::Health) && health_care_controller(n) {
        return format!(
            "health data of patients or clients kept by a health or social care provider: add \
             `special_condition: health-care` (Art 9(2)(h)) and give the law in the purpose, e.g. \
             `law: {}`",
            pick(
                l,
                "laki potilaan asemasta ja oikeuksista (785/1992)",
                "lagen om patientens ställning och rättigheter (785/1992)",
                "Act on the Status and Rights of Patients (785/1992)"
            )
        );
    }
    let aim = matches!(
        special,
        Some(
            SpecialCategory::ReligiousOrPhilosophicalBeliefs
                | SpecialCategory::PoliticalOpinions
                | SpecialCategory::TradeUnionMembership
        )
    );
    if aim && (kind == Kind::Membership || member_register(n)) {
        return "members' data kept by a not-for-profit body with a religious, political, \
            philosophical or trade-union aim (a parish, party or union, for its own members): add \
            `special_condition: not-for-profit-members` (Art 9(2)(d)); the data must not be \
            disclosed outside the body without consent"
            .to_string();
    }
    if matches!(kind, Kind::Employment | Kind::Recruitment) {
        return format!(
            "an employer's special-category data (e.g. sick leave, occupational health): add \
             `special_condition: employment-law` (Art 9(2)(b)) where a law requires it, e.g. `{}`; \
             anything else needs `special_condition: explicit-consent` (Art 9(2)(a))",
            pick(
                l,
                "laki yksityisyyden suojasta työelämässä (759/2004)",
                "lagen om integritetsskydd i arbetslivet (759/2004)",
                "Act on the Protection of Privacy in Working Life (759/2004)"
            )
        );
    }
    "add `special_condition:` with the Art 9(2) condition that permits it: usually \
     `special_condition: explicit-consent` (Art 9(2)(a), e.g. dietary needs or allergies people \
     tell you of), or the one that fits (`health-care` for a care provider, `employment-law` for \
     an employer's obligations, `not-for-profit-members` for the members of a religious, \
     political or trade-union association)"
        .to_string()
}
