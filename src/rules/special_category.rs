//! Special-category data needs an Art 9(2) condition.

use super::{Notice, Sink};
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
                .set_help(
                    "add `special_condition:` with the Art 9(2) condition that permits it, e.g. \
                     `special_condition: explicit-consent`",
                );
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
