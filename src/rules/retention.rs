//! Every data category says how long it is kept.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A data category does not say how long it is kept.
    ///
    /// ## What it checks
    /// Every category must have `retention` with a `period`, an `until` event or
    /// non-blank `criteria`. A `period` must not be zero, and must say in `from` from
    /// which event it runs (e.g. the end of the customer relationship).
    ///
    /// ## Why
    /// The notice must state the period for which the data will be stored, or if that is
    /// not possible, the criteria used to determine it (Art 13(2)(a), 14(2)(a)). A period
    /// without a starting point ("2 years") does not let the reader work out when their
    /// data is deleted.
    ///
    /// ## How to fix
    /// Add e.g. `retention: {period: P2Y, from: asiakkuuden päättymisestä}`, or
    /// `retention: {until: consent-withdrawn}`, or `retention: {criteria: …}` describing
    /// concretely what sets the period.
    pub struct RetentionRule { id: "retention", severity: Error, article: "GDPR Art 13(2)(a), 14(2)(a)" }
}

impl_rule!(RetentionRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, c, at) in n.categories() {
        let Some(r) = &c.retention else {
            sink.report(
                &RetentionRule::INFO,
                &at.child("id"),
                format!("category `{}` does not say how long it is kept", c.id),
            )
            .set_label("no `retention`")
            .set_help(
                "add `retention:` with a period and its starting point, e.g. \
                 `retention: {period: P2Y, from: asiakkuuden päättymisestä}`, or `until:` / `criteria:`",
            );
            continue;
        };
        let rat = at.child("retention");
        let criteria = r.criteria.as_ref().is_some_and(|t| !t.is_blank());
        if r.period.is_none() && r.until.is_none() && !criteria {
            let (place, label) = if r.criteria.is_some() {
                (rat.child("criteria"), "blank criteria")
            } else {
                (rat, "no period, `until` or criteria")
            };
            sink.report(
                &RetentionRule::INFO,
                &place,
                format!(
                    "the retention of category `{}` gives no period, event or criteria",
                    c.id
                ),
            )
            .set_label(label)
            .set_help(
                "add `period:` (e.g. `P2Y`) with `from:`, or `until: consent-withdrawn`, or \
                 `criteria:` describing what sets the period",
            );
            continue;
        }
        if let Some(p) = r.period {
            if p.is_zero() {
                sink.report(
                    &RetentionRule::INFO,
                    &rat.child("period"),
                    format!("the retention period of category `{}` is zero", c.id),
                )
                .set_label("zero period")
                .set_help("give the actual period, e.g. `period: P6M`; if the data is not kept at all, say so in `criteria:`");
            }
            if r.from.as_ref().is_none_or(|t| t.is_blank()) {
                sink.report(
                    &RetentionRule::INFO,
                    &rat.child("period"),
                    format!(
                        "the retention period of category `{}` does not say from what event it runs",
                        c.id
                    ),
                )
                .set_label("period without a starting point")
                .set_help("add `from:` with the event the period runs from, e.g. `from: asiakkuuden päättymisestä`");
            }
        }
    }
}
