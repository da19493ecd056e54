//! Criminal convictions and offences data needs official authority or a law.

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// Criminal convictions or offences data without the authority that permits it.
    ///
    /// ## What it checks
    /// A category with `criminal: true` must give a non-blank `criminal_authority`: the
    /// official authority under which it is processed, or the law that authorises it.
    ///
    /// ## Why
    /// Personal data relating to criminal convictions and offences may be processed only
    /// under the control of official authority or when authorised by Union or Member
    /// State law (Art 10); in Finland see tietosuojalaki 1050/2018 § 7 and, for
    /// employers, the act on checking the criminal background of people working with
    /// children (504/2002).
    ///
    /// ## How to fix
    /// Add `criminal_authority:` naming the law or the authority, e.g.
    /// `criminal_authority: laki lasten kanssa toimivien vapaaehtoisten rikostaustan selvittämisestä (148/2014)`.
    pub struct CriminalData { id: "criminal-data", severity: Error, article: "GDPR Art 10" }
}

impl_rule!(CriminalData, check);

fn check(n: &Notice, sink: &mut Sink) {
    for (_, c, at) in n.categories() {
        if !c.criminal {
            continue;
        }
        let (place, label) = match &c.criminal_authority {
            None => (at.child("criminal"), "criminal offences data"),
            Some(t) if t.is_blank() => (at.child("criminal_authority"), "blank"),
            Some(_) => continue,
        };
        sink.report(
            &CriminalData::INFO,
            &place,
            format!(
                "category `{}` holds criminal convictions or offences data but names no law or official authority permitting it",
                c.id
            ),
        )
        .set_label(label)
        .set_help("add `criminal_authority:` naming the law that authorises the processing, or the official authority");
    }
}
