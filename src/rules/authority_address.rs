//! The Finnish supervisory authority given at an outdated or misspelt address.

use super::notice::ResolvedAuthority;
use super::text_scan::{TextItem, match_span, texts};
use super::wording::{Note, quote, wording};
use super::{Notice, Sink};
use crate::diagnostic::{Fix, Msg};
use crate::model::authority::authority;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text gives the Finnish supervisory authority at an outdated or misspelt address; documented in messages/rules/authority-address.<lang>.md.
    pub struct AuthorityAddress { id: "authority-address", severity: Error, article: "FI: GDPR Art 13(2)(d), 14(2)(e)", texts: true }
}

impl_rule!(AuthorityAddress, check);

/// The Finnish authority's name, visiting address and postal address in `lang` (the
/// notice text's language: the help quotes them as the text should give them).
fn current(lang: &str) -> (String, String, String) {
    let Some(a) = authority("fi") else {
        return Default::default();
    };
    let get = |t: &Option<crate::model::Text>| {
        t.as_ref()
            .and_then(|t| t.get(lang).or_else(|| t.get("fi")))
            .unwrap_or("")
            .to_string()
    };
    let name = a.name.get(lang).or_else(|| a.name.get("fi")).unwrap_or("");
    (
        name.to_string(),
        get(&a.visiting_address),
        get(&a.postal_address),
    )
}

/// The fix of the outdated form at `start..end` of `item`: the whole former address around
/// it (`former_addresses` of the authority's data) replaced with today's address of the
/// same kind, in the text's language. The authority is the one the register names when
/// that is the address's, else the Finnish one (whose former addresses the word lists
/// describe). The edit covers exactly the address when it can be found in the file as the
/// text gives it, else the whole value, written again as a double-quoted string. `None`
/// when no former address covers the form (a postcode alone).
fn fix(n: &Notice, item: &TextItem, start: usize, end: usize) -> Option<Fix> {
    let named = match n.resolved_authority() {
        Some(ResolvedAuthority::BuiltIn(a)) => Some(a),
        _ => None,
    };
    let (s, e, new) = named
        .into_iter()
        .chain(authority("fi"))
        .find_map(|a| a.former_address_at(item.text, start, end, item.lang))?;
    let title = msg!("authority-address-fix", address = new);
    let src = &n.files.get(item.origin.file).text;
    let span = match_span(n, item, s, e);
    let at = src.get(span.offset..span.offset + span.len).unwrap_or("");
    let found = span != item.node.span || at == &item.text[s..e];
    // Words that need no quoting in any scalar style the address may stand in; a comma
    // only where the old address had one (a plain value may be in a flow mapping).
    let unquoted = !matches!(
        src.get(item.node.span.offset..)
            .and_then(|t| t.chars().next()),
        Some('"' | '\'' | '|' | '>')
    );
    let plain = new
        .chars()
        .all(|c| c.is_alphanumeric() || " ,.-/()".contains(c))
        && !(unquoted && new.contains(',') && !at.contains(','));
    if found && plain && at.split_whitespace().eq(item.text[s..e].split_whitespace()) {
        return Some(Fix {
            span,
            text: new.to_string(),
            title,
        });
    }
    let whole = format!("{}{new}{}", &item.text[..s], &item.text[e..]);
    Some(Fix {
        span: item.node.span,
        text: serde_json::to_string(&whole).ok()?,
        title,
    })
}

/// Which outdated form a match is, for the catalogs' note on it: `old-street`
/// (Ratapihantie 9), `old-postcode` (00520, 00521), `misspelt` (Lintulahdenkatu 4), or
/// `data` for another form of `data/wording.yaml`, whose own note (English) is shown as it is.
fn kind(words: &str) -> &'static str {
    let w = words.to_lowercase();
    if w.contains("ratapihantie") {
        "old-street"
    } else if w.contains("lintulahdenkatu") {
        "misspelt"
    } else if w.starts_with("0052") {
        "old-postcode"
    } else {
        "data"
    }
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
            let (name, visiting, postal) = current(item.lang);
            let note = match hit.entry.note {
                Some(_) => kind(&item.text[hit.start..hit.end]),
                None => "none",
            };
            let fix = fix(n, item, hit.start, hit.end);
            let d = sink.report_span(
                &AuthorityAddress::INFO,
                item.origin.file,
                match_span(n, item, hit.start, hit.end),
                msg!("authority-address-message", words = words),
            );
            if let Some(fix) = fix {
                d.set_fix(fix);
            }
            d.set_label(msg!("authority-address-label")).set_help(msg!(
                "authority-address-help",
                note = note,
                note_text = hit
                    .entry
                    .note
                    .as_ref()
                    .map_or(Msg::Raw(String::new()), Note::msg),
                name = name,
                visiting = visiting,
                postal = postal
            ));
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
    fn each_outdated_form_gets_its_own_note() {
        assert_eq!(kind("Ratapihantie 9"), "old-street");
        assert_eq!(kind("ratapihantie  9"), "old-street");
        assert_eq!(kind("00521"), "old-postcode");
        assert_eq!(kind("Lintulahdenkatu 4"), "misspelt");
        assert_eq!(kind("Somewhere 1"), "data");
        let help = |note: &str| {
            crate::messages::en(&msg!(
                "authority-address-help",
                note = note,
                note_text = "A note of the data.",
                name = "N",
                visiting = "V",
                postal = "P"
            ))
        };
        assert!(help("misspelt").starts_with("The street is Lintulahdenkuja, not Lintulahdenkatu. Current address: N, V (postal address P)."));
        assert!(help("data").starts_with("A note of the data. Current address:"));
        assert!(help("none").starts_with("Current address:"));
    }

    /// The findings' fixes, applied one at a time to the file, leave no finding; the
    /// edit covers the address alone wherever the file gives it as the text has it.
    #[test]
    fn the_fix_writes_the_current_address() {
        let fixture = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/rules/authority-address/fail.yaml"
        ));
        let line = "  how: \"Valvontaviranomainen: Tietosuojavaltuutetun toimisto, PL 800, Ratapihantie 9, 00521 Helsinki\"\n";
        assert!(fixture.contains(line));
        let today = crate::model::Date::parse("2026-11-30").expect("a date");
        let found = |text: &str| {
            crate::check::check_text("r.yaml", text.as_bytes(), today)
                .diagnostics
                .into_iter()
                .filter(|d| d.rule == "authority-address")
                .collect::<Vec<_>>()
        };
        for (how, fixed, edit) in [
            // Double-quoted: the address (with the old street in it) alone.
            (
                line,
                "  how: \"Valvontaviranomainen: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki\"\n",
                "PL 800, Ratapihantie 9, 00521 Helsinki",
            ),
            // Folded over two lines of the file: the address across the line break.
            (
                "  how: >-\n    Valitukset tietosuojavaltuutetulle, Ratapihantie 9,\n    00520 Helsinki.\n",
                "  how: >-\n    Valitukset tietosuojavaltuutetulle, Lintulahdenkuja 4, 00530 Helsinki.\n",
                "Ratapihantie 9,\n    00520 Helsinki",
            ),
            // Swedish: the Swedish form of today's address.
            (
                "  how: Klaga hos Dataombudsmannens byrå, PB 800, 00521 Helsingfors.\n",
                "  how: Klaga hos Dataombudsmannens byrå, PB 800, 00531 Helsingfors.\n",
                "PB 800, 00521 Helsingfors",
            ),
            // A plain value in a flow mapping, the old address without a comma: the
            // current one has commas, so the whole value, in quotes.
            (
                "  how: {fi: Tietosuojavaltuutettu Ratapihantie 9 Helsinki}\n",
                "  how: {fi: \"Tietosuojavaltuutettu Lintulahdenkuja 4, 00530 Helsinki\"}\n",
                "Tietosuojavaltuutettu Ratapihantie 9 Helsinki",
            ),
            // An escaped line break inside the address: the whole value, written again.
            (
                "  how: \"Tietosuojavaltuutettu, PL 800,\\n00521 Helsinki\"\n",
                "  how: \"Tietosuojavaltuutettu, PL 800, 00531 Helsinki\"\n",
                "\"Tietosuojavaltuutettu, PL 800,\\n00521 Helsinki\"",
            ),
        ] {
            let mut text = fixture.replace(line, how);
            if how.contains("Helsingfors") {
                text = text.replace("languages: [fi]", "languages: [sv]");
            }
            let mut rounds = 0;
            let mut first = true;
            while let Some(d) = found(&text).into_iter().next() {
                let fix = d.fix.unwrap_or_else(|| panic!("no fix: {how}"));
                let (a, b) = (fix.span.offset, fix.span.offset + fix.span.len);
                if first {
                    assert_eq!(&text[a..b], edit, "{how}");
                    first = false;
                }
                text.replace_range(a..b, &fix.text);
                rounds += 1;
                assert!(rounds < 3, "{text}");
            }
            assert!(text.contains(fixed), "{how} gave {text}");
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
