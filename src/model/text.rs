//! Human-readable text: one string for a single-language notice, or one per language.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language code such as `fi`, `en` or `sv` (ISO 639-1, lower case).
pub type Lang = String;

/// A text shown to the reader. Either one string (for a notice in one language) or a
/// map from language code to text (`fi: …`, `en: …`). Long texts may use Markdown:
/// paragraphs, lists and links.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(example = serde_json::json!({"fi": "Asiakasrekisteri", "en": "Customer register"}))]
pub enum Text {
    /// The same text whatever the language: only for notices with one language.
    Plain(String),
    /// One text per language, e.g. `{fi: Asiakasrekisteri, en: Customer register}`.
    Localized(BTreeMap<Lang, String>),
}

/// Read as a string or a map, without the buffering of an untagged enum (which copies
/// every text of a register once more; check of 1 000 registers: see BENCHMARKS.md).
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or a text per language")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                BTreeMap::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(Text::Localized)
            }
        }
        d.deserialize_any(V)
    }
}

impl Text {
    /// The text in `lang`, if there is one.
    pub fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Text::Plain(s) => Some(s),
            Text::Localized(map) => map.get(lang).map(String::as_str),
        }
    }

    /// Every (language, text) pair; a plain text has no language.
    pub fn variants(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Text::Plain(s) => vec![(None, s.as_str())],
            Text::Localized(map) => map
                .iter()
                .map(|(l, s)| (Some(l.as_str()), s.as_str()))
                .collect(),
        }
    }

    /// True when no variant has any visible content.
    pub fn is_blank(&self) -> bool {
        self.variants().iter().all(|(_, s)| s.trim().is_empty())
    }
}
