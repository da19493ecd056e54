//! Special-category data needs an Art 9(2) condition.

use super::case_kind::{
    Kind, category_kind, example_lang, health_care_controller, member_register,
};
use super::{Notice, Sink};
use crate::diagnostic::Msg;
use crate::model::{DataCategory, SpecialCategory};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// Special-category data without an Art 9(2) condition, or a condition without data; documented in messages/rules/special-category.<lang>.md.
    pub struct SpecialCategoryRule { id: "special-category", severity: Error, article: "GDPR Art 9(1)-(2)", reads: ["categories.special", "categories.special_condition"] }
}

impl_rule!(SpecialCategoryRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, c, at) in n.categories() {
        match (c.special, c.special_condition) {
            (Some(_), None) => {
                sink.report(
                    &SpecialCategoryRule::INFO,
                    &at.child("special"),
                    msg!("special-category-message-no-condition", category = &c.id),
                )
                .set_label(msg!("special-category-label-special"))
                .set_help(condition_help(n, c));
            }
            (None, Some(_)) => {
                sink.report(
                    &SpecialCategoryRule::INFO,
                    &at.child("special_condition"),
                    msg!("special-category-message-stray", category = &c.id),
                )
                .set_label(msg!("special-category-label-stray"))
                .set_help(msg!("special-category-help-stray"));
            }
            _ => {}
        }
    }
}

/// The help for special-category data with no Art 9(2) condition, fitted to the category and
/// the controller: health data at a health care provider → 9(2)(h); beliefs, politics or union
/// membership in the member register of such an association → 9(2)(d); an employer's
/// obligations → 9(2)(b); else explicit consent, 9(2)(a). A law's name quoted as an example
/// is in the notice's language.
fn condition_help(n: &Notice, c: &DataCategory) -> Msg {
    let l = example_lang(n);
    let special = c.special;
    let kind = category_kind(n, c);
    if special == Some(SpecialCategory::Health) && health_care_controller(n) {
        return msg!("special-category-help-health-care", lang = l);
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
        return msg!("special-category-help-members");
    }
    if matches!(kind, Kind::Employment | Kind::Recruitment) {
        return msg!("special-category-help-employment", lang = l);
    }
    msg!("special-category-help")
}
