//! The categories of personal data, required when data is not collected from the person.

use super::{Notice, Sink};
use crate::model::SourceKind;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// Data comes from other sources but the kinds of data are not listed or not named.
    ///
    /// ## What it checks
    /// When any source is not the person themselves (a public register, a public source
    /// or another organisation), `categories` must list at least one data category.
    /// Every category must have a non-blank `name`.
    ///
    /// ## Why
    /// When data is not obtained from the person, they cannot know what was collected,
    /// so the notice must state the categories of personal data concerned (Art 14(1)(d)).
    ///
    /// ## How to fix
    /// Add `categories:` with an entry per kind of data (`id:`, `name:`, `retention:`),
    /// e.g. `name: Yhteystiedot` with `description: nimi, sähköpostiosoite`.
    pub struct Categories { id: "categories", severity: Error, article: "GDPR Art 14(1)(d)" }
}

impl_rule!(Categories, check);

fn check(n: &Notice, sink: &mut Sink) {
    if n.art14() && n.register.categories.is_empty() {
        let src = n
            .sources()
            .find(|(_, s, _)| !matches!(s.kind, SourceKind::DataSubject | SourceKind::Observation));
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
            format!("data is obtained from other sources (`{id}`) but the register lists no data categories"),
        )
        .set_label("data not from the person")
        .set_help(
            "add `categories:` with an entry per kind of data (`id:`, `name:`, `retention:`)",
        );
    }
    for (_, c, at) in n.categories() {
        if c.name.is_blank() {
            sink.report(
                &Categories::INFO,
                &at.child("name"),
                format!("category `{}` has a blank name", c.id),
            )
            .set_label("blank name")
            .set_help("give the category a name, e.g. `name: Yhteystiedot`");
        }
    }
}
