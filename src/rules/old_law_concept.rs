//! Concepts of the repealed Personal Data Act (henkilötietolaki 523/1999) used as if in
//! force: "muu asiallinen yhteys", access once a year, its section 8 as the basis.

use super::text_scan::{TextItem, match_span, texts};
use super::wording::{Hit, List, quote, wording};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text uses a concept of the repealed Personal Data Act as if it were in force; documented in messages/rules/old-law-concept.<lang>.md.
    pub struct OldLawConcept { id: "old-law-concept", severity: Warning, article: "GDPR Art 6(1), 12(5), 15; FI: tietosuojalaki 1050/2018", precision: Medium, texts: true }
}

impl_rule!(OldLawConcept, check);

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Ground,
    AccessLimit,
    Section,
}

fn check(n: &Notice, sink: &mut Sink) {
    let w = wording();
    for item in texts(n) {
        let mut found: Vec<(usize, usize, Kind)> = Vec::new();
        for h in w.old_ground.find_item(item) {
            found.push((h.start, h.end, Kind::Ground));
        }
        for h in w.old_access_limit.find_item(item) {
            if w.old_access_context
                .matches(access_scope(item.text, h.start, h.end))
            {
                found.push((h.start, h.end, Kind::AccessLimit));
            }
        }
        for h in w.old_section_basis.find_item(item) {
            let (start, end) = without_act_name(item.text, &h, &w.obsolete_law);
            if start < end {
                found.push((start, end, Kind::Section));
            }
        }
        found.sort_by_key(|f| f.0);
        // One finding per defect: "muu asiallinen yhteys (HetiL 8 § 1 mom. 5 k.)" gives one
        // ground, reported once per sentence.
        let mut reported: Vec<(usize, Kind)> = Vec::new();
        for (start, end, kind) in found {
            let kind_for_merge = if kind == Kind::Section {
                Kind::Ground
            } else {
                kind
            };
            let sentence = sentence_around(item.text, start, end).0;
            if reported.contains(&(sentence, kind_for_merge)) {
                continue;
            }
            reported.push((sentence, kind_for_merge));
            report(n, sink, item, start, end, kind);
        }
    }
}

fn report(n: &Notice, sink: &mut Sink, item: &TextItem, start: usize, end: usize, kind: Kind) {
    let words = quote(&item.text[start..end]);
    // The help's quoted words and examples follow the text's language (`lang`).
    let lang = item.lang;
    let (message, label, help) = match kind {
        Kind::Ground => (
            msg!("old-law-concept-message-ground", words = words),
            msg!("old-law-concept-label-ground"),
            msg!("old-law-concept-help-ground", lang = lang),
        ),
        Kind::Section => (
            msg!("old-law-concept-message-section", words = words),
            msg!("old-law-concept-label-section"),
            msg!("old-law-concept-help-section", lang = lang),
        ),
        Kind::AccessLimit => (
            msg!("old-law-concept-message-access", words = words),
            msg!("old-law-concept-label-access"),
            msg!("old-law-concept-help-access", lang = lang),
        ),
    };
    sink.report_span(
        &OldLawConcept::INFO,
        item.origin.file,
        match_span(n, item, start, end),
        message,
    )
    .set_label(label)
    .set_help(help);
}

/// The span of a section reference without the act's name at either end, which
/// `obsolete-law` reports: "henkilötietolaki 8 § 1 mom. 5 kohta" → "8 § 1 mom. 5 kohta".
fn without_act_name(text: &str, hit: &Hit, acts: &List) -> (usize, usize) {
    let (mut start, mut end) = (hit.start, hit.end);
    for act in acts.find(&text[start..end]) {
        let (a, b) = (start + act.start, start + act.end);
        if a == start {
            start = b;
        } else if b == end {
            end = a;
        }
    }
    let part = &text[start..end];
    let trimmed_start = part.len() - part.trim_start_matches([' ', ',', '(', '\n']).len();
    let mut trimmed = part.trim_end_matches([' ', ',', ')', '\n']);
    // "section 8 of the [Personal Data Act]", "8 § i [personuppgiftslagen]".
    for tail in [" of the", " of", " i", " in the", " in"] {
        if trimmed.len() > tail.len() && trimmed.to_lowercase().ends_with(tail) {
            trimmed = trimmed[..trimmed.len() - tail.len()].trim_end();
            break;
        }
    }
    (
        start + trimmed_start,
        start + trimmed.len().max(trimmed_start),
    )
}

/// The sentence of a yearly limit and the one before it, where the right of access it
/// limits is named: "Everyone has the right to check their data. The check is free of
/// charge once a year."
fn access_scope(text: &str, start: usize, end: usize) -> &str {
    let (from, to) = sentence_around(text, start, end);
    let before = if from > 0 {
        sentence_around(text, from - 1, from - 1).0
    } else {
        0
    };
    &text[before..to]
}

/// The byte range of the sentence that contains `start..end`: from the start of the text or
/// after ".", "!", "?" followed by a capital, or a blank line or list item, to the next such
/// place. Called with `start == end` at the start of a sentence, it gives that sentence.
pub(crate) fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut from = 0;
    let mut to = text.len();
    let bytes = text.as_bytes();
    for (i, ch) in text.char_indices() {
        let next = i + ch.len_utf8();
        let cut = match ch {
            '.' | '!' | '?' => {
                let rest = &text[next..];
                let after = rest.trim_start();
                after.len() < rest.len() && after.chars().next().is_some_and(char::is_uppercase)
            }
            '\n' => {
                let after = text[next..].trim_start_matches([' ', '\t']);
                after.starts_with(['-', '*', '•', '\n', '\r'])
            }
            _ => false,
        };
        if !cut {
            continue;
        }
        // The sentence after the cut starts at its first character that is not a space.
        let mut b = next;
        while b < bytes.len() && bytes[b].is_ascii_whitespace() {
            b += 1;
        }
        if b <= start {
            from = b;
        } else if b > start && b >= end.max(start + 1) {
            to = b;
            break;
        }
    }
    (from, to.max(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<&'static str> {
        let w = wording();
        let mut out = Vec::new();
        if w.old_ground.matches(text) {
            out.push("ground");
        }
        for h in w.old_access_limit.find(text) {
            if w.old_access_context
                .matches(access_scope(text, h.start, h.end))
            {
                out.push("access");
            }
        }
        if w.old_section_basis.matches(text) {
            out.push("section");
        }
        out
    }

    #[test]
    fn sentences() {
        let t = "Eka lause. Toka lause 8 § 1 mom. 5 kohta on tässä. Kolmas.";
        let at = t.find("Toka").unwrap();
        let (a, b) = sentence_around(t, at + 2, at + 4);
        assert_eq!(&t[a..b], "Toka lause 8 § 1 mom. 5 kohta on tässä. ");
        let (c, d) = sentence_around(t, b, b);
        assert_eq!(&t[c..d], "Kolmas.");
    }

    #[test]
    fn old_concepts_are_found() {
        let cases = [
            (
                "Tietoja käsitellään jäsenyyden tai muun asiallisen yhteyden perusteella.",
                "ground",
            ),
            (
                "Rekisteriin merkitään henkilöt, joilla on asiallinen yhteys yhdistykseen.",
                "ground",
            ),
            (
                "Käsittely perustuu asiakassuhteeseen tai muuhun asialliseen yhteyteen.",
                "ground",
            ),
            (
                "Data is processed on the basis of a customer relationship or other appropriate connection.",
                "ground",
            ),
            (
                "Uppgifterna behandlas på grund av medlemskap eller annat sakligt samband.",
                "ground",
            ),
            (
                "Rekisteröity voi tarkastaa tietonsa maksutta kerran vuodessa.",
                "access",
            ),
            (
                "Tarkastusoikeutta voi käyttää maksutta kerran kalenterivuodessa.",
                "access",
            ),
            (
                "You have the right to check your data free of charge once a year.",
                "access",
            ),
            (
                "Den registrerade har rätt att granska sina uppgifter en gång per år.",
                "access",
            ),
            (
                "Sinulla on oikeus tarkastaa tietosi. Tarkastus on maksuton kerran vuodessa.",
                "access",
            ),
            (
                "You have a right of access. The check is free of charge once a year.",
                "access",
            ),
            ("Käsittelyn peruste: HetiL 8 §.", "section"),
            (
                "Peruste on henkilötietolain 8 §:n 1 momentin 1 kohta.",
                "section",
            ),
            (
                "Processing is based on section 8 of the Personal Data Act.",
                "section",
            ),
            (
                "Behandlingen grundar sig på 8 § personuppgiftslagen.",
                "section",
            ),
        ];
        for (text, kind) in cases {
            assert_eq!(kinds(text), vec![kind], "{text}");
        }
    }

    #[test]
    fn near_misses_stay_silent() {
        let silent = [
            "Jäsenmaksu laskutetaan kerran vuodessa.",
            "Tarkistamme jäsentietojen ajantasaisuuden kerran vuodessa.",
            "We send a summary of the year's events once a year.",
            "Medlemsbladet skickas en gång om året.",
            "Jäsenellä on oikeus tarkastaa tietonsa. Lehti ilmestyy neljä kertaa vuodessa.",
            "Voit pyytää jäljennöksen tiedoistasi maksutta.",
            "Käsittely perustuu tietosuojalain (1050/2018) 6 §:n 1 momentin 2 kohtaan.",
            "Kirjanpitolain 2 luvun 10 § edellyttää tositteiden säilyttämistä.",
            "Henkilötietolain 26 §:n mukaan jokaisella on oikeus tarkastaa tietonsa.",
            "Yhteys asiakaspalveluun onnistuu puhelimitse.",
        ];
        for text in silent {
            assert!(
                kinds(text).is_empty(),
                "reported: {text}: {:?}",
                kinds(text)
            );
        }
    }

    #[test]
    fn section_span_leaves_the_act_name_to_obsolete_law() {
        let w = wording();
        let t = "muu asiallinen yhteys (henkilötietolaki 8 § 1 mom. 5 kohta).";
        let h = &w.old_section_basis.find(t)[0];
        let (a, b) = without_act_name(t, h, &w.obsolete_law);
        assert_eq!(&t[a..b], "8 § 1 mom. 5 kohta");
        let t = "Processing is based on section 8 of the Personal Data Act.";
        let h = &w.old_section_basis.find(t)[0];
        let (a, b) = without_act_name(t, h, &w.obsolete_law);
        assert_eq!(&t[a..b], "section 8");
    }
}
