//! The record of processing activities (GDPR Art 30(1)), `seloste ropa`: one row per
//! processing activity (a purpose of a register), built from the same loaded registers the
//! notices are built from, plus their `internal:` facts. Every heading and every value
//! word comes from the catalogs (`ropa-*` in templates/locales/); one output format is one
//! file here: [`csv`], [`xlsx`], and Markdown and HTML through the templates `ropa.md` and
//! `ropa.html` ([`text`]).

pub mod csv;
pub mod text;
pub mod xlsx;

use crate::i18n::{Catalog, CatalogError};
use crate::model::*;
use crate::render::view;
use crate::rules::Notice;
use serde::Serialize;
use std::collections::BTreeSet;

/// The columns of the record, in order; the heading of `x` is the catalog's `ropa-col-x`.
pub const COLUMNS: &[&str] = &[
    "controller",
    "register",
    "purpose",
    "description",
    "basis",
    "basis-detail",
    "art9-condition",
    "data-subjects",
    "categories",
    "special-categories",
    "sources",
    "processors",
    "recipients",
    "transfers",
    "retention",
    "security",
    "automated",
    "rights",
    "contracts",
    "lia",
    "consent-records",
    "dpia",
    "systems",
    "owner",
    "controller-contact",
    "joint-controllers",
    "representative",
    "dpo",
    "updated",
];

/// The columns of the controllers' table (a sheet of its own in the workbook); the heading
/// of `x` is the catalog's `ropa-controller-col-x`.
pub const CONTROLLER_COLUMNS: &[&str] = &[
    "name",
    "business-id",
    "postal-address",
    "visiting-address",
    "email",
    "phone",
    "website",
    "dpo",
    "representative",
    "owner",
];

/// One cell: lines of text (joined by a line break in the workbook and the CSV), or a date.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Cell {
    Lines { lines: Vec<String> },
    Date { iso: String, shown: String },
}

/// A text of the register as the record's lines: one per paragraph, the line breaks inside
/// a paragraph (soft breaks, as Markdown reads them) made spaces.
fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
}

impl Cell {
    fn lines(lines: Vec<String>) -> Cell {
        Cell::Lines {
            lines: lines.iter().flat_map(|l| paragraphs(l)).collect(),
        }
    }
    fn one(s: Option<String>) -> Cell {
        Cell::lines(s.into_iter().collect())
    }
    /// The cell as one text: lines joined by `\n`, a date as `YYYY-MM-DD`.
    pub fn joined(&self) -> String {
        match self {
            Cell::Lines { lines } => lines.join("\n"),
            Cell::Date { iso, .. } => iso.clone(),
        }
    }
}

/// The record in one language.
#[derive(Debug, Serialize)]
pub struct Record {
    pub lang: String,
    pub title: String,
    pub sheet: String,
    pub controllers_title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub controller_columns: Vec<String>,
    pub controllers: Vec<Vec<Cell>>,
    /// The newest `updated` date of the registers (`YYYY-MM-DD`): the workbook's creation date.
    pub newest: Option<String>,
}

/// Keeps non-empty strings.
fn some(s: &Option<String>) -> Option<String> {
    s.as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// A contact as one line: name, title, e-mail, phone, address.
fn contact_line(c: &view::ContactView) -> Option<String> {
    let parts: Vec<String> = [&c.name, &c.title, &c.email, &c.phone, &c.address]
        .into_iter()
        .filter_map(some)
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The YAML spelling of an enum value (`legal-obligation`).
fn key<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Builds the record of `notices` (in the order given) in the catalog's language. A
/// register's texts are taken in that language when it declares it, else in its first.
pub fn build(notices: &[Notice], cat: &Catalog) -> Result<Record, CatalogError> {
    let lang = cat.lang.as_str();
    let mut rows = Vec::new();
    let mut controllers: Vec<Vec<Cell>> = Vec::new();
    let mut seen_controllers = BTreeSet::new();
    for n in notices {
        let r = n.register;
        let text_lang = if r.meta.languages.iter().any(|l| l == lang) {
            lang
        } else {
            r.meta.languages.first().map(String::as_str).unwrap_or(lang)
        };
        let v = view::build(n, text_lang, cat, Vec::new(), view::Links::default())?;
        let internal = r.internal.clone().unwrap_or_default();
        let org_internal = n
            .org
            .as_ref()
            .and_then(|(o, _)| o.internal.clone())
            .unwrap_or_default();
        let owner = some(&internal.owner).or_else(|| some(&org_internal.owner));
        let systems: Vec<String> = internal
            .systems
            .iter()
            .chain(org_internal.systems.iter())
            .cloned()
            .collect();
        let security = some(&internal.security_measures)
            .or_else(|| some(&org_internal.security_measures))
            .or_else(|| v.security.clone());
        let controller_name = v.controller.as_ref().map(|c| c.name.clone());
        let controller_contact = v.controller.as_ref().map(|c| {
            [&c.postal_address, &c.email, &c.phone]
                .into_iter()
                .filter_map(some)
                .collect::<Vec<_>>()
                .join(", ")
        });
        let dpo = v.dpo.as_ref().and_then(contact_line);
        let representative = v.representative.as_ref().and_then(contact_line);
        let joints: Vec<String> = v
            .joint_controllers
            .iter()
            .map(|j| {
                let mut parts = vec![j.name.clone()];
                parts.extend(j.business_id.clone());
                parts.extend(j.contact.as_ref().and_then(contact_line));
                parts.join(", ")
            })
            .collect();
        if let Some(c) = &v.controller {
            let id = (c.name.clone(), c.business_id.clone().unwrap_or_default());
            if seen_controllers.insert(id) {
                controllers.push(vec![
                    Cell::one(Some(c.name.clone())),
                    Cell::one(c.business_id.clone()),
                    Cell::one(c.postal_address.clone()),
                    Cell::one(c.visiting_address.clone()),
                    Cell::one(c.email.clone()),
                    Cell::one(c.phone.clone()),
                    Cell::one(c.website.clone()),
                    Cell::one(dpo.clone()),
                    Cell::one(representative.clone()),
                    // The organisation's, not a register's owner.
                    Cell::one(some(&org_internal.owner)),
                ]);
            }
        }
        let merged = n.recipients();
        let transfers = n.transfers();
        let automated = match &v.automated {
            None => Vec::new(),
            Some(a) => {
                let mut out = vec![cat.t(if a.exists {
                    "ropa-automated-exists"
                } else {
                    "ropa-automated-none"
                })?];
                out.push(cat.t(if a.profiling {
                    "ropa-profiling"
                } else {
                    "ropa-no-profiling"
                })?);
                out.extend(a.logic.clone());
                out
            }
        };
        let updated = Cell::Date {
            iso: r.meta.updated.to_string(),
            shown: cat.date(&r.meta.updated)?,
        };
        for (pi, p) in r.purposes.iter().enumerate() {
            let pv = &v.purposes[pi];
            let uses = |id: &str| p.categories.iter().any(|c| c == id);
            let cats: Vec<&view::CategoryView> =
                v.categories.iter().filter(|c| uses(&c.id)).collect();
            let basis = match p.basis {
                Some(b) => vec![cat.message(
                    "ropa-basis",
                    &[
                        ("name", cat.t(&format!("basis-{}", key(&b)))?.into()),
                        ("article", cat.t(&format!("basis-ref-{}", key(&b)))?.into()),
                    ],
                )?],
                None => Vec::new(),
            };
            let mut detail = Vec::new();
            detail.extend(pv.law.clone());
            detail.extend(pv.legitimate_interest.clone());
            let mut art9 = BTreeSet::new();
            let mut special = Vec::new();
            for c in &cats {
                if let Some(s) = &c.special {
                    special.push(format!("{}: {}", c.name, cat.t(&format!("special-{s}"))?));
                }
                if let Some(cond) = &c.special_condition {
                    art9.insert(cat.t(&format!("art9-{cond}"))?);
                }
                if c.criminal {
                    special.push(
                        cat.message("ropa-criminal", &[("category", c.name.clone().into())])?,
                    );
                }
            }
            let subjects: Vec<String> = r
                .data_subjects
                .iter()
                .zip(&v.data_subjects)
                .filter(|(s, _)| p.data_subjects.is_empty() || p.data_subjects.contains(&s.id))
                .map(|(_, sv)| sv.name.clone())
                .collect();
            let mut sources: Vec<String> = Vec::new();
            for s in cats.iter().flat_map(|c| &c.sources) {
                if !sources.contains(s) {
                    sources.push(s.clone());
                }
            }
            let mut processors = Vec::new();
            let mut recipients = Vec::new();
            for (m, rv) in merged.iter().zip(&v.recipients) {
                let m = &m.merged;
                if !(m.purposes.is_empty() || m.purposes.contains(&p.id)) {
                    continue;
                }
                let mut line = rv.name.clone();
                if let Some(country) = &rv.country_name {
                    line = format!("{line} ({country})");
                }
                if m.role == Some(RecipientRole::Processor) {
                    processors.push(line);
                } else {
                    if !rv.role.is_empty() {
                        line = format!("{line}: {}", cat.t(&format!("role-{}", rv.role))?);
                    }
                    recipients.push(line);
                }
            }
            if v.recipients_none && recipients.is_empty() && processors.is_empty() {
                recipients.push(cat.t("recipients-none")?);
            }
            let mut transfer_lines = Vec::new();
            for (t, tv) in transfers.iter().zip(&v.transfers) {
                let to_this = t
                    .value
                    .recipient
                    .as_deref()
                    .and_then(|id| merged.iter().find(|m| m.merged.id == id))
                    .is_none_or(|m| {
                        m.merged.purposes.is_empty() || m.merged.purposes.contains(&p.id)
                    });
                if !to_this {
                    continue;
                }
                let mut parts = Vec::new();
                parts.extend(tv.recipient.clone());
                parts.extend(tv.country_name.clone());
                if !tv.mechanism.is_empty() {
                    parts.push(cat.t(&format!("mechanism-{}", tv.mechanism))?);
                }
                if let Some(d) = &tv.derogation {
                    parts.push(cat.t(&format!("derogation-{d}"))?);
                }
                let mut line = parts.join(", ");
                // The DPF names the certified entity (a US parent), as the notice does.
                if let Some(kind) = &tv.dpf_certified {
                    let entity = tv.certified_entity.clone().unwrap_or_default();
                    let sentence = cat.message(
                        &format!("dpf-certified-{kind}"),
                        &[("entity", entity.into()), ("voice", v.voice.clone().into())],
                    )?;
                    line = format!("{line}. {sentence}");
                }
                transfer_lines.push(line);
            }
            if v.transfers_none && transfer_lines.is_empty() {
                transfer_lines.push(cat.t("transfers-none")?);
            }
            let retention: Vec<String> = cats
                .iter()
                .filter(|c| !c.retention.is_empty() || c.retention_criteria.is_some())
                .map(|c| {
                    let mut s = format!("{}: {}", c.name, c.retention);
                    if let Some(k) = &c.retention_criteria {
                        s = format!("{} {k}", s.trim_end());
                    }
                    s
                })
                .collect();
            let rights = DerivedRights::of_purpose(r, p).unwrap_or_default();
            let mut right_lines = Vec::new();
            for k in [
                "right-access",
                "right-rectification",
                "right-erasure",
                "right-restriction",
            ] {
                right_lines.push(cat.t(k)?);
            }
            if rights.portability {
                right_lines.push(cat.t("right-portability")?);
            }
            if rights.objection || rights.objection_direct_marketing {
                right_lines.push(cat.t("right-objection")?);
            }
            if rights.withdraw_consent {
                right_lines.push(cat.t("right-withdraw-consent")?);
            }
            right_lines.push(cat.t("ropa-right-complaint")?);
            // Contracts with the recipients of this purpose.
            let contracts: Vec<String> = internal
                .contracts
                .iter()
                .chain(org_internal.contracts.iter())
                .filter(|c| {
                    merged.iter().any(|m| {
                        m.merged.id == c.recipient
                            && (m.merged.purposes.is_empty() || m.merged.purposes.contains(&p.id))
                    })
                })
                .map(|c| {
                    let name = merged
                        .iter()
                        .zip(&v.recipients)
                        .find(|(m, _)| m.merged.id == c.recipient)
                        .map(|(_, rv)| rv.name.clone())
                        .unwrap_or_else(|| c.recipient.clone());
                    format!("{name}: {}", c.link)
                })
                .collect();
            let lia = if p.basis == Some(LegalBasis::LegitimateInterests) {
                assessment(cat, internal.lia.as_ref())?
            } else {
                Vec::new()
            };
            let consent = if p.basis == Some(LegalBasis::Consent)
                || cats
                    .iter()
                    .any(|c| c.special_condition.as_deref() == Some("explicit-consent"))
            {
                some(&internal.consent_records).into_iter().collect()
            } else {
                Vec::new()
            };
            let mut dpia = Vec::new();
            if internal.large_scale {
                dpia.push(cat.t("ropa-large-scale")?);
            }
            dpia.extend(assessment(cat, internal.dpia.as_ref())?);
            rows.push(vec![
                Cell::one(controller_name.clone()),
                Cell::one(Some(v.name.clone())),
                Cell::one(Some(pv.name.clone())),
                Cell::one(pv.description.clone()),
                Cell::lines(basis),
                Cell::lines(detail),
                Cell::lines(art9.into_iter().collect()),
                Cell::lines(subjects),
                Cell::lines(cats.iter().map(|c| c.name.clone()).collect()),
                Cell::lines(special),
                Cell::lines(sources),
                Cell::lines(processors),
                Cell::lines(recipients),
                Cell::lines(transfer_lines),
                Cell::lines(retention),
                Cell::one(security.clone()),
                Cell::lines(automated.clone()),
                Cell::lines(right_lines),
                Cell::lines(contracts),
                Cell::lines(lia),
                Cell::lines(consent),
                Cell::lines(dpia),
                Cell::lines(systems.clone()),
                Cell::one(owner.clone()),
                Cell::one(controller_contact.clone()),
                Cell::lines(joints.clone()),
                Cell::one(representative.clone()),
                Cell::one(dpo.clone()),
                updated.clone(),
            ]);
        }
    }
    debug_assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
    let headings = |prefix: &str, keys: &[&str]| -> Result<Vec<String>, CatalogError> {
        keys.iter()
            .map(|k| cat.t(&format!("{prefix}{k}")))
            .collect()
    };
    Ok(Record {
        lang: lang.to_string(),
        title: cat.t("ropa-title")?,
        sheet: cat.t("ropa-sheet")?,
        controllers_title: cat.t("ropa-controllers")?,
        columns: headings("ropa-col-", COLUMNS)?,
        rows,
        controller_columns: headings("ropa-controller-col-", CONTROLLER_COLUMNS)?,
        controllers,
        newest: notices
            .iter()
            .map(|n| n.register.meta.updated)
            .max()
            .map(|d| d.to_string()),
    })
}

/// An assessment as lines: its status, date and link.
fn assessment(cat: &Catalog, a: Option<&Assessment>) -> Result<Vec<String>, CatalogError> {
    let Some(a) = a else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    if let Some(s) = a.status {
        let mut line = cat.t(&format!("ropa-status-{}", key(&s)))?;
        if let Some(d) = &a.date {
            line = format!("{line} ({})", cat.date(d)?);
        }
        out.push(line);
    } else if let Some(d) = &a.date {
        out.push(cat.date(d)?);
    }
    out.extend(some(&a.link));
    Ok(out)
}
