//! Internal facts: what the record of processing activities (Art 30) needs beyond the
//! notice, for the organisation's own eyes. `seloste ropa` prints them; `build` never does
//! (the notice's view model, `render::view`, has no place for them; tests/it/ropa.rs checks
//! that no internal value reaches any HTML, PDF or Markdown output).

use super::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A register's internal facts, for the record of processing activities (Art 30): never
/// printed in the notice.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"owner": "Myyntijohtaja Maija Meikäläinen", "systems": ["CRM (Salesforce)", "Laskutus (Netvisor)"], "security_measures": "Kaksivaiheinen tunnistautuminen; lokit säilytetään vuoden.", "contracts": [{"recipient": "crm-vendor", "link": "https://intra.esimerkki.fi/sopimukset/crm-dpa.pdf"}], "lia": {"status": "done", "date": "2025-05-12", "link": "https://intra.esimerkki.fi/tietosuoja/lia-markkinointi"}, "dpia": {"status": "not-needed"}, "consent_records": "Suostumukset tallentuvat CRM:n markkinointiluvat-kenttään aikaleimoineen.", "large_scale": false}))]
pub struct Internal {
    /// Who is responsible for the register inside the organisation: a person, a role or a unit.
    #[schemars(example = &"Myyntijohtaja Maija Meikäläinen")]
    pub owner: Option<String>,
    /// The information systems where the data is kept (the organisation file's systems are
    /// listed too).
    #[serde(default)]
    #[schemars(example = ["CRM (Salesforce)", "Laskutus (Netvisor)"])]
    pub systems: Vec<String>,
    /// A general description of the technical and organisational security measures
    /// (Art 30(1)(g)), in more detail than the notice's `security`. Left out, the
    /// organisation file's.
    #[schemars(example = &"Kaksivaiheinen tunnistautuminen; lokit säilytetään vuoden.")]
    pub security_measures: Option<String>,
    /// Where the contracts with recipients are kept, e.g. the processor agreements of Art 28(3).
    #[serde(default)]
    #[schemars(example = serde_json::json!([{"recipient": "crm-vendor", "link": "https://intra.esimerkki.fi/sopimukset/crm-dpa.pdf"}]))]
    pub contracts: Vec<ContractLink>,
    /// The legitimate-interests assessment, for purposes based on legitimate interests.
    pub lia: Option<Assessment>,
    /// The data protection impact assessment (Art 35): whether it is needed and how far it is.
    pub dpia: Option<Assessment>,
    /// Where the record of consents is kept, for purposes based on consent (Art 7(1)).
    #[schemars(example = &"Suostumukset tallentuvat CRM:n markkinointiluvat-kenttään aikaleimoineen.")]
    pub consent_records: Option<String>,
    /// True when the processing is on a large scale (Art 35(3)), which makes a DPIA more
    /// likely to be needed; `check --ropa` then asks for a DPIA status.
    #[serde(default)]
    #[schemars(example = false)]
    pub large_scale: bool,
}

/// The organisation's internal facts, shared by every register that names the file.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"owner": "Tietosuojatiimi", "systems": ["Microsoft 365"], "security_measures": "ISO 27001 -sertifioitu tietoturvan hallintajärjestelmä; kaikki laitteet salattu.", "contracts": [{"recipient": "m365", "link": "https://intra.esimerkki.fi/sopimukset/microsoft-dpa.pdf"}]}))]
pub struct OrganisationInternal {
    /// Who is responsible for data protection inside the organisation, for registers that
    /// name no owner of their own.
    #[schemars(example = &"Tietosuojatiimi")]
    pub owner: Option<String>,
    /// Information systems every register uses.
    #[serde(default)]
    #[schemars(example = ["Microsoft 365"])]
    pub systems: Vec<String>,
    /// A general description of the technical and organisational security measures
    /// (Art 30(1)(g)), for registers that give none of their own.
    #[schemars(example = &"ISO 27001 -sertifioitu tietoturvan hallintajärjestelmä; kaikki laitteet salattu.")]
    pub security_measures: Option<String>,
    /// Where the contracts with the shared recipients are kept.
    #[serde(default)]
    #[schemars(example = serde_json::json!([{"recipient": "m365", "link": "https://intra.esimerkki.fi/sopimukset/microsoft-dpa.pdf"}]))]
    pub contracts: Vec<ContractLink>,
}

/// Where the contract with one recipient is kept.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"recipient": "crm-vendor", "link": "https://intra.esimerkki.fi/sopimukset/crm-dpa.pdf"}))]
pub struct ContractLink {
    /// The id of the recipient (in `recipients`, here or in the organisation file).
    #[schemars(example = &"crm-vendor")]
    pub recipient: String,
    /// A link to the contract or where it is filed.
    #[schemars(example = &"https://intra.esimerkki.fi/sopimukset/crm-dpa.pdf")]
    pub link: String,
}

/// An assessment (a legitimate-interests assessment or a DPIA): its status, date and where
/// it is kept.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"status": "done", "date": "2025-05-12", "link": "https://intra.esimerkki.fi/tietosuoja/dpia-kamera"}))]
pub struct Assessment {
    /// How far the assessment is.
    pub status: Option<AssessmentStatus>,
    /// When it was done or last reviewed.
    pub date: Option<Date>,
    /// A link to the assessment or where it is filed.
    #[schemars(example = &"https://intra.esimerkki.fi/tietosuoja/dpia-kamera")]
    pub link: Option<String>,
}

/// How far an assessment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"done")]
pub enum AssessmentStatus {
    /// Considered and not needed (say why in the linked document).
    NotNeeded,
    /// Needed, not started.
    Planned,
    /// Being done.
    InProgress,
    /// Done.
    Done,
}
