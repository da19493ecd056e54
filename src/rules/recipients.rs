//! Recipients must be identified by name; processors by name, not only by category.

use super::{At, Notice, RecipientView, Sink};
use crate::model::RecipientRole;
use crate::{declare_rule, impl_rule, msg};
use regex::RegexSet;
use serde::Deserialize;
use std::sync::OnceLock;

declare_rule! {
    /// A recipient has no name; documented in messages/rules/recipients.<lang>.md.
    pub struct Recipients { id: "recipients", severity: Error, article: "GDPR Art 13(1)(e), 14(1)(e)", reads: ["recipients"] }
}

declare_rule! {
    /// A recipient is given only as a category, not by name; documented in messages/rules/recipient-named.<lang>.md.
    pub struct RecipientNamed { id: "recipient-named", severity: Warning, article: "GDPR Art 13(1)(e), 14(1)(e); WP260 rev.01", precision: High, reads: ["recipients.name", "recipients.is_category", "recipients.role"] }
}

impl_rule!(Recipients, check_recipients);
impl_rule!(RecipientNamed, check_named);

/// Where `field` was written, or the recipient's `id` when it is missing everywhere.
fn place<'a>(r: &RecipientView<'a>, field: &str) -> At<'a> {
    let at = r.field_at(field);
    if at.path == r.at.path {
        r.at.child("id")
    } else {
        at
    }
}

fn check_recipients(n: &Notice, sink: &mut Sink) {
    for r in n.recipients() {
        let m = &r.merged;
        let id = &m.id;
        if m.name.as_ref().is_none_or(|t| t.is_blank()) {
            sink.report(
                &Recipients::INFO,
                &place(&r, "name"),
                msg!("recipients-message", recipient = id),
            )
            .set_label(msg!("recipients-label"))
            .set_help(if r.def_at.is_some() {
                msg!("recipients-help-organisation", recipient = id)
            } else {
                msg!("recipients-help")
            });
        }
    }
}

#[derive(Deserialize)]
struct RecipientWords {
    case_by_case: Vec<String>,
}

/// The words of `data/recipients.yaml` that make a category a recipient chosen case by case.
fn case_by_case() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        let words: RecipientWords = serde_saphyr::from_str(include_str!(
            "../../data/recipients.yaml"
        ))
        .unwrap_or(RecipientWords {
            case_by_case: Vec::new(),
        });
        RegexSet::new(words.case_by_case.iter().map(|p| format!("(?i){p}")))
            .unwrap_or_else(|_| RegexSet::empty())
    })
}

/// True when the recipient's name, in any language, says it is chosen case by case.
fn chosen_case_by_case(r: &RecipientView) -> bool {
    r.merged
        .name
        .as_ref()
        .is_some_and(|t| t.variants().iter().any(|(_, s)| case_by_case().is_match(s)))
}

fn check_named(n: &Notice, sink: &mut Sink) {
    for r in n.recipients() {
        let known_by_contract = match r.merged.role {
            Some(RecipientRole::Processor) => true,
            None => !chosen_case_by_case(&r),
            Some(_) => false,
        };
        if !r.merged.is_category || !known_by_contract {
            continue;
        }
        let at = if r.merged.name.is_some() {
            r.field_at("name")
        } else {
            place(&r, "is_category")
        };
        sink.report(
            &RecipientNamed::INFO,
            &at,
            msg!(
                "recipient-named-message",
                role = if r.merged.role.is_some() {
                    "processor"
                } else {
                    "unknown"
                },
                recipient = &r.merged.id
            ),
        )
        .set_label(msg!("recipient-named-label"))
        .set_help(if r.merged.role.is_some() {
            msg!("recipient-named-help-processor")
        } else {
            msg!("recipient-named-help-unknown")
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_by_case_words_compile_and_match() {
        let words: RecipientWords =
            serde_saphyr::from_str(include_str!("../../data/recipients.yaml")).unwrap();
        assert_eq!(case_by_case().len(), words.case_by_case.len());
        for name in [
            "Asiakkaan työnantaja",
            "Vakuutusyhtiöt vahinkotapauksissa",
            "Lapsen tuleva esiopetuksen järjestäjä",
            "Barnets nya skola",
            "Hotels booked for each trip",
            "Tapahtuman muut osallistujat",
            "Kundföretag som söker personal",
        ] {
            assert!(case_by_case().is_match(name), "{name}");
        }
        for name in [
            "Tilitoimisto",
            "IT-palveluntarjoajat",
            "Perintätoimistot Suomessa",
            "Service providers",
            "Inkassobyråer",
            "Hosting companies",
        ] {
            assert!(!case_by_case().is_match(name), "{name}");
        }
    }
}
