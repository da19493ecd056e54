//! `seloste init`: the skeleton of a new register file. The wording is in
//! `templates/init/register.yaml.tera`; this module only fills in the values.

use crate::model::{ControllerKind, Date};
use std::path::{Component, Path, PathBuf};

/// The skeleton template, built into the binary.
pub const TEMPLATE: &str = include_str!("../templates/init/register.yaml.tera");

/// Where the register schema lives in a seloste checkout, relative to its root.
pub const SCHEMA: &str = "schemas/register.schema.json";

/// What to put into the skeleton.
#[derive(Clone, Debug)]
pub struct InitOptions {
    /// The file name as given on the command line (shown in the next-steps comment).
    pub file: String,
    /// `meta.id`.
    pub id: String,
    pub langs: Vec<String>,
    pub kind: ControllerKind,
    pub today: Date,
    /// The modeline path, and whether it names a schema that exists.
    pub schema: String,
    pub schema_found: bool,
}

/// The kebab-case name of a controller kind, as register files write it.
pub fn kind_name(kind: ControllerKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "other".into())
}

/// A `meta.id` made from a file name: `Asiakas Rekisteri.yaml` → `asiakas-rekisteri`.
pub fn id_from_path(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        let c = match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c => c,
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id: String = id.trim_end_matches('-').chars().take(64).collect();
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() { "register".into() } else { id }
}

/// The modeline path from `dir` (the new file's folder, absolute) to the first
/// `schemas/register.schema.json` found in `dir` or a folder above it.
pub fn find_schema(dir: &Path) -> Option<String> {
    let mut up = 0;
    let mut here = Some(dir);
    while let Some(d) = here {
        if d.join(SCHEMA).is_file() {
            return Some(format!("{}{SCHEMA}", "../".repeat(up)));
        }
        up += 1;
        here = d.parent();
    }
    None
}

/// The absolute, lexically normalised folder of `file` (which need not exist yet).
pub fn folder_of(file: &Path) -> PathBuf {
    let abs = if file.is_absolute() {
        file.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(file)
    };
    let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    if let Ok(d) = dir.canonicalize() {
        return d;
    }
    let mut out = PathBuf::new();
    for c in dir.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// Renders the skeleton.
pub fn skeleton(opts: &InitOptions) -> Result<String, String> {
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![]);
    tera.add_raw_template("register.yaml", TEMPLATE)
        .map_err(|e| e.to_string())?;
    let mut ctx = tera::Context::new();
    ctx.insert("schema", &opts.schema);
    ctx.insert("schema_found", &opts.schema_found);
    ctx.insert("file", &opts.file);
    ctx.insert("id", &opts.id);
    ctx.insert("today", &opts.today.to_string());
    ctx.insert("kind", &kind_name(opts.kind));
    ctx.insert("langs", &opts.langs);
    ctx.insert(
        "dpo_required",
        &(opts.kind == ControllerKind::PublicAuthority),
    );
    tera.render("register.yaml", &ctx).map_err(|e| {
        let mut msg = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            msg.push_str(": ");
            msg.push_str(&s.to_string());
            source = s.source();
        }
        msg
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_file_names() {
        assert_eq!(id_from_path(Path::new("register.yaml")), "register");
        assert_eq!(
            id_from_path(Path::new("a/Jäsen Rekisteri.yaml")),
            "jasen-rekisteri"
        );
        assert_eq!(id_from_path(Path::new("--.yaml")), "register");
    }

    #[test]
    fn kind_names_are_kebab_case() {
        assert_eq!(
            kind_name(ControllerKind::PublicAuthority),
            "public-authority"
        );
        assert_eq!(kind_name(ControllerKind::SoleTrader), "sole-trader");
    }
}
