//! The tera templates: built into the binary, each replaceable by a file of the same name
//! in a `--templates DIR` (as mdBook themes and zola templates are). Templates get the
//! catalog through `t(key=…, lang=…)`, which fails loudly on a missing message, and
//! Markdown fields through the `md` filter (safe HTML, see `render::markdown`).

use crate::i18n::Catalogs;
use serde_json::Value as J;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The built-in templates, by name.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("notice.html", include_str!("../../templates/notice.html")),
    (
        "fragment.html",
        include_str!("../../templates/fragment.html"),
    ),
    ("body.html", include_str!("../../templates/body.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("notice.md", include_str!("../../templates/notice.md")),
    ("print.html", include_str!("../../templates/print.html")),
    ("style.css", include_str!("../../templates/style.css")),
];

/// A template problem: a syntax error, a missing catalog message, a render error.
#[derive(Debug)]
pub struct TemplateError(pub String);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TemplateError {}

/// Flattens a tera error and its causes into one line.
fn describe(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

/// The template engine with the catalogs.
pub struct Templates {
    tera: tera::Tera,
    pub catalogs: Arc<Catalogs>,
}

impl Templates {
    /// The built-in templates and catalogs, overridden file by file from `dir`.
    pub fn load(dir: Option<&Path>) -> Result<Templates, TemplateError> {
        let catalogs = Arc::new(Catalogs::load(dir).map_err(|e| TemplateError(e.0))?);
        let mut sources: Vec<(String, String)> = BUILT_IN
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(TemplateError(format!(
                    "the templates folder {} does not exist",
                    dir.display()
                )));
            }
            for (name, source) in sources.iter_mut() {
                let path = dir.join(&*name);
                if path.is_file() {
                    *source = std::fs::read_to_string(&path)
                        .map_err(|e| TemplateError(format!("{}: {e}", path.display())))?;
                }
            }
        }
        let mut tera = tera::Tera::default();
        tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| TemplateError(format!("template error: {}", describe(&e))))?;
        let cats = catalogs.clone();
        tera.register_function("t", move |args: &HashMap<String, J>| -> tera::Result<J> {
            let key = args
                .get("key")
                .and_then(J::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
            let lang = args
                .get("lang")
                .and_then(J::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs lang=…"))?;
            let cat = cats.get(lang).ok_or_else(|| {
                tera::Error::msg(format!("there is no catalog for the language `{lang}`"))
            })?;
            let fargs: Vec<(&str, fluent_bundle::FluentValue)> = args
                .iter()
                .filter(|(k, _)| k.as_str() != "key" && k.as_str() != "lang")
                .map(|(k, v)| {
                    let value = match v {
                        J::Number(n) => fluent_bundle::FluentValue::from(n.as_f64().unwrap_or(0.0)),
                        J::String(s) => fluent_bundle::FluentValue::from(s.clone()),
                        other => fluent_bundle::FluentValue::from(other.to_string()),
                    };
                    (k.as_str(), value)
                })
                .collect();
            cat.message(key, &fargs)
                .map(J::String)
                .map_err(|e| tera::Error::msg(e.0))
        });
        tera.register_filter("md", |v: &J, _: &HashMap<String, J>| -> tera::Result<J> {
            Ok(J::String(super::markdown::to_html(
                v.as_str().unwrap_or_default(),
            )))
        });
        tera.register_filter(
            "md_block",
            |v: &J, _: &HashMap<String, J>| -> tera::Result<J> {
                Ok(J::String(super::markdown::to_markdown(
                    v.as_str().unwrap_or_default(),
                )))
            },
        );
        tera.register_filter(
            "md_inline",
            |v: &J, _: &HashMap<String, J>| -> tera::Result<J> {
                Ok(J::String(super::markdown::inline_markdown(
                    v.as_str().unwrap_or_default(),
                )))
            },
        );
        Ok(Templates { tera, catalogs })
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, TemplateError> {
        self.tera
            .render(name, context)
            .map_err(|e| TemplateError(format!("rendering {name}: {}", describe(&e))))
    }

    /// Writes the built-in templates and catalogs into `dir`, for editing.
    pub fn write_defaults(dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("locales"))?;
        for (name, source) in BUILT_IN {
            std::fs::write(dir.join(name), source)?;
        }
        for (lang, source) in crate::i18n::BUILT_IN {
            std::fs::write(dir.join("locales").join(format!("{lang}.ftl")), source)?;
        }
        Ok(())
    }
}
