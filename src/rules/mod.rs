//! GDPR rule checks, one rule per file. Each rule's doc comment is its explanation
//! (`seloste explain <id>`), declared with [`crate::declare_rule!`] together with its id,
//! severity and the article it enforces. [`all`] is the registry.

pub(crate) mod factors;
pub mod notice;
pub mod text_scan;

pub mod automated_decisions;
pub mod business_id;
pub mod categories;
pub mod changelog;
pub mod contact_format;
pub mod control_characters;
pub mod controller_identity;
pub mod criminal_data;
pub mod dates;
pub mod dpo_contact;
pub mod dpo_required;
pub mod duplicate_id;
pub mod inapplicable_right;
pub mod legal_provision;
pub mod legitimate_interest;
pub mod memo;
pub mod overlap;
pub mod provision_requirement;
pub mod public_authority_li;
pub mod purpose_basis;
pub mod recipients;
pub mod references;
pub mod representative;
pub mod retention;
pub mod rights;
pub mod sources;
pub mod special_category;
pub mod suppression;
pub mod translation;
pub mod unreadable_text;

pub mod adequacy_country;
pub mod authority;
pub mod authority_address;
pub mod authority_country;
pub mod case_kind;
pub mod obsolete_law;
pub mod old_law_concept;
pub mod old_sccs;
pub mod placeholder;
pub mod privacy_shield;
pub mod recipient_abroad;
pub mod transfer_data;
pub mod transfer_safeguard;
pub mod vague_retention;
pub mod vague_wording;
pub mod vendor_data;
pub mod wording;

pub mod derogation_routine;
pub mod marketing_on_contract;
pub mod none_contradicted;
pub mod special_category_words;
pub mod unused_retention;
pub mod word_cues;

pub mod child_consent;
pub mod joint_arrangement;

// The record of processing activities (Art 30): run only with `check --ropa`.
pub mod ropa_dpia;
pub mod ropa_security;

use crate::diagnostic::RuleInfo;
pub use notice::{At, Located, Notice, Origin, RecipientView, Sink};

/// A rule check.
pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;
    fn check(&self, notice: &Notice, sink: &mut Sink);
}

/// Implements [`Rule`] for a rule declared with `declare_rule!`, given its check function.
#[macro_export]
macro_rules! impl_rule {
    ($name:ident, $check:ident) => {
        impl $crate::rules::Rule for $name {
            fn info(&self) -> &'static $crate::diagnostic::RuleInfo {
                &$name::INFO
            }
            fn check(&self, notice: &$crate::rules::Notice, sink: &mut $crate::rules::Sink) {
                $check(notice, sink)
            }
        }
    };
}

/// Every rule, in the order `seloste rules` lists them.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &references::References,
        &references::UnusedCategory,
        &controller_identity::ControllerIdentity,
        &representative::Representative,
        &dpo_contact::DpoContact,
        &dpo_required::DpoRequired,
        &purpose_basis::PurposeBasis,
        &legitimate_interest::LegitimateInterest,
        &public_authority_li::PublicAuthorityLi,
        &legal_provision::LegalProvision,
        &special_category::SpecialCategoryRule,
        &criminal_data::CriminalData,
        &categories::Categories,
        &recipients::Recipients,
        &recipients::RecipientNamed,
        &retention::RetentionRule,
        &rights::Rights,
        &provision_requirement::ProvisionRequirementRule,
        &automated_decisions::AutomatedDecisionsRule,
        &sources::Sources,
        &translation::Translation,
        &dates::Dates,
        &changelog::Changelog,
        &contact_format::ContactFormat,
        &business_id::BusinessId,
        &transfer_safeguard::TransferSafeguard,
        &privacy_shield::PrivacyShield,
        &old_sccs::OldSccs,
        &adequacy_country::AdequacyCountry,
        &recipient_abroad::RecipientAbroad,
        &none_contradicted::NoneContradicted,
        &vague_retention::VagueRetention,
        &vague_wording::VagueWording,
        &obsolete_law::ObsoleteLaw,
        &authority::AuthorityId,
        &authority_address::AuthorityAddress,
        &authority_country::AuthorityCountry,
        &placeholder::Placeholder,
        &inapplicable_right::InapplicableRight,
        &control_characters::ControlCharacters,
        &unreadable_text::UnreadableText,
        &special_category_words::SpecialCategoryWords,
        &marketing_on_contract::MarketingOnContract,
        &derogation_routine::DerogationRoutine,
        &controller_identity::ControllerAddress,
        &old_law_concept::OldLawConcept,
        &joint_arrangement::JointArrangement,
        &child_consent::ChildConsent,
        &unused_retention::UnusedRetention,
    ]
}

/// The rules of the record of processing activities (Art 30), run only when asked
/// (`check --ropa`), so that the checks of a public notice stay as they are.
pub fn ropa_rules() -> &'static [&'static dyn Rule] {
    &[&ropa_security::RopaSecurity, &ropa_dpia::RopaDpia]
}

/// Every id `seloste explain` knows: the load checks, then the rules.
pub fn all_infos() -> Vec<&'static RuleInfo> {
    use crate::load::codes::*;
    let mut v: Vec<&'static RuleInfo> = vec![
        &IoError::INFO,
        &Encoding::INFO,
        &TooLarge::INFO,
        &YamlSyntax::INFO,
        &DuplicateKey::INFO,
        &YamlLimits::INFO,
        &NotANotice::INFO,
        &OutsideProject::INFO,
        &UnknownKey::INFO,
        &Schema::INFO,
    ];
    v.extend(all().iter().map(|r| r.info()));
    v.extend(ropa_rules().iter().map(|r| r.info()));
    v.push(&duplicate_id::DuplicateId::INFO);
    v.push(&suppression::UnknownSuppression::INFO);
    v.push(&suppression::UnusedSuppression::INFO);
    v
}

/// Every rule that reads the key at `path` (dotted, list items left out: `categories.retention`)
/// or a key around it: a rule that reads the key itself, one that reads a key above it
/// (and so everything under it), and one that reads a key under it. In [`all_infos`]
/// order, each with `true` when it reads such a key by name, `false` when it reads only
/// texts there (a rule declared with `texts: true`, reading every prose field).
pub fn readers(path: &str) -> Vec<(&'static RuleInfo, bool)> {
    let related = |read: &str| {
        read == path
            || path
                .strip_prefix(read)
                .is_some_and(|rest| rest.starts_with('.'))
            || read
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('.'))
    };
    all_infos()
        .into_iter()
        .filter_map(|info| {
            if info.reads.iter().any(|r| related(r)) {
                Some((info, true))
            } else if info.reads_texts && text_scan::PROSE_KEYS.iter().any(|r| related(r)) {
                Some((info, false))
            } else {
                None
            }
        })
        .collect()
}

/// Runs every rule on a notice.
pub fn check(notice: &Notice) -> Vec<crate::diagnostic::Diagnostic> {
    let mut sink = Sink::default();
    for rule in all() {
        rule.check(notice, &mut sink);
    }
    sink.diagnostics
}

/// Runs the rules of the record of processing activities ([`ropa_rules`]) on a notice.
pub fn check_ropa(notice: &Notice) -> Vec<crate::diagnostic::Diagnostic> {
    let mut sink = Sink::default();
    for rule in ropa_rules() {
        rule.check(notice, &mut sink);
    }
    sink.diagnostics
}

/// [`check`] with the rules spread over the cores: for a run with fewer notices than
/// cores (one register in a pre-commit hook or a rebuild), where the rules would otherwise
/// run on one core. The diagnostics come in the same order as from [`check`].
pub fn check_spread(notice: &Notice) -> Vec<crate::diagnostic::Diagnostic> {
    crate::par::map(all(), |rule| {
        let mut sink = Sink::default();
        rule.check(notice, &mut sink);
        sink.diagnostics
    })
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value as J;
    use std::collections::BTreeMap;

    /// Every key path of a schema (list items left out), and whether its value may be a
    /// text (a string, or a map of strings per language).
    fn paths(schema: &J) -> BTreeMap<String, bool> {
        use crate::load::schema::resolve;
        fn alternatives<'a>(root: &'a J, s: &'a J, out: &mut Vec<&'a J>, depth: usize) {
            let s = resolve(root, s);
            out.push(s);
            if depth > 8 {
                return;
            }
            for k in ["anyOf", "oneOf", "allOf"] {
                for alt in s.get(k).and_then(J::as_array).into_iter().flatten() {
                    alternatives(root, alt, out, depth + 1);
                }
            }
            if let Some(items) = s.get("items").filter(|i| i.is_object()) {
                alternatives(root, items, out, depth + 1);
            }
        }
        fn texty(root: &J, s: &J) -> bool {
            let mut alts = Vec::new();
            alternatives(root, s, &mut alts, 0);
            alts.iter().any(|a| {
                a.get("type") == Some(&J::from("string"))
                    || a.get("additionalProperties")
                        .is_some_and(|p| p.get("type") == Some(&J::from("string")))
            })
        }
        fn walk(root: &J, s: &J, path: &str, out: &mut BTreeMap<String, bool>, depth: usize) {
            if depth > 12 {
                return;
            }
            let mut alts = Vec::new();
            alternatives(root, s, &mut alts, 0);
            for a in alts {
                for (k, v) in a
                    .get("properties")
                    .and_then(J::as_object)
                    .into_iter()
                    .flatten()
                {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    let t = texty(root, v);
                    *out.entry(p.clone()).or_default() |= t;
                    walk(root, v, &p, out, depth + 1);
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(schema, schema, "", &mut out, 0);
        out
    }

    fn schema_paths() -> BTreeMap<String, bool> {
        let mut all = paths(&crate::model::register_schema());
        for (k, v) in paths(&crate::model::organisation_schema()) {
            *all.entry(k).or_default() |= v;
        }
        all
    }

    /// Every rule says which keys it reads, and every key it names is in the schema of a
    /// register or an organisation file.
    #[test]
    fn every_rule_declares_the_keys_it_reads() {
        let known = schema_paths();
        let rules = all().iter().chain(ropa_rules()).map(|r| r.info()).chain([
            &duplicate_id::DuplicateId::INFO,
            &suppression::UnknownSuppression::INFO,
            &suppression::UnusedSuppression::INFO,
        ]);
        for info in rules {
            assert!(
                !info.reads.is_empty() || info.reads_texts,
                "{} declares no key it reads (`reads: [...]` in its declare_rule!)",
                info.id
            );
            for path in info.reads {
                assert!(
                    known.contains_key(*path),
                    "{} reads `{path}`, which is no key of the schemas",
                    info.id
                );
            }
        }
    }

    /// The prose fields are the schemas' text fields whose key the text rules read.
    #[test]
    fn the_prose_keys_are_the_schemas_texts() {
        let known = schema_paths();
        let want: Vec<&str> = known
            .iter()
            .filter(|(path, texty)| {
                let last = path.rsplit('.').next().unwrap_or("");
                **texty
                    && !text_scan::NOT_PROSE.contains(&last)
                    && !path.starts_with("internal")
                    && !path.starts_with('$')
            })
            .map(|(p, _)| p.as_str())
            .collect();
        assert_eq!(text_scan::PROSE_KEYS, want.as_slice());
    }

    #[test]
    fn readers_of_a_key() {
        let ids = |path: &str, by_key: bool| {
            readers(path)
                .into_iter()
                .filter(|(_, k)| *k == by_key)
                .map(|(i, _)| i.id)
                .collect::<Vec<_>>()
        };
        let retention = ids("categories.retention", true);
        for id in ["vague-retention", "unused-retention", "retention"] {
            assert!(retention.contains(&id), "{retention:?}");
        }
        assert!(!retention.contains(&"purpose-basis"), "{retention:?}");
        assert!(!retention.contains(&"vague-wording"), "{retention:?}");
        // A key under one a rule reads; a text every text rule reads.
        assert!(ids("dpo.email", true).contains(&"dpo-contact"));
        assert!(ids("categories.retention", false).contains(&"vague-wording"));
        assert!(ids("purposes.description", false).contains(&"vague-wording"));
        assert!(!ids("purposes.basis", false).contains(&"vague-wording"));
        assert!(readers("meta.schema_version").is_empty());
    }
}
