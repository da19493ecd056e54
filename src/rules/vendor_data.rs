//! The vendor catalogue `data/vendors.yaml` (embedded at build time, parsed once): the
//! well-known services Finnish organisations name as recipients, with where their data goes.
//! `recipient-abroad` matches recipients to it, and `seloste init --vendor` fills recipients
//! and transfers from it. What each field means is in the comment at the top of the file and
//! in `data/vendors.md`.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// `true`, `false` or a word such as `unknown` / `not_applicable`.
#[derive(Debug, Deserialize, Clone, PartialEq)]
#[serde(untagged)]
pub enum Fact {
    Bool(bool),
    Word(String),
}

impl Fact {
    pub fn is_true(&self) -> bool {
        matches!(self, Fact::Bool(true))
    }
    pub fn is_false(&self) -> bool {
        matches!(self, Fact::Bool(false))
    }
}

/// A list of country codes, or `unknown`.
#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub enum Countries {
    List(Vec<String>),
    Word(String),
}

impl Countries {
    /// The known countries (empty when `unknown`).
    pub fn known(&self) -> &[String] {
        match self {
            Countries::List(l) => l,
            Countries::Word(_) => &[],
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct DpfFact {
    pub certified: Fact,
    pub organisation: String,
    pub as_of: String,
}

#[derive(Debug, Deserialize)]
pub struct Outdated {
    pub name: String,
    /// `name` lower-cased, spaces folded (see [`contains_name`]).
    #[serde(skip)]
    folded: String,
    pub replaced_by: String,
    pub kind: String,
    pub since: String,
}

/// One service of the catalogue.
#[derive(Debug, Deserialize)]
pub struct Vendor {
    pub id: String,
    pub names: Vec<String>,
    pub service: String,
    pub group: String,
    pub contracting_entity: String,
    pub entity_country: String,
    pub processing_outside_eea: Countries,
    pub stays_in_eea: Fact,
    pub dpf: DpfFact,
    pub outdated_entities: Vec<Outdated>,
    pub checked: String,
    pub source: String,
    pub notes: String,
}

impl Vendor {
    /// The service's usual name (its first name).
    pub fn brand(&self) -> &str {
        self.names.first().map(String::as_str).unwrap_or(&self.id)
    }

    /// The contracting entity, when the catalogue knows it.
    pub fn entity(&self) -> Option<&str> {
        Some(self.contracting_entity.as_str()).filter(|e| *e != "unknown")
    }

    /// The entity's country code, when known.
    pub fn entity_country(&self) -> Option<&str> {
        Some(self.entity_country.as_str()).filter(|c| c.len() == 2)
    }

    /// Every country outside the EU/EEA the data goes to: the entity's own country when it
    /// is outside, then the group's processing countries. Empty when nothing is known.
    pub fn countries_outside(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if let Some(c) = self.entity_country()
            && !super::transfer_data::in_eu_eea(c)
        {
            out.push(c);
        }
        for c in self.processing_outside_eea.known() {
            if !out.contains(&c.as_str()) && !super::transfer_data::in_eu_eea(c) {
                out.push(c);
            }
        }
        out
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct Matching {
    #[serde(default)]
    pub endings: Vec<String>,
    #[serde(default)]
    pub start_only: Vec<String>,
    #[serde(default)]
    pub never_alone: Vec<String>,
    #[serde(default)]
    pub eu_processing: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Raw {
    #[allow(dead_code)]
    schema_version: u32,
    vendors: Vec<Vendor>,
    #[serde(default)]
    matching: Matching,
}

/// A name ready to match: lower-cased (ASCII), with how it may be matched.
struct Name {
    vendor: usize,
    lower: String,
    start_only: bool,
}

/// The parsed catalogue with its name index.
pub struct Catalogue {
    pub vendors: Vec<Vendor>,
    names: Vec<Name>,
    /// Names by their first three bytes, so a recipient name is read once per word.
    index: HashMap<[u8; 3], Vec<usize>>,
    /// Names shorter than three bytes (none today), tried at every word.
    short: Vec<usize>,
    /// Vendor ids and names written as ids ("google-analytics"), for matching a recipient's
    /// `id` when its name matches nothing: name index (`start_only` names left out).
    by_slug: HashMap<String, usize>,
    endings: Vec<String>,
    /// Words saying the service is used with its data kept in the EU/EEA (compiled on first
    /// use: only recipients that match a vendor are read for them).
    eu_processing_src: Vec<String>,
    /// The factors of `eu_processing_src` (see [`super::factors`]) and each pattern, compiled
    /// when a text first holds its factors.
    eu_processing: OnceLock<(super::factors::Factors, Vec<super::word_cues::Lazy>)>,
}

/// A recipient matched to the catalogue.
pub struct VendorMatch<'c> {
    /// The entry whose name matched longest.
    pub vendor: &'c Vendor,
    /// Every entry that matched, longest first (e.g. Google Forms and Google Drive).
    pub all: Vec<&'c Vendor>,
    /// Outdated names of the matched entries that the recipient's name uses.
    pub outdated: Vec<&'c Outdated>,
    /// What to call the service in a message: the entry's brand, or for a recipient named
    /// only by an outdated entity, that entity's successor ("Google LLC").
    pub named: &'c str,
}

const SOURCE: &str = include_str!("../../data/vendors.yaml");

fn fold(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn key(s: &str) -> Option<[u8; 3]> {
    let b = s.as_bytes();
    (b.len() >= 3).then(|| [b[0], b[1], b[2]])
}

impl Catalogue {
    fn build(mut raw: Raw) -> Catalogue {
        for o in raw
            .vendors
            .iter_mut()
            .flat_map(|v| &mut v.outdated_entities)
        {
            o.folded = fold(&o.name);
        }
        let m = raw.matching;
        let start_only: Vec<String> = m.start_only.iter().map(|s| fold(s)).collect();
        let never: Vec<String> = m.never_alone.iter().map(|s| fold(s)).collect();
        let mut names = Vec::new();
        for (i, v) in raw.vendors.iter().enumerate() {
            for n in &v.names {
                let lower = fold(n);
                if lower.is_empty() || never.contains(&lower) {
                    continue;
                }
                names.push(Name {
                    vendor: i,
                    start_only: start_only.contains(&lower),
                    lower,
                });
            }
        }
        let mut index: HashMap<[u8; 3], Vec<usize>> = HashMap::new();
        let mut short = Vec::new();
        for (j, n) in names.iter().enumerate() {
            match key(&n.lower) {
                Some(k) => index.entry(k).or_default().push(j),
                None => short.push(j),
            }
        }
        let mut by_slug: HashMap<String, usize> = HashMap::new();
        for (j, n) in names.iter().enumerate() {
            if !n.start_only {
                by_slug.entry(raw.vendors[n.vendor].id.clone()).or_insert(j);
                by_slug.entry(slug(&n.lower)).or_insert(j);
            }
        }
        Catalogue {
            vendors: raw.vendors,
            names,
            index,
            short,
            by_slug,
            endings: m.endings.iter().map(|e| e.to_lowercase()).collect(),
            eu_processing_src: m.eu_processing.iter().map(|r| format!("(?i){r}")).collect(),
            eu_processing: OnceLock::new(),
        }
    }

    /// True when `text` says the service keeps the data in the EU/EEA ("Frankfurt region",
    /// "EU Data Boundary", "tiedot säilytetään EU:n alueella").
    pub fn says_eu_processing(&self, text: &str) -> bool {
        let (factors, patterns) = self.eu_processing.get_or_init(|| {
            let src = &self.eu_processing_src;
            let factors = super::factors::Factors::new(src.iter().map(String::as_str));
            (
                factors,
                src.iter()
                    .cloned()
                    .map(super::word_cues::Lazy::new)
                    .collect(),
            )
        });
        factors
            .candidates(text)
            .into_iter()
            .any(|i| patterns[i].re().is_some_and(|re| re.is_match(text)))
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Vendor> {
        self.vendors.iter().find(|v| v.id == id)
    }

    /// The entry a user means by `word`: its id, or one of its names written in any case or
    /// as an id ("mailchimp", "Google Analytics", "teams", "ms-teams").
    pub fn find(&self, word: &str) -> Option<&Vendor> {
        let want = slug(&fold(word));
        if want.is_empty() {
            return None;
        }
        self.get(&want).or_else(|| {
            self.vendors
                .iter()
                .find(|v| v.names.iter().any(|n| slug(&fold(n)) == want))
        })
    }

    /// True when `tail` (the letters right after a name) may end the name: nothing, or a
    /// Finnish case ending from the data.
    fn ending_ok(&self, tail: &str) -> bool {
        tail.is_empty() || self.endings.iter().any(|e| e == &tail.to_lowercase())
    }

    /// The names found in one text (a recipient's name in one language), as (name index,
    /// length). `text` is the original; matching is ASCII case-insensitive, on whole words.
    fn find_in(&self, text: &str, out: &mut Vec<(usize, usize)>) {
        let lower = text.to_ascii_lowercase();
        let lower = lower.as_bytes();
        let orig = text.as_bytes();
        // Where the name proper starts, after leading spaces and quotes.
        let first = text
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(text.len(), |(i, _)| i);
        let mut i = 0;
        while i < lower.len() {
            if !text.is_char_boundary(i) {
                i += 1;
                continue;
            }
            let at_word = i == 0 || {
                let prev = text[..i].chars().next_back().unwrap_or(' ');
                !prev.is_alphanumeric()
            };
            if !at_word {
                i += 1;
                continue;
            }
            let candidates = lower
                .get(i..i + 3)
                .and_then(|k| self.index.get(&[k[0], k[1], k[2]]))
                .into_iter()
                .flatten()
                .chain(self.short.iter());
            for &j in candidates {
                let n = &self.names[j];
                let nb = n.lower.as_bytes();
                if !matches_folded(&lower[i..], nb) {
                    continue;
                }
                let end = end_of_match(&lower[i..], nb) + i;
                let tail: String = text[end..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .collect();
                if !self.ending_ok(&tail) {
                    continue;
                }
                if n.start_only {
                    // At the start of the name or of a bracket, and written with a capital.
                    let before = text[..i].trim_end();
                    let starts = i == first || before.ends_with('(') || before.ends_with('[');
                    if !starts || !orig[i].is_ascii_uppercase() {
                        continue;
                    }
                }
                out.push((j, end - i));
            }
            i += 1;
        }
    }

    /// Matches a recipient by its `id` and the texts of its `name`.
    pub fn match_recipient<'c>(&'c self, id: &str, names: &[&str]) -> Option<VendorMatch<'c>> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for text in names {
            self.find_in(text, &mut found);
        }
        if found.is_empty() {
            // The id alone: the vendor's id or a name written as an id ("google-analytics").
            if let Some(&j) = self.by_slug.get(id) {
                found.push((j, self.names[j].lower.len()));
            }
        }
        let mut vendors: Vec<(usize, usize)> = Vec::new();
        for (j, len) in found {
            let v = self.names[j].vendor;
            match vendors.iter_mut().find(|(w, _)| *w == v) {
                Some(e) => e.1 = e.1.max(len),
                None => vendors.push((v, len)),
            }
        }
        if vendors.is_empty() {
            return self.match_outdated_entity(names);
        }
        vendors.sort_by_key(|&(v, len)| (std::cmp::Reverse(len), v));
        let all: Vec<&Vendor> = vendors.iter().map(|&(v, _)| &self.vendors[v]).collect();
        let lower: Vec<String> = names.iter().map(|t| t.to_ascii_lowercase()).collect();
        let mut outdated = Vec::new();
        for v in &all {
            for o in &v.outdated_entities {
                if lower.iter().any(|t| contains_name(t, &o.folded))
                    && !outdated.iter().any(|p: &&Outdated| p.name == o.name)
                {
                    outdated.push(o);
                }
            }
        }
        Some(VendorMatch {
            vendor: all[0],
            named: all[0].brand(),
            all,
            outdated,
        })
    }

    /// A recipient named only by an outdated legal entity ("Google, Inc.", "Facebook, Inc."):
    /// the first entry that lists it, when every entry that lists it belongs to one group.
    fn match_outdated_entity<'c>(&'c self, names: &[&str]) -> Option<VendorMatch<'c>> {
        let lower: Vec<String> = names.iter().map(|t| t.to_ascii_lowercase()).collect();
        for v in &self.vendors {
            for o in &v.outdated_entities {
                if o.kind != "entity" || !lower.iter().any(|t| contains_name(t, &o.folded)) {
                    continue;
                }
                let groups_agree = self
                    .vendors
                    .iter()
                    .filter(|w| w.outdated_entities.iter().any(|p| p.name == o.name))
                    .all(|w| w.group == v.group);
                if groups_agree {
                    return Some(VendorMatch {
                        vendor: v,
                        all: vec![v],
                        outdated: vec![o],
                        named: &o.replaced_by,
                    });
                }
            }
        }
        None
    }
}

/// The transfer mechanism that fits a country the service's data goes to: `dpf` for the US
/// when the catalogue says the US organisation is certified, `adequacy` for a country with an
/// adequacy decision, else `sccs`.
pub fn mechanism_for(v: &Vendor, country: &str) -> &'static str {
    if country == "US" {
        return if v.dpf.certified.is_true() {
            "dpf"
        } else {
            "sccs"
        };
    }
    if super::transfer_data::adequacy(country).is_some() {
        return "adequacy";
    }
    "sccs"
}

/// `hay` starts with `name`, where one space in the name matches any run of white space.
fn matches_folded(hay: &[u8], name: &[u8]) -> bool {
    end_of_match_opt(hay, name).is_some()
}

fn end_of_match(hay: &[u8], name: &[u8]) -> usize {
    end_of_match_opt(hay, name).unwrap_or(name.len())
}

fn end_of_match_opt(hay: &[u8], name: &[u8]) -> Option<usize> {
    let (mut h, mut n) = (0, 0);
    while n < name.len() {
        if name[n] == b' ' {
            if h >= hay.len() || !hay[h].is_ascii_whitespace() {
                return None;
            }
            while h < hay.len() && hay[h].is_ascii_whitespace() {
                h += 1;
            }
            n += 1;
            continue;
        }
        if h >= hay.len() || hay[h] != name[n] {
            return None;
        }
        h += 1;
        n += 1;
    }
    Some(h)
}

/// True when `text` contains `name` (ASCII case-insensitive) not inside a longer word.
/// True when `lower` (a text lower-cased in ASCII) holds the whole words `name` (folded
/// as by [`fold`]).
fn contains_name(lower: &str, name: &str) -> bool {
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let s = from + p;
        let e = s + name.len();
        let before_ok = lower[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = lower[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = s + 1;
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// A name written as an id: "Google Analytics" → "google-analytics".
fn slug(lower: &str) -> String {
    let mut s = String::new();
    for c in lower.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_string()
}

fn parse() -> Result<Catalogue, String> {
    let raw: Raw = serde_saphyr::from_str(SOURCE).map_err(|e| e.to_string())?;
    Ok(Catalogue::build(raw))
}

/// The catalogue, parsed once. The file is built in and checked by a unit test; if it ever
/// failed to parse, the catalogue is empty rather than the program panicking.
pub fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| {
        parse().unwrap_or_else(|_| {
            Catalogue::build(Raw {
                schema_version: 1,
                vendors: Vec::new(),
                matching: Matching::default(),
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_of(id: &str, names: &[&str]) -> Option<String> {
        catalogue()
            .match_recipient(id, names)
            .map(|m| m.vendor.id.clone())
    }

    #[test]
    fn catalogue_parses_with_the_common_services() {
        let c = parse().expect("data/vendors.yaml parses");
        assert!(c.vendors.len() >= 40, "{} entries", c.vendors.len());
        assert!(!c.endings.is_empty());
        assert!(c.says_eu_processing("EU region"));
        assert_eq!(
            c.eu_processing_src.len(),
            SOURCE.matches("\n    - '").count(),
            "every eu_processing pattern is read"
        );
        for p in &c.eu_processing_src {
            assert!(regex::Regex::new(p).is_ok(), "`{p}` does not compile");
            assert!(
                !super::super::factors::factors_of(p).is_empty(),
                "`{p}` has no words to look for"
            );
        }
        assert!(c.says_eu_processing("Amazon Web Services EMEA SARL (hosting, Frankfurt region)"));
        assert!(c.says_eu_processing("Microsoft 365 (EU Data Boundary)"));
        assert!(
            c.says_eu_processing("Tiedot säilytetään EU:n alueella sijaitsevissa konesaleissa.")
        );
        assert!(!c.says_eu_processing("Google Analytics (kävijäseuranta)"));
        for id in [
            "google-analytics",
            "microsoft-365",
            "microsoft-teams",
            "zoom",
            "mailchimp",
            "meta",
            "stripe",
            "hubspot",
        ] {
            assert!(c.get(id).is_some(), "{id}");
        }
        let ga = c.get("google-analytics").unwrap();
        assert!(ga.stays_in_eea.is_false());
        assert!(ga.dpf.certified.is_true());
        assert_eq!(ga.countries_outside(), vec!["US"]);
    }

    #[test]
    fn names_match_as_whole_words_with_finnish_endings() {
        assert_eq!(id_of("x", &["Zoom"]).as_deref(), Some("zoom"));
        assert_eq!(
            id_of("x", &["Zoomin videoneuvottelut"]).as_deref(),
            Some("zoom")
        );
        assert_eq!(
            id_of("x", &["Microsoft Teams"]).as_deref(),
            Some("microsoft-teams")
        );
        assert_eq!(
            id_of("x", &["Teams-haastattelut"]).as_deref(),
            Some("microsoft-teams")
        );
        assert_eq!(
            id_of("x", &["Haastattelut (Teams)"]).as_deref(),
            Some("microsoft-teams")
        );
        assert_eq!(
            id_of("x", &["Seuran  Google Drivessa"]).as_deref(),
            Some("google-workspace")
        );
        assert_eq!(
            id_of("x", &["Klaviyo (uutiskirjeet)"]).as_deref(),
            Some("klaviyo")
        );
        assert_eq!(
            id_of("google-analytics", &["Analytiikkapalvelu"]).as_deref(),
            Some("google-analytics")
        );
        // Near misses.
        assert_eq!(id_of("x", &["Zoomaus Oy"]), None);
        assert_eq!(id_of("x", &["Teamsport Finland Oy"]), None);
        assert_eq!(id_of("x", &["Our sales teams"]), None);
        assert_eq!(id_of("x", &["Yhteistyö (teams)"]), None);
        assert_eq!(id_of("x", &["Metallityöväen liitto"]), None);
        assert_eq!(id_of("x", &["Canvas-oppimisalusta"]), None);
        assert_eq!(id_of("x", &["Matomo (oma palvelin)"]), None);
        assert_eq!(id_of("teams", &["Myyntitiimi"]), None);
    }

    #[test]
    fn longest_name_wins_and_outdated_names_are_found() {
        let c = catalogue();
        let m = c
            .match_recipient("x", &["Google Ireland Limited (Google Workspace)"])
            .unwrap();
        assert_eq!(m.vendor.id, "google-workspace");
        assert_eq!(m.outdated.len(), 1);
        assert_eq!(m.outdated[0].name, "Google Ireland Limited");
        let m = c
            .match_recipient("x", &["Google Ireland Limited (Google Analytics)"])
            .unwrap();
        assert_eq!(m.vendor.id, "google-analytics");
        assert!(m.outdated.is_empty(), "current for Analytics");
        let m = c.match_recipient("x", &["Google, Inc."]).unwrap();
        assert_eq!(m.vendor.group, "google");
        assert_eq!(m.outdated[0].replaced_by, "Google LLC");
        let m = c.match_recipient("x", &["Facebook Ireland Ltd"]).unwrap();
        assert_eq!(m.vendor.id, "meta");
        assert_eq!(m.outdated[0].name, "Facebook Ireland Ltd");
    }
}
