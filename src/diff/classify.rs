//! Material or minor, and why: the classification table of `seloste diff`.
//!
//! The EU transparency guidelines (WP260 rev.01, paras 29–33) ask that a material change
//! is brought to people's attention in advance; they name a change of purpose, of the
//! controller's identity and of how people exercise their rights, and the issue adds the
//! changes people would not expect: a new recipient, a new transfer outside the EU/EEA,
//! a longer retention, new special-category data and new automated decisions. Wording,
//! removals and shorter retention are minor. Each reason is a stable key; its words are
//! `diff-reason-<key>` in `messages/diff.*.ftl`.
//!
//! | section | added | changed | removed |
//! |---|---|---|---|
//! | purpose | material `new-purpose` | `basis`: material `basis`; texts: minor `wording`; else minor `other` | minor `removed` |
//! | recipient | material `new-recipient` | `country` from the EU/EEA to outside: material `transfer`; texts: `wording`; else minor `other` | minor `removed` |
//! | transfer | material `transfer` | `country`, `mechanism`, `derogation`: material `transfer`; else minor | minor `removed` |
//! | category | special or criminal: material `special`; else minor `new-category` | `special`, `special_condition`, `criminal`: material `special`; `retention`: longer material `retention-longer`, not comparable material `retention-changed`, shorter minor `retention-shorter`, only its words minor `wording` | minor `removed` |
//! | automated-decisions | `exists` or `profiling`: material `automated` | either becomes true: material `automated` | minor `removed` |
//! | controller | minor `contact` | `name`, `business_id`: material `controller`; else minor `contact` | minor `removed` |
//! | joint-controller | material `controller` | minor | minor `removed` |
//! | rights-requests | material `rights` | material `rights` (its `how` words: minor `wording`) | minor `removed` |
//! | dpo, contact-person, representative | minor `contact` | minor `contact` | minor `removed` |
//! | source, data-subject | minor `new-source`, `new-data-subject` | texts: `wording`; else `other` | minor `removed` |
//! | anything else | minor `other` (a text: `wording`) | | minor `removed` |

use super::{Class, Kind};
use serde_json::Value;

/// Fields whose value is words for the reader (a change of them is `wording`).
const TEXT_FIELDS: [&str; 17] = [
    "name",
    "description",
    "legitimate_interest",
    "law",
    "from",
    "criteria",
    "title",
    "responsibilities",
    "logic",
    "significance",
    "consequences",
    "how",
    "safeguard_copy",
    "guardian_consent",
    "third_person",
    "criminal_authority",
    "reason",
];

/// The class of a change and the key of its reason.
pub fn classify(
    section: &str,
    kind: Kind,
    field: Option<&str>,
    old: Option<&Value>,
    new: Option<&Value>,
) -> (Class, &'static str) {
    use Class::{Material, Minor};
    if kind == Kind::Removed {
        return (Minor, "removed");
    }
    let is_true = |v: Option<&Value>, k: &str| {
        v.and_then(|v| v.get(k))
            .is_some_and(|x| x.as_bool() == Some(true))
    };
    if kind == Kind::Added {
        return match section {
            "purpose" => (Material, "new-purpose"),
            "recipient" => (Material, "new-recipient"),
            "transfer" => (Material, "transfer"),
            "joint-controller" => (Material, "controller"),
            "rights-requests" => (Material, "rights"),
            "category"
                if new.and_then(|v| v.get("special")).is_some() || is_true(new, "criminal") =>
            {
                (Material, "special")
            }
            "category" => (Minor, "new-category"),
            "automated-decisions" if is_true(new, "exists") || is_true(new, "profiling") => {
                (Material, "automated")
            }
            "source" => (Minor, "new-source"),
            "data-subject" => (Minor, "new-data-subject"),
            "controller" | "dpo" | "contact-person" | "representative" => (Minor, "contact"),
            "security" | "changes-policy" | "introduction" => (Minor, "wording"),
            _ => (Minor, "other"),
        };
    }
    let field = field.unwrap_or("");
    let wording = TEXT_FIELDS.contains(&field) || field.is_empty() && is_text(old, new);
    match (section, field) {
        ("purpose", "basis") => (Material, "basis"),
        ("transfer", "country" | "mechanism" | "derogation" | "recipient") => {
            (Material, "transfer")
        }
        ("category", "special" | "special_condition") if new.is_some() => (Material, "special"),
        ("category", "criminal") if new.and_then(Value::as_bool) == Some(true) => {
            (Material, "special")
        }
        ("category", "retention") => retention(old, new),
        // A recipient that now processes the data outside the EU/EEA: a transfer.
        ("recipient", "country")
            if new
                .and_then(Value::as_str)
                .is_some_and(|c| !crate::rules::transfer_data::in_eu_eea(c))
                && old
                    .and_then(Value::as_str)
                    .is_none_or(crate::rules::transfer_data::in_eu_eea) =>
        {
            (Material, "transfer")
        }
        ("automated-decisions", "exists" | "profiling")
            if new.and_then(Value::as_bool) == Some(true) =>
        {
            (Material, "automated")
        }
        ("controller", "name" | "business_id") => (Material, "controller"),
        ("controller" | "dpo" | "contact-person" | "representative", _) => (Minor, "contact"),
        ("rights-requests", "how") => (Minor, "wording"),
        ("rights-requests", _) => (Material, "rights"),
        _ if wording => (Minor, "wording"),
        _ => (Minor, "other"),
    }
}

/// True when both values are texts (a string, or a map from language to string).
fn is_text(old: Option<&Value>, new: Option<&Value>) -> bool {
    let text = |v: Option<&Value>| match v {
        Some(Value::String(_)) => true,
        Some(Value::Object(m)) => m.values().all(Value::is_string),
        _ => false,
    };
    text(old) && text(new)
}

/// A retention that changed: longer (material), shorter (minor), only its words (minor),
/// or not comparable, e.g. another event or an end date instead of a period (material:
/// people cannot tell it is not longer).
fn retention(old: Option<&Value>, new: Option<&Value>) -> (Class, &'static str) {
    use Class::{Material, Minor};
    let (Some(o), Some(n)) = (old, new) else {
        // Newly stated (was unsaid): not longer than something people were told.
        return if old.is_none() {
            (Minor, "other")
        } else {
            (Material, "retention-changed")
        };
    };
    let facts = |v: &Value| {
        let mut v = v.clone();
        if let Value::Object(m) = &mut v {
            m.remove("from");
            m.remove("criteria");
        }
        v
    };
    let (fo, fn_) = (facts(o), facts(n));
    if fo == fn_ {
        return (Minor, "wording");
    }
    let same_but_period = {
        let strip = |v: &Value| {
            let mut v = v.clone();
            if let Value::Object(m) = &mut v {
                m.remove("period");
            }
            v
        };
        strip(&fo) == strip(&fn_)
    };
    let days = |v: &Value| {
        v.get("period")
            .and_then(Value::as_str)
            .and_then(crate::model::Duration::parse)
            .map(|d| {
                u64::from(d.years) * 366
                    + u64::from(d.months) * 31
                    + u64::from(d.weeks) * 7
                    + u64::from(d.days)
            })
    };
    let until = |v: &Value| {
        v.get("until")
            .and_then(Value::as_str)
            .and_then(crate::model::Date::parse)
    };
    match (days(&fo), days(&fn_)) {
        (Some(a), Some(b)) if same_but_period => {
            if b > a {
                (Material, "retention-longer")
            } else {
                (Minor, "retention-shorter")
            }
        }
        _ => match (until(&fo), until(&fn_)) {
            (Some(a), Some(b)) if a != b => {
                if b > a {
                    (Material, "retention-longer")
                } else {
                    (Minor, "retention-shorter")
                }
            }
            _ => (Material, "retention-changed"),
        },
    }
}

/// Every reason key, material ones first (for the catalogs test and the README).
pub const REASONS: [&str; 18] = [
    "new-purpose",
    "basis",
    "controller",
    "rights",
    "new-recipient",
    "transfer",
    "retention-longer",
    "retention-changed",
    "special",
    "automated",
    "removed",
    "retention-shorter",
    "wording",
    "contact",
    "new-category",
    "new-source",
    "new-data-subject",
    "other",
];
