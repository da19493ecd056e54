//! One register (rekisteri): everything its privacy notice must say.

use super::common::{Contact, Date, Duration};
use super::listed::ListOrNone;
use super::text::{Lang, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A register file: one register, one privacy notice.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "seloste register")]
pub struct Register {
    /// The editor hint `$schema` some tools write into the file; ignored.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identity of the register and of this notice: id, languages, name, dates.
    pub meta: Meta,
    /// A lead paragraph printed first, before the controller: what the notice is about and
    /// for whom, in the reader's words.
    #[schemars(example = serde_json::json!({"fi": "Tässä selosteessa kerromme, miten käsittelemme asiakkaidemme henkilötietoja.", "en": "This notice explains how we process our customers' personal data."}))]
    pub introduction: Option<Text>,
    /// The controller (rekisterinpitäjä). Leave out when the organisation file gives it.
    pub controller: Option<Controller>,
    /// The register's contact person (rekisterin yhteyshenkilö).
    pub contact_person: Option<Contact>,
    /// The data protection officer (tietosuojavastaava). Leave out when the organisation file gives it.
    pub dpo: Option<Contact>,
    /// The controller's representative in the EU (Art 27), for controllers established outside the EU.
    pub representative: Option<Contact>,
    /// Joint controllers (Art 26) and what each is responsible for.
    #[serde(default)]
    pub joint_controllers: Vec<JointController>,
    /// The groups of people whose data is in the register (rekisteröidyt).
    #[serde(default)]
    pub data_subjects: Vec<DataSubject>,
    /// Why the data is processed: one entry per purpose, each with exactly one legal basis.
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// The categories of personal data (henkilötietoryhmät), each with its retention.
    #[serde(default)]
    pub categories: Vec<DataCategory>,
    /// One retention policy for every category that states none of its own and is in no
    /// `retention_groups` entry. A category's own `retention` and its group's take precedence.
    #[schemars(example = serde_json::json!({"period": "P2Y", "event": "end-of-customer-relationship"}))]
    pub retention: Option<Retention>,
    /// One retention policy for a group of categories, written once: e.g. the bookkeeping
    /// categories kept "at least 6 years from the end of the financial year". A category's
    /// own `retention` takes precedence over its group's; the group's over the register's.
    #[serde(default)]
    pub retention_groups: Vec<RetentionGroup>,
    /// Where the data comes from (tietolähteet).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Who receives the data (vastaanottajat): processors, other controllers, authorities.
    /// An entry whose id matches a recipient of the organisation file takes its details from there.
    /// `none` states that the data is disclosed to no one (left out, nothing is said).
    #[serde(default)]
    pub recipients: ListOrNone<Recipient>,
    /// Transfers outside the EU/EEA and their safeguards.
    /// `none` states that no data is transferred outside the EU/EEA (left out, nothing is said).
    #[serde(default)]
    pub transfers: ListOrNone<Transfer>,
    /// Automated decisions and profiling (Art 22): whether they exist, and if so how they work.
    pub automated_decisions: Option<AutomatedDecisions>,
    /// Whether people must provide the data, and what follows if they do not (Art 13(2)(e)).
    pub provision: Option<Provision>,
    /// How the data is protected (rekisterin suojauksen periaatteet).
    pub security: Option<Text>,
    /// How people exercise their rights: channel, identification, response time.
    pub rights_requests: Option<RightsRequests>,
    /// The supervisory authority people may complain to: the id of a built-in authority
    /// (`fi`, `ie`, `de-by`) or one written out (`name`, `postal_address`, `web`, …).
    /// Left out, the organisation file's; left out there too, the authority of the
    /// controller's country (the federal `de` for Germany).
    #[schemars(example = &"fi")]
    pub authority: Option<super::authority::AuthorityRef>,
    /// Why the notice names the authority of another country than the controller's, e.g.
    /// the lead supervisory authority of its main establishment (Art 56). Printed with the authority.
    #[schemars(example = serde_json::json!({"en": "Our main establishment in the EU is in Dublin, so the Data Protection Commission is our lead supervisory authority (Article 56)."}))]
    pub authority_reason: Option<Text>,
    /// How and when people are told of changes to this notice. Leave out when the
    /// organisation file gives it.
    #[schemars(example = serde_json::json!({"fi": "Päivitämme selostetta, kun käsittely muuttuu. Olennaisista muutoksista kerromme asiakkaillemme sähköpostitse.", "en": "We update this notice when the processing changes and tell our customers of significant changes by e-mail."}))]
    pub changes_policy: Option<Text>,
    /// The change history printed in the notice, newest first or in any order: each entry
    /// with its date, what changed in each language, and whether the change is material
    /// (people are told of it in advance). `seloste diff` prints an entry ready to paste.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!([{"date": "2026-03-02", "material": true, "text": {"fi": "Lisäsimme uuden vastaanottajan.", "en": "We added a new recipient."}}, {"date": "2024-03-16", "text": {"fi": "Ensimmäinen versio.", "en": "First version."}}]))]
    pub changes: Vec<ChangeEntry>,
    /// Internal facts for the record of processing activities (Art 30), `seloste ropa`:
    /// owner, systems, security measures, contracts, assessments. Never printed in the notice.
    pub internal: Option<super::internal::Internal>,
    /// Rules silenced for the whole register, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// One entry of the change history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"date": "2026-03-02", "text": {"fi": "Lisäsimme uuden vastaanottajan: Postituspalvelu Oy.", "en": "We added a new recipient: Postituspalvelu Oy."}, "material": true}))]
pub struct ChangeEntry {
    /// The date of the change (the version's `updated`).
    #[schemars(example = &"2026-03-02")]
    pub date: Date,
    /// What changed, in each language of the notice.
    #[schemars(example = serde_json::json!({"fi": "Lisäsimme uuden vastaanottajan.", "en": "We added a new recipient."}))]
    pub text: Text,
    /// True when the change is material: a new purpose, recipient, transfer, special
    /// category or automated decision, a longer retention, a new controller or a new way
    /// to exercise the rights (WP260 rev.01, paras 29–33).
    #[serde(default)]
    #[schemars(example = true)]
    pub material: bool,
}

/// Silences one rule for the item it is written in (or the whole file at the top level).
/// The finding is still reported as suppressed, with the reason, in JSON and SARIF output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"rule": "vague-wording", "reason": "Quotes the cooperation agreement, which we cannot change."}))]
pub struct Suppression {
    /// The id of the rule to silence, as `seloste rules` lists it.
    #[schemars(example = &"vague-wording")]
    pub rule: String,
    /// Why the rule's finding does not apply here.
    #[schemars(length(min = 1), example = &"The word is part of the law's official title.")]
    pub reason: String,
}

/// Identity of the register and of this notice.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "asiakasrekisteri", "schema_version": 1, "languages": ["fi", "en"], "name": {"fi": "Asiakasrekisteri", "en": "Customer register"}, "created": "2024-03-16", "updated": "2026-03-02", "organisation": "organisation.yaml"}))]
pub struct Meta {
    /// A stable identifier: lower-case letters, digits and hyphens. Used for output folder names.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]{0,63}$"), example = &"asiakasrekisteri")]
    pub id: String,
    /// The version of this file format. Currently 1.
    #[schemars(range(min = 1, max = 1), example = 1)]
    pub schema_version: u32,
    /// The languages the notice is published in, e.g. `[fi, en]`. Every text must be given in each.
    #[schemars(length(min = 1), inner(regex(pattern = r"^[a-z]{2,3}$")), example = ["fi", "en"])]
    pub languages: Vec<Lang>,
    /// The name of the register, e.g. "Asiakasrekisteri".
    pub name: Text,
    /// When the notice was first written.
    pub created: Date,
    /// When the notice was last changed.
    pub updated: Date,
    /// The date this version takes effect, when later than `updated`: a material change
    /// (a new purpose, recipient or transfer, a longer retention) is announced in advance
    /// (WP260 rev.01, paras 29–33). Left out, the version is in effect from `updated`.
    #[schemars(example = &"2026-04-01")]
    pub effective: Option<Date>,
    /// Path (relative to this file) of the organisation file whose shared facts this register uses.
    #[schemars(example = &"organisation.yaml")]
    pub organisation: Option<String>,
    /// How the notice addresses its readers: `you` speaks to them directly (fi "sinä", sv
    /// "du": "Sinulla on oikeus…"), `data-subject` in the third person, as statutes and many
    /// public bodies write (fi "rekisteröity", sv "den registrerade": "Rekisteröidyllä on
    /// oikeus…"). One voice runs through the whole notice. Default `you`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<Voice>,
}

/// How a notice addresses its readers (`meta.voice`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"data-subject")]
pub enum Voice {
    /// Second person: fi "sinä", sv "du", en "you".
    #[default]
    You,
    /// Third person: fi "rekisteröity", sv "den registrerade", en "the data subject".
    DataSubject,
}

/// The controller: who decides why and how the data is processed.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"name": {"fi": "Esimerkki Oy", "en": "Esimerkki Oy"}, "kind": "company", "business_id": "2077474-0", "postal_address": {"fi": "PL 100, 70101 Kuopio", "en": "P.O. Box 100, FI-70101 Kuopio, Finland"}, "email": "tietosuoja@esimerkki.fi", "phone": "+358 17 123 4567"}))]
pub struct Controller {
    /// The controller's official name.
    pub name: Text,
    /// What kind of organisation the controller is; public authorities have extra duties.
    pub kind: Option<ControllerKind>,
    /// Finnish business ID (Y-tunnus), `NNNNNNN-C`.
    #[schemars(example = &"0276398-4")]
    pub business_id: Option<String>,
    /// Street address for visits.
    pub visiting_address: Option<Text>,
    /// Postal address.
    pub postal_address: Option<Text>,
    /// Main telephone number.
    #[schemars(example = &"+358 17 123 4567")]
    pub phone: Option<String>,
    /// Main e-mail address.
    #[schemars(example = &"tietosuoja@esimerkki.fi")]
    pub email: Option<String>,
    /// Web site.
    #[schemars(example = &"https://esimerkki.fi")]
    pub website: Option<String>,
    /// Country of establishment (ISO 3166-1 alpha-2). Left out, it is read from the postal or
    /// visiting address (a country named last, `FI-00100`, a Finnish street and postcode) or
    /// a Finnish business ID; when none tells, `authority-country` asks for it.
    #[schemars(regex(pattern = r"^[A-Z]{2}$"), example = &"FI")]
    pub country: Option<String>,
}

/// What kind of organisation the controller is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"company")]
pub enum ControllerKind {
    /// A limited company or other business (yritys).
    Company,
    /// A registered association (yhdistys), including chambers of commerce.
    Association,
    /// A foundation (säätiö).
    Foundation,
    /// A cooperative (osuuskunta).
    Cooperative,
    /// A public authority or body: state, municipality, joint municipal authority (viranomainen).
    PublicAuthority,
    /// A sole trader (toiminimi).
    SoleTrader,
    /// Anything else.
    Other,
}

/// A joint controller (Art 26).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"name": {"fi": "Kumppani Oy", "en": "Kumppani Oy"}, "business_id": "1441415-9", "responsibilities": {"fi": "Kumppani vastaa tapahtuman ilmoittautumisista.", "en": "The partner handles event registrations."}, "contact_point": true}))]
pub struct JointController {
    /// Name of the joint controller.
    pub name: Text,
    /// Its business ID (Y-tunnus), if Finnish.
    #[schemars(example = &"1441415-9")]
    pub business_id: Option<String>,
    /// How to reach it.
    pub contact: Option<Contact>,
    /// The essence of the arrangement (Art 26(2)): who is responsible for what, e.g. who informs
    /// people, who answers their requests, who keeps which data.
    pub responsibilities: Option<Text>,
    /// True when this joint controller is the contact point the arrangement names for people's
    /// requests (Art 26(1)). People may still turn to any of the controllers (Art 26(3)).
    #[serde(default)]
    #[schemars(example = true)]
    pub contact_point: bool,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// A group of people whose data is in the register.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "customers", "name": {"fi": "Asiakkaat", "en": "Customers"}}))]
pub struct DataSubject {
    /// Identifier used to refer to this group.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"), example = &"customers")]
    pub id: String,
    /// Name of the group, e.g. "Asiakkaiden yhteyshenkilöt".
    pub name: Text,
    /// More detail, if the name is not enough.
    pub description: Option<Text>,
    /// For people whose data the register keeps without collecting it from them, e.g. a
    /// customer's emergency contact or a pupil's guardian: what is kept and where it comes from.
    /// The notice gives them their own paragraph (Art 14).
    pub third_person: Option<ThirdPerson>,
    /// True when the group includes children (under 18).
    #[serde(default)]
    #[schemars(example = true)]
    pub children: bool,
    /// For a group with children: how the consent of a guardian (holder of parental responsibility)
    /// is obtained when a service offered online directly to a child rests on consent and the
    /// child is under the age of digital consent (Art 8(1); 13 in Finland, tietosuojalaki
    /// 1050/2018 5 §).
    pub guardian_consent: Option<Text>,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// People whose data is not collected from them: what is kept about them and its source (Art 14).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"data": {"fi": "nimi, puhelinnumero ja suhde asiakkaaseen", "en": "name, phone number and relation to the customer"}, "source": {"fi": "Asiakas antaa lähiomaisensa tiedot.", "en": "The customer gives us their emergency contact's details."}}))]
pub struct ThirdPerson {
    /// What is kept about them, e.g. "nimi ja puhelinnumero" / "name and phone number" (Art 14(1)(d)).
    pub data: Text,
    /// Where their data comes from, e.g. "Asiakas antaa lähiomaisensa tiedot." (Art 14(2)(f)).
    pub source: Text,
}

/// A purpose of processing, with exactly one legal basis (Art 6(1)).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "customer-relationship", "name": {"fi": "Asiakassuhteen hoito", "en": "Managing the customer relationship"}, "basis": "contract", "categories": ["contact-details"]}))]
pub struct Purpose {
    /// Identifier used to refer to this purpose.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"), example = &"customer-relationship")]
    pub id: String,
    /// Short name, e.g. "Jäsensuhteen hoito".
    pub name: Text,
    /// What is done with the data for this purpose.
    pub description: Option<Text>,
    /// The one Art 6(1) legal basis. A purpose with two bases is two purposes.
    pub basis: Option<LegalBasis>,
    /// For `legitimate-interests`: the specific interest pursued, in words (Art 13(1)(d)).
    pub legitimate_interest: Option<Text>,
    /// For `legal-obligation` or `public-task`: the law that sets the obligation or task,
    /// e.g. "kirjanpitolaki (1336/1997) 2:10".
    pub law: Option<Text>,
    /// Ids of the data categories this purpose uses.
    #[serde(default)]
    #[schemars(example = ["contact-details", "orders"])]
    pub categories: Vec<String>,
    /// Ids of the data subject groups this purpose concerns (all groups when left out).
    #[serde(default)]
    #[schemars(example = ["customers"])]
    pub data_subjects: Vec<String>,
    /// True when the purpose is direct marketing: people may always object (Art 21(2)).
    #[serde(default)]
    pub direct_marketing: bool,
    /// True when the purpose is an information society service (an app, a web shop, an online
    /// game or community) offered directly to the people concerned, which matters for children's
    /// consent (Art 8).
    #[serde(default)]
    #[schemars(example = true)]
    pub online_service: bool,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// The six legal bases of Art 6(1).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"contract")]
pub enum LegalBasis {
    /// Art 6(1)(a): the person has given consent (suostumus).
    Consent,
    /// Art 6(1)(b): needed for a contract with the person, or steps before one (sopimus).
    Contract,
    /// Art 6(1)(c): needed to comply with a legal obligation (lakisääteinen velvoite). Name the law.
    LegalObligation,
    /// Art 6(1)(d): needed to protect someone's vital interests (elintärkeät edut).
    VitalInterests,
    /// Art 6(1)(e): a task in the public interest or official authority (yleinen etu / julkinen valta). Name the law.
    PublicTask,
    /// Art 6(1)(f): the controller's or a third party's legitimate interests (oikeutettu etu). Describe the interest.
    LegitimateInterests,
}

/// A category of personal data.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "contact-details", "name": {"fi": "Yhteystiedot", "en": "Contact details"}, "retention": {"period": "P3Y", "from": {"fi": "asiakkuuden päättymisestä", "en": "the end of the customer relationship"}}, "sources": ["customer"]}))]
pub struct DataCategory {
    /// Identifier used to refer to this category from purposes.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"), example = &"contact-details")]
    pub id: String,
    /// Name, e.g. "Yhteystiedot".
    pub name: Text,
    /// The data items in the category, e.g. "nimi, sähköpostiosoite, puhelinnumero".
    pub description: Option<Text>,
    /// Set when the category is special-category data (Art 9(1)).
    pub special: Option<SpecialCategory>,
    /// The Art 9(2) condition that permits processing special-category data.
    pub special_condition: Option<Art9Condition>,
    /// True for personal data on criminal convictions and offences (Art 10).
    #[serde(default)]
    pub criminal: bool,
    /// For Art 10 data: the law authorising the processing, or the official authority.
    pub criminal_authority: Option<Text>,
    /// How long the data is kept.
    pub retention: Option<Retention>,
    /// Ids of the sources this category comes from.
    #[serde(default)]
    #[schemars(example = ["customer"])]
    pub sources: Vec<String>,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// Special categories of personal data (Art 9(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"health")]
pub enum SpecialCategory {
    /// Racial or ethnic origin.
    RacialOrEthnicOrigin,
    /// Political opinions.
    PoliticalOpinions,
    /// Religious or philosophical beliefs.
    ReligiousOrPhilosophicalBeliefs,
    /// Trade union membership.
    TradeUnionMembership,
    /// Genetic data.
    Genetic,
    /// Biometric data used to identify a person.
    Biometric,
    /// Data concerning health (e.g. dietary needs that reveal allergies).
    Health,
    /// Data concerning sex life or sexual orientation.
    SexLifeOrOrientation,
}

/// The conditions of Art 9(2) under which special-category data may be processed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"explicit-consent")]
pub enum Art9Condition {
    /// 9(2)(a): explicit consent.
    ExplicitConsent,
    /// 9(2)(b): obligations in employment and social security law.
    EmploymentLaw,
    /// 9(2)(c): vital interests where consent cannot be given.
    VitalInterests,
    /// 9(2)(d): members of a not-for-profit body.
    NotForProfitMembers,
    /// 9(2)(e): made manifestly public by the person.
    MadePublic,
    /// 9(2)(f): legal claims and courts.
    LegalClaims,
    /// 9(2)(g): substantial public interest under law.
    SubstantialPublicInterest,
    /// 9(2)(h): preventive or occupational medicine, health or social care.
    HealthCare,
    /// 9(2)(i): public health.
    PublicHealth,
    /// 9(2)(j): archiving, research or statistics (Art 89(1)).
    ArchivingResearch,
}

/// How long data is kept: a period (or a minimum period) from an event, a fixed end date,
/// until an event, or the criteria that set it.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"period": "P10Y", "from": {"fi": "asiakkuuden päättymisestä", "en": "the end of the customer relationship"}}))]
pub struct Retention {
    /// The period, in ISO 8601 form: `P10Y`, `P6M`, `P30D`.
    pub period: Option<Duration>,
    /// True when `period` is a minimum ("at least 6 years"), as a law such as the Accounting
    /// Act sets it. Then say in `criteria` when the data is deleted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[schemars(example = true)]
    pub at_least: bool,
    /// The event the period runs from, from the built-in list (written in each language for
    /// you). For another event, write it in words in `from`.
    pub event: Option<RetentionStart>,
    /// The event the period runs from, in words, e.g. "asiakkuuden päättymisestä" / "the end of the customer relationship".
    pub from: Option<Text>,
    /// Keep until a fixed date (`2027-12-31`, the day included) or until an event
    /// (`consent-withdrawn`, `objection`) instead of for a period.
    pub until: Option<RetentionEnd>,
    /// The criteria that set the period, when it cannot be given as a number.
    pub criteria: Option<Text>,
}

/// Common events a retention period runs from; each is written out in the notice's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"end-of-customer-relationship")]
pub enum RetentionStart {
    /// The end of the customer relationship.
    EndOfCustomerRelationship,
    /// The end of the contract.
    EndOfContract,
    /// The end of the financial year (Accounting Act: bookkeeping material).
    EndOfFinancialYear,
    /// The end of the employment.
    EndOfEmployment,
    /// The end of the membership.
    EndOfMembership,
    /// The end of the recruitment (the position has been filled or the search closed).
    EndOfRecruitment,
    /// The person's last contact with the controller.
    LastContact,
    /// The collection or recording of the data.
    Collection,
}

/// The end of retention: a fixed date, or an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum RetentionEnd {
    /// Until this date, the day included.
    Date(Date),
    /// Until this event.
    Event(RetentionEvent),
}

/// Read as a date when the text is one, else as an event.
impl<'de> Deserialize<'de> for RetentionEnd {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RetentionEnd, D::Error> {
        use serde::de::IntoDeserializer;
        let s = String::deserialize(d)?;
        if let Some(date) = Date::parse(&s) {
            return Ok(RetentionEnd::Date(date));
        }
        RetentionEvent::deserialize(s.as_str().into_deserializer()).map(RetentionEnd::Event)
    }
}

impl JsonSchema for RetentionEnd {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RetentionEnd".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let event = RetentionEvent::json_schema(generator);
        let mut alternatives = vec![schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "Until this date (YYYY-MM-DD), the day included."
        })];
        if let Some(consts) = event.get("oneOf").and_then(|v| v.as_array()) {
            alternatives.extend(consts.iter().cloned().filter_map(|c| c.try_into().ok()));
        }
        schemars::json_schema!({
            "description": "A date YYYY-MM-DD (the day included), or an event that ends retention.",
            "anyOf": alternatives,
            "examples": ["2027-12-31", "consent-withdrawn"]
        })
    }
}

/// Events that end retention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"consent-withdrawn")]
pub enum RetentionEvent {
    /// Until the person withdraws consent.
    ConsentWithdrawn,
    /// Until the person objects or unsubscribes.
    Objection,
}

/// One retention policy for a group of categories.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "bookkeeping", "categories": ["invoicing", "payments"], "retention": {"period": "P6Y", "at_least": true, "event": "end-of-financial-year", "criteria": {"fi": "Aineisto hävitetään vuoden kuluessa säilytysajan päättymisestä.", "en": "The material is destroyed within a year after the period ends."}}}))]
pub struct RetentionGroup {
    /// Identifier of the group, used in messages.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"), example = &"bookkeeping")]
    pub id: String,
    /// Ids of the categories the policy covers. A category's own `retention` takes precedence.
    #[schemars(length(min = 1), example = ["invoicing", "payments"])]
    pub categories: Vec<String>,
    /// How long the data of these categories is kept.
    pub retention: Retention,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

impl Register {
    /// The retention that applies to `category`, and where it is written: the category's
    /// own, else its group's (the first group that names it), else the register's.
    pub fn retention_of<'a>(
        &'a self,
        category: &'a DataCategory,
    ) -> Option<(&'a Retention, RetentionSource)> {
        if let Some(r) = &category.retention {
            return Some((r, RetentionSource::Own));
        }
        if let Some((i, g)) = self
            .retention_groups
            .iter()
            .enumerate()
            .find(|(_, g)| g.categories.iter().any(|c| c == &category.id))
        {
            return Some((&g.retention, RetentionSource::Group(i)));
        }
        self.retention
            .as_ref()
            .map(|r| (r, RetentionSource::Register))
    }
}

/// Where the retention that applies to a category is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetentionSource {
    /// In the category itself.
    Own,
    /// In `retention_groups[i]`.
    Group(usize),
    /// In the register's `retention`.
    Register,
}

/// Where data comes from.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "customer", "name": {"fi": "Asiakas itse", "en": "The customer"}, "kind": "data-subject"}))]
pub struct Source {
    /// Identifier used to refer to this source from categories.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"), example = &"customer")]
    pub id: String,
    /// Name of the source, e.g. "Jäsenhakemus" or "Yritys- ja yhteisötietojärjestelmä (YTJ)".
    pub name: Text,
    /// What kind of source it is; decides whether Art 13 or Art 14 applies.
    pub kind: SourceKind,
    /// Whether the source is publicly accessible (Art 14(2)(f)).
    #[schemars(example = false)]
    pub publicly_accessible: Option<bool>,
    /// More detail.
    pub description: Option<Text>,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// Kinds of source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"data-subject")]
pub enum SourceKind {
    /// The person themselves (forms, e-mails, meetings): Art 13.
    DataSubject,
    /// Observed from the person's own activity (camera, website logs, cookies): Art 13.
    Observation,
    /// A public register such as the trade register or the population information system: Art 14.
    PublicRegister,
    /// Other publicly available sources such as web sites: Art 14.
    PublicSource,
    /// Another organisation (employer, partner, data vendor): Art 14.
    OtherOrganisation,
    /// Another register or system of the controller's own (single sign-on, HR system) that
    /// holds what the person gave or did there: Art 13.
    OwnSystem,
}

impl SourceKind {
    /// True when data from this kind of source is collected from the person (Art 13), not
    /// obtained from elsewhere (Art 14). The controller's own other systems count as the
    /// person: it collected the data there from the person, and remains the one controller.
    pub fn is_art13(self) -> bool {
        matches!(
            self,
            SourceKind::DataSubject | SourceKind::Observation | SourceKind::OwnSystem
        )
    }
}

/// Who receives data.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"id": "crm-vendor", "name": {"fi": "Järjestelmätoimittaja Oy", "en": "Järjestelmätoimittaja Oy"}, "role": "processor", "country": "FI", "purposes": ["customer-relationship"]}))]
pub struct Recipient {
    /// Identifier; an organisation-file recipient with the same id supplies the details left out here.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"), example = &"crm-vendor")]
    pub id: String,
    /// The recipient's name (preferred), or a category such as "perintätoimistot".
    pub name: Option<Text>,
    /// The recipient's role.
    pub role: Option<RecipientRole>,
    /// True when `name` is a category of recipients rather than a named organisation.
    #[serde(default)]
    pub is_category: bool,
    /// Country where the recipient processes the data (ISO 3166-1 alpha-2), e.g. FI, IE, US.
    #[schemars(regex(pattern = r"^[A-Z]{2}$"), example = &"IE")]
    pub country: Option<String>,
    /// Ids of the purposes the data is disclosed for.
    #[serde(default)]
    #[schemars(example = ["customer-relationship"])]
    pub purposes: Vec<String>,
    /// What the recipient does with the data.
    pub description: Option<Text>,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// Roles of recipients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"processor")]
pub enum RecipientRole {
    /// Processes data on the controller's behalf (henkilötietojen käsittelijä), e.g. a cloud service.
    Processor,
    /// An independent controller that receives the data.
    Controller,
    /// A joint controller.
    JointController,
    /// A public authority receiving data under law.
    Authority,
}

/// A transfer of data outside the EU/EEA.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"recipient": "analytics", "country": "US", "mechanism": "dpf"}))]
pub struct Transfer {
    /// Id of the recipient the data is transferred to.
    #[schemars(example = &"analytics")]
    pub recipient: Option<String>,
    /// Destination country (ISO 3166-1 alpha-2), e.g. US.
    #[schemars(regex(pattern = r"^[A-Z]{2}$"), example = &"US")]
    pub country: Option<String>,
    /// The legal mechanism (Art 45, 46 or 49).
    pub mechanism: Option<TransferMechanism>,
    /// For `derogation`: which Art 49(1) derogation.
    pub derogation: Option<Art49Derogation>,
    /// Where a copy of the safeguard can be obtained (Art 13(1)(f)), e.g. a URL or "ask the DPO".
    pub safeguard_copy: Option<Text>,
    /// More detail.
    pub description: Option<Text>,
    /// Rules silenced for this item, each with the reason (shown in JSON and SARIF output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// Transfer mechanisms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"sccs")]
pub enum TransferMechanism {
    /// Art 45: a Commission adequacy decision for the destination country.
    Adequacy,
    /// EU–US Data Privacy Framework (Decision 2023/1795): only for DPF-certified US recipients.
    Dpf,
    /// Art 46(2)(c): standard contractual clauses, Decision (EU) 2021/914.
    Sccs,
    /// Standard contractual clauses from before 2021 (2001/497, 2004/915, 2010/87): no longer valid.
    #[serde(rename = "sccs-pre-2021")]
    SccsPre2021,
    /// EU–US Privacy Shield (Decision 2016/1250): invalid since 16 July 2020.
    PrivacyShield,
    /// Art 47: binding corporate rules.
    Bcr,
    /// Art 46(2)(e): an approved code of conduct.
    CodeOfConduct,
    /// Art 46(2)(f): an approved certification mechanism.
    Certification,
    /// Art 49(1): a derogation for specific situations.
    Derogation,
}

/// Art 49(1) derogations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"explicit-consent")]
pub enum Art49Derogation {
    /// (a) explicit consent after being informed of the risks.
    ExplicitConsent,
    /// (b) performance of a contract with the person.
    ContractWithSubject,
    /// (c) a contract concluded in the person's interest.
    ContractInInterest,
    /// (d) important reasons of public interest.
    PublicInterest,
    /// (e) legal claims.
    LegalClaims,
    /// (f) vital interests.
    VitalInterests,
    /// (g) transfer from a public register.
    PublicRegister,
    /// Second subparagraph: compelling legitimate interests (exceptional).
    CompellingLegitimateInterests,
}

/// Automated individual decisions and profiling (Art 22).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"exists": false, "profiling": false}))]
pub struct AutomatedDecisions {
    /// True when decisions with legal or similarly significant effects are made by automated means.
    #[schemars(example = false)]
    pub exists: bool,
    /// True when profiling is done.
    #[serde(default)]
    pub profiling: bool,
    /// The logic involved.
    pub logic: Option<Text>,
    /// The significance of the processing for the person.
    pub significance: Option<Text>,
    /// Its envisaged consequences.
    pub consequences: Option<Text>,
}

/// Whether the person must provide the data (Art 13(2)(e)).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"requirement": "contract-prerequisite", "obligatory": true, "consequences": {"fi": "Ilman yhteystietoja emme voi toimittaa tilausta.", "en": "Without contact details we cannot deliver the order."}}))]
pub struct Provision {
    /// Why the data is required, if it is.
    pub requirement: Option<ProvisionRequirement>,
    /// True when the person is obliged to provide the data.
    #[schemars(example = true)]
    pub obligatory: Option<bool>,
    /// What happens if the person does not provide the data.
    pub consequences: Option<Text>,
}

/// Reasons data may be required.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(example = &"contract-prerequisite")]
pub enum ProvisionRequirement {
    /// Required by law.
    Statutory,
    /// Required by a contract.
    Contractual,
    /// Needed to enter into a contract.
    ContractPrerequisite,
    /// Not required: providing it is voluntary.
    Voluntary,
}

/// How people exercise their rights.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"email": "tietosuoja@esimerkki.fi", "response_time": "P1M"}))]
pub struct RightsRequests {
    /// How to make a request, in words.
    pub how: Option<Text>,
    /// E-mail address for requests.
    #[schemars(example = &"tietosuoja@esimerkki.fi")]
    pub email: Option<String>,
    /// Telephone number for requests.
    #[schemars(example = &"+358 17 123 4567")]
    pub phone: Option<String>,
    /// Postal address for written requests.
    pub address: Option<Text>,
    /// Web form for requests.
    #[schemars(example = &"https://esimerkki.fi/tietosuoja/pyynto")]
    pub web_form: Option<String>,
    /// How long answering takes at most, e.g. `P1M` (Art 12(3)).
    pub response_time: Option<Duration>,
}
