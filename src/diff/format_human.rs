//! `seloste diff` for people: grouped per register, material changes first, each with its
//! reason and place, then whether the changelog has an entry (and one ready to paste).

use super::{Change, Class, Kind, RegisterDiff, Status};
use crate::diagnostic::Arg;
use crate::messages::Messages;
use crate::report::visible;
use serde_json::Value;

/// Longest old or new value shown, in characters.
const MAX_VALUE: usize = 70;

/// The register's heading line.
pub fn heading(d: &RegisterDiff, m: &Messages) -> String {
    let id = Arg::Str(d.id.clone());
    let file = Arg::Str(d.file.clone());
    let old = Arg::Str(d.old_version.clone().unwrap_or_default());
    let new = Arg::Str(d.new_version.clone().unwrap_or_default());
    let (key, args) = match d.status {
        Status::Added => (
            "diff-register-added",
            vec![("id", id), ("file", file), ("new", new)],
        ),
        Status::Removed => (
            "diff-register-removed",
            vec![("id", id), ("file", file), ("old", old)],
        ),
        Status::Unchanged => (
            "diff-register-unchanged",
            vec![("id", id), ("file", file), ("new", new)],
        ),
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
    let name = c
        .names
        .as_ref()
        .and_then(|t| t.get(m.lang()))
        .map(str::to_string)
        .or_else(|| c.name.clone());
    let item = match (&name, c.item.is_empty()) {
        (Some(n), false) if n != &c.item => format!("{n} ({})", c.item),
        (Some(n), _) => n.clone(),
        (None, false) => c.item.clone(),
        (None, true) => String::new(),
    };
    let key = match c.change {
        Kind::Added if item.is_empty() => "diff-change-added-whole",
        Kind::Added => "diff-change-added",
        Kind::Removed if item.is_empty() => "diff-change-removed-whole",
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

/// The old and new value, `old → new`, when the change has both: of two objects only the
/// keys that differ, of a text the language in which it differs (the officer's first).
pub fn values(c: &Change, lang: &str, m: &Messages) -> Option<String> {
    let (Some(o), Some(n)) = (&c.old, &c.new) else {
        return None;
    };
    let (o, n, lang) = narrow(o, n, lang);
    Some(m.format(
        "diff-values",
        &[
            ("old", Arg::Str(super::shown(&o, &lang, MAX_VALUE))),
            ("new", Arg::Str(super::shown(&n, &lang, MAX_VALUE))),
        ],
    ))
}

/// A text per language: language codes as keys, strings as values.
fn is_text_map(v: &Value) -> bool {
    matches!(v, Value::Object(m) if !m.is_empty()
        && m.keys().all(|k| (2..=3).contains(&k.len()) && k.chars().all(|c| c.is_ascii_lowercase()))
        && m.values().all(Value::is_string))
}

/// The parts of two values that differ, and the language to show a text in.
fn narrow(o: &Value, n: &Value, lang: &str) -> (Value, Value, String) {
    match (o, n) {
        (Value::Object(a), Value::Object(b)) if is_text_map(o) && is_text_map(n) => {
            let differs = |l: &str| a.get(l) != b.get(l);
            let lang = if differs(lang) {
                lang.to_string()
            } else {
                a.keys()
                    .chain(b.keys())
                    .find(|l| differs(l))
                    .cloned()
                    .unwrap_or_else(|| lang.to_string())
            };
            (o.clone(), n.clone(), lang)
        }
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            let differing: Vec<&String> = keys
                .into_iter()
                .filter(|k| a.get(*k) != b.get(*k))
                .collect();
            if differing.len() == 1 {
                let k = differing[0];
                let null = Value::Null;
                return narrow(a.get(k).unwrap_or(&null), b.get(k).unwrap_or(&null), lang);
            }
            let pick = |m: &serde_json::Map<String, Value>| {
                Value::Object(
                    differing
                        .iter()
                        .filter_map(|k| m.get(*k).map(|v| ((*k).clone(), v.clone())))
                        .collect(),
                )
            };
            (pick(a), pick(b), lang.to_string())
        }
        _ => (o.clone(), n.clone(), lang.to_string()),
    }
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
                for line in super::entry::ready(d).lines() {
                    out.push_str(&visible(line));
                    out.push('\n');
                }
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
