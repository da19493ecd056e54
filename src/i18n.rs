//! Locale catalogs: every word a notice prints (headings, basis names, rights texts,
//! month names, "10 vuotta") comes from a Fluent catalog in `templates/locales/`, never
//! from Rust code. Adding a language is adding `<lang>.ftl`; a missing message is an
//! error, not an empty string.

use crate::diagnostic::Msg;
use crate::model::{Date, Duration};
use crate::msg;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::fmt;

/// The catalogs built into the binary.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("fi", include_str!("../templates/locales/fi.ftl")),
    ("sv", include_str!("../templates/locales/sv.ftl")),
    ("en", include_str!("../templates/locales/en.ftl")),
];

/// A catalog problem: a syntax error in a `.ftl` file or a message that is missing, in
/// the officer's words (`messages/build.<lang>.ftl`); `Display` gives the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError(pub Msg);

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::messages::en(&self.0))
    }
}

impl std::error::Error for CatalogError {}

/// The messages of one language.
pub struct Catalog {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
    /// The message ids of the catalog, in file order (for the PDF template's labels).
    ids: Vec<String>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Catalog({})", self.lang)
    }
}

impl Catalog {
    /// Parses a catalog. `origin` names the file in error messages.
    pub fn parse(lang: &str, source: &str, origin: &str) -> Result<Catalog, CatalogError> {
        let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
            CatalogError(msg!(
                "catalog-syntax",
                origin = origin,
                count = errors.len(),
                error = format!("{:?}", errors[0])
            ))
        })?;
        let langid: unic_langid::LanguageIdentifier = lang.parse().map_err(|_| {
            CatalogError(msg!("catalog-not-language", origin = origin, lang = lang))
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks around placeables would end up in HTML, PDF and Markdown.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).map_err(|e| {
            CatalogError(msg!(
                "catalog-add",
                origin = origin,
                error = format!("{e:?}")
            ))
        })?;
        // A message starts a line with its id and `=` (terms start with `-`, comments
        // with `#`, continuation lines with a space).
        let ids = source
            .lines()
            .filter_map(|l| {
                let (id, _) = l.split_once('=')?;
                let id = id.trim_end();
                (id.starts_with(|c: char| c.is_ascii_alphabetic())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .then(|| id.to_string())
            })
            .collect();
        Ok(Catalog {
            lang: lang.to_string(),
            bundle,
            ids,
        })
    }

    /// True when the catalog has the message.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message `key` with arguments.
    pub fn message(&self, key: &str, args: &[(&str, FluentValue)]) -> Result<String, CatalogError> {
        let msg = self.bundle.get_message(key).ok_or_else(|| {
            CatalogError(msg!("catalog-no-message", lang = &self.lang, key = key))
        })?;
        let pattern = msg
            .value()
            .ok_or_else(|| CatalogError(msg!("catalog-no-value", lang = &self.lang, key = key)))?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
        if let Some(e) = errors.first() {
            return Err(CatalogError(msg!(
                "catalog-format",
                lang = &self.lang,
                key = key,
                error = format!("{e:?}")
            )));
        }
        Ok(text)
    }

    /// The message `key` without arguments.
    /// Every message that needs no argument, by id: the words a template that cannot call
    /// the catalog (the PDF's, `templates/notice.typ`) is given as data.
    pub fn plain_messages(&self) -> serde_json::Map<String, serde_json::Value> {
        self.messages_with(&[])
    }

    /// Every message that needs no argument beyond `args` (e.g. the notice's `voice`),
    /// formatted with them.
    pub fn messages_with(
        &self,
        args: &[(&str, FluentValue)],
    ) -> serde_json::Map<String, serde_json::Value> {
        self.ids
            .iter()
            .filter_map(|id| Some((id.clone(), self.message(id, args).ok()?.into())))
            .collect()
    }

    pub fn t(&self, key: &str) -> Result<String, CatalogError> {
        self.message(key, &[])
    }

    /// A period as words: "10 vuotta", "1 year and 6 months".
    pub fn duration(&self, d: &Duration) -> Result<String, CatalogError> {
        let mut parts = Vec::new();
        for (n, key) in [
            (d.years, "duration-years"),
            (d.months, "duration-months"),
            (d.weeks, "duration-weeks"),
            (d.days, "duration-days"),
        ] {
            if n > 0 {
                parts.push(self.message(key, &[("n", FluentValue::from(n))])?);
            }
        }
        if parts.is_empty() {
            parts.push(self.message("duration-days", &[("n", FluentValue::from(0))])?);
        }
        self.join(parts)
    }

    /// Joins items as a list: "a", "a ja b", "a, b ja c".
    pub fn join(&self, mut parts: Vec<String>) -> Result<String, CatalogError> {
        match parts.len() {
            0 => Ok(String::new()),
            1 => Ok(parts.remove(0)),
            _ => {
                let last = parts.pop().unwrap_or_default();
                let head = parts.join(", ");
                self.message(
                    "list-and",
                    &[
                        ("head", FluentValue::from(head)),
                        ("last", FluentValue::from(last)),
                    ],
                )
            }
        }
    }

    /// A date in the language's form: "2.3.2026", "2 March 2026".
    pub fn date(&self, d: &Date) -> Result<String, CatalogError> {
        self.message(
            "date",
            &[
                ("day", FluentValue::from(d.day)),
                ("month", FluentValue::from(d.month)),
                ("year", FluentValue::from(d.year.to_string())),
            ],
        )
    }
}

/// The catalogs of every language seloste can print.
#[derive(Debug, Default)]
pub struct Catalogs {
    by_lang: BTreeMap<String, Catalog>,
}

impl Catalogs {
    /// The built-in catalogs, with `<dir>/locales/<lang>.ftl` files replacing or adding languages.
    pub fn load(overrides: Option<&std::path::Path>) -> Result<Catalogs, CatalogError> {
        let mut by_lang = BTreeMap::new();
        for (lang, source) in BUILT_IN {
            by_lang.insert(
                lang.to_string(),
                Catalog::parse(lang, source, &format!("templates/locales/{lang}.ftl"))?,
            );
        }
        if let Some(dir) = overrides {
            let locales = dir.join("locales");
            if let Ok(entries) = std::fs::read_dir(&locales) {
                let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                paths.sort();
                for path in paths {
                    if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                        continue;
                    }
                    let Some(lang) = path.file_stem().and_then(|s| s.to_str()) else {
                        continue;
                    };
                    // Only a regular file inside the folder, of bounded size (issue 11).
                    let inside =
                        std::path::Path::new("locales").join(path.file_name().unwrap_or_default());
                    let source = dir
                        .canonicalize()
                        .map_err(|e| {
                            CatalogError(msg!(
                                "build-path-error",
                                path = path.display().to_string(),
                                error = e.to_string()
                            ))
                        })
                        .and_then(|d| {
                            crate::render::templates::read_user_file(&d, &inside)
                                .map_err(|e| CatalogError(e.0))
                        })?
                        .unwrap_or_default();
                    by_lang.insert(
                        lang.to_string(),
                        Catalog::parse(lang, &source, &path.display().to_string())?,
                    );
                }
            }
        }
        Ok(Catalogs { by_lang })
    }

    pub fn get(&self, lang: &str) -> Option<&Catalog> {
        self.by_lang.get(lang)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_lang.keys().map(String::as_str)
    }
}
