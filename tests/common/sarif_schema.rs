//! The OASIS SARIF 2.1.0 schema in tests/sarif/, compiled offline. A module of the test
//! binary (tests/it/main.rs), used by its `sarif` and `ci_examples` groups.

use serde_json::Value;
use std::sync::OnceLock;

/// The `language` pattern as published (rtm.5) has a stray `]`, which is not a valid
/// regular expression for the validator ("unmatched ]"), so the schema does not
/// compile; this is its evident intent: a two-letter code, optionally with a region.
const BROKEN_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$";

/// Compiled as draft-04 and offline: a `$ref` to anything outside the file would fail
/// the build instead of fetching it. The schema's `id` is only its base URI, and its
/// `$schema` (draft-04) is built into the validator, so neither is fetched.
pub fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/sarif/sarif-schema-2.1.0.json"
        );
        let text = std::fs::read_to_string(path).unwrap();
        assert_eq!(text.matches(BROKEN_LANGUAGE_PATTERN).count(), 2);
        let text = text.replace(BROKEN_LANGUAGE_PATTERN, LANGUAGE_PATTERN);
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-04/schema#");
        jsonschema::draft4::options()
            .offline()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the SARIF schema compiles offline")
    })
}

/// Panics with every validation error of `log`.
pub fn assert_valid(log: &Value) {
    let errors: Vec<String> = validator()
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF invalid:\n{}", errors.join("\n"));
}
