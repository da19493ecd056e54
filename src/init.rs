//! `seloste init`: the skeleton of a new register file. Its shape and the notice's
//! placeholder texts (one per notice language) are in `templates/init/register.yaml.tera`;
//! its comments for the officer are in `messages/init.<lang>.ftl`, in the officer's
//! language. This module only fills in the values.

use crate::diagnostic::{Arg, Msg};
use crate::messages::Messages;
use crate::model::{ControllerKind, Date};
use crate::msg;
use std::collections::HashMap;
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
    /// Ids of vendor catalogue entries (`--vendor`) to write as recipients with transfers.
    pub vendors: Vec<String>,
    /// The language of the officer, who reads the comments (one of
    /// [`crate::diagnostic::LANGUAGES`]); `langs` are the notice's.
    pub officer: String,
}

/// A recipient filled in from the vendor catalogue, for the template.
#[derive(Debug, serde::Serialize)]
pub struct VendorRecipient {
    pub id: String,
    pub brand: String,
    pub name: String,
    pub country: Option<String>,
    pub checked: String,
    /// One comment line: the service, when the catalogue was checked and what it says
    /// about where the data goes, in the officer's language.
    pub comment: String,
}

/// A transfer filled in from the vendor catalogue, for the template.
#[derive(Debug, serde::Serialize)]
pub struct VendorTransfer {
    pub recipient: String,
    pub country: String,
    pub mechanism: String,
    /// A comment for the mechanism line (what to check), in the officer's language.
    pub note: String,
}

/// Resolves the `--vendor` words to catalogue ids; the error names the unknown word and the
/// ids that come closest, or lists them all by kind.
pub fn resolve_vendors(words: &[String]) -> Result<Vec<String>, Msg> {
    let cat = crate::rules::vendor_data::catalogue();
    let mut ids: Vec<String> = Vec::new();
    for w in words {
        match cat.find(w) {
            Some(v) => {
                if !ids.contains(&v.id) {
                    ids.push(v.id.clone());
                }
            }
            None => {
                let mut close: Vec<(f64, &str)> = cat
                    .vendors
                    .iter()
                    .map(|v| {
                        (
                            strsim::jaro_winkler(&w.to_lowercase(), &v.id),
                            v.id.as_str(),
                        )
                    })
                    .filter(|(d, _)| *d > 0.8)
                    .collect();
                close.sort_by(|a, b| b.0.total_cmp(&a.0));
                let shown: Vec<String> = close
                    .iter()
                    .take(3)
                    .map(|(_, id)| format!("`{id}`"))
                    .collect();
                let hint = match shown.split_last() {
                    Some((last, rest)) => msg!(
                        "load-did-you-mean",
                        n = shown.len(),
                        first = rest.join(", "),
                        last = last.as_str()
                    ),
                    None => {
                        let mut kinds: Vec<(&str, Vec<&str>)> = Vec::new();
                        for v in &cat.vendors {
                            match kinds.iter_mut().find(|(k, _)| *k == v.service) {
                                Some((_, l)) => l.push(&v.id),
                                None => kinds.push((&v.service, vec![&v.id])),
                            }
                        }
                        let list: Vec<String> = kinds
                            .iter()
                            .map(|(k, l)| format!("{k}: {}", l.join(", ")))
                            .collect();
                        msg!("init-vendor-known", list = list.join("; "))
                    }
                };
                return Err(msg!(
                    "init-vendor-not-found",
                    word = w.as_str(),
                    hint = hint
                ));
            }
        }
    }
    Ok(ids)
}

/// The recipients and transfers for the chosen vendors, filled from the catalogue: the
/// contracting entity and its country, and one transfer per country outside the EU/EEA with
/// the mechanism that fits (DPF only where the catalogue says the US organisation is
/// certified).
pub fn vendor_entries(ids: &[String], m: &Messages) -> (Vec<VendorRecipient>, Vec<VendorTransfer>) {
    use crate::rules::transfer_data::{fact_date, in_eu_eea};
    use crate::rules::vendor_data::{catalogue, mechanism_for};
    let cat = catalogue();
    let (mut recipients, mut transfers) = (Vec::new(), Vec::new());
    for id in ids {
        let Some(v) = cat.get(id) else { continue };
        let outside = v.countries_outside();
        let name = match v.entity() {
            Some(e) if e.to_lowercase().contains(&v.brand().to_lowercase()) => e.to_string(),
            Some(e) => format!("{e} ({})", v.brand()),
            None => v.brand().to_string(),
        };
        let country = v
            .entity_country()
            .or_else(|| outside.first().copied())
            .map(str::to_string);
        let facts = if v.stays_in_eea.is_true() {
            msg!("init-vendor-facts-in-eea")
        } else if v.stays_in_eea.is_false() {
            let countries = Arg::countries(&outside);
            match v.entity_country() {
                Some(c) if in_eu_eea(c) => msg!(
                    "init-vendor-facts-group-abroad",
                    entity = v.contracting_entity.as_str(),
                    countries = countries
                ),
                _ => msg!("init-vendor-facts-abroad", countries = countries),
            }
        } else {
            msg!("init-vendor-facts-unknown")
        };
        let comment = msg!(
            "init-vendor",
            brand = v.brand(),
            checked = fact_date(&v.checked),
            facts = facts
        );
        recipients.push(VendorRecipient {
            id: v.id.clone(),
            brand: v.brand().to_string(),
            name,
            country,
            checked: v.checked.clone(),
            comment: m.text(&comment),
        });
        if !v.stays_in_eea.is_false() {
            continue;
        }
        for c in outside {
            let mechanism = mechanism_for(v, c);
            let note = match mechanism {
                "dpf" => msg!(
                    "init-transfer-dpf",
                    organisation = v.dpf.organisation.as_str(),
                    date = fact_date(&v.dpf.as_of)
                ),
                "adequacy" => msg!("init-transfer-adequacy", country = Arg::country(c)),
                _ if c == "US" => msg!("init-transfer-no-dpf"),
                _ => msg!("init-transfer-sccs"),
            };
            transfers.push(VendorTransfer {
                recipient: v.id.clone(),
                country: c.to_string(),
                mechanism: mechanism.to_string(),
                note: m.text(&note),
            });
        }
    }
    (recipients, transfers)
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

/// `text` as YAML comment lines at `indent`: "# " before each line, "#" alone for an empty one.
fn comment_lines(text: &str, indent: &str) -> String {
    text.lines()
        .map(|l| {
            if l.trim().is_empty() {
                format!("{indent}#")
            } else {
                format!("{indent}# {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The template's words for the officer, from `messages/init.<lang>.ftl` in the officer's
/// language: `say(id=…)` gives a message as it is, `comment(id=…, indent=…)` as comment
/// lines. Each message may use `$file`, the new file's name.
fn register_words(tera: &mut tera::Tera, m: &'static Messages, file: &str) {
    let word = move |args: &HashMap<String, tera::Value>, file: &str| -> tera::Result<String> {
        let id = args
            .get("id")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("id"))?;
        Ok(m.format(id, &[("file", Arg::Str(file.to_string()))]))
    };
    let f = file.to_string();
    tera.register_function(
        "say",
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            Ok(tera::Value::String(word(args, &f)?))
        },
    );
    let f = file.to_string();
    tera.register_function(
        "comment",
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let indent = args
                .get("indent")
                .and_then(tera::Value::as_str)
                .unwrap_or("");
            Ok(tera::Value::String(comment_lines(&word(args, &f)?, indent)))
        },
    );
}

/// Renders the skeleton.
pub fn skeleton(opts: &InitOptions) -> Result<String, String> {
    let m = Messages::get(&opts.officer);
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![]);
    register_words(&mut tera, m, &opts.file);
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
    let (vendors, transfers) = vendor_entries(&opts.vendors, m);
    ctx.insert("vendors", &vendors);
    ctx.insert("vendor_transfers", &transfers);
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
    fn vendors_resolve_by_id_or_name_and_fill_transfers() {
        let ids = resolve_vendors(&[
            "mailchimp".into(),
            "Google Workspace".into(),
            "teams".into(),
            "plausible".into(),
        ])
        .unwrap();
        assert_eq!(
            ids,
            [
                "mailchimp",
                "google-workspace",
                "microsoft-teams",
                "plausible"
            ]
        );
        let err = crate::messages::en(&resolve_vendors(&["mailchim".into()]).unwrap_err());
        assert!(err.contains("`mailchimp`"), "{err}");
        let (r, t) = vendor_entries(&ids, Messages::english());
        assert_eq!(r.len(), 4);
        assert_eq!(r[0].country.as_deref(), Some("US"));
        assert_eq!(r[1].country.as_deref(), Some("IE"));
        // Plausible stays in the EU/EEA: no transfer.
        assert!(t.iter().all(|t| t.recipient != "plausible"));
        assert!(
            t.iter()
                .any(|t| t.recipient == "mailchimp" && t.country == "US" && t.mechanism == "dpf")
        );
        assert!(
            t.iter()
                .any(|t| t.recipient == "google-workspace" && t.country == "US")
        );
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
