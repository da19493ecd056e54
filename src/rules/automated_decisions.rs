//! Automated decisions and profiling (Art 22).

use super::{Notice, Sink};
use crate::diagnostic::Msg;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// The notice does not say whether automated decisions are made, or how they work; documented in messages/rules/automated-decisions.<lang>.md.
    pub struct AutomatedDecisionsRule { id: "automated-decisions", severity: Error, article: "GDPR Art 13(2)(f), 14(2)(g)", reads: ["automated_decisions"] }
}

impl_rule!(AutomatedDecisionsRule, check);

fn check(n: &Notice, sink: &mut Sink) {
    let Some(a) = &n.register.automated_decisions else {
        sink.report(
            &AutomatedDecisionsRule::INFO,
            &n.at(&["meta"]),
            msg!("automated-decisions-message-missing"),
        )
        .set_label(msg!("automated-decisions-label-missing"))
        .set_help(msg!("automated-decisions-help-missing"));
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
    // Each missing item in words, and its key; the catalog joins up to three.
    let words: Vec<Msg> = missing
        .iter()
        .map(|k| match *k {
            "logic" => msg!("automated-decisions-logic"),
            "significance" => msg!("automated-decisions-significance"),
            _ => msg!("automated-decisions-consequences"),
        })
        .collect();
    let word = |i: usize| {
        words
            .get(i)
            .cloned()
            .unwrap_or_else(|| Msg::Raw(String::new()))
    };
    let key = |i: usize| missing.get(i).copied().unwrap_or("");
    sink.report(
        &AutomatedDecisionsRule::INFO,
        &at.child("exists"),
        msg!(
            "automated-decisions-message-unexplained",
            n = missing.len(),
            a = word(0),
            b = word(1),
            c = word(2)
        ),
    )
    .set_label(msg!("automated-decisions-label-unexplained"))
    .set_help(msg!(
        "automated-decisions-help-unexplained",
        n = missing.len(),
        a = key(0),
        b = key(1),
        c = key(2)
    ));
}
