//! Template leftovers: TODO, xxx, %%VAR%%, {…}, "pp.kk.vvvv", "(s-postiosoite)",
//! "[Company name]", instructions ("Kirjoita tähän…") and menus ("a / b tms.").

use super::text_scan::{TextItem, match_span};
use super::wording::{Entry, Note, quote, wording};
use super::{Notice, Sink};
use crate::load::tree::Seg;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A text still holds a template placeholder; documented in messages/rules/placeholder.<lang>.md.
    pub struct Placeholder { id: "placeholder", severity: Error, article: "GDPR Art 12(1), 13, 14", texts: true }
}

impl_rule!(Placeholder, check);

fn check(n: &Notice, sink: &mut Sink) {
    // Every string, codes and addresses too: a placeholder can be anywhere.
    for item in crate::rules::text_scan::strings(n) {
        for (start, end, note) in leftovers(item) {
            let words = quote(&item.text[start..end]);
            let what = what(item.field());
            let d = sink
                .report_span(
                    &Placeholder::INFO,
                    item.origin.file,
                    match_span(n, item, start, end),
                    msg!("placeholder-message", words = words.as_str()),
                )
                .set_label(msg!("placeholder-label"));
            match note {
                Some(note) => d.set_help(msg!(
                    "placeholder-help-noted",
                    words = words,
                    what = what,
                    note = note.msg()
                )),
                None => d.set_help(msg!("placeholder-help", words = words, what = what)),
            };
        }
    }
}

fn leftovers(item: &TextItem) -> Vec<(usize, usize, Option<&'static Note>)> {
    let w = wording();
    let text = item.text;
    let mut hits: Vec<(usize, usize, Option<&'static Note>)> = w
        .placeholders
        .find_item(item)
        .into_iter()
        .filter(|h| !is_markup(text, h.start, h.end))
        .map(|h| (h.start, h.end, note(h.entry)))
        .collect();
    // A label as the whole value: only in a field that names or contacts someone, and not
    // in what the register describes (a category may be called "Sähköpostiosoite").
    let described = item.path.iter().any(
        |s| matches!(s, Seg::Key(k) if matches!(k.as_str(), "categories" | "purposes" | "data_subjects")),
    );
    let contact_field = matches!(
        item.field(),
        "name" | "postal_address" | "visiting_address" | "address" | "email" | "phone" | "title"
    );
    if hits.is_empty() && contact_field && !described {
        for h in w.placeholder_values.find_item(item) {
            hits.push((h.start, h.end, note(h.entry)));
        }
    }
    hits.sort_by_key(|h| h.0);
    let mut out: Vec<(usize, usize, Option<&'static Note>)> = Vec::new();
    for h in hits {
        if let Some(last) = out.last_mut() {
            let between = text.get(last.1.min(h.0)..h.0).unwrap_or("");
            if h.0 < last.1
                || between
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '/' | '-' | '–'))
            {
                last.1 = last.1.max(h.1);
                last.2 = last.2.or(h.2);
                continue;
            }
        }
        out.push(h);
    }
    out
}

fn note(e: &'static Entry) -> Option<&'static Note> {
    e.note.as_ref()
}

/// True for a match that is markup rather than a placeholder: a Markdown link
/// ("[tietosuojavaltuutettu](https://…)") or an HTML tag ("<br>", "<strong>").
fn is_markup(text: &str, start: usize, end: usize) -> bool {
    let m = &text[start..end];
    if m.starts_with('[') {
        // "[text](address)", "[text][ref]", "[ref]: address", "[a][b]", "[[link]]".
        return text[end..].starts_with(['(', '[', ':', ']'])
            || text[..start].ends_with([']', '[']);
    }
    if m.starts_with('<') {
        const TAGS: &[&str] = &[
            "a",
            "abbr",
            "b",
            "br",
            "code",
            "div",
            "em",
            "h1",
            "h2",
            "h3",
            "h4",
            "hr",
            "i",
            "li",
            "ol",
            "p",
            "pre",
            "small",
            "span",
            "strong",
            "sub",
            "sup",
            "table",
            "td",
            "th",
            "tr",
            "u",
            "ul",
            "script",
            "style",
            "img",
            "svg",
            "iframe",
            "object",
            "embed",
            "body",
            "html",
            "head",
            "meta",
            "link",
            "form",
            "input",
            "button",
            "textarea",
            "title",
            "noscript",
            "template",
            "math",
            "video",
            "audio",
            "source",
            "frame",
            "frameset",
            "base",
            "details",
            "summary",
            "select",
            "option",
            "marquee",
            "label",
            "xmp",
            "plaintext",
            "noembed",
            "blockquote",
            "q",
            "s",
            "del",
            "ins",
            "mark",
            "nav",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "figure",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "col",
            "colgroup",
            "dl",
            "dt",
            "dd",
            "h5",
            "h6",
            "kbd",
            "samp",
            "var",
            "cite",
            "dfn",
            "bdi",
            "bdo",
            "wbr",
            "canvas",
            "picture",
            "dialog",
        ];
        let name = m[1..m.len() - 1].trim().to_ascii_lowercase();
        return TAGS.contains(&name.as_str());
    }
    false
}

/// What the field holds, for the help text.
/// What the field holds, as the catalogs select on it (`{ $what -> [email] … }`).
fn what(field: &str) -> &'static str {
    match field {
        "email" => "email",
        "phone" => "phone",
        "website" | "web_form" => "web",
        "name" => "name",
        "address" | "visiting_address" | "postal_address" => "address",
        "created" | "updated" | "effective" | "date" => "date",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The leftovers the general list finds in `text`, markup left out.
    fn found(text: &str) -> Vec<String> {
        wording()
            .placeholders
            .find(text)
            .into_iter()
            .filter(|h| !is_markup(text, h.start, h.end))
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn template_leftovers_are_found() {
        let cases = [
            ("Tietosuojaseloste, päivitetty pv.kk.vvvv", "pv.kk.vvvv"),
            ("Last reviewed on DD/MM/YYYY.", "DD/MM/YYYY"),
            (
                "Postiosoite: Lähiosoite 1, 00000 Paikkakunta",
                "Lähiosoite 1, 00000 Paikkakunta",
            ),
            ("Puhelin 000-0000", "000-0000"),
            ("Soita numeroon 040 000 0000", "000 0000"),
            ("Laki: (lain nimi)", "(lain nimi)"),
            (
                "Yhteyshenkilö (yhteyshenkilön nimi)",
                "(yhteyshenkilön nimi)",
            ),
            (
                "[Yhdistyksen nimi] käsittelee jäsenten tietoja.",
                "[Yhdistyksen nimi]",
            ),
            (
                "Contact {{ company_email }} for help.",
                "{{ company_email }}",
            ),
            ("Hei $ETUNIMI, tervetuloa.", "$ETUNIMI"),
            ("Rekisterinpitäjä on <yrityksen nimi>.", "<yrityksen nimi>"),
            ("Osoite %ADDRESS% tähän", "%ADDRESS%"),
            (
                "Lisää tähän lista tietojen vastaanottajista.",
                "Lisää tähän",
            ),
            (
                "Täydennä tarvittaessa muilla tiedoilla.",
                "Täydennä tarvittaessa",
            ),
            (
                "Poista tämä kappale, jos ette käytä evästeitä.",
                "Poista tämä kappale, jos",
            ),
            (
                "Remove this section if you have no processors.",
                "Remove this section",
            ),
            (
                "Please insert the name of your DPO here.",
                "insert the name of your DPO here",
            ),
            (
                "Ta bort detta stycke om ni inte skickar nyhetsbrev.",
                "Ta bort detta stycke",
            ),
            (
                "Tiedot kerätään lomakkeella / puhelimitse / sähköpostitse tms.",
                "lomakkeella / puhelimitse / sähköpostitse tms.",
            ),
            ("Maksut: Paytrail / Stripe jne.", "Paytrail / Stripe jne."),
            (
                "esim. Mailchimp, Sendinblue tms.",
                "esim. Mailchimp, Sendinblue tms.",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn real_text_is_not_a_leftover() {
        let silent = [
            "Keräämme nimen, osoitteen, puhelinnumeron tms. yhteystiedot.",
            "Tiedot: nimi, osoite/postinumero, puhelin jne.",
            "Lue lisää [tietosuojavaltuutetun sivuilta](https://tietosuoja.fi).",
            "Katso [ohjeet][tv] ja [tv]: https://tietosuoja.fi sekä [x] rasti.",
            "Ensimmäinen rivi<br>toinen rivi",
            "Yhtiöllä on yli 1 000 000 asiakasta.",
            "Kirjoita meille osoitteeseen tietosuoja@esimerkki.fi.",
            "Voit täydentää tietojasi jäsensivuilla.",
            "Voit poistaa tilisi, jos et enää käytä palvelua.",
            "Lisää tähän liittyvää tietoa saat asiakaspalvelusta.",
            "You can fill in the form on our website.",
            "Puhelin 040 123 4567",
            "Postiosoite: Kauppakatu 1, 70100 Kuopio",
            "Yrityksen nimi, Y-tunnus ja yhteyshenkilön tiedot",
            "Uppgifter om namn, adress, telefonnummer osv.",
            "Tietoja säilytetään ja/tai käsitellään EU:ssa.",
        ];
        for text in silent {
            assert!(
                found(text).is_empty(),
                "reported in {text}: {:?}",
                found(text)
            );
        }
        let v = &wording().placeholder_values;
        assert!(v.matches("Yrityksen nimi"));
        assert!(v.matches(" Etunimi Sukunimi "));
        assert!(v.matches("Katuosoite"));
        assert!(!v.matches("Yrityksen nimi ja Y-tunnus"));
        assert!(!v.matches("Matti Virtanen"));
    }
}
