//! Every text in every declared language (Art 12(1)).

use super::notice::Origin;
use super::text_scan::NOT_PROSE;
use super::{At, Notice, Sink};
use crate::diagnostic::Msg;
use crate::load::tree::{Node, Seg, Value};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text is missing in one of the notice's languages; documented in messages/rules/translation.<lang>.md.
    pub struct Translation { id: "translation", severity: Error, article: "GDPR Art 12(1)", reads: ["meta.languages"], texts: true }
}

impl_rule!(Translation, check);

/// Keys whose values are true/false rather than texts (the identifier keys are
/// [`NOT_PROSE`]).
const FLAGS: &[&str] = &[
    "criminal",
    "is_category",
    "direct_marketing",
    "publicly_accessible",
    "exists",
    "profiling",
    "obligatory",
    "at_least",
    "contact_point",
    "children",
    "online_service",
];

fn not_text(key: &str) -> bool {
    NOT_PROSE.contains(&key) || FLAGS.contains(&key)
}

/// Keys whose values are sections (maps of fields), never texts.
const SECTIONS: &[&str] = &[
    "meta",
    "controller",
    "contact_person",
    "dpo",
    "representative",
    "contact",
    "retention",
    "automated_decisions",
    "provision",
    "rights_requests",
    "joint_controllers",
    "third_person",
    "recipients",
    "transfers",
    "retention_groups",
];

/// Sections whose `name` is a person's or role's name, written the same in every language.
const CONTACTS: &[&str] = &["contact_person", "dpo", "representative", "contact"];

fn is_lang_key(k: &str) -> bool {
    (2..=3).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_lowercase())
}

struct Walk<'a, 'n> {
    origin: Origin<'a>,
    langs: &'n [String],
    sink: &'n mut Sink,
    /// Ids of the list entries the walk is inside.
    ids: Vec<String>,
}

impl<'a> Walk<'a, '_> {
    fn at(&self, path: &[Seg]) -> At<'a> {
        At::new(self.origin, path.to_vec())
    }

    /// The notice's languages: "fi, sv and en" (the joining word from the catalog).
    fn langs_text(&self) -> Msg {
        let v: Vec<&str> = self.langs.iter().map(String::as_str).collect();
        match v.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                msg!("translation-and", rest = rest.join(", "), last = *last)
            }
            _ => Msg::Raw(v.join("")),
        }
    }

    /// Walks a section (a map of fields) or a list of sections.
    fn section(&mut self, node: &Node, path: &mut Vec<Seg>) {
        match &node.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    self.section(item, path);
                    path.pop();
                }
            }
            Value::Map(entries) => {
                let id = node.entry("id").and_then(|(_, v)| v.as_str());
                if let Some(id) = id {
                    self.ids.push(id.to_string());
                }
                let parent = path.iter().rev().find_map(|s| match s {
                    Seg::Key(k) => Some(k.clone()),
                    Seg::Index(_) => None,
                });
                for (k, v) in entries {
                    let Value::Str(key) = &k.value else { continue };
                    path.push(Seg::Key(key.clone()));
                    if key == "suppress" {
                        // review notes for seloste (rule id and reason), not notice text
                    } else if key == "internal" && path.len() == 1 {
                        // the record's internal facts (Art 30), never in the notice
                    } else if matches!(v.value, Value::Seq(_)) {
                        // a list of entries (a list of ids holds no texts)
                        self.section(v, path);
                    } else if not_text(key.as_str()) {
                        // identifiers and codes
                    } else if key == "name"
                        && parent.as_deref().is_some_and(|p| CONTACTS.contains(&p))
                    {
                        // a person's name
                    } else if SECTIONS.contains(&key.as_str()) {
                        self.section(v, path);
                    } else {
                        self.text(key, v, path);
                    }
                    path.pop();
                }
                if id.is_some() {
                    self.ids.pop();
                }
            }
            _ => {}
        }
    }

    /// The field as the reader finds it: `name` of `customers`, or `meta.name`.
    fn describe(&self, path: &[Seg]) -> Msg {
        let last_index = path.iter().rposition(|s| matches!(s, Seg::Index(_)));
        let keys = |from: usize| {
            path.iter()
                .skip(from)
                .filter_map(|s| match s {
                    Seg::Key(k) => Some(k.as_str()),
                    Seg::Index(_) => None,
                })
                .collect::<Vec<_>>()
                .join(".")
        };
        match (self.ids.last(), last_index) {
            (Some(id), Some(i)) => msg!("translation-field-of", field = keys(i + 1), id = id),
            _ => msg!("translation-field", field = keys(0)),
        }
    }

    /// Checks one text field.
    fn text(&mut self, field: &str, node: &Node, path: &mut Vec<Seg>) {
        let what = self.describe(path);
        match &node.value {
            Value::Str(_) => {
                let langs = self.langs_text();
                self.sink
                    .report(
                        &Translation::INFO,
                        &self.at(path),
                        msg!("translation-message-one-language", what = what),
                    )
                    .set_label(msg!("translation-label-one-language"))
                    .set_help(msg!(
                        "translation-help-one-language",
                        langs = langs,
                        example = format!(
                            "{field}: {{{}}}",
                            self.langs
                                .iter()
                                .map(|l| format!("{l}: …"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    ));
            }
            Value::Map(entries) => {
                let keys: Vec<String> = entries
                    .iter()
                    .filter_map(|(k, _)| k.as_str().map(str::to_string))
                    .collect();
                if !keys.iter().all(|k| is_lang_key(k)) {
                    // Not a text; the schema check reports a malformed value.
                    return;
                }
                for (k, v) in entries {
                    let Some(key) = k.as_str() else { continue };
                    path.push(Seg::Key(key.to_string()));
                    if !self.langs.iter().any(|l| l == key) {
                        let langs = self.langs_text();
                        self.sink
                            .report(
                                &Translation::INFO,
                                &self.at(path).key(),
                                msg!(
                                    "translation-message-undeclared",
                                    what = what.clone(),
                                    key = key
                                ),
                            )
                            .set_label(msg!("translation-label-undeclared"))
                            .set_help(msg!(
                                "translation-help-undeclared",
                                langs = langs,
                                key = key
                            ));
                    } else if v.as_str().is_some_and(|s| s.trim().is_empty()) {
                        self.sink
                            .report(
                                &Translation::INFO,
                                &self.at(path),
                                msg!("translation-message-blank", what = what.clone(), key = key),
                            )
                            .set_label(msg!("translation-label-blank"))
                            .set_help(msg!("translation-help-blank", field = field, key = key));
                    }
                    path.pop();
                }
                let missing: Vec<&str> = self
                    .langs
                    .iter()
                    .map(String::as_str)
                    .filter(|l| !keys.iter().any(|k| k == l))
                    .collect();
                if !missing.is_empty() {
                    let list = missing
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    self.sink
                        .report(
                            &Translation::INFO,
                            &self.at(path).key(),
                            msg!(
                                "translation-message-missing",
                                what = what,
                                list = list,
                                n = missing.len()
                            ),
                        )
                        .set_label(msg!(
                            "translation-label-missing",
                            missing = missing.join(", ")
                        ))
                        .set_help(msg!(
                            "translation-help-missing",
                            keys = keys_with_and(&missing),
                            field = field
                        ));
                }
            }
            _ => {}
        }
    }
}

/// "`sv: …` and `en: …`": every key with the catalog's joining word between each two.
fn keys_with_and(langs: &[&str]) -> Msg {
    let mut items = langs.iter().map(|l| format!("`{l}: …`"));
    let first = Msg::Raw(items.next().unwrap_or_default());
    items.fold(first, |acc, item| {
        msg!("translation-and", rest = acc, last = item)
    })
}

fn check(n: &Notice, sink: &mut Sink) {
    let langs = n.languages();
    if langs.len() < 2 {
        return;
    }
    for origin in n.origins() {
        let mut walk = Walk {
            origin,
            langs,
            sink: &mut *sink,
            ids: Vec::new(),
        };
        let mut path = Vec::new();
        walk.section(origin.tree, &mut path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_languages_are_joined_in_the_officers_language() {
        let en = crate::messages::Messages::english();
        let fi = crate::messages::Messages::get("fi");
        let keys = keys_with_and(&["fi", "sv", "en"]);
        assert_eq!(en.text(&keys), "`fi: …` and `sv: …` and `en: …`");
        assert_eq!(fi.text(&keys), "`fi: …` ja `sv: …` ja `en: …`");
        assert_eq!(en.text(&keys_with_and(&["en"])), "`en: …`");
        let help = msg!(
            "translation-help-missing",
            keys = keys_with_and(&["sv", "en"]),
            field = "name"
        );
        assert_eq!(
            crate::messages::en(&help),
            "add `sv: …` and `en: …` under `name`"
        );
    }
}
