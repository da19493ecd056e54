//! Criminal convictions and offences data needs official authority or a law.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// Criminal convictions or offences data without the authority that permits it; documented in messages/rules/criminal-data.<lang>.md.
    pub struct CriminalData { id: "criminal-data", severity: Error, article: "GDPR Art 10", reads: ["categories.criminal", "categories.criminal_authority"] }
}

impl_rule!(CriminalData, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, c, at) in n.categories() {
        if !c.criminal {
            continue;
        }
        let (place, label) = match &c.criminal_authority {
            None => (at.child("criminal"), msg!("criminal-data-label-missing")),
            Some(t) if t.is_blank() => (
                at.child("criminal_authority"),
                msg!("criminal-data-label-blank"),
            ),
            Some(_) => continue,
        };
        sink.report(
            &CriminalData::INFO,
            &place,
            msg!("criminal-data-message", category = &c.id),
        )
        .set_label(label)
        .set_help(msg!("criminal-data-help"));
    }
}
