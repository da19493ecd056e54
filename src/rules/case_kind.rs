//! What a purpose or a data category is about (marketing, bookkeeping, recruitment,
//! employment, membership), from word stems kept as data in `data/case_help.yaml`, so that
//! the help of `purpose-basis`, `special-category` and `retention` fits the case, with its
//! examples in the notice's own language.

use super::Notice;
use crate::model::{DataCategory, Purpose, Text};
use serde::Deserialize;
use std::sync::OnceLock;

/// What an item is about; `Other` gets the general help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Marketing,
    Bookkeeping,
    Recruitment,
    Employment,
    Membership,
    Other,
}

impl Kind {
    /// The kind's name as the catalogs select on it (`{ $kind -> [bookkeeping] … }`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Marketing => "marketing",
            Kind::Bookkeeping => "bookkeeping",
            Kind::Recruitment => "recruitment",
            Kind::Employment => "employment",
            Kind::Membership => "membership",
            Kind::Other => "other",
        }
    }
}

#[derive(Debug, Deserialize, Default)]
struct Kinds {
    #[serde(default)]
    marketing: Vec<String>,
    #[serde(default)]
    bookkeeping: Vec<String>,
    #[serde(default)]
    recruitment: Vec<String>,
    #[serde(default)]
    employment: Vec<String>,
    #[serde(default)]
    membership: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
struct Raw {
    kinds: Kinds,
    #[serde(default)]
    health_care: Vec<String>,
}

const SOURCE: &str = include_str!("../../data/case_help.yaml");

fn lists() -> &'static Raw {
    static LISTS: OnceLock<Raw> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut raw: Raw = serde_saphyr::from_str(SOURCE).unwrap_or_default();
        let low = |v: &mut Vec<String>| v.iter_mut().for_each(|s| *s = s.to_lowercase());
        low(&mut raw.kinds.marketing);
        low(&mut raw.kinds.bookkeeping);
        low(&mut raw.kinds.recruitment);
        low(&mut raw.kinds.employment);
        low(&mut raw.kinds.membership);
        low(&mut raw.health_care);
        raw
    })
}

fn push_text(out: &mut String, t: Option<&Text>) {
    if let Some(t) = t {
        for (_, s) in t.variants() {
            out.push(' ');
            out.push_str(&s.to_lowercase());
        }
    }
}

/// The kind of the first list with a stem in `text` (already lower-cased).
fn kind_of_text(text: &str) -> Kind {
    let k = &lists().kinds;
    let has = |l: &[String]| l.iter().any(|w| text.contains(w.as_str()));
    if has(&k.marketing) {
        Kind::Marketing
    } else if has(&k.bookkeeping) {
        Kind::Bookkeeping
    } else if has(&k.recruitment) {
        Kind::Recruitment
    } else if has(&k.employment) {
        Kind::Employment
    } else if has(&k.membership) {
        Kind::Membership
    } else {
        Kind::Other
    }
}

fn purpose_text(p: &Purpose) -> String {
    let mut s = p.id.replace('-', " ");
    push_text(&mut s, Some(&p.name));
    push_text(&mut s, p.description.as_ref());
    s
}

/// The kind from an item's id and name, else from its description (a description often
/// mentions employees or customers in passing, so it only decides when the name says nothing).
fn kind_of_item(id: &str, name: &Text, description: Option<&Text>) -> Kind {
    let mut s = id.replace('-', " ");
    push_text(&mut s, Some(name));
    let k = kind_of_text(&s);
    if k != Kind::Other {
        return k;
    }
    let mut d = String::new();
    push_text(&mut d, description);
    kind_of_text(&d)
}

/// What a purpose is about, from its id and name, else its description.
pub fn purpose_kind(p: &Purpose) -> Kind {
    if p.direct_marketing {
        return Kind::Marketing;
    }
    kind_of_item(&p.id, &p.name, p.description.as_ref())
}

/// What a category is about: from its own id, name and description first, else from the
/// purposes that use it when they all agree.
pub fn category_kind(n: &Notice, c: &DataCategory) -> Kind {
    let own = kind_of_item(&c.id, &c.name, c.description.as_ref());
    if own != Kind::Other {
        return own;
    }
    let mut kinds = n
        .register
        .purposes
        .iter()
        .filter(|p| p.categories.iter().any(|id| id == &c.id))
        .map(purpose_kind);
    match kinds.next() {
        Some(first) if kinds.all(|k| k == first) => first,
        _ => Kind::Other,
    }
}

/// True when the notice shows that the controller gives health or social care: its register
/// name, the controller's name or a purpose names patients, a clinic, a practice….
pub fn health_care_controller(n: &Notice) -> bool {
    let mut s = String::new();
    push_text(&mut s, Some(&n.register.meta.name));
    if let Some(c) = n.controller() {
        push_text(&mut s, Some(&c.value.name));
    }
    for p in &n.register.purposes {
        s.push(' ');
        s.push_str(&purpose_text(p));
    }
    lists().health_care.iter().any(|w| s.contains(w.as_str()))
}

/// True when the register or its purposes are about members (a member register).
pub fn member_register(n: &Notice) -> bool {
    let mut s = String::new();
    push_text(&mut s, Some(&n.register.meta.name));
    for p in &n.register.purposes {
        s.push(' ');
        s.push_str(&purpose_text(p));
    }
    lists()
        .kinds
        .membership
        .iter()
        .any(|w| s.contains(w.as_str()))
}

/// The language examples are written in: the notice's first language when seloste has
/// examples in it (fi, sv, en), else English.
pub fn example_lang(n: &Notice) -> &'static str {
    match n.languages().first().map(String::as_str) {
        Some("fi") => "fi",
        Some("sv") => "sv",
        _ => "en",
    }
}

/// One example in the notice's language: `pick(lang, fi, sv, en)`.
pub fn pick(lang: &str, fi: &'static str, sv: &'static str, en: &'static str) -> &'static str {
    match lang {
        "fi" => fi,
        "sv" => sv,
        _ => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_load() {
        let l = lists();
        assert!(!l.kinds.marketing.is_empty() && !l.kinds.bookkeeping.is_empty());
        assert!(!l.health_care.is_empty());
    }

    #[test]
    fn texts_get_their_kind_in_three_languages() {
        let k = |s: &str| kind_of_text(&s.to_lowercase());
        assert_eq!(k("Uutiskirjeen lähettäminen"), Kind::Marketing);
        assert_eq!(k("Suoramarkkinointi asiakkaille"), Kind::Marketing);
        assert_eq!(k("Utskick av nyhetsbrev"), Kind::Marketing);
        assert_eq!(k("Kirjanpidon hoitaminen"), Kind::Bookkeeping);
        assert_eq!(k("Bokföringen och faktureringen"), Kind::Bookkeeping);
        assert_eq!(k("Invoicing and accounting"), Kind::Bookkeeping);
        assert_eq!(
            k("Työnhakijoiden hakemusten käsittely rekrytoinnissa"),
            Kind::Recruitment
        );
        assert_eq!(k("Palkanlaskenta ja työsuhteen hoito"), Kind::Employment);
        assert_eq!(k("Jäsenrekisterin ylläpito"), Kind::Membership);
        assert_eq!(k("Medlemsregister"), Kind::Membership);
        assert_eq!(k("Asiakassuhteen hoito"), Kind::Other);
        assert_eq!(k("Tilausten toimittaminen"), Kind::Other);
    }
}
