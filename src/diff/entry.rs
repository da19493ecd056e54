//! The changelog: whether the new version has an entry for its material changes, and an
//! entry ready to paste into `changes:` when it has none.

use super::{Class, Kind, RegisterDiff};
use crate::diagnostic::Arg;
use crate::messages::Messages;
use crate::model::ChangeEntry;

/// True when `new` has a material entry dated after every entry of `old` (any material
/// entry, when `old` has none): the material changes of this version are announced.
pub fn covered(old: &[ChangeEntry], new: &[ChangeEntry]) -> bool {
    let latest = old.iter().map(|e| e.date).max();
    new.iter()
        .any(|e| e.material && latest.is_none_or(|l| e.date > l))
}

/// The sentences of the entry in `lang`: one per change, the wording changes in one.
pub fn sentences(d: &RegisterDiff, lang: &str) -> String {
    let m = Messages::get(lang);
    let mut out: Vec<String> = Vec::new();
    let mut wording = false;
    for c in &d.changes {
        if c.reason == "wording" && c.class == Class::Minor {
            wording = true;
            continue;
        }
        let section = m.format(&format!("diff-section-{}", c.section), &[]);
        let name = c
            .names
            .as_ref()
            .map(|t| t.get(lang).unwrap_or(super::facts::first(t)).to_string())
            .filter(|n| !n.trim().is_empty());
        let kind = match c.change {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        };
        let s = match name {
            Some(name) => m.format(
                &format!("diff-entry-{kind}"),
                &[("section", Arg::Str(section)), ("name", Arg::Str(name))],
            ),
            None => m.format(
                &format!("diff-entry-{kind}-plain"),
                &[("section", Arg::Str(section))],
            ),
        };
        if !out.contains(&s) {
            out.push(s);
        }
    }
    if wording {
        out.push(m.t("diff-entry-wording"));
    }
    out.join(" ")
}

/// A `changes:` entry for the changes of `d`, as YAML to paste under `changes:`.
pub fn ready(d: &RegisterDiff) -> String {
    let date = d
        .updated
        .map(|u| u.max(crate::model::Date::today()))
        .unwrap_or_else(crate::model::Date::today);
    let mut y = format!(
        "  - date: {date}\n    material: {}\n    text:\n",
        d.material
    );
    for lang in &d.languages {
        let text = sentences(d, lang);
        let quoted = serde_json::to_string(&text).unwrap_or_default();
        y.push_str(&format!("      {lang}: {quoted}\n"));
    }
    y
}
