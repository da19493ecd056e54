# Messages of `encoding` (sv).
encoding-utf16 = filen är UTF-16-text; seloste läser UTF-8
encoding-utf16-help = öppna filen i din textredigerare och spara den med teckenkodningen UTF-8
encoding-binary = filen är binär, inte YAML-text
encoding-binary-label = en NUL-byte
encoding-binary-help = registerfiler är YAML-text sparad som UTF-8; kontrollera att du angav rätt fil
encoding-invalid = filen är inte giltig UTF-8
encoding-invalid-label = den här byten är inte UTF-8
encoding-invalid-help = filen har troligen sparats som Latin-1 eller Windows-1252: spara den på nytt med teckenkodningen UTF-8
