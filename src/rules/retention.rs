//! Every data category says how long it is kept.

use super::case_kind::{Kind, category_kind};
use super::{Notice, Sink};
use crate::diagnostic::Msg;
use crate::model::DataCategory;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A data category does not say how long it is kept; documented in messages/rules/retention.<lang>.md.
    pub struct RetentionRule { id: "retention", severity: Error, article: "GDPR Art 13(2)(a), 14(2)(a)" }
}

impl_rule!(RetentionRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, c, at) in n.categories() {
        let Some(r) = &c.retention else {
            sink.report(
                &RetentionRule::INFO,
                &at.child("id"),
                msg!("retention-message-missing", category = &c.id),
            )
            .set_label(msg!("retention-label-missing"))
            .set_help(msg!(
                "retention-help-missing",
                example = retention_example(n, c)
            ));
            continue;
        };
        let rat = at.child("retention");
        let criteria = r.criteria.as_ref().is_some_and(|t| !t.is_blank());
        if r.period.is_none() && r.until.is_none() && !criteria {
            let (place, label) = if r.criteria.is_some() {
                (
                    rat.child("criteria"),
                    msg!("retention-label-blank-criteria"),
                )
            } else {
                (rat, msg!("retention-label-empty"))
            };
            sink.report(
                &RetentionRule::INFO,
                &place,
                msg!("retention-message-empty", category = &c.id),
            )
            .set_label(label)
            .set_help(msg!(
                "retention-help-empty",
                example = retention_example(n, c)
            ));
            continue;
        }
        if let Some(p) = r.period {
            if p.is_zero() {
                sink.report(
                    &RetentionRule::INFO,
                    &rat.child("period"),
                    msg!("retention-message-zero", category = &c.id),
                )
                .set_label(msg!("retention-label-zero"))
                .set_help(msg!("retention-help-zero"));
            }
            if r.from.as_ref().is_none_or(|t| t.is_blank()) {
                sink.report(
                    &RetentionRule::INFO,
                    &rat.child("period"),
                    msg!("retention-message-no-from", category = &c.id),
                )
                .set_label(msg!("retention-label-no-from"))
                .set_help(msg!(
                    "retention-help-no-from",
                    from = from_example(n, category_kind(n, c))
                ));
            }
        }
    }
}

/// The event a period of this kind of data runs from, in each of the notice's languages
/// (`{fi: …, en: …}` for a notice in several): bookkeeping from the end of the financial year,
/// membership from its end, recruitment from the end of the recruitment….
fn from_example(n: &Notice, kind: Kind) -> Msg {
    let one = |l: &str| msg!("retention-from-event", kind = kind.key(), lang = l);
    let langs: Vec<&str> = n
        .languages()
        .iter()
        .map(String::as_str)
        .filter(|l| matches!(*l, "fi" | "sv" | "en"))
        .collect();
    let pair = |l: &str| msg!("retention-from-pair", lang = l, event = one(l));
    match langs.as_slice() {
        [] => one("en"),
        [l] => one(l),
        [a, b] => msg!("retention-from-two", first = pair(a), second = pair(b)),
        [a, b, c, ..] => msg!(
            "retention-from-three",
            first = pair(a),
            second = pair(b),
            third = pair(c)
        ),
    }
}

/// A whole `retention:` example that fits the category, in backticks, with a short note
/// where the period comes from a law.
fn retention_example(n: &Notice, c: &DataCategory) -> Msg {
    let kind = category_kind(n, c);
    let period = match kind {
        Kind::Marketing => return msg!("retention-example-marketing"),
        Kind::Bookkeeping => {
            return msg!(
                "retention-example-bookkeeping",
                from = from_example(n, kind)
            );
        }
        Kind::Membership | Kind::Recruitment => "P1Y",
        Kind::Employment | Kind::Other => "P2Y",
    };
    msg!(
        "retention-example-period",
        period = period,
        from = from_example(n, kind)
    )
}
