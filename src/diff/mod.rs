//! `seloste diff`: what changed in the processing between two versions of some registers,
//! and whether people must be told of it in advance.
//!
//! Both versions are loaded into the model and reduced to their normalised facts
//! ([`facts`]); registers are matched by `meta.id` and items by their ids, so a moved or
//! re-flowed item is no change. Each change is classified **material** (with the reason
//! from the EU transparency guidelines, WP260 rev.01 paras 29–33) or **minor**
//! ([`classify`]). A fact of an organisation file is part of every register that uses it,
//! so its change is reported for each of them. The output formats are one file each
//! (`format_*.rs`); what the classes and reasons are called is in `messages/diff.*.ftl`.

pub mod classify;
pub mod entry;
pub mod facts;
pub mod format_github;
pub mod format_human;
pub mod format_json;
pub mod format_markdown;
pub mod git;

use crate::load::{Content, Workspace};
use crate::model::Date;
pub use facts::{Facts, Place};
use serde::Serialize;
use serde_json::Value;

/// Material or minor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// People must be told in advance (WP260 rev.01 paras 29–33).
    Material,
    /// A change that need not be announced (wording, a removal, a shorter retention).
    Minor,
}

/// What happened to an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

/// One change of one register.
#[derive(Clone, Debug, Serialize)]
pub struct Change {
    /// The section: `purpose`, `recipient`, `transfer`, `category`, `controller`, …
    pub section: &'static str,
    /// The item's id (empty for a section with one item, such as `controller`).
    pub item: String,
    /// The item's name in the notice's first language, when it has one.
    pub name: Option<String>,
    pub change: Kind,
    /// The field that changed, for `changed`.
    pub field: Option<String>,
    /// The old value (normalised), for `removed` and `changed`.
    pub old: Option<Value>,
    /// The new value (normalised), for `added` and `changed`.
    pub new: Option<Value>,
    pub class: Class,
    /// Why, as a stable key: `new-purpose`, `retention-longer`, `wording`, … (README).
    pub reason: &'static str,
    /// Where, in the new version (for a removal: where the list is, if it still is).
    pub at: Option<Place>,
    /// The item's names in each language, for the changelog entry.
    #[serde(skip)]
    pub names: Option<crate::model::Text>,
}

/// What happened to a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Added,
    Removed,
    Changed,
    Unchanged,
}

/// The changes of one register.
#[derive(Clone, Debug, Serialize)]
pub struct RegisterDiff {
    pub id: String,
    /// The register file of the new version (of the old one when removed).
    pub file: String,
    pub status: Status,
    pub old_version: Option<String>,
    pub new_version: Option<String>,
    /// True when a change is material.
    pub material: bool,
    /// True when the new version's `changes:` has a material entry the old one did not
    /// (dated after the old version's latest entry); see [`entry::covered`].
    pub changelog_entry: bool,
    pub changes: Vec<Change>,
    /// The register's languages (for the ready entry).
    #[serde(skip)]
    pub languages: Vec<String>,
    /// The new version's `meta.updated`.
    #[serde(skip)]
    pub updated: Option<Date>,
}

impl RegisterDiff {
    /// True when a material change has no changelog entry: `--fail-on material` fails.
    pub fn lacks_entry(&self) -> bool {
        self.material && !self.changelog_entry
    }
}

/// The facts of every register that loaded; `Err` with the files that did not.
pub fn facts_of(ws: &Workspace) -> (Vec<Facts>, Vec<String>) {
    let mut out: Vec<Facts> = Vec::new();
    let mut broken = Vec::new();
    for (i, doc) in ws.docs.iter().enumerate() {
        match &doc.content {
            Content::Register(_) => {
                if let Some(n) = crate::check::notice(ws, i, Date::today()) {
                    let f = Facts::of(&n);
                    // Two files with one id: the first counts (`check` reports the clash).
                    if !out.iter().any(|o| o.id == f.id) {
                        out.push(f);
                    }
                }
            }
            Content::Organisation(_) => {}
            Content::Invalid => {
                broken.push(crate::report::visible_path(&ws.files.get(doc.file).path))
            }
        }
    }
    (out, broken)
}

/// Compares the registers of two versions, matched by `meta.id`; sorted by id.
pub fn compare(old: &[Facts], new: &[Facts]) -> Vec<RegisterDiff> {
    let mut out = Vec::new();
    for n in new {
        match old.iter().find(|o| o.id == n.id) {
            Some(o) => out.push(compare_one(o, n)),
            None => out.push(RegisterDiff {
                id: n.id.clone(),
                file: n.file.clone(),
                status: Status::Added,
                old_version: None,
                new_version: Some(n.version()),
                material: false,
                changelog_entry: false,
                changes: Vec::new(),
                languages: n.languages.clone(),
                updated: Some(n.updated),
            }),
        }
    }
    for o in old {
        if !new.iter().any(|n| n.id == o.id) {
            out.push(RegisterDiff {
                id: o.id.clone(),
                file: o.file.clone(),
                status: Status::Removed,
                old_version: Some(o.version()),
                new_version: None,
                material: false,
                changelog_entry: false,
                changes: Vec::new(),
                languages: o.languages.clone(),
                updated: None,
            });
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The changes between two versions of one register.
pub fn compare_one(old: &Facts, new: &Facts) -> RegisterDiff {
    let mut changes = Vec::new();
    let empty = Default::default();
    for section in facts::SECTIONS {
        let o = old.sections.get(section).unwrap_or(&empty);
        let n = new.sections.get(section).unwrap_or(&empty);
        let first_lang = new.languages.first().map(String::as_str).unwrap_or("en");
        let name_of = |i: &facts::Item| {
            i.name
                .as_ref()
                .map(|t| t.get(first_lang).unwrap_or(facts::first(t)).to_string())
        };
        for (key, ni) in n {
            match o.get(key) {
                None => {
                    let (class, reason) =
                        classify::classify(section, Kind::Added, None, None, Some(&ni.value));
                    changes.push(Change {
                        section,
                        item: key.clone(),
                        name: name_of(ni),
                        change: Kind::Added,
                        field: None,
                        old: None,
                        new: Some(ni.value.clone()),
                        class,
                        reason,
                        at: Some(ni.at.clone()),
                        names: ni.name.clone(),
                    });
                }
                Some(oi) if oi.value != ni.value => {
                    for (field, ov, nv) in fields(&oi.value, &ni.value) {
                        let (class, reason) = classify::classify(
                            section,
                            Kind::Changed,
                            field.as_deref(),
                            ov.as_ref(),
                            nv.as_ref(),
                        );
                        let at = field
                            .as_ref()
                            .and_then(|f| ni.field_at.get(f))
                            .unwrap_or(&ni.at)
                            .clone();
                        changes.push(Change {
                            section,
                            item: key.clone(),
                            name: name_of(ni),
                            change: Kind::Changed,
                            field,
                            old: ov,
                            new: nv,
                            class,
                            reason,
                            at: Some(at),
                            names: ni.name.clone(),
                        });
                    }
                }
                Some(_) => {}
            }
        }
        for (key, oi) in o {
            if !n.contains_key(key) {
                let (class, reason) =
                    classify::classify(section, Kind::Removed, None, Some(&oi.value), None);
                // Where the list still is in the new version; else the register file.
                let at = n.values().next().map(|i| i.at.clone()).or(Some(Place {
                    file: new.file.clone(),
                    line: None,
                }));
                changes.push(Change {
                    section,
                    item: key.clone(),
                    name: oi
                        .name
                        .as_ref()
                        .map(|t| t.get(first_lang).unwrap_or(facts::first(t)).to_string()),
                    change: Kind::Removed,
                    field: None,
                    old: Some(oi.value.clone()),
                    new: None,
                    class,
                    reason,
                    at,
                    names: oi.name.clone(),
                });
            }
        }
    }
    // Material first, then in section order (stable).
    changes.sort_by_key(|c| c.class);
    let material = changes.iter().any(|c| c.class == Class::Material);
    RegisterDiff {
        id: new.id.clone(),
        file: new.file.clone(),
        status: if changes.is_empty() {
            Status::Unchanged
        } else {
            Status::Changed
        },
        old_version: Some(old.version()),
        new_version: Some(new.version()),
        material,
        changelog_entry: entry::covered(&old.changes, &new.changes),
        changes,
        languages: new.languages.clone(),
        updated: Some(new.updated),
    }
}

/// The fields that differ between two values of an item: each top-level key of two
/// objects, or the whole value (field `None`).
fn fields(old: &Value, new: &Value) -> Vec<(Option<String>, Option<Value>, Option<Value>)> {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            let mut keys: Vec<&String> = o.keys().chain(n.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter()
                .filter(|k| o.get(*k) != n.get(*k))
                .map(|k| (Some(k.clone()), o.get(k).cloned(), n.get(k).cloned()))
                .collect()
        }
        _ => vec![(None, Some(old.clone()), Some(new.clone()))],
    }
}

/// A value in one line, for the human and Markdown formats: a string as it is, a text
/// in `lang` (else its first language), anything else as compact JSON; at most `max`
/// characters.
pub fn shown(v: &Value, lang: &str, max: usize) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Object(map)
            if !map.is_empty()
                && map
                    .keys()
                    .all(|k| k.len() <= 3 && k.chars().all(|c| c.is_ascii_lowercase()))
                && map.values().all(Value::is_string) =>
        {
            map.get(lang)
                .or_else(|| map.values().next())
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        }
        other => serde_json::to_string(other).unwrap_or_default(),
    };
    let s: String = s.chars().filter(|c| !c.is_control()).collect();
    if s.chars().count() > max {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        s
    }
}
