# The command line's own words (English): `--help` and the parse errors. The texts of the
# commands and options equal the doc comments of src/cli/ (a test checks it), from which the
# shell completions and the man page are made. Names: cmd-<command>-about,
# arg-<command>-<argument>, value-<command>-<argument>-<value>; `seloste` is the top level.

cmd-seloste-about = seloste: privacy notices (tietosuojaseloste) as code. Checks register files against the GDPR and renders them as notices
cmd-check-about = Check register files against the schema and the GDPR rules
cmd-build-about = Render every valid register as HTML, PDF and Markdown notices
cmd-diff-about = Show what changed in the processing between two versions, and whether it is material
cmd-schema-about = Print the JSON Schema of register files (or of organisation files)
cmd-explain-about = Explain a rule: what it checks, why, and how to fix it
cmd-rules-about = List every rule with its id, severity and article
cmd-templates-about = Write the built-in templates and locale catalogs into a folder, to edit them
cmd-init-about = Write a commented skeleton register file to fill in
cmd-completions-about = Print a shell completion script (bash, zsh, fish, powershell, elvish)
cmd-man-about = Print the man page (roff) of seloste and its subcommands
cmd-lsp-about = Run a language server on standard input and output: the findings of check in the editor as you type
cmd-serve-about = Preview the notices in a browser on this computer, with the findings above each, reloaded when a file changes

arg-check-paths = Register files, or folders to search for *.yaml / *.yml (default: the current folder)
arg-check-format = Output format
value-check-format-human = Text with source snippets, for people
value-check-format-json = JSON, for machines: one object with a summary and the findings (fields are only ever added)
value-check-format-github = GitHub Actions workflow commands: annotations on the pull request's diff (and, in GitHub Actions, every finding in the job summary)
value-check-format-gitlab = GitLab Code Quality JSON (artifacts:reports:codequality)
value-check-format-junit = JUnit XML, for CI test reports (GitLab's artifacts:reports:junit, Jenkins)
value-check-format-sarif = SARIF 2.1.0, for code scanning (GitHub's upload-sarif, GitLab, IDEs)
arg-check-deny-warnings = Exit with 1 on warnings too
arg-check-docs-url = Where the rules are documented, for SARIF's helpUri: a URL in which {"{"}rule{"}"} is replaced by the rule id (else the id is appended)
arg-check-lang = The language of the messages: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English)
arg-check-ropa = Also check what the record of processing activities (Art 30) needs: security measures described, a DPIA status for special-category or large-scale processing
arg-lsp-lang = The language of the messages: fi, sv or en (default: the editor's initializationOptions.lang, else its locale, else LC_ALL, LC_MESSAGES or LANG, else English)
arg-serve-paths = Register files, or folders to search for *.yaml / *.yml (default: the current folder)
arg-serve-port = The port to listen on, on 127.0.0.1 only (0: any free port, printed at start)

arg-build-paths = Register files, or folders to search for *.yaml / *.yml (default: the current folder)
arg-build-out = The folder to write the notices into (default: seloste.toml's build.out)
arg-build-format = Formats to write (default: all)
arg-build-lang = Languages to write (default: every language each register declares)
arg-build-templates = A folder whose files replace the built-in templates and catalogs of the same name
arg-build-fragment = Write HTML as an embeddable <section> instead of a standalone page
arg-build-no-cache = Render every register again, even those unchanged since the last build into --out
arg-build-base-url = The address the output folder is published at (https://…): links between notices, their languages, PDFs and index pages become absolute under it, so they work from a fragment embedded in another page

arg-diff-paths = Without --since: the old and the new version (two files or two folders). With --since: the files or folders to compare (default: the current folder)
arg-diff-since = Compare the files as they are with the git revision REV (a branch, tag or commit)
arg-diff-format = Output format
value-diff-format-human = Text for people, per register, material changes first
value-diff-format-json = JSON, for machines: one object with the registers and their changes (fields are only ever added)
value-diff-format-markdown = Markdown, for a pull request comment
value-diff-format-github = GitHub Actions: annotations, and the Markdown report in the job summary
arg-diff-fail-on = Exit with 1 when a material change has no `changes:` entry
value-diff-fail-on-material = Exit with 1 when a material change has no changelog entry
arg-diff-lang = The language of the messages: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English)
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

# The project configuration (seloste.toml) and the check's output.
arg-check-select = Run only these rules (ids separated by commas, or ALL), instead of seloste.toml's rules.select
arg-check-ignore = Do not run these rules (ids separated by commas), besides seloste.toml's rules.ignore
arg-check-color = When to colour the report (auto: on a terminal, unless NO_COLOR is set or TERM is dumb; CLICOLOR_FORCE forces colour)
value-check-color-auto = On a terminal, unless NO_COLOR is set or TERM is dumb (CLICOLOR_FORCE forces colour)
value-check-color-always = Always, even into a file or a pipe
value-check-color-never = Never
arg-check-quiet = Print the findings only: no summary line and no list of what remains
arg-check-output-file = Write the report into this file instead of standard output
arg-check-exit-zero = Exit with 0 even when errors are found (2 still means a file could not be read)
arg-check-statistics = Print how many findings each rule has, instead of the findings
arg-check-config = Read this configuration file instead of the project folder's seloste.toml
arg-check-isolated = Read no configuration file: seloste's defaults and the command line only
arg-build-config = Read this configuration file instead of the project folder's seloste.toml
arg-build-isolated = Read no configuration file: seloste's defaults and the command line only
arg-schema-config-file = Print the schema of the project configuration file seloste.toml instead
cmd-config-about = Print the configuration in effect (seloste.toml and defaults) as TOML
arg-config-config = Read this configuration file instead of the project folder's seloste.toml
arg-config-isolated = Read no configuration file: seloste's defaults and the command line only

# Placeholders of values in the usage line and the options (`<FORMAT>`, `[PATHS]...`).
meta-check-paths = PATHS
meta-check-format = FORMAT
meta-check-lang = LANG
meta-lsp-lang = LANG
meta-serve-paths = PATHS
meta-serve-port = PORT
meta-check-docs-url = URL
meta-build-paths = PATHS
meta-build-out = OUT
meta-build-format = FORMAT
meta-build-lang = LANG
meta-build-templates = TEMPLATES
meta-diff-paths = PATHS
meta-diff-since = REV
meta-diff-format = FORMAT
meta-diff-fail-on = FAIL_ON
meta-diff-lang = LANG
meta-build-base-url = URL
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
meta-check-select = RULES
meta-check-ignore = RULES
meta-check-color = WHEN
meta-check-output-file = FILE
meta-check-config = FILE
meta-build-config = FILE
meta-config-config = FILE
clap-command-placeholder = COMMAND
clap-options-placeholder = [OPTIONS]

# The exit codes, after `--help` of seloste, check and build, and in the man page.
clap-exit-status = Exit status
clap-exit-0 = success: no errors (warnings fail only with --deny-warnings)
clap-exit-1 = errors were found (or warnings, with --deny-warnings), or a register was not built
clap-exit-2 = seloste could not do its work: a mistake on the command line or in seloste.toml, or a file that cannot be read or written

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

# `seloste ropa`
cmd-ropa-about = Write the record of processing activities (GDPR Art 30) as XLSX, CSV, HTML or Markdown
arg-ropa-paths = Register files, or folders to search for *.yaml / *.yml (default: the current folder)
arg-ropa-out = The file to write the record into
arg-ropa-format = The format (default: from the extension of --out)
value-ropa-format-xlsx = An Excel workbook: the record's sheet and a sheet of the controllers
value-ropa-format-csv = CSV (RFC 4180, UTF-8 with a byte order mark for Excel): the record's table
value-ropa-format-html = A printable HTML table
value-ropa-format-md = Markdown: a section per processing activity
arg-ropa-lang = The language of the record: fi, sv or en (default: the language of the messages)
arg-ropa-templates = A folder whose files replace the built-in templates and catalogs of the same name
meta-ropa-paths = PATHS
meta-ropa-out = OUT
meta-ropa-format = FORMAT
meta-ropa-lang = LANG
meta-ropa-templates = TEMPLATES
