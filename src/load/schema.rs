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
use crate::diagnostic::{Diagnostic, FileId, Msg};
use crate::model::common::Unreadable;
use crate::model::{Organisation, Register, organisation_schema, register_schema};
use crate::msg;
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

/// Compiles the schemas now rather than at the first file (for a caller with an idle core).
pub fn prepare() {
    register_validator();
    organisation_validator();
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
            unreadable(&e.inner().to_string()),
        )
        .with_help(msg!("schema-model-help"));
        (Box::new(d), path)
    })
}

/// A reading error of the model in the officer's words: a date or period that the
/// model's types could not read ([`Unreadable`]); any other as serde gives it.
fn unreadable(error: &str) -> Msg {
    match Unreadable::recognise(error) {
        Some(Unreadable::Date(value)) => msg!("load-not-a-date", value = value),
        Some(Unreadable::Period(value)) => msg!("load-not-a-period", value = value),
        None => Msg::Raw(error.to_string()),
    }
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

/// `node`, or what its `$ref`s (in `root`, up to 8 deep) lead to.
pub fn resolve<'s>(root: &'s J, mut node: &'s J) -> &'s J {
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

/// An item named inside the one around it ("recipient `b` in purpose `a`"), in the plain
/// and the genitive form: `(outer, outer_gen)` and `(inner, inner_gen)` become the pair for
/// the inner item in the outer one.
pub(super) fn nest((outer, outer_gen): (Msg, Msg), (inner, inner_gen): (Msg, Msg)) -> (Msg, Msg) {
    (
        msg!(
            "place-in",
            inner = inner,
            outer = outer.clone(),
            outer_gen = outer_gen.clone()
        ),
        msg!(
            "place-in-gen",
            inner_gen = inner_gen,
            outer = outer,
            outer_gen = outer_gen
        ),
    )
}

/// Where `path` is, in words that name each list item by its id (or name), never by its
/// position: "the `basis` of purpose `newsletter`", "category `contact-details`", "entry 2
/// of `meta.languages`"; an item without an id is counted: "the 2nd purpose". The words
/// are the catalogs' `place-*` messages, in the officer's language.
pub fn describe(path: &[Seg], node: &Node) -> Msg {
    // Each item as (the words alone, the words naming what belongs to it): Finnish says
    // "käsittelyn tarkoituksen `x` kohta `basis`", so an item has a second form.
    let mut items: Vec<(Msg, Msg)> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut cur = Some(node);
    let mut scalar_entry: Option<(usize, String)> = None;
    for seg in path {
        let next = cur.and_then(|n| n.get(seg));
        match seg {
            Seg::Key(k) => keys.push(k),
            Seg::Index(i) => {
                let is_item = next.is_none_or(|n| matches!(n.value, Value::Map(_)));
                if is_item {
                    items.push(item_words(
                        keys.last().copied(),
                        next.and_then(item_name),
                        i + 1,
                    ));
                } else {
                    scalar_entry = Some((i + 1, keys.join(".")));
                }
                keys.clear();
            }
        }
        cur = next;
    }
    // Outermost first: "recipient `b` in purpose `a`".
    let chain = items.into_iter().reduce(nest);
    let key = keys.join(".");
    match (scalar_entry, chain) {
        // A word in a list of words (`languages: [fi, ruotsi]`): nothing follows it.
        (Some((n, list)), None) if keys.is_empty() => msg!("place-entry", n = n, key = list),
        (Some((n, list)), Some((chain, chain_gen))) if keys.is_empty() => msg!(
            "place-entry-in",
            n = n,
            key = list,
            chain = chain,
            chain_gen = chain_gen
        ),
        (_, None) if keys.is_empty() => msg!("place-file"),
        (_, Some((chain, _))) if keys.is_empty() => chain,
        (_, None) => msg!("place-key", key = key),
        (_, Some((chain, chain_gen))) => {
            msg!(
                "place-key-of",
                key = key,
                chain = chain,
                chain_gen = chain_gen
            )
        }
    }
}

/// One item of the list `list` (none for a list that is not a key's value), by its name,
/// else by its place `n` (1-based): its words alone and its words naming what belongs to it.
fn item_words(list: Option<&str>, name: Option<String>, n: usize) -> (Msg, Msg) {
    // "1st", "2nd", "11th": the catalogs choose by the last digits.
    let (last, last2) = (n % 10, n % 100);
    match (list, name) {
        (Some(list), Some(name)) => (
            msg!("place-item", list = list, name = name.clone()),
            msg!("place-item-gen", list = list, name = name),
        ),
        (Some(list), None) => (
            msg!("place-nth", list = list, n = n, last = last, last2 = last2),
            msg!(
                "place-nth-gen",
                list = list,
                n = n,
                last = last,
                last2 = last2
            ),
        ),
        (None, Some(name)) => (
            msg!("place-entry-named", name = name.clone()),
            msg!("place-entry-named-gen", name = name),
        ),
        (None, None) => (
            msg!("place-entry-nth", n = n, last = last, last2 = last2),
            msg!("place-entry-nth-gen", n = n, last = last, last2 = last2),
        ),
    }
}

/// An item of the list `list` that the text names `name` (else counted: the `n`th), for a
/// file that did not parse.
pub(super) fn item_in_text(list: &str, name: Option<String>, n: usize) -> (Msg, Msg) {
    item_words(Some(list), name, n)
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

/// What a value should be, in words: a message of the catalogs.
struct Expected {
    words: Msg,
    /// A list or a mapping is expected (where `id:x`, one text to YAML, may be meant).
    nested: bool,
}

fn expected_kind(kind: &str, here: Option<&J>) -> Expected {
    let words = match kind {
        "array" => msg!("schema-expected-list"),
        "object" => msg!("schema-expected-mapping"),
        // A text of a given form (a date, an id, a code): that form, in words.
        "string" => here
            .and_then(|h| h.get("pattern").or_else(|| h.get("format")))
            .and_then(J::as_str)
            .and_then(hints::pattern_words)
            .unwrap_or_else(|| msg!("schema-expected-text")),
        "boolean" => msg!("schema-expected-boolean"),
        "integer" => msg!("schema-expected-integer"),
        other => msg!("schema-expected-kind", kind = other),
    };
    Expected {
        words,
        nested: matches!(kind, "array" | "object"),
    }
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
    let schema = |message: Msg| Diagnostic::new(&codes::Schema::INFO, file, Some(span), message);
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
            let message = if path.is_empty() {
                msg!("unknown-key-message-top", key = key.as_str())
            } else {
                msg!("unknown-key-message", key = key.as_str(), place = what)
            };
            let mut d = Diagnostic::new(&codes::UnknownKey::INFO, file, Some(span), message)
                .with_label(msg!("unknown-key-label"));
            let meant = hints::key(&key, &allowed);
            if let Some(dym) = hints::did_you_mean(&meant) {
                d.set_help(msg!(
                    "unknown-key-help-translated",
                    suggestion = dym,
                    allowed = allowed.join(", ")
                ));
                return d;
            }
            match closest(&key, allowed.iter().copied()) {
                Some(best) => d.set_help(msg!("unknown-key-help-closest", key = best)),
                None => d.set_help(msg!(
                    "unknown-key-help-allowed",
                    allowed = allowed.join(", ")
                )),
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
                .map(|d| d.trim_end_matches('.').to_string());
            schema(msg!("schema-missing", place = what, key = prop.as_str()))
                .with_label(msg!("schema-missing-label", key = prop.as_str()))
                .with_help(match desc {
                    Some(d) => msg!("schema-missing-help-described", key = prop, description = d),
                    None => msg!("schema-missing-help", key = prop),
                })
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
            enum_diagnostic(error, &options, what, &path, file, span)
        }
        ValidationErrorKind::Type { kind } => {
            let kind = format!("{kind:?}").to_lowercase();
            let kind = kind
                .trim_start_matches("single(")
                .trim_end_matches(')')
                .replace("multiple(", "");
            let expected = expected_kind(&kind, here);
            let mut help = msg!(
                "schema-type-help",
                place = what.clone(),
                expected = expected.words.clone()
            );
            if path.last() == Some(&Seg::Key("basis".into())) {
                help = msg!("schema-one-basis");
            }
            // `id:x` is one text to YAML: a key needs a space after its colon.
            if let Some(text) = error.instance().as_str()
                && expected.nested
                && let Some((key, value)) = text.split_once(':')
                && !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'))
                && value.chars().next().is_some_and(|c| c != ' ')
            {
                let value = value.split_whitespace().next().unwrap_or("");
                help = msg!("schema-type-help-colon", key = key, value = value);
            }
            schema(msg!(
                "schema-type",
                place = what,
                expected = expected.words.clone()
            ))
            .with_label(msg!("schema-type-label", expected = expected.words))
            .with_help(help)
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<&str> = options
                .as_array()
                .map(|a| a.iter().filter_map(J::as_str).collect())
                .unwrap_or_default();
            enum_diagnostic(error, &options, what, &path, file, span)
        }
        // A date or a value from a list (retention `until:`): a date written another way
        // ("31.12.2027") gets the date's help.
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. }
            if takes_date(here)
                && error
                    .instance()
                    .as_str()
                    .is_some_and(|g| hints::date(g).is_some()) =>
        {
            let given = error.instance().as_str().unwrap_or_default();
            form_diagnostic("date", given, here, what, &path, file, span)
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. }
            if !one_of_consts(here).is_empty() =>
        {
            enum_diagnostic(error, &one_of_consts(here), what, &path, file, span)
        }
        ValidationErrorKind::Pattern { pattern }
        | ValidationErrorKind::Format { format: pattern } => {
            let given = error.instance().as_str().unwrap_or_default();
            form_diagnostic(pattern, given, here, what, &path, file, span)
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            let is_text = here
                .map(|s| s.to_string().contains("#/$defs/Text"))
                .unwrap_or(false)
                || schema_path.contains("Text");
            if is_text {
                schema(msg!("schema-text", place = what))
                    .with_label(msg!("schema-text-label"))
                    .with_help(msg!("schema-text-help"))
            } else {
                schema(msg!("schema-no-form", place = what)).with_help(msg!("schema-no-form-help"))
            }
        }
        ValidationErrorKind::MinItems { limit } => {
            schema(msg!("schema-min-items", place = what, limit = *limit))
                .with_help(msg!("schema-min-items-help"))
        }
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::Maximum { limit } => {
            let bound = if matches!(error.kind(), ValidationErrorKind::Minimum { .. }) {
                "min"
            } else {
                "max"
            };
            // $error: the validator's words ("2 is greater than the maximum of 1"), English;
            // the other languages say it from $bound and $limit.
            schema(msg!(
                "schema-range",
                place = what,
                error = error.to_string(),
                bound = bound,
                limit = limit.to_string()
            ))
            .with_help(if path.last() == Some(&Seg::Key("schema_version".into())) {
                msg!("schema-range-help-version")
            } else {
                msg!("schema-range-help")
            })
        }
        _ => schema(
            // The validator's own text may quote a regular expression: never shown.
            match error.to_string() {
                e if e.contains('^') || e.contains('\\') => {
                    msg!("schema-no-value", place = what)
                }
                e => msg!("schema-other", place = what, error = e),
            },
        )
        .with_help(msg!("schema-other-help")),
    }
}

/// True when one of the alternatives of `here` is a date.
fn takes_date(here: Option<&J>) -> bool {
    here.and_then(|s| s.get("anyOf"))
        .and_then(J::as_array)
        .is_some_and(|alts| {
            alts.iter()
                .any(|a| a.get("format") == Some(&J::from("date")))
        })
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
    what: Msg,
    path: &[Seg],
    file: FileId,
    span: Span,
) -> Diagnostic {
    let expected = hints::pattern_words(pattern)
        .or_else(|| {
            // The property's own description, first sentence (the schema's words).
            let d = here?.get("description")?.as_str()?;
            let first = d.split(". ").next().unwrap_or(d).trim_end_matches('.');
            Some(msg!("schema-expected-described", description = first))
        })
        .unwrap_or_else(|| msg!("schema-expected-schema"));
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
            Some(Ok((iso, day))) => msg!("schema-form-help-date", date = iso, day = day),
            Some(Err(why)) => msg!("schema-form-help-no-such-date", why = why),
            None => msg!("schema-form-help-write", expected = expected),
        }
    } else if is_period {
        match hints::period(given) {
            Some((iso, words)) => msg!("schema-form-help-period", period = iso, words = words),
            None => msg!("schema-form-help-not-a-period", expected = expected),
        }
    } else if is_country || in_languages {
        let found = if is_country {
            hints::country(given)
        } else {
            hints::language(given)
        };
        match found.and_then(|s| hints::did_you_mean(&[s])) {
            Some(dym) => msg!(
                "schema-form-help-code",
                suggestion = dym,
                expected = expected
            ),
            None => msg!("schema-form-help-write", expected = expected),
        }
    } else if is_id {
        match hints::id_like(given) {
            Some(id) => msg!("schema-form-help-id", id = id, expected = expected),
            None => msg!("schema-form-help-id-example", expected = expected),
        }
    } else {
        msg!(
            "schema-type-help",
            place = what.clone(),
            expected = expected
        )
    };
    Diagnostic::new(
        &codes::Schema::INFO,
        file,
        Some(span),
        msg!("schema-form", value = given, place = what),
    )
    .with_label(msg!("schema-form-label"))
    .with_help(help)
}

fn enum_diagnostic(
    error: &jsonschema::ValidationError,
    options: &[&str],
    what: Msg,
    path: &[Seg],
    file: FileId,
    span: Span,
) -> Diagnostic {
    let is_basis = path.last() == Some(&Seg::Key("basis".into()));
    let allowed = options.join(", ");
    let Some(given) = error.instance().as_str() else {
        return Diagnostic::new(
            &codes::Schema::INFO,
            file,
            Some(span),
            msg!(
                "schema-enum-not-a-word",
                place = what,
                allowed = allowed.as_str()
            ),
        )
        .with_label(msg!("schema-enum-not-a-word-label"))
        .with_help(if is_basis {
            msg!("schema-one-basis")
        } else {
            msg!("schema-enum-help", allowed = allowed)
        });
    };
    let given = given.to_string();
    let mut d = Diagnostic::new(
        &codes::Schema::INFO,
        file,
        Some(span),
        msg!("schema-enum", value = given.as_str(), place = what),
    )
    .with_label(msg!("schema-enum-label"));
    let meant = hints::enum_value(&given, options);
    if let Some(dym) = hints::did_you_mean(&meant) {
        d.set_help(if meant.len() > 1 && is_basis {
            msg!(
                "schema-enum-help-translated-basis",
                suggestion = dym,
                allowed = allowed
            )
        } else {
            msg!(
                "schema-enum-help-translated",
                suggestion = dym,
                allowed = allowed
            )
        });
        return d;
    }
    match closest(&given, options.iter().copied()) {
        Some(best) => d.set_help(msg!(
            "schema-enum-help-closest",
            value = best,
            allowed = allowed
        )),
        // An event the built-in list lacks is written in words (`retention.from`).
        None if path.last() == Some(&Seg::Key("event".into())) => {
            d.set_help(msg!("schema-enum-help-event", allowed = allowed))
        }
        None => d.set_help(msg!("schema-enum-help", allowed = allowed)),
    };
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceFile;
    use crate::messages::Messages;

    fn tree(yaml: &str) -> Node {
        let src = SourceFile::new("t.yaml".into(), yaml.into());
        super::super::serde_tree(&src).expect("test YAML parses")
    }

    fn place(node: &Node, path: &[Seg]) -> [String; 3] {
        let m = describe(path, node);
        ["en", "fi", "sv"].map(|l| Messages::get(l).text(&m))
    }

    fn key(k: &str) -> Seg {
        Seg::Key(k.into())
    }

    /// A place reads in each language: Finnish puts the item it belongs to in the genitive.
    #[test]
    fn places_are_named_in_each_language() {
        let t = tree(
            "meta:\n  languages: [fi, ruotsi]\npurposes:\n  - id: newsletter\n    basis: x\n  - name: Toinen\n  - basis: y\n    things:\n      - id: inner\n        law: z\n",
        );
        assert_eq!(
            place(&t, &[key("purposes"), Seg::Index(0), key("basis")]),
            [
                "the `basis` of purpose `newsletter`",
                "käsittelyn tarkoituksen `newsletter` kohta `basis`",
                "`basis` i ändamålet `newsletter`",
            ]
        );
        assert_eq!(
            place(&t, &[key("purposes"), Seg::Index(1)]),
            [
                "purpose `Toinen`",
                "käsittelyn tarkoitus `Toinen`",
                "ändamålet `Toinen`",
            ]
        );
        assert_eq!(
            place(
                &t,
                &[
                    key("purposes"),
                    Seg::Index(2),
                    key("things"),
                    Seg::Index(0),
                    key("law")
                ]
            ),
            [
                "the `law` of `things` entry `inner` in the 3rd purpose",
                "3. käsittelyn tarkoituksen `things`-luettelon kohdan `inner` kohta `law`",
                "`law` i posten `inner` i `things` i ändamål nr 3",
            ]
        );
        assert_eq!(
            place(&t, &[key("meta"), key("languages"), Seg::Index(1)]),
            [
                "entry 2 of `meta.languages`",
                "kohdan `meta.languages` 2. arvo",
                "post 2 i `meta.languages`",
            ]
        );
        assert_eq!(place(&t, &[]), ["the file", "tiedosto", "filen"]);
    }

    #[test]
    fn english_ordinals_take_their_suffix_from_the_last_digits() {
        let en = Messages::english();
        let nth = |n: usize| en.text(&item_words(Some("purposes"), None, n).0);
        assert_eq!(nth(1), "the 1st purpose");
        assert_eq!(nth(2), "the 2nd purpose");
        assert_eq!(nth(3), "the 3rd purpose");
        assert_eq!(nth(4), "the 4th purpose");
        assert_eq!(nth(11), "the 11th purpose");
        assert_eq!(nth(12), "the 12th purpose");
        assert_eq!(nth(21), "the 21st purpose");
        assert_eq!(nth(112), "the 112th purpose");
    }

    /// Every catalog message the load checks, duplicate-id and the suppression rules name
    /// exists in every language (a missing one would print its id).
    #[test]
    fn every_message_named_in_the_load_code_exists() {
        let sources = [
            include_str!("mod.rs"),
            include_str!("schema.rs"),
            include_str!("hints.rs"),
            include_str!("root.rs"),
            include_str!("../rules/duplicate_id.rs"),
            include_str!("../rules/suppression.rs"),
        ];
        let mut ids = Vec::new();
        for s in sources {
            for part in s.split("msg!(\"").skip(1) {
                let id = part.split('"').next().unwrap_or("");
                if !id.is_empty() {
                    ids.push(id.to_string());
                }
            }
        }
        assert!(ids.len() > 100, "{}", ids.len());
        for lang in crate::diagnostic::LANGUAGES {
            let m = Messages::get(lang);
            let missing: Vec<&String> = ids.iter().filter(|id| !m.has(id)).collect();
            assert!(missing.is_empty(), "{lang}: {missing:?}");
        }
    }
}
