//! An organisation file: facts shared by every register of one organisation.

use super::common::Contact;
use super::register::{Controller, Recipient, RightsRequests, Transfer};
use super::text::{Lang, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An organisation file. Registers name it in `meta.organisation`; each register may
/// override any of these facts with its own.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "seloste organisation")]
pub struct Organisation {
    /// The editor hint `$schema` some tools write into the file; ignored.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A stable identifier for the organisation.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]{0,63}$"), example = &"esimerkki")]
    pub organisation: String,
    /// The version of this file format. Currently 1.
    #[schemars(range(min = 1, max = 1), example = 1)]
    pub schema_version: u32,
    /// The languages the organisation's texts are given in.
    #[schemars(length(min = 1), inner(regex(pattern = r"^[a-z]{2,3}$")), example = ["fi", "en"])]
    pub languages: Vec<Lang>,
    /// The controller.
    pub controller: Option<Controller>,
    /// Default contact person for registers that name none.
    pub contact_person: Option<Contact>,
    /// The data protection officer.
    pub dpo: Option<Contact>,
    /// The representative in the EU (Art 27).
    pub representative: Option<Contact>,
    /// Recipients (typically processors) used by several registers, referred to by id.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// Transfers outside the EU/EEA to the shared recipients; they apply to every register
    /// that uses the recipient.
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// How the organisation protects personal data.
    pub security: Option<Text>,
    /// How and when people are told of changes to the notices, for every register that
    /// gives none of its own.
    #[schemars(example = serde_json::json!({"fi": "Päivitämme selosteita, kun käsittely muuttuu; päivämäärä kertoo viimeisimmän muutoksen.", "en": "We update our notices when the processing changes; the date shows the latest change."}))]
    pub changes_policy: Option<Text>,
    /// How people exercise their rights.
    pub rights_requests: Option<RightsRequests>,
    /// The supervisory authority: the id of a built-in authority (`fi`, `ie`, `de-by`) or one
    /// written out (`name`, `postal_address`, `web`, …). Left out, that of the controller's country.
    #[schemars(example = &"fi")]
    pub authority: Option<super::authority::AuthorityRef>,
    /// Why the authority is another country's than the controller's (e.g. the lead
    /// supervisory authority, Art 56). Printed with the authority.
    #[schemars(example = serde_json::json!({"en": "Our main establishment in the EU is in Dublin, so the Data Protection Commission is our lead supervisory authority (Article 56)."}))]
    pub authority_reason: Option<Text>,
    /// Internal facts shared by every register, for the record of processing activities
    /// (Art 30), `seloste ropa`: owner, systems, security measures, contracts. Never printed
    /// in the notices.
    pub internal: Option<super::internal::OrganisationInternal>,
    /// Rules silenced for the whole organisation file, each with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<super::register::Suppression>,
}
