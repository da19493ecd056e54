# Messages of `ropa-security` (sv).

ropa-security-message = registret över behandling saknar en beskrivning av säkerhetsåtgärderna
ropa-security-label = varken `internal.security_measures` eller `security`
ropa-security-help = beskriv de tekniska och organisatoriska säkerhetsåtgärderna i `internal.security_measures` (här eller i organisationsfilen), eller i `security` om de får anges i dataskyddsbeskrivningen
