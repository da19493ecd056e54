//! The record as Markdown and as a printable HTML table, through the templates `ropa.md`
//! and `ropa.html` (built in, replaceable with `--templates DIR` like the notice's).

use super::Record;
use crate::render::templates::{TemplateError, Templates};

/// The record rendered with template `name` (`ropa.md` or `ropa.html`).
pub fn render(r: &Record, templates: &Templates, name: &str) -> Result<Vec<u8>, TemplateError> {
    let mut context = tera::Context::new();
    context.insert("r", r);
    templates.render(name, &context).map(String::into_bytes)
}
