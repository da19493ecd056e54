//! Human-readable text: one string for a single-language notice, or one per language.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language code such as `fi`, `en` or `sv` (ISO 639-1, lower case).
pub type Lang = String;

/// A text shown to the reader. Either one string (for a notice in one language) or a
/// map from language code to text (`fi: …`, `en: …`). Long texts may use Markdown:
/// paragraphs, lists and links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(example = serde_json::json!({"fi": "Asiakasrekisteri", "en": "Customer register"}))]
pub enum Text {
    /// The same text whatever the language: only for notices with one language.
    Plain(String),
    /// One text per language, e.g. `{fi: Asiakasrekisteri, en: Customer register}`.
    Localized(BTreeMap<Lang, String>),
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
