//! References to the repealed Personal Data Act (henkilötietolaki 523/1999).

use super::text_scan::{match_span, texts};
use super::wording::{Hit, Note, quote, wording};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text cites the repealed Personal Data Act (henkilötietolaki 523/1999); documented in messages/rules/obsolete-law.<lang>.md.
    pub struct ObsoleteLaw { id: "obsolete-law", severity: Warning, article: "FI: tietosuojalaki 1050/2018", texts: true }
}

impl_rule!(ObsoleteLaw, check);

fn check(n: &Notice, sink: &mut Sink) {
    let list = &wording().obsolete_law;
    for item in texts(n) {
        for (start, end, notes) in mentions(item.text, list.find_item(item)) {
            let words = quote(&item.text[start..end]);
            let d = sink
                .report_span(
                    &ObsoleteLaw::INFO,
                    item.origin.file,
                    match_span(n, item, start, end),
                    msg!("obsolete-law-message", words = words),
                )
                .set_label(msg!("obsolete-law-label"));
            // The document's name in the help is quoted in the text's language.
            if notes.is_empty() {
                d.set_help(msg!("obsolete-law-help", lang = item.lang));
            } else {
                d.set_help(msg!(
                    "obsolete-law-help-noted",
                    notes = Note::join(notes).msg(),
                    lang = item.lang
                ));
            }
        }
    }
}

/// One mention per reference: matches joined by a section number ("Henkilötietolain
/// 10 §:n mukainen rekisteriseloste", "henkilötietolain (523/1999) 10 ja 24 §:n mukainen
/// rekisteriseloste") are one, with the notes of each.
fn mentions<'w>(text: &str, hits: Vec<Hit<'w>>) -> Vec<(usize, usize, Vec<&'w Note>)> {
    let mut out: Vec<(usize, usize, Vec<&'w Note>)> = Vec::new();
    for h in hits {
        let note = h.entry.note.as_ref();
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
