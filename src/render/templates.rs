//! The tera templates: built into the binary, each replaceable by a file of the same name
//! in a `--templates DIR` (as mdBook themes and zola templates are). Templates get the
//! catalog through `t(key=…, lang=…)`, which fails loudly on a missing message, and
//! Markdown fields through the `md` filter (safe HTML, see `render::markdown`).

use crate::diagnostic::Msg;
use crate::i18n::Catalogs;
use crate::msg;
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
    ("style.css", include_str!("../../templates/style.css")),
    // The record of processing activities (`seloste ropa`, src/ropa/).
    ("ropa.md", include_str!("../../templates/ropa.md")),
    ("ropa.html", include_str!("../../templates/ropa.html")),
];

/// The PDF's template (Typst, not tera): its name and built-in text.
pub const TYPST_BUILT_IN: (&str, &str) = ("notice.typ", include_str!("../../templates/notice.typ"));

/// A template problem: a syntax error, a missing catalog message, a render error, in the
/// officer's words (`messages/build.<lang>.ftl`); `Display` gives the English.
#[derive(Debug)]
pub struct TemplateError(pub Msg);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::en(&self.0))
    }
}

impl std::error::Error for TemplateError {}

/// A tera error made of one of seloste's own messages (from a function or filter), which
/// [`describe`] finds again to give it in the officer's language.
fn tera_error(m: Msg) -> tera::Error {
    tera::Error::chain(crate::messages::en(&m), TemplateError(m))
}

/// Flattens a tera error and its causes into one line: tera's own words as they are,
/// seloste's (see [`tera_error`]) as the message they are.
fn describe(e: &tera::Error) -> Msg {
    let own = |s: &(dyn std::error::Error + 'static)| {
        s.source()
            .and_then(|c| c.downcast_ref::<TemplateError>())
            .map(|t| t.0.clone())
    };
    let mut parts = Vec::new();
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(m) = own(s) {
            parts.push(m);
            break;
        }
        parts.push(Msg::Raw(s.to_string()));
        source = s.source();
    }
    let last = parts.pop().unwrap_or_else(|| Msg::Raw(String::new()));
    parts.into_iter().rev().fold(last, |cause, text| {
        msg!("template-cause", text = text, cause = cause)
    })
}

/// The largest template file read from a `--templates` folder.
pub const TEMPLATE_LIMIT: u64 = 1 << 20;
/// The largest text one rendering may produce.
pub const OUTPUT_LIMIT: usize = 32 << 20;
/// The largest value one filter or function call may return (a whole notice is rarely
/// more than a few hundred kilobytes; a text field much less).
pub const VALUE_LIMIT: usize = 4 << 20;
/// How many numbers all the `range(…)` calls of one rendering may produce together.
pub const RANGE_BUDGET: usize = 100_000;
/// How deep includes, parent templates and macro calls may nest.
pub const NESTING_LIMIT: usize = 32;

/// The functions templates may call: the catalog, and tera's own that only compute.
/// Everything else (`get_env`, `now`, `get_random`, anything a later tera adds) is
/// unknown to seloste templates: they may not read the host or differ from run to run.
const FUNCTIONS: &[&str] = &["t", "range", "throw"];

thread_local! {
    /// Numbers still allowed to `range` in the rendering running on this thread.
    static RANGE_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(RANGE_BUDGET) };
}

/// Reads the file `name` of the templates folder `dir` (canonical): only a regular file of
/// at most [`TEMPLATE_LIMIT`] bytes whose real path is inside the folder, so a link out of
/// it (`style.css -> /etc/passwd`) or a FIFO is refused with an error naming the file.
/// `None` when there is no such file (the built-in one is used).
pub fn read_user_file(dir: &Path, name: &Path) -> Result<Option<String>, TemplateError> {
    let path = dir.join(name);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let shown = crate::report::visible_path(&path);
    let unreadable = |e: &dyn std::fmt::Display| {
        TemplateError(msg!(
            "template-unreadable",
            file = &shown,
            error = e.to_string()
        ))
    };
    let real = path.canonicalize().map_err(|e| unreadable(&e))?;
    if !real.starts_with(dir) {
        return Err(TemplateError(msg!(
            "template-link-outside",
            file = &shown,
            target = crate::report::visible_path(&real)
        )));
    }
    use crate::fsio::ReadError;
    match crate::fsio::read_regular_string(&real, TEMPLATE_LIMIT) {
        Ok(text) => Ok(Some(text)),
        Err(ReadError::NotRegular(kind)) => Err(TemplateError(msg!(
            "template-not-regular",
            file = &shown,
            kind = format!("{kind:?}")
        ))),
        Err(ReadError::TooLarge { limit, .. }) => Err(TemplateError(msg!(
            "template-too-large",
            file = &shown,
            kib = limit / 1024
        ))),
        Err(ReadError::Io(e)) => Err(unreadable(&e)),
    }
}

/// A [`RANGE_BUDGET`]-bounded `range(end=…, start=…, step_by=…)`, as tera's.
fn bounded_range(args: &HashMap<String, J>) -> tera::Result<J> {
    let num = |key: &str, default: Option<u64>| -> tera::Result<u64> {
        match args.get(key) {
            Some(v) => v.as_u64().ok_or_else(|| {
                tera_error(msg!(
                    "template-range-not-whole",
                    key = key,
                    value = v.to_string()
                ))
            }),
            None => default.ok_or_else(|| tera_error(msg!("template-range-needs", key = key))),
        }
    };
    let start = num("start", Some(0))?;
    let end = num("end", None)?;
    let step = num("step_by", Some(1))?.max(1);
    let count = if end > start {
        (end - start).div_ceil(step)
    } else {
        0
    };
    let left = RANGE_LEFT.with(|l| l.get());
    if count > left as u64 {
        return Err(tera_error(msg!(
            "template-range-too-many",
            count = count,
            budget = RANGE_BUDGET
        )));
    }
    RANGE_LEFT.with(|l| l.set(left - count as usize));
    Ok(J::Array(
        (0..count).map(|i| J::from(start + i * step)).collect(),
    ))
}

/// True when a value a filter or function returned is larger than [`VALUE_LIMIT`] bytes
/// of text (roughly).
fn too_big(v: &J) -> bool {
    fn size(v: &J, acc: &mut usize) {
        if *acc > VALUE_LIMIT {
            return;
        }
        match v {
            J::String(s) => *acc += s.len(),
            J::Array(a) => a.iter().for_each(|x| {
                *acc += 1;
                size(x, acc)
            }),
            J::Object(o) => o.iter().for_each(|(k, x)| {
                *acc += k.len();
                size(x, acc)
            }),
            _ => *acc += 8,
        }
    }
    let mut acc = 0;
    size(v, &mut acc);
    acc > VALUE_LIMIT
}

/// `filter` true for a filter, false for a function.
fn size_error(filter: bool, name: &str) -> tera::Error {
    let mib = VALUE_LIMIT >> 20;
    tera_error(if filter {
        msg!("template-filter-too-big", name = name, mib = mib)
    } else {
        msg!("template-function-too-big", name = name, mib = mib)
    })
}

/// Every filter and function of `tera` made to fail instead of returning more than
/// [`VALUE_LIMIT`] (a `replace` or `concat` that doubles a text in a loop).
fn bound_outputs(tera: &mut tera::Tera) {
    let filters: Vec<(String, Arc<dyn tera::Filter>)> = tera
        .filters
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, f) in filters {
        let n = name.clone();
        tera.register_filter(&name, move |v: &J, a: &HashMap<String, J>| {
            let out = f.filter(v, a)?;
            if too_big(&out) {
                return Err(size_error(true, &n));
            }
            Ok(out)
        });
    }
    let functions: Vec<(String, Arc<dyn tera::Function>)> = tera
        .functions
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, f) in functions {
        let n = name.clone();
        tera.register_function(&name, move |a: &HashMap<String, J>| {
            let out = f.call(a)?;
            if too_big(&out) {
                return Err(size_error(false, &n));
            }
            Ok(out)
        });
    }
}

/// What one template or macro body refers to.
#[derive(Default)]
struct Refs {
    /// Templates it includes or extends.
    templates: Vec<String>,
    /// Macros it calls, as (namespace, name).
    macros: Vec<(String, String)>,
    /// Functions it calls.
    functions: Vec<String>,
    /// `set` tags whose value uses variables set by tags two or more times: (key).
    growing: Vec<String>,
}

fn walk_expr(e: &tera::ast::Expr, r: &mut Refs, idents: &mut Vec<String>) {
    use tera::ast::ExprVal as V;
    for f in &e.filters {
        for a in f.args.values() {
            walk_expr(a, r, idents);
        }
    }
    match &e.val {
        V::Ident(i) => idents.push(i.split(['.', '[']).next().unwrap_or(i).to_string()),
        V::Math(m) => {
            walk_expr(&m.lhs, r, idents);
            walk_expr(&m.rhs, r, idents);
        }
        V::Logic(m) => {
            walk_expr(&m.lhs, r, idents);
            walk_expr(&m.rhs, r, idents);
        }
        V::In(m) => {
            walk_expr(&m.lhs, r, idents);
            walk_expr(&m.rhs, r, idents);
        }
        V::Test(t) => {
            idents.push(t.ident.clone());
            for a in &t.args {
                walk_expr(a, r, idents);
            }
        }
        V::MacroCall(m) => {
            r.macros.push((m.namespace.clone(), m.name.clone()));
            for a in m.args.values() {
                walk_expr(a, r, idents);
            }
        }
        V::FunctionCall(f) => {
            r.functions.push(f.name.clone());
            for a in f.args.values() {
                walk_expr(a, r, idents);
            }
        }
        V::Array(a) => a.iter().for_each(|x| walk_expr(x, r, idents)),
        V::StringConcat(c) => {
            for v in &c.values {
                walk_expr(&tera::ast::Expr::new(v.clone()), r, idents);
            }
        }
        V::String(_) | V::Int(_) | V::Float(_) | V::Bool(_) => {}
    }
}

/// Walks `nodes` (not into macro definitions, which are walked on their own); `set_keys`
/// are the variables some `set` tag of the template assigns.
fn walk(nodes: &[tera::ast::Node], r: &mut Refs, set_keys: &[String]) {
    use tera::ast::Node as N;
    let mut scratch = Vec::new();
    for n in nodes {
        match n {
            N::VariableBlock(_, e) => walk_expr(e, r, &mut scratch),
            N::Extends(_, name) => r.templates.push(name.clone()),
            N::Include(_, names, _) => r.templates.extend(names.iter().cloned()),
            N::Set(_, s) => {
                let mut idents = Vec::new();
                walk_expr(&s.value, r, &mut idents);
                // `s ~ s`, `a | concat(with=a)`, or two variables fed into each other in
                // a loop double a value at each turn: refused, the loop bound cannot help.
                if idents.iter().filter(|i| set_keys.contains(i)).count() >= 2 {
                    r.growing.push(s.key.clone());
                }
            }
            N::FilterSection(_, f, _) => {
                for a in f.filter.args.values() {
                    walk_expr(a, r, &mut scratch);
                }
                walk(&f.body, r, set_keys);
            }
            N::Block(_, b, _) => walk(&b.body, r, set_keys),
            N::Forloop(_, f, _) => {
                walk_expr(&f.container, r, &mut scratch);
                walk(&f.body, r, set_keys);
                if let Some(b) = &f.empty_body {
                    walk(b, r, set_keys);
                }
            }
            N::If(i, _) => {
                for (_, e, body) in &i.conditions {
                    walk_expr(e, r, &mut scratch);
                    walk(body, r, set_keys);
                }
                if let Some((_, body)) = &i.otherwise {
                    walk(body, r, set_keys);
                }
            }
            N::MacroDefinition(..)
            | N::ImportMacro(..)
            | N::Super
            | N::Text(_)
            | N::Raw(..)
            | N::Break(_)
            | N::Continue(_)
            | N::Comment(..) => {}
        }
    }
}

fn set_keys(nodes: &[tera::ast::Node], out: &mut Vec<String>) {
    use tera::ast::Node as N;
    for n in nodes {
        match n {
            N::Set(_, s) => out.push(s.key.clone()),
            N::FilterSection(_, f, _) => set_keys(&f.body, out),
            N::Block(_, b, _) => set_keys(&b.body, out),
            N::MacroDefinition(_, m, _) => set_keys(&m.body, out),
            N::Forloop(_, f, _) => {
                set_keys(&f.body, out);
                if let Some(b) = &f.empty_body {
                    set_keys(b, out);
                }
            }
            N::If(i, _) => {
                for (_, _, body) in &i.conditions {
                    set_keys(body, out);
                }
                if let Some((_, body)) = &i.otherwise {
                    set_keys(body, out);
                }
            }
            _ => {}
        }
    }
}

/// Checks the parsed templates before anything is rendered: only the allowed functions,
/// no value that doubles in a loop, and no include, parent or macro call that leads back
/// to itself or nests deeper than [`NESTING_LIMIT`] (which would overflow the stack).
fn check_templates(tera: &tera::Tera) -> Result<(), TemplateError> {
    // A node is a template (macro None) or a macro of a template.
    type Node = (String, Option<String>);
    let mut edges: std::collections::BTreeMap<Node, Vec<Node>> = Default::default();
    let mut names: Vec<&String> = tera.templates.keys().collect();
    names.sort();
    for name in &names {
        let tpl = &tera.templates[*name];
        let mut keys = Vec::new();
        set_keys(&tpl.ast, &mut keys);
        for def in tpl.macros.values() {
            set_keys(&def.body, &mut keys);
        }
        let mut bodies: Vec<(Node, &[tera::ast::Node])> =
            vec![(((*name).clone(), None), &tpl.ast[..])];
        for (m, def) in &tpl.macros {
            bodies.push((((*name).clone(), Some(m.clone())), &def.body[..]));
        }
        for (node, body) in bodies {
            let mut r = Refs::default();
            walk(body, &mut r, &keys);
            if let (Some(parent), None) = (&tpl.parent, &node.1) {
                r.templates.push(parent.clone());
            }
            if let Some(f) = r
                .functions
                .iter()
                .find(|f| !FUNCTIONS.contains(&f.as_str()))
            {
                return Err(TemplateError(msg!(
                    "template-forbidden-function",
                    template = name.as_str(),
                    function = f,
                    allowed = FUNCTIONS
                        .iter()
                        .map(|f| format!("`{f}()`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            if let Some(k) = r.growing.first() {
                return Err(TemplateError(msg!(
                    "template-growing-set",
                    template = name.as_str(),
                    key = k
                )));
            }
            let mut to: Vec<Node> = r.templates.into_iter().map(|t| (t, None)).collect();
            for (ns, m) in r.macros {
                let file = if ns == "self" {
                    Some((*name).clone())
                } else {
                    tpl.imported_macro_files
                        .iter()
                        .find(|(_, n)| *n == ns)
                        .map(|(f, _)| f.clone())
                };
                match file {
                    Some(f) => to.push((f, Some(m))),
                    // Not resolved here: any template's macro of that name, to be safe.
                    None => to.extend(
                        names
                            .iter()
                            .filter(|t| tera.templates[**t].macros.contains_key(&m))
                            .map(|t| ((*t).clone(), Some(m.clone()))),
                    ),
                }
            }
            edges.entry(node).or_default().extend(to);
        }
    }
    // Depth-first search: a node met again on the current path is a loop.
    fn show(n: &Node) -> String {
        match &n.1 {
            None => n.0.clone(),
            Some(m) => format!("{}::{m}", n.0),
        }
    }
    fn depth(
        n: &Node,
        edges: &std::collections::BTreeMap<Node, Vec<Node>>,
        path: &mut Vec<Node>,
        done: &mut HashMap<Node, usize>,
    ) -> Result<usize, TemplateError> {
        if let Some(d) = done.get(n) {
            return Ok(*d);
        }
        if let Some(at) = path.iter().position(|p| p == n) {
            let cycle: Vec<String> = path[at..].iter().chain([n]).map(show).collect();
            return Err(TemplateError(msg!(
                "template-loop",
                cycle = cycle.join(" → ")
            )));
        }
        if path.len() > NESTING_LIMIT {
            return Err(TemplateError(msg!(
                "template-too-deep",
                limit = NESTING_LIMIT,
                path = path
                    .iter()
                    .take(4)
                    .map(show)
                    .collect::<Vec<_>>()
                    .join(" → ")
            )));
        }
        path.push(n.clone());
        let mut d = 0;
        for m in edges.get(n).into_iter().flatten() {
            d = d.max(1 + depth(m, edges, path, done)?);
        }
        path.pop();
        if d > NESTING_LIMIT {
            return Err(TemplateError(msg!(
                "template-too-deep-from",
                limit = NESTING_LIMIT,
                from = show(n)
            )));
        }
        done.insert(n.clone(), d);
        Ok(d)
    }
    let mut done = HashMap::new();
    for n in edges.keys() {
        depth(n, &edges, &mut Vec::new(), &mut done)?;
    }
    Ok(())
}

/// The template engine with the catalogs.
pub struct Templates {
    tera: tera::Tera,
    pub catalogs: Arc<Catalogs>,
    /// The PDF's template, `notice.typ`.
    pub typst: super::pdf::TypstTemplate,
}

impl Templates {
    /// The built-in templates and catalogs, overridden file by file from `dir`.
    pub fn load(dir: Option<&Path>) -> Result<Templates, TemplateError> {
        Templates::load_for(dir, true)
    }

    /// As [`Templates::load`]; without `html_or_md`, for PDFs only: the HTML and Markdown
    /// templates are then neither read nor parsed (a third of a one-PDF build's work).
    pub fn load_for(dir: Option<&Path>, html_or_md: bool) -> Result<Templates, TemplateError> {
        let catalogs = Arc::new(Catalogs::load(dir).map_err(|e| TemplateError(e.0))?);
        let mut sources: Vec<(String, String)> = BUILT_IN
            .iter()
            .filter(|_| html_or_md)
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
        let (typst_name, typst_text) = TYPST_BUILT_IN;
        let mut typst =
            super::pdf::TypstTemplate::new(typst_text, &format!("templates/{typst_name}"));
        if let Some(dir) = dir {
            let canonical = dir.canonicalize().ok().filter(|d| d.is_dir());
            let Some(canonical) = canonical else {
                return Err(TemplateError(msg!(
                    "template-folder-missing",
                    dir = crate::report::visible_path(dir)
                )));
            };
            for (name, source) in sources.iter_mut() {
                if let Some(text) = read_user_file(&canonical, Path::new(name.as_str()))? {
                    *source = text;
                }
            }
            if let Some(text) = read_user_file(&canonical, Path::new(typst_name))? {
                typst = super::pdf::TypstTemplate::new(
                    &text,
                    &crate::report::visible_path(&dir.join(typst_name)),
                );
            }
        }
        let mut tera = tera::Tera::default();
        tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| TemplateError(msg!("template-syntax", error = describe(&e))))?;
        // No function that reaches the host (`get_env`) or differs from run to run.
        tera.functions
            .retain(|name, _| FUNCTIONS.contains(&name.as_str()));
        tera.register_function("range", bounded_range);
        check_templates(&tera)?;
        let cats = catalogs.clone();
        tera.register_function("t", move |args: &HashMap<String, J>| -> tera::Result<J> {
            let key = args
                .get("key")
                .and_then(J::as_str)
                .ok_or_else(|| tera_error(msg!("template-t-needs-key")))?;
            let lang = args
                .get("lang")
                .and_then(J::as_str)
                .ok_or_else(|| tera_error(msg!("template-t-needs-lang")))?;
            let cat = cats
                .get(lang)
                .ok_or_else(|| tera_error(msg!("template-no-catalog", lang = lang)))?;
            let mut fargs: Vec<(&str, fluent_bundle::FluentValue)> = args
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
            // Messages with both voices (`{ $voice -> … }`) read `you` when a template
            // written before `meta.voice` does not pass it.
            if !args.contains_key("voice") {
                fargs.push(("voice", fluent_bundle::FluentValue::from("you")));
            }
            cat.message(key, &fargs)
                .map(J::String)
                .map_err(|e| tera_error(e.0))
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
            "md_email",
            |v: &J, _: &HashMap<String, J>| -> tera::Result<J> {
                Ok(J::String(super::markdown::markdown_email(
                    v.as_str().unwrap_or_default(),
                )))
            },
        );
        tera.register_filter(
            "md_url",
            |v: &J, _: &HashMap<String, J>| -> tera::Result<J> {
                Ok(J::String(super::markdown::markdown_link(
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
        // Plain text (not Markdown) on one Markdown line: the record's cells.
        tera.register_filter(
            "md_text",
            |v: &J, _: &HashMap<String, J>| -> tera::Result<J> {
                Ok(J::String(super::markdown::inline_plain_text(
                    v.as_str().unwrap_or_default(),
                )))
            },
        );
        bound_outputs(&mut tera);
        Ok(Templates {
            tera,
            catalogs,
            typst,
        })
    }

    /// Renders template `name` with `context`: at most [`OUTPUT_LIMIT`] bytes.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, TemplateError> {
        RANGE_LEFT.with(|l| l.set(RANGE_BUDGET));
        let out = self.tera.render(name, context).map_err(|e| {
            TemplateError(msg!(
                "template-rendering",
                name = name,
                error = describe(&e)
            ))
        })?;
        if out.len() > OUTPUT_LIMIT {
            return Err(TemplateError(msg!(
                "template-output-too-large",
                name = name,
                mib = OUTPUT_LIMIT >> 20
            )));
        }
        Ok(out)
    }

    /// Writes the built-in templates and catalogs into `dir`, for editing.
    pub fn write_defaults(dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("locales"))?;
        for (name, source) in BUILT_IN.iter().chain([&TYPST_BUILT_IN]) {
            std::fs::write(dir.join(name), source)?;
        }
        for (lang, source) in crate::i18n::BUILT_IN {
            std::fs::write(dir.join("locales").join(format!("{lang}.ftl")), source)?;
        }
        Ok(())
    }
}
