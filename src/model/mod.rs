//! The register model: the Rust types a register file and an organisation file are read into.
//!
//! The JSON Schema in `schemas/` is generated from these types (`seloste schema`), and a
//! test fails when the committed schema is stale, so the two cannot drift apart.
//! The schema checks shape; what the law requires is checked by the rules in `src/rules/`,
//! which is why fields the law requires are optional here: a missing basis is reported
//! by the `purpose-basis` rule with its article, not as a bare "missing property".

pub mod authority;
pub mod common;
pub mod internal;
pub mod listed;
pub mod names;
pub mod organisation;
pub mod register;
pub mod rights;
pub mod text;

pub use common::{Contact, Date, Duration};
pub use internal::{Assessment, AssessmentStatus, ContractLink, Internal, OrganisationInternal};
pub use listed::ListOrNone;
pub use organisation::Organisation;
pub use register::*;
pub use rights::DerivedRights;
pub use text::{Lang, Text};

/// The schema of register files.
pub fn register_schema() -> serde_json::Value {
    schema_for::<Register>()
}

/// The schema of organisation files.
pub fn organisation_schema() -> serde_json::Value {
    schema_for::<Organisation>()
}

pub(crate) fn schema_for<T: schemars::JsonSchema>() -> serde_json::Value {
    let settings = schemars::generate::SchemaSettings::draft2020_12();
    let schema = settings.into_generator().into_root_schema_for::<T>();
    let mut value = serde_json::to_value(schema).expect("a schema is always valid JSON");
    drop_null(&mut value);
    standard_formats(&mut value);
    value
}

/// The formats JSON Schema 2020-12 defines (§7.3); a strict validator (Ajv with
/// `strict: true`) rejects a schema with any other.
const STANDARD_FORMATS: [&str; 19] = [
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Removes a `format` JSON Schema does not define: schemars names Rust's integer types
/// (`uint32`), which only it knows; the range is in `minimum` already.
fn standard_formats(v: &mut serde_json::Value) {
    use serde_json::Value as J;
    match v {
        J::Object(map) => {
            if map
                .get("format")
                .and_then(J::as_str)
                .is_some_and(|f| !STANDARD_FORMATS.contains(&f))
            {
                map.shift_remove("format");
            }
            map.values_mut().for_each(standard_formats);
        }
        J::Array(items) => items.iter_mut().for_each(standard_formats),
        _ => {}
    }
}

/// An optional key is left out, never written as `null`: removes the `null` alternative
/// schemars gives `Option<T>`, so editors do not offer `null` and errors stay simple.
fn drop_null(v: &mut serde_json::Value) {
    use serde_json::Value as J;
    match v {
        J::Object(map) => {
            if let Some(J::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types[0].clone();
                    map.insert("type".into(), only);
                }
            }
            let single = match map.get_mut("anyOf") {
                Some(J::Array(alts)) => {
                    alts.retain(|a| a.get("type").and_then(J::as_str) != Some("null"));
                    (alts.len() == 1).then(|| alts[0].clone())
                }
                _ => None,
            };
            if let Some(J::Object(only)) = single {
                map.remove("anyOf");
                for (k, val) in only {
                    map.entry(k).or_insert(val);
                }
            }
            if map.get("default") == Some(&J::Null) {
                map.remove("default");
            }
            // An enum whose values are documented: schemars writes `oneOf` of constants;
            // editors complete and explain `enum` with `enumDescriptions` better.
            let documented: Option<Vec<(J, J)>> = match map.get("oneOf") {
                Some(J::Array(alts)) if !alts.is_empty() => alts
                    .iter()
                    .map(|a| {
                        Some((
                            a.get("const")?.clone(),
                            a.get("description")
                                .cloned()
                                .unwrap_or(J::String(String::new())),
                        ))
                    })
                    .collect(),
                _ => None,
            };
            if let Some(values) = documented {
                map.remove("oneOf");
                map.insert("type".into(), J::String("string".into()));
                map.insert(
                    "enum".into(),
                    J::Array(values.iter().map(|(v, _)| v.clone()).collect()),
                );
                let descriptions = J::Array(values.into_iter().map(|(_, d)| d).collect());
                map.insert("enumDescriptions".into(), descriptions.clone());
                map.insert("markdownEnumDescriptions".into(), descriptions);
            }
            for val in map.values_mut() {
                drop_null(val);
            }
        }
        J::Array(items) => items.iter_mut().for_each(drop_null),
        _ => {}
    }
}
