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
}

struct Ctx<'a> {
    lang: &'a str,
    cat: &'a Catalog,
}

impl Ctx<'_> {
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
            phone: c.phone.clone(),
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
            Some(e) => Some(self.cat.t(&format!("retention-event-{}", key(&e)))?),
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
                RetentionEnd::Event(e) => self.cat.t(&format!("retention-until-{}", key(&e)))?,
            }
        } else {
            String::new()
        };
        Ok((main, criteria))
    }
}

/// Builds the view of `notice` in `lang`.
pub fn build(
    notice: &Notice,
    lang: &str,
    cat: &Catalog,
    alternates: Vec<AltLang>,
) -> Result<NoticeView, CatalogError> {
    let cx = Ctx { lang, cat };
    let r = notice.register;
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
            TransferView {
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
            phone: a.phone.clone(),
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
                phone: rr.phone.clone(),
                address: cx.opt(&rr.address),
                web_form: rr.web_form.clone(),
                response_time,
            })
        }
        None => None,
    };

    Ok(NoticeView {
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
                phone: c.phone.clone(),
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
                publicly_accessible: s.publicly_accessible,
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
    })
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
