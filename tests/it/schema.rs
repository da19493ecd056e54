//! The committed JSON Schemas are the published contract: they must be exactly what
//! the Rust types generate, and every property must carry a description for editors.

use serde_json::Value;
use std::path::Path;

fn committed(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn register_schema_is_not_stale() {
    assert!(
        committed("register.schema.json") == seloste::model::register_schema(),
        "schemas/register.schema.json is stale: run `cargo run -- schema > schemas/register.schema.json`"
    );
}

#[test]
fn organisation_schema_is_not_stale() {
    assert!(
        committed("organisation.schema.json") == seloste::model::organisation_schema(),
        "schemas/organisation.schema.json is stale: run `cargo run -- schema --organisation > schemas/organisation.schema.json`"
    );
}

#[test]
fn config_schema_is_not_stale() {
    assert!(
        committed("config.schema.json") == seloste::config::schema(),
        "schemas/config.schema.json is stale: run `cargo run -- schema --config-file > schemas/config.schema.json`"
    );
}

/// Walks every `properties` map and returns the paths of properties without a description.
fn undescribed(schema: &Value, root: &Value, path: &str, out: &mut Vec<String>) {
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            let has = prop.get("description").is_some()
                || prop
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| root.pointer(r.trim_start_matches('#')))
                    .is_some_and(|t| t.get("description").is_some());
            if !has {
                out.push(format!("{path}.{name}"));
            }
        }
    }
    if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
        for (name, def) in defs {
            undescribed(def, root, name, out);
        }
    }
}

#[test]
fn every_property_has_a_description() {
    for schema in [
        seloste::model::register_schema(),
        seloste::model::organisation_schema(),
        seloste::config::schema(),
    ] {
        let mut missing = Vec::new();
        undescribed(&schema, &schema, "", &mut missing);
        assert!(
            missing.is_empty(),
            "properties without a description: {missing:?}"
        );
    }
}

/// True when a property schema, or the definition it refers to (directly or as list
/// items), carries examples that an editor can show.
fn has_example(prop: &Value, root: &Value) -> bool {
    let resolve = |v: &Value| -> Option<Value> {
        v.get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| root.pointer(r.trim_start_matches('#')))
            .cloned()
    };
    if prop.get("examples").is_some()
        || prop.get("default").is_some_and(|d| !d.is_null())
            && prop.get("type") == Some(&Value::from("boolean"))
    {
        return true;
    }
    if let Some(target) = resolve(prop)
        && target.get("examples").is_some()
    {
        return true;
    }
    if let Some(items) = prop.get("items")
        && (items.get("examples").is_some()
            || resolve(items).is_some_and(|t| t.get("examples").is_some()))
    {
        return true;
    }
    false
}

#[test]
fn every_property_has_an_example() {
    for schema in [
        seloste::model::register_schema(),
        seloste::model::organisation_schema(),
        seloste::config::schema(),
    ] {
        let mut missing = Vec::new();
        let mut visit = |def_name: &str, def: &Value| {
            if let Some(props) = def.get("properties").and_then(Value::as_object) {
                for (name, prop) in props {
                    if name != "$schema" && !has_example(prop, &schema) {
                        missing.push(format!("{def_name}.{name}"));
                    }
                }
            }
        };
        visit("", &schema);
        if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
            for (name, def) in defs {
                visit(name, def);
            }
        }
        assert!(
            missing.is_empty(),
            "{} properties without an example: {missing:?}",
            missing.len()
        );
    }
}

#[test]
fn enums_carry_a_description_per_value_for_editors() {
    let schema = seloste::model::register_schema();
    for (def, count) in [
        ("LegalBasis", 6),
        ("SpecialCategory", 8),
        ("Art9Condition", 10),
        ("TransferMechanism", 9),
        ("Art49Derogation", 8),
    ] {
        let d = &schema["$defs"][def];
        let values = d["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{def} has no enum"));
        let descriptions = d["enumDescriptions"].as_array().unwrap();
        assert_eq!(values.len(), count, "{def}");
        assert_eq!(descriptions.len(), count, "{def}");
        assert!(
            descriptions
                .iter()
                .all(|x| x.as_str().is_some_and(|s| s.len() > 10)),
            "{def}: {descriptions:?}"
        );
    }
}
