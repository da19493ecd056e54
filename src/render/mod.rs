//! Renderers: one per output format behind one small trait (as mdBook's are). Each turns
//! the view of a notice in one language into the bytes of one file.

pub mod markdown;
pub mod pdf;
pub mod templates;
pub mod view;

use crate::msg;
use templates::{TemplateError, Templates};
use view::NoticeView;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Format {
    Html,
    Pdf,
    Md,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Md => "md",
        }
    }
}

/// A renderer for one format.
pub trait Renderer: Sync {
    fn format(&self) -> Format;
    fn render(&self, view: &NoticeView, templates: &Templates) -> Result<Vec<u8>, TemplateError>;
}

fn context(view: &NoticeView) -> Result<tera::Context, TemplateError> {
    tera::Context::from_serialize(serde_json::json!({ "n": view }))
        .map_err(|e| TemplateError(msg!("template-context", error = e.to_string())))
}

/// A standalone HTML page, or with `fragment` an embeddable `<section>`.
pub struct HtmlRenderer {
    pub fragment: bool,
}

impl Renderer for HtmlRenderer {
    fn format(&self) -> Format {
        Format::Html
    }
    fn render(&self, view: &NoticeView, templates: &Templates) -> Result<Vec<u8>, TemplateError> {
        let name = if self.fragment {
            "fragment.html"
        } else {
            "notice.html"
        };
        Ok(tidy(&templates.render(name, &context(view)?)?).into_bytes())
    }
}

/// CommonMark for git and GitHub.
pub struct MarkdownRenderer;

impl Renderer for MarkdownRenderer {
    fn format(&self) -> Format {
        Format::Md
    }
    fn render(&self, view: &NoticeView, templates: &Templates) -> Result<Vec<u8>, TemplateError> {
        Ok(tidy(&templates.render("notice.md", &context(view)?)?).into_bytes())
    }
}

/// Removes trailing spaces and runs of blank lines that template tags leave behind.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The PDF renderer, writing PDF/UA-1.
pub fn pdf_renderer() -> Option<Box<dyn Renderer>> {
    Some(Box::new(PdfRenderer::default()))
}

/// A4 PDF from the `notice.typ` template, typeset by Typst (see [`pdf`]).
#[derive(Default)]
pub struct PdfRenderer {
    pub standard: pdf::PdfStandard,
}

/// The Markdown fields of the view, as paths of object keys (`*` for every array item):
/// the PDF template gets them as trees ([`markdown::to_tree`]), the others as text.
const MARKDOWN_FIELDS: &[&[&str]] = &[
    &["introduction"],
    &["purposes", "*", "description"],
    &["provision", "consequences"],
    &["security"],
    &["rights_requests", "how"],
    &["changes_policy"],
];

fn markdown_to_trees(v: &mut serde_json::Value, path: &[&str]) {
    use serde_json::Value;
    match (path.split_first(), v) {
        (None, v @ Value::String(_)) => {
            *v = markdown::to_tree(v.as_str().unwrap_or_default());
        }
        (Some((&"*", rest)), Value::Array(items)) => {
            items.iter_mut().for_each(|i| markdown_to_trees(i, rest));
        }
        (Some((key, rest)), Value::Object(o)) => {
            if let Some(v) = o.get_mut(*key) {
                markdown_to_trees(v, rest);
            }
        }
        _ => {}
    }
}

impl PdfRenderer {
    /// The data the template reads as `view.json`: the view (`n`, Markdown fields as
    /// trees), the catalog's messages (`t`), the few that take arguments (`x`) and what
    /// the layout needs to know of them (`layout`, see [`pdf::has_long_run`]).
    pub fn data(view: &NoticeView, templates: &Templates) -> Result<Vec<u8>, TemplateError> {
        let cat = templates
            .catalogs
            .get(&view.lang)
            .ok_or_else(|| TemplateError(msg!("template-no-catalog", lang = &view.lang)))?;
        let err = |e: crate::i18n::CatalogError| TemplateError(e.0);
        let mut n = serde_json::to_value(view)
            .map_err(|e| TemplateError(msg!("template-context", error = e.to_string())))?;
        for path in MARKDOWN_FIELDS {
            markdown_to_trees(&mut n, path);
        }
        let footer = cat
            .message(
                "pdf-footer",
                &[
                    ("name", view.name.clone().into()),
                    ("date", view.updated.clone().into()),
                ],
            )
            .map_err(err)?;
        let response_time = match view
            .rights_requests
            .as_ref()
            .and_then(|r| r.response_time.clone())
        {
            Some(period) => Some(
                cat.message("label-response-time", &[("period", period.into())])
                    .map_err(err)?,
            ),
            None => None,
        };
        // The DPF sentence names the certified entity: filled in here, as it takes arguments.
        if let Some(items) = n.get_mut("transfers").and_then(|t| t.as_array_mut()) {
            for (item, tr) in items.iter_mut().zip(&view.transfers) {
                if let Some(kind) = &tr.dpf_certified {
                    let text = cat
                        .message(
                            &format!("dpf-certified-{kind}"),
                            &[
                                ("voice", view.voice.clone().into()),
                                (
                                    "entity",
                                    tr.certified_entity.clone().unwrap_or_default().into(),
                                ),
                            ],
                        )
                        .map_err(err)?;
                    if let Some(o) = item.as_object_mut() {
                        o.insert("dpf_text".into(), text.into());
                    }
                }
            }
        }
        let t = serde_json::to_value(cat.messages_with(&[("voice", view.voice.clone().into())]))
            .map_err(|e| TemplateError(msg!("template-context", error = e.to_string())))?;
        let x = serde_json::json!({ "footer": footer, "response_time": response_time });
        let long_runs = [&n, &t, &x].into_iter().any(pdf::has_long_run);
        let data = serde_json::json!({
            "n": n,
            "t": t,
            "x": x,
            "layout": { "long_runs": long_runs },
        });
        serde_json::to_vec(&data)
            .map_err(|e| TemplateError(msg!("template-context", error = e.to_string())))
    }
}

impl Renderer for PdfRenderer {
    fn format(&self) -> Format {
        Format::Pdf
    }
    fn render(&self, view: &NoticeView, templates: &Templates) -> Result<Vec<u8>, TemplateError> {
        let data = Self::data(view, templates)?;
        let ident = format!("seloste/{}/{}", view.id, view.lang);
        pdf::typeset(&templates.typst, data, &ident, self.standard).map_err(|e| {
            TemplateError(msg!(
                "pdf-failed",
                id = &view.id,
                lang = &view.lang,
                error = e.msg()
            ))
        })
    }
}
