//! Automated decisions and profiling (Art 22).

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The notice does not say whether automated decisions are made, or how they work.
    ///
    /// ## What it checks
    /// `automated_decisions` must be given, with `exists: true` or `exists: false`. When
    /// `exists: true`, `logic`, `significance` and `consequences` must each be given and
    /// not blank.
    ///
    /// ## Why
    /// The notice must state the existence of automated decision-making, including
    /// profiling, referred to in Art 22(1) and (4), and in those cases meaningful
    /// information about the logic involved, as well as its significance and envisaged
    /// consequences for the person (Art 13(2)(f), 14(2)(g)). Saying "no" explicitly
    /// tells the reader it was considered.
    ///
    /// ## How to fix
    /// Add `automated_decisions: {exists: false}`, or with `exists: true` add `logic:`,
    /// `significance:` and `consequences:`.
    pub struct AutomatedDecisionsRule { id: "automated-decisions", severity: Error, article: "GDPR Art 13(2)(f), 14(2)(g)" }
}

impl_rule!(AutomatedDecisionsRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(a) = &n.register.automated_decisions else {
        sink.report(
            &AutomatedDecisionsRule::INFO,
            &n.at(&["meta"]),
            "the notice does not say whether automated decisions or profiling take place",
        )
        .set_label("no `automated_decisions`")
        .set_help(
            "add `automated_decisions: {exists: false}`, or `exists: true` with `logic:`, \
             `significance:` and `consequences:`",
        );
        return;
    };
    if !a.exists {
        return;
    }
    let at = n.at(&["automated_decisions"]);
    let missing: Vec<&str> = [
        ("logic", &a.logic),
        ("significance", &a.significance),
        ("consequences", &a.consequences),
    ]
    .iter()
    .filter(|(_, t)| t.as_ref().is_none_or(|t| t.is_blank()))
    .map(|(k, _)| *k)
    .collect();
    if missing.is_empty() {
        return;
    }
    let list = and_list(
        &missing
            .iter()
            .map(|k| format!("`{k}:`"))
            .collect::<Vec<_>>(),
    );
    sink.report(
        &AutomatedDecisionsRule::INFO,
        &at.child("exists"),
        format!("automated decisions are made but the notice does not explain their {}", and_list(&missing)),
    )
    .set_label("automated decisions exist")
    .set_help(format!(
        "add {list} to `automated_decisions`: how the decision is reached, what it means for the person, and what follows from it"
    ));
}

/// "a", "a and b", "a, b and c".
fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}
