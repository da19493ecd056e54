//! Recipients must be identified by name; processors by name, not only by category.

use super::{At, Notice, RecipientView, Sink};
use crate::model::RecipientRole;
use crate::{declare_rule, impl_rule};
use regex::RegexSet;
use serde::Deserialize;
use std::sync::OnceLock;

declare_rule! {
    /// A recipient has no name.
    ///
    /// ## What it checks
    /// Every entry in `recipients`, after taking the details left out from the
    /// organisation file's recipient with the same id, must have a non-blank `name` (the
    /// recipient's name, or a category such as "perintätoimistot").
    ///
    /// A recipient's role and, inside the EU/EEA, its country are not required: Art 13/14
    /// ask for the recipients, not for their role, and data kept in the EU/EEA is not
    /// transferred. Where a country matters, other rules report it once: a `transfers`
    /// entry with no country in the transfer is `transfer-safeguard`'s, and a recipient
    /// outside the EU/EEA with no transfer is `recipient-abroad`'s.
    ///
    /// ## Why
    /// The notice must state the recipients or categories of recipients of the data
    /// (Art 13(1)(e), 14(1)(e)); an entry without a name tells the reader nothing.
    ///
    /// ## How to fix
    /// Add `name:` with the recipient's name (e.g. `name: Tilitoimisto Laskuri Oy`), or a
    /// specific category (e.g. `name: perintätoimistot Suomessa` with `is_category: true`),
    /// here or in the organisation file's recipient with the same id.
    pub struct Recipients { id: "recipients", severity: Error, article: "GDPR Art 13(1)(e), 14(1)(e)" }
}

declare_rule! {
    /// A recipient is given only as a category, not by name.
    ///
    /// ## What it checks
    /// Warns about every recipient with `is_category: true` whose role is `processor`, or
    /// whose role is not stated and whose name does not say it is a recipient chosen case
    /// by case. A processor works under a contract with the controller, so the controller
    /// knows its name. Independent controllers and authorities whose identity changes case
    /// by case (the person's own employer, whoever makes a request under the Openness Act,
    /// the insurer of a damaged party, authorities and courts, the child's next school,
    /// the hotels of each trip, client companies, the other participants) may stay as
    /// specific categories; the words that say so are in `data/recipients.yaml`.
    ///
    /// ## Why
    /// Art 13(1)(e) allows "recipients or categories of recipients", but the transparency
    /// guidelines (WP260 rev.01, para. 37 and annex) say the default is to name the
    /// recipients; a controller that names only categories must be able to show why that
    /// is fair, and should then be as specific as possible (sector, industry, location).
    ///
    /// ## How to fix
    /// If the recipient is known, give its name in `name:` and remove `is_category`.
    /// Otherwise make the category specific, e.g. "perintätoimistot Suomessa".
    pub struct RecipientNamed { id: "recipient-named", severity: Warning, article: "GDPR Art 13(1)(e), 14(1)(e); WP260 rev.01" }
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
                format!("recipient `{id}` has no name"),
            )
            .set_label("no `name`")
            .set_help(if r.def_at.is_some() {
                format!(
                    "add `name:` with the recipient's name, e.g. `name: Tilitoimisto Laskuri Oy`, \
                     here or in the organisation file's recipient `{id}`"
                )
            } else {
                "add `name:` with the recipient's name, e.g. `name: Tilitoimisto Laskuri Oy`, \
                 or a specific category with `is_category: true`"
                    .to_string()
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
            format!(
                "{} `{}` is given only as a category of recipients",
                if r.merged.role.is_some() {
                    "processor"
                } else {
                    "recipient"
                },
                r.merged.id
            ),
        )
        .set_label("category, not a named recipient")
        .set_help(if r.merged.role.is_some() {
            "the controller has a contract with each processor, so name it: put the company in \
             `name:` and remove `is_category: true`"
        } else {
            "if it works for you under a contract (a processor), you know its name: put the \
             company in `name:` and remove `is_category: true`. If it decides on the data itself \
             and changes case by case (e.g. the person's own employer or insurer), add \
             `role: controller` (or `authority`) and keep the category as specific as you can"
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
