//! Special-category data named in words in a category that is not marked `special:`.

use super::text_scan::{TextItem, match_span, texts};
use super::word_cues::{CueHit, Cues};
use super::{Notice, Sink};
use crate::diagnostic::Related;
use crate::load::tree::Seg;
use crate::model::ControllerKind;
use crate::{declare_rule, impl_rule, msg};
use std::sync::OnceLock;

declare_rule! {
    /// A category names special-category data in words but is not marked `special:`; documented in messages/rules/special-category-words.<lang>.md.
    pub struct SpecialCategoryWords { id: "special-category-words", severity: Warning, article: "GDPR Art 9(1)-(2)", precision: High, reads: ["categories.special", "categories.special_condition"], texts: true }
}

impl_rule!(SpecialCategoryWords, check);

const SOURCE: &str = include_str!("../../data/special_words.yaml");

/// The word lists of `data/special_words.yaml`, loaded once (empty if they fail to load;
/// a unit test checks that they load).
pub fn cues() -> Option<&'static Cues> {
    static C: OnceLock<Option<Cues>> = OnceLock::new();
    C.get_or_init(|| Cues::load(SOURCE).ok()).as_ref()
}

/// A word found in a category's text, with what decides which one is reported.
struct Found<'n, 'a, 'c> {
    /// (language rank, weak, field rank, position): in the first language, a word that
    /// names the data outright before one that only may reveal it, the name before the
    /// description.
    rank: (usize, bool, usize, usize),
    item: &'n TextItem<'a>,
    hit: CueHit<'c>,
}

fn category_field(item: &TextItem) -> Option<(usize, usize)> {
    let p = &item.path;
    match (p.first(), p.get(1), p.get(2)) {
        (Some(Seg::Key(k)), Some(Seg::Index(i)), Some(Seg::Key(f))) if k == "categories" => {
            let field = match f.as_str() {
                "name" => 0,
                "description" => 1,
                _ => return None,
            };
            Some((*i, field))
        }
        _ => None,
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    let Some(cues) = cues() else { return };
    let cats = &n.register.categories;
    if cats.is_empty() {
        return;
    }
    let langs = n.languages();
    let mut found: Vec<Vec<Found>> = (0..cats.len()).map(|_| Vec::new()).collect();
    for item in texts(n) {
        if item.origin.file != n.reg.file {
            continue;
        }
        let Some((i, field)) = category_field(item) else {
            continue;
        };
        let Some(c) = cats.get(i) else { continue };
        if c.special.is_some() || c.special_condition.is_some() {
            continue;
        }
        let lang_rank = langs
            .iter()
            .position(|l| l == item.lang)
            .unwrap_or(langs.len());
        // "Mielenterveyspalvelut: yhteystiedot": the words before the colon of a name
        // name the service the category belongs to, the words after it the data.
        let service = if field == 0 {
            item.text.find(": ").unwrap_or(0)
        } else {
            0
        };
        for hit in cues.find(item.text, item.lang) {
            if hit.end <= service {
                continue;
            }
            found[i].push(Found {
                rank: (lang_rank, hit.entry.weak, field, hit.start),
                item,
                hit,
            });
        }
    }
    let association = n
        .controller()
        .and_then(|c| c.value.kind)
        .is_some_and(|k| matches!(k, ControllerKind::Association | ControllerKind::Foundation));
    for (i, mut hits) in found.into_iter().enumerate() {
        if hits.is_empty() {
            continue;
        }
        hits.sort_by_key(|f| f.rank);
        let first = &hits[0];
        let c = &cats[i];
        let special = first.hit.entry.special.as_deref().unwrap_or("health");
        let word = super::wording::quote(&first.item.text[first.hit.start..first.hit.end]);
        let mut condition = first
            .hit
            .entry
            .condition
            .clone()
            .or_else(|| cues.conditions.get(special).cloned())
            .unwrap_or_else(|| "explicit-consent".into());
        if association
            && matches!(
                special,
                "religious-or-philosophical-beliefs"
                    | "political-opinions"
                    | "trade-union-membership"
            )
        {
            condition = "not-for-profit-members".into();
        }
        let span = match_span(n, first.item, first.hit.start, first.hit.end);
        let help = match &first.hit.entry.note {
            Some(note) => msg!(
                "special-category-words-help-noted",
                special = special,
                condition = condition.as_str(),
                note = note.msg()
            ),
            None => msg!(
                "special-category-words-help",
                special = special,
                condition = condition.as_str()
            ),
        };
        let d = sink
            .report_span(
                &SpecialCategoryWords::INFO,
                first.item.origin.file,
                span,
                msg!(
                    "special-category-words-message",
                    category = &c.id,
                    special = special,
                    word = word.as_str()
                ),
            )
            .set_label(msg!("special-category-words-label", special = special))
            .set_help(help);
        // The other words of the first language, once each, as secondary places.
        let mut seen = vec![word.to_lowercase()];
        for f in hits.iter().skip(1).filter(|f| f.rank.0 == first.rank.0) {
            let w = super::wording::quote(&f.item.text[f.hit.start..f.hit.end]);
            if seen.contains(&w.to_lowercase()) || seen.len() >= 4 {
                continue;
            }
            seen.push(w.to_lowercase());
            d.related.push(Related {
                file: f.item.origin.file,
                span: Some(match_span(n, f.item, f.hit.start, f.hit.end)),
                label: msg!("special-category-words-also", word = w.as_str()),
                repeats: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: &str) -> Vec<String> {
        cues()
            .expect("data/special_words.yaml loads")
            .find(text, lang)
            .iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn loads_and_compiles() {
        let c = Cues::load(SOURCE).expect("data/special_words.yaml parses");
        assert_eq!(c.invalid, 0);
        assert_eq!(c.compile_all(), Vec::<&str>::new());
    }

    #[test]
    fn finds_inflected_and_compound_forms() {
        for (text, lang) in [
            ("tiedot terveydentilasta", "fi"),
            ("terveydentilaa koskevat tiedot", "fi"),
            ("terveystiedot", "fi"),
            ("perussairaudet", "fi"),
            ("sairauspoissaolot", "fi"),
            ("lääkitys", "fi"),
            ("lääkkeet", "fi"),
            ("ruoka-aineallergiat", "fi"),
            ("erityisruokavaliot", "fi"),
            ("näkövamma", "fi"),
            ("uskonnollinen yhdyskunta", "fi"),
            ("seurakunnan jäsenyys", "fi"),
            ("ammattiliiton jäsenyys", "fi"),
            ("puoluekanta", "fi"),
            ("kasvojentunnistus", "fi"),
            ("hälsotillstånd", "sv"),
            ("allergier och specialkost", "sv"),
            ("kost", "sv"),
            ("medlemskap i trossamfund", "sv"),
            ("fackföreningsmedlemskap", "sv"),
            ("any illnesses or disabilities", "en"),
            ("facial recognition template", "en"),
            ("trade union membership", "en"),
            ("ethnic origin", "en"),
            (
                "Emme kerää henkilötunnusta, mutta kirjaamme allergiat.",
                "fi",
            ),
            ("kehitysvammaisuus ja kuulovamma", "fi"),
            ("sickness absence and fitness for work", "en"),
        ] {
            assert!(!words(text, lang).is_empty(), "no word found in {text:?}");
        }
    }

    #[test]
    fn silent_on_look_alikes_and_negations() {
        for (text, lang) in [
            ("Terveiset kaikille", "fi"),
            ("Kirkkokatu 3, 00170 Helsinki", "fi"),
            ("sairaanhoitajan nimi ja sairaalan yhteystiedot", "fi"),
            ("Vammalan toimipiste", "fi"),
            ("puolueeton arvioija", "fi"),
            ("uskottava selvitys", "fi"),
            ("Emme käsittele terveystietoja.", "fi"),
            ("Rekisteriin ei tallenneta tietoja terveydentilasta.", "fi"),
            ("ei arkaluonteisia tietoja, ei terveystietoja", "fi"),
            ("onko henkilö poliittisesti vaikutusvaltainen", "fi"),
            ("kostnader och fakturor", "sv"),
            ("med vänliga hälsningar", "sv"),
            ("Vi behandlar inte uppgifter om hälsa.", "sv"),
            ("reklamationer", "sv"),
            ("We hold no health data.", "en"),
            ("We do not collect health information.", "en"),
            ("the end-of-season party and other events", "en"),
            ("health and safety training records", "en"),
            ("browser fingerprinting", "en"),
            ("portrait photo for the member card", "en"),
            ("a politically exposed person check", "en"),
            ("ympäristöterveydenhuollon tarkastuskertomukset", "fi"),
            ("environmental health inspections", "en"),
            ("terveydenhuollon ammattihenkilön rekisteröintinumero", "fi"),
            (
                "uskollisuusohjelman pisteet, etunimi, poliisin lupanumero",
                "fi",
            ),
            ("raskaat kuljetukset ja ammattinimike", "fi"),
            ("qualifications such as a medical degree", "en"),
            ("student union membership number", "en"),
            ("facklitteratur och fackmässig utbildning", "sv"),
        ] {
            assert_eq!(words(text, lang), Vec::<String>::new(), "in {text:?}");
        }
    }
}
