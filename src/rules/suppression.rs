//! Suppressions: `suppress: [{rule, reason}]` in a register, an organisation file or any
//! list item silences one rule there, with a stated reason. Silenced findings are still
//! reported (marked suppressed, with the reason, in JSON and SARIF), never dropped.

use crate::declare_rule;
use crate::diagnostic::{Diagnostic, FileId};
use crate::load::tree::{Node, Seg, Span, Value};
use crate::msg;

declare_rule! {
    /// A suppression names a rule that does not exist; documented in messages/rules/suppression.<lang>.md.
    pub struct UnknownSuppression { id: "suppression", severity: Error, article: "seloste", reads: ["suppress", "purposes.suppress", "categories.suppress", "data_subjects.suppress", "sources.suppress", "recipients.suppress", "transfers.suppress", "joint_controllers.suppress", "retention_groups.suppress"] }
}

declare_rule! {
    /// A suppression silences nothing; documented in messages/rules/unused-suppression.<lang>.md.
    pub struct UnusedSuppression { id: "unused-suppression", severity: Warning, article: "seloste", reads: ["suppress", "purposes.suppress", "categories.suppress", "data_subjects.suppress", "sources.suppress", "recipients.suppress", "transfers.suppress", "joint_controllers.suppress", "retention_groups.suppress"] }
}

/// One `suppress:` entry as written, with the byte range it covers.
struct Entry {
    rule: String,
    reason: String,
    /// The entry's own place, for diagnostics about it.
    at: Span,
    /// The bytes of the item it silences: [start, end).
    scope: (usize, usize),
    used: bool,
}

fn collect(node: &Node, top: bool, out: &mut Vec<Entry>) {
    match &node.value {
        Value::Map(entries) => {
            for (k, v) in entries {
                if matches!(&k.value, Value::Str(s) if s == "suppress") {
                    if let Value::Seq(items) = &v.value {
                        let scope = if top { (0, usize::MAX) } else { node.extent() };
                        for item in items {
                            let rule = item.get(&Seg::Key("rule".into())).and_then(Node::as_str);
                            let reason =
                                item.get(&Seg::Key("reason".into())).and_then(Node::as_str);
                            if let (Some(rule), Some(reason)) = (rule, reason) {
                                let at = item
                                    .get(&Seg::Key("rule".into()))
                                    .map(|n| n.span)
                                    .unwrap_or(item.span);
                                out.push(Entry {
                                    rule: rule.to_string(),
                                    reason: reason.to_string(),
                                    at,
                                    scope,
                                    used: false,
                                });
                            }
                        }
                    }
                } else {
                    collect(v, false, out);
                }
            }
        }
        Value::Seq(items) => items.iter().for_each(|i| collect(i, false, out)),
        _ => {}
    }
}

/// Marks the diagnostics of `file` that its suppressions silence, and reports suppressions
/// that name unknown rules or silence nothing.
pub fn apply(
    file: FileId,
    tree: &Node,
    diagnostics: &mut [Diagnostic],
    known: &[&str],
) -> Vec<Diagnostic> {
    let mut entries = Vec::new();
    collect(tree, true, &mut entries);
    let mut extra = Vec::new();
    for e in entries.iter_mut() {
        if !known.contains(&e.rule.as_str()) {
            let best = known
                .iter()
                .map(|k| (strsim::damerau_levenshtein(&e.rule, k), *k))
                .min_by_key(|(d, _)| *d)
                .filter(|(d, _)| *d <= 3);
            let mut d = Diagnostic::new(
                &UnknownSuppression::INFO,
                file,
                Some(e.at),
                msg!("suppression-message", rule = e.rule.as_str()),
            )
            .with_label(msg!("suppression-label"));
            d.set_help(match best {
                Some((_, k)) => msg!("suppression-help-closest", rule = k),
                None => msg!("suppression-help"),
            });
            extra.push(d);
            e.used = true;
            continue;
        }
        for d in diagnostics
            .iter_mut()
            .filter(|d| d.file == file && d.rule == e.rule)
        {
            let inside = d
                .span
                .is_some_and(|s| s.offset >= e.scope.0 && s.offset < e.scope.1)
                || (d.span.is_none() && e.scope.0 == 0);
            if inside {
                d.suppressed = Some(e.reason.clone());
                e.used = true;
            }
        }
    }
    for e in entries.iter().filter(|e| !e.used) {
        extra.push(
            Diagnostic::new(
                &UnusedSuppression::INFO,
                file,
                Some(e.at),
                msg!("unused-suppression-message", rule = e.rule.as_str()),
            )
            .with_label(msg!("unused-suppression-label"))
            .with_help(msg!("unused-suppression-help")),
        );
    }
    extra
}
