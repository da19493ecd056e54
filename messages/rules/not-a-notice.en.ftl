# Messages of `not-a-notice` (en).
not-a-notice-message = the file is not a register or an organisation file: its top level has neither `meta:` nor `organisation:`
not-a-notice-help = a register file starts with a `meta:` section and an organisation file has `organisation: <id>`; if this file is something else, name only the files or folders that hold your registers
not-a-notice-empty = the file is empty
not-a-notice-empty-help = a register file starts with a `meta:` section; run `seloste init` for a skeleton to fill in
not-a-notice-not-a-mapping = the top level of the file is not a mapping of keys
not-a-notice-not-a-mapping-help = a register file is a mapping that starts with `meta:`; an organisation file has `organisation: <id>`
