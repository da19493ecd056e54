//! Where the data comes from (Art 14(2)(f)).

use super::{Notice, Sink};
use crate::model::SourceKind;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A source does not say whether it is public, or a category does not name its source.
    ///
    /// ## What it checks
    /// Every source that is not the person themselves (`other-organisation`) must state
    /// `publicly_accessible: true` or `false` (a public register or source is public by its
    /// kind). When the register has more than one source, every category must name its
    /// `sources`. A register that names no sources at all is read as collecting the data
    /// from the person (as Art 13 does) and is not reported here; whether the person must
    /// give the data is `provision-requirement`'s.
    ///
    /// ## Why
    /// When data is not obtained from the person, the notice must say from which source
    /// it originates and, if applicable, whether it came from publicly accessible sources
    /// (Art 14(2)(f)). Sources also decide whether Art 13 or Art 14 applies.
    ///
    /// ## How to fix
    /// Add `publicly_accessible:` to the sources that are other organisations; add
    /// `sources: [...]` to each category. If the data also comes from somewhere other than
    /// the person, add `sources:` entries with `id:`, `name:` and `kind:`.
    pub struct Sources { id: "sources", severity: Error, article: "GDPR Art 14(2)(f)" }
}

impl_rule!(Sources, check);

fn check(n: &Notice, sink: &mut Sink) {
    let r = n.register;
    // No sources named: the data is taken to come from the person (Art 13), which needs
    // no statement of its source.
    if r.sources.is_empty() {
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
