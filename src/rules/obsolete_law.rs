//! References to the repealed Personal Data Act (henkilötietolaki 523/1999).

use super::text_scan::{match_span, texts};
use super::wording::{Hit, quote, wording};
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
        for (start, end, notes) in mentions(item.text, list.find_item(item)) {
            let words = quote(&item.text[start..end]);
            let help = "cite the GDPR (EU) 2016/679 (Art 13 and 14 for this notice) and the Data Protection Act, tietosuojalaki 1050/2018; call the document \"tietosuojaseloste\" or \"tietosuojailmoitus\"";
            let d = sink
                .report_span(
                    &ObsoleteLaw::INFO,
                    item.origin.file,
                    match_span(n, item, start, end),
                    format!("\"{words}\" refers to law that no longer applies"),
                )
                .set_label("repealed law");
            if notes.is_empty() {
                d.set_help(help);
            } else {
                d.set_help(format!("{} Instead, {help}", notes.join(" ")));
            }
        }
    }
}

/// One mention per reference: matches joined by a section number ("Henkilötietolain
/// 10 §:n mukainen rekisteriseloste", "henkilötietolain (523/1999) 10 ja 24 §:n mukainen
/// rekisteriseloste") are one, with the notes of each.
fn mentions<'w>(text: &str, hits: Vec<Hit<'w>>) -> Vec<(usize, usize, Vec<&'w str>)> {
    let mut out: Vec<(usize, usize, Vec<&'w str>)> = Vec::new();
    for h in hits {
        let note = h.entry.note.as_deref();
        if let Some(last) = out.last_mut() {
            let gap = &text[last.1.min(h.start)..h.start];
            // Joined by a section number only ("10 §:n", "10 ja 24 §:n"), not by other words.
            if gap.chars().count() <= 24 && gap.contains('§') && !gap.contains(['.', ';']) {
                last.1 = h.end;
                if let Some(note) = note.filter(|n| !last.2.contains(n)) {
                    last.2.push(note);
                }
                continue;
            }
        }
        out.push((h.start, h.end, note.into_iter().collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        mentions(text, wording().obsolete_law.find(text))
            .into_iter()
            .map(|(a, b, _)| &text[a..b])
            .collect()
    }

    #[test]
    fn one_finding_per_mention() {
        assert_eq!(
            spans("Henkilötietolain 10 §:n mukainen rekisteriseloste"),
            ["Henkilötietolain 10 §:n mukainen rekisteriseloste"]
        );
        assert_eq!(
            spans("henkilötietolain (523/1999) 10 ja 24 §:n mukainen rekisteriseloste"),
            ["henkilötietolain (523/1999) 10 ja 24 §:n mukainen rekisteriseloste"]
        );
        assert_eq!(
            spans("personuppgiftslagen (523/1999)"),
            ["personuppgiftslagen (523/1999)"]
        );
        assert_eq!(
            spans("Oikaisu (HetiL 29 §). Seloste on laadittu henkilötietolain mukaisesti."),
            ["HetiL", "henkilötietolain"]
        );
        assert_eq!(
            spans("Personal Data Act (523/1999)"),
            ["Personal Data Act (523/1999)"]
        );
        assert!(spans("tietosuojalaki (1050/2018) ja EU:n yleinen tietosuoja-asetus").is_empty());
        assert!(spans("Tietoja ei luovuteta PULA-ajan arkistoon.").is_empty());
    }
}
