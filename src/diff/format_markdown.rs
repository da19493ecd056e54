//! `seloste diff --format markdown`: a pull request comment, one table per changed
//! register, material changes first, and the changelog entry to paste when one is missing.

use super::format_human::{class, heading, place, summary, values, what};
use super::{RegisterDiff, Status};
use crate::messages::Messages;

/// Text for a table cell: no line breaks, no pipes, no HTML or Markdown that could change
/// the comment (values come from the registers).
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '`' | '*' | '_' | '[' | ']' | '\\' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub fn render(diffs: &[RegisterDiff], m: &Messages) -> String {
    let lang = m.lang();
    let mut out = format!("## {}\n\n", m.t("diff-md-title"));
    for d in diffs {
        out.push_str(&format!("### {}\n\n", cell(&heading(d, m))));
        if d.status != Status::Changed {
            continue;
        }
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---|---|\n",
            m.t("diff-md-class"),
            m.t("diff-md-change"),
            m.t("diff-md-reason"),
            m.t("diff-md-where")
        ));
        for c in &d.changes {
            let mut change = cell(&what(c, m));
            if let Some(v) = values(c, lang, m) {
                change.push_str("<br>");
                change.push_str(&cell(&v));
            }
            let cls = match c.class {
                super::Class::Material => format!("**{}**", cell(&class(c.class, m))),
                super::Class::Minor => cell(&class(c.class, m)),
            };
            out.push_str(&format!(
                "| {cls} | {change} | {} | {} |\n",
                cell(&m.format(&format!("diff-reason-{}", c.reason), &[])),
                cell(&place(c).unwrap_or_default()),
            ));
        }
        out.push('\n');
        if d.material {
            if d.changelog_entry {
                out.push_str(&format!("{}\n\n", cell(&m.t("diff-entry-present"))));
            } else {
                out.push_str(&format!("{}\n\n", cell(&m.t("diff-entry-missing"))));
                // The fence is longer than any run of backticks in the entry.
                let entry = super::entry::ready(d);
                let fence = "`".repeat(3.max(longest_run(&entry, '`') + 1));
                out.push_str(&format!("{fence}yaml\nchanges:\n{entry}{fence}\n\n"));
            }
        }
    }
    out.push_str(&cell(&summary(diffs, m)));
    out.push('\n');
    out
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in s.chars() {
        if c == ch {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}
