//! Renderers: one per output format behind one small trait (as mdBook's are). Each turns
//! the view of a notice in one language into the bytes of one file.

pub mod markdown;
pub mod pdf;
mod pdf_layout;
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

/// The PDF renderer.
pub fn pdf_renderer() -> Option<Box<dyn Renderer>> {
    Some(Box::new(PdfRenderer))
}

/// A4 PDF from the `print.html` template, laid out by printpdf.
pub struct PdfRenderer;

impl Renderer for PdfRenderer {
    fn format(&self) -> Format {
        Format::Pdf
    }
    fn render(&self, view: &NoticeView, templates: &Templates) -> Result<Vec<u8>, TemplateError> {
        let mut ctx = context(view)?;
        ctx.insert("base_css", pdf::BASE_CSS);
        let html = templates.render("print.html", &ctx)?;
        let cat = templates
            .catalogs
            .get(&view.lang)
            .ok_or_else(|| TemplateError(msg!("template-no-catalog", lang = &view.lang)))?;
        let t = |key: &str| cat.t(key).map_err(|e| TemplateError(e.0));
        let meta = pdf::PdfMeta {
            title: format!("{}: {}", t("notice-title")?, view.name),
            author: view
                .controller
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            language: view.lang.clone(),
            subject: Some(t("notice-legal-ground")?),
        };
        let decor = pdf::PageDecor {
            footer_left: cat
                .message(
                    "pdf-footer",
                    &[
                        ("name", view.name.clone().into()),
                        ("date", view.updated.clone().into()),
                    ],
                )
                .map_err(|e| TemplateError(e.0))?,
            page_label: t("page-label")?,
        };
        pdf::html_to_pdf(&html, &meta, &decor).map_err(|e| {
            TemplateError(msg!(
                "pdf-failed",
                id = &view.id,
                lang = &view.lang,
                error = e.msg()
            ))
        })
    }
}
