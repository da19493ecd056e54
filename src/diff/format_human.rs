//! `seloste diff` for people: grouped per register, material changes first, each with its
//! reason and place, then whether the changelog has an entry (and one ready to paste).

use super::{Change, Class, Kind, RegisterDiff, Status};
use crate::diagnostic::Arg;
use crate::messages::Messages;
use crate::report::visible;

/// Longest old or new value shown, in characters.
const MAX_VALUE: usize = 70;

/// The register's heading line.
pub fn heading(d: &RegisterDiff, m: &Messages) -> String {
    let id = Arg::Str(d.id.clone());
    let file = Arg::Str(d.file.clone());
    let old = Arg::Str(d.old_version.clone().unwrap_or_default());
    let new = Arg::Str(d.new_version.clone().unwrap_or_default());
    let (key, args) = match d.status {
        Status::Added => ("diff-register-added", vec![("id", id), ("file", file), ("new", new)]),
        Status::Removed => ("diff-register-removed", vec![("id", id), ("file", file), ("old", old)]),
        Status::Unchanged => ("diff-register-unchanged", vec![("id", id), ("file", file), ("new", new)]),
        Status::Changed => (
            "diff-register-changed",
            vec![("id", id), ("file", file), ("old", old), ("new", new)],
        ),
    };
    m.format(key, &args)
}

/// What changed, in one line: `purpose added: Marketing (marketing)`.
pub fn what(c: &Change, m: &Messages) -> String {
    let section = m.format(&format!("diff-section-{}", c.section), &[]);
    let item = match (&c.name, c.item.is_empty()) {
        (Some(n), false) if n != &c.item => format!("{n} ({})", c.item),
        (Some(n), _) => n.clone(),
        (None, false) => c.item.clone(),
        (None, true) => String::new(),
    };
    let key = match c.change {
        Kind::Added => "diff-change-added",
        Kind::Removed => "diff-change-removed",
        Kind::Changed => match (item.is_empty(), c.field.is_none()) {
            (false, false) => "diff-change-changed",
            (true, false) => "diff-change-changed-field",
            (false, true) => "diff-change-changed-item",
            (true, true) => "diff-change-changed-whole",
        },
    };
    m.format(
        key,
        &[
            ("section", Arg::Str(section)),
            ("item", Arg::Str(item)),
            ("field", Arg::Str(c.field.clone().unwrap_or_default())),
        ],
    )
}

/// The old and new value, `old → new`, when the change has both.
pub fn values(c: &Change, lang: &str, m: &Messages) -> Option<String> {
    let (Some(o), Some(n)) = (&c.old, &c.new) else {
        return None;
    };
    Some(m.format(
        "diff-values",
        &[
            ("old", Arg::Str(super::shown(o, lang, MAX_VALUE))),
            ("new", Arg::Str(super::shown(n, lang, MAX_VALUE))),
        ],
    ))
}

/// `material` or `minor` in the officer's language.
pub fn class(c: Class, m: &Messages) -> String {
    match c {
        Class::Material => m.t("diff-class-material"),
        Class::Minor => m.t("diff-class-minor"),
    }
}

/// The place `file:line`.
pub fn place(c: &Change) -> Option<String> {
    c.at.as_ref().map(|p| match p.line {
        Some(l) => format!("{}:{l}", p.file),
        None => p.file.clone(),
    })
}

pub fn render(diffs: &[RegisterDiff], m: &Messages) -> String {
    let mut out = String::new();
    let lang = m.lang();
    for d in diffs {
        out.push_str(&visible(&heading(d, m)));
        out.push('\n');
        for c in &d.changes {
            let cls = class(c.class, m);
            out.push_str(&format!("  {cls:<10} {}\n", visible(&what(c, m))));
            if let Some(v) = values(c, lang, m) {
                out.push_str(&format!("  {:<10} {}\n", "", visible(&v)));
            }
            let reason = m.format(&format!("diff-reason-{}", c.reason), &[]);
            out.push_str(&format!("  {:<10} {}\n", "", visible(&reason)));
            if let Some(p) = place(c) {
                let at = m.format("diff-at", &[("place", Arg::Str(p))]);
                out.push_str(&format!("  {:<10} {}\n", "", visible(&at)));
            }
        }
        if d.material {
            if d.changelog_entry {
                out.push_str(&format!("  {}\n", m.t("diff-entry-present")));
            } else {
                out.push_str(&format!("  {}\n", m.t("diff-entry-missing")));
                out.push_str(&visible(&super::entry::ready(d)));
            }
        }
        out.push('\n');
    }
    out.push_str(&summary(diffs, m));
    out.push('\n');
    out
}

/// The closing line: how many registers, changed, material, without an entry.
pub fn summary(diffs: &[RegisterDiff], m: &Messages) -> String {
    let n = |f: &dyn Fn(&RegisterDiff) -> bool| diffs.iter().filter(|d| f(d)).count() as i64;
    m.format(
        "diff-summary",
        &[
            ("registers", Arg::Num(diffs.len() as i64)),
            ("changed", Arg::Num(n(&|d| d.status != Status::Unchanged))),
            ("material", Arg::Num(n(&|d| d.material))),
            ("missing", Arg::Num(n(&|d| d.lacks_entry()))),
        ],
    )
}
