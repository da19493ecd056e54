# Messages of `encoding` (en).
encoding-utf16 = the file is UTF-16 text; seloste reads UTF-8
encoding-utf16-help = open the file in your editor and save it with the encoding UTF-8
encoding-binary = the file is binary, not YAML text
encoding-binary-label = a NUL byte
encoding-binary-help = register files are YAML text saved as UTF-8; check that you named the right file
encoding-invalid = the file is not valid UTF-8
encoding-invalid-label = this byte is not UTF-8
encoding-invalid-help = the file was probably saved as Latin-1 or Windows-1252: save it again with the encoding UTF-8
