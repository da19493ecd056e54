//! One defect, one finding: a pass over the findings of every rule, run after the rules
//! and the suppressions (issue 12, point 1).
//!
//! 1. **Overlaps.** When two rules report the same place, the more specific finding is
//!    kept and the other dropped, by the precedence declared in [`PRECEDENCE`]: e.g. a
//!    template placeholder "(s-postiosoite)" in an e-mail field is `placeholder`, not
//!    also a malformed address (`contact-format`). (What a value that did not load would
//!    make other rules say is kept out earlier, by the loader's recovery: see
//!    [`crate::load::recover`].) Only pairs
//!    declared there are resolved: two rules that meet on one key for different reasons
//!    (a missing section and a missing controller both pointing at `meta:`) both stay.
//! 2. **Repeated texts.** One text copied onto many items (the same retention sentence
//!    on every category, the same hedge in every purpose) is reported once, at its first
//!    place, with the other places as related places ([`Diagnostic::related`]): same
//!    file, same rule, same message and the same matched text inside a text value.

use crate::diagnostic::{Diagnostic, FileId, Related};
use crate::load::Workspace;
use crate::load::tree::{Node, Span, Value};
use std::collections::HashMap;

/// How close two findings must be for [`Precedence`] to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Their spans overlap (or both point at the same place).
    Span,
}

/// "A finding of `winner` makes findings of `losers` within `scope` of it redundant."
#[derive(Debug)]
pub struct Precedence {
    pub winner: &'static str,
    pub losers: &'static [&'static str],
    pub scope: Scope,
    /// Why the winner is the more specific finding (for people reading this table).
    pub why: &'static str,
}

/// The declared precedence between rules that can report one defect twice.
pub const PRECEDENCE: &[Precedence] = &[
    Precedence {
        winner: "placeholder",
        losers: &[
            "contact-format",
            "business-id",
            "dates",
            "vague-wording",
            "vague-retention",
            "authority-address",
        ],
        scope: Scope::Span,
        why: "a template leftover (\"(s-postiosoite)\", \"1234567-8\") is not a typo: it was never filled in",
    },
    Precedence {
        winner: "vague-retention",
        losers: &["vague-wording"],
        scope: Scope::Span,
        why: "\"as long as necessary\" in a retention text is a vague period, the more specific finding",
    },
    Precedence {
        winner: "controller-address",
        losers: &["authority-country"],
        scope: Scope::Span,
        why: "a controller with no address cannot show its country in one: the missing address is the defect",
    },
    Precedence {
        winner: "control-characters",
        losers: &["contact-format", "business-id"],
        scope: Scope::Span,
        why: "an invisible character is what makes the address or the ID malformed",
    },
    Precedence {
        winner: "none-contradicted",
        losers: &["recipient-abroad"],
        scope: Scope::Span,
        why: "with `transfers: none` a recipient abroad makes the statement false: replacing `none` with the transfer is the fix",
    },
];

/// True when a finding of `winner` within `scope` makes a finding of `loser` redundant.
pub fn beats(winner: &str, loser: &str, scope: Scope) -> bool {
    PRECEDENCE
        .iter()
        .any(|p| p.scope == scope && p.winner == winner && p.losers.contains(&loser))
}

fn overlaps(a: Span, b: Span) -> bool {
    let (a0, a1) = (a.offset, a.offset + a.len);
    let (b0, b1) = (b.offset, b.offset + b.len);
    a0 == b0 || (a0 < b1 && b0 < a1)
}

/// The YAML tree of each file that has one.
fn trees(workspace: &Workspace) -> HashMap<FileId, &Node> {
    workspace
        .docs
        .iter()
        .filter_map(|d| Some((d.file, d.tree.as_ref()?)))
        .collect()
}

/// Step 1: drops the findings another finding makes redundant ([`PRECEDENCE`]). Run
/// after suppressions, on the sorted findings; keeps their order. A suppressed finding
/// drops nothing: when the register says the placeholder is not one, the malformed
/// address is still reported.
pub fn drop_overlaps(diagnostics: &mut Vec<Diagnostic>) {
    let winners: Vec<usize> = (0..diagnostics.len())
        .filter(|&i| {
            let r = diagnostics[i].rule;
            // A finding the register silences does not stand for the other one.
            diagnostics[i].span.is_some()
                && diagnostics[i].suppressed.is_none()
                && PRECEDENCE.iter().any(|p| p.winner == r)
        })
        .collect();
    if winners.is_empty() {
        return;
    }
    let mut drop = vec![false; diagnostics.len()];
    for &w in &winners {
        let win = &diagnostics[w];
        let wspan = win.span.expect("filtered");
        // The findings are sorted by file: only the winner's file is searched.
        let from = diagnostics.partition_point(|d| d.file < win.file);
        let to = diagnostics.partition_point(|d| d.file <= win.file);
        for (i, d) in diagnostics.iter().enumerate().take(to).skip(from) {
            if i == w || d.rule == win.rule || drop[i] {
                continue;
            }
            let Some(span) = d.span else { continue };
            if beats(win.rule, d.rule, Scope::Span) && overlaps(wspan, span) {
                drop[i] = true;
            }
        }
    }
    let mut k = 0;
    diagnostics.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// The text value (not a key) `span` lies in: its span.
fn text_value(tree: &Node, span: Span) -> Option<Span> {
    let end = span.offset + span.len;
    let contains = |c: &&Node| {
        let (lo, hi) = c.extent();
        lo <= span.offset && end <= hi
    };
    let mut node = tree;
    loop {
        node = match &node.value {
            Value::Str(_) => {
                let s = node.span;
                return (s.offset <= span.offset && end <= s.offset + s.len).then_some(s);
            }
            Value::Seq(items) => items.iter().find(contains)?,
            Value::Map(entries) => entries.iter().map(|(_, v)| v).find(contains)?,
            _ => return None,
        };
    }
}

/// The sentence of `value` (a span of `text`) that `span` stands in, its white space
/// squeezed (a folded YAML text breaks lines where it likes): from the end of the
/// previous sentence to the end of this one.
fn sentence(text: &str, value: Span, span: Span) -> Option<String> {
    let v = text.get(value.offset..value.offset + value.len)?;
    let (start, end) = (
        span.offset - value.offset,
        span.offset + span.len - value.offset,
    );
    let ends = |c: char| matches!(c, '.' | '!' | '?' | ';');
    let from = v.get(..start)?.rfind(ends).map(|i| i + 1).unwrap_or(0);
    let to = v.get(end..)?.find(ends).map(|i| end + i).unwrap_or(v.len());
    Some(v[from..to].split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Step 2: one finding per repeated text, the other places as related places. Run after
/// suppressions (a suppression silences the places in its own item only), on the sorted
/// findings; keeps their order.
pub fn merge_repeats(diagnostics: &mut Vec<Diagnostic>, workspace: &Workspace) {
    // (file, rule, message, matched text) → the findings, first one first.
    let mut groups: HashMap<(FileId, &'static str, &crate::diagnostic::Msg, String), Vec<usize>> =
        HashMap::new();
    for (i, d) in diagnostics.iter().enumerate() {
        let Some(span) = d.span.filter(|s| s.len > 0) else {
            continue;
        };
        let text = &workspace.files.get(d.file).text;
        let Some(matched) = text.get(span.offset..span.offset + span.len) else {
            continue;
        };
        // The same words, wherever the source lines of a folded text break.
        let matched = matched.split_whitespace().collect::<Vec<_>>().join(" ");
        groups
            .entry((d.file, d.rule, &d.message, matched))
            .or_default()
            .push(i);
    }
    // Within a group, one text is the same sentence of a text value: the same hedge in
    // two different sentences is two defects, and the same message on two keys is two
    // items each lacking something.
    let mut into: Vec<Option<usize>> = vec![None; diagnostics.len()];
    if groups.values().all(|g| g.len() < 2) {
        return;
    }
    let trees = trees(workspace);
    for found in groups.values().filter(|g| g.len() > 1) {
        let d = &diagnostics[found[0]];
        let Some(&tree) = trees.get(&d.file) else {
            continue;
        };
        let text = &workspace.files.get(d.file).text;
        let mut seen: Vec<(String, usize)> = Vec::new();
        for &i in found {
            let span = diagnostics[i].span.expect("grouped by span");
            let Some(s) = text_value(tree, span).and_then(|v| sentence(text, v, span)) else {
                continue;
            };
            match seen.iter().find(|(t, _)| *t == s) {
                Some(&(_, j)) => into[i] = Some(j),
                None => seen.push((s, i)),
            }
        }
    }
    if into.iter().all(Option::is_none) {
        return;
    }
    let mut moved: Vec<(usize, Related)> = Vec::new();
    let mut gone = vec![false; diagnostics.len()];
    for i in 0..diagnostics.len() {
        let Some(j) = into[i] else { continue };
        let (d, keep) = (&diagnostics[i], &diagnostics[j]);
        if d.suppressed != keep.suppressed {
            continue;
        }
        gone[i] = true;
        moved.push((
            j,
            Related {
                file: d.file,
                span: d.span,
                label: match d.label.clone() {
                    Some(l) => crate::msg!("report-same-text-labelled", label = l),
                    None => crate::msg!("report-same-text"),
                },
                repeats: true,
            },
        ));
        moved.extend(d.related.iter().cloned().map(|r| (j, r)));
    }
    for (j, r) in moved {
        diagnostics[j].related.push(r);
    }
    let mut k = 0;
    diagnostics.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::all_infos;

    #[test]
    fn the_table_names_only_rules_that_exist() {
        let known: Vec<&str> = all_infos().iter().map(|i| i.id).collect();
        for p in PRECEDENCE {
            assert!(known.contains(&p.winner), "{}", p.winner);
            for l in p.losers {
                assert!(known.contains(l), "{l}");
                assert!(
                    !beats(l, p.winner, p.scope),
                    "{l} and {} beat each other",
                    p.winner
                );
            }
        }
    }
}
