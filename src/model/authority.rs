//! Built-in supervisory authorities (`data/authorities/<id>.yaml`, embedded at build
//! time): the body people may complain to (Art 13(2)(d), 14(2)(e)), referred to from a
//! register or organisation file by id (`authority: fi`). Every EEA authority, the UK's and
//! Switzerland's, and Germany's federal and Land authorities; data/authorities/README.md
//! says how ids are formed and where each fact was checked.

use super::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The supervisory authority a register or organisation file names: a built-in one by
/// id, or one written out for a case the built-in data lacks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(example = &"fi")]
pub enum AuthorityRef {
    /// The id of a built-in authority: a country's ISO code in lower case (`fi`, `se`,
    /// `ie`), `de-<Land>` for a German Land's (`de-by`); a wrong id is answered with the list.
    Id(String),
    /// An authority seloste has no data for, written out (name, addresses, web).
    Custom(CustomAuthority),
}

/// A supervisory authority written out in the register, for a case the built-in data
/// lacks (a regional authority, a church's own authority). Printed like a built-in one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"name": {"es": "Autoritat Catalana de Protecció de Dades", "en": "Catalan Data Protection Authority"}, "country": "ES", "web": "https://apdcat.gencat.cat"}))]
pub struct CustomAuthority {
    /// The authority's official name.
    #[schemars(example = serde_json::json!({"en": "Catalan Data Protection Authority"}))]
    pub name: Text,
    /// The country whose authority it is (ISO 3166-1 alpha-2), compared with the controller's.
    #[schemars(regex(pattern = r"^[A-Z]{2}$"), example = &"ES")]
    pub country: Option<String>,
    /// Street address for visits.
    #[schemars(example = &"Calle Ejemplo 1, 08001 Barcelona")]
    pub visiting_address: Option<Text>,
    /// Postal address.
    #[schemars(example = &"Apartado 100, 08080 Barcelona")]
    pub postal_address: Option<Text>,
    /// Telephone number, in international form.
    #[schemars(example = &"+34 900 000 000")]
    pub phone: Option<String>,
    /// E-mail address.
    #[schemars(example = &"complaints@dpa.example.org")]
    pub email: Option<String>,
    /// Home page.
    #[schemars(example = &"https://dpa.example.org")]
    pub web: Option<Text>,
    /// The page (or form) for lodging a complaint.
    #[schemars(example = &"https://dpa.example.org/complaints")]
    pub complaint_web: Option<Text>,
}

/// A supervisory authority and how to reach it, per language.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// The id registers use, e.g. `fi`.
    pub id: String,
    /// Country (ISO 3166-1 alpha-2).
    pub country: String,
    pub name: Text,
    pub visiting_address: Option<Text>,
    pub postal_address: Option<Text>,
    pub phone: Option<Text>,
    pub email: Option<String>,
    /// The home page.
    pub web: Option<Text>,
    /// The page (or form) for lodging a complaint, where the authority publishes one.
    pub complaint_web: Option<Text>,
    /// The date the entry was last checked against its sources (`YYYY-MM-DD`).
    pub checked: Option<String>,
    /// The pages the entry was checked against.
    #[serde(default)]
    pub source: Vec<String>,
    /// Addresses the authority no longer has, as notices still give them, each with the
    /// field of today's address that replaces it (the `authority-address` rule's fix).
    #[serde(default)]
    pub former_addresses: Vec<FormerAddress>,
}

/// An address an authority no longer has ([`Authority::former_addresses`]).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerAddress {
    /// A regular expression for the whole address as a text gives it (case is ignored).
    pub regex: String,
    /// The field of the authority's current details that replaces it.
    pub current: CurrentAddress,
    #[serde(skip)]
    compiled: OnceLock<Option<regex::Regex>>,
}

/// Which of an authority's current addresses replaces a former one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CurrentAddress {
    VisitingAddress,
    PostalAddress,
}

impl FormerAddress {
    /// The compiled pattern; `None` when it does not compile (a unit test checks that
    /// every built-in one does).
    pub fn re(&self) -> Option<&regex::Regex> {
        self.compiled
            .get_or_init(|| regex::Regex::new(&format!("(?i){}", self.regex)).ok())
            .as_ref()
    }
}

impl Authority {
    /// The current address that replaces a former one, in `lang` (English when the entry
    /// has none in it, as when it is printed).
    pub fn current_address(&self, which: CurrentAddress, lang: &str) -> Option<&str> {
        let text = match which {
            CurrentAddress::VisitingAddress => self.visiting_address.as_ref(),
            CurrentAddress::PostalAddress => self.postal_address.as_ref(),
        }?;
        text.get(lang).or_else(|| text.get("en"))
    }

    /// The former address in `text` that covers the bytes `start..end`, the longest when
    /// several do, and the current address (in `lang`) that replaces it.
    pub fn former_address_at(
        &self,
        text: &str,
        start: usize,
        end: usize,
        lang: &str,
    ) -> Option<(usize, usize, &str)> {
        self.former_addresses
            .iter()
            .filter_map(|f| {
                let re = f.re()?;
                let m = re
                    .find_iter(text)
                    .find(|m| m.start() <= start && end <= m.end())?;
                Some((m.start(), m.end(), self.current_address(f.current, lang)?))
            })
            .max_by_key(|(s, e, _)| (e - s, std::cmp::Reverse(*s)))
    }
}

/// The built-in authority files, by file name (without `.yaml`), which is the id.
macro_rules! authority_files {
    ($($id:literal),* $(,)?) => {
        &[$(($id, include_str!(concat!("../../data/authorities/", $id, ".yaml")))),*]
    };
}

const FILES: &[(&str, &str)] = authority_files![
    // In id order (the order `authority`'s help lists them in): the EU 27, the EEA EFTA
    // states (is, li, no), gb and ch outside the EEA, and the German Länder (de-<ISO
    // 3166-2:DE code>, Bavaria's public-sector authority as de-by-public).
    "at",
    "be",
    "bg",
    "ch",
    "cy",
    "cz",
    "de",
    "de-bb",
    "de-be",
    "de-bw",
    "de-by",
    "de-by-public",
    "de-hb",
    "de-he",
    "de-hh",
    "de-mv",
    "de-ni",
    "de-nw",
    "de-rp",
    "de-sh",
    "de-sl",
    "de-sn",
    "de-st",
    "de-th",
    "dk",
    "ee",
    "es",
    "fi",
    "fr",
    "gb",
    "gr",
    "hr",
    "hu",
    "ie",
    "is",
    "it",
    "li",
    "lt",
    "lu",
    "lv",
    "mt",
    "nl",
    "no",
    "pl",
    "pt",
    "ro",
    "se",
    "si",
    "sk",
];

fn parse_all() -> Vec<Result<Authority, String>> {
    FILES
        .iter()
        .map(|(file, s)| {
            serde_saphyr::from_str::<Authority>(s).map_err(|e| format!("{file}.yaml: {e}"))
        })
        .collect()
}

/// Every built-in authority. (The files are built in and checked by a unit test; a file
/// that failed to parse would be left out rather than the program panicking.)
pub fn authorities() -> &'static [Authority] {
    static ALL: OnceLock<Vec<Authority>> = OnceLock::new();
    ALL.get_or_init(|| parse_all().into_iter().filter_map(Result::ok).collect())
}

/// The built-in authority with this id.
pub fn authority(id: &str) -> Option<&'static Authority> {
    authorities().iter().find(|a| a.id == id)
}

/// The ids of the built-in authorities.
pub fn ids() -> Vec<&'static str> {
    authorities().iter().map(|a| a.id.as_str()).collect()
}

/// The built-in authority a controller in `country` (ISO 3166-1 alpha-2) answers to when
/// its register names none: the national one, whose id is the code in lower case. For
/// Germany that is the federal `de`; a Land's authority must be named. Åland (`AX`) is part
/// of Finland: its businesses answer to the Finnish Ombudsman (Åland's own Data Inspectorate
/// supervises only the Åland government and municipalities, and must then be named).
pub fn of_country(country: &str) -> Option<&'static Authority> {
    let country = match country.trim() {
        c if c.eq_ignore_ascii_case("AX") => "FI",
        c => c,
    };
    authority(&country.to_ascii_lowercase()).filter(|a| a.country.eq_ignore_ascii_case(country))
}

/// The country an address names (ISO 3166-1 alpha-2), or `None` when it names none:
/// - a country written last, on its own line or after a comma, by its name in Finnish,
///   Swedish or English ("…, Dublin 2, Ireland", "…, 00100 Helsinki, Suomi");
/// - a postcode written with its country's code ("FI-00100 Helsinki", "SE-111 22");
/// - a Finnish address: a postcode of five digits before the town, with a Finnish street
///   or post-box word ("Puistokatu 4, 70110 Kuopio", "PL 12, 34801 Kivikoski"). A
///   Swedish street word ("Hamngatan 5, 10300 Karis") is not enough on its own: it
///   reads the same in Sweden.
pub fn country_in_address(address: &str) -> Option<String> {
    let last = address
        .rsplit([',', '\n'])
        .map(|s| s.trim().trim_end_matches('.').trim())
        .find(|s| !s.is_empty())?;
    if let Some(code) = super::names::country_code(last) {
        return Some(code);
    }
    let words: Vec<&str> = address
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in &words {
        if let Some((cc, rest)) = w.split_once('-')
            && cc.len() == 2
            && cc.chars().all(|c| c.is_ascii_uppercase())
            && rest.starts_with(|c: char| c.is_ascii_digit())
            && super::names::country(cc, "en").is_some()
        {
            return Some(cc.to_string());
        }
    }
    finnish_address(&words).then(|| "FI".to_string())
}

/// Endings of Finnish street names ("Puistokatu", "Pihlajatie", "Hatanpään valtatie").
const FINNISH_STREETS: &[&str] = &[
    "katu",
    "tie",
    "kuja",
    "polku",
    "raitti",
    "väylä",
    "kaari",
    "aukio",
    "puistikko",
    "esplanadi",
    "bulevardi",
    "rinne",
];

/// True for an address written the Finnish way: five digits standing alone and followed
/// by the town, and a Finnish street name before its number or a post box (`PL 12`;
/// `PB 12`, which Sweden writes `Box 12`).
fn finnish_address(words: &[&str]) -> bool {
    let postcode = words.windows(2).any(|w| {
        w[0].len() == 5
            && w[0].chars().all(|c| c.is_ascii_digit())
            && w[1].starts_with(char::is_alphabetic)
    });
    let street = words.windows(2).any(|w| {
        let street = w[0].to_lowercase();
        FINNISH_STREETS.iter().any(|e| street.ends_with(e))
            && w[1].starts_with(|c: char| c.is_ascii_digit())
    });
    let post_box = words
        .windows(2)
        .any(|w| matches!(w[0], "PL" | "PB") && w[1].chars().all(|c| c.is_ascii_digit()));
    postcode && (street || post_box)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn built_in_authorities_parse() {
        for r in parse_all() {
            r.expect("authority file parses");
        }
        assert_eq!(authorities().len(), FILES.len());
        let fi = authority("fi").expect("fi is built in");
        assert_eq!(fi.name.get("fi"), Some("Tietosuojavaltuutetun toimisto"));
        assert_eq!(
            fi.visiting_address.as_ref().and_then(|t| t.get("fi")),
            Some("Lintulahdenkuja 4, 00530 Helsinki")
        );
        assert_eq!(
            fi.postal_address.as_ref().and_then(|t| t.get("en")),
            Some("P.O. Box 800, FI-00531 Helsinki")
        );
        assert_eq!(fi.email.as_deref(), Some("tietosuoja@om.fi"));
        assert!(authority("xx").is_none());
    }

    /// Every former address compiles and names a current address the entry has; the
    /// Finnish ones are replaced whole, by the address of the same kind.
    #[test]
    fn former_addresses_give_the_current_one() {
        for a in authorities() {
            for f in &a.former_addresses {
                assert!(f.re().is_some(), "{}: {}", a.id, f.regex);
                for lang in ["fi", "sv", "en"] {
                    assert!(a.current_address(f.current, lang).is_some(), "{}", a.id);
                }
            }
        }
        let fi = authority("fi").expect("fi is built in");
        let fix = |text: &str, part: &str, lang: &str| {
            let at = text.find(part).expect("part in text");
            fi.former_address_at(text, at, at + part.len(), lang)
                .map(|(s, e, new)| format!("{}{new}{}", &text[..s], &text[e..]))
        };
        for (text, part, lang, want) in [
            (
                "Tietosuojavaltuutettu, PL 800, 00521 Helsinki, p. 029 566 6700.",
                "00521",
                "fi",
                "Tietosuojavaltuutettu, PL 800, 00531 Helsinki, p. 029 566 6700.",
            ),
            (
                "Tietosuojavaltuutetun toimisto, PL 800, Ratapihantie 9, 00521 Helsinki",
                "Ratapihantie 9",
                "fi",
                "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki",
            ),
            (
                "Tietosuojavaltuutetun toimisto. Ratapihantie 9, 00520 Helsinki",
                "00520",
                "fi",
                "Tietosuojavaltuutetun toimisto. Lintulahdenkuja 4, 00530 Helsinki",
            ),
            (
                "Dataombudsmannens byrå, PB 800, 00521 Helsingfors.",
                "00521",
                "sv",
                "Dataombudsmannens byrå, PB 800, 00531 Helsingfors.",
            ),
            (
                "the Data Protection Ombudsman (Lintulahdenkatu 4, 00530 Helsinki).",
                "Lintulahdenkatu 4",
                "en",
                "the Data Protection Ombudsman (Lintulahdenkuja 4, 00530 Helsinki).",
            ),
            (
                "the Finnish data protection authority, Ratapihantie 9, Helsinki.",
                "Ratapihantie 9",
                "en",
                "the Finnish data protection authority, Lintulahdenkuja 4, 00530 Helsinki.",
            ),
            (
                "Tietosuojavaltuutettu, 00521 Helsinki",
                "00521",
                "fi",
                "Tietosuojavaltuutettu, PL 800, 00531 Helsinki",
            ),
        ] {
            assert_eq!(fix(text, part, lang).as_deref(), Some(want), "{text}");
        }
        // A postcode alone, without its town: where the address ends is not known.
        assert_eq!(fix("Postinumero 00521.", "00521", "fi"), None);
    }

    /// The country an address names: last, as a postcode prefix, or by the Finnish form;
    /// nothing else is taken for Finland.
    #[test]
    fn the_country_is_read_from_an_address() {
        let of = |a: &str| country_in_address(a);
        assert_eq!(
            of("21 Fitzwilliam Square South, Dublin 2, Ireland").as_deref(),
            Some("IE")
        );
        assert_eq!(
            of("Storgatan 65, 953 31 Haparanda, Sverige").as_deref(),
            Some("SE")
        );
        assert_eq!(
            of("Storgatan 65\n953 31 Haparanda\nRuotsi").as_deref(),
            Some("SE")
        );
        assert_eq!(
            of("Arabiankatu 12, 00560 Helsinki, Finland.").as_deref(),
            Some("FI")
        );
        assert_eq!(
            of("Fredrikinkatu 42 A, FI-00100 Helsinki").as_deref(),
            Some("FI")
        );
        assert_eq!(
            of("Storgatan 65, SE-953 31 Haparanda").as_deref(),
            Some("SE")
        );
        assert_eq!(of("Puistokatu 4, 70110 Kuopio").as_deref(), Some("FI"));
        assert_eq!(
            of("Hatanpään valtatie 24, 33100 Tampere").as_deref(),
            Some("FI")
        );
        assert_eq!(
            of("Kivikosken seurakunta, PL 12, 34801 Kivikoski").as_deref(),
            Some("FI")
        );
        assert_eq!(
            of("Strandby kommun, PB 20, 66101 Strandby").as_deref(),
            Some("FI")
        );
        // Five digits alone say nothing: Germany, Italy, Spain, Estonia write them too.
        assert_eq!(of("Marienplatz 1, 80331 München"), None);
        assert_eq!(of("Via dei Pastori 5, 00100 Roma"), None);
        assert_eq!(of("Pärnu mnt 10, 10148 Tallinn"), None);
        // A Swedish street name reads the same in Sweden and in Finland.
        assert_eq!(of("Hamngatan 5, 10300 Karis"), None);
        // A Finnish street with no postcode, a template's leftovers, nothing.
        assert_eq!(of("Koivukuja 5"), None);
        assert_eq!(of("Katuosoite, 00000 Kaupunki"), None);
        assert_eq!(of("[Street address], [Postcode] [City]"), None);
        assert_eq!(of(""), None);
    }

    /// With no authority named, a controller's country gives its national authority:
    /// Germany's is the federal one.
    #[test]
    fn a_country_gives_its_national_authority() {
        assert_eq!(of_country("FI").map(|a| a.id.as_str()), Some("fi"));
        assert_eq!(of_country("IE").map(|a| a.id.as_str()), Some("ie"));
        assert_eq!(of_country("DE").map(|a| a.id.as_str()), Some("de"));
        assert_eq!(of_country("GB").map(|a| a.id.as_str()), Some("gb"));
        assert_eq!(of_country("AX").map(|a| a.id.as_str()), Some("fi"));
        assert!(of_country("US").is_none());
        assert!(of_country("").is_none());
        assert!(of_country("de-by").is_none());
    }

    /// Every file in data/authorities/ is built in, under its own name as its id, once.
    #[test]
    fn ids_are_file_names_and_unique() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/authorities");
        let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
            .expect("data/authorities exists")
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".yaml").map(str::to_string)
            })
            .collect();
        let listed: BTreeSet<String> = FILES.iter().map(|(f, _)| f.to_string()).collect();
        assert_eq!(listed.len(), FILES.len(), "a file is listed twice in FILES");
        assert_eq!(listed, on_disk, "FILES and data/authorities/*.yaml differ");
        for ((file, _), a) in FILES.iter().zip(authorities()) {
            assert_eq!(&a.id, file, "{file}.yaml: the id is not the file name");
        }
    }

    /// The EEA's 30 states, the UK and Switzerland each have their national authority, and
    /// every other id is a German Land's (`de-` and an ISO 3166-2:DE code).
    #[test]
    fn every_eea_state_has_its_authority() {
        const NATIONAL: &[&str] = &[
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS",
            "LI", "NO", "GB", "CH",
        ];
        const LANDS: &[&str] = &[
            "bb", "be", "bw", "by", "hb", "he", "hh", "mv", "ni", "nw", "rp", "sh", "sl", "sn",
            "st", "th",
        ];
        for code in NATIONAL {
            let a = authority(&code.to_lowercase())
                .unwrap_or_else(|| panic!("no authority for {code}"));
            assert_eq!(&a.country, code);
        }
        for land in LANDS {
            let a = authority(&format!("de-{land}"))
                .unwrap_or_else(|| panic!("no authority for DE-{land}"));
            assert_eq!(a.country, "DE");
        }
        for a in authorities() {
            let national = a.id == a.country.to_lowercase();
            let land = a
                .id
                .strip_prefix("de-")
                .is_some_and(|rest| LANDS.contains(&rest.strip_suffix("-public").unwrap_or(rest)));
            assert!(
                national || land,
                "{}: not a country code nor de-<land>",
                a.id
            );
        }
    }

    /// Each entry names an ISO 3166-1 country, has an English name, a home page, the date it
    /// was checked and the https sources it was checked against.
    #[test]
    fn every_entry_is_complete_and_sourced() {
        for a in authorities() {
            let id = &a.id;
            assert!(
                a.country.len() == 2
                    && a.country.chars().all(|c| c.is_ascii_uppercase())
                    && crate::model::names::country(&a.country, "en").is_some(),
                "{id}: country {:?} is not an ISO 3166-1 alpha-2 code",
                a.country
            );
            assert!(
                a.name.get("en").is_some_and(|n| !n.trim().is_empty()),
                "{id}: no name in en"
            );
            for (what, t) in [("web", &a.web), ("complaint_web", &a.complaint_web)] {
                if let Some(t) = t {
                    for (_, url) in t.variants() {
                        assert!(
                            url.starts_with("https://"),
                            "{id}: {what} {url:?} is not https"
                        );
                    }
                }
            }
            assert!(a.web.is_some(), "{id}: no web");
            let checked = a
                .checked
                .as_deref()
                .unwrap_or_else(|| panic!("{id}: no checked date"));
            let b = checked.as_bytes();
            assert!(
                b.len() == 10
                    && b[4] == b'-'
                    && b[7] == b'-'
                    && b.iter()
                        .enumerate()
                        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()),
                "{id}: checked {checked:?} is not YYYY-MM-DD"
            );
            assert!(!a.source.is_empty(), "{id}: no source");
            for s in &a.source {
                assert!(
                    s.starts_with("https://") || s.starts_with("http://"),
                    "{id}: source {s:?} is not a URL"
                );
            }
            if let Some(e) = &a.email {
                assert!(e.contains('@') && !e.contains(' '), "{id}: email {e:?}");
            }
            if let Some(p) = &a.phone {
                for (lang, n) in p.variants() {
                    // National form only beside an international one (fi's `fi`/`sv`).
                    if lang.is_none() || lang == Some("en") {
                        assert!(n.starts_with('+'), "{id}: phone {n:?} is not international");
                    }
                }
            }
        }
    }
}
