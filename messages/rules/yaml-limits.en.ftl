# Messages of `yaml-limits` (en).
# $error: the YAML parser's own words (English), naming the limit.
yaml-limits-message = the YAML is too large or too deeply nested to read: { $error }
yaml-limits-help = write values out instead of repeating aliases, keep nesting shallow, and split very large files
yaml-limits-concealed = the file is too large or too deeply nested to read as YAML, and it does not look like a register or an organisation file
