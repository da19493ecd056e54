//! References to the repealed Personal Data Act (henkilötietolaki 523/1999).

use super::text_scan::{match_span, texts};
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text cites the repealed Personal Data Act (henkilötietolaki 523/1999).
    ///
    /// Also reported: a "rekisteriseloste" presented as a legal duty.
    ///
    /// ## What it checks
    /// Every text is searched for "henkilötietolaki" in any form, "523/1999", "Personal
    /// Data Act", "personuppgiftslagen", and phrases such as "henkilötietolain mukainen
    /// rekisteriseloste" or "lakisääteinen rekisteriseloste". The patterns are in
    /// `data/wording.yaml` (`obsolete_law`).
    ///
    /// ## Why
    /// The Personal Data Act was repealed on 1 January 2019, when the Data Protection Act
    /// (tietosuojalaki 1050/2018) came into force; since 25 May 2018 the GDPR has applied
    /// directly. Its section 10 duty to keep a "rekisteriseloste" is gone: the GDPR requires
    /// informing people (Art 13, 14), and the record of processing (Art 30) is a separate,
    /// internal document. Citing the old law suggests the notice has not been reviewed.
    ///
    /// ## How to fix
    /// Cite the GDPR (EU) 2016/679 Art 13 and 14 and, where relevant, tietosuojalaki
    /// (1050/2018). Call the document "tietosuojaseloste" or "tietosuojailmoitus".
    pub struct ObsoleteLaw { id: "obsolete-law", severity: Warning, article: "FI: tietosuojalaki 1050/2018" }
}

impl_rule!(ObsoleteLaw, check);

fn check(n: &Notice, sink: &mut Sink) {
    let list = &wording().obsolete_law;
    for item in texts(n) {
        for hit in list.find_item(item) {
            let words = quote(&item.text[hit.start..hit.end]);
            let help = "cite the GDPR (EU) 2016/679 (Art 13 and 14 for this notice) and the Data Protection Act, tietosuojalaki 1050/2018; call the document \"tietosuojaseloste\" or \"tietosuojailmoitus\"";
            let d = sink
                .report_span(
                    &ObsoleteLaw::INFO,
                    item.origin.file,
                    match_span(n, item, hit.start, hit.end),
                    format!("\"{words}\" refers to law that no longer applies"),
                )
                .set_label("repealed law");
            match &hit.entry.note {
                Some(note) => d.set_help(format!("{note} Instead, {help}")),
                None => d.set_help(help),
            };
        }
    }
}
