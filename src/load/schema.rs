//! Validates a YAML tree against the JSON Schema and reads it into the model.
//!
//! The schema is generated from the model types, so the two agree by construction;
//! schema errors are walked back from their instance path to the exact key or value
//! in the YAML, and get a fix-it help line (closest key name, allowed values, the
//! property's own description).

use super::Content;
use super::codes;
use super::hints;
use super::recover::{self, Recovery};
use super::tree::{Node, Seg, Span, Value};
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
            (
                d.span.map(|s| s.offset),
                crate::diagnostic::Msg::Raw(String::new()),
            )
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
    // Most files read: straight from the value, moving its strings. Only a file that does
    // not is read again, from a fresh copy, with the path to what failed.
    if let Ok(t) = serde_json::from_value(json) {
        return Ok(t);
    }
    serde_path_to_error::deserialize(node.to_json()).map_err(|e| {
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

/// Where `path` is, in words that name each list item by its id (or name), never by its
/// position: "the `basis` of purpose `newsletter`", "category `contact-details`", "entry 2
/// of `meta.languages`"; an item without an id is counted: "the 2nd purpose".
pub(super) fn describe(path: &[Seg], node: &Node) -> String {
    let mut items: Vec<String> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut cur = Some(node);
    let mut scalar_entry: Option<String> = None;
    for seg in path {
        let next = cur.and_then(|n| n.get(seg));
        match seg {
            Seg::Key(k) => keys.push(k),
            Seg::Index(i) => {
                let is_item = next.is_none_or(|n| matches!(n.value, Value::Map(_)));
                if is_item {
                    let noun = keys.last().map_or("entry".to_string(), |k| item_noun(k));
                    let phrase = match next.and_then(item_name) {
                        Some(name) => format!("{noun} `{name}`"),
                        None => format!("the {} {noun}", ordinal(i + 1)),
                    };
                    items.push(phrase);
                } else {
                    scalar_entry = Some(format!("entry {} of `{}`", i + 1, keys.join(".")));
                }
                keys.clear();
            }
        }
        cur = next;
    }
    items.reverse();
    let chain = items.join(" in ");
    let head = match scalar_entry {
        // A word in a list of words (`languages: [fi, ruotsi]`): nothing follows it.
        Some(entry) if keys.is_empty() => entry,
        _ if keys.is_empty() => String::new(),
        _ if chain.is_empty() => format!("`{}`", keys.join(".")),
        _ => format!("the `{}`", keys.join(".")),
    };
    match (head.is_empty(), chain.is_empty()) {
        (true, true) => "the file".to_string(),
        (true, false) => chain,
        (false, true) => head,
        (false, false) if head.starts_with("entry") => format!("{head} in {chain}"),
        (false, false) => format!("{head} of {chain}"),
    }
}

/// What one item of the list `key` is called.
pub(super) fn item_noun(key: &str) -> String {
    match key {
        "purposes" => "purpose",
        "categories" => "category",
        "data_subjects" => "data subject group",
        "sources" => "source",
        "recipients" => "recipient",
        "transfers" => "transfer",
        "joint_controllers" => "joint controller",
        "suppress" => "suppression",
        other => return format!("`{other}` entry"),
    }
    .to_string()
}

/// What an item calls itself: its `id`, else its name, the recipient of a transfer, the rule
/// of a suppression (the first text of a name given per language).
fn item_name(item: &Node) -> Option<String> {
    for key in ["id", "name", "recipient", "rule"] {
        let Some((_, v)) = item.entry(key) else {
            continue;
        };
        let text = match &v.value {
            Value::Str(s) => Some(s.as_str()),
            Value::Map(entries) => entries.iter().find_map(|(_, t)| t.as_str()),
            _ => None,
        };
        if let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) {
            let mut shown: String = t.chars().take(40).collect();
            if t.chars().count() > 40 {
                shown.push('…');
            }
            return Some(shown.replace('`', "'"));
        }
    }
    None
}

pub(super) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
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
    let what = describe(&path, node);
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
            let meant = hints::key(&key, &allowed);
            if let Some(dym) = hints::did_you_mean(&meant) {
                d.set_help(format!(
                    "{dym} The keys are English words; the keys allowed here are: {}",
                    allowed.join(", ")
                ));
                return d;
            }
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
            enum_diagnostic(error, &options, &what, &path, file, span)
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
                // A text of a given form (a date, an id, a code): that form, in words.
                "string" => here
                    .and_then(|h| h.get("pattern").or_else(|| h.get("format")))
                    .and_then(J::as_str)
                    .and_then(hints::pattern_words)
                    .unwrap_or("a text")
                    .to_string(),
                "boolean" => "true or false".to_string(),
                "integer" => "a whole number".to_string(),
                other => other.to_string(),
            };
            let mut help = format!("write {what} as {expected}");
            if path.last() == Some(&Seg::Key("basis".into())) {
                help = "a purpose has exactly one legal basis: if it rests on two, split it into two purposes".into();
            }
            // `id:x` is one text to YAML: a key needs a space after its colon.
            if let Some(text) = error.instance().as_str()
                && (expected.starts_with("a mapping") || expected.starts_with("a list"))
                && let Some((key, value)) = text.split_once(':')
                && !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'))
                && value.chars().next().is_some_and(|c| c != ' ')
            {
                let value = value.split_whitespace().next().unwrap_or("");
                help = format!(
                    "YAML reads `{key}:{value}` as one text: put a space after the colon of each key, e.g. `{key}: {value}`"
                );
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
            enum_diagnostic(error, &options, &what, &path, file, span)
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. }
            if !one_of_consts(here).is_empty() =>
        {
            enum_diagnostic(error, &one_of_consts(here), &what, &path, file, span)
        }
        ValidationErrorKind::Pattern { pattern }
        | ValidationErrorKind::Format { format: pattern } => {
            let given = error.instance().as_str().unwrap_or_default();
            form_diagnostic(pattern, given, here, &what, &path, file, span)
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
            // The validator's own text may quote a regular expression: never shown.
            match error.to_string() {
                e if e.contains('^') || e.contains('\\') => {
                    format!("{what} does not have an allowed value")
                }
                e => format!("{what}: {e}"),
            },
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

/// A text that does not have the form a pattern (or format) asks for: what to write instead
/// when the text says it in another way (a date day first, a period in words, a language or
/// country by name, a name where an id goes), else what is expected, in words. The pattern
/// itself is never shown.
fn form_diagnostic(
    pattern: &str,
    given: &str,
    here: Option<&J>,
    what: &str,
    path: &[Seg],
    file: FileId,
    span: Span,
) -> Diagnostic {
    let expected = hints::pattern_words(pattern)
        .map(str::to_string)
        .or_else(|| {
            // The property's own description, first sentence.
            let d = here?.get("description")?.as_str()?;
            let first = d.split(". ").next().unwrap_or(d).trim_end_matches('.');
            Some(format!("as described: {first}"))
        })
        .unwrap_or_else(|| "in the form that `seloste schema` describes".to_string());
    let is_date = pattern == "date" || pattern.contains("[0-9]{4}-");
    let is_period = pattern.starts_with("^P");
    let is_country = pattern == "^[A-Z]{2}$";
    let in_languages = matches!(
        path,
        [.., Seg::Key(k), Seg::Index(_)] if k == "languages"
    );
    let is_id = pattern.starts_with("^[a-z0-9]");
    let help = if is_date {
        match hints::date(given) {
            Some(Ok((iso, day))) => {
                format!("write {iso} ({day}): seloste reads dates as year-month-day, YYYY-MM-DD")
            }
            Some(Err(why)) => format!(
                "{why}: check the date and write it as year-month-day, YYYY-MM-DD, e.g. 2026-03-01"
            ),
            None => format!("write {expected}"),
        }
    } else if is_period {
        match hints::period(given) {
            Some((iso, words)) => format!(
                "write {iso} ({words}): periods are written in ISO 8601 form, e.g. P10Y = 10 years, P6M = 6 months, P30D = 30 days"
            ),
            None => format!(
                "write {expected}; a time that is not a fixed period goes under `until:` or `criteria:`"
            ),
        }
    } else if is_country || in_languages {
        let found = if is_country {
            hints::country(given)
        } else {
            hints::language(given)
        };
        match found.and_then(|s| hints::did_you_mean(&[s])) {
            Some(dym) => format!("{dym} Write {expected}"),
            None => format!("write {expected}"),
        }
    } else if is_id {
        match hints::id_like(given) {
            Some(id) => format!("write it as `{id}`: {expected}"),
            None => format!("write {expected}, e.g. `customer-service`"),
        }
    } else {
        format!("write {what} as {expected}")
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

fn enum_diagnostic(
    error: &jsonschema::ValidationError,
    options: &[&str],
    what: &str,
    path: &[Seg],
    file: FileId,
    span: Span,
) -> Diagnostic {
    let is_basis = path.last() == Some(&Seg::Key("basis".into()));
    let Some(given) = error.instance().as_str() else {
        return Diagnostic::new(
            &codes::Schema::INFO,
            file,
            Some(span),
            format!("{what} should be one of: {}", options.join(", ")),
        )
        .with_label("expected one word from the list")
        .with_help(if is_basis {
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
    let meant = hints::enum_value(&given, options);
    if let Some(dym) = hints::did_you_mean(&meant) {
        let mut help = format!("{dym} The values are English words: {}", options.join(", "));
        if meant.len() > 1 && is_basis {
            help.push_str(". A purpose has exactly one legal basis: if it rests on two, split it into two purposes");
        }
        d.set_help(help);
        return d;
    }
    match closest(&given, options.iter().copied()) {
        Some(best) => d.set_help(format!(
            "did you mean `{best}`? Allowed: {}",
            options.join(", ")
        )),
        None => d.set_help(format!("use one of: {}", options.join(", "))),
    };
    d
}
