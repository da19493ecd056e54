# The command line's own words (English): `--help` and the parse errors. The texts of the
# commands and options equal the doc comments of src/cli/ (a test checks it), from which the
# shell completions and the man page are made. Names: cmd-<command>-about,
# arg-<command>-<argument>, value-<command>-<argument>-<value>; `seloste` is the top level.

cmd-seloste-about = seloste: privacy notices (tietosuojaseloste) as code. Checks register files against the GDPR and renders them as notices
cmd-check-about = Check register files against the schema and the GDPR rules
cmd-build-about = Render every valid register as HTML, PDF and Markdown notices
cmd-schema-about = Print the JSON Schema of register files (or of organisation files)
cmd-explain-about = Explain a rule: what it checks, why, and how to fix it
cmd-rules-about = List every rule with its id, severity and article
cmd-templates-about = Write the built-in templates and locale catalogs into a folder, to edit them
cmd-init-about = Write a commented skeleton register file to fill in
cmd-completions-about = Print a shell completion script (bash, zsh, fish, powershell, elvish)
cmd-man-about = Print the man page (roff) of seloste and its subcommands

arg-check-paths = Register files, or folders to search for *.yaml / *.yml (default: the current folder)
arg-check-format = Output format
value-check-format-human = Text with source snippets, for people
value-check-format-json = JSON, for machines (shape documented in README.md)
value-check-format-github = GitHub Actions workflow commands: annotations on the pull request's diff
value-check-format-sarif = SARIF 2.1.0, for code scanning (GitHub's upload-sarif, GitLab, IDEs)
arg-check-deny-warnings = Exit with 1 on warnings too
arg-check-lang = The language of the messages: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English)

arg-build-paths = Register files, or folders to search for *.yaml / *.yml (default: the current folder)
arg-build-out = The folder to write the notices into
arg-build-format = Formats to write (default: all)
arg-build-lang = Languages to write (default: every language each register declares)
arg-build-templates = A folder whose files replace the built-in templates and catalogs of the same name
arg-build-fragment = Write HTML as an embeddable <section> instead of a standalone page
arg-build-no-cache = Render every register again, even those unchanged since the last build into --out
arg-build-pdf-standard = The standard the PDFs are written to (every PDF is tagged)
value-build-pdf-standard-ua-1 = PDF/UA-1 (accessible): Typst checks it on export
value-build-pdf-standard-a-2b = PDF/A-2b (archival) and PDF/UA-1
value-build-pdf-standard-a-3b = PDF/A-3b (archival) and PDF/UA-1

arg-schema-organisation = Print the schema of organisation files instead of register files

arg-explain-rule = The rule id, e.g. `purpose-basis`
arg-explain-lang = The language: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English)
arg-rules-lang = The language: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English)

arg-templates-dir = The folder to write into; it must not exist yet or be empty

arg-init-file = The register file to write; it must not exist yet
arg-init-lang = The languages of the notice; every text gets a placeholder in each. Finnish and Swedish (`fi,sv`, a bilingual municipality) get English too: `fi,sv,en`
arg-init-kind = What kind of organisation the controller is (public authorities get a DPO section)
value-init-kind-company = A limited company or other business (yritys)
value-init-kind-association = A registered association (yhdistys), including chambers of commerce
value-init-kind-foundation = A foundation (säätiö)
value-init-kind-cooperative = A cooperative (osuuskunta)
value-init-kind-public-authority = A public authority or body: state, municipality, joint municipal authority (viranomainen)
value-init-kind-sole-trader = A sole trader (toiminimi)
value-init-kind-other = Anything else
arg-init-vendors = A service you use (e.g. `mailchimp`, `google-workspace`, `zoom`; repeat or separate with commas): written as a recipient with its transfers filled in from seloste's vendor catalogue (data/vendors.yaml)

arg-completions-shell = The shell to write the completion script for

# Placeholders of values in the usage line and the options (`<FORMAT>`, `[PATHS]...`).
meta-check-paths = PATHS
meta-check-format = FORMAT
meta-check-lang = LANG
meta-build-paths = PATHS
meta-build-out = OUT
meta-build-format = FORMAT
meta-build-lang = LANG
meta-build-templates = TEMPLATES
meta-build-pdf-standard = PDF_STANDARD
meta-explain-rule = RULE
meta-explain-lang = LANG
meta-rules-lang = LANG
meta-templates-dir = DIR
meta-init-file = FILE
meta-init-lang = LANG
meta-init-kind = KIND
meta-init-vendors = SERVICE
meta-completions-shell = SHELL
clap-command-placeholder = COMMAND
clap-options-placeholder = [OPTIONS]

# clap's own words.
clap-usage = Usage
clap-commands = Commands
clap-arguments = Arguments
clap-options = Options
clap-possible-values = Possible values
clap-default = [default: { $value }]
clap-possible-values-list = [possible values: { $values }]
clap-print-help = Print help
clap-print-help-short = Print help (see more with '--help')
clap-print-help-long = Print help (see a summary with '-h')
clap-print-version = Print version
clap-help-about = Print this message or the help of the given subcommand(s)

# Mistakes on the command line.
clap-invalid-value = invalid value `{ $value }` for `{ $arg }`
clap-invalid-value-list = invalid value `{ $value }` for `{ $arg }`; possible values: { $values }
clap-value-required = a value is required for `{ $arg }` but none was supplied
clap-value-required-list = a value is required for `{ $arg }` but none was supplied; possible values: { $values }
clap-value-validation = invalid value `{ $value }` for `{ $arg }`: { $reason }
clap-unknown-argument = unexpected argument `{ $arg }` found
clap-unknown-subcommand = unrecognized subcommand `{ $name }`
clap-missing-required = the following required arguments were not provided: { $args }
clap-conflict = the argument `{ $arg }` cannot be used with { $other }
clap-no-equals = equal sign is needed when assigning values to `{ $arg }`
clap-too-many-values = unexpected value `{ $value }` for `{ $arg }` found; no more were expected
clap-wrong-number-of-values = `{ $arg }` takes { $expected } values but { $actual } were given
clap-missing-subcommand = `{ $name }` requires a subcommand but one was not provided
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-did-you-mean = did you mean { $suggestion }?
clap-similar-subcommands = some similar subcommands exist: { $names }
clap-value-with-dashes = to pass `{ $arg }` as a value, use `-- { $arg }`
clap-more-information = for more information, try `{ $command } --help`
