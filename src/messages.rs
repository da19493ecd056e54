//! What seloste says to the officer, in the officer's language: every diagnostic, label,
//! help line, summary and CLI message is a message of the catalogs in `messages/`
//! (`seloste.<lang>.ftl` for the tool, `rules/<id>.<lang>.ftl` for each rule), put into
//! words here. Which language: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`
//! (`fi_FI.UTF-8` is Finnish), else English. Rule ids, JSON keys and SARIF structure stay
//! English whatever the language.

use crate::diagnostic::{Arg, LANGUAGES, Msg};
use crate::i18n::Catalog;
use fluent_bundle::FluentValue;
use std::sync::OnceLock;

/// The tool's own catalogs, per language: the report's words and the commands'.
const TOOL: [(&str, &str, &str); 27] = [
    ("en", "seloste", include_str!("../messages/seloste.en.ftl")),
    ("fi", "seloste", include_str!("../messages/seloste.fi.ftl")),
    ("sv", "seloste", include_str!("../messages/seloste.sv.ftl")),
    ("en", "cli", include_str!("../messages/cli.en.ftl")),
    ("fi", "cli", include_str!("../messages/cli.fi.ftl")),
    ("sv", "cli", include_str!("../messages/cli.sv.ftl")),
    ("en", "build", include_str!("../messages/build.en.ftl")),
    ("fi", "build", include_str!("../messages/build.fi.ftl")),
    ("sv", "build", include_str!("../messages/build.sv.ftl")),
    ("en", "clap", include_str!("../messages/clap.en.ftl")),
    ("fi", "clap", include_str!("../messages/clap.fi.ftl")),
    ("sv", "clap", include_str!("../messages/clap.sv.ftl")),
    (
        "en",
        "articles",
        include_str!("../messages/articles.en.ftl"),
    ),
    (
        "fi",
        "articles",
        include_str!("../messages/articles.fi.ftl"),
    ),
    (
        "sv",
        "articles",
        include_str!("../messages/articles.sv.ftl"),
    ),
    ("en", "init", include_str!("../messages/init.en.ftl")),
    ("fi", "init", include_str!("../messages/init.fi.ftl")),
    ("sv", "init", include_str!("../messages/init.sv.ftl")),
    ("en", "diff", include_str!("../messages/diff.en.ftl")),
    ("fi", "diff", include_str!("../messages/diff.fi.ftl")),
    ("sv", "diff", include_str!("../messages/diff.sv.ftl")),
    ("en", "ropa", include_str!("../messages/ropa.en.ftl")),
    ("fi", "ropa", include_str!("../messages/ropa.fi.ftl")),
    ("sv", "ropa", include_str!("../messages/ropa.sv.ftl")),
    ("en", "live", include_str!("../messages/live.en.ftl")),
    ("fi", "live", include_str!("../messages/live.fi.ftl")),
    ("sv", "live", include_str!("../messages/live.sv.ftl")),
];

/// The catalog sources of `lang`: the tool's and every rule's.
pub fn sources(lang: &str) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = TOOL
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .map(|(l, name, t)| (format!("messages/{name}.{l}.ftl"), *t))
        .collect();
    for info in crate::rules::all_infos() {
        for (l, text) in info.catalog {
            if *l == lang {
                out.push((format!("messages/rules/{}.{l}.ftl", info.id), *text));
            }
        }
    }
    out
}

/// The messages of one language, with English behind them for a message not yet given
/// in it (a test keeps the catalogs' keys equal, so that only happens in a user's build
/// with a partial catalog).
pub struct Messages {
    lang: &'static str,
    own: Catalog,
}

impl Messages {
    /// The messages in `lang` (one of [`LANGUAGES`]; anything else gives English), built
    /// on first use.
    pub fn get(lang: &str) -> &'static Messages {
        static ALL: [OnceLock<Messages>; LANGUAGES.len()] = [const { OnceLock::new() }; 3];
        let i = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
        ALL[i].get_or_init(|| Messages {
            lang: LANGUAGES[i],
            own: build(LANGUAGES[i]),
        })
    }

    /// English.
    pub fn english() -> &'static Messages {
        Messages::get("en")
    }

    /// The language code.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// True when this language's own catalog has `id`.
    pub fn has(&self, id: &str) -> bool {
        self.own.has(id)
    }

    /// `m` in words.
    pub fn text(&self, m: &Msg) -> String {
        match m {
            Msg::Raw(s) => s.clone(),
            Msg::Id(id, args) => self.format(id, args),
        }
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &'static str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with arguments.
    pub fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let values: Vec<(&str, FluentValue)> =
            args.iter().map(|(k, a)| (*k, self.value(a))).collect();
        match self.own.message(id, &values) {
            Ok(t) => t,
            Err(_) if self.lang != "en" => Messages::english().format(id, args),
            // A message no catalog has: its id, so the finding is not lost (tests keep
            // this from happening with the built-in catalogs).
            Err(_) => id.to_string(),
        }
    }
}

impl Messages {
    /// An argument as Fluent takes it: numbers stay numbers (for plurals), the rest is
    /// words in this language.
    fn value(&self, a: &Arg) -> FluentValue<'static> {
        match a {
            Arg::Num(n) => FluentValue::from(*n),
            other => FluentValue::from(self.words(other)),
        }
    }

    /// An argument in words.
    pub fn words(&self, a: &Arg) -> String {
        match a {
            Arg::Str(s) => s.clone(),
            Arg::Num(n) => n.to_string(),
            Arg::Msg(m) => self.text(m),
            Arg::Country(code) => self.country(code),
            Arg::List(items) => {
                let words: Vec<String> = items.iter().map(|a| self.words(a)).collect();
                words.join(&self.t("list-separator"))
            }
        }
    }

    /// The country `code` as it reads inside a sentence of this language: its CLDR name and
    /// code ("Yhdysvallat (US)"), or the catalog's words for a code CLDR does not know.
    pub fn country(&self, code: &str) -> String {
        let args = [("code", Arg::from(code))];
        match crate::model::names::country(code, self.lang) {
            Some(name) => self.format(
                "country-in-sentence",
                &[("code", Arg::from(code)), ("name", Arg::Str(name))],
            ),
            None => self.format("country-unknown", &args),
        }
    }
}

/// Prints `error: …` (and `help: …`) on standard error in the officer's language.
pub fn error(m: &Messages, error: Msg, help: Option<Msg>) {
    let e = crate::msg!("cli-error", text = m.text(&error));
    eprintln!("{}", crate::report::visible(&m.text(&e)));
    if let Some(h) = help {
        let h = crate::msg!("cli-help", text = m.text(&h));
        eprintln!("{}", crate::report::visible(&m.text(&h)));
    }
}

/// `m` in English (for tests and logs).
pub fn en(m: &Msg) -> String {
    Messages::english().text(m)
}

/// The law or guideline rule `rule` enforces, as the officer's language cites it
/// (`messages/articles.<lang>.ftl`); `english`, the rule's own, when the catalog has none.
pub fn article(m: &Messages, rule: &str, english: &str) -> String {
    let id = format!("article-{rule}");
    if m.has(&id) {
        m.format(&id, &[])
    } else {
        english.to_string()
    }
}

/// The severity's name in the officer's language.
pub fn severity(m: &Messages, s: crate::diagnostic::Severity) -> String {
    match s {
        crate::diagnostic::Severity::Error => m.t("severity-error"),
        crate::diagnostic::Severity::Warning => m.t("severity-warning"),
    }
}

/// What `seloste explain` prints for a rule: a heading with id, severity and article,
/// then the rule's documentation in the officer's language.
pub fn explanation(info: &crate::diagnostic::RuleInfo, m: &Messages) -> String {
    let heading = crate::msg!(
        "explain-heading",
        id = info.id,
        severity = severity(m, info.severity),
        article = article(m, info.id, info.article)
    );
    format!("{}\n\n{}\n", m.text(&heading), info.doc_in(m.lang()).trim())
}

/// One language's catalog from the tool's and every rule's sources. A built-in catalog
/// that does not parse is a bug the tests catch; here it leaves the language empty.
fn build(lang: &str) -> Catalog {
    let joined: String = sources(lang)
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n");
    Catalog::parse(lang, &joined, "messages/")
        .or_else(|_| Catalog::parse(lang, "", "messages/"))
        .expect("an empty catalog parses")
}

/// The language to speak: `flag` (`--lang`), else seloste.toml's `language`, else the
/// environment's locale, else English.
pub fn choose(flag: Option<&str>) -> &'static str {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let wanted = flag
        .map(str::to_string)
        .or_else(|| crate::config::language().map(str::to_string))
        .or_else(|| env("LC_ALL"))
        .or_else(|| env("LC_MESSAGES"))
        .or_else(|| env("LANG"));
    from_locale(wanted.as_deref().unwrap_or(""))
}

/// The language of a locale name (`fi_FI.UTF-8`, `sv`, `en_GB`): one of [`LANGUAGES`],
/// English for anything else (`C`, `POSIX`, `de_DE`).
pub fn from_locale(locale: &str) -> &'static str {
    let code = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| **l == code)
        .copied()
        .unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_pick_the_language() {
        assert_eq!(from_locale("fi_FI.UTF-8"), "fi");
        assert_eq!(from_locale("sv_FI"), "sv");
        assert_eq!(from_locale("en_GB.UTF-8"), "en");
        assert_eq!(from_locale("C"), "en");
        assert_eq!(from_locale("POSIX"), "en");
        assert_eq!(from_locale("de_DE.UTF-8"), "en");
        assert_eq!(from_locale(""), "en");
        assert_eq!(from_locale("FI"), "fi");
    }

    /// Every catalog parses on its own, and the three languages have the same messages.
    #[test]
    fn catalogs_parse_and_have_the_same_keys() {
        let mut keys: Vec<(String, std::collections::BTreeSet<String>)> = Vec::new();
        for lang in LANGUAGES {
            let mut mine = std::collections::BTreeSet::new();
            for (origin, text) in sources(lang) {
                let res = fluent_bundle::FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(_, e)| panic!("{origin} does not parse: {e:?}"));
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        assert!(
                            mine.insert(m.id.name.to_string()),
                            "{origin}: `{}` is given twice in {lang}",
                            m.id.name
                        );
                    }
                }
            }
            keys.push((lang.to_string(), mine));
        }
        let (_, en) = &keys[0];
        for (lang, mine) in &keys[1..] {
            let missing: Vec<_> = en.difference(mine).collect();
            let extra: Vec<_> = mine.difference(en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, not in English {extra:?}"
            );
        }
    }

    /// Each rule's citation is in the articles catalog, the English one as the rule gives it.
    #[test]
    fn every_rule_is_cited_in_each_language() {
        for info in crate::rules::all_infos() {
            let id = format!("article-{}", info.id);
            assert_eq!(Messages::english().format(&id, &[]), info.article, "{id}");
            for lang in ["fi", "sv"] {
                assert!(Messages::get(lang).has(&id), "{lang}: no {id}");
            }
        }
    }

    #[test]
    fn countries_are_named_in_the_officers_language() {
        let us = Arg::country("US");
        assert_eq!(Messages::get("en").words(&us), "the United States (US)");
        assert_eq!(Messages::get("fi").words(&us), "Yhdysvallat (US)");
        assert_eq!(Messages::get("sv").words(&us), "USA (US)");
        assert_eq!(Messages::get("en").words(&Arg::country("JP")), "Japan (JP)");
        // A code CLDR does not know stays a code.
        assert_eq!(
            Messages::get("en").words(&Arg::country("XQ")),
            "the country XQ"
        );
        assert_eq!(Messages::get("fi").words(&Arg::country("XQ")), "XQ");
        assert_eq!(
            Messages::get("sv").words(&Arg::countries(["CH", "IN"])),
            "Schweiz (CH), Indien (IN)"
        );
    }

    #[test]
    fn a_message_gets_its_arguments_and_falls_back_to_english() {
        let en = Messages::english();
        let m = crate::msg!(
            "summary-files",
            errors = 2usize,
            warnings = 1usize,
            suppressed = 0usize,
            files = 3usize,
            registers = 1usize
        );
        let text = en.text(&m);
        assert!(text.contains('2') && text.contains('3'), "{text}");
        assert_eq!(en.text(&Msg::Raw("as is".into())), "as is");
        assert_eq!(en.format("no-such-message", &[]), "no-such-message");
    }
}
