//! Built-in supervisory authorities (`data/authorities/<id>.yaml`, embedded at build
//! time): the body people may complain to (Art 13(2)(d), 14(2)(e)), referred to from a
//! register or organisation file by id (`authority: fi`).

use super::text::Text;
use serde::Deserialize;
use std::sync::OnceLock;

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
    pub web: Option<Text>,
}

/// The built-in authority files.
const FILES: &[&str] = &[include_str!("../../data/authorities/fi.yaml")];

fn parse_all() -> Vec<Result<Authority, String>> {
    FILES
        .iter()
        .map(|s| serde_saphyr::from_str::<Authority>(s).map_err(|e| e.to_string()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_authorities_parse() {
        for r in parse_all() {
            r.expect("authority file parses");
        }
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
}
