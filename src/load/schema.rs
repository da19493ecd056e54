//! Validates a YAML tree against the JSON Schema and reads it into the model.
//!
//! The schema is generated from the model types, so the two agree by construction;
//! schema errors are walked back from their instance path to the exact key or value
//! in the YAML, and get a fix-it help line (closest key name, allowed values, the
//! property's own description).

use super::Content;
use super::codes;
use super::recover::{self, Recovery};
use super::tree::{Node, Seg, Span};
use crate::diagnostic::{Diagnostic, FileId};
use crate::model::{Organisation, Register, organisation_schema, register_schema};
use jsonschema::error::ValidationErrorKind;
use serde_json::Value as J;
use std::sync::OnceLock;

struct Compiled {
    schema: J,
    validator: jsonschema::Validator,
}

fn compile(schema: J) -> Compiled {
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the generated schema compiles");
    Compiled { schema, validator }
}

fn register_validator() -> &'static Compiled {
    static V: OnceLock<Compiled> = OnceLock::new();
    V.get_or_init(|| compile(register_schema()))
}

fn organisation_validator() -> &'static Compiled {
    static V: OnceLock<Compiled> = OnceLock::new();
    V.get_or_init(|| compile(organisation_schema()))
}

/// True when the top level looks like an organisation file rather than a register.
fn is_organisation(node: &Node) -> bool {
    node.entry("organisation").is_some() && node.entry("meta").is_none()
}

/// Validates `node` and reads it into the model. Values the schema or the model refuse are
/// reported, then left out of `node` ([`recover`]) so the rest of the file is still read and
/// checked; what was left out is returned with the content.
pub fn validate_and_read(
    node: &mut Node,
    file: FileId,
    out: &mut Vec<Diagnostic>,
) -> (Content, Recovery) {
    let json = node.to_json();
    let org = is_organisation(node);
    let compiled = if org {
        organisation_validator()
    } else {
        register_validator()
    };
    // One diagnostic per place: a list given where one word from a list is expected fails
    // both `type` and `enum`, and the reader needs to hear it once.
    let mut seen = std::collections::HashSet::new();
    let mut wrong = Vec::new();
    // Most files are valid: a yes/no answer is quicker than collecting every error.
    let errors = if compiled.validator.is_valid(&json) {
        None
    } else {
        Some(compiled.validator.iter_errors(&json))
    };
    for error in errors.into_iter().flatten() {
        wrong.extend(error_paths(&error));
        let d = schema_diagnostic(&error, node, file, &compiled.schema);
        let key = if d.rule == codes::Schema::INFO.id {
            (d.span.map(|s| s.offset), String::new())
        } else {
            (d.span.map(|s| s.offset), d.message.clone())
        };
        if seen.insert(key) {
            out.push(d);
        }
    }
    if wrong.is_empty() {
        match read_content(org, json, node, file) {
            Ok(c) => return (c, Recovery::default()),
            Err((d, path)) => {
                out.push(*d);
                wrong.push(path);
            }
        }
    }
    // Recovery: what is left out in later rounds only follows from what was reported
    // above (an item now missing a required key), except a value the model refuses that
    // the schema let through, which is reported when it is not about a removed value.
    let mut content = Content::Invalid;
    let original = node.clone();
    let recovered = recover::recover(node, wrong, |tree| {
        let json = tree.to_json();
        if !compiled.validator.is_valid(&json) {
            return Some(
                compiled
                    .validator
                    .iter_errors(&json)
                    .flat_map(|e| error_paths(&e))
                    .collect(),
            );
        }
        match read_content(org, json, tree, file) {
            Ok(c) => {
                content = c;
                None
            }
            Err((d, path)) => {
                // Reported only when the value is as written: an object that lost a
                // value the model needs is a consequence of an error already reported.
                if node_at(&original, &path) == node_at(tree, &path) && !out.contains(&d) {
                    out.push(*d);
                }
                Some(vec![path])
            }
        }
    });
    match recovered {
        Some(rec) => (content, rec),
        None => {
            *node = original;
            (Content::Invalid, Recovery::default())
        }
    }
}

/// The paths to leave out for one schema error: an unknown key itself, else the value at fault.
fn error_paths(error: &jsonschema::ValidationError) -> Vec<Vec<Seg>> {
    let path = instance_path(error);
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|k| {
                let mut p = path.clone();
                p.push(Seg::Key(k.clone()));
                p
            })
            .collect(),
        _ => vec![path],
    }
}

fn node_at<'a>(node: &'a Node, path: &[Seg]) -> Option<&'a Node> {
    path.iter().try_fold(node, |n, s| n.get(s))
}

type ReadError = (Box<Diagnostic>, Vec<Seg>);

fn read_content(org: bool, json: J, node: &Node, file: FileId) -> Result<Content, ReadError> {
    if org {
        read::<Organisation>(json, node, file).map(|o| Content::Organisation(Box::new(o)))
    } else {
        read::<Register>(json, node, file).map(|r| Content::Register(Box::new(r)))
    }
}

fn read<T: serde::de::DeserializeOwned>(
    json: J,
    node: &Node,
    file: FileId,
) -> Result<T, ReadError> {
    serde_path_to_error::deserialize(json).map_err(|e| {
        let path: Vec<Seg> = e
            .path()
            .iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
                serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
                serde_path_to_error::Segment::Enum { variant } => Some(Seg::Key(variant.clone())),
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        let span = node.locate(&path);
        let d = Diagnostic::new(
            &codes::Schema::INFO,
            file,
            Some(span),
            e.inner().to_string(),
        )
        .with_help("correct the value; `seloste schema` shows what is allowed here");
        (Box::new(d), path)
    })
}

fn instance_path(error: &jsonschema::ValidationError) -> Vec<Seg> {
    error
        .instance_path()
        .iter()
        .map(|s| match s {
            jsonschema::paths::LocationSegment::Property(p) => Seg::Key(p.to_string()),
            jsonschema::paths::LocationSegment::Index(i) => Seg::Index(i),
        })
        .collect()
}

/// The schema object that `schema_path` (minus its last keyword) points to, following `$ref`s.
fn schema_at<'s>(root: &'s J, schema_path: &str) -> Option<&'s J> {
    let parent = schema_path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
    let mut node = root.pointer(parent)?;
    for _ in 0..8 {
        match node.get("$ref").and_then(J::as_str) {
            Some(r) => node = root.pointer(r.strip_prefix('#')?)?,
            None => break,
        }
    }
    Some(node)
}

fn resolve<'s>(root: &'s J, mut node: &'s J) -> &'s J {
    for _ in 0..8 {
        match node
            .get("$ref")
            .and_then(J::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| root.pointer(p))
        {
            Some(n) => node = n,
            None => break,
        }
    }
    node
}

fn describe(path: &[Seg]) -> String {
    match path.last() {
        None => "the file".to_string(),
        Some(_) => {
            let mut out = String::new();
            for seg in path {
                match seg {
                    Seg::Key(k) if out.is_empty() => out.push_str(k),
                    Seg::Key(k) => {
                        out.push('.');
                        out.push_str(k);
                    }
                    Seg::Index(i) => out.push_str(&format!("[{i}]")),
                }
            }
            format!("`{out}`")
        }
    }
}

fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word.to_lowercase(), &c.to_lowercase()),
                c,
            )
        })
        .filter(|(d, _)| {
            let allowed = match word.chars().count() {
                0..=3 => 1,
                4..=6 => 2,
                _ => 3,
            };
            *d <= allowed
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn schema_diagnostic(
    error: &jsonschema::ValidationError,
    node: &Node,
    file: FileId,
    root: &J,
) -> Diagnostic {
    let path = instance_path(error);
    let span: Span = node.locate(&path);
    let schema_path = error.schema_path().as_str().to_string();
    let here = schema_at(root, &schema_path);
    let what = describe(&path);
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let key = unexpected.first().cloned().unwrap_or_default();
            let mut key_path = path.clone();
            key_path.push(Seg::Key(key.clone()));
            let span = node.locate_key(&key_path);
            let allowed: Vec<&str> = here
                .and_then(|s| s.get("properties"))
                .and_then(J::as_object)
                .map(|m| {
                    m.keys()
                        .map(String::as_str)
                        .filter(|k| !k.starts_with('$'))
                        .collect()
                })
                .unwrap_or_default();
            let where_ = if path.is_empty() {
                "at the top level".to_string()
            } else {
                format!("in {what}")
            };
            let mut d = Diagnostic::new(
                &codes::UnknownKey::INFO,
                file,
                Some(span),
                format!("unknown key `{key}` {where_}"),
            )
            .with_label("not a key of the register format");
            match closest(&key, allowed.iter().copied()) {
                Some(best) => d.set_help(format!("did you mean `{best}`?")),
                None => d.set_help(format!("the keys allowed here are: {}", allowed.join(", "))),
            };
            d
        }
        ValidationErrorKind::Required { property } => {
            let prop = property.as_str().unwrap_or_default().to_string();
            let desc = here
                .and_then(|s| s.get("properties"))
                .and_then(|p| p.get(&prop))
                .and_then(|p| {
                    p.get("description")
                        .or_else(|| resolve(root, p).get("description"))
                })
                .and_then(J::as_str)
                .map(|d| format!(" ({})", d.trim_end_matches('.')))
                .unwrap_or_default();
            let where_ = if path.is_empty() {
                "the file".to_string()
            } else {
                what.clone()
            };
            Diagnostic::new(
                &codes::Schema::INFO,
                file,
                Some(span),
                format!("{where_} is missing `{prop}`"),
            )
            .with_label(format!("`{prop}` is required here"))
            .with_help(format!("add `{prop}:`{desc}"))
        }
        ValidationErrorKind::Type { .. }
            if here
                .and_then(|h| h.get("enum"))
                .and_then(J::as_array)
                .is_some() =>
        {
            let options: Vec<&str> = here
                .and_then(|h| h.get("enum"))
                .and_then(J::as_array)
                .map(|a| a.iter().filter_map(J::as_str).collect())
                .unwrap_or_default();
            enum_diagnostic(error, &options, &what, file, span)
        }
        ValidationErrorKind::Type { kind } => {
            let expected = format!("{kind:?}").to_lowercase();
            let expected = expected
                .trim_start_matches("single(")
                .trim_end_matches(')')
                .replace("multiple(", "");
            let expected = match expected.as_str() {
                "array" => "a list (`- item` lines or `[a, b]`)".to_string(),
                "object" => "a mapping of `key: value` lines".to_string(),
                "string" => "a text".to_string(),
                "boolean" => "true or false".to_string(),
                "integer" => "a whole number".to_string(),
                other => other.to_string(),
            };
            let mut help = format!("write {what} as {expected}");
            if path.last() == Some(&Seg::Key("basis".into())) {
                help = "a purpose has exactly one legal basis: if it rests on two, split it into two purposes".into();
            }
            Diagnostic::new(
                &codes::Schema::INFO,
                file,
                Some(span),
                format!("{what} should be {expected}"),
            )
            .with_label(format!("expected {expected}"))
            .with_help(help)
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<&str> = options
                .as_array()
                .map(|a| a.iter().filter_map(J::as_str).collect())
                .unwrap_or_default();
            enum_diagnostic(error, &options, &what, file, span)
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. }
            if !one_of_consts(here).is_empty() =>
        {
            enum_diagnostic(error, &one_of_consts(here), &what, file, span)
        }
        ValidationErrorKind::Pattern { pattern }
        | ValidationErrorKind::Format { format: pattern } => {
            let given = error.instance().as_str().unwrap_or_default().to_string();
            let help = if pattern.starts_with("^P") {
                "write the period in ISO 8601 form: P10Y (10 years), P6M (6 months), P30D (30 days), P1Y6M".to_string()
            } else if pattern.contains("[0-9]{4}") || pattern == "date" {
                "write the date as YYYY-MM-DD, e.g. 2026-03-02, and check that the day exists"
                    .to_string()
            } else if pattern.contains("[A-Z]{2}") {
                "use the two-letter ISO 3166 country code in capitals, e.g. FI, SE, IE, US"
                    .to_string()
            } else if pattern.contains("a-z0-9") {
                "ids use lower-case letters a–z, digits and hyphens, starting with a letter or digit, e.g. `customer-service`".to_string()
            } else {
                format!("the value must match {pattern}")
            };
            Diagnostic::new(
                &codes::Schema::INFO,
                file,
                Some(span),
                format!("`{given}` is not valid for {what}"),
            )
            .with_label("wrong form")
            .with_help(help)
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            let is_text = here
                .map(|s| s.to_string().contains("#/$defs/Text"))
                .unwrap_or(false)
                || schema_path.contains("Text");
            if is_text {
                Diagnostic::new(&codes::Schema::INFO, file, Some(span), format!("{what} should be a text, or a text per language"))
                    .with_label("expected text")
                    .with_help("write either `key: text` or one line per language, e.g. `fi: …` and `en: …` indented under the key")
            } else {
                Diagnostic::new(
                    &codes::Schema::INFO,
                    file,
                    Some(span),
                    format!("{what} does not have an allowed form"),
                )
                .with_help("see `seloste schema` for the forms allowed here")
            }
        }
        ValidationErrorKind::MinItems { limit } => Diagnostic::new(
            &codes::Schema::INFO,
            file,
            Some(span),
            format!("{what} needs at least {limit} item(s)"),
        )
        .with_help("add the missing items"),
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => {
            Diagnostic::new(
                &codes::Schema::INFO,
                file,
                Some(span),
                format!("{what} is out of range: {error}"),
            )
            .with_help(if path.last() == Some(&Seg::Key("schema_version".into())) {
                "this version of seloste reads `schema_version: 1`"
            } else {
                "use a value in the allowed range"
            })
        }
        _ => Diagnostic::new(
            &codes::Schema::INFO,
            file,
            Some(span),
            format!("{what}: {error}"),
        )
        .with_help("see `seloste schema` for what is allowed here"),
    }
}

/// The allowed values of an enum that schemars wrote as `oneOf` of documented constants.
fn one_of_consts(here: Option<&J>) -> Vec<&str> {
    here.and_then(|s| s.get("oneOf").or_else(|| s.get("anyOf")))
        .and_then(J::as_array)
        .map(|alts| {
            alts.iter()
                .filter_map(|a| a.get("const").and_then(J::as_str))
                .collect()
        })
        .unwrap_or_default()
}

fn enum_diagnostic(
    error: &jsonschema::ValidationError,
    options: &[&str],
    what: &str,
    file: FileId,
    span: Span,
) -> Diagnostic {
    let Some(given) = error.instance().as_str() else {
        return Diagnostic::new(
            &codes::Schema::INFO,
            file,
            Some(span),
            format!("{what} should be one of: {}", options.join(", ")),
        )
        .with_label("expected one word from the list")
        .with_help(if what.ends_with("basis`") {
            "a purpose has exactly one legal basis: if it rests on two, split it into two purposes"
                .to_string()
        } else {
            format!("use one of: {}", options.join(", "))
        });
    };
    let given = given.to_string();
    let mut d = Diagnostic::new(
        &codes::Schema::INFO,
        file,
        Some(span),
        format!("`{given}` is not a valid value for {what}"),
    )
    .with_label("not one of the allowed values");
    match closest(&given, options.iter().copied()) {
        Some(best) => d.set_help(format!(
            "did you mean `{best}`? Allowed: {}",
            options.join(", ")
        )),
        None => d.set_help(format!("use one of: {}", options.join(", "))),
    };
    d
}
