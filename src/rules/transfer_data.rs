//! Facts about transfers outside the EU/EEA, kept as data in `data/transfers.yaml`
//! (embedded at build time) so one edit updates every rule that uses them.

use crate::diagnostic::Msg;
use crate::model::Date;
use serde::Deserialize;
use std::sync::OnceLock;

/// The contents of `data/transfers.yaml`.
#[derive(Debug, Deserialize)]
pub struct TransferFacts {
    pub eu_eea: Vec<Country>,
    pub adequacy: Vec<Adequacy>,
    #[serde(default)]
    pub adequate_organisations: Vec<Adequacy>,
    pub privacy_shield: PrivacyShield,
    pub dpf: Dpf,
    pub sccs: Sccs,
}

/// An EU or EEA state.
#[derive(Debug, Deserialize)]
pub struct Country {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub eea_only: bool,
}

/// An adequacy decision (Art 45).
#[derive(Debug, Deserialize)]
pub struct Adequacy {
    #[serde(default)]
    pub code: Option<String>,
    pub name: String,
    pub decision: String,
    pub date: String,
    /// The decision applies from this date.
    #[serde(default)]
    pub from: Option<String>,
    /// The decision expires after this date.
    #[serde(default)]
    pub until: Option<String>,
    /// Only this transfer mechanism may rely on the decision (e.g. `dpf` for the US).
    #[serde(default)]
    pub mechanism: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Adequacy {
    pub fn from_date(&self) -> Option<Date> {
        self.from.as_deref().and_then(Date::parse)
    }
    pub fn until_date(&self) -> Option<Date> {
        self.until.as_deref().and_then(Date::parse)
    }
}

#[derive(Debug, Deserialize)]
pub struct PrivacyShield {
    pub decision: String,
    pub invalidated: String,
    pub case: String,
}

#[derive(Debug, Deserialize)]
pub struct Dpf {
    pub decision: String,
    pub date: String,
    pub list: String,
}

#[derive(Debug, Deserialize)]
pub struct Sccs {
    pub decision: String,
    pub date: String,
    pub modules: String,
    pub old_decisions: String,
    pub old_transition_end: String,
}

const SOURCE: &str = include_str!("../../data/transfers.yaml");

fn parse() -> Result<TransferFacts, String> {
    serde_saphyr::from_str(SOURCE).map_err(|e| e.to_string())
}

/// The transfer facts, parsed once. The file is built in and checked by a unit test; if it
/// ever failed to parse, the lists are empty rather than the program panicking.
pub fn facts() -> &'static TransferFacts {
    static FACTS: OnceLock<TransferFacts> = OnceLock::new();
    FACTS.get_or_init(|| {
        parse().unwrap_or_else(|_| TransferFacts {
            eu_eea: Vec::new(),
            adequacy: Vec::new(),
            adequate_organisations: Vec::new(),
            privacy_shield: PrivacyShield {
                decision: "(EU) 2016/1250".into(),
                invalidated: "2020-07-16".into(),
                case: "C-311/18".into(),
            },
            dpf: Dpf {
                decision: "(EU) 2023/1795".into(),
                date: "2023-07-10".into(),
                list: String::new(),
            },
            sccs: Sccs {
                decision: "(EU) 2021/914".into(),
                date: "2021-06-04".into(),
                modules: String::new(),
                old_decisions: String::new(),
                old_transition_end: "2022-12-27".into(),
            },
        })
    })
}

/// True when `code` is an EU member state or an EEA state.
pub fn in_eu_eea(code: &str) -> bool {
    facts().eu_eea.iter().any(|c| c.code == code)
}

/// The EU/EEA state with this code.
pub fn eu_eea_country(code: &str) -> Option<&'static Country> {
    facts().eu_eea.iter().find(|c| c.code == code)
}

/// The adequacy decision for a country code, if there is one.
pub fn adequacy(code: &str) -> Option<&'static Adequacy> {
    facts()
        .adequacy
        .iter()
        .find(|a| a.code.as_deref() == Some(code))
}

/// The codes of the countries with an adequacy decision of their own (usable with mechanism
/// `adequacy`), in the data's order.
pub fn adequacy_codes() -> Vec<String> {
    facts()
        .adequacy
        .iter()
        .filter(|a| a.mechanism.is_none())
        .filter_map(|a| a.code.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_is_complete() {
        let f = parse().expect("data/transfers.yaml parses");
        for code in ["JP", "GB", "CH", "BR", "US", "KR", "NZ"] {
            assert!(
                f.adequacy.iter().any(|a| a.code.as_deref() == Some(code)),
                "{code} missing"
            );
        }
        let eu = [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO",
        ];
        // The 30 states and 7 parts of them with ISO codes of their own (Åland, the French
        // outermost regions).
        assert_eq!(f.eu_eea.len(), 37);
        for code in eu.iter().chain(&["AX", "RE"]) {
            assert!(in_eu_eea(code), "{code} missing from eu_eea");
        }
        for a in f.adequacy.iter().chain(&f.adequate_organisations) {
            assert!(Date::parse(&a.date).is_some(), "{}: bad date", a.name);
            assert!(a.from.as_deref().is_none_or(|d| Date::parse(d).is_some()));
            assert!(a.until.as_deref().is_none_or(|d| Date::parse(d).is_some()));
        }
        assert_eq!(adequacy("GB").unwrap().until.as_deref(), Some("2031-12-27"));
        assert_eq!(adequacy("US").unwrap().mechanism.as_deref(), Some("dpf"));
        assert!(!in_eu_eea("US"));
        assert!(
            f.adequate_organisations
                .iter()
                .any(|o| o.name == "European Patent Organisation")
        );
        assert_eq!(f.privacy_shield.invalidated, "2020-07-16");
        assert_eq!(f.sccs.old_transition_end, "2022-12-27");
        assert_eq!(f.sccs.date, "2021-06-04");
    }
}

/// A date of the facts (`YYYY-MM-DD`) as the officer's language writes it; another form as
/// it is.
pub fn fact_date(iso: &str) -> Msg {
    match Date::parse(iso) {
        Some(d) => crate::msg!(
            "fact-date",
            iso = iso,
            day = d.day,
            month = d.month,
            year = d.year
        ),
        None => Msg::Raw(iso.to_string()),
    }
}

/// "(EU) 2021/914" of "Commission Implementing Decision (EU) 2021/914": the number, which the
/// Finnish and Swedish sentences put after their own words for the decision.
pub fn decision_number(decision: &str) -> &str {
    decision.find("(EU)").map_or(decision, |i| &decision[i..])
}
