//! Every data category says how long it is kept.

use super::case_kind::{Kind, category_kind};
use super::{At, Notice, Sink};
use crate::diagnostic::Msg;
use crate::model::{DataCategory, Retention, RetentionEnd};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A data category does not say how long it is kept; documented in messages/rules/retention.<lang>.md.
    pub struct RetentionRule { id: "retention", severity: Error, article: "GDPR Art 13(2)(a), 14(2)(a)", reads: ["retention", "categories.retention", "retention_groups"] }
}

impl_rule!(RetentionRule, check);

/// Whose retention a finding is about: a category's own, a group's or the register's.
#[derive(Clone, Copy)]
enum Owner<'a> {
    Category(&'a DataCategory),
    Group(&'a str),
    Register,
}

impl Owner<'_> {
    fn msg(self) -> Msg {
        match self {
            Owner::Category(c) => msg!("retention-owner", kind = "category", id = &c.id),
            Owner::Group(id) => msg!("retention-owner", kind = "group", id = id),
            Owner::Register => msg!("retention-owner", kind = "register", id = ""),
        }
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let reg = n.register;
    // Each retention is checked once, where it is written: a group's or the register's
    // policy is one finding however many categories it covers.
    for (_, c, at) in n.categories() {
        if let Some(r) = &c.retention {
            check_written(
                n,
                r,
                &at.child("retention"),
                Owner::Category(c),
                Some(c),
                sink,
            );
        }
    }
    for (i, g) in reg.retention_groups.iter().enumerate() {
        let at = n.at(&["retention_groups"]).child(i).child("retention");
        check_written(n, &g.retention, &at, Owner::Group(&g.id), None, sink);
    }
    if let Some(r) = &reg.retention {
        check_written(n, r, &n.at(&["retention"]), Owner::Register, None, sink);
    }
    for (_, c, at) in n.categories() {
        if reg.retention_of(c).is_none() {
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
        }
        // A category named by two groups: which policy applies is not for the reader to guess.
        let mut groups = reg
            .retention_groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| {
                g.categories
                    .iter()
                    .position(|id| id == &c.id)
                    .map(|j| (i, g, j))
            });
        if let (Some((_, first, _)), Some((i, second, j))) = (groups.next(), groups.next()) {
            sink.report(
                &RetentionRule::INFO,
                &n.at(&["retention_groups"])
                    .child(i)
                    .child("categories")
                    .child(j),
                msg!(
                    "retention-message-two-groups",
                    category = &c.id,
                    first = &first.id,
                    second = &second.id
                ),
            )
            .set_label(msg!("retention-label-two-groups"))
            .set_help(msg!("retention-help-two-groups"));
        }
    }
}

/// The checks of one written `retention:`. `category` is set for a category's own
/// retention, so the help's example fits its kind of data.
fn check_written(
    n: &Notice,
    r: &Retention,
    rat: &At<'_>,
    owner: Owner<'_>,
    category: Option<&DataCategory>,
    sink: &mut Sink,
) {
    let example = || match category {
        Some(c) => retention_example(n, c),
        None => msg!(
            "retention-example-event",
            period = "P2Y",
            event = event_for(Kind::Other)
        ),
    };
    let criteria = r.criteria.as_ref().is_some_and(|t| !t.is_blank());
    if r.period.is_none() && r.until.is_none() && !criteria {
        let (place, label) = if r.criteria.is_some() {
            (
                rat.child("criteria"),
                msg!("retention-label-blank-criteria"),
            )
        } else {
            (rat.clone(), msg!("retention-label-empty"))
        };
        sink.report(
            &RetentionRule::INFO,
            &place,
            msg!("retention-message-empty", owner = owner.msg()),
        )
        .set_label(label)
        .set_help(msg!("retention-help-empty", example = example()));
        return;
    }
    if r.event.is_some() && r.from.is_some() {
        sink.report(
            &RetentionRule::INFO,
            &rat.child("from").key(),
            msg!("retention-message-event-and-from", owner = owner.msg()),
        )
        .set_label(msg!("retention-label-event-and-from"))
        .set_help(msg!("retention-help-event-and-from"));
    }
    // The notice prints one end: a period and an `until` together leave the reader to guess.
    if r.period.is_some() && r.until.is_some() {
        sink.report(
            &RetentionRule::INFO,
            &rat.child("until").key(),
            msg!("retention-message-period-and-until", owner = owner.msg()),
        )
        .set_label(msg!("retention-label-period-and-until"))
        .set_help(msg!("retention-help-period-and-until"));
    }
    if let Some(p) = r.period {
        if p.is_zero() {
            sink.report(
                &RetentionRule::INFO,
                &rat.child("period"),
                msg!("retention-message-zero", owner = owner.msg()),
            )
            .set_label(msg!("retention-label-zero"))
            .set_help(msg!("retention-help-zero"));
        }
        if r.event.is_none() && r.from.as_ref().is_none_or(|t| t.is_blank()) {
            let kind = category.map(|c| category_kind(n, c)).unwrap_or(Kind::Other);
            sink.report(
                &RetentionRule::INFO,
                &rat.child("period"),
                msg!("retention-message-no-from", owner = owner.msg()),
            )
            .set_label(msg!("retention-label-no-from"))
            .set_help(msg!(
                "retention-help-no-from",
                event = event_for(kind),
                from = from_example(n, kind)
            ));
        }
    }
    // A fixed end date that has passed: the data should be gone, or the notice is out of date.
    if let Some(RetentionEnd::Date(d)) = r.until
        && d < n.today
    {
        sink.report(
            &RetentionRule::INFO,
            &rat.child("until"),
            msg!(
                "retention-message-past-until",
                owner = owner.msg(),
                date = d.to_string()
            ),
        )
        .set_label(msg!("retention-label-past-until"))
        .set_help(msg!("retention-help-past-until"));
    }
}

/// The built-in event (`event:`) a period of this kind of data usually runs from.
fn event_for(kind: Kind) -> &'static str {
    match kind {
        Kind::Bookkeeping => "end-of-financial-year",
        Kind::Membership => "end-of-membership",
        Kind::Recruitment => "end-of-recruitment",
        Kind::Employment => "end-of-employment",
        Kind::Marketing | Kind::Other => "end-of-customer-relationship",
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
