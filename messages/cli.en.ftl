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
