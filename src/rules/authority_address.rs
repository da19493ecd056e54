//! The Finnish supervisory authority given at an outdated or misspelt address.

use super::text_scan::{match_span, texts};
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::model::authority::authority;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text gives the Finnish supervisory authority at an outdated or misspelt address.
    ///
    /// ## What it checks
    /// Texts are searched for the authority's old address "Ratapihantie 9", the old
    /// postcodes 00520 and 00521 ("PL 800, 00521 Helsinki"), and the misspelling
    /// "Lintulahdenkatu", but only where they are the authority's address: the authority
    /// must be named in the same sentence, close by (the Data Protection Ombudsman,
    /// tietosuojavaltuutettu, dataombudsmannen, the supervisory authority,
    /// valvontaviranomainen, tillsynsmyndigheten, tietosuoja.fi), with no other street
    /// address between the name and the address. A street name or postcode alone is never
    /// reported: another organisation may well be at "Ratapihantie 11, 00520 Helsinki". The
    /// patterns are in `data/wording.yaml` (`authority_address`).
    ///
    /// ## Why
    /// People must be told of their right to complain to a supervisory authority
    /// (Art 13(2)(d), 14(2)(e)); a complaint sent to an old address is delayed or lost. The
    /// Office of the Data Protection Ombudsman is at Lintulahdenkuja 4, 00530 Helsinki, and
    /// its postal address is PL 800, 00531 Helsinki.
    ///
    /// ## How to fix
    /// Remove the address from the text: seloste prints the authority's current contact
    /// details (from its built-in data) in every notice. If the text must keep an address,
    /// write Lintulahdenkuja 4, 00530 Helsinki (postal: PL 800, 00531 Helsinki).
    pub struct AuthorityAddress { id: "authority-address", severity: Error, article: "FI: GDPR Art 13(2)(d), 14(2)(e)" }
}

impl_rule!(AuthorityAddress, check);

fn current(lang: &str) -> String {
    let Some(a) = authority("fi") else {
        return String::new();
    };
    let get = |t: &Option<crate::model::Text>| {
        t.as_ref()
            .and_then(|t| t.get(lang).or_else(|| t.get("fi")))
            .unwrap_or("")
            .to_string()
    };
    let name = a.name.get(lang).or_else(|| a.name.get("fi")).unwrap_or("");
    format!(
        "{name}, {} (postal address {})",
        get(&a.visiting_address),
        get(&a.postal_address)
    )
}

/// At most this many characters between the authority's name and an address that is its.
const NEAR: usize = 120;
/// At most this many characters between an address and the authority's name after it.
const NEAR_AFTER: usize = 25;

/// True when `gap` (the text between a marker and an address) ends a sentence: a blank
/// line, or `.`, `!` or `?` followed by a space and a capitalised word ("Helsinki. Jos
/// katsot …"). An abbreviation before a number ("p. 029", "PL 800.") does not.
fn ends_sentence(gap: &str) -> bool {
    if gap.contains("\n\n") || gap.contains("\n\r\n") {
        return true;
    }
    let chars: Vec<char> = gap.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        if !matches!(c, '.' | '!' | '?') {
            return false;
        }
        let mut rest = chars[i + 1..].iter();
        let mut spaced = false;
        let mut next = rest.next();
        while next.is_some_and(|c| c.is_whitespace()) {
            spaced = true;
            next = rest.next();
        }
        spaced
            && next.is_some_and(|c| c.is_uppercase())
            && rest.next().is_some_and(|c| c.is_lowercase())
    })
}

/// True when the outdated address form at `hit` is the authority's address: a marker of
/// the authority stands near it in the same sentence, with no other street address
/// (`others`) between them.
fn about_authority(
    text: &str,
    hit: (usize, usize),
    markers: &[(usize, usize)],
    others: &[(usize, usize)],
) -> bool {
    markers.iter().any(|&(ms, me)| {
        let (gs, ge) = if me <= hit.0 {
            (me, hit.0)
        } else if hit.1 <= ms {
            // The name after the address: only right after it, as in "PL 800, 00521
            // Helsinki (tietosuojavaltuutettu)", never a clause later.
            let gap = &text[hit.1..ms];
            let words = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count();
            if words > 1 || gap.chars().count() > NEAR_AFTER {
                return false;
            }
            (hit.1, ms)
        } else {
            return true; // overlapping: the address is inside the name's match
        };
        let gap = &text[gs..ge];
        if gap.chars().count() > NEAR {
            return false;
        }
        // Only punctuation and spaces between: "… toimisto. Ratapihantie 9".
        let adjacent = !gap.chars().any(char::is_alphanumeric);
        if !adjacent && ends_sentence(gap) {
            return false;
        }
        !others.iter().any(|&(os, oe)| os >= gs && oe <= ge)
    })
}

/// Which of the outdated forms at `hits` are the authority's address. A form found to be
/// the authority's carries the attribution on along the same address ("Tietosuojavaltuutetun
/// toimisto. Ratapihantie 9, 00520 Helsinki": the postcode goes with the street).
fn attributed(
    text: &str,
    hits: &[(usize, usize)],
    markers: &[(usize, usize)],
    others: &[(usize, usize)],
) -> Vec<bool> {
    let mut near: Vec<(usize, usize)> = markers.to_vec();
    let mut found = vec![false; hits.len()];
    loop {
        let mut changed = false;
        for (i, &hit) in hits.iter().enumerate() {
            if !found[i] && about_authority(text, hit, &near, others) {
                found[i] = true;
                near.push(hit);
                changed = true;
            }
        }
        if !changed {
            return found;
        }
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let w = wording();
    for item in texts(n) {
        let hits = w.authority_outdated.find_item(item);
        if hits.is_empty() {
            continue;
        }
        let markers: Vec<(usize, usize)> = w
            .authority_markers
            .find_item(item)
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        if markers.is_empty() {
            continue;
        }
        // Street addresses that are neither an outdated form nor the authority's own.
        let taken: Vec<(usize, usize)> = hits
            .iter()
            .map(|h| (h.start, h.end))
            .chain(markers.iter().copied())
            .collect();
        let others: Vec<(usize, usize)> = w
            .authority_other_address
            .find(item.text)
            .iter()
            .map(|h| (h.start, h.end))
            .filter(|&(s, e)| !taken.iter().any(|&(ts, te)| s < te && ts < e))
            .collect();
        let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
        let theirs = attributed(item.text, &spans, &markers, &others);
        for (hit, _) in hits.iter().zip(theirs).filter(|(_, t)| *t) {
            let words = quote(&item.text[hit.start..hit.end]);
            let mut help = format!(
                "Current address: {}. Better still, remove the address from the text: seloste prints the authority's current contact details in the notice itself",
                current(item.lang)
            );
            if let Some(note) = &hit.entry.note {
                help = format!("{note} {help}");
            }
            sink.report_span(
                &AuthorityAddress::INFO,
                item.origin.file,
                match_span(n, item, hit.start, hit.end),
                format!("\"{words}\" is not the supervisory authority's address"),
            )
            .set_label("outdated address")
            .set_help(help);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<String> {
        let w = wording();
        let hits = w.authority_outdated.find(text);
        let markers: Vec<(usize, usize)> = w
            .authority_markers
            .find(text)
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        let taken: Vec<(usize, usize)> = hits
            .iter()
            .map(|h| (h.start, h.end))
            .chain(markers.iter().copied())
            .collect();
        let others: Vec<(usize, usize)> = w
            .authority_other_address
            .find(text)
            .iter()
            .map(|h| (h.start, h.end))
            .filter(|&(s, e)| !taken.iter().any(|&(ts, te)| s < te && ts < e))
            .collect();
        let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
        let theirs = attributed(text, &spans, &markers, &others);
        spans
            .iter()
            .zip(theirs)
            .filter(|(_, t)| *t)
            .map(|(&(s, e), _)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn outdated_forms_of_the_authority_are_found() {
        for (text, want) in [
            (
                "Valitukset: Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki, p. 029 566 6700.",
                vec!["00521"],
            ),
            (
                "Tietosuojavaltuutetun toimisto. Ratapihantie 9, 00520 Helsinki",
                vec!["Ratapihantie 9", "00520"],
            ),
            (
                "Du kan klaga hos Dataombudsmannens byrå, PB 800, 00521 Helsingfors.",
                vec!["00521"],
            ),
            (
                "The supervisory authority in Finland is the Data Protection Ombudsman (Lintulahdenkatu 4, 00530 Helsinki).",
                vec!["Lintulahdenkatu 4"],
            ),
            (
                "Tietosuojavaltuutettu, Lintulahdenkuja 4, 00520 Helsinki",
                vec!["00520"],
            ),
            (
                "PL 800, 00521 Helsinki (tietosuojavaltuutettu)",
                vec!["00521"],
            ),
            (
                "Voit tehdä valituksen valvovalle viranomaiselle (PL 800, 00521 Helsinki).",
                vec!["00521"],
            ),
            (
                "Complaints: the Finnish data protection authority, Ratapihantie 9, Helsinki.",
                vec!["Ratapihantie 9"],
            ),
        ] {
            assert_eq!(reported(text), want, "{text}");
        }
    }

    #[test]
    fn another_address_near_the_authority_is_not_its_address() {
        for text in [
            // The controller's own address, then the authority in the next sentence.
            "Lähetä pyyntö osoitteeseen Kone Oy, Ratapihantie 11, 00520 Helsinki. Voit myös valittaa tietosuojavaltuutetulle.",
            // The same sentence, but the postcode belongs to the company's street.
            "Voit valittaa tietosuojavaltuutetulle tai kirjoittaa meille: Kone Oy, Ratapihantie 11, 00520 Helsinki.",
            "Write to Widget Ltd, Asemapäällikönkatu 3, 00520 Helsinki; complaints go to the supervisory authority.",
            "Rekisterinpitäjä: Esimerkki Oy, Pasila, 00520 Helsinki, valitukset tietosuojavaltuutetulle.",
            // A company on the old street, with the authority far from it.
            "Rekisterinpitäjä on Esimerkki Oy, Ratapihantie 9, 00520 Helsinki.",
            "Vi finns på Lintulahdenkatu 10, 00500 Helsingfors. Du har rätt att klaga hos tillsynsmyndigheten.",
            // A street or postcode alone.
            "Toimistomme on osoitteessa Ratapihantie 9.",
            "Postinumero 00520 Helsinki.",
        ] {
            assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
        }
    }
}
