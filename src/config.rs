//! The project configuration: `seloste.toml` in the project folder.
//!
//! The file is the one that marks the project folder ([`crate::load::Root`]): the nearest
//! `seloste.toml` in the current folder or a folder above it, up to the filesystem root (a
//! `.git` folder does not stop the search, as a team may keep the file above several
//! repositories; the file also confines input to its folder). `--config FILE` names another
//! file, `--isolated` reads none. Flags on the command line win over the file:
//! `--select` starts the selection again (the file's `rules.select` and `rules.ignore` no
//! longer apply), `--ignore` adds to what is ignored, `--lang` and `--out` replace
//! `language` and `build.out`.
//!
//! What the file can say: which files to read (`include`, `exclude`: globs relative to the
//! file's folder), which rules run and how severe they are (`[rules]`), the language of
//! seloste's messages (`language`), and the build's output folder, formats and languages
//! (`[build]`). A key the file format does not have is an error naming its line, with the
//! nearest known key. The checks of reading (`yaml-syntax`, `schema` and the like) cannot
//! be turned off: a file that cannot be read cannot be checked.
//!
//! The configuration in effect is set once per process ([`set_active`]) by the command
//! line; library callers that set none get seloste's defaults.

use crate::diagnostic::{Diagnostic, Msg, Severity};
use crate::msg;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The file name.
pub const FILE: &str = crate::load::root::MARKER;

/// The word that selects every rule.
pub const ALL: &str = "ALL";

/// The project configuration file `seloste.toml`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "seloste.toml")]
pub struct Config {
    /// Which files a folder search reads: globs relative to the folder of seloste.toml (`*`
    /// stays within a folder, `**` crosses folders; a folder name includes everything
    /// under it). Default: every register and organisation file found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = ["registers", "notices/**/*.yaml"])]
    pub include: Vec<String>,
    /// Files and folders never read in a folder search, as globs relative to the folder of
    /// seloste.toml. A file named on the command line is read all the same.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = ["registers/drafts", "**/*.example.yaml"])]
    pub exclude: Vec<String>,
    /// The language of seloste's messages: fi, sv or en. Default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English. `--lang` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^(fi|sv|en)$"), example = &"fi")]
    pub language: Option<String>,
    /// Which rules run, and how severe their findings are.
    #[serde(default, skip_serializing_if = "Rules::is_empty")]
    #[schemars(example = rules_example())]
    pub rules: Rules,
    /// What `seloste build` writes when the command line does not say.
    #[serde(default, skip_serializing_if = "Build::is_empty")]
    #[schemars(example = build_example())]
    pub build: Build,
}

fn rules_example() -> Rules {
    Rules {
        select: vec![ALL.to_string()],
        ignore: vec!["vague-wording".to_string()],
        severity: severity_example(),
    }
}

fn build_example() -> Build {
    Build {
        out: Some(PathBuf::from("public/notices")),
        formats: vec![OutputFormat::Html, OutputFormat::Pdf],
        languages: vec!["fi".to_string(), "sv".to_string()],
    }
}

/// The `[rules]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// The rules to run, by id (`seloste rules` lists them), or "ALL". Default: ALL.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = ["ALL"])]
    pub select: Vec<String>,
    /// Rules not to run, by id (or "ALL"); wins over `select`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = ["vague-wording"])]
    pub ignore: Vec<String>,
    /// A severity per rule id, instead of the rule's own: error, warning or off.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(example = severity_example())]
    pub severity: BTreeMap<String, Level>,
}

fn severity_example() -> BTreeMap<String, Level> {
    BTreeMap::from([("vague-retention".to_string(), Level::Error)])
}

impl Rules {
    fn is_empty(&self) -> bool {
        self.select.is_empty() && self.ignore.is_empty() && self.severity.is_empty()
    }
}

/// A rule's severity as the project wants it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The finding fails the check, and the register is not built.
    Error,
    /// The finding is shown; it fails the check only with --deny-warnings.
    Warning,
    /// The rule does not run.
    Off,
}

/// The `[build]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Build {
    /// The folder to write the notices into, relative to the folder of seloste.toml.
    /// `--out` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"public/notices")]
    pub out: Option<PathBuf>,
    /// The formats to write: html, pdf, md. Default: all. `--format` wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = [OutputFormat::Html, OutputFormat::Pdf])]
    pub formats: Vec<OutputFormat>,
    /// The notices' languages to write. Default: every language each register declares.
    /// `--lang` wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = r"^[a-z]{2,3}$")), example = ["fi", "sv"])]
    pub languages: Vec<String>,
}

impl Build {
    fn is_empty(&self) -> bool {
        self.out.is_none() && self.formats.is_empty() && self.languages.is_empty()
    }
}

/// A notice format `seloste build` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// A web page (or an embeddable section with --fragment).
    Html,
    /// A PDF document for print.
    Pdf,
    /// Markdown.
    Md,
}

impl From<OutputFormat> for crate::render::Format {
    fn from(f: OutputFormat) -> Self {
        match f {
            OutputFormat::Html => crate::render::Format::Html,
            OutputFormat::Pdf => crate::render::Format::Pdf,
            OutputFormat::Md => crate::render::Format::Md,
        }
    }
}

/// A configuration file that could not be used: what is wrong, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub error: Msg,
    pub help: Option<Msg>,
}

/// The configuration in effect, with the folder its globs and paths are relative to.
#[derive(Clone, Debug, Default)]
pub struct Active {
    pub config: Config,
    /// The file read, if any.
    pub file: Option<PathBuf>,
    /// The folder of the file (globs and `build.out` are relative to it).
    pub base: Option<PathBuf>,
    filter: Option<PathFilter>,
}

static ACTIVE: OnceLock<Active> = OnceLock::new();

/// Sets the configuration of this process (once; later calls are ignored).
pub fn set_active(active: Active) {
    let _ = ACTIVE.set(active);
}

/// The configuration of this process, if the command line set one.
pub fn active() -> Option<&'static Active> {
    ACTIVE.get()
}

/// The language of the messages the configuration names, if any.
pub fn language() -> Option<&'static str> {
    active()?.config.language.as_deref()
}

impl Active {
    /// Reads `file`.
    pub fn read(file: &Path) -> Result<Active, Problem> {
        let text = std::fs::read_to_string(file).map_err(|e| Problem {
            error: msg!(
                "config-unreadable",
                path = file.display().to_string(),
                error = e.to_string()
            ),
            help: None,
        })?;
        let config = Config::parse(&text, file)?;
        let base = std::fs::canonicalize(file)
            .ok()
            .and_then(|f| f.parent().map(Path::to_path_buf))
            .or_else(|| file.parent().map(Path::to_path_buf));
        let filter = PathFilter::new(&config, file)?;
        Ok(Active {
            config,
            file: Some(file.to_path_buf()),
            base,
            filter,
        })
    }

    /// The configuration of a run started in the current folder: `explicit` (`--config`),
    /// else none when `isolated`, else the `seloste.toml` of the project folder, else none.
    pub fn discover(explicit: Option<&Path>, isolated: bool) -> Result<Active, Problem> {
        if let Some(f) = explicit {
            return Active::read(f);
        }
        if isolated {
            return Ok(Active::default());
        }
        match crate::load::Root::discover() {
            Ok(root) if root.how() == crate::load::root::How::Marker => {
                let f = root.path().join(FILE);
                // A marker that is not a file (an empty folder named so, a dangling link)
                // marks the project folder and configures nothing.
                if std::fs::metadata(&f).is_ok_and(|m| m.is_file()) {
                    Active::read(&relative_to_cwd(&f))
                } else {
                    Ok(Active::default())
                }
            }
            _ => Ok(Active::default()),
        }
    }

    /// The include and exclude globs, if the file gives any.
    pub fn filter(&self) -> Option<&PathFilter> {
        self.filter.as_ref()
    }

    /// `build.out` relative to the configuration's folder.
    pub fn build_out(&self) -> Option<PathBuf> {
        let out = self.config.build.out.as_ref()?;
        Some(match &self.base {
            Some(b) if out.is_relative() => relative_to_cwd(&b.join(out)),
            _ => out.clone(),
        })
    }

    /// The paths of a run given none: the current folder (`include` narrows what a
    /// folder search finds there).
    pub fn default_paths(&self) -> Vec<PathBuf> {
        vec![PathBuf::from(".")]
    }
}

/// `p` relative to the current folder when it is inside it (messages name files as the
/// officer reaches them), else `p`.
fn relative_to_cwd(p: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir().and_then(std::fs::canonicalize) else {
        return p.to_path_buf();
    };
    match p.strip_prefix(&cwd) {
        Ok(r) if r.as_os_str().is_empty() => PathBuf::from("."),
        Ok(r) => r.to_path_buf(),
        Err(_) => p.to_path_buf(),
    }
}

impl Config {
    /// Parses the text of `file`.
    pub fn parse(text: &str, file: &Path) -> Result<Config, Problem> {
        let config: Config = toml::from_str(text).map_err(|e| toml_problem(&e, text, file))?;
        config.validate(text, file)?;
        Ok(config)
    }

    fn validate(&self, text: &str, file: &Path) -> Result<(), Problem> {
        let place = |needle: &str| place_of(text, file, needle);
        if let Some(l) = &self.language
            && !crate::diagnostic::LANGUAGES.contains(&l.as_str())
        {
            return Err(Problem {
                error: msg!("config-bad-language", place = place(l), lang = l.as_str()),
                help: Some(msg!("config-bad-language-help")),
            });
        }
        let ids = self
            .rules
            .select
            .iter()
            .chain(&self.rules.ignore)
            .chain(self.rules.severity.keys());
        for id in ids {
            check_rule_id(id, &place(id))?;
        }
        for glob in self.include.iter().chain(&self.exclude) {
            if let Err(e) = glob_of(glob) {
                return Err(Problem {
                    error: msg!(
                        "config-bad-glob",
                        place = place(glob),
                        glob = glob.as_str(),
                        error = e.kind().to_string()
                    ),
                    help: None,
                });
            }
        }
        Ok(())
    }

    /// The configuration as TOML (what `seloste config` prints).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

/// An error unless `id` is a rule that can be selected, ignored or given a severity.
/// `place` says where it was written.
pub fn check_rule_id(id: &str, place: &str) -> Result<(), Problem> {
    if id == ALL {
        return Ok(());
    }
    if FIXED.contains(&id) {
        return Err(Problem {
            error: msg!("config-fixed-rule", place = place, rule = id),
            help: Some(msg!("config-fixed-rule-help")),
        });
    }
    let infos = crate::rules::all_infos();
    if infos.iter().any(|i| i.id == id) {
        return Ok(());
    }
    let best = infos
        .iter()
        .filter(|i| !FIXED.contains(&i.id))
        .map(|i| (strsim::damerau_levenshtein(id, i.id), i.id))
        .min_by_key(|(d, _)| *d)
        .filter(|(d, _)| *d <= 3);
    Err(Problem {
        error: msg!("config-unknown-rule", place = place, rule = id),
        help: Some(match best {
            Some((_, near)) => msg!("explain-did-you-mean", id = near),
            None => msg!("explain-list-rules"),
        }),
    })
}

/// The checks of reading a file: they always run, at their own severity.
pub const FIXED: [&str; 10] = [
    "io-error",
    "encoding",
    "too-large",
    "yaml-syntax",
    "duplicate-key",
    "yaml-limits",
    "not-a-notice",
    "outside-project",
    "unknown-key",
    "schema",
];

/// `file:line` of the first line of `text` that holds `needle` (as a whole word in quotes
/// or not), or the file alone.
fn place_of(text: &str, file: &Path, needle: &str) -> String {
    let word = |l: &str| {
        l.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '.'))
            .any(|w| w == needle)
    };
    let quoted =
        |l: &str| l.contains(&format!("\"{needle}\"")) || l.contains(&format!("'{needle}'"));
    match text
        .lines()
        .position(word)
        .or_else(|| text.lines().position(quoted))
    {
        Some(i) => format!("{}:{}", file.display(), i + 1),
        None => file.display().to_string(),
    }
}

/// A TOML or shape error as a problem naming `file:line`; an unknown key with the nearest
/// key the table has.
fn toml_problem(e: &toml::de::Error, text: &str, file: &Path) -> Problem {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
    let place = match line {
        Some(l) => format!("{}:{l}", file.display()),
        None => file.display().to_string(),
    };
    let message = e.message();
    if let Some((key, expected)) = unknown_field(message) {
        let best = expected
            .iter()
            .map(|k| (strsim::damerau_levenshtein(&key, k), k))
            .min_by_key(|(d, _)| *d)
            .filter(|(d, _)| *d <= 3);
        let help = match best {
            Some((_, near)) => msg!("config-did-you-mean", key = near.as_str()),
            None => msg!("config-keys-here", keys = expected.join(", ")),
        };
        return Problem {
            error: msg!("config-unknown-key", place = place, key = key),
            help: Some(help),
        };
    }
    Problem {
        error: msg!(
            "config-invalid",
            place = place,
            error = message.trim().to_string()
        ),
        help: Some(msg!("config-invalid-help")),
    }
}

/// The key and the known keys of serde's "unknown field `x`, expected one of `a`, `b`".
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (key, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((key.to_string(), expected))
}

fn glob_of(pattern: &str) -> Result<globset::Glob, globset::Error> {
    let p = pattern.trim_start_matches("./").trim_end_matches('/');
    globset::GlobBuilder::new(p).literal_separator(true).build()
}

/// The include and exclude globs of a configuration, matched against paths relative to
/// the folder of its file.
#[derive(Clone, Debug)]
pub struct PathFilter {
    base: PathBuf,
    include: Option<globset::GlobSet>,
    exclude: globset::GlobSet,
}

impl PathFilter {
    fn new(config: &Config, file: &Path) -> Result<Option<PathFilter>, Problem> {
        if config.include.is_empty() && config.exclude.is_empty() {
            return Ok(None);
        }
        let base = std::fs::canonicalize(file)
            .ok()
            .and_then(|f| f.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let set = |globs: &[String]| {
            let mut b = globset::GlobSetBuilder::new();
            for g in globs {
                if let Ok(g) = glob_of(g) {
                    b.add(g);
                }
            }
            b.build().ok()
        };
        Ok(Some(PathFilter {
            base,
            include: if config.include.is_empty() {
                None
            } else {
                set(&config.include)
            },
            exclude: set(&config.exclude).unwrap_or_else(globset::GlobSet::empty),
        }))
    }

    /// `path` (absolute, or relative to the current folder) relative to the base folder.
    fn relative<'a>(&self, path: &'a Path) -> Option<std::borrow::Cow<'a, Path>> {
        if path.is_absolute() {
            return path
                .strip_prefix(&self.base)
                .ok()
                .map(std::borrow::Cow::Borrowed);
        }
        let abs = std::env::current_dir().ok()?.join(path);
        let abs = std::fs::canonicalize(abs.parent()?)
            .ok()?
            .join(abs.file_name()?);
        abs.strip_prefix(&self.base)
            .ok()
            .map(|p| std::borrow::Cow::Owned(p.to_path_buf()))
    }

    /// True when a folder search skips `path` (a file or a folder): it or a folder above it
    /// is excluded.
    pub fn excluded(&self, path: &Path) -> bool {
        let Some(rel) = self.relative(path) else {
            return false;
        };
        rel.ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| self.exclude.is_match(a))
    }

    /// True when a file found in a folder search is one `include` names (always, when
    /// there is no `include`).
    pub fn included(&self, file: &Path) -> bool {
        let Some(include) = &self.include else {
            return true;
        };
        let Some(rel) = self.relative(file) else {
            return true;
        };
        rel.ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| include.is_match(a))
    }
}

/// Which rules run at what severity: the configuration's `[rules]` with the command line's
/// `--select` (a new selection, replacing `select` and `ignore`) and `--ignore` (added).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    select: Vec<String>,
    ignore: Vec<String>,
    severity: BTreeMap<String, Level>,
}

impl Policy {
    pub fn new(rules: &Rules, select: &[String], ignore: &[String]) -> Policy {
        if select.is_empty() {
            return Policy {
                select: rules.select.clone(),
                ignore: rules.ignore.iter().chain(ignore).cloned().collect(),
                severity: rules.severity.clone(),
            };
        }
        // A selection on the command line starts again (as ruff's does): the file's
        // `ignore` no longer applies, nor its "off" for a rule the command line names.
        let mut severity = rules.severity.clone();
        severity.retain(|id, level| *level != Level::Off || !select.contains(id));
        Policy {
            select: select.to_vec(),
            ignore: ignore.to_vec(),
            severity,
        }
    }

    /// True when the policy changes nothing.
    pub fn is_default(&self) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| s == ALL))
            && self.ignore.is_empty()
            && self.severity.is_empty()
    }

    /// The severity of rule `id`'s findings (`default`, the rule's own, unless changed);
    /// `None` when the rule is off.
    pub fn level(&self, id: &str, default: Severity) -> Option<Severity> {
        if FIXED.contains(&id) {
            return Some(default);
        }
        let named = |list: &[String]| list.iter().any(|s| s == id || s == ALL);
        let selected = self.select.is_empty() || named(&self.select);
        // A severity given to a rule selects it, unless it is "off".
        let level = self.severity.get(id);
        if level == Some(&Level::Off) || named(&self.ignore) {
            return None;
        }
        if !selected && level.is_none() {
            return None;
        }
        Some(match level {
            Some(Level::Error) => Severity::Error,
            Some(Level::Warning) => Severity::Warning,
            _ => default,
        })
    }

    /// Drops the findings of rules that are off and sets the severity of the others; a
    /// suppression of a rule that is off is not reported as unused.
    pub fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        if self.is_default() {
            return;
        }
        diagnostics.retain_mut(|d| {
            if d.rule == crate::rules::suppression::UnusedSuppression::INFO.id
                && let Msg::Id(_, args) = &d.message
                && let Some((_, crate::diagnostic::Arg::Str(rule))) =
                    args.iter().find(|(k, _)| *k == "rule")
                && crate::rules::all_infos().iter().any(|i| i.id == rule)
                && self.level(rule, Severity::Warning).is_none()
            {
                return false;
            }
            match self.level(d.rule, d.severity) {
                Some(s) => {
                    d.severity = s;
                    true
                }
                None => false,
            }
        });
    }

    /// A short text that changes when the policy does (for the build's cache key).
    pub fn fingerprint(&self) -> String {
        format!("{:?}", self)
    }
}

/// The policy in effect in this process, if the command line set one.
pub fn policy() -> Option<&'static Policy> {
    POLICY.get()
}

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Sets the policy of this process (once), with the command line's flags.
pub fn set_policy(p: Policy) {
    let _ = POLICY.set(p);
}

/// The JSON Schema of seloste.toml.
pub fn schema() -> serde_json::Value {
    crate::model::schema_for::<Config>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Problem> {
        Config::parse(text, Path::new("seloste.toml"))
    }

    #[test]
    fn a_full_file_reads() {
        let c = parse(
            "include = [\"registers\"]\nexclude = [\"registers/drafts\"]\nlanguage = \"fi\"\n\
             [rules]\nselect = [\"ALL\"]\nignore = [\"vague-wording\"]\n\
             [rules.severity]\nvague-retention = \"error\"\ndates = \"off\"\n\
             [build]\nout = \"public\"\nformats = [\"html\", \"md\"]\nlanguages = [\"fi\"]\n",
        )
        .unwrap();
        assert_eq!(c.language.as_deref(), Some("fi"));
        assert_eq!(c.rules.severity["dates"], Level::Off);
        assert_eq!(c.build.formats, [OutputFormat::Html, OutputFormat::Md]);
        // What `seloste config` prints reads back the same.
        assert_eq!(parse(&c.to_toml()).unwrap(), c);
    }

    #[test]
    fn an_unknown_key_names_its_line_and_the_nearest_key() {
        let e = parse("language = \"fi\"\n[rules]\nselct = [\"ALL\"]\n").unwrap_err();
        assert_eq!(
            e.error,
            msg!(
                "config-unknown-key",
                place = "seloste.toml:3",
                key = "selct"
            )
        );
        assert_eq!(e.help, Some(msg!("config-did-you-mean", key = "select")));
        let e = parse("[biuld]\nout = \"x\"\n").unwrap_err();
        assert_eq!(e.help, Some(msg!("config-did-you-mean", key = "build")));
    }

    #[test]
    fn unknown_and_fixed_rules_are_refused() {
        let e = parse("[rules]\nignore = [\"vague-wordin\"]\n").unwrap_err();
        assert_eq!(
            e.error,
            msg!(
                "config-unknown-rule",
                place = "seloste.toml:2",
                rule = "vague-wordin"
            )
        );
        assert_eq!(
            e.help,
            Some(msg!("explain-did-you-mean", id = "vague-wording"))
        );
        let e = parse("[rules.severity]\nyaml-syntax = \"off\"\n").unwrap_err();
        assert_eq!(
            e.error,
            msg!(
                "config-fixed-rule",
                place = "seloste.toml:2",
                rule = "yaml-syntax"
            )
        );
        assert!(parse("[build]\nformats = [\"docx\"]\n").is_err());
        assert!(parse("language = \"de\"\n").is_err());
    }

    #[test]
    fn the_policy_selects_ignores_and_sets_severities() {
        let rules = Rules {
            select: vec!["dates".into(), "rights".into()],
            ignore: vec!["rights".into()],
            severity: BTreeMap::from([
                ("vague-wording".into(), Level::Error),
                ("dates".into(), Level::Warning),
            ]),
        };
        let p = Policy::new(&rules, &[], &[]);
        assert_eq!(p.level("dates", Severity::Error), Some(Severity::Warning));
        assert_eq!(p.level("rights", Severity::Error), None);
        assert_eq!(
            p.level("vague-wording", Severity::Warning),
            Some(Severity::Error)
        );
        assert_eq!(p.level("retention", Severity::Error), None);
        assert_eq!(p.level("schema", Severity::Error), Some(Severity::Error));
        // --select starts again, --ignore adds.
        let p = Policy::new(&rules, &["ALL".into()], &["dates".into()]);
        assert_eq!(p.level("retention", Severity::Error), Some(Severity::Error));
        assert_eq!(p.level("rights", Severity::Error), Some(Severity::Error));
        assert_eq!(p.level("dates", Severity::Error), None);
        let p = Policy::new(&rules, &[], &["dates".into()]);
        assert_eq!(p.level("rights", Severity::Error), None);
        assert_eq!(p.level("dates", Severity::Error), None);
        assert!(Policy::default().is_default());
    }
}
