//! The notice as the templates see it: one language, every text chosen, retention and
//! dates written out through the catalog, rights derived from the bases, references
//! resolved to names. Enum values stay as keys (`basis: "consent"`) that templates look
//! up in the catalog (`t(key="basis-" ~ p.basis)`), so all wording stays in templates.

use crate::i18n::{Catalog, CatalogError};
use crate::model::*;
use crate::rules::Notice;
use crate::rules::notice::ResolvedAuthority;
use serde::Serialize;

/// Serialises an enum value as its YAML spelling (`legal-obligation`).
fn key<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[derive(Serialize, Default)]
pub struct ContactView {
    pub name: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

#[derive(Serialize)]
pub struct ControllerView {
    pub name: String,
    pub business_id: Option<String>,
    pub visiting_address: Option<String>,
    pub postal_address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
}

#[derive(Serialize)]
pub struct JointView {
    pub name: String,
    pub business_id: Option<String>,
    pub contact: Option<ContactView>,
    pub responsibilities: Option<String>,
    pub contact_point: bool,
}

#[derive(Serialize)]
pub struct SubjectView {
    pub name: String,
    pub description: Option<String>,
    pub third_person: Option<ThirdPersonView>,
    pub children: bool,
    pub guardian_consent: Option<String>,
}

/// What is kept about people whose data is not collected from them, and its source.
#[derive(Serialize)]
pub struct ThirdPersonView {
    pub data: String,
    pub source: String,
}

#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub basis: String,
    pub legitimate_interest: Option<String>,
    pub law: Option<String>,
    pub categories: Vec<String>,
    pub direct_marketing: bool,
}

#[derive(Serialize)]
pub struct CategoryView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub special: Option<String>,
    pub special_condition: Option<String>,
    pub criminal: bool,
    pub criminal_authority: Option<String>,
    pub retention: String,
    pub retention_criteria: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Serialize)]
pub struct SourceView {
    pub name: String,
    pub kind: String,
    pub publicly_accessible: Option<bool>,
    pub description: Option<String>,
}

#[derive(Serialize)]
pub struct RecipientView {
    pub name: String,
    pub role: String,
    pub country: Option<String>,
    pub country_name: Option<String>,
    pub description: Option<String>,
    pub purposes: Vec<String>,
}

#[derive(Serialize)]
pub struct TransferView {
    pub recipient: Option<String>,
    pub country: Option<String>,
    pub country_name: Option<String>,
    pub mechanism: String,
    pub derogation: Option<String>,
    pub safeguard_copy: Option<String>,
    pub description: Option<String>,
    /// For `dpf`: who is certified under the Data Privacy Framework: `recipient` (the
    /// recipient itself, a US organisation), `entity` (the US organisation named in
    /// `certified_entity`, e.g. the parent of an EU subsidiary that is the recipient), or
    /// `group` (the recipient is not in the US and the certified group company is not known).
    pub dpf_certified: Option<String>,
    pub certified_entity: Option<String>,
}

#[derive(Serialize)]
pub struct AutomatedView {
    pub exists: bool,
    pub profiling: bool,
    pub logic: Option<String>,
    pub significance: Option<String>,
    pub consequences: Option<String>,
}

#[derive(Serialize)]
pub struct ProvisionView {
    pub requirement: Option<String>,
    pub obligatory: Option<bool>,
    pub consequences: Option<String>,
}

#[derive(Serialize)]
pub struct RightsRequestsView {
    pub how: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub web_form: Option<String>,
    pub response_time: Option<String>,
}

#[derive(Serialize)]
pub struct RightsView {
    pub portability: bool,
    pub objection: bool,
    pub objection_direct_marketing: bool,
    pub withdraw_consent: bool,
}

#[derive(Serialize)]
pub struct AuthorityView {
    /// The official name in the page's language, else in the authority's own language.
    pub name: String,
    /// When `name` is not in the page's language: the country and the English name, to
    /// print after it (a Swedish authority on a Finnish page).
    pub name_note: Option<String>,
    pub visiting_address: Option<String>,
    pub postal_address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
    /// The page for lodging a complaint.
    pub complaint_web: Option<String>,
    /// Why the notice names this authority (`authority_reason`), when another country's.
    pub reason: Option<String>,
}

/// One entry of the change history.
#[derive(Serialize)]
pub struct ChangeView {
    pub date: String,
    pub date_iso: String,
    pub text: String,
    /// A material change (announced in advance).
    pub material: bool,
}

/// Another language version of the same notice, for the language links.
#[derive(Serialize, Clone)]
pub struct AltLang {
    pub lang: String,
    pub name: String,
    pub href: String,
}

/// Where the notice's own files are, for its links (see `build::render_lang`): relative to
/// the page, or absolute under `--base-url`.
#[derive(Serialize, Clone, Default)]
pub struct Links {
    /// This page.
    pub page: Option<String>,
    /// The PDF of this notice in this language, when PDFs are built.
    pub pdf: Option<String>,
    /// The index page of this language.
    pub index: Option<String>,
}

/// One numbered section of the full notice, for the headings and the table of contents.
#[derive(Serialize)]
pub struct SectionView {
    /// The anchor's last part (`controller`: the heading's id is `<notice id>-controller`).
    pub id: String,
    /// The section's number, from 1, in the order printed.
    pub number: usize,
    /// The catalog key of its heading.
    pub heading: String,
    /// The heading as printed, with its number ("1. Rekisterinpitäjä").
    pub title: String,
    /// The anchor GitHub and most Markdown renderers give that heading.
    pub md_anchor: String,
}

/// A purpose and its legal basis, for the summary.
#[derive(Serialize)]
pub struct SummaryPurpose {
    pub name: String,
    pub basis: String,
}

/// A transfer outside the EU/EEA, for the summary.
#[derive(Serialize)]
pub struct SummaryTransfer {
    pub recipient: Option<String>,
    pub country_name: Option<String>,
}

/// Categories kept for the same time, for the summary.
#[derive(Serialize)]
pub struct SummaryRetention {
    pub retention: String,
    pub categories: Vec<String>,
}

/// The first layer (WP260's layered approach): what a reader needs first, all derived
/// from the notice, printed before the full notice.
#[derive(Serialize, Default)]
pub struct SummaryView {
    /// The controller's name.
    pub controller: Option<String>,
    /// Where to reach the controller about the data: the rights requests' channels, else
    /// the data protection officer's, else the controller's.
    pub email: Option<String>,
    pub phone: Option<String>,
    pub web_form: Option<String>,
    pub purposes: Vec<SummaryPurpose>,
    /// Recipients who get the data for their own purposes (controllers, joint controllers,
    /// authorities); processors only as a count.
    pub recipients: Vec<String>,
    pub processors: usize,
    pub recipients_none: bool,
    pub transfers: Vec<SummaryTransfer>,
    pub transfers_none: bool,
    pub retention: Vec<SummaryRetention>,
    /// The rights that apply, as `summary-right-<key>` keys, in the order of the Regulation.
    pub rights: Vec<String>,
    /// The same as one phrase ("pääsy tietoihin, …, ja valitus valvontaviranomaiselle").
    pub rights_text: String,
}

/// A notice whose text is longer than this many characters gets a table of contents: about
/// one printed A4 page (45 lines of 80 characters at 11 pt). Counted are the register's
/// texts as the view holds them and the rights sentences printed; the headings, labels and
/// the summary are not. The smallest complete notices (the rule fixtures) come to about
/// 2 900 and print on one page; the shortest sample, `cykelverkstad`, to about 4 500.
pub const TOC_MIN_CHARS: usize = 3500;

/// One notice in one language.
#[derive(Serialize)]
pub struct NoticeView {
    pub id: String,
    pub lang: String,
    pub name: String,
    /// The lead paragraph printed first.
    pub introduction: Option<String>,
    pub controller: Option<ControllerView>,
    pub contact_person: Option<ContactView>,
    pub dpo: Option<ContactView>,
    pub representative: Option<ContactView>,
    pub joint_controllers: Vec<JointView>,
    pub data_subjects: Vec<SubjectView>,
    pub purposes: Vec<PurposeView>,
    pub categories: Vec<CategoryView>,
    pub sources: Vec<SourceView>,
    pub art13: bool,
    pub art14: bool,
    pub recipients: Vec<RecipientView>,
    /// The register says `recipients: none`: the notice says that nobody receives the data.
    pub recipients_none: bool,
    pub transfers: Vec<TransferView>,
    /// The register says `transfers: none` (and the organisation file adds none for its
    /// recipients): the notice says that nothing is transferred outside the EU/EEA.
    pub transfers_none: bool,
    pub automated: Option<AutomatedView>,
    pub provision: Option<ProvisionView>,
    pub security: Option<String>,
    pub rights: RightsView,
    pub rights_requests: Option<RightsRequestsView>,
    pub authority: Option<AuthorityView>,
    /// How and when people are told of changes to the notice.
    pub changes_policy: Option<String>,
    pub created: String,
    pub updated: String,
    pub created_iso: String,
    pub updated_iso: String,
    /// The date this version takes effect (`meta.effective`), when given.
    pub effective: Option<String>,
    pub effective_iso: Option<String>,
    /// The version id: a short hash of the register's normalised facts (src/diff/facts.rs),
    /// so that a consent record or a support request can cite the version a person saw.
    pub version: String,
    /// The change history (`changes:`), newest first.
    pub changes: Vec<ChangeView>,
    pub alternates: Vec<AltLang>,
    /// `you` or `data-subject` (`meta.voice`): templates pass it to every `t(…)` call whose
    /// message has both voices (`voice=n.voice`).
    pub voice: String,
    /// Where the data comes from, for the sources sentence: `subject` (the person only),
    /// `other` (other sources only) or `both`.
    pub sources_from: String,
    pub summary: SummaryView,
    /// The numbered sections in the order printed.
    pub sections: Vec<SectionView>,
    /// Section numbers by section id (`n.numbers.rights`), for the headings.
    pub numbers: std::collections::BTreeMap<String, usize>,
    /// True when the notice is long enough for a table of contents ([`TOC_MIN_CHARS`]).
    pub toc: bool,
    pub links: Links,
}

struct Ctx<'a> {
    lang: &'a str,
    cat: &'a Catalog,
    voice: &'a str,
    /// The controller is established in Finland: national numbers (`09 123 4567`) are
    /// Finnish ones.
    finnish: bool,
}

impl Ctx<'_> {
    /// A catalog message in the notice's voice.
    fn t(&self, key: &str) -> Result<String, CatalogError> {
        self.cat.message(key, &[("voice", self.voice.into())])
    }
    /// A phone number as this language's readers dial it: on English pages a Finnish
    /// national number (`029 566 6700`) in the international form (`+358 29 566 6700`);
    /// Finnish and Swedish pages keep the form the notice writes.
    fn phone(&self, p: &Option<String>) -> Option<String> {
        let p = p.as_ref()?;
        if self.lang == "fi" || self.lang == "sv" || !self.finnish {
            return Some(p.clone());
        }
        Some(international(p))
    }
    fn text(&self, t: &Text) -> String {
        t.get(self.lang).unwrap_or_default().trim().to_string()
    }
    fn opt(&self, t: &Option<Text>) -> Option<String> {
        t.as_ref().map(|t| self.text(t)).filter(|s| !s.is_empty())
    }
    fn contact(&self, c: &Contact) -> ContactView {
        ContactView {
            name: c.name.clone(),
            title: self.opt(&c.title),
            email: c.email.clone(),
            phone: self.phone(&c.phone),
            address: self.opt(&c.address),
        }
    }
    /// The country's name in this language: a `country-<code>` message of the catalog when
    /// it has one (a user's templates may rename a country), else CLDR's, else the code.
    fn country_name(&self, code: &Option<String>) -> Option<String> {
        let code = code.as_ref()?;
        let key = format!("country-{code}");
        if self.cat.has(&key)
            && let Ok(name) = self.cat.t(&key)
        {
            return Some(name);
        }
        Some(crate::model::names::country(code, self.lang).unwrap_or_else(|| code.clone()))
    }
    /// What follows an authority's name that is not in the page's language: its country
    /// and, when the name is not English either, the English name.
    fn authority_name_note(&self, name: &Text, country: &Option<String>) -> Option<String> {
        if name.get(self.lang).is_some() || matches!(name, Text::Plain(_)) {
            return None;
        }
        let country = self.country_name(country)?;
        let shown = authority_name(name, self.lang);
        match name.get("en").filter(|en| *en != shown) {
            Some(en) => self.cat.message(
                "authority-name-note",
                &[
                    ("country", country.into()),
                    ("english", en.to_string().into()),
                ],
            ),
            None => self.cat.message(
                "authority-name-note-country",
                &[("country", country.into())],
            ),
        }
        .ok()
    }
    fn retention(&self, r: &Option<Retention>) -> Result<(String, Option<String>), CatalogError> {
        let Some(r) = r else {
            return Ok((String::new(), None));
        };
        let criteria = self.opt(&r.criteria);
        let from = match r.event {
            Some(e) => Some(self.t(&format!("retention-event-{}", key(&e)))?),
            None => self.opt(&r.from),
        };
        let main = if let Some(p) = &r.period {
            let period = self.cat.duration(p)?;
            let stem = if r.at_least {
                "retention-minimum"
            } else {
                "retention-period"
            };
            match from {
                Some(from) => self.cat.message(
                    &format!("{stem}-from"),
                    &[("period", period.into()), ("from", from.into())],
                )?,
                None => self.cat.message(stem, &[("period", period.into())])?,
            }
        } else if let Some(until) = r.until {
            match until {
                RetentionEnd::Date(d) => self.cat.message(
                    "retention-until-date",
                    &[("date", self.cat.date(&d)?.into())],
                )?,
                RetentionEnd::Event(e) => self.t(&format!("retention-until-{}", key(&e)))?,
            }
        } else {
            String::new()
        };
        Ok((main, criteria))
    }
}

/// A Finnish national number in the international form: `029 566 6700` → `+358 29 566
/// 6700`, `00358 …` → `+358 …`; anything else (already international, letters) as it is.
pub fn international(p: &str) -> String {
    let t = p.trim();
    if let Some(rest) = t.strip_prefix("00358") {
        return format!("+358 {}", rest.trim_start());
    }
    let digits_only = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    match t.strip_prefix('0') {
        Some(rest) if digits_only && rest.starts_with(|c: char| c.is_ascii_digit() && c != '0') => {
            format!("+358 {rest}")
        }
        _ => t.to_string(),
    }
}

/// Who is certified under the Data Privacy Framework for a transfer to `recipient` (id
/// and names) in `recipient_country`: see [`TransferView::dpf_certified`].
fn dpf_certified(
    recipient: Option<(&str, Vec<&str>)>,
    recipient_country: Option<&str>,
) -> (String, Option<String>) {
    let Some((id, names)) = recipient else {
        return ("recipient".into(), None);
    };
    let certified = crate::rules::vendor_data::catalogue()
        .match_recipient(id, &names)
        .map(|m| &m.vendor.dpf)
        .filter(|d| d.certified.is_true() && d.organisation != "none")
        .map(|d| d.organisation.clone());
    match certified {
        Some(org)
            if !names
                .iter()
                .any(|n| n.to_lowercase().contains(&org.to_lowercase())) =>
        {
            ("entity".into(), Some(org))
        }
        _ if recipient_country.is_none_or(|c| c == "US") || certified.is_some() => {
            ("recipient".into(), None)
        }
        _ => ("group".into(), None),
    }
}

/// Builds the view of `notice` in `lang`; `links` are the notice's own files.
pub fn build(
    notice: &Notice,
    lang: &str,
    cat: &Catalog,
    alternates: Vec<AltLang>,
    links: Links,
) -> Result<NoticeView, CatalogError> {
    let r = notice.register;
    let voice = key(&r.meta.voice.unwrap_or_default());
    let finnish = notice.controller_country().is_none_or(|(c, _)| c == "FI");
    let cx = Ctx {
        lang,
        cat,
        voice: &voice,
        finnish,
    };
    let name_of = |ids: &[String], pick: &dyn Fn(&str) -> Option<String>| -> Vec<String> {
        ids.iter()
            .map(|id| pick(id).unwrap_or_else(|| id.clone()))
            .collect()
    };
    let category_name = |id: &str| {
        r.categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| cx.text(&c.name))
    };
    let source_name = |id: &str| {
        r.sources
            .iter()
            .find(|s| s.id == id)
            .map(|s| cx.text(&s.name))
    };
    let purpose_name = |id: &str| {
        r.purposes
            .iter()
            .find(|p| p.id == id)
            .map(|p| cx.text(&p.name))
    };
    let recipients = notice.recipients();
    let recipient_name = |id: &str| {
        recipients
            .iter()
            .find(|v| v.merged.id == id)
            .and_then(|v| v.merged.name.as_ref().map(|n| cx.text(n)))
    };

    let purposes = r
        .purposes
        .iter()
        .map(|p| PurposeView {
            id: p.id.clone(),
            name: cx.text(&p.name),
            description: cx.opt(&p.description),
            basis: p.basis.map(|b| key(&b)).unwrap_or_default(),
            legitimate_interest: cx.opt(&p.legitimate_interest),
            law: cx.opt(&p.law),
            categories: name_of(&p.categories, &category_name),
            direct_marketing: p.direct_marketing,
        })
        .collect();
    let mut categories = Vec::new();
    for c in &r.categories {
        // The category's own retention, else its group's, else the register's.
        let applies = r.retention_of(c).map(|(ret, _)| ret.clone());
        let (retention, retention_criteria) = cx.retention(&applies)?;
        categories.push(CategoryView {
            id: c.id.clone(),
            name: cx.text(&c.name),
            description: cx.opt(&c.description),
            special: c.special.map(|s| key(&s)),
            special_condition: c.special_condition.map(|s| key(&s)),
            criminal: c.criminal,
            criminal_authority: cx.opt(&c.criminal_authority),
            retention,
            retention_criteria,
            sources: name_of(&c.sources, &source_name),
        });
    }
    let recipient_views = recipients
        .iter()
        .map(|v| RecipientView {
            name: v
                .merged
                .name
                .as_ref()
                .map(|n| cx.text(n))
                .unwrap_or_else(|| v.merged.id.clone()),
            role: v.merged.role.map(|x| key(&x)).unwrap_or_default(),
            country: v.merged.country.clone(),
            country_name: cx.country_name(&v.merged.country),
            description: cx.opt(&v.merged.description),
            purposes: name_of(&v.merged.purposes, &purpose_name),
        })
        .collect();
    let transfers: Vec<TransferView> = notice
        .transfers()
        .iter()
        .map(|t| {
            let t = t.value;
            let (dpf, certified_entity) = if t.mechanism == Some(TransferMechanism::Dpf) {
                let rec = t.recipient.as_deref().map(|id| {
                    let names: Vec<&str> = recipients
                        .iter()
                        .find(|v| v.merged.id == id)
                        .and_then(|v| v.merged.name.as_ref())
                        .map(|n| n.variants().into_iter().map(|(_, s)| s).collect())
                        .unwrap_or_default();
                    (id, names)
                });
                let country = t.recipient.as_deref().and_then(|id| {
                    recipients
                        .iter()
                        .find(|v| v.merged.id == id)
                        .and_then(|v| v.merged.country.as_deref())
                });
                let (d, e) = dpf_certified(rec, country);
                (Some(d), e)
            } else {
                (None, None)
            };
            TransferView {
                dpf_certified: dpf,
                certified_entity,
                recipient: t
                    .recipient
                    .as_deref()
                    .map(|id| recipient_name(id).unwrap_or_else(|| id.to_string())),
                country: t.country.clone(),
                country_name: cx.country_name(&t.country),
                mechanism: t.mechanism.map(|m| key(&m)).unwrap_or_default(),
                derogation: t.derogation.map(|d| key(&d)),
                safeguard_copy: cx.opt(&t.safeguard_copy),
                description: cx.opt(&t.description),
            }
        })
        .collect();
    let rights = DerivedRights::of(r).unwrap_or_default();
    let reason = cx.opt(&notice.authority_reason().map(|r| r.value.clone()));
    let authority = notice.resolved_authority().map(|a| match a {
        ResolvedAuthority::BuiltIn(a) => AuthorityView {
            name: authority_name(&a.name, lang),
            name_note: cx.authority_name_note(&a.name, &Some(a.country.clone())),
            visiting_address: a.visiting_address.as_ref().map(|t| pick(t, lang)),
            postal_address: a.postal_address.as_ref().map(|t| pick(t, lang)),
            phone: a.phone.as_ref().map(|t| pick(t, lang)),
            email: a.email.clone(),
            web: a.web.as_ref().map(|t| pick(t, lang)),
            complaint_web: a.complaint_web.as_ref().map(|t| pick(t, lang)),
            reason: reason.clone(),
        },
        ResolvedAuthority::Custom(a) => AuthorityView {
            name: authority_name(&a.name, lang),
            name_note: cx.authority_name_note(&a.name, &a.country),
            visiting_address: a.visiting_address.as_ref().map(|t| pick(t, lang)),
            postal_address: a.postal_address.as_ref().map(|t| pick(t, lang)),
            phone: cx.phone(&a.phone),
            email: a.email.clone(),
            web: a.web.as_ref().map(|t| pick(t, lang)),
            complaint_web: a.complaint_web.as_ref().map(|t| pick(t, lang)),
            reason: reason.clone(),
        },
    });
    let rights_requests = match notice.rights_requests() {
        Some(rr) => {
            let rr = rr.value;
            let response_time = match &rr.response_time {
                Some(d) => Some(cat.duration(d)?),
                None => None,
            };
            Some(RightsRequestsView {
                how: cx.opt(&rr.how),
                email: rr.email.clone(),
                phone: cx.phone(&rr.phone),
                address: cx.opt(&rr.address),
                web_form: rr.web_form.clone(),
                response_time,
            })
        }
        None => None,
    };

    let mut v = NoticeView {
        id: r.meta.id.clone(),
        lang: lang.to_string(),
        name: cx.text(&r.meta.name),
        introduction: cx.opt(&r.introduction),
        controller: notice.controller().map(|c| {
            let c = c.value;
            ControllerView {
                name: cx.text(&c.name),
                business_id: c.business_id.clone(),
                visiting_address: cx.opt(&c.visiting_address),
                postal_address: cx.opt(&c.postal_address),
                phone: cx.phone(&c.phone),
                email: c.email.clone(),
                website: c.website.clone(),
            }
        }),
        contact_person: notice.contact_person().map(|c| cx.contact(c.value)),
        dpo: notice.dpo().map(|c| cx.contact(c.value)),
        representative: notice.representative().map(|c| cx.contact(c.value)),
        joint_controllers: r
            .joint_controllers
            .iter()
            .map(|j| JointView {
                name: cx.text(&j.name),
                business_id: j.business_id.clone(),
                contact: j.contact.as_ref().map(|c| cx.contact(c)),
                responsibilities: cx.opt(&j.responsibilities),
                contact_point: j.contact_point,
            })
            .collect(),
        data_subjects: r
            .data_subjects
            .iter()
            .map(|s| SubjectView {
                name: cx.text(&s.name),
                description: cx.opt(&s.description),
                third_person: s.third_person.as_ref().map(|t| ThirdPersonView {
                    data: cx.text(&t.data),
                    source: cx.text(&t.source),
                }),
                children: s.children,
                guardian_consent: cx.opt(&s.guardian_consent),
            })
            .collect(),
        purposes,
        categories,
        sources: r
            .sources
            .iter()
            .map(|s| SourceView {
                name: cx.text(&s.name),
                kind: key(&s.kind),
                // Art 14(2)(f): said of sources other than the person only.
                publicly_accessible: s.publicly_accessible.filter(|_| !s.kind.is_art13()),
                description: cx.opt(&s.description),
            })
            .collect(),
        art13: notice.art13(),
        // People whose data is not collected from them (`third_person`) make Art 14 apply too.
        art14: notice.art14() || r.data_subjects.iter().any(|s| s.third_person.is_some()),
        recipients_none: r.recipients.is_stated_none(),
        recipients: recipient_views,
        transfers_none: r.transfers.is_stated_none() && transfers.is_empty(),
        transfers,
        automated: r.automated_decisions.as_ref().map(|a| AutomatedView {
            exists: a.exists,
            profiling: a.profiling,
            logic: cx.opt(&a.logic),
            significance: cx.opt(&a.significance),
            consequences: cx.opt(&a.consequences),
        }),
        provision: r.provision.as_ref().map(|p| ProvisionView {
            requirement: p.requirement.map(|x| key(&x)),
            obligatory: p.obligatory,
            consequences: cx.opt(&p.consequences),
        }),
        security: notice
            .security()
            .map(|s| cx.text(s.value))
            .filter(|s| !s.is_empty()),
        rights: RightsView {
            portability: rights.portability,
            objection: rights.objection,
            objection_direct_marketing: rights.objection_direct_marketing,
            withdraw_consent: rights.withdraw_consent,
        },
        rights_requests,
        authority,
        changes_policy: notice
            .changes_policy()
            .map(|s| cx.text(s.value))
            .filter(|s| !s.is_empty()),
        created: cat.date(&r.meta.created)?,
        updated: cat.date(&r.meta.updated)?,
        created_iso: r.meta.created.to_string(),
        updated_iso: r.meta.updated.to_string(),
        effective: match &r.meta.effective {
            Some(d) => Some(cat.date(d)?),
            None => None,
        },
        effective_iso: r.meta.effective.map(|d| d.to_string()),
        version: crate::diff::facts::version_of(notice),
        changes: {
            let mut entries: Vec<&ChangeEntry> = r.changes.iter().collect();
            entries.sort_by_key(|e| std::cmp::Reverse(e.date));
            let mut out = Vec::new();
            for e in entries {
                out.push(ChangeView {
                    date: cat.date(&e.date)?,
                    date_iso: e.date.to_string(),
                    text: cx.text(&e.text),
                    material: e.material,
                });
            }
            out
        },
        alternates,
        voice: voice.clone(),
        sources_from: String::new(),
        summary: SummaryView::default(),
        sections: Vec::new(),
        numbers: Default::default(),
        toc: false,
        links,
    };
    v.sources_from = match (v.art13, v.art14) {
        (true, true) => "both",
        (false, true) => "other",
        _ => "subject",
    }
    .to_string();
    v.summary = summary(&v);
    let names = v
        .summary
        .rights
        .iter()
        .map(|k| cx.t(&format!("summary-right-{k}")))
        .collect::<Result<Vec<_>, _>>()?;
    let joined = cat.join(names)?;
    let mut chars = joined.chars();
    v.summary.rights_text = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => joined,
    };
    v.sections = sections(&v);
    for s in &mut v.sections {
        s.title = cat.message(
            "section-title",
            &[
                ("number", s.number.into()),
                ("heading", cx.t(&s.heading)?.into()),
            ],
        )?;
        s.md_anchor = md_anchor(&s.title);
    }
    v.numbers = v
        .sections
        .iter()
        .map(|s| (s.id.clone(), s.number))
        .collect();
    v.toc = text_chars(&v, &cx)? > TOC_MIN_CHARS;
    Ok(v)
}

/// The length of `v`'s text in characters, for [`TOC_MIN_CHARS`]: every string the view
/// holds and the rights sentences the notice prints.
fn text_chars(v: &NoticeView, cx: &Ctx) -> Result<usize, CatalogError> {
    fn count(j: &serde_json::Value) -> usize {
        match j {
            serde_json::Value::String(s) => s.chars().count(),
            serde_json::Value::Array(a) => a.iter().map(count).sum(),
            serde_json::Value::Object(o) => o.values().map(count).sum(),
            _ => 0,
        }
    }
    let mut n = serde_json::to_value(v).map(|j| count(&j)).unwrap_or(0);
    let mut fixed = vec![
        "rights-intro",
        "right-access-text",
        "right-rectification-text",
        "right-erasure-text",
        "right-restriction-text",
        "complaint-text",
    ];
    let r = &v.rights;
    for (on, key) in [
        (r.portability, "right-portability-text"),
        (r.withdraw_consent, "right-withdraw-consent-text"),
        (r.objection, "right-objection-text"),
        (
            r.objection_direct_marketing,
            "right-objection-direct-marketing-text",
        ),
    ] {
        if on {
            fixed.push(key);
        }
    }
    for key in fixed {
        n += cx.t(key)?.chars().count();
    }
    Ok(n)
}

/// The numbered sections of `v`, in the order the templates print them (each template
/// prints a section exactly when it is listed here).
fn sections(v: &NoticeView) -> Vec<SectionView> {
    let present = [
        ("controller", "heading-controller", true),
        (
            "subjects",
            "heading-data-subjects",
            !v.data_subjects.is_empty(),
        ),
        ("purposes", "heading-purposes", true),
        ("categories", "heading-categories", true),
        ("sources", "heading-sources", true),
        (
            "recipients",
            "heading-recipients",
            !v.recipients.is_empty() || v.recipients_none,
        ),
        (
            "transfers",
            "heading-transfers",
            !v.transfers.is_empty() || v.transfers_none,
        ),
        ("automated", "heading-automated", v.automated.is_some()),
        ("provision", "heading-provision", v.provision.is_some()),
        ("security", "heading-security", v.security.is_some()),
        ("rights", "heading-rights", true),
        ("exercise", "heading-exercise", v.rights_requests.is_some()),
        ("complaint", "heading-complaint", true),
        ("changes", "heading-changes", v.changes_policy.is_some()),
    ];
    present
        .into_iter()
        .filter(|(_, _, shown)| *shown)
        .enumerate()
        .map(|(i, (id, heading, _))| SectionView {
            id: id.to_string(),
            number: i + 1,
            heading: heading.to_string(),
            title: String::new(),
            md_anchor: String::new(),
        })
        .collect()
}

/// The anchor GitHub gives a Markdown heading (github-slugger): lower case, spaces to
/// hyphens, punctuation other than hyphens and underscores dropped.
pub fn md_anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The first layer of `v`: see [`SummaryView`].
fn summary(v: &NoticeView) -> SummaryView {
    let rr = v.rights_requests.as_ref();
    let ctrl = v.controller.as_ref();
    let dpo = v.dpo.as_ref();
    let email = rr
        .and_then(|r| r.email.clone())
        .or_else(|| dpo.and_then(|d| d.email.clone()))
        .or_else(|| ctrl.and_then(|c| c.email.clone()));
    let web_form = rr.and_then(|r| r.web_form.clone());
    let phone = rr
        .and_then(|r| r.phone.clone())
        .or_else(|| dpo.and_then(|d| d.phone.clone()))
        .or_else(|| ctrl.and_then(|c| c.phone.clone()));
    let mut retention: Vec<SummaryRetention> = Vec::new();
    for c in &v.categories {
        let text = match (c.retention.is_empty(), &c.retention_criteria) {
            (false, _) => c.retention.clone(),
            (true, Some(crit)) => crit.clone(),
            (true, None) => continue,
        };
        match retention.iter_mut().find(|g| g.retention == text) {
            Some(g) => g.categories.push(c.name.clone()),
            None => retention.push(SummaryRetention {
                retention: text,
                categories: vec![c.name.clone()],
            }),
        }
    }
    let mut rights: Vec<String> = ["access", "rectification", "erasure", "restriction"]
        .map(String::from)
        .to_vec();
    if v.rights.portability {
        rights.push("portability".into());
    }
    if v.rights.objection || v.rights.objection_direct_marketing {
        rights.push("objection".into());
    }
    if v.rights.withdraw_consent {
        rights.push("withdraw-consent".into());
    }
    rights.push("complaint".into());
    SummaryView {
        controller: ctrl.map(|c| c.name.clone()),
        email,
        phone,
        web_form,
        purposes: v
            .purposes
            .iter()
            .map(|p| SummaryPurpose {
                name: p.name.clone(),
                basis: p.basis.clone(),
            })
            .collect(),
        recipients: v
            .recipients
            .iter()
            .filter(|r| r.role != "processor")
            .map(|r| r.name.clone())
            .collect(),
        processors: v
            .recipients
            .iter()
            .filter(|r| r.role == "processor")
            .count(),
        recipients_none: v.recipients_none,
        transfers: v
            .transfers
            .iter()
            .map(|t| SummaryTransfer {
                recipient: t.recipient.clone(),
                country_name: t.country_name.clone().or_else(|| t.country.clone()),
            })
            .collect(),
        transfers_none: v.transfers_none,
        retention,
        rights,
        rights_text: String::new(),
    }
}

/// Built-in data texts: the language asked for, else English, else any.
/// An authority's name in `lang`, else in its own language (the first that is not
/// English), else English: an official name rather than a translation.
fn authority_name(t: &Text, lang: &str) -> String {
    t.get(lang)
        .or_else(|| {
            t.variants()
                .into_iter()
                .find(|(l, _)| *l != Some("en"))
                .map(|(_, s)| s)
        })
        .or_else(|| t.get("en"))
        .unwrap_or_default()
        .to_string()
}

fn pick(t: &Text, lang: &str) -> String {
    t.get(lang)
        .or_else(|| t.get("en"))
        .or_else(|| t.variants().first().map(|(_, s)| *s))
        .unwrap_or_default()
        .to_string()
}
