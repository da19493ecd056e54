//! The categories of personal data, required when data is not collected from the person.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// Data comes from other sources but the kinds of data are not listed or not named; documented in messages/rules/categories.<lang>.md.
    pub struct Categories { id: "categories", severity: Error, article: "GDPR Art 14(1)(d)", reads: ["categories.name", "sources.kind"] }
}

impl_rule!(Categories, check);

fn check(n: &Notice, sink: &mut Sink) {
    if n.art14() && n.register.categories.is_empty() {
        let src = n.sources().find(|(_, s, _)| !s.kind.is_art13());
        let (at, id) = match src {
            Some((_, s, at)) => (at.child("kind"), s.id.as_str()),
            None => (n.at(&["sources"]), ""),
        };
        let at = if n.at(&["categories"]).exists() {
            n.at(&["categories"]).key()
        } else {
            at
        };
        sink.report(
            &Categories::INFO,
            &at,
            msg!("categories-message-none", source = id),
        )
        .set_label(msg!("categories-label-none"))
        .set_help(msg!("categories-help-none"));
    }
    // The example in the help is notice text: in the notice's (first) language.
    let lang = n.languages().first().map(String::as_str).unwrap_or("en");
    for (_, c, at) in n.categories() {
        if c.name.is_blank() {
            sink.report(
                &Categories::INFO,
                &at.child("name"),
                msg!("categories-message-blank-name", category = &c.id),
            )
            .set_label(msg!("categories-label-blank-name"))
            .set_help(msg!("categories-help-blank-name", lang = lang));
        }
    }
}
