//! `--help` and the command line's mistakes in the officer's language (issue 13: "every
//! … CLI message"): clap's texts and words come from messages/clap.<lang>.ftl.

use crate::common;

use std::process::{Command, Output};

fn seloste_in(locale: &str, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_seloste"));
    c.env_remove("LC_MESSAGES").env_remove("LANG");
    c.env("LC_ALL", locale).args(args);
    c.output().expect("seloste runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The English texts of messages/clap.en.ftl that a Finnish or Swedish help must not hold:
/// every message without arguments, and clap's bracketed words.
fn english_texts() -> Vec<String> {
    let en = include_str!("../../messages/clap.en.ftl");
    let mut texts: Vec<String> = en
        .lines()
        .filter(|l| !l.starts_with('#') && !l.contains('{'))
        // Placeholders: Swedish `<FORMAT>` is English `<FORMAT>`; the clear cases follow.
        .filter(|l| !l.starts_with("meta-") && !l.contains("-placeholder ="))
        .filter_map(|l| l.split_once(" = "))
        .map(|(_, text)| text.to_string())
        .collect();
    for words in [
        "Usage:",
        "Commands:",
        "Arguments:",
        "Options:",
        "Possible values:",
        "[default:",
        "[possible values:",
        "[OPTIONS]",
        "<COMMAND>",
        "[PATHS]",
        "<LANG>",
        "<RULE>",
    ] {
        texts.push(words.to_string());
    }
    texts
}

const SUBCOMMANDS: [&str; 9] = [
    "check",
    "build",
    "schema",
    "explain",
    "rules",
    "templates",
    "init",
    "completions",
    "man",
];

/// Every help (`-h` and `--help`, of seloste and each command) in Finnish and in Swedish:
/// no English text of the catalog in it.
#[test]
fn every_help_is_in_the_officers_language() {
    let english = english_texts();
    assert!(english.len() > 40, "{}", english.len());
    for locale in ["fi_FI.UTF-8", "sv_FI.UTF-8"] {
        let mut runs: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help", "check"]];
        for sub in SUBCOMMANDS {
            runs.push(vec![sub, "--help"]);
            runs.push(vec![sub, "-h"]);
        }
        for args in runs {
            let o = seloste_in(locale, &args);
            assert_eq!(o.status.code(), Some(0), "{locale} {args:?}");
            let help = stdout(&o);
            for text in &english {
                assert!(
                    !help.contains(text.as_str()),
                    "{locale} seloste {args:?} says `{text}`:\n{help}"
                );
            }
        }
    }
}

#[test]
fn check_help_in_finnish_and_swedish() {
    let fi = stdout(&seloste_in("fi_FI.UTF-8", &["check", "--help"]));
    for words in [
        "Tarkistaa, että rekisteritiedostot noudattavat skeemaa ja tietosuoja-asetukseen perustuvia sääntöjä\n",
        "\nKäyttö: seloste check [VALITSIMET] [POLUT]...\n",
        "\nArgumentit:\n",
        "\nValitsimet:\n",
        "Mahdolliset arvot:\n",
        "- human:  Tekstiä ja otteita lähdetiedostoista, ihmisen luettavaksi\n",
        "[oletus: human]",
        "-h, --help\n          Tulostaa ohjeen (tiivistelmä: '-h')",
    ] {
        assert!(fi.contains(words), "no `{words}` in:\n{fi}");
    }
    let sv = stdout(&seloste_in("sv_FI.UTF-8", &["check", "-h"]));
    for words in [
        "Kontrollerar att registerfilerna följer schemat",
        "\nAnvändning: seloste check [FLAGGOR] [SÖKVÄGAR]...\n",
        "\nFlaggor:\n",
        "Format för utdata [standard: human] [möjliga värden: human, json, github, gitlab, junit, sarif]",
        "Skriver ut hjälpen (mer med '--help')",
    ] {
        assert!(sv.contains(words), "no `{words}` in:\n{sv}");
    }
    let top = stdout(&seloste_in("sv_FI.UTF-8", &["--help"]));
    assert!(top.contains("\nKommandon:\n"), "{top}");
    assert!(top.contains("-V, --version  Skriver ut versionen"), "{top}");
}

/// `--lang` of check, explain and rules names the officer's language, so it counts for their
/// help; build's names the notices', so it does not.
#[test]
fn lang_flag_counts_for_check_explain_and_rules() {
    let check = stdout(&seloste_in("C", &["check", "--lang", "fi", "--help"]));
    assert!(check.contains("Käyttö: seloste check"), "{check}");
    let rules = stdout(&seloste_in("fi_FI.UTF-8", &["rules", "--lang=sv", "-h"]));
    assert!(rules.contains("Användning: seloste rules"), "{rules}");
    let build = stdout(&seloste_in("C", &["build", "--lang", "fi", "--help"]));
    assert!(build.contains("Usage: seloste build"), "{build}");
}

#[test]
fn a_wrong_value_is_named_with_the_valid_ones_in_finnish() {
    let o = seloste_in("fi_FI.UTF-8", &["check", "--format", "foo"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "virhe: `--format <MUOTO>` ei hyväksy arvoa `foo`; mahdolliset arvot ovat `human`, `json`, `github`, `gitlab`, `junit`, `sarif`\n\
         ohje: `seloste check --help` kertoo lisää\n"
    );
    assert_eq!(stdout(&o), "");
    let o = seloste_in("fi_FI.UTF-8", &["check", "--formt", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "virhe: odottamaton argumentti `--formt`\nohje: tarkoititko `--format`?\n"
    );
    let o = seloste_in("fi_FI.UTF-8", &["chek"]);
    assert_eq!(
        stderr(&o),
        "virhe: tuntematon alikomento `chek`\nohje: tarkoititko jotakin näistä: `schema`, `check`?\n"
    );
}

#[test]
fn a_missing_argument_in_swedish() {
    let o = seloste_in("sv_FI.UTF-8", &["explain"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "fel: obligatoriska argument saknas: `<REGEL>`\nhjälp: `seloste explain --help` visar mer\n"
    );
    let o = seloste_in("sv_FI.UTF-8", &["build", "notices"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("fel: utdatamapp saknas: ange den med `--out`\n"),
        "{}",
        stderr(&o)
    );
    // No command at all: the help, in Swedish, on standard error (exit 2, as clap's).
    let o = seloste_in("sv_FI.UTF-8", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Användning: seloste <KOMMANDO>"),
        "{}",
        stderr(&o)
    );
}

/// English help is what clap wrote from the doc comments before the catalog took over
/// (`--help` with possible values one by one: the same but for the spaces clap now puts on
/// the blank line under the option's text).
#[test]
fn english_help_is_unchanged() {
    let o = common::seloste_command()
        .args(["check", "-h"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), CHECK_SHORT);
    let o = common::seloste_command().arg("--help").output().unwrap();
    assert_eq!(stdout(&o), TOP);
    let o = common::seloste_command()
        .args(["init", "--help"])
        .output()
        .unwrap();
    let trimmed =
        |s: &str| -> Vec<String> { s.lines().map(|l| l.trim_end().to_string()).collect() };
    assert_eq!(trimmed(&stdout(&o)), trimmed(INIT_LONG));
    let o = common::seloste_command().arg("--version").output().unwrap();
    assert_eq!(
        stdout(&o),
        format!("seloste {}\n", env!("CARGO_PKG_VERSION"))
    );
    let o = common::seloste_command()
        .args(["check", "--format", "foo"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: invalid value `foo` for `--format <FORMAT>`; possible values: `human`, `json`, `github`, `gitlab`, `junit`, `sarif`\n\
         help: for more information, try `seloste check --help`\n"
    );
}

const CHECK_SHORT: &str = r#"Check register files against the schema and the GDPR rules

Usage: seloste check [OPTIONS] [PATHS]...

Arguments:
  [PATHS]...  Register files, or folders to search for *.yaml / *.yml (default: the current folder)

Options:
      --format <FORMAT>     Output format [default: human] [possible values: human, json, github, gitlab, junit, sarif]
      --deny-warnings       Exit with 1 on warnings too
      --docs-url <URL>      Where the rules are documented, for SARIF's helpUri: a URL in which {rule} is replaced by the rule id (else the id is appended)
      --lang <LANG>         The language of the messages: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English)
      --select <RULES>      Run only these rules (ids separated by commas, or ALL), instead of seloste.toml's rules.select
      --ignore <RULES>      Do not run these rules (ids separated by commas), besides seloste.toml's rules.ignore
      --color <WHEN>        When to colour the report (auto: on a terminal, unless NO_COLOR is set or TERM is dumb; CLICOLOR_FORCE forces colour) [default: auto] [possible values: auto, always, never]
  -q, --quiet               Print the findings only: no summary line and no list of what remains
      --output-file <FILE>  Write the report into this file instead of standard output
      --exit-zero           Exit with 0 even when errors are found (2 still means a file could not be read)
      --statistics          Print how many findings each rule has, instead of the findings
      --ropa                Also check what the record of processing activities (Art 30) needs: security measures described, a DPIA status for special-category or large-scale processing
      --config <FILE>       Read this configuration file instead of the project folder's seloste.toml
      --isolated            Read no configuration file: seloste's defaults and the command line only
  -h, --help                Print help (see more with '--help')

Exit status:
  0  success: no errors (warnings fail only with --deny-warnings)
  1  errors were found (or warnings, with --deny-warnings), or a register was not built
  2  seloste could not do its work: a mistake on the command line or in seloste.toml, or a file that cannot be read or written
"#;

const TOP: &str = r#"seloste: privacy notices (tietosuojaseloste) as code. Checks register files against the GDPR and renders them as notices

Usage: seloste <COMMAND>

Commands:
  check        Check register files against the schema and the GDPR rules
  build        Render every valid register as HTML, PDF and Markdown notices
  diff         Show what changed in the processing between two versions, and whether it is material
  schema       Print the JSON Schema of register files (or of organisation files)
  explain      Explain a rule: what it checks, why, and how to fix it
  rules        List every rule with its id, severity and article
  templates    Write the built-in templates and locale catalogs into a folder, to edit them
  init         Write a commented skeleton register file to fill in
  ropa         Write the record of processing activities (GDPR Art 30) as XLSX, CSV, HTML or Markdown
  completions  Print a shell completion script (bash, zsh, fish, powershell, elvish)
  man          Print the man page (roff) of seloste and its subcommands
  config       Print the configuration in effect (seloste.toml and defaults) as TOML
  lsp          Run a language server on standard input and output: the findings of check in the editor as you type
  serve        Preview the notices in a browser on this computer, with the findings above each, reloaded when a file changes
  help         Print this message or the help of the given subcommand(s)

Options:
  -h, --help     Print help
  -V, --version  Print version

Exit status:
  0  success: no errors (warnings fail only with --deny-warnings)
  1  errors were found (or warnings, with --deny-warnings), or a register was not built
  2  seloste could not do its work: a mistake on the command line or in seloste.toml, or a file that cannot be read or written
"#;

const INIT_LONG: &str = r#"Write a commented skeleton register file to fill in

Usage: seloste init [OPTIONS] [FILE]

Arguments:
  [FILE]
          The register file to write; it must not exist yet
          
          [default: register.yaml]

Options:
      --lang <LANG>
          The languages of the notice; every text gets a placeholder in each. Finnish and Swedish (`fi,sv`, a bilingual municipality) get English too: `fi,sv,en`
          
          [default: fi,en]

      --kind <KIND>
          What kind of organisation the controller is (public authorities get a DPO section)

          Possible values:
          - company:          A limited company or other business (yritys)
          - association:      A registered association (yhdistys), including chambers of commerce
          - foundation:       A foundation (säätiö)
          - cooperative:      A cooperative (osuuskunta)
          - public-authority: A public authority or body: state, municipality, joint municipal authority (viranomainen)
          - sole-trader:      A sole trader (toiminimi)
          - other:            Anything else
          
          [default: company]

      --vendor <SERVICE>
          A service you use (e.g. `mailchimp`, `google-workspace`, `zoom`; repeat or separate with commas): written as a recipient with its transfers filled in from seloste's vendor catalogue (data/vendors.yaml)

  -h, --help
          Print help (see a summary with '-h')
"#;
