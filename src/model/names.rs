//! Country and language names in any language, from CLDR through ICU4X's display names
//! (compiled in: no data is read or downloaded at run time). The notices name a recipient's
//! country with them, the reporters name the countries of a finding in the officer's
//! language, and the loader turns a name written where a code belongs back into the code.

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_locale_core::subtags::{Language, Region};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The name of the country `code` (ISO 3166-1 alpha-2, e.g. `US`) in `lang` (e.g. `fi`), or
/// `None` for a code CLDR does not know or a language it has no names in.
pub fn country(code: &str, lang: &str) -> Option<String> {
    let region: Region = code.parse().ok()?;
    // ICU4X's names are not `Sync`: each thread keeps the languages it has asked for (a
    // handful; making one only points into the compiled-in data).
    thread_local! {
        static NAMES: RefCell<HashMap<String, Option<RegionDisplayNames>>> =
            RefCell::new(HashMap::new());
    }
    NAMES.with_borrow_mut(|all| {
        all.entry(lang.to_string())
            .or_insert_with(|| {
                let locale: icu_locale_core::Locale = lang.parse().ok()?;
                RegionDisplayNames::try_new(locale.into(), DisplayNamesOptions::default()).ok()
            })
            .as_ref()?
            .of(region)
            .map(str::to_string)
    })
}

/// The name of the language `code` (ISO 639, e.g. `sv`) in `lang`, or `None`.
pub fn language(code: &str, lang: &str) -> Option<String> {
    let language: Language = code.parse().ok()?;
    thread_local! {
        static NAMES: RefCell<HashMap<String, Option<LanguageDisplayNames>>> =
            RefCell::new(HashMap::new());
    }
    NAMES.with_borrow_mut(|all| {
        all.entry(lang.to_string())
            .or_insert_with(|| {
                let locale: icu_locale_core::Locale = lang.parse().ok()?;
                LanguageDisplayNames::try_new(locale.into(), DisplayNamesOptions::default()).ok()
            })
            .as_ref()?
            .of(language)
            .map(str::to_string)
    })
}

/// The languages whose language names [`language_code`] knows.
const NAMED_IN: [&str; 3] = ["fi", "sv", "en"];

/// The languages whose country names [`country_code`] knows: Finnish, Swedish and English
/// first (their names win a clash), then the official languages of the other EEA states
/// and Switzerland, as their addresses write their own country ("…, Deutschland").
const COUNTRIES_NAMED_IN: [&str; 27] = [
    "fi", "sv", "en", "de", "fr", "it", "es", "pt", "nl", "da", "nb", "nn", "is", "et", "lv", "lt",
    "pl", "cs", "sk", "sl", "hr", "hu", "ro", "bg", "el", "mt", "ga",
];

/// Every two-letter code `AA`..`ZZ` in the case `upper` says.
fn two_letter_codes(upper: bool) -> impl Iterator<Item = String> {
    let base = if upper { b'A' } else { b'a' };
    (0..26u8).flat_map(move |a| {
        (0..26u8).map(move |b| String::from_utf8(vec![base + a, base + b]).unwrap_or_default())
    })
}

/// Names (in lower case) to codes, from every two-letter code CLDR names in `langs`; a name
/// two codes share keeps the code of the earlier language.
fn by_name(
    names: impl Fn(&str, &str) -> Option<String>,
    upper: bool,
    langs: &[&str],
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for lang in langs {
        for code in two_letter_codes(upper) {
            if let Some(name) = names(&code, lang) {
                out.entry(name.to_lowercase()).or_insert(code);
            }
        }
    }
    out
}

/// The ISO 3166 code of a country written by its name in Finnish, Swedish, English or the
/// language of an EEA state ("Uusi-Seelanti" → `NZ`, "Deutschland" → `DE`), or `None`.
pub fn country_code(name: &str) -> Option<String> {
    static ALL: OnceLock<HashMap<String, String>> = OnceLock::new();
    ALL.get_or_init(|| by_name(country, true, &COUNTRIES_NAMED_IN))
        .get(&name.trim().to_lowercase())
        .cloned()
}

/// The ISO 639 code of a language written by its name in Finnish, Swedish or English
/// ("japani" → `ja`), or `None`.
pub fn language_code(name: &str) -> Option<String> {
    static ALL: OnceLock<HashMap<String, String>> = OnceLock::new();
    ALL.get_or_init(|| by_name(language, false, &NAMED_IN))
        .get(&name.trim().to_lowercase())
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::country;

    #[test]
    fn countries_are_named_in_each_language() {
        assert_eq!(country("US", "fi"), Some("Yhdysvallat".into()));
        assert_eq!(country("US", "sv"), Some("USA".into()));
        assert_eq!(country("US", "en"), Some("United States".into()));
        assert_eq!(country("CH", "sv"), Some("Schweiz".into()));
        assert_eq!(country("KR", "fi"), Some("Etelä-Korea".into()));
    }

    #[test]
    fn languages_are_named_and_names_give_codes() {
        use super::{country_code, language, language_code};
        assert_eq!(language("sv", "fi").as_deref(), Some("ruotsi"));
        assert_eq!(language("fi", "sv").as_deref(), Some("finska"));
        assert_eq!(language("se", "en").as_deref(), Some("Northern Sami"));
        assert_eq!(country_code("Uusi-Seelanti").as_deref(), Some("NZ"));
        assert_eq!(country_code(" nya zeeland ").as_deref(), Some("NZ"));
        assert_eq!(country_code("Japan").as_deref(), Some("JP"));
        assert_eq!(country_code("Atlantis"), None);
        // Addresses name their own country in their own language.
        assert_eq!(country_code("Deutschland").as_deref(), Some("DE"));
        assert_eq!(country_code("España").as_deref(), Some("ES"));
        assert_eq!(country_code("Polska").as_deref(), Some("PL"));
        // Finnish, Swedish and English names win a clash.
        assert_eq!(country_code("Ruotsi").as_deref(), Some("SE"));
        assert_eq!(language_code("japani").as_deref(), Some("ja"));
        assert_eq!(language_code("Estonian").as_deref(), Some("et"));
        assert_eq!(language_code("klingon"), None);
    }

    #[test]
    fn an_unknown_code_or_language_has_no_name() {
        assert_eq!(country("ZZZ", "fi"), None);
        assert_eq!(country("us", "fi"), country("US", "fi"));
        assert_eq!(country("", "fi"), None);
        assert_eq!(country("US", "not a language"), None);
    }
}
