//! Plain-words fixes for reading errors, from `data/enum_words.yaml` (embedded at build
//! time): the English value for a Finnish or Swedish word written where the format expects
//! one of its own values ("sopimus" → `contract`), language and country codes for their
//! names, ISO forms for dates and periods written the everyday way ("1.3.2026",
//! "5 vuotta"), ids made of a name, and what a schema pattern asks for in words.
//!
//! Only reached when a file has a schema error, so nothing here is on the fast path.

use crate::diagnostic::Msg;
use crate::msg;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Per language (`fi`, `sv`, `en`), the words and phrases that mean one value.
type Words = BTreeMap<String, Vec<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    keys: BTreeMap<String, Words>,
    values: BTreeMap<String, Words>,
    languages: BTreeMap<String, Words>,
    countries: BTreeMap<String, Words>,
    periods: BTreeMap<String, Words>,
    patterns: BTreeMap<String, String>,
}

const SOURCE: &str = include_str!("../../data/enum_words.yaml");

/// One word of an entry.
#[derive(Debug)]
enum Pat {
    Exact(String),
    Prefix(String),
    Suffix(String),
    Contains(String),
}

impl Pat {
    fn new(word: &str) -> Pat {
        match (word.strip_prefix('*'), word.strip_suffix('*')) {
            (Some(_), Some(_)) if word.len() > 1 => Pat::Contains(word[1..word.len() - 1].into()),
            (Some(rest), _) => Pat::Suffix(rest.into()),
            (None, Some(rest)) => Pat::Prefix(rest.into()),
            (None, None) => Pat::Exact(word.into()),
        }
    }

    fn matches(&self, word: &str) -> bool {
        match self {
            Pat::Exact(w) => word == w,
            Pat::Prefix(w) => word.starts_with(w.as_str()),
            Pat::Suffix(w) => word.ends_with(w.as_str()),
            Pat::Contains(w) => word.contains(w.as_str()),
        }
    }

    /// How much of the written text the word pins down: longer and exact words win.
    fn weight(&self) -> usize {
        match self {
            Pat::Exact(w) => 2 * w.chars().count() + 1,
            Pat::Prefix(w) | Pat::Suffix(w) | Pat::Contains(w) => 2 * w.chars().count(),
        }
    }
}

struct Entry {
    value: String,
    lang: String,
    words: Vec<Pat>,
}

/// The entries of one table, and the word shown for each value in each language.
#[derive(Default)]
struct Table {
    entries: Vec<Entry>,
    gloss: BTreeMap<(String, String), String>,
}

impl Table {
    fn new(raw: BTreeMap<String, Words>) -> Table {
        let mut t = Table::default();
        for (value, langs) in raw {
            for (lang, list) in langs {
                if let Some(first) = list.first() {
                    t.gloss.insert((value.clone(), lang.clone()), first.clone());
                }
                for phrase in list {
                    t.entries.push(Entry {
                        value: value.clone(),
                        lang: lang.clone(),
                        words: words(&phrase).iter().map(|w| Pat::new(w)).collect(),
                    });
                }
            }
        }
        t
    }

    /// The values (among those `allowed`) whose entries match `given` best, each once.
    fn lookup(&self, given: &str, allowed: &dyn Fn(&str) -> bool) -> Vec<Suggestion> {
        let given = words(given);
        let mut best = 0;
        let mut found: Vec<(&str, &str)> = Vec::new();
        for e in &self.entries {
            if e.words.is_empty() || !allowed(&e.value) {
                continue;
            }
            let hit = given
                .windows(e.words.len())
                .any(|w| w.iter().zip(&e.words).all(|(g, p)| p.matches(g)));
            if !hit {
                continue;
            }
            let score: usize = e.words.iter().map(Pat::weight).sum();
            if score > best {
                best = score;
                found.clear();
            }
            if score == best && !found.iter().any(|(v, _)| *v == e.value) {
                found.push((e.value.as_str(), e.lang.as_str()));
            }
        }
        found
            .into_iter()
            .map(|(value, lang)| Suggestion {
                value: value.to_string(),
                gloss: (lang != "en")
                    .then(|| self.gloss.get(&(value.to_string(), lang.to_string())))
                    .flatten()
                    .cloned(),
            })
            .collect()
    }
}

struct Hints {
    keys: Table,
    values: Table,
    languages: Table,
    countries: Table,
    periods: Table,
    patterns: BTreeMap<String, String>,
}

fn hints() -> &'static Hints {
    static H: OnceLock<Hints> = OnceLock::new();
    H.get_or_init(|| {
        let raw: Raw = serde_saphyr::from_str(SOURCE).expect("data/enum_words.yaml reads");
        Hints {
            keys: Table::new(raw.keys),
            values: Table::new(raw.values),
            languages: Table::new(raw.languages),
            countries: Table::new(raw.countries),
            periods: Table::new(raw.periods),
            patterns: raw.patterns,
        }
    })
}

/// The lower-case words of a text: letters and digits, split at everything else.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '*'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A value of the format to write instead, and the word it stands for in the language the
/// file used (none when that was English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub value: String,
    pub gloss: Option<String>,
}

impl Suggestion {
    /// "`contract` (sopimus)".
    pub fn shown(&self) -> String {
        match &self.gloss {
            Some(g) => format!("`{}` ({g})", self.value),
            None => format!("`{}`", self.value),
        }
    }
}

/// "did you mean `contract` (sopimus)?", or with two or more: "… `a` (x) or `b` (y)?"
/// (the catalogs' `load-did-you-mean`).
pub fn did_you_mean(s: &[Suggestion]) -> Option<Msg> {
    let shown: Vec<String> = s.iter().map(Suggestion::shown).collect();
    let (last, rest) = shown.split_last()?;
    Some(msg!(
        "load-did-you-mean",
        n = shown.len(),
        first = rest.join(", "),
        last = last.as_str()
    ))
}

/// The values among `options` that the words of `given` mean ("suostumus" → `consent`).
pub fn enum_value(given: &str, options: &[&str]) -> Vec<Suggestion> {
    if options.contains(&given) {
        return Vec::new();
    }
    hints().values.lookup(given, &|v| options.contains(&v))
}

/// The keys among `allowed` that a key written in Finnish or Swedish means ("nimi" → `name`).
pub fn key(given: &str, allowed: &[&str]) -> Vec<Suggestion> {
    hints().keys.lookup(given, &|k| allowed.contains(&k))
}

/// The language code for a language written by name ("ruotsi" → `sv`), or in capitals.
pub fn language(given: &str) -> Option<Suggestion> {
    let lower = given.trim().to_lowercase();
    if lower != given && lower.len() <= 3 && lower.chars().all(|c| c.is_ascii_lowercase()) {
        return Some(Suggestion {
            value: lower,
            gloss: None,
        });
    }
    one(hints().languages.lookup(given, &|_| true)).or_else(|| {
        crate::model::names::language_code(given).map(|code| Suggestion {
            value: code,
            gloss: Some(given.trim().to_string()),
        })
    })
}

/// The ISO 3166 code for a country written by name ("Yhdysvallat" → `US`), or in small letters.
pub fn country(given: &str) -> Option<Suggestion> {
    let t = given.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) && t != t.to_uppercase() {
        return Some(Suggestion {
            value: t.to_uppercase(),
            gloss: None,
        });
    }
    one(hints().countries.lookup(given, &|_| true)).or_else(|| {
        crate::model::names::country_code(given).map(|code| Suggestion {
            value: code,
            gloss: Some(given.trim().to_string()),
        })
    })
}

fn one(mut s: Vec<Suggestion>) -> Option<Suggestion> {
    (s.len() == 1).then(|| s.remove(0))
}

/// What a schema pattern (or format) asks for, in words: the catalog message that
/// `data/enum_words.yaml` names for it.
pub fn pattern_words(pattern: &str) -> Option<Msg> {
    pattern_message(pattern).map(|id| Msg::id(id, Vec::new()))
}

fn pattern_message(pattern: &str) -> Option<&'static str> {
    hints().patterns.get(pattern).map(String::as_str)
}

/// A period written in words ("5 vuotta", "6 kk", "1 år 6 månader", "10 years") in ISO
/// 8601 form, and the same in the officer's words: ("P5Y", "5 years").
pub fn period(given: &str) -> Option<(String, Msg)> {
    // Digits and letters are separate words here: "5v" = "5 v".
    let mut tokens: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in given.trim().to_lowercase().chars() {
        let split = !c.is_alphanumeric()
            || cur
                .chars()
                .last()
                .is_some_and(|l| l.is_ascii_digit() != c.is_ascii_digit());
        if split && !cur.is_empty() {
            tokens.push(std::mem::take(&mut cur));
        }
        if c.is_alphanumeric() {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    if tokens.first().is_some_and(|t| t == "p") {
        tokens.remove(0);
    }
    let mut amounts: BTreeMap<usize, u32> = BTreeMap::new();
    let order = ["Y", "M", "W", "D"];
    let mut it = tokens
        .iter()
        .filter(|t| !matches!(t.as_str(), "ja" | "and" | "och"));
    let mut any = false;
    while let Some(n) = it.next() {
        let n: u32 = n.parse().ok()?;
        let unit = it.next()?;
        let s = one(hints().periods.lookup(unit, &|_| true))?;
        let k = order.iter().position(|o| *o == s.value)?;
        if amounts.insert(k, n).is_some() {
            return None;
        }
        any = true;
    }
    if !any {
        return None;
    }
    let iso = "P".to_string()
        + &amounts
            .iter()
            .map(|(k, n)| format!("{n}{}", order[*k]))
            .collect::<String>();
    let words = amounts
        .iter()
        .map(|(k, n)| msg!("load-period-part", n = *n, unit = order[*k]))
        .reduce(|a, b| msg!("load-period-and", first = a, then = b))?;
    Some((iso, words))
}

/// A date written day first ("1.3.2026", "1.3.26", "01/03/2026") or year first
/// ("2026-3-1"): `Ok` with its YYYY-MM-DD form and the day in words, or `Err` saying why
/// no such day exists. `None` when the text is not three numbers.
pub fn date(given: &str) -> Option<Result<(String, Msg), Msg>> {
    let parts: Vec<&str> = given
        .trim()
        .trim_end_matches('.')
        .split(['.', '/', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else if parts[2].len() == 4 {
        (n[2], n[1], n[0])
    } else if parts[2].len() == 2 {
        (2000 + n[2], n[1], n[0])
    } else {
        return None;
    };
    if !(1..=12).contains(&m) {
        return Some(Err(msg!("load-date-no-month", month = m)));
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if d == 0 || d > days {
        return Some(Err(msg!(
            "load-date-days",
            month = m,
            year = y,
            days = days
        )));
    }
    Some(Ok((
        format!("{y:04}-{m:02}-{d:02}"),
        msg!("load-date", day = d, month = m, year = y),
    )))
}

/// An id made of `given` ("Asiakas Palvelu" → `asiakas-palvelu`), when it differs from it.
pub fn id_like(given: &str) -> Option<String> {
    let mut out = String::new();
    for c in given.trim().to_lowercase().chars() {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' => 'u',
            c => c,
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out
        .trim_end_matches('-')
        .chars()
        .take(64)
        .collect::<String>();
    let out = out.trim_end_matches('-').to_string();
    (!out.is_empty() && out != given).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_reads_and_each_shown_word_is_plain() {
        let h = hints();
        for t in [&h.keys, &h.values, &h.languages, &h.countries, &h.periods] {
            assert!(!t.entries.is_empty());
            for ((value, lang), g) in &t.gloss {
                assert!(
                    !g.contains('*'),
                    "{value} {lang}: the first word {g} is a pattern"
                );
            }
        }
    }

    #[test]
    fn every_value_is_a_value_of_the_schemas() {
        let mut values = std::collections::BTreeSet::new();
        for schema in [
            crate::model::register_schema(),
            crate::model::organisation_schema(),
        ] {
            for def in schema["$defs"].as_object().unwrap().values() {
                for v in def["enum"].as_array().into_iter().flatten() {
                    values.insert(v.as_str().unwrap().to_string());
                }
                // A value listed as a constant among other forms (retention `until`: a
                // date or an event).
                for alt in def["anyOf"].as_array().into_iter().flatten() {
                    if let Some(v) = alt["const"].as_str() {
                        values.insert(v.to_string());
                    }
                }
            }
        }
        for e in &hints().values.entries {
            assert!(
                values.contains(&e.value),
                "{} is not in the schemas",
                e.value
            );
        }
        // …and every value of the schemas has words.
        for v in &values {
            assert!(
                hints().values.entries.iter().any(|e| &e.value == v),
                "no words for `{v}`"
            );
        }
    }

    fn one_value(given: &str, options: &[&str]) -> String {
        let s = enum_value(given, options);
        assert_eq!(s.len(), 1, "{given}: {s:?}");
        s[0].shown()
    }

    #[test]
    fn finnish_and_swedish_words_give_the_value() {
        let basis = [
            "consent",
            "contract",
            "legal-obligation",
            "vital-interests",
            "public-task",
            "legitimate-interests",
        ];
        assert_eq!(one_value("sopimus", &basis), "`contract` (sopimus)");
        assert_eq!(
            one_value("Sopimukseen perustuva", &basis),
            "`contract` (sopimus)"
        );
        assert_eq!(one_value("suostumus", &basis), "`consent` (suostumus)");
        assert_eq!(one_value("suostumukseen", &basis), "`consent` (suostumus)");
        assert_eq!(
            one_value("oikeutettu etu", &basis),
            "`legitimate-interests` (oikeutettu etu)"
        );
        assert_eq!(
            one_value("rekisterinpitäjän oikeutettu etu", &basis),
            "`legitimate-interests` (oikeutettu etu)"
        );
        assert_eq!(
            one_value("lakisääteinen velvoite", &basis),
            "`legal-obligation` (lakisääteinen velvoite)"
        );
        assert_eq!(
            one_value("berättigat intresse", &basis),
            "`legitimate-interests` (berättigat intresse)"
        );
        assert_eq!(one_value("avtal", &basis), "`contract` (avtal)");
        assert_eq!(one_value("Art. 6(1)(f)", &basis), "`legitimate-interests`");
        assert_eq!(
            one_value("legitimate interest", &basis),
            "`legitimate-interests`"
        );
        let kind = [
            "company",
            "association",
            "foundation",
            "cooperative",
            "public-authority",
            "sole-trader",
            "other",
        ];
        assert_eq!(one_value("osakeyhtiö", &kind), "`company` (osakeyhtiö)");
        assert_eq!(one_value("Oy", &kind), "`company` (osakeyhtiö)");
        assert_eq!(one_value("yhdistys", &kind), "`association` (yhdistys)");
        assert_eq!(
            one_value("rekisteröity yhdistys", &kind),
            "`association` (yhdistys)"
        );
        assert_eq!(
            one_value("kunta", &kind),
            "`public-authority` (viranomainen)"
        );
        assert_eq!(one_value("förening", &kind), "`association` (förening)");
        let role = ["processor", "controller", "joint-controller", "authority"];
        assert_eq!(one_value("käsittelijä", &role), "`processor` (käsittelijä)");
        assert_eq!(
            one_value("henkilötietojen käsittelijä", &role),
            "`processor` (käsittelijä)"
        );
        assert_eq!(
            one_value("yhteisrekisterinpitäjä", &role),
            "`joint-controller` (yhteisrekisterinpitäjä)"
        );
        assert_eq!(
            one_value("rekisterinpitäjä", &role),
            "`controller` (rekisterinpitäjä)"
        );
        assert_eq!(
            one_value("personuppgiftsbiträde", &role),
            "`processor` (personuppgiftsbiträde)"
        );
        // A value already right, or words that mean nothing here: no suggestion.
        assert!(enum_value("consent", &basis).is_empty());
        assert!(enum_value("kissa", &basis).is_empty());
    }

    #[test]
    fn finnish_and_swedish_keys_give_the_key() {
        let purpose = ["id", "name", "description", "basis", "law", "categories"];
        let k = |g| {
            key(g, &purpose)
                .iter()
                .map(Suggestion::shown)
                .collect::<Vec<_>>()
        };
        assert_eq!(k("nimi"), ["`name` (nimi)"]);
        assert_eq!(k("kuvaus"), ["`description` (kuvaus)"]);
        assert_eq!(k("käsittelyperuste"), ["`basis` (käsittelyperuste)"]);
        assert_eq!(k("tietoryhmät"), ["`categories` (tietoryhmät)"]);
        assert_eq!(k("rättslig grund"), ["`basis` (rättslig grund)"]);
        // Only keys allowed at the place are suggested.
        assert!(k("säilytysaika").is_empty());
        let group = ["id", "name", "third_person", "children", "guardian_consent"];
        let g = |w| {
            key(w, &group)
                .iter()
                .map(Suggestion::shown)
                .collect::<Vec<_>>()
        };
        assert_eq!(g("lapset"), ["`children` (lapset)"]);
        assert_eq!(
            g("huoltajan suostumus"),
            ["`guardian_consent` (huoltajan suostumus)"]
        );
        assert_eq!(g("lähiomaiset"), ["`third_person` (kolmas henkilö)"]);
        assert_eq!(g("barn"), ["`children` (barn)"]);
        let keys: std::collections::BTreeSet<String> = [
            crate::model::register_schema(),
            crate::model::organisation_schema(),
        ]
        .iter()
        .flat_map(|s| {
            let mut out: Vec<String> = s["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            for def in s["$defs"].as_object().unwrap().values() {
                if let Some(p) = def["properties"].as_object() {
                    out.extend(p.keys().cloned());
                }
            }
            out
        })
        .collect();
        for e in &hints().keys.entries {
            assert!(
                keys.contains(&e.value),
                "`{}` is not a key of the format",
                e.value
            );
        }
    }

    #[test]
    fn language_and_country_names_give_the_code() {
        let lang = |g| language(g).map(|s| s.shown());
        assert_eq!(lang("suomi").as_deref(), Some("`fi` (suomi)"));
        assert_eq!(lang("ruotsi").as_deref(), Some("`sv` (ruotsi)"));
        assert_eq!(lang("englanti").as_deref(), Some("`en` (englanti)"));
        assert_eq!(lang("svenska").as_deref(), Some("`sv` (svenska)"));
        assert_eq!(lang("FI").as_deref(), Some("`fi`"));
        assert_eq!(lang("klingon"), None);
        let land = |g| country(g).map(|s| s.shown());
        assert_eq!(land("Yhdysvallat").as_deref(), Some("`US` (Yhdysvallat)"));
        assert_eq!(land("usa").as_deref(), Some("`US`"));
        assert_eq!(land("fi").as_deref(), Some("`FI`"));
        assert_eq!(land("Irlanti").as_deref(), Some("`IE` (Irlanti)"));
        // Beyond the word list, every country and language CLDR names in fi, sv or en.
        assert_eq!(
            land("Uusi-Seelanti").as_deref(),
            Some("`NZ` (Uusi-Seelanti)")
        );
        assert_eq!(land("Nya Zeeland").as_deref(), Some("`NZ` (Nya Zeeland)"));
        assert_eq!(lang("japani").as_deref(), Some("`ja` (japani)"));
    }

    #[test]
    fn everyday_dates_and_periods_get_their_iso_form() {
        let ok = |g| date(g).and_then(Result::ok).map(|(iso, _)| iso);
        assert_eq!(ok("1.3.2026").as_deref(), Some("2026-03-01"));
        assert_eq!(ok("1.3.26").as_deref(), Some("2026-03-01"));
        assert_eq!(ok("01/03/2026").as_deref(), Some("2026-03-01"));
        assert_eq!(ok("1.3.2026.").as_deref(), Some("2026-03-01"));
        assert_eq!(ok("2026-3-1").as_deref(), Some("2026-03-01"));
        let why = date("30.2.2024").unwrap().unwrap_err();
        assert_eq!(crate::messages::en(&why), "February 2024 has 29 days");
        let (_, day) = date("1.3.2026").unwrap().unwrap();
        assert_eq!(crate::messages::en(&day), "1 March 2026");
        assert_eq!(
            crate::messages::en(&period("1 vuosi 6 kk").unwrap().1),
            "1 year 6 months"
        );
        assert!(matches!(date("1.13.2026"), Some(Err(_))));
        assert_eq!(date("pv.kk.vvvv"), None);
        let p = |g| period(g).map(|(iso, _)| iso);
        assert_eq!(p("5 vuotta").as_deref(), Some("P5Y"));
        assert_eq!(p("6 kk").as_deref(), Some("P6M"));
        assert_eq!(p("1 vuosi 6 kuukautta").as_deref(), Some("P1Y6M"));
        assert_eq!(p("10 år").as_deref(), Some("P10Y"));
        assert_eq!(p("30 days").as_deref(), Some("P30D"));
        assert_eq!(p("5v").as_deref(), Some("P5Y"));
        assert_eq!(p("vähintään 5 vuotta"), None);
        assert_eq!(p("toistaiseksi"), None);
    }

    /// A pattern is never shown: each one of the schemas (and each format) has words.
    #[test]
    fn every_pattern_of_the_schemas_has_words() {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, x) in m {
                        if let ("pattern" | "format", Some(p)) = (k.as_str(), x.as_str()) {
                            out.push(p.to_string());
                        }
                        walk(x, out);
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        walk(&crate::model::register_schema(), &mut found);
        walk(&crate::model::organisation_schema(), &mut found);
        assert!(found.len() > 5);
        for p in found {
            let id = pattern_message(&p).unwrap_or_else(|| panic!("no words for {p}"));
            for lang in crate::diagnostic::LANGUAGES {
                let m = crate::messages::Messages::get(lang);
                assert!(m.has(id), "{lang}: no message `{id}` for {p}");
                let words = m.format(id, &[]);
                assert!(!words.contains('^') && !words.contains('\\'), "{words}");
            }
        }
    }

    #[test]
    fn names_become_ids() {
        assert_eq!(id_like("Not An Id").as_deref(), Some("not-an-id"));
        assert_eq!(id_like("Yhteystiedot").as_deref(), Some("yhteystiedot"));
        assert_eq!(id_like("Ääni & kuva").as_deref(), Some("aani-kuva"));
        assert_eq!(id_like("ok-id"), None);
    }
}
