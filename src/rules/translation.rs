//! Every text in every declared language (Art 12(1)).

use super::notice::Origin;
use super::text_scan::NOT_PROSE;
use super::{At, Notice, Sink};
use crate::load::tree::{Node, Seg, Value};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text is missing in one of the notice's languages.
    ///
    /// ## What it checks
    /// When `meta.languages` lists two or more languages, every text in the register file
    /// and its organisation file must be given as a map with a non-blank text for each of
    /// them, e.g. `name: {fi: Asiakasrekisteri, en: Customer register}`. A plain string
    /// is an error, and so is a language key that `meta.languages` does not declare.
    /// Identifiers and codes (`id`, `email`, `phone`, `basis`, `country` …) and people's
    /// names are not texts and are not checked.
    ///
    /// ## Why
    /// The information must be provided in a concise, transparent, intelligible and easily
    /// accessible form, using clear and plain language (Art 12(1)); a notice published in
    /// English with paragraphs in Finnish is neither, for an English reader.
    ///
    /// ## How to fix
    /// Give the text in every declared language, e.g. `fi: …` and `en: …` under the field;
    /// remove languages the notice does not declare, or add them to `meta.languages`.
    pub struct Translation { id: "translation", severity: Error, article: "GDPR Art 12(1)" }
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
    "recipients",
    "transfers",
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

    fn langs_text(&self) -> String {
        let v: Vec<&str> = self.langs.iter().map(String::as_str).collect();
        match v.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => v.join(""),
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
    fn describe(&self, path: &[Seg]) -> String {
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
            (Some(id), Some(i)) => format!("`{}` of `{id}`", keys(i + 1)),
            _ => format!("`{}`", keys(0)),
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
                        format!("{what} is given in one language only"),
                    )
                    .set_label("not translated")
                    .set_help(format!(
                        "give this text in {langs}, each under its language key, e.g. `{field}: {{{}}}`",
                        self.langs
                            .iter()
                            .map(|l| format!("{l}: …"))
                            .collect::<Vec<_>>()
                            .join(", ")
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
                                format!(
                                    "{what} has a text in `{key}`, which is not one of the notice's languages"
                                ),
                            )
                            .set_label("undeclared language")
                            .set_help(format!(
                                "the notice is published in {langs} (`meta.languages`): remove `{key}:` or add `{key}` to `meta.languages`"
                            ));
                    } else if v.as_str().is_some_and(|s| s.trim().is_empty()) {
                        self.sink
                            .report(
                                &Translation::INFO,
                                &self.at(path),
                                format!("the `{key}` text of {what} is blank"),
                            )
                            .set_label("blank")
                            .set_help(format!("write the `{field}` text in `{key}`"));
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
                            format!("{what} has no {list} text"),
                        )
                        .set_label(format!("missing {}", missing.join(", ")))
                        .set_help(format!(
                            "add {} under `{field}`",
                            missing
                                .iter()
                                .map(|l| format!("`{l}: …`"))
                                .collect::<Vec<_>>()
                                .join(" and ")
                        ));
                }
            }
            _ => {}
        }
    }
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
