//! A register's normalised facts: what the notice says, merged with its organisation file,
//! without its layout. Items are keyed by their ids (so moving one is no change), lists
//! of ids are sets, texts have their white space collapsed (so re-flowing a paragraph is
//! no change), and `suppress:`, the dates and the change history are left out (they say
//! nothing about the processing). The version id is a hash of these facts.

use crate::model::{Date, Text};
use crate::rules::Notice;
use crate::rules::notice::At;
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Where a fact is written: a file (as given) and a line (1-based).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub file: String,
    pub line: Option<usize>,
}

/// One item of a section: a purpose, a recipient, the controller.
#[derive(Clone, Debug)]
pub struct Item {
    /// The normalised value (an object for most items).
    pub value: Value,
    /// The item's name in each language, for messages and the changelog entry.
    pub name: Option<Text>,
    /// Where the item is written, and where each of its fields is (when written there).
    pub at: Place,
    pub field_at: BTreeMap<String, Place>,
}

/// The sections of the facts, in the order changes are listed.
pub const SECTIONS: [&str; 19] = [
    "register",
    "controller",
    "joint-controller",
    "representative",
    "dpo",
    "contact-person",
    "purpose",
    "data-subject",
    "category",
    "source",
    "recipient",
    "transfer",
    "automated-decisions",
    "provision",
    "rights-requests",
    "authority",
    "security",
    "changes-policy",
    "introduction",
];

/// Every fact of one register.
#[derive(Clone, Debug)]
pub struct Facts {
    pub id: String,
    /// The register file.
    pub file: String,
    pub languages: Vec<String>,
    /// `meta.updated`.
    pub updated: Date,
    /// `meta.effective`, else `meta.updated`.
    pub effective: Date,
    /// The change history as written.
    pub changes: Vec<crate::model::ChangeEntry>,
    /// Section → item key → item.
    pub sections: BTreeMap<&'static str, BTreeMap<String, Item>>,
}

impl Facts {
    /// The facts of `n`.
    pub fn of(n: &Notice) -> Facts {
        let r = n.register;
        let place = |at: &At| Place {
            file: crate::report::visible_path(&n.files.get(at.file()).path),
            line: at.exists().then(|| at.span().line),
        };
        let mut sections: BTreeMap<&'static str, BTreeMap<String, Item>> = BTreeMap::new();
        let mut put =
            |section: &'static str, key: String, value: Value, name: Option<Text>, at: &At| {
                let value = normalise(value);
                if value.is_null() {
                    return;
                }
                let mut field_at = BTreeMap::new();
                if let Value::Object(map) = &value {
                    for k in map.keys() {
                        let child = at.child(k.as_str());
                        if child.exists() {
                            field_at.insert(k.clone(), place(&child));
                        }
                    }
                }
                sections.entry(section).or_default().insert(
                    key,
                    Item {
                        value,
                        name,
                        at: place(at),
                        field_at,
                    },
                );
            };
        let json = |v: &dyn erased::Ser| v.to_json();

        put(
            "register",
            String::new(),
            serde_json::json!({"name": json(&r.meta.name), "languages": json(&r.meta.languages)}),
            Some(r.meta.name.clone()),
            &n.at(&["meta"]),
        );
        if let Some(c) = n.controller() {
            put(
                "controller",
                String::new(),
                json(c.value),
                Some(c.value.name.clone()),
                &c.at,
            );
        }
        for (i, j) in r.joint_controllers.iter().enumerate() {
            let key = j
                .business_id
                .clone()
                .unwrap_or_else(|| first(&j.name).to_string());
            put(
                "joint-controller",
                key,
                json(j),
                Some(j.name.clone()),
                &n.at(&["joint_controllers"]).child(i),
            );
        }
        for (section, c) in [
            ("representative", n.representative()),
            ("dpo", n.dpo()),
            ("contact-person", n.contact_person()),
        ] {
            if let Some(c) = c {
                put(section, String::new(), json(c.value), None, &c.at);
            }
        }
        for (_, p, at) in n.purposes() {
            put("purpose", p.id.clone(), json(p), Some(p.name.clone()), &at);
        }
        for (i, s) in r.data_subjects.iter().enumerate() {
            put(
                "data-subject",
                s.id.clone(),
                json(s),
                Some(s.name.clone()),
                &n.at(&["data_subjects"]).child(i),
            );
        }
        for (_, c, at) in n.categories() {
            // The retention that applies, wherever it is written.
            let mut v = json(c);
            if let Value::Object(map) = &mut v {
                let applies = r.retention_of(c).map(|(ret, _)| json(ret));
                map.insert("retention".into(), applies.unwrap_or(Value::Null));
            }
            put("category", c.id.clone(), v, Some(c.name.clone()), &at);
        }
        for (_, s, at) in n.sources() {
            put("source", s.id.clone(), json(s), Some(s.name.clone()), &at);
        }
        // A recipient's details may be written in the organisation file: where each is.
        let mut recipient_fields: Vec<(String, String, Place)> = Vec::new();
        for v in n.recipients() {
            if let Value::Object(map) = normalise(json(&v.merged)) {
                for k in map.keys() {
                    let at = v.field_at(k);
                    if at.exists() {
                        recipient_fields.push((v.merged.id.clone(), k.clone(), place(&at)));
                    }
                }
            }
            put(
                "recipient",
                v.merged.id.clone(),
                json(&v.merged),
                v.merged.name.clone(),
                &v.at,
            );
        }
        for t in n.transfers() {
            let t_ = t.value;
            let key = match (&t_.recipient, &t_.country) {
                (Some(r), _) => r.clone(),
                (None, Some(c)) => c.clone(),
                (None, None) => String::new(),
            };
            let name = t_
                .recipient
                .as_ref()
                .and_then(|id| n.recipients().into_iter().find(|v| &v.merged.id == id))
                .and_then(|v| v.merged.name)
                .or_else(|| t_.country.clone().map(Text::Plain));
            put("transfer", key, json(t_), name, &t.at);
        }
        if let Some(a) = &r.automated_decisions {
            put(
                "automated-decisions",
                String::new(),
                json(a),
                None,
                &n.at(&["automated_decisions"]),
            );
        }
        if let Some(p) = &r.provision {
            put(
                "provision",
                String::new(),
                json(p),
                None,
                &n.at(&["provision"]),
            );
        }
        if let Some(rr) = n.rights_requests() {
            put(
                "rights-requests",
                String::new(),
                json(rr.value),
                None,
                &rr.at,
            );
        }
        if let Some(a) = n.authority() {
            let reason = n.authority_reason().map(|r| json(r.value));
            put(
                "authority",
                String::new(),
                serde_json::json!({"authority": json(a.value), "reason": reason}),
                None,
                &a.at,
            );
        }
        for (section, t) in [
            ("security", n.security()),
            ("changes-policy", n.changes_policy()),
        ] {
            if let Some(t) = t {
                put(section, String::new(), json(t.value), None, &t.at);
            }
        }
        if let Some(t) = &r.introduction {
            put(
                "introduction",
                String::new(),
                json(t),
                None,
                &n.at(&["introduction"]),
            );
        }
        if let Some(items) = sections.get_mut("recipient") {
            for (id, field, at) in recipient_fields {
                if let Some(item) = items.get_mut(&id) {
                    item.field_at.insert(field, at);
                }
            }
        }
        Facts {
            id: r.meta.id.clone(),
            file: crate::report::visible_path(&n.files.get(n.reg.file).path),
            languages: r.meta.languages.clone(),
            updated: r.meta.updated,
            effective: r.meta.effective.unwrap_or(r.meta.updated),
            changes: r.changes.clone(),
            sections,
        }
    }

    /// The version id: the first 12 hex digits of the SHA-256 of the facts as canonical
    /// JSON (keys sorted, no white space). The same facts give the same id whatever the
    /// file's layout, item order, comments, dates or change history.
    pub fn version(&self) -> String {
        let canonical: BTreeMap<&str, BTreeMap<&str, &Value>> = self
            .sections
            .iter()
            .map(|(s, items)| {
                (
                    *s,
                    items.iter().map(|(k, i)| (k.as_str(), &i.value)).collect(),
                )
            })
            .collect();
        let text = serde_json::to_string(&canonical).unwrap_or_default();
        let hash = Sha256::digest(text.as_bytes());
        hash.iter().take(6).map(|b| format!("{b:02x}")).collect()
    }

    /// The item `key` of `section`.
    pub fn item(&self, section: &str, key: &str) -> Option<&Item> {
        self.sections.get(section).and_then(|s| s.get(key))
    }
}

/// The version id of the register of `n` (see [`Facts::version`]).
pub fn version_of(n: &Notice) -> String {
    Facts::of(n).version()
}

/// The text of `t` in its first language.
pub fn first(t: &Text) -> &str {
    t.variants().first().map(|(_, s)| *s).unwrap_or_default()
}

/// Drops `suppress`, nulls, empty lists and `false` flags (all mean "not said"), sorts
/// lists of ids and object keys, and collapses white space in texts.
pub fn normalise(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.split_whitespace().collect::<Vec<_>>().join(" ")),
        Value::Array(items) => {
            let mut items: Vec<Value> = items.into_iter().map(normalise).collect();
            if items.iter().all(Value::is_string) {
                items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                items.dedup();
            }
            Value::Array(items)
        }
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map
                .into_iter()
                .filter(|(k, _)| k != "suppress")
                .map(|(k, v)| (k, normalise(v)))
                .filter(|(_, v)| !matches!(v, Value::Null | Value::Bool(false)))
                .filter(|(_, v)| !matches!(v, Value::Array(a) if a.is_empty()))
                .collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            if entries.is_empty() {
                return Value::Null;
            }
            let mut out = Map::new();
            for (k, v) in entries {
                out.insert(k, v);
            }
            Value::Object(out)
        }
        other => other,
    }
}

mod erased {
    /// Any model value as JSON (a trait object, so one closure serves every type).
    pub trait Ser {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize + ?Sized> Ser for T {
        fn to_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}
