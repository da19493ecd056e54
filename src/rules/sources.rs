//! Where the data comes from (Art 14(2)(f)).

use super::{Notice, Sink};
use crate::model::SourceKind;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// The notice does not say where the data comes from, or whether a source is public.
    ///
    /// ## What it checks
    /// The register must list at least one entry in `sources` (without them the reader
    /// cannot tell whether the data comes from them or from elsewhere). Every source that
    /// is not the person themselves (`public-register`, `public-source`,
    /// `other-organisation`) must state `publicly_accessible: true` or `false`. When the
    /// register has more than one source, every category must name its `sources`.
    ///
    /// ## Why
    /// When data is not obtained from the person, the notice must say from which source
    /// it originates and, if applicable, whether it came from publicly accessible sources
    /// (Art 14(2)(f)). Sources also decide whether Art 13 or Art 14 applies.
    ///
    /// ## How to fix
    /// Add `sources:` entries with `id:`, `name:` and `kind:`; add `publicly_accessible:`
    /// to the other sources; add `sources: [...]` to each category.
    pub struct Sources { id: "sources", severity: Error, article: "GDPR Art 14(2)(f)" }
}

impl_rule!(Sources, check);

fn check(n: &Notice, sink: &mut Sink) {
    let r = n.register;
    if r.sources.is_empty() {
        let at = if n.at(&["sources"]).exists() {
            n.at(&["sources"]).key()
        } else {
            n.at(&["meta"])
        };
        sink.report(
            &Sources::INFO,
            &at,
            "the register does not say where the data comes from",
        )
        .set_label("no sources")
        .set_help(
            "add `sources:` with an entry per source (`id:`, `name:`, `kind:` such as \
                 data-subject or public-register)",
        );
        return;
    }
    for (_, s, at) in n.sources() {
        // The person, their observed activity and public registers or sources need no
        // statement: whether they are publicly accessible follows from the kind.
        if s.kind != SourceKind::OtherOrganisation {
            continue;
        }
        if s.publicly_accessible.is_none() {
            sink.report(
                &Sources::INFO,
                &at.child("kind"),
                format!(
                    "source `{}` does not say whether it is publicly accessible",
                    s.id
                ),
            )
            .set_label("no `publicly_accessible`")
            .set_help(
                "add `publicly_accessible: true` or `publicly_accessible: false` to the source",
            );
        }
    }
    if r.sources.len() > 1 {
        let ids: Vec<String> = r.sources.iter().map(|s| format!("`{}`", s.id)).collect();
        for (_, c, at) in n.categories() {
            if c.sources.is_empty() {
                sink.report(
                    &Sources::INFO,
                    &at.child("id"),
                    format!("category `{}` does not say which source it comes from", c.id),
                )
                .set_label("no `sources`")
                .set_help(format!(
                    "add `sources:` with the ids of the sources it comes from; the register's sources are {}",
                    ids.join(", ")
                ));
            }
        }
    }
}
