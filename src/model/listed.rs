//! A list that may instead be stated empty on purpose: `recipients: none`.
//!
//! "Not filled in" and "there are none" are different facts: a notice that leaves
//! `recipients` out has not said who receives the data, while `recipients: none` says in
//! words that nobody does, and the rules can hold the rest of the notice to that.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The entries of a list, or `none`: a statement that there are none.
#[derive(Clone, Debug, PartialEq)]
pub enum ListOrNone<T> {
    /// `none`: stated that there are none.
    None,
    /// The entries (an empty list when the key is left out).
    List(Vec<T>),
}

impl<T> Default for ListOrNone<T> {
    fn default() -> Self {
        ListOrNone::List(Vec::new())
    }
}

impl<T> ListOrNone<T> {
    /// True when the file says `none`.
    pub fn is_stated_none(&self) -> bool {
        matches!(self, ListOrNone::None)
    }
}

impl<T> std::ops::Deref for ListOrNone<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        match self {
            ListOrNone::None => &[],
            ListOrNone::List(v) => v,
        }
    }
}

impl<T> From<Vec<T>> for ListOrNone<T> {
    fn from(v: Vec<T>) -> Self {
        ListOrNone::List(v)
    }
}

/// The word that states "none".
const NONE: &str = "none";

impl<T: Serialize> Serialize for ListOrNone<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ListOrNone::None => s.serialize_str(NONE),
            ListOrNone::List(v) => v.serialize(s),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ListOrNone<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
            type Value = ListOrNone<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list, or none")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v == NONE {
                    Ok(ListOrNone::None)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
                while let Some(item) = seq.next_element()? {
                    v.push(item);
                }
                Ok(ListOrNone::List(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A list of `T`, or the string `none`. `items` applies only to a list and `pattern` only
/// to a string, so an error in one entry is still reported at that entry.
impl<T: JsonSchema> JsonSchema for ListOrNone<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("ListOrNone_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let items = g.subschema_for::<T>();
        schemars::json_schema!({
            "type": ["array", "string"],
            "items": items,
            "pattern": "^none$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_a_list_and_nothing_else() {
        let none: ListOrNone<u32> = serde_json::from_str("\"none\"").unwrap();
        assert!(none.is_stated_none() && none.is_empty());
        let list: ListOrNone<u32> = serde_json::from_str("[1, 2]").unwrap();
        assert_eq!(&*list, &[1, 2]);
        assert!(!list.is_stated_none());
        assert!(serde_json::from_str::<ListOrNone<u32>>("\"nobody\"").is_err());
        assert_eq!(serde_json::to_string(&none).unwrap(), "\"none\"");
        assert!(!ListOrNone::<u32>::default().is_stated_none());
    }
}
