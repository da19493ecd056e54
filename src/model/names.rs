//! Country names in any language, from CLDR through ICU4X's display names (compiled in: no
//! data is read or downloaded at run time). The notices name a recipient's country with
//! them, and the reporters name the countries of a finding in the officer's language.

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::subtags::Region;
use std::cell::RefCell;
use std::collections::HashMap;

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
    fn an_unknown_code_or_language_has_no_name() {
        assert_eq!(country("ZZZ", "fi"), None);
        assert_eq!(country("us", "fi"), country("US", "fi"));
        assert_eq!(country("", "fi"), None);
        assert_eq!(country("US", "not a language"), None);
    }
}
