//! Recipients must be identified: name, role and, for processors and controllers, country.

use super::{At, Notice, RecipientView, Sink};
use crate::model::RecipientRole;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A recipient has no name, no role, or (for a processor or controller) no country.
    ///
    /// ## What it checks
    /// Every entry in `recipients`, after taking the details left out from the
    /// organisation file's recipient with the same id, must have a non-blank `name` and a
    /// `role`. A recipient whose role is `processor` or `controller` must also give its
    /// `country`.
    ///
    /// ## Why
    /// The notice must state the recipients or categories of recipients of the data
    /// (Art 13(1)(e), 14(1)(e)). The country is what shows whether the data leaves the
    /// EU/EEA (Art 13(1)(f), 14(1)(f)).
    ///
    /// ## How to fix
    /// Add `name:`, `role:` (processor, controller, joint-controller or authority) and
    /// `country:` (e.g. `country: FI`) to the recipient, here or in the organisation
    /// file's recipient with the same id.
    pub struct Recipients { id: "recipients", severity: Error, article: "GDPR Art 13(1)(e), 14(1)(e)" }
}

declare_rule! {
    /// A recipient is given only as a category, not by name.
    ///
    /// ## What it checks
    /// Warns about every recipient with `is_category: true` whose role is `processor` or
    /// not stated. A processor works under a contract with the controller, so the
    /// controller knows its name. Independent controllers and authorities whose identity
    /// changes case by case (the person's own employer, whoever makes a request under the
    /// Openness Act, the insurer of a damaged party) may stay as specific categories.
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
            .set_help("add `name:` with the recipient's name, e.g. `name: Tilitoimisto Oy`");
        }
        match m.role {
            None => {
                sink.report(
                    &Recipients::INFO,
                    &place(&r, "role"),
                    format!("recipient `{id}` does not say what role it has"),
                )
                .set_label("no `role`")
                .set_help(if r.def_at.is_some() {
                    format!(
                        "add `role:` with processor, controller, joint-controller or authority, \
                         here or to the organisation file's recipient `{id}`"
                    )
                } else {
                    "add `role:` with processor, controller, joint-controller or authority"
                        .to_string()
                });
            }
            Some(role @ (RecipientRole::Processor | RecipientRole::Controller))
                if m.country.as_deref().is_none_or(|c| c.trim().is_empty()) =>
            {
                let what = if role == RecipientRole::Processor {
                    "processor"
                } else {
                    "controller"
                };
                sink.report(
                    &Recipients::INFO,
                    &r.field_at("role"),
                    format!("recipient `{id}` is a {what} but does not say in which country it processes the data"),
                )
                .set_label("no `country`")
                .set_help("add `country:` with the ISO country code where the data is processed, e.g. `country: FI`");
            }
            Some(_) => {}
        }
    }
}

fn check_named(n: &Notice, sink: &mut Sink) {
    for r in n.recipients() {
        let known_by_contract = matches!(r.merged.role, None | Some(RecipientRole::Processor));
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
        .set_help(
            "the controller has a contract with each processor, so name it: put the company in \
             `name:` and remove `is_category: true`",
        );
    }
}
