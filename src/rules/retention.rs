//! Every data category says how long it is kept.

use super::case_kind::{Kind, category_kind, pick};
use super::{Notice, Sink};
use crate::model::DataCategory;
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
            .set_help(format!(
                "add `retention:` with a period and its starting point, e.g. {}, or `until:` / \
                 `criteria:`",
                retention_example(n, c)
            ));
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
            .set_help(format!(
                "add a period with its starting point, e.g. {}, or `until: consent-withdrawn`, \
                 or `criteria:` describing what sets the period",
                retention_example(n, c)
            ));
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
                .set_help(format!(
                    "add `from:` with the event the period runs from, e.g. `from: {}`",
                    from_example(n, category_kind(n, c))
                ));
            }
        }
    }
}

/// The event a period of this kind of data runs from, in each of the notice's languages
/// (`{fi: …, en: …}` for a notice in several): bookkeeping from the end of the financial year,
/// membership from its end, recruitment from the end of the recruitment….
fn from_example(n: &Notice, kind: Kind) -> String {
    let one = |l: &str| -> &'static str {
        match kind {
            Kind::Bookkeeping => pick(
                l,
                "tilikauden päättymisestä",
                "räkenskapsperiodens slut",
                "the end of the financial year",
            ),
            Kind::Membership => pick(
                l,
                "jäsenyyden päättymisestä",
                "medlemskapets upphörande",
                "the end of the membership",
            ),
            Kind::Recruitment => pick(
                l,
                "rekrytoinnin päättymisestä",
                "rekryteringens avslutande",
                "the end of the recruitment",
            ),
            Kind::Employment => pick(
                l,
                "työsuhteen päättymisestä",
                "anställningens upphörande",
                "the end of the employment",
            ),
            Kind::Marketing | Kind::Other => pick(
                l,
                "asiakkuuden päättymisestä",
                "kundrelationens upphörande",
                "the end of the customer relationship",
            ),
        }
    };
    let langs: Vec<&str> = n
        .languages()
        .iter()
        .map(String::as_str)
        .filter(|l| matches!(*l, "fi" | "sv" | "en"))
        .collect();
    match langs.as_slice() {
        [] => one("en").to_string(),
        [l] => one(l).to_string(),
        many => format!(
            "{{{}}}",
            many.iter()
                .map(|l| format!("{l}: {}", one(l)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A whole `retention:` example that fits the category, in backticks, with a short note
/// where the period comes from a law.
fn retention_example(n: &Notice, c: &DataCategory) -> String {
    let kind = category_kind(n, c);
    let period = match kind {
        Kind::Marketing => {
            return "`retention: {until: consent-withdrawn}` (until the person unsubscribes; \
                    `until: objection` when the basis is legitimate interests)"
                .to_string();
        }
        Kind::Bookkeeping => "P6Y",
        Kind::Membership | Kind::Recruitment => "P1Y",
        Kind::Employment | Kind::Other => "P2Y",
    };
    let note = match kind {
        Kind::Bookkeeping => " (vouchers six years, the books ten: kirjanpitolaki 2:10 §)",
        _ => "",
    };
    format!(
        "`retention: {{period: {period}, from: {}}}`{note}",
        from_example(n, kind)
    )
}
