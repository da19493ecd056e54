//! The YAML tree built straight from the parser's events, for the common case.
//!
//! serde-saphyr reads a document through serde, with every node wrapped in `Spanned`;
//! that layer cost more than the parsing itself (check of 1 000 registers: see
//! BENCHMARKS.md). Registers are plain YAML: mappings, sequences, strings, a few
//! numbers and booleans, no anchors or tags. [`parse`] builds the tree from the events
//! of granit-parser (the parser serde-saphyr uses) when the document is that plain, and
//! gives up, returning `None`, at the first thing it does not handle exactly as
//! serde-saphyr does: then the caller reads the document the slow way, which also
//! produces every error message. What it gives up on:
//! - anchors, aliases, tags, merge keys (`<<`), complex keys, more than one document;
//! - a key whose text repeats in the same mapping (serde-saphyr reports the duplicate);
//! - deeper than [`MAX_DEPTH`](super::MAX_DEPTH) levels or more nodes than the budget;
//! - plain scalars that could read as something other than a string, a decimal integer,
//!   `true`/`false` or null (floats, hex, octal, `.inf`, `yes`, underscores, …);
//! - any parse error.
//!
//! `tests/it/fast_yaml.rs` checks that both ways give the same tree, spans included, for
//! every YAML file in the repository and for random documents.

use super::tree::{Node, Span, Value};
use granit_parser::{Event, Parser, ScalarStyle};

/// At most this many nodes, as serde-saphyr's budget in `parse_yaml`.
const MAX_NODES: usize = 250_000;

/// The tree of `text`, or `None` when the document needs serde-saphyr (see the module
/// documentation). Spans are in bytes.
pub fn parse(text: &str) -> Option<Node> {
    let mut parser = Parser::new_from_str(text);
    // Open collections: the node being built and, for a mapping, a key waiting for its value.
    let mut stack: Vec<(Node, Option<Node>)> = Vec::new();
    let mut root: Option<Node> = None;
    let mut nodes = 0usize;
    let mut documents = 0;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.ok()?;
        let span = byte_span(text, &span)?;
        let done = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => continue,
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                Node {
                    value: scalar(&value, style)?,
                    span,
                }
            }
            Event::SequenceStart(_, anchor, tag) | Event::MappingStart(_, anchor, tag)
                if anchor != 0 || tag.is_some() || stack.len() >= super::MAX_DEPTH =>
            {
                return None;
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let value = if matches!(event, Event::SequenceStart(..)) {
                    Value::Seq(Vec::new())
                } else {
                    Value::Map(Vec::new())
                };
                stack.push((Node { value, span }, None));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, pending) = stack.pop()?;
                if pending.is_some() {
                    return None;
                }
                node
            }
            _ => return None,
        };
        nodes += 1;
        if nodes > MAX_NODES {
            return None;
        }
        match stack.last_mut() {
            None => {
                if root.is_some() {
                    return None;
                }
                root = Some(done);
            }
            Some((parent, pending)) => match &mut parent.value {
                Value::Seq(items) => items.push(done),
                Value::Map(entries) => match pending.take() {
                    Some(key) => entries.push((key, done)),
                    None => {
                        let text = match &done.value {
                            Value::Str(s) => s.as_str(),
                            // Keys that are numbers, booleans or null: the slow way decides.
                            _ => return None,
                        };
                        if text == "<<" || entries.iter().any(|(k, _)| k.as_str() == Some(text)) {
                            return None;
                        }
                        *pending = Some(done);
                    }
                },
                _ => return None,
            },
        }
    }
    if !stack.is_empty() {
        return None;
    }
    root
}

/// The value of a scalar without a tag, as serde-saphyr reads it into an untyped value
/// (strict booleans), or `None` when that needs serde-saphyr.
fn scalar(text: &str, style: ScalarStyle) -> Option<Value> {
    if style != ScalarStyle::Plain {
        return Some(Value::Str(text.to_string()));
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    let first = text.chars().next()?;
    if first.is_ascii_digit() || matches!(first, '-' | '+' | '.') {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let simple = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        if simple {
            return text.parse::<i64>().ok().map(Value::Int);
        }
        // Anything a number parser might take (`1e3`, `.5`, `+1`, `0x1F`, `0o17`, `1_000`,
        // `.inf`, times like `12:30`): the slow way decides.
        let numeric_looking = text.parse::<f64>().is_ok()
            || text.contains(['_', ':'])
            || text.len() > 1
                && matches!(
                    &text.as_bytes()[..2],
                    b"0x" | b"0o" | b"0b" | b"0X" | b"0O" | b"0B"
                )
            || text
                .trim_start_matches(['+', '-'])
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case(".inf"))
            || text.eq_ignore_ascii_case(".nan");
        if numeric_looking {
            return None;
        }
    }
    // YAML 1.1 spellings that some readers take for booleans: the slow way decides.
    if text.len() <= 3
        && ["y", "n", "yes", "no", "on", "off"]
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w))
    {
        return None;
    }
    Some(Value::Str(text.to_string()))
}

/// The span of an event in bytes, with 1-based line and column (as `tree::Span` wants).
fn byte_span(text: &str, span: &granit_parser::Span) -> Option<Span> {
    let start = span.start.byte_offset()?;
    let end = span.end.byte_offset()?.max(start);
    if end > text.len() {
        return None;
    }
    Some(Span {
        offset: start,
        len: end - start,
        line: span.start.line(),
        column: span.start.col() + 1,
    })
}
