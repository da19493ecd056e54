# What the commands say on the terminal (English). The report's words are in seloste.en.ftl.

cli-error = error: { $text }
cli-help = help: { $text }
check-no-project = cannot find the project folder: the current folder cannot be read: { $error }
check-no-project-help = run seloste from the project folder, the one that holds your registers
explain-no-rule = there is no rule `{ $rule }`
explain-did-you-mean = did you mean `{ $id }`? `seloste rules` lists them all
explain-list-rules = `seloste rules` lists every rule id
build-not-built = not built: `{ $id }` has errors (its earlier output, if any, is left as it was)
build-withdrawn = withdrawn: `{ $id }`: its register is gone (or has another id now), so the pages seloste wrote for it were removed
build-done = built { $notices ->
        [one] 1 notice
       *[other] { $notices } notices
    }, { $files ->
        [one] 1 file
       *[other] { $files } files
    } in { $out }{ $reused ->
        [0] {""}
        [one] , 1 unchanged notice kept
       *[other] , { $reused } unchanged notices kept
    }, in { $seconds } s
templates-not-empty = { $dir } exists and is not empty; give a new folder
templates-written = wrote the built-in templates and catalogs to { $dir }; use them with `seloste build --templates { $dir }`
templates-cannot-write = cannot write { $dir }: { $error }
man-cannot-write = cannot write the man page: { $error }
init-bad-lang = --lang takes language codes such as `fi,en` (two or three lower-case letters)
init-exists = { $name } already exists; `seloste init` never overwrites a file. Give another file name, or move the existing file away first.
init-no-folder = the folder { $dir } does not exist; create it first
init-cannot-render = cannot render the skeleton: { $error }
init-cannot-write = cannot write { $name }: { $error }
init-wrote = wrote { $name }. Next: open it in an editor with YAML schema support (VS Code's YAML extension reads the first line), replace every TODO with the real information, uncomment the `basis:`, `period:` and `requirement:` lines, and run `seloste check { $name }` until it reports no errors; `seloste explain <rule>` explains any finding, and `seloste build { $name } --out dist` renders the notice.
init-no-schema = note: no { $schema } was found in the file's folder or above it; the first line of { $name } says how to add it for editor help.
# The decimal mark in numbers seloste prints ("2.30 s").
decimal-separator = {"."}
config-unreadable = cannot read the configuration file { $path }: { $error }
config-unknown-key = { $place }: the configuration has no key `{ $key }`
config-did-you-mean = did you mean `{ $key }`?
config-keys-here = the keys here are: { $keys }
config-invalid = { $place }: { $error }
config-invalid-help = `seloste config` prints a valid configuration, and `seloste schema --config-file` the form of every key
config-bad-language = { $place }: seloste speaks fi, sv and en, not `{ $lang }`
config-bad-language-help = write `language = "fi"`, `"sv"` or `"en"`, or leave the key out to follow LC_ALL, LC_MESSAGES or LANG
config-unknown-rule = { $place }: there is no rule `{ $rule }`
config-fixed-rule = { $place }: `{ $rule }` cannot be turned off or given another severity
config-fixed-rule-help = it reports a file that could not be read, and a file that cannot be read cannot be checked; fix the file, or leave it out with `exclude`
config-bad-glob = { $place }: `{ $glob }` is not a pattern seloste can use: { $error }
check-matched-nothing = warning: { $path } holds no register or organisation file (nothing was checked there)
check-cannot-write = cannot write the report into { $path }: { $error }
build-no-out = no output folder: give one with `--out`
build-no-out-help = or write it into seloste.toml once: `[build]` then `out = "public/notices"`
