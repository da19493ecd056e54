//! A YAML document as a tree of nodes that remember where they are in the source.
//!
//! serde-saphyr parses the text (with budgets against alias bombs and deep nesting);
//! every node is read through [`serde_saphyr::Spanned`], so a value found anywhere in
//! the tree can be pointed at by byte range, line and column. The tree converts to a
//! `serde_json::Value` for schema validation, and a JSON-pointer-like path leads back
//! to the node (and so the span) it came from.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

pub use crate::diagnostic::Span;

/// The span of a parser location.
fn span_at(loc: &serde_saphyr::Location) -> Span {
    // The parser counts characters; `load::fix_offsets` turns these into byte offsets.
    let span = loc.span();
    Span {
        offset: span.offset() as usize,
        len: span.len() as usize,
        line: loc.line() as usize,
        column: loc.column() as usize,
    }
}

/// A YAML value with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Keys are kept in source order, each with its own span.
    Map(Vec<(Node, Node)>),
}

/// One step of a path into the tree.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl fmt::Display for Seg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Seg::Key(k) => f.write_str(k),
            Seg::Index(i) => write!(f, "{i}"),
        }
    }
}

impl From<&str> for Seg {
    fn from(s: &str) -> Seg {
        Seg::Key(s.to_string())
    }
}
impl From<String> for Seg {
    fn from(s: String) -> Seg {
        Seg::Key(s)
    }
}
impl From<usize> for Seg {
    fn from(i: usize) -> Seg {
        Seg::Index(i)
    }
}

impl Node {
    /// The byte range the node covers, keys and nested values included. Nodes put in by
    /// the loader's recovery (no line) are left out: they stand nowhere in the file.
    pub fn extent(&self) -> (usize, usize) {
        let mut lo = self.span.offset;
        let mut hi = self.span.offset + self.span.len;
        let mut stack = vec![self];
        while let Some(n) = stack.pop() {
            if n.span.line > 0 {
                lo = lo.min(n.span.offset);
                hi = hi.max(n.span.offset + n.span.len);
            }
            match &n.value {
                Value::Seq(items) => stack.extend(items),
                Value::Map(entries) => {
                    for (k, v) in entries {
                        stack.push(k);
                        stack.push(v);
                    }
                }
                _ => {}
            }
        }
        (lo, hi)
    }

    /// The value of `key` in a mapping, with the key's own node.
    pub fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    pub fn get(&self, seg: &Seg) -> Option<&Node> {
        match (seg, &self.value) {
            (Seg::Key(k), Value::Map(_)) => self.entry(k).map(|(_, v)| v),
            (Seg::Index(i), Value::Seq(items)) => items.get(*i),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The best span for `path`: the node itself if it exists; for a missing key, the
    /// key of the nearest existing ancestor (so "missing `x`" points at its parent's key).
    pub fn locate(&self, path: &[Seg]) -> Span {
        let mut node = self;
        let mut key_span: Option<Span> = None;
        for seg in path {
            let next = match (seg, &node.value) {
                (Seg::Key(k), Value::Map(_)) => node.entry(k).map(|(kn, v)| (Some(kn.span), v)),
                (Seg::Index(i), Value::Seq(items)) => items.get(*i).map(|v| (None, v)),
                _ => None,
            };
            match next {
                Some((ks, v)) => {
                    key_span = ks;
                    node = v;
                }
                None => return key_span.unwrap_or(node.span),
            }
        }
        // A mapping or sequence value starts at its first entry; pointing at its key reads better.
        match node.value {
            Value::Map(_) | Value::Seq(_) => key_span.unwrap_or(node.span),
            _ => node.span,
        }
    }

    /// The span of the key `path` ends in (or the node's own span when the path ends in an index).
    pub fn locate_key(&self, path: &[Seg]) -> Span {
        if let Some((Seg::Key(k), parent)) = path.split_last() {
            let mut node = self;
            for seg in parent {
                match node.get(seg) {
                    Some(n) => node = n,
                    None => return self.locate(path),
                }
            }
            if let Some((kn, _)) = node.entry(k) {
                return kn.span;
            }
        }
        self.locate(path)
    }

    /// Converts to JSON for schema validation. Non-string keys become their text.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f)
                .map(J::Number)
                .unwrap_or(J::Null),
            Value::Str(s) => J::String(s.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => {
                let mut map = serde_json::Map::new();
                for (k, v) in entries {
                    map.insert(k.key_text(), v.to_json());
                }
                J::Object(map)
            }
        }
    }

    /// A mapping key as text.
    pub fn key_text(&self) -> String {
        match &self.value {
            Value::Str(s) => s.clone(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Seq(_) | Value::Map(_) => "<complex key>".into(),
        }
    }

    /// Calls `f` with every string scalar value (not keys) and its path.
    pub fn walk_strings<'a>(
        &'a self,
        path: &mut Vec<Seg>,
        f: &mut dyn FnMut(&[Seg], &'a Node, &'a str),
    ) {
        match &self.value {
            Value::Str(s) => f(path, self, s),
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    item.walk_strings(path, f);
                    path.pop();
                }
            }
            Value::Map(entries) => {
                for (k, v) in entries {
                    path.push(Seg::Key(k.key_text()));
                    v.walk_strings(path, f);
                    path.pop();
                }
            }
            _ => {}
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(d)?;
        Ok(Node {
            span: span_at(&spanned.referenced),
            value: spanned.value,
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        match i64::try_from(v) {
            Ok(i) => Ok(Value::Int(i)),
            Err(_) => Ok(Value::Float(v as f64)),
        }
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v)
            .map(Value::Int)
            .unwrap_or(Value::Float(v as f64)))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v)
            .map(Value::Int)
            .unwrap_or(Value::Float(v as f64)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Node>()? {
            let value = map.next_value::<Node>()?;
            entries.push((key, value));
        }
        Ok(Value::Map(entries))
    }
}
