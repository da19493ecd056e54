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
    /// Ids of vendor catalogue entries (`--vendor`) to write as recipients with transfers.
    pub vendors: Vec<String>,
}

/// A recipient filled in from the vendor catalogue, for the template.
#[derive(Debug, serde::Serialize)]
pub struct VendorRecipient {
    pub id: String,
    pub brand: String,
    pub name: String,
    pub country: Option<String>,
    pub checked: String,
    /// One comment line on what the catalogue says about where the data goes.
    pub facts: String,
}

/// A transfer filled in from the vendor catalogue, for the template.
#[derive(Debug, serde::Serialize)]
pub struct VendorTransfer {
    pub recipient: String,
    pub country: String,
    pub mechanism: String,
    /// A comment for the mechanism line (what to check).
    pub note: String,
}

/// Resolves the `--vendor` words to catalogue ids; the error names the unknown word and the
/// ids that come closest, or lists them all by kind.
pub fn resolve_vendors(words: &[String]) -> Result<Vec<String>, String> {
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
                let hint = if close.is_empty() {
                    let mut kinds: Vec<(&str, Vec<&str>)> = Vec::new();
                    for v in &cat.vendors {
                        match kinds.iter_mut().find(|(k, _)| *k == v.service) {
                            Some((_, l)) => l.push(&v.id),
                            None => kinds.push((&v.service, vec![&v.id])),
                        }
                    }
                    let list: Vec<String> = kinds
                        .iter()
                        .map(|(k, l)| format!("  {k}: {}", l.join(", ")))
                        .collect();
                    format!(
                        "the catalogue (data/vendors.yaml) knows:\n{}",
                        list.join("\n")
                    )
                } else {
                    format!(
                        "did you mean {}?",
                        close
                            .iter()
                            .take(3)
                            .map(|(_, id)| format!("`{id}`"))
                            .collect::<Vec<_>>()
                            .join(" or ")
                    )
                };
                return Err(format!(
                    "--vendor `{w}` is not in seloste's vendor catalogue; {hint}"
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
pub fn vendor_entries(ids: &[String]) -> (Vec<VendorRecipient>, Vec<VendorTransfer>) {
    use crate::rules::transfer_data::{country_in_sentence, country_name, in_eu_eea};
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
            "the data stays in the EU/EEA: no transfer".to_string()
        } else if v.stays_in_eea.is_false() {
            let names: Vec<String> = outside.iter().map(|c| country_in_sentence(c)).collect();
            match v.entity_country() {
                Some(c) if in_eu_eea(c) => format!(
                    "contract with {}, but the group also processes the data in {}",
                    v.contracting_entity,
                    names.join(", ")
                ),
                _ => format!("the data goes to {}", names.join(", ")),
            }
        } else {
            "not known whether the data leaves the EU/EEA: read the vendor's sub-processor \
             list and add a transfer if it does"
                .to_string()
        };
        recipients.push(VendorRecipient {
            id: v.id.clone(),
            brand: v.brand().to_string(),
            name,
            country,
            checked: v.checked.clone(),
            facts,
        });
        if !v.stays_in_eea.is_false() {
            continue;
        }
        for c in outside {
            let mechanism = mechanism_for(v, c);
            let note = match mechanism {
                "dpf" => format!(
                    "{} DPF-certified as of {}: check https://www.dataprivacyframework.gov/list",
                    v.dpf.organisation, v.dpf.as_of
                ),
                "adequacy" => format!("{} has an adequacy decision", country_name(c)),
                _ if c == "US" => "DPF not confirmed by the catalogue: `dpf` only if the vendor \
                    is on https://www.dataprivacyframework.gov/list"
                    .to_string(),
                _ => "standard contractual clauses: say where a copy can be had".to_string(),
            };
            transfers.push(VendorTransfer {
                recipient: v.id.clone(),
                country: c.to_string(),
                mechanism: mechanism.to_string(),
                note,
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
    let (vendors, transfers) = vendor_entries(&opts.vendors);
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
        let err = resolve_vendors(&["mailchim".into()]).unwrap_err();
        assert!(err.contains("`mailchimp`"), "{err}");
        let (r, t) = vendor_entries(&ids);
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
