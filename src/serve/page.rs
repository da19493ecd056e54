//! The preview's pages: the index, and each notice as the build renders it, with the
//! findings above it and the reload script.

use super::{FORMATS, Good, Shared, State, shown};
use crate::check::notice;
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::Messages;
use crate::model::Date;
use crate::msg;
use crate::render::Format;
use std::path::PathBuf;

const HTML: &str = "text/html; charset=utf-8";

/// The answer to a `GET` of `path`: status, content type and body.
pub(super) fn answer(path: &str, shared: &Shared) -> (u16, &'static str, Vec<u8>) {
    let state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    let m = shared.m;
    if path == "/" || path == "/index.html" {
        return (200, HTML, index(&state, m).into_bytes());
    }
    let not_found = || {
        let title = m.t("serve-not-found");
        let body = format!(
            "<main><h1>{}</h1><p><a href=\"/\">{}</a></p></main>",
            escape(&title),
            escape(&m.t("serve-title"))
        );
        (404, HTML, frame(m, &title, &body, None).into_bytes())
    };
    let Some((id, file)) = path.trim_start_matches('/').split_once('/') else {
        return not_found();
    };
    let Some((lang, ext)) = file.rsplit_once('.') else {
        return not_found();
    };
    let (Some(good), Some(format)) = (
        state.good.get(id),
        FORMATS.into_iter().find(|f| f.extension() == ext),
    ) else {
        return not_found();
    };
    let Some(n) = notice(&good.checked.workspace, good.doc, Date::today()) else {
        return not_found();
    };
    let langs = n.register.meta.languages.clone();
    if !langs.iter().any(|l| l == lang) {
        return not_found();
    }
    let renderers = crate::build::renderers(&[format], false);
    let outputs = match crate::build::render_notice(&n, &shared.templates, &renderers, &langs) {
        Ok(o) => o,
        Err(e) => {
            let f = e.failure();
            let mut text = m.text(&f.error);
            if let Some(h) = f.help {
                text.push_str(&format!("\n{}", m.text(&h)));
            }
            let title = m.t("serve-title");
            let body = format!(
                "<main><h1>{}</h1><pre>{}</pre></main>",
                escape(&title),
                escape(&text)
            );
            return (
                500,
                HTML,
                frame(m, &title, &body, Some(state.generation)).into_bytes(),
            );
        }
    };
    let want = PathBuf::from(id).join(format!("{lang}.{ext}"));
    let Some(out) = outputs.into_iter().find(|o| o.path == want) else {
        return not_found();
    };
    match format {
        Format::Pdf => (200, "application/pdf", out.bytes),
        Format::Md => (200, "text/markdown; charset=utf-8", out.bytes),
        Format::Html => {
            let html = String::from_utf8_lossy(&out.bytes).into_owned();
            let panel = findings_panel(&state, good, m);
            (
                200,
                HTML,
                inject(&html, &panel, state.generation).into_bytes(),
            )
        }
    }
}

/// The notice's page with the findings panel first in its body and the reload script last.
fn inject(html: &str, panel: &str, generation: u64) -> String {
    let script = reload_script(generation);
    let after_body = html
        .find("<body")
        .and_then(|i| html[i..].find('>').map(|j| i + j + 1));
    let mut out = String::with_capacity(html.len() + panel.len() + script.len());
    match after_body {
        Some(at) => {
            out.push_str(&html[..at]);
            out.push_str(panel);
            let rest = &html[at..];
            match rest.rfind("</body>") {
                Some(end) => {
                    out.push_str(&rest[..end]);
                    out.push_str(&script);
                    out.push_str(&rest[end..]);
                }
                None => {
                    out.push_str(rest);
                    out.push_str(&script);
                }
            }
        }
        None => {
            out.push_str(panel);
            out.push_str(html);
            out.push_str(&script);
        }
    }
    out
}

/// The script the preview pages (and only they) get: reload when the files change.
fn reload_script(generation: u64) -> String {
    format!(
        "<script>new EventSource(\"/events?since={generation}\").onmessage = function () {{ location.reload(); }};</script>"
    )
}

/// The diagnostics of the latest check in the files of `good`, not suppressed.
fn findings_of<'a>(state: &'a State, good: &Good) -> Vec<&'a Diagnostic> {
    let files = &state.latest.workspace.files;
    state
        .latest
        .diagnostics
        .iter()
        .filter(|d| d.suppressed.is_none() && good.files.contains(&files.get(d.file).path))
        .collect()
}

fn findings_panel(state: &State, good: &Good, m: &Messages) -> String {
    let found = findings_of(state, good);
    let has_errors = found.iter().any(|d| d.severity == Severity::Error);
    let mut s = format!(
        "<aside class=\"seloste-preview\" lang=\"{}\" style=\"border:2px solid #555;padding:0.5em 1em;margin:1em;background:#fff;color:#111;font-family:sans-serif\">",
        m.lang()
    );
    s.push_str(&format!(
        "<p><a href=\"/\" style=\"color:#0645ad\">{}</a></p>",
        escape(&m.t("serve-title"))
    ));
    s.push_str(&format!(
        "<h2 style=\"font-size:1.1em\">{}</h2>",
        escape(&m.t("serve-findings"))
    ));
    if has_errors {
        s.push_str(&format!(
            "<p><strong>{}</strong></p>",
            escape(&m.t("serve-stale"))
        ));
    }
    s.push_str(&list(&found, state, m));
    s.push_str("</aside>");
    s
}

/// The findings as a list, or a line saying there are none.
fn list(found: &[&Diagnostic], state: &State, m: &Messages) -> String {
    if found.is_empty() {
        return format!("<p>{}</p>", escape(&m.t("serve-no-findings")));
    }
    let files = &state.latest.workspace.files;
    let mut s = String::from("<ul>");
    for d in found {
        let f = files.get(d.file);
        let place = match d.span {
            Some(sp) => format!("{}:{}:{}", shown(&f.path), sp.line, sp.column),
            None => shown(&f.path),
        };
        s.push_str(&format!(
            "<li><strong>{}</strong> <code>{}</code> {}: {}",
            escape(&crate::messages::severity(m, d.severity)),
            escape(d.rule),
            escape(&place),
            escape(&m.text(&d.message))
        ));
        if let Some(h) = &d.help {
            s.push_str(&format!(
                "<br>{}",
                escape(&m.text(&msg!("report-help", help = m.text(h))))
            ));
        }
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    s
}

/// The index: every register with a render, in each language and format, then every
/// finding of the latest check, file by file.
fn index(state: &State, m: &Messages) -> String {
    let title = m.t("serve-title");
    let mut body = format!(
        "<main><h1>{}</h1><p>{}</p><h2>{}</h2>",
        escape(&title),
        escape(&m.t("serve-reloads")),
        escape(&m.t("serve-registers"))
    );
    if state.good.is_empty() {
        body.push_str(&format!("<p>{}</p>", escape(&m.t("serve-no-registers"))));
    } else {
        body.push_str("<ul>");
        for (id, good) in &state.good {
            let Some(n) = notice(&good.checked.workspace, good.doc, Date::today()) else {
                continue;
            };
            let langs = &n.register.meta.languages;
            let name = langs
                .iter()
                .find_map(|l| n.register.meta.name.get(l))
                .unwrap_or(id);
            let count = findings_of(state, good).len();
            body.push_str(&format!(
                "<li><strong>{}</strong> (<code>{}</code>)",
                escape(name),
                escape(id)
            ));
            body.push_str(&format!(
                " {}<ul>",
                escape(&m.text(&msg!("serve-findings-count", n = count)))
            ));
            for lang in langs {
                body.push_str(&format!("<li><span>{}</span>:", escape(lang)));
                for f in FORMATS {
                    let label = match f {
                        Format::Html => "HTML",
                        Format::Pdf => "PDF",
                        Format::Md => "Markdown",
                    };
                    body.push_str(&format!(
                        " <a href=\"/{id}/{lang}.{ext}\">{label} <span class=\"visually-hidden\">{}</span></a>",
                        escape(&format!("({id}, {lang})")),
                        id = escape(id),
                        lang = escape(lang),
                        ext = f.extension(),
                    ));
                }
                body.push_str("</li>");
            }
            body.push_str("</ul></li>");
        }
        body.push_str("</ul>");
    }
    body.push_str(&format!("<h2>{}</h2>", escape(&m.t("serve-findings"))));
    let files = &state.latest.workspace.files;
    let found: Vec<&Diagnostic> = state
        .latest
        .diagnostics
        .iter()
        .filter(|d| d.suppressed.is_none())
        .collect();
    if found.is_empty() {
        body.push_str(&format!("<p>{}</p>", escape(&m.t("serve-no-findings"))));
    }
    let mut by_file: Vec<usize> = found.iter().map(|d| d.file).collect();
    by_file.dedup();
    for file in by_file {
        body.push_str(&format!(
            "<h3>{}</h3>",
            escape(&shown(&files.get(file).path))
        ));
        let these: Vec<&Diagnostic> = found.iter().copied().filter(|d| d.file == file).collect();
        body.push_str(&list(&these, state, m));
    }
    body.push_str("</main>");
    frame(m, &title, &body, Some(state.generation))
}

/// A whole page around `body`, with the reload script when `generation` is given.
fn frame(m: &Messages, title: &str, body: &str, generation: Option<u64>) -> String {
    let script = generation.map(reload_script).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>body{{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;color:#111;background:#fff}}a{{color:#0645ad}}.visually-hidden{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}</style></head><body>{}{}</body></html>\n",
        m.lang(),
        escape(title),
        body,
        script
    )
}

/// Text for HTML content and attribute values.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
